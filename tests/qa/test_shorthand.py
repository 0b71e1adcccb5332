"""Shorthand and everyday words written as documents write them (qa/shorthand.py)."""
import pytest

from qa.shorthand import in_full

PAYSLIP = "Vehicle registration   KV19 TXD\nNET PAY   £2,303.86\nThe overtime was approved by Glenys Aubrey.\n"


@pytest.mark.parametrize("typed, meant", [
    ("car reg?", "car registration?"),  # a set written blind's: the permit number had answered
    ("owen stallard take home pay october", "owen stallard net pay october"),
    ("What is my take-home pay?", "What is my net pay?"),
    ("Who okayed the overtime?", "Who approved the overtime?"),
    ("Who OK'd the overtime?", "Who approved the overtime?"),
    ("What is the regular rate?", "What is the regular rate?"),  # "reg" only as a word of its own
])
def test_shorthand_is_written_as_the_article_writes_it(typed, meant):
    assert in_full(typed, (PAYSLIP,)) == meant


def test_shorthand_the_articles_say_or_whose_full_form_they_do_not_say_is_left_as_typed():
    assert in_full("Who okayed the overtime?", ("The manager okayed it; it was approved later.",)) == "Who okayed the overtime?"
    assert in_full("What is the ref?", (PAYSLIP,)) == "What is the ref?"  # no "reference" to write it as
    assert in_full("my phone was nicked", ("Report a lost or stolen phone on 01632 960309.",)) == "my phone was stolen"
