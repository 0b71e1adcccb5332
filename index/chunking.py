"""Sentence-aware chunking with overlap, each chunk knowing its exact place in its article."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import pysbd

from index.articles import Article
from index.headings import EMAIL_HEADER, heading_ends
from index.rules import is_rule, without_rules
from index.subtitles import run_on, without_cues
from index.wrapping import unwrapped_article


@dataclass(frozen=True)
class Chunk:
    source: str  # the article's name
    start: int  # [start, end) in the article's text
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"source": self.source, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict) -> "Chunk":
        return cls(data["source"], data["start"], data["end"], data["text"])


@dataclass(frozen=True)
class ChunkSettings:
    max_tokens: int = 120
    overlap_sentences: int = 1


_segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)


# pysbd's time grows with the square of its input (a 360 KB paragraph took 76 s), so it is given at
# most this many characters at once; a paragraph longer than that is cut at a sentence end, or else
# at whitespace, which costs at most a wrong sentence boundary every few thousand characters.
PIECE_CHARS = 5_000
SENTENCE_END_THEN_SPACE = re.compile(r"[.!?…][\"'”’)\]]*\s")
WHITESPACE = re.compile(r"\s")


def _cut(text: str, start: int) -> int:
    """Where the piece of `text` from `start` ends: the whole rest if it fits in PIECE_CHARS, else
    after the last line break, sentence end or whitespace in the second half of the piece."""
    if len(text) - start <= PIECE_CHARS:
        return len(text)
    low, high = start + PIECE_CHARS // 2, start + PIECE_CHARS
    line_break = text.rfind("\n", low, high)
    if line_break >= 0:
        return line_break + 1
    for pattern in (SENTENCE_END_THEN_SPACE, WHITESPACE):
        last = None
        for last in pattern.finditer(text, low, high):
            pass
        if last is not None:
            return last.end()
    return high


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, covering the text without gaps."""
    spans, start = [], 0
    while start < len(text):
        end = _cut(text, start)
        spans += [(start + s, start + e) for s, e in _piece_sentence_spans(text[start:end])]
        start = end
    return spans


def _piece_sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for sentence in _segmenter.segment(text):
        # pysbd's spans can drift on repeated sentences; find each sentence from where the last ended.
        start = text.find(sentence.sent, cursor)
        if start < 0 or not sentence.sent:
            continue
        if start > cursor and spans:
            spans[-1] = (spans[-1][0], start)  # give the gap (whitespace) to the previous sentence
        spans.append((cursor if not spans else start, start + len(sentence.sent)))
        cursor = start + len(sentence.sent)
    if not spans:
        return [(0, len(text))] if text else []
    spans[-1] = (spans[-1][0], len(text))
    return spans


# A chunk holds at most this many characters a token: the tokenizer reads a word over 100 characters
# (a DNA sequence, a run of text without spaces such as Thai) as one unknown token, so that by tokens
# alone a 300,000-character run was one chunk, cited whole. English runs 4-6 characters a token.
MAX_CHARS_PER_TOKEN = 8


def _split_long(text: str, start: int, end: int, count_tokens, max_tokens: int) -> list[tuple[int, int]]:
    """Cut a sentence longer than max_tokens (or MAX_CHARS_PER_TOKEN times as many characters) at
    whitespace, or where there is none at half its length, into pieces that fit."""
    pieces, piece_start = [], start
    while piece_start < end:
        piece_end = end
        # Too many characters, told first: a line of 100 KB had had its tokens counted afresh at each halving (17 s).
        while piece_end - piece_start > max_tokens * MAX_CHARS_PER_TOKEN or count_tokens(text[piece_start:piece_end]) > max_tokens:
            cut = text.rfind(" ", piece_start + 1, piece_start + (piece_end - piece_start) // 2 + 1)
            piece_end = cut if cut > piece_start else piece_start + max(1, (piece_end - piece_start) // 2)
        pieces.append((piece_start, piece_end))
        piece_start = piece_end
    return pieces


LINE_BREAKS = "\n\r\u2028\u2029"
def _ends_paragraph(text: str) -> bool:
    """Whether a sentence (with the whitespace after it) ends its paragraph: a line break follows it."""
    return any(ch in LINE_BREAKS for ch in text[len(text.rstrip()):])


# A paragraph that asks what the next answers (an interviewer's, a FAQ's question), or introduces it
# ("Summary of the three bids (annual cost):" over the bids, "Khorev listed several achievements:").
LEADS_ON = re.compile(r"[?:][\"'”’)\]]*\s*$")
# A time alone on its line heads what follows it, a live blog's entry ("19:05" over "Highest gust so far…").
TIME_LINE = re.compile(r"[ \t]*\d{1,2}:\d{2}(?:[ \t]*(?i:[ap]\.?m\.?))?(?:[ \t]+[A-Z]{2,4})?\s*")  # not "4.50", "12.99 EUR"
# A speaker's name over their turn, with the time it starts, as transcription services write it ("Tom Aldridge  0:38",
# "Dr Kerstin Vahl  1:02:15"): it goes with the turn, which an r21 audit's podcast had read in the next passage, unnamed.
SPEAKER_LINE = re.compile(r"[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})(?:[ \t]{2,}|\t)\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*")
# A quote's attribution on a line of its own ("> — Leon", "– Albert Einstein, 1931"): it goes with the quote above it,
# which an r16 audit's meeting notes had read apart from it ("Who said we need a plan B?" was refused).
ATTRIBUTION = re.compile(r"[ \t>]*[—–][ \t]*[^\W\d_][^\n]{0,60}\s*")
TABLE_ROW = re.compile(r"[ \t]*(?:>[ \t]?)*(?:\||\+(?:-+\+)+[ \t]*\r?$)", re.MULTILINE)  # in a block quote too, and a grid's border


def _lines_going_on(text: str, start: int, end: int, line) -> bool:
    """Whether the sentence at text[start:end] ends on a line that the `line` pattern matches, and the next line,
    one line end after it, is one too: such lines are one paragraph."""
    words_end = start + len(text[start:end].rstrip())
    gap = text[words_end:end]
    if gap.count("\n") != 1 or end >= len(text):
        return False
    return bool(line.match(text, text.rfind("\n", 0, words_end) + 1) and line.match(text, words_end + gap.rfind("\n") + 1))


def _inside_table(text: str, start: int, end: int) -> bool:
    """Whether the sentence at text[start:end] ends on a table row ("| Porto | 75 |") that the next line
    goes on with: a table's rows are one paragraph, so that a passage keeps its header row (and the heading
    before it) with its first rows. Cut after the header, a Markdown table's rows had ranked too low to be
    read ("What is the efficiency of a string inverter?": 97.5%)."""
    return _lines_going_on(text, start, end, TABLE_ROW)


def _inside_header(text: str, start: int, end: int) -> bool:
    """Whether the sentence at text[start:end] is a line of an e-mail's header ("From: …", "Date: …") that the
    next line goes on with: a header is one paragraph, so that a passage holds who sent it, when and its
    subject together (an r16 audit's e-mail was cut before "Subject:", and "Who sent the email about the
    offsite?" found neither half)."""
    return _lines_going_on(text, start, end, EMAIL_HEADER)


def _rows_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans cut where a table's line starts (a row, or a grid's border): pysbd reads a table
    without full stops as one sentence, which a long table cut anywhere ("| Memory | 4 GB" | "| 16 GB |"),
    as long sentences are cut, and a chunk then ends inside a row; and where its last line ends."""
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        at = start
        for line in re.finditer(r"[^\n]*\n?", text[start:end]):
            line_start, line_end = start + line.start(), start + line.end()
            if line_start == line_end:
                break
            row = TABLE_ROW.match(text, line_start) and text.rfind("\n", 0, line_start) + 1 == line_start
            after_row = at < line_start and TABLE_ROW.match(text, text.rfind("\n", 0, line_start - 1) + 1) is not None
            if line_start > at and (row or after_row):
                cut.append((at, line_start))
                at = line_start
        cut.append((at, end))
    return cut


def _rows_whole(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans with those inside one table row joined: pysbd ends a sentence at "Max." in
    "| Max. length | 14.2 km |", and a chunk cut there had the row's value without its label."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        line_start = text.rfind("\n", 0, start) + 1
        if joined and start > line_start and TABLE_ROW.match(text, line_start):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _heading(text: str, start: int, end: int, marked: frozenset[str]) -> bool:
    """Whether text[start:end], a sentence with the whitespace after it, is a heading line that heads
    something (index/headings.py: not a line of a poem, an address or a list of short lines, unless the
    document `marked` it a heading): a paragraph ends after it, but no chunk does; it goes with what it heads."""
    line_start = start  # an indented one too (a screenplay's speaker, "          EAMON")
    while line_start > 0 and text[line_start - 1] in " \t":
        line_start -= 1
    return (line_start == 0 or text[line_start - 1] in LINE_BREAKS) and start + len(text[start:end].rstrip()) in heading_ends(text, marked)


def chunk_article(article: Article, count_tokens: Callable[[str], int], settings: ChunkSettings = ChunkSettings()) -> list[Chunk]:
    """Chunks of whole sentences up to `max_tokens` tokens, neighbours sharing `overlap_sentences`
    sentences so that an answer near a boundary is whole in one of them.

    Line ends inside hard-wrapped prose are read as spaces (`unwrapped`). A chunk at least half full
    ends at the next paragraph break, and the next chunk starts with the
    new paragraph: passages then hold one topic, not the tail of one and the start of another. On
    300 SQuAD v1.1 dev questions over whole articles this lifted F1 from 68.7 to 70.8 (recall@1
    73.7 to 75.0), and on the seed article's 40 questions from 74.5 to 77.0."""
    text = article.text
    # What sentences and paragraphs are read from, and sizes counted on: subtitles' sentences over their cues,
    # without cue numbers and timings (index/subtitles.py); chunks are cut from `text`.
    prose = run_on(text, unwrapped_article(text))
    sized = without_cues(text)

    def tokens(piece: str) -> int:  # as read: without rules' marks (index/rules.py)
        return count_tokens(without_rules(piece))

    units = []
    max_chars = settings.max_tokens * MAX_CHARS_PER_TOKEN
    for start, end in _rows_whole(prose, _rows_apart(prose, sentence_spans(prose))):
        # Sizes are of the text as written, which chunks hold: a block quote's ">" marks are tokens too.
        if end - start > max_chars or tokens(sized[start:end]) > settings.max_tokens:
            units += _split_long(sized, start, end, tokens, settings.max_tokens)
        else:
            units.append((start, end))
    sizes = [tokens(sized[s:e]) for s, e in units]
    paragraph_ends = [_ends_paragraph(prose[s:e]) and not _inside_table(prose, s, e) and not _inside_header(prose, s, e)
                      and not (n + 1 < len(units) and ATTRIBUTION.fullmatch(prose, *units[n + 1]) is not None)
                      for n, (s, e) in enumerate(units)]
    # A heading, a rule (above or under a heading), a time alone, a speaker's name and time, or a paragraph that leads on to
    # the next goes with what follows it.
    headings = [_heading(prose, s, e, article.headings) or is_rule(prose[s:e].strip()) or TIME_LINE.fullmatch(prose, s, e) is not None
                or SPEAKER_LINE.fullmatch(prose, s, e) is not None
                or (ends and LEADS_ON.search(prose, s, e) is not None) for (s, e), ends in zip(units, paragraph_ends)]
    # A paragraph that ends its page ends a chunk a quarter full: a slide's title and points were cut apart, each
    # slide's end and the next one's start read together.
    page_starts = set(article.page_starts)
    chunks, first, previous_last = [], 0, -1
    while first < len(units):
        last, total = first, sizes[first]
        while last + 1 < len(units) and total + sizes[last + 1] <= settings.max_tokens \
                and units[last + 1][1] - units[first][0] <= max_chars:
            if paragraph_ends[last] and not headings[last] and (2 * total >= settings.max_tokens
                                                               or units[last + 1][0] in page_starts and 4 * total >= settings.max_tokens):
                break
            last += 1
            total += sizes[last]
        # A heading starts the next chunk, not ends this one; but a chunk holds a sentence the one before does not,
        # and one of headings only (a programme's times and sessions, each heading the next) is not cut back to one.
        while last > max(first, previous_last + 1) and headings[last] and last + 1 < len(units) \
                and not all(headings[first:last]):
            last -= 1
        previous_last = last
        start, end = units[first][0], units[last][1]
        # Trim surrounding whitespace (and cues' furniture) so chunk text starts and ends on words.
        while start < end and sized[start].isspace():
            start += 1
        while end > start and sized[end - 1].isspace():
            end -= 1
        if start < end:
            chunks.append(Chunk(article.name, start, end, text[start:end]))
        if last + 1 >= len(units):
            break
        # The overlap shrinks to what fits beside the next sentence: a chunk of the overlap alone would hold nothing new.
        first = last + 1 if paragraph_ends[last] else max(first + 1, last + 1 - settings.overlap_sentences)
        while first <= last and (sum(sizes[first:last + 2]) > settings.max_tokens or units[last + 1][1] - units[first][0] > max_chars):
            first += 1
    return chunks
