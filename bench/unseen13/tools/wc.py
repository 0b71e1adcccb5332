#!/usr/bin/env python3
"""Count words in the unseen13 articles.

Prints, for each article, the number of word tokens of its visible text
(HTML: tags and the <head> removed; Markdown: table pipes, separator rows,
heading hashes and bold asterisks removed; .txt: dot leaders removed; a token
counts if it contains a letter or digit) and, for comparison, `wc -w` of the
raw file.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ART = ROOT / "articles"


def visible(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"(?is)<head>.*?</head>", " ", text)
        text = re.sub(r"(?s)<[^>]*>", " ", text)
    elif path.suffix == ".md":
        text = re.sub(r"(?m)^\|?[\s|:-]+\|?\s*$", " ", text)
        text = text.replace("|", " ")
        text = re.sub(r"(?m)^#+\s*", "", text)
        text = text.replace("**", "")
    text = re.sub(r"\.{2,}", " ", text)
    return text


def count(path):
    return sum(1 for tok in visible(path).split() if re.search(r"\w", tok))


def main():
    ok = True
    for path in sorted(ART.iterdir()):
        n = count(path)
        raw = len(path.read_text(encoding="utf-8").split())
        flag = "" if 700 <= n <= 800 else "  <-- outside 700-800"
        ok = ok and not flag
        print(f"{path.name:50s} words={n:4d}  wc -w={raw:4d}{flag}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
