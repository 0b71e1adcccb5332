"""Headings: lines that name what follows them. No chunk ends on one (index/chunking.py), and a passage
is searched after the heading it falls under (index/tables.py: `table_view`), so that an answer under
"How long is the waiting list?" is found by its question."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from index.front_matter import front_matter
from index.markup import LINK
from index.subtitles import run_on
from index.wrapping import unwrapped_article

# A heading: a line of its own that heads what follows it. In Markdown, "#" opens one ("## Lockers"),
# or a line of "=" or "-" underlines one; else it is a few words ending in no full stop, colon,
# semicolon or comma ("Russia's Position on NATO and Europe", "How long is the waiting list?", "3. On
# the day"), neither a bulleted item, a quote nor a table row, and no such line is next to it (short
# lines one under another are a list, a numbered one too, an address or a title over a byline).
HEADING_WORDS = 12
UNDERLINED_HEADING_WORDS = 24
HEADING_END = re.compile(r"[.:;,][\"'”’)\]]*$")
MARKDOWN_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
CLOSING_MARKS = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")  # "## Lockers ##", but not the "#" of "C#"
UNDERLINE = re.compile(r"[ \t]{0,3}(?:=+|-+)[ \t]*")  # a setext heading's, or a thematic break
FENCE = re.compile(r"[ \t]{0,3}(?:```|~~~)")
NOT_HEADING = re.compile(r"\s*(?:[-*+•▪‣◦]\s|>|#)")  # a bullet's item, a quote, a "#hashtag"; "3. On the day" may head a section
LETTER = re.compile(r"[^\W\d_]")
# Not a row of columns set apart by spaces ("Marlow Heath Green   1003   1203", over a rule of "-"), nor
# a speaker's turn ("[00:01:44] DANIELLE: And do people bring seed back?"), which head nothing.
COLUMNS = re.compile(r"\S {2,}\S.* {2,}\S")
SPEAKER = re.compile(r"(?:\[[\d:.]+\]\s*)?[A-Z][A-Z .'’-]*:\s")
SIGNATURE_WORDS = 4  # a name under a sign-off: "Dana Whitlock"
TITLE_LINES = 6  # a document's title is among its first lines (see _title)
# A line of an e-mail's header, and its Subject's line.
EMAIL_HEADER = re.compile(r"[ \t]*(?:From|To|Cc|Bcc|Date|Sent|Subject|Reply-To|Attachments?)[ \t]*:[ \t]*\S", re.IGNORECASE)
SUBJECT_HEADER = re.compile(r"[ \t]*Subject[ \t]*:[ \t]*(?P<subject>\S[^\r\n]*?)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
# A letterhead's first line: a name in capitals, opening the document ("HOLLINS & VANE", "TOLVERNE DISTRICT COUNCIL").
LETTERHEAD = re.compile(r"\s*([A-Z][A-Z0-9&'’.,-]*(?:[ \t][A-Z0-9&'’.,-]+)*)[ \t]*\r?\n")
ARTICLES_KEPT = 32  # articles whose headings are remembered between passages


def is_heading(line: str, most_words: int = HEADING_WORDS) -> bool:
    """Whether a line, read alone, may be a heading: a Markdown one, or a few words of a title's."""
    words = line.strip()
    if MARKDOWN_HEADING.match(line):  # "## [3.2.0] - 2024-09-16" too
        return any(ch.isalnum() for ch in words)
    # A line of links only ("[![build](…)](…) [![pypi](…)](…)", a README's badges) names nothing.
    return (LETTER.search(LINK.sub("", words)) is not None and len(words.split()) <= most_words and "|" not in words
            and not HEADING_END.search(words) and not NOT_HEADING.match(words) and not FENCE.match(line)
            and not COLUMNS.search(words) and not SPEAKER.match(words))


def headings(text: str, marked: frozenset[str] = frozenset()) -> tuple[tuple[int, str], ...]:
    """(where it ends, its words without Markdown's marks) of each heading in `text` that heads
    something, read with hard-wrapped prose unwrapped (index/wrapping.py) and code blocks passed by; a line
    `marked` as one by the document it was read from (a web page's <h2>, a Word "Heading 2" paragraph: its
    words, spaced as `marked_line` spaces them) is one whatever lines are next to it, where something follows it."""
    return tuple((end, words) for end, words, _ in _headings(text, marked))


def marked_line(line: str) -> str:
    """A line's words as a document's marked headings are compared: one space apart."""
    return " ".join(line.split())


@lru_cache(maxsize=ARTICLES_KEPT)
def _headings(text: str, marked: frozenset[str] = frozenset()) -> tuple[tuple[int, str, int | None], ...]:
    """`headings`, each with its level: a Markdown heading's ("##": 2; underlined with "=": 1, "-": 2),
    None for a line that is a heading by its words alone or marked as one."""
    prose = run_on(text, unwrapped_article(text))  # as long as `text`: offsets into it are offsets into text
    lines, in_code = [], False
    for match in re.finditer(r"[^\n]+", prose):
        line = match.group().rstrip("\r")
        if FENCE.match(line):
            in_code = not in_code
        elif line.strip() and not in_code:
            lines.append((match.start(), line))
    found = []
    for number, (start, line) in enumerate(lines):
        # Lines next to each other: with no blank line between them (one parts a heading from a title above it).
        before = lines[number - 1][1] if number and _next_to(prose, lines[number - 1][0] + len(lines[number - 1][1]), start) else ""
        after = [following for _, following in lines[number + 1:number + 3]]
        # Not a sentence over a rule; a line of "=" under it makes a heading of a longer line ("DAY 3 -
        # Monday 16 June - OSLO TO FLAM VIA THE BERGEN LINE"): a thematic break is drawn with "-" or "*".
        underlined = bool(after) and UNDERLINE.fullmatch(after[0]) is not None and \
            is_heading(line, UNDERLINED_HEADING_WORDS if "=" in after[0] else HEADING_WORDS)
        if UNDERLINE.fullmatch(line) or not after or (underlined and len(after) < 2):
            continue
        if marked_line(line) in marked:  # stacked ("Checks you need" over "Criminal record check") or not
            words, level = line, None
        elif MARKDOWN_HEADING.match(line) and is_heading(line):
            words = CLOSING_MARKS.sub("", MARKDOWN_HEADING.sub("", line, count=1))
            level = len(line.strip()) - len(line.strip().lstrip("#"))
        elif underlined or (is_heading(line) and not (is_heading(after[0]) and _next_to(prose, start + len(line), lines[number + 1][0]))
                            and not (is_heading(before) and not MARKDOWN_HEADING.match(before)) and not _signs_off(line, after[0])):
            words, level = line, (1 if "=" in after[0] else 2) if underlined else None
        else:
            continue
        found.append((start + len(line.rstrip()), words.strip().strip("*_").strip(), level))
    return tuple(found)


def _signs_off(line: str, following: str) -> bool:
    """Whether `line` signs a letter off, the signature under it opening with it: "Dana" over "Dana
    Whitlock" (an e-mail's later passages had all been searched under "Dana")."""
    words, signature = line.split(), following.split()
    return len(signature) <= SIGNATURE_WORDS and len(signature) > len(words) and signature[:len(words)] == words


def _next_to(text: str, end: int, following_start: int) -> bool:
    """Whether the line ending at `end` and the one starting at `following_start` have no blank line between them."""
    return text[end:following_start].count("\n") == 1


@lru_cache(maxsize=ARTICLES_KEPT)
def heading_words(text: str, marked: frozenset[str] = frozenset()) -> str:
    """The words of every heading of `text`, a line each: worked out once an article, not once a span read."""
    return "\n".join(words for _, words in headings(text, marked))


@lru_cache(maxsize=ARTICLES_KEPT)
def heading_ends(text: str, marked: frozenset[str] = frozenset()) -> frozenset[int]:
    """Where in `text` each heading that heads something ends (`marked`: see `headings`)."""
    return frozenset(end for end, _ in headings(text, marked))


def heading_before(text: str, start: int, marked: frozenset[str] = frozenset(), with_title: bool = False) -> str | None:
    """The words of the headings that text[start:] falls under, a line each: the last one ending before
    `start`, where text[start:] does not open with a heading of its own, after the Markdown headings of
    higher levels it falls under ("[3.2.0] - 2024-09-16" over "Fixed": a changelog's "### Fixed" under
    each version had been searched alike), but a document's title (its only heading of level 1); and
    `with_title`, after the document's title (`_title`) too, where text[start:] comes after it. `marked`: see `headings`."""
    return "\n".join(words for _, words in heading_path(text, start, marked, with_title)) or None


def heading_path(text: str, start: int, marked: frozenset[str] = frozenset(), with_title: bool = False,
                 end: int | None = None) -> tuple[tuple[int | None, str], ...]:
    """The headings of `heading_before`, outermost first, each as (where its words start in `text`, its words); None
    where they are not written there as they read (markup amid them, "## **Fixed** bugs"); for the document's title,
    which says what every passage is about, its dates the whole document's ("Committee Minutes, January to May 2025" had
    answered when a meeting decided something, over the meeting's own heading); and for a heading whose section ends
    within text[start:end], another of its level or higher starting there (a changelog's passage running on from 4.3.0's
    "Fixed" into "## 4.2.2" had its 4.2.2 fix answered "4.3.0")."""
    path, title, within = _path(text, start, marked, with_title, end)
    ended = {heading_end for heading_end, _, level in path if any(_ends(other, level) for _, other in within)}
    return tuple((None if (heading_end, words) == title or heading_end in ended else _written_at(text, heading_end, words), words)
                 for heading_end, words, _ in path)


def section_breaks(text: str, start: int, end: int, marked: frozenset[str] = frozenset()) -> list[int]:
    """Where in text[start:end] a heading starts that ends the section of the outermost heading it falls under (the
    title's but), where that heading holds a figure (a version, a date, a day's number, a time: what an answer may be):
    one of the same level or higher ("## 4.2.2" under "## 4.3.0"), or either without a level. Sections of words alone
    are left whole: a job advert's passages cut at "## Benefits" had been read in pieces too short to read well, its pay
    answered "Annual leave" (bench/facts)."""
    path, _, within = _path(text, start, marked, False, end)
    if not path or not any(ch.isdigit() for ch in path[0][1]):
        return []
    return [line_start for line_start, other in within if _ends(other, path[0][2])]


def _ends(level: int | None, over: int | None) -> bool:
    """Whether a heading of `level` ends the section of one of level `over` above it (None: a heading by its words)."""
    return level is None or over is None or level <= over


def _path(text: str, start: int, marked: frozenset[str], with_title: bool, end: int | None):
    """The headings text[start:] falls under ((where each ends, its words, its level), the title's with it), the title
    ((where it ends, its words), or None), and the headings starting in text[start:end] after its first line ((where each
    line starts, its level))."""
    found = _headings(text, marked)
    before = bisect.bisect_left(found, start, key=lambda heading: heading[0])
    line_end = text.find("\n", start)
    opens_with_one = before < len(found) and found[before][0] <= (len(text) if line_end < 0 else line_end)
    under = before if opens_with_one else before - 1  # the heading whose section text[start:] is in
    if under < 0:
        return [], None, []
    path = [*_above(text, marked)[under], *([] if opens_with_one else [found[under]])]
    title = _title(text, found) if with_title else None
    if title is not None and title[0] < start and [words for _, words, _ in path[:1]] != [title[1]]:
        path.insert(0, (*title, None))
    within = []  # the headings starting in the passage, in order: looked at up to the first past its end only
    for heading_end, _, level in found[before + opens_with_one:] if end is not None else ():
        line_start = text.rfind("\n", 0, heading_end) + 1
        if line_start >= end:
            break
        within.append((line_start, level))
    return path, title, within


def _written_at(text: str, end: int, words: str) -> int | None:
    """Where a heading's `words`, its line ending at `end`, start in `text` (None where not written so, or where they are
    a table's header row pasted from a spreadsheet, its names apart by tabs: "SKU", its first, had answered how many of
    an item were in stock)."""
    at = text.rfind(words, text.rfind("\n", 0, end) + 1, end)
    return at if at >= 0 and "\t" not in words else None


def _title(text: str, found: tuple[tuple[int, str, int | None], ...]) -> tuple[int, str] | None:
    """(where it ends, its words) of a document's title: its first heading after any front matter (whose last key, over
    the closing "---", reads as a heading underlined), where it is among the document's first TITLE_LINES lines (under a
    letterhead, an address, "Dear Parents and Carers,", a news story's dateline paragraph), and in Markdown of level 1,
    the only one (two of level 1 each head a part); an e-mail's Subject line, where its header opens it; a letterhead in
    capitals where no heading is a title (`_letterhead`); None without one. A heading amid the text is none: a SQuAD
    article's "Concentrated O" (a line cut at a lowered "2") read before each of its passages had lost answers."""
    matter = front_matter(text)
    body = matter.span[1] if matter else 0
    found = tuple(heading for heading in found if heading[0] > body)
    if subject := _message_subject(text, body):
        return subject
    if not found:
        return _letterhead(text, body)
    end, words, level = found[0]
    before = text[body : text.rfind("\n", 0, end) + 1]
    if sum(1 for line in before.splitlines() if line.strip()) >= TITLE_LINES:
        return _letterhead(text, body)
    return (end, words) if level is None or level == 1 and sum(other == 1 for _, _, other in found) == 1 else None


def _message_subject(text: str, body: int) -> tuple[int, str] | None:
    """(where it ends, its words) of the Subject line of the header an e-mail opens with (From, To, Sent, Subject, …), its
    title whatever headings follow: "Who is the duty manager at The Gullhaven Hotel?" had read the passages naming the hotel
    (its letterhead's, its sign-off's) and not the one naming the duty manager (bench/unseen14, written blind)."""
    subject = message_subject(text, body)
    return (subject.end(), text[subject.start():subject.end()].strip()) if subject else None


def message_subject(text: str, start: int = 0) -> re.Match | None:
    """The Subject line (SUBJECT_HEADER) among the header lines an e-mail opens with at text[start] (EMAIL_HEADER, one
    after another); None where it opens with none, or they have none."""
    at = start
    while EMAIL_HEADER.match(text, at) is not None:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if subject := SUBJECT_HEADER.match(text, at, end):
            return subject
        at = end + 1
    return None


def _letterhead(text: str, body: int) -> tuple[int, str] | None:
    """(where it ends, its words) of the name a letter or notice opens with in capitals over its sender's details, its
    title where no heading is one ("MARLCOMBE DISTRICT COUNCIL" over "Waste and Recycling Services" and an address):
    what every passage of it is about. A question naming it ("What goes in the green box, according to Marlcombe District
    Council?") had found the letterhead's and the sign-off's passages, and the reader had refused a passage not naming
    it."""
    line = LETTERHEAD.match(text, body)
    return (line.end(1), line.group(1)) if line and is_heading(line.group(1)) else None


@lru_cache(maxsize=ARTICLES_KEPT)
def _above(text: str, marked: frozenset[str]) -> tuple[tuple[tuple[int, str, int | None], ...], ...]:
    """For each heading of `text`, the Markdown headings of higher levels it falls under ((where it ends, its words, its
    level)), outermost first, but a document's title (its only heading of level 1): worked out once an article, not once
    a passage."""
    found = _headings(text, marked)
    title_only = sum(level == 1 for _, _, level in found) == 1
    paths = []
    for under, (_, _, level) in enumerate(found):
        path: list[tuple[int, str, int | None]] = []
        for end, words, higher in reversed(found[:under]):
            if higher is not None and (level is None or higher < level) and not (title_only and higher == 1):
                path.insert(0, (end, words, higher))
                level = higher
        paths.append(tuple(path))
    return tuple(paths)
