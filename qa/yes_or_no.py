"""A question asked for a yes or a no ("Is there parking at the venue?", "Did Russia reaffirm its commitment?") is
answered with the article's statement that settles it: the sentence holding the reader's best span. The reader, taught
on questions asking what, who or when, points into that sentence at a word of it, which alone ("Russia") says neither
yes nor no. A table's cell stays the answer ("Yes", "1.7 litres"), as a question offering choices ("… glass or
steel?") is answered by the one chosen."""

import re
from functools import lru_cache

from index.chunking import sentence_spans
from index.tables import in_table_row
from index.wrapping import unwrapped_article
from qa.grammar import QUESTION_WORDS, full_auxiliary

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
LINE_BREAK = re.compile(r"\s*[\n\r\u2028\u2029]\s*")
LIST_ITEM = re.compile(r"[ \t]*(?:[-+*•◦▪–]|\d{1,3}[.)])[ \t]+")  # a list item's mark opening its line
# A statement longer than this is no answer a reader takes in at a glance: the span stays the answer.
MAX_STATEMENT_CHARS = 400


def asks_yes_or_no(question: str) -> bool:
    """Whether the question opens with its auxiliary ("Is…", "Does…", "Can't…") and asks no question word's question
    ("Did Khorev say why…?" asks why) nor offers choices ("Is the van a manual or an automatic?", but "… or not?").
    Its words to the first "?": a chat's follow-up is read with the turn before it after that ("Did he win it? (Who was
    sent off? Ibrahim Follett)")."""
    words = [word.lower() for word in WORD.findall(question.split("?", 1)[0])]
    return bool(words) and full_auxiliary(words[0]) is not None and not QUESTION_WORDS & set(words) \
        and not any(word == "or" and words[at + 1:at + 2] != ["not"] for at, word in enumerate(words))


@lru_cache(maxsize=64)  # a passage's, split once for each of its spans a topic's words are found in (qa/about.py)
def _sentences(passage: str) -> list[tuple[int, int]]:
    return sentence_spans(passage)


def statement_around(text: str, start: int, end: int, within: tuple[int, int], cells_alone: bool = True) -> tuple[int, int]:
    """[start, end) of the sentence of `text` holding the span [start, end), within the passage `within` and its lines,
    or of the list item holding it, whole and without its mark, without the whitespace around it; the span itself where
    that runs over MAX_STATEMENT_CHARS, or it is in a table's row and `cells_alone` (else the row)."""
    if cells_alone and in_table_row(text, start):
        return start, end
    first, last = within
    # Hard-wrapped prose's line ends read as spaces (index/wrapping.py), the same length: a report wrapped at 72 columns
    # had given a sentence's line for it ("charger, and 7 while the bicycle was being ridden.").
    prose = unwrapped_article(text)
    sentences = [(first + s, first + e) for s, e in _sentences(prose[first:last])]
    begin = next((s for s, e in sentences if s <= start < e), start)
    finish = next((e for s, e in sentences if s < end <= e), end)
    line_breaks = [m for m in LINE_BREAK.finditer(prose, begin, finish)]
    begin = max([m.end() for m in line_breaks if m.end() <= start], default=begin)
    finish = min([m.start() for m in line_breaks if m.start() >= end], default=finish)
    line_start = max(prose.rfind("\n", first, start) + 1, first)
    if (item := LIST_ITEM.match(prose, line_start)) and item.end() <= start:  # a list's item, whole, without its mark
        line_end = prose.find("\n", end, last)
        begin, finish = item.end(), last if line_end < 0 else line_end
    while begin < start and text[begin].isspace():
        begin += 1
    while finish > end and text[finish - 1].isspace():
        finish -= 1
    return (begin, finish) if finish - begin <= MAX_STATEMENT_CHARS else (start, end)
