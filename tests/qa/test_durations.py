import pytest

from qa.durations import in_units_of, minutes_said


@pytest.mark.parametrize("text, said", [
    ("an hour-long lesson", {60.0: ["an hour-long"]}),
    ("a 90-minute hack", {90.0: ["90-minute"]}),
    ("half an hour", {30.0: ["half an hour"]}),
    ("a half-hour lesson", {30.0: ["half-hour"]}),
    ("1.5 hours, then 45 mins", {90.0: ["1.5 hours"], 45.0: ["45 mins"]}),
    ("an hour and a half", {90.0: ["an hour and a half"]}),
    ("two hours", {120.0: ["two hours"]}),
    ("£12 per hour", {}),  # a rate, no length
    ("opening hours", {}),
])
def test_lengths_of_time_are_read_in_minutes(text, said):
    assert minutes_said(text) == said


@pytest.mark.parametrize("question, text, written", [
    ("How much is an hour-long lesson?", "30 minutes 60 minutes", ["How much is 60 minutes lesson?"]),
    ("How much is a 90-minute hack?", "1 hour 1.5 hours", ["How much is a 1.5 hours hack?"]),
    ("How much is a 60 minutes lesson?", "30 minutes 60 minutes", ["How much is a 60 minutes lesson?"]),  # said alike
    ("How much is a 2-hour hack?", "30 minutes 60 minutes", ["How much is a 2-hour hack?"]),  # not said there
    # each way the text says it, for the one naming a row (a code review's: a hack's "1 hour" above "60 minutes")
    ("How much is an hour-long lesson?", "Hack 1 hour Private lesson 60 minutes",
     ["How much is 1 hour lesson?", "How much is 60 minutes lesson?"]),
])
def test_a_question_s_lengths_are_written_as_the_text_says_them(question, text, written):
    assert in_units_of(question, text) == written
