"""Fragments: turn "What about martial law?" into the previous question, about martial law.

A fragment ("What about martial law?", "And Moscow?", "How about in March?") is the previous
question (as the user meant it) with the fragment in place of what that question was about: what
its reference was replaced by ("What does it ban?" understood as "What does Ukrainian law ban?"
makes "What does martial law ban?"), else the phrase of the same kind, a name for a name (a place,
where the chat tells one, for a name after "in" or "at", a person for another; countries named
"the Baltic states" too), a date for a date, a noun phrase for a noun phrase, the one the fragment
is most like the counterpart of: sharing a word with it, after the same preposition, of the same
number ("And the Nordic countries?" after "How much aid has Kiev received from the Baltic
states?"); after the fragment's own preposition one of another kind too ("And on Saturdays?" for
"on weekdays"). In "Who is X?" a thing stands only for one X names after a preposition ("And the
plumbing?" after "Who is responsible for repairs to the roof?"). The auxiliary agrees with it
("Where were referendums held?", "And the media briefing?": "Where was the media briefing held?";
"Is the ceasefire respected?", "And the truces?": "Are the truces respected?", a negation, "be" or
an adverb before the verb staying: "Are the truces not respected?"), and so do a possessive ending
("Putin's term", "the Europeans' term" for "Zelensky's term") and "much" or "many" ("How many
eggs…", "How much flour…"); qa/grammar.py tells a phrase's kind and number.
A fragment of one verb ("And resume?" after "When did the talks pause?") is that question with
its verb in the verb's place, in the same form (`with_verb_swapped`).
A previous question with no such phrase for the fragment to stand in for, or opening with its
auxiliary whose subject runs into what it asks ("Is the ceasefire holding?"), is rebuilt into none.
qa/followup.py asks the question rebuilt; tests/qa/test_followup.py measures these through it.
"""
from __future__ import annotations

import re

from qa.answer import Answer
from qa.choices import choices_offered
from qa.grammar import (BARE_VERB_AUXILIARIES, COPULAS, COURSE_VERBS, DEMONYM, DETERMINERS,
                        PERSON_NOUNS, PLACE_PREPOSITIONS, POSSESSIVE_END, PREPOSITIONS, QUESTION_WORDS, SPEECH_VERBS,
                        SUBJECT_PRONOUNS, YEAR,
                        asked_for, auxiliary_for, auxiliary_index, could_be_person, full_auxiliary, head, is_adverb, is_auxiliary,
                        is_name_word, is_owner_named, is_participle, is_word, join, kind_of, name_end, named_after, number,
                        opens_predicate, opens_subject, possessive_ending, sex_referred_to, singular, tokenize, verb_lemmas,
                        written_together)



# A fragment naming one of these asks the previous question with this question word: "And the date?"
DETAIL_QUESTION_WORDS = {"date": "When", "day": "When", "time": "When", "year": "When", "month": "When",
                         "reason": "Why", "cause": "Why", "place": "Where", "location": "Where", "venue": "Where"}


DETAIL_QUALIFIERS = {"exact", "precise", "specific", "actual", "main", "real", "please"}


def is_fragment(tokens: list[str]) -> bool:
    """"And the Easter ceasefire?", "What about the remains?": the previous question, about something else."""
    opening = [t.lower() for t in tokens[:2]]
    return opening[:1] in (["and"], ["but"]) or opening in (["what", "about"], ["how", "about"])


# Words naming people, for telling which phrase a fragment of people stands for.
PEOPLE = {"adult", "child", "children", "people", "person", "visitor", "member", "resident", "student", "pupil", "user",
          "customer", "passenger", "employee", "worker", "staff", "teacher", "parent", "senior", "volunteer", "guest",
          "patient", "tenant", "player", "man", "men", "woman", "women", "boy", "girl", "citizen", "ambassador", "official",
          "landlord", "landlady", "buyer", "seller", "employer", "manager", "doctor", "nurse", "driver", "client", "supplier",
          "contractor", "applicant", "borrower", "lender", "husband", "wife", "partner", "owner", "claimant", "policyholder"}
# Nouns of what something has, its "of" naming whose: a fragment stands for that ("the warranty of a
# microinverter", "What about a hybrid?": the hybrid's warranty).
ATTRIBUTES = {"warranty", "cost", "price", "value", "size", "length", "width", "height", "weight", "depth", "area", "age",
              "population", "capital", "name", "efficiency", "capacity", "speed", "rate", "share", "number", "amount",
              "total", "range", "lifespan", "life", "duration", "score", "budget", "salary", "revenue", "output", "power",
              "temperature", "distance", "volume", "level", "percentage", "address", "location", "date", "year", "color",
              "colour", "author", "owner", "leader", "head", "director", "founder", "mayor", "president", "point"}
FRAGMENT_PREPOSITIONS = PREPOSITIONS | {"during", "after", "before", "under", "over", "without", "within", "between", "among",
                                        "near", "since", "until", "through", "across", "against", "into", "per", "via", "like"}
THINGS_HAD = ATTRIBUTES - {"author", "owner", "leader", "head", "director", "founder", "mayor", "president"}  # not a person
# A time a fragment may name, and one a question may: "today", "ten years ago", "in 2019", "last year".
TIME_PHRASE = (r"(?:today|now|nowadays|currently|yesterday|tomorrow|then|before|earlier|later|at present|"
               r"(?:this|last|next) (?:year|month|week|season|decade|century)|(?:in|by|since|before|after|during) (?:\d{4}|the \d{4}s)|"
               r"(?:\w+|\d+|a) (?:years?|months?|weeks?|days?|decades?) (?:ago|earlier|later|before))")
TIME_FRAGMENT = re.compile(TIME_PHRASE, re.IGNORECASE)
TIME_SAID = re.compile(rf"\b{TIME_PHRASE}\b", re.IGNORECASE)
INITIAL = re.compile(r"[A-Z]\.")  # a name cut to its initial: "Y. pestis"
DEGREE_WORDS = {"most", "more", "less", "least"}
CLOSING_PUNCTUATION = {"?", "!", ".", "…", ",", ";", ":"}
QUOTE_PAIRS = {"“": "”", "‘": "’", "«": "»", '"': '"', "'": "'"}  # an opening quote mark: its closing one
# What may open a correction before "I meant": "No, I meant Zelensky", "Sorry, I meant the EU".
CORRECTION_OPENERS = {"no", "sorry", "oops", "actually", "well", ",", "."}


def fragment_subject(tokens: list[str]) -> list[str] | None:
    """The X of "What about X?", "How about X?", "And X?" (and "And what about X?"), or of a
    correction, "No, I meant X" (asked as typed, it had been refused); None for another question, or
    one whose X is a question of its own ("And why did he…?")."""
    words = list(tokens)
    # Its closing punctuation goes; a mark written onto the word before it stays: "the “Easter ceasefire”", "50%".
    while words and not is_word(words[-1]) and (words[-1] in CLOSING_PUNCTUATION or not (len(words) > 1 and written_together(words[-2], words[-1]))):
        words.pop()
    lower = [w.lower() for w in words]
    meant = next((i for i in range(len(words) - 2) if lower[i:i + 2] in (["i", "meant"], ["i", "mean"])
                  and all(w in CORRECTION_OPENERS for w in lower[:i])), None)
    if meant is not None:
        named = words[meant + 2:]
        while named and not is_word(named[0]):  # "I mean, Zelensky"
            named = named[1:]
        if named and named[-1].endswith(".") and "." not in named[-1][:-1]:  # a full stop, not an abbreviation's ("the U.S.")
            named[-1] = named[-1][:-1]
        return None if not named or not named[-1] or named[0].lower() in QUESTION_WORDS | {"that", "it"} else named
    opened = bool(words) and words[0].lower() in {"and", "but"}
    words = words[1:] if opened else words
    if [w.lower() for w in words[:2]] in (["what", "about"], ["how", "about"]):
        words, opened = words[2:], True
    # "And so the talks ended?": "so", like a question word or an auxiliary, opens a clause, no X.
    if not opened or not words or words[0].lower() in QUESTION_WORDS | {"so"} or is_auxiliary(words, 0):
        return None
    return words


def with_question_word_swapped(question: str, fragment: list[str]) -> str | None:
    """The previous `question` asking for the detail a fragment names ("And the date?", "What about
    the reason?"): "Where did the explosions happen?" and "And the date?" make "When did the explosions
    happen?". None for another fragment, or a question not opening with "when", "where", "why" or
    "how" and its auxiliary, or already asking for that detail."""
    asked = detail_asked(fragment)
    tokens = tokenize(question)
    if not asked or len(tokens) < 3 or auxiliary_index(tokens) != 1:
        return None
    opening = tokens[0].lower()
    if opening not in {"when", "where", "why", "how"} or opening == asked.lower():
        return None
    while tokens and tokens[-1] in {"?", ".", "!"}:
        tokens.pop()
    return join([asked, *tokens[1:], "?"])


def with_verb_swapped(question: str, fragment: list[str]) -> str | None:
    """The previous `question` with a one-word fragment's verb in place of its own, in the same form:
    "When did the talks pause?" and "And resume?" (or "And resumed?") make "When did the talks
    resume?"; "When was the law passed?" and "And amended?", "When was the law amended?". None for a
    fragment that is no verb, or a question whose verb is not told (`_verb_index`). A word that is a
    noun too ("And support?", "And cost?") is taken for a verb only where the question's is a verb alone
    ("Who wrote the report?", "And read?") or both are verbs of a thing's course (COURSE_VERBS): "Why
    did prices rise?", "And fall?"."""
    from lemminflect import getAllLemmas, getInflection

    if len(fragment) != 1 or not (fragment[0].isalpha() and fragment[0].islower()):
        return None
    tokens = tokenize(question)
    while tokens and tokens[-1] in {"?", ".", "!"}:
        tokens.pop()
    verb = _verb_index(tokens)
    new = fragment[0]
    lemmas = getAllLemmas(new)
    if verb is None or "VERB" not in lemmas or new == tokens[verb].lower():
        return None
    old = verb_lemmas(tokens[verb])
    both_of_a_course = set(lemmas["VERB"]) & COURSE_VERBS and old & COURSE_VERBS
    if "NOUN" in lemmas and not both_of_a_course:
        old_is_a_verb_alone = not any("NOUN" in getAllLemmas(lemma) for lemma in old)
        bare_phrase = any(tokens[start].islower() and tokens[start] not in DETERMINERS for start, _ in _swappable_phrases(tokens))
        if not old_is_a_verb_alone or bare_phrase:  # "How much aid did Kiev receive?", "And support?": the aid's counterpart
            return None
    # The form the question's auxiliary asks for: "did" a bare verb, "was" a participle, none the past or present.
    auxiliary = auxiliary_index(tokens)
    wanted = ("VBD", "VBZ", "VB", "VBN") if auxiliary is None or auxiliary > verb else \
        ("VB",) if full_auxiliary(tokens[auxiliary]) in BARE_VERB_AUXILIARIES else ("VBN", "VBG", "VBD")
    form = next((tag for tag in wanted if tag in _verb_forms(tokens[verb].lower())), None)
    if form is None:
        return None
    written = new if form in _verb_forms(new) else getInflection(lemmas["VERB"][0], tag=form)[0]
    return join([*tokens[:verb], written, *tokens[verb + 1:], "?"])


def _verb_index(tokens: list[str]) -> int | None:
    """Where a question's verb is, where its shape tells: after its auxiliary's subject ("When did
    the talks *pause*?", "When was the law *passed*?"), or right after "Who" or "What" and any
    auxiliary ("Who *opened* the bridge?", "Who will *lead* the talks?"); None elsewhere."""
    auxiliary = auxiliary_index(tokens)
    opens = len(tokens) > 1 and tokens[0].lower() in {"who", "what"}
    if auxiliary is None:
        return 1 if opens and tokens[1].islower() and _verb_forms(tokens[1]) else None
    if opens and auxiliary == 1 and len(tokens) > 2 and tokens[2].islower() and "VB" in _verb_forms(tokens[2]):
        return 2  # "Who will *lead* the talks?": the question word is the subject
    subject_end = _subject_end_at_verb(tokens, auxiliary + 1, len(tokens), auxiliary) if auxiliary else None
    verb = next((i for i in range(subject_end or len(tokens), len(tokens)) if not opens_predicate(tokens[i])), None)
    return verb if verb is not None and tokens[verb].islower() and _verb_forms(tokens[verb]) else None


def _verb_forms(word: str) -> set[str]:
    """The forms (Penn tags) a word takes as a verb: {"VBD", "VBN"} for "passed", {"VB"} for "pause"."""
    from lemminflect import getInflection

    return {tag for lemma in verb_lemmas(word) for tag in ("VB", "VBD", "VBZ", "VBN", "VBG")
            if word in getInflection(lemma, tag=tag)}


def detail_asked(fragment: list[str]) -> str | None:
    """The question word a fragment naming a detail asks with ("the date", "the exact dates, please":
    "When"); None for another."""
    words = [w for w in fragment if is_word(w) and w.lower() not in DETERMINERS | DETAIL_QUALIFIERS]
    if len(words) != 1 or not words[0].islower():  # "the Times" is a newspaper
        return None
    return DETAIL_QUESTION_WORDS.get(words[0]) or DETAIL_QUESTION_WORDS.get(words[0].removesuffix("s"))


def with_subject_swapped(question: str, subject: str | None, answer: Answer, fragment: list[str]) -> tuple[str, str] | None:
    """The previous `question` (`answer` its answer) with the `fragment`'s X in place of what it
    was about: its `subject` where that is of the same kind, else the phrase of that kind X is
    most like the counterpart of (`_unlikeness`), of those alike one no speaker's (`_is_speaker`), then
    the first (a question's first name is mostly whom it is about); and X, what the question rebuilt
    is about. None when the question has no such phrase."""
    tokens = tokenize(question)
    while tokens and tokens[-1] in {"?", ".", "!"}:  # closing quotes and brackets stay: "was “a trap”?"
        tokens.pop()
    preposition = fragment[0] if len(fragment) > 1 and fragment[0].lower() in FRAGMENT_PREPOSITIONS else None  # "And in March?"
    bare = fragment[1:] if preposition else fragment
    kind = _fragment_kind(preposition, bare, question, answer)
    plain = [POSSESSIVE_END.sub("", t) for t in tokens]
    known = tokenize(subject or "")
    # a role stands for the person the question was about: "And the Hollin Vale manager?" after "What did he say after the
    # match?" (he, Lyle Ashdown) had asked what Lyle Ashdown said "after the Hollin Vale manager" (a review's, session 53)
    subject_kind = "person" if kind == "thing" and names_someone(bare) else kind
    phrases = [(s, s + len(known)) for s in range(len(tokens))
               if known and plain[s:s + len(known)] == known and _fits(subject_kind, _phrase_kind(tokens, s, s + len(known)))]
    whole = [(s, e) for s, e in _swappable_phrases(tokens) + _names_after_prepositions(tokens)
             if tokens[s:e] != ["I"]]  # "Can I bring…?"
    if kind == "thing" and _asks_who_is(tokens) and not names_someone(bare):
        # "Who is X?" asks who X describes: a thing stands for a thing X names after a preposition, "And the plumbing?"
        # after "Who is responsible for repairs to the roof?" for the roof (it had asked "Who is the plumbing?").
        whole = _after_prepositions(tokens, whole)
    # After the fragment's own preposition a phrase of another kind fits too, after those of its kind: "And on Saturdays?"
    # for "on weekdays" (it had been asked as typed).
    fitting = [(s, e) for s, e in whole + _inner_phrases(tokens, whole, preposition, bare)
               if _fits(kind, _phrase_kind(tokens, s, e)) or preposition and s and tokens[s - 1].lower() == preposition.lower()
               and "time" not in {kind, _phrase_kind(tokens, s, e)}]  # "And in 2022?" is not Norway's place
    # Alike as far as that tells, what follows a preposition inside a phrase is what is swapped: "What is
    # the warranty of a microinverter?", "What about a hybrid?" asks the hybrid's warranty.
    phrases += sorted(fitting, key=lambda phrase: (not _fits(kind, _phrase_kind(tokens, *phrase)),
                                                   *_unlikeness(tokens, *phrase, preposition, bare), _is_speaker(tokens, *phrase),
                                                   phrase in whole))
    if preposition:
        # After the same preposition only: "And for children under 12?" after "What is the maximum daily dose for adults?"
        # had asked "What is children under 12 daily dose for adults?", and "And during pregnancy?" "Can during
        # pregnancy be taken with alcohol?" (helper's follow-up test).
        phrases = [(start, end) for start, end in phrases if start and tokens[start - 1].lower() == preposition.lower()]
    if _asks_who_is(tokens) and names_someone(bare) and "of" not in (t.lower() for t in bare):
        # A role stands for a role, whose it is kept: "And the goalkeeper?" after "Who is the captain of Ravensworth
        # United?" asks the goalkeeper of Ravensworth United ("And the treasurer?" had dropped "of Brightwell Energy").
        phrases = [(start, _role_end(tokens, start, end)) for start, end in phrases]
    if head(bare).lower() in THINGS_HAD:  # not "the Long Range model", a model
        # What a thing has stands for what another has ("And the cost?" after "What was the price?"), not for the thing:
        # "And the price?" after "How many steps does the museum have?" had asked "How many steps does the price have?".
        # Of "the warranty of a microinverter", "the warranty" is swapped ("What is the price of a microinverter?").
        # (A fragment naming whose, "And the population of Lyon?", stands for the whole: not "the population of Lyon of Paris".)
        cuts = [end if "of" in (t.lower() for t in bare) else next((i for i in range(start + 1, end) if tokens[i].lower() == "of"), end)
                for start, end in phrases]
        phrases = list(dict.fromkeys((start, cut) for (start, _), cut in zip(phrases, cuts)
                                     if any(t.lower() in THINGS_HAD for t in tokens[start:cut])))
    if any(is_name_word(word, False) and not DEMONYM.match(word) for word in bare[1:] if bare[0].lower() in DETERMINERS):
        # A thing named by a name ("the Minsk agreements") is no amount "How many…" or "How much…" counts: "What about the
        # Minsk agreements?" after "How much money did the West give Ukraine?" had asked "How many Minsk agreements did the
        # West give Ukraine?" (99 %, the chat user's); asked so, it asks what the article says of them (qa/about.py).
        phrases = [(start, end) for start, end in phrases if not (start and tokens[start - 1].lower() in {"many", "much"}
                   and not {t.lower() for t in bare} & {t.lower() for t in tokens[start:end]})]
    if len(bare) == 1 and bare[0].islower() and number(bare) == "singular":
        # A lone noun without "the" ("And cost?") stands for none that has one: "When was cost built?" means nothing.
        phrases = [(start, end) for start, end in phrases if tokens[start].lower() not in DETERMINERS]
    if not phrases:
        return None
    start, end = phrases[0]
    if len(bare) > 2 and bare[0].lower() in DETERMINERS and bare[-1] == "one" and (noun := head(tokens[start:end])) \
            and noun.lower() != "one":  # not "Year One", "item one", which name one by its number
        # "the afternoon one" for "the ferry" is the afternoon ferry: as "When does the afternoon one leave?", the next
        # question's "it" had asked "How much does the afternoon one cost?", refused (a review's, session 61)
        bare = [*bare[:-1], noun]
    tokens = _with_auxiliary_agreeing(tokens, start, end, bare)
    replacement = list(bare)
    if preposition and start and tokens[start - 1].lower() in PREPOSITIONS:
        start, replacement = start - 1, [preposition, *bare]  # "in March" for "in April"
    if POSSESSIVE_END.search(tokens[end - 1]) and not POSSESSIVE_END.search(replacement[-1]):
        replacement[-1] += possessive_ending(replacement)  # "Putin" for "Zelensky" in "Zelensky's term", not "Northsea's's"
    if len(replacement) > 2 and QUOTE_PAIRS.get(replacement[0]) == replacement[-1] and start and end < len(tokens) \
            and QUOTE_PAIRS.get(tokens[start - 1]) == tokens[end]:
        replacement = replacement[1:-1]  # in the question's quote marks: "the “Arctic Gold” range", not "the ““Arctic Gold”” range"
    if start and tokens[start - 1].lower() in {"many", "much"}:
        tokens = [*tokens[:start - 1], _much_or_many(tokens[start - 1], replacement), *tokens[start:]]
        if replacement[0].lower() in DETERMINERS:
            replacement = replacement[1:]  # "How many remains…", not "How many the remains…"
    return join([*tokens[:start], *replacement, *tokens[end:], "?"]), join(bare)


def _asks_who_is(tokens: list[str]) -> bool:
    """Whether a question asks who someone described is: "Who is the chief executive?", "Who was responsible for…?"."""
    return len(tokens) > 2 and tokens[0].lower() == "who" and tokens[1].lower() in COPULAS


def _role_end(tokens: list[str], start: int, end: int) -> int:
    """Where a phrase naming a role ends before "of" and whose it is: "the captain" of "the captain of Ravensworth United";
    `end` for any other phrase."""
    of = next((i for i in range(start + 1, end) if tokens[i].lower() == "of"), end)
    return of if names_someone(tokens[start:of]) else end


# Roles besides those qa/grammar.py knows: "And the treasurer?" after "Who is the chief executive?" asks who that is.
ROLES = {"treasurer", "deputy", "publisher", "sponsor", "agent", "curator", "goalkeeper", "striker", "referee", "ceo", "cfo",
         "cto", "principal", "headteacher", "dean", "chancellor", "vicar", "priest", "bishop", "conductor", "producer",
         "presenter", "host", "organiser", "organizer", "trustee", "auditor", "accountant", "solicitor", "barrister",
         "caretaker", "receptionist", "tutor", "assistant", "administrator", "inspector", "prosecutor", "defendant"}


def names_someone(phrase: list[str]) -> bool:
    """Whether a phrase's head names people or a person's role: "the tenant", "the chief executive of Halvorsen Foods"."""
    return singular(head(phrase)).lower() in PEOPLE | PERSON_NOUNS | ROLES


def _after_prepositions(tokens: list[str], phrases: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The part of each phrase after each preposition inside it: "repairs to the roof" and "the roof" of "responsible for
    repairs to the roof"."""
    return [(i + 1, end) for start, end in phrases for i in range(start + 1, end - 1)
            if tokens[i].lower() in PREPOSITIONS and is_word(tokens[i + 1])]


PLURAL_NOUNS = {"people", "cattle", "police", "staff"}
SAME_IN_PLURAL = {"sheep", "fish", "deer", "series", "species", "aircraft", "salmon", "trout", "offspring"}


def _much_or_many(word: str, replacement: list[str]) -> str:
    """"many" before things counted in the plural ("And eggs?" after "How much sugar is needed?": "How many eggs…", not
    "How much eggs…"), "much" before a noun of no number, in the singular without a determiner ("And flour?" after "How
    many eggs…?"); else `word` as it is."""
    from lemminflect import getAllLemmas

    noun = head(replacement).lower()
    # "children", "women", "people", "cattle": plural without an s ("How much children…" had been asked)
    plural = number(replacement) == "plural" or noun in PLURAL_NOUNS or noun not in getAllLemmas(noun).get("NOUN", (noun,))
    # a noun of no number, "the milk" too ("How many milk…" had been asked), but not one the same in the plural ("sheep")
    uncounted = number(replacement) == "singular" and noun not in SAME_IN_PLURAL
    return "many" if plural else "much" if uncounted else word


def _inner_phrases(tokens: list[str], phrases: list[tuple[int, int]], preposition: str | None, bare: list[str]) -> list[tuple[int, int]]:
    """The part of each phrase after the fragment's `preposition` inside it ("snapping shrimp" of "the
    classifier for snapping shrimp", for "And for fish calls?"), after "of" an attribute's ("a
    microinverter" of "the warranty of a microinverter"; not "Russian drones" of "the reports of…"), or after any
    preposition where it shares a word with the fragment's X (`bare`): "the first quarter" of "the operating margin in
    the first quarter", for "And the second quarter?" (the whole had been swapped: "What was the second quarter?")."""
    shared = {w.lower() for w in bare if is_word(w)} - DETERMINERS - PREPOSITIONS
    return [(i + 1, end) for start, end in phrases for i in range(start + 1, end - 1) if is_word(tokens[i + 1]) and (
        tokens[i].lower() == (preposition or "").lower()
        or tokens[i].lower() == "of" and any(t.lower() in ATTRIBUTES for t in tokens[start:i])  # "the cost per watt of"
        or preposition is None and tokens[i].lower() in PREPOSITIONS and shared & {t.lower() for t in tokens[i + 1:end]})]


def with_attribute_swapped(question: str, fragment: list[str]) -> str | None:
    """The previous `question` asked of another attribute of the same thing ("And its efficiency?" after
    "What is the warranty of a microinverter?": "What is the efficiency of a microinverter?"; asked as
    typed, with the previous turn, it had been answered with the warranty), or of another thing its owner has. None for
    another fragment, or a question naming no attribute "of" a thing nor anything owned."""
    if len(fragment) < 2 or fragment[0].lower() not in {"its", "their"}:
        return None
    tokens = tokenize(question)
    while tokens and tokens[-1] in {"?", ".", "!"}:
        tokens.pop()
    at = next((i for i in range(len(tokens) - 1) if tokens[i].lower() in ATTRIBUTES and tokens[i + 1].lower() == "of"), None)
    if at is not None:
        return join([*tokens[:at], *fragment[1:], *tokens[at + 1:], "?"])
    # What an owner has: "And its battery?" after "How big is the Nova 7's screen?" (it had been asked as typed).
    owned = next((i + 1 for i in range(len(tokens) - 1) if POSSESSIVE_END.search(tokens[i]) and tokens[i + 1].islower()), None)
    if owned is None or not _asks_what_the_owned_is(tokens, owned):
        return None
    return join([*tokens[:owned], *fragment[1:], *tokens[_phrase_end(tokens, owned):], "?"])


def _asks_what_the_owned_is(tokens: list[str], owned: int) -> bool:
    """Whether a question asks what the thing owned at `owned` is like, with "be" and no participle: "How big is the Nova
    7's screen?", not "When did Ravensworth United's stadium open?", "When was it built?" or "Did Ada's cafe win an
    award?" (they had asked "When did Ravensworth United's capacity?", "Did Ada's owner?")."""
    auxiliary = auxiliary_index(tokens)
    return auxiliary is not None and full_auxiliary(tokens[auxiliary]) in COPULAS \
        and not any(is_participle(t) for t in tokens[owned:])


def with_number_swapped(question: str, fragment: list[str]) -> str | None:
    """The previous `question` asked of the number a fragment names, in place of the one it names after
    the same words ("What about 1.25?" after "What does a ratio of 1.15 mean?", "How about Day 5?" after
    "What happens on Day 3?", "And #418?"; they had been put in as the subject or asked as typed). None
    where the fragment names no number last (but for its unit: "And 30 kg?"), or the question no one such number. A number is what is written
    with it as one (`_written_as_one`), and stands for one written alike: "50%" for "40%", not "40 kg"; "30°C" for
    "25°C", "09:10" for "08:40" and "7(c)" for "7(b)" (which had been "25°C" with "30" for "25", "30°C°C")."""
    units = _written_as_one(fragment)
    numbered = [(first, end) for first, end in units if any(ch.isdigit() for t in fragment[first:end] for ch in t)]
    if len(numbered) != 1 or units.index(numbered[0]) < len(units) - 1 - UNIT_WORDS:
        return None
    first, end = numbered[0]
    number, before = fragment[first:end], fragment[:first]
    lead = [t.lower() for t in before if t.lower() not in {"and", "the"}]
    # Its unit, the word after it, follows the question's number too: "And 30 kg?" after "…a child weighing 20 kg?", "And
    # the 256 GB model?" after "What is the price of the Zephyr X2 (128 GB)?".
    unit = [t.lower() for t in fragment[end:end + 1]]
    tokens = tokenize(question)
    while tokens and tokens[-1] in CLOSING_PUNCTUATION:  # no part of the number before it: "Day 3?"
        tokens.pop()
    spots = [(start, stop) for start, stop in (_trimmed(tokens, *run, number) for run in _written_as_one(tokens))
             if start >= len(lead) and _shape(tokens[start:stop]) == _shape(number)
             and [w.lower() for w in tokens[start - len(lead):start]] == lead and [w.lower() for w in tokens[stop:stop + len(unit)]] == unit]
    if not spots and len(lead) == 1 and lead[0] in PREPOSITIONS and len(number) == 1 and YEAR.match(number[0]) and not unit:
        # A year for the question's one year, however it is said: "And in 2020?" after "Who won the 2019 final?"
        spots = [(i, i + 1) for i, t in enumerate(tokens) if YEAR.match(t)]
    if len(spots) != 1:
        return None
    start, stop = spots[0]
    return question[:tokens[start].start] + join(number) + question[tokens[stop - 1].end:]


UNIT_WORDS = 2  # the most words after a fragment's number that its unit may be ("kg", "per cent")


def _written_as_one(tokens: list[str]) -> list[tuple[int, int]]:
    """The runs of `tokens` written with nothing between them ("25°C", "08:40", "7(b)"), as [first, end) places; a token
    not known to have been written beside the one before it (no Token) starts a run of its own."""
    runs: list[tuple[int, int]] = []
    for at, token in enumerate(tokens):
        if runs and written_together(tokens[at - 1], token):
            runs[-1] = (runs[-1][0], at + 1)
        else:
            runs.append((at, at + 1))
    return runs


def _trimmed(tokens: list[str], start: int, stop: int, number: list[str]) -> tuple[int, int]:
    """A run of tokens written as one without the marks at its edges that `number` has not there: "(128" and "3," are
    "128" and "3" ("…the Zephyr X2 (128 GB)?", "…on Day 3, after…"), but "7(b)" stays whole for "7(c)" (review)."""
    while start < stop - 1 and not is_word(tokens[start]) and tokens[start] != number[0]:
        start += 1
    while stop - 1 > start and not is_word(tokens[stop - 1]) and tokens[stop - 1] != number[-1]:
        stop -= 1
    return start, stop


def _shape(tokens: list[str]) -> str:
    """How a number is written, its digits and lone letters aside: "#°C", "#:#", "#(a)", "#%"."""
    return re.sub(r"(?<![^\W\d_])[^\W\d_](?![^\W\d_])", "a", re.sub(r"\d+(?:[.,]\d+)*", "#", "".join(tokens)))


ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "next",
            "final", "previous", "earliest", "latest", "early", "late", "morning", "evening"}


def with_ordinal_swapped(question: str, fragment: list[str]) -> str | None:
    """The previous `question` asked of another of the same ("And the last?" after "When does the first train to
    Leeds leave?": "When does the last train to Leeds leave?"; "How about the fourth?" after "…in the first
    quarter?"): the fragment an ordinal alone, the question holding one ordinal. They had been asked "When does the
    last leave?" and "What was the fourth?" (helper's follow-up test)."""
    words = [t for t in fragment if t.lower() not in {"the", "a", "an", "one"}]
    if len(words) != 1 or words[0].lower() not in ORDINALS:
        return None
    tokens = tokenize(question)
    spots = [t for t in tokens if t.lower() in ORDINALS]
    if len(spots) != 1 or spots[0].lower() == words[0].lower():
        return None
    return question[:spots[0].start] + words[0].lower() + question[spots[0].end:]


def with_time_swapped(question: str, fragment: list[str]) -> str | None:
    """The previous `question` asked of the time a fragment names ("And ten years ago?", "What about
    now?", "And in 2019?") in place of the time it names ("How much does a recorder cost today?": "…cost
    ten years ago?"; the fragment had been put in as its subject, "How much does ten years ago cost
    today?"). None for a fragment that names no time, or a question that names none to stand in for."""
    if not TIME_FRAGMENT.fullmatch(join(fragment)):
        return None
    tokens = tokenize(question)
    while tokens and tokens[-1] in {"?", ".", "!"}:
        tokens.pop()
    text = join(tokens)
    said = TIME_SAID.search(text)
    return f"{text[:said.start()]}{join(fragment)}{text[said.end():]}?" if said else None


def _fragment_kind(preposition: str | None, bare: list[str], question: str, answer: Answer) -> str:
    """What `kind_of` tells of a fragment's X; a name, where the chat tells which, is a "place"
    (asked "And in Islamabad?", the `answer` to a "Where…?" `question`, or after "in"/"at"/"near"
    in the `question` or the answer's passages) or a "person" (the `answer` to "Who…?", or one
    those passages refer back to as "he" or "she"). A name nothing tells apart (or both) stays a "name"."""
    kind = kind_of(bare)
    if kind != "name":
        return kind
    name = join(bare)
    answered_as = asked_for(question) if answer.answered and answer.text == name else None
    passages = [citation.text for citation in answer.citations]
    place = answered_as == "place" or (preposition or "").lower() in PLACE_PREPOSITIONS or \
        named_after(PLACE_PREPOSITIONS, name, [question, *passages])
    person = answered_as == "person" or sex_referred_to(name, passages) is not None
    return "place" if place and not person else "person" if person and not place else "name"


def _fits(fragment_kind: str, phrase_kind: str) -> bool:
    """Whether a fragment's X of `fragment_kind` can stand for a phrase of `phrase_kind`: a place
    for a place, a person for a name not after "in"/"at" ("Khorev"), and a name nothing told
    apart for either ("And Moscow?" for Zelensky in "What does Zelensky seek?")."""
    return fragment_kind == phrase_kind or (fragment_kind, phrase_kind) in {("name", "place"), ("person", "name")}


def _swappable_phrases(tokens: list[str], predicate: bool = True) -> list[tuple[int, int]]:
    """Where in a question a fragment's X can stand, as [start, end) of `tokens`: runs of
    capitalised words and years ("Khorev", "May 2024"), and noun phrases, opening at a determiner,
    a people's adjective ("Ukrainian law"), or a lowercase word after the auxiliary, "how many" or a
    preposition, and running to the next auxiliary, question word or punctuation ("the reports of
    Russian drones in Polish airspace", "prisoners of war", "of bias"), or to a name owning what
    follows ("the Europeans'" in "the Europeans' position", as "Zelensky's" in "Zelensky's term").
    Verbs are told from nouns only where the question's shape does: the subject right after the
    auxiliary ends at its verb (`_subject_end_at_verb`: "What does Ukrainian law ban?", "When was
    the law passed?"), and the predicate after it holds phrases too ("open on *weekdays*"), unless
    `predicate` is False."""
    auxiliary = auxiliary_index(tokens)
    phrases: list[tuple[int, int]] = []
    start = 0
    while start < len(tokens):
        token, before = tokens[start], [t.lower() for t in tokens[max(start - 2, 0):start]]
        after = tokens[start + 1] if start + 1 < len(tokens) else ""
        follows_opening = start - 1 == auxiliary or (bool(before) and before[-1] in PREPOSITIONS) or \
            before in (["how", "many"], ["how", "much"])
        # Not a participle alone after the auxiliary, the verb of a passive: "How many eggs are *needed*?"
        passive = start - 1 == auxiliary and is_participle(token) and not is_word(after)
        opens_phrase = token.lower() in DETERMINERS or bool(DEMONYM.match(token) and after.islower()) or (
            token.islower() and is_word(token) and not is_auxiliary(tokens, start) and token not in QUESTION_WORDS | PREPOSITIONS
            and follows_opening and not passive)
        if opens_phrase:
            end = _phrase_end(tokens, start)
            told = (_subject_end_at_verb(tokens, start, end, auxiliary) or _before_the_options(tokens, start, end)) \
                if start - 1 == auxiliary else end
        elif is_name_word(token, start == 0) or YEAR.match(token):
            end = told = name_end(tokens, start)
        else:
            start += 1
            continue
        while told and told - start > 1 and tokens[told - 1].lower() in PREPOSITIONS:
            told -= 1  # a preposition stranded at the end is the verb's: "What did Khorev accuse the UN Secretariat *of*?"
        while told and told - start > 2 and not any(map(is_word, tokens[told:])) and _said_of_it(tokens[told - 1]):
            told -= 1  # not what is said of it at the question's end: "the deposit due" of "When is the deposit due?"
        if told:
            phrases.append((start, told))
        start = told if told and predicate else end
    return phrases


def topics(question: str) -> list[str]:
    """The noun phrases a question is about that are no names, in order, an owner's name taking what
    it owns ("Zelensky's term"): what "it" or "they"
    in the next question could stand for ("What does the law on historical memory ban?", "When was
    it passed?"). After a subject, none of its predicate: "How long does it last?" after "When does the walking tour
    start at the cathedral?" is about the tour."""
    from lemminflect import getAllLemmas

    tokens = tokenize(question)
    phrases = []
    for start, end in _swappable_phrases(tokens, predicate=False):
        if is_owner_named(tokens[end - 1]) and end < len(tokens) and is_word(tokens[end]):
            end = _phrase_end(tokens, end)
        following = tokens[start + 1] if start + 1 < len(tokens) else ""
        # not a verb after "to" with its object, "attack Iran" of "Who did he urge to attack Iran?" ("add to water" is water)
        infinitive = start and tokens[start - 1].lower() == "to" and tokens[start].lower() in verb_lemmas(tokens[start]) and (
            following.lower() in DETERMINERS or is_name_word(following, False))
        # nor a degree of an adjective, "most dependent on Arab oil" of "Which country was most dependent on Arab oil?"
        degree = tokens[start].lower() in DEGREE_WORDS and "ADJ" in getAllLemmas(following.lower())
        while end - start > 2 and _said_of_it(tokens[end - 1]):
            end -= 1  # nor "the warranty longer" of "How can I make the warranty longer?"
        if (kind_of(tokens[start:end]) == "thing" or is_owner_named(tokens[start])) and not (infinitive or degree):
            phrases.append(join(tokens[start:end]))
    return phrases


# Adjectives said of a thing after it that English also uses as nouns: "When is the deposit due?", "Is the museum free?"
SAID_OF_A_THING = {"due", "free", "open", "closed", "back", "safe", "necessary", "ready"}


def _said_of_it(word: str) -> bool:
    """Whether `word`, ending a noun phrase a question runs on to, is an adjective said of the thing before it ("longer",
    "due", "available"), no noun of its own."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower())
    return word.islower() and (word.lower() in SAID_OF_A_THING or bool(lemmas) and "NOUN" not in lemmas and "VERB" not in lemmas
                               and ("ADJ" in lemmas or "ADV" in lemmas))


def things_named(question: str) -> list[str]:
    """The names in a question that name no person, in order: those opening with "the" ("The Silent Harbour", "the Halden
    Prize") and those of a body or place by their kind ("Halvorsen Foods", "NATO"): what "it" in the next question could
    stand for besides its noun phrases (`topics`)."""
    tokens = tokenize(question)
    # not a lone initial, as a name cut short ("Y. pestis": "When did he establish it?" had asked "…establish Y.?")
    return [join(tokens[start:end]) for start, end in _swappable_phrases(tokens) if kind_of(tokens[start:end]) == "name"
            and not INITIAL.fullmatch(join(tokens[start:end]))
            and (tokens[start].lower() in DETERMINERS or not could_be_person(join(tokens[start:end]), "")
                 and not _qualifies_as_people_s(tokens, start))]


def object_of(question: str, verbs: set[str]) -> str | None:
    """The phrase right after a verb of `verbs` (base forms) in `question`, up to a preposition: its object, "the
    Halden Prize" of "For what did Elena Varga win the Halden Prize in 1972?" for "win"; None where none follows it."""
    tokens = tokenize(question)
    for start, end in _swappable_phrases(tokens):
        if start and not is_auxiliary(tokens, start - 1) and verb_lemmas(tokens[start - 1]) & verbs:
            cut = next((i for i in range(start + 1, end) if tokens[i].lower() in PREPOSITIONS), end)
            return join(tokens[start:cut])
    return None


def _subject_after_auxiliary(tokens: list[str]) -> tuple[int, int] | None:
    auxiliary = auxiliary_index(tokens)
    return next(((start, end) for start, end in _swappable_phrases(tokens) if auxiliary is not None and start == auxiliary + 1),
                None)


def asked_of(question: str) -> str | None:
    """What `question` asks about: the subject right after its auxiliary where that is a form of "be" ("the body" of "What
    is the body made of?"), else its verb's object ("the body" of "What did they make the body from?", "breakfast" of
    "Where do they serve breakfast?"); None where it has neither, or that subject is a pronoun."""
    tokens = tokenize(question)
    subject = _subject_after_auxiliary(tokens)
    if subject is None or subject[1] >= len(tokens):
        return None
    if tokens[subject[0] - 1].lower() not in COPULAS:
        return object_of(question, verb_lemmas(tokens[subject[1]]))
    return None if tokens[subject[0]].lower() in SUBJECT_PRONOUNS else join(tokens[subject[0]:subject[1]])


def subject_of(question: str, verbs: set[str]) -> str | None:
    """The subject right after the auxiliary of `question` where a verb of `verbs` (base forms) follows it: "the guides" of
    "What languages do the guides speak?" for "speak"; None for another question."""
    tokens = tokenize(question)
    subject = _subject_after_auxiliary(tokens)
    if subject is None or subject[1] >= len(tokens) or not verb_lemmas(tokens[subject[1]]) & verbs:
        return None
    return join(tokens[subject[0]:subject[1]])


def _names_after_prepositions(tokens: list[str]) -> list[tuple[int, int]]:
    """Names after a preposition, inside a noun phrase too ("the explosions in *Bryansk*", "the first train to *Leeds*"),
    as [start, end) of `tokens`: where a name a fragment names can stand ("No, I meant York" had been asked as typed).
    After another preposition than "in", "at" or "near", not a people's adjective ("the reports of *Russian* drones")."""
    return [(start, name_end(tokens, start)) for start in range(1, len(tokens))
            if tokens[start - 1].lower() in FRAGMENT_PREPOSITIONS and is_name_word(tokens[start], False)
            and (tokens[start - 1].lower() in PLACE_PREPOSITIONS or not _qualifies_as_people_s(tokens, start))]


def _qualifies_as_people_s(tokens: list[str], index: int) -> bool:
    """Whether `tokens[index]` is a people's adjective before a noun: "*Russian* drones", "*Ukrainian* law"."""
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return bool(DEMONYM.match(tokens[index])) and following.islower()


def _phrase_end(tokens: list[str], start: int) -> int:
    """Where the noun phrase opening at `start` ends: at the next auxiliary, question word or
    punctuation but a sign written onto a word ("180°C", which had ended it at "180"), or after a name owning what
    follows ("the Europeans'")."""
    end = start + 1
    while end < len(tokens) and (is_word(tokens[end]) or _written_onto(tokens, end)) and not is_auxiliary(tokens, end) \
            and tokens[end].lower() not in QUESTION_WORDS and not is_owner_named(tokens[end - 1]):
        end += 1
    return end


def _written_onto(tokens: list[str], index: int) -> bool:
    """Whether `tokens[index]` is a sign written onto a word and one after it, as in "180°C", "NATO/EU"."""
    return tokens[index] not in CLOSING_PUNCTUATION and index + 1 < len(tokens) and is_word(tokens[index + 1]) \
        and bool(written_together(tokens[index - 1], tokens[index])) and bool(written_together(tokens[index], tokens[index + 1]))


def _before_the_options(tokens: list[str], start: int, end: int) -> int | None:
    """Where the subject opening `tokens[start:end]`, after a form of "be", ends in a question offering choices (qa/choices.py):
    before the first option ("Is the handle glass or plastic?")."""
    question = join(tokens)
    offered = choices_offered(question)
    if offered is None or tokens[start - 1].lower() not in COPULAS:  # after "does" or "will", a verb ends it
        return None
    first = tokenize(question[slice(*offered.spans[0])])
    # where it is followed by the next ("the glass jug glass or plastic": not the jug's "glass")
    return next((at for at in range(start + 1, end) if tokens[at:at + len(first)] == first
                 and tokens[at + len(first):at + len(first) + 1] in (["or"], [","])), None)


def _subject_end_at_verb(tokens: list[str], start: int, end: int, auxiliary: int) -> int | None:
    """Where the subject opening `tokens[start:end]`, right after the auxiliary, ends: before its
    verb, or before a negation, a form of "be" or an adverb ahead of it (`_subject_end`: "Is the
    ceasefire *not* respected?", "Can the truce *be* extended?"). The verb is bare and last after
    "does" or "will" ("What does Ukrainian law *ban*?", "When did the Russian delegation *arrive*?";
    so not told in "Why does the law ban symbols?"), or, where the last word is none, the first bare
    verb after a noun ("What did the Russian delegation *say* about the talks?"), else a participle that ends the question or a
    preposition, a determiner or a name follows, past any adverbs ("Was the summit *held* in Alaska?",
    "Has the law *banned* Soviet-era symbols?", "Was the deal *signed* quickly?"), with no
    determiner, preposition or owner right before it ("the disputed vote", "the law on armed
    forces", "Kiev's armed forces"). Without one the subject runs to `end`, but None where the
    auxiliary opens the question: there the predicate runs on from the subject untold ("Is the
    ceasefire holding?", "Does the law ban symbols?", "Does the law ban “propaganda”?"); unless it
    is a form of "be" and the predicate opens with "in", "at" or "near", where the subject ends
    ("Is the ceasefire *in* force?", "Are the Europeans *in* Islamabad?", "Is the deal *at* risk?")."""
    if full_auxiliary(tokens[auxiliary]) in BARE_VERB_AUXILIARIES and auxiliary:
        last = not any(is_word(t) for t in tokens[end:]) and end - start > 1
        if last and not _could_end_as_verb(tokens, start, end - 1):
            # The question goes on after its verb: the first bare verb after a noun ("What did the Russian
            # delegation *say* about the talks?"), not after a determiner, preposition or owner, nor a noun before another
            # such word ("When does the walking *tour* start…?" had made "the walking" the subject).
            bare = [i for i in range(start + 1, end - 1) if tokens[i].islower() and "VB" in _verb_forms(tokens[i])]
            verb = next((i for i in bare if not _modifies(tokens[i - 1]) and i + 1 not in bare), None)
            return _subject_end(tokens, start, verb) if verb is not None else _subject_end(tokens, start, end - 1)
        return _subject_end(tokens, start, end - 1 if last else end)
    for verb in range(start + 1, end):
        following = next((t for t in tokens[verb + 1:] if not is_adverb(t)), "")
        object_follows = following.lower() in PREPOSITIONS | DETERMINERS or is_name_word(following, False)
        if is_participle(tokens[verb]) and (object_follows or not is_word(following)) and not _modifies(tokens[verb - 1]) \
                and not _goes_on_a_name(tokens, verb):
            return _subject_end(tokens, start, verb)
    if auxiliary == 0 and full_auxiliary(tokens[0]) in COPULAS:
        place = next((i for i in range(start + 1, end) if tokens[i].lower() in PLACE_PREPOSITIONS), None)
        if place is not None:
            return _subject_end(tokens, start, place)
    return None if auxiliary == 0 else _subject_end(tokens, start, end)


def _goes_on_a_name(tokens: list[str], index: int) -> bool:
    """Whether a capitalised word goes on the name before it, as no verb does: "Ravensworth *United*" (it had been the
    participle ending "Who is the captain of Ravensworth United?"'s subject)."""
    return is_name_word(tokens[index], False) and is_name_word(tokens[index - 1], False)


def _could_end_as_verb(tokens: list[str], start: int, index: int) -> bool:
    """Whether the last word of a question, its subject opening at `start`, could be its bare verb: lowercase, not after a
    determiner, a preposition or an owner, as a noun is, nor after a determiner opening an object past the subject, not
    after a preposition ("Where did the Zephyr win the *award*?", "…win the Golden *Reel*?", "…win the Best Bread *award*?"
    had made "the Zephyr win the" the subject; but "When will the talks between the sides *resume*?"), and a verb's bare
    form ("ban")."""
    object_opened = any(tokens[i].lower() in DETERMINERS and tokens[i - 1].lower() not in PREPOSITIONS
                        for i in range(start + 1, index))
    return tokens[index].islower() and not _modifies(tokens[index - 1]) and not object_opened \
        and not _may_qualify(tokens[index - 1]) and "VB" in _verb_forms(tokens[index])


def _may_qualify(word: str) -> bool:
    """Whether a lowercase word may be an adjective, a noun after it then: "the new *bridge*" ("What did the mayor say about
    the new bridge?" had had "the mayor say about the new" for its subject)."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    # not one that is a verb too, the question's verb then: "How much does the replacement *head* cost?" ("head" had been
    # its verb, "the replacement" its subject)
    return word.islower() and "ADJ" in lemmas and "VERB" not in lemmas


def _subject_end(tokens: list[str], start: int, verb: int) -> int:
    """Where the subject opening at `start` ends before its `verb`: at the first negation, form of
    "be" or adverb (`opens_predicate`) not right after a determiner, a preposition or an owner,
    where it would be part of the subject ("the *only* truce", "the *family*"), nor an adjective in "-ly" qualifying the
    noun after it ("the maximum *daily* dose"); else at the verb."""
    return next((i for i in range(start + 1, verb) if opens_predicate(tokens[i]) and not _modifies(tokens[i - 1])
                 and not _qualifies_noun(tokens, i)), verb)


def _qualifies_noun(tokens: list[str], index: int) -> bool:
    """Whether an "-ly" word is an adjective before a noun, as lemminflect knows each: "the maximum *daily* dose" (which
    had been cut at "daily", "And for children?" then finding no "for adults" to stand for), not "the deal *quickly*
    signed", nor one before a verb's form in "-ing" or "-ed" ("the ceasefire *likely* holding")."""
    from lemminflect import getAllLemmas

    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return "ADJ" in getAllLemmas(tokens[index].lower()) and following.islower() and "NOUN" in getAllLemmas(following) \
        and not (is_participle(following) or following.endswith("ing"))


def _modifies(token: str) -> bool:
    """Whether a word qualifies the one after it in a noun phrase: a determiner, preposition or owner."""
    return token.lower() in DETERMINERS | PREPOSITIONS or bool(POSSESSIVE_END.search(token))


def _phrase_kind(tokens: list[str], start: int, end: int) -> str:
    """What `kind_of` tells of `tokens[start:end]`, a name after "in", "at" or "near" being a "place"
    ("What did Khorev say in Moscow?"), not one owning what follows ("in Putin's view")."""
    kind = kind_of(tokens[start:end])
    at_place = start and tokens[start - 1].lower() in PLACE_PREPOSITIONS and not POSSESSIVE_END.search(tokens[end - 1])
    return "place" if kind == "name" and at_place else kind


def _unlikeness(tokens: list[str], start: int, end: int, preposition: str | None, bare: list[str]) -> tuple[bool, ...]:
    """How unlike `tokens[start:end]` is to what a fragment's X (`bare`, after `preposition`)
    stands for, by what tells first: sharing no word with X ("martial law" for "the law on
    historical memory"), following another preposition ("from Poland" for "from the Baltic states",
    not Kiev), being of another number (`number`: "the Nordic countries" for "the Baltic states")."""
    shared = {w.lower() for w in bare} - DETERMINERS - PREPOSITIONS
    before = tokens[start - 1].lower() if start else ""
    return (not shared & {t.lower() for t in tokens[start:end]}, bool(preposition) and before != preposition.lower(),
            number(tokens[start:end]) != number(bare), _of_people(tokens[start:end]) != _of_people(bare))


def _of_people(phrase: list[str]) -> bool:
    """Whether a phrase's last word names people ("adults", "children", "the ambassador"): "And children?"
    after "How many items can adults borrow?" swaps the adults, not the items."""
    return bool(phrase) and singular(phrase[-1]) in PEOPLE


def _is_speaker(tokens: list[str], start: int, end: int) -> bool:
    """Whether `tokens[start:end]` is who says or judges what the question asks about: the subject
    of a verb of saying ("What did *Khorev* thank Pakistan for?", "What does Khorev say Zelensky
    wants?") or a source ("according to Khorev"). A fragment swaps what was said of ("And Turkey?":
    "What did Khorev thank Turkey for?"), not who said it, where another phrase is as like it."""
    from lemminflect import getLemma

    if [t.lower() for t in tokens[max(start - 2, 0):start]] == ["according", "to"]:
        return True
    verb = tokens[end].lower() if end < len(tokens) else ""
    return verb.isalpha() and any(lemma in SPEECH_VERBS for lemma in getLemma(verb, upos="VERB"))


def _with_auxiliary_agreeing(tokens: list[str], start: int, end: int, replacement: list[str]) -> list[str]:
    """`tokens` with the question's auxiliary (`auxiliary_index`) in the form the `replacement` takes
    where `tokens[start:end]` is its subject and the replacement's number is another ("Where *was*
    the media briefing held?" for "Where were referendums held?"). The subject is the phrase right
    after the auxiliary, or right before it where none follows ("How many prisoners of war *were*
    exchanged?"; not "How much support *has* Kiev received?"). Unchanged where either number is
    unknown (`number`) or the phrase owns the subject ("Zelensky's term")."""
    auxiliary, old, new = auxiliary_index(tokens), number(tokens[start:end]), number(replacement)
    if auxiliary is None or not (old and new and old != new) or POSSESSIVE_END.search(tokens[end - 1]):
        return tokens
    word, after = tokens[auxiliary], tokens[auxiliary + 1] if auxiliary + 1 < len(tokens) else ""
    is_subject = start == auxiliary + 1 or (end == auxiliary and not opens_subject(after))
    form = auxiliary_for(word, new)
    if not (is_subject and form):
        return tokens
    return [*tokens[:auxiliary], form, *tokens[auxiliary + 1:]]
