"""English words, American and British."""
from __future__ import annotations

import pytest

from qa.english import is_english


@pytest.mark.parametrize("word", ["colour", "color", "Applicants", "heaviest", "randomization", "among"])
def test_english_words_are_known_in_any_capitals_and_either_spelling(word):
    assert is_english(word)


@pytest.mark.parametrize("word", ["Okafor", "applciants", "corvextide"])
def test_names_and_misspellings_are_no_english_words(word):
    assert not is_english(word)
