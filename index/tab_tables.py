"""Tables whose cells tabs set apart, as a spreadsheet's cells copied into an e-mail or a text file are:

  Month<TAB>Revenue<TAB>Costs<TAB>Margin
  January<TAB>£12,400<TAB>£8,100<TAB>34.7%
  February<TAB>£11,950<TAB><TAB>33.9%

Each tab ends a cell, two in a row leave one empty: a cell's column is its count of tabs along its line, not its place on
it, which a tab's width, the viewer's, tells nothing of (index/spaced_tables.py reads no line with a tab). index/tables.py
names their cells by column and row as it names a Markdown table's ("February, Margin: 33.9%").

A header line is told from a line that uses a tab for a gap ("Name:<TAB>John Smith") as spaced_tables tells its own:
each of its cells names a column (`header_names_column`), every cell of the rows under it is under a named column or
left of the first (the corner's, the rows' labels), and a rule is under it, or a header cell is unlike its column's
cells in form ("Qty" over "4", "12"; "Month" over "Jan 2025"), where a list with no header has its first line like the
rest ("Alice<TAB>Sales<TAB>Leeds" over "Bob<TAB>Marketing<TAB>York"). A list of two columns, a field's name and its
value on each line, needs a column of figures (`is_figure`).

A header over two lines, a spreadsheet's cells merged over the columns under them ("<TAB>2024<TAB><TAB>2025" over
"Region<TAB>Q1<TAB>Q2<TAB>Q1<TAB>Q2"), names each column with both ("2024 Q1"). A line of one cell ("Wednesday 14 May", a
section's name) or a row that runs a cell over the rest ("Thursday<TAB>No exams: bank holiday") stays in the table.
"""
from __future__ import annotations

import re

from index.spaced_tables import (LINE_BREAK, MIN_BODY_ROWS, RULE, SHORT_CELL_WORDS, SpacedTable, form,
                                 header_names_column, is_figure, table_of_cells)

TAB = re.compile("\t")
TABS = re.compile("\t+")
TAB_SIZES = (8, 4)  # the columns a tab moves to a multiple of, as text editors and terminals set them
QUOTE_MARKS = re.compile(r"(?:>[ ]?)+")  # a quoted e-mail's, before a line's first cell
HEADER_LINES = 3  # the lines of a run of lines with tabs tried as its header's first: a title's, a header's two
QUICK_ROWS = 20  # the rows a header is first tried over (`_rows`)
EXTRA_CELLS_ROWS = 5  # a table's rows in which one may have a cell past its header's (`_table_of`)


def tab_tables(text: str, outside: list[tuple[int, int]] = ()) -> list[SpacedTable]:
    """The tables set out in tabs in `text` (see the module's docstring), in text order, none starting in any of the
    `outside` [start, end) ranges (code, or a Markdown table, read otherwise). Each run of lines with tabs is tried
    from its first HEADER_LINES lines, then passed by, so that a long one that is no table takes a time linear in it."""
    if "\t" not in text:
        return []
    breaks = list(LINE_BREAK.finditer(text))
    lines = list(zip([0, *(match.end() for match in breaks)], [*(match.start() for match in breaks), len(text)]))
    found, number, run_end = [], 0, 0
    while number < len(lines):
        if number >= run_end:
            run_end = _run_end(text, lines, number)
        table, after = None, number + 1
        for header in range(number, min(number + HEADER_LINES, run_end - MIN_BODY_ROWS)):
            table, after = _table_at(text, lines, header, run_end)
            if table is not None:
                break
        if table is not None and not any(a <= table.start < b for a, b in outside):
            found.append(table)
        number = after if table is not None else max(run_end, number + 1)
    return found


def _run_end(text: str, lines: list[tuple[int, int]], number: int) -> int:
    """The number of the line after a run of lines from lines[number] that each hold a tab and more, or are a line of a
    few words between two such (a section's name, its row's other cells not copied); lines[number] itself if it holds
    none. A line of tabs alone is a blank line (a spreadsheet's blank row between two tables)."""
    end = number
    while end < len(lines):
        start, stop = lines[end]
        line = text[start:stop]
        if not line.strip():
            break
        if "\t" not in line:
            words = line.split()
            between = end > number and end + 1 < len(lines) and "\t" in text[slice(*lines[end + 1])]
            if not (between and len(words) < SHORT_CELL_WORDS and not line.rstrip().endswith(".")):
                break
        end += 1
    return end


def _table_at(text: str, lines: list[tuple[int, int]], number: int, run_end: int) -> tuple[SpacedTable | None, int]:
    """The table whose header starts at lines[number], over one line or two (`_stacked_names`), its rows running to
    lines[run_end] at most (None for none), and the number of the line after its last row."""
    for header_lines in (2, 1):
        header = [_cells(text, *lines[number + k]) for k in range(header_lines)]
        names = _stacked_names(text, *header) if header_lines == 2 else [text[a:b] if b > a else "" for a, b in header[0]]
        while names and not names[-1]:
            names = names[:-1]  # a header's tab at its end ("Office<TAB>Staff<TAB>"), a cell past its last column's
        if names is None or not _names_columns(names):
            continue
        first = number + header_lines
        ruled = first < run_end and RULE.fullmatch(text, *lines[first]) is not None
        rows, cells = _rows(text, lines, first + ruled, run_end, names, ruled)
        past = sum(any(b > a for a, b in row[len(names):]) for row in cells)  # rows with a cell past the header's
        table = _table_of(text, lines[number][0], names, rows, _spans(cells, len(names)), ruled, past)
        if table is not None:
            return table, first + ruled + len(rows)
    return _aligned_table_at(text, lines, number, run_end)


def _aligned_table_at(text: str, lines: list[tuple[int, int]], number: int, run_end: int) -> tuple[SpacedTable | None, int]:
    """The table whose header is lines[number] where tabs line its columns up, typed rather than pasted ("Role<TAB><TAB>
    Name" over "Rota coordinator<TAB>Aisha Rahman"): a cell's column is where a tab of TAB_SIZES columns brings it,
    under a header cell that starts there, or left of the first (the rows' labels); None for none."""
    if "\t\t" not in text[slice(*lines[number])]:
        return None, number + 1  # one tab between a header's cells: a pasted table's, read by its count of tabs
    for size in TAB_SIZES:
        header = _placed_cells(text, *lines[number], size)
        places = [place for place, _ in header]
        first = number + 1
        ruled = first < run_end and RULE.fullmatch(text, *lines[first]) is not None
        if places and places[0] > 0:
            places = [0, *places]  # the corner's column, of the rows' labels
        names = [""] * (len(places) - len(header)) + [text[a:b] for _, (a, b) in header]
        if not _names_columns(names):
            continue
        rows, spans = [], []
        for line in lines[first + ruled:run_end]:
            cells = _row_under(_placed_cells(text, *line, size), places)
            if cells is None:
                break
            rows.append(line)
            spans.append(cells)
        table = _table_of(text, lines[number][0], names, rows, spans, ruled)
        if table is not None:
            return table, first + ruled + len(rows)
    return None, number + 1


def _row_under(cells: list[tuple[int, tuple[int, int]]], places: list[int]) -> list[tuple[int, int] | None] | None:
    """A row's cells (`_placed_cells`) in the columns starting at `places` (None where empty); None where a cell starts
    at no column's place, or two at one."""
    row = [None] * len(places)
    for place, cell in cells:
        column = places.index(place) if place in places else None
        if column is None or row[column]:
            return None
        row[column] = cell
    return row


def _placed_cells(text: str, start: int, end: int, size: int) -> list[tuple[int, tuple[int, int]]]:
    """(its place along the line, its [start, end)) of each cell of the line text[start:end] between runs of tabs, with
    tabs of `size` columns; none that is empty."""
    placed, place, at = [], 0, start
    for match in TABS.finditer(text, start, end):
        cell = stripped(text, at, match.start())
        if cell[1] > cell[0]:
            placed.append((place + cell[0] - at, cell))
        place += match.start() - at
        place = (place // size + len(match.group())) * size
        at = match.end()
    cell = stripped(text, at, end)
    if cell[1] > cell[0]:
        placed.append((place + cell[0] - at, cell))
    return placed


def _stacked_names(text: str, upper: list[tuple[int, int]], lower: list[tuple[int, int]]) -> list[str] | None:
    """The names of the columns under a header over two lines, or None where the first is no header's upper line: each
    column's is its lower cell's, after the upper cell over it or, where that is empty, over columns left of it (a
    spreadsheet's cells merged: "2024" over "Q1" and "Q2"). An upper line has fewer cells than the lower, one left empty
    over a lower's cell at least, and is no title alone over the table (one cell, at its line's start)."""
    above = [" ".join(text[a:b].split()) for a, b in upper]
    below = [" ".join(text[a:b].split()) for a, b in lower]
    filled = [k for k, name in enumerate(above) if name]
    if not filled or len(filled) >= sum(map(bool, below)) or filled == [0] \
            or not any(not above[k] and below[k] for k in range(filled[0] + 1, min(len(above), len(below)))) \
            or not all(map(header_names_column, filter(None, below))):  # a first row's "412" under "Revenue<TAB><TAB>"
        return None
    above += [""] * (len(below) - len(above))
    below += [""] * (len(above) - len(below))
    groups = [k for k in filled if below[k]]  # a column's own name over none ("Region" over "") is no group
    # a group over as many columns as the first, at most: "Costs" over "2024", "2025" and not "Manager" after them
    width = groups[1] - groups[0] if len(groups) > 1 else len(below)
    names, group, group_at = [], "", 0
    for k, (upper_name, lower_name) in enumerate(zip(above, below)):
        if upper_name:
            group, group_at = (upper_name if lower_name else ""), k
        over = group if k - group_at < width else ""
        names.append(" ".join(filter(None, [upper_name or over, lower_name])))
    return names


def _names_columns(names: list[str]) -> bool:
    """Whether a header's cells name a table's columns: two or more, or one right of the rows' labels, each a column's
    name (`header_names_column`)."""
    named = [name for name in names if name]
    return (len(named) >= 2 or len(named) == 1 and not names[0]) and all(map(header_names_column, named))


def _rows(text: str, lines: list[tuple[int, int]], first: int, end: int, names: list[str], ruled: bool) \
        -> tuple[list[tuple[int, int]], list[list[tuple[int, int]]]]:
    """The lines of a table's rows from lines[first] to lines[end] at most, and their cells: up to a rule under them or a
    line of prose (one cell, SHORT_CELL_WORDS words or more), less the lines of one cell or none after the last row
    ("Next steps", a signature's "<TAB>Sam"). None where the header's `names` are unlike no column's cells in the
    first QUICK_ROWS rows (`_unlike_header`), as they would be in none of the rest: a long list with no header is passed
    at once."""
    rows, cells = [], []
    for number in range(first, end):
        start, stop = lines[number]
        line_cells = _cells(text, start, stop)
        filled = [cell for cell in line_cells if cell[1] > cell[0]]
        if RULE.fullmatch(text, start, stop) or len(filled) == 1 and len(text[slice(*filled[0])].split()) >= SHORT_CELL_WORDS:
            break
        rows.append((start, stop))
        cells.append(line_cells)
        if len(rows) == QUICK_ROWS and not ruled and not _unlike_header(text, names, _spans(cells, len(names))):
            return [], []
    while rows and sum(b > a for a, b in cells[-1]) < 2:
        rows.pop()
        cells.pop()
    return rows, cells


def _spans(cells: list[list[tuple[int, int]]], columns: int) -> list[list[tuple[int, int] | None]]:
    """Each row's cells in `columns` columns, None where empty or missing; cells past them left out."""
    return [[cell if cell[1] > cell[0] else None for cell in row[:columns]] + [None] * (columns - len(row)) for row in cells]


def _table_of(text: str, start: int, names: list[str], rows: list[tuple[int, int]], spans: list[list[tuple[int, int] | None]],
              ruled: bool, past: int = 0) -> SpacedTable | None:
    """The table from `start` of columns named `names` over rows (each line's [start, end)) of cells `spans` (each
    column's [start, end) in each row, None where empty), or None where they make none (see the module's docstring).
    Rows of a cell past the header's (`past` of them), one in EXTRA_CELLS_ROWS at most, keep it unnamed
    ("Mar<TAB>5<TAB>6<TAB>check" had ended a table, its later rows read bare)."""
    names = [" ".join(name.split()) for name in names]
    first_named = next(k for k, name in enumerate(names) if name)
    if any(row[k] and not names[k] for row in spans for k in range(first_named, len(names))):
        return None  # a cell under no name: whose is it?
    if past * EXTRA_CELLS_ROWS > len(rows) or sum(sum(map(bool, row)) >= 2 for row in spans) < MIN_BODY_ROWS \
            or not (ruled or _unlike_header(text, names, spans)):
        return None
    return table_of_cells(text, start, names, first_named, rows, spans)


def _unlike_header(text: str, names: list[str], spans: list[list[tuple[int, int] | None]]) -> bool:
    """Whether most named columns' names (more than half of those of two cells or more) are unlike all their cells in form
    (`form`), what a list's first line is not ("Alice Brown<TAB>Sales<TAB>Newcastle upon Tyne" over "Bob Smith<TAB>
    Marketing<TAB>York"); in a table of two columns, a column of figures' (`is_figure`, two thirds of its cells or
    more) all alike in form but for their numbers' lengths (`coarse_form`): a field's name and its value on each line have their first
    line like a header's ("Name", "John Smith" over "Age", "42"; "Date", "3 March 2025" over "Amount due", "£1,240.00")."""
    unlike = []
    for k, name in enumerate(names):
        cells = [text[span[0]:span[1]] for span in (row[k] for row in spans) if span]
        if len(names) == 2:
            figures = [cell for cell in cells if is_figure(cell)]
            alike = 3 * len(figures) >= 2 * len(cells) and len(set(map(coarse_form, figures))) == 1
            if name and alike and len(figures) >= 2 and form(name) not in set(map(form, figures)):
                return True
        elif name and len(cells) >= 2:
            unlike.append(form(name) not in set(map(form, cells)))
    return 2 * sum(unlike) > len(unlike)


def coarse_form(cell: str) -> str:
    """A cell's `form` with a number's digits and separators one mark: "£4,200" and "£950" alike, "0113 496 0000" not."""
    return form(re.sub(r"\d[\d,.]*", "0", cell))


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of the text of each cell of the line text[start:end] at each tab, without its spaces (an empty
    cell's is (start, start) of where it would be). A quoted e-mail's marks are no cell's text."""
    quoted = QUOTE_MARKS.match(text, start, end)
    first = quoted.end() if quoted else start
    tabs = [match.start() for match in TAB.finditer(text, first, end)]
    return [stripped(text, a, b) for a, b in zip([first, *(tab + 1 for tab in tabs)], [*tabs, end])]


def stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end]'s [start, end) without the spaces around it; (start, start) where it is all spaces."""
    cell = text[start:end]
    if not cell.strip():
        return start, start
    lead = len(cell) - len(cell.lstrip())
    return start + lead, start + len(cell.rstrip())
