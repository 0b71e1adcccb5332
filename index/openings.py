"""An article's opening: its lead, the first paragraph of prose, as much of it as a reader takes in at a glance, which
says what the article is about (a news story's who did what, where and when; a guide's or a letter's what it is for: "I am
writing to tell you about the Year 5 residential trip…"); and its title. qa/overview.py answers a request for a summary or
a title with them."""
from __future__ import annotations

import re
from functools import lru_cache

from index.chunking import sentence_spans
from index.dates import DAY_AND_MONTH
from index.front_matter import front_matter
from index.headings import is_heading, message_subject
from index.lexical import OPENING_CHARS
from index.tables import field_label
from index.wrapping import unwrapped_article

# The lead is looked for in the first of the article: its first LEAD_REACH_CHARS, or its first third where that is more.
# A spreadsheet's footnote, its one sentence, is no summary of it.
LEAD_REACH_CHARS = 3000
# A paragraph of prose: this many words at least, ending as a sentence ends (or leading into what follows, with ":");
# not a salutation ("Dear Parents and Carers,"), a dateline, a rating's line ("Rated 4 out of 5. Reviewed by Gwen T.,
# travelling as a couple, stayed 4 nights in May"), a standfirst without a full stop.
LEAD_WORDS = 12
PARAGRAPH_END = re.compile(r"[.!?…:][\"'”’)\]*_]*\s*$")
# The most of the lead paragraph given: its first sentence whole, then each next one that fits.
LEAD_CHARS = 400
# Not prose: a list's item, a quote, a table's row, a Markdown heading, rule or fence, an HTML comment or tag, an
# e-mail's header, a "Label: value" line ("Salary: £42,000", "Present: Cllr Ruth Galloway (Chair), …"), a numbered
# clause ("1.1 Daily hire at £68.00 per day…"), a line in emphasis alone ("*Prepared by the Insight team, 12 August.*").
NOT_PROSE = re.compile(r"\s*(?:[-*+•▪‣◦]\s|\d{1,3}(?:\.\d{1,3})*[.)]?\s|>|\||#|```|~~~|<|[-=_*]{3,}\s*$|"
                       r"[^\W\d_][\w'’&/()-]*(?:[ \t]+[\w'’&/()-]+){0,3}[ \t]*:(?:\s|$)|"
                       r"([*_]).*\1\s*$)")
WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
LINE = re.compile(r"^[^\n]*$", re.MULTILINE)


def lead(text: str, headings: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """[start, end) of the article's lead: of its first paragraph of prose (a line; hard-wrapped prose is read
    unwrapped), its first sentence and each next one within LEAD_CHARS in all; None where its first LEAD_REACH_CHARS (or
    third) has no such paragraph (a table, a list, a form). `headings`: those its document marks (index/articles.py)."""
    prose = unwrapped_article(text)
    matter = front_matter(text)
    reach = max(LEAD_REACH_CHARS, len(text) // 3)
    above = ""  # the line above, where no blank line is between
    for line in LINE.finditer(prose):
        if line.start() >= reach:
            break
        words, previous = line.group().strip(), above
        above = words
        if matter and line.start() < matter.span[1] or NOT_PROSE.match(words) or " ".join(words.split()) in headings \
                or is_heading(words) or len(WORD.findall(words)) < LEAD_WORDS or not PARAGRAPH_END.search(words):
            continue
        if words[0].islower() and previous and not PARAGRAPH_END.search(previous):
            continue  # a wrapped line of the sentence above: "about 35 minutes in normal conditions. Between…"
        return first_sentences(text, line.start(), line.end())
    return None


def first_sentences(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) of the first sentence of text[start:end] (a paragraph's line), with each next one within LEAD_CHARS
    in all, without the whitespace around them; None where it has none."""
    sentences = [(start + s, start + e) for s, e in sentence_spans(text[start:end]) if text[start + s:start + e].strip()]
    if not sentences:
        return None
    first, last = sentences[0]
    for _, sentence_end in sentences[1:]:
        if sentence_end - first > LEAD_CHARS:
            break
        last = sentence_end
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    return first, last


# A document's title is among its first lines (index/headings.py TITLE_LINES), the longest a line of this many words.
TITLE_LINES = 6
TITLE_WORDS = 24
MARKDOWN_TITLE = re.compile(r"[ \t]{0,3}#[ \t]+(?P<words>\S[^\r\n]*?)(?:[ \t]+#+)?[ \t]*\r?$")
SETEXT_TITLE = re.compile(r"[ \t]{0,3}(?P<words>\S[^\r\n]*?)[ \t]*\r?\n[ \t]{0,3}=+[ \t]*\r?$", re.MULTILINE)
MATTER_TITLE = re.compile(r"^title[ \t]*:[ \t]*([\"']?)(?P<words>[^\r\n]*?)\1[ \t]*\r?$", re.MULTILINE | re.IGNORECASE)
DATE_LINE_WORDS = 6  # a date's line: "Published 12 March 2024", "Updated: Tuesday 12 March 2024"
# A line over the title naming only what kind of document it is: "PLAIN-LANGUAGE SUMMARY", "PRESS RELEASE", "For immediate
# release", "Newsletter".
KICKER = re.compile(r"\W*(?:(?:plain[- ]language|plain[- ]english|lay|press|news|media|research|study|executive|for\s+immediate|"
                    r"staff|members'?|monthly|weekly)\s+)?(?:summary|release|newsletter|bulletin|notice|memo|memorandum|update|"
                    r"statement|announcement|briefing|faq|fact\s*sheet)\W*", re.IGNORECASE)
BYLINE_START = re.compile(r"\s*By\s+[A-Z]")  # "By Hollis Grant at Kelling Road", which index/bylines.py reads as none
# A section's heading over the lead, not the document's title: "Background" over a study summary's first paragraph.
SECTION_HEADINGS = frozenset("background introduction summary overview abstract about contents details notes".split())
SALUTATION = re.compile(r"\s*(?:dear|hi|hello|good\s+(?:morning|afternoon|evening))\b[^\n]*,\s*$", re.IGNORECASE)


# The longest of the short lines a document opens with (`opening_lines`), and their Markdown marks: a heading's, and
# emphasis's round a line ("# Brackenfold Primary School", "**Year 6 Residential Trip …**").
OPENING_LINE_CHARS = 80
OPENING_MARKS = re.compile(r"^[ \t]*#{1,6}[ \t]+|^[ \t]*[*_]{1,3}|[*_]{1,3}[ \t]*$")
SENTENCE_END = re.compile(r"[.!?]['’\")]*$")


@lru_cache(maxsize=64)
def opening_lines(text: str) -> tuple[tuple[int, str], ...]:
    """(where it ends, its words without Markdown's marks) of each of the short lines a document opens with but a label's
    ("Reception: 01632 960341"), in its first OPENING_CHARS, up to its first line of prose (a sentence's end, a
    salutation's comma, longer than OPENING_LINE_CHARS) or a table's row: its title, a letterhead, the name of what it is
    about ("Brackenfold Primary School", "Year 6 Residential Trip to Tarnside Outdoor Centre"); none of a document opening
    with prose (a SQuAD article's, a report's "This report compares … in 2023 and in 2024")."""
    found = []
    for line in LINE.finditer(text, 0, min(len(text), OPENING_CHARS)):
        words = OPENING_MARKS.sub("", line.group().rstrip("\r")).strip()
        if not words:
            continue
        if len(words) > OPENING_LINE_CHARS or SENTENCE_END.search(words) or words.endswith(",") or words.startswith("|") \
                or line.end() == OPENING_CHARS < len(text):  # a line cut short
            break
        if field_label(words) is None:  # a label's line is a detail ("Race report: Fenwick Half Marathon"), not a name
            found.append((line.end(), words))
    return tuple(found)


def title(text: str, is_markdown: bool = False, headings: frozenset[str] = frozenset(), laid_out: bool = False
          ) -> tuple[int, int] | None:
    """[start, end) of the article's title: an e-mail's subject; a Markdown article's front matter's title, or its heading
    of level 1 ("# …", or underlined with "=") among its first lines; else its first line ahead of its lead that reads
    as a title: a line alone (blank lines round it, or a byline under it; not a letterhead over its address),
    TITLE_WORDS at most, no sentence's end, no date, byline, section's heading ("Background"), kicker ("PLAIN-LANGUAGE
    SUMMARY", unless no other line is one: "Weekly Update") or label's line but the first ("Study summary: low-dose Veltrazine…"). None before a salutation ("Dear Parents and Carers,": a letter has
    none) or the lead (the seed article opens with its dateline's paragraph). Read from a layout (a web page, a PDF, a
    Word document: `laid_out`), a paragraph a line and no blank lines, the title is its first line ahead of its lead
    that its document marks a heading (`headings`: a page's <h1>), but a section's, or else the heading right over its
    lead, past a byline or a date ("Talks to resume in Geneva" over a PDF's first paragraph)."""
    if subject := message_subject(text):
        return subject.span("subject")
    matter = front_matter(text)
    begin = matter.span[1] if matter else 0
    lines = [line for line in LINE.finditer(text, begin, begin + 3000)]
    opening = [line for line in lines if line.group().strip()][:TITLE_LINES]
    if is_markdown:  # its front matter's title, its first heading of level 1 ("# Title", or underlined with "=")
        if matter and (found := MATTER_TITLE.search(text, matter.span[0], matter.span[1])) and found["words"].strip():
            return found.span("words")
        found = next((found for line in opening if (found := MARKDOWN_TITLE.match(text, line.start(), line.end()))
                      or (found := SETEXT_TITLE.match(text, line.start()))), None)
        return found.span("words") if found else None
    found = lead(text, headings)
    lead_start = found[0] if found else len(text)
    if laid_out:
        ahead = [line for line in opening if line.end() <= lead_start]
        marked = [line for line in ahead if " ".join(line.group().split()) in headings
                  and line.group().strip().lower() not in SECTION_HEADINGS]
        if marked:  # a page's <h1>, a Word "Heading 1", whatever comes before it (a kicker, a date) or its length
            return _stripped(marked[0])
        for line in reversed(ahead if found else []):  # without a lead, a list's last line would be taken
            words = line.group().strip()
            if BYLINE_START.match(words) or DAY_AND_MONTH.search(words) and len(WORD.findall(words)) <= DATE_LINE_WORDS:
                continue  # "By Jane Smith", "Published 12 March 2024"
            titled = is_heading(words) and words.lower() not in SECTION_HEADINGS and not SALUTATION.match(words)
            return _stripped(line) if titled else None
        return None
    kicker = None  # the title where no other line is one ("Weekly Update")
    for at, line in enumerate(lines):
        words = line.group().strip()
        if not words:
            continue
        if line not in opening or SALUTATION.match(words) or line.start() >= lead_start:
            break
        following = lines[at + 1].group() if at + 1 < len(lines) else ""
        alone = (at == 0 or not lines[at - 1].group().strip()) and (not following.strip() or BYLINE_START.match(following))
        if alone and len(WORD.findall(words)) <= TITLE_WORDS and not PARAGRAPH_END.search(words) \
                and (line is opening[0] or not NOT_PROSE.match(words)) and not DAY_AND_MONTH.fullmatch(words) \
                and not BYLINE_START.match(words) and words.lower() not in SECTION_HEADINGS:
            if not KICKER.fullmatch(words):
                return _stripped(line)
            kicker = kicker or line
    return _stripped(kicker) if kicker else None


def _stripped(line: re.Match) -> tuple[int, int]:
    """[start, end) of a line's words, without the whitespace round them."""
    start = line.start() + len(line.group()) - len(line.group().lstrip())
    return start, start + len(line.group().strip())
