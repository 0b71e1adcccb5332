#!/usr/bin/env python3
"""Check ../questions.jsonl for unseen14 against ../articles/.

Checks: every line parses as a JSON object; keys are exactly
id, question, answers, type, article (in that order); ids are unique and run
u14-001, u14-002, ... in sequence; type is a known type; the article file
exists; answerable questions have 1-3 distinct non-empty string golds and
unanswerable ones have none; every gold occurs verbatim (case-sensitive) in
its article's raw file text; no gold contains a newline; golds in .html
articles contain no '<' or '&'; and each article has 15 questions, of which 4
are paraphrase and 3 unanswerable. Exits non-zero on any failure.
"""
import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent
QFILE = HERE / "questions.jsonl"
ARTICLES = HERE / "articles"

KEYS = ["id", "question", "answers", "type", "article"]
TYPES = {"paraphrase", "unanswerable", "table", "person", "number", "date",
         "place", "list", "definition"}
PER_ARTICLE = 15
PARAPHRASE_PER_ARTICLE = 4
UNANSWERABLE_PER_ARTICLE = 3
PREFIX = "u14-"


def main():
    errors = []
    texts = {}
    per_article = collections.defaultdict(collections.Counter)
    type_counts = collections.Counter()
    seen_ids = set()
    n = 0
    lines = QFILE.read_text(encoding="utf-8").splitlines()
    for lineno, line in enumerate(lines, 1):
        where = f"line {lineno}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: does not parse: {e}")
            continue
        if not isinstance(row, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        n += 1
        if list(row.keys()) != KEYS:
            errors.append(f"{where}: keys {list(row.keys())} != {KEYS}")
            continue
        qid, question, answers, qtype, article = (row[k] for k in KEYS)
        where = f"line {lineno} ({qid})"
        expected = f"{PREFIX}{n:03d}"
        if qid != expected:
            errors.append(f"{where}: id out of sequence, expected {expected}")
        if qid in seen_ids:
            errors.append(f"{where}: duplicate id")
        seen_ids.add(qid)
        if not isinstance(question, str) or not question.strip():
            errors.append(f"{where}: empty question")
        if qtype not in TYPES:
            errors.append(f"{where}: unknown type {qtype!r}")
        type_counts[qtype] += 1
        path = ARTICLES / str(article)
        if article not in texts:
            if not path.is_file():
                errors.append(f"{where}: article {article!r} not found")
                texts[article] = None
            else:
                texts[article] = path.read_text(encoding="utf-8")
        text = texts[article]
        per_article[article]["total"] += 1
        per_article[article][qtype] += 1
        if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
            errors.append(f"{where}: answers must be a list of strings")
            continue
        if qtype == "unanswerable":
            if answers:
                errors.append(f"{where}: unanswerable question has golds")
            continue
        if not 1 <= len(answers) <= 3:
            errors.append(f"{where}: {len(answers)} golds (need 1-3)")
        if len(set(answers)) != len(answers):
            errors.append(f"{where}: duplicate golds")
        for gold in answers:
            if not gold.strip():
                errors.append(f"{where}: empty gold")
                continue
            if "\n" in gold or "\r" in gold:
                errors.append(f"{where}: gold contains a newline: {gold!r}")
            if str(article).endswith(".html") and ("<" in gold or "&" in gold):
                errors.append(f"{where}: HTML gold contains '<' or '&': {gold!r}")
            if text is not None and gold not in text:
                errors.append(f"{where}: gold not found verbatim in {article}: {gold!r}")

    on_disk = sorted(p.name for p in ARTICLES.iterdir() if p.is_file())
    for name in on_disk:
        if name not in per_article:
            errors.append(f"article {name} has no questions")
    for article, c in sorted(per_article.items()):
        if c["total"] != PER_ARTICLE:
            errors.append(f"{article}: {c['total']} questions (need {PER_ARTICLE})")
        if c["paraphrase"] != PARAPHRASE_PER_ARTICLE:
            errors.append(f"{article}: {c['paraphrase']} paraphrase (need {PARAPHRASE_PER_ARTICLE})")
        if c["unanswerable"] != UNANSWERABLE_PER_ARTICLE:
            errors.append(f"{article}: {c['unanswerable']} unanswerable (need {UNANSWERABLE_PER_ARTICLE})")

    print(f"{n} questions, {len(per_article)} articles")
    for t, k in type_counts.most_common():
        print(f"  {t:13s} {k}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
