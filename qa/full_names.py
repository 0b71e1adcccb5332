"""A person's whole name where an answer gives their first name alone: "who sorts out which tutor my kid gets" is
answered "Callum Reyes" of "Tutor coordinator ...... Callum Reyes", not "Callum" of "Callum will match your child with a
tutor" (bench/unseen27, written blind), where the document writes one surname after that first name."""
from __future__ import annotations

import re

from index.dates import MONTH
from qa.authorship import ASKS_WHO
from qa.grammar import BODY_KINDS, PLACE_KINDS

FIRST_NAME = re.compile(r"[A-Z][a-z]+")
# a surname: a capitalised word ending the name, not a day or a month, nor the first of a longer name or a span of days
# ("Kate Monday to Friday", "Sam Leisure Centre": a code review's)
SURNAME = (rf"[ \t]+(?P<surname>(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|{MONTH})\b)[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)"
           r"(?![\w'’-])(?![ \t]+(?:[A-Z]|(?:to|until|and|or)\b)|[ \t]*[–-])")


def full_name_at(question: str, text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the one place the document writes the answer's first name with a surname after it, where the
    question asks who and text[start:end] is a first name alone not so written; the answer as it is otherwise."""
    if not ASKS_WHO.match(question) or not FIRST_NAME.fullmatch(text[start:end]) or re.match(SURNAME, text[end:]):
        return start, end
    written = {}
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(text[start:end])}{SURNAME}", text):
        if found["surname"].lower() not in PLACE_KINDS | BODY_KINDS:
            written.setdefault(found.group(), found.span())
    return next(iter(written.values())) if len(written) == 1 else (start, end)
