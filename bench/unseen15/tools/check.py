#!/usr/bin/env python3
"""Check ../questions.jsonl against ../articles/.

Checks: every line parses as JSON; exactly the keys id, question, answers, type, article
in that order; ids unique and in sequence u15-001, u15-002, ...; known types; answerable
questions have 1-3 distinct non-empty golds and unanswerable ones none; every gold occurs
verbatim (case-sensitive) in its article's raw file text; no gold contains a newline; golds
from HTML articles contain no '<' or '&'; 75 questions, 15 per article, of which 4 are
paraphrase and 3 unanswerable (so 8 plain).
"""
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["id", "question", "answers", "type", "article"]
TYPES = {"paraphrase", "unanswerable", "table", "person", "number", "date", "place",
         "list", "definition"}
PER_ARTICLE, PARA, UNANS, TOTAL = 15, 4, 3, 75


def main():
    errors = []
    articles = {p.name: p.read_text(encoding="utf-8")
                for p in (ROOT / "articles").iterdir() if p.is_file()}
    rows = []
    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: does not parse: {e}")
            continue
        rows.append((n, row))

    seen = set()
    per_article = defaultdict(Counter)
    for idx, (n, row) in enumerate(rows, 1):
        where = f"line {n}"
        if not isinstance(row, dict) or list(row) != KEYS:
            errors.append(f"{where}: keys are {list(row) if isinstance(row, dict) else row!r}, want {KEYS}")
            continue
        rid, q, answers, typ, art = (row[k] for k in KEYS)
        where = f"line {n} ({rid})"
        if rid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(rid)
        if rid != f"u15-{idx:03d}":
            errors.append(f"{where}: id out of sequence, want u15-{idx:03d}")
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{where}: empty question")
        if typ not in TYPES:
            errors.append(f"{where}: unknown type {typ!r}")
        if art not in articles:
            errors.append(f"{where}: unknown article {art!r}")
            continue
        per_article[art][typ] += 1
        if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
            errors.append(f"{where}: answers must be a list of strings")
            continue
        if typ == "unanswerable":
            if answers:
                errors.append(f"{where}: unanswerable question has golds")
            continue
        if not 1 <= len(answers) <= 3:
            errors.append(f"{where}: {len(answers)} golds, want 1-3")
        if len(set(answers)) != len(answers):
            errors.append(f"{where}: duplicate golds")
        text = articles[art]
        for a in answers:
            if not a.strip():
                errors.append(f"{where}: empty gold")
            if "\n" in a or "\r" in a:
                errors.append(f"{where}: gold contains a newline: {a!r}")
            if a not in text:
                errors.append(f"{where}: gold not found verbatim in {art}: {a!r}")
            if art.endswith(".html") and ("<" in a or "&" in a):
                errors.append(f"{where}: HTML gold contains '<' or '&': {a!r}")

    if len(rows) != TOTAL:
        errors.append(f"{len(rows)} questions, want {TOTAL}")
    for art in sorted(articles):
        c = per_article.get(art, Counter())
        total = sum(c.values())
        if total != PER_ARTICLE or c["paraphrase"] != PARA or c["unanswerable"] != UNANS:
            errors.append(f"{art}: {total} questions, {c['paraphrase']} paraphrase, "
                          f"{c['unanswerable']} unanswerable; want {PER_ARTICLE}/{PARA}/{UNANS}")
    for art in per_article:
        if art not in articles:
            errors.append(f"questions refer to missing article {art}")

    types = Counter(row["type"] for _, row in rows if isinstance(row, dict) and "type" in row)
    golds = Counter(len(row["answers"]) for _, row in rows
                    if isinstance(row, dict) and row.get("type") != "unanswerable")
    print(f"{len(rows)} questions, {len(articles)} articles")
    print("types: " + ", ".join(f"{t} {n}" for t, n in types.most_common()))
    print("golds per answerable question: " + ", ".join(f"{k}: {v}" for k, v in sorted(golds.items())))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
