"""Quote marks of a plain text e-mail: the ">" (or "> >", ">>") that opens each line of a message quoted
in a reply. Passages are read and searched without them (index/tables.py), as a Markdown article's block
quotes are (index/markup.py): read with them, "> looks lower than their January quote of GBP 21,900" was
refused where the same words unquoted were answered."""
from __future__ import annotations

import re
from functools import lru_cache

from index.markup import FENCE
from index.pages import ranges_within

ARTICLES_KEPT = 32  # articles whose quote marks are remembered between passages
# A line's quote marks, and the space after them: not "> 50%" ("more than 50 %"), a digit after the mark, but
# beside a line quoted so (`ANY_QUOTE_MARK`: "> 10 working days before the event", "> 1. Final guest numbers?" in
# a quoted message had been read with their ">", an r20 audit's).
ANY_QUOTE_MARK = re.compile(r"[ \t]{0,3}>(?:[ \t]?>)*(?:[ \t]|(?=\r?$))")
QUOTE_MARK = re.compile(ANY_QUOTE_MARK.pattern + r"(?![ \t]*\d)")
# Python's prompt (a session or a doctest in a documentation page): a run of lines marked so alone is no quote
# (an r18 audit's docs had been read without their prompts).
PROMPT = re.compile(r"[ \t]{0,3}>>>(?: |\r?$)")  # a bare ">>>" too, a session copied without its trailing space


def quote_marks(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ranges of text[start:end] that quote marks take: those of lines quoted two or more in a row, but
    where a code fence opens among them: without its marks, the quote's end would close it no more."""
    return ranges_within(_quote_marks(text), start, len(text) if end is None else end)


@lru_cache(maxsize=ARTICLES_KEPT)
def _quote_marks(text: str) -> tuple[tuple[int, int], ...]:
    if ">" not in text:  # once an article: its passages' views each ask
        return ()
    blocks: list[list[tuple[int, int]]] = []  # the marks of each run of quoted lines
    fenced: list[bool] = []  # whether a run holds a code fence, which its end closes (as Markdown reads it)
    prompts: list[bool] = []  # whether every mark of a run is Python's prompt
    at, quoted_before = 0, False
    lines = text.split("\n")
    quoted = [QUOTE_MARK.match(line) for line in lines]
    for number, line in enumerate(lines):
        beside_quoted = quoted_before or (number + 1 < len(lines) and quoted[number + 1] is not None)
        mark = quoted[number] or (ANY_QUOTE_MARK.match(line) if beside_quoted else None)
        if mark and not quoted_before:
            blocks.append([])
            fenced.append(False)
            prompts.append(True)
        if mark:
            blocks[-1].append((at, at + mark.end()))
            fenced[-1] = fenced[-1] or bool(FENCE.match(line[mark.end():]))
            prompts[-1] = prompts[-1] and PROMPT.fullmatch(line, 0, mark.end()) is not None
        quoted_before = bool(mark)
        at += len(line) + 1
    return tuple(mark for block, has_fence, prompt in zip(blocks, fenced, prompts) if len(block) > 1 and not has_fence and not prompt
                 for mark in block)
