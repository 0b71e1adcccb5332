"""What an article says on from an answer, as "Tell me more" asks after it in the chat (`Assistant.read_on`): the whole
statement holding a phrase, then the sentences that follow, to the article's end."""
from __future__ import annotations

import re

from index.headings import is_heading
from index.openings import LINE, first_sentences
from index.wrapping import unwrapped_article
from qa.yes_or_no import LIST_ITEM, statement_around

# A line that says nothing: a rule ("---", "* * *", "====="), a picture alone ("![map](map.png)"), a comment, a table's
# rule ("|---|:---|").
SAYS_NOTHING = re.compile(r"\s*(?:(?:[-=_*~]\s*){3,}|!\[[^\]\n]*\]\([^)\n]*\)|<!--.*?-->|[|:\s-]+)\s*", re.DOTALL)
# Before a span, what adds nothing to it: its line's Markdown marks, a label ("Subject: ", "# ").
MARKS_AND_LABEL = re.compile(r"\s*(?:[#>*_+-]+\s*)*(?:[^\W\d_][\w-]*\s*:\s*)?")
LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def read_on(text: str, start: int, end: int, headings: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """[start, end) of what the article says on from its span [start, end), as "Tell me more" asks: the whole statement
    holding a phrase ("During a media briefing in Islamabad, Russian Ambassador Albert P. Khorev outlined…" after
    "Albert P. Khorev"; not a title's line, "# Title", nor "Subject: …"); after a whole statement, the sentences that
    follow it, within its paragraph (a line; hard-wrapped prose read unwrapped) or the next one, past headings, rules,
    pictures and a list item's mark, LEAD_CHARS at most; None at the article's end."""
    first, last = statement_around(text, start, end, (0, len(text)), cells_alone=False)
    before = text[first:start][MARKS_AND_LABEL.match(text, first, start).end() - first:]
    if LETTER_OR_DIGIT.search(before) or LETTER_OR_DIGIT.search(text, end, last):
        return first, last
    prose = unwrapped_article(text)
    line_end = prose.find("\n", end) % (len(prose) + 1)  # the end of the line the span ends on (or of the text)
    rest = [(end, line_end)] if end and prose[end - 1] != "\n" else []
    lines = [(line.start(), line.end()) for line in LINE.finditer(prose, line_end + 1 if rest else end)]
    for line_start, line_stop in [*rest, *lines]:
        words = prose[line_start:line_stop].strip()
        whole_line = not rest or line_start != end
        if not words or SAYS_NOTHING.fullmatch(words) \
                or whole_line and (is_heading(words) or " ".join(words.split()) in headings):
            continue
        item = LIST_ITEM.match(prose, line_start, line_stop) if whole_line else None
        if found := first_sentences(text, item.end() if item else line_start, line_stop):
            return found
    return None
