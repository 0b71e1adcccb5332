"""Whether an article reads as English prose. The shipped reader learnt from English articles (and
the embedding model from English text): it reads another language, or an article that is mostly
tables and numbers, poorly, and people should hear so before they trust its answers."""
from __future__ import annotations

import re
from functools import lru_cache

from qa.english import is_common_word
from qa.grammar import AUXILIARIES, QUESTION_WORDS

# The most frequent English words: in English prose a third or more of the words are among them.
COMMON_ENGLISH = frozenset("""
the of and to a in is that for it as was with be by on not he i this are or his from at which but have an
they you were her she there been one all we their has would when if so no will more can its who what out up
into them than only other some could these two may then do any my now such like our over me even most made
after also did many before must through back years where much your way well down should because each just
those people how too little state good very make world still own see men work long here get both between
life being under never day same another know while last might us great old year off come since against go
came right used take three""".split())
# Share of an article's words among COMMON_ENGLISH: the seed article 0.33, SQuAD v1.1 dev's articles
# 0.36 to 0.47; a French news story 0.05, a German or Spanish one 0.02 or less, a table of results 0.
ENGLISH_SHARE = 0.15
MIN_WORDS = 30  # fewer say too little about their language
WORD = re.compile(r"[^\W\d_]+")


def common_english_share(text: str) -> tuple[float, int]:
    """The share of the text's words that are common English words, and how many words it has."""
    words = WORD.findall(text.lower())
    return sum(word in COMMON_ENGLISH for word in words) / max(len(words), 1), len(words)


def unlike_english(text: str) -> str | None:
    """Why the reader may answer poorly from `text`, or None when it reads as English prose."""
    share, words = common_english_share(text)
    if words < MIN_WORDS or share >= ENGLISH_SHARE:
        return None
    return (f"reads little like English prose ({share:.0%} of its words are common English words; English articles "
            f"have 30% or more), and the reader learnt from English articles: its answers here may be poor")


# A question's words that say nothing of its language: "a" and "i" are words of French, Spanish and Italian too.
AMBIGUOUS_WORDS = {"a", "i"}
FEWEST_QUESTION_WORDS = 4  # fewer, in Latin letters, say too little ("deposit amount?", "office tel num?", "pe kit reqs?")
ANOTHER_LANGUAGE = ("This question reads as another language than English, and the reader understands questions in English "
                    "only: ask it in English, please.")
INVERTED_MARK = re.compile(r"\s*[¿¡]")  # Spanish's: "¿Quién…?"
# Words that ask or join in French, German, Spanish, Italian and Portuguese, counted as none of a question's English words
# though English has them too or they are the articles' ("die", "hat"; "de", "la" of names): "Où a eu lieu le point de
# presse ?" had read as half English ("a", "eu", "lieu", "point"), and "Wer hat die Pressekonferenz gegeben?" too.
OTHER_LANGUAGES_WORDS = frozenset("""
où qui que quoi quel quelle quels quelles quand pourquoi comment combien est sont le la les un une des du de et dans pour
avec sur par au aux ce cette ont
wer wo wann warum wie wieviel welche welcher welches ist sind der die das den dem des ein eine einen und oder nicht mit
von für zu im am hat haben wurde wurden
qué quién quiénes dónde cuándo cómo cuánto cuántos cuál el los las del y en por para con una es son fue
chi dove quando perché come quanto quale il lo gli di che è sono
quem onde quanto qual os do da em não foi são""".split())
NOT_ENGLISH_ALONE = OTHER_LANGUAGES_WORDS | AMBIGUOUS_WORDS


@lru_cache(maxsize=8)
def _words_of(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word for text in texts for word in WORD.findall(text.lower()))


def question_unlike_english(question: str, texts: tuple[str, ...]) -> bool:
    """Whether a question reads as another language than English, which the articles (`texts`) do not write either: in
    another script, none of its words theirs ("谁主持了新闻发布会？"); or of four words or more, none a common English word,
    question word or auxiliary, and opening with "¿" or "¡" or under half its words English, the articles' or names, but
    none of OTHER_LANGUAGES_WORDS ("Quem deu a entrevista coletiva?"). Spelt as English, such a question had been shown as "¿Quinn dio la rued de prensa?" and refused (a
    review's, session 61); terse English ("recall line number") and names ("Khorev briefing location") are English."""
    typed = WORD.findall(question)
    words = [word.lower() for word in typed]
    if not words:
        return False
    known = _words_of(texts)
    letters = "".join(words)
    if sum(not ("a" <= letter <= "z" or "à" <= letter <= "ɏ") for letter in letters) > len(letters) / 2:
        return not any(word in known for word in words)
    if len(words) < FEWEST_QUESTION_WORDS or any(word in COMMON_ENGLISH | QUESTION_WORDS | AUXILIARIES for word in words
                                                  if word not in AMBIGUOUS_WORDS):
        return False
    if INVERTED_MARK.match(question):
        return True
    english = sum(word not in NOT_ENGLISH_ALONE
                  and (word in known or is_common_word(word) or (at and typed[at][:1].isupper())) for at, word in enumerate(words))
    return english < len(words) / 2
