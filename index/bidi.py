"""Right-to-left text as it was written: a PDF holds a line's characters in the order they are drawn, left
to right, and pdfminer reads them so; Hebrew and Arabic are drawn right to left, so that a conference's
"ברוכים הבאים!" had been read ".םיאבה םיכורב" and a speaker "דנה לוי" as "יול הנד", and neither found.
`logical_order` undoes (where `drawn_as_seen` tells that the PDF drew a line so) the Unicode bidirectional algorithm's reordering for a line of one level of
embedding, as printed text mostly is: in a right-to-left paragraph (more right-to-left letters than left-to-right
ones) each line is read backwards, its runs of left-to-right words and of numbers as drawn; in a
left-to-right line, each run of right-to-left words is. A bracket read backwards is the other one. Arabic
drawn in presentation forms (a letter's shape at the start, middle or end of its word: "ﺔﻛرﺎﺸﻤﻟا") is
written as its letters ("المشاركة"), which search and reader know."""
from __future__ import annotations

import re
import unicodedata

RIGHT_TO_LEFT = frozenset({"R", "AL"})
# A run kept as drawn: digits with what joins them ("08:30", "1,250.5"), and, in a right-to-left line, words of
# left-to-right letters with the spaces and signs between them ("(Haifa Port Company)").
NUMBER = re.compile(r"\d+(?:[.,:/\-]\d+)*")
ARABIC_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]+")
ENDING_MARKS = frozenset(".!?:;؟،؛")
MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
# A vowel mark set apart from its letter (Arabic's tanwin "ً" over an alef) is read as a word of its own: it is the letter's.
SPACE_BEFORE_MARK = re.compile("[ \u00a0]+(?=[\u0591-\u05c7\u064b-\u065f\u0670\u06d6-\u06ed])")


def logical_order(line: str, right_to_left: bool | None = None) -> str:
    """A line of text in the order it was written, given the order it is drawn in (see the module's docstring):
    a line of a `right_to_left` paragraph or not, as its own letters tell by default."""
    kinds = [_kind(ch) for ch in line]
    if "R" not in kinds:
        return line
    if right_to_left is None:
        right_to_left = reads_right_to_left([line])
    if right_to_left:
        written = _backwards(line, kinds, keep="L")
    else:  # left to right: each run from a right-to-left letter to the last one before a left-to-right letter
        pieces, at = [], 0
        for run in re.finditer(r"R[^L]*R|R", "".join(kinds)):
            pieces += [line[at:run.start()], _backwards(line[run.start():run.end()], kinds[run.start():run.end()], keep="")]
            at = run.end()
        written = "".join([*pieces, line[at:]])
    # Only once in order: a ligature's letters ("ﻼ", lam and alef) are written in their order.
    written = ARABIC_PRESENTATION_FORMS.sub(lambda forms: unicodedata.normalize("NFKC", forms.group()), written)
    return SPACE_BEFORE_MARK.sub("", written)


def as_written(text: str, chars: list, right_to_left: bool | None = None) -> str:
    """A line's (or a piece of one's) `text` in the order it was written, its `chars` (pdfminer's) telling the order
    the PDF drew them in (`drawn_as_seen`); `right_to_left` as `logical_order` takes it."""
    return logical_order(text, right_to_left) if drawn_as_seen(chars) else text


def reads_right_to_left(texts) -> bool:
    """Whether a paragraph, its lines' `texts` as drawn, reads right to left: where a line holding right-to-left
    letters ends in a full stop (or another mark ending a sentence or clause), by the side it ends on, the left
    (".C ןסחמב … םיכורב", a paragraph of dir="rtl") or the right ("ןסחמב … םיכורב C.", the same set left to right, as a
    page lays out a paragraph unless told otherwise); else by more right-to-left letters than left-to-right ones,
    counted over all its lines (a short line of an English paragraph may hold more: "Hebrew title is פורום נמלי")."""
    texts = list(texts)
    for text in texts:
        if "R" in map(_kind, text):
            drawn = text.strip(" \t\n•")
            if drawn[:1] in ENDING_MARKS:
                return True
            if drawn[-1:] in ENDING_MARKS:
                return False
    kinds = [_kind(ch) for text in texts for ch in text]
    return kinds.count("R") > kinds.count("L")


def drawn_as_seen(chars: list) -> bool:
    """Whether a line's right-to-left letters (pdfminer's characters, in the order the PDF draws them) are drawn
    left to right, as seen (Chromium draws so), not right to left, as written (so read already)."""
    letters = [ch for ch in chars if _kind(ch.get_text()[:1] or " ") == "R"]
    steps = [after.x0 - before.x0 for before, after in zip(letters, letters[1:])]
    return sum(step > 0 for step in steps) >= sum(step < 0 for step in steps)


def _kind(ch: str) -> str:
    """"R" for a right-to-left letter, "L" for a left-to-right one, "D" for a digit, "N" for anything else."""
    kind = unicodedata.bidirectional(ch)
    return "R" if kind in RIGHT_TO_LEFT else "L" if kind == "L" else "D" if ch.isdigit() else "N"


def _backwards(text: str, kinds: list[str], keep: str) -> str:
    """`text` read backwards, its numbers (and runs of `keep` letters, with what lies between them) as drawn."""
    kept = [match.span() for match in NUMBER.finditer(text)]
    if keep:
        joined = "".join(kinds)
        kept = _merged(kept + [match.span() for match in re.finditer(rf"{keep}[^R]*{keep}|{keep}", joined)])
    pieces, at = [], 0
    for start, end in kept:
        pieces += [text[at:start][::-1].translate(MIRRORED), text[start:end]]
        at = end
    pieces.append(text[at:][::-1].translate(MIRRORED))
    # The pieces in reverse order: a kept run's text stays as drawn, the rest is read backwards.
    return "".join(reversed(pieces))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, overlapping ones made one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
