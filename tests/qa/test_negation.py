import pytest

from qa.negation import said_not_to

BINS = "The blue bin is for paper, card and cans. Please do not put recycling in plastic bags."


@pytest.mark.parametrize("question, text, span, negated", [
    ("What can I put in the blue bin?", BINS, "plastic bags", True),  # an API user's: "plastic bags" had answered (0.76)
    ("What can I put in the blue bin?", BINS, "paper, card and cans", False),
    ("What can't I put in the blue bin?", BINS, "plastic bags", False),  # asked of what is not so
    ("What should I not put in the blue bin?", BINS, "plastic bags", False),
    ("When did the South Atlantic open?", "The South Atlantic did not open until the Cretaceous Period.",
     "Cretaceous Period", False),  # SQuAD's: "until" turns the clause
    ("What does the orchestra have?", "It has brass but does not have a string section.", "a string section", True),
    ("What does the band lack?", "It has brass but does not have a string section.", "a string section", False),
    ("Where can guests park?", "Guests cannot park on the drive, but may park in the lane.", "the lane", False),  # a new clause
])
def test_a_span_a_sentence_says_the_question_s_verb_does_not_apply_to(question, text, span, negated):
    assert said_not_to(question, text, text.index(span)) is negated
