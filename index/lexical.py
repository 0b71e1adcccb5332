"""Words as BM25 compares them: shared by the article index and the reader's closest-paragraph negatives."""
from __future__ import annotations

import re

import Stemmer


def search_words(text: str) -> list[str]:
    """Lower-cased, Snowball-stemmed words, so that "founded" matches "founding". A stemmer is
    made per call (a quarter of a microsecond) because one is not safe to share between threads."""
    return Stemmer.Stemmer("english").stemWords(re.findall(r"\w+", text.lower()))
