"""A PDF's text as an article. pdfminer.six lays out each page's text in boxes, in reading order
(columns included); a box is a paragraph, its lines joined into one. Running headers and footers
and page numbers are dropped, so that they neither split a sentence that runs over a page nor get
cited as passages."""
from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

# Typeset ligatures ("ﬁ" in "ﬁnance") would hide words from the tokenizer and from search.
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})
# pdfminer writes "(cid:13)" for a glyph its font does not map to a character: not text.
UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
# The dot leaders of a table of contents ("Introduction . . . . . 1"): a token per dot, no words.
DOT_LEADER = re.compile(r"(?: ?\.){4,} ?")
BULLETS = "•◦▪‣●○■□–"
PAGE_NUMBER = re.compile(r"(page\s*)?[-–—(\s]*\d+[-–—)\s]*((of|/)\s*\d+)?", re.IGNORECASE)
MARGIN_SHARE = 0.1  # headers and footers sit in the top and bottom tenth of a page


@dataclass(frozen=True)
class Box:
    text: str
    in_margin: bool  # in the top or bottom band of its page, where headers and footers are


def joined(text: str, line: str) -> str:
    """`line` appended to `text` with a space, or rejoining a word split at a line-end hyphen
    ("nego-" + "tiations")."""
    if not text:
        return line
    if re.search(r"[^\W\d_]-$", text) and line[:1].islower():
        return text[:-1] + line
    return f"{text} {line}"


def paragraph(lines: list[str]) -> str:
    """A box's lines as one paragraph, spaces evened out (justified text spreads them); a list keeps
    its items one to a line."""
    text = ""
    for line in lines:
        line = DOT_LEADER.sub(" … ", " ".join(UNMAPPED_GLYPH.sub("", line.translate(LIGATURES)).split())).strip()
        text = f"{text}\n{line}" if text and line[:1] in BULLETS else joined(text, line)
    return text


def continues(text: str, following: str) -> bool:
    """Whether `following` goes on with the sentence `text` left open: it starts in lower case after
    no closing punctuation, as a sentence does that runs over a page break or a box boundary."""
    return bool(text) and following[:1].islower() and text[-1] not in ".!?:;\"”’)]"


def page_boxes(data: bytes) -> list[list[Box]]:
    """Each page's text boxes in reading order."""
    from pdfminer.high_level import extract_pages  # only PDFs need it
    from pdfminer.layout import LAParams, LTTextContainer

    pages = []
    for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
        band = MARGIN_SHARE * page.height
        pages.append([Box(paragraph(element.get_text().splitlines()),
                          element.y0 >= page.y1 - band or element.y1 <= page.y0 + band)
                      for element in page if isinstance(element, LTTextContainer)])
    return pages


def paragraphs(pages: list[list[Box]]) -> list[str]:
    """The boxes' paragraphs, leaving out page numbers and the margin text that recurs (numbers aside)
    on at least half the pages (running headers and footers), and joining a box to the one before
    when it continues its sentence."""
    def key(box: Box) -> str:
        return re.sub(r"\d+", "#", box.text)

    recurring = Counter(k for boxes in pages for k in {key(b) for b in boxes if b.in_margin})
    running = {k for k, count in recurring.items() if count >= 2 and 2 * count >= len(pages)}
    kept: list[str] = []
    for box in (box for boxes in pages for box in boxes):
        if not box.text or (box.in_margin and (key(box) in running or PAGE_NUMBER.fullmatch(box.text))):
            continue
        if kept and continues(kept[-1], box.text):
            kept[-1] = joined(kept[-1], box.text)
        else:
            kept.append(box.text)
    return kept


def pdf_text(data: bytes) -> str:
    """The article text of a PDF: one paragraph a line. Raises pdfminer's errors for a file it
    cannot parse (the caller names the file)."""
    return "\n".join(paragraphs(page_boxes(data)))
