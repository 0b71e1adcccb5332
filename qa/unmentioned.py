"""Numbers a question names that the articles searched never do. "When was LumenKit 4.5 released?", of release notes
listing 4.4 and 4.6, asks about a release they do not have, and the reader, finding a release date in any changelog's
passage, had answered it with another version's (sure at 0.93): such a question is refused without reading it.

Only a number that picks something out is looked for: one of three digits or more, or of parts (4.5, 2.3.0, 10,000,
9:30). Small numbers are as often written in words ("within 8 days" of "eight days"), and a decade ("the 1970s") in
other words ("the seventies"). Of SQuAD v1.1 dev's 9,349 questions, all answerable, 4 name a number so picked that their
article lacks (typos: "By 199 how many…"); of SQuAD v2.0 dev's 4,574 unanswerable ones, 85 (docs/measurements.md,
session 47)."""
from __future__ import annotations

import re
from functools import lru_cache

from index.headings import ARTICLES_KEPT

# A number and its parts; not one within a longer one ("4.5" of "14.5"), but after a letter ("v4.5", "PX480").
NUMBER = re.compile(r"(?<![\d.,:])\d+(?:[.,:]\d+)*")
# Digit groups set apart by spaces, as some write thousands ("10 000"), and by dots, as others do ("12.500").
SPACED_THOUSANDS = re.compile(r"(?<![\d.,:])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,:]?\d)")
DOTTED_THOUSANDS = re.compile(r"(?<![\d.,:])\d{1,3}(?:\.\d{3})+(?![\d.,:]?\d)")
THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
DECADE_END = re.compile(r"['’]?s\b")  # "the 1970s", "the 1990's"


def _normalised(number: str) -> str:
    """`number` as compared: without thousands commas, its other separators read as points ("9:30" as "9.30", "12,5" as
    "12.5"), without leading zeros ("09:30" as "9.30") or parts of only zeros at its end ("2.3.0" as "2.3", "£1.00" as
    "1")."""
    parts = THOUSANDS_COMMA.sub("", number).replace(",", ".").replace(":", ".").split(".")
    while len(parts) > 1 and not parts[-1].strip("0"):
        parts.pop()
    return ".".join([parts[0].lstrip("0") or "0", *parts[1:]])


def _picks_out(question: str, match: re.Match) -> bool:
    number = match.group()
    if len(number) < 3 and number.isdigit():
        return False
    return not (number.endswith("0") and DECADE_END.match(question, match.end()))


@lru_cache(maxsize=ARTICLES_KEPT)
def _numbers_in(text: str) -> frozenset[str]:
    """Every number of `text`, normalised, with each of its first parts ("4.5.2" holds "4.5": a question about 4.5 may
    be answered by its patch release's notes) and written as one where its thousands are set apart."""
    found = {_normalised(match.group()) for match in NUMBER.finditer(text)}
    found |= {_normalised(re.sub(r"\D", "", match.group())) for pattern in (SPACED_THOUSANDS, DOTTED_THOUSANDS)
              for match in pattern.finditer(text)}
    return frozenset(".".join(parts[:end]) for number in found for parts in [number.split(".")]
                     for end in range(1, len(parts) + 1))


def unmentioned_numbers(question: str, texts: list[str]) -> list[str]:
    """The numbers `question` names, of those that pick something out, that none of `texts` holds, as the question
    writes them."""
    held = [_numbers_in(text) for text in texts]
    return [match.group() for match in NUMBER.finditer(question)
            if _picks_out(question, match) and not any(_normalised(match.group()) in numbers for numbers in held)]


def names_other_numbers(question: str, text: str) -> bool:
    """Whether `text` names numbers that pick something out but none of those `question` names, which it names some of: a
    changelog's heading "4.1.0 — 2025-09-09" is no answer to "When was 4.2.0 released?" (the reader's, sure at 0.83)."""
    asked = {_normalised(match.group()) for match in NUMBER.finditer(question) if _picks_out(question, match)}
    held = {_normalised(match.group()) for match in NUMBER.finditer(text) if _picks_out(text, match)}
    return bool(asked) and bool(held) and not asked & _numbers_in(text)
