"""The one item of a list in prose a question asks for by its place: "When is the second instalment for the autumn term
due?" of "You may instead pay by three monthly instalments by standing order. For the autumn term these fall on 1
September, 1 October and 1 November 2026." is "1 October" (bench/unseen22, written blind: the reader, taught on prose,
had answered with the first date). The document counts what it lists ("three … instalments"), and lists as many dates
or sums, in the sentence counting them or the next; the question's ordinal names the thing counted. Or it says each by its
place: "… 4 interest-free monthly payments: the first on collection, and the other three …", "… 3 instalments of £70:" over
"- the second instalment before the 3rd lesson" (bench/unseen25, written blind: refused, or another date answered)."""
from __future__ import annotations

import re

from index.headings import heading_before
from index.labels import FUNCTION_WORDS
from index.lexical import search_words
from qa.answer_kinds import DATE, MONEY, asked_kind
from qa.spans import COUNT_WORDS, HOW_MUCH, document_opening

COUNTS = {word: number for number, word in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight",
                                                      "nine", "ten"), start=1)} | {str(number): number for number in range(2, 11)}
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
DATE_ITEM = rf"{DAY}\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:\s+\d{{4}})?|{DAY}{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
SUM_ITEM = r"[£$€]\d[\d,]*(?:\.\d\d)?"
ITEM = rf"(?:{DATE_ITEM}|{SUM_ITEM})"
LISTED = re.compile(rf"{ITEM}(?:,\s+{ITEM})*,?\s+and\s+{ITEM}")
ONE_ITEM = re.compile(ITEM)
# What a document counts: "three monthly instalments", "2 equal payments": one of the three words after the count
COUNTING = re.compile(rf"\b({'|'.join(COUNTS)})\s+((?:[^\W\d_][\w-]*\s+){{0,2}}[^\W\d_]+)", re.IGNORECASE)
# asks for a date or a sum, after what the user tells ("If I split a £400 repair bill, when is the first payment due?")
WHEN_ASKED = re.compile(r"(?:^|[,;:–—-])\W*(?:when|(?:on\s+)?what\s+(?:date|day)|how\s+much)\b", re.IGNORECASE)
# Where the list of what is counted may end: the end of the sentence after the counting one, within its paragraph
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n")
# An item said by its place, up to a clause's or a line's end: "the second when you collect your glasses, and the third …"
PLACED = re.compile(rf"\bthe\s+({'|'.join(COUNT_WORDS)})\s+([^\n,;]+?)(?=\s*(?:[,;.!?](?:\s|$)|\n|$|\s+and\s+the\b))", re.IGNORECASE)
# The place a question asks for, and the words after it that may name what is counted: "the second rent instalment"
PLACE_ASKED = re.compile(rf"\b({'|'.join(COUNT_WORDS)}|last|final)\s+((?:[^\W\d_][\w-]*\s*){{1,3}})", re.IGNORECASE)


def counted_in_prose(question: str, article_text: str) -> list[tuple[int, int]]:
    """[start, end) of the item at the place the question asks for (`PLACE_ASKED`) of each list of dates or sums in prose
    (`LISTED`) that holds as many items as the document counts of what the question names, in the sentence counting them
    or the next."""
    asked = PLACE_ASKED.search(question)
    if not asked or not (WHEN_ASKED.search(question) or asked_kind(question) in (DATE, MONEY)):
        return []  # what the second session is about asks for no date (a code review's)
    named = set(search_words(" ".join(word for word in asked.group(2).split() if word.lower() not in FUNCTION_WORDS)))
    place = asked.group(1).lower()
    found = []
    for counting in COUNTING.finditer(article_text):
        if not set(search_words(counting.group(2))) & named:
            continue
        count = COUNTS[counting.group(1).lower()]
        found += _said_by_place(article_text, counting, count, place, MONEY if _asks_a_sum(question) else DATE)
        for listed in LISTED.finditer(article_text, counting.end(), _reach(article_text, counting.end())):
            items = list(ONE_ITEM.finditer(listed.group()))
            if len(items) != count:
                continue
            item = items[-1] if place in ("last", "final") else items[COUNT_WORDS.index(place)] \
                if COUNT_WORDS.index(place) < count else None
            if item:
                found.append((listed.start() + item.start(), listed.start() + item.end()))
    return found if len(set(found)) == 1 else []


def _said_by_place(text: str, counting: re.Match, count: int, place: str, kind: str) -> list[tuple[int, int]]:
    """[start, end) of the first item said by the place asked for (`PLACED`) after what the document counts, within reach,
    without the name of what is counted ("the first instalment when you book": "when you book"): its sum or date where
    it says one of the `kind` asked ("the first payment of £120.00 is due": "£120.00"), none where it says only one of the
    other kind, or no sum is asked of it (bench/unseen24, written blind)."""
    if place not in COUNT_WORDS or COUNT_WORDS.index(place) >= count:
        return []
    counted = set(search_words(counting.group(2)))
    for placed in PLACED.finditer(text, counting.end(), _reach(text, counting.end())):
        if placed.group(1).lower() == place:
            first, _, rest = placed.group(2).partition(" ")
            start = placed.start(2) + (len(first) + 1 if rest and set(search_words(first)) <= counted else 0)
            asked, other = (SUM_ITEM, DATE_ITEM) if kind == MONEY else (DATE_ITEM, SUM_ITEM)
            if said := re.search(asked, text[start:placed.end(2)]):
                return [(start + said.start(), start + said.end())]
            return [] if kind == MONEY or re.search(other, text[start:placed.end(2)]) else [(start, placed.end(2))]
    return []


def _asks_a_sum(question: str) -> bool:
    return asked_kind(question) == MONEY or HOW_MUCH.search(question) is not None


def _reach(text: str, at: int) -> int:
    """Where a list of what is counted at text[at] may end: the end of the next sentence, within the paragraph."""
    for number, ending in enumerate(SENTENCE_END.finditer(text, at)):
        if ending.group()[0] == "\n":
            return ending.start()
        if number == 1:
            return ending.end()
    return len(text)


# A step asked for by its place, or an item of a list named after it: "What's the fourth step in Skelbrook's booking
# process?", "What is the very first thing to do …?", "What's the second of the Glenvarrow lesson levels called?"
STEP_ASKED = re.compile(rf"\W*what(?:['’]s|\s+is|\s+are)\s+the\s+(?:very\s+)?({'|'.join(COUNT_WORDS)})\s+(?:(?:step|stage|thing)s?\b|of\s+the\s+)",
                        re.IGNORECASE)
NUMBERED_LINE = re.compile(r"^([ \t]*)(\d{1,2})[.)][ \t]+(\S[^\n]*)$", re.MULTILINE)
BOLD_NAME = re.compile(r"(\*\*|__)([^*_\n]+?)\1")  # "**Green** – you can snowplough …": its name
STEP_STEMS = frozenset(search_words("called name named what is the do to"))  # words asking for a step and nothing more
BLANK_LINE = re.compile(r"\n[ \t]*\n")
FIRST_SENTENCE = re.compile(r".+?(?:[.!?](?=\s|$)|$)", re.DOTALL)


def numbered_items(question: str, article_text: str) -> list[tuple[int, int]]:
    """[start, end) of the item at the place the question asks for (`STEP_ASKED`) of the one numbered list (1., 2., 3.,
    …, a line each, and the lines an item runs on to) long enough, of those under a heading the question names a word of
    where several are: its name in bold where it opens with one, else its first sentence (bench/unseen22, unseen25 and
    unseen26, written blind: another step's words, or none, had answered)."""
    asked = STEP_ASKED.match(question)
    if not asked:
        return []  # "In the first step …, which signs do I follow?" asks a part of one: the reader's
    place = COUNT_WORDS.index(asked.group(1).lower())
    lists = [items for items in _numbered_lists(article_text) if place < len(items)]
    # under a heading the question names a word of; the one list long enough where it says nothing more ("What's the
    # second step?"), not "the second of the party packages" of a booking's steps (a code review's)
    said = set(search_words(question)) - set(search_words(asked.group())) - set(search_words(document_opening(article_text)))
    named = [items for items in lists if set(search_words(heading_before(article_text, items[0][0]) or "")) & said]
    chosen = named or ([] if said - STEP_STEMS else lists)
    if len(chosen) != 1:
        return []
    start, end = chosen[0][place]
    item = article_text[start:end]
    name = BOLD_NAME.match(item)
    found = name.span(2) if name else FIRST_SENTENCE.match(item).span()
    return [(start + found[0], start + found[1])]


def _numbered_lists(text: str) -> list[list[tuple[int, int]]]:
    """Each list of numbered lines counting 1, 2, 3, … one after another (an item's lines running on between), as the
    [start, end) of each item's text."""
    lists, items, at = [], [], -1
    for line in NUMBERED_LINE.finditer(text):
        number = int(line.group(2))
        between = text[at:line.start()] if items else ""
        if items and number == len(items) + 1 and not BLANK_LINE.search(between):
            items.append(line.span(3))
        else:
            if len(items) > 1:
                lists.append(items)
            items = [line.span(3)] if number == 1 else []
        at = line.end()
    if len(items) > 1:
        lists.append(items)
    return lists
