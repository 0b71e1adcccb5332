#!/usr/bin/env python3
"""Count words in ../articles/ (relative to this file).

For each article prints two counts:
  visible - word tokens of the visible text: for HTML, only the <body>, with tags removed;
            for Markdown, table pipes, separator rows and emphasis/heading marks are not
            words; a token counts if it contains at least one letter or digit.
  wc_w    - whitespace-separated tokens of the raw file, as `wc -w` counts them.
Flags any article whose visible count is outside 700-800.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ADIR = HERE.parent / "articles"
LOW, HIGH = 700, 800


def visible_text(name, raw):
    if name.endswith((".html", ".htm")):
        m = re.search(r"<body[^>]*>(.*)</body>", raw, re.S | re.I)
        body = m.group(1) if m else raw
        return re.sub(r"<[^>]+>", " ", body)
    if name.endswith(".md"):
        text = re.sub(r"^\s*\|?[\s:|-]+\|[\s:|-]*$", " ", raw, flags=re.M)  # table separator rows
        text = text.replace("|", " ")
        text = re.sub(r"[*_#`]", " ", text)
        return text
    return raw


def main():
    bad = 0
    total = 0
    for p in sorted(ADIR.iterdir()):
        if not p.is_file():
            continue
        raw = p.read_text(encoding="utf-8")
        vis = [w for w in visible_text(p.name, raw).split() if re.search(r"\w", w)]
        wcw = len(raw.split())
        flag = "" if LOW <= len(vis) <= HIGH else f"  <-- outside {LOW}-{HIGH}"
        bad += bool(flag)
        total += len(vis)
        print(f"{len(vis):5d} visible {wcw:5d} wc_w  {p.name}{flag}")
    print(f"{total:5d} visible words in all")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
