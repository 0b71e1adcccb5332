"""How answers look in the chat: plain functions returning HTML/Markdown strings (no Gradio here).

Article text is untrusted: every piece of it goes through `escape_text` before any markup is
added around it, so markup or script in an article shows as text and never runs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

from index.markup import CELL_BOUNDARY, ROW_LINE, TABLE_DELIMITER_ROW
from index.tables import table_rows
from qa.answer import Answer, Citation, left_out_message, located, no_answer_message
from qa.overview import asks_for_opening

# HTML's specials, plus the characters Markdown, tables and LaTeX read as syntax: the chat renders
# Markdown, and an article's "*" or "$" must not turn into emphasis or maths, nor its
# "https://…", "www.…" or "a@b.org" into links (GitHub's autolinks), which the article view shows as text.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_MARKDOWN_SYNTAX = set("\\`*_[]~$|#@")
# What opens a list or a code block at the start of a text ("1. ", "- ", four spaces): a passage
# starting so was drawn as a list, its marker lost (every line break is a <br>, so only the start counts).
_BLOCK_OPENERS = set("-+0123456789 \t")


def escape_text(text: str) -> str:
    """`text` as inert HTML that Markdown leaves alone too; line breaks kept as <br>."""
    escaped = []
    for at, ch in enumerate(text):
        if ch in _ENTITIES:
            escaped.append(_ENTITIES[ch])
        elif ch in _MARKDOWN_SYNTAX or (at == 0 and ch in _BLOCK_OPENERS) or _opens_address(text, at):
            escaped.append(f"&#{ord(ch)};")
        elif ch == "\n":
            escaped.append("<br>")
        else:
            escaped.append(ch)
    return "".join(escaped)


def _opens_address(text: str, at: int) -> bool:
    """Whether text[at] is the ":" of "://" or the "." of "www.", as GitHub's autolinks find addresses."""
    return (text[at] == ":" and text[at + 1:at + 3] == "//") or (text[at] == "." and text[max(at - 3, 0):at].lower() == "www")


@dataclass(frozen=True)
class Highlight:
    """A [start, end) stretch of a text to wrap in `tag` (with an optional CSS class)."""

    start: int
    end: int
    tag: str = "mark"
    css_class: str | None = None

    def wrap(self, html: str) -> str:
        attributes = f' class="{self.css_class}"' if self.css_class else ""
        return f"<{self.tag}{attributes}>{html}</{self.tag}>"


def highlight(text: str, highlights: Sequence[Highlight], markers: dict[int, str] | None = None) -> str:
    """`text` escaped, with each highlight wrapped at its exact offsets (never found by searching), and its tables
    (runs of two rows or more, "| a | b |") drawn as tables, without their pipes or delimiter rows: they had shown as
    raw pipe text in the article view and the passages (the chat user's). Where highlights overlap, the one listed first
    wins. `markers` maps offsets to markup put before the character there (a highlight across one is wrapped in two
    pieces)."""
    markers = markers or {}
    for h in highlights:
        if not 0 <= h.start <= h.end <= len(text):
            raise ValueError(f"highlight [{h.start}:{h.end}] is outside a text of {len(text)} characters")
    html, at = [], 0
    for start, end, rows in _tables(text):
        html.append(_highlighted(text, at, start, highlights, markers))
        cells = [(header, _cell_spans(text, a, b)) for a, b, header in rows]
        # a marker on a pipe or a line break goes before the table
        html += [mark for offset, mark in sorted(markers.items()) if start <= offset < end
                 and not any(a <= offset < b for _, spans in cells for a, b in spans)]
        html.append(_table(text, cells, highlights, markers))
        at = end
    html.append(_highlighted(text, at, len(text), highlights, markers))
    return "".join(html)


def _tables(text: str) -> list[tuple[int, int, list[tuple[int, int, bool]]]]:
    """Each run of two table rows or more in `text` (index/tables.py `table_rows`, outside fenced code; each written
    whole, ROW_LINE), of one shape: [start, end) of what it replaces, a blank line's breaks before and after it included
    (a table is a block of its own), and its rows, [start, end) and whether a header (the row over a delimiter row)."""
    runs, run = [], []
    for start, end in [*table_rows(text), (None, None)]:
        if run and (start is None or not re.fullmatch(r"\r?\n|\r", text[run[-1][1]:start])):  # the run ends before it
            rows = [(a, b, TABLE_DELIMITER_ROW.fullmatch(text, c, d) is not None)
                    for (a, b), (c, d) in zip(run, [*run[1:], (0, 0)]) if not TABLE_DELIMITER_ROW.fullmatch(text, a, b)]
            # of one shape: a cell's "\|", read as "|", had made a row of another (the session's review)
            if len(run) >= 2 and rows and len({len(CELL_BOUNDARY.findall(text, a, b)) for a, b, _ in rows}) == 1:
                first, last = run[0][0], run[-1][1]
                before = re.search(r"(?:\r?\n){1,2}$", text[max(first - 4, 0):first])
                after = re.match(r"(?:\r?\n){1,2}", text[last:last + 4])
                runs.append((first - (len(before.group()) if before else 0), last + (after.end() if after else 0), rows))
            run = []
        if start is not None and ROW_LINE.fullmatch(text, start, end):
            run.append((start, end))
    return runs


def _table(text: str, rows: list[tuple[bool, list[tuple[int, int]]]], highlights: Sequence[Highlight],
           markers: dict[int, str]) -> str:
    """Rows (whether a header, its cells' [start, end)) of `text` as an HTML table, each cell's text escaped and
    highlighted at its own offsets."""
    html = ['<table class="qa-table">']
    for header, spans in rows:
        tag = "th" if header else "td"
        cells = (f"<{tag}>{_highlighted(text, a, b, highlights, markers)}</{tag}>" for a, b in spans)
        html.append(f"<tr>{''.join(cells)}</tr>")
    return "".join(html) + "</table>"


def _cell_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of each cell's text in the row text[start:end], without the spaces around it."""
    bounds = [match.start() for match in CELL_BOUNDARY.finditer(text, start, end)]
    spans = []
    for a, b in zip(bounds, bounds[1:]):
        a += 1
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        spans.append((a, b))
    return spans


def _highlighted(text: str, start: int, end: int, highlights: Sequence[Highlight], markers: dict[int, str]) -> str:
    """text[start:end] escaped, with the parts of `highlights` within it wrapped and `markers` put before theirs."""
    if start >= end:
        return ""
    inside = [Highlight(max(h.start, start) - start, min(h.end, end) - start, h.tag, h.css_class)
              for h in highlights if h.start < end and start < h.end or h.start == h.end and start <= h.start < end]
    return _plain_highlighted(text[start:end], inside, {at - start: mark for at, mark in markers.items() if start <= at < end})


def _plain_highlighted(text: str, highlights: Sequence[Highlight], markers: dict[int, str]) -> str:
    """`highlight` of a text without tables."""
    cuts = sorted({0, len(text), *(h.start for h in highlights), *(h.end for h in highlights),
                   *(offset for offset in markers if 0 < offset < len(text))})
    runs: list[tuple[Highlight | None, int, int]] = []  # neighbouring pieces under the same highlight merged
    for start, end in zip(cuts, cuts[1:]):
        covering = next((h for h in highlights if h.start <= start and end <= h.end), None)
        if runs and runs[-1][0] is covering and start not in markers:
            runs[-1] = (covering, runs[-1][1], end)
        else:
            runs.append((covering, start, end))
    return "".join(markers.get(a, "") + (h.wrap(escape_text(text[a:b])) if h else escape_text(text[a:b]))
                   for h, a, b in runs)


def confidence_label(probability: float) -> str:
    """Words first, the number after: "high confidence (91%)"."""
    level = "high" if probability >= 0.8 else "medium" if probability >= 0.5 else "low"
    return f"{level} confidence ({probability:.0%})"


# How an article's [start, end) reads (source, start, end → text): a Markdown article's without its markup,
# as its answers are shown ("$1,500 to $2,500"), so that the passages and the article view mark the same.
ReadAs = Callable[[str, int, int], str]
# The header rows (as they read, a line end after them; "" for none) of the table a passage of an article starts inside
# of, at that offset: `Assistant.table_header_over`.
HeaderOver = Callable[[str, int], str]


def shown_text(read_as: ReadAs, source: str, start: int, end: int, cuts: Sequence[int]) -> tuple[str, dict[int, int]]:
    """source[start:end] as it reads, and where in it each of the offsets `cuts` (within [start, end]) falls."""
    bounds = sorted({start, end, *(cut for cut in cuts if start < cut < end)})
    pieces, shown_at = [], {start: 0}
    for a, b in zip(bounds, bounds[1:]):
        pieces.append(read_as(source, a, b))
        shown_at[b] = shown_at[a] + len(pieces[-1])
    return "".join(pieces), shown_at


def render_passage(citation: Citation, read_as: ReadAs | None = None, header_over: HeaderOver | None = None) -> str:
    """The passage's text (as it reads, given `read_as`) with the answer marked inside it, when it holds the answer; under
    its table's header rows where it starts inside a table (given `header_over`), so that its cells read labelled."""
    answered = citation.answer_start is not None and citation.answer_end is not None
    header = header_over(citation.source, citation.start) if header_over else ""
    if read_as is None:
        text, marked = citation.text, (citation.answer_start, citation.answer_end) if answered else None
    else:
        answer = (citation.start + citation.answer_start, citation.start + citation.answer_end) if answered else ()
        text, shown_at = shown_text(read_as, citation.source, citation.start, citation.end, answer)
        marked = (shown_at[answer[0]], shown_at[answer[1]]) if answered else None
    return highlight(header + text, [Highlight(marked[0] + len(header), marked[1] + len(header))] if marked else [])


@dataclass(frozen=True)
class Panel:
    """A collapsible part of a reply: a title line and its body, both Markdown/HTML."""

    title: str
    body: str


@dataclass(frozen=True)
class Reply:
    """One chat reply: the main message, then its passages as panels."""

    text: str
    panels: list[Panel] = field(default_factory=list)
# The most characters of the answers given before named again in "no other answer than …".
GIVEN_NAMED_CHARS = 300


def render_reply(answer: Answer, articles_searched: int = 1, understood_as: str | None = None,
                 unresolved: Sequence[str] = (), asked_before: bool = False, context: str | None = None,
                 context_answered: bool = False, shown_answer: str | None = None, given: Sequence[str] = (),
                 read_as: ReadAs | None = None, context_read_with: str | None = None, unmentioned: Sequence[str] = (),
                 read_to_end: bool = False, unticked: Sequence[str] = (), header_over: HeaderOver | None = None) -> Reply:
    """The answer in bold with its confidence and article, or a plain "doesn't say"; cited (or
    closest) passages as panels. `understood_as` is shown when a follow-up was rewritten, `context`
    (the previous question, `context_answered` when it was answered; `context_read_with`, the question
    that one was read with in turn) when it was read with the
    previous turn ("Where?", or rewritten and still read with it: "When did he say that?"), and
    `unresolved` names the words that refer back to nothing: to no question, or (`asked_before`)
    to no person the questions before named. `shown_answer`: the answer as its article reads, when
    that is not its text as written (a Markdown article's, without markup). `given`: the answers a
    question for another ("Who else?") was not to give again, named where it found no other. `read_as`:
    how passages read (see `ReadAs`), by default as written. `unmentioned`: numbers and names the question gives that the
    articles never do, said where it is refused (`Assistant.not_mentioned`). `read_to_end`: "Tell me more" read on to
    the article's end, which is said instead of how sure it is of no answer. `unticked`: the articles loaded but not asked,
    named beside a refusal (a chat user's answer was in one, and nothing said so). `header_over`: the header rows shown
    over a passage starting inside a table (`render_passage`)."""
    lines = [f"*Understood as: {escape_text(understood_as)}*"] if understood_as else []
    with_context = bool(context)  # also beside a rewrite: the reply says all that was asked
    if with_context:
        # "Who else?" alone says nothing of what was asked: so is said what it was read with.
        before = f" (itself read with “{escape_text(context_read_with)}”)" if context_read_with else ""
        lines.append(f"*Read with the previous question, “{escape_text(context)}”{before}{', and its answer' if context_answered else ''}.*")
    if unresolved:
        words = " and ".join(f"“{escape_text(word)}”" for word in dict.fromkeys(unresolved))
        nothing = f"No one was named before for {words} to stand for" if asked_before else \
            f"Nothing was asked before for {words} to refer back to"
        lines.append(f"*{nothing}{'' if with_context else ', so the question was read as written'}.*")
    if answer.answered:
        lines.append(f"**{escape_text(shown_answer or answer.text)}**")
        lines.append(f"{confidence_label(answer.score)} · from {escape_text(located(answer.source or '', answer.page))}")
        kind = None  # by passage: one holding the answer is cited, the others were retrieved beside it
    else:
        if given:
            texts = list(dict.fromkeys(given))
            # Statements or paragraphs given before ("What else?" after a summary) are not all said again.
            short = sum(map(len, texts)) <= GIVEN_NAMED_CHARS
            named = " or ".join(f"“{escape_text(text)}”" for text in texts) if short else "those given before"
            lines.append(f"{'The article gives' if articles_searched <= 1 else 'The articles give'} no other answer than {named}.")
        else:
            lines.append(no_answer_message(answer.question, articles_searched, unmentioned, read_to_end))
        if asks_for_opening(answer.question) or read_to_end:  # not a reading that found nothing: no odds of it
            lines.append("The closest passages are below.")
        else:
            # As an answer's line says how sure it is, in the same words: here of the article not saying. Refused as
            # less likely than no answer, where the rest is spread over spans none of which stands out: "Low confidence
            # (38%) that they don't" had read as a reason to answer (the chat user's).
            not_saying = "it doesn't" if articles_searched <= 1 else "they don't"
            nap = answer.no_answer_probability
            lines.append(f"{confidence_label(nap).capitalize()} that {not_saying} · " if nap >= 0.5 else
                         f"No answer stands out: {nap:.0%} that {not_saying}, the rest spread over several spans · ")
            lines[-1] += "the closest passages are below."
        if unticked and not (given or read_to_end):
            lines.append(f"*Only the ticked articles were asked: {unticked_named(unticked)} "
                         f"{'is' if len(unticked) == 1 else 'are'} loaded but unticked.*")
        kind = "Closest passage"
    panels = [Panel(f"{kind or ('Cited passage' if c.answer_start is not None else 'Related passage')} {number} · "
                    f"{escape_text(located(c.source, c.page, c.last_page))}", render_passage(c, read_as, header_over))
              for number, c in enumerate(answer.citations, 1)]
    return Reply("\n\n".join(lines), panels)


UNTICKED_NAMED = 3  # the most unticked articles a refusal names


def unticked_named(names: Sequence[str]) -> str:
    """The articles left unticked, as a refusal names them: the first UNTICKED_NAMED, and how many more."""
    named = ", ".join(escape_text(name) for name in names[:UNTICKED_NAMED])
    more = len(names) - UNTICKED_NAMED
    return f"{named} and {more} more" if more > 0 else named


def render_article(name: str, text: str, answer: Answer | None = None, page_starts: Sequence[int] = (),
                   read_as: ReadAs | None = None) -> str:
    """The whole article as HTML (as it reads, given `read_as`): the answer marked at its offsets, the
    passages it cites shaded, and for an article with pages (a PDF) a line where each page starts."""
    highlights = []
    if answer is not None:
        if answer.answered and answer.source == name and answer.start is not None and answer.end is not None:
            highlights.append(Highlight(answer.start, answer.end, css_class="qa-answer"))
        highlights += [Highlight(c.start, c.end, "span", "qa-passage") for c in answer.citations if c.source == name]
    if read_as is not None:
        text, shown_at = shown_text(read_as, name, 0, len(text), [at for h in highlights for at in (h.start, h.end)])
        highlights = [Highlight(shown_at[h.start], shown_at[h.end], h.tag, h.css_class) for h in highlights]
    title = escape_text(name)
    # A region named after the article, that a keyboard can focus to scroll (not every browser lets it otherwise).
    return (f'<div class="qa-article" role="region" aria-label="{title}" tabindex="0"><h3>{title}</h3>'
            f'<div class="qa-article-text">{highlight(text, highlights, page_markers(page_starts))}</div></div>')


def page_markers(page_starts: Sequence[int]) -> dict[int, str]:
    """Where each page starts, as markup; of pages that start at one place (pages without text
    before a page with some), the last one is named, as answers name it."""
    return {start: f'<span class="qa-page">page {number}</span>' for number, start in enumerate(page_starts, 1)}


def render_left_of_each(question: str, lacking: Sequence[str], unasked: int) -> str:
    """What a reply of each article's lead or title leaves out (qa/answer.py `left_out_message`), the names escaped."""
    return left_out_message(question, [escape_text(name) for name in lacking], unasked)


def render_error(message: str) -> str:
    """A problem the user can fix (bad question, bad upload), as a chat or status message."""
    return f"⚠️ {escape_text(message)}"
