"""Reader benchmarks on SQuAD (data from ../shared, never needed by the tests):

  speed  paragraphs/second and p50/p95 ms at batch 1 (one question and its paragraph per call)
  v2     SQuAD v2.0 dev: scores (F1, HasAns F1, NoAns accuracy) on all of it at the reader's
         default threshold, and with the threshold chosen on half of the articles and the
         scores reported on the other half

    python bench/reader.py speed [--n 300]
    python bench/reader.py v2 [--squad ../shared/data/squad/squad-v2.0-dev.jsonl.gz] [--limit N]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SQUAD = ROOT.parent / "shared" / "data" / "squad"


def speed(reader, n: int) -> dict:
    from qa.evaluate import load_questions, sample

    questions = sample(load_questions(SQUAD / "squad-v1.1-dev.jsonl.gz").questions, n, seed=0)
    reader.read(questions[0].text, [questions[0].context])  # warm-up
    timings = []
    for question in questions:
        started = time.perf_counter()
        reader.read(question.text, [question.context])
        timings.append(1000 * (time.perf_counter() - started))
    return {"paragraphs": n, "p50_ms": round(float(np.percentile(timings, 50)), 1),
            "p95_ms": round(float(np.percentile(timings, 95)), 1),
            "paragraphs_per_s": round(1000 * n / sum(timings), 1)}


def split_half_v2(reader, path: Path, limit: int | None) -> dict:
    from qa.calibrate import split_by_title
    from qa.evaluate import best_threshold, load_questions, read_own_paragraphs, sample, summarize, sweep

    questions = sample(load_questions(path).questions, limit, seed=0)
    run = read_own_paragraphs(reader, questions, threshold=reader.no_answer_threshold)
    tuning, held_out = split_by_title(run)
    chosen = best_threshold(sweep(tuning), current=run.threshold).threshold
    return {"default_threshold": run.threshold, "all": _v2_scores(summarize(run)),
            "threshold_chosen_on_half_a": chosen, "half_b": _v2_scores(summarize(held_out, chosen))}


def _v2_scores(scores: dict) -> dict:
    return {"n": scores["n"], "exact_match": scores["exact_match"], "f1": scores["f1"],
            "has_answer_f1": scores["has_answer"]["f1"], "no_answer_accuracy": scores["no_answer"]["accuracy"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["speed", "v2"])
    parser.add_argument("--reader", help="reader folder or hub id (default: the shipped reader)")
    parser.add_argument("--n", type=int, default=300, help="paragraphs for `speed`")
    parser.add_argument("--squad", default=str(SQUAD / "squad-v2.0-dev.jsonl.gz"))
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()

    from qa.reader import Reader

    reader = Reader.load(args.reader)
    result = speed(reader, args.n) if args.what == "speed" else split_half_v2(reader, Path(args.squad), args.limit)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
