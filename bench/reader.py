"""Reader speed on SQuAD v1.1 dev paragraphs (data from ../shared, never needed by the tests):
paragraphs/second and p50/p95 ms at batch 1, one question and its paragraph per call.
(The reader's scores on SQuAD v2 come from `qa calibrate`, its v1.1 scores from `qa eval --reader-only`.)

    python bench/reader.py [--n 300] [--reader FOLDER]
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

from qa.cli import positive  # noqa: E402  (after the path is set)
SQUAD = ROOT.parent / "shared" / "data" / "squad"


def speed(reader, n: int) -> dict:
    from qa.questions import load_questions, sample

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reader", help="reader folder or hub id (default: the shipped reader)")
    parser.add_argument("--n", type=positive, default=300, help="paragraphs to read")
    args = parser.parse_args()

    from qa.reader import Reader

    print(json.dumps(speed(Reader.load(args.reader), args.n), indent=2))


if __name__ == "__main__":
    main()
