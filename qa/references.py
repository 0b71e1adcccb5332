"""What a follow-up's references stand for: "he", "she", "it", "they", "its", "their", "there".

A follow-up's references are replaced where the result still reads as the user's question (the chat
shows it as "Understood as: …", qa/followup.py): a personal pronoun by the person the previous question
was about (or by the previous answer, when that question asked for a person, but for "he" after "Who did
Khorev thank?", still Khorev; or by the person an earlier turn named; never by a name the question says),
never by one the previous answer's passages refer to as the other sex ("she" is not Putin where they say
"Putin said he…", nor whom a pronoun of the other sex stood for, in the question or the one before), nor
by a name they and the question use as a place ("his" is not Kiev where they say "support provided to
Kiev"); "it"/"they" after a verb the previous question gave an object by that object ("Did he win it
too?": the prize), else by the previous answer when that question asked for a thing and the answer reads
as a noun phrase of the pronoun's number, else by the question's own last such phrase or a thing it names
by a name ("The Silent Harbour"), "it" by none naming someone, "they" by a group too ("the club", the verb
agreeing: "Where does the club play?") (`_thing_referent`); "they" after a question for who by its answer
("Who hosted the talks?", Pakistan, "Why did they host them?": Pakistan, the talks; both sides where they
meet or talk; but the subject of "Who did Ravensworth United beat?" in a question alike, "Who will they
face next?"), unless "it" stands for nothing ("Is it true that…", "What time is it?", "Will it rain?");
"there" by "in" and the previous answer when it asked for a place. "That" and "this" stay: they mostly
stand for the previous statement or event ("When did he say that?"), which no answer reads as, and beside
the previous turn read with the question, replacing them helped no retrieval and cost answer F1.
"""
from __future__ import annotations

import itertools
import re

from qa.choices import choices_offered, options_named
from qa.fragments import (FRAGMENT_PREPOSITIONS, THINGS_HAD, asked_of, names_someone, object_of, subject_of, things_named,
                          topics)
from qa.grammar import (AUXILIARIES, COLLECTIVE_NOUNS, COPULAS, COURSE_VERBS, DEMONYM, DETERMINERS, NEGATIONS,
                        OTHER_REFERENCES, PERSON_POSSESSIVES, PERSON_PRONOUNS, PLACE_PREPOSITIONS, POSSESSIVE_END, REFERENCES,
                        PREPOSITIONS, PERSON_NOUNS, PLACE_NOUNS, QUESTION_WORDS, SUBJECT_PRONOUNS, THING_PRONOUNS,
                        TIME_NOUNS, WORD, asked_for, auxiliary_for, auxiliary_index, could_be_noun, could_be_person,
                        full_auxiliary, head, is_adverb, is_name_word, is_participle, is_word, join, looks_like_name,
                        named_after, number, possessive_ending, proper_names, reads_as_thing, sex_of, sex_referred_to,
                        singular, tokenize, verb_lemmas)
from qa.turn import Turn
from qa.yes_or_no import asks_yes_or_no

# After a name, "him" after these, where something is taken along, is that name's subject: "Did Putin
# bring his delegation with him?"
SUBJECT_S_OWN_PREPOSITIONS = {"with", "along", "alongside"}
TAKING_VERBS = {"bring", "take", "carry"}
# Events and changes, which say nothing: "Who did they say exploited ceasefires?" after "When did direct talks resume?" had
# asked "Who did direct talks say…?" (a body, a group, a person or a text may: "What did it say?" after "What did the startup
# raise?" is the startup's).
SILENT_NOUNS = {"talk", "negotiation", "meeting", "summit", "exchange", "round", "ceasefire", "truce", "explosion", "attack",
                "strike", "war", "conflict", "crisis", "election", "vote", "match", "game", "season", "tour", "trip", "visit",
                "conference", "event", "festival", "ceremony", "storm", "earthquake", "flood", "fire", "pandemic", "epidemic",
                "outbreak", "rise", "fall", "cut", "increase", "decrease", "drop", "growth", "decline", "delay", "pause"}
# A thing's possessives, and the pronoun each is of: "its" and "it" stand for the same thing.
OWNED_PRONOUN = {"its": "it", "their": "they"}
# A quotation in a question ("Who said “Nevertheless, he warned…”?", as "Who said that?" is asked): its names are the
# statement's, none a person the question is about (its "Nevertheless" had become "she": "When was Nevertheless born?").
QUOTED = re.compile(r"[“\"][^”\"]*[”\"]+")
# Verbs whose subject "they" is both sides: "Who did Putin meet?", "Where did they meet?" (`_people_answered`).
RECIPROCAL_VERBS = {"meet", "talk", "speak", "negotiate", "discuss", "agree", "clash", "marry", "divorce"}  # base forms
# Prepositions whose object "there" is ("from there", "in there"): after others ("agree on there",
# "talk about there") "there" is an adverb of its own, and stands for "in" and the place.
PREPOSITIONS_BEFORE_THERE = {"from", "in"}
# Words after which "her" is no possessive: "Who met her and why?", "Did he tell her that…?"
# Nor before an article, as an indirect object: "Who granted her the land?" (but "her most famous painting").
NOT_OWNED = PREPOSITIONS | {"the", "a", "an", "and", "or", "but", "that", "when", "where", "if", "after", "before", "because"}
# "It" is no reference when it is the subject of one of these verbs and a clause it stands for
# follows: "Is it true that…", "How far is it to Kyiv?", "How long did it take to agree?", "Why does
# it matter whether…". Of other verbs it is: "What did it say to Khorev?".
CLAUSE_OPENERS = {"that", "to", "whether", "if"}
EXTRAPOSING_VERBS = COPULAS | {"take", "takes", "took", "taken", "matter", "matters", "mattered", "make", "makes"}
# "How much does it cost to freeze my membership?" (a chat user's had been read as the club manager's)
COSTING_VERBS = {"cost", "costs"}
# Nouns of a person's role that name things too: "it" may stand for "the travel guide", "the printer driver".
THINGS_TOO = {"guide", "driver", "head", "chair", "player", "editor", "pilot", "member", "general", "chief", "designer"}
# Verbs whose subject "it" is an event, which no name is.
EVENT_VERBS = {"happen", "occur"}
# Spans of time, which "it" or "they" never stands for.
TIME_UNITS = TIME_NOUNS | {"second", "minute", "hour", "week", "decade", "century"}
# Words of the weather: "it" being so or doing so stands for nothing ("Is it sunny?", "Will it rain?").
WEATHER_WORDS = {"sunny", "rainy", "windy", "cloudy", "foggy", "snowy", "stormy", "rain", "snow", "hail", "drizzle", "thunder",
                 "rains", "raining", "rained", "snows", "snowing", "snowed"}  # "what happens if it rains"
# Words of the weather that things are too ("Is it hot?" of a soup, "Does it freeze well?"): the weather's only where the
# question names when or where ("Is it cold there in winter?", "How warm will it be on Friday?").
TEMPERATURE_WORDS = {"warm", "cold", "hot", "cool", "mild", "wet", "dry", "freeze", "freezing"}
SETTING_WORDS = {"today", "tonight", "tomorrow", "outside", "there", "now"}
SETTING_NOUNS = {"morning", "afternoon", "evening", "night", "weekend", "winter", "summer", "spring", "autumn", "monday",
                 "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# "It seems (that) the talks stalled", "Does it appear as if…": no reference before a clause, with
# "that" or without; "Does it seem likely?" still refers back.
RAISING_VERBS = {"seem", "seems", "seemed", "appear", "appears", "appeared"}
AMOUNT = re.compile(r"\W{0,2}\d")  # an answer opening with a figure, or a sign before one: "$3.9 billion", "4,500 mAh"
# A name after these is a place ("support provided to Kiev") or a person ("a letter to Putin"), one
# "according to" a source: `_used_as_place` tells them apart by the passages.
DIRECTION_PREPOSITIONS = {"to", "from"}
ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)
# Verbs whose "it" is what was said, which no answer reads as ("When did he say it?" had become "When did
# Albert P. Khorev say the media briefing in Islamabad?"): left as typed, as "that" is.
# Not "announce" or "report", whose "it" is mostly a thing ("When did he announce it?": the talks).
SAYING_VERBS = {"say", "state", "claim", "deny", "repeat", "stress", "argue", "insist", "declare", "add", "note", "mean"}
# What joins one clause of a question to the next.
CLAUSE_JOINTS = {"and", "but", "or", ",", ";"}


def person_referent(previous: Turn, pronoun: str | None = None, named_already: tuple[str, ...] = ()) -> str | None:
    """Who "he"/"she" most likely means: the answer to a question asking for a person, else the
    first name the previous question mentions that is no place (`_used_as_place`), else (none of those fitting the
    pronoun) the person an earlier turn named; but after a question asking whom its subject did something to, or who
    someone is ("Who did Khorev thank?", "Who is Donald Trump?"), "he", "she" or "his" is that subject
    first, as a subject goes on being talked of ("What did he thank them for?": Khorev, not Pakistan),
    unless the answer's passages refer to the answer as "he" or "she" ("Who did Putin appoint?",
    Belousov, "When was he born?"). Never a name the follow-up itself says (`named_already`: in "Where
    did he meet Putin?" he is not Putin). Given the `pronoun`, of those the previous answer's passages
    do not refer to as the other sex ("her" is not Putin where they say "Putin said he…"), the first
    they refer to as its sex, else the first."""
    named = _persons_named(previous, pronoun)
    # The person an earlier turn named only where none this turn names fits: "What did he found?" after "What did she
    # study?" (Elena Varga) is her husband, named the turn before (it had been left).
    earlier = [previous.earlier_person] if previous.earlier_person else []
    return _person_fitting(named, previous, pronoun, named_already) or _person_fitting(earlier, previous, pronoun, named_already)


def _persons_named(previous: Turn, pronoun: str | None) -> list[str]:
    """Whom a turn names, as "he"/"she" (`pronoun`) most likely means them, first first (`person_referent`)."""
    answer, text = previous.answer, previous.question
    passages = [citation.text for citation in answer.citations]
    answered = [answer.text] if answer.answered and asked_for(text) == "person" and looks_like_name(answer.text) else []
    mentioned = [name for name in proper_names(QUOTED.sub(" ", text))  # not a statement's quoted words: "“Nevertheless,…”"
                 if could_be_person(name, _word_after(text, name)) and not _used_as_place(name, text, passages)]
    # "him" too after "Who is Sam Okonjo?" ("Who replaced him?"), but after "Who did Zelensky meet?" the one met.
    identity = tokenize(text)[1:2] in (["is"], ["was"])
    subject_first = (pronoun or "").lower() in ({"he", "she", "his", "him"} if identity else {"he", "she", "his"}) and \
        _asks_whom_its_subject(text) and not (
        answered and sex_referred_to(answered[0], passages))  # an answer the passages call "he" or "she" is a person to go on with
    return [*mentioned, *answered] if subject_first else [*answered, *mentioned]


def _person_fitting(named: list[str], previous: Turn, pronoun: str | None, named_already: tuple[str, ...]) -> str | None:
    """Of those `named`, whom the `pronoun` stands for (`person_referent`): none the follow-up says, none the previous
    answer's passages or the user refer to as the other sex, the first of its sex, else the first."""
    passages = [citation.text for citation in previous.answer.citations]
    named = [name for name in named if not any(_one_names_the_other(name, said) for said in named_already)]
    sex = sex_of(pronoun) if pronoun else None
    said_as = dict(previous.sexes)  # where the passages do not tell, the pronoun the user had for that name does
    referred_as = {name: (sex_referred_to(name, passages) or said_as.get(name)) if sex else None for name in named}
    fitting = [name for name, referred in referred_as.items() if referred in {None, sex}]
    return min(fitting, key=lambda name: referred_as[name] != sex, default=None)


def _one_names_the_other(name: str, other: str) -> bool:
    """Whether one name is the other or a run of its words: "Putin" and "Vladimir Putin", not "Bill
    Clinton" and "Hillary Clinton"."""
    short, long = sorted((name.split(), other.split()), key=len)
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _asks_whom_its_subject(question: str) -> bool:
    """Whether a question asks who its subject, a name, did something to or is: "Who did Khorev
    thank?", "Whom has Putin met?", "Who is Donald Trump?" (not "Who gave the briefing?", nor "Who is
    Daniel Reyes's wife?", which asks for someone else: his wife is "she" after it)."""
    tokens = tokenize(question)
    name = list(itertools.takewhile(lambda token: is_name_word(token, False), tokens[2:]))
    return len(tokens) > 2 and tokens[0].lower() in {"who", "whom"} and auxiliary_index(tokens) == 1 and \
        bool(name) and not POSSESSIVE_END.search(name[-1])


def _used_as_place(name: str, question: str, passages: list[str]) -> bool:
    """Whether the previous question and its answer's passages use `name` as a place and never
    refer back to it as "he" or "she": after "in", "at" or "near" ("What happened in Istanbul?"),
    or after "to" or "from" ("support provided to Kiev") where the passages tell persons, referring
    back so to another name (alone, "to" and "from" tell nothing)."""
    if sex_referred_to(name, passages):
        return False
    texts = [question, *passages]
    if named_after(PLACE_PREPOSITIONS, name, texts):
        return True
    without_sources = [ACCORDING_TO.sub("", text) for text in texts]
    return named_after(DIRECTION_PREPOSITIONS, name, without_sources) and any(
        sex_referred_to(other, passages) for passage in passages for other in proper_names(passage) if other != name)


def _word_after(text: str, name: str) -> str:
    following = re.search(re.escape(name) + r"(?:['’]s)?\s+(\S+)", text)
    return following.group(1) if following else ""


def _is_referring_that(tokens: list[str], index: int) -> bool:
    """"that"/"this" standing alone (at the end, before a preposition, or after an auxiliary: "When
    did that happen?"), not "the law that bans"."""
    following = tokens[index + 1] if index + 1 < len(tokens) else "?"
    preceding = tokens[index - 1].lower() if index else ""
    return following in {"?", ".", ",", "!"} or following.lower() in PREPOSITIONS or preceding in AUXILIARIES


def _is_dummy(tokens: list[str], index: int) -> bool:
    """Whether the "it" or "there" at `index` stands for nothing earlier: "Were there any casualties?",
    "How many drones were there?", "Is it true that NATO escalated?". A "there" that ends a question
    ("Who was there?") or comes before a preposition is the place answered before."""
    lower = tokens[index].lower()
    following = tokens[index + 1].lower() if index + 1 < len(tokens) else "?"
    if lower == "there":
        opening = " ".join(t.lower() for t in tokens[:2])
        return opening in {"how many", "how much"} or (is_word(following) and following not in PREPOSITIONS)
    return _is_dummy_it(tokens, index)


def may_stand_for_nothing(tokens: list[str], index: int) -> bool:
    """Whether the "there" at `index`, after a noun asked which of and a copula, may stand for nothing: "What colour
    options are there for the X200?" asked first had been told "Nothing was asked before for 'there' to refer back to"
    (a chat user's); after "Where did the class go?" (Chester Zoo), "Which animals were there?" is still in Chester Zoo
    (the code review's). Not "What was there?"."""
    return tokens[index].lower() == "there" and tokens[0].lower() in {"what", "which"} and index >= 3 \
        and tokens[1].lower() not in AUXILIARIES and tokens[index - 1].lower() in COPULAS


def _is_dummy_it(tokens: list[str], index: int) -> bool:
    """Whether the "it" at `index` stands for nothing: the time's ("What time is it in Kyiv?"), a
    distance's ("How far is it from there?"), the weather's ("How warm will it be on Friday?", "Will it rain?"), or
    the subject of a verb that a clause follows ("Is it true that…", "It is said that…", "How far
    is it to Kyiv?", "Does it seem the talks stalled?")."""
    words = [t.lower() for t in tokens]
    if index >= 3 and words[index - 3] in {"what", "which"} and words[index - 2] in TIME_NOUNS and words[index - 1] == "is":
        return True
    if index >= 3 and words[:2] in (["how", "far"], ["how", "long"]) and words[index - 1] in COPULAS:
        return True  # a distance's or a time's: "How far is it from there?", "How long was it until the talks?"
    verbs, verb_end = _verbs_of_it(words, index)
    # What "it" is or does: the word after it and its auxiliaries ("Is it *sunny*", "Will it *rain*"), or "How *warm*…".
    predicate = {words[verb_end - 1]} | ({words[1]} if len(words) > 1 and words[0] == "how" and verbs & COPULAS else set())
    if predicate & WEATHER_WORDS or predicate & TEMPERATURE_WORDS and _names_a_setting(words):
        return True  # it had been "How warm will rain in the afternoon be on Friday?"
    following = tokens[verb_end] if verb_end < len(tokens) else "?"
    clause_follows = any(w in CLAUSE_OPENERS and is_word(after) for w, after in zip(words[index + 1:], words[index + 2:]))
    if verbs & RAISING_VERBS:  # "it seems the talks…", "it appears Khorev…": a clause without "that"
        return clause_follows or following.lower() in {"like", "as"} | DETERMINERS | SUBJECT_PRONOUNS or \
            is_name_word(following, False)
    if verbs & COSTING_VERBS:  # "…does it cost to freeze my membership?"; not "How much did it cost to build?", its object
        after = [word for word in words[index + 1:] if is_word(word)]
        return "to" in after and len(after) - after.index("to") > 2
    return bool(verbs & EXTRAPOSING_VERBS) and clause_follows


def _names_a_setting(words: list[str]) -> bool:
    """Whether a question names when or where, as one about the weather does: "today", "there", "on Friday", "in winter"
    (not "for winter": "Is it warm enough for winter?" asks of a coat)."""
    return bool(set(words) & SETTING_WORDS) or any(
        before in {"in", "on", "at", "this", "next", "tomorrow"} and singular(word) in SETTING_NOUNS
        for before, word in zip(words, words[1:]))


def _verbs_of_it(words: list[str], index: int) -> tuple[set[str], int]:
    """The verbs whose subject the "it" at `index` is: an auxiliary before it ("Is it…", "Did it…")
    and the words after it up to the first that is no auxiliary ("it was reported", "it seems");
    and where the words after them begin."""
    verbs = {words[index - 1]} if index and words[index - 1] in AUXILIARIES else set()
    end = index + 1
    while end < len(words) and words[end] in AUXILIARIES | COPULAS | {"not"}:
        verbs.add(words[end])
        end += 1
    if end < len(words) and is_word(words[end]):
        verbs.add(words[end])
        end += 1
    return verbs, end


def reference_kinds(tokens: list[str]) -> list[str | None]:
    """For each token, how it refers back: "person", "owner" (a possessive), "thing" ("it",
    "they"), "thing owner" ("its", "their"), "place" ("there"), "other" ("that", "those", …), or None when it does not."""
    kinds: list[str | None] = []
    name_seen = False  # "What did Khorev say he wanted?": that "he" is Khorev already
    # A pronoun in capitals in a question that is not is an acronym: "How many laptops will IT order?" (the chat user's)
    acronyms = any(token.isalpha() and not token.isupper() for token in tokens)
    for index, token in enumerate(tokens):
        lower = token.lower()
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else "?"
        name_seen = name_seen or is_name_word(token, index == 0)
        if acronyms and len(token) > 1 and token.isupper() and lower in REFERENCES | {"us"}:
            kinds.append(None)  # "IT", "US"
            continue
        if not name_seen and (lower in PERSON_POSSESSIVES or (lower == "her" and is_word(following) and following not in NOT_OWNED)):
            kinds.append("owner")
        elif lower in PERSON_PRONOUNS and (not name_seen or lower == "him" and not _is_subject_s_own_him(tokens, index)):
            kinds.append("person")  # "What did Khorev say about *him*?": not Khorev
        elif lower == "it" and index and verb_lemmas(tokens[index - 1]) & SAYING_VERBS:
            kinds.append("other")  # the statement, as "that" is: "When did he say it?"
        elif lower in THING_PRONOUNS and not (lower == "it" and _is_dummy(tokens, index)) and not _refers_within(tokens, index):
            kinds.append("thing")
        elif lower == "there" and not _is_dummy(tokens, index):
            kinds.append("place")
        elif lower in OWNED_PRONOUN and _owns_before_any_subject(tokens, index):
            kinds.append("thing owner")  # "What are its symptoms?"; not "How did the law change its scope?", the law's
        elif lower in OTHER_REFERENCES or (lower in {"that", "this"} and _is_referring_that(tokens, index)):
            kinds.append("other")
        else:
            kinds.append(None)
    return kinds


def _thing_owner(pronoun: str, previous: Turn) -> str | None:
    """What "its" or "their" stands for: what "it" or "they" would, where that is the answer to a question for a kind of
    thing ("Which form of plague…?"), or a phrase opening with "the" or a name ("What is its height?" after "What is the
    Eiffel Tower made of?" is no "wrought iron's height"; nor "people live in Tokyo's area", nor "a cut of half a point's
    governor"); never after a question for a person ("Mick Jagger's biggest hit"). Of a phrase naming what a thing has,
    the thing: "What are its symptoms?" after "What is the mortality rate of pneumonic plague?" is "What are pneumonic
    plague's symptoms?", but the Statue of Liberty stays whole."""
    if asked_for(previous.question) == "person":
        return None
    thing = _thing_referent(OWNED_PRONOUN[pronoun.lower()], previous)
    if not thing:
        return None
    # an answer to "Which form of plague…?" names a thing of that kind; one to "What is the Eiffel Tower made of?" may not
    opening = [t.lower() for t in tokenize(previous.question)[:2]]
    answered = thing == previous.answer.text and len(opening) == 2 and opening[0] in {"which", "what"} \
        and not full_auxiliary(opening[1])
    words = tokenize(thing)
    # not one opening "a": "What did its governor say?" after "What did the central bank announce?" (a cut of half a point)
    if not (answered or words[0].lower() == "the" or is_name_word(words[0], False)):
        return None
    had = re.match(r"(.*?)\s+of\s+(.+)$", thing)
    return had.group(2) if had and singular(head(tokenize(had.group(1)))) in THINGS_HAD else thing


def _owns_before_any_subject(tokens: list[str], index: int) -> bool:
    """Whether the "its" or "their" at `index` comes before anything in its question it could be of: only question words,
    auxiliaries, prepositions and the kind asked for before it ("What share of *its* imported oil…?", "In what year was *its*
    production surpassed?"), not a name or a phrase ("How did OPEC raise its prices?" is OPEC's already)."""
    asking = False  # within the words a question word asks for: "what *share*", "how many *rounds*"
    for token in tokens[:index]:
        lower = token.lower()
        if POSSESSIVE_END.sub("", lower) in QUESTION_WORDS and POSSESSIVE_END.search(lower):
            asking = False  # "What's": an auxiliary follows the question word
        elif lower in QUESTION_WORDS | {"many", "much", "whose"}:
            asking = True
        elif full_auxiliary(token) or lower in PREPOSITIONS:
            asking = False
        elif not (asking and token.islower() and is_word(token)):
            return False
    return True


def _refers_within(tokens: list[str], index: int) -> bool:
    """Whether the "it", "they" or "them" at `index` stands for a phrase its own question names in a
    clause before it, of its number: "What does the Ukrainian law on historical memory ban, and when was
    *it* passed?", "How many states supported the resolution, and was Pakistan among *them*?" (each had
    been the previous answer). Not in one clause: "What does the law say about it?" is about the previous turn."""
    joint = max((i for i in range(index) if tokens[i].lower() in CLAUSE_JOINTS), default=None)
    if joint is None:
        return False
    plural = tokens[index].lower() != "it"
    before = tokens[:joint]
    asked = [[before[i + 1]] for i in range(len(before) - 1)  # what the question word asks for: "How many *states*"
             if before[i].lower() in {"many", "which", "what"} and is_word(before[i + 1]) and before[i + 1].lower() not in AUXILIARIES]
    phrases = [*asked, *(tokenize(phrase) for phrase in topics(join(before)))]
    return any((number(phrase) == "plural") == plural for phrase in phrases)


def _is_subject_s_own_him(tokens: list[str], index: int) -> bool:
    """Whether "him" after a name is that name's subject itself, as it is in taking something along:
    "Did Putin bring his delegation *with him*?" is Putin, not the previous answer; but "Did Putin meet
    with him?", "argue with him", "sit beside him" is another."""
    verbs = set().union(*map(verb_lemmas, tokens[:index]))
    taking = verbs & TAKING_VERBS and not verbs & RECIPROCAL_VERBS  # "bring gifts and meet with him": another
    return bool(taking) and index > 0 and tokens[index - 1].lower() in SUBJECT_S_OWN_PREPOSITIONS


def replace_references(question: str, previous: Turn) -> tuple[str, list[str | None], tuple[str, ...], str | None,
                                                                 tuple[tuple[str, str], ...]]:
    """The question with references replaced, how each word refers back, the person pronouns
    that have no one to stand for, what the first reference replaced was replaced by, and each person a pronoun was
    replaced by with the pronoun's sex. Only the references change: the rest keeps the user's spacing and symbols
    ("<b>ambassador</b> & …")."""
    matches = list(WORD.finditer(question))
    tokens = [match.group() for match in matches]
    kinds = reference_kinds(tokens)
    persons = _persons_referred(tokens, kinds, previous, tuple(proper_names(question)))
    answer = previous.answer
    things = set()  # what replaced a reference to a thing: another "it" for the same is left for the reader
    place = answer.text if answer.answered and asked_for(previous.question) == "place" else None
    # "Is it glass or plastic?" after "What is the body made of?" (borosilicate glass) asks of the body, the answer naming
    # one of its options: it had asked "Is heat-resistant borosilicate glass glass or plastic?".
    offered = choices_offered(question)
    chosen_of = asked_of(previous.question) if offered and answer.answered and options_named(offered, answer.text) else None
    replaced: dict[int, str] = {}  # what replaces the word at each index
    replacements: list[str] = []
    for index, (match, kind, person) in enumerate(zip(matches, kinds, persons)):
        if person:
            replaced[index] = person + possessive_ending(person.split()) if kind == "owner" else person
            replacements.append(person)
        elif kind == "thing" and not any(match.group().lower() == said for said, _ in things) and (
                thing := chosen_of or _object_again(tokens, index, previous.question)
                or _subject_again(tokens, index, previous.question)
                or _subject_asked_alike(tokens, index, previous)
                or _thing_referent(match.group(), previous, _they_acts(tokens, index, previous.question),
                                   _does_what_was_done_to_answer(tokens, index, previous.question),
                                   bool(_verbs_done_by(tokens, index) & EVENT_VERBS), _acts_on_something(tokens, index),
                                   bool(_verbs_done_by(tokens, index) & SAYING_VERBS))) \
                and all(thing != was for _, was in things) and thing not in persons:
            # "they" and "them" in one question are mostly two ("Why did they host them?": Pakistan, the talks), and none
            # is whom "he" or "she" stands for ("Where does she buy them?" had asked "…Hannah Frey buy Hannah Frey?")
            thing = _owner_asked_of(thing, question)
            replaced[index] = thing
            replacements.append(thing)
            things.add((match.group().lower(), thing))
            if match.group().lower() == "they" and number(tokenize(thing)) == "singular":
                replaced.update(_verb_agreeing_with_one(tokens, index))
        elif kind == "thing owner" and (owner := _thing_owner(match.group(), previous)) and owner not in persons:
            replaced[index] = owner + possessive_ending(tokenize(owner))
            replacements.append(owner)
        elif kind == "place" and place:
            # "Who was there?" is "Who was in Islamabad?"; "from there" is "from Islamabad"
            replaced[index] = place if index and tokens[index - 1].lower() in PREPOSITIONS_BEFORE_THERE else f"in {place}"
            replacements.append(place)
    pieces: list[str] = []  # the question's text up to each word replaced, and what replaces it
    written = 0  # where the question's text not yet in `pieces` starts
    for index in sorted(replaced):
        pieces += [question[written:matches[index].start()], replaced[index]]
        written = matches[index].end()
    unresolved = tuple(t for t, kind, person in zip(tokens, kinds, persons) if kind in {"person", "owner"} and not person)
    sexes = tuple((person, sex) for token, person in zip(tokens, persons) if person and (sex := sex_of(token)))
    return "".join([*pieces, question[written:]]), kinds, unresolved, next(iter(replacements), None), sexes


# A thing's measures, by the words asking for each: "how heavy", "what colour". "How much" and "how many" are left out: they
# may ask the same measure again ("What is the price of the X200?", "How much is it in dollars?").
MEASURES_ASKED = {"weight": r"how\s+heavy|weigh", "height": r"how\s+(?:tall|high)", "length": r"how\s+long",
                  "width": r"how\s+wide", "age": r"how\s+old", "noise": r"how\s+(?:loud|noisy)", "speed": r"how\s+fast",
                  "size": r"how\s+(?:big|large|small)", "colour": r"what\s+colou?rs?", "price": r"what\s+price|cost"}
MEASURE_OF = re.compile(rf"(?:the|its)\s+(?:\w+\s+)?(?P<measure>{'|'.join(MEASURES_ASKED)}|color|cost|value|capacity|"
                        r"name|model number|rating)\s+of\s+(?P<owner>.+)", re.IGNORECASE)


def _owner_asked_of(thing: str, question: str) -> str:
    """What "it" stands for where it stood for one measure of a thing and the question asks for another: "how heavy is
    it?" after "What is the price of the AquaPure X200?" is the AquaPure X200, not "the price of…" (a chat user's)."""
    measure = MEASURE_OF.fullmatch(thing)
    asked = [name for name, words in MEASURES_ASKED.items() if re.search(rf"\b(?:{words})\b", question, re.IGNORECASE)]
    return measure.group("owner") if measure and asked and measure.group("measure").lower() not in asked else thing


def speaks_of_no_one(turn: Turn) -> bool:
    """Whether a turn neither asks for a person nor speaks of one by a word for people: "he" after "Who led the
    delegation?" (the foreign minister) or "What did the spokesperson say?" stands for someone, though not by name."""
    words = WORD.findall(f"{turn.question} {turn.answer.text}")
    return asked_for(turn.question) != "person" and not any(singular(word.lower()) in PERSON_NOUNS for word in words if is_word(word))


def _verb_agreeing_with_one(tokens: list[str], index: int) -> dict[int, str]:
    """The verb whose subject "they" at `index` is, in the singular, where "they" stands for one person or thing: the
    auxiliary before it ("Do they pay it?": "Does"), else the auxiliary or the verb in the present after it ("What if they
    fail…?": "fails", "What if they don't?": "doesn't"; it had been "What if the tenant fail…?"). Nothing after another
    auxiliary ("Did they…", "Can they…"), nor before a verb in the past."""
    from lemminflect import getInflection

    if index and full_auxiliary(tokens[index - 1]):
        singular = auxiliary_for(tokens[index - 1], "singular")
        return {index - 1: singular} if singular else {}
    following = next((i for i in range(index + 1, len(tokens)) if not is_adverb(tokens[i])), None)
    if following is None:
        return {}
    word = tokens[following]
    if full_auxiliary(word):
        singular = auxiliary_for(word, "singular")
        return {following: singular} if singular else {}
    present = word.islower() and word in verb_lemmas(word)
    return {following: getInflection(word, tag="VBZ")[0]} if present else {}


def _persons_referred(tokens: list[str], kinds: list[str | None], previous: Turn,
                      named_already: tuple[str, ...]) -> list[str | None]:
    """Who each person pronoun of a question stands for (None for other words): each its own person, "her" maybe another
    than "his" ("Putin said he…"), but never the one a pronoun of the other sex before it stands for ("Had she worked with
    him before?" had asked "Had Ada Moreau worked with Ada Moreau before?"), nor a name the question says."""
    persons: list[str | None] = []
    for token, kind in zip(tokens, kinds):
        sex = sex_of(token)
        other_sex = tuple(person for pronoun, person in zip(tokens, persons) if person and sex_of(pronoun) != sex)
        persons.append(person_referent(previous, token, named_already + other_sex) if kind in {"person", "owner"} else None)
    return persons


def _object_again(tokens: list[str], index: int, previous_question: str) -> str | None:
    """What "it" or "them" right after a verb stands for where the previous question gave that verb an object of the
    pronoun's number: "Did her husband win it too?" after "For what did Elena Varga win the Halden Prize in 1972?" is
    the prize; the answer ("her work on polymers") filled another part of that question."""
    pronoun = tokens[index].lower()
    if pronoun not in {"it", "them"} or not index or full_auxiliary(tokens[index - 1]):  # "Did it…" is its subject
        return None
    asked = tokenize(previous_question)
    if asked[0].lower() in {"what", "which"} and auxiliary_index(asked) is not None:
        return None  # the answer is that verb's object: "What gift did Ada give the teacher?", "When did she give it?"
    verbs = verb_lemmas(tokens[index - 1])
    thing = object_of(previous_question, verbs) if verbs else None
    return thing if thing and (number(tokenize(thing)) == "plural") == (pronoun == "them") else None


def _subject_again(tokens: list[str], index: int, previous_question: str) -> str | None:
    """What "it" or "they" doing what the previous question's subject did stands for: that subject, of the pronoun's number
    ("Do they speak French?" after "What languages do the guides speak?" is the guides; it had been the answer,
    "English and German"), or doing so ("When did it do so?")."""
    pronoun = tokens[index].lower()
    verbs = _verbs_done_by(tokens, index)
    if pronoun not in {"it", "they"} or not verbs:
        return None
    if verbs == {"do"} and [t.lower() for t in tokens[index + 2:index + 3]] == ["so"]:
        # "do so" does again what the previous question's verb said: "When did it do so?" after "What did Mitsubishi
        # rebrand as the Dodge D-50?" (Forte) is Mitsubishi; it had been "When did Forte do so?"
        verbs = set().union(*(verb_lemmas(t) for t in tokenize(previous_question) if t.islower()))
    subject = subject_of(previous_question, verbs)
    # a group by its kind too: "Why did they arrest them?" after "Who did the police arrest?" (two men) asks of the police
    return subject if subject and _of_number(subject, pronoun == "they", False) else None


def _verbs_done_by(tokens: list[str], index: int) -> set[str]:
    """The base forms of the verb the subject at `index` does, the word after it ("Do they *speak* French?"); none in a
    passive ("When was it found?", it being what was found) or where no lowercase word follows."""
    verb = next((token for token in tokens[index + 1:] if not is_adverb(token)), "")
    passive = any(full_auxiliary(token) in COPULAS for token in tokens[:index + 1])
    return verb_lemmas(verb) if verb.islower() and not passive else set()


def _does_what_was_done_to_answer(tokens: list[str], index: int, previous_question: str) -> bool:
    """Whether the pronoun at `index` is the subject of the verb whose object the previous question asked for ("they" in
    "Why did they ban them?" after "What does the new law ban?"): that question's subject named, nothing after its verb."""
    verbs = _verbs_done_by(tokens, index)
    opening = tokenize(previous_question)[:1]
    return bool(verbs) and [t.lower() for t in opening] in (["what"], ["which"]) and object_of(previous_question, verbs) is None \
        and subject_of(previous_question, verbs) is not None


def _subject_asked_alike(tokens: list[str], index: int, previous: Turn) -> str | None:
    """Who "they" is in a question asking whom they did something to, after one that asked so of a name: that name, the
    questions being alike ("Who will they face next?" after "Who did Ravensworth United beat in the quarter-final?" is
    Ravensworth United, not Millbrook Athletic, who were beaten). None after a name the passages call "he" or "she"
    ("Who did Khorev thank?", Pakistan, "Who did they criticise?": a person is no "they")."""
    question = tokenize(previous.question)
    if not (index == 2 and tokens[index].lower() == "they" and _asks_whom_of(tokens) and _asks_whom_of(question)
            and _asks_whom_its_subject(previous.question)):
        return None
    named = list(itertools.takewhile(lambda token: is_name_word(token, False), question[2:]))
    after = question[2 + len(named)].lower() if 2 + len(named) < len(question) else ""
    # Not where "they" are who were answered ("Who did Anna Berg hire?", two bakers, "Who did they replace?"), both sides
    # ("Who did Putin meet?"), or more than the one name ("Who did Lars and Anna invite?").
    if after == "and" or verb_lemmas(after) & RECIPROCAL_VERBS or number(tokenize(previous.answer.text)) == "plural":
        return None
    name = join(named)
    passages = [citation.text for citation in previous.answer.citations]
    return None if sex_referred_to(name, passages) else name


def _asks_whom_of(tokens: list[str]) -> bool:
    """Whether a question opens "Who" or "Whom" and an auxiliary of another verb ("Who did…", not "Who is…")."""
    return len(tokens) > 2 and tokens[0].lower() in {"who", "whom"} and auxiliary_index(tokens) == 1 \
        and full_auxiliary(tokens[1]) not in COPULAS


def _they_acts(tokens: list[str], index: int, previous_question: str) -> bool:
    """Whether "they" at `tokens[index]` does what its verb says, as who a "Who…?" question was answered
    with would: not in a passive ("Where were they held?") nor with a verb of how a thing runs its course
    and nothing after it ("When did they start?", "When did they take effect?"), unless it is the previous
    question's own verb ("Who hosted the talks?", "Why did they host them?"); "When did they start the
    talks?", "Why were they angry?" and "Who were they?" are about who was answered."""
    if tokens[index].lower() != "they":
        return False
    after = [t for t in tokens[index + 1:] if is_word(t) and not is_adverb(t) and t.lower() not in NEGATIONS]
    if index and full_auxiliary(tokens[index - 1]) in COPULAS:
        return not (after and is_participle(after[0]))
    verb = verb_lemmas(after[0]) if after else set()
    asked = set().union(*(verb_lemmas(word) for word in tokenize(previous_question) if word.islower()))
    taking_effect = bool(verb & {"take"}) and len(after) > 1 and after[1].lower() in {"effect", "place"}
    has_object = len(after) > 1 and after[1].lower() not in PREPOSITIONS and not taking_effect
    return bool(verb & asked) or has_object or not (verb & COURSE_VERBS or taking_effect)


def _thing_referent(pronoun: str, previous: Turn, acting: bool = False, doer: bool = False,
                    event: bool = False, agent: bool = True, saying: bool = False) -> str | None:
    """What "it" or "they" stands for after a question asking for a thing: its answer where that
    reads as a noun phrase of the pronoun's number, else the last of the question's own noun phrases
    that does ("What did Khorev say about the Alaska meeting?", "Who attended it?": the meeting, not
    "both leaders showed a willingness to compromise"; "What does the law ban?", Soviet-era symbols,
    "When was it passed?": the law), and last the kind a "What…" question asked for ("the speed limit" of "What speed limit
    was imposed?"); after a question for a person, place, time or amount, that phrase. The answer to "Which country…?"
    too, where the pronoun is the `agent` (`_acts_on_something`). One `saying` something is what could (`_could_say`)."""
    answer = previous.answer
    if not answer.answered:
        return None
    plural = pronoun.lower() != "it"
    asked = asked_for(previous.question)
    # After a question for a time, place, person or amount the answer is none of the things "it" stands
    # for: "When did the strike end?", "And when did it start?" is about the strike; nor is an amount answered
    # to "What…?" ("What was the revenue in 2022?", $3.9 billion, "Why did it rise?": the revenue, helper's test).
    # Nor is the answer a `doer` of what was done to it ("What does the new law ban?", single-use plastic bags, "Why did
    # they ban them?" had asked "Why did single-use plastic bags ban them?").
    # The answer to "Which country…?" is an "it" too, as what the question is about ("Which country followed the US in
    # floating its currency?", Britain, "What did it float?" had asked "What did the US in floating its currency float?"),
    # but only as an `agent`, doing something to something ("When did Saudi Arabia join it?" after "Which country
    # announced an embargo?", Libya, is the embargo; "Has it been challenged?" after "Which state passed the ban?" the ban).
    # Nor is what settles a yes or no a thing ("Closed", to "Is the library open on Wednesday?": the chat user's "When does
    # it open on Saturday?" had been asked "When does Closed open on Saturday?").
    of_its_kind = (asked == "thing" and not asks_yes_or_no(previous.question)
                   or asked == "place" and _asks_which_place(previous.question) and agent and not event)
    answered = [answer.text] if of_its_kind and not AMOUNT.match(answer.text) and not doer else []
    # "It" is none of the question's phrases naming someone: not "When did he found the chief executive?"; nor is either a
    # span of time ("Within how many days?", "What if they don't?" had asked "What if days don't?").
    # A name is no event: "When did it happen?" after "Why did Halvorsen Foods cut 200 jobs?" is not Halvorsen Foods.
    named = [phrase for phrase in [*reversed(topics(previous.question)), *([] if event else things_named(previous.question)),
                                   *_kind_asked(previous.question)]
             if (plural or not names_someone(tokenize(phrase)) or _names_a_thing_too(phrase))
             and singular(head(tokenize(phrase))) not in TIME_UNITS]
    group_answered = _asks_for_group(previous.question)
    fitting = [phrase for phrase in [*answered, *named]
               if reads_as_thing(phrase) and _of_number(phrase, plural, group_answered and phrase in answered,
                                                        pronoun.lower() == "they") and (not saying or _could_say(phrase))]
    if plural and asked == "person":
        # "they" and "them" are also who was answered, a country or a body being "they" too: "Who hosted
        # the talks?", Pakistan, "Why did they host them?"; a "they" that acts (`acting`, `_they_acts`)
        # is the answer before a phrase ("When did they start?" is the talks), unless the passages call
        # the answer "he" or "she" ("Who chaired the talks between the delegations?", Ishaq Dar, "What
        # did they agree?": the delegations).
        people = _people_answered(previous, pronoun)
        one_person = sex_referred_to(answer.text, [citation.text for citation in answer.citations]) is not None
        acting_first = acting and (not one_person or number(tokenize(people)) == "plural")
        return people if acting_first else next(iter(fitting), people)
    return next(iter(fitting), None)


def _acts_on_something(tokens: list[str], index: int) -> bool:
    """Whether the "it" at `index` is the subject of a verb in the active that has an object: the question word ("What did it
    float?") or a phrase after the verb ("Where does it support diplomatic solutions?"); not "When did it land on the Moon?",
    "How much did it cost?", "Has it been challenged?" or "Is it safe?"."""
    if index and full_auxiliary(tokens[index - 1]) is None:
        return False  # no subject: "When did Saudi Arabia join it?"
    after = [t for t in tokens[index + 1:] if is_word(t) and not is_adverb(t) and t.lower() not in NEGATIONS]
    copular = after and after[0].lower() in COPULAS or full_auxiliary(tokens[index - 1] if index else "") in COPULAS
    if not after or full_auxiliary(after[0]) or copular:
        return False
    object_asked = tokens[0].lower() in {"what", "which", "who", "whom"}
    return object_asked or (len(after) > 1 and after[1].lower() not in PREPOSITIONS | FRAGMENT_PREPOSITIONS)


def _kind_asked(question: str) -> list[str]:
    """The kind of thing a question asks for, as what it is about where it names nothing else: "the speed limit" of "What
    speed limit was imposed in 1974?", whose answer ("55 mph") no "it" stands for ("Who ended it?" had been left)."""
    tokens = tokenize(question)
    auxiliary = auxiliary_index(tokens)
    if not auxiliary or auxiliary < 2 or tokens[0].lower() not in {"what", "which"}:
        return []
    kind = tokens[1:auxiliary]
    # nouns and adjectives only, up to the auxiliary, a noun last: not "country immediately announced it" of "Which country
    # immediately announced it would embargo oil?", nor "more" of "What more can the government do?"; and no kind a name
    # answers better ("the country")
    return [join(["the", *kind])] if 0 < len(kind) <= 3 and all(
        is_word(t) and (t.islower() or DEMONYM.match(t)) and could_be_noun(t) and t.lower() not in THING_PRONOUNS for t in kind) \
        and could_be_noun(kind[-1], adjective_too=False) and singular(kind[-1]) not in PLACE_NOUNS | PERSON_NOUNS | TIME_UNITS else []


def _asks_which_place(question: str) -> bool:
    """Whether a question asks which place of a kind: "Which country followed the US?", "What city hosted the talks?" (not
    "Where…?" nor "In which city was the briefing?", whose answer is where something else was)."""
    words = [t.lower() for t in tokenize(question) if is_word(t)]
    return len(words) > 1 and words[0] in {"which", "what"} and words[1] in PLACE_NOUNS


def _could_say(phrase: str) -> bool:
    """Whether a phrase names what could say something: not an event or a change ("direct talks", "the rise")."""
    words = tokenize(phrase)
    return is_name_word(words[-1], False) or singular(head(words)) not in SILENT_NOUNS


def _names_a_thing_too(phrase: str) -> bool:
    """Whether a phrase naming a role may name a thing: "the travel guide", "the replacement head", not "the head of the
    museum"."""
    words = [w.lower() for w in tokenize(phrase)]
    noun = singular(head(tokenize(phrase))).lower()
    return noun in THINGS_TOO and noun in words and "of" not in words[words.index(noun) + 1:]


def _of_number(phrase: str, plural: bool, a_group: bool, subject: bool = True) -> bool:
    """Whether a phrase may be what "it" (`plural` False) or "they" stands for: one of the pronoun's number, or for "they"
    a group too, one named by its kind ("the club", "the government") or the answer to a question for one (`a_group`):
    "Where do they play?" after "When was the club founded?" or "Which team won the league?" (it had been left)."""
    tokens = tokenize(phrase)
    # A group by its kind is "they", a `subject`, not "them" ("Who did the police arrest?", two men, "Why did they arrest
    # them?" had asked "Why did two men arrest the police?").
    group = a_group or subject and singular(head(tokens)) in COLLECTIVE_NOUNS
    return (number(tokens) == "plural") == plural or plural and group


def _asks_for_group(question: str) -> bool:
    """Whether a question asks which group did something: "Which team won the league?", "What company makes it?"."""
    words = [t.lower() for t in tokenize(question) if is_word(t)]
    return len(words) > 1 and words[0] in {"which", "what"} and singular(words[1]) in COLLECTIVE_NOUNS


def _people_answered(previous: Turn, pronoun: str) -> str:
    """Who "they" or "them" means after a question for a person: its answer; with its question's
    subject too where they meet or talk ("Who did Putin meet?", Donald Trump, "Where did they meet?":
    Putin and Donald Trump)."""
    text, answer = previous.question, previous.answer.text
    tokens = tokenize(text)
    passages = [citation.text for citation in previous.answer.citations]
    acting = [name for name in proper_names(text) if could_be_person(name, _word_after(text, name))
              and not _one_names_the_other(name, answer) and not _used_as_place(name, text, passages)]
    if pronoun.lower() == "they" and acting and _meeting(tokens):
        return f"{acting[0]} and {answer}"
    return answer


def _meeting(tokens: list[str]) -> bool:
    """Whether a question's verb is one of meeting or talking ("Who did Putin meet?"): not a noun of one
    ("Who welcomed the Alaska meeting?"), an "-ing" form being a verb only after a form of "be" ("Who is
    Putin meeting?")."""
    auxiliary = auxiliary_index(tokens)
    progressive = auxiliary is not None and full_auxiliary(tokens[auxiliary]) in COPULAS
    return any(verb_lemmas(token) & RECIPROCAL_VERBS for token in tokens if progressive or not token.lower().endswith("ing"))
