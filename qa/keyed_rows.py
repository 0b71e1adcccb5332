"""A table row named by its cells, where no column labels the table's rows: a timetable's days and classes repeat down
its rows ("| Friday | 17:30 | Pilates | Studio 1 |", "| Sunday | 09:30 | Pilates | Studio 3 |"), so index/tables.py names
none of them by a label, and "where's the sunday pilates" had been refused (a set written blind's). The one row of which
the question names the most cells whole answers with its cell in the one column the question names (a place's where it
asks where: qa/spans.py `table_words`) and no cell of which named the row; rows named as much, by the same columns, that
hold the same there answer with it too ("Where is Aqua Fit?" of its Monday and Thursday classes, both in the teaching
pool). Not by a day's cell alone, nor where the question names a day the row does not say ("the Tuesday aqua
fit" of a timetable with no Tuesday class: a code review's), or says more than the row, its column and what leads into
the table tell ("What term means pulling out rows of knitting?" of a glossary's "| K | Knit |": a probe's)."""
from __future__ import annotations

from collections import defaultdict

from index.tables import table_cells
from index.lexical import search_words
from qa.label_lists import lead_in_words, words_unexplained
from qa.spans import document_opening, named_among, named_in_part, question_names, table_words, weekday_names


def keyed_row_cells(question: str, article_text: str) -> list[tuple[int, int]]:
    """[start, end) of the cell the question asks for in each table without row labels whose row it names by its cells
    (see the module's docstring)."""
    asked = question_names(frozenset(table_words(question)))
    days = weekday_names(question)
    found = []
    for table in table_cells(article_text):
        if any(label is not None for label in table.row_labels):
            continue  # rows named by their labels: qa/spans.py `named_cells`
        rows: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
        for start, end, column, _, row in table.cells:
            rows[row][column] = (start, end)
        # the cells naming each row, a day's alone naming none: "What time does the centre close on Saturday?" had been
        # answered with the Saturday class's time (a probe's)
        naming = {row: frozenset(column for column, (start, end) in cells.items()
                                 if end > start and named_among(asked, (article_text[start:end],)))
                  for row, cells in rows.items()}
        naming = {row: named for row, named in naming.items()
                  if any(not weekday_names(article_text[slice(*rows[row][column])]) for column in named)}
        most = max(map(len, naming.values()), default=0)
        best = [row for row, named in naming.items() if most and len(named) == most
                and days <= set().union(*(weekday_names(article_text[start:end]) for start, end in rows[row].values()))]
        if not best or len({naming[row] for row in best}) != 1:
            continue
        others = tuple(column for column in rows[best[0]] if column not in naming[best[0]])
        # a column named whole, or else by its last word alone: "who coaches the masters" asks for "Lead coach"
        columns = named_among(asked, others) or named_in_part(asked, others, tuple(rows[best[0]]), document_opening(article_text))
        told = set(search_words(" ".join([*rows[best[0]], *(article_text[slice(*rows[best[0]][column])] for column in naming[best[0]])])))
        if words_unexplained(question, article_text) - told - lead_in_words(article_text, table.start):
            continue  # says more than the row and its column: "What term means pulling out rows of knitting?" of "| K | Knit |"
        cells = [rows[row][next(iter(columns))] for row in best] if len(columns) == 1 else []
        if cells and len({article_text[start:end] for start, end in cells}) == 1 and cells[0][1] > cells[0][0]:
            found.append(cells[0])
    return found
