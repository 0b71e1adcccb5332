"""The reader's spans, found in passages viewed with their Markdown table cells named, mapped back
to the passages."""
from __future__ import annotations

from index.tables import table_view
from qa.spans import Reading, SpanCandidate
from qa.table_view import passage_reading

TABLE = ("| City | Revenue | Staff |\n"
         "|------|--------:|:-----:|\n"
         "| Lisbon | 4.2 million euros | 120 |\n"
         "| Porto | 2.9 million euros | 75 |\n")


def span_of(text: str, shown: str) -> tuple[int, int]:
    at = text.index(shown)
    return at, at + len(shown)


def test_a_reading_s_spans_move_to_the_passage_the_best_of_each_kept_once():
    passage = TABLE
    view = table_view(passage, 0, len(passage))
    named = span_of(view.text, "Staff: 75")
    cell = named[1] - len("75"), named[1]
    name = named[0], named[0] + len("Staff")  # the inserted name: the header's cell
    reading = Reading([SpanCandidate(0, *name, 3.0, 0.5), SpanCandidate(0, *named, 2.0, 0.3),
                       SpanCandidate(0, *cell, 1.0, 0.1)], 0.1)
    moved = passage_reading(reading, [view])
    at, header = passage.index("75 |"), passage.index("Staff |")
    assert moved == Reading([SpanCandidate(0, header, header + len("Staff"), 3.0, 0.5), SpanCandidate(0, at, at + 2, 2.0, 0.3)], 0.1)
