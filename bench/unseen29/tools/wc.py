#!/usr/bin/env python3
"""Count words in each article.

Prints two numbers per file: word tokens of the visible text (HTML tags removed,
Markdown table pipes / separator rows, heading and bullet markers and dot leaders
dropped; a token counts if it contains a letter or digit) and the plain `wc -w` count.
"""
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent


def visible_text(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("|", " ")
    text = re.sub(r"\.{3,}", " ", text)
    return text


def count(path):
    tokens = visible_text(path).split()
    words = [t for t in tokens if re.search(r"[A-Za-z0-9]", t)]
    return len(words), len(path.read_text(encoding="utf-8").split())


def main():
    folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "articles"
    for path in sorted(folder.iterdir()):
        visible, raw = count(path)
        print(f"{visible:5d} {raw:5d}  {path.name}")


if __name__ == "__main__":
    main()
