#!/usr/bin/env python3
"""Count words in the visible text of each article.

Two counts are printed per file:
  tokens  - word tokens of the visible text: HTML <head> and tags are removed,
            Markdown table rules, pipes, heading hashes, bold stars and dot leaders
            are ignored, and a token is any run of non-space characters that
            contains at least one letter or digit;
  wc -w   - plain whitespace-separated fields of the raw file, as `wc -w` counts them.

Usage: python3 tools/wc.py [ARTICLE ...]   (default: every file in articles/)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(os.path.dirname(HERE), "articles")


def visible_text(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    text = raw
    if path.endswith(".html"):
        text = re.sub(r"(?is)<head>.*?</head>", " ", text)
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
    if path.endswith(".md"):
        text = re.sub(r"(?m)^\s*\|?\s*:?-{3,}.*$", " ", text)  # table rule rows
        text = text.replace("|", " ").replace("**", " ")
        text = re.sub(r"(?m)^#+\s", " ", text)
    text = re.sub(r"\.{3,}", " ", text)  # dot leaders
    return raw, text


def count(path):
    raw, text = visible_text(path)
    tokens = [t for t in text.split() if re.search(r"\w", t)]
    return len(tokens), len(raw.split())


def main(argv):
    paths = argv[1:] or sorted(
        os.path.join(ARTICLES, n) for n in os.listdir(ARTICLES)
    )
    for p in paths:
        tokens, wcw = count(p)
        print(f"{tokens:5d} tokens  {wcw:5d} wc -w  {os.path.basename(p)}")


if __name__ == "__main__":
    main(sys.argv)
