"""Follow-up questions: turn "When did he say that?" into a question the assistant can answer alone.

The retriever and the reader see one question at a time, so a question that points back to the
previous turn is rewritten in two cheap steps:
1. references are replaced where the result still reads as the user's question (the chat shows it
   as "Understood as: …"): a personal pronoun by the person the previous question was about (or by
   the previous answer, when that question asked for a person, but for "he" after "Who did Khorev
   thank?", still Khorev; or by the person an earlier turn named; never by a name the question
   says), never by one the previous answer's passages refer to as the other sex ("she" is not
   Putin where they say "Putin said he…", nor whom a pronoun of the other sex stood for, in the question
   or the one before), nor by a name they and the question use as a place
   ("his" is not Kiev where they say "support provided to Kiev"); "it"/"they" after a verb the previous
   question gave an object by that object ("Did he win it too?": the prize), else by the previous
   answer when that question asked for a thing and the answer reads as a noun phrase of the
   pronoun's number, else by the question's own last such phrase or a thing it names by a name
   ("The Silent Harbour"), "it" by none naming someone, "they" by a group too ("the club", the verb
   agreeing: "Where does the club play?") (`_thing_referent`); "they" after a
   question for who by its answer ("Who hosted the talks?", Pakistan, "Why did they host them?": Pakistan,
   the talks; both sides where they meet or talk; but the subject of "Who did Ravensworth United beat?"
   in a question alike, "Who will they face next?"), unless "it" stands for nothing ("Is it true that…",
   "What time is it?", "Will it rain?"); "there" by "in" and the previous answer when it asked for a
   place. "That" and "this" stay: they mostly stand for the previous statement or event ("When
   did he say that?"), which no answer reads as, and beside step 2 replacing them helped no
   retrieval and cost answer F1;
2. the previous question and answer are appended in brackets, as context for retrieval. A bare
   question word ("Why?", "Since when?") instead takes the rest of the previous question: "Why?"
   after "Which country did Khorev thank?" (Pakistan) is "Why did Khorev thank Pakistan?", the
   answer where the question word's gap is ("How did Zelensky meet Erdogan in Istanbul?"), or an answer
   to "When…?" said as a circumstance at the end ("Why should the basil be added after baking?"); with the
   previous question in brackets the reader answered that question again. After a question for who
   or what something is ("Who is he?", Albert P. Khorev) no rebuilt "Why is he Albert P. Khorev?"
   means what was asked: such a bare question is asked as typed, with the previous turn in brackets.
A fragment ("What about martial law?", "And Moscow?") is rebuilt as the previous question about
what it names (qa/fragments.py), and asked without the previous turn in brackets: there, as with
bare questions, the reader mostly answered the previous question again. One that refers back
itself ("What about them?"), or that the previous question cannot be rebuilt around ("Is the
ceasefire holding?"), is asked as typed, its references replaced, with the previous turn in brackets.
tests/qa/test_followup.py measures these on written follow-up pairs.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from qa.answer import Answer, asks_for_summary
from qa.fragments import (FRAGMENT_PREPOSITIONS, THINGS_HAD, detail_asked, fragment_subject, is_fragment, names_someone, object_of,
                          subject_of, things_named, topics, with_attribute_swapped, with_number_swapped, with_ordinal_swapped,
                          with_question_word_swapped, with_subject_swapped, with_time_swapped, with_verb_swapped)
from qa.grammar import (AUXILIARIES, COLLECTIVE_NOUNS, COPULAS, COURSE_VERBS, DEMONYM, DETERMINERS, NEGATIONS,
                        OTHER_REFERENCES, PERSON_POSSESSIVES, PERSON_PRONOUNS, PLACE_PREPOSITIONS, POSSESSIVE_END, PREPOSITIONS,
                        PERSON_NOUNS, PLACE_NOUNS, QUESTION_WORDS, SUBJECT_PRONOUNS, THING_PRONOUNS, TIME_NOUNS, WORD, asked_for, auxiliary_for, auxiliary_index,
                        could_be_noun, could_be_person, full_auxiliary, head, is_adverb, is_name_word, is_participle, is_word,
                        join, looks_like_name, named_after, number, possessive_ending, proper_names, reads_as_thing, sex_of,
                        sex_referred_to, singular, tokenize, verb_asked_again, verb_lemmas)
from qa.questions import MAX_QUESTION_CHARS

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
# Nouns of a person's role that name things too: "it" may stand for "the travel guide", "the printer driver".
THINGS_TOO = {"guide", "driver", "head", "chair", "player", "editor", "pilot", "member", "general", "chief", "designer"}
# Verbs whose subject "it" is an event, which no name is.
EVENT_VERBS = {"happen", "occur"}
# Spans of time, which "it" or "they" never stands for.
TIME_UNITS = TIME_NOUNS | {"second", "minute", "hour", "week", "decade", "century"}
# Words of the weather: "it" being so or doing so stands for nothing ("Is it sunny?", "Will it rain?").
WEATHER_WORDS = {"sunny", "rainy", "windy", "cloudy", "foggy", "snowy", "stormy", "rain", "snow", "hail", "drizzle", "thunder"}
# Words of the weather that things are too ("Is it hot?" of a soup, "Does it freeze well?"): the weather's only where the
# question names when or where ("Is it cold there in winter?", "How warm will it be on Friday?").
TEMPERATURE_WORDS = {"warm", "cold", "hot", "cool", "mild", "wet", "dry", "freeze", "freezing"}
SETTING_WORDS = {"today", "tonight", "tomorrow", "outside", "there", "now"}
SETTING_NOUNS = {"morning", "afternoon", "evening", "night", "weekend", "winter", "summer", "spring", "autumn", "monday",
                 "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# "It seems (that) the talks stalled", "Does it appear as if…": no reference before a clause, with
# "that" or without; "Does it seem likely?" still refers back.
RAISING_VERBS = {"seem", "seems", "seemed", "appear", "appears", "appeared"}
# A question of only these words ("Why?", "Since when?", "In what year?", "And how many?") asks
# again about the previous turn.
BARE_QUESTION = QUESTION_WORDS | PREPOSITIONS | {"and", "but", "so", "since", "until", "many", "much", "long", "often",
                                                 "else", "exactly", "not", "then", "year", "month", "date", "reason"}
AMOUNT = re.compile(r"\W{0,2}\d")  # an answer opening with a figure, or a sign before one: "$3.9 billion", "4,500 mAh"
# Bare questions that ask about the previous answer's circumstances, not for another answer in its place.
CIRCUMSTANCE_WORDS = {"when", "where", "why", "how", "since", "until", "year", "month", "date", "reason"}
# A name after these is a place ("support provided to Kiev") or a person ("a letter to Putin"), one
# "according to" a source: `_used_as_place` tells them apart by the passages.
DIRECTION_PREPOSITIONS = {"to", "from"}
ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)
# Verbs whose "it" is what was said, which no answer reads as ("When did he say it?" had become "When did
# Albert P. Khorev say the media briefing in Islamabad?"): left as typed, as "that" is.
# Not "announce" or "report", whose "it" is mostly a thing ("When did he announce it?": the talks).
SAYING_VERBS = {"say", "state", "claim", "deny", "repeat", "stress", "argue", "insist", "declare", "add", "note", "mean"}
# Numbers written as words, an answer to "How many…?" ("four bids").
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
                "hundreds", "thousands", "millions", "several", "a few", "none"}
# What joins one clause of a question to the next.
CLAUSE_JOINTS = {"and", "but", "or", ",", ";"}
# Words opening a clause of time that an answer to "When…?" may be ("once the dough has risen").
TIME_CONJUNCTIONS = {"when", "once", "while", "whenever", "as"}
# Words asking for another answer with "else": "Anything else?", "Anyone else?".
SOMEONE = {"anything", "anyone", "anybody", "something", "someone", "somebody"}
# A question word at a question's opening (after a preposition: "In which city…"), and "else" or
# "other" after it, as a question for another answer has them.
QUESTION_OPENING = re.compile(r"\W*(?:(\w+)\s+)?\b(who|whom|what|which|where|when|how)\b", re.IGNORECASE)
ANOTHER_AFTER = re.compile(r"\b(who|whom|what|which|where|when)\s+(?:else|other)\b", re.IGNORECASE)
# Question words asking for the same kind of answer: "What else?" after "Which country…?".
KINDS_OF = {"whom": "who", "which": "what"}


@dataclass(frozen=True)
class Turn:
    """A question standing on its own (its references already resolved) and the answer it got."""

    question: str
    answer: Answer
    # Who "he"/"she" means when no one this turn's question and answer name fits: the person an
    # earlier turn named (ui/conversation.py fills it in).
    earlier_person: str | None = None
    # What the question was about, for a following "What about X?" to swap for X: what its
    # reference was replaced by, or a rebuilt fragment's X (`Resolved.subject`).
    subject: str | None = None
    # Answers given before to the question this one asked again for another ("Who else?"): a further
    # "Who else?" gives none of them, nor this turn's answer.
    given: tuple[Answer, ...] = ()
    # The question before, where this one was read with it (`Resolved.context`): "Who else?" stands on its own
    # only with it, and a following "Why?" is read with both.
    read_with: str | None = None
    # The sex each person its question's pronouns were taken for had by them ("Is he her husband?": Leon Voss, "male"):
    # a following "she" is not him where the passages do not tell (`Resolved.sexes`).
    sexes: tuple[tuple[str, str], ...] = ()

    def as_context(self) -> str:
        """This turn as a following question is read with it: its question (after the one it was read with) and its answer."""
        return " ".join(part for part in (self.read_with, self.question, self.answer.text) if part)


@dataclass(frozen=True)
class Resolved:
    """A question as the user meant it (`question`) and as the assistant should be asked it (`asked`)."""

    question: str
    asked: str
    unresolved: tuple[str, ...] = ()  # words that refer back to no earlier question, or to no person one named
    subject: str | None = None  # what the question is about, where a follow-up resolved to it (`Turn.subject`)
    # The previous question, where `asked` brings it along for retrieval (the chat says so); `asked`
    # tells such rewrites apart already, so equal rewrites are equal without it.
    context: str | None = field(default=None, compare=False)
    given: tuple[Answer, ...] = ()  # answers not to give again: the question asks for another ("Who else?")
    sexes: tuple[tuple[str, str], ...] = field(default=(), compare=False)  # each person a pronoun stood for, and its sex

    def turn(self, answer: Answer) -> Turn:
        """This question and its answer, as the next follow-up refers back to them."""
        return Turn(self.question, answer, subject=self.subject, given=self.given, read_with=self.context, sexes=self.sexes)


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
    mentioned = [name for name in proper_names(text)
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


def _reference_kinds(tokens: list[str]) -> list[str | None]:
    """For each token, how it refers back: "person", "owner" (a possessive), "thing" ("it",
    "they"), "thing owner" ("its", "their"), "place" ("there"), "other" ("that", "those", …), or None when it does not."""
    kinds: list[str | None] = []
    name_seen = False  # "What did Khorev say he wanted?": that "he" is Khorev already
    for index, token in enumerate(tokens):
        lower = token.lower()
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else "?"
        name_seen = name_seen or is_name_word(token, index == 0)
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


def _replace_references(question: str, previous: Turn) -> tuple[str, list[str | None], tuple[str, ...], str | None,
                                                                 tuple[tuple[str, str], ...]]:
    """The question with references replaced, how each word refers back, the person pronouns
    that have no one to stand for, what the first reference replaced was replaced by, and each person a pronoun was
    replaced by with the pronoun's sex. Only the references change: the rest keeps the user's spacing and symbols
    ("<b>ambassador</b> & …")."""
    matches = list(WORD.finditer(question))
    tokens = [match.group() for match in matches]
    kinds = _reference_kinds(tokens)
    persons = _persons_referred(tokens, kinds, previous, tuple(proper_names(question)))
    answer = previous.answer
    things = set()  # what replaced a reference to a thing: another "it" for the same is left for the reader
    place = answer.text if answer.answered and asked_for(previous.question) == "place" else None
    replaced: dict[int, str] = {}  # what replaces the word at each index
    replacements: list[str] = []
    for index, (match, kind, person) in enumerate(zip(matches, kinds, persons)):
        if person:
            replaced[index] = person + possessive_ending(person.split()) if kind == "owner" else person
            replacements.append(person)
        elif kind == "thing" and not any(match.group().lower() == said for said, _ in things) and (
                thing := _object_again(tokens, index, previous.question) or _subject_again(tokens, index, previous.question)
                or _subject_asked_alike(tokens, index, previous)
                or _thing_referent(match.group(), previous, _they_acts(tokens, index, previous.question),
                                   _does_what_was_done_to_answer(tokens, index, previous.question),
                                   bool(_verbs_done_by(tokens, index) & EVENT_VERBS), _acts_on_something(tokens, index),
                                   bool(_verbs_done_by(tokens, index) & SAYING_VERBS))) \
                and all(thing != was for _, was in things) and thing not in persons:
            # "they" and "them" in one question are mostly two ("Why did they host them?": Pakistan, the talks), and none
            # is whom "he" or "she" stands for ("Where does she buy them?" had asked "…Hannah Frey buy Hannah Frey?")
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


def _speaks_of_no_one(turn: Turn) -> bool:
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
    of_its_kind = asked == "thing" or asked == "place" and _asks_which_place(previous.question) and agent and not event
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


def _bare_question_words(tokens: list[str]) -> list[str] | None:
    """The words of a bare question ("And why?": why), None when the question says more."""
    words = [t for t in tokens if is_word(t)]
    if not words or not all(w.lower() in BARE_QUESTION for w in words) or not any(w.lower() in QUESTION_WORDS for w in words):
        return None
    while words[0].lower() in {"and", "but", "so"}:
        words = words[1:]
    return words


def _asks_its_subject(tokens: list[str], auxiliary: int) -> bool:
    """Whether a question asks who or what its subject is, a verb following its auxiliary: "Who should not take this
    medicine?", "What will replace it?", its answer then after the auxiliary ("Why should people with severe liver
    disease not take this medicine?"; it had been "Why should not take this medicine people with…"), not "Who did
    Khorev thank?"."""
    following = next((t for t in tokens[auxiliary + 1:] if t.lower() not in NEGATIONS and not is_adverb(t)), "")
    # Not after "do" (a question for its subject takes none: "What do cats eat?" asks the object), nor a plural noun a verb
    # may spell ("What will doctors recommend?"): a bare verb after a modal or "to be" ends in no -s.
    return auxiliary == 1 and tokens[0].lower() in {"who", "what"} and tokens[1].lower() not in {"do", "does", "did"} \
        and following.islower() and bool(verb_lemmas(following)) and following.lower() not in DETERMINERS | SUBJECT_PRONOUNS \
        and not re.search(r"(?<![su])s$", following)


def _asked_again(words: list[str], previous: Turn) -> str | None:
    """A bare question asked about the previous turn, as a question of its own: "Why?" after
    "Which country did Khorev thank?" (Pakistan) is "Why did Khorev thank Pakistan?"; "Where?"
    after "When did Putin resume talks?" is "Where did Putin resume talks?". None when the previous
    question has no question word and auxiliary to start from ("Who dismissed the summit?"; "Did
    anyone object?", after which "Who?" is no question rebuilt), asked for an amount or a reason,
    asked who or what something is (`_asks_identity`), or has no place for its answer that can be
    told (`_answer_gap`)."""
    tokens = [t for t in tokenize(previous.question) if t != "?"]
    auxiliary = auxiliary_index(tokens)
    if auxiliary is None:
        return _asked_of_who_did_it(words, tokens, previous)
    if auxiliary and asked_for(previous.question) == "amount":
        return _asked_of_how_many(words, tokens, auxiliary, previous.answer)
    if not auxiliary or asked_for(previous.question) == "reason":
        return None
    opening = [t.lower() for t in tokens[:auxiliary] if t.lower() in PREPOSITIONS]  # "In which city …": in Islamabad
    question_word = next((t.lower() for t in tokens[:auxiliary] if t.lower() in QUESTION_WORDS), "")
    # After "Which country …?" the answer stands where the question word's gap is; after "When …?" nowhere.
    filled = question_word in {"who", "whom", "what", "which"}
    if filled and not previous.answer.answered:
        return None
    # "Why?" and "For what?" ask about that answer; "Who else?" and "How many?" ask in its place.
    about_answer = words[0].lower() in PREPOSITIONS or _asks_circumstance(words)
    rest = tokens[auxiliary:]
    act = filled and about_answer and _act_done(rest, previous.answer)
    if act:
        rest = act
    elif filled and about_answer:
        # After "In which city …" the answer is a place ("in Islamabad"), at the end as such places are.
        gap = None if _asks_identity(rest) else len(rest) if opening else 1 if _asks_its_subject(tokens, auxiliary) else _answer_gap(rest)
        if gap is None:
            return None
        # An answer that is no noun phrase, in the middle, as "that": "When did Khorev say *that* about
        # Polish airspace?", not "say exaggerated about"; at the end it may complete the verb ("call the reports exaggerated").
        answer = previous.answer.text
        filler = _mid_sentence(answer) if reads_as_thing(answer) or (gap == len(rest) and len(answer.split()) == 1) else "that"
        rest = [*rest[:gap], *opening, filler, *rest[gap:]]
    elif about_answer and _said_as_circumstance(question_word, words, previous.answer):
        rest = [*rest, previous.answer.text]  # "Why should the basil be added after baking?", not why it is added at all
    return join([words[0].capitalize(), *words[1:], *rest, "?"])


def _act_done(rest: list[str], answer: Answer) -> list[str] | None:
    """A question asking what was done, from its auxiliary on, with the act answered in place of "do": "What does Margaret
    Olsen hope to do?" (extend opening hours) makes "…does Margaret Olsen hope to extend opening hours", "What did Khorev
    do?" (condemned the law) "…did Khorev condemn the law" (they had been "…hope extend opening hours to do?", "…do
    condemned the law?"). None for another question, or an answer that opens with no verb."""
    first, *others = (answer.text.split() if answer.answered else []) or [""]
    lemmas = verb_lemmas(first) if first.islower() else set()
    if len(rest) < 3 or rest[-1].lower() != "do" or not _in_form_asked(first, lemmas, rest):
        return None
    return [*rest[:-1], first if first in lemmas else min(lemmas), *others]  # "condemned": its one base form


def _in_form_asked(word: str, lemmas: set[str], rest: list[str]) -> bool:
    """Whether a word, of verbs `lemmas`, is in the form the question's "does", "did" or "to" asks for: "trains nurses",
    "condemned the law", "to extend…"; not a noun or a participle that a verb's form is too ("research into polymers",
    "marketing", "building materials", "frozen foods": "Why does Brightwell Energy build materials?" had been asked)."""
    from lemminflect import getInflection

    tag = "VB" if rest[-2].lower() == "to" else {"does": "VBZ", "did": "VBD"}.get(full_auxiliary(rest[0]) or "", "VB")
    return any(word in getInflection(lemma, tag=tag) for lemma in lemmas)


def _said_as_circumstance(question_word: str, words: list[str], answer: Answer) -> bool:
    """Whether an answer to "When…?" or "Where…?" is a phrase a question can end with ("after baking", "in the cellar") and
    the bare question asks of another circumstance: "Why?" after "When should the basil be added?" asks why then."""
    opener = next(iter(answer.text.lower().split()), "") if answer.answered else ""
    return question_word in {"when", "where"} and question_word not in (w.lower() for w in words) \
        and opener in FRAGMENT_PREPOSITIONS | TIME_CONJUNCTIONS


def _asked_of_how_many(words: list[str], tokens: list[str], auxiliary: int, answer: Answer) -> str | None:
    """A bare question about the circumstances of what was counted, when the things counted are the
    previous question's subject: "Why?" after "How many prisoners of war were exchanged?" (over 1,000)
    is "Why were over 1,000 prisoners of war exchanged?" (asked as typed, with the previous turn, the
    reader had answered "four" to "Why?" after "How many bids were evaluated?"). None for another question
    ("How many bids did Dana receive?", whose subject is Dana), or an answer of no number."""
    if [t.lower() for t in tokens[:2]] != ["how", "many"] or auxiliary < 3 or not _asks_circumstance(words):
        return None
    following = tokens[auxiliary + 1] if auxiliary + 1 < len(tokens) else ""
    if not answer.answered or not (any(ch.isdigit() for ch in answer.text) or answer.text.lower() in NUMBER_WORDS):
        return None
    if not (is_participle(following) or following.lower() in {"there"} | NEGATIONS):
        return None  # another subject follows the auxiliary: the things counted are its object
    counted = tokens[2:auxiliary]
    said = [] if counted[0].lower() in answer.text.lower() else counted  # "1,000 prisoners" names them already
    return join([words[0].capitalize(), *words[1:], tokens[auxiliary], answer.text, *said, *tokens[auxiliary + 1:], "?"])


def _asked_of_who_did_it(words: list[str], tokens: list[str], previous: Turn) -> str | None:
    """A bare question about the circumstances of what the previous answer did, when the previous
    question asked who did it: "Where?" after "Who gave the media briefing?" (Albert P. Khorev) is
    "Where did Albert P. Khorev give the media briefing?" (read as typed, with the previous turn in
    brackets, the reader had answered "Russian Ambassador"). None for another question, an answer
    that names no one, or a bare question asking in the answer's place ("Who else?")."""
    verb = verb_asked_again(tokens[1]) if len(tokens) > 2 and tokens[0].lower() == "who" else None
    answer = previous.answer
    if not (verb and answer.answered and _names_only(answer.text) and _asks_circumstance(words)):
        return _asked_of_which_did_it(words, tokens, answer)
    auxiliary, base = verb
    return join([words[0].capitalize(), *words[1:], auxiliary, _mid_sentence(answer.text), base, *tokens[2:], "?"])


def _names_only(text: str) -> bool:
    """Whether an answer is a name or names joined by "and" or commas: "Zelensky", "Omar Said and Julia Chen" ("When?" after
    "Who founded Brightwell Energy?" had been asked as typed)."""
    return all(looks_like_name(part) for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", text))


def _asked_of_which_did_it(words: list[str], tokens: list[str], answer: Answer) -> str | None:
    """The same after a question asking which thing did something, its verb after a noun or two:
    "Why?" after "Which inverters need a module-level device?" (string inverters) is "Why do string
    inverters need a module-level device?"; "How?" after "Which site recovered fastest?" (Wasini)
    "How did Wasini recover fastest?" (each had been asked as typed, with the previous turn). None for
    another question, or an answer that reads as no noun phrase."""
    if len(tokens) < 4 or tokens[0].lower() not in {"which", "what"} or not _asks_circumstance(words):
        return None
    if not (answer.answered and reads_as_thing(answer.text)):
        return None
    at = next((i for i in (2, 3) if i < len(tokens) and all(t.islower() and is_word(t) and t not in AUXILIARIES
                                                             for t in tokens[1:i])), None)
    if at is None:
        return None
    verb, plural = tokens[at].lower(), number(tokenize(answer.text)) == "plural"
    asked = verb_asked_again(verb)
    base = asked[1] if asked else verb if verb_lemmas(verb) == {verb} else None  # "need", as a plural's present
    if base is None:
        return None
    auxiliary = asked[0] if asked and asked[0] == "did" else "do" if plural else "does"
    return join([words[0].capitalize(), *words[1:], auxiliary, _mid_sentence(answer.text), base, *tokens[at + 1:], "?"])


def _mid_sentence(answer: str) -> str:
    """An answer put inside a question: an article opening a sentence it was taken from in lower case
    ("When did the Coast Guard announce…?", not "…did The Coast Guard…")."""
    first, _, rest = answer.partition(" ")
    return f"{first.lower()} {rest}" if rest and first in {"The", "A", "An"} else answer


def _asks_circumstance(words: list[str]) -> bool:
    """Whether a bare question asks when, where, why or how something was done: not "How many?" or
    "How much?", which ask for an amount ("How many did Pakistan support…?" asks nothing)."""
    lower = {w.lower() for w in words}
    return bool(lower & CIRCUMSTANCE_WORDS) and not lower & {"many", "much"}


def _asks_identity(rest: list[str]) -> bool:
    """Whether a question from its auxiliary on asks who or what something is ("Who is he?", "What
    was the UN Secretariat?"): its auxiliary a copula, and no participle or stranded preposition
    ending it ("What was Khorev accused of?", "Which country was Khorev in?"). "Why is he Albert P.
    Khorev?" asks nothing the user meant by "Why?"."""
    last = rest[-1].lower()
    return rest[0].lower() in COPULAS and not is_participle(last) and last not in PREPOSITIONS


def _answer_gap(rest: list[str]) -> int | None:
    """Where, in a question from its auxiliary on, the answer its question word asked for stands:
    right after the verb when a preposition follows it ("Who did Zelensky meet _ in Istanbul?",
    "Who did Khorev accuse _ of bias?"), else at the end ("Which country did Khorev thank _?",
    "What did Khorev call the reports _?"). The verb is told only after a subject that is a name
    or a pronoun; after another ("the head of the delegation"), None where a preposition comes
    before the end ("Who did the envoy meet in Istanbul?"; not "Who did the envoy talk to?")."""
    subject_end = _subject_end(rest)
    if subject_end is None:
        return None if any(w.lower() in PREPOSITIONS for w in rest[2:-1]) else len(rest)
    after_verb = [w.lower() for w in rest[subject_end + 1:]]
    # Not before a preposition stranded at the end ("talk to") or followed by another ("talk to in Istanbul").
    before_preposition = len(after_verb) > 1 and after_verb[0] in PREPOSITIONS and after_verb[1] not in PREPOSITIONS
    return subject_end + 1 if before_preposition else len(rest)


def _subject_end(rest: list[str]) -> int | None:
    """Where the subject after the auxiliary `rest[0]` ends, when it is a pronoun or a name run
    ("did *Albert P. Khorev* meet"); None for another subject, or a name owning what follows
    ("Zelensky's envoy") or a people's adjective ("Ukrainian law")."""
    if len(rest) > 1 and rest[1].lower() in SUBJECT_PRONOUNS:
        return 2
    end = 1
    while end < len(rest) and is_name_word(rest[end], False) and not POSSESSIVE_END.search(rest[end - 1]):
        end += 1
    owned = POSSESSIVE_END.search(rest[end - 1]) or (end < len(rest) and DEMONYM.match(rest[end - 1]))
    return end if 1 < end < len(rest) and not owned else None


def _named_before(tokens: list[str], index: int) -> bool:
    """Whether a name comes before `tokens[index]`: in a first question, what a reference after one
    stands for ("Moscow … its dedication", "Russia–Ukraine talks … before they resumed")."""
    return any(is_name_word(token, position == 0) for position, token in enumerate(tokens[:index]))


def _asks_for_another(tokens: list[str]) -> bool:
    """Whether a question asks for another answer than the one given: "Who else?", "What else did
    he cite?", "Anything else?", "Which other country…?", "Any others?"."""
    words = [t.lower() for t in tokens if is_word(t)]
    while words and words[0] in {"and", "but", "so"}:
        words = words[1:]
    return len(words) > 1 and (words[1] == "else" and words[0] in QUESTION_WORDS | SOMEONE
                               or words[:2] in (["which", "other"], ["what", "other"], ["any", "others"], ["any", "other"])) \
        or words == ["others"]


def _another_asked(tokens: list[str], previous: Turn) -> tuple[str, str] | None:
    """A bare "Who else?" (or "What else?", "Anything else?", "Any others?", "Which other country?") as the previous question
    asked again: as the user meant it ("Who else gave the media briefing?", "Which other country did
    Khorev thank?") and as the reader reads it best, without "else" ("Who gave the media briefing?":
    asked with "else", the reader chose worse among the other spans). None for another question, or
    one the previous question does not fit ("Who else?" after "What did Khorev cite?"; anything after
    "How…?")."""
    words = [t.lower() for t in tokens if is_word(t)]
    while words and words[0] in {"and", "but", "so"}:
        words = words[1:]
    # "Which other country?", "What other measures?": a noun or two after "other", no verb
    other_kind = words[:2] in (["which", "other"], ["what", "other"]) and len(words) <= 4 and not set(words) & AUXILIARIES
    if not (len(words) == 2 and words[1] in {"else", "other", "others"} or words == ["others"] or other_kind):
        return None
    asked = ANOTHER_AFTER.sub(r"\1", previous.question)  # "Who else?" after "Who else gave…?": asked of "Who gave…?"
    opening = QUESTION_OPENING.match(asked)
    # Not after "How…?", nor a question word with nothing after it or contracted ("What's…?": no "What else's…"); nor
    # after a refusal, but one that found no other answer than those given, which stands ("What else?" again: none).
    if not opening or opening.group(2).lower() == "how" or not (previous.answer.answered or previous.given) \
            or not asked[opening.end():].strip() or asked[opening.end():opening.end() + 1] in "'’":
        return None
    kind, wanted = opening.group(2).lower(), words[0]
    kinds = {KINDS_OF.get(kind, kind)} | ({"where"} if (opening.group(1) or "").lower() in PLACE_PREPOSITIONS else set())
    if wanted in QUESTION_WORDS and KINDS_OF.get(wanted, wanted) not in kinds:  # "Where else?" after "In which city…?"
        return None
    following = tokenize(asked[opening.end():])
    # "Which country" is "Which other country"; "What did…" is "What else did…"
    other = kind in {"which", "what"} and following and following[0].lower() not in AUXILIARIES and is_word(following[0])
    meant = f"{asked[:opening.end()]} {'other' if other else 'else'}{asked[opening.end():]}"
    return meant, asked


def asks_nothing_alone(question: str) -> bool:
    """Whether `question` is a bare question word or two ("When?", "And why?", "Who else?"): asked with nothing
    before it, it asks nothing an article could answer."""
    return _bare_question_words(tokenize(question)) is not None


def resolve_followup(question: str, previous: Turn | None) -> Resolved:
    """How to ask `question` after `previous` (None: nothing asked before it): unchanged when it
    does not refer back, or has nothing to refer back to (those words are then `unresolved`). A
    request for a summary ("How about a summary?", "Can you summarize it?") is about the article,
    never a follow-up: asked as typed, its reply says what can be asked instead. A question for
    another answer ("Who else?") is given the answers not to give again (`Resolved.given`): the
    previous answer, and those before it that the previous question was given."""
    if asks_for_summary(question):
        return Resolved(question, question)
    tokens = tokenize(question)
    if previous is not None and not any(is_word(t) for t in tokenize(previous.question)):
        previous = None  # a turn of no question (a saved chat's, garbled) is none to refer back to: "Did he win it?" had crashed
    if previous is None:
        unresolved = tuple(t for index, (t, kind) in enumerate(zip(tokens, _reference_kinds(tokens)))
                           if kind and not _named_before(tokens, index))
        # "Where?" or "And Khorev?" first refers back as a whole: to nothing.
        whole = (question.strip(),) if _bare_question_words(tokens) or fragment_subject(tokens) else ()
        return Resolved(question, question, unresolved or whole)
    if not _asks_for_another(tokens):
        return _resolved(question, tokens, previous)
    given = (*previous.given, previous.answer) if previous.answer.answered else previous.given
    another = _another_asked(tokens, previous)
    if another and len(another[0]) <= MAX_QUESTION_CHARS:
        return Resolved(*another, subject=previous.subject, given=given)
    context = previous.as_context()
    if _bare_question_words(tokens) or len([t for t in tokens if is_word(t)]) <= 2:
        # One the previous question cannot be asked again for ("What else?" after "Where…?", "Which other
        # person?"): as typed, with the previous turn, the answers given left out.
        asked = f"{question} ({context})"
        return Resolved(question, asked if len(asked) <= MAX_QUESTION_CHARS else question, context=previous.question, given=given)
    # A whole question: its references replaced, read without "else" ("What else did he cite?" as "What did
    # Khorev cite?") and with the previous turn.
    resolved = _resolved(question, tokens, previous)
    asked = ANOTHER_AFTER.sub(r"\1", resolved.question) + f" ({context})"
    if len(asked) > MAX_QUESTION_CHARS:
        return replace(resolved, given=given)
    return replace(resolved, asked=asked, context=previous.question, given=given)


def _resolved(question: str, tokens: list[str], previous: Turn) -> Resolved:
    """`resolve_followup` for a question asked after another."""
    bare = _bare_question_words(tokens)
    asked_again = bare and _asked_again(bare, previous)
    if asked_again and len(asked_again) <= MAX_QUESTION_CHARS:
        return Resolved(asked_again, asked_again)
    fragment = fragment_subject(tokens)
    # "And ten years ago?", "And its efficiency?"
    timed = fragment and (with_time_swapped(previous.question, fragment) or with_attribute_swapped(previous.question, fragment)
                          or with_number_swapped(previous.question, fragment)  # "What about 1.25?"
                          or with_ordinal_swapped(previous.question, fragment))  # "And the last?"
    if timed and len(timed) <= MAX_QUESTION_CHARS:
        return Resolved(timed, timed, subject=previous.subject)
    detail = fragment and with_question_word_swapped(previous.question, fragment)  # "And the date?"
    if detail and len(detail) <= MAX_QUESTION_CHARS:
        return Resolved(detail, detail)
    verb_swapped = fragment and with_verb_swapped(previous.question, fragment)  # "And resume?"
    if verb_swapped and len(verb_swapped) <= MAX_QUESTION_CHARS:
        return Resolved(verb_swapped, verb_swapped, subject=previous.subject)
    # "What about them?" refers back itself: its references are replaced instead; "And the year?" names
    # no counterpart of anything ("How many prisoners of war were the year?").
    swapped = fragment and not any(_reference_kinds(fragment)) and not detail_asked(fragment) and \
        with_subject_swapped(previous.question, previous.subject, previous.answer, fragment)
    if swapped and len(swapped[0]) <= MAX_QUESTION_CHARS:
        rebuilt, subject = swapped
        return Resolved(rebuilt, rebuilt, subject=subject)
    standalone, kinds, unresolved, subject, sexes = _replace_references(question, previous)
    if not (any(kinds) or bare or is_fragment(tokens)) or len(standalone) > MAX_QUESTION_CHARS:
        return Resolved(question, question)  # a rewrite must not refuse what was typed
    if len(unresolved) == sum(1 for kind in kinds if kind) and not (bare or is_fragment(tokens)) and _speaks_of_no_one(previous):
        # Its only references are to a person, where the previous turn spoke of none: nothing ties it to that turn, which
        # read with it misled. "When did he say the drones entered?" after "Where was the media briefing held?" (Islamabad)
        # was refused at 1.00 and is answered "earlier this month" as written; of eight such questions over the seed
        # article, five were answered better as written (three had been wrong, two refused) and none worse.
        return Resolved(question, question, unresolved, subject, sexes=sexes)
    context = previous.as_context()
    asked = f"{standalone} ({context})"
    if len(asked) > MAX_QUESTION_CHARS:
        return Resolved(standalone, standalone, unresolved, subject, sexes=sexes)
    return Resolved(standalone, asked, unresolved, subject, previous.question, sexes=sexes)
