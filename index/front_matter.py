"""A Markdown article's front matter: the YAML block between "---" lines that opens a static site's
page, a note or a policy ("version: 3.2", "effective_date: 2025-09-01"), read as lines a label and a
value: "Version: 3.2", "Effective date: 2025-09-01". As written, the reader had answered "What version
of the policy is this?" with the policy's name and "When does it take effect?" with "30 days" (an r17
audit); with the keys read as words, both right. The "---" lines read as nothing, and a value's quotes
too ('title: "Sprint 42 retro"'). Only the top-level keys are read otherwise; a list's items are a
list's (index/tables.py's bullets), and the block holds no other Markdown."""
from __future__ import annotations

import re

# Opening the text: "---", lines of YAML, then "---" or "...".
FRONT_MATTER = re.compile(r"\ufeff?(---[ \t]*\r?\n)((?:.*\r?\n){1,300}?)(---|\.\.\.)[ \t]*(?:\r?\n|$)")
KEY = re.compile(r"^([A-Za-z_][\w-]*(?: [\w-]+){0,2})[ \t]*:(?=[ \t]|\r?$)", re.MULTILINE)
# A line of YAML's other than a key's: blank, indented (a nested key, a list's item, a value going on), an item, a comment.
OTHER_LINE = re.compile(r"[ \t]*\r?\n|[ \t]+\S|- |#")
QUOTED = re.compile(r"""[ \t]*(["'])[^\r\n]*(\1)[ \t]*\r?$""", re.MULTILINE)
CAMEL = re.compile(r"(?<=[a-z\d])(?=[A-Z])")


def _front_matter(text: str) -> re.Match | None:
    """The front matter opening `text`: a block of YAML that starts with a key. A document that opens with a rule,
    then prose and a rule under it (Markdown's heading), has none."""
    found = FRONT_MATTER.match(text)
    if not found or not KEY.match(text, found.start(2)):
        return None
    lines = re.finditer(r".*\r?\n", text[found.start(2):found.end(2)])
    return found if all(KEY.match(line[0]) or OTHER_LINE.match(line[0]) for line in lines) else None


def front_matter(text: str) -> tuple[int, int] | None:
    """[start, end) of the front matter opening `text`, its "---" lines included; None without one."""
    found = _front_matter(text)
    return found.span() if found else None


def front_matter_markup(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """What of the front matter reads as nothing, [start, end) of its "---" lines and of a value's quotes,
    and (start, end, what it reads as) of each key that does not read as written."""
    found = _front_matter(text)
    if not found:
        return [], []
    unread = [found.span(1), found.span(3)]
    readings = []
    for key in KEY.finditer(text, found.start(2), found.end(2)):
        words = CAMEL.sub(" ", key[1]).replace("_", " ").replace("-", " ").split()
        reading = " ".join(words).capitalize()
        if reading != key[1]:
            readings.append((key.start(1), key.end(1), reading))
        line_end = text.find("\n", key.end(), found.end(2))
        quoted = QUOTED.match(text, key.end() + 1, found.end(2) if line_end < 0 else line_end)
        if quoted:
            unread += [quoted.span(1), quoted.span(2)]
    return sorted(unread), readings
