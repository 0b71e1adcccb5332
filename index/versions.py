"""Which loaded articles an article added under their name is another version of: a file edited and added again
("ferry.html" once more) reads as the same document changed, where two downloads named "article.html" are two."""
from __future__ import annotations

import re
from collections.abc import Iterable

from index.articles import Article, numbered_names

WORD = re.compile(r"\w+")
SHINGLE_WORDS = 3
# The share of word triples two texts have in common (of those either has) from which one is the other edited: a
# sentence or table row changed in a page of text keeps nearly all of them; two articles of one name share next to none.
SAME_DOCUMENT_SHARE = 0.5


def earlier_versions(article: Article, loaded: Iterable[Article]) -> list[str]:
    """The names of the `loaded` articles that `article`, named as given (before it is numbered "ferry (2).html"
    for a name taken), is another version of: of its name or numbered from it, with mostly the same words."""
    loaded = list(loaded)
    named_alike = set(numbered_names(article.name, [other.name for other in loaded]))
    if not named_alike:
        return []
    words = _shingles(article.text)
    return [other.name for other in loaded if other.name in named_alike
            and _shared(words, _shingles(other.text)) >= SAME_DOCUMENT_SHARE]


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}


def _shared(these: set, those: set) -> float:
    return len(these & those) / len(these | those) if these or those else 1.0
