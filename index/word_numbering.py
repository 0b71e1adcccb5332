"""Word's numbered and bulleted lists as Word shows them: a paragraph in a list (its own `w:numPr`, or
its style's) is written after its number, "2.1 ", "(b) ", "iv. ", or "- " for a bullet. Word keeps
the numbers out of the text, in the list's definition (numbering.xml): read without them, a policy's
clauses "1.", "1.1", "(a)" had come out unnumbered, and "1.2(b)" named nothing. A level in legal style (`w:isLgl`)
writes all its numbers in figures, "2.1" under "Part II", as Word shows it and as the text's references name it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_LETTERS_NUMBER = 26 * 26  # the last number written in letters ("zz…" 26 letters long); past it, in figures
CHICAGO_MARKS = "*†‡§"  # a note's marks in Word's "chicago" style, each doubled after the fourth note, tripled…
PLACEHOLDER = re.compile(r"%([1-9])")  # a level's number in a level's text: "%1.%2" is "2.1"


class Level(NamedTuple):
    """A list level's definition: its first number, its number format ("decimal", "upperRoman"…), its text ("%1.%2"),
    and whether it is in legal style (`w:isLgl`), all the numbers in its text in figures."""

    start: int
    number_format: str
    text: str
    legal: bool


@dataclass
class Numbering:
    """A document's list definitions, and the numbers reached so far in each list while it is read in order."""

    levels: dict[str, dict[int, Level]]  # abstract list: level → its definition
    lists: dict[str, tuple[str, dict[int, int]]]  # list (numId) → (its abstract list, the levels it starts anew, at)
    styles: dict[str, tuple[str, int | None]]  # paragraph style id → (numId, level) it numbers its paragraphs with
    reached: dict[str, dict[int, int]] = field(default_factory=dict)  # abstract list → level → number reached
    started: set[str] = field(default_factory=set)  # lists whose new starts are applied

    @classmethod
    def of(cls, document) -> Numbering:
        """The numbering of a python-docx `document` (none, for one without list definitions)."""
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        levels, lists = {}, {}
        for abstract in numbering.iterfind(W + "abstractNum") if numbering is not None else ():
            levels[abstract.get(W + "abstractNumId")] = {
                _integer(level.get(W + "ilvl"), 0): Level(_integer(_value(level, "start"), 1),
                                                          _value(level, "numFmt") or "decimal", _value(level, "lvlText") or "",
                                                          is_on(level.find(W + "isLgl")))
                for level in abstract.iterfind(W + "lvl")}
        for instance in numbering.iterfind(W + "num") if numbering is not None else ():
            starts = {_integer(override.get(W + "ilvl"), 0): _integer(_value(override, "startOverride"), 1)
                      for override in instance.iterfind(W + "lvlOverride") if _value(override, "startOverride") is not None}
            lists[instance.get(W + "numId")] = (_value(instance, "abstractNumId"), starts)
        styles = {}
        for style in document.styles.element.iterfind(W + "style"):
            number = style.find(f"{W}pPr/{W}numPr")
            if number is not None and _value(number, "numId"):
                styles[style.get(W + "styleId")] = (_value(number, "numId"), _integer(_value(number, "ilvl"), None))
        return cls(levels, lists, styles)

    def label(self, paragraph) -> str | None:
        """What Word shows before a paragraph (a `w:p`) of a list, counted in reading order: its number
        and a space ("2.1 "), "- " for a bullet, "" for a level shown without one; None out of lists."""
        own = paragraph.find(f"{W}pPr/{W}numPr")
        style = _value(paragraph.find(W + "pPr"), "pStyle") if paragraph.find(W + "pPr") is not None else None
        styled_list, styled_level = self.styles.get(style or "", (None, None))
        list_id = _value(own, "numId") if own is not None and _value(own, "numId") else styled_list
        level = _integer(_value(own, "ilvl") if own is not None else None, styled_level or 0)
        if list_id not in self.lists or list_id == "0":
            return None
        abstract, starts = self.lists[list_id]
        levels = self.levels.get(abstract or "", {})
        if level not in levels:
            return None
        reached = self.reached.setdefault(abstract, {})
        if list_id not in self.started:  # a list that starts anew ("1." again) though it shares its definition
            self.started.add(list_id)
            for started_level, start in starts.items():
                reached[started_level] = start - 1
                for deeper in [deeper for deeper in reached if deeper > started_level]:
                    del reached[deeper]
        reached[level] = reached.get(level, levels[level].start - 1) + 1
        for deeper in [deeper for deeper in reached if deeper > level]:
            del reached[deeper]  # "1.1" after "2." is "2.1"
        shown = levels[level]
        if shown.number_format == "bullet":
            return "- "
        written = PLACEHOLDER.sub(lambda placeholder: self._number(abstract, int(placeholder[1]) - 1, levels, shown.legal),
                                  shown.text).strip()
        return f"{written} " if written and shown.number_format != "none" else ""

    def _number(self, abstract: str, level: int, levels: dict[int, Level], legal: bool) -> str:
        """A level's number as a level's text shows it: in figures where that level is in legal style (`legal`)."""
        number = levels.get(level, Level(1, "decimal", "", False))
        return numeral(self.reached[abstract].get(level, number.start), "decimal" if legal else number.number_format)


def _integer(text: str | None, default):
    """`text` as a whole number, `default` where it is none ("1.0", "x", "²": a malformed list definition
    is read without its numbers, not refused)."""
    return int(text) if text is not None and text.isascii() and text.lstrip("-").isdigit() else default


def is_on(toggle) -> bool:
    """Whether a toggle property (`w:isLgl`, a run's `w:vanish`) is set: present, and its `w:val` not false."""
    return toggle is not None and toggle.get(W + "val", "true").lower() not in {"false", "0", "off"}


def _value(element, name: str) -> str | None:
    """The `w:val` of `element`'s child `name`, None where either is absent."""
    child = element.find(W + name) if element is not None else None
    return child.get(W + "val") if child is not None else None


def numeral(number: int, style: str) -> str:
    """`number` written in a Word numbering style: "lowerRoman" 4 → "iv", "upperLetter" 2 → "B", "decimalZero" 4 → "04",
    "chicago" (a footnote's) 6 → "††", "decimal" (and any other) 4 → "4"; in figures where roman numerals, letters or
    marks would be none or unbounded (0, 4000, 1000: a list may declare it starts at 300,000,000)."""
    if not 0 < number <= (3999 if "Roman" in style else MAX_LETTERS_NUMBER):
        return str(number)
    if style == "decimalZero":
        return f"{number:02}"
    if style == "chicago":  # Word's marks run *, †, ‡, §, then **, ††, …
        return CHICAGO_MARKS[(number - 1) % len(CHICAGO_MARKS)] * ((number - 1) // len(CHICAGO_MARKS) + 1)
    if style in {"lowerRoman", "upperRoman"}:
        written = ""
        for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                               (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            count, number = divmod(number, value)
            written += letters * count
        return written.upper() if style == "upperRoman" else written
    if style in {"lowerLetter", "upperLetter"}:  # Word's letters run a, b, … z, aa, bb, …
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter.upper() if style == "upperLetter" else letter
    return str(number)
