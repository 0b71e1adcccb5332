#!/usr/bin/env python3
"""Check ../questions.jsonl against ../articles/ for unseen17.

Checks: every line parses as a JSON object with exactly the keys id, question, answers, type,
article (in that order); ids run u17-001..u17-075 in sequence; types are known; every article
exists; answerable questions have 1-2 distinct non-empty golds and unanswerable ones none;
every gold occurs verbatim (case-sensitive) in its article's raw text; no gold contains a
newline; HTML golds contain no '<' or '&'; the HTML files contain no entities; each article
has 15 questions, 4 paraphrase and 3 unanswerable; phone numbers use 01632 960xxx and
e-mail/web addresses use .example. Exits 1 on any failure. Locates files relative to itself.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
QUESTIONS = ROOT / "questions.jsonl"

PREFIX = "u17"
N_QUESTIONS = 75
KEYS = ["id", "question", "answers", "type", "article"]
TYPES = {"paraphrase", "unanswerable", "table", "person", "number", "date", "place", "list",
         "definition"}
PER_ARTICLE = 15
PER_ARTICLE_PARAPHRASE = 4
PER_ARTICLE_UNANSWERABLE = 3
MIN_GOLDS, MAX_GOLDS = 1, 2


def main() -> int:
    errors = []
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ARTICLES.iterdir())
             if p.suffix in {".md", ".txt", ".html"}}
    if len(texts) != 5:
        errors.append(f"expected 5 articles, found {len(texts)}")

    # article-level conventions
    for name, text in texts.items():
        for m in re.finditer(r"\b0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}\b", text):
            if not m.group().startswith("01632 960"):
                errors.append(f"{name}: phone number not in 01632 960xxx range: {m.group()}")
        for m in re.finditer(r"\b01632 960\d*", text):
            if not re.fullmatch(r"01632 960\d{3}", m.group()):
                errors.append(f"{name}: malformed phone number {m.group()}")
        for m in re.finditer(r"[\w.-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if not m.group(1).endswith(".example"):
                errors.append(f"{name}: e-mail not .example: {m.group()}")
        for m in re.finditer(r"\bwww\.([\w-]+(?:\.[\w-]+)*)", text):
            if not m.group(1).endswith(".example"):
                errors.append(f"{name}: web address not .example: {m.group()}")
        if name.endswith(".html") and re.search(r"&[#\w]+;", text):
            errors.append(f"{name}: contains an HTML entity")

    rows = []
    with QUESTIONS.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON ({e})")
                continue
            if not isinstance(row, dict) or list(row.keys()) != KEYS:
                errors.append(f"line {n}: keys must be exactly {KEYS} in order, got "
                              f"{list(row) if isinstance(row, dict) else type(row).__name__}")
                continue
            rows.append((n, row))

    if len(rows) != N_QUESTIONS:
        errors.append(f"expected {N_QUESTIONS} questions, found {len(rows)}")

    per_article = defaultdict(Counter)
    types = Counter()
    golds_total = Counter()
    for i, (n, row) in enumerate(rows, start=1):
        qid, question, answers = row["id"], row["question"], row["answers"]
        qtype, article = row["type"], row["article"]
        where = f"line {n} ({qid})"
        if qid != f"{PREFIX}-{i:03d}":
            errors.append(f"{where}: id out of sequence, expected {PREFIX}-{i:03d}")
        if not isinstance(question, str) or not question.strip():
            errors.append(f"{where}: empty question")
        if qtype not in TYPES:
            errors.append(f"{where}: unknown type {qtype!r}")
        if article not in texts:
            errors.append(f"{where}: unknown article {article!r}")
            continue
        if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
            errors.append(f"{where}: answers must be a list of strings")
            continue
        types[qtype] += 1
        per_article[article]["total"] += 1
        per_article[article][qtype] += 1
        if qtype == "unanswerable":
            if answers:
                errors.append(f"{where}: unanswerable question has golds")
            continue
        golds_total[len(answers)] += 1
        if not MIN_GOLDS <= len(answers) <= MAX_GOLDS:
            errors.append(f"{where}: {len(answers)} golds (want {MIN_GOLDS}-{MAX_GOLDS})")
        if len(set(answers)) != len(answers):
            errors.append(f"{where}: duplicate golds")
        text = texts[article]
        for a in answers:
            if not a.strip() or a != a.strip():
                errors.append(f"{where}: empty gold or gold with outer whitespace {a!r}")
            if "\n" in a or "\r" in a:
                errors.append(f"{where}: gold contains a line break {a!r}")
            if article.endswith(".html") and ("<" in a or "&" in a):
                errors.append(f"{where}: HTML gold contains '<' or '&' {a!r}")
            if a not in text:
                errors.append(f"{where}: gold not found verbatim in {article}: {a!r}")

    for article in texts:
        c = per_article[article]
        if c["total"] != PER_ARTICLE:
            errors.append(f"{article}: {c['total']} questions (want {PER_ARTICLE})")
        if c["paraphrase"] != PER_ARTICLE_PARAPHRASE:
            errors.append(f"{article}: {c['paraphrase']} paraphrase (want {PER_ARTICLE_PARAPHRASE})")
        if c["unanswerable"] != PER_ARTICLE_UNANSWERABLE:
            errors.append(f"{article}: {c['unanswerable']} unanswerable "
                          f"(want {PER_ARTICLE_UNANSWERABLE})")

    print(f"{len(rows)} questions, {len(texts)} articles")
    for t, k in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {t:13s} {k}")
    print("  golds per answerable question: "
          + ", ".join(f"{k} gold(s): {v}" for k, v in sorted(golds_total.items())))
    for article in sorted(texts):
        c = per_article[article]
        print(f"  {article}: {c['total']} ({c['paraphrase']} paraphrase, "
              f"{c['unanswerable']} unanswerable)")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
