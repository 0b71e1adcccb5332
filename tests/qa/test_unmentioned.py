import pytest

from qa.unmentioned import names_other_numbers, unmentioned_numbers

NOTES = ("## 4.6.0 — 2024-11-02\n- Dark mode.\n\n## 4.4.1 — 2024-06-14\n- Fixed sync.\n\nAbout 10 000 people use it, "
         "12.500 of them in Germany; support opens at 09:30; the plan costs £1,150.50 a year. Model PX480R, firmware v2.3.")


@pytest.mark.parametrize("question, unmentioned", [
    ("When was LumenKit 4.5 released?", ["4.5"]),
    ("What changed in version 3.8.0?", ["3.8.0"]),
    ("How many people used it in 2019?", ["2019"]),
    ("What does the 4.6.1 release fix?", ["4.6.1"]),
    ("Is 14.4 out yet?", ["14.4"]),  # not a part of "4.4.1"
    ("Which release came out on 2023-11-02?", ["2023"]),  # its other parts are small: not looked for
])
def test_a_number_the_articles_never_name_is_found_as_the_question_writes_it(question, unmentioned):
    assert unmentioned_numbers(question, [NOTES]) == unmentioned


@pytest.mark.parametrize("question", [
    "When was 4.4 released?",  # the first parts of 4.4.1
    "What does 4.6 add?",
    "When was 4.6.0 released?",
    "Do 10,000 people use it?",  # thousands set apart by a space in the text
    "Are there 12,500 users in Germany?",  # by dots
    "What opens at 9:30?",  # a leading zero and a colon, as "09:30" is written
    "What costs £1,150.50?",
    "Is £1,150 the yearly price?",  # the pounds of £1,150.50
    "What is the PX480R?",
    "What does firmware 2.3.0 change?",  # "v2.3" with its zero part
    "What was released in the 1970s?",  # a decade is as often said in words
    "What happened within 8 days?",  # and a small number
    "What happened in 2024?",
])
def test_a_number_the_articles_name_in_any_of_its_forms_is_no_unmentioned_one(question):
    assert unmentioned_numbers(question, [NOTES]) == []


def test_a_number_any_article_searched_names_is_mentioned():
    assert unmentioned_numbers("When was 4.5 released?", ["Release 4.4.", "Release 4.5.2 followed."]) == []
    assert unmentioned_numbers("When was 4.5 released?", ["Release 4.4.", "Release 4.6."]) == ["4.5"]


@pytest.mark.parametrize("question, heading, other", [
    ("When was Driftnote 4.2.0 released?", "4.1.0 — 2025-09-09", True),
    ("When was Driftnote 4.1.0 released?", "4.1.0 — 2025-09-09", False),
    ("When was Driftnote 4.1 released?", "4.1.0 — 2025-09-09", False),  # its first parts
    ("Which version fixed the crash?", "4.1.0 — 2025-09-09", False),  # the question names no number
    ("What was agreed at the 2024 meeting?", "Day 3 — Kyoto", False),  # the heading names none that picks out
])
def test_a_heading_names_other_numbers_only_where_both_name_some_and_none_is_the_question_s(question, heading, other):
    assert names_other_numbers(question, heading) is other
