"""What the assistant returns: an answer copied from an article, and the passages it cites."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


def located(source: str, page: int | None, last_page: int | None = None) -> str:
    """Where a reply or passage comes from, as shown to people: the article, and its page or pages
    if it has pages."""
    if not page:
        return source
    return f"{source}, pages {page}–{last_page}" if last_page and last_page != page else f"{source}, page {page}"


@dataclass(frozen=True)
class Citation:
    """A passage of an article; `answer_start`/`answer_end` locate the answer inside `text`
    (None when the passage is cited without holding the answer)."""

    source: str
    start: int  # the passage's [start, end) in its article
    end: int
    text: str
    relevance: float  # retrieval similarity, higher = closer to the question
    answer_start: int | None = None
    answer_end: int | None = None
    page: int | None = None  # the pages (from 1) where the passage starts and ends, in an article with pages (a PDF)
    last_page: int | None = None


@dataclass(frozen=True)
class Answer:
    """`text` is `article[start:end]` of article `source`, or "" with answered=False when the
    articles do not answer; `score` is the probability of the reply given (the span, or no answer)."""

    question: str
    text: str
    answered: bool
    score: float
    source: str | None = None
    start: int | None = None
    end: int | None = None
    citations: list[Citation] = field(default_factory=list)
    no_answer_probability: float = 0.0
    page: int | None = None  # the page (from 1) where the answer is, in an article with pages (a PDF)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Answer":
        return cls(**{**data, "citations": [Citation(**c) for c in data.get("citations", [])]})
