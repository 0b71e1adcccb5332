"""Numbers a question names that the articles searched never do. "When was LumenKit 4.5 released?", of release notes
listing 4.4 and 4.6, asks about a release they do not have, and the reader, finding a release date in any changelog's
passage, had answered it with another version's (sure at 0.93): such a question is refused without reading it.

Only a number that picks something out is looked for: one of three digits or more, or of parts (4.5, 2.3.0, 10,000,
9:30). Small numbers are as often written in words ("within 8 days" of "eight days"), and a decade ("the 1970s") in
other words ("the seventies"). A number is looked for in every form an article may write it (`_forms`). Of SQuAD v1.1
dev's 9,349 questions, all answerable, 4 name a number so picked that their article lacks (typos: "By 199 how many…"); of
SQuAD v2.0 dev's 4,574 unanswerable ones, 72 (docs/measurements.md, session 47).

So are names the articles never give a thing of a kind they name things of ("the Enterprise plan" of a page of the
Starter, Growth and Practice plans: `unmentioned_names`)."""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import NamedTuple

from index.headings import ARTICLES_KEPT
from index.labels import FUNCTION_WORDS
from index.lexical import article_search_words, search_stem, search_words
from qa.bands import UNIT, figures_held
from qa.choices import choices_offered
from qa.casing import written_forms
from qa.grammar import DEMONYM, HONORIFICS, singular

# A number and its parts; not one within a longer one ("4.5" of "14.5"), but after a letter ("v4.5", "PX480").
NUMBER = re.compile(r"(?<![\d.,:])\d+(?:[.,:]\d+)*")
# Digits set apart by spaces or hyphens: thousands ("10 000"), a phone number ("07700 900123"), an ISBN's parts.
SPACED_DIGITS = re.compile(r"(?<![\d.,:])\d+(?:[ \u00a0\u2009\u202f-]\d+)+(?![\d.,:]?\d)")
DOTTED_THOUSANDS = re.compile(r"(?<![\d.,:])\d{1,3}(?:\.\d{3})+(?![\d.,:]?\d)")  # "12.500"
THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
DECADE_END = re.compile(r"['’]?s\b")  # "the 1970s", "the 1990's"
SCALE = re.compile(r"\s*(thousand|k|million|mn|m|billion|bn)\b", re.I)  # "£1.5m", "2.5 million", "10k"
SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9}
CLOCK = re.compile(r"\s*([ap])\.?m\b", re.I)  # "6.30pm", "2 pm"
# A sum the user supposes before asking, the user's own: "If I split a £400 repair bill, when is the first payment due?"
SUPPOSED_SUM = re.compile(r"^\W*if\b[^,?]*?[£$€]\s?(\d[\d,.]*)[^,?]*,", re.IGNORECASE)
SIZE = re.compile(r"(?<![\w.,-])(\d+)-([^\W\d_]+)\b")  # "a 10-yard skip"
# The units of qa/bands.py's schedules and ages: a figure of them a band may hold unsaid
BAND_UNIT = re.compile(rf"{UNIT}|(?:hr|child|kid|old|km|kg)s?", re.IGNORECASE)
YEAR_RANGE = re.compile(r"\b(1\d{3}|20\d{2})\s*(?:-|–|—|to|until)\s*(1\d{3}|20\d{2})\b")


def _normalised(number: str) -> str:
    """`number` as compared: without thousands commas, its other separators read as points ("9:30" as "9.30", "12,5" as
    "12.5"), without leading zeros ("09:30" as "9.30")."""
    parts = THOUSANDS_COMMA.sub("", number).replace(",", ".").replace(":", ".").split(".")
    return ".".join([parts[0].lstrip("0") or "0", *parts[1:]])


def _without_zero_parts(number: str) -> str:
    """A normalised number without parts of only zeros at its end ("2.3.0" as "2.3", "1.00" as "1") nor a decimal's
    ending zeros ("12.50" as "12.5")."""
    parts = number.split(".")
    while len(parts) > 1 and not parts[-1].strip("0"):
        parts.pop()
    if len(parts) == 2:
        parts[1] = parts[1].rstrip("0")
    return ".".join(parts)


def _picks_out(text: str, match: re.Match) -> bool:
    number = match.group()
    if len(number) < 3 and number.isdigit():
        return False
    return not (number.endswith("0") and DECADE_END.match(text, match.end()))


def _scaled(number: str, text: str, end: int) -> str | None:
    """The whole number `number` (normalised) is, said with a scale after it ("1.5m", "2.5 million"), else None."""
    scale = SCALE.match(text, end)
    if scale is None or number.count(".") > 1:
        return None
    return str(round(float(number) * SCALES[scale.group(1).lower()]))


def _clock(number: str, text: str, end: int) -> str | None:
    """The 24-hour time a time of day with "am" or "pm" after it is ("6.30pm" as "18.30"), else None."""
    clock = CLOCK.match(text, end)
    parts = number.split(".")
    if clock is None or len(parts) > 2 or not 1 <= int(parts[0]) <= 12:
        return None
    hour = int(parts[0]) % 12 + (12 if clock.group(1).lower() == "p" else 0)
    return ".".join([str(hour), *parts[1:]])


class Numbers(NamedTuple):
    """The numbers of a text as `_numbers_in` finds them: `whole`, each as written in some form; `held`, those and each
    part and first parts of one ("4.5.2" holds "4.5", "14.01.2025" holds "2025")."""

    whole: frozenset[str]
    held: frozenset[str]


# The most parts of a dotted number's first parts a question may name ("3.2.1" of "3.2.1.4", an address's "10.0.0"): each
# of a number of thousands of parts had been joined anew, and the first question over such an article took 18 s.
MOST_FIRST_PARTS = 10


def _forms(match: re.Match, text: str) -> tuple[set[str], set[str]]:
    """Every way the number of `match` in `text` may be asked for, as a whole number: as written, normalised; with its
    zero parts left off; each of its pieces apart by commas ("2024,512" of a pasted CSV line); scaled ("£1.5m" is 1500000);
    in 24 hours ("6.30pm" is 18.30, "0930" is 9.30); for a decade, its years. And each of its parts and first parts (up to
    MOST_FIRST_PARTS)."""
    raw = match.group()
    number = _normalised(raw)
    parts = number.split(".")
    whole = {number, *(_normalised(piece) for piece in raw.split(",") if piece)}
    whole |= {form for form in (_scaled(number, text, match.end()), _clock(number, text, match.end())) if form}
    if len(raw) == 4 and raw.isdigit() and int(raw[:2]) < 24 and int(raw[2:]) < 60:
        whole.add(f"{int(raw[:2])}.{raw[2:]}")
    if raw.endswith("0") and len(raw) == 4 and DECADE_END.match(text, match.end()):
        whole |= {str(int(raw) + year) for year in range(10)}
    whole |= {_without_zero_parts(form) for form in whole}
    return whole, {*parts, *(".".join(parts[:end]) for end in range(1, min(len(parts), MOST_FIRST_PARTS + 1)))}


@lru_cache(maxsize=ARTICLES_KEPT)
def _numbers_in(text: str) -> Numbers:
    """Every number of `text` in each of its forms (`_forms`), the digits set apart by spaces or hyphens as one ("07700
    900123", "10 000", "978-0-14"), dotted thousands ("12.500") as one, and each year of a range ("1995–2000")."""
    whole, held = set(), set()
    for match in NUMBER.finditer(text):
        forms, parts = _forms(match, text)
        whole |= forms
        held |= parts
    whole |= {_normalised(re.sub(r"\D", "", match.group())) for pattern in (SPACED_DIGITS, DOTTED_THOUSANDS)
              for match in pattern.finditer(text)}
    for match in YEAR_RANGE.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        if 0 < last - first <= 50:
            whole |= {str(year) for year in range(first + 1, last)}
    return Numbers(frozenset(whole), frozenset(whole | held))


def _named_in(question: str, match: re.Match, numbers: Numbers) -> bool:
    """Whether a number of the question is among `numbers` (`_numbers_in`): as written or scaled or in 24 hours, or, left
    without its zero parts, as a whole number (not as the first parts of one: "3.0" is no 3.3.1, "3.3.0" no 3.3.1)."""
    number = _normalised(match.group())
    forms = {number, *(form for form in (_scaled(number, question, match.end()), _clock(number, question, match.end())) if form)}
    return bool(forms & numbers.held) or _without_zero_parts(number) in numbers.whole


def unmentioned_numbers(question: str, texts: list[str]) -> list[str]:
    """The numbers `question` names, of those that pick something out, that none of `texts` holds, as the question
    writes them."""
    held = [_numbers_in(text) for text in texts]
    # An option offered ("Does it hold 1.5 litres or 1.7 litres?") is not what the question asks about, but one answer.
    offered = choices.spans if (choices := choices_offered(question)) else ()
    held_in_bands = figures_held(question, texts)  # "my 3,200 kg van" of "Vans 3,000–3,500 kg"
    supposed = [supposing.span(1) for supposing in SUPPOSED_SUM.finditer(question)]
    return [match.group() for match in NUMBER.finditer(question)
            if _picks_out(question, match)
            and not any(start <= match.start() < end for start, end in [*offered, *held_in_bands, *supposed])
            and not any(_named_in(question, match, numbers) for numbers in held)]


def names_other_numbers(question: str, text: str, headings: str) -> bool:
    """Whether `text` (a heading) names numbers that pick something out, but none of those the question names that the
    document's `headings` (their words) name, which the question names some of: a changelog's heading "4.1.0 —
    2025-09-09" is no answer to "When was 4.2.0 released?" (the reader's, sure at 0.99); any heading may answer "Which
    version fixed the iOS 17.2 crash?", as no heading is of 17.2."""
    in_headings = _numbers_in(headings)
    asked = [match for match in NUMBER.finditer(question) if _picks_out(question, match) and _named_in(question, match, in_headings)]
    held = [match for match in NUMBER.finditer(text) if _picks_out(text, match)]
    return bool(asked) and bool(held) and not any(_named_in(question, match, _numbers_in(text)) for match in asked)


# A name's word and the word after it, which it names a thing of: "Kelsby Rovers", "the Growth plan".
NAME_BEFORE = re.compile(r"(?<![\w'’])([A-Z][^\W\d_]+)\s+([^\W\d_]+)")
# The question's: not its first word, which is capitalised whatever it is.
ASKED_NAME_BEFORE = re.compile(r"(?=(?<![\w'’])(?<!^)([A-Z][^\W\d_]{2,})\s+([^\W\d_]+))")
# Capitalised words telling apart no thing of their own: a people's, a side of a place ("Northern European cities").
NOT_NAMING = {"dutch", "french", "welsh", "swiss", "greek", "thai", "scots", "north", "south", "east", "west", "northern",
              "southern", "eastern", "western", "central", "upper", "lower", "new", "old", "great", "greater"}
NAMED_KIND = re.compile(r"(?![a-z]+(?:ed|ly)$)(?!(?:also|per|only|just|still|even|too|now|then|first|last)$)[^\W\d_]{3,}")  # a noun
NAME_WORDS_BEFORE = re.compile(r"[A-Z][^\W\d_]+(?=\s+[A-Z])")
NAME_CHARS = 60  # how far before a name's word its other words are looked for
TYPO_LIKENESS = 0.75  # a word this like one of the text's is that word mistyped ("Ghengis Khan", "Grwoth"), not another


@lru_cache(maxsize=ARTICLES_KEPT)
def _names_by_kind(text: str) -> dict[str, frozenset[str]]:
    """The words `text` always writes with a capital (qa/casing.py `written_forms`: no sentence's opening "The", "Our"),
    before each word of it, in small letters, by that word in the singular, not by its stem ("Marco Polo reported" names
    no report): {"rover": {"kelsby"}}; not a title ("Dr Smith")."""
    forms = written_forms((text,)).forms
    names: dict[str, set[str]] = {}
    for name, kind in NAME_BEFORE.findall(text):
        if singular(kind) not in FUNCTION_WORDS and (lower := name.lower()) in forms and lower not in FUNCTION_WORDS | HONORIFICS:
            names.setdefault(singular(kind), set()).add(lower)
    return {kind: frozenset(words) for kind, words in names.items()}


@lru_cache(maxsize=ARTICLES_KEPT)
def _unhyphenated_words(text: str) -> frozenset[str]:
    return frozenset(search_words(text.replace("-", "")))


@lru_cache(maxsize=ARTICLES_KEPT)
def _written_words(text: str) -> tuple[str, ...]:
    """The words of `text` in small letters, each once, as typing slips are looked for among them."""
    return tuple({word.lower() for word in re.findall(r"[^\W\d_]{3,}", text)})


def unmentioned_names(question: str, texts: list[str]) -> list[str]:
    """The names the question gives things by a capitalised word none of `texts` says, nor one like a word they say
    (a typing slip: "Ghengis Khan"), before a word they name things of, as the question writes them: "Enterprise plan"
    of a page of the Starter, Growth and Practice plans, "Dunstowe Rovers" of a league table of Kelsby Rovers; not where a
    word of the name before it is one the texts name such a thing by ("the Wendle Valley Bridge" of the Wendle Bridge). The reader
    had answered "How much does the Enterprise plan cost per month?" with "£4" of "Extra users on the Growth and
    Practice plans cost £4 each per month" (an API user's), and "How many points do Dunstowe Rovers have?" with Kelsby
    Rovers' 36 (a probe's). Of SQuAD v1.1 dev's 9,349 questions, all answerable, 3 name such a thing ("Nazi Germany", "the
    Palestine Prime Minister"); of SQuAD v2.0 dev's 4,739 answerable ones 2, of its 4,574 unanswerable ones 9."""
    found = []
    for match in ASKED_NAME_BEFORE.finditer(question):
        word, kind = match.group(1), match.group(2)
        # the name's words before it: "Wendle" of "the Wendle Valley Bridge", a bridge the text names (a probe's)
        before = {name.lower() for name in NAME_WORDS_BEFORE.findall(question[max(match.start() - NAME_CHARS, 0):match.start() + 1])}
        stem = search_stem(word)
        if not stem or stem in FUNCTION_WORDS or DEMONYM.match(word) or word.lower() in NOT_NAMING or word.isupper() \
                or not NAMED_KIND.fullmatch(kind) or any(stem in article_search_words(text) or stem in _unhyphenated_words(text) for text in texts):
            continue  # "Nepalese private schools" of an article saying "Nepal"; an acronym ("VAT"); "WiFi" of "Wi-Fi"
        known = set().union(*(_names_by_kind(text).get(singular(kind), frozenset()) for text in texts))
        if known and not known & before and not any(
                difflib.get_close_matches(word.lower(), _written_words(text), n=1, cutoff=TYPO_LIKENESS) for text in texts):
            found.append(f"{word} {kind}")
    return found


def unmentioned(question: str, texts: list[str]) -> list[str]:
    """The numbers and the names the question gives that none of `texts` does (`unmentioned_numbers`,
    `unmentioned_names`, `unmentioned_sizes`), as the question writes them."""
    return [*unmentioned_numbers(question, texts), *unmentioned_names(question, texts), *unmentioned_sizes(question, texts)]


def unmentioned_sizes(question: str, texts: list[str]) -> list[str]:
    """The sizes the question gives as a figure joined to its unit ("a 10-yard skip") that none of `texts` gives, where
    one gives others of the unit ("8-yard builders", "12-yard maxi"): a size the documents do not have (bench/unseen26,
    written blind: another item's price had answered). Not of a unit a schedule's bands may hold (qa/bands.py: "a
    10-night stay" of "Stays of 8 to 14 nights")."""
    found = []
    for size in SIZE.finditer(question):
        unit = size[2].lower()
        if BAND_UNIT.fullmatch(unit):
            continue
        said = {figure for text in texts for figure in re.findall(rf"(?<![\w.,-])(\d+)[- ]{re.escape(unit)}s?\b", text, re.IGNORECASE)}
        if said and size[1] not in said:
            found.append(size.group())
    return found
