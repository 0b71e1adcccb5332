#!/usr/bin/env python3
"""Check ../questions.jsonl against ../articles/: every line parses, has exactly the keys
id/question/answers/type/article in that order, ids run u18-001..u18-075 in sequence, types
are known, answerable questions have 1-2 distinct golds and unanswerable ones none, every gold
occurs verbatim (case-sensitive) in its article's raw text, no gold contains a line break,
HTML golds contain no '<' or '&', and each article has 15 questions (4 paraphrase,
3 unanswerable, 8 plain)."""
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
QUESTIONS = ROOT / "questions.jsonl"

KEYS = ["id", "question", "answers", "type", "article"]
TYPES = {"paraphrase", "unanswerable", "table", "person", "number", "date", "place", "list",
         "definition"}
PREFIX = "u18-"
TOTAL = 75
PER_ARTICLE = 15
PARAPHRASE_PER_ARTICLE = 4
UNANSWERABLE_PER_ARTICLE = 3
MAX_GOLDS = 2


def main():
    errors = []
    rows = []
    texts = {p.name: p.read_text(encoding="utf-8") for p in ARTICLES.iterdir() if p.is_file()}
    for name, text in texts.items():
        if name.endswith(".html") and "&" in text:
            errors.append(f"{name}: HTML file contains '&' (no entities allowed)")

    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: does not parse: {exc}")
            continue
        if list(row.keys()) != KEYS:
            errors.append(f"line {n}: keys {list(row.keys())} != {KEYS}")
            continue
        rows.append(row)
        qid = row["id"]
        want = f"{PREFIX}{n:03d}"
        if qid != want:
            errors.append(f"line {n}: id {qid!r}, expected {want!r}")
        if not isinstance(row["question"], str) or not row["question"].strip():
            errors.append(f"{qid}: empty question")
        if row["type"] not in TYPES:
            errors.append(f"{qid}: unknown type {row['type']!r}")
        article = row["article"]
        if article not in texts:
            errors.append(f"{qid}: article {article!r} not found in articles/")
            continue
        answers = row["answers"]
        if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
            errors.append(f"{qid}: answers must be a list of strings")
            continue
        if row["type"] == "unanswerable":
            if answers:
                errors.append(f"{qid}: unanswerable question has golds")
        else:
            if not 1 <= len(answers) <= MAX_GOLDS:
                errors.append(f"{qid}: {len(answers)} golds (want 1-{MAX_GOLDS})")
            if len(set(answers)) != len(answers):
                errors.append(f"{qid}: duplicate golds")
        for gold in answers:
            if not gold.strip() or gold != gold.strip():
                errors.append(f"{qid}: gold {gold!r} is empty or has outer whitespace")
            if "\n" in gold or "\r" in gold:
                errors.append(f"{qid}: gold {gold!r} contains a line break")
            if gold not in texts[article]:
                errors.append(f"{qid}: gold {gold!r} not found verbatim in {article}")
            if article.endswith(".html") and ("<" in gold or "&" in gold):
                errors.append(f"{qid}: HTML gold {gold!r} contains '<' or '&'")

    if len(lines) != TOTAL:
        errors.append(f"{len(lines)} lines, expected {TOTAL}")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")

    per_article = defaultdict(Counter)
    for r in rows:
        per_article[r["article"]][r["type"]] += 1
    for name in sorted(texts):
        if name not in per_article:
            errors.append(f"{name}: no questions")
    for name, counts in sorted(per_article.items()):
        total = sum(counts.values())
        if total != PER_ARTICLE:
            errors.append(f"{name}: {total} questions, expected {PER_ARTICLE}")
        if counts["paraphrase"] != PARAPHRASE_PER_ARTICLE:
            errors.append(f"{name}: {counts['paraphrase']} paraphrase, expected "
                          f"{PARAPHRASE_PER_ARTICLE}")
        if counts["unanswerable"] != UNANSWERABLE_PER_ARTICLE:
            errors.append(f"{name}: {counts['unanswerable']} unanswerable, expected "
                          f"{UNANSWERABLE_PER_ARTICLE}")

    by_type = Counter(r["type"] for r in rows)
    print("by type:", ", ".join(f"{t} {c}" for t, c in by_type.most_common()))
    for name, counts in sorted(per_article.items()):
        print(f"  {name}: {sum(counts.values())} "
              f"({counts['paraphrase']} paraphrase, {counts['unanswerable']} unanswerable)")
    golds = Counter(len(r["answers"]) for r in rows if r["type"] != "unanswerable")
    print("golds per answerable question:", dict(sorted(golds.items())))
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print(f"OK: {len(rows)} questions checked")


if __name__ == "__main__":
    main()
