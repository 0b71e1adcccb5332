#!/usr/bin/env python3
"""Check ../questions.jsonl against ../articles/ (both located relative to this file).

Checks: every line parses as a JSON object with exactly the keys id, question, answers,
type, article (in that order); ids run u16-001, u16-002, ... in sequence; types are known;
articles exist; answerable questions have 1-2 distinct, non-empty golds and unanswerable
ones have none; every gold is an exact (case-sensitive) substring of its article's raw
text, contains no line break, and (for HTML articles) contains no '<' or '&'; HTML
articles contain no character entities; each article has 15 questions, 4 of type
paraphrase and 3 unanswerable; 75 questions in all. Exits non-zero on any problem.
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
QFILE = ROOT / "questions.jsonl"
ADIR = ROOT / "articles"

PREFIX = "u16"
KEYS = ["id", "question", "answers", "type", "article"]
TYPES = {"paraphrase", "unanswerable", "table", "person", "number", "date", "place",
         "list", "definition"}
PER_ARTICLE = 15
PARAPHRASE_PER_ARTICLE = 4
UNANSWERABLE_PER_ARTICLE = 3
N_ARTICLES = 5
MAX_GOLDS = 2


def main():
    errors = []
    articles = {p.name: p.read_text(encoding="utf-8") for p in sorted(ADIR.iterdir()) if p.is_file()}
    if len(articles) != N_ARTICLES:
        errors.append(f"expected {N_ARTICLES} article files, found {len(articles)}")
    for name, text in articles.items():
        if name.endswith((".html", ".htm")) and "&" in text:
            errors.append(f"{name}: HTML article contains '&' (entities are not allowed)")

    rows = []
    raw_lines = QFILE.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(raw_lines, start=1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON ({e})")
            continue
        if not isinstance(obj, dict):
            errors.append(f"line {n}: not a JSON object")
            continue
        if list(obj.keys()) != KEYS:
            errors.append(f"line {n}: keys {list(obj.keys())} != {KEYS}")
            continue
        rows.append((n, obj))

    per_article = Counter()
    per_article_type = Counter()
    by_type = Counter()
    seen_q = set()
    for expected, (n, q) in enumerate(rows, start=1):
        qid = q["id"]
        want = f"{PREFIX}-{expected:03d}"
        if qid != want:
            errors.append(f"line {n}: id {qid!r}, expected {want!r}")
        if not isinstance(q["question"], str) or not q["question"].strip():
            errors.append(f"{qid}: empty question")
        elif q["question"] in seen_q:
            errors.append(f"{qid}: duplicate question text")
        seen_q.add(q["question"])
        qtype = q["type"]
        if qtype not in TYPES:
            errors.append(f"{qid}: unknown type {qtype!r}")
        art = q["article"]
        if art not in articles:
            errors.append(f"{qid}: unknown article {art!r}")
            continue
        text = articles[art]
        is_html = art.endswith((".html", ".htm"))
        golds = q["answers"]
        if not isinstance(golds, list) or not all(isinstance(g, str) for g in golds):
            errors.append(f"{qid}: answers must be a list of strings")
            continue
        if qtype == "unanswerable":
            if golds:
                errors.append(f"{qid}: unanswerable question has golds")
        else:
            if not 1 <= len(golds) <= MAX_GOLDS:
                errors.append(f"{qid}: {len(golds)} golds (want 1-{MAX_GOLDS})")
            if len(set(golds)) != len(golds):
                errors.append(f"{qid}: duplicate golds")
            for g in golds:
                if not g.strip() or g != g.strip():
                    errors.append(f"{qid}: empty or untrimmed gold {g!r}")
                if "\n" in g or "\r" in g:
                    errors.append(f"{qid}: gold spans a line break: {g!r}")
                if g not in text:
                    errors.append(f"{qid}: gold not found verbatim in {art}: {g!r}")
                if is_html and ("<" in g or "&" in g):
                    errors.append(f"{qid}: HTML gold contains '<' or '&': {g!r}")
        per_article[art] += 1
        per_article_type[(art, qtype)] += 1
        by_type[qtype] += 1

    if len(rows) != PER_ARTICLE * N_ARTICLES:
        errors.append(f"{len(rows)} questions, expected {PER_ARTICLE * N_ARTICLES}")
    for art in articles:
        if per_article[art] != PER_ARTICLE:
            errors.append(f"{art}: {per_article[art]} questions (want {PER_ARTICLE})")
        if per_article_type[(art, 'paraphrase')] != PARAPHRASE_PER_ARTICLE:
            errors.append(f"{art}: {per_article_type[(art, 'paraphrase')]} paraphrase (want {PARAPHRASE_PER_ARTICLE})")
        if per_article_type[(art, 'unanswerable')] != UNANSWERABLE_PER_ARTICLE:
            errors.append(f"{art}: {per_article_type[(art, 'unanswerable')]} unanswerable (want {UNANSWERABLE_PER_ARTICLE})")

    print(f"{len(rows)} questions, {len(articles)} articles")
    for t, c in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {t:13s} {c}")
    for art in sorted(articles):
        print(f"  {art}: {per_article[art]}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
