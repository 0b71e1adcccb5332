"""Headings: lines that name what follows them. No chunk ends on one (index/chunking.py), and a passage
is read and searched with the heading it falls under (index/tables.py: `table_view`), so that an
answer under "How long is the waiting list?" is found and read with its question."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

# A heading: a line of its own ("#" opening it in Markdown, or a few words ending in no full stop,
# colon, semicolon or comma: "Russia's Position on NATO and Europe", "How long is the waiting list?"),
# neither a list item, a quote nor a table row.
HEADING_WORDS = 12
HEADING_END = re.compile(r"[.:;,][\"'”’)\]]*$")
MARKDOWN_HEADING = re.compile(r"[ \t]{0,3}(#{1,6})(?:[ \t]+|$)")
NOT_HEADING = re.compile(r"\s*(?:[-*+•▪‣◦]\s|\d{1,3}[.)]\s|>|\|)")
ARTICLES_KEPT = 32  # articles whose headings are remembered between passages


def is_heading(line: str) -> bool:
    """Whether a line, read alone, is a heading's."""
    words = line.strip()
    if not words:
        return False
    if words.startswith("#"):
        return MARKDOWN_HEADING.match(line) is not None
    return len(words.split()) <= HEADING_WORDS and not HEADING_END.search(words) and not NOT_HEADING.match(words)


@lru_cache(maxsize=ARTICLES_KEPT)
def headings(text: str) -> tuple[tuple[int, str], ...]:
    """(where it ends, its words without "#" marks) of each heading in `text` that heads something: the
    line after it is written, and is no heading (short lines one under another are a list, not headings)."""
    lines = [(match.start(), match.end(), match.group()) for match in re.finditer(r"[^\n]+", text)]
    found = []
    for (start, end, line), (_, _, following) in zip(lines, lines[1:]):
        if is_heading(line) and following.strip() and not is_heading(following):
            words = MARKDOWN_HEADING.sub("", line, count=1).rstrip().rstrip("#") if line.lstrip().startswith("#") else line
            found.append((start + len(line.rstrip()), words.strip()))  # before a "\r" ending the line too
    return tuple(found)


@lru_cache(maxsize=ARTICLES_KEPT)
def heading_ends(text: str) -> frozenset[int]:
    """Where in `text` each heading that heads something ends."""
    return frozenset(end for end, _ in headings(text))


def heading_before(text: str, start: int) -> str | None:
    """The words of the heading that text[start:] falls under: the last one ending before `start`."""
    found = headings(text)
    before = bisect.bisect_left(found, start, key=lambda heading: heading[0])
    return found[before - 1][1] if before else None
