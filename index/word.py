"""A Word document's text as an article (python-docx): its paragraphs and tables in the order they
come, one paragraph, list item or table row a line. Page headers, footers and comments are not
part of the story and are left out.

A table row is written as a Markdown table's is, "| Lisbon | 4.2 | 120 |" ("|" in a cell escaped
"\\|"), so that answers stop at cell boundaries (qa/spans.py). A table under a header row is a
Markdown table, set off by blank lines: its header row, a delimiter row "| --- | --- | --- |", then
its body rows, an empty cell kept so that the others stay in their columns. index/tables.py then names each body
cell by its column where the reader and the search see it, "| City: Porto | Revenue: 2.9 |", and the
reader tells Porto's revenue from Lisbon's and from Porto's staff, while the names stay out of the
article text and so out of answers. On 42 questions about 7 hand-made tables, header and rows as
lines answered 14 right; each cell named in the text, 27; the Markdown table, 30."""
from __future__ import annotations

import io
import re
import zipfile

# A .docx is a zip: a few megabytes can declare gigabytes of XML (a zip bomb). The zip reader reads
# no more than each part declares, so the declared sizes bound what reading it takes.
MAX_EXPANDED_BYTES = 200_000_000
# Word marks no header row that python-docx reads, so a first row is taken for one when it names at
# least this many columns, each once and without a digit: a two-column table is more often a
# label | value list ("Founded | 1999", "Chair | Maria Okafor") than a table under a header.
HEADER_MIN_COLUMNS = 3
DIGIT = re.compile(r"\d")


class WordError(Exception):
    """A Word document that cannot be made an article; the message says why, for the caller to name the file."""


def word_text(data: bytes) -> str:
    """The article text of a .docx file; raises WordError saying why it cannot be read."""
    import docx  # only Word documents need it
    from docx.table import Table

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
        raise WordError(f"cannot be read as a Word document ({type(error).__name__}: {error}); "
                        "an older .doc file must be saved as .docx") from None
    lines = []  # "" only around a Markdown table: a blank line
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines += table_lines(block)
        elif text := " ".join(block.text.split()):
            is_list_item = block.style is not None and block.style.name.startswith("List")
            lines.append(f"- {text}" if is_list_item else text)
    # One blank line where two tables meet, none at the ends.
    return "\n".join(line for before, line in zip(["", *lines], lines) if line or before).strip("\n")


def table_lines(table) -> list[str]:
    """A table's rows, one a line (see the module's docstring): without a header row, each row's
    cells with text; under one, a Markdown table between blank lines (""), since Markdown reads a
    table right under a list item as more of the item, and the rows right under a table as more of it."""
    rows = [_row_cells(row) for row in table.rows]
    if len(rows) < 2 or not _is_header(rows[0]):
        return [_row_line([cell for cell in row if cell]) for row in rows if any(row)]
    width = max(map(len, rows))
    header, *body = [row + [""] * (width - len(row)) for row in rows]
    return ["", _row_line(header), _row_line(["---"] * width), *(_row_line(row) for row in body if any(row)), ""]


def _row_cells(row) -> list[str]:
    """A row's cell texts, one per column from the first: a cell merged across columns gives its
    text to the first and "" to the others, as does a column the row does not reach."""
    cells = [None] * row.grid_cols_before + list(row.cells)
    return ["" if cell is None or cell is before else " ".join(cell.text.split()).replace("|", "\\|")
            for before, cell in zip([None, *cells], cells)]  # python-docx gives a merged cell once per column


def _is_header(cells: list[str]) -> bool:
    """Whether a first row looks like column names (see HEADER_MIN_COLUMNS)."""
    return len(cells) >= HEADER_MIN_COLUMNS and all(cells) and len(set(cells)) == len(cells) and not any(map(DIGIT.search, cells))


def _row_line(cells: list[str]) -> str:
    return f"| {' | '.join(cells)} |"
