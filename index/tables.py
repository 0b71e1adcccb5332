"""Markdown tables in an article's text, as what reads or searches a passage sees them: each body
cell under the table's header named by its column, and in a table of three columns or more by its
row's label too (`_label_column`), "| City: Porto | Porto, Revenue: 2.9 | Porto, Staff: 75 |", so that the
reader tells Porto's revenue from Lisbon's and from Porto's staff: with the column's name alone, the
reader gave a row's other number or the row above's (on 54 questions about three tables with many
columns, answerable F1 23.5; with the row's label, 64.2). A span of nothing but a row's label put
before a cell is the label's own cell ("Which type has a 25-year warranty?"). Word and HTML tables under
a header row are written as Markdown tables too (index/word.py, index/webpage.py). An article's text
is what answers' and chunks' offsets point into (for a Markdown or plain text article, the file as
written), so the names go only into the view of a passage (`table_view`), with a map from each of
its characters back to the passage: no answer can then hold a column's name ("Opens: 09:00"). A Markdown
article's inline markup is left out of the view the same way (index/markup.py; a column's name is
without it too), so that no answer starts or ends in it. Nothing else changes: the header and delimiter
lines stay (a question may ask what a column holds, "Price (euros)"; on 62 questions about 10 tables,
leaving them out answered none more), and a passage without table rows is seen as it is.

Tables are found by markdown-it (GitHub's table rules: a header row, then a delimiter row such as
"|---|:--:|" with as many cells; lines of pipes without one are no table), in the whole article,
so that a passage a chunk boundary starts inside a table still knows the table's header. Which lines
of a passage are table rows at all (`table_rows`: those, and lines written "| a | b |" outside code
fences) tells the span decoder (qa/spans.py) where a "|" is a cell boundary that no answer crosses.
Fenced code blocks are found in the whole article too: a passage that starts inside one holds its
closing fence but not its opening one, and read alone would take the closing fence for an opening
one, the rows after it for code and the code before it for rows; so its view opens with the block's
opening line, as a column name is put in: seen by the reader, never part of an answer."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from markdown_it import MarkdownIt

from index.admonitions import bodies_unindented, marker_readings
from index.front_matter import front_matter
from index.headings import FENCE as FENCE_LINE, LETTER, MARKDOWN_HEADING, heading_before, heading_path
from index.latex import math_readings, math_spans
from index.markup import (ATTRIBUTE_VALUE, CELL_BOUNDARY, CODE_SPAN, COMMENT_TAG, GRID_BORDER, ROW_LINE, TAG_NAMES, entities, inline_markup, non_overlapping,
                          read_pieces, text_less)
from index.pages import page_furniture
from index.quotes import quote_marks
from index.subtitles import cue_furniture
from index.rules import long_rules
from index.spaced_tables import SpacedTable, is_figure, spaced_tables
from index.tab_tables import tab_tables
from index.wrapping import ITEM_MARK, SENTENCE_END, runs_on_as_prose

MARKDOWN = MarkdownIt("commonmark").enable("table")
MARKDOWN.parse("")  # builds its rule lists now: the first parse builds them unguarded, and another thread could meet them half-built
LINE_BREAK = re.compile(r"\r\n?|\n")  # markdown-it's own: its line numbers count these
# A passage may start or end inside a row: its first line is a row's end if it ends as a row does
# ("million euros | Staff: 120 |"), its last a row's start if it starts as one does ("| Porto | 2.9").
YEARS = re.compile(r"(?:1[89]|20)\d\d(?:\s*[–/-]\s*(?:(?:1[89]|20)\d\d|\d\d))?")  # "2023", "2022–23", "2019/2020"
# A line's label before its colon, then a value ("Instructor: Dr. Lucía Ferreira-Okafor"), the label of LABEL_WORDS
# words at most: a longer run before a colon is a sentence's (index/labels.py).
LABEL_LINE = re.compile(r"[ \t]*([^\W\d_][^:\n]*?)[ \t]*:[ \t]+\S[^\n]*")
LABEL_WORDS = 5
LINE = re.compile(r"[^\n]*")
# What the reader reads at the end of a field's line, before the next (`_field_ends`): its tokenizer drops line ends, so
# a form's "Policy number: HH-2219-00871" then "Email: g.pryceowen@…" were one run of words, and the e-mail was
# answered with the policy number (a claim form's 12 fields: 7 answered right, 9 with it; audits r20–r23, 836 questions:
# F1 67.4 -> 67.9, eight sets up by 0.7 to 3.2, one down by 3.2).
FIELD_END = ";"
# A list item's bullet or number, before a field in the item ("- Annual leave: 27 days plus bank holidays").
ITEM_BULLET = re.compile(r"[ \t]*(?:[-*+•▪‣◦]|\d{1,3}[.)])[ \t]+")
# A label in Markdown's emphasis, its colon inside or after the marks: "**Annual leave:** 27 days", "_Payday_: 25th".
EMPHASIZED_LABEL = re.compile(r"[ \t]*(\*\*|__|\*|_)([^\W\d_][^:\n*_]*?)[ \t]*(?::\1|\1[ \t]*:)[ \t]+\S[^\n]*")
# The longest field's line: a longer one is a paragraph's, not looked through from its start for each passage (a 2 MB
# text of one line would have taken 85 s more to index).
FIELD_CHARS = 300
# A band of figures a row is of beside its group's name: "| Junior | 12–17 |" above "| Junior | Under 12 |" of a golf club's
# fees (bench/unseen26, written blind: the table had been read with no row labelled)
FIGURES_BAND = re.compile(r"\d+(?:\s*[–-]\s*\d+|\s*\+)")
ROW_LABEL_WORDS = 8  # the most words of a row's label that each of its other cells is named with
# The fewest rows of a table whose later column's words name them (`_key_column`): in fewer, a column of statuses ("Up",
# "Flat", "Down") is often all different by chance.
KEY_ROWS = 4
KEY_WORDS = 12  # the most words of a cell in a column of keys: a programme's session titles
REPEATED_KEY_WORDS = 2  # the most words of a key said in several rows ("Break")
ROW_END = re.compile(r".*(?<!\\)\|.*(?<!\\)\|[ \t]*")
ROW_START = re.compile(r"[ \t]*\|.*(?<!\\)\|.*")
# What a Markdown table's delimiter row, "|---|:--:|", is made of (after any ">" or indent that puts it
# in a block quote or a list; a one-column table's may have no "|": ":-" under "a |"): only a text
# with such a line, or a fence (FENCE), is given to markdown-it.
DELIMITER_ROW = re.compile(r"(?=[^-]*-)[ \t>|:-]*")
# What opens or closes a fenced code block, whose lines are code, not table rows: a text holding one
# is given to markdown-it too, which tells where the block is.
FENCE = re.compile(r"```|~~~")
# An HTML block shown as written: a script, a style sheet or preformatted text. In others (a README's centred
# logo, a <details> panel) the tags are markup, as inline HTML's are, their text as written (no Markdown is read in
# an HTML block): read whole as written, "<details>", "<summary>" and '<p align="center"><img src=…>' had been what the
# reader read.
RAW_HTML = re.compile(r"\s*<(?:script|style|pre|textarea)", re.IGNORECASE)
# A list item's bullet, after its indent; not one opening a fence or a table row, which a Markdown view is read for.
BULLET = re.compile(r"^[ \t]*([-*•][ \t]+)(?=[^\s`~|])", re.MULTILINE)
COMMENT = re.compile(r"\s*(?:<!--(?:(?!-->).)*-->\s*)+", re.DOTALL)  # an HTML block of comments alone, which shows nothing
# A tag in an HTML block: of inline markup (HTML_TAG's), or of the block's structure, headings, lists,
# tables and quotes (an r13 audit's lecture notes had read "<h3>" and "<tr><td>"); attributes may have no
# value ("<details open>"), as nothing in an HTML block is prose.
BLOCK_TAG_NAMES = ("h[1-6]|ul|ol|li|dl|dt|dd|table|caption|thead|tbody|tfoot|tr|td|th|colgroup|col|blockquote|hr|br|"
                   "header|footer|nav|article|aside|main|p|div|section|figure|figcaption|details|summary|center")
HTML_BLOCK_TAG = re.compile(rf"</?(?:(?:{BLOCK_TAG_NAMES})|({TAG_NAMES}))(?:\s+[A-Za-z_:][\w.:-]{{0,60}}(?:{ATTRIBUTE_VALUE})?){{0,30}}\s*/?>"
                            rf"|({COMMENT_TAG})", re.IGNORECASE | re.DOTALL)
# Articles whose tables are remembered between questions: each is parsed once, not once for every
# passage read (a 3 MB article takes about 0.25 s).
ARTICLES_KEPT = 32
# Passages whose table rows are remembered: the span decoder asks of each of a question's passages
# for every span it weighs that holds a "|".
PASSAGES_KEPT = 64


@dataclass(frozen=True)
class TableView:
    """A passage as it is read and searched: `text`, and for each of its characters the passage offset
    it was taken from (None for an inserted column name; below 0 for the words of a heading over the passage)."""

    text: str
    origins: tuple[int | None, ...]
    ends: tuple[int | None, ...]  # where in the passage each character's source ends: an entity's end for its character
    # For each character of a row's label put before a cell's column name, the passage's [start, end)
    # of the label's own cell (None elsewhere, and for a label whose cell the passage does not hold).
    labels: tuple[tuple[int, int] | None, ...]
    # The passage's [start, end) of each piece of a Markdown article's inline markup left out, with what
    # pairs it: its marks ("**", "`"), or "[" and "]" for a link's opening and the rest.
    marks: tuple[tuple[int, int, str], ...] = ()
    # For each character of a column's name put before a cell, the passage's [start, end) of its header cell
    # (`header_cell`: before the passage's start where it does not hold it; None elsewhere).
    headers: tuple[tuple[int, int] | None, ...] = ()

    def passage_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The passage's [start, end) for text[start:end], less column names at its edges, and with
        the partner of markup it holds left open when the partner is just beside it ("`/etc/b2.env`",
        not "`/etc/b2.env"); for a span of nothing but names, the row label's own cell
        ("Microinverter" read before "Warranty: 25 years" is the row's "Microinverter", and a column's name its header
        cell, "Nordvik Pro 15"), else None."""
        if self.names_only(start, end):
            cells = {self.labels[at] for at in range(start, end) if self.labels[at]} \
                or {self.headers[at] for at in range(start, end) if self.headers[at]}
            return cells.pop() if len(cells) == 1 else None
        while start < end and self.origins[start] is None:
            start += 1
        while end > start and self.origins[end - 1] is None:
            end -= 1
        if start < end and self.origins[start] < 0 and self.origins[start:end] != tuple(range(self.origins[start], self.origins[start] + end - start)):
            return None  # a heading's words and what follows them, which are far apart in the article
        return self._with_partners(self.origins[start], self.ends[end - 1]) if start < end else None

    def names_only(self, start: int, end: int) -> bool:
        """Whether text[start:end] is nothing but what was put in: a column's name, a row's label before it, headings."""
        return all(origin is None for origin in self.origins[start:end])

    def _with_partners(self, start: int, end: int) -> tuple[int, int]:
        inside = [pair for a, b, pair in self.marks if start <= a and b <= end]
        for opening, closing in [*((pair, pair) for pair in set(inside) - {"[", "]"}), ("[", "]")]:
            open_left = inside.count(opening) - inside.count(closing) if opening != closing else inside.count(opening) % 2
            if open_left > 0:
                end = next((b for a, b, pair in self.marks if a == end and pair == closing), end)
            if open_left > 0 and opening == closing or open_left < 0:
                start = next((a for a, b, pair in self.marks if b == start and pair == opening), start)
        return start, end


def table_view(article_text: str, start: int, end: int, markdown: bool = False, under_heading: bool = False,
               marked_headings: frozenset[str] = frozenset(), with_title: bool = False, subject: str | None = None) -> TableView:
    """How article_text[start:end] is read and searched (see the module's docstring); a `markdown`
    article's without its inline markup (index/markup.py); `under_heading`, after the heading it falls under
    (index/headings.py, with the lines its document `marked_headings`), which it does not hold itself, and `with_title`
    after the article's title too: as it is searched, and read where the question names them (qa/assistant.py); after a
    `subject` line of the document's given first (qa/subject_lines.py)."""
    markup = _article_markup(article_text)
    names = markup.names
    first, last = bisect.bisect_left(names, (start,)), bisect.bisect_left(names, (end,))
    left_out, decoded = _markup_within(article_text, start, end) if markdown else ([], ())
    marks = tuple((max(a, start) - start, min(b, end) - start, pair) for a, b in left_out
                  if (pair := _pairing(article_text[a:b])))
    # a rule's marks unread (index/rules.py), and a text's page furniture (index/pages.py), subtitles' (index/subtitles.py)
    # and an e-mail's quote marks (index/quotes.py; a Markdown article's are its markup)
    left_out = sorted([*left_out, *long_rules(article_text, start, end), *page_furniture(article_text, start, end),
                       *cue_furniture(article_text, start, end), *([] if markdown else quote_marks(article_text, start, end))])
    # A list item's bullet read as a mark the tokenizer drops, which still opens an item where an answer may not run on
    # into (qa/spans.py's crosses_lines): "- Serves: 6" and "- 500 ml stock" had been refused, the reader having
    # learnt from prose without bullets (r12–r16 audits: answerable F1 up on four sets, the changelog's 72.0 → 81.1).
    # From the line's start: a passage may start at an indented item's bullet, after its indent. Not in code (fenced, or
    # in a Markdown article indented too), where "- name: tail" is a YAML list's item as written (an r23 audit's blog
    # post had read "\u200bname: tail"); a text file's indented lines are more often a list's than code.
    line_start = article_text.rfind("\n", 0, start) + 1
    code = [block for block in markup.code if block not in markup.html_blocks] if markdown else \
        [(code_start, code_end) for _, code_start, code_end in markup.fences]
    bullets = [(match.start(1), match.end(1), ITEM_MARK) for match in BULLET.finditer(article_text, line_start, end)
               if match.start(1) >= start and not _inside_any(match.start(1), [*left_out, *code])
               and not any(a < match.end(1) and match.start(1) < b for a, b, _ in decoded)]
    decoded = tuple(sorted([*decoded, *bullets]))
    # The headings' words are the article's where it writes them so: an answer may be one ("Which version fixed the
    # crash?" of a changelog's "## 4.2.0 — 2025-11-18" over its "### Fixed" item), at offsets before the passage's.
    lines = [(None, subject)] * bool(subject) + list(heading_path(article_text, start, marked_headings, with_title, end) if under_heading else ())
    pieces, origins, ends = [], [], []
    for at, line in lines:
        pieces.append(f"{line}\n")
        origins.extend([None] * (len(line) + 1) if at is None else [*range(at - start, at - start + len(line)), None])
        ends.extend([None] * (len(line) + 1) if at is None else [*range(at - start + 1, at - start + len(line) + 1), None])
    pieces.append(_opening_fence(article_text, start))
    origins.extend([None] * len(pieces[-1]))
    ends.extend([None] * len(pieces[-1]))
    labels = [None] * len(origins)
    headers = [None] * len(origins)

    def keep(a: int, b: int) -> None:  # article_text[a:b], less the markup left out, its entities decoded
        for piece, piece_start, entity_end in read_pieces(article_text, a, b, left_out, decoded):
            pieces.append(piece)
            if entity_end is None:
                origins.extend(range(piece_start - start, piece_start - start + len(piece)))
                ends.extend(range(piece_start - start + 1, piece_start - start + len(piece) + 1))
            else:
                origins.extend([piece_start - start] * len(piece))
                ends.extend([entity_end - start] * len(piece))
            labels.extend([None] * len(piece))
            headers.extend([None] * len(piece))

    at = start
    # Column names before cells, and a FIELD_END at each field's line end (its row False: put in as it is), in text order;
    # none in code, read as written.
    # (a Markdown article's table set out in spaces in an indented code block is code: index/spaced_tables.py's tables are
    # told in any text, where markdown-it takes a text file's table indented four spaces for code)
    named = [name for name in names[first:last] if not (markdown and _inside_any(name[0], code))]
    # A code block that its list item's or block quote's end closes is closed in a view by a fence of its own: read alone,
    # the view may hold the block's opening line but not the item's, and the block would run on past its end.
    closings = [(block_end, closing, False) for block_end, closing in markup.unclosed if start < block_end < end]
    inserts = sorted([*named, *closings, *((line_end, FIELD_END, False) for line_end in _field_ends(article_text, start, end)
                                           if not _inside_any(line_end - 1, code))],
                     key=lambda insert: insert[0])
    for cell_start, name, row in inserts:
        keep(at, cell_start)
        at = cell_start
        if row is False:  # a piece put in as it is
            pieces.append(name)
            origins.extend([None] * len(name))
            ends.extend([None] * len(name))
            labels.extend([None] * len(name))
            headers.extend([None] * len(name))
            continue
        label = f"{row[0]}, " if row else ""
        cell = (row[1] - start, row[2] - start) if row and start <= row[1] and row[2] <= end else None
        header = header_cell(article_text, cell_start, name)
        pieces.append(f"{label}{name}: ")
        origins.extend([None] * len(pieces[-1]))
        ends.extend([None] * len(pieces[-1]))
        labels.extend([cell] * len(label) + [None] * (len(pieces[-1]) - len(label)))
        headers.extend([None] * len(label) + [header and (header[0] - start, header[1] - start)] * len(name) + [None, None])
    keep(at, end)
    return TableView("".join(pieces), tuple(origins), tuple(ends), tuple(labels), marks, tuple(headers))


def header_cell(article_text: str, at: int, name: str) -> tuple[int, int] | None:
    """[start, end) of the header cell naming the Markdown table column of the body cell at article_text[at], where it is
    written as its `name` is read; else None. A column may be what a question asks for ("Which laptop has an SD card
    reader?" of a comparison's column a laptop, whose header a passage starting lower in the table does not hold: a set
    written blind, session 54)."""
    table = _table_holding(article_text, at)
    if table is None:
        return None
    header, row = _line_cells(article_text, table[0]), _line_cells(article_text, line_start(article_text, at))
    column = next((number for number, (a, _) in enumerate(row) if a == at), None)
    if column is None or column >= len(header) or article_text[slice(*header[column])] != name:
        return None
    return header[column]


@lru_cache(maxsize=4096)
def _line_cells(article_text: str, start: int) -> tuple[tuple[int, int], ...]:
    """`_cells` of the table row line starting at article_text[start], split once: `header_cell` asks for a row's and
    its header's for each of its cells (a table of 300 columns had been split again for every cell)."""
    return tuple(_cells(article_text, start, line_end(article_text, start)))


def _field_ends(text: str, start: int, end: int) -> list[int]:
    """Where each line of a label and its value ("Telephone: 07700 900412", `field_label`), or a list item of one, within
    [start, end) ends, but one ending a sentence or the passage, amid hard-wrapped prose, or whose value runs on into an
    indented line under it: a FIELD_END is read there."""
    window = max(start - FIELD_CHARS, 0)
    newline = text.rfind("\n", window, start)
    if newline == -1 and window:  # the passage starts inside a line longer than a field's: from the next line on
        newline = text.find("\n", start, end)
        if newline == -1:
            return []
    ends = []
    for line in LINE.finditer(text, newline + 1, end):
        label = field_label(line.group()) if len(line.group()) <= FIELD_CHARS else None
        if label is not None and not SENTENCE_END.search(line.group().rstrip()) and start <= line.end() < end - 1 \
                and not runs_on_as_prose(text, line.start(), line.end()):
            ends.append(line.start() + len(line.group().rstrip("\r")))  # before a Windows line end's "\r" too
    return ends


def field_label(line: str, most_words: int = LABEL_WORDS) -> str | None:
    """The label of a line of a label and its value (LABEL_LINE, of `most_words` words at most), or of a list item of one,
    its label maybe in emphasis ("- **Annual leave:** 27 days"); None for any other line."""
    item = ITEM_BULLET.match(line)
    at = item.end() if item else 0
    plain = LABEL_LINE.fullmatch(line, at)
    label = plain.group(1) if plain else (emphasized.group(2) if (emphasized := EMPHASIZED_LABEL.fullmatch(line, at)) else None)
    return label if label is not None and len(label.split()) <= most_words else None


def _inside_any(at: int, ranges) -> bool:
    return any(a <= at < b for a, b in ranges)


def _pairing(markup: str) -> str | None:
    """What pairs a piece of inline markup (see `TableView.marks`): its marks for emphasis, struck-out
    text or code; "[" for a link's opening, "]" for its rest ("](https://…)"); None for markup of no pair."""
    if markup and not markup.strip("*_~`"):
        return markup
    return "[" if markup in ("[", "![") else "]" if markup.startswith("]") else None


ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")  # CommonMark's: a backslash before ASCII punctuation


def text_as_read(article_text: str, start: int, end: int, markdown: bool) -> str:
    """article_text[start:end] as a person reads it, without a `markdown` article's inline markup and its headings'
    marks, or a plain text e-mail's quote marks: how an answer, a passage and an article are shown ("deputy foreign
    minister** of Nigeria" is one as written; an article shown as "# Harbour Festival", its "**" left out, had read
    oddly: chat audit, session 38). The reader reads the marks of headings (`table_view`): they tell a heading's
    line from a paragraph's."""
    if not markdown:
        return text_less(article_text, start, end, quote_marks(article_text, start, end))
    left_out, decoded = _markup_within(article_text, start, end)
    return text_less(article_text, start, end, sorted([*left_out, *_heading_marks(article_text, start, end),
                                                       *_fences_without_code(article_text, start, end),
                                                       *_escapes(article_text, start, end)]), decoded)


def _escapes(article_text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The backslashes in [start, end) of a Markdown article that escape the punctuation after them ("Project\\_Falcon",
    "Tom \\| Reed"), outside code and other markup: shown and scored, an answer had kept them (a review's). The reader
    reads them as written, a table's "\\|" its cell's text, not a border."""
    found = _article_escapes(article_text)
    return [(at, at + 1) for at in found[bisect.bisect_left(found, start):bisect.bisect_left(found, end)]]


@lru_cache(maxsize=ARTICLES_KEPT)
def _article_escapes(text: str) -> tuple[int, ...]:
    """Where each of a Markdown article's escaping backslashes is (`_escapes`), found once: looked up for every span shown,
    it had made showing a 130 KB article take 0.9 s (the session's code review)."""
    spans = [match.span() for match in CODE_SPAN.finditer(text)]
    outside = _merged(sorted([*_article_markup(text).code, *_markup(text)[0], *spans]))
    starts = [a for a, _ in outside]
    return tuple(at for at in (escape.start() for escape in ESCAPE.finditer(text))
                 if not ((k := bisect.bisect_right(starts, at) - 1) >= 0 and at < outside[k][1]))


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ranges, those that overlap or touch as one."""
    merged: list[tuple[int, int]] = []
    for a, b in ranges:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _fences_without_code(article_text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The fence lines in [start, end) of a Markdown article's code blocks none of whose code is there: a passage
    that starts at a block's closing "```" (a documents audit's) or ends on its opening "```python" line shows a fence
    that fences nothing. Not a piece that ends at the code's start, with the opening line's break, nor one that starts
    at the line break before the closing fence: those are what comes before and after an answer that is the code's
    first or last line, shown in pieces round it (ui/render.py, `qa ask`), where the fences fence it."""
    fences = []
    for opening, code, block_end in _article_markup(article_text).fences:
        closing = article_text.rfind("\n", 0, block_end - 1) + 1  # its last line: a fence, where the block is closed
        if closing > opening and FENCE_LINE.match(article_text, closing) and start >= closing and start < block_end:
            fences.append((start, block_end))
        if start <= opening < end < code:
            fences.append((opening, end))
    return fences


def _heading_marks(article_text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A Markdown article's ATX headings' opening marks, "## " (not in code), that reach into [start, end)."""
    code = _article_markup(article_text).code
    marks, at = [], article_text.rfind("\n", 0, start) + 1
    while at < end:  # whole lines, each read to its end: a piece ending after "#1"'s "#" had read it as a heading's
        line_end = article_text.find("\n", at)
        mark = MARKDOWN_HEADING.match(article_text[at:len(article_text) if line_end < 0 else line_end].rstrip("\r"))
        if mark and at + mark.end() > start and not _inside_any(at, code):
            marks.append((at, at + mark.end()))
        if line_end < 0:
            break
        at = line_end + 1
    return marks


def _markup_within(article_text: str, start: int, end: int) -> tuple[list[tuple[int, int]], tuple[tuple[int, int, str], ...]]:
    """The Markdown article's inline markup that reaches into [start, end), and its entities there, in text order."""
    markup, decoded = _markup(article_text)
    nearby = markup[max(bisect.bisect_left(markup, (start,)) - 1, 0):bisect.bisect_left(markup, (end,))]
    return [(a, b) for a, b in nearby if b > start], decoded[bisect.bisect_left(decoded, (start,)):bisect.bisect_left(decoded, (end,))]


@lru_cache(maxsize=ARTICLES_KEPT)
def _markup(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int, str], ...]]:
    """The inline markup of a Markdown article, outside its code and HTML blocks, and its HTML blocks' tags;
    its HTML entities outside code and markup (index/markup.py), with the HTML blocks' tags read as a space."""
    found = _article_markup(text)
    tags = [(a, b) for a, b, read_as in found.tags if not read_as]  # they lie in no other markup
    opening = front_matter(text)
    front_unread, keys = (opening.unread, opening.readings) if opening else ([], [])
    found = found._replace(code=tuple(sorted([*found.code, *([opening.span] if opening else [])])))  # no Markdown in it
    marker_unread, titles = marker_readings(text, found.code)
    maths = math_spans(text, found.code)
    on_a_line = tuple((a, d) for a, b, c, d in maths if not LINE_BREAK.search(text, a, d))
    display = tuple((a, d) for a, b, c, d in maths if LINE_BREAK.search(text, a, d))  # no Markdown read in them, as in code
    markup = tuple(sorted([*inline_markup(text, tuple(sorted([*found.code, *display])), found.tables, found.definitions, found.labels,
                                          on_a_line), *tags, *((a, b) for a, b, _, _ in maths), *((c, d) for _, _, c, d in maths),
                           *front_unread, *marker_unread]))
    spaces = [(a, b, read_as) for a, b, read_as in found.tags if read_as]
    code = tuple(block for block in found.code if block not in found.html_blocks)  # an HTML block's entities are read
    unread = sorted([*markup, *((a, b) for a, b, _ in spaces), *((b, c) for _, b, c, _ in maths)])  # LaTeX's "&" is no entity's
    return markup, tuple(sorted([*entities(text, code, non_overlapping(unread)), *spaces, *math_readings(text, maths), *keys, *titles]))


def column_names(text: str) -> tuple[tuple[int, str], ...]:
    """(where the cell's text starts, its column's name) for each non-empty cell of the body rows
    of the article's Markdown tables outside block quotes and lists, in text order."""
    return tuple((start, name) for start, name, _ in _article_markup(text).names)


class BodyCell(NamedTuple):
    """A Markdown table's body cell (`body_cell`), and what its table's other cells are named by."""

    column: str  # its column's name
    label: str | None  # its row's label: None for the label's own cell, or in a table without labels
    labels: tuple[str, ...]  # each row's label in its table, once
    columns: tuple[str, ...]  # the name of each of its table's columns of labelled cells, once
    rows: tuple[tuple[tuple[str, str], ...], ...]  # (column's name, text) of each labelled cell of each of its table's rows
    number: int  # its row's place in `rows`
    row_label: str | None  # its row's label, the label's own cell's too (None in a table without labels)

    @property
    def row(self) -> tuple[tuple[str, str], ...]:
        """(column's name, text) of each labelled cell of its row."""
        return self.rows[self.number]


class TableCells(NamedTuple):
    """A table's named body cells (`ArticleMarkup.names`), as `table_cells` finds them."""

    start: int
    end: int
    cells: tuple[tuple[int, int, str, str | None, int], ...]  # each cell's start, end of its text, column's name, row's label, row's number
    rows: tuple[tuple[tuple[str, str], ...], ...]  # each row's labelled cells' (column's name, text)
    labels: tuple[str, ...]  # its rows' labels, each once
    columns: tuple[str, ...]  # its columns' names of labelled cells, each once
    row_labels: tuple[str | None, ...]  # each row's label


CAPTION_CHARS = 200  # how far before a table the lines saying which it is are looked for
CAPTION_LINE_CHARS = 100  # a line saying which table it is ("Table 2: January to December 2023") is no longer


def caption(text: str, table: TableCells) -> str:
    """What says which table it is: the headings it falls under and the short lines of the three just before it
    ("## Branch activity, 2023", "Table 2: January to December 2023"; not a paragraph comparing it with last year's),
    a line each. An article's two tables of the same columns are told apart by them (qa/superlatives.py, qa/spans.py
    `named_cells`)."""
    lines = text[max(0, table.start - CAPTION_CHARS): table.start].splitlines()
    before = [line for line in lines[-3:] if line.strip() and len(line) <= CAPTION_LINE_CHARS]  # a paragraph is no caption
    return "\n".join([heading_before(text, table.start) or "", *before]).strip()


def body_cell(text: str, at: int) -> BodyCell | None:
    """The Markdown table body cell holding text[at] (`BodyCell`); None where text[at] is in none. Looked up in the cells
    of the article's tables worked out once (`table_cells`): it is asked of each span the reader weighs."""
    tables = table_cells(text)
    table = bisect.bisect_right(tables, at, key=lambda table: table.start) - 1
    if table < 0 or at >= tables[table].end:
        return None
    found = tables[table]
    holding = bisect.bisect_right(found.cells, at, key=lambda cell: cell[0]) - 1
    if holding < 0 or at >= found.cells[holding][1]:
        return None
    _, _, name, label, row = found.cells[holding]
    return BodyCell(name, label, found.labels, found.columns, found.rows, row, found.row_labels[row])


@lru_cache(maxsize=ARTICLES_KEPT)
def table_cells(text: str) -> tuple[TableCells, ...]:
    """The tables with named body cells (`ArticleMarkup.names`) in the article, in text order (`TableCells`)."""
    found = _article_markup(text)
    names, tables, spaced_ends = found.names, [], dict(found.spaced_cells)
    for start, end in found.tables:
        first = bisect.bisect_left(names, start, key=lambda cell: cell[0])
        last = bisect.bisect_left(names, end, key=lambda cell: cell[0])
        if first == last:
            continue
        cells, rows, row_end = [], [], -1
        for cell_start, name, label in names[first:last]:
            if cell_start > row_end:  # a row's first named cell
                row_end = line_end(text, cell_start)
                rows.append([])
            boundary = CELL_BOUNDARY.search(text, cell_start, row_end)
            cell_end = spaced_ends.get(cell_start, boundary.start() if boundary else row_end)  # a Markdown table's at a "|"
            while cell_end > cell_start + 1 and text[cell_end - 1].isspace():
                cell_end -= 1
            cells.append((cell_start, cell_end, name, label[0] if label else None, len(rows) - 1))
            if label:
                rows[-1].append((name, text[cell_start:cell_end]))
        row_labels = [None] * len(rows)
        for *_, label, row in cells:
            row_labels[row] = row_labels[row] or label
        tables.append(TableCells(start, end, tuple(cells), tuple(map(tuple, rows)),
                                 tuple(dict.fromkeys(cell[3] for cell in cells if cell[3] is not None)),
                                 tuple(dict.fromkeys(cell[2] for cell in cells if cell[3] is not None)), tuple(row_labels)))
    return tuple(tables)


@lru_cache(maxsize=256)
def labelled_by_first_two(text: str, table: TableCells) -> TableCells:
    """`table` with its rows labelled by their first two cells together ("Private lesson, 60 minutes"), where no column
    labels them (`_label_column`) and those two tell them apart: a kind said again down the first column beside what each
    row of it is (bench/unseen28, written blind: "How much is a 60-minute private lesson?" had been answered with a
    jumping clinic's price). As a question looks a row up (qa/spans.py `named_cells`), not as the reader reads the table:
    a fixture list's "Sat 2 May, 1st XI" had drawn another row's start time. Three columns or more, two rows; the first
    column's cells words, one said again; the second's each words or a band of figures, short; else `table` as it is."""
    if any(label is not None for label in table.row_labels):
        return table
    rows: dict[int, list[tuple[int, int, str]]] = {}
    for start, end, column, _, row in table.cells:
        rows.setdefault(row, []).append((start, end, column))
    cells = [sorted(row) for _, row in sorted(rows.items())]
    if len(cells) < 2 or min(map(len, cells)) < 3:
        return table
    firsts, seconds = ([" ".join(text[row[column][0]:row[column][1]].split()) for row in cells] for column in (0, 1))
    if not (all(LETTER.search(cell) for cell in firsts) and len(set(firsts)) < len(firsts)
            and all(LETTER.search(cell) or FIGURES_BAND.fullmatch(cell) for cell in seconds)
            and len(set(zip(firsts, seconds))) == len(cells)
            and all(len(first.split()) + len(second.split()) <= ROW_LABEL_WORDS for first, second in zip(firsts, seconds))):
        return table
    labels = [f"{first}, {second}" for first, second in zip(firsts, seconds)]
    named = tuple((start, end, column, None if place < 2 else labels[number], number)
                  for number, row in enumerate(cells) for place, (start, end, column) in enumerate(row))
    return TableCells(table.start, table.end, named,
                      tuple(tuple((column, text[start:end]) for start, end, column in row[2:]) for row in cells),
                      tuple(labels), tuple(dict.fromkeys(column for row in cells for _, _, column in row[2:])), tuple(labels))


def row_label_cell(text: str, at: int) -> tuple[int, int] | None:
    """[start, end) of the text of the table row label's cell that holds text[at], of a Markdown table or one set out in
    spaces (`ArticleMarkup.names`); None where text[at] is in none."""
    cells = _label_cells(text)
    holding = bisect.bisect_right(cells, at, key=lambda cell: cell[0]) - 1
    return cells[holding] if holding >= 0 and at < cells[holding][1] else None


@lru_cache(maxsize=ARTICLES_KEPT)
def _label_cells(text: str) -> tuple[tuple[int, int], ...]:
    """[start, end) of each row label's cell in the article's tables, in text order."""
    return tuple(sorted({(label[1], label[2]) for _, _, label in _article_markup(text).names if label}))


def _table_holding(text: str, at: int) -> tuple[int, int] | None:
    """[start, end) of the table of the article's (`ArticleMarkup.tables`) holding text[at]; None where none does."""
    tables = _article_markup(text).tables
    holding = bisect.bisect_right(tables, (at, len(text))) - 1
    return tables[holding] if holding >= 0 and at < tables[holding][1] else None


def in_header_row(text: str, at: int) -> bool:
    """Whether text[at] is on the first line of a Markdown table, its header row."""
    table = _table_holding(text, at)
    return table is not None and line_start(text, at) == table[0]


def header_over(text: str, at: int) -> tuple[int, int] | None:
    """[start, end) of the header and delimiter rows of the Markdown table one of whose body rows starts at text[at];
    None where none does. Shown over a passage that starts inside a table, whose cells had read unlabelled (a chat
    user's "8 km" under no "Distance")."""
    table = _table_holding(text, at)
    if table is None or at != line_start(text, at):
        return None
    start = table[0]
    header_break = LINE_BREAK.match(text, line_end(text, start))  # "\r\n" whole
    if header_break is None:
        return None
    delimiter_end = line_end(text, header_break.end())
    if not DELIMITER_ROW.fullmatch(text, header_break.end(), delimiter_end):  # a table set out in tabs or spaces has none
        return None
    return (start, delimiter_end) if at > delimiter_end else None


def line_start(text: str, at: int) -> int:
    """Where the line holding text[at] starts (after "\n", "\r" or the text's start)."""
    return max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1


def line_end(text: str, at: int) -> int:
    """Where the line holding text[at] ends (at its line break, or the text's end)."""
    line_break = LINE_BREAK.search(text, at)
    return line_break.start() if line_break else len(text)


def names_column(cell: str) -> bool:
    """Whether a first row's cell may name a column, as a header's cells do: words ("Departures in 2023"),
    or a year or a span of them ("2023", "2022–23"), as a statement's columns are named; not "96,400"
    (index/word.py and index/pdf_tables.py tell a table's header row so)."""
    return bool(LETTER.search(cell) or YEARS.fullmatch(cell.strip()))


def names_columns(names: list[str]) -> bool:
    """Whether a first row's cells name a table's columns, as a header row's do: each different, and each
    may name a column (`names_column`); the first ones may be empty, a corner over the rows' labels
    ("|  | FY2026 | FY2027 |", a statement's: an r18 audit's slide had its capital spending by year unnamed;
    "|  |  | MIN | MAX | UNIT |" over a parameter and its condition, an r21 audit's datasheet's maximum ratings)."""
    corner = next((at for at, name in enumerate(names) if name.strip()), len(names))
    named = names[corner:]
    return len(named) >= 2 and all(named) and len(set(named)) == len(named) and all(map(names_column, named))


# What a table may count its rows by, each row named by its count: "Week 1", "Instalment 2", "Appointment 3"
COUNTED_UNIT = re.compile(r"(?:week|day|night|lesson|session|class|round|stage|step|part|level|phase|instal(?:l)?ment|payment|"
                          r"appointment|visit|dose|term|module|unit|chapter|episode|game|match|leg|heat|lap|month|quarter|"
                          r"semester|block|course|trip|tour|walk|event)s?", re.IGNORECASE)


def _label_text(label: str, column: str) -> str:
    """A row's label as its other cells are named with it: a number with its column's name ("Version
    2.1": "2.1, Codename: Dogwood" was read as 2.0's "Cedar")."""
    return label if LETTER.search(label) or not column else f"{column} {label}"


def _label_column(text: str, rows: list[list[tuple[int, int]]], header: list[str] = ()) -> int | None:
    """Which column names a table's rows ("Porto", "Battery", "6.1"): the first, or the second after a
    count ("1", "2", "3"…: "Harwick Rovers" beside its position; but not after a count of what its `header` names, "Week"
    or "Instalment", which names the row "Week 3": bench/unseen21, written blind, had the dates of "the third week"
    refused) or a group's name repeated down its rows
    ("AirCrisp 5.5 L" beside each of its models: an r19 audit's recall notice had its colours read unlabelled),
    when its body cells are all filled,
    all different and short enough to be repeated (ROW_LABEL_WORDS); none for a table of two columns,
    whose other cell is beside its label, nor of one row, whose first cell is a value as much as the others (a recipe's
    "| 15 mins | 15 mins | 30 mins | 4 people |" under "Prep Time", "Cook Time"… had been read "15 mins, Cook Time: 15 mins",
    an r23 audit's)."""
    if max(map(len, rows), default=0) < 3 or len(rows) < 2:
        return None
    words = _words_among_numbers(text, rows)
    if words is not None:
        return words
    grouped = False  # whether the first column is a group's name repeated down its rows
    for column in (0, 1):
        cells = [" ".join(text[slice(*cells[column])].split()) if column < len(cells) else "" for cells in rows]
        # a position's count runs 1, 2, 3… (or from 0); years running 2021, 2022… name their rows
        count = all(cell.isascii() and cell.isdigit() for cell in cells) and [int(cell) for cell in cells] in (
            list(range(1, len(cells) + 1)), list(range(len(cells))))
        if column == 0 and count and header and COUNTED_UNIT.fullmatch(_without_markup(header[0]).strip()):
            return column  # "Week 1", "Week 2": a count of what its column names names its row
        if column == 0 and count:
            continue  # a position's "1", "2", "3": the next column names the row
        labels = all(cells) and len(set(cells)) == len(cells) and all(len(cell.split()) <= ROW_LABEL_WORDS for cell in cells)
        if labels and not count and (not grouped or all(LETTER.search(cell) or FIGURES_BAND.fullmatch(cell) for cell in cells)):
            return column  # beside a group's name, words or codes ("KAF-5501") or bands ("12–17", "65+"), not figures
        grouped = column == 0 and all(cells) and len(set(cells)) < len(cells)
        if not grouped:
            break
    return _key_column(text, rows)


def _key_column(text: str, rows: list[list[tuple[int, int]]]) -> int | None:
    """The first column whose cells name its rows where the first two do not (`_label_column`): words, each different
    and short (else nearly so, `_keys`), in each of its rows of cells in more than half its columns (not a section's name alone over the rows,
    "WEEK 2", nor "Wednesday 14 May" over "No exams"), KEY_ROWS of them at least: an exam timetable's subjects beside
    their dates and times, which repeat (bench/tab-tables, held out in session 43: "What time does the French Listening
    exam start?" had been answered with its date)."""
    columns = max(map(len, rows))
    full = [row for row in rows if 2 * sum(b > a for a, b in row) > columns]
    if len(full) < KEY_ROWS:
        return None
    cells = [[" ".join(text[slice(*row[column])].split()) if column < len(row) else "" for row in full] for column in range(columns)]
    named = [all(cell and LETTER.search(cell) for cell in column) for column in cells]
    distinct = next((column for column in range(columns) if named[column] and len(set(cells[column])) == len(full)
                     and all(len(cell.split()) <= ROW_LABEL_WORDS for cell in cells[column])), None)
    return distinct if distinct is not None else next((column for column in range(columns) if named[column] and _keys(cells[column])), None)


def _keys(cells: list[str]) -> bool:
    """Whether a column's cells tell its rows apart where no column's are each different and short (`_key_column`):
    each different, but for a word or two said again in a quarter of them at most, and up to KEY_WORDS words long, some
    longer than those (a conference programme's sessions, "Break" between them; not a column of trends, "Up", "Flat",
    "Down", "Up": the review's)."""
    counts = Counter(cells)
    return 4 * (len(cells) - len(counts)) <= len(cells) and all(len(cell.split()) <= KEY_WORDS for cell in cells) and all(
        len(cell.split()) <= REPEATED_KEY_WORDS for cell, count in counts.items() if count > 1) \
        and any(len(cell.split()) > REPEATED_KEY_WORDS for cell in cells)  # titles, not statuses ("Up", "Flat", "Up")


def _runs_on(cells: list[str]) -> bool:
    """Whether a column's cells are years, or numbers that rise row by row ("1.0", "1.1", "2.0")."""
    if all(YEARS.fullmatch(cell) for cell in cells):
        return True
    try:
        numbers = [float(cell.replace(",", "")) for cell in cells]
    except ValueError:
        return False
    return all(a < b for a, b in zip(numbers, numbers[1:]))


def _grids_as_markdown(text: str) -> str:
    """`text`, of the same length, with each grid table under a header row ("+----+", "| Resource | Minimum |",
    "+----+", rows, "+----+", as psql draws them) written as markdown-it reads a Markdown table: its top and
    bottom borders blank, the border under its header a delimiter row ("|----|"), so that its cells are named
    by their columns (an r15 audit's INSTALL file: its rows had been read without "Minimum" or "Recommended")."""
    if "+-" not in text:
        return text
    starts = [0, *(match.end() for match in LINE_BREAK.finditer(text))]
    lines = [(start, start + len(text[start:end].rstrip("\r\n"))) for start, end in zip(starts, [*starts[1:], len(text)])]
    borders = [GRID_BORDER.fullmatch(text, *line) is not None for line in lines]
    rows = [ROW_LINE.fullmatch(text, *line) is not None for line in lines]
    written = list(text)
    for number in range(len(lines) - 3):
        if borders[number] and rows[number + 1] and borders[number + 2] and rows[number + 3] and (number == 0 or not rows[number - 1]):
            (top_start, top_end), (under_start, under_end) = lines[number], lines[number + 2]
            written[top_start:top_end] = " " * (top_end - top_start)
            written[under_start:under_end] = text[under_start:under_end].replace("+", "|")
            last = number + 3
            while last + 1 < len(lines) and rows[last + 1]:
                last += 1
            if last + 1 < len(lines) and borders[last + 1]:
                bottom_start, bottom_end = lines[last + 1]
                written[bottom_start:bottom_end] = " " * (bottom_end - bottom_start)
    return "".join(written)


def _words_among_numbers(text: str, rows: list[list[tuple[int, int]]]) -> int | None:
    """The one column after the first whose body cells are all words (each holding a letter, all different and
    short) where every other column's are numbers without a letter: "Harbourside | Statistic | Castlegate", a
    match's statistics, named "Shots on target: 7" and "3", not "Harbourside 7" (an r14 audit's); not where the
    first column's years or rising numbers name the rows (`_runs_on`)."""
    columns = max(map(len, rows))
    cells = [[" ".join(text[slice(*row[column])].split()) if column < len(row) else "" for row in rows] for column in range(columns)]
    if _runs_on(cells[0]):
        return None  # years, or numbers counting up, name the rows: "Year 2021, Event: Opened"
    lettered = [all(LETTER.search(cell) for cell in column) for column in cells]
    if lettered.count(True) != 1 or lettered[0] or any(LETTER.search(cell) for column in cells for cell in column
                                                      if column is not cells[lettered.index(True)]):
        return None
    column = lettered.index(True)
    distinct = len(set(cells[column])) == len(cells[column]) and all(len(cell.split()) <= ROW_LABEL_WORDS for cell in cells[column])
    return column if distinct else None


def _opening_fence(article_text: str, start: int) -> str:
    """The opening line, with its line break, of the fenced code block that article_text[start:]
    starts inside (what of the line comes before `start`, when start is on it); "" when start is
    in no block, or at its opening line's start, the passage then holding its opening fence."""
    blocks = _article_markup(article_text).fences
    block = bisect.bisect_left(blocks, start, key=lambda block: block[0]) - 1
    if block < 0 or start >= blocks[block][2]:
        return ""
    opening, code, _ = blocks[block]
    return article_text[opening:min(start, code)]


class ArticleMarkup(NamedTuple):
    """What one reading of a Markdown article's text by markdown-it finds, each in text order."""

    # each body cell's start and its column's name, with its row's label and where the label's
    # cell's text is (None for the label's own cell, or a table without a column of labels: `_label_column`)
    names: tuple[tuple[int, str, tuple[str, int, int] | None], ...]
    fences: tuple[tuple[int, int, int], ...]  # (where its opening line starts, its code starts, it ends) for each fenced code block
    # (where it ends, the line that would close it) of each fenced code block closed by the end of its list item or block
    # quote, not by a fence of its own, short of the text's end
    unclosed: tuple[tuple[int, str], ...]
    code: tuple[tuple[int, int], ...]  # [start, end) of each code block, fenced or indented (in a list or a quote too), and HTML block
    tables: tuple[tuple[int, int], ...]
    # [start, end) of each link reference definition ("[1]: https://…") and of each HTML block of comments alone (markup whole)
    definitions: tuple[tuple[int, int], ...]
    labels: frozenset[str]  # those the definitions define ("^1" is a footnote's, which index/markup.py finds)
    tags: tuple[tuple[int, int, str], ...]  # (start, end, what it reads as) of each tag in HTML blocks read (`_block_tags`)
    html_blocks: tuple[tuple[int, int], ...]  # [start, end) of each HTML block read as its text (not RAW_HTML, not comments alone)
    # [start, end) of each body cell's text of the tables set out in spaces or tabs (index/spaced_tables.py, index/tab_tables.py),
    # whose cells no "|" ends
    spaced_cells: tuple[tuple[int, int], ...] = ()
    set_out: tuple[SpacedTable, ...] = ()  # the tables set out in spaces or tabs themselves (`set_out_tables`)


@lru_cache(maxsize=ARTICLES_KEPT)
def _article_markup(text: str) -> ArticleMarkup:
    """The article's tables, code and HTML blocks, link definitions and HTML tags (`ArticleMarkup`) from one
    reading of the text; no Markdown is read in code or HTML blocks, and an HTML block's text is read as written
    but for its tags, or not at all when raw (RAW_HTML)."""
    starts = [0, *(match.end() for match in LINE_BREAK.finditer(text))]
    lines = list(zip(starts, [*starts[1:], len(text)]))
    names, fences, unclosed, code, tables, comments, tags, html_blocks, rows = [], [], [], [], [], [], [], [], None  # rows: the cells of each row so far of the table being read, header first
    env: dict = {}
    for token in MARKDOWN.parse(bodies_unindented(_grids_as_markdown(text)), env):
        first, after = token.map or (0, 1)  # the lines a block token spans (closing and inline ones span none, and use neither)
        if token.type in {"fence", "code_block", "html_block"}:
            code.append((starts[first], lines[after - 1][1]))
        if token.type == "html_block" and COMMENT.fullmatch(token.content):
            comments.append((starts[first], lines[after - 1][1]))
        elif token.type == "html_block" and not RAW_HTML.match(token.content):
            html_blocks.append((starts[first], lines[after - 1][1]))
            tags += _block_tags(text, *html_blocks[-1])
        if token.type == "fence":
            fences.append((starts[first], lines[first][1], lines[after - 1][1]))
            # its lines but the opening one all code: no closing fence (str.splitlines would count a form feed's break too)
            code_lines = token.content.count("\n") + (not token.content.endswith("\n") and token.content != "")
            if after - first - 1 == code_lines and lines[after - 1][1] < len(text):
                unclosed.append((lines[after - 1][1], _closing_fence(text[starts[first]:lines[first][1]])))
        if token.type == "table_open":
            tables.append((starts[first], lines[after - 1][1]))
        if token.type == "table_open" and token.level == 0:
            rows = []
        elif token.type == "tr_open" and rows is not None:
            rows.append(_cells(text, *lines[token.map[0]]))
        elif token.type == "table_close" and rows is not None:
            names += _named_cells(text, [_without_markup(text[a:b]).rstrip(":").rstrip() for a, b in rows[0]], rows[1:])
            rows = None
    read_otherwise = [*((a, c) for a, _, c in fences), *html_blocks, *tables]
    spaced_cells, set_out = [], [*spaced_tables(text, read_otherwise), *tab_tables(text, read_otherwise)]
    for table in set_out:
        tables.append((table.start, table.end))
        names += _named_cells(text, list(table.header), [list(row) for row in table.rows])
        spaced_cells += [cell for row in table.rows for cell in row if cell[0] < cell[1]]
    names.sort(key=lambda cell: cell[0])
    tables.sort()
    references = {label: reference["map"] for label, reference in env.get("references", {}).items() if not label.startswith("^")}
    definitions = tuple(sorted([*((starts[first], lines[after - 1][1]) for first, after in references.values()), *comments]))
    return ArticleMarkup(tuple(names), tuple(fences), tuple(unclosed), tuple(code), tuple(tables), definitions, frozenset(references),
                         tuple(tags), tuple(html_blocks), tuple(spaced_cells), tuple(set_out))


def set_out_tables(text: str) -> tuple[SpacedTable, ...]:
    """The tables of `text` set out in spaces or in tabs (index/spaced_tables.py, index/tab_tables.py), outside its code,
    HTML blocks and Markdown tables, as its one reading finds them."""
    return _article_markup(text).set_out


def _closing_fence(opening_line: str) -> str:
    """The line that closes the fenced code block opened by `opening_line`, in the same list item or block quote: its
    prefix with a list item's bullet or number made spaces (written again it would open another item)."""
    marker = re.search(r"(`{3,}|~{3,})", opening_line)
    prefix = re.sub(r"[-*+]|\d{1,9}[.)]", lambda mark: " " * len(mark.group()), opening_line[:marker.start()])
    return f"{prefix}{marker.group()}\n"


def _named_cells(text: str, header: list[str], rows: list[list[tuple[int, int]]]) -> list[tuple[int, str, tuple[str, int, int] | None]]:
    """Each non-empty body cell's start, its column's name and its row's label (`ArticleMarkup.names`), of a table of
    columns named `header` and body `rows` ([start, end) of each cell's text)."""
    names: list[tuple[int, str, tuple[str, int, int] | None]] = []
    label_at = _label_column(text, rows, header)
    # Tables side by side, a header naming the label's column again ("No. | Home | No. | Away"): the cells
    # from there on are the second table's, named by its labels (an r14 audit's line-ups had read
    # "No. 1, Away: Liam Doherty", the home side's number).
    # Each side's count, "| # | Men | # | Women |", names where its side starts, its label the column after.
    key = 0 if label_at == 1 and header.count(header[0]) > 1 and header.count(header[1]) == 1 else label_at
    offset = 0 if label_at is None else label_at - key  # from where a side starts to its labels' column
    sides = [] if label_at is None else [at for at in range(key, len(header) - offset) if header[at] == header[key]]
    for cells in rows:
        labels = {side + offset: (_label_text(_without_markup(text[slice(*cells[side + offset])]), header[side + offset]),
                                  *cells[side + offset]) if cells[side + offset][0] < cells[side + offset][1] else None
                  for side in sides if side + offset < len(cells)}
        moved = _total_s_label(text, cells, label_at) if len(sides) == 1 and labels.get(label_at, 0) is None else None
        if moved is not None:
            labels[label_at] = (_without_markup(text[slice(*cells[moved])]), *cells[moved])
        names += [(a, name, None if number in labels or number == moved or not sides
                   else labels.get(max((side for side in sides if side <= number), default=key) + offset))
                  for number, ((a, b), name) in enumerate(zip(cells, header)) if a < b and name]
    return names


def _total_s_label(text: str, cells: list[tuple[int, int]], label_at: int) -> int | None:
    """Which cell labels a row whose label's cell is empty, a totals' row set flush right under an invoice's columns
    ("VAT at 20%      346.41" under "Unit (£)" and "Amount (£)": bench/unseen22, written blind, had the VAT refused): its
    one cell of words, right of the labels' column, with figures alone after it; None for another row."""
    filled = [number for number, (a, b) in enumerate(cells) if a < b]
    worded = [number for number in filled if LETTER.search(text[slice(*cells[number])]) and not is_figure(text[slice(*cells[number])])]
    return worded[0] if len(worded) == 1 and worded[0] > label_at and filled[-1] > worded[0] else None


def _block_tags(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, what it reads as) of each tag in the HTML block text[start:end]: nothing, but for the
    first of tags in a row between two words that hold one of the block's structure ("<td>Ubuntu</td><td>22.04</td>",
    "Summary</h3>Falcon"), which reads as a space, as a browser sets them apart ("<b>bold</b>," stays "bold,")."""
    found, run = [], []
    for match in [*HTML_BLOCK_TAG.finditer(text, start, end), None]:
        if run and (match is None or match.start() != run[-1].end()):
            apart = any(tag[1] is None and tag[2] is None for tag in run)
            between_words = start < run[0].start() and not text[run[0].start() - 1].isspace() \
                and run[-1].end() < end and not text[run[-1].end()].isspace()
            found += [(tag.start(), tag.end(), " " if apart and between_words and tag is run[0] else "") for tag in run]
            run = []
        if match:
            run.append(match)
    return found


def _without_markup(cell: str) -> str:
    """A header cell as a column's name: "**City**" names its cells "City"."""
    return text_less(cell, 0, len(cell), inline_markup(cell))


def in_table_row(text: str, at: int) -> bool:
    """Whether text[at] is on a table row (see `table_rows`)."""
    rows = table_rows(text)
    row = bisect.bisect_right(rows, at, key=lambda row: row[0]) - 1
    return row >= 0 and at < rows[row][1]


@lru_cache(maxsize=PASSAGES_KEPT)
def table_rows(text: str) -> tuple[tuple[int, int], ...]:
    """[start, end) of each line of `text` that is a table row, in text order: a line of a Markdown
    table as markdown-it finds it (its header, delimiter and body rows, in a block quote or a list
    too), or a line written as a row, "| Lisbon | 4.2 |" (see ROW_LINE), outside a fenced code block;
    the first line may be a row's end, the last a row's start (see ROW_END, ROW_START)."""
    breaks = list(LINE_BREAK.finditer(text))
    lines = list(zip([0, *(match.end() for match in breaks)], [*(match.start() for match in breaks), len(text)]))
    tokens = (MARKDOWN.parse(text) if FENCE.search(text) or any(DELIMITER_ROW.fullmatch(text, start, end) for start, end in lines)
              else [])
    in_tables = {number for token in tokens if token.type == "table_open" for number in range(*token.map)}
    in_fences = _fenced_lines(tokens)
    return tuple((start, end) for number, (start, end) in enumerate(lines)
                 if number in in_tables or number not in in_fences and (
                     ROW_LINE.fullmatch(text, start, end)
                     or number == 0 and ROW_END.fullmatch(text, start, end)
                     or number == len(lines) - 1 and ROW_START.fullmatch(text, start, end)))


def _fenced_lines(tokens) -> set[int]:
    """The numbers of the lines in fenced code blocks, markdown-it's `fence` tokens, and those in the
    fences an indented code block holds: a fence in a list item indented 4 spaces or more, in a passage
    that starts below the item's first line (or in the opening line put in front of its view), is read
    alone as an indented code block, whose content, less its indent, shows the fence. (Not found so: a
    fence's lines indented less than its opening line, which only the item's first line would place.)"""
    lines = set()
    for token in tokens:
        if token.type == "fence":
            lines.update(range(*token.map))
        elif token.type == "code_block" and FENCE.search(token.content):
            lines.update(token.map[0] + number for number in _fenced_lines(MARKDOWN.parse(token.content)))
    return lines


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of each cell's text, without its spaces, in the table row line text[start:end],
    split as markdown-it splits it: at each "|" not escaped "\\|", a "|" at either end of the line
    beginning or ending no cell. A line with no "|" (GitHub's rules take the first such line after
    a table for a row) is text that follows the table, in a plain text article most often: no cells."""
    line_break = LINE_BREAK.search(text, start, end)
    end = line_break.start() if line_break else end
    bounds = [match.start() for match in CELL_BOUNDARY.finditer(text, start, end)]
    if not bounds:
        return []
    pieces = list(zip([start, *(bound + 1 for bound in bounds)], [*bounds, end]))
    if not text[slice(*pieces[0])].strip():
        pieces = pieces[1:]
    if pieces and not text[slice(*pieces[-1])].strip():
        pieces = pieces[:-1]
    cells = []
    for a, b in pieces:
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        cells.append((a + lead, a + lead + len(text[a:b].strip())))
    return cells
