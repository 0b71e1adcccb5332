"""Who says what an article's sentences say, as news writes it: "Khorev dismissed the idea", "he accused Kiev of…",
"according to Khorev, …", "…, said Khorev". A question asking what someone said about something ("What did Trump say
about the bridge explosions?") is answered with a statement of theirs, never with one the article puts in another's
mouth: the seed article's "Additionally, he accused Kiev…" (Khorev's) had answered for Trump (0.90), whom the article
quotes nowhere."""
from __future__ import annotations

import bisect
import re
from difflib import SequenceMatcher
from functools import lru_cache

from index.chunking import sentence_spans
from qa.grammar import DEMONYM, NAME_WORD, is_name_word, tokenize, verb_lemmas
from qa.speakers import SPEAKING_VERBS

# Verbs (as lemmas) a speaker is the subject of, besides those asking whose words a question wants: what a spokesman
# does in a briefing.
ATTRIBUTING_VERBS = SPEAKING_VERBS | {"note", "emphasize", "emphasise", "attribute", "acknowledge", "reaffirm", "confirm",
                                      "express", "cite", "insist", "assert", "allege", "predict", "promise", "vow",
                                      "pledge", "recall", "respond", "comment", "remark", "declare", "complain",
                                      "disagree", "agree", "object", "protest", "counter"}
# Words a sentence opens with in capitals that name no one: "Despite limited breakthroughs, Khorev listed…".
OPENERS = {"despite", "although", "though", "after", "before", "while", "since", "until", "because", "if", "when", "as",
           "following", "during", "regarding", "nevertheless", "moreover", "additionally", "however", "meanwhile", "also",
           "but", "yet", "then", "still", "instead", "earlier", "later", "today", "yesterday", "now", "here", "there",
           "these", "those", "this", "that", "it", "its", "we", "they", "the", "a", "an", "some", "many", "most", "all",
           "both", "each", "every", "no", "such", "other", "others", "one", "several", "few", "under", "over", "with",
           "without", "for", "from", "by", "of", "to", "in", "on", "at", "into", "through", "not", "only", "even",
           "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "people", "i", "you"}
PRONOUNS = {"he", "she"}
SUBORDINATORS = {"after", "when", "as", "while", "although", "though", "because", "since", "before", "if", "once", "until"}
QUOTE = re.compile(r"\s*[“\"][^”\"]*[”\"]")  # a sentence's opening quote, to its closing mark  # "they" and "it" stand for groups and bodies as often, which a name rarely matches
ARTICLES_KEPT = 32
# How alike two spellings of a name's word are, at least (difflib's ratio): "Feynam" and "Feynman" 0.77, "Nuemann" and
# "Neumann" 0.86; not "Patel" and "Paterson" (0.62, a probe's), nor "Trump" and "Truman" (0.73).
SAME_NAME = 0.75
ADVERBS = {"also", "further", "again", "then", "later", "once", "still", "even", "too", "often", "has", "had", "have",
           "would", "will", "did", "does", "not"}  # between a speaker and the verb: "has said"
# Capitalised words of a title, not a name: "President Putin" is Putin, "Professor Nina Patel" no Professor Alan Lee.
TITLES = {"president", "presidents", "ambassador", "minister", "prime", "foreign", "secretary", "general", "mr", "mrs",
          "ms", "dr", "sir", "dame", "lord", "lady", "king", "queen", "prince", "chancellor", "senator", "governor",
          "mayor", "spokesman", "spokeswoman", "spokesperson", "the", "russian", "ukrainian", "us", "u.s.", "professor",
          "prof", "doctor", "councillor", "cllr", "inspector", "chief", "director", "judge", "captain", "officer",
          "detective", "coach", "engineer", "leader", "manager", "chair", "chairman", "chairwoman", "head"}
# Roles written between an organisation and a name: "Acme spokesperson Tom Reed".
ROLES = {"spokesman", "spokeswoman", "spokesperson", "chief", "director", "head", "manager", "official", "representative",
         "chair", "chairman", "chairwoman", "president", "executive", "leader", "secretary", "minister", "engineer"}


def speaker_words(name: str) -> frozenset[str]:
    """A name's words that tell who it is, lower-cased: "Putin" of "President Vladimir Putin" and of "Putin's"."""
    words = {token.lower().removesuffix("'s").removesuffix("’s").rstrip(".") for token in name.split()}
    return frozenset(word for word in words if word and word not in TITLES | {"and"})


def said_by(text: str, start: int, sayer: str) -> bool:
    """Whether the sentence holding text[start] is one the article gives as `sayer`'s (`someone_else_s`' speaker)."""
    speaker = _speaker_at(text, start)
    asked = _asked(sayer)
    return bool(asked) and speaker is not None and _same(asked, speaker)


def speaks_in(text: str, sayer: str) -> bool:
    """Whether the article gives any sentence as `sayer`'s."""
    asked = _asked(sayer)
    return bool(asked) and any(speaker is not None and _same(asked, speaker) for speaker in _speakers(text)[1])


def _speaker_at(text: str, start: int) -> str | None:
    spans, speakers, _ = _speakers(text)
    return speakers[max(bisect.bisect_right(spans, start) - 1, 0)] if spans else None


# "Who said “…”?": a statement quoted, whose speaker the article names (the chat's "Who said that?" is asked so,
# qa/followup.py).
WHO_SAID_QUOTE = re.compile(r"\s*who\s+(?:said|says|stated|wrote)\s+[“\"](?P<quoted>[^”\"]{3,})[”\"]+\s*\??\s*", re.IGNORECASE)


def speaker_of_quote(question: str, text: str) -> tuple[int, int] | None:
    """[start, end) in `text` of the name of who says the statement a question quotes ("Who said “…”?"): the speaker
    of the sentence holding it (`_speakers`, "he" standing for the one named last), as the article last names them by
    the statement's sentence end; None where the question quotes none, the text holds none, or no one is named as
    saying it. The reader, asked who said "he warned that any NATO … presence … is unacceptable", had refused (95 %)."""
    asked = WHO_SAID_QUOTE.fullmatch(question)
    quoted = asked["quoted"].strip() if asked else ""
    at = text.find(quoted) if quoted and text.count(quoted) == 1 else -1  # said twice: which time is not told
    speaker = _speaker_at(text, at) if at >= 0 else None
    # a person: of two names or more, or one a pronoun stood for ("Khorev"), not a place read as one ("…in Kelbury
    # have called for…", a probe's)
    if speaker is None or speaker in PRONOUNS or len(speaker.split()) < 2 and speaker not in _speakers(text)[2]:
        return None
    sentence_end = next((end for start, end in sentence_spans(text) if start <= at < end), len(text))
    named = text.rfind(speaker, 0, sentence_end)
    if named < 0:
        return None
    # the name, past the titles and the people named before it ("Russian Ambassador Albert P. Khorev")
    words = list(re.finditer(r"\S+", speaker))
    first = next((word for word in words if word[0].lower() not in TITLES and not DEMONYM.match(word[0])), words[-1])
    return named + first.start(), named + len(speaker)


def _asked(sayer: str) -> frozenset[str]:
    return speaker_words(" ".join(word for word in sayer.split() if NAME_WORD.match(word)))


def _same(asked: frozenset[str], speaker: str) -> bool:
    return any(_alike(word, said) for word in asked for said in speaker_words(speaker))


def someone_else_s(text: str, start: int, sayer: str) -> bool:
    """Whether the sentence holding text[start] is said by someone the article names who is not `sayer` (a question's
    "Trump"): its speaker is named before its verb of saying, after "according to" or after "said", or is "he" or "she"
    for the speaker named last. A sentence of no speaker told, or a `sayer` of no name ("the ambassador"), is nobody
    else's."""
    asked = _asked(sayer)
    if not asked:
        return False
    speaker = _speaker_at(text, start)
    return speaker is not None and not _same(asked, speaker)


def _alike(word: str, other: str) -> bool:
    """Whether two words of names are one, as a question may misspell it ("Feynam", SQuAD's, for Feynman)."""
    return word == other or SequenceMatcher(None, word, other).ratio() >= SAME_NAME


@lru_cache(maxsize=ARTICLES_KEPT)
def _speakers(text: str) -> tuple[list[int], list[str | None], dict[str, str]]:
    """Where each sentence of `text` starts, and its speaker (`_speaker_of`), "he" or "she" standing for the one named
    last as a speaker or as a sentence's subject ("Trump arrived in Moscow. He said…" is Trump's), but for one a pronoun
    of the other sex stood for before (a probe's "he said" after a councillor "she" had been said to stand for had made
    her say her opponent's words); and the pronoun each speaker was referred to by."""
    starts, speakers, last, referred = [], [], None, {}
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        speaker = _speaker_of(sentence)
        if speaker in PRONOUNS:
            if last is not None and referred.setdefault(last, speaker) != speaker:
                last = None  # someone else, not named as speaking
            speaker = last
        elif speaker is not None:
            last = speaker
        else:
            last = _subject_named(sentence) or last
        starts.append(start)
        speakers.append(speaker)
    return starts, speakers, referred


def _subject_named(sentence: str) -> str | None:
    """The name a sentence opens with as its subject, a verb in lower case after it: "Trump" of "Trump arrived in Moscow."."""
    tokens = [str(token) for token in tokenize(sentence)]
    end = 0
    while end < len(tokens) and NAME_WORD.match(tokens[end]) and not tokens[end].endswith(("'s", "’s")):
        end += 1
    verb = tokens[end].rstrip(".") if end < len(tokens) else ""  # "Priya Patel disagreed."
    if not end or not verb.isalpha() or not verb.islower() or not verb_lemmas(verb) or not is_name_word(tokens[0], True) \
            or tokens[0].lower() in OPENERS:
        return None
    return _named(tokens[:end])


def _speaker_of(sentence: str) -> str | None:
    """Who says a sentence, as it names them: the name run (or "he", "she") right before its first verb of saying
    ("Khorev welcomed…"; past a clause opening the sentence, "After residents claimed…, Dr Patel said…"), or set off by
    commas before it, or after an inverted "said" or "says" ("…, said Khorev."), or else after "according to"; of a
    sentence opening with a quote, as the words after the quote name them first: the verbs inside it are the speaker's
    ("“Everyone told us farmers wouldn't pay,” says Okafor-Lund" had been Everyone's, bench/about)."""
    quoted = QUOTE.match(sentence)
    if quoted and (speaker := _speaker_named(sentence[quoted.end():])):
        return speaker
    return _speaker_named(sentence)


def _speaker_named(sentence: str) -> str | None:
    """`_speaker_of`, the words read as they come."""
    tokens = [str(token) for token in tokenize(sentence)]
    lower = [token.lower() for token in tokens]
    for at, word in enumerate(lower):
        bare = tokens[at].rstrip(".")  # "said." ends a sentence
        # a verb in lower case: a heading's "Talks" or "Claimed" is none ("Progress Claimed in…")
        if not bare.isalpha() or not bare.islower() or not verb_lemmas(bare) & ATTRIBUTING_VERBS:
            continue
        subject = at
        while subject and (lower[subject - 1] in ADVERBS or lower[subject - 1].endswith("ly") and tokens[subject - 1].islower()):
            subject -= 1  # "Khorev strongly condemned…", "He further alleged…"
        if subject and lower[subject - 1] in PRONOUNS:
            return lower[subject - 1]
        if name := _name_before(tokens, subject) or _name_set_off(tokens, subject):
            return name
        if bare in ("said", "says") and (name := _name_from(tokens, at + 1)):
            return name
        if not (lower[0] in SUBORDINATORS and "," in tokens[at:]):
            break  # the first verb of saying tells who, or no one does ("The minister told reporters Putin said…")
        # but one in a clause before the sentence's own ("After residents claimed…, Dr Patel said…": a probe's)
    # a source, where no speaker is named: "According to Reuters, Trump said…" is Trump's
    return next((name for at in range(len(tokens) - 2)
                 if lower[at:at + 2] == ["according", "to"] and (name := _name_from(tokens, at + 2))), None)


def _name_before(tokens: list[str], at: int) -> str | None:
    """The run of capitalised words that ends right before tokens[at], but a sentence's opening word alone, with the run
    before it joined by "and" ("Putin and Trump said…")."""
    start = _run_start(tokens, at)
    if start == at:
        return None
    if start >= 2 and tokens[start - 1] == "and" and (before := _run_start(tokens, start - 1)) < start - 1:
        start = before
    elif start >= 2 and tokens[start - 1].lower() in ROLES and (before := _run_start(tokens, start - 1)) < start - 1:
        start = before  # whose: "Acme spokesperson Tom Reed said" is Acme's too (a probe's)
    run = tokens[start:at]
    # a sentence's opening word alone, after its quote marks: "Additionally", "According", "“Everyone"
    opening = not any(token[0].isalnum() for token in tokens[:start]) and len(run) == 1 \
        and (not is_name_word(run[0], True) or run[0].lower() in OPENERS)
    return None if opening else _named(run)


def _name_set_off(tokens: list[str], at: int) -> str | None:
    """The name set off by commas before tokens[at], or before a description so set off: "Sarah Khan" of "The company's
    chief executive, Sarah Khan, said", "Priya Patel" of "Priya Patel, the chief engineer, said" (a probe's)."""
    if not at or tokens[at - 1] != ",":
        return None
    if name := _name_before(tokens, at - 1):
        return name
    comma = next((k for k in range(at - 2, max(at - 10, 0) - 1, -1) if tokens[k] == ","), None)
    between = tokens[comma + 1:at - 1] if comma is not None else []
    return _name_before(tokens, comma) if between and between[0].islower() else None


def _run_start(tokens: list[str], at: int) -> int:
    """Where the run of capitalised words (no possessive) ending right before tokens[at] starts."""
    start = at
    while start and NAME_WORD.match(tokens[start - 1]) and not tokens[start - 1].endswith(("'s", "’s")):
        start -= 1
    return start


def _named(run: list[str]) -> str | None:
    """A run of words as a name, where it has words telling who (`speaker_words`)."""
    return " ".join(run) if run and speaker_words(" ".join(run)) else None


def _name_from(tokens: list[str], at: int) -> str | None:
    """The run of capitalised words from tokens[at]."""
    end = at
    while end < len(tokens) and NAME_WORD.match(tokens[end]):
        end += 1
    return _named(tokens[at:end])
