"""An article's byline: the line near its start that names who wrote it ("By Eilidh Brannigan, What's On editor ·
15 October 2024"), which a question about its author is read with (qa/assistant.py): no passage about anything
else says who wrote it, and search ranked the byline's passage low for "Who wrote the article?" (r21 and r22 audits'
news pages, whose every passage names the teams or the town)."""
from __future__ import annotations

import re

BYLINE_REACH = 2000  # how far into the text a byline may be: under the title and standfirst
NAME = r"[A-Z][\w.'’-]*(?:[ \t]+(?:(?:van|von|de|der|den|da|di|le|la|du|al|bin|ibn)[ \t]+)*[A-Z][\w.'’-]*){1,3}"
# "By" and one or more names ("and" between two), then the line's end or what a byline goes on with after a name:
# a comma, a middle dot, a bar or a dash ("By Rhiannon Gatward, at The Maltings · Saturday 8 March 2025"). Not a
# sentence opening with "By": "By Friday the talks had stalled." names no one.
BYLINE = re.compile(rf"^[ \t]*By[ \t]+(?P<names>{NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*){NAME})*)[ \t]*(?:$|[,·|•–—])",
                    re.MULTILINE)


def byline(text: str) -> tuple[int, int] | None:
    """[start, end) in `text` of the names its byline gives, or None where it has none."""
    match = BYLINE.search(text, 0, BYLINE_REACH)
    return match.span("names") if match else None
