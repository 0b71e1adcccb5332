"""What a question asks, past statements that lead into it: "We visited the orchard last autumn for the cider
festival. How many apple trees does the orchard hold?" is read by the reader as its last sentence alone, as the
reader learnt from SQuAD's questions of one sentence; read whole, it had been answered with the festival's 3,000
visitors, and "I drive over the Kessler Bridge every day on my way to work. Who designed the Kessler Bridge?" refused
(a review's, session 53). Passages are still found with the whole question, whose statements may say what it is about."""
from __future__ import annotations

import re

from qa.grammar import AUXILIARIES, COPULAS, DETERMINERS, OWNING_WORDS, PREPOSITIONS, QUESTION_WORDS, SUBJECT_PRONOUNS
from qa.spans import ABBREVIATION_END

# Where a sentence ends and the next begins: after ".", "!" or "?" (and a closing quote or bracket), before a capital,
# a figure or an opening quote.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
# Words of the asking sentence that point back into the statements before it: read alone, it would lose what they name
# ("The festival was founded by a farmer. What was his name?").
POINTS_BACK = re.compile(r"\b(?:he|she|him|his|her|hers|it|its|they|them|their|theirs|this|that|these|those|there|then|"
                         r"such|same|former|latter|one|ones|other|others|else)\b", re.IGNORECASE)
LEAD_IN_WORDS = 3  # the fewest words of a statement leading in: "Dr." or "No." alone is none
# How a sentence that asks opens: a question word among its first three words ("In which year…", "And how many…"), or an
# auxiliary ("Did…", "Is…"). A statement opens otherwise: "Where did Albert P." is no statement, its dot an initial's.
ASKS = re.compile(rf"[^\w’'-]*(?:[\w’'-]+\s+){{0,2}}?(?:{'|'.join(sorted(QUESTION_WORDS))})\b"
                  rf"|[^\w’'-]*(?:{'|'.join(sorted(AUXILIARIES | {'shall'}))})\b", re.IGNORECASE)
FIGURE = re.compile(r"\d")  # a statement naming a figure may say which one is asked about ("I mean the 2023 season.")
WORD = re.compile(r"[^\W\d_][\w’'-]*")
# Words that qualify nothing before a noun: "the race" of a statement is the asking sentence's "the race".
UNQUALIFYING = frozenset(DETERMINERS | OWNING_WORDS | PREPOSITIONS | SUBJECT_PRONOUNS | COPULAS
                         | {"this", "that", "these", "those", "every", "each", "no", "over", "into", "and", "or", "but"})


def asking_sentence(question: str) -> str:
    """The question's last sentence where it asks (opening as one does, `ASKS`, and ending "?") and the sentences before
    it are statements (". " or "! ") of LEAD_IN_WORDS words at least, naming no figure, that it does not point back into
    (POINTS_BACK) nor qualify a noun it names (`_qualified`); else the whole question. A sentence is no statement that
    ends on an abbreviation's dot ("… the first concert at St. Lukas?") or opens as a question does ("Where did Albert P.
    Khorev give the media briefing?")."""
    sentences = SENTENCE_BREAK.split(question.strip())
    if len(sentences) < 2:
        return question
    *lead_in, asked = sentences
    if not asked.rstrip().endswith("?") or len(asked.split()) < LEAD_IN_WORDS or not ASKS.match(asked) \
            or POINTS_BACK.search(asked) \
            or any(sentence.rstrip().endswith("?") or len(sentence.split()) < LEAD_IN_WORDS or FIGURE.search(sentence)
                   or ABBREVIATION_END.search(sentence.rstrip().rstrip(".")) or ASKS.match(sentence) for sentence in lead_in) \
            or _qualified(" ".join(lead_in), asked):
        return question
    return asked


def _qualified(lead_in: str, asked: str) -> bool:
    """Whether the statements say a noun the asking sentence names with a word before it that the asking sentence does not
    have: "I only follow the wheelchair race. Who won the race?" asks the wheelchair race's winner (read alone, it had
    been answered with another race's: a review's, session 53); "the Kessler Bridge" said in both is the same."""
    asked_words = [word.lower() for word in WORD.findall(asked)]
    before_in_asked = {word: asked_words[at - 1] if at else "" for at, word in enumerate(asked_words)
                       if len(word) >= 3 and word not in UNQUALIFYING and not ASKS.fullmatch(word)}
    said = [word.lower() for word in WORD.findall(lead_in)]
    return any(word in before_in_asked and said[at - 1] not in UNQUALIFYING and said[at - 1] != before_in_asked[word]
               for at, word in enumerate(said) if at)
