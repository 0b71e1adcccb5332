"""A place told by where it is from another, its landmark: "the old boathouse behind the Quayside Café" says where the
boathouse is, not where the café is. Asked "Where is the Quayside Cafe?", the reader had answered "old boathouse"
(0.64, a chat user's): the words it was asked with stood just after it."""
from __future__ import annotations

import re
from functools import lru_cache

from index.labels import FUNCTION_WORDS
from index.lexical import search_words
from qa.spans import sentence_bounds

# "Where is the café?", "where's the Quayside Cafe located", "Where can I find the ticket office?"
ASKS_WHERE = re.compile(r"\s*where(?:\s+(?:is|are|was|were)|['’]s|\s+(?:can|do|does|would)\s+(?:i|we|you|one)\s+find)\s+"
                        r"(?P<thing>[^?]+?)\s*(?:\b(?:located|situated|found|based)\b\s*)?\??\s*$", re.IGNORECASE)
# Relations that hold one way only: what is behind the café has the café in front of it. ("next to", "near",
# "opposite" hold both ways: the café is as near the boathouse.)
ONE_WAY = re.compile(r"\b(?:behind|in\s+front\s+of|above|below|beneath|under|underneath|beyond|inside|within|"
                     r"on\s+top\s+of|at\s+the\s+(?:back|rear|foot|top)\s+of)\s+(?P<landmark>[^,.;:()\n]+)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _place_asked(question: str) -> frozenset[str]:
    """The words naming the thing a question asks where is, but function words: {"quaysid", "cafe"}."""
    asked = ASKS_WHERE.match(question)
    return frozenset(search_words(asked.group("thing")) if asked else ()) - FUNCTION_WORDS


def placed_by_the_asked(question: str, text: str, start: int, end: int) -> bool:
    """Whether text[start:end], asked where a thing is, lies before the thing as a landmark later in its sentence, one
    way only: "old boathouse" of "The club workshop, in the old boathouse behind the Quayside Café", or "The club
    workshop", both placed by the café, neither where it is. Not where the sentence names the thing before the span, as
    what it says of it ("The station is in the town centre, and the taxi rank is in front of the station": a code
    review's)."""
    asked = _place_asked(question)
    if not asked:
        return False
    first, last = sentence_bounds(text, start)
    return not asked <= set(search_words(text[first:start])) and any(
        asked <= set(search_words(relation.group("landmark"))) for relation in ONE_WAY.finditer(text, start + 1, last))
