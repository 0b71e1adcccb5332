#!/usr/bin/env python3
"""Count words in the unseen17 articles.

Prints, for each article, the number of word tokens of the visible text (HTML tags and the
<head> removed, Markdown table pipes and separator rows, heading/bold/bullet markers and
dot leaders dropped; a token counts if it contains a letter, digit or '£') and the plain
`wc -w` count of the raw file. Exits 1 if any visible-word count is outside 700-800.
Locates files relative to itself: ../articles/.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
LOW, HIGH = 700, 800


def visible_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<head>.*?</head>", " ", raw)
        raw = re.sub(r"(?is)<!DOCTYPE[^>]*>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
    elif path.suffix == ".md":
        lines = []
        for line in raw.splitlines():
            if re.fullmatch(r"\s*\|?[\s:|-]+\|?\s*", line) and "|" in line:
                continue  # table separator row
            line = line.replace("|", " ")
            line = re.sub(r"^\s*#+\s*", "", line)
            line = line.replace("**", " ").replace("*", " ")
            lines.append(line)
        raw = "\n".join(lines)
    raw = re.sub(r"\.{3,}", " ", raw)  # dot leaders
    return raw


def count_tokens(text: str) -> int:
    return sum(1 for tok in text.split() if re.search(r"[^\W_]|£", tok))


def main() -> int:
    files = sorted(p for p in ARTICLES.iterdir() if p.suffix in {".md", ".txt", ".html"})
    if not files:
        print(f"no articles found in {ARTICLES}")
        return 1
    bad = 0
    total = 0
    for p in files:
        vis = count_tokens(visible_text(p))
        wcw = len(p.read_text(encoding="utf-8").split())
        ok = LOW <= vis <= HIGH
        bad += not ok
        total += vis
        print(f"{vis:5d} visible words  {wcw:5d} wc -w  {'ok ' if ok else 'OUT'}  {p.name}")
    print(f"{total:5d} visible words in {len(files)} articles")
    if bad:
        print(f"FAIL: {bad} article(s) outside {LOW}-{HIGH} visible words")
        return 1
    print(f"OK: every article has {LOW}-{HIGH} visible words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
