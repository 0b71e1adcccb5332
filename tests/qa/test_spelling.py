"""A question's misspelt word spelt as the articles, or English, spell it."""
from __future__ import annotations

import pytest

from qa.spelling import as_spelt

ARTICLES = ("Applicants must know Power BI. The Corvane TrailLite 2 tent weighs 1.4 kg. Our dog Biscuit had a blood test. "
            "The harbourmaster's colours and the randomisation were checked. The Lund family flew on Saturday.",)


@pytest.mark.parametrize("typed, spelt", [
    ("Which tools should applciants know?", "Which tools should applicants know?"),  # two letters swapped
    ("What did Bicsuit's blood test show?", "What did Biscuit's blood test show?"),  # a name of the articles
    ("How heavy is the Corvane TraliLite 2?", "How heavy is the Corvane TrailLite 2?"),  # with the article's capitals
    ("What is the clsoest pub?", "What is the closest pub?"),  # English, where the articles do not have it
    ("What is the IP water-resitsance rating?", "What is the IP water-resistance rating?"),  # a hyphenated word's part
    ("what did bicsuit's test show?", "what did biscuit's test show?"),  # typed in small letters, left so
    ("What is Corvanes lightest tent?", "What is Corvane's lightest tent?"),  # a name's owner, typed without the apostrophe
    ("what did biscuits test show?", "what did biscuits test show?"),  # a common word's plural may be one
])
def test_a_misspelt_word_is_spelt_right(typed, spelt):
    assert as_spelt(typed, ARTICLES) == spelt


@pytest.mark.parametrize("question", [
    "What are the harbourmaster's colours?",  # the articles' own words
    "When did the Lunds fly?",  # a plural of the articles' "Lund"
    "When did the Corvanes fly?",  # a family, not its owner
    "When did the Ferreira-Lunds fly?",  # a name, which no English word ("Lands") stands for
    "Was the randomization checked?",  # American spelling is no misspelling, nor British
    "Were the Saturdays busy?",
    "Who is the CEO of Veltrix?",  # nothing in the articles or English is an edit away
    "Why shouldn't dogs eat?",  # a word's part before "'t" is no word
])
def test_a_word_of_the_articles_or_of_english_or_a_name_is_left_as_typed(question):
    assert as_spelt(question, ARTICLES) == question


def test_a_misspelling_two_words_of_the_articles_are_an_edit_from_is_left_as_typed():
    assert as_spelt("Who owns the tenst?", ("The tents and the tenet.", "A tenth.")) == "Who owns the tenst?"


@pytest.mark.parametrize("typed, spelt", [
    ("wher was it held?", "where was it held?"),  # a review's: "where" lost, it had been answered "Russian Ambassador"
    ("Waht did Biscuit's test show?", "What did Biscuit's test show?"),
    ("whcih tent weighs 1.4 kg?", "which tent weighs 1.4 kg?"),
    ("Whn did the Lunds fly?", "When did the Lunds fly?"),
    ("whats the tent's weight?", "what's the tent's weight?"),  # typed without its apostrophe
    ("hwo heavy is the tent?", "hwo heavy is the tent?"),  # "how" or "who": left as typed
    ("whoe flew?", "whoe flew?"),  # "who" or "whose"
    ("were was it held?", "were was it held?"),  # an English word
])
def test_a_question_word_typed_in_haste_is_spelt_right(typed, spelt):
    assert as_spelt(typed, ARTICLES) == spelt


def test_a_name_of_the_articles_one_slip_from_a_question_word_is_left_as_typed():
    assert as_spelt("Wy flew on Saturday?", ("Dr Wy and Dr Lund flew to Oslo.",)) == "Wy flew on Saturday?"
    assert as_spelt("Wy flew on Saturday?", ("Dr Lund flew to Oslo.",)) == "Why flew on Saturday?"


def test_a_name_typed_without_its_letters_marks_is_no_misspelling():
    # a probe's: "soren" had become "sore", "lucja" "lucia", and the questions were refused
    biography = "Søren Ødegård was born in Bergen. In 1999 Ødegård met Łucja Wróbel, who later married Søren in Kraków."
    assert as_spelt("who was soren odegard?", (biography,)) == "who was soren odegard?"
    assert as_spelt("when did lucja wrobel die?", (biography,)) == "when did lucja wrobel die?"
