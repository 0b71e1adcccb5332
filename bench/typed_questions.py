"""How answers hold up when questions are typed as people type them: each question of the chosen sets asked as written
and typed each way, end to end (one question at a time, as `qa eval` asks them); F1 of each set and of all, each way.

    python bench/typed_questions.py [--sets seed facts lists …] [--ways lower typo hey …] [--limit N] [--json OUT]

Ways: all lower case, all capitals, without its "?", without apostrophes ("Khorevs", "whats"), two neighbouring
letters of its longest word (7 letters or more) swapped, "hey, " before it, "? Thanks" or ", please?" after it, asked
through "Can you tell me…" and its like, and "What is the X?" asked as "Do you know the X?", "Can you tell me the X?"
or "Tell me the X?" (tell-me). The seed set is ../shared/data/article-questions-dev.jsonl over seeds/; any other is
bench/SET/ (questions.jsonl, articles/).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.cli import positive  # noqa: E402  (after the path is set)

SHARED = ROOT.parent / "shared" / "data"
SETS = ["seed", "facts", "lists", "subjects", "details", "news", "tab-tables", "unseen3"]  # session 54's review's
THROUGH = ["Can you tell me ", "Do you know ", "Could you tell me ", "I'd like to know "]


def _without_mark(question: str) -> str:
    return re.sub(r"\s*\?+\s*$", "", question)


def _typo(question: str) -> str:
    words = list(re.finditer(r"[A-Za-z]+", question))
    longest = max(words, key=lambda word: (len(word[0]), -word.start()), default=None)
    if longest is None or len(longest[0]) < 7:
        return question
    word = longest[0]
    for at in (len(word) // 2 - 1 + step for step in (0, 1, -1, 2, -2)):  # near its middle, inside it
        if 1 <= at and at + 1 <= len(word) - 2 and word[at] != word[at + 1]:
            return question[:longest.start()] + word[:at] + word[at + 1] + word[at] + word[at + 2:] + question[longest.end():]
    return question


def _asked_for_a_thing(question: str, place: int) -> str:
    """"What is the SKU of the bivvy bag?" as "Do you know the SKU of the bivvy bag?" (or "Can you tell me", "Tell me");
    a question asking otherwise as written."""
    thing = re.fullmatch(r"(?:What|Which) (?:is|are|was|were) (the .*\?)", question)
    return f"{['Can you tell me', 'Do you know', 'Tell me'][place % 3]} {thing[1]}" if thing else question


def _lowered_first(question: str) -> str:
    return question if re.match(r"I\b|[A-Z]{2}", question) else question[:1].lower() + question[1:]


# Each way types a question given its place in the set (the fourth way of asking through another, in turn).
WAYS = {
    "lower": lambda question, _: question.lower(),
    "upper": lambda question, _: question.upper(),
    "no-mark": lambda question, _: _without_mark(question),
    "no-apostrophe": lambda question, _: re.sub(r"['’]", "", question),
    "typo": lambda question, _: _typo(question),
    "hey": lambda question, _: "hey, " + _lowered_first(question),
    "thanks": lambda question, _: question.rstrip() + " Thanks",
    "please": lambda question, _: _without_mark(question) + ", please?",
    "through": lambda question, place: THROUGH[place % len(THROUGH)] + _lowered_first(question),
    "tell-me": lambda question, place: _asked_for_a_thing(question, place),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=SETS)
    parser.add_argument("--ways", nargs="+", choices=list(WAYS), default=list(WAYS))
    parser.add_argument("--limit", type=positive, help="the first N questions of each set")
    parser.add_argument("--json", help="write the F1s here too")
    args = parser.parse_args()

    from index.embedding import Embedder
    from qa.assistant import SEED_ARTICLE, Assistant
    from qa.evaluate import ask_one_by_one, summarize
    from qa.questions import load_questions
    from qa.reader import Reader

    reader, embedder = Reader.load(None), Embedder()
    scores: dict[str, dict[str, tuple[float, int]]] = {}
    for name in args.sets:
        questions_file, articles = (SHARED / "article-questions-dev.jsonl", SEED_ARTICLE) if name == "seed" else \
            (ROOT / "bench" / name / "questions.jsonl", ROOT / "bench" / name / "articles")
        questions = load_questions(questions_file).questions[: args.limit]
        assistant = Assistant.from_files(articles, reader=reader, embedder=embedder, log=None)
        for way in ["as written", *args.ways]:
            typed = questions if way == "as written" else [replace(q, text=WAYS[way](q.text, place))
                                                           for place, q in enumerate(questions)]
            scores.setdefault(way, {})[name] = summarize(ask_one_by_one(assistant, typed, progress=False))["f1"], len(questions)
            print(f"{name:12} {way:10} F1 {scores[way][name][0]:5.1f}", flush=True)
    print(f"\n| typed | {' | '.join(args.sets)} | all |\n|---|{'---|' * (len(args.sets) + 1)}")
    for way, by_set in scores.items():
        overall = sum(f1 * n for f1, n in by_set.values()) / sum(n for _, n in by_set.values())
        print(f"| {way} | {' | '.join(f'{by_set[name][0]:.1f}' for name in args.sets)} | {overall:.1f} |")
    if args.json:
        Path(args.json).write_text(json.dumps({way: {name: f1 for name, (f1, _) in by_set.items()} for way, by_set in scores.items()}, indent=1))


if __name__ == "__main__":
    main()
