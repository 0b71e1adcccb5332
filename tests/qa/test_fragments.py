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


@pytest.mark.parametrize("question, fragment, rebuilt", [
    # "many" before a plural without an s, "much" before a noun of no number after "the" (review of follow-ups: "How much
    # cattle…", "How many cream…" had been asked)
    ("How many sheep does the farm keep?", ["cattle"], "How many cattle does the farm keep?"),
    ("How many apples do I need?", ["the", "cream"], "How much cream do I need?"),
    # a noun that is a verb too is no verb after one that may qualify it ("How much does the charger head cost?")
    ("How much does the replacement head cost?", ["the", "charger"], "How much does the charger cost?"),
    # a role stands for the role, whose it is kept; a capitalised word going on a name is no participle ("Who is the
    # goalkeeper United?" had been asked)
    ("Who is the captain of Ravensworth United?", ["the", "goalkeeper"], "Who is the goalkeeper of Ravensworth United?"),
    # a time after the fragment's preposition stands for no place ("…employ in 2015?" had been asked)
    ("How many people does Brightwell employ in Norway?", ["in", "2015"], None),
])
def test_review_of_fragments_rebuilt_worse(question, fragment, rebuilt):
    swapped = with_subject_swapped(question, None, Answer("", "x", True, 0.9), fragment)
    assert (swapped and swapped[0]) == rebuilt
