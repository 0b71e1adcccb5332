from index.lexical import search_words


def test_word_matching_is_stemmed_and_case_blind():
    assert search_words("Who FOUNDED the founding cities?") == search_words("who found the found city")


def test_punctuation_separates_words():
    assert search_words("Khorev's talks—in Islamabad") == ["khorev", "s", "talk", "in", "islamabad"]
