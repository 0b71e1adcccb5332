"""Words as BM25 compares them, and the BM25 that ranks them: shared by the article index and the
reader's closest-paragraph negatives."""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

import Stemmer
from rank_bm25 import BM25Okapi

# Chinese and Japanese are written without spaces: each ideograph or kana is a word of its own (as
# the reader's tokenizer takes ideographs), or a whole sentence would be one word that no question matches.
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
# "_" parts words too: "service_level" is "service" and "level", which a question asks in words.
WORD = re.compile(rf"[{UNSPACED}]|[^\W_{UNSPACED}]+")
# A version, a reference or a decimal ("3.2.0", "NRF-58217", "70.2"), or a name in code ("service_level"):
# words joined by dots, hyphens, slashes or "_", a word besides its parts, which every version shares
# ("3", "2", "0"): for "When was version 3.2.0 released?" none of a changelog's passages of 3.2.0 had
# been among the 4 read.
# Looked for from a word's start only, its parts taken whole (possessive): tried at each letter of a long word without
# a separator, as a zero-width-joined line of 18,000 letters is, it had taken 4.5 s each time (a fuzzing review's).
CODE = re.compile(r"(?<![^\W_])[^\W_]++(?:[.\-/_][^\W_]++)+")
# A word hyphenated over a line end ("restric-" / "tion", as typed or OCR'd text splits one): searched as one word.
LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
# Left out of words: accents and other combining marks, and format characters (a soft hyphen or
# zero-width space inside a word), as the reader's and the embedder's tokenizers leave them out.
IGNORED_CATEGORIES = {"Mn", "Mc", "Me", "Cf"}
# Letters that no decomposition takes their mark from, as people type them without it: "ostby" of "Østby".
UNMARKED = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"})


# A word (that may start with a capital), and what opens a sentence or a quote before it, when it is no name.
WORD_IN_QUESTION = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
OPENS_SENTENCE = '.!?:"“'


def names(question: str) -> list[list[str]]:
    """The names in a question, each as its search words (`search_words`; "Veltrix's" is "veltrix"): its words
    that start with a capital where no sentence or quote starts ("Who is the CEO of Veltrix?"), but "I" ("I've")."""
    question = question.strip()
    found = []
    for word in WORD_IN_QUESTION.finditer(question):
        before = question[:word.start()].rstrip()
        pronoun = word[0] == "I" or word[0][:2] in ("I'", "I’")  # "I", "I've", "I'm"
        if word[0][0].isupper() and before and before[-1] not in OPENS_SENTENCE and not pronoun and (words := search_words(word[0])):
            found.append(words)
    return found


def folded(text: str) -> str:
    """The text as words are compared: case folded (ß is ss), compatibility forms unfolded (the ﬁ
    ligature, full-width letters), and without marks or format characters, so that an article saved
    with decomposed accents (NFD) matches a question typed with composed ones (NFC), and "café" "cafe", "Østby" "ostby"."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.casefold()).translate(UNMARKED)
    return "".join(ch for ch in text if unicodedata.category(ch) not in IGNORED_CATEGORIES)


OPENING_CHARS = 300  # how far into a document the words naming what it is about are (its title, a leaflet's medicine)


@lru_cache(maxsize=64)
def opening_words(text: str) -> frozenset[str]:
    """The search words (`search_words`) of a document's opening, where it names what it is about: a question's words
    among them are the document's own ("the AquaPure X200" of its spec sheet, "dravoxil" of its leaflet)."""
    return frozenset(search_words(text[:OPENING_CHARS]))


def search_words(text: str) -> list[str]:
    """Lower-cased, Snowball-stemmed words (see `folded`), so that "founded" matches "founding"; and
    each code holding a digit or a "_" whole besides its parts (`CODE`); a word hyphenated over a line end
    whole (`LINE_END_HYPHEN`). A stemmer is made per call (a
    quarter of a microsecond) because one is not safe to share between threads."""
    text = folded(LINE_END_HYPHEN.sub("", text))
    codes = [code for code in CODE.findall(text) if "_" in code or any(ch.isdigit() for ch in code)]
    return Stemmer.Stemmer("english").stemWords(WORD.findall(text)) + codes


@lru_cache(maxsize=64)
def article_search_words(text: str) -> frozenset[str]:
    """An article's `search_words`, worked out once an article: whether it says a word a question does is asked of each."""
    return frozenset(search_words(text))


def search_stem(word: str) -> str | None:
    """The one search word (`search_words`) of a word, None where it makes none or several ("Wi-Fi")."""
    stems = search_words(word)
    return stems[0] if len(stems) == 1 else None


class PassageBM25(BM25Okapi):
    """Okapi BM25 with Lucene's idf, log(1 + (N - n + 0.5) / (n + 0.5)) for a word in n of N
    passages, which is never negative and falls as n grows. rank_bm25's own, log((N - n + 0.5) /
    (n + 0.5)), is zero for a word in half the passages and below zero (floored at a quarter of the
    mean idf, itself negative in a small article) for one in more: in a two-passage article every
    idf is zero or negative, so the passage sharing more of the question's words scored lower, and
    its keyword rank overturned the similarity's in the fusion (recall@1 33.3 on 6 questions about
    such an article, 100 with this idf; the seed article's 88.2 -> 91.2; 400 SQuAD v1.1 dev questions
    over whole articles: recall@1 77.8 either way, recall@3 91.5 -> 91.8, F1 74.3 -> 75.2)."""

    def _calc_idf(self, nd: dict[str, int]) -> None:  # rank_bm25's hook: the documents holding each word
        for word, documents in nd.items():
            self.idf[word] = math.log(1 + (self.corpus_size - documents + 0.5) / (documents + 0.5))
