"""Things of one kind an article tells apart by a word before their noun: "the blue bin" and "the brown bin". A span
whose sentence names a sibling of the thing a question asks about, and never the question's own word for it, is about
the sibling: "What can go in the blue bin?" had been answered with the garden waste of "Grass cuttings, hedge trimmings,
leaves and small branches can go in the brown bin." (0.71), the reader drawn by its "can go in the"."""
from __future__ import annotations

import re
from functools import lru_cache

from index.headings import ARTICLES_KEPT
from index.labels import FUNCTION_WORDS
from index.lexical import search_stem, search_words
from index.tables import table_cells
from qa.grammar import BARE_VERB_AUXILIARIES
from qa.spans import name_words, named_among, question_names, sentence_at, sentence_bounds, table_words

CLAUSE = re.compile(r"[^,.;:!?()\[\]\"“”|\n]+")  # a thing's words are never split by these
TOKEN = re.compile(r"\w+(?:['’-]\w+)*")
DETERMINERS = frozenset("the a an your our their its his her each every this that these those".split())
# Words placing a thing in an order or in time, or saying it is one already named, which another sentence says
# otherwise: SQuAD's "the revival series" is its article's "first series", "the regular season" its "inaugural season".
RELATIONAL = frozenset(search_words(
    "first second third fourth fifth last next previous new old former same other original current main following latter "
    "entire whole own particular given specific certain various many several most more such only early late final "
    "present future past recent modern initial further additional special general usual dominant"))
REFERRING = re.compile(r"\b(?:it|its|they|them|their|this|these|there)\b", re.IGNORECASE)
VERB_BEFORE = BARE_VERB_AUXILIARIES | {"has", "have", "had"}  # a thing after one is followed by its verb
NOT_TELLING_APART = FUNCTION_WORDS | RELATIONAL | frozenset(search_words(
    "can could will would should must may might not no go goes put get has have had i you we they he she me us them"))


def _clauses(text: str):
    """Each clause's words as written, and each one's stem where it is in small letters (a name's words are told
    apart by the rules of names, not here: SQuAD's "the Lisbon Treaty" is also "an amending treaty")."""
    for clause in CLAUSE.findall(text):
        words = [word if word.isalpha() else "" for word in TOKEN.findall(clause)]  # "10th" tells apart by its figure
        yield [word.lower() for word in words], [search_stem(word) if word.islower() else None for word in words]


@lru_cache(maxsize=ARTICLES_KEPT)
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
                    and all(pair := (search_stem(word), search_stem(noun))):
                asked.add(pair)
    return frozenset(asked)


def _pairs(sentence: str) -> set[tuple[str, str]]:
    return {pair for _, stems in _clauses(sentence) for pair in zip(stems, stems[1:]) if all(pair)}


def of_a_sibling(question: str, text: str, at: int) -> bool:
    """Whether the sentence of text[at] names a thing `text` tells apart from one the question names ("the brown bin" for
    "the blue bin"), and never the question's word for it nor another word the question says: each word said of the
    noun after a determiner somewhere in `text`, in small letters (not a name's), neither a comparative of the other
    ("a large population" is SQuAD's "a larger population") nor one of RELATIONAL. Not a sentence referring back by a
    pronoun to the one before naming the thing asked about ("It runs for 12 miles to Seaton, where it meets the inland
    path" after "The coast path starts at Lyme": a code review's)."""
    asked = _things_asked(question)
    if not asked:
        return False
    first, last = sentence_bounds(text, at)
    sentence = text[first:last]
    if REFERRING.search(sentence) and first > 0:
        before = set(search_words(text[sentence_bounds(text, first - 1)[0]:first]))
        if any(word in before and noun in before for word, noun in asked):
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


@lru_cache(maxsize=64)
def _rows_told_apart(question: str, text: str) -> tuple[tuple[frozenset[str], tuple[re.Pattern, ...]], ...]:
    """For each table of `text` of whose rows the question names one whole by its label (qa/spans.py `named_among`):
    the words only that label has, and patterns of the other rows' labels the question does not name."""
    asked = question_names(frozenset(table_words(question)))
    found = []
    for table in table_cells(text):
        named = named_among(asked, table.labels)
        if len(named) != 1:
            continue
        others = [label for label in table.labels if label not in named and any(ch.isalpha() for ch in label)
                  and not named_among(asked, (label,))]
        own = name_words(next(iter(named))) - frozenset().union(*map(name_words, others))
        found.append((own, tuple(re.compile(rf"(?<!\w){re.escape(label)}(?!\w)", re.IGNORECASE) for label in others)))
    return tuple(found)


def of_another_row(question: str, text: str, start: int) -> bool:
    """Whether text[start], outside the article's tables, is in a sentence naming other rows of a table one of whose rows
    the question names by its label, and never a word only that row's label has: a probe's "Who manages Ashby Town?" had
    been answered "Gary Stott" of "Hallam United's manager, Gary Stott, said…" beside a league table of both; "Who did
    Ashby Town beat?" is still answered of "Ashby beat Kelsby Rovers 2-0"."""
    rows = _rows_told_apart(question, text)
    if not rows or any(table.start <= start < table.end for table in table_cells(text)):
        return False
    sentence = sentence_at(text, start)
    said = name_words(sentence)
    return any(own and not own & said and any(other.search(sentence) for other in others) for own, others in rows)
