"""The line of a document's details that names what a question asks about, where the passage read does not: a tenancy
agreement's "Property: Flat 3, 27 Larkspur Road, Bristol" over its clause "2.1 The rent is £1,150 per calendar month".
The reader, taught on SQuAD, refuses a passage that does not name the question's subject ("How much is the monthly rent
for the flat on Larkspur Road?": no answer at 0.999 without the line, 0.002 after it)."""
from __future__ import annotations

import re
from functools import lru_cache

from index.labels import field_lines
from qa.spans import words

# A name's word in a detail's value: capitalised, of three letters at least ("Larkspur", "Road"; not "Mr" or "3").
NAME_WORD = re.compile(r"\b[A-Z][\w'’-]{2,}")
SPACES = re.compile(r"[ \t]{2,}")
POSSESSIVE = re.compile(r"['’]s?$")
# The fewest lines of labels and values one after another that set out a document's details: a lone "Race report: Fenwick
# Half Marathon" or "VALE LINE: HARBURY – KELSFORD" is a title's line, naming what the passages under it are about already.
DETAILS_LINES = 3
# How far into a document its details are set out at its head (a share of its text): a match report's "Booked: …",
# "Sent off: Ashcombe (Castlebridge, 41)." at its end say what happened, not what the report is about.
HEAD_SHARE = 0.25


@lru_cache(maxsize=64)
def _details(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """[start, end) of each line of the document's details, the first DETAILS_LINES lines at least of a label and its
    value (index/labels.py `field_lines`) one after another, blank lines apart at most, where they start within its
    head (HEAD_SHARE), with the words of the names each line's value says, lower-cased."""
    run: list[tuple[int, int]] = []
    for start, end in field_lines(text):
        if run and text[run[-1][1]:start].strip():  # something else between: the first run has ended
            if len(run) >= DETAILS_LINES:
                break
            run = []
        run.append((start, end))
    if len(run) < DETAILS_LINES or run[0][0] > len(text) * HEAD_SHARE:
        return ()
    return tuple((start, end, frozenset(word.lower() for word in NAME_WORD.findall(text[start:end].split(":", 1)[1])))
                 for start, end in run)


def subject_line(question: str, text: str, start: int, end: int, over: str | None) -> str | None:
    """The first line of the document's details (`_details`) outside text[start:end] that names each name the question
    says and neither the passage nor the headings `over` it do, where it says such names, its runs of spaces made one
    ("Property: Flat 3, 27 Larkspur Road, Bristol BS6 5QT"); None where none does: "the flat on Harbour Street" is not
    the agreement's "Flat 3, 27 Larkspur Road", whose rent would be no answer for it."""
    asked, passage = _names(question), text[start:end]
    missing = asked - words(passage) - words(over or "")
    if not missing:
        return None
    # nor one whose other names a passage of the body says: "Sold by: Homeway, Kitchen Corner and …" is no subject of
    # "call Homeway customer services on 0345 602 7781", which would then have answered for Kitchen Corner's number (a
    # passage of the details themselves is of their subject: its "Ward: Kelsall Green" is the site's)
    details = _details(text)
    body = not any(start <= line_start < end for line_start, _, _ in details)
    others = _names(passage, first=True) if body else set()
    line = next(((line_start, line_end) for line_start, line_end, names in details
                 if missing <= names and not (names - asked) & others and not start <= line_start < end), None)
    return SPACES.sub(" ", text[line[0]:line[1]].strip()) if line else None


def _names(text: str, first: bool = False) -> set[str]:
    """The words of the names a text says, lower-cased, less a possessive's ending ("Reyes's"): its capitalised words
    (NAME_WORD), but a question's first."""
    return {POSSESSIVE.sub("", word.lower()) for word in NAME_WORD.findall(text, 0 if first else text.find(" ") + 1)}
