"""The lines of a document's details that name what a question asks about, where the passage read does not: a tenancy
agreement's "Property: Flat 3, 27 Larkspur Road, Bristol" over its clause "2.1 The rent is £1,150 per calendar month".
The reader, taught on SQuAD, refuses a passage that does not name the question's subject ("How much is the monthly rent
for the flat on Larkspur Road?": no answer at 0.999 without the line, 0.002 after it)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from index.labels import field_lines
from index.openings import opening_lines
from index.tables import field_label
from qa.grammar import FRAMING_WORDS, MONTHS, POSSESSIVE_END, PREPOSITIONS
from qa.spans import words

# A name's word: capitalised, of three letters at least ("Larkspur", "Road"; not "Mr" or "3").
NAME_WORD = re.compile(r"\b[A-Z][\w'’-]{2,}")
# Capitalised words that name no subject: a question's or a sentence's opening words ("The bar opens", "Which pet…"),
# and months and days ("the rent in September for the flat on Larkspur Road" asks of the flat, not of September).
NOT_NAMES = frozenset({*FRAMING_WORDS, *PREPOSITIONS,
                       "and", "or", "but", "if", "please", "this", "that", "these", "those", "there", "here",
                       *(month.lower() for month in MONTHS),
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Capitalised words in a row: a name of something where two of them are names ("Christmas Market", "Saltby Lido"; not
# "The Landlord", nor a heading in capitals, "SECURITY DEPOSIT").
NAME_PHRASE = re.compile(r"\b[A-Z][\w'’-]{2,}(?:[ \t]+[A-Z][\w'’-]{2,})+")
SPACES = re.compile(r"[ \t]{2,}")
# The fewest lines of labels and values one after another that set out details: a lone "Race report: Fenwick Half
# Marathon" or "VALE LINE: HARBURY – KELSFORD" is a title's line, naming what the passages under it are about already.
DETAILS_LINES = 3
# How far into a document the details set out at its head may start (a share of its text): those of the passages before
# any others. A match report's "Booked: …", "Sent off: Ashcombe (Castlebridge, 41)." at its end say what happened, not what
# the report is about.
HEAD_SHARE = 0.25
# The labels of an e-mail's header, whose subject is the whole message's: the body's names are of it ("Subject: Spring
# Appeal 2025 – final regional figures" over "the sponsored swim at Saltby Lido").
MESSAGE_HEADER = frozenset({"subject", "from"})


class Details(NamedTuple):
    """A run of DETAILS_LINES lines at least of a label and its value, one after another."""

    lines: tuple[tuple[int, int, frozenset[str]], ...]  # each line's [start, end) and the names its value says (`names`)
    names: frozenset[str]  # all its lines' names
    message: bool  # whether it is an e-mail's header (MESSAGE_HEADER)


@lru_cache(maxsize=64)
def _details(text: str) -> tuple[Details, ...]:
    """Each run of details of `text` (index/labels.py `field_lines`), in text order. A blank line ends a run: a staff
    directory's entries are each one's details, not one list (a review's, session 46)."""
    runs: list[list[tuple[int, int]]] = [[]]
    for start, end in field_lines(text):
        if runs[-1] and text[runs[-1][-1][1]:start].strip(" \t\r") != "\n":  # not the very next line
            runs.append([])
        runs[-1].append((start, end))
    found = []
    for run in (run for run in runs if len(run) >= DETAILS_LINES):
        lines = tuple((start, end, frozenset(names(text[start:end].split(":", 1)[1]))) for start, end in run)
        labels = {(field_label(text[start:end]) or "").strip().lower() for start, end in run}
        found.append(Details(lines, frozenset().union(*(named for _, _, named in lines)), MESSAGE_HEADER <= labels))
    return tuple(found)


def _governing(text: str, start: int) -> Details | None:
    """The details a passage starting at `start` falls under: the last run starting before it, or, before any, the
    first where it starts in the document's head; none else. A second agreement's clauses are under its own details,
    not the first's, whose "Property: … Larkspur Road" had made the Harbour Street flat's rent Larkspur Road's."""
    runs = _details(text)
    before = [run for run in runs if run.lines[0][0] <= start]
    if before:
        return before[-1]
    return runs[0] if runs and runs[0].lines[0][0] <= len(text) * HEAD_SHARE else None


def subject_line(question: str, text: str, start: int, end: int, over: str | None) -> str | None:
    """The lines of the details a passage text[start:end] falls under (`_governing`), outside it, that name each name the
    question says and neither the passage nor the headings `over` it do, a line each, their runs of spaces made one
    ("Property: Flat 3, 27 Larkspur Road, Bristol BS6 5QT"); None where the question says no such name, or they do not
    name each ("the flat on Harbour Street" is not the agreement's "Flat 3, 27 Larkspur Road", whose rent would be no
    answer for it). None either before a passage of the body that names another of their names ("Sold by: Homeway,
    Kitchen Corner …" is no subject of "call Homeway customer services on …", which would have answered for Kitchen
    Corner's number), or something of a name of two words or more that neither they, the question nor the headings
    say (a fair's details are no subject of a paragraph on the "Christmas Market", whose opening time would have been
    the fair's), but an e-mail's header's (MESSAGE_HEADER)."""
    asked, passage = names(question), text[start:end]
    missing = asked - words(passage) - words(over or "")
    if not missing:
        return None
    details = _governing(text, start)
    if details is None:
        return _opening_lines(text, start, missing)
    lines = [(line_start, line_end, named) for line_start, line_end, named in details.lines
             if named & missing and not start <= line_start < end]
    named = frozenset().union(*(named for _, _, named in lines))
    if not lines or not missing <= named:
        return None
    if not any(start <= line_start < end for line_start, _, _ in details.lines):  # a passage of the body, not the details'
        known = details.names | asked | words(over or "")
        phrases = [found for phrase in NAME_PHRASE.findall(passage) if not phrase.isupper() and len(found := names(phrase)) >= 2]
        if (named - asked) & names(passage) or not details.message and any(not phrase & known for phrase in phrases):
            return None
    return "\n".join(SPACES.sub(" ", text[line_start:line_end].strip()) for line_start, line_end, _ in lines)


def _opening_lines(text: str, start: int, missing: set[str]) -> str | None:
    """The lines a document without details opens with that name what it is about (index/openings.py `opening_lines`),
    those naming the names `missing` from a passage of its body starting at text[start], which they name each: a letter's
    "Brackenfold Primary School" and "Year 6 Residential Trip to Tarnside Outdoor Centre" over its "Cost and payment",
    which the reader had refused for "How much is the deposit for the Brackenfold Year 6 residential trip?" (no answer at
    1.0; 0.0 after them: bench/unseen14, written blind). None where they do not name each, or the passage is among them.
    A passage naming something else by its name gets them too, as a wedding's "19:15 Cutting of the cake in the Old
    Granary" should: a leisure centre newsletter's "Our sister site" paragraph on "Marlow Pool" answers for the centre (a
    code review's, wrong before too)."""
    lines = opening_lines(text)
    if not lines or start < lines[-1][0]:
        return None
    naming = [(line, named) for _, line in lines if (named := frozenset(names(line))) & missing]
    if not missing <= frozenset().union(*(named for _, named in naming)):
        return None
    return "\n".join(line for line, _ in naming)


def names(text: str) -> set[str]:
    """The words of the names a text says, lower-cased, less a possessive's ending ("Reyes's"): its capitalised words
    (NAME_WORD) but those that name no subject (NOT_NAMES)."""
    found = {POSSESSIVE_END.sub("", word.lower()) for word in NAME_WORD.findall(text)}
    return found - NOT_NAMES
