"""The item of a list in prose at the place a question asks for (qa/counted_lists.py)."""
import pytest

from qa.counted_lists import counted_in_prose, numbered_items

FEES = ("Invoices are e-mailed two weeks before the start of each term. You may instead pay by three monthly instalments by\n"
        "standing order. For the autumn term these fall on 1 September, 1 October and 1 November 2026. A late payment\n"
        "charge of £10 is added.\n")


def answers(question: str, text: str = FEES) -> list[str]:
    return [text[start:end] for start, end in counted_in_prose(question, text)]


@pytest.mark.parametrize("question, found", [
    # bench/unseen22 (written blind): the reader had answered with the first date
    ("When is the second instalment for the autumn term due?", ["1 October"]),
    ("When is the first instalment due?", ["1 September"]),
    ("When is the last instalment due?", ["1 November 2026"]),
    ("When is the fourth instalment due?", []),  # three are counted
    ("When is the second lesson?", []),  # no lesson is counted
    ("When are the instalments due?", []),  # no place asked
    ("What is the second instalment for?", []),  # no date asked (a code review's)
])
def test_the_place_asked_names_an_item_of_as_many_as_are_counted(question, found):
    assert answers(question) == found


def test_a_list_of_another_count_or_past_the_next_sentence_or_paragraph_answers_nothing():
    assert answers("When is the second instalment?", "You pay two instalments. They fall on 1 May, 1 June and 1 July.") == []
    assert answers("When is the second instalment?", "You pay two instalments. It is easy. They fall on 1 May and 1 June.") == []
    assert answers("When is the second instalment?", "You pay two instalments.\n\nThey fall on 1 May and 1 June.") == []
    assert answers("How much is the second payment?", "Pay in 2 equal payments of £40.00 and £45.00.") == ["£45.00"]


@pytest.mark.parametrize("question, text, found", [
    # bench/unseen25 (written blind): each item said by its place, in prose or a list's lines; refused or another date answered
    ("If I split a £400 repair bill, when is the first payment due?",
     "Bills of £300 or more can be split into 4 interest-free monthly payments:\nthe first on collection, and the other three on "
     "the same date in each of the following\nthree months.\n", ["on collection"]),
    ("When is the second payment due?", "Bills can be split into 4 monthly payments:\nthe first on collection, and the other three "
     "on the same date in each of the following\nthree months.\n", []),
    ("When is the second instalment due?", "The course costs £210 and is paid in 3 instalments of £70:\n- the first instalment "
     "when you book\n- the second instalment before the 3rd lesson\n- the third instalment before the 5th lesson\n",
     ["before the 3rd lesson"]),
    ("When do I pay the third instalment?", "Orders can be paid in 3 equal instalments: the first when you order, the second "
     "when you collect your glasses, and the third one month after collection. For example, …", ["one month after collection"]),
    ("When do I pay the fourth instalment?", "Orders can be paid in 3 equal instalments: the first when you order, the second "
     "when you collect your glasses, and the third one month after collection.", []),
])
def test_an_item_said_by_its_place_after_what_is_counted(question, text, found):
    assert answers(question, text) == found


def test_an_item_said_by_its_place_gives_the_sum_or_date_asked():
    # bench/unseen24 (written blind): "payment of £120.00 is due" had answered how much the first instalment is
    quote = ("One-off work: you may spread it over three monthly\ninstalments at no extra cost. If you choose instalments, the "
             "first payment of £120.00 is due\non the day the work is finished.\n")
    assert answers("How much is the first instalment?", quote) == ["£120.00"]
    assert answers("When is the first instalment due?", quote) == []  # a sum, no date nor when


STEPS = ("1. SKIP SIZES\n\nSizes ...\n\n9. HOW TO BOOK\n\n  1. Choose the size. Call us if you are not sure.\n  2. Check where the skip "
         "will go: on your drive, or on the road\n     (a permit is needed).\n  3. Book online at least 2 working days ahead.\n"
         "  4. Pay in full when you book, by card or bank transfer. We do not take cash.\n\n## Levels\n\n1. **First Tracks** – "
         "you have never skied\n2. **Green** – you can snowplough\n")


@pytest.mark.parametrize("question, found", [
    # bench/unseen22, unseen25 and unseen26 (written blind): another step's words, or none, had answered
    ("What's the fourth step in the booking process?", ["Pay in full when you book, by card or bank transfer."]),
    ("What is the third step to book?", ["Book online at least 2 working days ahead."]),  # past an item's run-on line
    ("What's the second of the lesson levels called?", ["Green"]),  # its name in bold
    ("What's the fifth step to book?", []),  # none so long
    ("What's the second step?", []),  # two lists, neither named
    ("In the fourth step to book, how do I pay?", []),  # a part of it asked: the reader's
    ("What's the second of the party packages called?", []),  # (a code review's) no list under a heading it names
])
def test_a_numbered_list_s_item_at_the_place_asked(question, found):
    assert [STEPS[start:end] for start, end in numbered_items(question, STEPS)] == found


def test_the_one_numbered_list_answers_a_step_asked_of_nothing_more():
    steps = "## How to book\n\n1. Choose a package.\n2. Pay the deposit.\n"
    assert [steps[start:end] for start, end in numbered_items("What's the second step?", steps)] == ["Pay the deposit."]
    assert numbered_items("What's the first thing included in every hire?", steps) == []  # (a code review's)
