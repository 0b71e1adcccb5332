"""English words: pyspellchecker's, American, with how often each is used, and names among them ("paris", "patel"); and
lemminflect's, British too ("colour"), without names."""
from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllLemmas
from spellchecker import SpellChecker


@lru_cache(maxsize=1)
def english() -> SpellChecker:
    """pyspellchecker's English words (160,000; loaded in 0.4 s, once)."""
    return SpellChecker(distance=1)


def is_english(word: str) -> bool:
    """Whether the word, in any capitals, is an English one, or a name English writes ("Paris")."""
    return word.lower() in english() or is_common_word(word)


def is_common_word(word: str) -> bool:
    """Whether the word, in any capitals, is a noun, verb, adjective or adverb of English (lemminflect's), not a name."""
    return bool(getAllLemmas(word.lower()))


@lru_cache(maxsize=4096)
def lemmas(word: str) -> frozenset[str]:
    """The word's lemmas, as lemminflect gives them for any part of speech ("coaches": "coach"), in small letters."""
    return frozenset(lemma.lower() for found in getAllLemmas(word.lower()).values() for lemma in found)
