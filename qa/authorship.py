"""Questions about who wrote the article, read as the reader understands them. "Who wrote the article?" was refused
even with its byline read ("By Eilidh Brannigan, What's On editor"), and "Who is the article by?" answered: the
reader learnt from SQuAD's questions about what articles say, not about who wrote them. The byline's passage is
read with such a question (index/bylines.py)."""
from __future__ import annotations

import re

WORK = (r"article|report|story|piece|post|blog post|column|review|feature|interview|news story|write-up|comparison|guide"
        r"|explainer|analysis|editorial|profile|essay|round-?up")
# Up to two words saying which: "Who wrote the ultrabook comparison?" (a set written blind, session 54, had been refused).
WHICH_WORK = r"(?:[\w'’-]+\s+){0,2}"
AUTHOR_QUESTION = re.compile(
    rf"\s*who\s+(?:(?P<wrote>wrote|authored|penned)(?:\s+(?:the|this)\s+{WHICH_WORK}(?P<work>{WORK}))?"
    rf"|(?:is|was)\s+(?:the\s+)?(?:author|writer|reporter)\s+of\s+(?:the|this)\s+(?P<of>{WORK})"
    rf"|(?:is|was)\s+(?:the|this)\s+(?P<by>{WORK})\s+(?:written\s+)?by)\s*\??\s*",
    re.IGNORECASE)


def as_read_for_author(question: str) -> str | None:
    """The question as the reader is asked it, "Who is the report by?", where it asks who wrote the article; else None.
    "Who is the author?" is not taken for one: a review's may ask about the book's."""
    match = AUTHOR_QUESTION.fullmatch(question)
    if match is None:
        return None
    work = match.group("work") or match.group("of") or match.group("by") or "article"
    return f"Who is the {work.lower()} by?"
