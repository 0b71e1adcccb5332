"""A Word document's text as an article (python-docx): its paragraphs and tables in the order they
come, one paragraph, list item ("- ", or "1. " in a numbered list) or table row a line, a line break in a paragraph (Shift+Enter) a line
end, its footnotes and endnotes after them. A paragraph is read from its XML, as Word shows it:
tracked insertions, content controls (a placeholder not), fields' text and text boxes too, which
python-docx's own `text` passes by ("The club captain is ."), equations and symbols as their text, a drop
cap as its paragraph's first letter, but no tracked deletion, hidden text, field code or ruby reading; table
rows a content control wraps are rows. Page headers and footers come last, each line once (a memo's
reference number may be written there alone), but page numbers; comments are not part of the story and
are left out.

A table row is written as a Markdown table's is, "| Lisbon | 4.2 | 120 |" ("|" in a cell escaped
"\\|"), so that answers stop at cell boundaries (qa/spans.py). A table under a header row is a
Markdown table, set off by blank lines: its header row, a delimiter row "| --- | --- | --- |", then
its body rows, an empty cell kept so that the others stay in their columns. A header cell merged
across columns is written over each of them, and the header rows under it as one ("Revenue 2023",
see `_header`), and so is a body cell merged across columns beside others ("5 working days" the target arrival and the
target repair time); one in the first column, or across a whole row, is a label, written once. A body cell merged down is written in each row it spans, as python-docx gives it and
as index/webpage.py writes a web page's cell spanning rows: its value is each row's ("North" for each
city of the region), and a row, all that a passage may hold of its table, then says it.
index/tables.py then names each body cell by its column where the reader and the search see it,
"| City: Porto | Revenue: 2.9 |", and the reader tells Porto's revenue from Lisbon's and from
Porto's staff, while the names stay out of the article text and so out of answers. On 42
questions about 7 hand-made tables, header and rows as lines answered 14 right; each cell named in
the text, 27; the Markdown table, 30."""
from __future__ import annotations

import contextvars
import io
import re
import zipfile

from index.headings import marked_line
from index.tables import names_columns
from index.word_numbering import W, Numbering, is_on, numeral
from index.pdf import PAGE_NUMBER, PAGE_NUMBER_PART  # "Page 3 of 12", "- 2 -", as a footer's fields show them
from index.webpage import MATH_OPERATORS, SUBSCRIPT, SUPERSCRIPT  # as a web page's <sup>, <sub> and MathML are

OLE_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")  # how an older Office file (.doc, .xls) starts
# A .docx is a zip: a few megabytes can declare gigabytes of XML (a zip bomb). The zip reader reads
# no more than each part declares, so the declared sizes bound what reading it takes.
MAX_EXPANDED_BYTES = 200_000_000
# Word marks no header row that python-docx reads, so a first row is taken for one when it names at
# least this many columns, in cells of different names each with a letter or a year ("Peak count 2023", "2022", not "75"),
# but for a corner left empty over the rows' labels (index/tables.py's `names_columns`), a cell merged across columns
# naming each of them (one cell across them all is a title): a two-column table is more often a
# label | value list ("Founded | 1999", "Chair | Maria Okafor") than a table under a header.
HEADER_MIN_COLUMNS = 3
# The lines of headings read so far (see `_block_lines`), while a document is read (`read_word`): a CV's are in a table's cells.
HEADING_LINES: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar("HEADING_LINES", default=None)
# The marks of the notes of the document being read, by (reference tag, note id): set while its text is read.
NOTE_MARKS: contextvars.ContextVar[dict[tuple[str, str], str]] = contextvars.ContextVar("NOTE_MARKS", default={})
LAYOUT_PARAGRAPHS = 6  # a table with a cell of more paragraphs is a page's layout, not a table of data
HEADING_STYLE = re.compile(r"(?:heading\s*\d|title|subtitle)$", re.IGNORECASE)  # Word's own: "Heading 2", "Title"
# A table of contents' entries and its heading, as Word styles them ("toc 1", "TOC Heading"): left out, the headings
# they repeat are read where they head their sections; their page numbers were Word's last count, in passages that
# took the place of the sections' own ("2.2. Site Description 5 … 5. Risks and Next Steps 10").
CONTENTS_STYLE = re.compile(r"toc(?:\s*\d|\s+heading)$", re.IGNORECASE)
MARKS = {W + "proofErr", W + "bookmarkStart", W + "bookmarkEnd", W + "permStart", W + "permEnd"}  # show nothing
RAISED_NUMBER = re.compile(r"[\d*†‡§,]+")  # what a raised run writes as a note's mark or a power
# What of a paragraph's XML is no text it shows: tracked deletions and moves away, a field's code,
# properties, ruby's reading above its text (w:rt), and a shape's copy for older readers (mc:Fallback).
SKIPPED = {W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "pPr", W + "rPr", W + "rt",
           "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
DROP_CAP = {"drop", "margin"}  # a paragraph's frame that holds a drop cap, the first letter of the paragraph after it
# An equation (Office Math) read as its text: an audit's report had "Savings are measured as , the share…". An
# operator is spaced as Word sets it ("E = 0.233 × Q"), a fraction "a / b", a part of it in brackets where it has
# several terms, a script raised or lowered as a web page's <sup> or <sub> is, else after "^" or "_" ("Q_gas").
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
MATH_OPERATOR = re.compile(rf"(?<=[\w)\]}}|%!′])\s*([{re.escape(MATH_OPERATORS)}])\s*")  # after a term: not "−1"
MATH_TERMS = re.compile(rf"[{re.escape(MATH_OPERATORS)}/]")  # what parts a formula's terms, "/" too
MATH_GROUP = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}")  # a bracketed part, one term
# A symbol inserted in a symbol font (`w:sym`, Insert > Symbol), which Word writes as the font's code: "an annual
# income ≤ £31,000" had read "an annual income £31,000". Adobe's Symbol encoding, codes 0x20–0x7E and 0xA1–0xF5 ("\0":
# a piece of a tall bracket, brace or integral drawn in parts, no character), and Wingdings' ticks, boxes and bullets.
SYMBOL_FONTS = {
    "symbol": {code: char for code, char in [
        *zip(range(0x20, 0x7F), " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_\0αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼"),
        *zip(range(0xA1, 0xF6), "ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…\0\0↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊⟨®©™∑"
                                 "\0\0\0\0\0\0\0\0\0\0\0⟩∫⌠\0⌡")] if char != "\0"},
    "wingdings": {0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x75: "◆", 0x76: "❖", 0x9F: "•", 0xA7: "▪", 0xA8: "◻",
                  0xD8: "➢", 0xE8: "➔", 0xEF: "⇦", 0xF0: "⇨", 0xF1: "⇧", 0xF2: "⇩", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑"},
}
SYMBOL_AREA = range(0xF000, 0xF100)  # where Word writes a symbol font's code 0x41 as F041


class WordError(Exception):
    """A Word document that cannot be made an article; the message says why, for the caller to name the file."""


def read_word(data: bytes) -> tuple[str, frozenset[str]]:
    """The article text of a .docx file, and the lines its heading styles mark (HEADING_STYLE), as index/headings.py's
    `marked_line` writes them; raises WordError saying why it cannot be read."""
    import docx  # only Word documents need it

    if not data:
        raise WordError("is empty (0 bytes)")
    if data.startswith(OLE_SIGNATURE):
        raise WordError("is an older Word .doc file (or another Office file) named .docx; save it as .docx")
    if not data.startswith(b"PK"):
        raise WordError("not a Word document: a .docx is a zip archive, and this file is not one (another kind of file named .docx?)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            expanded = sum(part.file_size for part in archive.infolist())
        if expanded > MAX_EXPANDED_BYTES:
            raise WordError(f"its parts expand to {expanded:,} bytes, over the {MAX_EXPANDED_BYTES:,}-byte limit "
                            "for a Word document")
        document = docx.Document(io.BytesIO(data))
    except WordError:
        raise
    except Exception as error:  # zipfile and python-docx raise zip, XML and package errors of many kinds
        raise WordError(f"cannot be read as a Word document; it may be damaged ({type(error).__name__}: {error})") from None
    _unwrap_table_controls(document.element.body)
    notes, marks = _notes(document)
    marked = NOTE_MARKS.set(marks)
    try:
        headings: set[str] = set()
        collecting = HEADING_LINES.set(headings)
        lines = _block_lines(document.element.body, document._body, numbering=Numbering.of(document))  # "" only around a Markdown table: a blank line
    finally:
        NOTE_MARKS.reset(marked)
        HEADING_LINES.reset(collecting)
    lines += ["", *notes] if notes else []
    margins = _headers_and_footers(document, set(lines))
    lines += ["", *margins] if margins else []
    # One blank line where two tables meet, none at the ends.
    return "\n".join(line for before, line in zip(["", *lines], lines) if line or before).strip("\n"), frozenset(headings)


def _unwrap_table_controls(body) -> None:
    """Puts the rows and cells that content controls wrap in a table (a repeating section's rows) in
    their places, where python-docx reads rows and cells: it passes a `w:sdt` there by."""
    # Word nests them: a section's control holds a control for each item, which holds its row.
    while controls := [sdt for sdt in body.iter(W + "sdt") if sdt.getparent().tag in {W + "tbl", W + "tr"}]:
        for control in controls:
            content = control.find(W + "sdtContent")
            for child in list(content) if content is not None else []:
                control.addprevious(child)
            control.getparent().remove(control)


def _block_lines(container, parent, written_table=None, numbering: Numbering | None = None) -> list[str]:
    """The lines of the paragraphs and tables in a body, a cell or a text box (`container`, its
    python-docx `parent`), in order, but a table of contents' (CONTENTS_STYLE), each table's as `written_table` (by default `table_lines`)
    writes it: a content control's too (`w:sdt`, which python-docx passes by), and after each
    paragraph those of the text boxes it holds; a drop cap's (DROP_CAP) as the start of the next. A paragraph in
    a list is written after its number as `numbering` counts it (index/word_numbering.py), or as its style names it ("List Number"). The lines of
    paragraphs in a heading style are added to HEADING_LINES's set (by `marked_line`), where one is being collected."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    written_table = written_table or table_lines
    lines = []
    numbered = 0  # the "List Number" items so far of the list being read: "1. ", "2. "…
    drop_cap = ""  # its text starts the next paragraph's: an audit's report had "T" and "he Warm Homes Pilot began…"
    for element in container.iterchildren():
        if element.tag == W + "tbl":
            lines += written_table(Table(element, parent))
        elif element.tag in {W + "sdt", W + "customXml"}:
            content = element.find(W + "sdtContent") if element.tag == W + "sdt" else element
            placeholder = element.find(f"{W}sdtPr/{W}showingPlcHdr") is not None
            lines += _block_lines(content, parent, written_table, numbering) if content is not None and not placeholder else []
        elif element.tag == W + "p":
            boxes: list = []
            if (frame := element.find(f"{W}pPr/{W}framePr")) is not None and frame.get(W + "dropCap") in DROP_CAP:
                drop_cap += _inline_text(element, boxes).strip()
                continue
            text_lines = [" ".join(line.split()) for line in (drop_cap + _inline_text(element, boxes)).split("\n")]
            drop_cap = ""
            style = Paragraph(element, parent).style
            name = style.name if style is not None else ""
            if CONTENTS_STYLE.match(name):
                continue
            label = numbering.label(element) if numbering else None
            numbered = numbered + 1 if label is None and name.startswith("List Number") else 0
            bullet = label if label is not None else f"{numbered}. " if numbered else "- " if name.startswith("List") else ""
            written = [f"{bullet if number == 0 else ''}{line}" for number, line in enumerate(filter(None, text_lines))]
            lines += written
            if (headings := HEADING_LINES.get()) is not None and HEADING_STYLE.match(name):
                headings.update(marked_line(line) for line in written)
            for box in boxes:
                lines += _block_lines(box, parent, written_table, numbering)
    return lines + [drop_cap] if drop_cap else lines  # a drop cap with no paragraph after it


def _inline_text(element, boxes: list) -> str:
    """A paragraph's text as Word shows it, from its XML: runs in hyperlinks, fields, content controls
    and tracked insertions too (python-docx's `text` passes them by: "The club captain is ."), a tab
    as a tab, a line break (Shift+Enter) as a line end, a symbol as its character (`_symbol`) and an equation as its
    text (`_equation`), a display equation a line of its own; not tracked deletions, hidden text, a field's code
    ("HYPERLINK …") or a shape's text for older readers (`mc:Fallback`, the same as its `mc:Choice`).
    The text boxes it holds are added to `boxes`, to be read as paragraphs of their own."""
    pieces = []
    raised_before = False  # whether the run before was a raised number, which a raised run goes on: "10^12"
    for child in element.iterchildren():
        tag = child.tag
        if tag in MARKS:  # a proofing or bookmark mark shows nothing, and parts no raised runs
            continue
        raised = False
        if tag == W + "t":
            pieces.append(child.text or "")
        elif tag in {W + "tab", W + "ptab"}:
            pieces.append("\t")
        elif tag == W + "br" and child.get(W + "type") in {"page", "column"}:
            pieces.append(" ")  # a page or column break mid-sentence parts no lines
        elif tag in {W + "br", W + "cr"}:
            pieces.append("\n")
        elif tag == W + "noBreakHyphen":
            pieces.append("-")
        elif tag == W + "sym":
            pieces.append(_symbol(child))
        elif tag == M + "oMath":
            pieces.append(_equation(child))
        elif tag == M + "oMathPara":  # a display equation, a line of its own
            pieces.append("".join(f"\n{_equation(equation)}\n" for equation in child.iterfind(M + "oMath")))
        elif tag == W + "r" and is_on(child.find(f"{W}rPr/{W}vanish")):
            pass  # hidden text, which Word does not show: an audit's report had "met monthly every six weeks"
        elif tag in {W + "footnoteReference", W + "endnoteReference"} and (tag, child.get(W + "id")) in NOTE_MARKS.get():
            pieces.append(f"[{NOTE_MARKS.get()[tag, child.get(W + 'id')]}]")  # "review[1]", as its note is written after the text
        elif tag == W + "txbxContent":
            boxes.append(child)
        elif tag == W + "sdt" and child.find(f"{W}sdtPr/{W}showingPlcHdr") is not None:
            pass  # a content control's placeholder ("Click or tap here to enter text."): nothing entered
        elif tag not in SKIPPED:
            text = _inline_text(child, boxes)
            # A number raised, as a note's mark typed by hand or a power, is not run into the one before it:
            # "2019^1", "10^6", not "20191" and "106"; a raised ordinal's letters stay ("1st").
            raised = tag == W + "r" and child.find(f"{W}rPr/{W}vertAlign[@{W}val='superscript']") is not None \
                and bool(RAISED_NUMBER.fullmatch(text.strip()))
            at = len(text) - len(text.lstrip())  # "^" goes before the number, after any space before it
            # A number lowered is written in lowered digits, as a web page's <sub> is: "CO₂", not "CO2" (audit, session 34).
            lowered = tag == W + "r" and child.find(f"{W}rPr/{W}vertAlign[@{W}val='subscript']") is not None \
                and bool(text.strip()) and all(ord(ch) > 127 for ch in text.strip().translate(SUBSCRIPT))
            pieces.append(f"{text[:at]}^{text[at:]}" if raised and not raised_before else text.translate(SUBSCRIPT) if lowered else text)
        raised_before = raised
    return "".join(pieces)


def _symbol(sym) -> str:
    """The character a `w:sym` shows (see SYMBOL_FONTS): a symbol font's by its table, "" where it has none; another
    font's, the character of its code, but in the area where Word writes a symbol font's codes."""
    char = sym.get(W + "char") or ""
    code = int(char, 16) if re.fullmatch(r"[0-9A-Fa-f]{1,6}", char) else 0
    font = SYMBOL_FONTS.get((sym.get(W + "font") or "").lower())
    if font is not None:
        return font.get(code - SYMBOL_AREA.start if code in SYMBOL_AREA else code, "")
    return chr(code) if 0x20 <= code <= 0x10FFFF and not 0xD800 <= code < 0xE000 and code not in SYMBOL_AREA else ""


def _equation(equation) -> str:
    """An equation's (`m:oMath`'s) text, on one line, its operators spaced (MATH_OPERATOR)."""
    return " ".join(MATH_OPERATOR.sub(r" \1 ", _math_text(equation)).split())


def _math_text(element) -> str:
    """The text of a part of an equation: its text (`m:t`) in order; a fraction, a script, a radical and
    brackets (`m:d`, whose brackets are no text) as MATH_OPERATOR's comment says; not its properties."""
    tag = element.tag
    if tag == M + "t":
        return element.text or ""
    if tag == M + "f":
        return f"{_math_term(_math_part(element, 'num'))} / {_math_term(_math_part(element, 'den'))}"
    if tag in {M + "sSub", M + "sSup", M + "sSubSup"}:
        return _math_part(element, "e") + _math_script(_math_part(element, "sub"), SUBSCRIPT, "_") \
            + _math_script(_math_part(element, "sup"), SUPERSCRIPT, "^")
    if tag == M + "rad":
        return f"{_math_part(element, 'deg').translate(SUPERSCRIPT)}√{_math_term(_math_part(element, 'e'))}"
    if tag == M + "d":
        properties = element.find(M + "dPr")
        begin, separator, end = (_math_value(properties, name, default)
                                 for name, default in (("begChr", "("), ("sepChr", "|"), ("endChr", ")")))
        return begin + separator.join(_math_text(part) for part in element.iterfind(M + "e")) + end
    return "".join(_math_text(child) for child in element
                   if isinstance(child.tag, str) and child.tag not in SKIPPED and not child.tag.endswith("Pr"))  # not a comment


def _math_part(element, name: str) -> str:
    """The text of an equation part's child `name` (a fraction's "num", a script's "sub"…), "" where it has none."""
    child = element.find(M + name)
    return _math_text(child).strip() if child is not None else ""


def _math_value(properties, name: str, default: str) -> str:
    """A math property's `m:val` (a bracket's "begChr"), `default` where it is not set; "" where it is set to none."""
    child = properties.find(M + name) if properties is not None else None
    return child.get(M + "val", "") if child is not None else default


def _math_term(text: str) -> str:
    """A part of a formula in brackets where it has several terms: "(a + b) / 2", not "a + b / 2"."""
    ungrouped = text
    while (inner := MATH_GROUP.sub("", ungrouped)) != ungrouped:  # a bracketed part is one term, "(a + b)c" one
        ungrouped = inner
    return f"({text})" if MATH_TERMS.search(ungrouped) else text


def _math_script(script: str, table: dict, mark: str) -> str:
    """A sub- or superscript after its base: raised or lowered as Unicode writes digits so ("Q₁", "m²"), else
    after `mark` ("Q_gas", "x^(a + b)")."""
    written = script.translate(table)
    if not script or written != script and all(ord(ch) > 127 for ch in written):
        return written
    return mark + _math_term(script)


def _notes(document) -> tuple[list[str], dict[tuple[str, str], str]]:
    """The document's footnotes and endnotes, "[1] The review was…" and "[i] Figures from…", in their
    parts' order: text the story refers to, which python-docx does not read; and the mark each note's
    reference (its tag, its note's id) is written with where the text refers to it."""
    from docx.oxml import parse_xml

    notes, marks = [], {}
    # Read before the loop: a document without settings (they are optional) has a default part made and
    # related to it on first reading, which changed the relationships while they were looped over.
    settings_element = document.settings.element
    for relationship in list(document.part.rels.values()):
        kind = relationship.reltype.rsplit("/", 1)[-1]
        if kind not in {"footnotes", "endnotes"} or relationship.is_external:
            continue
        root = parse_xml(relationship.target_part.blob)
        # Each kind counts on its own, in the style and from the number the section or the document sets,
        # by default as Word does: footnotes 1, 2, …; endnotes i, ii, …
        settings = [document.element.body.find(f"{W}sectPr/{W}{kind[:-1]}Pr"), settings_element.find(f"{W}{kind[:-1]}Pr")]
        style = _note_setting(settings, "numFmt") or ("decimal" if kind == "footnotes" else "lowerRoman")
        start = _note_setting(settings, "numStart")
        numbered = int(start) - 1 if start and start.isdigit() else 0
        for note in root.iterchildren(W + kind[:-1]):
            if note.get(W + "type") in {None, "normal"}:
                text = " ".join(" ".join(_block_lines(note, document._body)).split())
                if text:
                    numbered += 1
                    notes.append(f"[{numeral(numbered, style)}] {text}")
                    marks[f"{W}{kind[:-1]}Reference", note.get(W + "id")] = numeral(numbered, style)
    return notes, marks


def _headers_and_footers(document, body_lines: set[str]) -> list[str]:
    """The page headers and footers of all sections, each written once, a blank line before each, but
    page numbers and one whose every line the story or one written before holds (a title repeated over each page): a memo's
    reference number or a report's title may be written nowhere else. Each is written as its part
    is, so that a table in one stays a table."""
    from docx.oxml import parse_xml

    written: list[str] = []
    for relationship in document.part.rels.values():
        if relationship.reltype.rsplit("/", 1)[-1] in {"header", "footer"} and not relationship.is_external:
            lines = [kept for line in _block_lines(parse_xml(relationship.target_part.blob), document._body)
                     if (kept := _without_page_number(line)) is not None]
            part = "\n".join(lines).strip("\n")
            said = body_lines | {line for earlier in written for line in earlier.split("\n")}
            if part and not all(line in said for line in lines if line):
                written.append(part)
    return [line for part in written for line in ["", *part.split("\n")]][1:]


def _without_page_number(line: str) -> str | None:
    """A header's or footer's line without a page number (PAGE_NUMBER_PART); None where it held nothing
    else. A blank line and a table's row stay as they are."""
    if not line or line.startswith("|"):
        return line
    kept = " ".join(PAGE_NUMBER_PART.sub(" ", line).split())
    return kept if kept and not PAGE_NUMBER.fullmatch(kept) else None


def _note_setting(settings: list, name: str) -> str | None:
    """A note setting's value (`name`: "numFmt", "numStart"), from the first of `settings` (a section's
    footnotePr or endnotePr, then the document's; None where absent) that sets it."""
    for setting in settings:
        value = setting.find(W + name) if setting is not None else None
        if value is not None and value.get(W + "val"):
            return value.get(W + "val")
    return None


def table_lines(table) -> list[str]:
    """A table's rows, one a line (see the module's docstring): without a header row, each row's
    cells with text; under one, a Markdown table between blank lines (""), since Markdown reads a
    table right under a list item as more of the item, and the rows right under a table as more of it."""
    layout = [[_block_lines(cell._tc, cell) for cell in _unmerged(row.cells)] for row in table.rows]
    if any(sum(bool(line.strip()) for line in lines) > LAYOUT_PARAGRAPHS for row in layout for lines in row):
        # A table laid out as a page (a CV's two columns): each cell's paragraphs, lists and headings as lines,
        # cell after cell; as a row, a CV had been one line of 2,742 characters.
        return [line for row in layout for lines in row if any(map(str.strip, lines)) for line in ["", *lines]][1:]
    grids = [_grid(row) for row in table.rows]
    header = _header(grids) if len(grids) > 1 else None
    if header is None:
        return [_row_line([cell for cell in row if cell]) for row in map(_row_cells, grids) if any(row)]
    names, header_rows = header
    rows = [_row_cells(grid, across=True) for grid in grids[header_rows:]]
    width = max(len(names), *map(len, rows))
    names, *body = [row + [""] * (width - len(row)) for row in [names, *rows]]
    return ["", _row_line(names), _row_line(["---"] * width), *(_row_line(row) for row in body if any(row)), ""]


def _grid(row) -> list:
    """A row's cell in each column from the first, None where the row starts later: python-docx gives
    a cell merged across columns once for each of them, and one merged down from the row above as that cell."""
    return [None] * row.grid_cols_before + list(row.cells)


def _row_cells(grid: list, across: bool = False) -> list[str]:
    """A row's cell texts, one per column from the first: a cell merged across columns gives its
    text to the first and "" to the others, as does a column the row does not reach; `across` (a body row under named
    columns), to each of them where the row holds another cell: its value is each column's, "5 working days" the target
    arrival and the target repair time (a documents audit's "48 hours" had been the row above's repair time). One in the
    first column is the row's label, and one across a whole row a label of the rows under it: each written once."""
    once = not across or len({id(cell) for cell in grid if cell is not None}) == 1
    first = grid[0] if grid else None  # the row's label, written once though merged across ("Total" over two columns)
    return ["" if cell is None or (cell is before and (once or cell is first)) else _cell_text(cell)
            for before, cell in zip([None, *grid], grid)]


def _header(grids: list[list]) -> tuple[list[str], int] | None:
    """The names of a table's columns, and how many rows give them; None when its first row does not
    look like column names (see HEADER_MIN_COLUMNS). Markdown has one header row and no cell spanning
    columns, so a header cell merged across columns names each of them, and a row under it that names
    those columns further, each of its other cells merged down from the row above, is more of the
    header: "Revenue 2023" for "2023" under "Revenue"."""
    cells = grids[0]
    names = ["" if cell is None else _cell_text(cell) for cell in cells]
    named = [name for name, cell, before in zip(names, cells, [None, *cells]) if cell is not before]  # each cell's once
    if len(names) < HEADER_MIN_COLUMNS or not names_columns(named):  # corners may be empty, the names after them not
        return None
    header_rows = 1
    while header_rows < len(grids) - 1 and (more := _more_names(grids[header_rows - 1], grids[header_rows])):
        names = [f"{name} {added}" if added else name for name, added in zip(names, more)]
        header_rows += 1
    return names, header_rows


def _more_names(above: list, row: list) -> list[str] | None:
    """What a row adds to the names of the columns, "" where its cell is merged down from the row
    above; None unless it adds some, each under a cell of the row above merged across columns."""
    if len(row) != len(above) or None in row or None in above:
        return None
    across = [cell is before or cell is after for before, cell, after in zip([None, *above], above, [*above[1:], None])]
    down = [cell._tc is over._tc for cell, over in zip(row, above)]  # python-docx tells it only by the cell's XML
    if all(down) or not all(is_down or is_across and _cell_text(cell) for cell, is_down, is_across in zip(row, down, across)):
        return None
    return ["" if is_down else _cell_text(cell) for cell, is_down in zip(row, down)]


def _cell_text(cell) -> str:
    """A cell's text on one line, a "|" in it escaped "\\|"."""
    return _plain_cell_text(cell).replace("|", "\\|")


def _plain_cell_text(cell) -> str:
    """A cell's text on one line: its paragraphs', content controls' and text boxes', and a table
    nested in it a row at a time ("Sponsors | Harbour Bank; Mill Lane Bakery")."""
    return "; ".join(" ".join(line.split()) for line in _block_lines(cell._tc, cell, _nested_rows) if line.strip())


def _nested_rows(table) -> list[str]:
    """A table nested in a cell, a line for each row with text."""
    rows = [" ".join(text for text in map(_plain_cell_text, _unmerged(row.cells)) if text) for row in table.rows]
    return [row for row in rows if row]


def _unmerged(cells: list) -> list:
    """A row's cells, one merged across columns once."""
    return [cell for before, cell in zip([None, *cells], cells) if cell is not before]


def _row_line(cells: list[str]) -> str:
    return f"| {' | '.join(cells)} |"
