#!/usr/bin/env python3
"""Count words in each article and flag any outside 700-800 words.

"Words" are whitespace-separated tokens of the visible text that contain at least one
letter or digit (so Markdown table pipes, `|---|` rules, dot leaders and `----------`
rules are not counted). For HTML the <head> is dropped and tags are replaced by spaces.
The `wc -w` figure (raw file, every whitespace token) is printed alongside for reference.
"""
import re
import sys
from pathlib import Path

LOW, HIGH = 700, 800
ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"


def visible_text(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"(?is)<head>.*?</head>", " ", text)
        text = re.sub(r"(?is)<!DOCTYPE[^>]*>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
    return text


def count_words(text):
    return sum(1 for tok in text.split() if re.search(r"[A-Za-z0-9]", tok))


def main():
    bad = 0
    files = sorted(p for p in ARTICLES.iterdir() if p.is_file())
    for p in files:
        n = count_words(visible_text(p))
        raw = len(p.read_text(encoding="utf-8").split())
        flag = "" if LOW <= n <= HIGH else f"  <-- outside {LOW}-{HIGH}"
        bad += bool(flag)
        print(f"{n:5d} words  ({raw:4d} by wc -w)  {p.name}{flag}")
    print(f"{len(files)} articles, {bad} outside {LOW}-{HIGH} words")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
