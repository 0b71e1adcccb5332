"""A question typed without capitals, or in capitals only, written with the capitals the articles give its words:
"what is mr okafor's email address?" asks of "Mr Okafor". The reader and the embedder read no case, but the rules that
find what a question names do (index/lexical.py `names`, qa/subject_lines.py): typed in lower case, 7 of 425 questions
of eight sets had turned wrong, "how much is the security deposit on the van mr patel is hiring?" refused (a review of
how people type, session 54)."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from index.lexical import folded
from qa.english import is_common_word
from qa.grammar import DETERMINERS, FRAMING_WORDS, OWNING_WORDS, PREPOSITIONS, QUESTION_WORDS, could_be_noun

# A word, with its letters and digits joined by hyphens or dots ("SMH-48213"), or a mark of punctuation.
TOKEN = re.compile(r"(?P<word>[^\W_]+(?:[-.][^\W_]+)*)|[^\w\s]")
# What opens a sentence or a quote before a word, whose capital then says nothing of the word (but a label's value, as
# "Patient: Biscuit", is a name's).
OPENS_SENTENCE = frozenset('.!?;"“«')
# Where a line or a table's cell ends: a cell opens as a line does ("| Headcount |", "Supplies\tQty").
CELL_BREAK = re.compile(r"[\r\n\t|]| {2,}")
NAME_WORDS = 4  # the most words of a name looked for ("Hollins Edge Outdoor Centre")
# Words before a thing's noun, not before a name ("the landlord", "which city", "his dog", "how many days").
NOUN_OPENERS = DETERMINERS | QUESTION_WORDS | OWNING_WORDS | {"this", "that", "these", "those", "each", "every", "no",
                                                              "another", "other", "either", "neither", "both", "such",
                                                              "many", "much", "few", "several", "more", "less", "fewer"}
# The small words a title-case heading leaves uncapitalised ("Peace Talks Resume but Stall").
TITLE_SMALL_WORDS = DETERMINERS | PREPOSITIONS | {"and", "but", "or", "nor", "as", "vs", "into", "over", "via", "per"}
TITLE_WORDS = 3  # the fewest words of a line read as a title-case heading
# A list's mark or a clause's number opening a line, which a sentence follows ("1.4 Total hire charge", "- If lost").
LIST_MARK = re.compile(r"\s*(?:[-–*•·>#]+|\(?(?:\d+(?:\.\d+)*|[a-zA-Z]|[ivxIVX]+)[.)]|\d+(?:\.\d+)+)\s+")


class WrittenForms(NamedTuple):
    """How the articles write the words and names they always write with capitals."""

    forms: dict[str, str]  # each word always so written, its commonest form by its small letters: {"patel": "Patel"}
    names: dict[tuple[str, ...], tuple[str, ...]]  # names of capitalised words, by their small letters: ("larkspur",
    #                                                "road") is "Larkspur Road", of words that each may be common ones
    alone: frozenset[str]  # those written with a capital where no capitalised word stands beside them: "biscuit" of
    #                        "gave Biscuit a booster", not "city" of "Whitmore City"


def says_no_case(question: str) -> bool:
    """Whether the question's capitals tell nothing of its words: none past its first letter (a phone capitalises
    that one), or no small letter at all."""
    letters = [ch for ch in question if ch.isalpha()]
    return not any(ch.isupper() for ch in letters[1:]) or not any(ch.islower() for ch in letters)


def _capitalised(token: re.Match) -> bool:
    return bool(token["word"]) and token[0][0].isupper()


def _in_title_case(tokens: list[re.Match]) -> bool:
    """Whether a line's words are a heading's in title case, each capitalised but its small words (TITLE_SMALL_WORDS)."""
    words = [token for token in tokens if token["word"]]
    return len(words) >= TITLE_WORDS and all(_capitalised(word) or word[0] in TITLE_SMALL_WORDS for word in words)


@lru_cache(maxsize=8)
def written_forms(texts: tuple[str, ...]) -> WrittenForms:
    """The words the texts write with capitals wherever no sentence, line, table cell or quote opens, and never in
    small letters there, and the names of such capitalised words, up to NAME_WORDS of them, one after another
    (`WrittenForms`): {"patel": "Patel", "smh-48213": "SMH-48213"}. Lines in capitals only (a heading's "SECURITY
    DEPOSIT") tell nothing of a word either, and a heading's in title case nothing of a word it capitalises alone ("Stall"
    of "Russia Ukraine Peace Talks Resume but Stall" had made "Did the talks stall?" "Did the talks Stall?")."""
    seen: dict[str, Counter] = {}
    names, alone = {}, set()

    def name_runs(run: list[re.Match], title_case: bool) -> None:
        if len(run) == 1 and not title_case:
            alone.add(folded(run[0][0]))
        for start in range(len(run) - 1):
            for end in range(start + 2, min(start + NAME_WORDS, len(run)) + 1):
                names[tuple(folded(word[0]) for word in run[start:end])] = tuple(word[0] for word in run[start:end])

    for text in texts:
        for line in CELL_BREAK.split(text):
            if not any(ch.islower() for ch in line):
                continue
            opening = LIST_MARK.match(line)
            tokens = list(TOKEN.finditer(line, opening.end() if opening else 0))
            title_case = _in_title_case(tokens)
            run: list[re.Match] = []  # the capitalised words, one after another, that no sentence opens
            for at, token in enumerate(tokens):
                counted = bool(token["word"]) and at > 0 and tokens[at - 1][0] not in OPENS_SENTENCE
                if counted:
                    seen.setdefault(folded(token[0]), Counter())[token[0]] += 1
                if counted and _capitalised(token) and run and not line[run[-1].end():token.start()].strip():
                    run.append(token)
                    continue
                name_runs(run, title_case)
                run = [token] if counted and _capitalised(token) else []
            name_runs(run, title_case)
    forms = {plain: forms.most_common(1)[0][0] for plain, forms in seen.items() if not any(form == form.lower() for form in forms)}
    return WrittenForms(forms, names, frozenset(alone))


def _stands_as_name(tokens: list[re.Match], at: int, written: WrittenForms) -> bool:
    """Whether the common word at `at` is a name of the articles': a noun they write with a capital alone
    (`WrittenForms.alone`), with no word before it that a thing's noun takes, nor a number or an owner's "'s":
    "biscuit" of "what time should biscuit be dropped off?", where a vet's letter names the dog "Biscuit"; not
    "landlord" of "the landlord", nor "dental" of "biscuit's dental work", nor "city" of "which city…", which the
    articles write only in "Whitmore City". Nor a question's own words: "how" of "For how many guests…", which an
    interview's "INTERVIEWER: How large is your team?" writes with a capital."""
    word, before = tokens[at][0], tokens[at - 1][0].lower() if at else ""
    owned = at >= 2 and before == "s" and tokens[at - 2][0] in "'’"
    return (folded(word) in written.alone and word not in FRAMING_WORDS and could_be_noun(word, adjective_too=False)
            and before not in NOUN_OPENERS and not before.isdigit() and not owned)


def as_the_articles_write(question: str, texts: tuple[str, ...]) -> str:
    """The question with its words typed in small letters written as the articles write them (`written_forms`), where
    its capitals tell nothing (`says_no_case`): those that are no common words ("okafor", `is_common_word`), and those
    beside such a word that the articles write with capitals too ("mr" of "mr okafor", "edge" of "hollins edge"); and
    the names of the articles it says, of common words or not ("larkspur road"). Not the "city" of "in which city…",
    which an article's "Whitmore City" capitalises, nor "the landlord" of a lease's "the Landlord". As typed otherwise."""
    if not says_no_case(question):
        return question
    written = written_forms(texts)
    typed = question if any(ch.islower() for ch in question) else question.lower()
    tokens = list(TOKEN.finditer(typed))
    has_form = [bool(token["word"]) and folded(token[0]) in written.forms for token in tokens]
    cased = [written.forms[folded(token[0])]
             if form and (not is_common_word(token[0]) or _stands_as_name(tokens, at, written)) else None
             for at, (token, form) in enumerate(zip(tokens, has_form))]
    for at in range(len(tokens)):  # the articles' names of several words
        for end in range(min(at + NAME_WORDS, len(tokens)), at + 1, -1):
            name = written.names.get(tuple(folded(token[0]) for token in tokens[at:end]))
            if name and all(not typed[left.end():right.start()].strip() for left, right in zip(tokens[at:end], tokens[at + 1:end])):
                cased[at:end] = name
                break
    for order in (range(1, len(tokens)), range(len(tokens) - 2, -1, -1)):  # spread to words beside them, either way
        for at in order:
            beside = at - 1 if order.step == 1 else at + 1
            left, right = sorted((at, beside))
            if has_form[at] and cased[beside] and not typed[tokens[left].end():tokens[right].start()].strip():
                cased[at] = cased[at] or written.forms[folded(tokens[at][0])]
    pieces, end = [], 0
    for token, case in zip(tokens, cased):
        pieces += [typed[end:token.start()], case or token[0]]
        end = token.end()
    return "".join(pieces) + typed[end:]
