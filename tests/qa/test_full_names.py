"""A person's whole name for a first name alone (qa/full_names.py)."""
from __future__ import annotations

from qa.full_names import full_name_at

TUTORS = ("Tutor coordinator ................ Callum Reyes\nAccounts ......................... Jane Pike\n\n"
          "Call or email the office and Callum will match your child with a tutor.\n")


def asked(question: str, text: str, name: str) -> str:
    start = text.rindex(name)
    return text[slice(*full_name_at(question, text, start, start + len(name)))]


def test_a_first_name_answered_is_given_with_the_one_surname_the_document_writes_after_it():
    # bench/unseen27 (written blind): "Callum" had answered
    assert asked("who sorts out which tutor my kid gets at larchfield", TUTORS, "Callum") == "Callum Reyes"
    assert asked("What does Callum do?", TUTORS, "Callum") == "Callum"  # asks no who
    two = TUTORS + "Callum Ashby teaches French.\n"
    assert asked("Who matches tutors?", two, "Callum") == "Callum"  # which Callum is not for it to say
    assert asked("Who runs the club?", "Sam runs it from Sam Street.\n", "Sam") == "Sam"  # a place's kind
    assert asked("Who handles lesson bookings?", "Bookings are handled by Kate. Call Kate Monday to Friday.\n", "Kate") == "Kate"
    assert asked("Who runs it?", "Ask Sam. Sam Leisure Centre is on Mill Lane.\n", "Sam") == "Sam"  # a longer name's
