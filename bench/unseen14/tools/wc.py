#!/usr/bin/env python3
"""Count words in each article of unseen14.

Two counts are shown per article:
  words  - word tokens of the visible text: HTML tags are removed, and a token
           counts only if it contains at least one letter or digit (so Markdown
           table pipes, separator rows, bullets, heading marks and dashed rules
           are not counted);
  wc-w   - plain whitespace-separated tokens of the raw file, as `wc -w` counts.
An article whose `words` count is outside 700-800 is flagged.
"""
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent
ARTICLES = HERE / "articles"
LOW, HIGH = 700, 800


def visible_words(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<[^>]*>", " ", text)
    return [t for t in text.split() if re.search(r"\w", t)]


def main():
    bad = 0
    for path in sorted(ARTICLES.iterdir()):
        if not path.is_file():
            continue
        n = len(visible_words(path))
        raw = len(path.read_text(encoding="utf-8").split())
        flag = "" if LOW <= n <= HIGH else f"  <-- outside {LOW}-{HIGH}"
        bad += bool(flag)
        print(f"{n:5d} words  {raw:5d} wc-w  {path.name}{flag}")
    if bad:
        print(f"{bad} article(s) outside {LOW}-{HIGH} words")
        return 1
    print(f"all articles within {LOW}-{HIGH} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
