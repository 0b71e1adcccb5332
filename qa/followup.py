"""Follow-up questions: turn "When did he say that?" into a question the assistant can answer alone.

The retriever and the reader see one question at a time, so a question that points back to the
previous turn is rewritten in two cheap steps:
1. references are replaced where the result still reads as the user's question (the chat shows it
   as "Understood as: …"): a personal pronoun by the person the previous question was about (or by
   the previous answer, when that question asked for a person; or by the person an earlier turn
   named), "it"/"they" by the previous answer when that question asked for a thing, "there" by "in"
   and the previous answer when it asked for a place. "That" and "this" stay: they mostly stand for
   the previous statement or event ("When did he say that?"), which no answer reads as, and beside
   step 2 replacing them helped no retrieval and cost answer F1;
2. the previous question and answer are appended in brackets, as context for retrieval. A bare
   question word ("Why?", "Since when?") instead takes the rest of the previous question: "Why?"
   after "Which country did Khorev thank?" (Pakistan) is "Why did Khorev thank Pakistan?"; with the
   previous question in brackets the reader answered that question again.
A fragment ("What about martial law?", "And Moscow?", "How about in March?") is the previous
question (as the user meant it) with the fragment in place of what that question was about: what
its reference was replaced by ("What does it ban?" understood as "What does Ukrainian law ban?"
makes "What does martial law ban?"), else the phrase of the same kind, a name for a name, a date for
a date, a noun phrase for a noun phrase, sharing a word with the fragment where one does. It is
asked without the previous turn in brackets: there, as with bare questions, the reader mostly
answered the previous question again. A fragment with no such phrase to stand in for is asked as
typed, with the previous turn in brackets.
tests/qa/test_followup.py measures these on written follow-up pairs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from qa.answer import Answer, asks_for_summary
from qa.questions import MAX_QUESTION_CHARS

PERSON_PRONOUNS = {"he", "she", "him", "her"}
PERSON_POSSESSIVES = {"his", "hers"}
THING_PRONOUNS = {"it", "they", "them"}
OTHER_REFERENCES = {"its", "their", "theirs", "those", "these", "then"}  # left as they are, but they refer back
REFERENCES = PERSON_PRONOUNS | PERSON_POSSESSIVES | THING_PRONOUNS | OTHER_REFERENCES | {"there", "that", "this"}
PREPOSITIONS = {"to", "about", "in", "on", "for", "with", "from", "at", "by", "of"}
# Prepositions whose object "there" is ("from there", "in there"): after others ("agree on there",
# "talk about there") "there" is an adverb of its own, and stands for "in" and the place.
PREPOSITIONS_BEFORE_THERE = {"from", "in"}
# Words after which "her" is no possessive: "Who met her and why?", "Did he tell her that…?"
NOT_OWNED = PREPOSITIONS | {"and", "or", "but", "that", "when", "where", "if", "after", "before", "because"}
# "It" is no reference when a clause it stands for follows: "Is it true that…", "How long did it take to…"
CLAUSE_OPENERS = {"that", "to", "whether", "if"}
OPENING_WORDS = {"who", "whom", "whose", "what", "when", "where", "which", "why", "how", "did", "does", "do",
                 "is", "was", "were", "are", "according", "in", "on", "at", "and", "so"}
DO_AUXILIARIES = {"did", "does", "do"}
AUXILIARIES = DO_AUXILIARIES | {"is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could",
               "should", "must", "may", "might"}
QUESTION_WORDS = {"who", "whom", "whose", "what", "which", "when", "where", "why", "how"}
# A question of only these words ("Why?", "Since when?", "In what year?", "And how many?") asks
# again about the previous turn.
BARE_QUESTION = QUESTION_WORDS | PREPOSITIONS | {"and", "but", "so", "since", "until", "many", "much", "long", "often",
                                                 "else", "exactly", "not", "then", "year", "month", "date", "reason"}
# Bare questions that ask about the previous answer's circumstances, not for another answer in its place.
CIRCUMSTANCE_WORDS = {"when", "where", "why", "how", "since", "until", "year", "month", "date", "reason"}
PERSON_NOUNS = {"person", "man", "woman", "president", "ambassador", "leader", "minister", "official", "diplomat",
                "spokesman", "spokeswoman", "envoy", "politician", "general", "commander", "secretary"}
PLACE_NOUNS = {"city", "country", "place", "town", "capital", "region", "village", "venue"}
TIME_NOUNS = {"year", "month", "date", "day", "time"}
DETERMINERS = {"the", "a", "an", "any", "all", "most", "some"}
# Capitalised words that name no person, though a question may open a name's run with them.
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"}
WORD = re.compile(r"[\w’'.-]+|[^\w\s]")
# A capitalised word, allowing initials ("Albert P. Khorev") and a possessive ending ("Zelensky's").
NAME_WORD = re.compile(r"^[A-Z][\w.-]*(?:['’]s)?$")
POSSESSIVE_END = re.compile(r"['’]s$")
DEMONYM = re.compile(r"^[A-Z]\w+(?:ian|ish|ese)$")
YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class Turn:
    """A question standing on its own (its references already resolved) and the answer it got."""

    question: str
    answer: Answer
    # Who "he"/"she" means when this turn's question and answer name no one: the person an
    # earlier turn named (ui/conversation.py fills it in).
    earlier_person: str | None = None
    # What the question was about, for a following "What about X?" to swap for X: what its
    # reference was replaced by, or a rebuilt fragment's X (`Resolved.subject`).
    subject: str | None = None


@dataclass(frozen=True)
class Resolved:
    """A question as the user meant it (`question`) and as the assistant should be asked it (`asked`)."""

    question: str
    asked: str
    unresolved: tuple[str, ...] = ()  # words that refer back to no earlier question, or to no person one named
    subject: str | None = None  # what the question is about, where a follow-up resolved to it (`Turn.subject`)

    def turn(self, answer: Answer) -> Turn:
        """This question and its answer, as the next follow-up refers back to them."""
        return Turn(self.question, answer, subject=self.subject)


def _is_name_word(token: str, first: bool) -> bool:
    """Capitalised, and neither a question's opening word ("What", "According") nor a pronoun ("He")."""
    lower = token.lower()
    return bool(NAME_WORD.match(token)) and lower not in REFERENCES and not (first and lower in OPENING_WORDS)


def proper_names(text: str) -> list[str]:
    """Runs of capitalised words: "Who met Albert P. Khorev in Islamabad?" -> Albert P. Khorev, Islamabad."""
    names: list[str] = []
    current: list[str] = []
    for position, token in enumerate(WORD.findall(text)):
        if _is_name_word(token, position == 0):
            current.append(POSSESSIVE_END.sub("", token))
            if POSSESSIVE_END.search(token):  # "Zelensky's term": the name ends at the possessive
                names.append(" ".join(current))
                current = []
        elif current:
            names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    return [name.rstrip(".") for name in names]


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 5 and all(w[0].isupper() for w in words) and not any(ch.isdigit() for ch in text)


def _could_be_person(name: str, following: str) -> bool:
    """Not a month ("in May 2024"), an acronym ("UN", "NATO", "U.S.") nor a people's adjective
    ("Ukrainian law", "Polish airspace")."""
    return name not in MONTHS and not name.isupper() and not (DEMONYM.search(name) and following.islower())


def asked_for(question: str) -> str:
    """What kind of answer a question asks for, from its opening: "person", "place", "time",
    "amount", "reason" or "thing" ("Which president…" a person, "In which city…" a place)."""
    words = [POSSESSIVE_END.sub("", t.lower()) for t in WORD.findall(question) if _is_word(t)]
    while words and words[0] in PREPOSITIONS:
        words = words[1:]
    first, second = (words + ["", ""])[:2]
    if first in {"who", "whom", "whose"} or (first in {"which", "what"} and second in PERSON_NOUNS):
        return "person"
    if first == "where" or (first in {"which", "what"} and second in PLACE_NOUNS):
        return "place"
    if first == "when" or (first in {"which", "what"} and second in TIME_NOUNS):
        return "time"
    if first == "how" and second in {"many", "much", "long", "often"}:
        return "amount"
    if first in {"why", "how"}:
        return "reason"
    return "thing"


def person_referent(previous: Turn) -> str | None:
    """Who "he"/"she" most likely means: the answer to a question asking for a person, else the
    first name the previous question mentions, else the person an earlier turn named."""
    answer = previous.answer
    if answer.answered and asked_for(previous.question) == "person" and _looks_like_name(answer.text):
        return answer.text
    text = previous.question
    names = [name for name in proper_names(text) if _could_be_person(name, _word_after(text, name))]
    return names[0] if names else previous.earlier_person


def _word_after(text: str, name: str) -> str:
    following = re.search(re.escape(name) + r"(?:['’]s)?\s+(\S+)", text)
    return following.group(1) if following else ""


def _is_referring_that(tokens: list[str], index: int) -> bool:
    """"that"/"this" standing alone (at the end, before a preposition, or after an auxiliary: "When
    did that happen?"), not "the law that bans"."""
    following = tokens[index + 1] if index + 1 < len(tokens) else "?"
    preceding = tokens[index - 1].lower() if index else ""
    return following in {"?", ".", ",", "!"} or following.lower() in PREPOSITIONS or preceding in AUXILIARIES


def _join(tokens: list[str]) -> str:
    """Tokens back into a sentence: no space before punctuation."""
    text = ""
    for token in tokens:
        text += token if not text or re.fullmatch(r"[^\w\s“‘(\[]", token) else f" {token}"
    return text


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _is_dummy(tokens: list[str], index: int) -> bool:
    """Whether the "it" or "there" at `index` stands for nothing earlier: "Were there any casualties?",
    "How many drones were there?", "Is it true that NATO escalated?". A "there" that ends a question
    ("Who was there?") or comes before a preposition is the place answered before."""
    lower = tokens[index].lower()
    following = tokens[index + 1].lower() if index + 1 < len(tokens) else "?"
    if lower == "there":
        opening = " ".join(t.lower() for t in tokens[:2])
        return opening in {"how many", "how much"} or (_is_word(following) and following not in PREPOSITIONS)
    return any(t.lower() in CLAUSE_OPENERS and i + 1 < len(tokens) and _is_word(tokens[i + 1])
               for i, t in enumerate(tokens[index + 1:], index + 1))


def _reference_kinds(tokens: list[str]) -> list[str | None]:
    """For each token, how it refers back: "person", "owner" (a possessive), "thing" ("it",
    "they"), "place" ("there"), "other" ("that", "their", …), or None when it does not."""
    kinds: list[str | None] = []
    name_seen = False  # "What did Khorev say he wanted?": that "he" is Khorev already
    for index, token in enumerate(tokens):
        lower = token.lower()
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else "?"
        name_seen = name_seen or _is_name_word(token, index == 0)
        if not name_seen and (lower in PERSON_POSSESSIVES or (lower == "her" and _is_word(following) and following not in NOT_OWNED)):
            kinds.append("owner")
        elif not name_seen and lower in PERSON_PRONOUNS:
            kinds.append("person")
        elif lower in THING_PRONOUNS and not (lower == "it" and _is_dummy(tokens, index)):
            kinds.append("thing")
        elif lower == "there" and not _is_dummy(tokens, index):
            kinds.append("place")
        elif lower in OTHER_REFERENCES or (lower in {"that", "this"} and _is_referring_that(tokens, index)):
            kinds.append("other")
        else:
            kinds.append(None)
    return kinds


def _replace_references(question: str, previous: Turn) -> tuple[str, list[str | None], tuple[str, ...], str | None]:
    """The question with references replaced, how each word refers back, the person pronouns
    that have no one to stand for, and what the first reference replaced was replaced by."""
    tokens = WORD.findall(question)
    kinds = _reference_kinds(tokens)
    person = person_referent(previous)
    answer, answer_kind = previous.answer, asked_for(previous.question)
    thing = answer.text if answer.answered and answer_kind == "thing" else None
    place = answer.text if answer.answered and answer_kind == "place" else None
    rewritten: list[str] = []
    replacements: list[str] = []
    for index, (token, kind) in enumerate(zip(tokens, kinds)):
        if kind in {"person", "owner"} and person:
            rewritten.append(f"{person}'s" if kind == "owner" else person)
            replacements.append(person)
        elif kind == "thing" and thing:
            rewritten.append(thing)
            replacements.append(thing)
            thing = None  # one answer fills one reference; a second "it" is left for the reader
        elif kind == "place" and place:
            # "Who was there?" is "Who was in Islamabad?"; "from there" is "from Islamabad"
            rewritten += [place] if index and tokens[index - 1].lower() in PREPOSITIONS_BEFORE_THERE else ["in", place]
            replacements.append(place)
        else:
            rewritten.append(token)
    unresolved = () if person else tuple(t for t, kind in zip(tokens, kinds) if kind in {"person", "owner"})
    return (_join(rewritten) if rewritten != tokens else question), kinds, unresolved, next(iter(replacements), None)


def _bare_question_words(tokens: list[str]) -> list[str] | None:
    """The words of a bare question ("And why?": why), None when the question says more."""
    words = [t for t in tokens if _is_word(t)]
    if not words or not all(w.lower() in BARE_QUESTION for w in words) or not any(w.lower() in QUESTION_WORDS for w in words):
        return None
    while words[0].lower() in {"and", "but", "so"}:
        words = words[1:]
    return words


def _is_fragment(tokens: list[str]) -> bool:
    """"And the Easter ceasefire?", "What about the remains?": the previous question, about something else."""
    opening = [t.lower() for t in tokens[:2]]
    return opening[:1] in (["and"], ["but"]) or opening in (["what", "about"], ["how", "about"])


def _fragment_subject(tokens: list[str]) -> list[str] | None:
    """The X of "What about X?", "How about X?", "And X?" (and "And what about X?"); None for
    another question, or one whose X is a question of its own ("And why did he…?") or refers back
    itself ("What about them?": the references are replaced instead)."""
    words = list(tokens)
    while words and not _is_word(words[-1]):
        words.pop()
    opened = bool(words) and words[0].lower() in {"and", "but"}
    words = words[1:] if opened else words
    if [w.lower() for w in words[:2]] in (["what", "about"], ["how", "about"]):
        words, opened = words[2:], True
    # "And so the talks ended?": "so", like a question word or an auxiliary, opens a clause, no X.
    if not opened or not words or words[0].lower() in QUESTION_WORDS | AUXILIARIES | {"so"} or any(_reference_kinds(words)):
        return None
    return words


def _kind(words: list[str]) -> str:
    """What a phrase names, as far as its words tell: "time" (a month or a year), "name"
    (capitalised words: "Moscow", "the UN Secretariat") or "thing" ("martial law", "Ukrainian law")."""
    if any(w in MONTHS or YEAR.match(w) for w in words):
        return "time"
    content = words[1:] if words[0].lower() in DETERMINERS else words
    return "name" if all(_is_name_word(w, False) for w in content if _is_word(w)) else "thing"


def _auxiliary(tokens: list[str]) -> int | None:
    """Where the question's auxiliary is ("Which country *did* Khorev thank?"): after its opening
    word, among its first few; None for a question without one ("Who dismissed the summit?")."""
    return next((i for i, t in enumerate(tokens[:7]) if i and t.lower() in AUXILIARIES), None)


def _swappable_phrases(tokens: list[str]) -> list[tuple[int, int]]:
    """Where in a question a fragment's X can stand, as [start, end) of `tokens`: runs of
    capitalised words and years ("Khorev", "May 2024"), and noun phrases, opening at a determiner,
    a people's adjective ("Ukrainian law"), or a lowercase word after the auxiliary, "how many" or a
    preposition, and running to the next auxiliary, question word or punctuation ("the reports of
    Russian drones in Polish airspace", "prisoners of war", "of bias"). Verbs are told from nouns
    only where the question's shape does: the subject of "What does Ukrainian law ban?" or "When
    was the law passed?" ends before the last word."""
    auxiliary = _auxiliary(tokens)
    phrases: list[tuple[int, int]] = []
    start = 0
    while start < len(tokens):
        token, before = tokens[start], [t.lower() for t in tokens[max(start - 2, 0):start]]
        after = tokens[start + 1] if start + 1 < len(tokens) else ""
        follows_opening = start - 1 == auxiliary or (bool(before) and before[-1] in PREPOSITIONS) or \
            before in (["how", "many"], ["how", "much"])
        opens_phrase = token.lower() in DETERMINERS or bool(DEMONYM.match(token) and after.islower()) or (
            token.islower() and _is_word(token) and token not in AUXILIARIES | QUESTION_WORDS | PREPOSITIONS and follows_opening)
        if opens_phrase:
            end = start + 1
            while end < len(tokens) and _is_word(tokens[end]) and tokens[end].lower() not in AUXILIARIES | QUESTION_WORDS:
                end += 1
            # A subject running to the end has the verb last: bare after "does", a participle after "was".
            if start - 1 == auxiliary and end == len(tokens) and end - start > 1 and (
                    tokens[auxiliary].lower() in DO_AUXILIARIES or tokens[end - 1].endswith("ed")):
                end -= 1
        elif _is_name_word(token, start == 0) or YEAR.match(token):
            end = start + 1
            while end < len(tokens) and (_is_name_word(tokens[end], False) or YEAR.match(tokens[end])):
                end += 1
        else:
            start += 1
            continue
        phrases.append((start, end))
        start = end
    return phrases


def _with_subject_swapped(previous: Turn, fragment: list[str]) -> Resolved | None:
    """The previous question with the fragment's X in place of what it was about: its `subject`
    where that is of the same kind, else the phrase of that kind sharing a word with X, else the
    first of that kind (a question's first name is mostly whom it is about). None when it has none."""
    tokens = WORD.findall(previous.question)
    while tokens and not _is_word(tokens[-1]):
        tokens.pop()
    preposition = fragment[0] if len(fragment) > 1 and fragment[0].lower() in PREPOSITIONS else None  # "And in March?"
    bare = fragment[1:] if preposition else fragment
    kind = _kind(bare)
    plain = [POSSESSIVE_END.sub("", t) for t in tokens]
    known = WORD.findall(previous.subject or "")
    phrases = [(s, s + len(known)) for s in range(len(tokens))
               if known and plain[s:s + len(known)] == known and _kind(known) == kind]
    shared = {w.lower() for w in bare} - DETERMINERS - PREPOSITIONS
    same_kind = [(s, e) for s, e in _swappable_phrases(tokens) if _kind(tokens[s:e]) == kind]
    phrases += [(s, e) for s, e in same_kind if shared & {t.lower() for t in tokens[s:e]}] + same_kind
    if not phrases:
        return None
    start, end = phrases[0]
    replacement = list(bare)
    if preposition and start and tokens[start - 1].lower() in PREPOSITIONS:
        start, replacement = start - 1, [preposition, *bare]  # "in March" for "in April"
    if POSSESSIVE_END.search(tokens[end - 1]):
        replacement[-1] += "'s"  # "Putin" for "Zelensky" in "Zelensky's term"
    if start and tokens[start - 1].lower() in {"many", "much"} and replacement[0].lower() in DETERMINERS:
        replacement = replacement[1:]  # "How many remains…", not "How many the remains…"
    swapped = _join([*tokens[:start], *replacement, *tokens[end:], "?"])
    return Resolved(swapped, swapped, subject=_join(bare))


def _asked_again(words: list[str], previous: Turn) -> str | None:
    """A bare question asked about the previous turn, as a question of its own: "Why?" after
    "Which country did Khorev thank?" (Pakistan) is "Why did Khorev thank Pakistan?"; "Where?"
    after "When did Putin resume talks?" is "Where did Putin resume talks?". None when the previous
    question has no auxiliary to start from ("Who dismissed the summit?"), or asked for an amount
    or a reason."""
    tokens = [t for t in WORD.findall(previous.question) if t != "?"]
    auxiliary = _auxiliary(tokens)
    if auxiliary is None or asked_for(previous.question) in {"amount", "reason"}:
        return None
    opening = [t.lower() for t in tokens[:auxiliary] if t.lower() in PREPOSITIONS]  # "In which city …": in Islamabad
    question_word = next((t.lower() for t in tokens[:auxiliary] if t.lower() in QUESTION_WORDS), "")
    # After "Which country …?" the answer stands where the question word stood; after "When …?" nowhere.
    filled = question_word in {"who", "whom", "what", "which"}
    if filled and not previous.answer.answered:
        return None
    # "Why?" and "For what?" ask about that answer; "Who else?" and "How many?" ask in its place.
    about_answer = words[0].lower() in PREPOSITIONS or any(w.lower() in CIRCUMSTANCE_WORDS for w in words)
    ending = [*opening, previous.answer.text] if filled and about_answer else []
    return _join([words[0].capitalize(), *words[1:], *tokens[auxiliary:], *ending, "?"])


def resolve_followup(question: str, previous: Turn | None) -> Resolved:
    """How to ask `question` after `previous` (None: nothing asked before it): unchanged when it
    does not refer back, or has nothing to refer back to (those words are then `unresolved`). A
    request for a summary ("How about a summary?", "Can you summarize it?") is about the article,
    never a follow-up: asked as typed, its reply says what can be asked instead."""
    if asks_for_summary(question):
        return Resolved(question, question)
    tokens = WORD.findall(question)
    if previous is None:
        return Resolved(question, question, tuple(t for t, kind in zip(tokens, _reference_kinds(tokens)) if kind))
    bare = _bare_question_words(tokens)
    asked_again = bare and _asked_again(bare, previous)
    if asked_again and len(asked_again) <= MAX_QUESTION_CHARS:
        return Resolved(asked_again, asked_again)
    fragment = _fragment_subject(tokens)
    swapped = fragment and _with_subject_swapped(previous, fragment)
    if swapped and len(swapped.asked) <= MAX_QUESTION_CHARS:
        return swapped
    standalone, kinds, unresolved, subject = _replace_references(question, previous)
    if not (any(kinds) or bare or _is_fragment(tokens)) or len(standalone) > MAX_QUESTION_CHARS:
        return Resolved(question, question)  # a rewrite must not refuse what was typed
    context = f"{previous.question} {previous.answer.text}".strip()
    asked = f"{standalone} ({context})"
    return Resolved(standalone, asked if len(asked) <= MAX_QUESTION_CHARS else standalone, unresolved, subject)
