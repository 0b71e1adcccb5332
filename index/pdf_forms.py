"""A form's fields set out in a PDF as a grid: label | value | label | value across each row, as an insurance claim
form sets out its policyholder's details ("Telephone  07700 900412   Email  g.pryceowen@…"), or labels over their
values ("Date discovered" over "9 February 2025", beside "Time" over "07:40"). pdfminer read the first kind a column at
a time ("Telephone / Email / 07700 900412 g.pryceowen@…"), so that no value stood by its label, and, read as tables,
either kind's first labels were taken for a header over the rest; each field is written a line instead, "Telephone:
07700 900412", a row's fields left to right. Read in the process that reads the PDF (index/pdf.py)."""
from __future__ import annotations

from index.headings import LETTER
from index.pdf_tables import ALIGNMENT, SHORT_CELL_WORDS, WRAPPED_CELL_GAP, Segment, row_gap, segment_rows
from index.pdf_text import paragraph

# The fields across a grid's first row at least: a list of one label and value a row is a two-column table's
# ("| Founded | 1999 |").
MIN_FIELDS_ACROSS = 2

# A grid's rows, each row's cells by their place across: a label's at an even place, its value's at the next.
Grid = list[dict[int, list[Segment]]]


def form_grids(lines: list) -> list[tuple[set[int], str, float, float]]:
    """The grids of a form's fields among a page's text lines (pdfminer's), as `aligned_tables` gives a page's tables:
    each one's line ids, its text (a field a line, "Label: value"), and its bottom and top."""
    rows = segment_rows(lines)
    found, at = [], 0
    while at < len(rows):
        taken, grid = _grid_at(rows, at)
        if not grid:
            taken, grid = _stacked_grid_at(rows, at)
        if grid:
            segments = [segment for row in grid for cell in row.values() for segment in cell]
            found.append(({segment.line for segment in segments}, _fields_text(grid),
                          min(segment.y0 for segment in segments), max(segment.y1 for segment in segments)))
        at += taken
    return found


def _grid_at(rows: list[list[Segment]], at: int) -> tuple[int, Grid]:
    """How many rows from rows[at] on make a grid of labels each beside its value (one where they make none), and the
    grid, or none: rows[at] holds MIN_FIELDS_ACROSS fields or more (`_labels_and_values`), and each row after it as
    many or fewer, under the same columns, in the same styles, a line's height below at most. A line set closer under
    cells of the last row (half a line's height at most), at their columns, goes on with them: a value wrapped over
    lines."""
    if len(rows[at]) < 2 * MIN_FIELDS_ACROSS or not _labels_and_values(rows[at]):
        return 1, []
    height = _height(rows[at])
    edges = [segment.x0 for segment in rows[at]]  # the columns' left edges: a label's, its value's, the next label's…
    styles = rows[at][0].style, rows[at][1].style  # a label's, a value's
    grid = [dict(enumerate([segment] for segment in rows[at]))]
    taken = 1
    for above, row in zip(rows[at:], rows[at + 1:]):
        columns = [_column(segment, edges, height) for segment in row]
        if None in columns or any(segment.style != styles[k % 2] for segment, k in zip(row, columns)):
            break
        if row_gap(above, row) <= height and _labels_and_values(row) \
                and all(value == label + 1 for label, value in zip(columns[::2], columns[1::2])):
            grid.append({k: [segment] for k, segment in zip(columns, row)})
        elif row_gap(above, row) <= WRAPPED_CELL_GAP * height and all(k in grid[-1] for k in columns):
            for k, segment in zip(columns, row):
                grid[-1][k].append(segment)
        else:
            break
        taken += 1
    return taken, grid


def _stacked_grid_at(rows: list[list[Segment]], at: int) -> tuple[int, Grid]:
    """How many rows from rows[at] on make a grid of labels each over its value (one where they make none), and the
    grid, or none: rows[at] holds MIN_FIELDS_ACROSS labels or more, the row under it their values
    (`_labels_over_values`), and so on, each row a line's height under the one above at most, the labels under the
    first row's, all in one style and all the values in another. A value is one line: a line at the columns a line's
    height under the last values at most makes them no form's (a table's rows under its header, or its first row's
    cell wrapped over lines; paragraphs under headings side by side; the date under each name of a deed's signatures),
    and so does a row across two columns or more just over the first labels ("Signed by the Tenant" over the names);
    a heading over one column does not."""
    if len(rows[at]) < MIN_FIELDS_ACROSS:
        return 1, []
    height = _height(rows[at])
    edges = [segment.x0 for segment in rows[at]]
    grid: Grid = []
    n = at
    while n + 1 < len(rows) and (n == at or row_gap(rows[n - 1], rows[n]) <= height) \
            and _labels_over_values(rows[n], rows[n + 1], height) \
            and all(_column(segment, edges, height) is not None for segment in rows[n]) \
            and (rows[n][0].style, rows[n + 1][0].style) == (rows[at][0].style, rows[at + 1][0].style):
        grid.append({2 * k + side: [segment] for k, field in enumerate(zip(rows[n], rows[n + 1]))
                     for side, segment in enumerate(field)})
        n += 2
    across_above = at > 0 and row_gap(rows[at - 1], rows[at]) <= height and len(_columns_of(rows[at - 1], edges, height)) >= 2
    going_on = n < len(rows) and row_gap(rows[n - 1], rows[n]) <= height and bool(_columns_of(rows[n], edges, height))
    return (n - at, grid) if grid and not across_above and not going_on else (1, [])


def _labels_and_values(row: list[Segment]) -> bool:
    """Whether a row's segments are labels (`_labels`), each followed by its value, the values all in one style."""
    labels, values = row[::2], row[1::2]
    return len(labels) == len(values) and len({value.style for value in values}) == 1 and _labels(labels, values[0])


def _labels_over_values(labels: list[Segment], values: list[Segment], height: float) -> bool:
    """Whether a row's segments are labels (`_labels`), each over its value in the row under it, a line's height below
    at most, set at its left edge (within ALIGNMENT of a line's height), the values all in one style."""
    return len(labels) == len(values) and row_gap(labels, values) <= height and len({value.style for value in values}) == 1 \
        and all(abs(label.x0 - value.x0) <= ALIGNMENT * height for label, value in zip(labels, values)) \
        and _labels(labels, values[0])


def _labels(labels: list[Segment], value: Segment) -> bool:
    """Whether segments are a form's labels for values set as `value` is: each short (fewer than SHORT_CELL_WORDS
    words) and opening with a letter, all in one style other than the value's (a form sets its labels apart from what
    is filled in: lighter, smaller, or the values bold), or each ending in a colon."""
    return all(LETTER.match(label.text) and len(label.text.split()) < SHORT_CELL_WORDS for label in labels) \
        and len({label.style for label in labels}) == 1 \
        and (labels[0].style != value.style or all(label.text.endswith(":") for label in labels))


def _column(segment: Segment, edges: list[float], height: float) -> int | None:
    """The column whose left edge a segment starts at (within ALIGNMENT of a line's height), or None."""
    return next((k for k, edge in enumerate(edges) if abs(segment.x0 - edge) <= ALIGNMENT * height), None)


def _columns_of(row: list[Segment], edges: list[float], height: float) -> set[int]:
    """The columns whose left `edges` a row's segments start at."""
    return {_column(segment, edges, height) for segment in row} - {None}


def _height(row: list[Segment]) -> float:
    return max(segment.y1 - segment.y0 for segment in row)


def _fields_text(grid: Grid) -> str:
    """A grid's fields a line, "Label: value", row by row, left to right; a cell's lines joined as a paragraph's."""
    def text(cell: list[Segment]) -> str:
        return paragraph([segment.text for segment in cell])

    return "\n".join(f"{text(row[k]).removesuffix(':').rstrip()}: {text(row[k + 1])}"
                     for row in grid for k in sorted(row) if k % 2 == 0)
