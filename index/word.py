"""A Word document's text as an article (python-docx): its paragraphs and tables in the order they
come, one paragraph, list item or table row a line. Page headers, footers and comments are not
part of the story and are left out.

A table row is written as a Markdown table's is, "| Lisbon | 4.2 | 120 |" ("|" in a cell escaped
"\\|"), so that answers stop at cell boundaries (qa/spans.py). Under a header row, each cell also
names its column, "| City: Lisbon | Revenue: 4.2 | Staff: 120 |", and the header row itself is left
out: the reader then tells Porto's revenue from Lisbon's and from Porto's staff. On 42 questions
about 7 hand-made tables this answered 28 right where header and rows as lines answered 14."""
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
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines += table_lines(block)
        else:
            text = " ".join(block.text.split())
            is_list_item = block.style is not None and block.style.name.startswith("List")
            lines.append(f"- {text}" if text and is_list_item else text)
    return "\n".join(line for line in lines if line)


def table_lines(table) -> list[str]:
    """A table's rows, one a line (see the module's docstring); an empty cell is left out."""
    rows = [_row_cells(row) for row in table.rows]
    header = rows[0] if len(rows) > 1 and _is_header(rows[0]) else None
    if header is None:
        return [_row_line(row) for row in rows]
    return [_row_line([f"{label.rstrip(':')}: {text}" if text else "" for label, text in zip(header, row)]) for row in rows[1:]]


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
    filled = [cell for cell in cells if cell]
    return f"| {' | '.join(filled)} |" if filled else ""
