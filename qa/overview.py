"""A question asking what an article is about, or for a summary of it ("What is this article about?", "Summarise the
story", "tl;dr"), is answered with the article's lead: its first paragraph of prose, as much of it as a reader takes in
at a glance. A news story's lead says who did what, where and when, and a guide's or a letter's opening says what it is
for ("I am writing to tell you about the Year 5 residential trip…"); the reader, taught on questions whose answer is a
phrase, had refused every such question at 0.99 or more."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.chunking import EMAIL_HEADER, sentence_spans
from index.front_matter import front_matter
from index.headings import is_heading
from index.labels import FUNCTION_WORDS
from index.lexical import search_words
from index.webpage import DAY_AND_MONTH
from index.wrapping import unwrapped_article
from qa.yes_or_no import statement_around

# What a document is called, by its kind: "the article", "the Fernbrook letter", "Nadia's e-mail", "the notice from the
# council". Not what an article speaks of ("the agreement", "the law", "the plan"): "What is the Minsk agreement about?"
# asks what the seed article says of it.
DOCUMENT_KIND = (r"(?:article|text|story|document|doc|page|web\s*page|report|piece|post|blog\s+post|blog|file|letter|"
                 r"e-?mail|paper|news\s+story|news|notice|leaflet|guide|handbook|brochure|flyer|review|memo|minutes|"
                 r"newsletter|press\s+release|write-?up|summary|study\s+summary|faq|transcript|announcement|info|information)s?")
NAME_WORD = r"[\w'’&.-]+"
DOCUMENT = (rf"(?:(?:the|this|that|these|your)\s+(?:whole\s+)?)?(?:{NAME_WORD}\s+){{0,5}}?{DOCUMENT_KIND}"
            rf"(?:\s+(?:from|by|for|to|on|of|about)\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}?)?")
THE_ARTICLE = rf"(?:{DOCUMENT}|this)"
SUMMED_UP = rf"(?:{DOCUMENT}|it|this|them)"  # "Can you summarise it?": no question asks to sum up anything else
COURTESY = r"(?:(?:please|pls|ok|okay|so|and|hey|hi|briefly|quickly|in\s+a\s+nutshell|in\s+short)[,!]?\s+)*"
ASKING = r"(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|i\s+(?:would|'d)\s+like\s+|i\s+want\s+)?"
SUMMARY_NOUN = (r"(?:a\s+|the\s+|an\s+)?(?:quick\s+|short\s+|brief\s+)?(?:summary|synopsis|overview|gist|tl;?\s?dr|rundown|"
                r"recap|main\s+points?|key\s+points?|main\s+idea|main\s+message)")
# Asking what an article is about or for its summary, the whole question so: "What is the total in the summary
# table?" asks for a figure, and "What is it about?" after "What did the law ban?" asks about the law (qa/followup.py).
SUMMARY_REQUEST = re.compile(
    rf"\s*{COURTESY}{ASKING}(?:"
    rf"(?:summari[sz]e|sum\s+up|recap|outline)(?:\s+{SUMMED_UP})?(?:\s+for\s+me)?(?:\s+(?:briefly|quickly))?|"
    rf"(?:give|show|tell)\s+me\s+{SUMMARY_NOUN}(?:\s+(?:of|for|in)\s+{SUMMED_UP})?|"
    rf"(?:how|what)\s+about\s+{SUMMARY_NOUN}(?:\s+(?:of|for|in)\s+{SUMMED_UP})?|"
    rf"(?:what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+)?{SUMMARY_NOUN}(?:\s+(?:of|for|in)\s+{SUMMED_UP})?|"
    rf"what\s+(?:are|were)\s+(?:the\s+)?(?:main|key)\s+(?:ideas?|takeaways?|facts?)(?:\s+(?:of|in)\s+{SUMMED_UP})?|"
    rf"(?:so,?\s+)?what(?:'s|’s|s|\s+is|\s+are|\s+was|\s+were)\s+{THE_ARTICLE}\s+(?:all\s+|mainly\s+|mostly\s+)?about|"
    rf"what\s+(?:does|do|did)\s+{THE_ARTICLE}\s+(?:say|cover|talk\s+about|discuss|tell\s+(?:me|us))|"
    rf"what\s+(?:is|are)\s+{THE_ARTICLE}\s+(?:saying|on\s+about|talking\s+about|telling\s+(?:me|us|(?:the\s+)?{NAME_WORD}))"
    r")(?:,?\s+(?:please|pls|thanks|thank\s+you|in\s+a\s+nutshell|briefly))?\s*[?.!]*\s*", re.IGNORECASE)
NAME_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
TITLE_NOUN = r"(?:page\s+|story\s+|article\s+|e-?mail\s+)?(?:title|headline|heading|subject(?:\s+line)?)"
# Asking for an article's title or headline: "What's the headline?", "What is the blog post called?", "What's the subject
# line of Priya's e-mail?"; not "What is the name of…", most often a person's or a thing's in it.
TITLE_REQUEST = re.compile(
    rf"\s*{COURTESY}{ASKING}(?:"
    rf"(?:what(?:'s|’s|s|\s+is|\s+was)\s+)?(?:the\s+)?{TITLE_NOUN}(?:\s+(?:of|for|on|in)\s+{SUMMED_UP})?|"
    rf"what(?:'s|’s|s|\s+is|\s+was)\s+{DOCUMENT}(?:'s|’s)\s+{TITLE_NOUN}|"
    rf"what\s+(?:is|was)\s+{THE_ARTICLE}\s+(?:called|titled|headlined)|"
    rf"(?:give|show|tell)\s+me\s+(?:the\s+)?{TITLE_NOUN}(?:\s+(?:of|for)\s+{SUMMED_UP})?"
    r")(?:,?\s+(?:please|pls|thanks|thank\s+you))?\s*[?.!]*\s*", re.IGNORECASE)
# The words of a request that name no article: its kind's ("the Fernbrook letter"), and the request's own ("Give me the
# gist of…", "What are the key points of…").
NOT_NAMING = frozenset(search_words(
    "article text story document doc page web webpage report piece post blog file letter email e-mail mail paper news "
    "notice leaflet guide handbook brochure flyer review memo minutes newsletter press release write up writeup summary "
    "study faq transcript announcement whole summarise summarize sum recap outline synopsis overview gist tl dr tldr "
    "rundown main key point points idea ideas message takeaways facts give show tell me us can could would will you "
    "please pls ok okay so and hey hi like want say cover talk discuss saying telling all mainly mostly nutshell briefly "
    "quickly short brief thanks thank about info information parents readers customers people title headline heading "
    "subject line call called titled headlined")) | FUNCTION_WORDS
@dataclass(frozen=True)
class SummaryRequest:
    """What names the article asked of, as searched words: those written with a capital or a digit ("Fernbrook" of "the
    Fernbrook Primary letter", "1200"), and the others ("ferri" of "the ferry story"); none for "the article"."""

    names: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()

    @property
    def named(self) -> frozenset[str]:
        return self.names | self.words


def summary_asked(question: str) -> SummaryRequest | None:
    """The request, where the question asks what an article is about or for its summary; None for another question."""
    return _request(question, SUMMARY_REQUEST)


def title_asked(question: str) -> SummaryRequest | None:
    """The request, where the question asks for an article's title or headline; None for another question."""
    return _request(question, TITLE_REQUEST)


def _request(question: str, shape: re.Pattern) -> SummaryRequest | None:
    if shape.fullmatch(question) is None:
        return None
    names = {word for token in NAME_TOKEN.findall(question) if token[0].isupper() or any(ch.isdigit() for ch in token)
             for word in search_words(token)}
    named = frozenset(search_words(question)) - NOT_NAMING
    return SummaryRequest(named & names, named - names)


def asks_for_more(question: str) -> bool:
    """Whether the question asks to go on from the answer before it ("Tell me more")."""
    return MORE_REQUEST.fullmatch(question) is not None


def asks_for_summary(question: str) -> bool:
    """Whether the question asks what the article or articles are about, or for their summary, naming none."""
    request = summary_asked(question)
    return request is not None and not request.named


def names_it(request: SummaryRequest, name: str, text: str, lead_end: int) -> bool:
    """Whether an article is the one the request names: its file's name or its opening, to its lead's end or its first
    OPENING_CHARS, says every name the request gives it and half its other words ("Merlow Tide Mill" of "the Merlow Tide
    Mill visitor page", whose title says "Visiting"; not "the Penwithy parking permit leaflet" of a page whose address is
    in Penwithy), or, of a request naming it by other words alone, one of them ("the ferry story"). Not a document its
    body speaks of: "What was the Plos Pathogens paper about?" (SQuAD) asks of a paper its article cites far down."""
    if not request.named:
        return True
    said = set(search_words(f"{name} {text[:max(lead_end, OPENING_CHARS)]}"))
    return request.names <= said and len(request.words & said) >= (len(request.words) // 2 if request.names else 1)


# How much of an article's opening may name it, where its lead ends before: its letterhead, headline, e-mail headers.
OPENING_CHARS = 600
# Asking the chat to go on from its last answer: "Tell me more", "Go on", "Can you elaborate?".
MORE_REQUEST = re.compile(
    r"\s*(?:(?:ok(?:ay)?|and|so|great|thanks|thank\s+you|interesting|hmm+)[,!.]?\s+)*(?:(?:can|could|would)\s+you\s+)?"
    r"(?:please\s+)?(?:tell\s+me\s+more|say\s+more|read\s+on|"
    r"more(?:\s+(?:detail|details|on\s+(?:that|this)|about\s+(?:that|this)))?|"
    r"go\s+on|carry\s+on|continue|keep\s+going|elaborate(?:\s+on\s+(?:that|this))?|expand\s+on\s+(?:that|this)|"
    r"give\s+me\s+more(?:\s+detail|\s+details)?)(?:,?\s+please)?\s*[?.!]*\s*", re.IGNORECASE)
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


def lead(text: str, headings: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """[start, end) of the article's lead: of its first paragraph of prose (a line; hard-wrapped prose is read
    unwrapped), its first sentence and each next one within LEAD_CHARS in all; None where its first LEAD_REACH_CHARS (or
    third) has no such paragraph (a table, a list, a form). `headings`: those its document marks (index/articles.py)."""
    prose = unwrapped_article(text)
    matter = front_matter(text)
    reach = max(LEAD_REACH_CHARS, len(text) // 3)
    for line in re.finditer(r"[^\n]+", prose[:reach]):
        words = line.group().strip()
        if matter and line.start() < matter.span[1] or NOT_PROSE.match(words) or " ".join(words.split()) in headings \
                or is_heading(words) or len(WORD.findall(words)) < LEAD_WORDS or not PARAGRAPH_END.search(words):
            continue
        if words[0].islower():  # a wrapped line of the sentence above: "about 35 minutes in normal conditions. Between…"
            continue
        sentences = [(line.start() + start, line.start() + end) for start, end in sentence_spans(line.group())]
        lead_start, lead_end = sentences[0]
        for _, sentence_end in sentences[1:]:
            if sentence_end - lead_start > LEAD_CHARS:
                break
            lead_end = sentence_end
        while lead_end > lead_start and text[lead_end - 1].isspace():
            lead_end -= 1
        return lead_start, lead_end
    return None


# A document's title is among its first lines (index/headings.py TITLE_LINES), the longest a line of this many words.
TITLE_LINES = 6
TITLE_WORDS = 24
SUBJECT_HEADER = re.compile(r"[ \t]*Subject[ \t]*:[ \t]*(?P<subject>\S[^\n]*?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
MARKDOWN_TITLE = re.compile(r"[ \t]{0,3}#[ \t]+(?P<words>\S[^\n]*?)(?:[ \t]+#+)?[ \t]*$")
LINE = re.compile(r"^[^\n]*$", re.MULTILINE)
BYLINE_START = re.compile(r"\s*By\s+[A-Z]")  # "By Hollis Grant at Kelling Road", which index/bylines.py reads as none
# A section's heading over the lead, not the document's title: "Background" over a study summary's first paragraph.
SECTION_HEADINGS = frozenset("background introduction summary overview abstract about contents details notes".split())
SALUTATION = re.compile(r"\s*(?:dear|hi|hello|good\s+(?:morning|afternoon|evening))\b[^\n]*,\s*$", re.IGNORECASE)


def title(text: str, is_markdown: bool = False) -> tuple[int, int] | None:
    """[start, end) of the article's title: an e-mail's subject; a Markdown article's heading of level 1 among its first
    lines; else its first line ahead of its lead that reads as a title: a line alone (blank lines round it, or a byline
    under it; not a letterhead over its address), TITLE_WORDS at most, no sentence's end, no date, byline, section's
    heading ("Background") or label's line but the first ("Study summary: low-dose Veltrazine…"). None before a
    salutation ("Dear Parents and Carers,": a letter has none) or the lead (the seed article opens with its dateline's
    paragraph)."""
    if (subject := SUBJECT_HEADER.search(text, 0, 2000)) and EMAIL_HEADER.match(text):
        return subject.span("subject")
    matter = front_matter(text)
    begin = matter.span[1] if matter else 0
    lines = [line for line in LINE.finditer(text, begin, begin + 3000)]
    opening = [line for line in lines if line.group().strip()][:TITLE_LINES]
    if is_markdown:
        found = next((found for line in opening if (found := MARKDOWN_TITLE.match(text, line.start(), line.end()))), None)
        return found.span("words") if found else None
    lead_start = (lead(text) or (len(text), None))[0]
    for at, line in enumerate(lines):
        words = line.group().strip()
        if not words:
            continue
        if line not in opening or SALUTATION.match(words) or line.start() >= lead_start:
            return None
        following = lines[at + 1].group() if at + 1 < len(lines) else ""
        alone = (at == 0 or not lines[at - 1].group().strip()) and (not following.strip() or BYLINE_START.match(following))
        if alone and len(WORD.findall(words)) <= TITLE_WORDS and not PARAGRAPH_END.search(words) \
                and (line is opening[0] or not NOT_PROSE.match(words)) and not DAY_AND_MONTH.fullmatch(words) \
                and not BYLINE_START.match(words) and words.lower() not in SECTION_HEADINGS:
            start = line.start() + len(line.group()) - len(line.group().lstrip())
            return start, start + len(words)
    return None


def read_on(text: str, start: int, end: int, headings: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """[start, end) of what the article says on from its span [start, end), as "Tell me more" asks: the whole statement
    holding a phrase ("During a media briefing in Islamabad, Russian Ambassador Albert P. Khorev outlined…" after
    "Albert P. Khorev"); after a whole statement, the sentences that follow it, within its paragraph (a line; hard-wrapped
    prose read unwrapped) or the next one, past headings, LEAD_CHARS at most; None at the article's end."""
    first, last = statement_around(text, start, end, (0, len(text)), cells_alone=False)
    if text[first:last].strip(" .,;:!?\"'”’") != text[start:end].strip(" .,;:!?\"'”’"):
        return first, last
    prose = unwrapped_article(text)
    for line in re.finditer(r"[^\n]+", prose[end:]):
        begin, words = end + line.start(), line.group().strip()
        rest_of_line = line.start() == 0 and end > 0 and prose[end - 1] != "\n"
        if not words or not rest_of_line and (is_heading(words) or " ".join(words.split()) in headings):
            continue
        sentences = [(begin + s, begin + e) for s, e in sentence_spans(line.group()) if line.group()[s:e].strip()]
        if not sentences:
            continue
        on_start, on_end = sentences[0]
        for _, sentence_end in sentences[1:]:
            if sentence_end - on_start > LEAD_CHARS:
                break
            on_end = sentence_end
        while on_start < on_end and text[on_start].isspace():
            on_start += 1
        while on_end > on_start and text[on_end - 1].isspace():
            on_end -= 1
        return on_start, on_end
    return None
