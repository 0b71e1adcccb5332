"""A question offering choices ("Is the body of the kettle glass or plastic?", "Does the coach leave at 8.30 or at 9.00
on the Monday?", "Which room is bigger, the Weaver Room or the Shuttle Room?") is answered with the option the article
says, as it says it. The reader, taught on questions asking what, who or when, points at a phrase the question's words
are near: at the option the question names first as readily as at the right one ("8.30", of "Please have your child at
school by 8.30 a.m."), at another thing's ("plastic", of the kettle's handle), or at neither ("Most participants were
white" for "Were most of the participants men or women?")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.labels import FUNCTION_WORDS
from index.lexical import search_words
from qa.grammar import COPULAS, DETERMINERS, QUESTION_WORDS, full_auxiliary

TOKEN = re.compile(r"[^\s;?!()\"“”]+")
# After an option's own words, what says more of the question, not of the option: "… or get hot when the kettle boils?";
# and a preposition opening a noun phrase ("… or at 9.00 on the Monday?"), not one of a verb's ("… or come on as a sub?").
AFTER_THE_OPTION = frozenset("when while if because during than as so instead before after until".split())
PREPOSITIONS = frozenset("on in at for to with by from per under over into near".split())
NOUN_PHRASE_OPENING = re.compile(r"(?i:the|a|an|this|that|next|last|every|each)\b|[A-Z\d£$€]")
# Options of one word each that share what follows them: "before or after lunch", "5 or 10 minutes", "£5 or £7 per person".
PAIRED_WORDS = frozenset("before after during until up down in out on off above below inside outside".split())
FIGURE = re.compile(r"[£$€]?\d[\d.,:-]*(?:st|nd|rd|th|am|pm|%)?", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s?$")
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
# Between a question word and its options: "Which is cheaper, …", "Who scored: …", "Who won — …".
BEFORE_OPTIONS = (",", ":", "—", "–", "-")
# A choice asked with a question word names its options after a comma or colon: "Which is cheaper, the Basic plan or the
# Plus plan?"; without one, " or " lists what the question asks about ("… reports of heat, smoke or swelling").
ASKED_WITH = frozenset({"which", "who", "what", "where", "when", "how"})
# Words of the question that say nothing of what the answer is about: who asks, and how.
NOT_CONTEXT = frozenset(search_words("can could would will should shall may might must have has had i me my we our "
                                     "you your he she they them his her us it there either " + " ".join(DETERMINERS)))
# Words describing what the question names rather than naming it: "the new deck" is about the deck.
DESCRIBING = frozenset(search_words("new old next last first second top main same other one often current latest"))
# Ending an option that leaves the rest of the one before it unsaid: "in the first half or the second" (half).
ORDINALS = frozenset("first second third fourth fifth last next other same former latter".split())
# Words asking which comes first or is more: one option alone answers.
ORDERING = ORDINALS | frozenset("earlier later sooner before after more less fewer better worse".split())
# Opening an option, not of it: "… or only into the bar?"
NOT_OF_THE_OPTION = frozenset({"only", "just", "rather", "even", "maybe", "perhaps"})
# A contraction's ending the first word sheds: "who's", "where're" (not "isn't", an auxiliary as it is).
CONTRACTED = re.compile(r"['’](?:s|re|ll|d|ve)$")
RULED_OUT = re.compile(r"\b(?:not|never|rather\s+than|instead\s+of|no\s+longer)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
NAME_GOES_ON = re.compile(r"[A-Z\d]")  # a name's further word: "Pro" of "the Nimbus 50 Pro"
NEGATION = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
# Options an article says in other words: "Has the precept gone up or down?" of "an increase of £3,400", "Did Dunmere win or
# lose?" of "to give the visitors a win" (as "win") or "a third defeat".
SAID_OTHERWISE = {word: frozenset(search_words(saying)) for word, saying in {
    "up": "increase increased rise rose risen grew higher", "down": "decrease decreased fall fell dropped declined lower cut",
    "win": "won beat victory", "lose": "lost defeat beaten"}.items()}
# Currencies a text names by their signs: "Was the figure in dollars or euros?" of "$70.2 billion" (the chat user's had
# been refused, 89 %).
CURRENCY_SIGNS = {sign: frozenset(search_words(words)) for sign, words in {
    "$": "dollar dollars", "€": "euro euros", "£": "pound pounds sterling", "¥": "yen", "₹": "rupee rupees"}.items()}
# Options named together as the answer: "We take cash and card" for "Can I pay by cash or card?"
TOGETHER = re.compile(r"\b(?:and|both|as\s+well\s+as)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Choices:
    options: tuple[frozenset[str], ...]  # each option's searched words (index/lexical.py) telling it from the others
    spans: tuple[tuple[int, int], ...]  # each option's [start, end) in the question
    subject: str | None  # the searched word of what the question first names ("the body of the kettle": "bodi")
    # Whether one option alone answers it: asked "which" or "who", or of what a thing is ("Is the body glass or plastic?"),
    # or of an order ("… on Brook Lane first or on Oxley Road first?"); not of what one may do ("Can I pay by cash or
    # card?": "We take cash and card").
    one_alone: bool = True
    # A question word's question without its options ("Which quote did they accept?" of "…: Greenfall, PlayTerra or
    # Kestrel?"), as the reader was taught to read; None for one opening with its auxiliary.
    asked_alone: str | None = None


def _tokens(question: str) -> list[re.Match]:
    return list(TOKEN.finditer(question.split("?", 1)[0]))


@lru_cache(maxsize=256)  # asked of one question by the assistant, its number and table checks, and its follow-ups
def choices_offered(question: str) -> Choices | None:
    """The options a question offers, None for one offering none. The last option runs from the last "or" to the end, or
    to a word saying more of the question (AFTER_THE_OPTION, PREPOSITIONS) after a word of its own; the one before it is as
    many words before "or", from the same preposition or article where the last opens with one ("at 8.30 or at 9.00",
    "the Weaver Room or the Shuttle Room"), or one word each where they share what follows ("before or after lunch"); and
    so are those before it in a list ("red, green or blue", "red or green or blue"). Options right after the auxiliary
    are what the question is about ("Is Roe or Haddow the captain?"), the last as long as the first and a name's further
    words. Not two questions ("Are the bikes free or is there a charge?"), nor what a comparison is with ("Is X cheaper
    than Y or Z?"), nor a bare "glass or plastic?" with no auxiliary nor question word to open it."""
    tokens = _tokens(question)
    words = [token[0].lower().rstrip(".,:") for token in tokens]
    words[:1] = [CONTRACTED.sub("", words[0])] if words else []
    ors = [at for at, word in enumerate(words)
           if word == "or" and words[at + 1:at + 2] not in (["not"], ["both"], ["neither"]) and 0 < at < len(words) - 1]
    if not ors:
        return None
    at = ors[-1]
    # "On Sundays, does the ferry sail…": the auxiliary opens the question after what sets its scene.
    opens = 0 if full_auxiliary(words[0]) or words[0] in ASKED_WITH else \
        next((k + 1 for k in range(at) if tokens[k][0].endswith(",")), 0)
    with_auxiliary = full_auxiliary(words[opens]) is not None and not QUESTION_WORDS & set(words[opens:at])
    if not (with_auxiliary or words[0] in ASKED_WITH):
        return None
    last_start = at + 1
    while last_start < len(words) - 1 and words[last_start] in NOT_OF_THE_OPTION:
        last_start += 1
    if full_auxiliary(words[last_start]) is not None:
        return None
    stop = words.index("or", at + 1) if "or" in words[at + 1:] else len(words)  # "…, or both?"
    last_end = last_start + 1
    while last_end < stop and not (_has_content(words[last_start:last_end]) and _says_more(tokens, words, last_end)):
        last_end += 1
    opening, length = words[last_start], last_end - last_start
    aligned = opening in words[max(at - length - 2, 1):at]
    if _alike_alone(words[at - 1], opening):  # "before or after lunch", "5 or 10 minutes"
        first_start, last_end, length, aligned = at - 1, last_start + 1, 1, False
    elif length == 1 and at > 2 and (_is_number(opening) and _is_number(words[at - 2])  # "for one day or two": two days
                                     or POSSESSIVE.search(opening) and POSSESSIVE.search(words[at - 2])):  # "X's quote or Y's"
        first_start, aligned = at - 2, True
    elif aligned:  # "because of corrosion or because of a collision"
        first_start = max(k for k in range(at) if words[k] == opening)
    else:  # "… away or at home?": as many words as the last has of its own
        length = length - 1 if opening in FUNCTION_WORDS and length > 1 else length
        first_start = max(at - length, opens + 1)
    if first_start == opens + 1 and with_auxiliary:  # "Is Roe or Haddow the captain?", "Did Smith or Jones win?"
        last_end = min(last_start + (at - first_start), stop)
        while last_end < stop and NAME_GOES_ON.match(tokens[last_end][0]):  # "… or the Nimbus 50 Pro cheaper?"
            last_end += 1
    spans = [(first_start, at), (last_start, last_end)]
    while True:  # those before in a list: "the Pellow Arc, the Haldane…", "red or green or blue"
        before = spans[0][0]
        item_end = before if tokens[before - 1][0].endswith(",") else before - 1 if words[before - 1] == "or" else None
        start = None if item_end is None else \
            max((k for k in range(opens + 1, item_end) if words[k] == opening), default=None) if aligned else item_end - length
        if start is None or start <= opens or start >= item_end or not (with_auxiliary or tokens[start - 1][0].endswith(BEFORE_OPTIONS)):
            break  # "Who's cutting the ribbon at the opening, Priya Marland or…?"
        spans.insert(0, (start, item_end))
    before = tokens[spans[0][0] - 1][0]
    if "than" in words[opens:spans[0][0]] or not with_auxiliary and (
            not before.endswith(BEFORE_OPTIONS) or before[0].isupper() and tokens[spans[0][0]][0][0].isupper()):
        return None  # "How much can one claim for staying with friends or family?"; "… a work like the Quran, Torah or Bible?"
    option_words = [set(search_words(" ".join(words[s:e]))) - FUNCTION_WORDS for s, e in spans]
    if aligned and at - first_start > length and (words[last_end - 1] in ORDINALS or _is_number(words[last_end - 1])
                                                  or POSSESSIVE.search(words[last_end - 1])):
        # "in the first half or the second" (half), "for one day or two" (days), "Greenfall's quote or Kestrel's" (quote)
        option_words[-1] |= set(search_words(" ".join(words[first_start + length:at]))) - FUNCTION_WORDS
    # Each known by the words that tell it from the others ("placebo" of "against a placebo or against a medicine"), or
    # whole where one holds another ("the Nimbus 50 or the Nimbus 50 Pro").
    shared = set.intersection(*option_words)
    nested = any(one < other for one in option_words for other in option_words)
    options = tuple(frozenset(words if nested else words - shared) for words in option_words)
    if not all(options) or len(set(options)) < len(options):
        return None
    others = set().union(*option_words) | FUNCTION_WORDS | NOT_CONTEXT | DESCRIBING
    outside = [k for k in range(opens + 1, len(words)) if not any(s <= k < e for s, e in spans)]
    subject = next((word for k in outside for word in search_words(words[k]) if word not in others), None)
    cut = tokens[spans[0][0] - 1] if tokens[spans[0][0] - 1][0] not in BEFORE_OPTIONS else tokens[spans[0][0] - 2]
    asked_alone = None if with_auxiliary else f"{question[:cut.start() + len(cut[0].rstrip(''.join(BEFORE_OPTIONS)))]}?"
    one_alone = not with_auxiliary or full_auxiliary(words[opens]) in COPULAS or bool(ORDERING & set(words))
    return Choices(options, tuple((tokens[s].start(), tokens[e - 1].start() + len(tokens[e - 1][0].rstrip(".,:")))
                                  for s, e in spans), subject, one_alone, asked_alone)


def _alike_alone(first: str, last: str) -> bool:
    """Whether the words either side of "or" are options alone, sharing what follows: two of PAIRED_WORDS, or figures."""
    return first in PAIRED_WORDS and last in PAIRED_WORDS or bool(FIGURE.fullmatch(first) and FIGURE.fullmatch(last))


def _is_number(word: str) -> bool:
    return word in NUMBER_WORDS or FIGURE.fullmatch(word) is not None


def _says_more(tokens: list[re.Match], words: list[str], at: int) -> bool:
    return words[at] in AFTER_THE_OPTION or words[at] in PREPOSITIONS and at + 1 < len(words) \
        and NOUN_PHRASE_OPENING.match(tokens[at + 1][0]) is not None


def _has_content(words: list[str]) -> bool:
    return any(word not in FUNCTION_WORDS for word in words)


def options_named(choices: Choices, text: str) -> set[int]:
    """Which options `text` names: those all of whose words it has (or says otherwise: SAID_OTHERWISE, CURRENCY_SIGNS), but one whose
    words another's hold ("the Nimbus 50" where it names "the Nimbus 50 Pro"); and, where it names one so, those it names
    a word of their own of (none another option has), as "Loft or the Orangery" names both "the Orangery" and "the Net
    Loft"."""
    named = set(search_words(text))
    named |= {word for word, saying in SAID_OTHERWISE.items() if saying & named}
    named |= {word for sign, words in CURRENCY_SIGNS.items() if sign in text for word in words}
    whole = {k for k, option in enumerate(choices.options) if option <= named}
    whole = {k for k in whole if not any(choices.options[k] < choices.options[other] for other in whole)}
    own = [option - set().union(*(other for other in choices.options if other is not option)) for option in choices.options]
    return (whole | {k for k, words in enumerate(own) if words & named}) if whole else set()


def is_ruled_out(statement: str, start: int, end: int) -> bool:
    """Whether statement[start:end] is an option the statement rules out ("… in the Orangery, not in the Net Loft"), or
    runs on into a ruling out ("Orangery, not")."""
    return RULED_OUT.search(statement, 0, start) is not None or NEGATION.search(statement, start, end) is not None
