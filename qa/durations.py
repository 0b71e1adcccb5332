"""Lengths of time a question and a table say in different units: "an hour-long private lesson" is a price list's
"Private lesson | 60 minutes" (bench/unseen28, written blind: the 45-minute lesson's price had been the answer), "a
90-minute hack" its "1.5 hours"."""
from __future__ import annotations

import re
from functools import lru_cache

NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# A length with its number ("45 minutes", "2-hour", "an hour", "1.5 hrs"), or said without one ("hour-long", "half-hour",
# "half an hour", "an hour and a half"); "per hour" and "opening hours" are none.
DURATION = re.compile(r"\b(?:(?P<half>half[ -](?:an?[ -])?hour)|(?P<number>\d+(?:\.\d+)?|an?|one|two|three|four|five|six)[ -]?"
                      r"(?P<unit>hours?|hrs?|minutes?|mins?)(?P<and_half>\s+and\s+a\s+half)?|(?P<long>hour)(?=[ -]long))(?:[ -]long)?\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def minutes_said(text: str) -> dict[float, list[str]]:
    """Each length of time `text` says, in minutes, with how it says it."""
    said: dict[float, list[str]] = {}
    for match in DURATION.finditer(text):
        said.setdefault(_minutes(match), []).append(match.group())
    return said


def _minutes(match: re.Match) -> float:
    """The minutes of a length of time DURATION found."""
    if match["half"]:
        return 30.0
    if match["long"]:
        return 60.0
    number = match["number"].lower()
    count = float(NUMBER_WORDS.get(number, 0) or number) + (0.5 if match["and_half"] else 0)
    return count * (60 if match["unit"].lower().startswith("h") else 1)


def in_units_of(question: str, text: str) -> list[str]:
    """The question with each length of time it says as `text` says it, where `text` says it otherwise, once for each way
    `text` says it: "How much is an hour-long private lesson?" as "How much is 60 minutes private lesson?" for a table
    of "60 minutes", and as "… 1 hour …" too where a hack's row says that; the question alone where `text` says none."""
    said = minutes_said(text)
    ways = max((len(said.get(_minutes(match), [])) for match in DURATION.finditer(question)), default=0)
    return list(dict.fromkeys(DURATION.sub(lambda match: _as_said(match, said, way), question) for way in range(ways))) or [question]


def _as_said(match: re.Match, said: dict[float, list[str]], way: int) -> str:
    """A length of time the question says as `text` says it its `way`-th way (or its last), or as it is where `text` says it
    so or not at all."""
    forms = list(dict.fromkeys(said.get(_minutes(match), [])))
    return match.group() if not forms or match.group().lower() in {form.lower() for form in forms} else forms[min(way, len(forms) - 1)]
