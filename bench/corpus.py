"""What asking across many articles at once costs: SQuAD v1.1 dev questions asked over all of the
set's articles loaded together (as a folder of news articles would be), against each asked within
its own article only (as `qa eval --documents` asks them). Prints F1 at the assistant's threshold,
and how often the answer came from the question's own article.

    python bench/corpus.py [--limit 300] [--seed 0]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.cli import positive  # noqa: E402  (after the path is set)
SQUAD_DEV = ROOT.parent / "shared" / "data" / "squad" / "squad-v1.1-dev.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=positive, default=300, help="questions asked (drawn as `qa eval --limit` draws them)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from qa.assistant import Assistant
    from qa.metrics import reply_scores
    from qa.questions import load_questions, sample, squad_articles

    every_question = load_questions(SQUAD_DEV).questions
    articles = squad_articles(every_question)
    questions = sample(every_question, args.limit, args.seed)
    started = time.perf_counter()
    assistant = Assistant.from_articles(articles, log=None)
    print(f"{len(articles)} articles, {len(assistant.index.chunks):,} passages, "
          f"loaded in {time.perf_counter() - started:.0f} s")

    by_article: dict[str, list] = {}
    for question in questions:
        by_article.setdefault(question.document, []).append(question)
    own = [(q, a) for document, asked in by_article.items()
           for q, a in zip(asked, assistant.ask_many([q.text for q in asked], sources=[document]))]
    everywhere = list(zip(questions, assistant.ask_many([q.text for q in questions])))
    for label, replies in (("within its own article", own), (f"over all {len(articles)} articles", everywhere)):
        f1 = sum(reply_scores(answer.text, list(q.golds))[1] for q, answer in replies) / len(replies)
        answered = sum(answer.answered for _, answer in replies) / len(replies)
        from_own = sum(answer.answered and answer.source == q.document for q, answer in replies) / len(replies)
        print(f"{label:>28}: F1 {f1:.1f}, answered {answered:.1%}, from the question's own article {from_own:.1%}")


if __name__ == "__main__":
    main()
