"""Follow-up questions: turn "When did he say that?" into a question the assistant can answer alone.

The retriever and the reader see one question at a time, so a question that points back to the
previous turn is rewritten in two cheap steps:
1. references are replaced: a personal pronoun by the person the previous question was about (or
   by the previous answer, when that question asked "who"), the first other reference ("it",
   "they", a final "that") by the previous answer;
2. the previous question and answer are appended in brackets, as context for retrieval.
tests/qa/test_followup.py measures both steps on written follow-up pairs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from qa.answer import Answer
from qa.questions import MAX_QUESTION_CHARS

PERSON_PRONOUNS = {"he", "she", "him", "her"}
PERSON_POSSESSIVES = {"his", "hers"}
THING_PRONOUNS = {"it", "they", "them", "there"}
OTHER_REFERENCES = {"its", "their", "theirs", "those", "these", "then"}  # left as they are, but they refer back
REFERENCES = PERSON_PRONOUNS | PERSON_POSSESSIVES | THING_PRONOUNS | OTHER_REFERENCES | {"that", "this"}
PREPOSITIONS = {"to", "about", "in", "on", "for", "with", "from", "at", "by", "of"}
# Words after which "her" is no possessive: "Who met her and why?", "Did he tell her that…?"
NOT_OWNED = PREPOSITIONS | {"and", "or", "but", "that", "when", "where", "if", "after", "before", "because"}
# "It" is no reference when a clause it stands for follows: "Is it true that…", "How long did it take to…"
CLAUSE_OPENERS = {"that", "to", "whether", "if"}
OPENING_WORDS = {"who", "whom", "whose", "what", "when", "where", "which", "why", "how", "did", "does", "do",
                 "is", "was", "were", "are", "according", "in", "on", "at", "and", "so"}
WORD = re.compile(r"[\w’'.-]+|[^\w\s]")
# A capitalised word, allowing initials ("Albert P. Khorev") and a possessive ending ("Zelensky's").
NAME_WORD = re.compile(r"^[A-Z][\w.-]*(?:['’]s)?$")
POSSESSIVE_END = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Turn:
    """A question standing on its own (its references already resolved) and the answer it got."""

    question: str
    answer: Answer


@dataclass(frozen=True)
class Resolved:
    """A question as the user meant it (`question`) and as the assistant should be asked it (`asked`)."""

    question: str
    asked: str
    unresolved: tuple[str, ...] = ()  # words that refer back to an earlier turn when there is none


def _is_name_word(token: str, first: bool) -> bool:
    """Capitalised, and neither a question's opening word ("What", "According") nor a pronoun ("He")."""
    lower = token.lower()
    return bool(NAME_WORD.match(token)) and lower not in REFERENCES and not (first and lower in OPENING_WORDS)


def proper_names(text: str) -> list[str]:
    """Runs of capitalised words: "Who met Albert P. Khorev in Islamabad?" -> Albert P. Khorev, Islamabad."""
    names: list[str] = []
    current: list[str] = []
    for position, token in enumerate(WORD.findall(text)):
        if _is_name_word(token, position == 0):
            current.append(POSSESSIVE_END.sub("", token))
            if POSSESSIVE_END.search(token):  # "Zelensky's term": the name ends at the possessive
                names.append(" ".join(current))
                current = []
        elif current:
            names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    return [name.rstrip(".") for name in names]


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 5 and all(w[0].isupper() for w in words) and not any(ch.isdigit() for ch in text)


def person_referent(previous: Turn) -> str | None:
    """Who "he"/"she" most likely means: the answer to a "who" question, else the first name
    the previous question mentions."""
    answer = previous.answer
    if answer.answered and previous.question.lower().startswith(("who ", "whom ")) and _looks_like_name(answer.text):
        return answer.text
    names = proper_names(previous.question)
    return names[0] if names else None


def _is_referring_that(tokens: list[str], index: int) -> bool:
    """"that"/"this" standing alone (at the end, or before a preposition), not "the law that bans"."""
    following = tokens[index + 1] if index + 1 < len(tokens) else "?"
    return following in {"?", ".", ",", "!"} or following.lower() in PREPOSITIONS


def _join(tokens: list[str]) -> str:
    """Tokens back into a sentence: no space before punctuation."""
    text = ""
    for token in tokens:
        text += token if not text or re.fullmatch(r"[^\w\s“‘(\[]", token) else f" {token}"
    return text


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _is_dummy(tokens: list[str], index: int) -> bool:
    """Whether the "it" or "there" at `index` stands for nothing earlier: "Were there any casualties?",
    "How many drones were there?", "Is it true that NATO escalated?". A "there" that ends a question
    ("Who was there?") or comes before a preposition is the place answered before."""
    lower = tokens[index].lower()
    following = tokens[index + 1].lower() if index + 1 < len(tokens) else "?"
    if lower == "there":
        opening = " ".join(t.lower() for t in tokens[:2])
        return opening in {"how many", "how much"} or (_is_word(following) and following not in PREPOSITIONS)
    return any(t.lower() in CLAUSE_OPENERS and i + 1 < len(tokens) and _is_word(tokens[i + 1])
               for i, t in enumerate(tokens[index + 1:], index + 1))


def _reference_kinds(tokens: list[str]) -> list[str | None]:
    """For each token, how it refers back: "person", "owner" (a possessive), "thing", "other", or
    None when it does not."""
    kinds: list[str | None] = []
    name_seen = False  # "What did Khorev say he wanted?": that "he" is Khorev already
    for index, token in enumerate(tokens):
        lower = token.lower()
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else "?"
        name_seen = name_seen or _is_name_word(token, index == 0)
        if not name_seen and (lower in PERSON_POSSESSIVES or (lower == "her" and _is_word(following) and following not in NOT_OWNED)):
            kinds.append("owner")
        elif not name_seen and lower in PERSON_PRONOUNS:
            kinds.append("person")
        elif (lower in THING_PRONOUNS and not (lower in {"it", "there"} and _is_dummy(tokens, index))) or (
                lower in {"that", "this"} and _is_referring_that(tokens, index)):
            kinds.append("thing")
        else:
            kinds.append("other" if lower in OTHER_REFERENCES else None)
    return kinds


def _replace_references(question: str, previous: Turn) -> tuple[str, bool]:
    """The question with references replaced, and whether it refers back at all."""
    tokens = WORD.findall(question)
    kinds = _reference_kinds(tokens)
    person = person_referent(previous)
    answer = previous.answer
    thing = answer.text if answer.answered and answer.text != person else None
    rewritten: list[str] = []
    for token, kind in zip(tokens, kinds):
        if kind in {"person", "owner"} and person:
            rewritten.append(f"{person}'s" if kind == "owner" else person)
        elif kind == "thing" and thing:
            rewritten.append(thing)
            thing = None  # one answer fills one reference; a second "it" is left for the reader
        else:
            rewritten.append(token)
    return (_join(rewritten) if rewritten != tokens else question), any(kinds)


def resolve_followup(question: str, previous: Turn | None) -> Resolved:
    """How to ask `question` after `previous` (None: nothing asked before it): unchanged when it
    does not refer back, or has nothing to refer back to (those words are then `unresolved`)."""
    if previous is None:
        tokens = WORD.findall(question)
        return Resolved(question, question, tuple(t for t, kind in zip(tokens, _reference_kinds(tokens)) if kind))
    standalone, refers_back = _replace_references(question, previous)
    if not refers_back or len(standalone) > MAX_QUESTION_CHARS:  # a rewrite must not refuse what was typed
        return Resolved(question, question)
    context = f"{previous.question} {previous.answer.text}".strip()
    asked = f"{standalone} ({context})"
    return Resolved(standalone, asked if len(asked) <= MAX_QUESTION_CHARS else standalone)
