"""How many retrieved passages should the reader read? F1 and latency for several settings, on the
article questions (end to end, one at a time) and on SQuAD v1.1 dev questions over whole articles
(settings over 10 passages: the seed article only, where 100 means all of it).

    python bench/passages.py [--squad-limit 500] [--settings 1 2 3 4 6 8 100] [--reader PATH]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.cli import positive  # noqa: E402  (after the path is set)
SHARED = ROOT.parent / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--squad-limit", type=positive, default=500)
    parser.add_argument("--settings", type=positive, nargs="+", default=[1, 2, 3, 4, 6, 8, 100])
    parser.add_argument("--reader", help="reader folder or hub id (default: the shipped reader)")
    args = parser.parse_args()

    from index.articles import load_article
    from index.embedding import Embedder
    from qa.assistant import SEED_ARTICLE, Assistant
    from qa.evaluate import ask_by_article, ask_one_by_one, summarize
    from qa.questions import load_questions, sample, squad_articles
    from qa.reader import Reader

    reader, embedder = Reader.load(args.reader), Embedder()
    seed = Assistant.from_articles([load_article(SEED_ARTICLE)], reader=reader, embedder=embedder, log=None)
    seed_questions = load_questions(SHARED / "article-questions-dev.jsonl").questions
    squad = load_questions(SHARED / "squad" / "squad-v1.1-dev.jsonl.gz").questions
    squad_questions = sample(squad, args.squad_limit, seed=0)
    titles = {q.title for q in squad_questions}
    documents = Assistant.from_articles([a for a in squad_articles(squad) if a.name in titles], reader=reader,
                                        embedder=embedder, log=None)
    rows = []
    for passages in args.settings:
        for assistant in (seed, documents):
            assistant.passages_to_read = passages
        seed_run = summarize(ask_one_by_one(seed, seed_questions, progress=False))
        # Reading a whole SQuAD article (~50 passages) per question would take hours here.
        squad_run = summarize(ask_by_article(documents, squad_questions, progress=False)) if passages <= 10 else None
        rows.append({"passages_to_read": passages, "seed_f1": seed_run["f1"], "seed_has_answer_f1": seed_run["has_answer"]["f1"],
                     "seed_no_answer_accuracy": seed_run["no_answer"]["accuracy"], "seed_p50_ms": seed_run["latency_ms"]["p50"],
                     "seed_p95_ms": seed_run["latency_ms"]["p95"],
                     "squad_documents_f1": squad_run and squad_run["f1"], "squad_documents_em": squad_run and squad_run["exact_match"]})
        print(json.dumps({k: round(v, 1) if isinstance(v, float) else v for k, v in rows[-1].items()}), flush=True)


if __name__ == "__main__":
    main()
