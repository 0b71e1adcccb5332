#!/usr/bin/env python3
"""Check unseen13/questions.jsonl against its articles.

Checks: every line parses; exactly the keys id, question, answers, type,
article in that order; ids unique and u13-001.. in sequence; type known;
article exists; answerable questions have 1-3 distinct golds, unanswerable
ones none; every gold is an exact (case-sensitive) substring of its article's
raw text; no gold contains a newline or leading/trailing space; HTML golds
contain no '<' or '&' (and the HTML file contains no entities); 75
questions, 15 per article with 3 unanswerable each. Prints counts by type.
"""
import collections
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEYS = ["id", "question", "answers", "type", "article"]
TYPES = {"paraphrase", "unanswerable", "table", "person", "number", "date",
         "place", "list", "definition"}


def main():
    errors = []
    arts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "articles").iterdir()}
    for name, text in arts.items():
        if name.endswith(".html") and "&" in text:
            errors.append(f"{name}: contains '&' (entity)")
    rows = []
    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        rows.append(row)
        if list(row.keys()) != KEYS:
            errors.append(f"line {n}: keys {list(row.keys())}")
            continue
        qid, ans, qtype, art = row["id"], row["answers"], row["type"], row["article"]
        if qid != f"u13-{n:03d}":
            errors.append(f"line {n}: id {qid} out of sequence")
        if not isinstance(row["question"], str) or not row["question"].strip():
            errors.append(f"{qid}: empty question")
        if qtype not in TYPES:
            errors.append(f"{qid}: unknown type {qtype}")
        if art not in arts:
            errors.append(f"{qid}: no article {art}")
            continue
        if not isinstance(ans, list) or not all(isinstance(a, str) for a in ans):
            errors.append(f"{qid}: answers not a list of strings")
            continue
        if qtype == "unanswerable":
            if ans:
                errors.append(f"{qid}: unanswerable with golds")
            continue
        if not 1 <= len(ans) <= 3 or len(set(ans)) != len(ans):
            errors.append(f"{qid}: needs 1-3 distinct golds, has {ans}")
        for a in ans:
            if not a or a != a.strip():
                errors.append(f"{qid}: empty or padded gold {a!r}")
            if "\n" in a or "\r" in a:
                errors.append(f"{qid}: gold spans a line break {a!r}")
            if art.endswith(".html") and ("<" in a or "&" in a):
                errors.append(f"{qid}: HTML gold with markup {a!r}")
            if a not in arts[art]:
                errors.append(f"{qid}: gold not in {art}: {a!r}")
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if len(rows) != 75:
        errors.append(f"{len(rows)} questions, expected 75")
    per_art = collections.Counter(r.get("article") for r in rows)
    unans = collections.Counter(r.get("article") for r in rows if r.get("type") == "unanswerable")
    para = collections.Counter(r.get("article") for r in rows if r.get("type") == "paraphrase")
    for name in arts:
        if per_art[name] != 15 or unans[name] != 3 or para[name] != 4:
            errors.append(f"{name}: {per_art[name]} questions, {para[name]} paraphrase, "
                          f"{unans[name]} unanswerable (expected 15/4/3)")
    types = collections.Counter(r.get("type") for r in rows)
    for t, c in types.most_common():
        print(f"{t:14s} {c}")
    golds = collections.Counter(len(r.get("answers", [])) for r in rows if r.get("type") != "unanswerable")
    print("golds per answerable question:", dict(sorted(golds.items())))
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print(f"OK: {len(rows)} questions, {len(arts)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
