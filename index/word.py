"""A Word document's text as an article (python-docx): its paragraphs and tables in the order they
come, one paragraph, list item or table row a line. Page headers, footers and comments are not
part of the story and are left out."""
from __future__ import annotations

import io


def word_text(data: bytes) -> str:
    """The article text of a .docx file. Raises python-docx's errors for a file it cannot open
    (the caller names the file)."""
    import docx  # only Word documents need it
    from docx.table import Table

    lines = []
    for block in docx.Document(io.BytesIO(data)).iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                # A merged cell is listed once per column it spans.
                cells = dict.fromkeys(" ".join(cell.text.split()) for cell in row.cells)
                lines.append(" | ".join(cell for cell in cells if cell))
        else:
            text = " ".join(block.text.split())
            is_list_item = block.style is not None and block.style.name.startswith("List")
            lines.append(f"- {text}" if text and is_list_item else text)
    return "\n".join(line for line in lines if line)
