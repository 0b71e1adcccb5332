from __future__ import annotations

import pytest

from qa.answer_kinds import DATE, EMAIL, MONEY, PHONE, asked_kind, is_of_kind


@pytest.mark.parametrize("question, kind", [
    ("What is the phone number of the garden's Site Manager?", PHONE),
    ("Which number should parents phone if their child is unwell?", PHONE),
    ("What telephone number should owners call?", PHONE),
    ("What email address should comments be sent to?", EMAIL),
    ("Which e-mail do I write to?", EMAIL),
    ("How much does the garden spend on water each year?", MONEY),
    ("How much is a day ticket for a 15-year-old?", MONEY),
    ("How much did the appeal raise?", MONEY),
    ("What is the monthly price of the Max plan?", MONEY),
    ("What’s the rent?", MONEY),
    ("What was the starting cost for a 30-second commercial?", MONEY),
    ("On what date will the Planning Committee meet?", DATE),
    ("Which day was the busiest?", DATE),
    # the words say nothing of the answer's kind
    ("When will the Planning Committee meet?", None),  # "after the consultation" may answer it
    ("How many digits did Saint Helena change their phone numbers to?", None),
    ("When did Saint Helena change its phone numbers?", None),
    ("How much annual leave does the job come with?", None),
    ("How much time does the average person spend watching videos?", None),
    ("How much water did the garden use?", None),
    ("What is used to decide a teacher's salary?", None),
    ("What is a cost of nocturnal migration?", None),
    ("What is the price of living in London?", None),
    ("Who sent the email?", None),
])
def test_the_kind_of_answer_a_question_asks_for_is_read_only_where_its_words_say_it(question, kind):
    assert asked_kind(question) == kind


@pytest.mark.parametrize("text, kind, fits", [
    ("0113 496 0721", PHONE, True),
    ("999", PHONE, True),
    ("Bernard Okoye", PHONE, False),
    ("planning@harbridge.gov.uk", EMAIL, True),
    ("planning [at] harbridge.gov.uk", EMAIL, True),
    ("post", EMAIL, False),
    ("£42,000 to £47,500 per year", MONEY, True),
    ("371.3", MONEY, True),  # a table's figure under "Costs (£k)"
    ("£23.4 million", MONEY, True),
    ("ten pounds", MONEY, True),
    ("a halfpenny", MONEY, True),
    ("millions", MONEY, True),
    ("one percent", MONEY, True),
    ("fifty to one hundred times", MONEY, True),
    ("free", MONEY, True),
    ("£1,250 for 7 nights", MONEY, True),
    ("4,000 litres", MONEY, False),
    ("4,000 litres of water, and £20 towards it", MONEY, False),  # the answer's own amount is of water
    ("18-month", MONEY, False),
    ("Over three days", MONEY, False),
    ("three", MONEY, False),
    ("largely from the county's Active Travel fund", MONEY, False),
    ("14 March 2025", DATE, True),
    ("Sundays", DATE, True),
    ("the second", DATE, True),
    ("14/03/2025", DATE, True),
    ("5000 BC", DATE, True),
    ("25/00417/FUL", DATE, False),  # a planning application's reference, for when it will be decided
    ("the date", DATE, False),  # the reader's answer to when the committee will meet, which the notice does not say
    ("the market", DATE, False),  # "mar…" is no month
    ("Bernard Okoye", None, True),
])
def test_a_span_fits_the_kind_asked_for_by_what_it_says(text, kind, fits):
    assert is_of_kind(text, kind) is fits
