"""A span a sentence says the question's verb does not apply to: "What can I put in the blue bin?" is not answered
"plastic bags" of "Please do not put recycling in plastic bags" (an API user's, at 0.76). The reader, taught on SQuAD,
weighs a span by the question's words around it and reads no "not" between them."""
from __future__ import annotations

import re
from functools import lru_cache

# A negated verb: "do not put", "mustn't keep", "cannot bring", "never use".
NEGATED_VERB = re.compile(r"\b(?:do|does|did|must|should|may|can|could|will|would|is|are)\s+not\s+([a-z]+)|"
                          r"\b(?:don['’]t|doesn['’]t|didn['’]t|mustn['’]t|shouldn['’]t|can['’]t|cannot|won['’]t|never)\s+([a-z]+)",
                          re.IGNORECASE)
# A question asking of what is not so, in words or by a verb saying it ("fail to", "lack", "refuse"): left to the reader.
ASKS_NEGATED = re.compile(r"\b(?:not|never|cannot|no|without|fail|fails|failed|lack|lacks|lacked|missing|absent|refuse|refused|"
                          r"refuses|avoid|unable|except|forbid|forbidden|banned|prohibited|allowed)\b|n['’]t\b", re.IGNORECASE)
# What ends the clause a negation governs before a span: a comma, a conjunction, or a word that turns it ("did not open
# until the Cretaceous", SQuAD's).
CLAUSE_TURN = re.compile(r"[,;:()—–]|\b(?:but|and|or|so|because|while|whereas|although|until|till|unless|except|only|"
                         r"instead|rather)\b", re.IGNORECASE)
NEGATION_CHARS = 200  # how far before a span its clause's negation is looked for
QUESTION_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def said_not_to(question: str, text: str, start: int) -> bool:
    """Whether text[start:] follows, in one clause, a negation of a verb the question says, where the question asks of
    nothing negated (ASKS_NEGATED): "plastic bags" of "do not put recycling in plastic bags" for "What can I put in the
    blue bin?". Of the 101,687 first golds of SQuAD v1.1 train and dev and v2.0 dev, 15 are refused by it, most asked of
    in other words ("What substance does fluorescent lamps contain?" of "…that they do not contain mercury")."""
    verbs = _verbs_asked(question)
    if not verbs:
        return False
    before = max(start - NEGATION_CHARS, 0)
    for negation in NEGATED_VERB.finditer(text, before, start):
        verb = (negation.group(1) or negation.group(2)).lower()
        if verb in verbs and not CLAUSE_TURN.search(text, negation.end(), start) and "." not in text[negation.end():start]:
            return True
    return False


@lru_cache(maxsize=64)
def _verbs_asked(question: str) -> frozenset[str]:
    """The question's words a negation may govern (none where it asks of what is not so), once a question rather than
    for each span weighed."""
    if ASKS_NEGATED.search(question):
        return frozenset()
    return frozenset(word.lower() for word in QUESTION_WORD.findall(question) if len(word) > 2)
