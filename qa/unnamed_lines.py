"""A price asked of a thing a price list's line does not name. "How much does Ashcombe & Pryde charge for a burial plot at
the cemetery?" of a funeral director's list whose prose says burial fees are quoted on request had been answered from the
line "Organist at the crematorium .... £60" (0.998), "What does it cost per night to board a rabbit?" from a kennel's
row for a large dog, "How much is washing powder from the vending machine?" from a washer's line (bench/unseen27 and
unseen28, written blind): the reader, finding the one sum near the question's words, takes it whatever its line is of.
A sum on a line of a schedule (a table's row, a line of dot leaders or of columns set apart in spaces) answers a question
saying at least one of the words of that line or of its column's name ("a full groom") besides the document's own name,
the words asking ("how much does it cost") and what a sum is paid by ("per night")."""
from __future__ import annotations

import re

from index.headings import LETTER
from index.labels import FUNCTION_WORDS
from index.lexical import opening_words, search_words
from index.tables import body_cell, line_end, line_start

SCHEDULE_LINE = re.compile(r"^[ \t]*\||\.{3,}|…|\S[ \t]{3,}\S", re.MULTILINE)  # a table's row, dot leaders, a gap between columns
# what a sum is paid by names no line: "What does it cost per night to board a rabbit?" of a column "Per night"
PER_PERIOD = re.compile(r"\b(?:per|a|each|every)\s+(?:night|day|week|month|year|hour|session|person|head)\b"
                        r"|\b(?:nightly|daily|weekly|monthly|yearly|annual|hourly)\b", re.IGNORECASE)
FIRST_CELL = re.compile(r"[ \t|]*(.*?)(?:[ \t]*\||[ \t]{2,}|[ \t]*\.{3,}|$)")
DELIMITER = re.compile(r"[|: -]+")  # a Markdown table's delimiter row, a rule of dashes
FIGURE_WORD = re.compile(r"[\d.,/:]+")
# words of a question asking, not naming a line (a line's "Total", "Booking fee", "Callout charge" is named by them)
ASKING_WORDS = frozenset(search_words("cost costs pay paid per each does do would will could can i we me us my our it"))


def of_an_unnamed_line(question: str, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is on a schedule's line (`SCHEDULE_LINE`) that says none of the question's words naming
    what it asks the price of, nor does its column's name or the heading over it."""
    line_from, line_to = line_start(text, start), line_end(text, start)
    if not SCHEDULE_LINE.search(text, line_from, line_to):
        return False
    # a figure says how many, not of what: "500 A5 flyers" names no row of copies under "500–1,999" (bench/unseen27)
    asked = frozenset(word for word in search_words(PER_PERIOD.sub(" ", question)) if not FIGURE_WORD.fullmatch(word)) \
        - FUNCTION_WORDS - ASKING_WORDS
    cell = body_cell(text, start)
    # a line labelled by a figure alone ("1,000           £75") is named by the heading over its schedule
    label = FIRST_CELL.match(text, line_from, line_to)
    heading = _heading_over(text, line_from) if label and not LETTER.search(label[1]) else ""
    said = frozenset(search_words(f"{text[line_from:start]} {text[end:line_to]} {cell.column if cell else ''} {heading}"))
    # the document's own words ("Ravensworth Cycle Hire") may name a line ("Electric bike"), but alone name nothing asked
    return bool(asked - opening_words(text)) and not asked & said


def _heading_over(text: str, line_from: int) -> str:
    """The line over the schedule whose line starts at text[line_from], past its other lines and blank ones: what it is a
    schedule of ("BUSINESS CARDS" over "Quantity    Price" and "1,000     £75": a code review's: refused)."""
    at = line_from
    while at > 0:
        before = line_start(text, at - 1)
        line = text[before:at - 1]
        if line.strip() and not SCHEDULE_LINE.search(line) and not DELIMITER.fullmatch(line.strip()):
            return line
        at = before
    return ""
