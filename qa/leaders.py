"""Lists set out with dot leaders, as a programme's cast, a menu or a price list types them:

    Martha Penhallow ............ Rosalind Fearon
    Nell Tregaskis, a neighbour . Harriet Mabey
    Director ............................. Verity Blackwood

Each line is a label and its value. The reader, taught on prose, reads the run as one sentence: "Who plays Martha
Penhallow?" had been answered "Ezra Penhallow", the next line's label, and "Who is the stage manager?" the deputy's name
(bench/unseen9, written blind). So a question naming one line's label whole is answered by its value, and one naming a
value whole ("Who does Joel Amberley play?") by its label, where it says nothing else but what asks, a part's verb
("plays", "designed" for "Designer") and the document's own name (its opening: "in The Lantern-Keeper's Daughter")."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from index.lexical import opening_words, search_words
from index.tables import FIELD_CHARS
from qa.spans import ASKING_STEMS, name_words, named_among, question_names, table_words

# A label, four dots or more (spaced or not; two ellipsis characters; three dots with a space either side: an ellipsis
# in prose has none before it), its value: a line of its own.
LEADER_LINE = re.compile(r"[ \t]*(?P<label>[^\s.…](?:[^\n]*?[^\s.…])?)[ \t]*(?:(?:[.·][ \t]?){4,}|(?:…[ \t]?){2,}|(?<=[ \t])\.{3}[ \t])"
                         r"[ \t]*(?P<value>[^\s.…·][^\n]*?)[ \t]*")
# A label too long for the leader's dots but one or two, its value set flush with the values of the lines around it.
SHORT_LEADER_LINE = re.compile(r"[ \t]*(?P<label>[^\s.][^\n]*?[^\s.])[ \t]+\.{1,2}[ \t]+(?P<value>[^\s.][^\n]*?)[ \t]*")
LINE = re.compile(r"[^\n]*")
MIN_RUN_LINES = 2
LABEL_WORDS = 12
# Words a question asks a part or a job with, besides what asks (ASKING_STEMS): "Who plays…", "What role does…".
ROLE_STEMS = frozenset(search_words("play plays played playing role part character job cast credited production show performance"))
# "Who is Ezra Penhallow?" asks what the story makes him, not who plays him: a label named straight after "who is" asks
# for no value.
WHO_IS = re.compile(r"\W*(?:who|what)\s+(?:is|was|are|were)\s+(\w+)", re.IGNORECASE)
DOER_ENDINGS = ("er", "or", "r")  # "directed" names a "Director", "designed" a "Set Designer", "produced" a "Producer"
WROTE = re.compile(r"\b(?:wrote|written)\b", re.IGNORECASE)


class LeaderLine(NamedTuple):
    """A line of a run of dot-leader lines: [start, end) of its label and of its value in the article."""

    label: tuple[int, int]
    value: tuple[int, int]


@lru_cache(maxsize=32)
def leader_runs(text: str) -> tuple[tuple[LeaderLine, ...], ...]:
    """The runs of MIN_RUN_LINES dot-leader lines or more in `text`, one after another with no other line between, in text
    order; a line of a dot or two counts where its value starts where the run's other values do."""
    lines = [(match.start(), match.end()) for match in LINE.finditer(text) if match.start() == 0 or text[match.start() - 1] == "\n"]
    runs, run = [], []
    for start, end in lines:
        leader = LEADER_LINE.fullmatch(text, start, end) if end - start <= FIELD_CHARS else None
        short = None if leader or end - start > FIELD_CHARS else SHORT_LEADER_LINE.fullmatch(text, start, end)
        line = leader or short
        if line and len(text[line.start("label"):line.end("label")].split()) > LABEL_WORDS:
            line = None
        if line is None:
            runs.append(run)
            run = []
            continue
        run.append((LeaderLine(line.span("label"), line.span("value")), line.start("value") - start, short is not None))
    runs.append(run)
    return tuple(kept for kept in (_flush(run) for run in runs) if len(kept) >= MIN_RUN_LINES)


def _flush(run: list[tuple[LeaderLine, int, bool]]) -> tuple[LeaderLine, ...]:
    """A run's lines but those of a short leader whose value is not flush with a full leader line's value."""
    columns = {column for _, column, short in run if not short}
    return tuple(line for line, column, short in run if not short or column in columns)


def leader_cells(question: str, article_text: str) -> list[tuple[int, int]]:
    """[start, end) of the value of each dot-leader line whose label the question names whole, one a run at most, or
    else of the label of each whose value it names whole (see the module's docstring). A label's part before a comma
    is a name of it too ("Tom Tregaskis, Nell's son"), and so is each part after one ("inspector")."""
    return [answer for _, answer in _named_lines(question, article_text)]


def in_a_line_not_named(question: str, article_text: str, at: int) -> bool:
    """Whether text[at] is in a line of a run of dot-leader lines where the question names another of its lines
    (`leader_cells`): the reader, reading the run as prose, had been sure of the line before's value."""
    return any(run_start <= at < run_end and not line_start <= at < line_end
               for (run_start, run_end, line_start, line_end), _ in _named_lines(question, article_text))


@lru_cache(maxsize=256)
def _named_lines(question: str, article_text: str) -> tuple[tuple[tuple[int, int, int, int], tuple[int, int]], ...]:
    """For each run with a line the question names, ([start, end) of the run, [start, end) of the line) and [start, end)
    of what answers it: asked for each span the reader weighs."""
    runs = leader_runs(article_text)
    if not runs:
        return ()
    asked = question_names(frozenset(table_words(question)) | _doers(question))
    said = set(search_words(question)) - opening_words(article_text) - ASKING_STEMS - ROLE_STEMS
    found = []
    for run in runs:
        names = {name: line for line in run for name in _names(article_text, line.label)}
        labelled = named_among(asked, tuple(names))
        named = {names[name] for name in labelled if _said_besides(said, name) and not _who_is(question, name)}
        answer = named and len(named) == 1 and next(iter(named)).value
        if not answer and not labelled:
            values = {article_text[slice(*line.value)]: line for line in run}
            named = {values[value] for value in named_among(asked, tuple(values))
                     if len(name_words(value)) >= 2 and _said_besides(said, value)}
            answer = len(named) == 1 and next(iter(named)).label
        if answer:
            line = next(iter(named))
            found.append(((run[0].label[0], run[-1].value[1], line.label[0], line.value[1]), answer))
    return tuple(found)


def _names(text: str, label: tuple[int, int]) -> list[str]:
    """A label's names: itself, and where a comma sets parts of it apart, each part."""
    whole = text[slice(*label)]
    parts = [part.strip() for part in whole.split(",")]
    return [whole, *(part for part in parts if part)] if len(parts) > 1 else [whole]


def _who_is(question: str, name: str) -> bool:
    """Whether the question asks who or what a name is, naming it straight after the verb ("Who is Ezra Penhallow?")."""
    asking = WHO_IS.match(question)
    return bool(asking) and asking.group(1).lower() in {word.lower() for word in re.findall(r"\w+", name)}


def _said_besides(said: set[str], name: str) -> bool:
    """Whether the question says nothing but `name`'s words of those `said` (its search words but asking ones, a part's
    and its document's own), counting a doer's verb ("designed") as its name ("Designer")."""
    own = set(search_words(name))
    return not {word for word in said - own if not any(_doer_of(word, word_of) for word_of in own)}


def _doer_of(verb: str, noun: str) -> bool:
    """Whether a search word (stemmed) is the verb a doer's name (stemmed) is made of: "direct" of "director"."""
    return noun != verb and any(noun == verb + ending or noun == verb.rstrip("e") + ending for ending in DOER_ENDINGS) \
        or verb in ("wrote", "written") and noun == "writer"


def _doers(question: str) -> set[str]:
    """The doers' names of the question's verbs in the past: "directed" → "director", "directer"; "wrote" → "writer"."""
    found = {"writer"} if WROTE.search(question) else set()
    for word in re.findall(r"[a-z]+ed\b", question.lower()):
        found |= {word[:-2] + ending for ending in DOER_ENDINGS} | {word[:-1] + "r"}
    return found


def in_a_leader_run(text: str, at: int) -> bool:
    """Whether text[at] is in a run of dot-leader lines (`leader_runs`)."""
    return any(run[0].label[0] <= at < run[-1].value[1] for run in leader_runs(text))
