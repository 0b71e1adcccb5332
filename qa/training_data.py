"""Training data for the reader: question-paragraph pairs with their negatives, token windows
labelled with the answer's tokens, and batches of them in an order fixed by seed and epoch."""
from __future__ import annotations

import multiprocessing
import random
from concurrent.futures import ProcessPoolExecutor
from functools import partial

import numpy as np
import torch

from index.chunking import sentence_spans
from index.lexical import PassageBM25, search_words
from qa.questions import answer_texts
from qa.windows import WindowSettings, label_windows, tokenize_windows


def in_parallel(function, items: list, workers: int, chunksize: int) -> list:
    """`function` of each item, in order; in forked worker processes when `workers` > 1. On a GPU
    machine's many cores this makes reading SQuAD take seconds instead of minutes of its lease."""
    if workers <= 1 or len(items) <= chunksize or "fork" not in multiprocessing.get_all_start_methods():  # Windows
        return [function(item) for item in items]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(function, items, chunksize=chunksize))


def without_answer_sentence(context: str, span: tuple[int, int], golds: list[str],
                            sentences: list[tuple[int, int]] | None = None) -> str | None:
    """The paragraph with the sentences holding the answer cut out, or None when nothing is left
    or the answer also appears elsewhere. Such near-misses (same topic, same words, no answer) are
    what an extractive reader must learn to refuse; another paragraph is too easy a negative.
    `sentences` are the paragraph's sentence spans, when already known."""
    kept = [context[a:b] for a, b in sentences or sentence_spans(context) if b <= span[0] or a >= span[1]]
    rest = "".join(kept).strip()
    if not rest or any(g in rest for g in golds):
        return None
    return rest


def training_pairs(rows: list[dict], negatives: float, rng: random.Random, hard_negatives: float,
                   closest_negatives: bool = False, shared_normalization: bool = False, workers: int = 1):
    """(question, context, answer char span or None, group) for each row, plus negative pairs: the
    question with another paragraph of the same article that does not contain its answer (at
    random, or the closest by BM25 with `closest_negatives`), and (for a `hard_negatives` share)
    with its own paragraph lacking the answer's sentence. Each pair is a group of its own, except
    that with `shared_normalization` a question's paragraph and the closest other paragraph form one.
    The paragraphs are split into sentences by `workers` processes."""
    by_title: dict[str, list[str]] = {}
    for row in rows:
        contexts = by_title.setdefault(row.get("title", ""), [])
        if not contexts or contexts[-1] != row["context"]:
            contexts.append(row["context"])
    paragraphs = [c for contexts in by_title.values() for c in contexts]
    sentences = dict(zip(paragraphs, in_parallel(sentence_spans, paragraphs, workers, 64))) if hard_negatives else {}
    rankers: dict[str, tuple[PassageBM25, dict[str, int]]] = {}  # per article, built when first needed

    def closest(title: str, question: str, others: list[str]) -> str:
        if title not in rankers:
            contexts = by_title[title]
            rankers[title] = PassageBM25([search_words(c) for c in contexts]), {c: i for i, c in enumerate(contexts)}
        ranker, position = rankers[title]
        scores = ranker.get_scores(search_words(question))
        return max(others, key=lambda c: scores[position[c]])

    pairs = []

    def add(question: str, context: str, span: tuple[int, int] | None, new_group: bool = True) -> None:
        group = pairs[-1][3] + (1 if new_group else 0) if pairs else 0
        pairs.append((question, context, span, group))

    for row in rows:
        context, answers = row["context"], row.get("answers", [])
        span = None
        if answers:
            text, start = answers[0]["text"], answers[0].get("answer_start", -1)
            if context[start : start + len(text)] != text:
                start = context.find(text)
            if start < 0:
                continue  # an answer not in its paragraph teaches nothing
            span = (start, start + len(text))
        add(row["question"], context, span)
        golds = answer_texts(row)
        title = row.get("title", "")
        others = [c for c in by_title[title] if c != context and not any(g in c for g in golds)]
        if shared_normalization and span and others:
            add(row["question"], closest(title, row["question"], others), None, new_group=False)
        if negatives and rng.random() < negatives:
            if others:
                other = closest(title, row["question"], others) if closest_negatives else rng.choice(others)
                add(row["question"], other, None)
        if span and hard_negatives and rng.random() < hard_negatives:
            rest = without_answer_sentence(context, span, golds, sentences.get(context))
            if rest:
                add(row["question"], rest, None)
    return pairs


def make_features(tokenizer, pairs, settings: WindowSettings, workers: int = 1):
    """Token windows with start/end labels and their pair's group, as compact arrays; the pairs are
    tokenized 2,000 at a time by `workers` processes."""
    chunks = [pairs[first : first + 2000] for first in range(0, len(pairs), 2000)]
    return [f for part in in_parallel(partial(_features, tokenizer, settings), chunks, workers, 1) for f in part]


def _features(tokenizer, settings: WindowSettings, pairs) -> list[tuple]:
    encoding = tokenize_windows(tokenizer, [p[0] for p in pairs], [p[1] for p in pairs], settings)
    starts, ends = label_windows(encoding, [p[2] for p in pairs])
    # The context's tokens by the tokenizer's sequence ids, not by token types: MPNet's and RoBERTa's have none.
    types = encoding.get("token_type_ids")
    return [(np.array(encoding["input_ids"][w], dtype=np.int32),
             np.array(types[w] if types is not None else [0] * len(encoding["input_ids"][w]), dtype=np.int8),
             starts[w], ends[w], pairs[encoding["overflow_to_sample_mapping"][w]][3],
             np.array([sequence == 1 for sequence in encoding.sequence_ids(w)], dtype=np.bool_))
            for w in range(len(encoding["input_ids"]))]


def epoch_batches(features, batch_size: int, seed: int, epoch: int, grouped: bool = False) -> list[list[int]]:
    """Batches of similar-length windows (little padding), in an order fixed by seed and epoch.
    `grouped` keeps the windows of a group (features[i][4]) in one batch, filled up to batch_size
    windows (a larger group makes a batch of its own)."""
    rng = random.Random(seed * 1000 + epoch)
    units: list[list[int]] = []
    for i in range(len(features)):
        if grouped and units and features[units[-1][0]][4] == features[i][4]:
            units[-1].append(i)
        else:
            units.append([i])
    order = list(range(len(units)))
    rng.shuffle(order)
    pool = batch_size * 64
    batches = []
    for first in range(0, len(order), pool):
        block = sorted(order[first : first + pool], key=lambda u: max(len(features[i][0]) for i in units[u]))
        batch: list[int] = []
        for u in block:
            if batch and len(batch) + len(units[u]) > batch_size:
                batches.append(batch)
                batch = []
            batch += units[u]
        if batch:
            batches.append(batch)
    rng.shuffle(batches)
    return batches


def collate(features, batch: list[int], pad_id: int) -> dict[str, torch.Tensor]:
    length = max(len(features[i][0]) for i in batch)
    ids = torch.full((len(batch), length), pad_id, dtype=torch.long)
    types = torch.zeros((len(batch), length), dtype=torch.long)
    mask = torch.zeros((len(batch), length), dtype=torch.long)
    context = torch.zeros((len(batch), length), dtype=torch.bool)
    for row, i in enumerate(batch):
        n = len(features[i][0])
        ids[row, :n] = torch.from_numpy(features[i][0].astype(np.int64))
        types[row, :n] = torch.from_numpy(features[i][1].astype(np.int64))
        mask[row, :n] = 1
        context[row, :n] = torch.from_numpy(features[i][5])
    return {"input_ids": ids, "token_type_ids": types, "attention_mask": mask, "context": context,
            "start_positions": torch.tensor([features[i][2] for i in batch]),
            "end_positions": torch.tensor([features[i][3] for i in batch]),
            "groups": torch.tensor([features[i][4] for i in batch])}
