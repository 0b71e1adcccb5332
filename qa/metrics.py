"""SQuAD's official answer normalisation, exact match and token F1; its text composed to one Unicode form first (NFC), so
that "José" written with a combining accent is "José": the official script's own data are composed, and so read alike."""
from __future__ import annotations

import collections
import re
import string
import unicodedata

_ARTICLES = re.compile(r"\b(a|an|the)\b", re.UNICODE)
_PUNCTUATION = set(string.punctuation)


def normalize_answer(text: str) -> str:
    """Lowercase, drop punctuation and articles, collapse whitespace (as the official script), once composed (NFC)."""
    text = "".join(ch for ch in unicodedata.normalize("NFC", text).lower() if ch not in _PUNCTUATION)
    return " ".join(_ARTICLES.sub(" ", text).split())


def holds_words(text: str, words: str) -> bool:
    """Whether `words` are in `text` whole, as the metrics compare words: "four" is not in "fourth", nor "Kend" in
    "Kendal". Word boundaries are of letters and digits, not only spaces: the normalisation keeps non-ASCII
    punctuation (“quoted”, a—dash)."""
    # the plain test first: the pattern's is thirty times slower over a long article (the code review's)
    return bool(words) and words in text and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def exact_match(prediction: str, gold: str) -> float:
    return float(normalize_answer(prediction) == normalize_answer(gold))


def f1(prediction: str, gold: str) -> float:
    predicted, expected = normalize_answer(prediction).split(), normalize_answer(gold).split()
    if not predicted or not expected:
        # SQuAD v2 convention: two empty answers agree; one empty answer gets nothing.
        return float(predicted == expected)
    common = collections.Counter(predicted) & collections.Counter(expected)
    overlap = sum(common.values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / len(predicted), overlap / len(expected)
    return 2 * precision * recall / (precision + recall)


def best_over_golds(metric, prediction: str, golds: list[str]) -> float:
    """The metric against the best-matching gold answer, as the official SQuAD v2 script scores it:
    golds that normalise to nothing are dropped, and with none left the one gold is "" (abstain),
    which a reply that normalises to nothing ("", "the", ".") matches."""
    golds = [gold for gold in golds if normalize_answer(gold)] or [""]
    return max(metric(prediction, gold) for gold in golds)


def reply_scores(reply: str, golds: list[str]) -> tuple[float, float]:
    """(EM, F1) of a reply, 0-100, as `qa eval` scores it; "" is an abstention."""
    return 100 * best_over_golds(exact_match, reply, golds), 100 * best_over_golds(f1, reply, golds)
