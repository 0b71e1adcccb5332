"""Where a document's own business is: its postal address, as its letterhead or opening sets it out. "Where is Quarrymoor
Print Studio?" is answered "12 Chandlery Lane, Quarrymoor QM5 1TA" of "12 Chandlery Lane, Quarrymoor QM5 1TA · Tel 01632
960784 · …" under the studio's title (bench/unseen27, written blind: "Express" had answered, its opening unread), and
"Where is Ashgrove Riding School?" by the whole of "Ashgrove Farm, Pellingworth Lane, Wexlow Cross HC3 7RN", not
"Ashgrove Farm" alone (bench/unseen25)."""
from __future__ import annotations

import re
from pathlib import PurePath

from index.labels import FUNCTION_WORDS
from index.lexical import OPENING_CHARS, search_words
from index.tables import line_end, line_start
from qa.label_lists import NAME_SEPARATORS

# "Where is …?", "where's … based", "What's the address of …?"
ASKS_WHERE = re.compile(r"\W*(?:where(?:\s+(?:is|are)|['’]s)\b|what(?:['’]s|\s+is)\s+(?:the\s+)?(?:postal\s+)?address\b)",
                        re.IGNORECASE)
# what the question may say besides the business's own name
ASKING = frozenset(search_words("where is are what's what the address postal of for based located situated found held "
                                "registered office exactly their its your you shop workshop premises showroom studio"))
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")  # a UK postcode: "QM5 1TA"
# what sets an address apart from what is beside it on its line: a letterhead's "·", a sentence's end, "Tel"; "… at"
# before it ("Run by Kitebrook Activities Ltd at Hollyford Academy, Crane Lane, …")
APART = re.compile(r"[·|•]|(?<!\bSt)(?<!\bRd)(?<!\bAve)(?<!\bNo)[.:;]\s|\*\*")
# what sets it apart only after words that are no part of it: a sentence's "… Ltd at", not "Unit 4 - …", "The Old Mill at …"
# nor "Flat 2 in …" (a code review's)
APART_AFTER_WORDS = re.compile(r"\s[-–—]\s|\b(?:at|from|in)\s")
SENTENCE_WORD = re.compile(r"\b[a-z]+\b")
ADDRESS_WORDS = 12  # the most words of an address


def address_asked(question: str, text: str, source: str = "") -> list[tuple[int, int]]:
    """[start, end) of the postal address of the document's business where the question asks where it is, naming
    nothing but it: words of the document's title or file name, or of its address's line before it ("Corvane Imaging UK
    Ltd, Unit 4, …"), not of its opening's sentences ("Where is the parking?", "… the café?": a code review's). The first
    in its opening, or else the one line holding an address and a word of that name (an e-mail's footer, "Pulsewell
    Fitness Ltd, 2 Ferrier Court, Lowbridge, LB3 9QT"), without the words of the name before it."""
    if not ASKS_WHERE.match(question):
        return []
    named = set(search_words(question)) - ASKING - FUNCTION_WORDS
    own = set(search_words(_line(text, text.find(next(iter(text.split()), ""))))) \
        | set(search_words(NAME_SEPARATORS.sub(" ", PurePath(source).stem)))
    if not named:
        return []
    found = [(span, text[line_start(text, postcode.start()):postcode.start()])
             for postcode in POSTCODE.finditer(text) if (span := _address_at(text, postcode, named))]
    found = [span for span, before in found if named <= own | set(search_words(before))]
    opening = [span for span in found if span[0] < OPENING_CHARS]
    if opening:
        return [opening[0]]
    naming = [span for span in found if named & set(search_words(_line(text, span[0])))]
    return naming if len(naming) == 1 else []


def _address_at(text: str, postcode: re.Match, named: set[str]) -> tuple[int, int] | None:
    """[start, end) of the address ending with a postcode: from what sets it apart before, without the name of the
    business (a company's, or one the question says: `named`) before its first part with a figure ("Pulsewell Fitness
    Ltd, 2 Ferrier Court", "Wexcombe Travel Health Clinic, 12 Orchard Parade"), ADDRESS_WORDS words at most; None where it
    is longer."""
    line = line_start(text, postcode.start())
    start = max((apart.end() for apart in APART.finditer(text, line, postcode.start())), default=line)
    start = max((apart.end() for apart in APART_AFTER_WORDS.finditer(text, start, postcode.start())
                 if SENTENCE_WORD.search(text, line, apart.start()) and not re.search(r"\d", text[start:apart.start()])),
                default=start)
    parts = [match for match in re.finditer(r"[^,]+", text[start:postcode.start()])]
    numbered = next((k for k, part in enumerate(parts) if re.search(r"\d", part.group())), None)
    name = text[start:start + parts[numbered - 1].end()] if numbered else ""
    if name and (re.search(r"\b(?:Ltd|Limited|plc|LLP|Inc)\b", name) or set(search_words(name)) - FUNCTION_WORDS <= named):
        start += parts[numbered].start()
    start += len(text[start:postcode.end()]) - len(text[start:postcode.end()].lstrip(" *_"))
    return (start, postcode.end()) if len(text[start:postcode.end()].split()) <= ADDRESS_WORDS else None


def _line(text: str, at: int) -> str:
    return text[line_start(text, at):line_end(text, at)]
