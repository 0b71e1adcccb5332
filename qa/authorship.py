"""Questions about who wrote the article, read as the reader understands them. "Who wrote the article?" was refused
even with its byline read ("By Eilidh Brannigan, What's On editor"), and "Who is the article by?" answered: the
reader learnt from SQuAD's questions about what articles say, not about who wrote them. The byline's passage is
read with such a question (index/bylines.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from index.bylines import addressed, byline
from index.lexical import opening_words, search_words

WORK = (r"article|report|story|piece|post|blog post|column|review|feature|interview|news story|write-up|comparison|guide"
        r"|explainer|analysis|editorial|profile|essay|round-?up")
# What is signed or sent, by its signature's name (index/bylines.py `signature`), not a byline's: "Who signed the letter?"
# of a story about a letter asks of no reporter.
SIGNED_WORK = r"letter|e-?mail|notice|memo|note|message|newsletter|announcement|circular|bulletin"
# Documents signed as letters are, asked of only where a document says it is one (`says_it_is`): "Who signed Mrs
# Okonkwo-Hart's annual benefit statement?" (bench/unseen17, written blind), not "Who wrote the statement?" of a club's
# news, with a library's letter signed beside it (a code review's).
DOCUMENT_WORK = r"statement|invoice|receipt|confirmation|estimate|quote|quotation|reminder|bill|notice"
# Up to three words saying which: "Who wrote the ultrabook comparison?" (a set written blind, session 54, had been refused),
# "who wrote the saltmarsh & sorrel review" (session 63's); of a letter or a statement, up to six: "Who signed the
# Marrowdene Borough Council parking permit renewal letter?" (bench/unseen17's).
WHICH_WORK = r"(?:[\w'’&-]+\s+){0,3}"
WHICH_SIGNED = r"(?:[\w'’&-]+\s+){0,6}"
# Whose letter or statement it is, as "the" says which: "Who signed Mrs Okonkwo-Hart's annual benefit statement?"
WHOSE = r"(?:the|this|(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[\w-]+['’]s?)"
# A review or a report of something by its name: "Who wrote the review of Saltmarsh & Sorrel?" (a set written blind,
# session 63, had been answered with the chef's name, 90 %), "the piece on the Copper Kettle", "the story about the
# Riverside flood" (a probe's). Not a work the article tells of: "the 2020 review of the debate", "the story of Crassus",
# "The London Review of 1861" (a blind set's, SQuAD's).
OF_NAMED = (r"(?:(?P<reviewed>(?-i:review|article|report|piece|column|interview|profile|write-up))\s+(?:of|on|about)|"
            r"(?P<story>(?-i:story))\s+(?:on|about))\s+(?P<about>(?:the\s+)?(?-i:[A-Z])[^?]{0,59}?)")
# "Who wrote the letter to parents?", "who signed the letter from the letting agency" (a set written blind, session 60)
TO_WHOM = r"(?:\s+from\s+[^?]{1,60}?|(?P<described>\s+(?:to|for|about|on|regarding)\s+[^?]{1,60}?))?"
DESCRIBING_WORDS = frozenset(search_words("to for about on regarding the a an"))  # the words of TO_WHOM's but what it describes
AUTHOR_QUESTION = re.compile(
    rf"\s*who\s+(?:(?:wrote|authored|penned)(?:\s+(?:the|this)\s+(?P<which>{WHICH_WORK})(?:{OF_NAMED}|(?P<work>{WORK})))?"
    rf"|(?:wrote|authored|penned|signed|sent)\s+{WHOSE}\s+(?P<signed_which>{WHICH_SIGNED})(?P<signed>{SIGNED_WORK}|(?P<document>{DOCUMENT_WORK})){TO_WHOM}"
    rf"|(?:is|was)\s+(?:the\s+)?(?:author|writer|reporter|reviewer)\s+of\s+(?:the|this)\s+(?P<of_which>{WHICH_WORK})"
    rf"(?P<of>{WORK})"
    rf"|(?:is|was)\s+(?:the|this)\s+(?P<by>{WORK})\s+(?:written\s+)?by"
    rf"|(?:is|was)\s+(?:the|this)\s+(?P<from_which>{WHICH_WORK})(?P<from>{SIGNED_WORK})\s+(?:(?:written|sent|signed)\s+)?"
    rf"(?:by|from))\s*\??\s*",
    re.IGNORECASE)


def work_named(question: str) -> str:
    """The words a question about who wrote an article names it by: "transfer" of "Who wrote the transfer story?"."""
    match = AUTHOR_QUESTION.fullmatch(question)
    if match is None:
        return ""
    which = match.group("which") or match.group("of_which") or match.group("signed_which") or match.group("from_which") or ""
    return " ".join(f"{which} {match.group('about') or ''}".split())


def asks_who_signed(question: str) -> bool:
    """Whether a question about who wrote asks who signed or sent a letter, an e-mail or a notice: its signature answers,
    not a byline."""
    match = AUTHOR_QUESTION.fullmatch(question)
    return bool(match and (match.group("signed") or match.group("from")))


def document_asked(question: str) -> str:
    """The kind of document (DOCUMENT_WORK) a question asks who signed, "statement" of "Who signed the annual benefit
    statement?"; "" for another question."""
    match = AUTHOR_QUESTION.fullmatch(question)
    return match.group("document") or "" if match else ""


def says_it_is(document: str, text: str) -> bool:
    """Whether `text` opens saying it is such a `document` ("ANNUAL BENEFIT STATEMENT", "… receipt and VAT invoice")."""
    return bool(set(search_words(document)) & opening_words(text))


def letter_described(question: str, text: str = "") -> bool:
    """Whether a question about who signed a letter says which letter it is ("Who wrote the letter to the council?"):
    another document may tell of that one, by its writer's name ("written by parent governor Tom Reed"), where a signed
    letter's signature is no answer (the session's code review); not where the letter of `text` is to whom the question
    says, as an e-mail's "To: Imogen Catterall" says ("Who signed the … e-mail to Imogen Catterall?" had been refused:
    bench/unseen16, written blind), not its "From:" (a code review's)."""
    match = AUTHOR_QUESTION.fullmatch(question)
    if not (match and match.group("described")):
        return False
    described = set(search_words(match.group("described"))) - DESCRIBING_WORDS
    return not (text and described and described <= addressed(text))


def as_read_for_author(question: str) -> str | None:
    """The question as the reader is asked it, "Who is the report by?", where it asks who wrote the article; else None.
    "Who is the author?" is not taken for one: a review's may ask about the book's."""
    match = AUTHOR_QUESTION.fullmatch(question)
    if match is None:
        return None
    work = next((match.group(name) for name in ("work", "reviewed", "story", "signed", "of", "by", "from") if match.group(name)),
                "article")
    return f"Who is the {work.lower()} by?"


# A news story's dateline: a paragraph opening with a place in capitals and a day or date after a comma ("CASTLEGATE,
# Friday", "LONDON, 3 May") or a dash ("ISLAMABAD —"); not "IBM, meanwhile, said…" nor "UNICEF, the children's charity".
DATELINE = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?P<place>[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3})"
                      r"(?=,[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+|"
                      r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)|[ \t]+[—–][ \t])")
# A question asking who: "Who was jailed?", "And by whom?"; not "Where did the man who was jailed live?", nor a question
# read with one before it ("Where was it held? (Who gave the media briefing? …)").
ASKS_WHO = re.compile(r"\s*(?:(?:and|so|but|then)\W+)?(?:(?:by|to|for|with|from|of)\s+)?(?:who|whom|whose)\b", re.IGNORECASE)
DATELINE_REACH = 3000  # as far into the text as a dateline may be: under the headline, standfirst and byline


def not_asked_of_the_byline(question: str, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is in the article's byline ("By Kate Embleton, Crime Reporter") and the question asks
    neither who wrote it (`as_read_for_author`) nor names what the byline says ("Who is the crime reporter?"), or is
    its dateline's place ("CASTLEGATE, Friday") and the question asks who. The reader, reading the
    passage under a story's headline, had answered "Who stole the money?" with the reporter's name, "Who signed a
    five-year contract?" with the byline's (100 %), "Who was jailed?" with the dateline's town."""
    line, said, place = _byline_and_dateline(text)
    if line and start < line[1] and line[0] < end and as_read_for_author(question) is None:
        return not said & set(search_words(question))
    return bool(place) and start < place[1] and place[0] < end and bool(ASKS_WHO.match(question))


@lru_cache(maxsize=64)
def _byline_and_dateline(text: str) -> tuple[tuple[int, int] | None, frozenset[str], tuple[int, int] | None]:
    """[start, end) of the byline's line and the words it says but "By" (its names read roles too: "Kate Embleton, Crime
    Reporter"), and of the dateline's place."""
    line, said = None, frozenset()
    if (names := byline(text)) is not None:
        line_end = text.find("\n", names[1])
        line = (text.rfind("\n", 0, names[0]) + 1, len(text) if line_end < 0 else line_end)
        said = frozenset(search_words(text[line[0]:line[1]])) - {"by"}
    dateline = DATELINE.search(text, 0, DATELINE_REACH)
    return line, said, dateline.span("place") if dateline else None
