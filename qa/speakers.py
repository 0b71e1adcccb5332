"""A transcript's speaker labels, the capitals that open its lines ("INTERVIEWER:", "DR. VARGA:"): each names who
says what follows, so it answers only a question asking who said something. The reader, taught on SQuAD's prose, took
the label before a reply for whoever did what the reply tells: "DR. VARGA" (1.00) for who published her book, and
"INTERVIEWER" for who paid for her array (a question set written blind, and a review of follow-ups, session 53)."""
from __future__ import annotations

import re
from functools import lru_cache

from qa.grammar import SPEECH_VERBS, verb_lemmas

# A line's label in capitals before a colon: a name or a role of up to four words.
LABEL = re.compile(r"^[ \t]*([A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3})[ \t]*:[ \t]", re.MULTILINE)
WORD = re.compile(r"[^\W\d_]+")
TRANSCRIPT_LINES = 3  # the fewest lines a label opens in a transcript: a form's "NOTE:" opens one
ARTICLES_KEPT = 32
# Verbs (as lemmas) and nouns of a question asking who said, asked or was told something: grammar's verbs of saying and
# judging, and those of a conversation's turns.
SPEAKING_VERBS = SPEECH_VERBS | {"answer", "reply", "explain", "speak", "talk", "interview", "admit", "recall", "add", "quote",
                                 "joke"}
SPEAKING_NOUNS = {"speaker", "interviewer", "word", "words", "quote"}


def unasked_speaker(question: str, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a transcript's speaker label (`speaker_labels`) and the question asks no one's words, or
    runs from one into what it says ("DR. VARGA: The Aldermoor Foundation")."""
    for label_start, label_end in speaker_labels(text):
        if start < label_end and label_start < end:
            return (start, end) != (label_start, label_end) or not asks_whose_words(question)
    return False


@lru_cache(maxsize=256)
def asks_whose_words(question: str) -> bool:
    """Whether a question asks who said, asked or was told something (SPEAKING_VERBS in any form, SPEAKING_NOUNS): once a
    question, not once a span weighed."""
    return any(word in SPEAKING_NOUNS or verb_lemmas(word) & SPEAKING_VERBS for word in map(str.lower, WORD.findall(question)))


@lru_cache(maxsize=ARTICLES_KEPT)
def speaker_labels(text: str) -> frozenset[tuple[int, int]]:
    """[start, end) of each label that opens TRANSCRIPT_LINES lines at least of `text`."""
    found: dict[str, list[tuple[int, int]]] = {}
    for match in LABEL.finditer(text):
        found.setdefault(match.group(1), []).append(match.span(1))
    return frozenset(span for spans in found.values() if len(spans) >= TRANSCRIPT_LINES for span in spans)
