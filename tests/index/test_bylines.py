"""An article's byline: who wrote it, named near its start."""
from __future__ import annotations

import pytest

from index.bylines import BYLINE_REACH, byline, signature, writer


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


@pytest.mark.parametrize("text, names", [
    ("Dear parents,\n\nThe trip is in March.\n\nYours sincerely,\n\nMrs Eleanor Pask\nHeadteacher\n", "Mrs Eleanor Pask"),
    ("Hi all,\nThe bins go out on Friday.\n\nKind regards\n\n\nTomasz Nowak, Reservations Supervisor\n", "Tomasz Nowak"),
    ("Can you check the figures?\n\nThanks,\nPriya\n\n--\nPriya Delacorte\nFinance Business Partner\n", "Priya Delacorte"),
    ("See you Monday.\n\nCheers,\nJess\n", "Jess"),  # a first name alone, where no line under it says more
    ("It was the best\nof times.\n", None),  # "best" closes no letter where no name follows it
    ("Thanks,\nthe events team\n", None),
    ("Yours sincerely,\n", None),
    ("Yours sincerely,\n\nMrs E. Pask (Headteacher)\n", "Mrs E. Pask"), ("Regards,\nJo Bloggs - Office Manager\n", "Jo Bloggs"),
    # the session's code review: a quoted reply's header, a business's name, a company line under a first name
    ("Thanks\n\nOn Mon, 3 Mar 2025 at 10:02, Priya Delacorte <p@x.example> wrote:\n", None),
    ("Best\nLake District Walks\n", None), ("Cheers,\nThe Local Pub Guide\n", None),
    ("Thanks,\nSam\n\nSam Smith Ltd is registered in England.\n", "Sam"),
])
def test_a_signature_is_the_name_under_a_letter_s_closing_words(text, names):
    found = signature(text)
    assert (text[slice(*found)] if found else None) == names


def test_who_wrote_is_the_byline_and_who_signed_the_signature():
    story = "MPs write to minister\nBy Jane Doe\n\nFifty MPs signed a letter.\n\nBest wishes,\nAl Roe\n"
    assert story[slice(*writer(story))] == "Jane Doe"
    assert story[slice(*writer(story, signed=True))] == "Al Roe"
    letter = "Dear Sam,\n\nThe rent goes up in May.\n\nYours sincerely,\n\nMargaret Penhallow\n"
    assert writer(letter) is None and letter[slice(*writer(letter, signed=True))] == "Margaret Penhallow"
    assert writer("MPs write to minister\n\nFifty MPs signed a letter.\n", signed=True) is None
