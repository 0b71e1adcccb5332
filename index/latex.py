"""Math in a Markdown article, "$k_B = 1.381 \\times 10^{-23}\\ \\mathrm{J/K}$", read as it shows:
"k_B = 1.381 × 10^-23 J/K". The reader had read the LaTeX and answered "J/K}$" (an r13 audit's lecture
notes). Math is what GitHub's Markdown shows as math: "$…$" and "$$…$$" on a line, and the lines
between two lines of "$$" alone; its "$" marks are markup, and each LaTeX command, group or special
character is read as pylatexenc writes it in Unicode, an answer holding one being the article's as
written (as an HTML entity is: index/markup.py). "$5 and $10" is no math: an opening "$" is followed by
no space, a closing one follows no space and comes before no digit, and what is between reads as math
(a command, a sub- or superscript, a group, an equals sign, or a letter or two alone), not a shell's
variable ("$INSTALL_DIR/$VERSION", "${HOME}")."""
from __future__ import annotations

import re

from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexwalker import LatexCharsNode, LatexWalker, LatexWalkerError

from index.markup import CODE_SPAN, lines_beside_code

INLINE_MATH = re.compile(r"(?<![\\$])\$\$([^\r\n$]{1,1000}?)\$\$(?!\$)|(?<![\\$])\$(?![\s$])([^\r\n$]{1,1000}?)(?<![\s\\])\$(?![\d$])")
DISPLAY_FENCE = re.compile(r"[ \t]{0,3}\$\$[ \t]*")  # a line of "$$" alone opens or closes display math
LOOKS_LIKE_MATH = re.compile(r"[\\^_{}=]|^[^\W\d_]{1,2}$")
# A shell's or a template's variable, "$INSTALL_DIR/$VERSION", "${HOME}/${USER}": no math.
VARIABLE = re.compile(r"\{|[A-Z][A-Z\d]+_[A-Z\d_]*\b")
TO_TEXT = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)


def math_spans(text: str, code_blocks: tuple[tuple[int, int], ...] = ()) -> tuple[tuple[int, int, int, int], ...]:
    """(where its opening mark starts, its math starts, its math ends, its closing mark ends) of each piece
    of math in a Markdown `text`, in text order, outside the sorted `code_blocks` and code spans; a display
    block's marks are its lines of "$$"."""
    found, opened = [], None
    for start, end, in_code in lines_beside_code(text, sorted(code_blocks)):
        if in_code:
            continue
        content_end = start + len(text[start:end].rstrip("\r\n"))
        if DISPLAY_FENCE.fullmatch(text, start, content_end):
            if opened is not None and opened[1] < start:
                found.append((opened[0], opened[1], start, content_end))
                opened = None
            else:
                opened = (start, end)
            continue
        if opened is not None:
            continue
        code = [match.span() for match in CODE_SPAN.finditer(text, start, content_end)]
        for math in INLINE_MATH.finditer(text, start, content_end):
            inside_code = any(a <= math.start() < b or a < math.end() <= b for a, b in code)
            group = 1 if math.group(1) is not None else 2
            if not inside_code and LOOKS_LIKE_MATH.search(math.group(group).strip()) and not VARIABLE.match(math.group(group)):
                found.append((math.start(), math.start(group), math.end(group), math.end()))
    return tuple(found)


def math_readings(text: str, spans) -> tuple[tuple[int, int, str], ...]:
    """(start, end, what it reads as) of each LaTeX command, group or special character of the math
    `spans` (see `math_spans`) that does not read as written; the rest reads as written. Math pylatexenc
    cannot read is read as written."""
    readings = []
    for _, start, end, _ in spans:
        try:
            nodes, _, _ = LatexWalker(text[start:end], tolerant_parsing=False).get_latex_nodes()
        except LatexWalkerError:
            continue
        for node in nodes:
            if node is None or isinstance(node, LatexCharsNode):
                continue
            written = text[start + node.pos:start + node.pos + node.len]
            reading = TO_TEXT.nodelist_to_text([node])
            after = text[start + node.pos + node.len:start + node.pos + node.len + 1]
            if written[-1:].isspace() and reading and not reading[-1].isspace() and not (reading[-1].isalpha() and after.isalpha()):
                reading += " "  # "\times " took the space after it: "× 10", "Ω ≈", but "\Delta S" is "ΔS"
            if reading != written:
                readings.append((start + node.pos, start + node.pos + node.len, reading))
    return tuple(readings)
