"""Questions about who wrote the article, as the reader is asked them."""
from __future__ import annotations

import pytest

from qa.authorship import as_read_for_author


@pytest.mark.parametrize("question, as_read", [
    ("Who wrote the article?", "Who is the article by?"),
    ("who wrote this report", "Who is the report by?"),
    ("Who is the author of the story?", "Who is the story by?"),
    ("Who was the piece written by?", "Who is the piece by?"),
    ("Who wrote?", "Who is the article by?"),
    ("Who wrote the ultrabook comparison?", "Who is the comparison by?"),  # up to two words saying which (a blind set's)
    ("Who wrote this week's column?", "Who is the column by?"),
    ("Who wrote the first draft of the treaty?", None),
    ("Who is the author?", None),  # a review's may ask about the book's
    ("Who wrote the law?", None),
    ("Who wrote to the council?", None),
    ("What did the article say about rent?", None),
])
def test_a_question_about_who_wrote_the_article_is_read_as_the_reader_understands_it(question, as_read):
    assert as_read_for_author(question) == as_read
