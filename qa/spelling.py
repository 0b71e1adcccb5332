"""A question's misspelt word spelt right: "Which reporting tools should applciants use?" asks what applicants should
use. The embedder and the reader split a word they do not know into pieces that match nothing an article says: with two
letters of its longest word swapped, 49 of 425 questions of eight sets had turned wrong (a review of how people type,
session 54)."""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import folded
from qa.casing import says_no_case, written_forms
from qa.english import english, is_common_word, is_english
from qa.grammar import QUESTION_WORDS

# A word of letters only, or a hyphenated word's part, or before "'s"; shorter ones are left as typed, where one
# letter's change makes another word too often.
WORD = re.compile(r"(?<![\w'’])[^\W\d_]{5,}(?=(?:['’]s)?(?![\w'’]))")
AFTER_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A question's opening word, short as a question word is.
OPENING_WORD = re.compile(r"^(\W*)([^\W\d_]{2,6})(?![\w'’])")
# Question words typed without their apostrophe: "whats the deposit", "whos the headteacher".
UNCONTRACTED = {"whats": "what's", "whos": "who's", "wheres": "where's", "hows": "how's", "whens": "when's", "whys": "why's"}
# An article's words, which a misspelt one may be taken for.
ARTICLE_WORD = re.compile(r"[^\W\d_]{5,}")


@lru_cache(maxsize=8)
def spelt_words(texts: tuple[str, ...]) -> frozenset[str]:
    """The words of the texts, in small letters and without their letters' marks (index/lexical.py `folded`), that a
    misspelling may be taken for: "soren" is the articles' "Søren", no misspelt "sore" (a probe's)."""
    return frozenset(folded(word) for text in texts for word in ARTICLE_WORD.findall(text))


def american(word: str) -> set[str]:
    """The ways American English may spell a British word ("colour", "randomisation"): no misspellings of them."""
    return {word.replace("our", "or"), word.replace("is", "iz"), word.replace("ys", "yz"), word.replace("tre", "ter")}


def _slips(typed: str, right: str) -> bool:
    """Whether `typed` is `right` with a letter lost, with two neighbours swapped, or with a letter too."""
    if len(right) == len(typed) + 1:
        return any(right[:at] + right[at + 1:] == typed for at in range(len(right)))
    if len(right) == len(typed):
        return any(right[:at] + right[at + 1] + right[at] + right[at + 2:] == typed for at in range(len(right) - 1))
    return len(typed) == len(right) + 1 and any(typed[:at] + typed[at + 1:] == right for at in range(len(typed)))


def question_word_spelt(question: str, texts: tuple[str, ...]) -> str:
    """The question with its opening question word spelt right where it was typed in haste, as the rules reading a
    question by its first word need it: "wher was it held?" (a review's, whose "where" had become "Russian Ambassador",
    74 %), "whats the deposit": one letter lost, two neighbours swapped or one too many; none where two question words
    are as near ("hwo": "how" or "who"), or it is an English word or one the articles write with a capital ("Wu")."""
    opening = OPENING_WORD.match(question)
    if opening is None:
        return question
    typed = opening[2]
    word = typed.lower()
    right = UNCONTRACTED.get(word)
    if right is None and word not in QUESTION_WORDS and not is_english(word) and word not in written_forms(texts).forms:
        found = [candidate for candidate in QUESTION_WORDS if _slips(word, candidate)]
        right = found[0] if len(found) == 1 else None
    if right is None:
        return question
    right = right.capitalize() if typed[0].isupper() else right
    return question[:opening.start(2)] + right + question[opening.end(2):]


def as_spelt(question: str, texts: tuple[str, ...]) -> str:
    """The question with each word that neither the articles nor English (pyspellchecker's American, lemminflect's
    British) have spelt as the one word of the articles that one letter's change, insertion or loss, or two neighbours'
    swap makes of it ("Bicsuit" the dog "Biscuit"), with the capitals the articles give it (qa/casing.py
    `written_forms`); or else, where no capital makes it a name, as the commonest English word it so makes. Its plural
    ("Saturdays" of "Saturday") and its American spelling are no misspellings of a word, but a name of the articles'
    with an "s" is its owner's, typed without the apostrophe: "What is Mr Okafors email address?" asks for his."""
    spelt, checker = spelt_words(texts), english()
    caseless = says_no_case(question)

    def respelt(typed: re.Match) -> str:
        word = typed[0].lower()
        if folded(word) in spelt or is_english(word):
            return typed[0]
        near = checker.edit_distance_1(word)
        in_articles = near & spelt
        maybe_english = not in_articles and (caseless or typed[0].islower())  # "the Ferreira-Lunds" are no "Lands"
        found = in_articles if len(in_articles) == 1 else checker.known(near) if maybe_english else ()
        right = max(found, key=lambda candidate: (checker.word_frequency[candidate], candidate), default=None)
        owner = (right is not None and word == f"{right}s" and right in written_forms(texts).forms
                 and not is_common_word(right) and not AFTER_THE.search(question, 0, typed.start()))  # "the Corvanes": a family
        if right is None or right.rstrip("s") == word.rstrip("s") and not owner or right in american(word):
            return typed[0]
        if owner:  # "Mr Patels excess": Patel's, not a misspelling
            return f"{typed[0][:-1]}'s"
        if typed[0].islower():
            return right
        written = written_forms(texts).forms.get(right, right)  # "TrailLite", of "TraliLite"
        return written if not written.islower() else right.upper() if typed[0].isupper() else right.capitalize()

    return WORD.sub(respelt, question_word_spelt(question, texts))
