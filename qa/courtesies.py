"""A question without the greeting before it or the thanks after it: "hey, who gave the media briefing?" and "Can you
tell me who gave the media briefing? Thanks" ask who gave the media briefing. The reader learnt from SQuAD's questions,
which greet no one: of 425 questions of eight sets, 25 had turned wrong after "hey, ", 21 with "? Thanks" after them and
21 with ", please?" (a review of how people type, session 54)."""
from __future__ import annotations

import re

from qa.grammar import AUXILIARIES, PREPOSITIONS, QUESTION_WORDS, number, tokenize, verb_lemmas

# Greetings, and the thanks or nod opening a follow-up ("Thanks! And why?", "Great, what else?").
GREETINGS = (r"(?:hey|hi|hello|hiya|yo|ok|okay|so|um+|erm?|well|right|excuse me|sorry|thanks|thank you|thx|cheers|cool|"
             r"great|nice|perfect|awesome|alright|got it|i see|ah|oh|wow|interesting)(?:\s+(?:there|again|all))?")
# A greeting set apart by a mark ("hey, who…", "Hi! When…"), or before a question's first word, "please" or another
# greeting ("hi who…", "ok so, what…").
GREETING = re.compile(rf"\s*{GREETINGS}(?:\s*[,!:;.…–—-]+\s*|\s+(?=(?:{'|'.join(sorted(QUESTION_WORDS | AUXILIARIES))}"
                      rf"|please|can|could|tell|{GREETINGS})\b))", re.IGNORECASE)
PLEASE = re.compile(r"\s*please\b[,\s]*", re.IGNORECASE)
TIME_PREPOSITIONS = {"after", "before", "since", "until", "during"}
# A question asked by way of another, before its question word, after a preposition or not, or its auxiliary: "Can you
# tell me who…", "Do you know by what time…", "I'd like to know how much…", "Could you tell me is there…" (not "… whether").
THROUGH = (r"\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:tell|show)\s+me|(?:do|does)\s+"
           r"(?:you|u|anyone|anybody)\s+know|(?:please\s+)?tell\s+me|any\s+idea|i\s*(?:'|’)?d\s+like\s+to\s+know|"
           r"i\s+(?:would\s+like|want|need)\s+to\s+know|i\s+(?:wonder|was\s+wondering))[,:]?\s+")
ASKED_THROUGH = re.compile(THROUGH + rf"(?=(?:(?:{'|'.join(sorted(PREPOSITIONS | TIME_PREPOSITIONS))})\s+)?"
                           rf"(?:{'|'.join(sorted(QUESTION_WORDS))})\b|(?:{'|'.join(sorted(AUXILIARIES))})\b)", re.IGNORECASE)
# A thing asked for through another question, by a noun phrase: "Do you know the SKU of the bivvy bag?", "Tell me
# Biscuit's estimated total", which asks what it is (not "Do you know Khorev?", no noun phrase's opening). Read as
# typed, the first had been answered as a yes or no (50 questions of eight sets asked so: F1 88.0 → 76.1).
ASKED_FOR = re.compile(THROUGH + r"(?=(?:the|a|an|this|that|these|those|his|her|its|their|your|our|my)\s|"
                       r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s?\s)", re.IGNORECASE)
# Thanks or "please" at the end, after the question's mark or a comma ("…? Thanks", "…, please?"); the "?" stays.
THANKS = re.compile(r"(?:[,.!?]+\s*|\s+)(?:thanks(?:\s+(?:a lot|so much|in advance))?|thank\s+you(?:\s+(?:very|so)\s+much)?|"
                    r"thx|ty|cheers|ta|please|pls|plz)\s*[.!?]*\s*$", re.IGNORECASE)
WORD = re.compile(r"\w")
WORD_RUN = re.compile(r"\w+")
STATEMENT_END = re.compile(r"(?<=\w)\s*[.!]+(?=\s*$)")


def without_courtesies(question: str) -> str:
    """The question past any greetings, a "please" and the question it is asked through opening it ("Can you tell me
    who…"), its first letter a capital, and before thanks or a "please" closing it, ending "?" where it did or was asked
    through another; as typed where no word would be left ("Thanks!", "Hi, please?"). "Ok, why?" asks "Why?",
    which a follow-up asks of the turn before it."""
    asked, through = question, False
    while opening := GREETING.match(asked) or PLEASE.match(asked) or ASKED_THROUGH.match(asked):
        through = through or opening.re is ASKED_THROUGH
        asked = asked[opening.end():]
    if thing := ASKED_FOR.match(asked):  # "What are" the things a plural names: "Tell me the costs in June"
        wanted = asked[thing.end():]
        through, asked = True, f"What {'are' if number(tokenize(wanted)) == 'plural' else 'is'} {wanted}"
    if asked != question:  # as the question typed alone opens, so that it is asked as that one is
        asked = asked[:1].upper() + asked[1:]
    if closing := THANKS.search(asked):
        asked = asked[:closing.start()].rstrip(" ,") + ("?" if "?" in closing[0] else "")
    if through:  # "I'd like to know how much it costs." asks "how much it costs?"
        asked = STATEMENT_END.sub("?", asked)
    return asked if WORD.search(asked) else question


# A message of courtesies alone: "hello", "Thanks!", "ok great", "bye". Read as a question it had been told "The articles
# don't say" (100 %), with three passages (a review's, session 61).
SMALL_TALK = re.compile(rf"\W*(?:(?:{GREETINGS}|good\s+(?:morning|afternoon|evening)|bye|goodbye|see\s+you|ta|ty|"
                        rf"(?:very|so)\s+much|a\s+lot|much\s+appreciated|that(?:'|’)?s\s+(?:great|helpful|all))\W*)+", re.IGNORECASE)
THANKING = re.compile(r"\b(?:thanks|thank|thx|ty|ta|cheers|appreciated)\b", re.IGNORECASE)
GREETING_ALONE = re.compile(r"\b(?:hey|hi|hello|hiya|yo|good\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
PARTING = re.compile(r"\b(?:bye|goodbye|see\s+you)\b", re.IGNORECASE)


def courtesy_reply(message: str) -> str | None:
    """What to say to a message of courtesies alone (a greeting, thanks, a nod, a goodbye), which asks nothing of the
    articles; None for any other."""
    if not SMALL_TALK.fullmatch(message) or not WORD.search(message):
        return None
    if THANKING.search(message):
        return "You're welcome. Ask another question about the articles whenever you like."
    if PARTING.search(message):
        return "Goodbye. The chat stays here if you come back with another question."
    if GREETING_ALONE.search(message):
        return "Hello! Ask me a question about the articles: I answer with their own words and show the passages I read."
    return "Ask another question about the articles whenever you like."


# Words a user tells of themselves with: "I have a child in Year 4", "My son has asthma". Sentences of others' doings
# ("Red, yellow and black are three of the four colours of Greek painting. What is the fourth?") are the question's.
FIRST_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves"}
# A question this short after what a user tells of themselves points back at it ("Why?", "Is it safe?"), as one with
# these words does ("My kettle has a green sticker on it. Does that mean it's OK?"): the whole message is asked.
FEWEST_WORDS_ALONE = 4
POINTING_BACK = {"that", "this", "these", "those", "it", "its", "they", "them", "their", "there", "he", "she", "him", "his",
                 "her", "hers"} | FIRST_PERSON  # "My son is in Year 6. What time is his coach back?" (a review's)
STATEMENT_ENDS = re.compile(r"[.!…]['\"”’)]*\s*$")


def question_after_context(message: str) -> str:
    """The question a message ends with, after sentences telling what a user's situation is ("I have a child in Year 4
    and got the letter about the trip. We live out of town. Could you tell me what time the coach is back on
    Thursday?"): read whole, it had been answered "three nights" (23 %), where its question alone was answered "3.30pm"
    (92 %) (a review's). The message as typed where its last sentence is no question, a sentence before it is one or
    tells of no user (FIRST_PERSON), or the question may point back at them (a few words, or POINTING_BACK's)."""
    from index.chunking import sentence_spans

    sentences = [message[start:end].strip() for start, end in sentence_spans(message) if message[start:end].strip()]
    if len(sentences) < 2 or not sentences[-1].endswith("?") or not all(
            STATEMENT_ENDS.search(sentence) and FIRST_PERSON & set(WORD_RUN.findall(sentence.lower())) for sentence in sentences[:-1]):
        return message
    words = WORD_RUN.findall(without_courtesies(sentences[-1]).lower())  # not the "me" of "Could you tell me…"
    return sentences[-1] if len(words) > FEWEST_WORDS_ALONE and not POINTING_BACK & set(words) else message


def told_before_question(message: str) -> str:
    """What a message tells before the question it ends with (`question_after_context`): "We live 6 miles from
    Quillbrook." of "We live 6 miles from Quillbrook. What does the pet taxi cost each way?"; "" where it is asked whole."""
    question = question_after_context(message)
    return message[:message.rfind(question)] if question != message else ""


# A message of this many words at least, in sentences ending as statements, none asking or requesting anything, is no
# question: a passage pasted, or what a user tells of themselves. Read as one, the chat user's pasted paragraph had been
# answered with a fragment of it (31 %).
PASSAGE_WORDS = 25
# Words a request opens with ("Tell me…", "Please list…"): besides a question's words and auxiliaries.
REQUEST_OPENINGS = {"tell", "explain", "summarise", "summarize", "sum", "give", "list", "find", "show", "compare",
                    "describe", "define", "name", "identify", "check", "please", "help", "answer", "can", "could",
                    "would", "will"}
ASKED_WITHIN = re.compile(r"\b(?:know|wonder|wondering|ask|asking|tell|find\s+out|check|see)\s+(?:what|when|where|who|whom|"
                          r"whose|which|why|how|whether|if)\b", re.IGNORECASE)
PASTED_PASSAGE = ("This reads as statements, not a question: ask a question about the articles (to ask about this text "
                  "itself, add it as an article with “Or paste an article”).")


def reads_as_a_passage(message: str) -> bool:
    """Whether a message asks nothing: two sentences or more, PASSAGE_WORDS words or more, each ending as a statement
    does, no question mark, none opening as a question or a request does (REQUEST_OPENINGS, or a verb as a command has
    it: "Outline the main points."), no word of the user or to them ("I need to know what time…", "Could you…": a
    probe's), and nothing asked within ("…wonder what time…")."""
    from index.chunking import sentence_spans

    sentences = [message[start:end].strip() for start, end in sentence_spans(message) if message[start:end].strip()]
    openings = {WORD_RUN.findall(sentence.lower())[:1][0] for sentence in sentences if WORD_RUN.search(sentence)}
    words = {word.lower() for word in WORD_RUN.findall(message)}
    return len(sentences) >= 2 and len(WORD_RUN.findall(message)) >= PASSAGE_WORDS and "?" not in message \
        and all(STATEMENT_ENDS.search(sentence) for sentence in sentences) \
        and not openings & (REQUEST_OPENINGS | QUESTION_WORDS | AUXILIARIES) \
        and not any(opening in verb_lemmas(opening) for opening in openings) \
        and not words & (FIRST_PERSON | {"you", "your", "yours"}) and not ASKED_WITHIN.search(message)
