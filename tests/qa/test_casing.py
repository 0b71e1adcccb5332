"""A question typed without capitals, or in capitals only, written with the capitals the articles give its words."""
from __future__ import annotations

import pytest

from qa.casing import as_the_articles_write, says_no_case, written_forms

AGREEMENT = ("VAN HIRE AGREEMENT\n"
             "Hirer: Mr Rajesh Patel\n"
             "1.4 Total hire charge, including VAT at 20%: £366.00.\n"
             "2. SECURITY DEPOSIT\n"
             "2.1 A refundable security deposit of £250.00 is taken from Mr Patel on collection of booking SMH-48213.\n"
             "| Item | Charge |\n| Damage waiver | £300 |\n"
             "- Total mileage is capped. The deposit is returned by Ms Desai at Leeds City depot.\n"
             "The van is kept on Larkspur Road. The Tenant must return it clean.\n"
             "It was collected by Rose, the hirer's daughter.\n"
             "Note: How to return the keys is set out overleaf.\n"
             "Returns Open Early but Close at Noon\n")


@pytest.mark.parametrize("question, caseless", [
    ("what is mr patel's deposit?", True),
    ("What is mr patel's deposit?", True),  # a phone's capital, and none after it
    ("WHAT IS MR PATEL'S DEPOSIT?", True),
    ("What is Mr Patel's deposit?", False),
    ("What is the deposit?", True),
])
def test_a_question_says_no_case_without_capitals_past_its_first_letter_or_without_small_letters(question, caseless):
    assert says_no_case(question) is caseless


def test_written_forms_are_of_words_never_written_in_small_letters_where_no_sentence_line_or_cell_opens():
    written = written_forms((AGREEMENT,))
    assert {word: written.forms[word] for word in ("patel", "smh-48213", "desai", "mr", "city")} == {
        "patel": "Patel", "smh-48213": "SMH-48213", "desai": "Desai", "mr": "Mr", "city": "City"}
    # A heading in capitals, a clause's number, a list's mark, a table's cell and a sentence open words that are no names.
    assert not {"deposit", "security", "total", "damage", "item", "the", "van"} & written.forms.keys()
    # Names of several capitalised words, whatever their words are.
    assert written.names[("larkspur", "road")] == ("Larkspur", "Road") and written.names[("leeds", "city")] == ("Leeds", "City")
    # Written with a capital alone, with no capitalised word beside it, a common word may be a name.
    assert {"rose", "tenant"} <= written.alone and not {"city", "road", "the"} & written.alone
    # Nor is a word a heading in title case capitalises ("Close" after "but").
    assert "close" not in written.alone


@pytest.mark.parametrize("typed, written", [
    ("how much is the deposit mr patel paid for smh-48213?", "how much is the deposit Mr Patel paid for SMH-48213?"),
    ("HOW MUCH IS THE DEPOSIT MR PATEL PAID?", "how much is the deposit Mr Patel paid?"),
    # "Desai" is no common word; "Ms", one, is written beside it; "city" is a name's only beside "Leeds".
    ("what did ms desai return in the city?", "what did Ms Desai return in the city?"),
    ("What did ms desai return in the city?", "What did Ms Desai return in the city?"),
    ("what did ms desai return in leeds city?", "what did Ms Desai return in Leeds City?"),
    ("where on larkspur road is the van kept?", "where on Larkspur Road is the van kept?"),  # a name of common words
    # A common word the agreement writes as a name alone, said as one: with no determiner or owner before it.
    ("when did rose collect the van?", "when did Rose collect the van?"),
    ("who is rose's father?", "who is Rose's father?"),
])
def test_a_caseless_question_is_written_with_the_articles_capitals(typed, written):
    assert as_the_articles_write(typed, (AGREEMENT,)) == written


def test_a_name_typed_without_its_letters_marks_is_written_as_the_article_writes_it():
    # a chat user's "who was maren ostby" had kept "ostby", no name, so that "she" next stood for someone else
    biography = "The physicist Maren Østby studied at the Café Nordlys in Bergen. Østby was born in Lærdal. Lunch at a café."
    assert as_the_articles_write("when was ostby born in laerdal?", (biography,)) == "when was Østby born in Lærdal?"
    assert as_the_articles_write("who owns the cafe?", (biography,)) == "who owns the cafe?"  # written small too


@pytest.mark.parametrize("question", [
    "How much did Mr patel pay?",  # the writer chose its capitals
    "When must the tenant return the van?",  # a common word the agreement capitalises, a defined term, is no name
    "What is the road called?",
    "Which rose did the hirer's daughter pick?",  # a common word after a word a noun takes ("the", "which", "his")
    "Who is the tenant's daughter?",
    "What is the hirer's rose?",
    "For how many days is the van hired?",  # a question's own word, which the note writes with a capital alone
    "When does the depot close?",  # a word capitalised alone in a heading in title case
])
def test_a_question_typed_with_capitals_is_left_as_typed(question):
    assert as_the_articles_write(question, (AGREEMENT,)) == question
