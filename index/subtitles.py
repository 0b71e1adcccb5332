"""Subtitles saved as text (SubRip, WebVTT): each cue's number and timing line ("41",
"00:02:37,730 --> 00:02:41,620") and a WebVTT file's header are furniture. Passages are read and
searched without them (index/tables.py), and a sentence spread over several cues runs on over them
as one (index/chunking.py, index/headings.py). Read as written, timings filled two fifths of a talk's
passages, cut its sentences between passages, and came back as answers ("00:02:46,010"; "130", a
timing's milliseconds, for "How many bee species live in Britain?")."""
from __future__ import annotations

import re
from functools import lru_cache

from index.pages import ranges_within

ARTICLES_KEPT = 32  # articles whose cues are remembered between passages
MIN_CUES = 3  # timing lines that make a text subtitles, not a text quoting one
# The least share of a text's lines holding words that timing lines take in subtitles: each cue is a
# number, a timing and a line or two (a quarter or more). An article quoting three cues had its lines run on.
MIN_TIMING_SHARE = 1 / 8
TIMESTAMP = r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
TIMING = re.compile(rf"^[ \t]*{TIMESTAMP}[ \t]*-->[ \t]*{TIMESTAMP}[^\n]*", re.MULTILINE)  # a WebVTT cue's settings after it
CUE_NUMBER = re.compile(r"[ \t]*\d+\s*")  # SubRip's, on the line above the timing
HEADER = re.compile(r"[ \t]*WEBVTT\b[^\n]*")


def cue_furniture(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ranges of text[start:end] that cue numbers, timing lines and a WebVTT header take: none
    unless the text holds MIN_CUES timing lines or more, MIN_TIMING_SHARE of its lines."""
    return ranges_within(_cue_furniture(text), start, len(text) if end is None else end)


@lru_cache(maxsize=ARTICLES_KEPT)
def _cue_furniture(text: str) -> tuple[tuple[int, int], ...]:
    timings = [match.span() for match in TIMING.finditer(text)]
    if len(timings) < MIN_CUES or len(timings) < MIN_TIMING_SHARE * sum(1 for line in text.splitlines() if line.strip()):
        return ()
    header = HEADER.match(text)
    found = [header.span()] if header else []
    for start, end in timings:
        above = text.rfind("\n", 0, max(start - 1, 0)) + 1
        if start and CUE_NUMBER.fullmatch(text, above, start - 1):
            found.append((above, start - 1))
        found.append((start, end))
    return tuple(found)


def run_on(text: str, prose: str) -> str:
    """`prose` (as long as `text`) with subtitles' furniture and line ends, from the first cue on, as
    spaces: a talk's sentences read as they were spoken, over the cues they are spread across."""
    furniture = _cue_furniture(text)
    if not furniture:
        return prose
    first = furniture[0][0]
    blanked = _blanked(prose, furniture)
    return blanked[:first] + blanked[first:].replace("\r", " ").replace("\n", " ")


def without_cues(text: str) -> str:
    """`text` with subtitles' furniture as spaces, the same length."""
    furniture = _cue_furniture(text)
    return _blanked(text, furniture) if furniture else text


def _blanked(text: str, ranges: tuple[tuple[int, int], ...]) -> str:
    chars = list(text)
    for start, end in ranges:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
