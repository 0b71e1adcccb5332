"""A figure a question gives, asked as the band of a document's schedule it falls in: "… cover for a 10-night stay?" asks of
the line "Stays of 8 to 14 nights", "… if I cancel 20 days before arrival?" of the row "15 to 28 days", "my 9 year old …
music theory" of "Junior Theory (ages 8 to 12, …)", "exam entry fee grade 5" of "Exam entry, Grades 4 and 5" (bench/unseen21
and unseen22, written blind: another band's price or charge had answered, or none). A document sets out such a schedule
in two bands of the unit at least; the one band the figure falls in names it, one with an end above before one without
("Grades 4 and 5" before "Grade 3 and above")."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

UNIT = r"(nights?|days?|weeks?|months?|years?|hours?|minutes?|mins?|miles?|km|kg|people|persons?|guests?)"
PREFIX = r"(ages?|aged|grades?)"  # a unit said before its figures: "ages 8 to 12", "Grades 4 and 5"
# What a question gives: "a 10-night stay", "20 days before", "for 3 people"; "my 9 year old", "aged 9"; "grade 5"
QUANTITY = re.compile(rf"(?<![\d.,])(\d+)(?:-|\s+){UNIT}(?:(?:-|\s+)old)?(?![\w-])|\b{PREFIX}\s+(\d+)(?!\d|[.,]\d)", re.IGNORECASE)
BELOW = r"up\s+to|under|less\s+than|fewer\s+than|below|no\s+more\s+than"
ABOVE = r"over|more\s+than|above|at\s+least"
OPEN_BELOW = r"or\s+fewer|or\s+less|or\s+under|and\s+under|or\s+younger|and\s+younger"
OPEN_ABOVE = r"or\s+more|or\s+over|and\s+over|or\s+above|and\s+above|or\s+older|and\s+older|\+"
NO_WORD_BEFORE = r"(?<![\w.,])"
BANDS = [  # each with its figures, its unit and how it bounds them
    (re.compile(rf"{NO_WORD_BEFORE}({BELOW}|{ABOVE})\s+(\d+)\s*{UNIT}(?![\w-])", re.IGNORECASE), "bound"),
    (re.compile(rf"{NO_WORD_BEFORE}(\d+)\s*(?:to|–|-)\s*(\d+)\s*{UNIT}(?![\w-])", re.IGNORECASE), "span"),
    (re.compile(rf"{NO_WORD_BEFORE}(\d+)\s*{UNIT}\s*({OPEN_BELOW}|{OPEN_ABOVE})(?![\w-])", re.IGNORECASE), "open"),
    (re.compile(rf"\b{PREFIX}\s+(\d+)\s*(?:to|–|-|and)\s*(\d+)(?![\w-]|[.,]\d)", re.IGNORECASE), "prefixed span"),
    (re.compile(rf"\b{PREFIX}\s+(\d+)\s*({OPEN_BELOW}|{OPEN_ABOVE})(?![\w-])", re.IGNORECASE), "prefixed open"),
]
LABEL_OPENING = 3  # the most words before a band that open a line's label with it ("Stays of")


class Band(NamedTuple):
    start: int
    end: int
    unit: str
    low: int
    high: int | None  # None: no end above


def _unit(word: str) -> str:
    word = word.lower()
    if word in ("people", "persons", "person"):
        return "person"
    if word in ("age", "ages", "aged", "year", "years"):
        return "year"  # "my 9 year old" of "ages 8 to 12"
    return "minute" if word.startswith("min") else word.rstrip("s")


def _bounded(figure: int, bound: str) -> tuple[int, int | None]:
    """The figures a bound word and its figure take in, as whole numbers: "under 10" to 9, "more than 56" from 57."""
    bound = " ".join(bound.lower().split())
    if re.fullmatch(f"{BELOW}|{OPEN_BELOW}", bound):
        return 0, figure if bound in ("up to", "no more than") or bound.startswith(("or", "and")) else figure - 1
    return (figure if bound in ("at least", "+") or bound.startswith(("or", "and")) else figure + 1), None


@lru_cache(maxsize=64)
def bands_in(text: str) -> tuple[Band, ...]:
    """The bands of a quantity `text` sets out, in text order: worked out once an article, not once a question giving a
    figure."""
    found = []
    for pattern, form in BANDS:
        for match in pattern.finditer(text):
            if form == "bound":
                low, high = _bounded(int(match[2]), match[1])
                unit = match[3]
            elif form == "span":
                low, high, unit = int(match[1]), int(match[2]), match[3]
            elif form == "open":
                (low, high), unit = _bounded(int(match[1]), match[3]), match[2]
            elif form == "prefixed span":
                unit, low, high = match[1], int(match[2]), int(match[3])
            else:
                unit, (low, high) = match[1], _bounded(int(match[2]), match[3])
            found.append(Band(match.start(), match.end(), _unit(unit), low, high))
    return tuple(sorted(found))


def _as_labelled(text: str, band: Band) -> str:
    """A band as its line's label says it: with the words opening the line before it, LABEL_OPENING at most ("Stays of 8 to
    14 nights"), or before the bracket it is in ("Junior Theory ages 8 to 12"), whose words a question must say to name
    the line (qa/spans.py `named_among`); the band alone otherwise."""
    opening = text[text.rfind("\n", 0, band.start) + 1:band.start]
    said = text[band.start:band.end]
    if opening.endswith("(") and not re.search(r"[^\w\s(]|\(.", opening):
        return f"{opening[:-1].strip()} {said}"
    return f"{opening.strip()} {said}" if len(opening.split()) <= LABEL_OPENING and not re.search(r"[^\w\s]", opening) else said


def in_bands(question: str, texts: list[str]) -> str:
    """The question with each figure of a unit it gives ("10-night") written as the one band of that unit the documents
    set out that holds it ("8 to 14 nights"), where a document sets out two bands of the unit at least; as it is
    otherwise."""
    def band_of(quantity: re.Match) -> str:
        unit, figure = _unit(quantity[2] or quantity[3]), int(quantity[1] or quantity[4])
        closed, open_ = set(), set()
        for text in texts:
            bands = [band for band in bands_in(text) if band.unit == unit]
            if len({(band.low, band.high) for band in bands}) < 2:
                continue
            # a band without an end above is the schedule's last, after its highest closed one: "More than 56 days" after
            # "29 to 56 days", not the strings class's "Grade 3 and above" among the exams' grades
            top = max((band.high for band in bands if band.high is not None), default=None)
            for band in bands:
                if band.low <= figure and (band.high is None or figure <= band.high) \
                        and (band.high is not None or top is None or band.low == top + 1):
                    (closed if band.high is not None else open_).add(" ".join(_as_labelled(text, band).split()))
        holding = closed or open_
        return min(holding) if len({band.lower() for band in holding}) == 1 else quantity.group()

    return QUANTITY.sub(band_of, question)
