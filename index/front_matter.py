"""A Markdown article's front matter: the YAML block between "---" lines that opens a static site's
page, a note or a policy ("version: 3.2", "effective_date: 2025-09-01"), read as lines a label and a
value: "Version: 3.2", "Effective date: 2025-09-01". As written, the reader had answered "What version
of the policy is this?" with the policy's name and "When does it take effect?" with "30 days" (an r17
audit); with the keys read as words, both right. The "---" lines read as nothing, and a value's quotes
too ('title: "Sprint 42 retro"'). Only the top-level keys are read otherwise; a list's items are a
list's (index/tables.py's bullets), and the block holds no other Markdown."""
from __future__ import annotations

import re
from typing import NamedTuple

# Opening the text: "---", lines of YAML, then "---" or "...". A line's "\r" is no line of its own: ".*" may take it,
# and a CRLF text with no closing line had been tried two ways a line (exponential: minutes for 30 lines).
FRONT_MATTER = re.compile(r"\ufeff?(---[ \t]*\r?\n)((?:[^\r\n]*\r?\n){1,300}?)(---|\.\.\.)[ \t]*(?:\r?\n|$)")
KEY = re.compile(r"^([A-Za-z_][\w-]*(?: [\w-]+){0,2})[ \t]*:(?=[ \t]|\r?$)", re.MULTILINE)
# A line of YAML's other than a key's: blank, indented (a nested key, a list's item, a value going on), an item, a comment.
OTHER_LINE = re.compile(r"[ \t]*\r?\n|[ \t]+\S|- |#")
QUOTED = re.compile(r"""[ \t]*(["'])[^\r\n]*(\1)[ \t]*\r?$""", re.MULTILINE)
CAMEL = re.compile(r"(?<=[a-z\d])(?=[A-Z])")


class FrontMatter(NamedTuple):
    span: tuple[int, int]  # [start, end) of the block, its "---" lines included
    unread: list[tuple[int, int]]  # [start, end) of what reads as nothing: its "---" lines, a value's quotes
    readings: list[tuple[int, int, str]]  # (start, end, what it reads as) of each key not read as written


def front_matter(text: str) -> FrontMatter | None:
    """The front matter opening `text`, a block of YAML that starts with a key, and how it reads; None without one
    (a document that opens with a rule, then prose and a rule under it, Markdown's heading, has none)."""
    found = FRONT_MATTER.match(text)
    if not found or not KEY.match(text, found.start(2)):
        return None
    if not all(KEY.match(line[0]) or OTHER_LINE.match(line[0]) for line in re.finditer(r"[^\r\n]*\r?\n", found[2])):
        return None
    unread = [found.span(1), found.span(3)]
    readings = []
    for key in KEY.finditer(text, found.start(2), found.end(2)):
        words = CAMEL.sub(" ", key[1]).replace("_", " ").replace("-", " ").split()
        reading = " ".join(word if word.isupper() else word.lower() for word in words)  # "URL" stays, "lastUpdated" is "last updated"
        reading = reading[:1].upper() + reading[1:]
        if reading != key[1]:
            readings.append((key.start(1), key.end(1), reading))
        line_end = text.find("\n", key.end(), found.end(2))
        quoted = QUOTED.match(text, key.end() + 1, found.end(2) if line_end < 0 else line_end)
        if quoted:
            unread += [quoted.span(1), quoted.span(2)]
    return FrontMatter(found.span(), sorted(unread), readings)
