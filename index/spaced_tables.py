"""Tables set out in spaces in a text, under a header line that names their columns, as a timetable, a price list or a
report typed in a text file lays them out:

                          Stopping  Stopping  Express
  Harbury (Bay C)    dep    07:10     08:10    08:40
  Fenwick Road       dep    07:25     08:25      -

index/tables.py names their body cells by column and row as it names a Markdown table's ("Operating profit (£m), Q2
2025: 8.6"): read bare, a row of figures told the reader nothing of which column each is in (bench/plain-tables, held out
in session 42: its 30 questions on cells F1 6.7, then 60.0). Told by alignment alone, as no "|" sets the
cells apart: a cell is words one space apart at most, a column the places in a line between gaps that every body row
leaves (`_columns`); each column's cells are set flush left, flush right or centred alike, and each header cell stands
over one column of its own (one header cell will do, over the column right of the rows' labels). A header is told from
the first line of a list set out in two columns ("Name        John Smith" over "Age         42") by a rule line under
it, or by naming a column of figures unlike it in form (`named_over_figures`). A row of its label alone is a row; a
line or two after the last row that break its columns, a note with no blank line before it, are left out of it. Of the
columns without a header before the first named one, the corner's ("Harbury (Bay C)" and "dep"), those of a few values
repeated down the rows are no part of the rows' labels.
Columns named alike ("Stopping" twice) are each named with their first row's cell too ("Stopping 07:10",
"Stopping 08:10"), so that "the 08:10 stopping bus" names its column (though the reader, taught on prose, still finds
no bus's time in a timetable: bench/reference's three, F1 0 before and after)."""
from __future__ import annotations

import re
from typing import NamedTuple

LINE_BREAK = re.compile(r"\r\n?|\n")  # as markdown-it counts lines (index/tables.py)
CELL = re.compile(r"[^ \t\r\n|](?:[^ \t\r\n|]| (?=[^ \t\r\n|]))*")  # words one space apart at most
RULE = re.compile(r"[ \t]*[-=_~─━═][-=_~+─━═┼ ]{2,}[ \t]*")  # a rule under a header (or over it, or under the table)
# The most words of a header cell: a longer line is a sentence's (`header_names_column`). "Landlord:          Mrs Helen Okafor"
# over a tenancy agreement's other parties, a field's label and value, is no table's header either.
HEADER_WORDS = 6
SHORT_CELL_WORDS = 5  # a table has a column of cells shorter than this (labels, names, figures); prose side by side has none
MIN_BODY_ROWS = 2
RETRIES = 2  # the rows under a header line that made no table tried as headers themselves (`spaced_tables`)
MAX_TOTALS = 6  # the most totals' rows under a table's closing rule (`_totals`): an estimate's subtotal, discount, total, deposit, balance
NOTE_AFTER = re.compile(r"[ \t]{2,}\([^()\n]*\)[ \t]*$")  # a note in brackets at a row's end, set apart by wide spaces
YEAR = re.compile(r"(?:1[89]|20)\d\d")
DIGIT = re.compile(r"\d")
# what a row of a table's totals says: "Subtotal", "Total due", a payslip's "NET PAY", a bill's "Balance to pay"
TOTAL = re.compile(r"\b(?:(?:sub)?total|net|balance)\b", re.IGNORECASE)
SUM = re.compile(r"[£$€¥₹]|\d\.\d\d\b")  # a sum of money's figure: a currency's sign, or pence or cents
TRIMS = 2  # the lines at a table's end left out to make it one (a note after it, no blank line between)
COLUMN_GAP = re.compile(r"\S {2,}\S")
QUOTED_OR_ITEM = re.compile(r"[ ]*(?:>|[-*+•][ ])")
LETTER_OR_YEAR = re.compile(r"[^\W\d_]|^(?:1[89]|20)\d\d$")  # what a header cell names a column with
# A unit in brackets under a column's name, "(°C)", "(£m)", "[mm]", "(working days)": no figure, as a row of losses'
# "(120)" is.
UNIT_CELL = re.compile(r"[(\[][^()\[\]\d]{1,15}[)\]]")


class SpacedTable(NamedTuple):
    """A table set out in spaces: its [start, end) in the text, each column's name ("" for the corner's column, or a
    column with no header cell over it), and each body row's [start, end) of its cell in each column (an empty
    cell's is (start, start) of its row)."""

    start: int
    end: int
    header: tuple[str, ...]
    rows: tuple[tuple[tuple[int, int], ...], ...]


def spaced_tables(text: str, outside: list[tuple[int, int]] = ()) -> list[SpacedTable]:
    """The tables set out in spaces in `text` (see the module's docstring), in text order, none starting in any of the
    `outside` [start, end) ranges (code, or a Markdown table, read otherwise). The rows under a header that made no
    table are tried as headers RETRIES times more at most, then passed by: a long run of lines in columns that is no table (a listing of files)
    had taken a time that grew with its length's square (17 s for 100 KB)."""
    breaks = list(LINE_BREAK.finditer(text))
    lines = list(zip([0, *(match.end() for match in breaks)], [*(match.start() for match in breaks), len(text)]))
    found, number, passed_at, tries = [], 0, 0, 0
    while number < len(lines):
        table, after = _table_at(text, lines, number)
        if table is not None and not any(a <= table.start < b for a, b in outside):
            found.append(table)
            number = after
            continue
        if after > passed_at:
            passed_at, tries = after, 0
        elif number < passed_at:
            tries += 1
        number = passed_at if number + 1 < passed_at and tries >= RETRIES else number + 1
    return found


def _table_at(text: str, lines: list[tuple[int, int]], number: int) -> tuple[SpacedTable | None, int]:
    """The table whose header is lines[number] (None for none), and the number of the line after the last row read."""
    start, end = lines[number]
    if not (COLUMN_GAP.search(text, start, end) or text.startswith(" ", start)):
        return None, number + 1  # a header line has cells apart, or one cell indented over its column (a quick test)
    header = _cells(text, start, end)
    if not header or not all(header_names_column(text[a:b]) for a, b in header) or len(header) == 1 and header[0][0] == start:
        return None, number + 1  # a line of one cell names a column only set over it, right of the rows' labels ("Storage")
    if number and _set_alike(text, lines[number - 1], (start, end)):
        # a line of a run of lines set out alike heads none: a letter's "Vehicle registration   KV19 TXD" over "Fuel type
        # Petrol" had made "Petrol" a column's name (bench/unseen17, written blind)
        return None, number + 1
    groups = _groups_over(text, lines[number - 1], start, header) if number else None
    after = number + 1
    units = _units_under(text, lines[after], start, header) if after < len(lines) else None
    after += units is not None
    ruled = after < len(lines) and RULE.fullmatch(text, *lines[after]) is not None
    after += ruled
    rows, counts, numbers = [], [], []  # each row's [start, end), its count of cells and its line's number
    # lines of cells, or of one short cell (a label alone): a line of prose ends them
    while after < len(lines) and not RULE.fullmatch(text, *lines[after]) \
            and (cells := _cells(text, *(row := _without_note(text, lines[after], header)))) \
            and (len(cells) > 1 or len(text[slice(*cells[0])].split()) < SHORT_CELL_WORDS):
        rows.append(row)
        counts.append(len(cells))
        numbers.append(after)
        after += 1
    body = len(rows)
    if rows and after < len(lines) and (RULE.fullmatch(text, *lines[after]) or lines[after][0] == lines[after][1]):
        for total in _totals(text, lines, after + 1, ruled_off=lines[after][0] < lines[after][1]):
            rows.append(lines[total])
            counts.append(len(_cells(text, *lines[total])))
            numbers.append(total)
    # with its totals' rows, or else without them (a bank statement's "Total paid out   £1,282.61" set out in no column
    # of its: a code review's)
    for rows_read in ([rows, rows[:body]] if len(rows) > body else [rows]):
        table = _table_of_rows(text, start, header, rows_read, counts, ruled, groups, units)
        if table is not None:
            return table, numbers[len(table.rows) - 1] + 1
    return None, after


def _table_of_rows(text: str, start: int, header: list[tuple[int, int]], rows: list[tuple[int, int]], counts: list[int],
                   ruled: bool, groups: tuple[int, list[str]] | None, units: list[str] | None) -> SpacedTable | None:
    """The table of a header over `rows` (`_table_of`), but a last line of one cell, then one or two last lines, left out
    where it makes none."""
    while rows and counts[len(rows) - 1] < 2:
        rows = rows[:-1]  # a line after the table ("Notes follow.")
    for _ in range(TRIMS + 1):  # and one or two lines after it that are no rows of its ("Note.  Scores are provisional")
        if len(rows) < MIN_BODY_ROWS:
            break
        table = _table_of(text, start, header, rows, counts[:len(rows)], ruled, groups, units)
        if table is not None:
            return table
        rows = rows[:-1]
    return None


def _set_alike(text: str, upper: tuple[int, int], lower: tuple[int, int]) -> bool:
    """Whether two lines hold two cells or more each, as many, each starting where the other line's does."""
    places = [[a - line[0] for a, _ in _cells(text, *line)] for line in (upper, lower)]
    return len(places[0]) > 1 and places[0] == places[1]


def _without_note(text: str, line: tuple[int, int], header: list[tuple[int, int]]) -> tuple[int, int]:
    """A row's line without a note in brackets after its last cell, right of the header's last column ("£62.00   (paid 24
    February)" of an estimate's first item, whose extra column had made no table of it: bench/unseen15, written blind)."""
    note = NOTE_AFTER.search(text, *line)
    header_end = header[-1][1] - text.rfind("\n", 0, header[-1][1]) - 1
    return (line[0], note.start()) if note and note.start() - line[0] >= header_end else line


def _totals(text: str, lines: list[tuple[int, int]], first: int, ruled_off: bool = True) -> list[int]:
    """The numbers of the lines from lines[first] on, under a rule closing a table's rows (or a blank line, sums of money
    where one of them says a total: an order e-mail's "Subtotal", "VAT at 20%", "Total charged to your card",
    bench/unseen16's), that are its totals' rows, as a receipt or an invoice sets them ("Total paid   868.80"; "Subtotal",
    "VAT (20%)", "Total due"): MAX_TOTALS at most, each a label at the line's start and figures, not years (the next
    table's header: "Month   2021   2022"), and the last before a line of no cells or one, not a rule nor more rows (rows
    the line would head); none else. A payslip's "NET PAY" after its deductions' total is one."""
    totals, at = [], first
    while at < len(lines) and len(totals) < MAX_TOTALS and (cells := _cells(text, *lines[at])) and len(cells) > 1 \
            and cells[0][0] == lines[at][0] and LETTER_OR_YEAR.search(text[slice(*cells[0])]) \
            and all(is_figure(text[slice(*cell)]) for cell in cells[1:]) \
            and not all(YEAR.fullmatch(text[slice(*cell)]) for cell in cells[1:]):
        totals.append(at)
        at += 1
    # or a rule closing them, a blank line after it: a quotation's "TOTAL   £2,541.60" between rules (bench/unseen20,
    # written blind: it had been no row, and the total refused)
    ends = at == len(lines) or len(_cells(text, *lines[at])) < 2 and not RULE.fullmatch(text, *lines[at]) \
        or RULE.fullmatch(text, *lines[at]) and (at + 1 == len(lines) or not text[slice(*lines[at + 1])].strip())
    # after a blank line, sums of money only: a gym's "Total classes a week   64" under its prices is no row of theirs (a
    # code review's)
    said = ruled_off or any(TOTAL.search(text, *lines[total]) for total in totals) \
        and all(SUM.search(text[slice(*cell)]) for total in totals for cell in _cells(text, *lines[total])[1:])
    return totals if ends and said else []


def _table_of(text: str, start: int, header: list[tuple[int, int]], rows: list[tuple[int, int]], counts: list[int],
              ruled: bool, groups: tuple[int, list[str]] | None = None, units: list[str] | None = None) -> SpacedTable | None:
    """The table of the cells of a header line starting at `start` over rows (each line's [start, end), of `counts`
    cells), or None where they make none. A row of fewer cells than the header's, but more than one, may run a cell over the others' columns
    ("Tuesday       Closed all day" among opening hours, had been cut in two, "Closed" and "all day", or lost the
    table): where the other rows are as many at least, they tell the columns, and its cells are placed by where they
    start; no cell of a row that tells them may run over two."""
    spanning = sum(1 < count < len(header) for count in counts)
    basis = [row for row, count in zip(rows, counts) if count >= len(header)]
    table = _table_over(text, start, header, rows, basis, ruled, groups, units) \
        if spanning and len(basis) >= max(spanning, MIN_BODY_ROWS) else None
    return table or _table_over(text, start, header, rows, rows, ruled, groups, units)


def _table_over(text: str, start: int, header: list[tuple[int, int]], rows: list[tuple[int, int]],
                basis: list[tuple[int, int]], ruled: bool, groups: tuple[int, list[str]] | None,
                units: list[str] | None = None) -> SpacedTable | None:
    """`_table_of` with the columns told by the `basis` rows, the other rows' cells each in the column it starts in;
    each header cell named after its group's too where a line over the header groups them (`_groups_over`: where its
    first cell starts, and each header cell's group, "" for none), and before its unit where a line under the header
    gives units (`_units_under`)."""
    columns = _columns([text[a:b] for a, b in basis])
    heads = []  # the column each header cell stands over
    for a, b in header:
        over = [k for k, (x0, x1) in enumerate(columns) if a - start < x1 and x0 < b - start]
        if len(over) != 1 or over[0] in heads:
            return None
        heads.append(over[0])
    first_named = min(heads)
    if len(heads) < len(columns) - first_named or len(columns) < 2:
        return None  # a column after the corner with no header over it: whose cells are they?
    based = set(basis)
    spans = [[_cell(text, min(row_start + x0, row_end), min(row_start + x1, row_end)) for x0, x1 in columns]
             if (row_start, row_end) in based else _placed(text, row_start, row_end, columns) for row_start, row_end in rows]
    if any(row is None for row in spans):
        return None
    basis_spans = [row for row, line in zip(spans, rows) if line in based]
    if not _table_like(text, basis, basis_spans) or not (ruled or named_over_figures(text, header, heads, basis_spans)) \
            or any(_cuts(text, *row, columns, first_named) for row in basis):
        return None
    names = [""] * len(columns)
    for (a, b), k in zip(header, heads):
        names[k] = " ".join(text[a:b].split())
    if groups:
        for k, group in zip(heads, groups[1]):
            names[k] = " ".join(filter(None, [group, names[k]]))
    for k, unit in zip(heads, units or []):
        names[k] = " ".join(filter(None, [names[k], unit]))
    return table_of_cells(text, groups[0] if groups else header[0][0], names, first_named, rows, spans)


def _units_under(text: str, lower: tuple[int, int], start: int, header: list[tuple[int, int]]) -> list[str] | None:
    """Each header cell's unit ("" for none) where the line text[lower[0]:lower[1]] under a header line starting at
    `start` gives the units of its columns, each in brackets under one header cell's name, as a weather station's
    summary does ("Rainfall" over "(mm)"): its unit line had been read as the table's first row, which then made none.
    None where it gives no units."""
    cells = _cells(text, *lower)
    if not cells or not all(UNIT_CELL.fullmatch(text, a, b) for a, b in cells) or len(cells) == 1 and " " in text[cells[0][0]:cells[0][1]]:
        return None  # one bracket of words is a row's ("(Group A)"), not a unit
    units = [""] * len(header)
    for a, b in cells:
        over = [k for k, (x0, x1) in enumerate(header) if a - lower[0] < x1 - start and x0 - start < b - lower[0]]
        if len(over) != 1 or units[over[0]]:
            return None
        units[over[0]] = text[a:b]
    return units


def _groups_over(text: str, upper: tuple[int, int], start: int, header: list[tuple[int, int]]) -> tuple[int, list[str]] | None:
    """Where the line text[upper[0]:upper[1]] over a header line starting at `start` starts its first cell, and the group
    each header cell is under ("" for none), where it names groups of the header's columns, as a statement's years over
    its quarters ("2024" over "Q1" and "Q2"): two cells or more, each a column's name, fewer than the header's, none over
    its first (the rows' labels'), each over one header cell at least, and one over two: set flush left over its first
    cell, over those up to the next's, or centred, over those whose middles are nearer its middle than half the least
    distance between two of its cells' middles. None where it names no groups."""
    cells = _cells(text, *upper)
    if not 2 <= len(cells) < len(header) or not all(header_names_column(text[a:b]) for a, b in cells) \
            or cells[0][0] - upper[0] < header[0][1] - start:
        return None
    names = [" ".join(text[a:b].split()) for a, b in cells]
    lefts, header_lefts = [a - upper[0] for a, _ in cells], [a - start for a, _ in header]
    if set(lefts) <= set(header_lefts):  # each set flush left over its first column: over those up to the next's
        width = min(right - left for left, right in zip(lefts, lefts[1:]))
        groups = [next((name for left, name in zip(reversed(lefts), reversed(names)) if 0 <= at - left < width), "")
                  for at in header_lefts]
    else:  # centred over its columns
        middles = [(a + b) / 2 - upper[0] for a, b in cells]
        reach = min(right - left for left, right in zip(middles, middles[1:])) / 2
        groups = []
        for a, b in header:
            middle = (a + b) / 2 - start
            nearest = min(range(len(cells)), key=lambda k: abs(middles[k] - middle))
            groups.append(names[nearest] if abs(middles[nearest] - middle) <= reach else "")
    counts = [groups.count(name) for name in names]
    return (cells[0][0], groups) if min(counts) >= 1 and max(counts) >= 2 and not groups[0] else None


def _cuts(text: str, start: int, end: int, columns: list[tuple[int, int]], first_named: int) -> bool:
    """Whether the edges of the columns from `first_named` on cut a cell of the line text[start:end] ("Closed all day"
    into "Closed" and "all day"); the corner's may ("Kelsford (Stand 7) arr", its stop and "arr" one space apart)."""
    def column_of(place: int) -> int:
        return next((k for k, (_, x1) in enumerate(columns) if place < x1), len(columns))

    return any(column_of(match.end() - 1 - start) >= first_named and column_of(match.start() - start) != column_of(match.end() - 1 - start)
               for match in CELL.finditer(text, start, end))


def _placed(text: str, start: int, end: int, columns: list[tuple[int, int]]) -> list[tuple[int, int] | None] | None:
    """The cells of the line text[start:end] each in the column it starts in, whole, however far it runs, or else in the
    one it ends in (a total wider than its column's figures, set flush right with them: "£1,373.00" under "£145.00"); None
    where one starts and ends in none, or two are in one."""
    row = [None] * len(columns)
    for a, b in _cells(text, start, end):
        column = next((k for k, (x0, x1) in enumerate(columns) if x0 <= a - start < x1), None)
        if column is None:
            column = next((k for k, (x0, x1) in enumerate(columns) if x0 < b - start <= x1), None)
        if column is None or row[column]:
            return None
        row[column] = (a, b)
    return row


def table_of_cells(text: str, start: int, names: list[str], first_named: int, rows: list[tuple[int, int]],
                   spans: list[list[tuple[int, int] | None]]) -> SpacedTable:
    """The table from `start` to its last row's end, of columns named `names` ("" for none: those before the first
    named one, the corner's, made one column of the rows' labels by `corner_label`), of rows (each line's [start,
    end)) of cells `spans` (each column's [start, end) in each row, None where empty). Columns named alike ("Stopping"
    twice) are each named with their first row's cell too ("Stopping 07:10", "Stopping 08:10")."""
    first_row = [" ".join(text[span[0]:span[1]].split()) if span else "" for span in spans[0]]
    named = [f"{name} {first_row[k]}" if name and names.count(name) > 1 and first_row[k] else name for k, name in enumerate(names)]
    body = [[corner_label(text, spans, first_named, number), *row[first_named:]] if first_named else row
            for number, row in enumerate(spans)]
    return SpacedTable(start, rows[-1][1], tuple(([""] if first_named else []) + named[first_named:]),
                       tuple(tuple(span or (row_start, row_start) for span in row) for (row_start, _), row in zip(rows, body)))


def named_over_figures(text: str, header: list[tuple[int, int]], heads: list[int], spans: list[list[tuple[int, int] | None]]) -> bool:
    """Whether a header cell names a column of figures (two thirds of its cells, `is_figure`) unlike it in form
    (`form`): what tells a table's header from the first line of a list set out in two columns ("Name        John
    Smith" over "Age         42", "200 g  plain flour" over "100 ml  milk"), whose first line would name each line
    under it. A table under a rule line needs no such sign; nor one under a header of three cells or more saying no
    figure, over a column of cells saying one ("Distance from pharmacy" over "Up to 2 miles", "Over 2 miles, up to 5": a
    pharmacy's delivery charges, bench/unseen23, written blind, had been no table), as no list's first line sets out."""
    no_figure_said = len(header) >= 3 and not any(DIGIT.search(text[a:b]) for a, b in header)
    for (a, b), k in zip(header, heads):
        cells = [text[span[0]:span[1]] for span in (row[k] for row in spans) if span]
        figures = [cell for cell in cells if is_figure(cell) or no_figure_said and DIGIT.search(cell)]
        if cells and 3 * len(figures) >= 2 * len(cells) and form(text[a:b]) not in {form(cell) for cell in figures}:
            return True
    return False


def is_figure(cell: str) -> bool:
    """Whether a cell is a figure: digits, maybe with a unit ("07:10", "£6.00", "100 GB", "12 months"), not words with a
    number ("12 High Street", "EC1A 1BB" of a signature's address over its name)."""
    marks = form(cell)
    return "9" in marks and marks.count("a") <= marks.count("9")


def form(cell: str) -> str:
    """A cell's form: its runs of letters and of digits each one mark ("Q1 2025" "a9 9", "58.2" "9.9", "Mon 3 Mar" "a 9 a")."""
    return re.sub(r"\d+", "9", re.sub(r"[^\W\d_]+", "a", cell))


def header_names_column(cell: str) -> bool:
    """Whether a header line's cell may name a column: words or a year, HEADER_WORDS at most, not a field's label
    ("Landlord:") nor a sentence ("Trains run as normal." over a stop's other notes)."""
    words = cell.split()
    return bool(LETTER_OR_YEAR.search(cell)) and len(words) <= HEADER_WORDS and not cell.endswith(":") \
        and not (len(words) > 2 and cell[-1] in ".!?")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of each cell of the line text[start:end] (`CELL`); none for a line holding a "|", a Markdown table's,
    or a tab, whose width no character's place tells, nor for a quoted line or a list item's ("> Name", "- Name")."""
    if "|" in text[start:end] or "\t" in text[start:end] or QUOTED_OR_ITEM.match(text, start, end):
        return []
    return [match.span() for match in CELL.finditer(text, start, end)]


def _columns(rows: list[str]) -> list[tuple[int, int]]:
    """Each column's [left, right) as places in the rows' lines, left to right: the runs of places between those that
    are a space in every row and in one row at least part of a gap of two spaces or more (or past its end), so that
    "Kelsford (Stand 7) arr" beside rows' "Brindle            dep" is two cells, "New York" over "Los Angeles" one."""
    width = max(map(len, rows))
    blank, gap = [True] * width, [False] * width
    for row in rows:
        for x, character in enumerate(row):
            blank[x] = blank[x] and character == " "
        for match in re.finditer(r"^ +| {2,}", row):
            gap[match.start():match.end()] = [True] * (match.end() - match.start())
        gap[len(row):] = [True] * (width - len(row))
    columns, x0 = [], None
    for x in range(width + 1):
        apart = x == width or blank[x] and gap[x]
        if apart and x0 is not None:
            if columns and _runs_on(rows, columns[-1], (x0, x)):
                x0 = columns.pop()[0]
            columns.append((x0, x))
            x0 = None
        elif not apart and x0 is None:
            x0 = x
    # a column whose words all run on one space into the next one's is their start: "from £22.00" in a column of prices
    # (bench/unseen27, written blind: the dry cleaner's "Evening or prom dress   from £22.00" had lost its table)
    for k in range(len(columns) - 2, -1, -1):
        if _runs_into(rows, columns[k], columns[k + 1]):
            columns[k:k + 2] = [(columns[k][0], columns[k + 1][1])]
    return columns


def _runs_into(rows: list[str], left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether, in each row with words in a column, the next column's words start one space after them."""
    beside = [(row[left[0]:left[1]].rstrip(" "), row[left[0]:right[1]]) for row in rows if row[left[0]:left[1]].strip(" ")]
    return bool(beside) and all(len(words) == len(words.lstrip(" ")) and before.startswith(words + " ") and before[len(words) + 1:len(words) + 2].strip()
                                for words, before in beside)


def _runs_on(rows: list[str], left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether a column is the end of the cells of the one to its left: in each row with words in it, one space after
    that row's words in the other ("Kelsford (Stand 7)" beside "Harbury (Bay C)    dep" had been "Kelsford (Stand" and
    "7)")."""
    beside = [(row[left[0]:left[1]].rstrip(" "), row[left[0]:right[0]]) for row in rows if row[right[0]:right[1]].strip(" ")]
    return all(words and before.rstrip(" ") == words and len(before) - len(words) == 1 for words, before in beside)


def _cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) of the text of a row's cell between its column's edges, without its spaces; None for an empty cell."""
    stripped = text[start:end].strip(" ")
    if not stripped:
        return None
    lead = len(text[start:end]) - len(text[start:end].lstrip(" "))
    return start + lead, start + lead + len(stripped)


def corner_label(text: str, spans: list[list[tuple[int, int] | None]], corner: int, number: int) -> tuple[int, int] | None:
    """The label of row `number` in the corner's `corner` columns: its cells there from first to last, but those of a
    column of a few values repeated down the rows ("Brindle" beside "dep", which most rows' stops have), where another
    column's are all different."""
    def values(k: int) -> list[str]:
        return [" ".join(text[span[0]:span[1]].split()) for span in (row[k] for row in spans) if span]

    repeated = {k for k in range(corner) if len(set(values(k))) < len(values(k))}
    kept = [k for k in range(corner) if k not in repeated] if any(len(values(k)) == len(spans) for k in range(corner)
                                                                  if k not in repeated) else list(range(corner))
    filled = [spans[number][k] for k in kept if spans[number][k]]
    return (filled[0][0], filled[-1][1]) if filled else None


def _table_like(text: str, rows: list[tuple[int, int]], spans: list[list[tuple[int, int] | None]]) -> bool:
    """Whether rows' cells (each row's [start, end) of its cell in each column, None where empty) are a table's: each
    column's set flush left, flush right or centred alike (the words of prose that double spaces set apart are not), a
    column filled in every row, two filled in two rows of three at least, and a column of short cells (SHORT_CELL_WORDS)."""
    columns = [[(a - row_start, b - row_start) for (row_start, _), span in zip(rows, column) if span for a, b in [span]]
               for column in zip(*spans)]
    for column in columns:
        edges = ([a for a, _ in column], [b for _, b in column], [a + b for a, b in column])
        if not any(max(edge) - min(edge) <= tolerance for edge, tolerance in zip(edges, (0, 0, 1))):
            return False
    filled = [len(column) for column in columns]
    short = any(len(column) == len(spans) and all(len(text[a:b].split()) < SHORT_CELL_WORDS for a, b in column)
                for column in zip(*spans) if all(column))
    return len(spans) in filled and sum(3 * count >= 2 * len(spans) for count in filled) >= 2 and short
