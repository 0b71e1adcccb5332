"""A table row named by its cells, where no column labels the table's rows: a timetable's days and classes repeat down
its rows ("| Friday | 17:30 | Pilates | Studio 1 |", "| Sunday | 09:30 | Pilates | Studio 3 |"), so index/tables.py names
none of them by a label, and "where's the sunday pilates" had been refused (a set written blind's). The one row of which
the question names the most cells whole answers with its cell in the one column the question names (a place's where it
asks where: qa/spans.py `table_words`) and no cell of which named the row; rows named as much that hold the same there
answer with it too ("Where is Aqua Fit?" of its Monday and Thursday classes, both in the teaching pool)."""
from __future__ import annotations

from collections import defaultdict

from index.tables import table_cells
from qa.spans import _names, named_among, question_names, table_words


def keyed_row_cells(question: str, article_text: str) -> list[tuple[int, int]]:
    """[start, end) of the cell the question asks for in each table without row labels whose row it names by its cells
    (see the module's docstring)."""
    asked = question_names(frozenset(table_words(question)))
    found = []
    for table in table_cells(article_text):
        if any(label is not None for label in table.row_labels):
            continue  # rows named by their labels: qa/spans.py `named_cells`
        rows: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
        for start, end, column, _, row in table.cells:
            rows[row][column] = (start, end)
        naming = {row: {column for column, (start, end) in cells.items() if end > start and _names(asked, article_text[start:end])}
                  for row, cells in rows.items()}
        most = max(map(len, naming.values()), default=0)
        cells = []
        for row in (row for row, named in naming.items() if most and len(named) == most):
            columns = named_among(asked, tuple(rows[row])) - naming[row]
            cells.append(rows[row][next(iter(columns))] if len(columns) == 1 else None)
        # rows named alike that say the same ("Where is Aqua Fit?" of its Monday and Thursday classes, both in the pool)
        if cells and None not in cells and len({article_text[start:end] for start, end in cells}) == 1 and cells[0][1] > cells[0][0]:
            found.append(cells[0])
    return found
