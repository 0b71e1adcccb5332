"""The reader reads passages as index/tables.py views them, Markdown table cells named by their
column; each span it finds there is mapped back to the passage it was read from."""
from __future__ import annotations

from dataclasses import replace

from index.tables import TableView
from qa.spans import Reading


def passage_reading(reading: Reading, views: list[TableView]) -> Reading:
    """`reading`, of the views' texts, with its spans moved to the passages they were read from;
    a span that was only a column name is dropped, and one met twice (with and without its
    cell's column name) is kept once, where it ranked best."""
    candidates, seen = [], set()
    for candidate in reading.candidates:
        span = views[candidate.context].passage_span(candidate.start, candidate.end)
        if span is not None and (candidate.context, *span) not in seen:
            seen.add((candidate.context, *span))
            candidates.append(replace(candidate, start=span[0], end=span[1]))
    return Reading(candidates, reading.no_answer_probability)
