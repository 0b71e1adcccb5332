"""Labels: the names a passage gives its values, a table row's first cell ("| Landlord | Corvell Estates
Limited |") or the words before a line's colon ("Instructor: Dr. Lucía Ferreira-Okafor"). A question that
asks for what a label names ("Who is the landlord?") is answered by the value beside it, however little
else of the passage it shares: among a lease's 30 passages, each using "Landlord", the schedule's had
ranked 13th by meaning and words alike (index/store.py reads the passage with the label it asks for)."""
from __future__ import annotations

import re

from index.headings import LETTER
from index.lexical import search_words
from index.tables import DELIMITER_ROW, FIELD_CHARS, LABEL_WORDS, field_label

# A pipe table's row, its first cell and what follows it (a longer first cell than LABEL_WORDS is a sentence's).
ROW = re.compile(r"[ \t]*\|([^|\n]*)\|([^\n]*\|)[ \t]*")
# Words that name nothing, left out of both a label and a question: "Date of birth" is asked for as "What
# is her date of birth?", and "Tenant(s)" as "Who are the tenants?" (its "s" a stem of its own).
FUNCTION_WORDS = frozenset(search_words(
    "a an the of in on at to for by with from and or is are was were be been do does did what which who whom whose "
    "when where why how much many this that these those it its his her their our your my s"))


def label_words(text: str) -> tuple[frozenset[str], ...]:
    """The search words of each label in `text` (index/lexical.py's `search_words`, but function words): a table
    row's first cell, but a header row's (the row over a delimiter row "|---|"), where the row has a value beside
    it; a line's words before its colon, with something after it, or a list item's ("- Closing date: 14 March 2025",
    "- **Closing date:** 14 March 2025": `field_label`)."""
    lines = text.split("\n")
    headers = {number - 1 for number, line in enumerate(lines) if number and DELIMITER_ROW.fullmatch(line)}
    found = []
    for number, line in enumerate(lines):
        row = ROW.fullmatch(line)
        if row and number not in headers and not DELIMITER_ROW.fullmatch(line) and row.group(2).strip(" \t|"):
            label = row.group(1)
        elif not row and (labelled := field_label(line)) is not None:
            label = labelled
        else:
            continue
        # A word with a letter among them: a row's year or amount ("| 2024 | 3.1 |") names nothing asked for; a
        # label's number is its own ("Step 3").
        words = frozenset(search_words(label)) - FUNCTION_WORDS
        if any(LETTER.search(word) for word in words) and len(label.split()) <= LABEL_WORDS:
            found.append(words)
    return tuple(found)


def field_lines(text: str) -> list[tuple[int, int]]:
    """[start, end) in `text` of each line of a label and its value, or list item of one (`field_label`, a line of at most
    FIELD_CHARS): a passage is searched by each of them as well as by its whole text (index/store.py). They lay out the rows of
    a saved index's vectors (`_rows`), found again when it is loaded: a change to what they are (here, or in `field_label`)
    needs index/store.py's FORMAT raised."""
    spans, at = [], 0
    for line in text.split("\n"):
        if len(line) <= FIELD_CHARS and field_label(line) is not None:
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def asked_label(question: str, labels: tuple[frozenset[str], ...]) -> int:
    """How many words the longest of `labels` that the question names whole has (0: none): "Who is the
    landlord's agent?" names "Landlord" and, better, "Landlord's agent"."""
    asked = frozenset(search_words(question)) - FUNCTION_WORDS
    return max((len(words) for words in labels if words <= asked), default=0)
