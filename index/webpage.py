"""The story of a saved web page, as text: trafilatura finds it; what is left of a page without a
story (its menu, a cookie notice, a footer) is recognised here and counts as no text at all.

Tables come out as trafilatura writes them, Markdown rows ("| Lisbon | 4.2 | 120 |"), except that
under a header row each cell also names its column, "| City: Lisbon | Revenue: 4.2 | Staff: 120 |",
and the header row is left out, as index/word.py does for a Word table (why: see there)."""
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
    _name_columns(tree)
    # trafilatura prunes the tree it reads; the furniture check below reads this one whole.
    text = trafilatura.extract(copy.deepcopy(tree), include_comments=False, include_tables=True, config=config) or ""
    # With no story at all, trafilatura still returns the page's furniture ("Home Weather").
    return "" if text and _only_furniture(text, tree) else text


def _name_columns(tree) -> None:
    """Starts each cell of a table under a header row (in <thead>, or all <th>) with its column's
    name, "City: Lisbon", and removes the header row; a cell spanning columns takes the first one's."""
    for table in tree.iter("table"):
        rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
        if len(rows) < 2:
            continue
        header, cells = rows[0], rows[0].xpath("./th | ./td")
        if not cells or not (header.getparent().tag == "thead" or all(cell.tag == "th" for cell in cells)):
            continue
        names = [name for cell in cells for name in [" ".join(cell.text_content().split()).rstrip(":")] * _span(cell, "colspan")]
        taken = set()  # (row, column) of the rows below a cell that spans rows
        for row_number, row in enumerate(rows[1:]):
            column = 0
            for cell in row.xpath("./th | ./td"):
                while (row_number, column) in taken:
                    column += 1
                taken.update((row_number + down, column + across) for down in range(1, min(_span(cell, "rowspan"), len(rows)))
                             for across in range(_span(cell, "colspan")))
                if column < len(names) and names[column] and cell.text_content().strip():
                    cell.text = f"{names[column]}: {cell.text or ''}"
                column += _span(cell, "colspan")
        header.drop_tree()


def _span(cell, attribute: str) -> int:
    """How many columns or rows a cell spans, 1 unless its attribute says more (HTML allows up to 1,000 columns)."""
    value = re.match(r"\d+", cell.get(attribute, "").strip())
    return min(max(int(value.group()), 1), 1_000) if value else 1


def _only_furniture(text: str, tree) -> bool:
    """Whether no line of `text` is found in the page outside its furniture."""
    for element in tree.xpath(f"{FURNITURE} | //script | //style | //noscript | //template"):
        if element.getparent() is not None:
            element.drop_tree()  # keeps the text that follows the element
    # Compared without whitespace, which the extractor spaces its own way, and without the "|" and
    # "\" it writes between and in table cells (a "|" in a cell as "\|").
    rest = BETWEEN_WORDS.sub("", "".join(tree.itertext()))
    return not any(BETWEEN_WORDS.sub("", line) in rest for line in text.splitlines() if line.strip())
