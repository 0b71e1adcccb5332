"""Sentence-aware chunking with overlap, each chunk knowing its exact place in its article."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pysbd

from index.articles import Article


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


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, covering the text without gaps."""
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


def _split_long(text: str, start: int, end: int, count_tokens, max_tokens: int) -> list[tuple[int, int]]:
    """Cut a sentence longer than max_tokens at whitespace into pieces that fit."""
    pieces, piece_start = [], start
    while piece_start < end:
        piece_end = end
        while count_tokens(text[piece_start:piece_end]) > max_tokens:
            cut = text.rfind(" ", piece_start + 1, piece_start + (piece_end - piece_start) // 2 + 1)
            piece_end = cut if cut > piece_start else piece_start + max(1, (piece_end - piece_start) // 2)
        pieces.append((piece_start, piece_end))
        piece_start = piece_end
    return pieces


LINE_BREAKS = "\n\r\u2028\u2029"


def _ends_paragraph(text: str) -> bool:
    """Whether a sentence (with the whitespace after it) ends its paragraph: a line break follows it."""
    return any(ch in LINE_BREAKS for ch in text[len(text.rstrip()):])


def chunk_article(article: Article, count_tokens: Callable[[str], int], settings: ChunkSettings = ChunkSettings()) -> list[Chunk]:
    """Chunks of whole sentences up to `max_tokens` tokens, neighbours sharing `overlap_sentences`
    sentences so that an answer near a boundary is whole in one of them.

    A chunk at least half full ends at the next paragraph break, and the next chunk starts with the
    new paragraph: passages then hold one topic, not the tail of one and the start of another. On
    300 SQuAD v1.1 dev questions over whole articles this lifted F1 from 68.7 to 70.8 (recall@1
    73.7 to 75.0), and on the seed article's 40 questions from 74.5 to 77.0."""
    text = article.text
    units = []
    for start, end in sentence_spans(text):
        if count_tokens(text[start:end]) > settings.max_tokens:
            units += _split_long(text, start, end, count_tokens, settings.max_tokens)
        else:
            units.append((start, end))
    sizes = [count_tokens(text[s:e]) for s, e in units]
    paragraph_ends = [_ends_paragraph(text[s:e]) for s, e in units]
    chunks, first = [], 0
    while first < len(units):
        last, total = first, sizes[first]
        while last + 1 < len(units) and total + sizes[last + 1] <= settings.max_tokens:
            if paragraph_ends[last] and 2 * total >= settings.max_tokens:
                break
            last += 1
            total += sizes[last]
        start, end = units[first][0], units[last][1]
        # Trim surrounding whitespace so chunk text starts and ends on words.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            chunks.append(Chunk(article.name, start, end, text[start:end]))
        if last + 1 >= len(units):
            break
        first = last + 1 if paragraph_ends[last] else max(first + 1, last + 1 - settings.overlap_sentences)
    return chunks
