"""A question asking what an article says about something ("What does the article say about NATO?", "Tell me about
Khorev", "Any mention of the night bus?") is answered with a sentence that says it: of the passages read, the one naming
most of the topic's words, the likeliest passage's first. The reader, taught on questions whose answer is a phrase,
refuses them ("What does the article say about NATO?", no answer 0.93), as if the article said nothing of what it says
in three sentences. A topic the passages never name is left to the reader, which refuses it."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from index.labels import FUNCTION_WORDS
from index.lexical import search_words
from qa.overview import DOCUMENT_KINDS, SUMMED_UP_KIND
from qa.yes_or_no import statement_around

# "What does the guide say about…", "What did Khorev say of…", "What is said about…", "What about…", "Tell me (more)
# about…", "Is there anything about…", "Any mention of…", "Does it mention…": the words after it are the topic.
SAYERS = r"(?:the\s+|this\s+)?[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
ABOUT = r"\s+(?:about|of|on|regarding|concerning)"
# Asked of a collection, which of its documents speaks of a topic ("Which article mentions the ferry timetable?"): the
# statement naming it answers, from the document it names. A kind of document articles speak of ("Which report
# mentions…?" may ask of one the article cites) is read as any question.
COLLECTED = r"(?:article|document|doc|story|page|web\s*page|piece|post|blog\s+post|file|text|e-?mail|letter|newsletter)"
# "Which article…", "Which of these documents…", "What other doc…": a document by its kind.
WHICH_DOCUMENT = (rf"(?:which|what)\s+(?:other\s+)?(?:of\s+(?:the|these|those|my)\s+(?:other\s+)?)?"
                  rf"{COLLECTED}s?\b(?:\s+of\s+(?:the|these|those|mine)\b)?")
# "Which one…", "Which of these…": asked only with a verb of mentioning, not "is about" nor "covers" ("Which one is about
# 300 metres tall?", "Which one covers 40 hectares?" compare things an article names).
WHICH_ONE = r"which\s+(?:other\s+)?(?:ones?|of\s+(?:these|those|them))\b"
# Asking for several: "Which articles mention…?", "Which of these mention…?" (its verb without "s").
WHICH_DOCUMENTS = re.compile(rf"\s*(?:(?:in|from)\s+)?(?:which|what)\s+(?:other\s+)?(?:of\s+(?:the|these|those|my)\s+(?:other\s+)?"
                             rf"{COLLECTED}s|of\s+(?:these|those)\s+(?:mention|talk|discuss|refer|say)|ones|{COLLECTED}s)\b",
                             re.IGNORECASE)
MENTIONING = (r"(?:mentions?|mentioned|talks?\s+about|talked\s+about|discuss(?:es|ed)?|refers?\s+to|referred\s+to|"
              r"says?\s+(?:anything|something)\s+about|said\s+(?:anything|something)\s+about)")
MENTIONS = (rf"(?:{MENTIONING}|(?:is|was)\s+about|covers?|covered|deals?\s+with|dealt\s+with|"
            r"has\s+(?:anything|something|info(?:rmation)?)\s+(?:about|on))")
MENTIONED = r"(?:mentioned|discussed|talked\s+about|covered|referred\s+to|brought\s+up|written\s+about)"
# "Where is the refund policy mentioned?", "Is the bake sale mentioned anywhere?", in the present: "Where was the slave
# trade discussed?" asks a place the article names.
MENTIONED_NOW = r"(?:mentioned|referred\s+to|brought\s+up|written\s+about)"
TOPIC_ASKED = re.compile(
    r"\s*(?:"
    rf"what\s+(?:does|did|do)\s+(?P<sayer>{SAYERS})\s+(?:say|write|report|tell\s+us|claim|think){ABOUT}|"
    rf"what(?:\s+else)?\s+(?:is|was|are|were|has\s+been)\s+(?:said|written|reported){ABOUT}|"
    r"(?:what|how)\s+about|"  # asked first: after a question, "What about X?" asks that question of X (qa/followup.py)
    rf"(?:please\s+)?tell\s+me(?:\s+(?:a\s+(?:bit|little)\s+)?more|\s+something|\s+a\s+(?:bit|little))?\s+about|"
    rf"(?:is\s+there\s+)?any(?:thing)?(?:\s+(?:mention(?:ed)?|said|written|information|info|news|word))?{ABOUT}|"
    rf"(?:does|did|do)\s+{SAYERS}\s+(?:mention|discuss)|"  # not "cover": "Does the truce cover Kherson…?" asks a yes or no
    rf"(?:does|did|do)\s+{SAYERS}\s+(?:say\s+anything|talk){ABOUT}|"
    rf"(?P<which>{WHICH_DOCUMENT})\s+{MENTIONS}|(?P<which_one>{WHICH_ONE})\s+{MENTIONING}|"
    rf"where\s+(?:does|did|do)\s+{SAYERS}\s+(?:mention|discuss|talk\s+about|say\s+(?:anything|something)\s+about)"
    r")\s+(?P<topic>[^?.!]+?)\s*[?.!]*\s*|"
    # The topic between: "In which story is Dr Okoro mentioned?", "Where is the refund policy mentioned?", "Is the bake
    # sale mentioned anywhere?" (a yes or no the statement naming it settles).
    rf"\s*(?:(?:in|from)\s+(?P<which_in>{WHICH_DOCUMENT}|{WHICH_ONE})\s+(?:is|are|was|were)\s+(?P<mentioned>[^?.!]+?)\s+{MENTIONED}|"
    rf"(?:where\s+)?(?:is|are)\s+(?P<mentioned_now>[^?.!]+?)\s+{MENTIONED_NOW})"
    rf"(?:\s+anywhere|\s+(?:in|by)\s+(?:any\s+of\s+)?(?:the|these|this|those|an?|any)\s+{COLLECTED}s?)?\s*[?.!]*\s*", re.IGNORECASE)
# A sayer that is a document (qa/overview.py's kinds): "What do the Riverside minutes say about…?", "What does the
# Guardian article say…?".
DOCUMENT_NAMED = re.compile(rf"\b(?:{SUMMED_UP_KIND}|{DOCUMENT_KINDS}|it|this|that)$", re.IGNORECASE)
# No topic: what an article is called ("What does the guide say about the guide?"), or a pronoun, which a follow-up
# replaces first ("What did he say about them?").
NO_TOPIC_WORDS = frozenset(search_words("article text story document page piece report guide review profile notes letter "
                                        "summary it they them this that these those he him she we us you i me"))
# The least share of a topic's words a sentence must name ("the bypass" of "the new bypass").
LEAST_SHARE = 0.5
# How likely a sentence naming all the topic's words is said to answer; one naming a share of them, that share of it, so
# that one naming half is refused at the default threshold (0.5). Counted by the share's square root instead, bench/about's
# 50 topics the documents discuss scored F1 80.6 against 74.6, but 2 more of the 20 they never name were answered.
NAMING_PROBABILITY = 0.9


# A people's adjective, capitalised, and the country it names (searched): "Polish" → poland.
COUNTRIES = {adjective: search_words(country)[0] for country, adjective in (pair.split(":") for pair in (
    "Poland:Polish Ukraine:Ukrainian Russia:Russian Germany:German France:French Spain:Spanish Italy:Italian "
    "Portugal:Portuguese Britain:British England:English Scotland:Scottish Wales:Welsh Ireland:Irish "
    "Netherlands:Dutch Belgium:Belgian Denmark:Danish Sweden:Swedish Norway:Norwegian Finland:Finnish "
    "Switzerland:Swiss Austria:Austrian Greece:Greek Turkey:Turkish Hungary:Hungarian Romania:Romanian "
    "Belarus:Belarusian Georgia:Georgian Europe:European America:American Canada:Canadian Mexico:Mexican "
    "Brazil:Brazilian China:Chinese Japan:Japanese Korea:Korean India:Indian Pakistan:Pakistani Iran:Iranian "
    "Iraq:Iraqi Israel:Israeli Syria:Syrian Egypt:Egyptian Africa:African Australia:Australian").split())}


@dataclass(frozen=True)
class Topic:
    words: tuple[str, ...]  # its searched words (stemmed, no function words)
    phrase: str = ""  # as the question says it: "the night bus"
    # Asked which article speaks of it ("Which article mentions the ferry?"): any passage naming it may answer, not the
    # closest few alone, and another answer ("Any others?") is another article's.
    which: bool = False
    several: bool = False  # which articles, several: "Which documents mention Mill Lane?"
    sayer: str = ""  # whose words are asked for: "Trump" of "What did Trump say about…?" (qa/attribution.py)
    shape: str = ""  # a kind of detail it names, found by its shape (DETAIL_SHAPES): "email" of "an email address"


# Kinds of detail a topic may name, found by their shape, not their words: "Which articles mention an email address?" had
# been refused, the library page's "Email hello@…" naming half the topic's words (the chat user's).
DETAIL_NAMED = {
    "email": re.compile(r"(?:an?\s+|any\s+|the\s+)?e-?mail(?:\s+address(?:es)?)?", re.IGNORECASE),
    "phone": re.compile(r"(?:an?\s+|any\s+|the\s+)?(?:(?:tele)?phone|contact)(?:\s+numbers?)?", re.IGNORECASE),
    "web": re.compile(r"(?:an?\s+|any\s+|the\s+)?(?:web\s*(?:site|page)?\s*address(?:es)?|websites?|urls?|web\s+links?)",
                      re.IGNORECASE)}
DETAIL_SHAPES = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    # as numbers are written to be dialled: "+44 …", "01632 960 412", "(555) 123-4567"; not a date, a decimal, or nine
    # figures in a row ("Ticket 1234567890", a probe's)
    "phone": re.compile(r"(?<![\w.])(?:\+\d[\d ().-]{7,}\d|0\d(?:[ ().-]{0,2}\d){7,13}|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})"
                        r"(?!\w|\.\d)"),
    "web": re.compile(r"\bhttps?://\S+|\bwww\.[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)}


def topic_asked(question: str) -> Topic | None:
    """The topic a question asks what the article says about, None for another question."""
    asked = TOPIC_ASKED.fullmatch(question)
    phrase = asked and (asked["topic"] or asked["mentioned"] or asked["mentioned_now"])
    words = [word for word in search_words(phrase) if word not in FUNCTION_WORDS] if phrase else []
    if not words or set(words) <= NO_TOPIC_WORDS:
        return None
    which = asked["which"] or asked["which_one"] or asked["which_in"]
    sayer = asked["sayer"] or ""
    if DOCUMENT_NAMED.search(sayer):  # whose words: "the Riverside minutes" says all its speakers' (the session's review)
        sayer = ""
    shape = next((kind for kind, named in DETAIL_NAMED.items() if named.fullmatch(phrase.strip())), "")
    return Topic(tuple(dict.fromkeys(words)), phrase, bool(which), bool(which and WHICH_DOCUMENTS.match(question)), sayer,
                 shape)


@dataclass(frozen=True)
class Statement:
    start: int  # [start, end) in the article
    end: int
    share: float  # of the topic's words it names, with the heading of its section
    said: float = 0.0  # of those it names itself

    @property
    def probability(self) -> float:
        return NAMING_PROBABILITY * self.share

    @property
    def rank(self) -> tuple[float, float]:
        """Those naming most themselves first, then with their heading: not "Paid exhibition." under "Salt and Iron"
        before "Photography is not permitted in Salt and Iron…", nor a section's first sentence under "Parking charges"
        before the one the question asks of ("What did the mayor say about parking charges?")."""
        return -self.said, -self.share


def statements_naming(topic: Topic, text: str, passages: list[tuple[int, int]], headings: dict[int, str]) -> list[Statement]:
    """The statements (qa/yes_or_no.py `statement_around`: a sentence, a list's item, a table's row) of the passages of
    `text`, [start, end) each in the order given, naming at least LEAST_SHARE of the topic's words, with those of the
    heading of their section (`headings`: each one's words by where it ends): "You can return an unused lantern within
    30 days…" under "What is your refund policy?" names the refund policy. In `Statement.rank`'s order, the passages'
    order then, each once. Not a heading, which names what follows it and says nothing of it."""
    found: dict[tuple[int, int], Statement] = {}
    topic_words = set(topic.words)
    ends = sorted(headings)
    for first, last in passages if topic.shape else ():  # a detail of its kind names the whole topic
        for detail in DETAIL_SHAPES[topic.shape].finditer(text, first, last):
            start, end = statement_around(text, detail.start(), detail.end(), (first, last), cells_alone=False)
            found.setdefault((start, end), Statement(start, end, 1.0, 1.0))
    for first, last in passages:
        for word in re.finditer(r"[^\W_]+", text[first:last]):
            if not topic_words & _named_words(word[0]):
                continue
            start, end = statement_around(text, first + word.start(), first + word.end(), (first, last), cells_alone=False)
            if end in headings or (start, end) in found:
                continue
            over = bisect.bisect_right(ends, start)
            said = _named_words(text[start:end])
            named = said | (_named_words(headings[ends[over - 1]]) if over else set())
            share = sum(word in named for word in topic.words) / len(topic.words)
            if share >= LEAST_SHARE:
                found[start, end] = Statement(start, end, share, sum(word in said for word in topic.words) / len(topic.words))
    return sorted(found.values(), key=lambda statement: statement.rank)  # stable: the passages' order kept


def _named_words(text: str) -> set[str]:
    """The searched words `text` names: its own, and the country each people's adjective names ("Polish airspace" names
    Poland: "What does the article say about Poland?" had been refused, of "Russian drones in Polish airspace")."""
    return set(search_words(text)) | {COUNTRIES[word] for word in re.findall(r"\b[A-Z][a-z]+\b", text) if word in COUNTRIES}
