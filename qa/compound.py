"""Several questions typed as one: "Who gave the media briefing and where was it held?" or "Who gave the media
briefing? Where was it held?". The reader answers one span of a question, so asked whole only the first was answered;
the chat asks each part in turn, each later one as a follow-up of the one before ("where was it held?" is where the
media briefing was held, "and why?" why Khorev gave it: qa/followup.py)."""
from __future__ import annotations

import re

from qa.grammar import AUXILIARIES, PREPOSITIONS, QUESTION_WORDS

# Words after a question word that make it open a question of its own: "where was…", "how many…", "why?" alone.
_ASKING_ON = "|".join(sorted(AUXILIARIES | {"many", "much", "long", "often", "old", "far", "soon"}))
# "… and where was it held?", "…, and why?", "… and by how much?": not "… and what Y said", a clause of the first.
AND_ASKS = re.compile(rf",?\s+and\s+(?=(?:(?:{'|'.join(sorted(PREPOSITIONS))})\s+)?(?:{'|'.join(sorted(QUESTION_WORDS))})\b"
                      rf"(?:\s+(?:{_ASKING_ON})\b|\s*\?*\s*$))", re.IGNORECASE)
# A question's end before another's start: "…briefing? Where was it…".
NEXT_QUESTION = re.compile(r"(?<=\?)\s+(?=\S)")
# A part must ask something of its own: a question word or an auxiliary opening it, after a preposition or not
# (not "We are visiting. Where…", whose statement leads into one question).
ASKS = re.compile(rf"^\W*(?:(?:{'|'.join(sorted(PREPOSITIONS | {'and', 'but', 'so'}))})\s+)?"
                  rf"(?:{'|'.join(sorted(QUESTION_WORDS | AUXILIARIES))})\b", re.IGNORECASE)
LEAST_WORDS = 2  # of the part before "and": "Where and when was it held?" is one question; "Who won and by how much?" two


def asked_separately(question: str) -> list[str]:
    """The questions `question` asks, each ending "?" (the question alone where it asks one): split after a "?" that
    another question follows, and before "and" and a question word opening a question of its own ("and where was it
    held?", "and why?"), where the part before it asks one itself."""
    parts = []
    for sentence in NEXT_QUESTION.split(question.strip()):
        pieces = AND_ASKS.split(sentence)
        first = pieces[0]
        if len(pieces) > 1 and (len(first.split()) < LEAST_WORDS or not ASKS.match(first)):
            pieces = [sentence]
        parts += [piece if piece.rstrip().endswith("?") else f"{piece.rstrip()}?" for piece in pieces]
    if len(parts) < 2 or not all(ASKS.match(part) for part in parts):
        return [question]
    return [part[:1].upper() + part[1:] for part in parts]
