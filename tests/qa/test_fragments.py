"""qa/fragments.py called directly; tests/qa/test_followup.py measures fragments through `resolve_followup`."""
from __future__ import annotations

import pytest

from qa.answer import Answer
from qa.fragments import fragment_subject, is_fragment, with_subject_swapped
from qa.grammar import WORD


@pytest.mark.parametrize("question, subject", [
    ("And what about the remains?", ["the", "remains"]),
    ("How about in March?", ["in", "March"]),
    ("But Moscow?", ["Moscow"]),
    # An X referring back is still an X: qa/followup.py replaces its references instead of swapping it.
    ("What about them?", ["them"]),
    ("And why did he go?", None),  # a question of its own
    ("And so the talks ended?", None),
    ("Who met Khorev?", None),
])
def test_the_x_of_a_fragment(question, subject):
    assert fragment_subject(WORD.findall(question)) == subject


def test_a_fragment_opens_with_and_but_or_what_or_how_about():
    assert is_fragment(WORD.findall("And why did he go?"))  # a fragment, though with no X to swap
    assert not is_fragment(WORD.findall("Who met Khorev?"))


def test_the_question_rebuilt_comes_with_what_it_is_about_without_its_preposition():
    answer = Answer("", "Alaska", True, 0.9)
    assert with_subject_swapped("When did Putin meet Trump in April?", None, answer, ["in", "March"]) == \
        ("When did Putin meet Trump in March?", "March")
    assert with_subject_swapped("Where did Putin meet Trump?", "Trump", answer, ["Zelensky"]) == \
        ("Where did Putin meet Zelensky?", "Zelensky")


def test_a_question_whose_subject_runs_into_what_it_asks_is_rebuilt_into_none():
    assert with_subject_swapped("Is the ceasefire holding?", None, Answer("", "yes", True, 0.9), ["the", "truce"]) is None
