"""Latency of the assistant on this machine: per-question p50/p95 over a question set, cold start to
first answer, index build time and chunks/s (for the articles asked, and for one long article: the
first 12 SQuAD v1.1 dev articles' paragraphs joined, about 400 KB), and peak memory.

    python bench/latency.py [--questions ../shared/data/article-questions-dev.jsonl] [--article PATH ...] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.cli import positive  # noqa: E402  (after the path is set)
from index.articles import Article, load_articles  # noqa: E402  (after the path is set)
from index.embedding import Embedder  # noqa: E402
from index.store import ArticleIndex  # noqa: E402
from qa.assistant import SEED_ARTICLE, Assistant  # noqa: E402
from qa.questions import load_questions, read_jsonl, squad_articles  # noqa: E402

COLD_START = """
import time, sys
started = time.perf_counter()
from qa import Assistant
assistant = Assistant.from_files(sys.argv[2:], index_dir=sys.argv[1], log=None)
assistant.ask("Who gave the media briefing?")
print(time.perf_counter() - started)
"""


SHARED = ROOT.parent / "shared" / "data"


def cold_start_seconds(index_dir: str, article_paths: list[str]) -> float:
    """A fresh process: import, load models and the saved index, answer one question."""
    output = subprocess.run([sys.executable, "-c", COLD_START, index_dir, *article_paths],
                            capture_output=True, text=True, check=True, cwd=ROOT)
    return float(output.stdout.strip().splitlines()[-1])


def build_timing(articles: list, embedder) -> tuple[object, dict]:
    started = time.perf_counter()
    built = ArticleIndex.build(articles, embedder)
    seconds = time.perf_counter() - started
    return built, {"characters": sum(len(a.text) for a in articles), "chunks": len(built.chunks),
                   "vectors": built.faiss.ntotal,  # the chunks' and their lines of a label and a value's (index/store.py `_rows`)
                   "seconds": round(seconds, 2), "chunks_per_s": round(len(built.chunks) / seconds, 1)}


def long_article() -> Article:
    squad = squad_articles(load_questions(SHARED / "squad" / "squad-v1.1-dev.jsonl.gz").questions)
    return Article("squad-dev-12.txt", "\n\n".join(f"{a.name}\n\n{a.text}" for a in squad[:12]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", default=str(SHARED / "article-questions-dev.jsonl"))
    parser.add_argument("--article", action="append")
    parser.add_argument("--repeat", type=positive, default=3, help="passes over the questions (default: %(default)s)")
    args = parser.parse_args()

    article_paths = [str(p) for p in (args.article or [SEED_ARTICLE])]
    articles = load_articles(article_paths)
    embedder = Embedder()
    built, build = build_timing(articles, embedder)
    _, long_build = build_timing([long_article()], embedder)

    with tempfile.TemporaryDirectory() as index_dir:
        built.save(index_dir)
        cold = [cold_start_seconds(index_dir, article_paths) for _ in range(2)]
        assistant = Assistant.from_articles(articles, embedder=embedder, index_dir=index_dir, log=None)
        questions = [row["question"] for row in read_jsonl(args.questions)]
        assistant.ask(questions[0])  # warm-up
        latencies = []
        for _ in range(args.repeat):
            for question in questions:
                started = time.perf_counter()
                assistant.ask(question)
                latencies.append((time.perf_counter() - started) * 1000)

    result = {
        "questions": len(latencies),
        "latency_ms": {"p50": round(float(np.percentile(latencies, 50)), 1), "p95": round(float(np.percentile(latencies, 95)), 1),
                       "mean": round(float(np.mean(latencies)), 1)},
        "cold_start_s": round(min(cold), 2),
        "index_build": build,
        "index_build_long_article": long_build,
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
