"""A question's acronym spelt out as the articles write it: "Who is the CFO?" asks who the "Chief financial officer"
is, where the articles never say "CFO". The reader, taught on questions that reuse their paragraph's words, had
refused it at 100 % beside "Chief financial officer Daniel Ferreira said…" (a chat user's)."""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import folded
from qa.english import is_common_word
from qa.fragments import ROLES
from qa.grammar import BODY_KINDS, PERSON_NOUNS

# A word typed in capitals ("CFO", "NHS") or in small letters ("cfo"), whose letters each begin a word of the run it
# stands for.
TYPED = re.compile(r"(?<![\w'’-])(?:[A-Z]{2,6}|[a-z]{3,5})(?=['’]s\b|(?![\w'’-]))")  # "CFO's" too
ARTICLE_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def _said(texts: tuple[str, ...]) -> frozenset[str]:
    """The articles' words, folded (index/lexical.py `folded`)."""
    return frozenset(folded(word) for text in texts for word in ARTICLE_WORD.findall(text))


@lru_cache(maxsize=64)
def _runs(initials: str, texts: tuple[str, ...]) -> frozenset[str]:
    """The runs of words (in small letters, but a name's), that the articles write with `initials` for their first letters, one word a
    letter, on one line with nothing but spaces or a hyphen between them, whose last names a role or a body ("Chief
    financial officer"); not any words that happen to begin so ("company expects operating", of "CEO"), nor a name's
    ("Frequently Asked Questions" of "FAQ", which had made "What is the FAQ for?" no question of what the FAQ is for: a
    set's; "Rocky Boiman" of SQuAD's "RB", a running back)."""
    letter = r"[^\W\d_]"
    pattern = re.compile(r"(?<![\w'’])" + r"[ \t]*[ \t-][ \t]*".join(
        f"[{first.upper()}{first.lower()}]{letter}+" for first in initials) + r"(?=['’]s\b|(?![\w'’]))")
    runs = [run.replace("-", " ").split() for text in texts for run in pattern.findall(text)]
    found = {" ".join(run) if all(word[0].isupper() for word in run) else " ".join(run).lower()  # a name as written
             for run in runs if run[-1].lower() in PERSON_NOUNS | ROLES | BODY_KINDS}
    # one run however it is cased ("Chief Financial Officer" and "chief financial officer"), in small letters if ever so
    return frozenset(min(forms, key=lambda form: not form.islower()) for forms in _by_letters(found).values())


def _by_letters(runs: set[str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for run in runs:
        grouped.setdefault(run.lower(), []).append(run)
    return grouped


def spelt_out(question: str, texts: tuple[str, ...]) -> str:
    """The question with each acronym (TYPED) that no article says, and no English word typed in small letters, written
    as the one run of words whose initials it is (`_runs`), in small letters as a role is ("the chief financial
    officer"); as typed where the articles write no such run or several ("CFO" of both "chief financial officer" and
    "chief fundraising officer")."""
    said, capitals = _said(texts), any(letter.islower() for letter in question)  # "COO", but "IS" of "WHERE IS IT?"

    def out(typed: re.Match) -> str:
        word = typed[0]
        if folded(word) in said or (word.islower() or not capitals) and is_common_word(word):
            return word
        runs = _runs(word.lower(), texts)
        if not runs and len(word) > 2 and word[-1] in "oO":  # a role's "officer" left unsaid: "CEO" of "Chief executive"
            runs = _runs(word[:-1].lower(), texts)
        return next(iter(runs)) if len(runs) == 1 else word

    return TYPED.sub(out, question)
