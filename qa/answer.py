"""What the assistant returns: an answer copied from an article, and the passages it cites."""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import MISSING, asdict, dataclass, fields

from qa.overview import asks_for_summary, asks_for_title, title_asked


def located(source: str, page: int | None, last_page: int | None = None) -> str:
    """Where a reply or passage comes from, as shown to people: the article, and its page or pages
    if it has pages."""
    if not page:
        return source
    return f"{source}, pages {page}–{last_page}" if last_page and last_page != page else f"{source}, page {page}"


def no_answer_message(question: str, articles_searched: int, unmentioned: Sequence[str] = (), read_to_end: bool = False) -> str:
    """What is said when the articles searched do not answer `question`; that they never mention the numbers or names it
    gives (`unmentioned`: `Assistant.not_mentioned`), where it was refused for that; that the article ends
    there, where "Tell me more" read on to its end (`read_to_end`: `Assistant.read_on`)."""
    article, them = ("the article", "it") if articles_searched <= 1 else ("the articles", "them")
    if read_to_end:
        return "The article says no more after that: it ends there."
    if asks_for_summary(question):  # answered with its lead (qa/overview.py) where it has one
        return (f"{article[0].upper()}{article[1:]} {'opens' if articles_searched <= 1 else 'open'} with no paragraph "
                f"that sums {them} up; ask about something in {them}: who, what, when, where, how many…")
    if asks_for_title(question):  # answered with its title (qa/overview.py) where it has one
        return (f"{article[0].upper()}{article[1:]} {'has' if articles_searched <= 1 else 'have'} no title or headline "
                f"of {'its' if articles_searched <= 1 else 'their'} own: no line ahead of {'its' if articles_searched <= 1 else 'their'} "
                f"first paragraph stands as one.")
    if unmentioned:
        named = " or ".join(f"“{number}”" for number in dict.fromkeys(unmentioned))
        return f"The article doesn't say: it never mentions {named}." if articles_searched <= 1 else \
            f"The articles don't say: none of them mentions {named}."
    return "The article doesn't say." if articles_searched <= 1 else "The articles don't say."


def left_out_message(question: str, lacking: Sequence[str], unasked: int) -> str:
    """What a reply of each article's lead or title to `question` leaves out (qa/followup.py `left_of_each`): the
    articles that have none, and how many were not asked."""
    lines = []
    if lacking:
        names = " or ".join(lacking)
        lines.append(f"No title in {names}." if title_asked(question) else f"No opening paragraph sums up {names}.")
    if unasked:
        lines.append(f"{unasked} more article{'' if unasked == 1 else 's'} not asked.")
    return " ".join(lines)


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
    citations: tuple[Citation, ...] = ()
    no_answer_probability: float = 0.0
    page: int | None = None  # the page (from 1) where the answer is, in an article with pages (a PDF)

    def __post_init__(self):
        # A tuple, given a list too: a frozen Answer is then hashable, a key or a set's member as any value.
        object.__setattr__(self, "citations", tuple(self.citations))

    def to_dict(self) -> dict:
        """JSON-ready: its citations a list of dicts."""
        return {**asdict(self), "citations": [asdict(citation) for citation in self.citations]}

    @classmethod
    def from_dict(cls, data: dict) -> "Answer":
        """The Answer `to_dict` gave (or an older version's, without the fields added since); a dict
        that is not one is refused with a ValueError saying what is wrong, not guessed at."""
        citations = _arguments(cls, data).get("citations", [])
        if not isinstance(citations, list):
            raise ValueError(f"not Answer data: its citations are a {type(citations).__name__}, not a list")
        answer = cls(**{**data, "citations": [Citation(**_arguments(Citation, c)) for c in citations]})
        problem = _impossible(answer)
        if problem:
            raise ValueError(f"not Answer data: {problem}")
        return answer


def _impossible(answer: Answer) -> str | None:
    """What no answer the assistant gives could have, of values of the right kinds: a probability outside
    0..1, a span ending before it starts or of another length than its text, a refusal with text or a place,
    an answer without text, source or span, a page under 1 or a passage's last page before its first, a
    citation's answer that is not the answer's text in its passage."""
    for name in ("score", "no_answer_probability"):
        if not 0 <= getattr(answer, name) <= 1:  # NaN too
            return f"its {name} is {getattr(answer, name)!r}, not a probability from 0 to 1"
    if not answer.answered and answer.text:
        return "it answers nothing (answered is false) but has text"
    if not answer.answered and (answer.source is not None or answer.start is not None or answer.page is not None):
        return "it answers nothing (answered is false) but says where: a source, span or page"
    if answer.answered and not answer.text:
        return "it answers (answered is true) but has no text"
    if answer.answered and (answer.source is None or answer.start is None):
        return "it answers (answered is true) but says not where: no source or span"
    pages = [("its page", answer.page, None)] + [(f"citation {number}'s pages", c.page, c.last_page)
                                                 for number, c in enumerate(answer.citations, 1)]
    for name, first, last in pages:
        if first is not None and first < 1:
            return f"{name} start on page {first}: pages count from 1" if last is not None else f"{name} is {first}: pages count from 1"
        if last is not None and (first is None or last < first):
            return f"{name} end on page {last}, before they start (page {first})"
    spans = [("its span", answer.start, answer.end, answer.text)] + [
        (f"citation {number}'s passage", c.start, c.end, c.text) for number, c in enumerate(answer.citations, 1)] + [
        (f"citation {number}'s answer", c.answer_start, c.answer_end, None) for number, c in enumerate(answer.citations, 1)]
    for name, start, end, text in spans:
        if (start is None) != (end is None) or start is not None and not 0 <= start <= end:
            return f"{name} is [{start}, {end})"
        if start is not None and text is not None and end - start != len(text):
            return f"{name} is [{start}, {end}), not as long as its text ({len(text)} characters)"
    for number, c in enumerate(answer.citations, 1):
        if c.answer_start is not None and (c.answer_end > len(c.text) or c.text[c.answer_start:c.answer_end] != answer.text):
            return f"citation {number}'s answer, [{c.answer_start}, {c.answer_end}) of its passage, is not the answer's text"
    if any(not math.isfinite(c.relevance) for c in answer.citations):
        return "a citation's relevance is not a number"
    return None


def _arguments(kind, data) -> dict:
    """`data`, checked to name every field `kind` needs and no other."""
    if not isinstance(data, dict):
        raise ValueError(f"not {kind.__name__} data but a {type(data).__name__}")
    known = {f.name for f in fields(kind)}
    missing = [f.name for f in fields(kind) if f.default is MISSING and f.default_factory is MISSING and f.name not in data]
    unknown = sorted(str(key) for key in data if key not in known)
    if missing or unknown:
        problems = [f"missing {', '.join(missing)}"] * bool(missing) + [f"unknown {', '.join(unknown)}"] * bool(unknown)
        raise ValueError(f"not {kind.__name__} data: {'; '.join(problems)}")
    for f in fields(kind):
        if f.name in data and not _of_type(data[f.name], f.type):
            raise ValueError(f"not {kind.__name__} data: its {f.name} is {data[f.name]!r}, not {f.type.replace('|', 'or')}")
    return data


# The kinds of value each field's annotation allows, as JSON brings them (a score of 1 as an int);
# a list (of citations) is checked item by item by from_dict.
_KINDS = {"str": str, "int": int, "float": (int, float), "bool": bool, "None": type(None)}


def _of_type(value, annotation: str) -> bool:
    kinds = [kind.strip() for kind in annotation.split("|")]
    if any(kind.startswith(("list[", "tuple[")) for kind in kinds):
        return True
    number = any(kind in {"int", "float"} for kind in kinds)
    return any(isinstance(value, _KINDS[kind]) for kind in kinds) and not (number and isinstance(value, bool) and "bool" not in kinds)
