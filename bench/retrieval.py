"""Retrieval alone: recall@k and MRR of the shipped fusion beside embeddings alone, BM25 alone and
the fusion it replaced (unstemmed words, k = 60, equal weights). A passage is relevant as `qa eval`
judges it (qa/evaluate.py `holds_gold`): when it holds the gold answer's own occurrence (SQuAD), or
its words (the seed article's questions). SQuAD questions are asked over their whole articles (each restricted to its
own); `--squad train` gives the questions the fusion settings were chosen on, `dev` those that
confirmed them.

    python bench/retrieval.py [--squad dev|train] [--limit 1000]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import numpy as np
from rank_bm25 import BM25Okapi

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.cli import positive  # noqa: E402  (after the path is set)
SHARED = ROOT.parent / "shared" / "data"
DEPTHS = (1, 3, 4, 5, 8)


def fuse(dense: list[int], lexical: list[int], k: int, weight: float) -> list[int]:
    fused = {i: 1 / (k + rank) for rank, i in enumerate(dense)}
    for rank, i in enumerate(lexical):
        fused[i] += weight / (k + rank)
    return sorted(dense, key=lambda i: -fused[i])


def scores(ranks: list[int | None]) -> dict:
    found = [r for r in ranks if r]
    return {**{f"recall@{k}": round(100 * sum(r <= k for r in found) / len(ranks), 1) for k in DEPTHS},
            "mrr": round(100 * sum(1 / r for r in found) / len(ranks), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--squad", choices=["dev", "train"], default="dev")
    parser.add_argument("--limit", type=positive, default=1000)
    args = parser.parse_args()

    from index.articles import load_article
    from index.embedding import Embedder
    from index.lexical import PassageBM25, search_words
    from index.store import ArticleIndex
    from qa.assistant import SEED_ARTICLE
    from index.tables import text_as_read
    from qa.evaluate import Passage, holds_gold
    from qa.questions import answer_spans, load_questions, sample, squad_articles

    embedder = Embedder()
    seed_questions = [q for q in load_questions(SHARED / "article-questions-dev.jsonl").questions if q.golds]
    squad = load_questions(SHARED / "squad" / f"squad-v1.1-{args.squad}.jsonl.gz").questions
    if args.squad == "train":  # 40 articles' questions: a sample over all 442 would embed them all
        titles = sorted({q.document for q in squad})
        random.Random(1).shuffle(titles)
        squad = [q for q in squad if q.document in set(titles[:40])]
    squad_questions = sample(squad, args.limit, seed=0)
    titles = {q.document for q in squad_questions}
    sets = {"seed article": ([load_article(SEED_ARTICLE)], seed_questions),
            f"SQuAD v1.1 {args.squad}": ([a for a in squad_articles(squad) if a.name in titles], squad_questions)}
    for name, (articles, questions) in sets.items():
        index = ArticleIndex.build(articles, embedder)
        vectors = embedder.embed([q.text for q in questions])
        chunks = index.chunks
        position = {id(chunk): i for i, chunk in enumerate(chunks)}
        # Each passage as `qa eval` judges it: its text as its article reads (a Markdown article's without its markup).
        as_read = [Passage(c.source, c.start, c.end, text_as_read(index.articles[c.source].text, c.start, c.end,
                                                                  index.articles[c.source].is_markdown)) for c in chunks]
        by_source: dict[str, list[int]] = {}
        for i, chunk in enumerate(chunks):
            by_source.setdefault(chunk.source, []).append(i)
        # The fusion before counted words over every article's chunks; the index now counts them over
        # the article searched.
        old_bm25 = BM25Okapi([re.findall(r"\w+", chunk.text.lower()) for chunk in chunks])
        new_bm25 = {source: PassageBM25([search_words(chunks[i].text) for i in ids]) for source, ids in by_source.items()}
        ranks: dict[str, list] = {}
        for question, vector in zip(questions, vectors):
            source = question.document or articles[0].name
            spans = answer_spans(question, index.articles[source].text) if question.context else ()
            ids = by_source[source]
            dense = [position[id(h.chunk)] for h in index.search(vector, len(ids), [source])]  # by similarity alone
            old = old_bm25.get_scores(re.findall(r"\w+", question.text.lower()))[ids]
            new = new_bm25[source].get_scores(search_words(question.text))
            orders = {"embeddings": dense,
                      "BM25, stemmed words": [ids[j] for j in np.argsort(-new, kind="stable")],
                      "fused as before (unstemmed, k 60, equal weights)":
                          fuse(dense, [ids[j] for j in np.argsort(-old, kind="stable")], 60, 1.0),
                      "fused as shipped": [position[id(h.chunk)] for h in index.search(vector, len(ids), [source], question.text)]}
            for variant, order in orders.items():
                rank = next((r for r, i in enumerate(order, 1) if holds_gold(as_read[i], question.golds, spans)), None)
                ranks.setdefault(variant, []).append(rank)
        for variant, found in ranks.items():
            print(json.dumps({"set": name, "questions": len(questions), "retrieval": variant, **scores(found)}), flush=True)


if __name__ == "__main__":
    main()
