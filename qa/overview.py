"""A question asking what an article is about, or for a summary of it ("What is this article about?", "Summarise the
story", "tl;dr"), is answered with the article's lead: its first paragraph of prose, as much of it as a reader takes in
at a glance. A news story's lead says who did what, where and when, and a guide's or a letter's opening says what it is
for ("I am writing to tell you about the Year 5 residential trip…"); the reader, taught on questions whose answer is a
phrase, had refused every such question at 0.99 or more."""
from __future__ import annotations

import re

from index.chunking import sentence_spans
from index.front_matter import front_matter
from index.headings import is_heading
from index.wrapping import unwrapped_article

THE_ARTICLE = (r"(?:the|this|these|that|your)\s+(?:whole\s+)?(?:article|text|story|document|doc|page|report|piece|post|"
               r"file|letter|paper|news|thing)s?")
SUMMED_UP = rf"(?:{THE_ARTICLE}|it|this|them)"  # "Can you summarise it?": no question asks to sum up anything else
COURTESY = r"(?:(?:please|pls|ok|okay|so|and|hey|hi)[,!]?\s+)*"
ASKING = r"(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|i\s+(?:would|'d)\s+like\s+|i\s+want\s+)?"
SUMMARY_NOUN = r"(?:a\s+|the\s+|an\s+)?(?:quick\s+|short\s+|brief\s+)?(?:summary|synopsis|overview|gist|tl;?\s?dr|rundown|recap)"
# Asking what the articles are about or for their summary, the whole question so: "What is the total in the summary
# table?" asks for a figure, and "What is it about?" after "What did the law ban?" asks about the law (qa/followup.py).
SUMMARY_REQUEST = re.compile(
    rf"\s*{COURTESY}{ASKING}(?:"
    rf"(?:summari[sz]e|sum\s+up|recap|outline)(?:\s+{SUMMED_UP})?(?:\s+for\s+me)?(?:\s+(?:briefly|quickly))?|"
    rf"(?:give|show|tell)\s+me\s+{SUMMARY_NOUN}(?:\s+(?:of|for)\s+{SUMMED_UP})?|"
    rf"(?:how|what)\s+about\s+{SUMMARY_NOUN}|"
    rf"(?:what(?:'s|’s|s|\s+is|\s+was)\s+)?{SUMMARY_NOUN}(?:\s+(?:of|for)\s+{SUMMED_UP})?|"
    rf"what\s+(?:are|were)\s+(?:the\s+)?(?:main|key)\s+(?:points?|ideas?|takeaways?|facts?)(?:\s+(?:of|in)\s+{THE_ARTICLE})?|"
    rf"(?:so,?\s+)?what(?:'s|’s|s|\s+is|\s+are|\s+was|\s+were)\s+(?:{THE_ARTICLE}|this)\s+(?:all\s+|mainly\s+|mostly\s+)?about|"
    rf"what\s+(?:does|do|did)\s+{THE_ARTICLE}\s+(?:say|cover|talk\s+about|discuss|tell\s+(?:me|us))|"
    rf"what\s+(?:is|are)\s+{THE_ARTICLE}\s+(?:saying|on\s+about|talking\s+about)"
    r")(?:,?\s+(?:please|pls|thanks|thank\s+you))?\s*[?.!]*\s*", re.IGNORECASE)

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


def asks_for_summary(question: str) -> bool:
    """Whether the question asks what the articles are about, or for their summary."""
    return SUMMARY_REQUEST.fullmatch(question) is not None


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
