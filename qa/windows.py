"""Question + context windows for the reader, shared by training and inference.

A context longer than one window is split into overlapping windows (`stride` tokens shared
between neighbours) so that every answer lies whole inside at least one window.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUESTION_TOKENS = 64
# A question's first sentence (up to its first "?", "!" or "." before a space), and the space before a later one.
FIRST_SENTENCE = re.compile(r".*?(?:[?!.](?=\s)|$)", re.DOTALL)
SENTENCE_GAP = re.compile(r"(?<=[?!.])\s+(?=\S)")
SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class WindowSettings:
    max_length: int = 256
    stride: int = 96

    def __post_init__(self):
        if self.max_length < MAX_QUESTION_TOKENS + 32:
            raise ValueError(f"max_length {self.max_length} leaves no room for context")
        if not 0 <= self.stride < self.max_length - MAX_QUESTION_TOKENS - 3:
            raise ValueError(f"stride {self.stride} must be from 0 to less than a window's context part "
                             f"({self.max_length - MAX_QUESTION_TOKENS - 3} tokens)")


def _clip_questions(tokenizer, questions: list[str]) -> list[str]:
    """Keep at most MAX_QUESTION_TOKENS tokens of each question, so the context always gets room: its start where it
    opens with what it asks ("Who…? (the turn before, for a follow-up)"), else its end, from the first sentence that
    starts within them. A long question opening with what the user knows ("We already know who cut the ribbon… What we
    would like to know is: how much did the repair cost?") had been read up to "What we" and answered with a name."""
    encoded = tokenizer(questions, add_special_tokens=False, return_offsets_mapping=True)
    clipped = []
    for question, offsets in zip(questions, encoded["offset_mapping"]):
        if len(offsets) > MAX_QUESTION_TOKENS:
            opening = FIRST_SENTENCE.match(question)
            if opening.group().rstrip().endswith("?"):
                question = question[: offsets[MAX_QUESTION_TOKENS - 1][1]]
            else:
                kept = offsets[-MAX_QUESTION_TOKENS][0]
                space = SPACE.search(question, kept)
                if kept and not question[kept - 1].isspace() and space:  # a word's last pieces: from the next word
                    kept = space.end()
                gap = SENTENCE_GAP.search(question, kept)
                question = question[gap.end() if gap else kept:]
        clipped.append(question)
    return clipped


def tokenize_windows(tokenizer, questions: list[str], contexts: list[str], settings: WindowSettings):
    """Tokenize pairs into windows. The result's `overflow_to_sample_mapping` names each window's pair;
    `offset_mapping` is kept for context tokens and set to None elsewhere, so it can only point into a context."""
    encoding = tokenizer(
        _clip_questions(tokenizer, questions),
        contexts,
        truncation="only_second",
        max_length=settings.max_length,
        stride=settings.stride,
        return_overflowing_tokens=True,
        return_offsets_mapping=True,
        padding=False,
    )
    encoding["offset_mapping"] = [
        [offset if sequence_id == 1 else None for offset, sequence_id in zip(offsets, encoding.sequence_ids(i))]
        for i, offsets in enumerate(encoding["offset_mapping"])
    ]
    return encoding


def label_windows(encoding, answer_spans: list[tuple[int, int] | None]) -> tuple[list[int], list[int]]:
    """Start/end token labels for each window: the answer's tokens when the whole answer lies inside
    the window, else the CLS position 0 (no answer here). `answer_spans[i]` is the character
    span [start, end) of pair i's answer, or None when the pair has no answer."""
    starts, ends = [], []
    for window, offsets in enumerate(encoding["offset_mapping"]):
        span = answer_spans[encoding["overflow_to_sample_mapping"][window]]
        start_token = end_token = 0
        if span is not None:
            first = next(i for i, o in enumerate(offsets) if o is not None)
            last = max(i for i, o in enumerate(offsets) if o is not None)
            if offsets[first][0] <= span[0] and offsets[last][1] >= span[1]:
                start_token = next(i for i in range(first, last + 1) if offsets[i] and offsets[i][1] > span[0])
                end_token = next(i for i in range(last, first - 1, -1) if offsets[i] and offsets[i][0] < span[1])
        starts.append(start_token)
        ends.append(end_token)
    return starts, ends
