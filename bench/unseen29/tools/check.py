#!/usr/bin/env python3
"""Check questions.jsonl against the articles.

Every line parses; keys are exactly id, question, answers, type, article in that order; ids are
unique and numbered u29-001...; the article exists; answerable questions have 1-3 distinct
golds and unanswerable ones none; every gold is a non-empty exact (case-sensitive) substring of
its article's raw file text and contains no newline; golds in HTML files contain no '<' or '&';
HTML articles contain no entities. Also prints counts by type and per article. Exit status 1
if anything is wrong.
"""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent
KEYS = ["id", "question", "answers", "type", "article"]
TYPES = {"number", "date", "money", "person", "place", "table", "paraphrase", "ordinal", "range",
         "other", "unanswerable"}


def main():
    errors = []
    articles = {p.name: p.read_text(encoding="utf-8") for p in (HERE / "articles").iterdir()}
    for name, text in articles.items():
        if name.endswith(".html") and re.search(r"&[#A-Za-z0-9]+;", text):
            errors.append(f"{name}: contains an HTML entity")
    ids = set()
    by_type = collections.Counter()
    by_article = collections.defaultdict(collections.Counter)
    lines = (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON ({exc})")
            continue
        if list(row) != KEYS:
            errors.append(f"line {n}: keys {list(row)}")
            continue
        qid = row["id"]
        if qid != f"u29-{n:03d}":
            errors.append(f"{qid}: expected id u29-{n:03d}")
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not isinstance(row["question"], str) or not row["question"].strip():
            errors.append(f"{qid}: empty question")
        if row["type"] not in TYPES:
            errors.append(f"{qid}: unknown type {row['type']}")
        name = row["article"]
        if name not in articles:
            errors.append(f"{qid}: no article {name}")
            continue
        answers = row["answers"]
        if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
            errors.append(f"{qid}: answers must be a list of strings")
            continue
        if row["type"] == "unanswerable":
            if answers:
                errors.append(f"{qid}: unanswerable question has golds")
        else:
            if not 1 <= len(answers) <= 3:
                errors.append(f"{qid}: {len(answers)} golds")
            if len(set(answers)) != len(answers):
                errors.append(f"{qid}: duplicate golds")
        text = articles[name]
        for gold in answers:
            if not gold.strip():
                errors.append(f"{qid}: empty gold")
            if "\n" in gold or "\r" in gold:
                errors.append(f"{qid}: gold contains a newline: {gold!r}")
            if gold not in text:
                errors.append(f"{qid}: gold not in {name}: {gold!r}")
            elif text.count(gold) > 1:
                print(f"note {qid}: gold occurs {text.count(gold)} times in {name}: {gold!r}")
            if name.endswith(".html") and ("<" in gold or "&" in gold):
                errors.append(f"{qid}: HTML gold contains '<' or '&': {gold!r}")
        by_type[row["type"]] += 1
        by_article[name][row["type"] if row["type"] in ("paraphrase", "unanswerable") else "plain"] += 1
    print(f"{len(lines)} questions")
    for qtype, count in by_type.most_common():
        print(f"  {qtype:13s} {count}")
    for name, counts in sorted(by_article.items()):
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for err in errors:
        print("ERROR", err)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
