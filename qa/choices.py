"""A question offering choices ("Is the body of the kettle glass or plastic?", "Does the coach leave at 8.30 or at 9.00
on the Monday?", "Which room is bigger, the Weaver Room or the Shuttle Room?") is answered with the option the article
says, as it says it. The reader, taught on questions asking what, who or when, points at a phrase the question's words
are near: at the option the question names first as readily as at the right one ("8.30", of "Please have your child at
school by 8.30 a.m."), at another thing's ("plastic", of the kettle's handle), or at neither ("Most participants were
white" for "Were most of the participants men or women?")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.labels import FUNCTION_WORDS
from index.lexical import search_words
from qa.grammar import DETERMINERS, QUESTION_WORDS, full_auxiliary

TOKEN = re.compile(r"[^\s;?!()\"“”]+")
# After an option's own words, what says more of the question, not of the option: "… or get hot when the kettle boils?";
# and a preposition opening a noun phrase ("… or at 9.00 on the Monday?"), not one of a verb's ("… or come on as a sub?").
AFTER_THE_OPTION = frozenset("when while if because during than as so instead before after until".split())
PREPOSITIONS = frozenset("on in at for to with by from".split())
NOUN_PHRASE_OPENING = re.compile(r"(?:the|a|an|this|that|next|last|every|each|[A-Z\d])", re.IGNORECASE)
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
# Opening an option, not of it: "… or only into the bar?"
RULED_OUT = re.compile(r"\b(?:not|never|rather\s+than|instead\s+of|no\s+longer)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
NOT_OF_THE_OPTION = frozenset({"only", "just", "rather", "even", "maybe", "perhaps"})


@dataclass(frozen=True)
class Choices:
    options: tuple[frozenset[str], ...]  # each option's searched words (index/lexical.py) telling it from the others
    spans: tuple[tuple[int, int], ...]  # each option's [start, end) in the question
    subject: str | None  # the searched word of what the question first names ("the body of the kettle": "bodi")


def _tokens(question: str) -> list[re.Match]:
    return list(TOKEN.finditer(question.split("?", 1)[0]))


def choices_offered(question: str) -> Choices | None:
    """The options a question offers, None for one offering none. The last option runs from the last "or" to the end, or
    to a word saying more of the question (AFTER_THE_OPTION, PREPOSITIONS) after a word of its own; the one before it is as
    many words before "or", from the same preposition or article where the last opens with one ("at 8.30 or at 9.00",
    "the Weaver Room or the Shuttle Room"), and so are those before it in a list ("red, green or blue"). Not two questions
    ("Are the bikes free or is there a charge?"), which a reader answers one by one."""
    tokens = _tokens(question)
    words = [token[0].lower().rstrip(".,:") for token in tokens]
    words[:1] = [re.split(r"['’]", words[0])[0]] if words else []  # "Who's cutting the ribbon, …?"
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
    opening = words[last_start]
    length = last_end - last_start
    aligned = opening in words[max(at - length - 2, 1):at]
    if aligned:  # "because of corrosion or because of a collision"
        first_start = max(k for k in range(at) if words[k] == opening)
    else:  # "… away or at home?": as many words as the last has of its own
        length = length - 1 if opening in FUNCTION_WORDS and length > 1 else length
        first_start = max(at - length, opens + 1)
    spans = [(first_start, at), (last_start, last_end)]
    while (before := spans[0][0]) > opens + 1 and tokens[before - 1][0].endswith(","):  # "the Pellow Arc, the Haldane…"
        start = max((k for k in range(opens + 1, before) if words[k] == opening), default=None) if aligned else before - length
        if start is None or start <= opens or not (with_auxiliary or tokens[start - 1][0].endswith((",", ":"))):
            break  # "Who's cutting the ribbon at the opening, Priya Marland or…?"
        spans.insert(0, (start, before))
    before = tokens[spans[0][0] - 1][0]
    if not with_auxiliary and (not before.endswith((",", ":")) or before[0].isupper() and tokens[spans[0][0]][0][0].isupper()):
        return None  # "How much can one claim for staying with friends or family?"; "… a work like the Quran, Torah or Bible?"
    option_words = [set(search_words(" ".join(words[s:e]))) - FUNCTION_WORDS for s, e in spans]
    if aligned and at - first_start > length and words[last_end - 1] in ORDINALS:  # "the first half or the second"
        option_words[-1] |= set(search_words(" ".join(words[first_start + length:at]))) - FUNCTION_WORDS
    # Each known by the words that tell it from the others ("placebo" of "against a placebo or against a medicine"), or
    # whole where one holds another ("the Nimbus 50 or the Nimbus 50 Pro").
    shared = set.intersection(*option_words)
    nested = any(one < other for one in option_words for other in option_words)
    options = tuple(frozenset(words if nested else words - shared) for words in option_words)
    if not all(options) or len(set(options)) < len(options):
        return None
    others = set().union(*option_words) | FUNCTION_WORDS | NOT_CONTEXT | DESCRIBING
    subject = next((word for k in range(opens + 1, spans[0][0]) for word in search_words(words[k]) if word not in others), None)
    return Choices(options, tuple((tokens[s].start(), tokens[e - 1].start() + len(tokens[e - 1][0].rstrip(".,:")))
                                  for s, e in spans), subject)


def _says_more(tokens: list[re.Match], words: list[str], at: int) -> bool:
    return words[at] in AFTER_THE_OPTION or words[at] in PREPOSITIONS and at + 1 < len(words) \
        and NOUN_PHRASE_OPENING.match(tokens[at + 1][0]) is not None


def _has_content(words: list[str]) -> bool:
    return any(word not in FUNCTION_WORDS for word in words)


def options_named(choices: Choices, text: str) -> set[int]:
    """Which options `text` names: those all of whose words it has, but one whose words another's hold ("the Nimbus 50"
    where it names "the Nimbus 50 Pro"); and, where it names one so, those it names a word of their own of (none another
    option has), as "Loft or the Orangery" names both "the Orangery" and "the Net Loft"."""
    named = set(search_words(text))
    whole = {k for k, option in enumerate(choices.options) if option <= named}
    whole = {k for k in whole if not any(choices.options[k] < choices.options[other] for other in whole)}
    own = [option - set().union(*(other for other in choices.options if other is not option)) for option in choices.options]
    return whole | {k for k, words in enumerate(own) if words & named} if whole else set()


def is_ruled_out(statement: str, start: int, end: int) -> bool:
    """Whether statement[start:end] is an option the statement rules out ("… in the Orangery, not in the Net Loft"), or
    runs on into a ruling out ("Orangery, not")."""
    return RULED_OUT.search(statement, 0, start) is not None or NEGATION.search(statement, start, end) is not None
