"""The story of a saved web page, as text: trafilatura finds it; what is left of a page without a
story (its menu, a cookie notice, a footer) is recognised here and counts as no text at all.
Its tables are readied for trafilatura by index/html_tables.py."""
from __future__ import annotations

import collections
import copy
import re

from index.dates import DATE, DAY_AND_MONTH
from index.headings import marked_line
from index.html_inline import inline_only, is_inline
from index.html_tables import CELL_TEXT, prepare_tables, table_rows
from index.word_numbering import numeral

# Page furniture: never a story, even when trafilatura has nothing else to return. Headers, footers
# and asides inside an article (its title, its notes) are the story's own.
FURNITURE = ("//nav | //*[@role='navigation'] | //*[@role='banner'] | //*[@role='contentinfo']"
             " | //header[not(ancestor::article or ancestor::main)] | //footer[not(ancestor::article or ancestor::main)]"
             " | //aside[not(ancestor::article or ancestor::main)]"
             " | //*[contains(translate(@id, 'COKIENS', 'cokiens'), 'cookie') or contains(translate(@class, 'COKIENS', 'cokiens'), 'cookie')"
             " or contains(translate(@id, 'CONSET', 'conset'), 'consent') or contains(translate(@class, 'CONSET', 'conset'), 'consent')]")

# An advertisement's box, named by its class or id ("ad", "ads", "advert", "advertisement", "ad-slot",
# "adsbygoogle"), or filled by an ad server (`data-ad-slot`): trafilatura keeps its text ("Spring sale: up
# to 40% off air purifiers.") amid the story, where it took passages and answers.
AD_NAME = re.compile(r"(?:ads?|adverts?|advertisements?|adsbygoogle)(?:[-_]\S*)?", re.IGNORECASE)
AD_SERVED = "//*[@data-ad-slot or @data-ad-client or @data-ad-unit]"

# A newsletter's footer, known by its link to leave the list ("Unsubscribe", "Update your preferences"):
# the block round that link up to FOOTER_WORDS, with no more than that after it on the page. Kept, its
# "You are receiving this email because…" and the sender's address had been read as the story's end.
SUBSCRIPTION_LINK = re.compile(r"unsubscribe|opt[- ]?out|(?:manage|update|change) (?:your )?(?:email )?(?:preferences|subscription)"
                               r"|(?:email|subscription) preferences", re.IGNORECASE)
SUBSCRIPTION_LINK_WORDS = 5  # the most words of such a link; a longer one is a sentence's
FOOTER_WORDS = 80
# What else tells a newsletter's footer: its links standing alone ("Update your preferences | Unsubscribe"), or
# its words; a story's sentence linking "unsubscribe" or "opt out" is none.
FOOTER_SAYS = re.compile(r"receiv\w* (?:this|these|our) (?:e-?mails?|newsletters?)|you (?:are receiving|received|subscribed|signed up)"
                         r"|sent to you because|view (?:it |this e-?mail )?(?:online|in (?:your |a )?browser)", re.IGNORECASE)

# What labels links to other stories set amid a story ("Read more:", "Related:", "See also:"), as news sites write it.
OPENING_CHARS = 60  # how much of an element's text is read for a label opening it (`_opening`)
PROMOTION_LABEL = re.compile(r"\s*(?:read more|read next|also read|related(?: (?:articles?|stories|story|content|coverage|reading))?"
                             r"|see also|more on this(?: story| topic)?|recommended(?: reading)?|you (?:may|might) also like"
                             r"|most read)\s*[:：]", re.IGNORECASE)

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
HIDDEN_STYLE = re.compile(r"display\s*:\s*none\s*;?|visibility\s*:\s*hidden\s*;?", re.IGNORECASE)
STORY_SHARE = 2 / 3  # the least share of its <article>'s words that an element trafilatura takes for the story holds
# The least share of a story's words outside links that elements named as furniture hold for their names to be its
# content's (see _story_named_as_furniture); a sidebar's words are mostly links.
FURNITURE_STORY_SHARE = 2 / 3
STORY_WRAPPER_SHARE = 0.9  # the least share of those words an element round them holds, whatever its name
# What a post's line of furniture says, which its items' "meta" lines do not ("Share · 4 comments · Like").
SHARING = re.compile(r"\b(?:share|comments?|likes?|tweet|min read)\b", re.IGNORECASE)
ITEMS_ALIKE = 2  # how many of a story's elements at least share the name of a "meta" line that is its items' own
STORY_OVER_ITEMS = 2  # how many times the words of the next <article> beside it a story holds at least (see _items_in_articles)
LAYOUT_CELL_WORDS = 30  # a table of one row whose cell holds more words lays a page out (see _layout_tables)
LAYOUT_ROWS = 3  # the most rows of a table that lays a page out with preformatted text or tables in its cells
# A list of label/value rows (see _label_value_rows): how many rows at least, the most words of a label
# and of a value, and the tags they are written in.
LABEL_ROWS = 2
LABEL_WORDS = 5
VALUE_WORDS = 12
LABEL_START = re.compile(r"[^\W\d_]")  # a label starts with a letter: "6 | large eggs" is an amount and its ingredient
LABEL_TAGS = frozenset({"span", "strong", "b", "em", "i", "label", "div", "small", "dfn"})
MAX_STORY_NAMES = 10  # the most such elements read without their names, one after another

# trafilatura takes a class or an id for furniture when one of its words is anywhere in it, "meta" in
# "timetable" too: a festival's five timetables had gone whole. Words that hold one so and name content
# are read without it; not "relatedposts" or "postmetadata", which name furniture.
CONTENT_WORDS = re.compile(r"time-?tables?|embargo(?:ed)?|(?:now-?)?playing|metabol\w*|metaphors?|recipe-(?:meta|rating)|user-?info|vote-?(?:count|cell)",
                           re.IGNORECASE)
# A rating given ("4.3 out of 5", "4.8 (312 ratings)", "4.5/5"), not a widget asking for one ("Rate this recipe").
RATING_VALUE = re.compile(r"\b\d(?:\.\d)?\s*(?:out of\s*(?:5|10)\b|/\s*(?:5|10)\b|\(\s*[\d,]+\s*(?:ratings?|reviews?|votes?)\))", re.IGNORECASE)
FURNITURE_WORDS = re.compile("|".join(("meta", "bar", "menu", "nav", "rating", "slide", "share", "tags", "yin", "author", "button",
                                       "banner", "social", "options", "expand", "embed", "widget", "footer", "premium", "elated",
                                       "consent", "viral", "comment", "sidebar", "related")), re.IGNORECASE)

# A wiki page's apparatus (MediaWiki's classes, as Wikipedia's saved pages have them): section "[edit]"
# links, footnote marks ("[1]") amid sentences, the reference list, navigation boxes and the category
# line. trafilatura keeps them as text; a reference list took passages that questions were read from.
# ("reference" only on a footnote mark's <sup>, "references" only on a list: documentation pages made
# with Sphinx mark every link "reference", and their text is the sentence's.)
WIKI_APPARATUS = " | ".join(f"//{tag}[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]" for tag, name in (
    ("*", "mw-editsection"), ("sup", "reference"), ("*", "reflist"), ("ol", "references"), ("*", "navbox"), ("*", "catlinks"),
    ("*", "mw-jump-link"))) + " | //*[@id='catlinks'] | //*[@id='siteSub'] | //*[@id='contentSub']"
# Text for screen readers only, which a browser does not show: gov.uk's, Bootstrap's, WordPress's and Drupal's names for
# it. Read, a warning's "Warning" had run into its sentence ("WarningYou can be fined up to £1,000").
VISUALLY_HIDDEN = " | ".join(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]" for name in (
    "visually-hidden", "govuk-visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "screen-reader-only",
    "element-invisible", "u-visually-hidden", "a11y-hidden"))
# A code listing's line numbers, as Pygments writes them (Sphinx, MkDocs): its own column of a table, or
# a number before each line; read, "1 2 3" came out as lines of their own before the code.
CODE_LINE_NUMBERS = " | ".join(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]" for name in ("linenos", "linenodiv", "lineno"))
# A heading's (a caption's, a definition's) link to its own place with no word or number in it, its permalink: Sphinx's
# and MkDocs' "¶" or empty "headerlink", GitHub's "anchor". Kept, an empty one had trafilatura drop every heading of a
# Sphinx page and its table's caption, and a "¶" one read "Reduction methods¶" (r18 audit).
SELF_LINK = ("//a[starts-with(normalize-space(@href), '#')][ancestor::h1 or ancestor::h2 or ancestor::h3 or ancestor::h4"
             " or ancestor::h5 or ancestor::h6 or ancestor::caption or ancestor::dt]")
# The heading over a reference list (a wiki's "References", in a MediaWiki heading box or not), which heads nothing once it goes.
HEADING_OVER_REFERENCES = ("//*[(self::h2 or self::h3 or contains(concat(' ', normalize-space(@class), ' '), ' mw-heading '))"
                           " and following-sibling::*[1][contains(concat(' ', normalize-space(@class), ' '), ' reflist ')"
                           " or self::ol[contains(concat(' ', normalize-space(@class), ' '), ' references ')]]]")

# The line break before a table's header row, the row above a delimiter row "|---|---|", unless a
# blank line is there already (after another table's).
BEFORE_HEADER_ROW = re.compile(r"(?<!\n)\n(?=[^\n]*\n\|(?:---\|)+ *(?:\n|$))")
# The line break after a table's last row where a paragraph follows it at once: Markdown reads the paragraph as
# one more row, which left the table's rows unlabelled (a vet's vaccination prices by species, a set written blind's).
AFTER_LAST_ROW = re.compile(r"(?m)(^\|[^\n]*\|[ \t]*)\n(?=[^|\s])")
BETWEEN_WORDS = re.compile(r"[\s|\\]+")  # what _only_furniture compares lines without
NUMBERED_ITEM = "\u2425"  # a mark (no text holds it) before a numbered list item's number: see _numbered_items
# A story's own elements, and a byline in one: by its class, or marked as its author's.
STORY_TAKEN = "data-story-taken"  # marks the element trafilatura reads as the story (`_story_header`), where no other name does
STORY = f"(//article | //main | //*[@role='main'] | //*[@itemprop='articleBody'] | //*[@{STORY_TAKEN}])"
BYLINE = ("contains(translate(@class, 'BYLINE', 'byline'), 'byline') or @rel='author' or @itemprop='author'"
          " or contains(translate(@class, 'DATELINE', 'dateline'), 'dateline')")
BYLINE_MAX_CHARS = 200  # longer is no byline
# A picture's caption written as a <p>, <div> or <span> named for it ("caption", "wp-caption-text"), not a <figcaption>: what
# trafilatura drops with the pictures; a documents audit's "Mayor Ines Duarte cut the ribbon at 9am." had gone.
CAPTION_NAMED = ("//*[(self::div or self::p or self::span or self::section) and "
                 "(contains(@class, 'caption') or contains(@id, 'caption'))]")
MASTHEAD = re.compile(r"logo|brand|masthead|site", re.IGNORECASE)  # names a site's heading, not a story's (see _header_before)
HEADER_WORDS = 80  # the most words of a story's header outside it: headline, standfirst, byline, date (see _header_before)
# A <div>'s text is taken for a paragraph with at least these words, or ending as a sentence does.
PROSE_MIN_WORDS = 5
SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")
# A line of a story holding a date (index/dates.py) and few other words ("Published 12 March 2024 by Jane Doe") is its
# date line, which trafilatura drops, as too short to be text or for its class ("meta", "date").
DATE_LINE_MAX_WORDS = 16  # words, not separators: "LIVE Updated 16:05 GMT, Friday 24 January 2025 · By Fiona MacLeod and Tom Rees"
DATE_LINE_MARK = re.compile(r"date|time|meta|publish|updat|posted", re.IGNORECASE)
# Where line breaks are kept as written: where a browser keeps them (preformatted text, a text box, a style's
# "white-space: pre…"), and in code, which a style sheet may set so; elsewhere a browser lays out a run of spaces and
# line breaks as one space.
PRESERVED_TAGS = frozenset({"pre", "code", "textarea", "xmp", "listing", "plaintext"})
PRESERVING_STYLE = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.IGNORECASE)
SPACE_OVER_LINES = re.compile(r"[ \t\r\f]*\n\s*")


def _parsed(data: bytes | str, max_size: int):
    """The page's tree as trafilatura's `load_html` parses it (decoded by its own character set, faulty HTML repaired),
    but 2,048 levels deep, not libxml2's usual 256: the text of a page nested deeper (unclosed <div>s or <font>s) had all
    been dropped, the page said to hold no text. None for a page of nothing."""
    from lxml.etree import ParserError
    from lxml.html import HTMLParser, fromstring
    from trafilatura.utils import decode_file, repair_faulty_html

    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True,
                        huge_tree=True)
    text = decode_file(data, max_size)
    text = repair_faulty_html(text, text[:50].lower())
    try:
        try:
            return fromstring(text, parser=parser)
        except ValueError:  # a string that declares its encoding, which lxml takes as bytes only
            return fromstring(text.encode("utf8", "surrogatepass"), parser=parser)
    except ParserError:  # "Document is empty"
        return None


def read_page(data: bytes | str) -> tuple[str, frozenset[str]]:
    """The main text of a web page (its bytes, or its text decoded), "" when it has none: trafilatura
    drops navigation, scripts, cookie notices and footers, decodes the page's own character set, and
    keeps paragraphs and list items one to a line; and the words of its headings (<h1>–<h6>), as
    index/headings.py's `marked_line` writes them."""
    import trafilatura  # only HTML needs it, and it takes a while to import
    from trafilatura.settings import use_config

    config = use_config()
    # By default a story under 250 characters is taken for a failed extraction and the whole
    # page's text, navigation included, is returned instead; a short story is still the story.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    tree = _parsed(data, config.getint("DEFAULT", "MAX_FILE_SIZE"))
    if tree is None:
        return "", frozenset()
    for element in [*tree.xpath(HEADING_OVER_REFERENCES), *tree.xpath(WIKI_APPARATUS), *tree.xpath(VISUALLY_HIDDEN),
                    *_advertisements(tree), *_promotions(tree), *_subscription_footers(tree)]:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the text after it
    # Text struck out, which a browser shows struck through (no longer so), left out as Markdown's is (index/markup.py's
    # STRUCK): an audit's page had "<s>£8,450</s> £7,990", both prices.
    for element in tree.xpath("//s | //strike | //del"):
        if element.getparent() is not None:
            _leave_out_struck(element)
    _spaces_as_shown(tree)
    for element in tree.xpath("//sup | //sub"):
        _raise_or_lower(element)
    for element in tree.xpath("//math[not(ancestor::math)]"):
        _math_as_text(element)
    _quotation_marks(tree)
    _quotes_attributed(tree)
    _symbols_by_their_labels(tree)  # before permalinks go: a rating's stars may link to its reviews
    for link in tree.xpath(SELF_LINK):
        if not any(ch.isalnum() for ch in link.text_content()) and link.getparent() is not None:
            link.drop_tree()
    for element in tree.iter("center"):  # an old page's centred banner and footer, which trafilatura drops
        element.tag = "div"
    for element in list(tree.iter("font")):  # an old page's type, which may hold a table (read as one line of its cells)
        element.drop_tag()
    for element in tree.xpath(CODE_LINE_NUMBERS):
        _leave_empty(element)
    _items_in_articles(tree)
    _story_header(tree)
    _parts_apart(tree)
    _layout_tables(tree)
    prepare_tables(tree)
    _accordions(tree)
    # trafilatura keeps only the paragraphs of a page with no container it takes for the story (its
    # body holds them): as paragraphs, headings come out as lines, as they do from a story's container.
    marked = set()
    for heading in [*tree.xpath("//h1 | //h2 | //h3 | //h4 | //h5 | //h6"), *_date_badges(tree)]:
        heading.tag = "p"
        # each of its lines, as trafilatura writes a line break in it
        lines = "".join(piece if isinstance(piece, str) else "\n" for piece in heading.xpath(CELL_TEXT)).split("\n")
        marked.update(filter(None, map(marked_line, lines)))
    _label_value_rows(tree)  # before a row long enough to read as prose is made a paragraph alone
    _paragraphs_of_loose_text(tree)
    _paragraphs_of_bylines_and_captions(tree)
    _names_of_no_furniture(tree)
    _story_named_as_furniture(tree)
    _repeated_story_names(tree)
    _story_whole(tree)
    _terms_with_their_definitions(tree)
    _numbered_items(tree)
    # trafilatura prunes the tree it reads; the furniture check below reads this one whole. For recall: by default a page
    # without a story container (written straight into <body>, a "Save as web page" export's <div>) lost every list,
    # its headings kept (a documents audit's village hall hire page); the furniture rules here and its own still hold.
    text = trafilatura.extract(copy.deepcopy(tree), include_comments=False, include_tables=True, favor_recall=True, config=config) or ""
    # Markdown reads a header row right under a list item or another table's rows as more of those.
    text = AFTER_LAST_ROW.sub("\\1\n\n", BEFORE_HEADER_ROW.sub("\n\n", text))
    text = text.replace(f"- {NUMBERED_ITEM}", "").replace(NUMBERED_ITEM, "")  # "1. Unplug the router."
    # With no story at all, trafilatura still returns the page's furniture ("Home Weather").
    if text and _only_furniture(text, tree):
        return "", frozenset()
    return text, frozenset(marked)


def _leave_out_struck(element) -> None:
    """Leaves out struck text, and the space after it where one is before it: "was  £8" read as two words apart."""
    previous = element.getprevious()
    before = previous.tail if previous is not None else element.getparent().text
    if (before or "")[-1:].isspace() and element.tail:
        element.tail = element.tail.lstrip()
    element.drop_tree()


def _date_badges(tree) -> list:
    """The date each of a story's items opens with, on its own ("Wed 16 Oct" over an event's name), where items share
    its element's name (ITEMS_ALIKE): read as their headings. trafilatura drops so short a <div>: an events page had
    said what was on, not when."""
    story = _story(tree)
    if story is None:
        return []
    names = _class_counts(story)
    return [element for element in story.iterdescendants("div") if element.get("class") and names[element.get("class")] >= ITEMS_ALIKE
            and inline_only(element) and DAY_AND_MONTH.fullmatch(" ".join(element.text_content().split()))]


def _story(tree):
    """The element trafilatura takes for a page's story, else its <main> or <article>, else its body; None without one."""
    stories = _story_elements(tree) or tree.xpath(STORY) or tree.xpath("//body")
    return stories[0] if stories else None


def _class_counts(story) -> collections.Counter:
    """How many of the story's elements bear each class (as written whole): the items of a list share theirs."""
    return collections.Counter(element.get("class") for element in story.iterdescendants() if isinstance(element.tag, str))


def _spaces_as_shown(tree) -> None:
    """Writes a line break in a page's text, and the spaces round it, as the one space a browser shows, but in
    preformatted text: trafilatura keeps them in some paragraphs, and a GitHub issue's "mkowalczyk opened this
    issue" had read as indented lines over "Mar 3, 2025 · 9 comments"."""
    stack = [(tree, False)]  # each element, and whether its parent keeps line breaks
    while stack:
        element, kept_above = stack.pop()
        kept = kept_above or (isinstance(element.tag, str) and (element.tag in PRESERVED_TAGS
                                                               or PRESERVING_STYLE.search(element.get("style", "")) is not None))
        parent = element.getparent()
        if element.tail and "\n" in element.tail and not kept_above and parent is not None:  # a comment's tail too; none at a block's end
            element.tail = _one_space(element.tail, False, element.getnext() is None and not is_inline(parent))
        if not isinstance(element.tag, str):
            continue
        block = not is_inline(element)
        if element.text and "\n" in element.text and not kept:  # none at a block's start, nor at its end where no child follows
            element.text = _one_space(element.text, block, block and len(element) == 0)
        stack.extend((child, kept) for child in element)


def _one_space(text: str, at_start: bool, at_end: bool) -> str:
    """`_spaces_as_shown` for one text: none at a block's start (`at_start`) or end (`at_end`)."""
    text = SPACE_OVER_LINES.sub(" ", text)
    text = text[1:] if at_start and text.startswith(" ") else text
    return text[:-1] if at_end and text.endswith(" ") else text


def _items_in_articles(tree) -> None:
    """Makes <div>s of <article>s side by side (a product's reviews, a live blog's posts; not a story beside
    the cards of others, STORY_OVER_ITEMS), and of their own headers and footers, and of an <aside> in the story (a live blog's key points): trafilatura took the
    reviews for the story and left out the product's name, price and questions, and read each post without
    its <header>'s time and headline, its quoted tweet and the page's key points (an r15 audit's)."""
    for parent in {article.getparent() for article in tree.iter("article")} - {None}:
        items = [child for child in parent if child.tag == "article"]
        sizes = sorted((_words(item) for item in items), reverse=True)
        if len(items) < 2 or sizes[0] >= STORY_OVER_ITEMS * sizes[1]:
            continue  # one story beside cards that tease others: trafilatura takes the story
        for item in items:
            item.tag = "div"
            for part in item.xpath("./header | ./footer"):
                part.tag = "div"
    for aside in tree.xpath("//aside[ancestor::article or ancestor::main]"):
        aside.tag = "div"


def _symbols_by_their_labels(tree) -> None:
    """Writes what a rating's symbols say by their label, as a screen reader says it: a review's "★★☆☆☆" is
    "2 out of 5 stars" (`aria-label`), a line of its own where it was a <div> (an r15 audit's question on
    the one two-star review had been refused: the reader cannot count stars). An icon's label is not written
    ("↑" for "Back to top")."""
    for element in tree.xpath("//*[@aria-label]"):
        shown, label = "".join(element.text_content().split()), " ".join(element.get("aria-label", "").split())
        if len(shown) < 3 or len(set(shown)) > 2 or any(ch.isalnum() for ch in shown) or not any(ch.isdigit() for ch in label):
            continue  # a rating's repeated symbols and a number in its label; not an icon ("↑", "Back to top")
        for child in list(element):
            element.remove(child)  # its tail, text in the element, goes with it
        element.text = label
        if element.tag == "div":
            element.tag = "p"


def _parts_apart(tree) -> None:
    """Sets a space between inline elements that make up a block with no text of its own between them, where
    their words would meet: a product card's "<a>Ostra Glass Teapot, 800 ml</a><span>£22.50</span>" had read
    "800 ml£22.50" (a style sheet sets them apart). Not before a mark that closes ("12" "%"), nor after a
    currency's ("£" "64.99"), nor between letters set one an element (a heading's animation)."""
    for block in tree.iter("div", "li", "p", "td", "th", "dd"):
        parts = [child for child in block if isinstance(child.tag, str)]
        if len(parts) < 2 or len(parts) != len(block) or (block.text or "").strip() or any((part.tail or "").strip() for part in parts) \
                or not all(is_inline(part) and part.tag != "br" for part in parts):
            continue
        for part, following in zip(parts, parts[1:]):
            before, after = part.text_content(), following.text_content()
            if len(before.strip()) > 1 and len(after.strip()) > 1 and (before[-1].isalnum() or before[-1] == ")") \
                    and not after[0].isspace() and after[0] not in ".,;:!?%)]" and not (part.tail or ""):
                part.tail = " "


def _story_header(tree) -> None:
    """Moves a story's header into the element that trafilatura takes for the story (`_story_elements`:
    "article-body", "story-body"…), at its start: in an <article>, its <header> and a lead picture before
    the story; with none, the blocks from the headline (the last <h1> before the story) to the story, where
    they are a header's few words (HEADER_WORDS), not a site's links. A feature's headline, standfirst,
    byline, date and reading time had gone (an r18 audit's "Who wrote it?" and "When was it published?"),
    as had its lead picture's caption, and a news page's headline and byline in a <div> of their own beside
    the story's (a documents audit). What follows the story (a newsletter's box, the tags) stays out."""
    story = _story_taken(tree)
    if story is None:
        return
    story.set(STORY_TAKEN, "")
    article = next(story.iterancestors("article"), None)
    if article is not None:
        holder = next(child for child in article if child is story or story in child.iterdescendants())
        before = [child for child in article.iterchildren(tag=("header", "figure")) if article.index(child) < article.index(holder)]
    else:
        before = _header_before(story)
    if before and (story.text or "").strip():  # text written straight into the story comes after its header, as a paragraph
        lead = story.makeelement("p", {})
        lead.text, story.text = story.text, None
        story.insert(0, lead)
    for child in reversed(before):
        if child.tag == "header":
            child.tag = "div"  # a <header> in a story is its own, in no <article> or <main> a site's (FURNITURE)
        story.insert(0, child)  # its tail, text between it and the next, goes with it


def _header_before(story) -> list:
    """The blocks from the last <h1> before `story` up to it, beside it in their common parent; none where
    they hold more than HEADER_WORDS words, mostly links' (a site's header, its menu) or a navigation, where the
    <h1> is named as a site's (MASTHEAD: its logo), or where the story has its own headline (an <h1> in it, or an <h2>
    opening it): a masthead's "Harbour Gazette" and "Local news since 1887" had been read over the story's headline (review)."""
    headlines = [h1 for h1 in story.xpath("preceding::h1") if not h1.xpath("ancestor::nav | ancestor::*[@role='navigation' or @role='banner']")]
    opening = next((child for child in story if isinstance(child.tag, str) and child.text_content().strip()), None)
    if not headlines or story.xpath(".//h1") or (opening is not None and opening.tag == "h2"):
        return []
    holder = next(up for up in [story, *story.iterancestors()] if headlines[-1] in up.getparent().iterdescendants())
    parent = holder.getparent()
    first = next(child for child in parent if child is headlines[-1] or headlines[-1] in child.iterdescendants())
    named = [headlines[-1], *headlines[-1].iterancestors()]
    if any(MASTHEAD.search(f"{up.get('class', '')} {up.get('id', '')}") for up in named[: named.index(first) + 1]):
        return []
    blocks = [child for child in parent[parent.index(first) : parent.index(holder)] if isinstance(child.tag, str)]
    words = sum(_words(block) for block in blocks)
    linked = sum(len(" ".join(link.itertext()).split()) for block in blocks for link in block.iter("a"))
    if words > HEADER_WORDS or 2 * linked > words or any(block.xpath("self::nav | .//nav | self::*[@role] | .//*[@role='navigation']") for block in blocks):
        return []
    return blocks


def _story_whole(tree) -> None:
    """Leaves out the names that make trafilatura take an element inside an <article> for the story
    (its first choice: "entry-content", "post-body", `itemprop="articleBody"`…) when the article holds
    much more text beside it (STORY_SHARE): a recipe's card, title and nutrition table beside its
    story had gone; trafilatura then takes the <article> whole."""
    for _ in range(MAX_STORY_NAMES):
        found = _story_elements(tree)
        article = next(found[0].iterancestors("article"), None) if found else None
        if article is None or _words(found[0]) >= STORY_SHARE * _words(article):
            return
        for attribute in ("class", "id", "itemprop"):
            found[0].attrib.pop(attribute, None)


def _story_expressions() -> list:
    """trafilatura's expressions for a story's element, in the order it tries them (`BODY_XPATH`: its own, not its
    documented API); none where a later trafilatura has moved them."""
    try:
        from trafilatura.xpaths import BODY_XPATH
    except ImportError:
        return []
    return BODY_XPATH


def _story_elements(tree) -> list:
    """The elements trafilatura's first expression for a story's takes ("entry-content", "post-body",
    `itemprop="articleBody"`…)."""
    expressions = _story_expressions()
    return expressions[0](tree) if expressions else []


def _story_taken(tree):
    """The element trafilatura reads as the story: the first of its expressions' that holds words; None for none."""
    return next((found for expression in _story_expressions() for found in expression(tree)[:1] if _words(found)), None)


def _words(element) -> int:
    """How many words an element's text holds, its scripts' and styles' aside."""
    return len(" ".join(element.xpath(".//text()[not(ancestor::script or ancestor::style)]")).split())


def _accordions(tree) -> None:
    """Reads an accordion (an FAQ of questions that open their answers) as a browser shows it opened:
    a button in a heading, one that names the panel it opens (`aria-controls`), or one that opens the
    element after it (`aria-expanded`, or a question: "How far will it go?") as its text, and that panel
    (the element after the heading or the button, or the one named) unhidden. trafilatura drops buttons
    and hidden elements: every question, and the answers hidden with `display:none`, had gone."""
    for button in tree.xpath("//button[ancestor::h1 or ancestor::h2 or ancestor::h3 or ancestor::h4 or ancestor::h5 or ancestor::h6"
                             " or @aria-controls or @aria-expanded or substring(normalize-space(), string-length(normalize-space())) = '?']"):
        heading = next((up for up in button.iterancestors() if up.tag in HEADINGS), None)
        panels = tree.xpath("//*[@id=$name]", name=button.get("aria-controls")) if button.get("aria-controls") else []
        opened = heading if heading is not None else button if not panels else None  # the element whose next one it opens
        panels += [opened.getnext()] if opened is not None and opened.getnext() is not None else []
        for element in (part for panel in panels for part in panel.iter() if isinstance(part.tag, str)):
            for attribute in ("hidden", "aria-hidden"):
                element.attrib.pop(attribute, None)
            if HIDDEN_STYLE.search(element.get("style", "")):
                element.set("style", HIDDEN_STYLE.sub("", element.get("style", "")))
        if heading is not None:
            button.drop_tag()  # keeps its text in the heading
        else:
            button.tag = "p"  # a question of its own
            button.attrib.clear()


def _repeated_story_names(tree) -> None:
    """Leaves out the names that make trafilatura take an element for the story ("entry", "js-post-body")
    where several elements carry the same: they are a live blog's entries or a forum's posts, and one
    taken for the story, the blog's headline and key points, or the thread's other answers, had gone."""
    for _ in range(MAX_STORY_NAMES):
        repeated = [named for element in _story_elements(tree) if element.get("class")
                    for named in [tree.xpath(f"//{element.tag}[@class=$name]", name=element.get("class"))] if len(named) > 1]
        if not repeated:
            return
        for named in repeated:
            for element in named:
                element.attrib.pop("class", None)
                element.attrib.pop("itemprop", None)


def _names_of_no_furniture(tree) -> None:
    """Leaves out a class or an id that holds a furniture word only inside a word that names content
    (CONTENT_WORDS), so that trafilatura keeps what it names; a definition list's "meta" (gov.uk's
    `gem-c-metadata`: "From:", "Published: 15 August 2025", a briefing's who and when, had gone); and the
    "rating" of what gives one (RATING_VALUE: a recipe's "4.8 (312 ratings)", a product's "4.3 out of 5")."""
    for element in tree.xpath("//*[@class or @id]"):
        for attribute in ("class", "id"):
            name = element.get(attribute, "")
            content = CONTENT_WORDS.sub(" ", name)
            if element.tag == "dl":
                content = re.sub("meta", " ", content, flags=re.IGNORECASE)
            if RATING_VALUE.search(element.text_content()):
                content = re.sub("rating", " ", content, flags=re.IGNORECASE)
                if element.tag == "div" and inline_only(element):
                    element.tag = "p"  # a line of its own, too short for trafilatura to take a <div> for text
            if content != name and not FURNITURE_WORDS.search(content):
                del element.attrib[attribute]


def _story_named_as_furniture(tree) -> None:
    """Leaves out the names holding furniture words (FURNITURE_WORDS) inside a page's story (the element
    trafilatura takes for it, else its <main> or <article>, else its body) when the elements so named hold
    most of the story's words outside links (FURNITURE_STORY_SHARE): there they name its content. A GitHub
    issue's thread ("Layout--sidebarPosition-end", "timeline-comment") and a restaurant's menu (`<main
    class="menu-page">`, "menu-section") had gone whole, but for the title (an r20 audit's 42 questions). So are
    the names of a line of text named "meta" whose name items of the story share (ITEMS_ALIKE): an events page's
    "7.30pm · Brewery Arts Centre, Highgate · £9" under each event had gone, asked when, where and for how much."""
    story = _story(tree)
    if story is None:
        return
    furniture = set(tree.xpath(FURNITURE))  # furniture by its tag or role stays furniture
    # What the furniture words of the story's own name name inside it is its content (`<main class="menu-page">`'s
    # "menu-section"s); its name stays, which may tell trafilatura the story ("post hentry tag-barcelona").
    # And an element round nearly all the story is the story's too ("Layout--sidebarPosition-end").
    content_words = _furniture_words(story)
    in_furniture = {part for element in furniture for part in element.iter()}
    classes = _class_counts(story)
    named = set()
    for element in story.iterdescendants():
        if isinstance(element.tag, str) and element not in in_furniture and (words := _furniture_words(element)):
            if words <= content_words or (words == {"meta"} and classes[element.get("class")] >= ITEMS_ALIKE and inline_only(element)
                                          and not SHARING.search(element.text_content())):
                _leave_out_furniture_names(element)
            else:
                named.add(element)
    if not named:
        return
    story_words = _words_outside_links(story) - sum(_words_outside_links(element) for element in furniture
                                                    if story in element.iterancestors() and not in_furniture & set(element.iterancestors()))
    while True:  # a wrapper inside a wrapper too
        outermost = {element: _words_outside_links(element) for element in named
                     if not any(above in named for above in element.iterancestors())}
        wrappers = [element for element, words in outermost.items() if words >= STORY_WRAPPER_SHARE * story_words]
        if not wrappers:
            break
        for element in wrappers:
            _leave_out_furniture_names(element)
            named.discard(element)
    if sum(outermost.values()) >= FURNITURE_STORY_SHARE * story_words:
        for element in named:
            _leave_out_furniture_names(element)


def _leave_out_furniture_names(element) -> None:
    """Leaves out an element's class and id where they hold a furniture word (`_furniture_words_in`)."""
    for attribute in ("class", "id"):
        if _furniture_words_in(element.get(attribute, "")):
            del element.attrib[attribute]


def _furniture_words(element) -> set[str]:
    """The furniture words an element's class and id hold (`_furniture_words_in`)."""
    return _furniture_words_in(element.get("class", "")) | _furniture_words_in(element.get("id", ""))


def _furniture_words_in(name: str) -> set[str]:
    """The furniture words a class or id holds outside words naming content (`_names_of_no_furniture`)."""
    return {word.lower() for word in FURNITURE_WORDS.findall(CONTENT_WORDS.sub(" ", name))}


def _words_outside_links(element) -> int:
    """How many words an element's text holds outside links, scripts and styles."""
    return len(" ".join(element.xpath(".//text()[not(ancestor::script or ancestor::style or ancestor::a)]")).split())


def _terms_with_their_definitions(tree) -> None:
    """Writes a definition list's term before each of its definitions, "Info Tent: Next to the main gate.",
    where both are text and inline markup: trafilatura writes them as list items one under another,
    and a passage read "- Info Tent" and "- Next to the main gate" as two things. A pair wrapped in a <div> of its
    own (HTML5's "<dl><div><dt>Back</dt><dd>300 mm</dd></div>…", an audit's page) is read as one not."""
    for wrapper in tree.xpath("//dl/div[dt or dd]"):
        wrapper.drop_tag()
    for term in tree.xpath("//dl/dt"):
        definitions, sibling = [], term.getnext()
        while sibling is not None and sibling.tag == "dd":
            definitions.append(sibling)
            sibling = sibling.getnext()
        words = " ".join(term.text_content().split())
        if not (words and definitions and all(map(inline_only, [term, *definitions]))):
            continue
        for definition in definitions:
            definition.text = f"{words}{' ' if words[-1] in ':.?!' else ': '}{definition.text or ''}"
        term.drop_tree()  # keeps its tail


def _label_value_rows(tree) -> None:
    """Writes a list of label/value pairs laid out as rows of two elements ("<div class=row><span>Weight</span>
    <span>1.2 kg</span></div>", a product's specifications, a recipe's details, a fact box) as "Weight: 1.2 kg",
    a paragraph each: short of a sentence's words, trafilatura had dropped them all. Rows of a parent's that are
    LABEL_ROWS or more alike (<div>s of two short children of the same tags beside icons, no text of their own
    but a unit after the value, a label of words, not a number) are such a list. Not list items, which
    trafilatura keeps: a recipe's "<li><span>6</span> <span>large eggs</span></li>" is no label and its value."""
    for parent in reversed(tree.xpath("//*[count(div) >= $least]", least=LABEL_ROWS)):  # inner ones first: rows of rows are none
        rows = [(row, pair) for row in parent.iterchildren("div") if (pair := _label_and_value(row))]
        if len(rows) < LABEL_ROWS or len({tuple(child.tag for child in pair) for _, pair in rows}) != 1:
            continue
        for row, (label, value) in rows:
            words = [" ".join(label.text_content().split()), " ".join(f"{value.text_content()} {value.tail or ''}".split())]
            for child in list(row):
                row.remove(child)
            row.text = f"{words[0]}{' ' if words[0][-1] in ':.?!' else ': '}{words[1]}"
            row.tag = "p"


def _label_and_value(row) -> tuple | None:
    """A row's label and value: its two elements holding text, short (LABEL_WORDS, VALUE_WORDS) and of text and
    inline markup, beside none but empty ones (icons); no text beside them but a unit after the value ("people");
    not a sentence's two pieces."""
    children = [child for child in row if child.text_content().strip()]
    if len(children) != 2 or (row.text or "").strip() or any((child.tail or "").strip() for child in row if child is not children[1]):
        return None
    label, value = (child.text_content().split() + (child.tail or "").split() for child in children)
    inline = all(child.tag in LABEL_TAGS and inline_only(child) for child in children)
    fits = 0 < len(label) <= LABEL_WORDS and LABEL_START.match(label[0]) is not None and len(value) <= VALUE_WORDS
    # A sentence in two pieces ("<em>Roadworks</em><span> start on Monday and last two weeks.</span>") is none.
    sentence = bool(value) and value[0][0].islower() and SENTENCE_END.search(value[-1]) is not None
    return (children[0], children[1]) if inline and fits and not sentence else None


def _numbered_items(tree) -> None:
    """Marks each item of a numbered list with its number, as a browser shows it ("3. ", from `start`,
    `value`, `reversed` and `type`), after NUMBERED_ITEM: trafilatura writes every item "- ", and "What
    is step 3?" had nothing to find; read_page then writes the number in place of the "- "."""
    styles = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
    for numbered in tree.xpath("//ol"):
        items = [child for child in numbered.iterchildren() if child.tag == "li"]
        step = -1 if numbered.get("reversed") is not None else 1
        number = _integer(numbered.get("start"), len(items) if step < 0 else 1)
        for item in items:
            number = _integer(item.get("value"), number)
            item.text = f"{NUMBERED_ITEM}{numeral(number, styles.get(numbered.get('type', '1'), 'decimal'))}. {item.text or ''}"
            number += step


def _integer(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _promotions(tree) -> list:
    """Links to other stories set in a story under a label of their own (PROMOTION_LABEL) and nothing else: "Read more:
    Bus fares in Westbay to rise by 15p from April" had been read as the story's words, and answered "How much will bus
    fares rise?" of a story about cycle lanes (a review's, session 53)."""
    found = []
    for element in tree.xpath("//p | //div | //aside | //section | //li"):
        if not PROMOTION_LABEL.match(_opening(element)):
            continue  # cheaply: its whole text, read for each of a deeply nested page's elements, had taken seconds
        unlinked = "".join(element.xpath(".//text()[not(ancestor::a)]"))
        label = PROMOTION_LABEL.match(unlinked)
        if label and element.xpath(".//a[normalize-space()]") and not any(ch.isalnum() for ch in unlinked[label.end():]):
            found.append(element)
    return found


def _opening(element) -> str:
    """The first OPENING_CHARS or so of an element's text, its descendants' included, read no further."""
    opening = ""
    for piece in element.itertext():
        opening += piece
        if len(opening) >= OPENING_CHARS:
            break
    return opening


def _advertisements(tree) -> list:
    """The page's advertisement boxes (AD_NAME, AD_SERVED)."""
    named = (element for element in tree.xpath("//*[@class or @id]")
             if any(AD_NAME.fullmatch(name) for name in f"{element.get('class', '')} {element.get('id', '')}".split()))
    return [*named, *tree.xpath(AD_SERVED)]


def _leave_empty(element) -> None:
    """Takes an element's text out, leaving a table's cell in place empty (a listing's table of line
    numbers and code is then read as its code, see _layout_tables) and the text after it."""
    if element.tag in ("td", "th"):
        element.text = None
        for child in list(element):
            element.remove(child)
    elif element.getparent() is not None:
        element.drop_tree()


def _subscription_footers(tree) -> list:
    """A newsletter's footers (SUBSCRIPTION_LINK): the largest block round each such link holding at
    most FOOTER_WORDS and under half the page's, where at most FOOTER_WORDS follow it, and the link stands
    alone or the block says what a footer says (FOOTER_SAYS): such a link in an article's sentence ("people
    who had clicked <a>unsubscribe</a>, and fined it £200,000"), at its end too, is no footer."""
    footers = []
    page_words = _words(tree)
    for link in tree.iter("a"):
        text = link.text_content()
        if not SUBSCRIPTION_LINK.search(text) or len(text.split()) > SUBSCRIPTION_LINK_WORDS:
            continue
        block = link
        for ancestor in link.iterancestors():
            words = _words(ancestor)
            if words > FOOTER_WORDS or 2 * words > page_words:  # a short page's footer is not the page
                break
            block = ancestor
        following = block.xpath("following::text()[not(ancestor::script or ancestor::style)]")
        parent = link.getparent()
        links_alone = 2 * sum(len(a.text_content().split()) for a in parent.iter("a")) >= len(parent.text_content().split())
        if block is not link and len(" ".join(following).split()) <= FOOTER_WORDS \
                and (links_alone or FOOTER_SAYS.search(block.text_content())):
            footers.append(block)
    return footers


SUPERSCRIPT = str.maketrans("0123456789+-−=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿ")
SUBSCRIPT = str.maketrans("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎")


def _raise_or_lower(element) -> None:
    """A superscript or subscript of digits written with Unicode's raised or lowered digits, as a
    browser shows them: "27.9 km²", "CO₂", "10⁻³" (as plain text, "km2" and "CO2" read as other words);
    a footnote's mark linking to its note too, "at the time.¹" (an audit's page had "at the time.1")."""
    text = element.text_content()
    table = SUPERSCRIPT if element.tag == "sup" else SUBSCRIPT
    if text and all(ord(ch) > 127 for ch in text.translate(table)):
        for part in element.iter():
            if isinstance(part.tag, str) and part.text:
                part.text = part.text.translate(table)
            if part is not element and part.tail:
                part.tail = part.tail.translate(table)
        element.drop_tag()


# MathML read as its text (trafilatura drops <math>: "where <math>…</math> kW" had read "where kW"): its tokens, an
# operator spaced as a browser spaces it ("Q = 9.0"), a fraction "a/b", a script raised or lowered as <sup> and <sub>
# are (`_raise_or_lower`), else after "^" or "_"; what a browser does not show (an annotation: a formula's TeX) left out.
MATH_TOKENS = frozenset({"mi", "mn", "mtext", "ms"})
MATH_OPERATORS = "=+-−±×·⋅÷<>≤≥≈≠≡∼→←↔⇒⇔∝∈∉⊂⊆∪∩"  # those a browser (and Word, index/word.py) sets a space either side of
MATH_INVISIBLE = str.maketrans("", "", "\u2061\u2062\u2063\u2064")  # function application, invisible times, comma, plus
MATH_HIDDEN = frozenset({"annotation", "annotation-xml", "mphantom", "none", "mprescripts"})
MATH_SCRIPTS = {"msup": ((1, SUPERSCRIPT, "^"),), "msub": ((1, SUBSCRIPT, "_"),),
                "msubsup": ((1, SUBSCRIPT, "_"), (2, SUPERSCRIPT, "^")), "mover": ((1, SUPERSCRIPT, "^"),),
                "munder": ((1, SUBSCRIPT, "_"),), "munderover": ((1, SUBSCRIPT, "_"), (2, SUPERSCRIPT, "^"))}


def _math_as_text(element) -> None:
    """Puts a <math> element's text (`_math_text`) in its place; its `alttext`, or its TeX annotation, where it has
    no presentation markup to read."""
    text = " ".join(_math_text(element).split())
    if not text:
        annotations = element.xpath(".//*[local-name()='annotation']")
        text = " ".join((element.get("alttext") or (annotations[0].text_content() if annotations else "")).split())
    for child in list(element):
        element.remove(child)
    element.text = text
    element.drop_tag()


def _math_text(element) -> str:
    """The text of a piece of MathML, read as the note over MATH_TOKENS says."""
    tag = element.tag.rsplit(":", 1)[-1] if isinstance(element.tag, str) else ""
    if tag in MATH_TOKENS:
        return element.text_content().strip()
    if tag == "mo":
        operator = element.text_content().translate(MATH_INVISIBLE).strip()
        return f" {operator} " if operator and operator in MATH_OPERATORS else f"{operator} " if operator in (",", ";") else operator
    if tag in MATH_HIDDEN or not tag:
        return ""
    parts = [_math_text(child) for child in element if isinstance(child.tag, str)]
    for at, part in enumerate(parts):  # an operator first or after another is a sign: "−3", "a = −b"
        before = "".join(parts[:at])
        if part.startswith(" ") and (not before.strip() or before.endswith(" ")):
            parts[at] = part.strip()
    if tag == "mfrac" and len(parts) == 2:
        return "/".join(map(_math_group, parts))
    if tag in ("msqrt", "mroot") and parts:
        index = parts[1].strip().translate(SUPERSCRIPT) if tag == "mroot" and len(parts) == 2 else ""
        return f"{index}√{_math_group(parts[0] if tag == 'mroot' else ''.join(parts))}"
    if tag in MATH_SCRIPTS and len(parts) == len(MATH_SCRIPTS[tag]) + 1:
        text = parts[0]
        for at, table, mark in MATH_SCRIPTS[tag]:
            script = parts[at].strip()
            raised = script.translate(table)
            text += raised if raised != script and all(ord(ch) > 127 for ch in raised) else f"{mark}{_math_group(script)}"
        return text
    return "".join(parts)


def _math_group(text: str) -> str:
    """A part of a formula in brackets where it is more than a token ("(a + b)/2")."""
    text = " ".join(text.split())
    return f"({text})" if " " in text else text


def _quotation_marks(tree) -> None:
    """Writes an inline quotation (<q>) in the quotation marks a browser sets round it, “…”, and ‘…’ one inside
    another: trafilatura reads <q> as a block quote, and an audit's page had its sentence in three lines, "Call
    0800 046 1190 (", "Mon–Fri 8am–6pm", ")." without its marks."""
    quotes = [(quote, sum(1 for _ in quote.iterancestors("q"))) for quote in tree.iter("q")]
    for quote, depth in quotes:
        opening, closing = "‘’" if depth % 2 else "“”"
        quote.text = opening + (quote.text or "")
        if len(quote):
            quote[-1].tail = (quote[-1].tail or "") + closing
        else:
            quote.text += closing
        quote.drop_tag()


def _quotes_attributed(tree) -> None:
    """Makes a paragraph, a line after its quote, of a block quote's attribution written in a <footer> or <cite> of
    its own ("— Helen Dacre, club secretary"), and of a quote's in a <figure> round it: trafilatura drops footers and
    figures, and an audit's page had lost who said it. A figure holding a quote is read as the quote (its caption
    after it, see _paragraphs_of_bylines_and_captions)."""
    for quote in tree.xpath("//blockquote[cite] | //figure[blockquote][cite]"):
        if not inline_only(quote):  # "<p>…</p>— <cite>Jane Doe</cite>": a line; a quote's text then its <cite> is one
            _paragraphs_of(quote, any_text=True)
    for attribution in tree.xpath("//blockquote/footer | //figure[blockquote]/footer"):
        attribution.tag = "p"
    for figure in tree.xpath("//figure[blockquote]"):
        figure.tag = "div"


def _paragraphs_of_loose_text(tree) -> None:
    """Makes paragraphs of a <div>'s text that no paragraph holds, as readability does, since
    trafilatura drops it: a <div> of text and inline markup only is a paragraph (news sites write a
    story's paragraphs so, `<div class="para">`), and the text a <div> holds between its blocks
    ("Parking is free, said the manager.<p>…") a paragraph of its own; where it reads as prose
    (`_reads_as_prose`), since labels ("Advertisement", "Most read") are written in <div>s too."""
    for div in tree.iter("div"):
        _paragraphs_of(div)


def _paragraphs_of(div, any_text: bool = False) -> None:
    """`_paragraphs_of_loose_text` for one <div>: of its text that reads as prose, or of `any_text`."""
    if inline_only(div):
        if any_text and div.text_content().strip() or _reads_as_prose(div.text_content()):
            div.tag = "p"
        return
    source, run = div, []  # whose text (the div's own, or a block's tail) opens the run being read, and its inline elements
    for child in list(div.iterchildren()):
        if isinstance(child.tag, str) and not is_inline(child):
            _make_paragraph(div, source, run, child, any_text)
            source, run = child, []
        else:
            run.append(child)
    _make_paragraph(div, source, run, None, any_text)


def _paragraphs_of_bylines_and_captions(tree) -> None:
    """Makes paragraphs of what trafilatura drops from a story as furniture though it tells who and
    when: its byline ("By Jane Doe, Transport Correspondent · 3 March 2024"), a date standing alone
    (`<time>` outside a paragraph, or a <div> or <p> that is a date line, `_is_date_line`), and a picture's caption ("The bridge at dawn, photographed by
    Tomas Lind"), after its picture. Each is asked about ("Who wrote the article?")."""
    within_text = "ancestor::p or ancestor::li or ancestor::td or ancestor::th"  # a paragraph's own: kept with it
    for inline in tree.xpath("//time | //label | //output"):
        # trafilatura drops these ("It was said on by Jane", "The fee is for adults", or the whole
        # paragraph), and one in a heading or a quote's text parts its sentence: read in a paragraph or
        # amid text as their text, as a browser shows it.
        if inline.xpath(within_text) or _runs_in_text(inline):
            inline.drop_tag()
    for element in tree.xpath(f"{STORY}//*[(self::div or self::p) and not({within_text} or ancestor::*[{BYLINE}] or {BYLINE})]"):
        if _is_date_line(element):  # trafilatura drops a short <div>, and a <p> of class "meta": a browser shows the line
            element.tag = "p"
            # and a byline's marks in it ("By <span class='byline'>Ingrid Halvorsen</span> · 11 February 2024"):
            # trafilatura drops what they mark, and the line had lost its author.
            for marked in [element, *element.iterdescendants()]:
                for attribute in ("class", "id", "rel", "itemprop"):
                    marked.attrib.pop(attribute, None)
            for inline in list(element.iterdescendants("time")):  # now a paragraph's own, read as its text (above)
                inline.drop_tag()
    for element in tree.xpath(CAPTION_NAMED):
        _without_caption_names(element)
        if element.xpath(f"ancestor::figure and not(ancestor::figcaption or {within_text})"):
            element.tag = "figcaption"  # read as one, below: a <span> in a <figure> had gone all the same
    after: dict = {}  # each figure's caption made a paragraph last, for the next to follow
    for element in tree.xpath(f"{STORY}//*[({BYLINE}) and not({within_text})] | {STORY}//time[not({within_text} or "
                              f"ancestor::*[{BYLINE}])] | //figcaption[not(ancestor::*[{BYLINE}])]"):
        text = " ".join(element.text_content().split())
        if not text or element.getparent() is None or len(text) > BYLINE_MAX_CHARS and element.tag != "figcaption":
            continue
        paragraph = element.makeelement("p", {})
        paragraph.text = text
        figure = next(element.iterancestors("figure"), None) if element.tag == "figcaption" else None
        if figure is not None and not figure.xpath(".//table"):  # a table's caption is made one by prepare_tables (index/html_tables.py)
            last = after.get(figure, figure)
            last.addnext(paragraph)
            paragraph.tail, last.tail = last.tail, None
            after[figure] = paragraph
            element.drop_tree()
        elif figure is None:
            paragraph.tail = element.tail
            element.getparent().replace(element, paragraph)


def _without_caption_names(element) -> None:
    """Leaves out the class words and the id that name an element a caption, which trafilatura drops
    with the pictures (`CAPTION_NAMED`); its other class words still count."""
    kept = [word for word in element.get("class", "").split() if "caption" not in word]
    if kept:
        element.set("class", " ".join(kept))
    else:
        element.attrib.pop("class", None)
    if "caption" in element.get("id", ""):
        del element.attrib["id"]


def _is_date_line(element) -> bool:
    """Whether a <div> or <p> is a story's date line: text and inline markup only, a date and a dozen words
    at most, and marked as one by its class or id ("meta", "date", "published") or saying little else
    ("Updated 2024-03-12"): a <p class="share"> naming a date is still furniture."""
    text = " ".join(element.text_content().split())
    date = DATE.search(text)
    if not (date and inline_only(element) and sum(any(ch.isalnum() for ch in word) for word in text.split()) <= DATE_LINE_MAX_WORDS):
        return False
    marked = DATE_LINE_MARK.search(f"{element.get('class', '')} {element.get('id', '')}")
    return bool(marked) or len((text[:date.start()] + text[date.end():]).split()) <= 2


def _runs_in_text(element) -> bool:
    """Whether text runs on either side of an element within its parent ("Vote held <time>…</time> in the hall")."""
    before = element.getprevious()
    text_before = before.tail if before is not None else element.getparent().text
    return bool((text_before or "").strip() or (element.tail or "").strip())


def _reads_as_prose(text: str) -> bool:
    """Whether a <div>'s text is a sentence, not a label such as "Advertisement" or "Most read":
    five words or more, or ending as a sentence does."""
    words = text.split()
    return len(words) >= PROSE_MIN_WORDS or bool(words and SENTENCE_END.search(words[-1]))


def _make_paragraph(div, source, run: list, block, any_text: bool = False) -> None:
    """Moves a text run of `div` into a new <p> before its `block` child (at the end for None): the
    text that opens it (the div's own where `source` is the div, else the tail of the block `source`)
    and the inline elements of `run`, their tails with them; nothing where that reads as no prose
    (unless `any_text`: a layout table's cell, whose lines are an address or opening hours)."""
    loose = (div.text if source is div else source.tail) or ""
    text = loose + "".join(element.text_content() + (element.tail or "") for element in run if isinstance(element.tag, str))
    if not (text.strip() if any_text else _reads_as_prose(text)):
        return
    paragraph = div.makeelement("p", {})
    paragraph.text = loose
    if source is div:
        div.text = None
    else:
        source.tail = None
    for element in run:
        paragraph.append(element)  # moves it, its tail with it
    if block is not None:
        block.addprevious(paragraph)
    else:
        div.append(paragraph)


def _layout_tables(tree) -> None:
    """Puts in place of a table that lays an old page out the blocks its cells hold, in order: a table
    of one row whose cells hold lines (two <br>s or more) or a paragraph's words, or of a few rows whose cells hold a
    preformatted block or another table. trafilatura writes a table's row as one line, and an address, opening
    hours and a timetable had run together into it ("Tel: 01629 555 318 Booking office hours: Mon–Fri 9–5 Sat 10–1")."""
    for table in reversed(tree.xpath("//table")):  # inner ones first
        rows = table_rows(table)
        cells = [cell for row in rows for cell in row.xpath("./th | ./td")]
        lines_or_words = any(len(cell.xpath(".//br")) > 1 or len(cell.text_content().split()) > LAYOUT_CELL_WORDS for cell in cells)
        blocks = any(cell.xpath(".//pre | .//table") for cell in cells)
        header = rows and rows[0].xpath("./th")  # a table of values: its columns are named
        if len(cells) > 1 and not header and (len(rows) == 1 and lines_or_words or len(rows) <= LAYOUT_ROWS and blocks):
            for element in [table, *table.xpath("./thead | ./tbody | ./tfoot"), *rows, *cells]:
                element.tag = "div"
                element.attrib.clear()
            for cell in cells:  # its text a paragraph, whatever it reads as: trafilatura drops a <div>'s own text
                _paragraphs_of(cell, any_text=True)


def _only_furniture(text: str, tree) -> bool:
    """Whether no line of `text` is found in the page outside its furniture."""
    for element in tree.xpath(f"{FURNITURE} | //script | //style | //noscript | //template"):
        if element.getparent() is not None:
            element.drop_tree()  # keeps the text that follows the element
    # Compared without whitespace, which the extractor spaces its own way, and without the "|" and
    # "\" it writes between and in table cells (a "|" in a cell as "\|").
    # A line of nothing else ("|" between a menu's links) is no text found outside the furniture.
    rest = BETWEEN_WORDS.sub("", "".join(tree.itertext()))
    lines = (BETWEEN_WORDS.sub("", line) for line in text.splitlines())
    return not any(line in rest for line in lines if line)
