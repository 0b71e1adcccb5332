"""Tables in a PDF, written a row a line as index/word.py writes a Word table's, "| Porto | 75 | North |",
and under a header row as a Markdown table (`table_text`): one ruled as a grid, as pdfplumber finds it
(`ruled_tables`), and one ruled between its rows only, or not at all, told by how its cells align
(`aligned_tables`). Read in the process that reads the PDF (index/pdf.py)."""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace

from index.bidi import as_written, logical_order
from index.tables import names_columns
from index.pdf_text import SIZE_CHANGE, continues, joined, paragraph

LIST_MARKER = re.compile(r"[•◦▪‣●○■□–*-]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]")  # a list item's mark, set apart from its text
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
ROW_OVERLAP = 0.25
SCRIPT_SHIFT = 0.5  # how far above or below its line a raised or lowered character may be set, as a share of the type's size
CELL_GAP = 1.0  # a gap between characters of a line this many times their height apart splits it into cells


def aligned_tables(lines: list) -> list[tuple[set[int], str, float, float]]:
    """The tables among a page's text lines (pdfminer's) that no ruling draws as a grid: ruled between
    rows only, or not at all. pdfminer reads such a table a column at a time, or runs a row's cells
    together where they stand close, and took a number near the page's top or bottom for a page
    number. A line is split into cells at gaps of a character's height or more (`Segment`). Each table
    found (see `_table_at`): the ids of the lines it was read from, its text as `table_text` writes it,
    and its bottom and top (a running header set in columns is dropped as headers are)."""
    rows = segment_rows(lines)
    found, at = [], 0
    while at < len(rows):
        taken, cells = _table_at(rows, at)
        if cells:
            segments = [segment for row in rows[at:at + taken] for segment in row]
            found.append(({segment.line for segment in segments}, table_text(cells),
                          min(segment.y0 for segment in segments), max(segment.y1 for segment in segments)))
        # The rows of prose set side by side are passed over as a whole; a row that began no table over a row of two
        # cells more than its own (a running header set in two parts, over a table's header row) only itself.
        at += 1 if not cells and taken == 2 and len(rows[at + 1]) >= len(rows[at]) + 2 else max(taken, 1)
    return found


def segment_rows(lines: list) -> list[list[Segment]]:
    """Text lines' segments side by side, top to bottom, each row a band of segments that overlap one another by a
    quarter of a line at least (so that a cell of one line centred on a cell of two, as a browser sets a row, is in
    their row, not a row between theirs), left to right."""
    rows: list[list[Segment]] = []
    segments = [segment for line in lines for segment in _segments(line)]
    for segment in sorted(segments, key=lambda segment: -segment.y1):
        if rows and segment.y1 - min(other.y0 for other in rows[-1]) >= ROW_OVERLAP * (segment.y1 - segment.y0):
            rows[-1].append(segment)
        else:
            rows.append([segment])
    return [sorted(row, key=lambda segment: segment.x0) for row in rows]


@dataclass(frozen=True)
class Segment:
    """A piece of a pdfminer text line between gaps of a character's height or more: a cell, where the
    line is a table's row; `line` is the line's id, `style` the font, size and colour most of its characters
    are set in."""

    x0: float
    x1: float
    y0: float
    y1: float
    text: str
    line: int
    style: tuple[str, float, str]


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
                    as_written(" ".join("".join(item.get_text() for item in piece).split()), chars), id(line), _style(chars))
            for piece in pieces for chars in [[c for c in piece if isinstance(c, LTChar)]]]


def _style(chars: list) -> tuple[str, float, str]:
    """The font, size and colour most of a piece's characters (pdfminer's) are set in."""
    return Counter((char.fontname, round(char.size, 1), str(char.graphicstate.ncolor)) for char in chars).most_common(1)[0][0]


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
        if n > at and row_gap(rows[n - 1], rows[n]) > 2 * height:
            break
        cells = _row_cells(rows[n], columns)
        if cells is None and table and _caption_over_labels(rows[n], columns, table, wrapped):
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
    texts = [[_cell([paragraph([piece.text]) for piece in cell]) for cell in row] for row in rows_cells]
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
        return end - at, _header_over_its_cells(texts)
    return end - at, []


def _header_over_its_cells(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows of cells with a column holding only the first row's cell and a column beside it holding all
    but it made one: a header set flush left over figures set flush right, as papers set tables, each clear of the
    other. An audit's paper had read "| Plots |  |" over "|  | 17 |", so that no figure had its name."""
    def header_only(k: int) -> bool:
        return bool(rows[0][k]) and not any(row[k] for row in rows[1:])

    def body_only(k: int) -> bool:
        return not rows[0][k] and any(row[k] for row in rows[1:])

    k = 0
    while k + 1 < len(rows[0]):
        if header_only(k) and body_only(k + 1) or body_only(k) and header_only(k + 1):
            rows = [[*row[:k], row[k] + row[k + 1], *row[k + 2:]] for row in rows]
        else:
            k += 1
    return rows


def _caption_over_labels(row: list[Segment], columns: list[list[float]], table: list[tuple[int, dict[int, list[Segment]]]],
                         wrapped: list[tuple[int, int, list[Segment]]]) -> bool:
    """Whether a row's piece under two columns, one of the first row's cells alone and one with no cell in it, makes
    them one: the first row's cell is the header's over the rows' labels, set elsewhere across than they are ("Year
    ended 31 December" over "Revenue" and "Organic revenue growth", an r22 audit's annual report, whose header row and
    first row had been lost with the table starting at its second row). The columns and cells are mended in place."""
    for segment in row:
        under = _columns_under(segment, columns)
        if len(under) != 2:
            continue
        header_only = [k for k in under if k in table[0][1] and not any(k in cells for _, cells in table[1:])
                       and not any(column == k for _, column, _ in wrapped)]
        unheaded = [k for k in under if k not in table[0][1]]
        if len(header_only) != 1 or len(unheaded) != 1:
            return False
        caption, labels = header_only[0], unheaded[0]
        columns[labels] = [min(columns[labels][0], columns[caption][0]), max(columns[labels][1], columns[caption][1])]
        table[0][1][labels] = table[0][1].pop(caption)
        del columns[caption]
        for _, cells in table:
            for k in sorted(cells):
                if k > caption:
                    cells[k - 1] = cells.pop(k)
        wrapped[:] = [(place, k - (k > caption), pieces) for place, k, pieces in wrapped]
        return True
    return False


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
    under = _columns_under(segment, columns)
    return under[0] if len(under) == 1 else None


def _columns_under(segment: Segment, columns: list[list[float]]) -> list[int]:
    """The columns whose edges `segment` reaches into."""
    return [k for k, (x0, x1) in enumerate(columns) if segment.x0 <= x1 and x0 <= segment.x1]


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


def row_gap(above: list[Segment], below: list[Segment]) -> float:
    """How far the lowest piece of a row is above the highest of the row below it."""
    return min(segment.y0 for segment in above) - max(segment.y1 for segment in below)


def _row_cells(row: list[Segment], columns: list[list[float]]) -> list[tuple[int | None, list[Segment]]] | None:
    """A row's cells: each one's column (None for one beside every column) and its pieces, in order
    across; pieces under one column are one cell, and so are pieces one above another (a cell's lines,
    where no column is known yet) and a piece beside every column set closer to the piece before it
    than half the narrowest gap between columns (a wrapped cell's line spread wider by justifying).
    None where a piece is under two columns."""
    edges = sorted(columns)
    gutter = min((right[0] - left[1] for left, right in zip(edges, edges[1:])), default=0.0)
    cells: list[list] = []  # each: its column, its pieces
    for segment in row:
        under = _columns_under(segment, columns)
        if len(under) > 1:
            return None
        k = under[0] if under else None
        if cells:
            column, pieces = cells[-1]
            stacked = segment.x0 <= max(piece.x1 for piece in pieces)
            if stacked and None not in (column, k) and column != k:
                return None  # lines of one cell under two columns
            beside = not stacked and segment.y0 < pieces[-1].y1 and pieces[-1].y0 < segment.y1  # on the piece's line
            if k is not None and k == column and beside and segment.x0 - pieces[-1].x1 >= gutter / 2:
                return None  # two cells under one column: the columns are others, read together where cells stood close
            if stacked or (column is not None and (k == column or (k is None and segment.x0 - pieces[-1].x1 < gutter / 2))):
                cells[-1] = [column if column is not None else k, pieces + [segment]]
                continue
        cells.append([k, [segment]])
    return [(column, pieces) for column, pieces in cells]


def _cell(lines: list[str]) -> str:
    """A cell's lines (or pieces) as one text, joined as a paragraph's lines are (index/pdf_text.py's `joined`: "AF-"
    over "35" is "AF-35", where a space had been put), "|" escaped; each line in the order it was written
    (pdfplumber gives a line's characters left to right, as seen: index/bidi.py)."""
    return functools.reduce(joined, (logical_order(" ".join(line.split())) for line in lines if line.strip()), "").replace("|", "\\|")


def ruled_tables(page) -> list[tuple[tuple[float, float, float, float], str]]:
    """The tables a pdfplumber page's ruling lines draw, of two rows and two columns at least (a box
    drawn round a paragraph is none): each one's (x0, top, x1, bottom) and its text, a row a line as
    index/word.py writes a Word table's, "| Porto | 75 | North |" ("|" in a cell escaped "\\|"), and
    under a header row (of two rows made one: `_header_of_two_rows`) a Markdown table between blank lines (see
    `table_text`)."""
    found = []
    for table in page.find_tables():
        x0, top, x1, bottom = table.bbox
        sizes = sorted(char["size"] for char in page.chars if x0 <= char["x0"] and char["x1"] <= x1 and top <= char["top"] <= bottom)
        # A subscript or superscript is on its characters' line, not a line of its own under or over it ("V + 0.3" over "IN")
        # as pdfplumber's 3 points apart had it for Chromium's 8-point type: its lines are a line's height apart.
        shift = SCRIPT_SHIFT * sizes[len(sizes) // 2] if sizes else 3
        rows = [[_cell((cell or "").splitlines()) for cell in row] for row in _header_of_two_rows(table.extract(y_tolerance=shift))]
        rows = [row for row in rows if any(row)]
        if len(rows) >= 2 and max(map(len, rows)) >= 2:
            found.append((table.bbox, table_text(rows)))
    return found


def _header_of_two_rows(rows: list[list[str | None]]) -> list[list[str | None]]:
    """A ruled table's rows (as pdfplumber gives them: None for a place a merged cell covers) with a header of two rows
    made one: a header cell across columns over a name for each ("PIN" over "NAME" and "NO.") beside cells down both
    rows ("I/O") names its columns "PIN NAME", "PIN NO.", "I/O" (a datasheet's pins, r21 audit, had had no header)."""
    if len(rows) < 3 or len(rows[0]) != len(rows[1]) or rows[0][0] is None or None not in rows[0]:
        return rows
    first, second = rows[0], rows[1]
    header, spanning = [], ""
    for at, (above, below) in enumerate(zip(first, second)):
        if above is None or (at + 1 < len(first) and first[at + 1] is None):  # under a cell across columns
            spanning = spanning if above is None else above
            if not spanning.strip() or not (below or "").strip():
                return rows
            header.append(f"{spanning} {below}")
        elif below is None and (above or "").strip():  # a cell down both rows
            header.append(above)
        else:
            return rows
    # a cell across every column is a title: the header is the second row
    return [header, *rows[2:]] if any(below is None for below in second) else rows


def table_text(rows: list[list[str]]) -> str:
    """A table's rows as lines: under a header row, a Markdown table between blank lines (its header row,
    a delimiter row, its body rows), which index/tables.py names each body cell by its column from;
    else each row's cells. A first row is a header row as index/word.py takes one: naming at
    least three columns, in cells of different names, each with a letter or a year ("Departures in 2023",
    "2022", not "96,400"), but for a corner left empty over the rows' labels (`names_columns`; two columns are
    mostly a label | value list: "Founded | 1999"), its empty cells kept in a table of three columns or more."""
    names = rows[0]
    if len(names) >= 3 and names_columns(names):
        lines = [names, ["---"] * len(names), *(row + [""] * (len(names) - len(row)) for row in rows[1:])]
        return "\n" + "\n".join(f"| {' | '.join(row)} |" for row in lines) + "\n"
    if max(map(len, rows)) >= 3:  # its empty cells kept, so that the others stay in their columns ("Paid in", not "Paid out")
        return "\n".join(f"| {' | '.join(row)} |" for row in rows)
    return "\n".join(f"| {' | '.join(cell for cell in row if cell)} |" for row in rows)
