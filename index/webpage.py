"""The story of a saved web page, as text: trafilatura finds it; what is left of a page without a
story (its menu, a cookie notice, a footer) is recognised here and counts as no text at all.

Tables come out as trafilatura writes them, Markdown rows ("| Lisbon | 4.2 | 120 |", "|" in a cell
escaped "\\|"), a cell spanning rows or columns leaving the next ones empty so that every cell keeps
its column. A table under a header row (in <thead>, or all <th>) is a Markdown table, after a blank
line: its header row, a delimiter row "|---|---|---|", its body rows; index/tables.py then names each
body cell by its column where the reader and the search see it (why: see index/word.py). A header
cell spanning columns names the first of them. A caption is a line before its table."""
from __future__ import annotations

import copy
import re

# Page furniture: never a story, even when trafilatura has nothing else to return. Headers, footers
# and asides inside an article (its title, its notes) are the story's own.
FURNITURE = ("//nav | //*[@role='navigation'] | //*[@role='banner'] | //*[@role='contentinfo']"
             " | //header[not(ancestor::article or ancestor::main)] | //footer[not(ancestor::article or ancestor::main)]"
             " | //aside[not(ancestor::article or ancestor::main)]"
             " | //*[contains(translate(@id, 'COKIENS', 'cokiens'), 'cookie') or contains(translate(@class, 'COKIENS', 'cokiens'), 'cookie')"
             " or contains(translate(@id, 'CONSET', 'conset'), 'consent') or contains(translate(@class, 'CONSET', 'conset'), 'consent')]")

# The line break before a table's header row: the row above a delimiter row, "|---|---|".
BEFORE_HEADER_ROW = re.compile(r"\n(?=[^\n]*\n\|(?:---\|)+ *(?:\n|$))")
BETWEEN_WORDS = re.compile(r"[\s|\\]+")  # what _only_furniture compares lines without


def page_text(data: bytes) -> str:
    """The main text of a web page, "" when it has none: trafilatura drops navigation, scripts,
    cookie notices and footers, decodes the page's own character set, and keeps paragraphs and list
    items one to a line."""
    import trafilatura  # only HTML needs it, and it takes a while to import
    from trafilatura.settings import use_config
    from trafilatura.utils import load_html

    config = use_config()
    # By default a story under 250 characters is taken for a failed extraction and the whole
    # page's text, navigation included, is returned instead; a short story is still the story.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    tree = load_html(data, config.getint("DEFAULT", "MAX_FILE_SIZE"))
    if tree is None:
        return ""
    _mark_header_rows(tree)
    # trafilatura prunes the tree it reads; the furniture check below reads this one whole.
    text = trafilatura.extract(copy.deepcopy(tree), include_comments=False, include_tables=True, config=config) or ""
    # Markdown reads a header row right under a list item or another table's rows as more of those.
    text = BEFORE_HEADER_ROW.sub("\n\n", text)
    # With no story at all, trafilatura still returns the page's furniture ("Home Weather").
    return "" if text and _only_furniture(text, tree) else text


def _mark_header_rows(tree) -> None:
    """Leaves <th> cells only in the header row of each table under one (see the module's docstring),
    and makes each caption a paragraph before its table: trafilatura writes a delimiter row under the
    first row holding a <th>, and under a caption, which it writes as a row of its own."""
    for table in tree.xpath("//table"):
        for caption in table.xpath("./caption"):
            caption.tag = "p"
            table.addprevious(caption)
        rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
        first_cells = rows[0].xpath("./th | ./td") if rows else []
        has_header = len(rows) > 1 and bool(first_cells) and (
            rows[0].getparent().tag == "thead" or all(cell.tag == "th" for cell in first_cells))
        for number, row in enumerate(rows):
            for cell in row.xpath("./th | ./td"):
                cell.tag = "th" if has_header and number == 0 else "td"


def _only_furniture(text: str, tree) -> bool:
    """Whether no line of `text` is found in the page outside its furniture."""
    for element in tree.xpath(f"{FURNITURE} | //script | //style | //noscript | //template"):
        if element.getparent() is not None:
            element.drop_tree()  # keeps the text that follows the element
    # Compared without whitespace, which the extractor spaces its own way, and without the "|" and
    # "\" it writes between and in table cells (a "|" in a cell as "\|").
    rest = BETWEEN_WORDS.sub("", "".join(tree.itertext()))
    return not any(BETWEEN_WORDS.sub("", line) in rest for line in text.splitlines() if line.strip())
