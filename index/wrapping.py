"""Hard-wrapped prose: a paragraph typed or saved with a line end every 60-80 columns reads as one
paragraph, its line ends as spaces (`unwrapped`), for sentences, paragraphs and headings (index/chunking.py,
index/headings.py) and for where an answer may run on (qa/spans.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.markup import QUOTE  # a block quote's marks: its lines are wrapped as other prose is, within the quote
from index.rules import is_rule

# Hard-wrapped prose (a paragraph typed or saved with a line end every 60-80 columns): a line break
# inside it is a space, else pysbd ends a sentence and the chunker a paragraph at every line end
# (the seed article wrapped at 72 columns scored answerable F1 72.0 against 81.8). A line is taken
# to be wrapped, as qa/spans.py's crosses_lines judges, when it is at least WRAPPED_LINE_CHARS long,
# the next line's first word would not have fitted on it (the longest line of its block being the
# wrap width), and neither line starts a list item, heading, quote or table row (though an item may
# run on into an indented line, and a quote's line into the next line of the quote); and when it
# ends a sentence, only if the line before it was wrapped too (a sentence ending mid-paragraph).
WRAPPED_LINE_CHARS = 40
ARTICLES_KEPT = 32  # articles whose unwrapped text is remembered (`unwrapped_article`)
SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
# What a list item's bullet is read as (index/tables.py): a character the reader's tokenizer drops, which opens an item.
ITEM_MARK = "\u200b"
BLOCK_START = re.compile(rf"\s*(?:[-*+•▪‣◦]\s|{ITEM_MARK}|\d{{1,3}}[.)]\s|#|>|\|)")
# A line's last word that a sentence goes on after: an article, a preposition, a conjunction or an auxiliary, in lower
# case. A Markdown paragraph's lines, of uneven lengths (its links' addresses make them so), had been read as
# paragraphs where the next line's first word would have fitted: "…and first released in" / "May 2021." were cut apart
# between passages, and "When was Tidewater first released?" refused (a review's, session 53).
GOES_ON = re.compile(r"(?<![\w'’-])(?:a|an|the|of|in|on|at|by|for|to|with|from|into|onto|and|or|but|nor|than|as|via|per|"
                     r"whose|its|their|his|her|our|your|is|are|was|were|be|been|has|have|had)[ \t]*$")
# Two spaces or more inside a line's text: columns set apart ("Monday    09:00  Breakfast").
COLUMN_GAP = re.compile(r"\S {2,}\S")
# Lines set out in columns, one under another: by three spaces or more or a tab between words (WIDE_GAP; two
# spaces may follow a typed sentence's full stop), or by dot leaders ("Venue:      The Great Hall", "Room hire
# ....... GBP 2,400.00", "… x 130 .. GBP 8,840.00"; not an ellipsis, "and then ... nothing"): no wrap joins them.
WIDE_GAP = re.compile(r"(?<=\S)(?: {3,}|\t[ \t]*)(?=\S)")
DOT_LEADER = re.compile(r"\.{4,}|\s\.{1,2}\s")


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # of its text, before its line end ("\n" or "\r\n")
    next_start: int  # after its line end


def _lines(text: str) -> list[Line]:
    lines, start = [], 0
    while start < len(text):
        newline = text.find("\n", start)
        if newline < 0:
            lines.append(Line(start, len(text), len(text)))
            break
        end = newline - 1 if newline > start and text[newline - 1] == "\r" else newline
        lines.append(Line(start, end, newline + 1))
        start = newline + 1
    return lines


def _blocks(text: str) -> list[list[Line]]:
    """Runs of consecutive lines that are not blank: paragraphs, or paragraphs one to a line."""
    blocks, current = [], []
    for line in _lines(text):
        if text[line.start:line.end].strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    return blocks + [current] if current else blocks


def _hanging(line: str, following: str) -> bool:
    """Whether `following` goes on with `line`'s text under it, indented to where that text starts after
    a label and a gap of two spaces or more ("  09:30  Guided walking tour … with local guide" over
    "         Per Haugland, ending at…"): a hanging indent, a line end inside an entry however short."""
    indent = len(following) - len(following.lstrip(" "))
    return indent > len(line) - len(line.lstrip(" ")) and indent < len(line) and line[indent - 2:indent] == "  " \
        and not line[indent].isspace() and not COLUMN_GAP.search(line[indent:]) and not COLUMN_GAP.search(following.strip()) \
        and not BLOCK_START.match(following)  # not a row of columns set apart by spaces, a list item or a comment


def _wrapped(line: str, following: str, width: int, after_wrapped_line: bool) -> bool:
    """Whether the break between `line` and `following` (both of one block) is a wrap inside prose: where the next
    line's first word would not have fitted, or wherever the line ends on a word that a sentence goes on after
    (GOES_ON: a Markdown paragraph's lines, broken where its author chose, whatever the next line's length); either
    only from a line of WRAPPED_LINE_CHARS at least."""
    if _hanging(line, following) and not is_rule(line) and "|" not in line and "|" not in following:
        return True
    return (len(line.strip()) >= WRAPPED_LINE_CHARS
            and (len(line) + 1 + len(following.split()[0]) > width or GOES_ON.search(line) is not None)
            and not BLOCK_START.match(following) and "|" not in line and "|" not in following
            and not is_rule(line) and not is_rule(following)  # a heading's rule above or below it
            and not (_in_columns(line) and _in_columns(following))
            and not (BLOCK_START.match(line) and not following[:1].isspace())  # an item runs on indented only
            and (after_wrapped_line or not SENTENCE_END.search(line)))


def _in_columns(line: str) -> bool:
    """Whether a line is set out in columns (WIDE_GAP, DOT_LEADER)."""
    line = line.strip()
    return WIDE_GAP.search(line) is not None or DOT_LEADER.search(line) is not None


def unwrapped(text: str) -> str:
    """The text with each line end inside hard-wrapped prose turned into spaces, and nothing else
    changed: the same length, so offsets into it are offsets into `text`."""
    chars = None
    for block in _blocks(text):
        # The wrap width: of the prose's lines, not of a rule drawn above or below a heading.
        width = max((len(text[line.start:line.end].rstrip()) for line in block if not is_rule(text[line.start:line.end])), default=0)
        breaks = [_unquoted(text[line.start:line.end].rstrip(), text[following.start:following.end])
                  for line, following in zip(block, block[1:])]
        wrapped = False
        for number, (line, following) in enumerate(zip(block, block[1:])):
            # A line ending a sentence is wrapped where the line before it was, or where the next line is
            # wrapped without ending one: the paragraph runs on ("…opened on 12 September 2024.\nIt was built by…").
            runs_on = number + 1 < len(breaks) and _wrapped(*breaks[number + 1][:2], width, False)
            wrapped = _wrapped(*breaks[number][:2], width, wrapped or runs_on)
            if wrapped:
                chars = chars if chars is not None else list(text)
                blank_end = line.next_start + breaks[number][2]  # the next line's quote marks too
                chars[line.end:blank_end] = " " * (blank_end - line.end)
    return text if chars is None else "".join(chars)


def runs_on_as_prose(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line [line_start, line_end) goes on in prose (`unwrapped`) into the line after it, either amid a
    wrapped paragraph, going on from the line before it too ("    packs: 18 packs recovered from incident sites and 42
    packs taken at" between "…to examine 60 PX-480" and "random from stock…"), or into a line indented further, an
    item's value wrapped under it ("- Annual leave: 27 days plus bank holidays, rising by one day for each" over "  year
    of service…"). Not from a line's start alone into a line as far in: a form's long field may read as wrapped into the
    next field."""
    if line_end >= len(text) or not _may_wrap(text[line_start:line_end]):
        return False  # cheaply: a form's short fields
    prose = unwrapped_article(text)
    if prose[line_end] in "\r\n":
        return False
    following_end = text.find("\n", line_end + 1)
    following = text[line_end + 1:len(text) if following_end < 0 else following_end]
    line = text[line_start:line_end]
    if len(following) - len(following.lstrip(" \t")) > len(line) - len(line.lstrip(" \t")) and not BLOCK_START.match(following):
        return True
    return line_start > 0 and _may_wrap(text[text.rfind("\n", 0, line_start - 1) + 1:line_start]) and prose[line_start - 1] != "\n"


@lru_cache(maxsize=ARTICLES_KEPT)
def unwrapped_article(text: str) -> str:
    """`unwrapped` of a whole article, worked out once for its chunks, its headings and its passages' field lines."""
    return unwrapped(text)


def _may_wrap(line: str) -> bool:
    """Whether a line may run on into the next as `_wrapped` judges: long enough, or with a gap of two spaces that a
    hanging indent may fall under."""
    return len(line.strip()) >= WRAPPED_LINE_CHARS or "  " in line.strip()


def _unquoted(line: str, following: str) -> tuple[str, str, int]:
    """Two lines of one block quote ("> …", as deep), as `_wrapped` judges them: the first with its
    quote marks as spaces (they take up the width), the second without them; and how long the second's
    marks are. Other lines as they are, and 0."""
    quote, following_quote = QUOTE.match(line), QUOTE.match(following)
    if not (quote and following_quote and quote.group().count(">") == following_quote.group().count(">")) \
            or not following[following_quote.end():].strip():  # ">" alone parts the quote's paragraphs
        return line, following, 0
    return " " * quote.end() + line[quote.end():], following[following_quote.end():], following_quote.end()
