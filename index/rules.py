"""Rules: a line of one mark repeated ("=====", "-----", "*****") to draw a line. They say nothing, but
the reader's tokenizer makes a token of each mark: a 69-mark rule above and below each heading of a
plain-text itinerary filled most of a 120-token passage, so that passages were cut inside lines
("walking tour with local guide" | "Per Haugland"). Passages are sized, read and searched without
them, as blank lines (index/chunking.py, index/tables.py: read with them cut to "===", the reader
still refused "At what time does the Bergen Line train leave Oslo?", answered "08:05" without them),
and a rule is never taken for a line of wrapped prose (index/wrapping.py). A table's delimiter row
("|------|") is no rule, but its runs of "-" are read cut to three ("|---|"): a paper summary's
five-column "|-----------|…" row had been 80 of a passage's 120 tokens, its table cut into four passages."""
from __future__ import annotations

import re

from index.markup import GRID_BORDER, TABLE_DELIMITER_ROW

# A line that is a run of four or more of one mark (no letter, digit or space), perhaps indented.
LONG_RULE = re.compile(r"^[ \t]*(([^\w\s])\2{3,})[ \t]*\r?$", re.MULTILINE)
# A line of one mark, at least three, perhaps spaced: "=====", "- - -", "* * *".
RULE_LINE = re.compile(r"[ \t]*([^\w\s])(?:[ \t]*\1){2,}[ \t]*")
DASHES = re.compile(r"-{4,}")


def is_rule(line: str) -> bool:
    return RULE_LINE.fullmatch(line) is not None


def long_rules(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ranges of text[start:end] that its rules' marks take, and the marks of its tables' delimiter rows and
    grid borders ("+------+-----+") past each run's third, in text order."""
    end = len(text) if end is None else end
    marks = [match.span(1) for match in LONG_RULE.finditer(text, start, end)]
    for row in [*TABLE_DELIMITER_ROW.finditer(text, start, end), *GRID_BORDER.finditer(text, start, end)]:
        marks += [(run.start() + 3, run.end()) for run in DASHES.finditer(text, *row.span())]
    return sorted(marks)


def without_rules(text: str) -> str:
    """`text` with its rules' marks left out."""
    kept, at = [], 0
    for cut_start, cut_end in long_rules(text):
        kept.append(text[at:cut_start])
        at = cut_end
    return "".join(kept) + text[at:]
