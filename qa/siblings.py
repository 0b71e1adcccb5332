"""Things of one kind an article tells apart by a word before their noun: "the blue bin" and "the brown bin". A span
whose sentence names a sibling of the thing a question asks about, and never the question's own word for it, is about
the sibling: "What can go in the blue bin?" had been answered with the garden waste of "Grass cuttings, hedge trimmings,
leaves and small branches can go in the brown bin." (0.71), the reader drawn by its "can go in the"."""
from __future__ import annotations

import re
from functools import lru_cache

from index.labels import FUNCTION_WORDS
from index.lexical import search_words
from qa.grammar import BARE_VERB_AUXILIARIES

CLAUSE = re.compile(r"[^,.;:!?()\[\]\"“”|\n]+")  # a thing's words are never split by these
TOKEN = re.compile(r"\w+(?:['’-]\w+)*")
DETERMINERS = frozenset("the a an your our their its his her each every this that these those".split())
# Words placing a thing in an order or in time, or saying it is one already named, which another sentence says
# otherwise: SQuAD's "the revival series" is its article's "first series", "the regular season" its "inaugural season".
RELATIONAL = frozenset(search_words(
    "first second third fourth fifth last next previous new old former same other original current main following latter "
    "entire whole own particular given specific certain various many several most more such only early late final "
    "present future past recent modern initial further additional special general usual dominant"))
VERB_BEFORE = BARE_VERB_AUXILIARIES | {"has", "have", "had"}  # a thing after one is followed by its verb
NOT_TELLING_APART = FUNCTION_WORDS | RELATIONAL | frozenset(search_words(
    "can could will would should must may might not no go goes put get has have had i you we they he she me us them"))


def _stem(word: str) -> str | None:
    stems = search_words(word)
    return stems[0] if len(stems) == 1 else None


def _clauses(text: str):
    """Each clause's words as written, and each one's stem where it is in small letters (a name's words are told
    apart by the rules of names, not here: SQuAD's "the Lisbon Treaty" is also "an amending treaty")."""
    for clause in CLAUSE.findall(text):
        words = [word if word.isalpha() else "" for word in TOKEN.findall(clause)]  # "10th" tells apart by its figure
        yield [word.lower() for word in words], [_stem(word) if word.islower() else None for word in words]


@lru_cache(maxsize=16)
def _told_apart(text: str) -> dict[str, frozenset[str]]:
    """The words each noun follows after a determiner in `text` ("the blue bin": "bin" after "blue"), by the noun's stem."""
    words_before: dict[str, set[str]] = {}
    for written, stems in _clauses(text):
        for determiner, word, noun in zip(written, stems[1:], stems[2:]):
            if determiner in DETERMINERS and word and noun and len(noun) > 2 \
                    and word not in NOT_TELLING_APART and noun not in NOT_TELLING_APART:
                words_before.setdefault(noun, set()).add(word)
    return {noun: frozenset(words) for noun, words in words_before.items()}


@lru_cache(maxsize=64)
def _things_asked(question: str) -> frozenset[tuple[str, str]]:
    """The (word, noun) stems a question names after a determiner: "the blue bin"."""
    asked = set()
    for clause in CLAUSE.findall(question):
        written = [word.lower() if word.isalpha() else "" for word in TOKEN.findall(clause)]
        for before, determiner, word, noun in zip(["", *written], written, written[1:], written[2:]):
            # after an auxiliary, "the plague spread" is a thing and its verb: SQuAD's "Did the plague spread…?"
            if determiner in DETERMINERS and word and noun and before not in VERB_BEFORE \
                    and all(pair := (_stem(word), _stem(noun))):
                asked.add(pair)
    return frozenset(asked)


def _pairs(sentence: str) -> set[tuple[str, str]]:
    return {pair for _, stems in _clauses(sentence) for pair in zip(stems, stems[1:]) if all(pair)}


def of_a_sibling(question: str, text: str, sentence: str) -> bool:
    """Whether `sentence` of `text` names a thing `text` tells apart from one the question names ("the brown bin" for
    "the blue bin"), and never the question's word for it nor another word the question says: each word said of the
    noun after a determiner somewhere in `text`, in small letters (not a name's), neither a comparative of the other
    ("a large population" is SQuAD's "a larger population") nor one of RELATIONAL."""
    asked = _things_asked(question)
    if not asked:
        return False
    told_apart = _told_apart(text)
    said = set(search_words(sentence))
    question_words = set(search_words(question))
    pairs = _pairs(sentence)
    for word, noun in asked:
        others = told_apart.get(noun, frozenset())
        if word in others and word not in said and any(
                (other, noun) in pairs and other not in question_words
                and not (other.startswith(word) or word.startswith(other)) for other in others - {word}):
            return True
    return False

