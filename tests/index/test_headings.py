"""Headings: which lines head what follows them, and which one a passage falls under."""
from __future__ import annotations

import pytest

from index.headings import heading_before, headings, is_heading
from index.tables import table_view
from qa.assistant import SEED_ARTICLE

SEED_HEADINGS = ["Russia Ukraine Peace Talks Resume but Stall", "Western Support and Strategic Concerns",
                 "Progress Claimed in Russia Ukraine Peace Talks", "Criticism of Ukrainian Legislation and Governance",
                 "UN Diplomacy and Global Response", "Russia’s Position on NATO and Europe",
                 "Pakistan’s Neutral Role in Russia Ukraine Peace Talks"]


def test_the_seed_article_s_headings_are_its_section_titles():
    assert [words for _, words in headings(SEED_ARTICLE.read_text(encoding="utf-8"))] == SEED_HEADINGS


@pytest.mark.parametrize("line, heading", [
    ("## How long is the waiting list?", True), ("Lockers and Storage", True), ("#hashtag of the day", False),
    ("The list is long.", False), ("Note:", False), ("- Exchange of prisoners", False), ("| a | b |", False),
    ("> quoted words", False), ("one two three four five six seven eight nine ten eleven twelve thirteen", False),
])
def test_a_heading_is_a_short_line_without_a_full_stop_or_a_markdown_heading(line, heading):
    assert is_heading(line) is heading


def test_short_lines_one_under_another_head_nothing_and_the_last_heading_before_a_passage_is_its_own():
    text = "Harbour Street 4\nBergen\n\n## Lockers ##\r\nLockers cost 5 euros.\nThe waiting list is eleven weeks long."
    assert [words for _, words in headings(text)] == ["Lockers"]  # an address's lines head nothing
    assert heading_before(text, text.index("The waiting")) == "Lockers"
    assert heading_before(text, text.index("## Lockers")) is None and heading_before(text, 0) is None


def test_a_passage_is_searched_after_its_heading_which_no_answer_can_be_taken_from():
    text = "### How long is the waiting list?\nLockers are popular.\nIt is about eleven weeks."
    start = text.index("It is")
    view = table_view(text, start, len(text), markdown=True, under_heading=True)
    assert view.text == "How long is the waiting list?\nIt is about eleven weeks."
    assert view.passage_span(0, view.text.index("\n")) is None  # nothing of it is the passage's
    assert table_view(text, start, len(text), markdown=True).text == "It is about eleven weeks."  # as the reader reads it
