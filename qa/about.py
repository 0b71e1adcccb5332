"""A question asking what an article says about something ("What does the article say about NATO?", "Tell me about
Khorev", "Any mention of the night bus?") is answered with a sentence that says it: of the passages read, the one naming
most of the topic's words, the likeliest passage's first. The reader, taught on questions whose answer is a phrase,
refuses them ("What does the article say about NATO?", no answer 0.93), as if the article said nothing of what it says
in three sentences. A topic the passages never name is left to the reader, which refuses it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.labels import FUNCTION_WORDS
from index.lexical import search_words
from qa.yes_or_no import statement_around

# "What does the guide say about…", "What did Khorev say of…", "What is said about…", "What about…", "Tell me (more)
# about…", "Is there anything about…", "Any mention of…", "Does it mention…": the words after it are the topic.
SAYERS = r"(?:the\s+|this\s+)?[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
ABOUT = r"\s+(?:about|of|on|regarding|concerning)"
TOPIC_ASKED = re.compile(
    r"\s*(?:"
    rf"what\s+(?:does|did|do)\s+{SAYERS}\s+(?:say|write|report|tell\s+us|claim|think){ABOUT}|"
    rf"what(?:\s+else)?\s+(?:is|was|are|were|has\s+been)\s+(?:said|written|reported){ABOUT}|"
    r"(?:what|how)\s+about|"  # asked first: after a question, "What about X?" asks that question of X (qa/followup.py)
    rf"(?:please\s+)?tell\s+me(?:\s+(?:a\s+(?:bit|little)\s+)?more|\s+something|\s+a\s+(?:bit|little))?\s+about|"
    rf"(?:is\s+there\s+)?any(?:thing)?(?:\s+(?:mention(?:ed)?|said|written|information|info|news|word))?{ABOUT}|"
    rf"(?:does|did|do)\s+{SAYERS}\s+(?:mention|discuss)|"  # not "cover": "Does the truce cover Kherson…?" asks a yes or no
    rf"(?:does|did|do)\s+{SAYERS}\s+(?:say\s+anything|talk){ABOUT}"
    r")\s+(?P<topic>[^?.!]+?)\s*[?.!]*\s*", re.IGNORECASE)
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


def topic_asked(question: str) -> Topic | None:
    """The topic a question asks what the article says about, None for another question."""
    asked = TOPIC_ASKED.fullmatch(question)
    words = [word for word in search_words(asked["topic"]) if word not in FUNCTION_WORDS] if asked else []
    return Topic(tuple(dict.fromkeys(words)), asked["topic"]) if words and not set(words) <= NO_TOPIC_WORDS else None


@dataclass(frozen=True)
class Statement:
    start: int  # [start, end) in the article
    end: int
    share: float  # of the topic's words it names

    @property
    def probability(self) -> float:
        return NAMING_PROBABILITY * self.share


def statements_naming(topic: Topic, text: str, passages: list[tuple[int, int]], headings: frozenset[int]) -> list[Statement]:
    """The statements (qa/yes_or_no.py `statement_around`: a sentence, a list's item, a table's row) of the passages of
    `text`, [start, end) each in the order given, naming at least LEAST_SHARE of the topic's words: those naming most
    first, in the passages' order then, each once. Not a heading (`headings`: where each ends), which names
    what follows it and says nothing of it."""
    found: dict[tuple[int, int], Statement] = {}
    topic_words = set(topic.words)
    for first, last in passages:
        for word in re.finditer(r"[^\W_]+", text[first:last]):
            if not topic_words & _named_words(word[0]):
                continue
            start, end = statement_around(text, first + word.start(), first + word.end(), (first, last), cells_alone=False)
            named = _named_words(text[start:end])
            share = sum(word in named for word in topic.words) / len(topic.words)
            if share >= LEAST_SHARE and end not in headings and (start, end) not in found:
                found[start, end] = Statement(start, end, share)
    return sorted(found.values(), key=lambda statement: -statement.share)  # stable: the passages' order kept


def _named_words(text: str) -> set[str]:
    """The searched words `text` names: its own, and the country each people's adjective names ("Polish airspace" names
    Poland: "What does the article say about Poland?" had been refused, of "Russian drones in Polish airspace")."""
    return set(search_words(text)) | {COUNTRIES[word] for word in re.findall(r"\b[A-Z][a-z]+\b", text) if word in COUNTRIES}
