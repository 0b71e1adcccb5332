"""The grammar of an English question, word by word: which words are auxiliaries, prepositions,
determiners, pronouns that refer back…, which run into names, and what a phrase names and how many.

A phrase's number is its head's: plural joined with "and", or a noun ending in s but for "-ss",
"-us" and "-is" ("referendums"; "the process", "the crisis" one); a name ending in s by what it
names ("Paris", "the Netherlands" and "the United States" one, "the Europeans" and "Americans"
many), and its possessive ending follows ("Jones's", "the Europeans'"). A name is a run of
capitalised words, but for a question's opening word and pronouns ("Has Kiev received…" names
Kiev; "What", "He" no one); a phrase of capitalised words, or of those qualifying a noun for
places ("the Baltic states"), is a name. How texts refer back to a name tells its sex ("Khorev
said he…"); a name after "in", "at" or "near" is a place.
"""
from __future__ import annotations

import re
import unicodedata

# Words that refer back.
PERSON_PRONOUNS = {"he", "she", "him", "her"}
PERSON_POSSESSIVES = {"his", "hers"}
# How a text refers back to a man or a woman: "Khorev said he…", "Zelensky… seeks to legitimize himself".
PRONOUNS_BY_SEX = {"male": {"he", "him", "his", "himself"}, "female": {"she", "her", "hers", "herself"}}
THING_PRONOUNS = {"it", "they", "them"}
OTHER_REFERENCES = {"its", "their", "theirs", "those", "these", "then"}  # refer back too; a follow-up keeps them
REFERENCES = PERSON_PRONOUNS | PERSON_POSSESSIVES | THING_PRONOUNS | OTHER_REFERENCES | {"there", "that", "this"}
PREPOSITIONS = {"to", "about", "in", "on", "for", "with", "from", "at", "by", "of"}
# A name after these is a place ("in Islamabad", "at the UN"); "from" is left out, as people send
# and receive things ("a letter from Putin").
PLACE_PREPOSITIONS = {"in", "at", "near"}
# The last word of a place's name that says what kind of place it is: "Market Street" is no one who
# owns a bakery ("How much did her sales fall?" had become "…Market Street's sales…").
# Not those that are surnames too ("Hall", "Park", "Lane", "Bay", "Lake", "River", "Road", "Center").
PLACE_KINDS = {"street", "avenue", "square", "station", "airport", "harbour", "harbor", "island", "county", "district",
               "building", "hospital", "school", "university", "museum", "cathedral", "stadium", "arena", "hotel", "quay"}
# And of a body's or a thing's that says what kind it is: "Halvorsen Foods" is no "she" ("Ingrid Lund, chief executive of
# Halvorsen Foods, said she…" had made "When did she join?" "When did Halvorsen Foods join?"), nor "the Halden Prize".
BODY_KINDS = {"foods", "ltd", "limited", "plc", "inc", "llc", "gmbh", "group", "holdings", "company", "corporation", "bank",
              "institute", "foundation", "trust", "council", "ministry", "agency", "authority", "association", "society",
              "prize", "award", "medal", "fund", "party", "airlines", "partners", "services", "systems", "technologies"}
COPULAS = {"is", "was", "were", "are", "be", "been", "being"}
# Auxiliaries a bare verb follows: "What does Ukrainian law *ban*?", "When will the talks *resume*?"
BARE_VERB_AUXILIARIES = {"did", "does", "do", "will", "would", "can", "could", "should", "must", "may", "might"}
AUXILIARIES = BARE_VERB_AUXILIARIES | {"is", "was", "were", "are", "has", "have", "had"}
# A contracted auxiliary is its full form and "n't" ("isn't", "doesn't"), but for these stems ("won't", "can't").
CONTRACTED_STEMS = {"wo": "will", "ca": "can"}
CONTRACTION_ENDINGS = ("n't", "n’t")
# Between an auxiliary's subject and its verb, these belong to the predicate: "Is the ceasefire *not*
# respected?", "Can the truce *be* extended?", "Is the ceasefire *still* respected?" (`opens_predicate`).
NEGATIONS = {"not", "never"}
BE_FORMS = {"be", "been", "being"}
ADVERBS = {"still", "already", "ever", "yet", "also", "just", "now", "even", "always", "often", "again"}  # besides "-ly"
# Capitalised as a question's first word, these name no one: "Has Kiev received…" names Kiev.
OPENING_WORDS = AUXILIARIES | {"who", "whom", "whose", "what", "when", "where", "which", "why", "how", "according",
                               "in", "on", "at", "and", "so"} | PREPOSITIONS  # "For what did…" names no "For"
# Nor a reply's first word: "Where does she live?" after "No, the landlord" had been "Where does No live?" (a review's,
# session 53).
REPLY_OPENINGS = {"no", "yes", "ok", "okay", "sorry", "thanks", "well", "oh", "ah", "right", "sure", "please"}
QUESTION_WORDS = {"who", "whom", "whose", "what", "which", "when", "where", "why", "how"}
PERSON_NOUNS = {"person", "man", "woman", "president", "ambassador", "leader", "minister", "official", "diplomat",
                "spokesman", "spokeswoman", "envoy", "politician", "general", "commander", "secretary",
                # roles a question asks who held ("Which painter was born in Ashcombe?", "When was she born?")
                "painter", "artist", "architect", "engineer", "scientist", "writer", "author", "poet", "composer",
                "singer", "musician", "actor", "actress", "player", "coach", "captain", "founder", "owner", "director",
                "manager", "chairman", "chairwoman", "chair", "chief", "mayor", "governor", "senator", "king", "queen",
                "prince", "princess", "emperor", "judge", "lawyer", "doctor", "nurse", "teacher", "student", "professor",
                "researcher", "officer", "soldier", "member", "spokesperson", "guide", "driver", "pilot", "chef",
                "employee", "worker", "resident", "inventor", "designer", "photographer", "journalist", "reporter",
                "editor", "historian", "economist", "candidate", "winner", "athlete", "explorer", "novelist", "surgeon",
                "head", "executive", "boss", "councillor", "councilor", "sheriff", "detective", "witness", "victim", "suspect"}
# Titles before a name: "Dr Amir Haddad said he…" tells Amir Haddad's sex.
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev"}
# Nouns of a group, which British English refers back to as "they": "When was the club founded?", "Where do they play?".
COLLECTIVE_NOUNS = {"team", "club", "side", "squad", "band", "group", "company", "firm", "government", "council", "committee",
                    "board", "crew", "staff", "family", "orchestra", "choir", "union", "jury", "audience", "police"}
PLACE_NOUNS = {"city", "country", "state", "nation", "place", "town", "capital", "region", "village", "venue"}
TIME_NOUNS = {"year", "month", "date", "day", "time"}
DETERMINERS = {"the", "a", "an", "any", "all", "most", "some"}
SUBJECT_PRONOUNS = {"i", "you", "he", "she", "it", "we", "they"}
OWNING_WORDS = {"my", "your", "his", "her", "its", "our", "their", "whose"}
# The words a question frames what it asks with, which name no subject (a heading's, a document's).
FRAMING_WORDS = OPENING_WORDS | DETERMINERS | SUBJECT_PRONOUNS | OWNING_WORDS | COPULAS
# The form of "be", "have" and "do" a subject of each number takes, for the other number's form.
AUXILIARY_FORMS = {"singular": {"were": "was", "are": "is", "have": "has", "do": "does"},
                   "plural": {"was": "were", "is": "are", "has": "have", "does": "do"}}
# Verbs of how a thing runs its course ("When did the talks start?"): "they" doing one after "Who…?" is
# a thing the question named, not who was answered (qa/references.py), and a fragment of one is a verb,
# though a noun too ("Why did prices rise?", "And fall?", qa/fragments.py).
COURSE_VERBS = {"start", "begin", "end", "finish", "last", "happen", "occur", "land", "resume", "continue",
                "collapse", "fail", "expire", "stop", "pause", "close", "open", "reopen", "rise", "fall"}
# Participles that do not end in "-ed", to find the verb at a question's end: "When was the summit held?"
IRREGULAR_PARTICIPLES = {
    "held", "met", "made", "said", "told", "given", "taken", "won", "sent", "built", "brought", "left", "put", "set",
    "found", "kept", "seen", "done", "known", "shown", "written", "spoken", "chosen", "broken", "begun", "paid", "sold",
    "led", "struck", "hit", "cut", "shot", "fought", "caught", "thought", "bought", "lost", "drawn", "driven", "thrown",
    "hidden", "beaten", "stolen", "sworn", "laid", "spent", "meant", "heard", "felt", "sought", "taught", "understood",
    "withdrawn", "overseen", "undertaken", "forgiven", "forgotten", "frozen", "shut", "sunk", "upheld", "withheld",
    "overtaken", "rebuilt", "become", "come", "gone", "grown", "risen", "fallen", "born",
}
# Verbs (as lemmas) whose subject says or judges: "What did Khorev *thank* Pakistan for?" is about Pakistan.
SPEECH_VERBS = {"say", "tell", "claim", "accuse", "thank", "call", "praise", "criticize", "criticise", "condemn", "urge",
                "describe", "blame", "deny", "warn", "stress", "argue", "insist", "suggest", "state", "announce",
                "think", "believe", "dismiss", "reject", "welcome", "mention", "ask", "consider", "label"}
# Capitalised words that name no person, though a question may open a name's run with them.
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"}
WORD = re.compile(r"[\w’'.-]+|[^\w\s]")
SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’]?\s+")
# A capital letter, of any alphabet: "Østby", "Łukasz", "Émile" (a chat user's "Maren Østby" had been read as "Maren").
CAPITAL = "[" + "".join(re.escape(chr(code)) for code in range(0x10000) if chr(code).isupper()) + "]"
# A capitalised word, allowing initials ("Albert P. Khorev") and a possessive ending ("Zelensky's", "the Europeans'").
NAME_WORD = re.compile(rf"^{CAPITAL}[\w.-]*(?:['’]s|(?<=s)['’])?$")
POSSESSIVE_END = re.compile(r"['’]s$|(?<=s)['’]$")
# A people's adjective: "Ukrainian", "Polish", "Japanese", and those in "-i" ("Israeli troop withdrawal" had made "he" Israeli),
# listed, as many names end so ("Giovanni").
DEMONYM = re.compile(r"^(?:[A-Z]\w+(?:[ie]an|ish|ese)|Israeli|Pakistani|Iraqi|Kuwaiti|Saudi|Yemeni|Omani|Qatari|Bahraini|Emirati"
                     r"|Bangladeshi|Somali|Nepali|Azerbaijani|Hindi|Punjabi|Bengali|Swahili)$")
# A people named in the plural: a capitalised word of six letters or more ending in "-ans" ("Americans",
# "Germans", "Texans", "Ukrainians"); shorter ones are persons' names ("Evans", "Hans").
PEOPLE_IN_ANS = re.compile(r"^[A-Z]\w{2,}ans$")
# Countries named in the plural, each one country ("the Netherlands has…"); a name of more words,
# "the United States", is one body anyway.
COUNTRIES_IN_PLURAL = {"Netherlands", "Philippines", "Bahamas", "Maldives", "Seychelles", "Comoros"}
OPENING_MARKS = "“‘«([{"  # no space after these, one before
YEAR = re.compile(r"^\d{4}$")
NAME_JOINERS = {"of", "the"}  # within a title ("US Secretary of State Henry Kissinger")
NAME_PARTICLES = {"de", "von", "van", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "al", "bin", "ibn"}


class Token(str):
    """A token of a question that knows where it was written (`text`, `start`, `end`), so that `join` writes
    tokens that were neighbours there as they were: "NATO/EU", "#hashtags", "the “Easter ceasefire”"."""
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """WORD's tokens of `text`, each a Token."""
    tokens = []
    for match in WORD.finditer(text):
        token = Token(match.group())
        token.text, token.start, token.end = text, match.start(), match.end()
        tokens.append(token)
    return tokens


def written_together(before: str | None, token: str) -> bool | None:
    """Whether two tokens that were neighbours where they were written were written with nothing between
    them; None for tokens that were not neighbours (or not both Tokens)."""
    if not (isinstance(before, Token) and isinstance(token, Token) and before.text == token.text and before.end <= token.start
            and not before.text[before.end:token.start].strip()):
        return None
    return before.end == token.start


def is_word(token: str) -> bool:
    """Whether a token is a word or a number, not punctuation."""
    return any(ch.isalnum() for ch in token)


def is_name_word(token: str, first: bool) -> bool:
    """Capitalised, and neither a question's or a reply's opening word ("What", "According", "No", "What's": a chat user's
    "how old is she?" after "What's the starter called?" had been "how old is What?") nor a pronoun ("He")."""
    lower = token.lower()
    if (bare := POSSESSIVE_END.sub("", lower)) in QUESTION_WORDS | {"it", "that", "there", "here"}:  # "What's", not "Will's"
        lower = bare
    return bool(NAME_WORD.match(token)) and lower not in REFERENCES and not (first and lower in OPENING_WORDS | REPLY_OPENINGS)


def proper_names(text: str) -> list[str]:
    """Runs of capitalised words: "Who met Albert P. Khorev in Islamabad?" -> Albert P. Khorev, Islamabad."""
    names: list[str] = []
    current: list[str] = []
    for position, token in enumerate(WORD.findall(text)):
        if is_name_word(token, position == 0):
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


def name_end(tokens: list[str], start: int) -> int:
    """Where the run of capitalised words and years opening at `start` ends ("May 2024", "Albert P. Khorev")."""
    end = start + 1
    while end < len(tokens) and (is_name_word(tokens[end], False) or YEAR.match(tokens[end])):
        end += 1
    return end


def is_owner_named(token: str) -> bool:
    """A name owning what follows: "Zelensky's", "Europeans'"."""
    return is_name_word(token, False) and bool(POSSESSIVE_END.search(token))


def looks_like_name(text: str) -> bool:
    """Whether a text (an answer) could be a name: up to five capitalised words, no digits; a title too, up to seven words,
    "of" or "the" within ("US Secretary of State Henry Kissinger")."""
    words = text.split()
    capitalised = [w for w in words if w[0].isupper()]
    joined = all(w[0].isupper() or (0 < i < len(words) - 1 and w in NAME_JOINERS | NAME_PARTICLES) for i, w in enumerate(words))
    # a title ends in a person's name of two words at least, as no body's does ("Department of Energy", "Bank of England")
    titled = next((i for i in range(len(words) - 1, -1, -1) if words[i] in NAME_JOINERS), None)
    named = titled is None or len(words) - titled - 1 >= 2
    return 0 < len(capitalised) <= 5 and len(words) <= 7 and joined and named and not any(ch.isdigit() for ch in text)


def could_be_person(name: str, following: str) -> bool:
    """Not a month ("in May 2024"), an acronym ("UN", "NATO", "U.S."), a people's adjective
    ("Ukrainian law", "Polish airspace"), a place named by its kind ("Market Street", "Harbour Bridge"), nor a body
    or a thing so named ("Halvorsen Foods", "the Halden Prize"; "Halvorsen" before "Foods"), nor a model's name with a
    figure in it ("AquaPure X200": the chat had asked "When was AquaPure X200 born?")."""
    return name not in MONTHS and not name.isupper() and not (DEMONYM.search(name) and following.islower()) \
        and not any(ch.isdigit() for ch in name) \
        and name.split()[-1].lower() not in PLACE_KINDS | BODY_KINDS and following.lower() not in BODY_KINDS


def is_person_word(words: list[str], index: int) -> bool:
    """Whether `words[index]` could be (part of) a person's name: not "The", "UN", "Russian drones"…"""
    word, following = words[index], words[index + 1] if index + 1 < len(words) else ""
    plain = POSSESSIVE_END.sub("", word)
    return is_name_word(word, index == 0) and word.lower() not in DETERMINERS and could_be_person(plain, following)


def sex_of(word: str) -> str | None:
    """"male" for "he", "his"…; "female" for "she", "her"…; None for other words."""
    return next((sex for sex, pronouns in PRONOUNS_BY_SEX.items() if word.lower() in pronouns), None)


def sex_referred_to(name: str, texts: list[str]) -> str | None:
    """"male" or "female" where the texts refer back to `name` mostly as one (`_sexes_referred`),
    None where they do not tell."""
    counts = dict.fromkeys(PRONOUNS_BY_SEX, 0)
    for text in texts:
        sentences = [WORD.findall(sentence) for sentence in SENTENCE_END.split(text)]
        for words, following in zip(sentences, [*sentences[1:], []]):
            for sex in _sexes_referred(name, words, following):
                counts[sex] += 1
    male, female = counts["male"], counts["female"]
    return None if male == female else "male" if male > female else "female"


def _sexes_referred(name: str, words: list[str], following: list[str]) -> list[str]:
    """The sex of the pronoun that refers back to each mention of `name` in a sentence's `words`:
    the first he/she-like word after it, past a word and no other name ("Khorev said he…"; not
    "Putin met Meloni, and she…", nor "Moscow, he said…"); else, where `name` is the only name and
    no pronoun is in the sentence, one opening the `following` sentence ("Khorev dismissed the
    claims. He called…"; not "He noted Pakistan's vote. He…")."""
    name_words = set(name.split())
    persons = {i for i in range(len(words)) if is_person_word(words, i)}
    alone = all(POSSESSIVE_END.sub("", words[i]) in name_words for i in persons)
    next_word = next((w for w in following if is_word(w)), "")
    sexes = []
    for mention in _mentions(name, words):
        pronoun = next((i for i in range(mention + 1, len(words)) if sex_of(words[i])), None)
        between = range(mention + 1, len(words) if pronoun is None else pronoun)
        if pronoun is not None and any(is_word(words[i]) for i in between) and not any(i in persons for i in between):
            sexes.append(sex_of(words[pronoun]))
        elif alone and sex_of(next_word) and not any(sex_of(w) for w in words):
            sexes.append(sex_of(next_word))
    return sexes


def _mentions(name: str, words: list[str]) -> list[int]:
    """Where a sentence's `words` name `name`: by its surname or its first name ("Elena won…" for Elena Varga), in a run
    of capitalised words holding none but its own. Spouses share a surname: "Tomas Varga… he" tells nothing of Elena
    Varga, who had been taken for a man ("she" had then been her husband), nor does "the Varga Institute"."""
    parts = name.split()
    plain = [POSSESSIVE_END.sub("", word) for word in words]
    capitalised = [is_name_word(word, i == 0) for i, word in enumerate(words)]
    mentions = []
    for index in (i for i, word in enumerate(plain) if word in {parts[0], parts[-1]}):
        start, end = index, index + 1
        while start and capitalised[start - 1] and not POSSESSIVE_END.search(words[start - 1]):
            start -= 1
        while end < len(words) and capitalised[end] and not POSSESSIVE_END.search(words[end - 1]):
            end += 1
        if all(word in parts or _is_title(word) for word in plain[start:end]):
            mentions.append(index)
    return mentions


def _is_title(word: str) -> bool:
    """Whether a capitalised word before a name is a title or a role, not another name: "Dr", "President", "Russian"."""
    # an acronym too: "CEO Julia Chen said she…" (it had told nothing of Julia Chen)
    acronym = 1 < len(word) <= 4 and word.isupper()
    return word.lower().rstrip(".") in HONORIFICS | PERSON_NOUNS or bool(DEMONYM.match(word)) or acronym


def named_after(prepositions: set[str], name: str, texts: list[str]) -> bool:
    """Whether a text has `name` right after one of `prepositions`, owning nothing ("in Moscow",
    not "in Putin's view")."""
    after_preposition = re.compile(rf"\b(?i:{'|'.join(prepositions)})\s+{re.escape(name)}\b(?!['’]s)")
    return any(after_preposition.search(text) for text in texts)


def asked_for(question: str) -> str:
    """What kind of answer a question asks for, from its opening: "person", "place", "time",
    "amount", "reason" or "thing" ("Which president…" a person, "In which city…" a place)."""
    words = [POSSESSIVE_END.sub("", t.lower()) for t in WORD.findall(question) if is_word(t)]
    while words and words[0] in PREPOSITIONS:
        words = words[1:]
    first, second = (words + ["", ""])[:2]
    if first in {"who", "whom", "whose"} or (first in {"which", "what"} and singular(second) in PERSON_NOUNS):
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


def auxiliary_index(tokens: list[str]) -> int | None:
    """Where the question's auxiliary is ("Which country *did* Khorev thank?", "*Is* the ceasefire
    respected?", "Why *doesn't* the law…"): among its first few words, a contracted one only where
    its subject follows ("Who said the truce *isn't* respected?" has none); None for a question
    without one ("Who dismissed the summit?")."""
    def is_questions(i: int) -> bool:
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        return not is_contracted(tokens[i]) or opens_subject(following)
    # Not one of a clause the question's verb takes: "Who announced that restrictions *would* be lifted?" has none, nor
    # "Who said the ban *would* cut waste?", a verb of saying right after the question word opening one without "that"
    # (it had asked "When would cut waste Jo Patel?").
    clause = next((i for i, token in enumerate(tokens) if i and token.lower() in {"that", "whether", "if"}), len(tokens))
    if len(tokens) > 2 and tokens[0].lower() in QUESTION_WORDS and not is_auxiliary(tokens, 1) \
            and verb_lemmas(tokens[1]) & SPEECH_VERBS:
        clause = min(clause, 2)
    return next((i for i in range(min(clause, 7)) if is_auxiliary(tokens, i) and is_questions(i)), None)


def is_auxiliary(tokens: list[str], index: int) -> bool:
    """"did", "is", "may", "isn't"…, but not the month after a question's first word ("resume in *May*")."""
    return full_auxiliary(tokens[index]) is not None and not (index and tokens[index] in MONTHS)


def full_auxiliary(word: str) -> str | None:
    """An auxiliary's full form, in lowercase: "is" for "Is" and "isn't", "will" for "won't"; None for another word."""
    lower = word.lower()
    if is_contracted(lower):
        lower = CONTRACTED_STEMS.get(lower[:-3], lower[:-3])
    return lower if lower in AUXILIARIES else None


def auxiliary_for(word: str, number: str) -> str | None:
    """An auxiliary's form for a subject of the other `number` ("singular" or "plural"), as the user wrote it ("Do":
    "Does", "aren't" for "isn't", with the user's apostrophe); None for one of no other form ("did", "can")."""
    form = AUXILIARY_FORMS[number].get(full_auxiliary(word) or "")
    if not form:
        return None
    form += word[-3:] if is_contracted(word) else ""
    return form.capitalize() if word[0].isupper() else form


def is_contracted(word: str) -> bool:
    """Whether a word ends in "n't" ("isn't", "don’t"), with either apostrophe."""
    return word.lower().endswith(CONTRACTION_ENDINGS)


def opens_subject(word: str) -> bool:
    """A determiner, a subject pronoun or a name: a word an auxiliary's subject opens with ("Is *the*
    ceasefire…", "Did *Khorev*…")."""
    return is_name_word(word, False) or word.lower() in DETERMINERS | SUBJECT_PRONOUNS


def opens_predicate(word: str) -> bool:
    """A negation ("not", "never", "isn't"), a form of "be" ("be", "been", "being") or an adverb
    ("still", "quickly"): a word that, before the verb, ends its subject ("Has the ceasefire *been*
    respected?"). Whether an "-ly" word is an adverb ("the *family*") its place tells (qa/fragments.py)."""
    lower = word.lower()
    return lower in NEGATIONS | BE_FORMS or is_contracted(lower) or is_adverb(word)


def is_adverb(word: str) -> bool:
    """"still", "again", or a lowercase word in "-ly": "quickly", but "the *family*" too (see `opens_predicate`)."""
    return word.lower() in ADVERBS or (word.islower() and word.endswith("ly"))


def is_participle(word: str) -> bool:
    """"passed", "held", "taken": a word that ends a passive question ("When was the summit held?")."""
    lower = word.lower()
    return lower.endswith("ed") or lower in IRREGULAR_PARTICIPLES


def could_be_noun(word: str, adjective_too: bool = True) -> bool:
    """Whether lemminflect knows a word as a noun ("limit", "cars"), or as an adjective where `adjective_too`
    ("Japanese"), or not at all; not "announced"."""
    from lemminflect import getAllLemmas

    kinds = set(getAllLemmas(word.lower()))
    return not kinds or bool(kinds & ({"NOUN", "PROPN", "ADJ"} if adjective_too else {"NOUN"}))


def verb_lemmas(word: str) -> set[str]:
    """The base forms a word has as a verb, by lemminflect: {"meet"} for "met", none for "the"."""
    from lemminflect import getAllLemmas

    return set(getAllLemmas(word.lower(), upos="VERB").get("VERB", ()))


def verb_asked_again(word: str) -> tuple[str, str] | None:
    """("did", its base form) for a verb in the past tense ("gave": "give"), ("does", …) for one in the
    present ("leads": "lead"), as a question asked again puts it after its auxiliary ("Where did
    Khorev give the briefing?"); None for a word that is neither (lemminflect tells English forms)."""
    from lemminflect import getInflection, getLemma

    lower = word.lower()
    for base in getLemma(lower, upos="VERB"):
        if lower in getInflection(base, tag="VBD"):
            return "did", base
        if lower in getInflection(base, tag="VBZ"):
            return "does", base
    return None


def reads_as_thing(text: str) -> bool:
    """Whether an answer reads as a noun phrase that "it" or "they" could stand for ("Soviet-era
    symbols", "the disputed vote", "Pakistan"), not a clause, a verb's phrase or a lone adjective
    ("both leaders showed a willingness to compromise", "seeks to legitimize himself", "exaggerated"):
    eight words at most, not opening with "to" or a pronoun ("he wants war"), a noun, name or number
    among them, and no word lemminflect knows only as a verb but one qualifying the word after it ("the
    *disputed* vote", not "Russia *launched* drones"), a last one in "-ing" ("increased spending") or a capitalised one
    ("the Clean Air Act")."""
    from lemminflect import getAllLemmas

    words = [w for w in WORD.findall(text) if is_word(w)]
    if not words or len(words) > 8 or words[0].lower() in SUBJECT_PRONOUNS | {"to"}:
        return False
    kinds = [set(getAllLemmas(w.lower())) for w in words]
    # a word lemminflect does not know is mostly a noun, a dish's or a thing's name from another language ("gazpacho")
    nominal = any(not k or "NOUN" in k or "PROPN" in k or w[0].isupper() or any(c.isdigit() for c in w)
                  for w, k in zip(words, kinds))
    # A verb's form qualifies the word after it ("the *disputed* vote", "his *stolen* car", "two *wounded*
    # soldiers"), but not after its subject ("Russia *launched* drones", "the leaders *showed* willingness");
    # one in "-ing" ending the phrase names an act ("increased *spending*").
    qualifying = [i + 1 < len(words) and words[i + 1].lower() not in PREPOSITIONS | DETERMINERS
                  and not (i and _could_be_subject(words[i - 1], kinds[i - 1])) for i in range(len(words))]
    gerund = [i == len(words) - 1 and w.lower().endswith("ing") for i, w in enumerate(words)]
    # a capitalised word is a name's, whatever lemminflect knows it as: "the Inflation Reduction *Act*"
    return (nominal or gerund[-1]) and not any(k == {"VERB"} and not (q or g or w[0].isupper())
                                               for w, k, q, g in zip(words, kinds, qualifying, gerund))


def _could_be_subject(word: str, kinds: set[str]) -> bool:
    """Whether a word before a verb's form could be its subject: a name, a noun or a pronoun, not an
    owner's ("Russia's proposed ceasefire"), a determiner, a number or an adverb."""
    lower = word.lower()
    if POSSESSIVE_END.search(word) or lower in OWNING_WORDS or lower in DETERMINERS or "ADJ" in kinds:
        return False
    return lower in SUBJECT_PRONOUNS or is_name_word(word, False) or "NOUN" in kinds


def kind_of(words: list[str]) -> str:
    """What a phrase names, as far as its words tell: "time" (a month or a year), "name"
    (capitalised words: "Moscow", "the UN Secretariat", or a noun for places they qualify, as
    countries are named: "the Baltic states", "the Ukrainian capital") or "thing" ("martial law",
    "Ukrainian law")."""
    last = next((w for w in reversed(words) if is_word(w)), "")
    # a year or month qualifying a noun names no time: "the 1973 oil crisis" ("Who proclaimed it?" had been left), "the
    # 2015 Minsk agreements"
    if any(w in MONTHS or YEAR.match(w) for w in words) and not (last.islower() and singular(last) not in TIME_NOUNS):
        return "time"
    content = [w for w in (words[1:] if words[0].lower() in DETERMINERS else words) if is_word(w)]
    qualifiers = content[:-1] if len(content) > 1 and singular(content[-1]) in PLACE_NOUNS else content
    return "name" if all(is_name_word(w, False) for w in qualifiers) else "thing"


def singular(noun: str) -> str:
    """"countries" -> "country", "states" -> "state"; a noun not ending in s, or in "ss", as it is."""
    lower = noun.lower()
    if lower.endswith("ies"):
        return lower[:-3] + "y"
    return lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower


def number(phrase: list[str]) -> str | None:
    """"plural" or "singular", by the phrase's head, its last word before a preposition: plural
    joined with "and" ("Bryansk and Kursk"), a noun ending in s ("referendums", "the remains of
    soldiers") but for "-ss", "-us" and "-is" ("the process", "the crisis"), or a name of a people
    (`_names_people`); singular otherwise ("the media briefing"), other names ending in s too
    ("Paris", "the Netherlands", "the United States"). None for a number."""
    words = [POSSESSIVE_END.sub("", w) for w in phrase if is_word(w)]
    head = words[:next((i for i, w in enumerate(words) if i and w.lower() in PREPOSITIONS), len(words))]
    last = head[-1] if head else ""
    if "and" in (w.lower() for w in head):
        return "plural"
    if not last.replace("-", "").isalpha():
        return None
    if last[0].isupper():
        return "plural" if _names_people(head) else "singular"
    return "plural" if last.endswith("s") and not last.endswith(("ss", "us", "is")) else "singular"


def head(phrase: list[str]) -> str:
    """A noun phrase's head, its last word before a preposition: "warranty" of "the warranty of a microinverter"."""
    words = [w for w in phrase if is_word(w)]
    return words[next((i for i, w in enumerate(words) if i and w.lower() in PREPOSITIONS), len(words)) - 1] if words else ""


def _names_people(name: list[str]) -> bool:
    """Whether a name is a people's: one word after a determiner, ending in s or a people's
    adjective ("the Europeans", "the Kurds", "the British"), but for a country named in the plural
    ("the Netherlands"); or alone, a people's name in "-ans" ("Americans", `PEOPLE_IN_ANS`). A name
    of more words is one body ("the United States", "Albert Jones")."""
    if len(name) == 2 and name[0].lower() in DETERMINERS:
        return (name[1].endswith("s") and name[1] not in COUNTRIES_IN_PLURAL) or bool(DEMONYM.match(name[1]))
    return len(name) == 1 and bool(PEOPLE_IN_ANS.match(name[0]))


def possessive_ending(owner: list[str]) -> str:
    """"'" after a plural ending in s ("the Europeans'", "the Baltic states'") or a name plural in
    form ("the United States'"), "'s" after others ("Jones's", "the crisis's"), as style guides have it."""
    last = owner[-1]
    plural_in_form = number(owner) == "plural" or (owner[0].lower() in DETERMINERS and last[0].isupper())
    return "'" if last.endswith("s") and plural_in_form else "'s"


def join(tokens: list[str]) -> str:
    """Tokens back into a sentence: two that were neighbours where they were written (Tokens) as they were
    written; others with no space before punctuation, nor after an opening quote or bracket (a straight
    quote opens where the quotes before it are paired) or a currency sign before a number, which opens
    as they do ("cost $5", "«a trap»")."""
    text = ""
    after_opening = True  # nothing before the first token
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        opens = token in OPENING_MARKS or token == '"' and text.count('"') % 2 == 0 or \
            (_is_currency_sign(token) and following[:1].isdigit()) or _opened_where_written(token, following)
        together = written_together(tokens[index - 1], token) if index else None
        glued = after_opening or (re.fullmatch(r"[^\w\s]", token) and not opens) if together is None else together
        text += token if glued else f" {token}"
        after_opening = opens
    return text


def _opened_where_written(token: str, following: str) -> bool:
    """Whether a mark was written onto the token after it, with a space or nothing before it: "*the", "#hashtags"."""
    return isinstance(token, Token) and not is_word(token) and written_together(token, following) is True \
        and (token.start == 0 or token.text[token.start - 1].isspace())


def _is_currency_sign(token: str) -> bool:
    return len(token) == 1 and unicodedata.category(token) == "Sc"
