"""An article's byline: who wrote it, named near its start."""
from __future__ import annotations

import pytest

from index.bylines import BYLINE_REACH, byline


@pytest.mark.parametrize("text, names", [
    ("Kendal weather\nBy Eilidh Brannigan, What's On editor · 15 October 2024\nHeavy rain.", "Eilidh Brannigan"),
    ("Report\nBy Rhiannon Gatward, at The Maltings · Saturday 8 March 2025\nOkonjo scored.", "Rhiannon Gatward"),
    ("By Jane Doe and John Roe\nThe council met.", "Jane Doe and John Roe"),
    ("By Anna van der Berg | 3 May 2025\nText.", "Anna van der Berg"),
    ("By Friday the talks had stalled.", None),  # a sentence opening with "By" names no one
    ("By Friday, the talks had stalled.", None),
    ("By the end of May, nothing had changed.", None),
    ("Talks resume\nThe envoy spoke on Tuesday.", None),
])
def test_a_byline_is_the_names_after_by_on_a_line_of_its_own(text, names):
    found = byline(text)
    assert (text[slice(*found)] if found else None) == names


def test_a_byline_is_looked_for_near_the_article_s_start_only():
    # A letter's "By John Smith" at the end, or a quoted one deep in the text, is no byline of the article.
    assert byline("x" * BYLINE_REACH + "\nBy Jane Doe, staff writer\n") is None
