from __future__ import annotations

from index.articles import parse_article
from qa.assistant import Assistant
from qa.subject_lines import subject_line

TENANCY = """TENANCY AGREEMENT — KEY TERMS

Property:           Flat 3, 27 Larkspur Road, Bristol BS6 5QT
Landlord:           Mrs Helen Okafor
Tenants:            Mr Daniel Reyes and Ms Priya Natarajan
Date of agreement:  19 August 2025

1. TERM

1.1 The tenancy is for a fixed term of 12 months starting on 1 September 2025.

2. RENT

2.1 The rent is £1,150 per calendar month.

2.2 Rent is payable in advance on the 1st day of each month by standing order.

3. DEPOSIT

3.1 The Tenant will pay a deposit of £1,326, protected with a government-approved scheme within 30 days.

4. PETS

4.1 The Landlord has agreed that the Tenant may keep one indoor cat. No other animals may be kept.
"""


def subject_of(question: str, passage: str, text: str = TENANCY, over: str | None = None) -> str | None:
    start = text.index(passage)
    return subject_line(question, text, start, start + len(passage), over)


def test_the_details_line_naming_the_question_s_subject_is_read_before_a_passage_that_does_not():
    rent = "2.1 The rent is £1,150 per calendar month."
    assert subject_of("How much is the monthly rent for the flat on Larkspur Road?", rent) == \
        "Property: Flat 3, 27 Larkspur Road, Bristol BS6 5QT"  # its runs of spaces made one
    assert subject_of("Which pet may Mr Reyes keep?", "4.1 The Landlord has agreed") == \
        "Tenants: Mr Daniel Reyes and Ms Priya Natarajan"


def test_no_line_is_read_where_the_passage_or_its_headings_name_the_subject_or_no_detail_names_it():
    rent = "2.1 The rent is £1,150 per calendar month."
    assert subject_of("How much is the monthly rent?", rent) is None  # no subject named
    assert subject_of("How much is the rent for Larkspur Road?", rent, over="Larkspur Road: terms") is None
    assert subject_of("How much is the rent for the flat on Harbour Street?", rent) is None
    # a label names no subject: "Landlord" is what a line is, not what the agreement is about
    assert subject_of("Who is the landlord of the rented flat?", rent) is None


def test_no_line_is_read_that_names_others_the_passage_names_as_well():
    notice = ("Product: KettlePro 1.7L kettle\nSold by: Homeway, Kitchen Corner and online\nRecall reference: RCL-24-0915\n\n"
              + "We have found a fault.\n\n" * 4 + "For help with returns, call Homeway customer services on 0345 602 7781.\n")
    # the passage is Homeway's, one of those the line names, not Kitchen Corner's
    passage = "For help with returns, call Homeway customer services on 0345 602 7781."
    assert subject_of("What is Kitchen Corner's phone number?", passage, notice) is None
    assert subject_of("How do I return my KettlePro?", passage, notice) == "Product: KettlePro 1.7L kettle"


def test_a_lone_line_of_a_label_or_details_at_a_document_s_end_are_no_subject_lines():
    report = ("Race report: Fenwick Half Marathon, Sunday 6 April 2025\n\n" + "George Tull dropped out at 8 miles.\n\n" * 3
              + "Imogen Hale ran a personal best.\n")
    assert subject_of("Who ran the slowest time at Fenwick?", "Imogen Hale ran", report) is None
    match = ("Harwell Rovers beat Castlebridge.\n\n" + "Solberg singled out Brenner for his free kick.\n\n" * 10
             + "Booked: Maddox (Harwell)\nSent off: Ashcombe (Castlebridge, 41)\nReferee: Alison Hartree\n")
    assert subject_of("What did Ashcombe get first?", "Solberg singled out", match) is None


def test_a_passage_is_read_after_the_details_line_naming_the_subject_the_question_names(tmp_path, embedder, shipped_reader):
    assistant = Assistant.from_articles([parse_article("tenancy.txt", TENANCY.encode())], reader=shipped_reader,
                                        embedder=embedder, index_dir=tmp_path, log=lambda message: None)
    # each refused (0.996, 1.0) or answered with the tenants (0.46) before: the clauses never name "Larkspur Road"
    assert assistant.ask("How much is the monthly rent for the flat on Larkspur Road?").text == "£1,150"
    assert assistant.ask("How much is the deposit for the Larkspur Road flat?").text == "£1,326"
    assert assistant.ask("Which pet may the tenants of Larkspur Road keep?").text == "one indoor cat"
    # another flat's rent is not this one's
    assert not assistant.ask("How much is the monthly rent for the flat on Harbour Street?").answered
