#!/usr/bin/env python3
"""Count words in each article: word tokens of the visible text (HTML tags removed,
Markdown table pipes and rules ignored) and, for comparison, a plain `wc -w` count."""
import html
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
TOKEN = re.compile(r"[A-Za-z0-9£€]+(?:['’.,:/–-][A-Za-z0-9]+)*")


def visible_text(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text


def main():
    total = 0
    for path in sorted(ARTICLES.iterdir()):
        if not path.is_file():
            continue
        tokens = len(TOKEN.findall(visible_text(path)))
        wc_w = len(path.read_text(encoding="utf-8").split())
        total += tokens
        print(f"{tokens:5d} word tokens  {wc_w:5d} wc -w  {path.name}")
    print(f"{total:5d} word tokens in all")


if __name__ == "__main__":
    main()
