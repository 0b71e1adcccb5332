"""A Word document's text as an article (python-docx): its paragraphs and tables in the order they
come, one paragraph, list item or table row a line. Page headers, footers and comments are not
part of the story and are left out."""
from __future__ import annotations

import io
import zipfile

# A .docx is a zip: a few megabytes can declare gigabytes of XML (a zip bomb). The zip reader reads
# no more than each part declares, so the declared sizes bound what reading it takes.
MAX_EXPANDED_BYTES = 200_000_000


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
            for row in block.rows:
                # A merged cell is listed once per column it spans.
                cells = dict.fromkeys(" ".join(cell.text.split()) for cell in row.cells)
                lines.append(" | ".join(cell for cell in cells if cell))
        else:
            text = " ".join(block.text.split())
            is_list_item = block.style is not None and block.style.name.startswith("List")
            lines.append(f"- {text}" if text and is_list_item else text)
    return "\n".join(line for line in lines if line)
