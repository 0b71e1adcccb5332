"""Words as BM25 compares them: shared by the article index and the reader's closest-paragraph negatives."""
from __future__ import annotations

import re
import unicodedata

import Stemmer

# Chinese and Japanese are written without spaces: each ideograph or kana is a word of its own (as
# the reader's tokenizer takes ideographs), or a whole sentence would be one word that no question matches.
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
WORD = re.compile(rf"[{UNSPACED}]|[^\W{UNSPACED}]+")
# Left out of words: accents and other combining marks, and format characters (a soft hyphen or
# zero-width space inside a word), as the reader's and the embedder's tokenizers leave them out.
IGNORED_CATEGORIES = {"Mn", "Mc", "Me", "Cf"}


def folded(text: str) -> str:
    """The text as words are compared: case folded (ß is ss), compatibility forms unfolded (the ﬁ
    ligature, full-width letters), and without marks or format characters, so that an article saved
    with decomposed accents (NFD) matches a question typed with composed ones (NFC), and "café" "cafe"."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if unicodedata.category(ch) not in IGNORED_CATEGORIES)


def search_words(text: str) -> list[str]:
    """Lower-cased, Snowball-stemmed words (see `folded`), so that "founded" matches "founding". A
    stemmer is made per call (a quarter of a microsecond) because one is not safe to share between threads."""
    return Stemmer.Stemmer("english").stemWords(WORD.findall(folded(text)))
