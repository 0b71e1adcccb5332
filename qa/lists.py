"""A list asked for whole, by the heading it stands under: "what are the ingredients" is the lines under a recipe's
"Ingredients", "what are the filter stages" the numbered list under "Filter stages". The reader, taught on SQuAD's
phrases, had answered with the first line alone ("225g unsalted butter", 71 %), and "Any others?" found no other (a
chat user's recipe)."""
from __future__ import annotations

import re
from functools import lru_cache

from index.headings import headings
from index.labels import FUNCTION_WORDS
from index.lexical import opening_words, search_words
from index.markup import LIST_ITEM

# "What are the ingredients?", "which are the side effects", "list the filter stages", "give me all the steps"
LIST_ASKED = re.compile(r"\s*(?:(?:so|and|ok|okay)\W+)?(?:(?:what|which)\s+(?:are|were|r)|list|give\s+me|tell\s+me)\s+(?:all\s+)?"
                        r"(?:the\s+|its\s+|their\s+)?(?P<things>[^?]{3,60}?)\s*\??\s*", re.IGNORECASE)
# Or a list's name alone, asked: "ingredients?", "side effects?" (a probe's had been refused), as its heading says it
LIST_NAMED = re.compile(r"\s*(?P<things>[^\W\d_][\w'’ -]{2,40}?)\s*\?\s*")
NON_BLANK_LINE = re.compile(r"[ \t]*(?P<line>[^\s](?:[^\r\n]*[^\s])?)[ \t]*")
ITEM_WORDS = 14  # the most words of an unmarked line read as a list's item ("225g unsalted butter, softened")
LEAST_ITEMS = 2
LEADING_PARAGRAPHS = 2  # the most paragraphs between a heading and the marked list under it
MOST_NAMED_WORDS = 4  # the most words a question names a list by ("common side effects of dravoxil": no list's name)


def lists_asked_for(question: str, text: str, marked: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """[start, end) in `text` of each list a question asks for whole (LIST_ASKED, or LIST_NAMED by its name alone) by the
    words of the heading over it, the question's words, but those naming the document, all the heading's ("what are the
    side effects" of "Possible side effects"): the lines under the heading, each a list's item or short (ITEM_WORDS), a
    line ending in ":" among them ("For the drizzle:"), LEAST_ITEMS of them at least; none where a paragraph follows the
    heading. `marked`: the document's own headings (index/headings.py)."""
    asked = LIST_ASKED.fullmatch(question)
    alone = None if asked else LIST_NAMED.fullmatch(question)
    named = set(search_words((asked or alone)["things"])) - FUNCTION_WORDS if asked or alone else set()
    if not named or len(named) > MOST_NAMED_WORDS:
        return []
    found, (ends, named_by) = [], _headings_read(text, marked)
    opening = opening_words(text)
    for end, heading in named_by:
        # less the words naming the document ("what are the side effects of dravoxil", of Dravoxil's leaflet)
        named_here = named - (opening - heading)
        # the question's words all the heading's ("what are the side effects" of "Possible side effects"), but those
        # naming the document: not "what are the opening hours on Sunday", which asks for one of the list's items
        said = bool(named_here) and named_here <= heading and (not alone or heading <= named)
        if heading and said and (items := _items_after(text, end, ends)):
            found.append(items)
    return found


@lru_cache(maxsize=64)
def _headings_read(text: str, marked: frozenset[str]) -> tuple[frozenset[int], tuple[tuple[int, frozenset[str]], ...]]:
    """Where the text's headings end, and each one's end and search words but its number and function words ("4.
    Possible side effects"): worked out once a text, not at each question asking for a list."""
    found = headings(text, marked)
    return frozenset(end for end, _ in found), tuple(
        (end, frozenset(search_words(re.sub(r"^\W*\d+(?:\.\d+)*\W*", "", words))) - FUNCTION_WORDS) for end, words in found)


def _items_after(text: str, heading_end: int, heading_ends: frozenset[int]) -> tuple[int, int] | None:
    """[start, end) of the lines of items right under a heading ending at `heading_end` (`lists_asked_for`), blank lines
    between them, up to the next heading or line of anything else; past a paragraph or two leading into a list of
    marked items ("Stop taking Dravoxil and see a doctor…" over a leaflet's side effects), those items alone. A table's
    rows are none (the chat draws a table whole)."""
    items: list[tuple[int, int]] = []
    marked_only, leading = False, 0
    for match in NON_BLANK_LINE.finditer(text, heading_end):  # read as far as the list goes, not to the text's end
        start, end = match.span("line")
        line = text[start:end]
        if end in heading_ends or line.startswith("|"):
            break
        marked = LIST_ITEM.match(text, start) is not None
        sub_label = line.endswith(":") and len(line.split()) <= ITEM_WORDS  # "For the drizzle:"
        short = len(line.split()) <= ITEM_WORDS and not _reads_as_sentences(line)
        if marked or sub_label or short and not marked_only:
            items.append((start, end))
        elif not items and leading < LEADING_PARAGRAPHS:
            marked_only, leading = True, leading + 1  # a paragraph leading into the list
        else:
            break
    while items and text[slice(*items[-1])].endswith(":"):
        items.pop()  # a label with nothing under it closes no list
    if sum(not text[slice(*item)].endswith(":") for item in items) < LEAST_ITEMS:
        return None
    return items[0][0], items[-1][1]


def _reads_as_sentences(line: str) -> bool:
    """Whether a short line is prose, a sentence ending in its full stop ("The cake keeps well."), not an item."""
    return bool(re.search(r"[.!?][\"”’)]?$", line)) and len(line.split()) > 3


def items_on_one_line(text: str) -> str | None:
    """A list's text (`lists_asked_for`, as read) on one line, its items apart by "; " and without their marks, a label
    ending in ":" before the items under it ("…zest of 2 lemons; For the drizzle: Juice of 1½ lemons; 85g granulated
    sugar"); None where its lines are not all items, LEAST_ITEMS at least (a wrapped sentence's read on as one)."""
    lines = [line.strip() for line in re.split(r"\r?\n(?![ \t]+\S)", text) if line.strip()]
    items = [" ".join(LIST_ITEM.sub("", line, count=1).split()) for line in lines]
    if len(items) < LEAST_ITEMS or not all(LIST_ITEM.match(line) or len(line.split()) <= ITEM_WORDS and not _reads_as_sentences(line)
                                             for line in lines):
        return None
    # each item but the last without its full stop before the "; " ("…larger than 5 microns; Activated carbon…")
    return "".join(item + " " if item.endswith(":") else item.removesuffix(".") + "; " for item in items[:-1]) + items[-1]
