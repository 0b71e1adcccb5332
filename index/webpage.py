"""The story of a saved web page, as text: trafilatura finds it; what is left of a page without a
story (its menu, a cookie notice, a footer) is recognised here and counts as no text at all."""
from __future__ import annotations

# Page furniture: never a story, even when trafilatura has nothing else to return. Headers, footers
# and asides inside an article (its title, its notes) are the story's own.
FURNITURE = ("//nav | //*[@role='navigation'] | //*[@role='banner'] | //*[@role='contentinfo']"
             " | //header[not(ancestor::article or ancestor::main)] | //footer[not(ancestor::article or ancestor::main)]"
             " | //aside[not(ancestor::article or ancestor::main)]"
             " | //*[contains(translate(@id, 'COKIENS', 'cokiens'), 'cookie') or contains(translate(@class, 'COKIENS', 'cokiens'), 'cookie')"
             " or contains(translate(@id, 'CONSET', 'conset'), 'consent') or contains(translate(@class, 'CONSET', 'conset'), 'consent')]")


def page_text(data: bytes) -> str:
    """The main text of a web page, "" when it has none: trafilatura drops navigation, scripts,
    cookie notices and footers, decodes the page's own character set, and keeps paragraphs and list
    items one to a line."""
    import trafilatura  # only HTML needs it, and it takes a while to import
    from trafilatura.settings import use_config

    config = use_config()
    # By default a story under 250 characters is taken for a failed extraction and the whole
    # page's text, navigation included, is returned instead; a short story is still the story.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    text = trafilatura.extract(data, include_comments=False, include_tables=True, config=config) or ""
    # With no story at all, trafilatura still returns the page's furniture ("Home Weather").
    return "" if text and _only_furniture(text, data) else text


def _only_furniture(text: str, data: bytes) -> bool:
    """Whether no line of `text` is found in the page outside its furniture."""
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        return False
    for element in tree.xpath(f"{FURNITURE} | //script | //style | //noscript | //template"):
        if element.getparent() is not None:
            element.drop_tree()  # keeps the text that follows the element
    # Compared without any whitespace: the extractor spaces inline and block elements its own way.
    rest = "".join("".join(tree.itertext()).split())
    return not any("".join(line.split()) in rest for line in text.splitlines() if line.strip())
