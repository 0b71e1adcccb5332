"""Python-Markdown's block extensions, as MkDocs sites write their guides: an admonition ('!!! warning "Title"',
a collapsible '??? question "Title"') or a content tab ('=== "macOS"'), its body indented four spaces under it.
CommonMark reads such a body as an indented code block: its fences, links and emphasis as written, the text of
its tabs apart from what they are about (an r18 audit's "Where is the sync configuration file on macOS?" was not
found). Here a body is read as the Markdown it is (`bodies_unindented`), and a marker line as its title:
'!!! warning "Do not share it"' reads "Warning: Do not share it", '=== "macOS"' reads "macOS"
(`marker_readings`)."""
from __future__ import annotations

import re

from index.markup import LINE

# The marker's indent, its kind ("!!!", "???", "???+", "===", "===+"), its type and its quoted title (each optional but
# for a tab's title), as Python-Markdown's admonition and pymdownx's details and tabbed extensions write them.
MARKER = re.compile(r'^( *)(!!!|\?\?\?\+?|===\+?)(?:[ \t]+([\w-]+))?(?:[ \t]+"([^"\r\n]*)")?[ \t]*\r?$', re.MULTILINE)
BODY_INDENT = 4


def _markers(text: str) -> list[tuple[re.Match, re.Match]]:
    """Each marker line (LINE's match) and the marker in it: an admonition's has a type or a title (a bare "!!!" is
    prose's), a tab's a title and no type."""
    if "!!!" not in text and "???" not in text and "===" not in text:
        return []
    found = []
    for line in LINE.finditer(text):
        marker = MARKER.match(line[0])
        if marker is None or (marker[3] is None and marker[4] is None) or (marker[2].startswith("===") and marker[3] is not None):
            continue
        found.append((line, marker))
    return found


def bodies_unindented(text: str) -> str:
    """`text`, of the same length and lines, for markdown-it to read: each marker's body with the four spaces that
    set it under its marker moved to its lines' ends, so that it is read as Markdown, not code. Only where they
    matter: markdown-it's map of lines is what is read from it."""
    markers = _markers(text)
    if not markers:
        return text
    lines = [line for line in LINE.findall(text) if line]
    starts = {line.start(): marker for line, marker in markers}
    at = 0
    for number, line in enumerate(lines):
        marker, at = starts.get(at), at + len(line)
        if marker is None:
            continue
        body = " " * (len(marker[1]) + BODY_INDENT)
        for following in range(number + 1, len(lines)):
            content = lines[following].rstrip("\r\n")
            if content.strip() and not content.startswith(body):
                break
            if content.strip():
                ending = lines[following][len(content):]
                lines[following] = content[:len(marker[1])] + content[len(body):] + " " * BODY_INDENT + ending
    return "".join(lines)


def marker_readings(text: str, code=()) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """What of each marker line outside `code` ([start, end) of each code block) reads as nothing, [start, end)
    of a title's closing quote, and (start, end, what it reads as) of what comes before its title: "Warning: ",
    "" for a tab's ('=== "', and its title alone); a marker without a title reads as its type ("Note")."""
    unread, readings = [], []
    for line, marker in _markers(text):
        if any(a <= line.start() < b for a, b in code):
            continue
        kind = (marker[3] or "").capitalize()
        if marker[4] is None:  # '!!! note': its type alone
            readings.append((line.start() + marker.start(2), line.start() + marker.end(3), kind))
            continue
        title_start = line.start() + marker.start(4)
        readings.append((line.start() + marker.start(2), title_start, f"{kind}: " if kind and marker[4] else kind))
        unread.append((line.start() + marker.end(4), line.start() + marker.end(4) + 1))
    return unread, readings
