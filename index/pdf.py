"""A PDF's text as an article. pdfminer.six lays out each page's text in boxes, in reading order
(columns included); a box is a paragraph, its lines joined into one. A table ruled as a grid
(lines between its rows and its columns; pdfplumber finds it) is written a row a line, as a Word
table is; so is one ruled between its rows only, or not at all, told by how its cells align. A form's fields set out as
a grid, labels beside or over their values, are written a field a line, "Telephone: 07700 900412" (index/pdf_forms.py).
Running headers and footers and page numbers are dropped, so that they neither split a sentence that runs over a page
nor get cited as passages.

A PDF is read in a child process, within a memory and a time limit: a few megabytes of compressed
stream can inflate to gigabytes (a decompression bomb), and a pathological file can keep a parser
busy for hours; either then fails that process with a clear message, not the one serving answers."""
from __future__ import annotations

import bisect
import io
import json
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# Run as a script (`pdf_text`), this file imports its neighbours as the package's: the folder above it
# is where `index` is, where the package is not installed.
if __name__ == "__main__":
    sys.path.append(str(Path(__file__).resolve().parents[1]))

from index.bidi import as_written, reads_right_to_left  # noqa: E402
from index.headings import LETTER  # noqa: E402
from index.markup import CELL_BOUNDARY, ROW_LINE  # noqa: E402
from index.pages import numbered_as_pages  # noqa: E402
from index.pdf_forms import form_grids  # noqa: E402
from index.pdf_order import reading_order  # noqa: E402
from index.pdf_tables import aligned_tables, ruled_tables  # noqa: E402
from index.pdf_text import SIZE_CHANGE, continues, joined, known_words, paragraph, settle_hyphens  # noqa: E402
from index.tables import DELIMITER_ROW  # noqa: E402
from index.webpage import SUPERSCRIPT  # noqa: E402  (raised digits written as a browser shows a <sup>'s)

READ_MEMORY_BYTES = 2_000_000_000  # a 300-page report reads within a few hundred MB
READ_SECONDS = 120  # pdfminer and pdfplumber read about 10 pages a second on this CPU

# A bullet drawn as a shape, not a character: at most this many points across, and at most this far
# left of its item's text.
BULLET_SIZE = 8
# The fewest lines or boxes a table of two rows and two columns is drawn with (a box round it, a line across, a line down).
MIN_TABLE_RULES = 3
BULLET_REACH = 25
# How far a line's edge may be from its box's and still be flush with it (points), and a space's width as a share of the type's size.
FLUSH = 1.5
SPACE_WIDTH = 0.25
# A raised mark's type is under 85 % of its line's (commonly 58–80 %: one of 80 % had been read as the line's), and it
# is set 20 % of a line's size above its baseline.
RAISED_SIZE, RAISED_SHIFT = 0.85, 0.2
# A page of two columns (see _columns): a box narrower than this share of the text's width may be a column's,
# and the gutter between them lies within this stretch of it.
COLUMN_WIDTH = 0.6
COLUMN_GUTTER = (0.3, 0.7)
# A table found in one column alone has this many columns at least (see _of_values): two-cell "rows" there were a
# narrow justified column's lines, their words spread apart ("| improve | substantially. |").
COLUMN_TABLE_CELLS = 3
# A box of this many lines and words is a paragraph of prose, not a table's cell.
PARAGRAPH_LINES, PARAGRAPH_WORDS = 3, 20
PAGE_NUMBER = re.compile(r"(page\s*)?[-–—(\s]*\d+[-–—)\s]*((of|/)\s*\d+)?", re.IGNORECASE)
# What a browser prints in a page's margins, on one page too where nothing recurs: the date and time
# ("12/1/26, 8:45 PM") and the page's address ("file:///home/…/notice.html", a path of the printer's).
# A page number beside a header's or footer's words, set off by a line's end or a mark: "Annual report 2025 · Page 3",
# "Page 3 of 12 | Confidential", "Riverside Housing Co-operative<tab>Page 3 of 7" ("of" tells it from a reference to
# a page); and a field's word with no number laid out ("Initials ______ · Page", an r18 audit's Word footer).
PAGE_NUMBER_PART = re.compile(r"(?:^|[·•|–—-])\s*page(?:\s+\d+)?(?:\s*(?:of|/)\s*\d*)?\s*(?:[·•|–—-]|$)"
                              r"|\s+page\s+\d+\s*(?:of|/)\s*\d+\s*$", re.IGNORECASE)
PRINT_TIME = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?", re.IGNORECASE)
ADDRESS = re.compile(r"(?:file|https?)://\S+", re.IGNORECASE)
PRINT_STAMP = re.compile(f"{PRINT_TIME.pattern}|{ADDRESS.pattern}", re.IGNORECASE)
MARGIN_SHARE = 0.1  # headers and footers sit in the top and bottom tenth of a page
MARGIN_LETTERS = 4  # the fewest letters of a running header or footer kept once: "EN - 1" is a page number
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


def line_groups(box, bullets: list = ()) -> list[list[str]]:
    """A pdfminer text box's lines, split where the type size changes: a heading set close above
    its paragraph often lands in the same box, and is a paragraph of its own. A line with one of the
    page's `bullets` (drawn as small shapes, as Chromium draws them) just left of it starts with "• ",
    so that it is a list item on a line of its own."""
    from pdfminer.layout import LTChar

    groups: list[list[str]] = []
    last_size = None
    lines = list(box)
    apart = _lines_apart(lines)
    right_to_left = reads_right_to_left(line.get_text() for line in lines)
    for number, line in enumerate(lines):
        sizes = sorted(round(ch.size, 1) for ch in line if isinstance(ch, LTChar))
        size = sizes[len(sizes) // 2] if sizes else last_size  # the median: a superscript does not count
        if not groups or (size and last_size and abs(size - last_size) > SIZE_CHANGE * max(size, last_size)) or number in apart:
            groups.append([])
        bulleted = any(line.x0 - BULLET_REACH <= bullet.x1 <= line.x0 and line.y0 <= (bullet.y0 + bullet.y1) / 2 <= line.y1
                       for bullet in bullets)
        groups[-1].append(("• " if bulleted else "") + _line_text(line, size, right_to_left))
        last_size = size
    return groups


def _lines_apart(lines: list) -> set[int]:
    """The numbers of a box's lines that start a line of their own, not the wrapped rest of the one above:
    the line above had room for their first word, on the side the box's lines are not flush with (an address,
    a contact's name, title and phone numbers, one a line, had been read as one: "Schlesische Straße 28 10997
    Berlin"). Lines flush left (but a first line's indent) have room on the right, lines flush right on the left,
    centred ones within the widest line's width. In a box of four lines or more whose every other line stands
    apart, so does the one after its widest line (which leaves no room), unless it goes on in lower case."""
    from pdfminer.layout import LTChar

    if len(lines) < 2:
        return set()
    left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
    flush_left = all(line.x0 - left <= FLUSH for line in lines[1:])
    flush_right = all(right - line.x1 <= FLUSH for line in lines[:-1])
    apart = set()
    for number in range(1, len(lines)):
        above, chars = lines[number - 1], [ch for ch in lines[number] if isinstance(ch, LTChar)]
        if not chars:
            continue
        needed = _first_word_width(chars) + SPACE_WIDTH * chars[0].size + FLUSH
        room = right - above.x1 if flush_left else above.x0 - left if flush_right else (right - left) - (above.x1 - above.x0)
        if room >= needed:
            apart.add(number)
    widest = max(range(len(lines)), key=lambda number: lines[number].x1 - lines[number].x0)
    if len(lines) >= 4 and len(apart) == len(lines) - 2 and widest + 1 < len(lines) and widest + 1 not in apart \
            and not lines[widest + 1].get_text().lstrip()[:1].islower():
        apart.add(widest + 1)
    return apart


def _first_word_width(chars: list) -> float:
    """How wide the first word of a line's characters is set."""
    width = 0.0
    for ch in chars:
        if ch.get_text().isspace():
            if width:
                break
            continue
        width += ch.width
    return width


def _line_text(line, size: float | None, right_to_left: bool) -> str:
    """A line's text in the order it was written (index/bidi.py; a line of a `right_to_left` paragraph or not), a raised number (a note's mark: smaller than the
    line's type `size`, set above its baseline) written in raised digits, as a web page's <sup> is: "since 2000⁴",
    not "since 2000.4"'s look-alike "2000" + "4" run together."""
    from pdfminer.layout import LTChar

    chars = [ch for ch in line if isinstance(ch, LTChar)]
    body = sorted(ch.y0 for ch in chars if size and ch.size >= RAISED_SIZE * size)
    if not size or not body:
        return as_written(line.get_text(), chars, right_to_left)
    baseline = body[len(body) // 2]
    return as_written("".join(ch.get_text().translate(SUPERSCRIPT) if isinstance(ch, LTChar) and ch.size < RAISED_SIZE * size
                              and ch.y0 > baseline + RAISED_SHIFT * size else ch.get_text() for ch in line), chars, right_to_left)


def page_boxes(data: bytes) -> list[list[Box]]:
    """Each page's text boxes in reading order, a table ruled as a grid as one box of its rows where
    its first cell was (pdfminer reads a table's cells a column at a time)."""
    import pdfplumber  # only PDFs need it: pdfminer's layout of each page, and the tables its lines rule
    from pdfminer.layout import LTChar, LTCurve, LTRect, LTTextBox

    pages = []
    with pdfplumber.open(io.BytesIO(data), laparams={"char_margin": CHAR_MARGIN, "boxes_flow": BOXES_FLOW}) as document:
        for plumbed in document.pages:
            page = plumbed.layout
            band = MARGIN_SHARE * page.height
            bullets = [element for element in page if isinstance(element, (LTCurve, LTRect))
                       and 0 < element.width <= BULLET_SIZE and 0 < element.height <= BULLET_SIZE]
            # Boxes of upright text only: turned on its side (a chart's axis label, a margin's stamp) pdfminer reads
            # it a letter a box ("r", "u o h"), and beside it leaves a line of spaces alone on the page.
            texts = reading_order([element for element in page if isinstance(element, LTTextBox)
                                   and any(char.upright for line in element for char in line if isinstance(char, LTChar))])
            rules = [element for element in page if isinstance(element, (LTCurve, LTRect)) and max(element.width, element.height) > BULLET_SIZE]
            tables = ruled_tables(plumbed) if len(rules) >= MIN_TABLE_RULES else []  # finding none takes as long as reading the page
            ruled = [next((n for n, (bbox, _) in enumerate(tables) if _within(_middle(element, plumbed.height), bbox)), None)
                     for element in texts]
            unruled = [element for element, table in zip(texts, ruled) if table is None]
            unruled_lines = [line for element in unruled for line in element]
            # A form's grids of labels and values first: read as tables, their first labels were a header over the rest.
            aligned = form_grids(unruled_lines)
            in_forms = {line_id for line_ids, *_ in aligned for line_id in line_ids}
            aligned += aligned_tables([line for line in unruled_lines if id(line) not in in_forms])
            in_tables = {line_id for line_ids, *_ in aligned for line_id in line_ids}
            for column in _columns(unruled):  # a table in one column, beside the other's prose, which ran into its rows
                aligned += [table for table in aligned_tables([line for element in column for line in element if id(line) not in in_tables])
                            if _of_values(table[1])]
            in_tables = {line_id for line_ids, *_ in aligned for line_id in line_ids}
            # A table beside a paragraph on a page of one column (a statement's summary beside a notice): the paragraph's
            # lines, set at their own spacing, ran into its rows.
            aligned += [table for table in aligned_tables([line for element in unruled if not _is_paragraph(element)
                                                           for line in element if id(line) not in in_tables])
                        if _of_values(table[1])]
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


def _of_values(table: str) -> bool:
    """Whether a table found in part of a page (as table_text writes it) is one of values: of three columns
    or more, at most a third of its cells after the first in a row starting in lower case, or of labels each
    with a number ("Money in | £2,750.00"). A narrow justified column's lines had come out as one, its words
    spread apart ("| responses | were | received, |")."""
    rows = [[cell.strip() for cell in CELL_BOUNDARY.split(line)[1:-1]] for line in table.split("\n")
            if ROW_LINE.fullmatch(line) and not DELIMITER_ROW.fullmatch(line)]
    later = [cell for row in rows for cell in row[1:] if cell]
    labelled_numbers = all(len(row) == 2 and LETTER.match(row[0]) and any(ch.isdigit() for ch in row[1]) for row in rows)
    return bool(rows) and (labelled_numbers or min(map(len, rows)) >= COLUMN_TABLE_CELLS
                           and 3 * sum(cell[0].islower() for cell in later) <= len(later))


def _is_paragraph(box) -> bool:
    """Whether a pdfminer text box is a paragraph of prose: lines enough and words enough that no table's cell is."""
    return len(box) >= PARAGRAPH_LINES and len(box.get_text().split()) >= PARAGRAPH_WORDS


def _columns(boxes: list) -> list[list]:
    """The boxes of a page's left and right columns, each wholly on its side of the gutter (`_gutter`), where
    it has one and boxes on both sides; none on a page of one column."""
    gutter = _gutter(boxes)
    if gutter is None:
        return []
    left, right = [box for box in boxes if box.x1 <= gutter], [box for box in boxes if box.x0 >= gutter]
    return [left, right] if left and right else []


def _gutter(boxes: list) -> float | None:
    """The middle of the widest stretch across the middle of the boxes' text (COLUMN_GUTTER) that no box
    narrower than a column (COLUMN_WIDTH) crosses; None where there is none."""
    if not boxes:
        return None
    left_edge, right_edge = min(box.x0 for box in boxes), max(box.x1 for box in boxes)
    width = right_edge - left_edge
    covered = sorted((box.x0, box.x1) for box in boxes if box.x1 - box.x0 < COLUMN_WIDTH * width)
    low, high = left_edge + COLUMN_GUTTER[0] * width, left_edge + COLUMN_GUTTER[1] * width
    gaps, reached = [], low
    for x0, x1 in covered:
        if x0 > reached:
            gaps.append((reached, min(x0, high)))
        reached = max(reached, x1)
    gaps += [(reached, high)] if reached < high else []
    gaps = [(a, b) for a, b in gaps if b > a]
    if not gaps:
        return None
    a, b = max(gaps, key=lambda gap: gap[1] - gap[0])
    return (a + b) / 2


def _middle(element, page_height: float) -> tuple[float, float]:
    """A pdfminer element's middle, measured from the page's top as pdfplumber measures."""
    return (element.x0 + element.x1) / 2, page_height - (element.y0 + element.y1) / 2


def _within(point: tuple[float, float], bbox: tuple[float, float, float, float]) -> bool:
    x, top = point
    return bbox[0] <= x <= bbox[2] and bbox[1] <= top <= bbox[3]


def article_text(pages: list[list[Box]]) -> tuple[str, tuple[int, ...]]:
    """The text of the boxes, one paragraph a line, and where in it each page's text starts.

    Page numbers and a browser's print stamps (its date and time, the page's address) are left out of
    the margins (a ruled table's numbers are in its box, never taken for one), and so is margin text that recurs (numbers aside) on at least half
    the pages, once in each of a page's bands: running headers and footers (a title printed under a
    header of its words stays; a marking that heads and foots a page goes from both). A box that continues the sentence before it joins its
    paragraph (across a page break too)."""
    def key(box: Box) -> str:
        return re.sub(r"\d+", "#", box.text)

    printed: dict[str, list[tuple[int, str]]] = {}  # each margin text, its numbers aside: (page, as printed there)
    for page, boxes in enumerate(pages):
        for box in filter(lambda box: box.in_margin, boxes):
            printed.setdefault(key(box), []).append((page, box.text))
    recurring = {k: len({page for page, _ in seen}) for k, seen in printed.items()}  # on how many pages
    running = {k for k, count in recurring.items() if count >= 2 and 2 * count >= len(pages) and numbered_as_pages(printed[k])}
    margins: dict[str, list[str]] = {}  # each running header's and footer's text, as each page prints it
    kept: list[str] = []
    page_marks: list[tuple[int, int] | None] = []  # each page's first kept box: (paragraph, offset in it)
    for boxes in pages:
        page_marks.append(None)
        # A running header or footer is once in each band of a page (a marking may be both): a title like it under it is the story's.
        dropped = set()
        for box in boxes:
            if box.in_margin and key(box) in running and (key(box), box.at_bottom) not in dropped:
                dropped.add((key(box), box.at_bottom))
                margins.setdefault(key(box), []).append(box.text)
                continue
            if not box.text or (box.in_margin and (PAGE_NUMBER.fullmatch(box.text) or PRINT_STAMP.fullmatch(box.text))):
                continue
            if kept and continues(kept[-1], box.text):
                kept[-1] = joined(kept[-1], box.text)
            elif kept and page_marks[-1] is None and (rows := _rows_going_on(kept[-1], box.text)) is not None:
                # One table, its header over all its rows, and the blank line after it kept.
                rows_before = kept[-1].rstrip("\n")
                kept[-1] = f"{rows_before}\n{rows}" + ("\n" if kept[-1].endswith("\n") else "")
                page_marks[-1] = (len(kept) - 1, len(rows_before) + 1)
                continue
            else:
                kept.append(box.text)
            if page_marks[-1] is None:
                page_marks[-1] = (len(kept) - 1, len(kept[-1]) - len(box.text))  # the box ends its paragraph so far
    # Written once at the end, as a Word document's are (index/word.py): a notice's reference or date may be printed
    # nowhere else (an r19 audit's recall notice had lost both); page numbers, stamps and what the story holds not.
    story = set(kept)
    written = [line for line in dict.fromkeys(map(_running_text, margins.values())) if sum(map(str.isalpha, line)) >= MARGIN_LETTERS
               and line not in story and not PAGE_NUMBER.fullmatch(line)]
    kept += ["", *written] if written and kept else []
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


def _running_text(printed: list[str]) -> str:
    """A running header's or footer's text, as each page prints it, once: its numbers that change from page to page
    ("Smith & Co · 3"), a page number ("Page 3 of 12") and a browser's print stamps left out, a line at a time (a
    header set in columns is a table's rows)."""
    numbers = [re.findall(r"\d+", text) for text in printed]
    pieces = re.split(r"(\d+)", printed[0])  # words, then each number: its i-th number at 2i + 1
    for at, values in enumerate(zip(*numbers)):
        if len(set(values)) > 1:
            pieces[2 * at + 1] = ""
    lines = []
    for line in "".join(pieces).split("\n"):
        if not line.startswith("|"):
            line = PAGE_NUMBER_PART.sub(" ", PRINT_TIME.sub(" ", line))
            # An address alone (but for numbers) is the browser's stamp; among words it is the document's: a
            # paper's footer "© 2025 The Authors. https://doi.org/10.1016/…" (an r20 audit's DOI had gone).
            if sum(map(str.isalpha, ADDRESS.sub(" ", line))) < MARGIN_LETTERS:
                line = ADDRESS.sub(" ", line)
            line = " ".join(line.split()).strip(" ·•|–—-/")
        lines.append(line)
    return "\n".join(line for line in lines if line)


def _rows_going_on(before: str, box: str) -> str | None:
    """The rows of a page's first box that go on with the table that ended the page before, or None: rows
    without a header of their own, as many cells each as that table's, or under its header row again (the
    header repeated over each page, left out). Apart, the rows after the break were read without the names of
    their columns ("What was the outturn for Children's Services?"), or as a table of their own."""
    rows_before, lines = before.strip("\n").split("\n"), box.strip("\n").split("\n")
    if not (all(ROW_LINE.fullmatch(line) or DELIMITER_ROW.fullmatch(line) for line in rows_before)
            and len(rows_before) > 1 and DELIMITER_ROW.fullmatch(rows_before[1])):
        return None
    if len(lines) > 2 and lines[0] == rows_before[0] and DELIMITER_ROW.fullmatch(lines[1]):
        lines = lines[2:]
    width = len(CELL_BOUNDARY.findall(rows_before[-1]))
    if all(ROW_LINE.fullmatch(line) and not DELIMITER_ROW.fullmatch(line) and len(CELL_BOUNDARY.findall(line)) == width
           for line in lines):
        return "\n".join(lines)
    return None


class PdfError(Exception):
    """A PDF that cannot be made an article; the message says why, for the caller to name the file."""


def pdf_text(data: bytes, max_text_bytes: int) -> tuple[str, tuple[int, ...]]:
    """The article text of a PDF, one paragraph a line, and where each page's text starts in it.
    Raises PdfError saying why when it cannot be read, or its text is over `max_text_bytes`.

    Read by this file run as a script in a process of its own: not a fork (it would copy the models
    and their threads), not multiprocessing's spawn (it re-runs the caller's script). `-P` keeps
    this folder's modules off the script's import path (it imports its neighbours as the package's):
    it needs only the standard library, pdfminer and pdfplumber."""
    if b"%PDF-" not in data[:1024]:  # where a PDF says what it is: no parser's words needed ("No /Root object!")
        raise PdfError("not a PDF: it does not start as a PDF does (another kind of file named .pdf?)")
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
