"""A question asking what an article is about, or for its summary ("What is this article about?", "tl;dr", "Sum up the
Halden Ferries e-mail"), or for its title ("What's the headline?"), is answered with the article's lead or title
(index/openings.py): the reader, taught on questions whose answer is a phrase, had refused nearly every such request
(252 of 262 over the bench articles, no answer 0.999 at the median). "Tell me more" after an answer reads on from it
(qa/read_on.py). Here: what such a request is, and which article it names."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.labels import FUNCTION_WORDS
from index.lexical import search_words

# What a document is called, by its kind: "the article", "the Fernbrook letter", "Nadia's e-mail", "the notice from the
# council". Not what an article speaks of ("the agreement", "the law", "the plan"): "What is the Minsk agreement about?"
# asks what the seed article says of it.
DOCUMENT_KIND = (r"(?:article|text|story|document|doc|page|web\s*page|report|piece|post|blog\s+post|blog|file|letter|"
                 r"e-?mail|paper|news\s+story|news|notice|leaflet|guide|handbook|brochure|flyer|review|memo|minutes|"
                 r"newsletter|press\s+release|write-?up|summary|study\s+summary|faq|transcript|announcement|info|"
                 r"information|listing|update|bulletin|recipe|agenda|programme|invitation|advert|note|notes)")
# A policy is a document where it is summed up ("Summarise the expenses policy"), not where it is called something or
# covers something ("What was Britain's foreign policy called?", SQuAD's).
SUMMED_UP_KIND = rf"(?:{DOCUMENT_KIND}|policy)"
# Several documents by their kind: "the articles", "these stories", "all the e-mails".
DOCUMENT_KINDS = (r"(?:articles|texts|stories|documents|docs|pages|webpages|reports|pieces|posts|blogs|files|letters|"
                  r"e-?mails|papers|notices|leaflets|guides|handbooks|brochures|flyers|reviews|memos|newsletters|"
                  r"releases|press\s+releases|write-?ups|summaries|transcripts|announcements|listings|updates|recipes)")
# A word of a document's name: not one joining words ("the second paragraph of the article", "the refit in the article"
# are in an article, not one).
NAME_WORD = r"(?!(?:of|in|on|at|the|a|an|about|from|for|to|by|with|is|are|was|were)\b)[\w'’&.-]+"
# "the article", "each article", "the Fernbrook letter", "the notice from the council".
def one_document(kind: str) -> str:
    """A pattern of one document called by its `kind`: "the article", "the Fernbrook letter", "the notice from the council"."""
    return (rf"(?:(?:the|this|that|your|my)\s+(?:whole\s+)?|(?:each|every)\s+)?(?:{NAME_WORD}\s+){{0,5}}?{kind}"
            rf"(?:\s+(?:from|by|for|to|on|of|about)\s+(?:the\s+|a\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}?)?")


ONE_DOCUMENT = one_document(DOCUMENT_KIND)
# "the articles", "all the documents", "each of these stories", "both e-mails": named so alone, never "his letters" nor
# "Poe's stories", which an article speaks of.
DOCUMENTS = (rf"(?:(?:all\s+(?:of\s+)?)?(?:the|these|those|your|my)\s+|(?:each|every|both|all)\s+(?:(?:of\s+)?(?:the|these|those|my)\s+)?)"
             rf"(?:other\s+)?{DOCUMENT_KINDS}")
DOCUMENT = rf"(?:{DOCUMENTS}|{ONE_DOCUMENT})"
THE_ARTICLE = rf"(?:{DOCUMENT}|this)"
SUMMED_UP = rf"(?:{DOCUMENTS}|{one_document(SUMMED_UP_KIND)}|it|this|(?:all|each|both)\s+of\s+them|them(?:\s+all|\s+both)?)"  # "Can you summarise it?": no question asks to sum up anything else
COURTESY = r"(?:(?:please|pls|ok|okay|so|and|hey|hi|briefly|quickly|in\s+a\s+nutshell|in\s+short)[,!]?\s+)*"
ASKING = (r"(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|i(?:\s+would|'d|’d)\s+like\s+|i\s+want\s+|"
          r"(?:can|could|may)\s+i\s+(?:get|have|see)\s+)?")
# "in one sentence", "in short", "please": said after a request, asking nothing more.
AFTER_REQUEST = (r"(?:,?\s+(?:please|pls|thanks|thank\s+you|in\s+a\s+nutshell|briefly|in\s+short|in\s+brief|"
                 r"in\s+(?:one|a|two|three|a\s+few|a\s+couple\s+of|\d+)\s+(?:sentences?|lines?|words?|paragraphs?)))*")
SUMMARY_NOUN = (r"(?:a\s+|the\s+|an\s+)?(?:quick\s+|short\s+|brief\s+)?(?:summary|synopsis|overview|gist|tl;?\s?dr|rundown|"
                r"recap|main\s+points?|key\s+points?|main\s+idea|main\s+message)")
# Asking what an article is about or for its summary, the whole question so: "What is the total in the summary
# table?" asks for a figure, and "What is it about?" after "What did the law ban?" asks about the law (qa/followup.py).
SUMMARY_REQUEST = re.compile(
    rf"\s*{COURTESY}{ASKING}(?:"
    rf"(?:summari[sz]e|sum\s+up|recap|outline)(?:\s+{SUMMED_UP})?(?:\s+for\s+me)?(?:\s+(?:briefly|quickly))?|"
    rf"sum\s+{SUMMED_UP}\s+up(?:\s+for\s+me)?|"
    rf"(?:give|show|tell)\s+me\s+{SUMMARY_NOUN}(?:\s+(?:of|for|in)\s+{SUMMED_UP})?|"
    rf"(?:how|what)\s+about\s+{SUMMARY_NOUN}(?:\s+(?:of|for|in)\s+{SUMMED_UP})?|"
    rf"(?:what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+)?{SUMMARY_NOUN}(?:\s+(?:of|for|in)\s+{SUMMED_UP})?|"
    rf"what\s+(?:are|were)\s+(?:the\s+)?(?:main|key)\s+(?:ideas?|takeaways?|facts?)(?:\s+(?:of|in)\s+{SUMMED_UP})?|"
    rf"(?:so,?\s+)?what(?:'s|’s|s|\s+is|\s+are|\s+was|\s+were)\s+{THE_ARTICLE}\s+(?:all\s+|mainly\s+|mostly\s+)?about|"
    rf"what(?:'s|’s|s|\s+is|\s+are)\s+{DOCUMENT}\s+for|"  # "What is the FAQ for?"
    rf"what\s+(?:does|do|did)\s+{THE_ARTICLE}\s+(?:say|cover|talk\s+about|discuss|tell\s+(?:me|us))|"
    rf"what\s+(?:is|are)\s+{THE_ARTICLE}\s+(?:saying|on\s+about|talking\s+about|telling\s+(?:me|us|(?:the\s+)?{NAME_WORD}))"
    rf"){AFTER_REQUEST}\s*[?.!]*\s*", re.IGNORECASE)
NAME_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
TITLE_NOUN = r"(?:page\s+|story\s+|article\s+|e-?mail\s+)?(?:title|headline|heading|subject(?:\s+line)?)"
TITLES_NOUN = r"(?:titles|headlines|subject\s+lines)"  # "What are the headlines?"; not "their titles", nor "the subjects"
# Asking for an article's title or headline: "What's the headline?", "What is the blog post called?", "What's the subject
# line of Priya's e-mail?"; not "What is the name of…", most often a person's or a thing's in it.
TITLE_REQUEST = re.compile(
    rf"\s*{COURTESY}{ASKING}(?:"
    rf"(?:what(?:'s|’s|s|\s+is|\s+was)\s+)?(?:the\s+)?{TITLE_NOUN}(?:\s+(?:of|for|on|in)\s+{SUMMED_UP})?|"
    rf"(?:what\s+are\s+)?(?:the\s+)?{TITLES_NOUN}(?:\s+(?:of|for|on|in)\s+{SUMMED_UP})?|"
    rf"what(?:'s|’s|s|\s+is|\s+was)\s+{DOCUMENT}(?:'s|’s)\s+{TITLE_NOUN}|"
    rf"what(?:'s|’s|s|\s+is|\s+was)\s+(?:{ONE_DOCUMENT}|this)\s+(?:called|titled|headlined)|"
    rf"what\s+are\s+{DOCUMENTS}\s+(?:called|titled|headlined)|"
    rf"(?:give|show|tell)\s+me\s+(?:the\s+)?{TITLE_NOUN}(?:\s+(?:of|for)\s+{SUMMED_UP})?|"
    rf"(?:(?:give|show|tell)\s+me|list)\s+(?:the\s+)?{TITLES_NOUN}(?:\s+(?:of|for)\s+{SUMMED_UP})?"
    rf"){AFTER_REQUEST}\s*[?.!]*\s*", re.IGNORECASE)
# Asking the chat to go on from its last answer: "Tell me more", "Go on", "Can you elaborate?".
MORE_REQUEST = re.compile(
    r"\s*(?:(?:ok(?:ay)?|and|so|great|thanks|thank\s+you|interesting|hmm+)[,!.]?\s+)*(?:(?:can|could|would)\s+you\s+)?"
    r"(?:please\s+)?(?:tell\s+me\s+more|say\s+more|read\s+on|"
    r"more(?:\s+(?:detail|details|on\s+(?:that|this)|about\s+(?:that|this)))?|"
    r"tell\s+me\s+more\s+about\s+(?:it|that|this)|more\s+info(?:rmation)?|go\s+on\s+then|keep\s+reading|"
    r"continue\s+reading|read\s+more|and(?:\s+then)?|what\s+next|"
    r"go\s+on|carry\s+on|continue|keep\s+going|elaborate(?:\s+on\s+(?:that|this))?|expand\s+on\s+(?:that|this)|"
    r"give\s+me\s+more(?:\s+detail|\s+details)?)(?:,?\s+please)?\s*[?.!]*\s*", re.IGNORECASE)
# The words of a request that name no article: its kind's ("the Fernbrook letter"), and the request's own ("Give me the
# gist of…", "What are the key points of…").
NOT_NAMING = frozenset(search_words(
    "article text story document doc page web webpage report piece post blog file letter email e-mail mail paper news "
    "notice leaflet guide handbook brochure flyer review memo minutes newsletter press release write up writeup summary "
    "study faq transcript announcement whole summarise summarize sum recap outline synopsis overview gist tl dr tldr "
    "rundown main key point points idea ideas message takeaways facts give show tell me us can could would will you "
    "please pls ok okay so and hey hi like want say cover talk discuss saying telling all mainly mostly nutshell briefly "
    "quickly short brief thanks thank about info information parents readers customers people title headline heading "
    "subject line call called titled headlined get have see one two three few couple sentence sentences lines words "
    "paragraph paragraphs i d may each every both all them their listing update bulletin recipe agenda programme "
    "invitation advert list note notes policy")) | FUNCTION_WORDS
# A request asking of every article, not one: "What are these articles about?", "Summarise them all", "the headlines".
OF_EACH = re.compile(rf"\b(?:these|those|them|their|each|every|both|all\s+(?:of\s+)?(?:the|these|those|them|my)|"
                     rf"{DOCUMENT_KINDS}|{TITLES_NOUN})\b", re.IGNORECASE)


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
    return named_by(question) if shape.fullmatch(question) else None


def named_by(words: str) -> SummaryRequest:
    """What `words` name an article by ("the Fernbrook Primary letter", "the transfer story"), as a request's do."""
    names = {word for token in NAME_TOKEN.findall(words) if token[0].isupper() or any(ch.isdigit() for ch in token)
             for word in search_words(token)}
    named = frozenset(search_words(words)) - NOT_NAMING
    return SummaryRequest(named & names, named - names)


def asks_for_opening(question: str) -> bool:
    """Whether the question asks what the article or articles are about, or for their title, naming none: answered with
    their lead or title, read for no phrase."""
    request = summary_asked(question) or title_asked(question)
    return request is not None and not request.named


def asks_of_each(question: str) -> bool:
    """Whether the question asks what every article is about, or each one's title, naming none ("What are these
    articles about?", "Summarise them all", "What are the headlines?"): answered with each one's (ui/app.py)."""
    return asks_for_opening(question) and OF_EACH.search(question) is not None


# The kinds a request may call any article by: "the article", "this page"; not "the recipe", which is one of several.
ANY_KIND = re.compile(r"\b(?:article|text|document|doc|page|web\s*page|piece|file|story)\b", re.IGNORECASE)
KIND_WORDS = re.compile(rf"\b{DOCUMENT_KIND}\b", re.IGNORECASE)


def asks_of_this_one(question: str) -> bool:
    """Whether the question asks what one article is about, or its title, naming none, nor calling it by a kind any
    article may not be ("What is this article about?", "What's the headline?", "tl;dr"; not "Summarise the recipe"): the
    chat asks it of the article shown beside it (ui/app.py). "What else is this article about?" asks so again."""
    question = re.sub(r"\s+else\b", "", question)
    return asks_for_opening(question) and not asks_of_each(question) \
        and all(ANY_KIND.fullmatch(kind) for kind in KIND_WORDS.findall(question))


def asks_for_more(question: str) -> bool:
    """Whether the question asks to go on from the answer before it ("Tell me more")."""
    return MORE_REQUEST.fullmatch(question) is not None


def asks_for_summary(question: str) -> bool:
    """Whether the question asks what the article or articles are about, or for their summary, naming none."""
    request = summary_asked(question)
    return request is not None and not request.named


def asks_for_title(question: str) -> bool:
    """Whether the question asks for the article's or articles' title, naming none ("What's the headline?")."""
    request = title_asked(question)
    return request is not None and not request.named


# How much of an article's opening may name it, where its lead ends before: its letterhead, headline, e-mail headers.
OPENING_CHARS = 600


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
