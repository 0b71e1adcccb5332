"""A saved web page's tables, readied for trafilatura (index/webpage.py), which then writes them.

Tables come out as trafilatura writes them, Markdown rows ("| Lisbon | 4.2 | 120 |", "|" in a cell
escaped "\\|"), a cell spanning columns leaving the next ones empty so that every cell keeps its
column; under a header row, a body cell spanning columns beside others is written in each of them, its value each
column's (`_repeat_across`). A body cell spanning rows is written in each of them, as index/word.py writes a Word cell
merged down: its value is each row's ("Region: North" for each of the region's cities), and a row,
all that a passage may hold of its table, then says it. A table under a header row (in <thead>, or
all <th>) is a Markdown table between blank lines: its header row, a delimiter row "|---|---|---|",
its body rows; index/tables.py then names each body cell by its column where the reader and the
search see it (why: see index/word.py). Markdown has one header row and no cell spanning columns, so
a header cell's name is written over each column it spans, and header rows stacked under a group
header (<thead>'s rows, or <th> rows under a cell spanning columns) are written as one, each column
named from the top down: "Revenue 2023" for "2023" under "Revenue". A one-row table is written as
its row, "| Lisbon | 4.2 |", as a paragraph, and a short table (READABILITY_MIN_TEXT) as its rows, a
paragraph each, a cell spanning columns followed by an empty cell for each other column it spans:
trafilatura drops a short table when it takes another extractor's reading of a page made mostly of
tables. A caption is a line before its table."""
from __future__ import annotations

import copy

from index.html_inline import inline_only, is_inline

LAYOUT_ROLES = ("presentation", "none")  # a table's that says it only lays the page out
# trafilatura's own mark for a blank line: a line holding only it comes out blank, and it is dropped
# wherever else it stands, so that it never shows in the text.
BLANK_LINE = "\u2424"
MAX_SPAN = 100  # trafilatura's limit on the columns or rows a cell spans
ABBREVIATION_CHARS = 4  # the longest header cell, or <abbr> in one, written out as its abbreviation's spelling ("Pts")
# The least text of a table that readability keeps; trafilatura takes readability's reading of a page made
# mostly of tables, so a table with less is written as lines of text (see prepare_tables).
READABILITY_MIN_TEXT = 25
CELL_TEXT = ".//text()[not(ancestor::script or ancestor::style)] | .//br"  # a cell's text, and its line breaks


def prepare_tables(tree) -> None:
    """Readies each table for trafilatura as the module's docstring says: a caption becomes a paragraph
    before its table (one written beside it is kept); <th> cells are left only in one header row, the one trafilatura writes a
    delimiter row under, and a blank line follows its table; a body cell spanning rows is put in each
    of them; a one-row or short table becomes lines."""
    _header_abbreviations(tree)
    for table in tree.xpath("//table"):
        for caption in table.xpath("./caption"):
            caption.tag = "p"
            table.addprevious(caption)
            for part in caption.iter():  # Sphinx's "caption-number" and "caption-text", which trafilatura drops by their class
                if "caption" in part.get("class", "").lower():
                    del part.attrib["class"]
        # A caption written as a paragraph beside it ("$ in millions"), which trafilatura drops by its class as it
        # drops a picture's: a table's figures had no units.
        for beside in (table.getprevious(), table.getnext()):
            if beside is not None and "caption" in beside.get("class", "").lower() and inline_only(beside):
                del beside.attrib["class"]
        rows = table_rows(table)
        # E-mail builders mark every table as layout, trafilatura then reading it as none: one of values (a
        # newsletter's dates and events, rows of cells with text only) is a table all the same.
        if table.get("role") in LAYOUT_ROLES and len(rows) > 1 and any(len(row.xpath("./th | ./td")) > 1 for row in rows) \
                and all(map(_holds_text_only, rows)):
            del table.attrib["role"]
        header = _header_rows(rows)
        for row in rows[len(header):]:
            for cell in row.xpath("./th | ./td"):
                cell.tag = "td"
        if all(map(_holds_text_only, rows)):  # a table of values; a layout cell's story is not to be written twice
            _repeat_down(rows[len(header):])
            if header:
                _repeat_across(rows[len(header):], max(sum(_span(cell, "colspan") for cell in row.xpath("./th | ./td"))
                                                       for row in header))
        if header:
            _write_header(header)
            # Markdown reads the rows, and a line of text, right under a table as more of it.
            end = table.makeelement("p", {})
            end.text, end.tail, table.tail = BLANK_LINE, table.tail, None
            table.addnext(end)
            rows = table_rows(table)
        if not rows or table.xpath("ancestor::table") or not all(map(_holds_text_only, rows)):
            continue
        short = len(" ".join(table.text_content().split())) < READABILITY_MIN_TEXT
        if len(rows) == 1:
            _write_as_lines(table, [_row_line(rows[0])])
        elif short:
            lines = [_row_line(row, keep_empty=True) for row in rows]  # an empty cell keeps the others in their columns
            if header:
                lines.insert(1, "|" + "---|" * len(rows[0].xpath("./th")))
            _write_as_lines(table, lines)


def _header_abbreviations(tree) -> None:
    """Writes a header cell's abbreviation out, as its `abbr` attribute or an <abbr>'s title spells it: a league
    table's "P", "GD" and "Pts" name its columns "Played", "Goal difference" and "Points" (an r19 audit's
    "How many points do Kingsdown Athletic have?" had been answered with their games lost). Only a short one
    (ABBREVIATION_CHARS) spelt out longer: an `abbr` that shortens a long name is left."""
    def spell_out(element, attribute: str) -> bool:
        spelt, shown = " ".join(element.get(attribute, "").split()), element.text_content().strip()
        if len(shown) > ABBREVIATION_CHARS or len(spelt) <= len(shown):
            return False
        for child in list(element):
            element.remove(child)
        element.text = spelt
        return True

    for cell in tree.xpath("//th"):
        if not spell_out(cell, "abbr"):
            for abbreviation in list(cell.iter("abbr")):
                spell_out(abbreviation, "title")


def _repeat_down(rows) -> None:
    """Puts a copy of each cell spanning rows in each row under it that it spans, in its column, so
    that no cell spans rows."""
    above, group = {}, None  # above: column: (a cell spanning rows, the rows under this one it still spans)
    for row in rows:
        if row.getparent() is not group:  # a cell spans rows of its own <thead>, <tbody> or <tfoot> only
            above, group = {}, row.getparent()
        spanning = _lay_cells(row, {column: _copy_of(cell) for column, (cell, _) in above.items()})
        above = {column: (cell, rows_left - 1) for column, (cell, rows_left) in above.items() if rows_left > 1} | spanning


def _repeat_across(rows, width: int) -> None:
    """Puts a copy of each body cell spanning columns in each of the `width` named columns it spans, where its row holds
    another cell before it: its value is each column's, as index/word.py writes a Word cell merged across ("8:00 to
    18:00" both Monday's morning and afternoon hours). One in the first column is the row's label ("Total" over two
    columns), and one across a whole row a label of the rows under it: each written once. A span past the named columns
    ("colspan=100" for the rest of the row) is cut at the last (review, session 38: it had been copied 100 times)."""
    for row in rows:
        cells, column = row.xpath("./td"), 0
        for cell in cells if len(cells) > 1 else []:
            span = _span(cell, "colspan")
            if column > 0 and span > 1:
                cell.attrib.pop("colspan")
                for _ in range(max(0, min(span, width - column) - 1)):
                    cell.addnext(_copy_of(cell))
            column += span


def _lay_cells(row, copies: dict) -> dict:
    """Puts `copies` (column: a copy of the cell above spanning down into the row) among the row's own
    cells, each in its column; returns, by column, (cell, the rows under this one it spans) for each
    of the row's own cells that spans rows, which then spans its own row only."""
    own, laid, spanning, column = row.xpath("./th | ./td"), [], {}, 0
    for cell in own:
        while column in copies:
            laid.append(copies.pop(column))
            column += _span(laid[-1], "colspan")
        if _span(cell, "rowspan") > 1:
            spanning[column] = (cell, _span(cell, "rowspan") - 1)
            del cell.attrib["rowspan"]
        laid.append(cell)
        column += _span(cell, "colspan")
    laid += [copies[column] for column in sorted(copies)]  # past the row's own cells
    for cell in own:
        row.remove(cell)
    row.extend(laid)
    return spanning


def _copy_of(cell):
    """A cell's copy for a row under it, spanning that row only."""
    duplicate = copy.deepcopy(cell)
    duplicate.tail = None
    return duplicate


def table_rows(table) -> list:
    """A table's own rows that hold cells, in order."""
    return [row for row in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr") if row.xpath("./th | ./td")]


def _write_as_lines(table, lines: list[str]) -> None:
    """Puts in a table's place a paragraph for each of `lines`, as trafilatura writes a table's rows."""
    paragraphs = [table.makeelement("p", {}) for _ in lines]
    for paragraph, line in zip(paragraphs, lines):
        paragraph.text = line
    paragraphs[-1].tail = table.tail
    table.getparent().replace(table, paragraphs[0])
    for paragraph in reversed(paragraphs[1:]):
        paragraphs[0].addnext(paragraph)


def _header_rows(rows) -> list:
    """A table's header rows: those in its <thead>, or a first row of <th> cells and the rows of <th>
    cells under each row holding a cell that spans columns; none when no row lies under them, or when
    they are one cell across the whole table, a title (an infobox's person: it had named every label
    and value "Ingrid Halvorsen"); a title over header rows names their columns ("Fares 2024 Adult")."""
    if rows and rows[0].getparent().tag == "thead":
        header = [row for row in rows if row.getparent().tag == "thead"]
    else:
        header = []
        for row in rows:
            if header and not any(_span(cell, "colspan") > 1 for cell in header[-1].xpath("./th | ./td")):
                break
            if not all(cell.tag == "th" for cell in row.xpath("./th | ./td")):
                break
            header.append(row)
    columns = max((sum(_span(cell, "colspan") for cell in row.xpath("./th | ./td")) for row in rows), default=0)
    title = header and len(cells := header[0].xpath("./th | ./td")) == 1 and columns > 1 and _span(cells[0], "colspan") >= columns
    return header if len(header) < len(rows) and not (title and len(header) == 1) else []


def _write_header(rows) -> None:
    """Makes a table's header rows one row of <th> cells, one a column, each named by the cells over
    its column from the top down, a cell spanning columns naming each of them."""
    names: dict[int, list[str]] = {}  # column: the texts of the cells over it, top first
    taken: dict[int, int] = {}  # column: the rows, from the one being read, that a cell above still fills
    for row in rows:
        column, placed = 0, {}
        for cell in row.xpath("./th | ./td"):
            while taken.get(column):
                column += 1
            text = _cell_text(cell)
            for spanned in range(column, column + _span(cell, "colspan")):
                names.setdefault(spanned, []).extend([text] if text else [])
                placed[spanned] = _span(cell, "rowspan")
            column += _span(cell, "colspan")
        taken = {at: rows_left - 1 for at, rows_left in {**taken, **placed}.items() if rows_left > 1}
    first, *others = rows
    for cell in first.xpath("./th | ./td"):
        first.remove(cell)
    for column in range(max(names) + 1):
        cell = first.makeelement("th", {})
        cell.text = " ".join(names.get(column, []))
        first.append(cell)
    for row in others:
        row.getparent().remove(row)


def _span(cell, attribute: str) -> int:
    """A cell's colspan or rowspan as trafilatura reads it, so that the header spans the columns its rows do."""
    value = cell.get(attribute, "1")
    return max(1, min(int(value), MAX_SPAN)) if value.isdecimal() else 1


def _holds_text_only(row) -> bool:
    """Whether a row's cells hold only text and inline markup: a row of a table, not a page laid out in one."""
    return all(not isinstance(element.tag, str) or is_inline(element)
               for cell in row.xpath("./th | ./td") for element in cell.iterdescendants())


def _row_line(row, keep_empty: bool = False) -> str:
    """A row's cells with text, or all its cells (a cell spanning columns followed by an empty one for
    each other column it spans), as trafilatura writes a row, "| Lisbon | 4.2 |"; "" when none has text."""
    cells = row.xpath("./th | ./td")
    if keep_empty:
        texts = [text for cell in cells for text in [_cell_text(cell), *[""] * (_span(cell, "colspan") - 1)]]
    else:
        texts = [text for text in map(_cell_text, cells) if text]
    escaped = [text.replace("|", "\\|") for text in texts]
    return f"| {' | '.join(escaped)} |" if any(escaped) else ""


def _cell_text(cell) -> str:
    """A cell's text on one line, a line break in it a space, as trafilatura writes a cell's."""
    return " ".join("".join(piece if isinstance(piece, str) else " " for piece in cell.xpath(CELL_TEXT)).split())
