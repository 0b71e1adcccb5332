"""Which elements a browser lays out inline, within a line of text, rather than as blocks of their own."""
from __future__ import annotations

# HTML's inline tags (phrasing content).
INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img",
                    "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"})


def is_inline(element) -> bool:
    """Whether a browser lays an element out inline: one of INLINE, or a custom element ("relative-time", with a hyphen
    in its name) holding no block ("<release-note><h2>…", a block a style sheet makes it), inline unless one says otherwise."""
    return element.tag in INLINE or ("-" in element.tag and all(
        part.tag in INLINE or "-" in part.tag for part in element.iterdescendants() if isinstance(part.tag, str)))


def inline_only(element) -> bool:
    """Whether an element holds text and inline markup only."""
    return all(is_inline(child) for child in element.iterchildren() if isinstance(child.tag, str))
