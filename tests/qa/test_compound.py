"""Several questions typed as one, each asked in turn."""
from __future__ import annotations

import pytest

from qa.compound import asked_separately


@pytest.mark.parametrize("typed, parts", [
    ("Who gave the media briefing and where was it held?", ["Who gave the media briefing?", "Where was it held?"]),
    ("Who gave the media briefing? Where was it held?", ["Who gave the media briefing?", "Where was it held?"]),
    ("Which country did Khorev thank, and why?", ["Which country did Khorev thank?", "Why?"]),  # a bare question word
    ("Who won and by how much?", ["Who won?", "By how much?"]),  # after a preposition
    ("Is it open on Sunday and when does it close?", ["Is it open on Sunday?", "When does it close?"]),
    ("how many were exchanged and how many were released", ["How many were exchanged?", "How many were released?"]),
])
def test_questions_typed_as_one_are_asked_one_by_one(typed, parts):
    assert asked_separately(typed) == parts


@pytest.mark.parametrize("question", [
    "Who gave the media briefing?",
    "What is the difference between the plans and what Khorev said?",  # "what" opens a clause of the question
    "Where and when was the briefing held?",  # one question of two question words
    "We are visiting next week. Where is it and when does it open?",  # statements lead into it: read as one
    'What did he mean by "why not?" in the talk?',  # a quoted question
    "Who? Me?",  # the second asks nothing of its own
])
def test_one_question_is_asked_whole(question):
    assert asked_separately(question) == [question]
