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
WIDE_GAP = re.compile(r"\S(?: {2,}|\t)\S")  # a line set in columns, as running headers and footers are
# A page's number: a line of it alone ("12", "- 12 -", "Page 12 of 40"), or at the end of one set in columns, "[Page 3]" anywhere.
PAGE_NUMBER = re.compile(r"\s*(?:page\s+\d+(?:\s+of\s+\d+)?|\[page\s+\d+\]|-\s*\d+\s*-|\d+)\s*", re.IGNORECASE)
PAGE_NUMBER_AT_END = re.compile(r"(?:\[page\s+\d+\]|(?: {2,}|\t|[·|] *)page\s+\d+(?:\s+of\s+\d+)?)\s*$", re.IGNORECASE)


def page_furniture(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ranges of text[start:end] that page furniture takes: the form feeds, a line next to one that
    holds its page's number (PAGE_NUMBER, PAGE_NUMBER_AT_END), and a running line: one written next to
    two form feeds or more, the same each time or set in columns with only its numbers changing, as a page's
    do (`numbered_as_pages`), wherever it is written; not "Chapter 2" over its page, nor a total under it."""
    return ranges_within(_furniture(text), start, len(text) if end is None else end)


def numbered_as_pages(printed: list[tuple[int, str]]) -> bool:
    """Whether the numbers that change between lines printed on pages, (page index, line), change as a running
    header's do: go up with the page as a page's number does ("Smith & Co · 3", "Page 3 of 12", or by two a page,
    "3", "5" on a book's right-hand pages), or go up now and then as a chapter's ("Chapter 2 | 14"). Each page of
    invoices opening "Invoice 1043 – issued 3 May 2024" holds its own, its date changing on every page: it had been
    taken for a running header's and left out."""
    pages = [page for page, _ in printed]
    columns = zip(*(DIGITS.findall(line) for _, line in printed))
    return all(_as_pages(pages, [int(value) for value in values]) for values in columns)


def _as_pages(pages: list[int], values: list[int]) -> bool:
    """Whether numbers printed on `pages` stay, go up with the page by one or two a page, or go up at most every other page."""
    steps = [(after - before, later - earlier) for before, after, earlier, later in zip(values, values[1:], pages, pages[1:])]
    if len(set(values)) == 1 or len({value - page for value, page in zip(values, pages)}) == 1:
        return True
    if len({value - 2 * page for value, page in zip(values, pages)}) == 1:
        return True
    changes = sum(rise != 0 for rise, _ in steps)
    return all(rise >= 0 for rise, _ in steps) and 2 * changes <= len(steps)


def ranges_within(ranges: tuple[tuple[int, int], ...], start: int, end: int) -> list[tuple[int, int]]:
    """Of sorted ranges that do not overlap, those within [start, end), cut to it."""
    first, last = max(bisect.bisect_right(ranges, (start,)) - 1, 0), bisect.bisect_left(ranges, (end,))
    return [(max(a, start), min(b, end)) for a, b in ranges[first:last] if b > start]


@lru_cache(maxsize=ARTICLES_KEPT)
def _furniture(text: str) -> tuple[tuple[int, int], ...]:
    if FORM_FEED not in text:  # once an article: its passages' views each ask
        return ()
    lines = [match.span() for match in re.finditer(r"[^\n\f]+", text) if match.group().strip()]
    starts = [a for a, _ in lines]
    breaks = [match.start() for match in re.finditer("\n", text)]
    feeds = [match.start() for match in re.finditer(FORM_FEED, text)]
    near: dict[str, set[tuple[int, int]]] = {}  # a line next to a form feed, its numbers aside → where such lines are
    found = {(feed, feed + 1) for feed in feeds}
    for feed in feeds:
        after = bisect.bisect_left(starts, feed)
        for line in lines[max(after - 1, 0):after + 1]:
            if abs(bisect.bisect_left(breaks, line[0]) - bisect.bisect_left(breaks, feed)) <= NEAR:
                written = text[slice(*line)]
                near.setdefault(_shape(written), set()).add(line)
                if PAGE_NUMBER.fullmatch(written) or PAGE_NUMBER_AT_END.search(written):
                    found.add(line)
    running = {shape for shape, places in near.items() if len(places) >= 2 and (
        len({text[slice(*line)].strip() for line in places}) == 1 or any(WIDE_GAP.search(text[slice(*line)]) for line in places))
        and numbered_as_pages([(bisect.bisect_left(feeds, line[0]), text[slice(*line)]) for line in sorted(places)])}
    # a running line anywhere: the last page's footer has no form feed after it
    found.update(line for line in lines if _shape(text[slice(*line)]) in running)
    return tuple(sorted(found))


def _shape(line: str) -> str:
    """A line with its numbers aside (a page's, a date's) and its spaces evened out."""
    return DIGITS.sub("#", " ".join(line.split()))
