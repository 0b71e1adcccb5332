"""Page furniture of a text paginated with form feeds (an RFC, a report printed to text): the running
footer over each form feed, the running header under it ("Okonkwo & Varga   Standards Track   [Page 3]",
"RFC 9871   TBP Framing   June 2024") and the form feed itself. A paragraph running over a page break
held them mid-sentence, where the reader read them ("Each time the timer expires … [Page 3] … RFC 9871 …
without an acknowledgement"); passages are read and searched without them (index/tables.py), as a
PDF's running headers and footers are dropped (index/pdf.py)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

FORM_FEED = "\f"
NEAR = 4  # how many lines from a form feed its page's footer or the next page's header may be
ARTICLES_KEPT = 32  # articles whose furniture is remembered between passages
DIGITS = re.compile(r"\d+")
PAGE_NUMBER = re.compile(r"(?:\[?page\s+\d+(?:\s+of\s+\d+)?\]?|-\s*\d+\s*-)\s*$", re.IGNORECASE)  # "[Page 3]", "Page 3 of 9", "- 3 -"


def page_furniture(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ranges of text[start:end] that page furniture takes: the form feeds, a line next to one that
    ends in a page number, and a line written next to two form feeds or more (digits aside: page numbers
    and dates change), wherever it is written."""
    furniture = _furniture(text) if FORM_FEED in text else ()
    end = len(text) if end is None else end
    first, last = max(bisect.bisect_right(furniture, (start,)) - 1, 0), bisect.bisect_left(furniture, (end,))
    return [(max(a, start), min(b, end)) for a, b in furniture[first:last] if b > start]


@lru_cache(maxsize=ARTICLES_KEPT)
def _furniture(text: str) -> tuple[tuple[int, int], ...]:
    lines = [match.span() for match in re.finditer(r"[^\n\f]+", text) if match.group().strip()]
    starts = [a for a, _ in lines]
    breaks = [match.start() for match in re.finditer("\n", text)]
    feeds = [match.start() for match in re.finditer(FORM_FEED, text)]
    near: dict[str, list[tuple[int, int]]] = {}  # a line next to a form feed, digits aside → where it is
    for feed in feeds:
        after = bisect.bisect_left(starts, feed)
        for line in lines[max(after - 1, 0):after + 1]:
            if abs(bisect.bisect_left(breaks, line[0]) - bisect.bisect_left(breaks, feed)) <= NEAR:
                near.setdefault(DIGITS.sub("#", " ".join(text[slice(*line)].split())), []).append(line)
    running = {words for words, places in near.items() if len(places) >= 2}  # over or under each page
    found = [(feed, feed + 1) for feed in feeds]
    found += [place for words, places in near.items() if PAGE_NUMBER.search(words.replace("#", "0")) for place in places]
    # a running line anywhere: the last page's footer has no form feed after it
    found += [line for line in lines if DIGITS.sub("#", " ".join(text[slice(*line)].split())) in running]
    return tuple(sorted(set(found)))
