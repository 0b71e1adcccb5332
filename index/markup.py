"""Markdown's inline markup in an article's text: what a Markdown article's passages are read and
searched without (index/tables.py's views), so that "the **deputy foreign minister** of Nigeria" is
read as its words, and a span found there maps back to the article as written, never starting or
ending in markup ("deputy foreign minister**" had been an answer).

Markup is: code spans' backticks (their code kept, and read as written), links' and images'
brackets and addresses ("[Albert Khorev](https://…)" is read "Albert Khorev"), a reference link's
brackets and label ("[Reuters][1]", "[Reuters]") where its label is defined, and the definition's line
("[1]: https://…", found by markdown-it: index/tables.py), a footnote's reference ("[^1]") and its
definition's label ("[^1]: "), where it is defined (GitHub's footnotes), an autolink's angle
brackets, a block quote's ">" marks (so that a quote's wrapped lines read as one paragraph), inline
HTML tags and comments (not "<br>" or "<sup>"), text struck out ("~~forty~~", "<del>forty</del>",
with its marks), and emphasis: runs of "*" or "_" that open and close one as CommonMark pairs them, by
whether each run is left- or right-flanking, within a paragraph, a heading, a list item's line or a
table row ("5 * 3", a list's "* ", "snake_case" and "\\*" are no emphasis). Code blocks, fenced or
indented, are read as written, and so are heading marks, which tell the span decoder a heading's line
from hard-wrapped prose. An HTML entity ("&nbsp;") is read as its character (`entities`). Simpler
than CommonMark (no rule of three for runs like "***a** b*"), which is enough for a view: the
article's text is never changed, only what the reader sees of it."""
from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Iterator

from markdown_it.common.utils import normalizeReference

LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n|$)")
HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
LIST_ITEM = re.compile(r"[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]")
# Table cells are "|"-separated in every article text that has tables: a Markdown table as written,
# a web page's as trafilatura writes it, a Word document's as index/word.py does; a "|" inside a
# cell is escaped "\|", as Markdown escapes it. In a table row only (index/tables.py's `table_rows`):
# in prose a "|" separates no cells ("Peace talks | Reuters").
CELL_BOUNDARY = re.compile(r"(?<!\\)\|")
# A line written as a table row, "| Lisbon | 4.2 |": a web page's or Word document's table without a
# header row is no Markdown table, and a passage that starts below its table's header holds none.
ROW_LINE = re.compile(r"[ \t]*\|.*(?<!\\)\|[ \t]*")
FENCE = re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE)
# A plain-text grid table's border line, as psql and MySQL draw them: "  +------+-----+".
GRID_BORDER = re.compile(r"^[ \t]*\+(?:-+\+)+[ \t]*\r?$", re.MULTILINE)
TABLE_DELIMITER_ROW = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?\r?$", re.MULTILINE)
# A line that ends a paragraph: blank (">" alone in a block quote), a thematic break or a setext heading's underline.
BREAK_LINE = re.compile(r"[ \t>]*|[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*|-+[ \t]*)")
# Each bounded, and without backtracking where it cannot help: a line of thousands of "[" or "`" that
# close nothing is searched from each of them. A link's text may hold brackets in pairs ("[[1]](…)"),
# and its address too ("Foo_(bar)").
CODE_SPAN = re.compile(r"(?<![\\`])(`+)(?!`)(.{1,1000}?)(?<!`)\1(?!`)")
LINK = re.compile(r"(?<!\\)(!?\[)((?:[^\[\]\r\n]|\[[^\[\]\r\n]{0,100}+\]){0,1000}+)(\]\((?:[^()\s]|\([^()\s]{0,500}+\)){0,2000}+(?:[ \t]+\"[^\"\r\n]{0,300}+\")?\))")
# A link whose address is given by a label: "[Reuters][1]", "[Reuters][]" or "[Reuters]"; markup only
# where the label is defined, since "[sic]" is text.
REFERENCE = re.compile(r"(?<![\\\]])(!?\[)((?:[^\[\]\r\n]|\[[^\[\]\r\n]{0,100}+\]){1,1000}+)(\](?:\[([^\[\]\r\n]{0,999}+)\])?)(?!\()")
# A link reference definition on one line, as a label's second one is (markdown-it tells only the first's lines).
DEFINITION_AGAIN = re.compile(r" {0,3}\[([^\[\]\r\n]{1,999}+)\]:[ \t]*\S+(?:[ \t]+(?:\"[^\"\r\n]*\"|'[^'\r\n]*'|\([^()\r\n]*\)))?[ \t]*")
FOOTNOTE = re.compile(r"(?<!\\)\[\^([^\[\]\s]{1,999}+)\]")
FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}(\[\^([^\[\]\s]{1,999}+)\]:)[ \t]*", re.MULTILINE)
AUTOLINK = re.compile(r"(<)(?:https?|mailto|ftp):[^\s<>]+(>)")
QUOTE = re.compile(r"[ \t]{0,3}(?:>[ \t]?)+")
ALERT = re.compile(r"(\[!)(NOTE|TIP|IMPORTANT|WARNING|CAUTION)(\])", re.IGNORECASE)  # GitHub's, a quote's first line
# Inline HTML: an opening or closing tag of an element that marks up text, or of a block that holds it (a
# README's centred <div>, a <details> panel and its <summary>: the reader had read "</details>\n\n<details>"),
# its attributes given values ("if a<b and b>c" is prose), and a comment, which shows nothing. A line break
# ("<br>") is left as written: it keeps the words either side apart.
TAG_NAMES = ("a|abbr|b|bdi|bdo|big|center|cite|code|data|del|details|dfn|div|em|figcaption|figure|font|i|img|ins|kbd|mark|"
             "p|picture|q|s|samp|section|small|source|span|strike|strong|sub|summary|time|tt|u|var|wbr")
ATTRIBUTE_VALUE = r"""\s*=\s*(?:[^\s"'=<>`]{1,500}|'[^'\r\n]{0,500}'|"[^"\r\n]{0,500}")"""
COMMENT_TAG = r"<!--.{0,2000}?-->"
HTML_TAG = re.compile(rf"</?(?:{TAG_NAMES})(?:\s+[A-Za-z_:][\w.:-]{{0,60}}{ATTRIBUTE_VALUE}){{0,30}}\s*/?>|{COMMENT_TAG}", re.IGNORECASE)
# Text struck out, left out with its marks ("takes ~~forty~~ fifty minutes"): GitHub's "~~", and HTML's
# <del>, <s> and <strike> (over a line break, only their tags are found: HTML_TAG). A raised number
# (<sup>1</sup>) is left as written, tags and all: without them it would run into the number before it ("20191").
STRUCK = re.compile(r"(?<![~\\])~~(?!~)(?=\S)[^~\r\n]{1,1000}?(?<=\S)~~(?!~)"
                    r"|<(del|s|strike)(?:\s[^<>\r\n]{0,500})?>[^\r\n]{0,1000}?</\1\s*>", re.IGNORECASE)
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});")
EMPHASIS_RUN = re.compile(r"(?<![\\*])\*+|(?<![\\_])_+")


def inline_markup(text: str, code_blocks: tuple[tuple[int, int], ...] = (),
                  tables: tuple[tuple[int, int], ...] = (), definitions: tuple[tuple[int, int], ...] = (),
                  labels: frozenset[str] = frozenset(), math: tuple[tuple[int, int], ...] = ()) -> tuple[tuple[int, int], ...]:
    """[start, end) of each piece of inline markup in a Markdown `text`, in text order, apart, outside
    the `code_blocks` ([start, end) of its code blocks, read as written). A line in one of the `tables`
    ([start, end) of each), or written as a row ("| a | b |"), pairs emphasis cell by cell; in prose
    a "|" parts nothing ("*a | b*"). The lines in `definitions` ([start, end) of each link reference
    definition) are markup whole, and a reference link is markup where its label is one of the
    `labels` (each as markdown-it's `normalizeReference` writes it). In `math` ([start, end) of each piece
    of math on a line, its "$" marks too: index/latex.py) there is no markup."""
    pieces: list[tuple[int, int]] = []
    runs: list[tuple[int, int]] = []  # the emphasis runs of the paragraph being read
    tables, definitions = sorted(tables), sorted(definitions)
    code, math = sorted(code_blocks), sorted(math)
    notes = frozenset(normalizeReference(note[2]) for note in FOOTNOTE_DEFINITION.finditer(text) if not _inside(note.start(), code))
    for start, end, in_code in lines_beside_code(text, code):
        content = text[start:end].rstrip("\r\n")
        again = labels and not in_code and DEFINITION_AGAIN.fullmatch(text, start, start + len(content))  # a label's second definition
        if _inside(start, definitions) or (again and normalizeReference(again[1]) in labels):  # no words: an address and its label
            pieces.append((start, start + len(content)))
            runs = _paired(text, runs, pieces)
            continue
        end = start + len(content)
        # A block quote's marks, outside code: its lines read as the prose they hold, a wrapped one
        # running on into the next.
        quote = QUOTE.match(text, start, end) if not in_code else None
        if quote:
            pieces.append(quote.span())
            start, content = quote.end(), text[quote.end():end]
            alert = ALERT.fullmatch(content.rstrip())
            if alert:  # GitHub's alert, "> [!WARNING]", reads "WARNING"
                pieces += [(start + alert.start(1), start + alert.end(1)), (start + alert.start(3), start + alert.end(3))]
        # Code or HTML, a blank line (in a block quote too: ">"), a rule or a heading's underline: the paragraph ends.
        if in_code or BREAK_LINE.fullmatch(content):
            runs = _paired(text, runs, pieces)
            continue
        # A footnote's text is read after its label, as a paragraph of its own.
        note = FOOTNOTE_DEFINITION.match(text, start, end)
        if note:
            runs = _paired(text, runs, pieces)
            pieces.append((note.start(1), note.end()))
        # A heading and a list item's line open a paragraph of their own; a heading ends it too; each
        # cell of a table row is one.
        row = ROW_LINE.fullmatch(content) or _inside(start, tables)
        cells = [match.start() for match in CELL_BOUNDARY.finditer(text, start, end)] if row else []
        alone = bool(HEADING.match(content) or row)
        if alone or LIST_ITEM.match(content):
            runs = _paired(text, runs, pieces)
        runs += _line_markup(text, note.end() if note else start, end, pieces, (labels, notes), math)
        for boundary in cells:
            runs = _paired(text, [run for run in runs if run[0] < boundary], pieces) + [run for run in runs if run[0] > boundary]
        if alone:
            runs = _paired(text, runs, pieces)
    _paired(text, runs, pieces)
    return non_overlapping(sorted(pieces))


def kept_ranges(start: int, end: int, left_out) -> list[tuple[int, int]]:
    """[start, end) less the sorted ranges `left_out`, as ranges."""
    kept = []
    for a, b in left_out:
        if b <= start or a >= end:
            continue
        if a > start:
            kept.append((start, a))
        start = max(start, b)
    return [*kept, (start, end)] if start < end else kept


def text_less(text: str, start: int, end: int, left_out, decoded=()) -> str:
    """text[start:end] without the sorted ranges `left_out` (markup found by `inline_markup`), its
    `decoded` entities (found by `entities`) as their characters."""
    return "".join(piece for piece, _, _ in read_pieces(text, start, end, left_out, decoded))


def read_pieces(text: str, start: int, end: int, left_out, decoded=()) -> list[tuple[str, int, int | None]]:
    """text[start:end] as read, in pieces: (text, where it starts, None) for each run kept as written,
    less the sorted ranges `left_out`; (characters, the entity's start, its end) for each of the
    sorted `decoded` entities ((start, end, characters), see `entities`) wholly in a run kept."""
    pieces = []
    for a, b in kept_ranges(start, end, left_out):
        at = a
        for entity_start, entity_end, characters in decoded[bisect.bisect_left(decoded, (a,)):]:
            if entity_start >= b:
                break
            if entity_end <= b:
                pieces += [(text[at:entity_start], at, None)] if entity_start > at else []
                pieces.append((characters, entity_start, entity_end))
                at = entity_end
        pieces += [(text[at:b], at, None)] if at < b else []
    return pieces


def entities(text: str, code_blocks: tuple[tuple[int, int], ...] = (), left_out=()) -> tuple[tuple[int, int, str], ...]:
    """(start, end, the characters it stands for) of each HTML entity in a Markdown `text` ("&nbsp;",
    "&amp;", "&#8212;"), in text order: read as its character, as Markdown shows it, outside code
    blocks, code spans and the markup `left_out` (a link's address). Only the text read changes:
    "Jonas&nbsp;Berg" is read "Jonas Berg", and an answer holding it is the article's as written."""
    if "&" not in text:
        return ()
    found = []
    code = sorted(code_blocks)
    for line in LINE.finditer(text):
        start, end = line.span()
        if start == end:
            break
        if "&" not in text[start:end] or _inside(start, code):
            continue
        spans = [match.span() for match in CODE_SPAN.finditer(text, start, end)]
        for match in ENTITY.finditer(text, start, end):
            characters = html.unescape(match.group())
            if characters != match.group() and not _inside(match.start(), spans) and not _inside(match.start(), left_out):
                found.append((match.start(), match.end(), characters))
    return tuple(found)


def lines_beside_code(text: str, code_blocks) -> Iterator[tuple[int, int, bool]]:
    """(start, end with its line break, whether it reaches into one of the sorted `code_blocks`) of each line of `text`."""
    blocks = iter(code_blocks)
    block = next(blocks, None)
    for line in LINE.finditer(text):
        start, end = line.span()
        if start == end:
            break
        while block and block[1] <= start:
            block = next(blocks, None)
        yield start, end, bool(block and block[0] < end)


def non_overlapping(pieces: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted pieces, those that overlap made one (a code span in a link's address is part of the address)."""
    merged: list[list[int]] = []
    for start, end in pieces:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def looks_like_markdown(text: str) -> bool:
    """Whether a text of unknown kind (pasted) is Markdown: it has Markdown's structure, a link, a
    fenced code block or a table's delimiter row, or headings ("# Title") with emphasis or another
    heading. One emphasised phrase or one "# " line (a code comment) is too little to go on, and plain
    text read as Markdown loses characters ("Python's __init__ method" read as "Python's init method")."""
    if FENCE.search(text) or LINK.search(text) or TABLE_DELIMITER_ROW.search(text):
        return True
    headings = sum(1 for line in text.splitlines() if HEADING.match(line) and line.strip("# \t"))
    return headings >= 2 or (headings == 1 and bool(inline_markup(text)))


def _line_markup(text: str, start: int, end: int, pieces: list[tuple[int, int]],
                 defined: tuple[frozenset[str], frozenset[str]], math: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adds the line text[start:end]'s code spans' backticks and links' syntax to `pieces`, reference
    links' and footnotes' where their labels are `defined` (links', footnotes'); returns its emphasis
    runs outside code spans, the sorted `math`, link addresses and labels, to be paired."""
    literal: list[tuple[int, int]] = []  # code and addresses, in text order: no emphasis there
    for code in CODE_SPAN.finditer(text, start, end):
        pieces += [code.span(1), (code.end(2), code.end())]
        literal.append(code.span())
    for span in math[bisect.bisect_left(math, (start,)):bisect.bisect_left(math, (end,))]:
        bisect.insort(literal, span)
    for link in LINK.finditer(text, start, end):
        if not _inside(link.start(), literal):
            # an image in a link's text too, a README's badge: "[![CI](…badge.svg)](…)" reads "CI"
            for found in [link, *(inner for inner in LINK.finditer(text, link.start(2), link.end(2)) if inner[1] == "![")]:
                pieces += [found.span(1), found.span(3)]
                bisect.insort(literal, found.span(3))
    links, notes = defined
    for reference in REFERENCE.finditer(text, start, end) if links else ():
        label = normalizeReference(reference[4] or reference[2])
        if label in links and not _inside(reference.start(), literal):
            pieces += [reference.span(1), reference.span(3)]
            bisect.insort(literal, reference.span(3))
    for note in FOOTNOTE.finditer(text, start, end) if notes else ():
        if normalizeReference(note[1]) in notes and not _inside(note.start(), literal):
            pieces.append(note.span())
            bisect.insort(literal, note.span())
    for autolink in AUTOLINK.finditer(text, start, end):
        if not _inside(autolink.start(), literal):
            pieces += [autolink.span(1), autolink.span(2)]
            bisect.insort(literal, autolink.span())
    for whole in [*STRUCK.finditer(text, start, end), *HTML_TAG.finditer(text, start, end)]:  # a struck span before its tags
        if not _inside(whole.start(), literal) and not _inside(whole.end() - 1, literal):
            pieces.append(whole.span())
            bisect.insort(literal, whole.span())
    return [run.span() for run in EMPHASIS_RUN.finditer(text, start, end) if not _inside(run.start(), literal)]


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `at` is in one of the sorted, non-overlapping `spans` (found by bisection: a line may hold thousands)."""
    index = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return index >= 0 and at < spans[index][1]


def _paired(text: str, runs: list[tuple[int, int]], pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adds to `pieces` the parts of the emphasis `runs` of one paragraph that open and close
    emphasis: each closing run with the nearest opening run of its character before it, as many
    characters of each as the shorter has, the rest left to pair on. Returns no runs: the next
    paragraph's start afresh. Linear in the runs: a stack for each character, as CommonMark keeps
    its openers' bottoms, since a paragraph of "a*a*…" or of "_a" runs no "*" closes would
    otherwise be searched again for every run."""
    openers: dict[str, list[list[int]]] = {"*": [], "_": []}  # [start, end] of each run open, used characters taken off its end
    for start, end in runs:
        can_open, can_close = _flanking(text, start, end)
        own, other = openers[text[start]], openers["_" if text[start] == "*" else "*"]
        while can_close and start < end and own:
            opener = own[-1]
            used = min(opener[1] - opener[0], end - start)
            pieces += [(opener[1] - used, opener[1]), (start, start + used)]
            opener[1] -= used
            start += used
            if opener[0] == opener[1]:
                own.pop()
            while other and other[-1][0] > opener[0]:  # emphasis does not overlap: openers inside it stay text
                other.pop()
        if can_open and start < end:
            own.append([start, end])
    return []


def _flanking(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the run text[start:end] can open and close emphasis (CommonMark's left- and
    right-flanking rules; neither "_" nor "*" inside a word)."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    left = not after.isspace() and (not _punctuation(after) or before.isspace() or _punctuation(before))
    right = not before.isspace() and (not _punctuation(before) or after.isspace() or _punctuation(after))
    if text[start] == "_":
        return left and (not right or _punctuation(before)), right and (not left or _punctuation(after))
    # Nor "*" between letters or digits, though CommonMark lets it emphasise there: "3*4*2 metres" is read
    # so, not as "342 metres"; a word emphasised in part ("un*frigging*believable") is rare. Chinese and
    # Japanese put no spaces around emphasis ("这是**重要**的"): their characters are no such letters.
    return left and not _spaced_letter(before), right and not _spaced_letter(after)


def _spaced_letter(ch: str) -> bool:
    """A letter or digit of a script written with spaces between words (not a wide CJK character)."""
    return ch.isalnum() and unicodedata.east_asian_width(ch) not in {"W", "F"}


def _punctuation(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"
