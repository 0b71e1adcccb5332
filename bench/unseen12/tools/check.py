#!/usr/bin/env python3
"""Check questions.jsonl against the articles.

Checks: every line parses as JSON; keys are exactly id, question, answers, type,
article in that order; ids are unique and run u12-001, u12-002, ...; the type is
a known one; the article file exists; answerable questions have 1-3 distinct
golds and unanswerable ones none; every gold is a non-empty string occurring
verbatim (case-sensitive) in its article's raw text; no gold contains a newline;
golds from HTML files contain no '<' or '&'; the HTML file has no entities.
Also prints counts by type and by article. Exits non-zero on any failure.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ARTICLES = os.path.join(ROOT, "articles")
QUESTIONS = os.path.join(ROOT, "questions.jsonl")
KEYS = ["id", "question", "answers", "type", "article"]
TYPES = {"paraphrase", "unanswerable", "table", "person", "number", "date",
         "place", "list", "definition"}


def main():
    errors = []
    seen = set()
    by_type = collections.Counter()
    by_article = collections.Counter()
    texts = {}
    with open(QUESTIONS, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        where = f"line {n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON ({e})")
            continue
        if list(row.keys()) != KEYS:
            errors.append(f"{where}: keys {list(row.keys())} != {KEYS}")
            continue
        qid = row["id"]
        where = f"{where} ({qid})"
        if qid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(qid)
        if qid != f"u12-{n:03d}":
            errors.append(f"{where}: expected id u12-{n:03d}")
        if not isinstance(row["question"], str) or not row["question"].strip():
            errors.append(f"{where}: empty question")
        qtype = row["type"]
        if qtype not in TYPES:
            errors.append(f"{where}: unknown type {qtype!r}")
        art = row["article"]
        path = os.path.join(ARTICLES, art)
        if not os.path.isfile(path):
            errors.append(f"{where}: missing article {art}")
            continue
        if art not in texts:
            with open(path, encoding="utf-8") as af:
                texts[art] = af.read()
        text = texts[art]
        answers = row["answers"]
        if not isinstance(answers, list):
            errors.append(f"{where}: answers is not a list")
            continue
        if qtype == "unanswerable":
            if answers:
                errors.append(f"{where}: unanswerable question has golds")
        else:
            if not 1 <= len(answers) <= 3:
                errors.append(f"{where}: {len(answers)} golds (need 1-3)")
            if len(set(answers)) != len(answers):
                errors.append(f"{where}: duplicate golds")
        for g in answers:
            if not isinstance(g, str) or not g.strip():
                errors.append(f"{where}: empty or non-string gold {g!r}")
                continue
            if "\n" in g or "\r" in g:
                errors.append(f"{where}: gold contains a newline: {g!r}")
            if g not in text:
                errors.append(f"{where}: gold not in {art}: {g!r}")
            if art.endswith(".html") and ("<" in g or "&" in g):
                errors.append(f"{where}: HTML gold contains '<' or '&': {g!r}")
        by_type[qtype] += 1
        by_article[art] += 1
    for art, text in texts.items():
        if art.endswith(".html") and re.search(r"&[#A-Za-z0-9]+;", text):
            errors.append(f"{art}: contains an HTML entity")
    print(f"{len(lines)} questions")
    for t, c in by_type.most_common():
        print(f"  {t:13s} {c}")
    for a, c in sorted(by_article.items()):
        print(f"  {c:3d}  {a}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
