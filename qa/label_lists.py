"""Lists of a label and its value a line: set out with dot leaders, as a programme's cast, a menu or a service record
types them, or as a Markdown table of two columns ("| Sourdough loaf | £4.20 |"):

    Martha Penhallow ............ Rosalind Fearon
    Nell Tregaskis, a neighbour . Harriet Mabey
    Director ............................. Verity Blackwood

The reader, taught on prose, reads such a run as one sentence: "Who plays Martha Penhallow?" had been answered "Ezra
Penhallow", the next line's label, and "Who is the stage manager?" the deputy's name (bench/unseen9, written blind). So
a question naming one line's label whole is answered by its value, and one naming a value whole ("Who does Joel Amberley
play?") by its label, where it says nothing else but what asks, a part's verb ("plays", "designed" for "Designer") and
the document's own name (its opening, "in The Lantern-Keeper's Daughter", or its file's, "wedding")."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from index.lexical import opening_words, search_words
from index.tables import DELIMITER_ROW, FIELD_CHARS
from qa.spans import ASKING_STEMS, TWO_CELL_ROW, does, name_words, named_among, question_names, table_words

# A label, four dots or more (spaced or not; two ellipsis characters; three dots with a space either side: an ellipsis
# in prose has none before it), its value: a line of its own.
LEADER_LINE = re.compile(r"[ \t]*(?P<label>[^\s.…](?:[^\n]*?[^\s.…])?)[ \t]*(?:(?:[.·][ \t]?){4,}|(?:…[ \t]?){2,}|(?<=[ \t])\.{3}[ \t])"
                         r"[ \t]*(?P<value>[^\s.…·][^\n]*?)[ \t]*")
# A label too long for the leader's dots but one or two, its value set flush with the values of the lines around it.
SHORT_LEADER_LINE = re.compile(r"[ \t]*(?P<label>[^\s.][^\n]*?[^\s.])[ \t]+\.{1,2}[ \t]+(?P<value>[^\s.][^\n]*?)[ \t]*")
LINE = re.compile(r"[^\n]*")
NOTED = re.compile(r"(.*?\w[^(]*?)\s*\([^()]*\)", re.DOTALL)  # a value and a note in brackets after it
PERSON_OR_PLACE = re.compile(r"\W*(?:who|whom|where)\b", re.IGNORECASE)
LETTER = re.compile(r"[^\W\d_]")
CURRENCY = re.compile(r"[£$€¥]")
NAME_SEPARATORS = re.compile(r"[_.\-]+")  # between a file name's words
MIN_RUN_LINES = 2
LABEL_WORDS = 12
# Words a question asks a part or a job with, besides what asks (ASKING_STEMS): "Who plays…", "What role does…".
ROLE_STEMS = frozenset(search_words("play plays played playing role part character job cast credited production show performance"))
# "Who is Ezra Penhallow?" asks what the story makes him, not who plays him: a label named straight after "who is" asks
# for no value.
WHO_IS = re.compile(r"\W*(?:who|what)\s+(?:is|was|are|were)\s+(\w+)", re.IGNORECASE)


class ListedLine(NamedTuple):
    """A line of a run of a list's lines: [start, end) in the article of its label, of its value (a note in brackets
    after it left out: "Freya Hartley (bride's sister)") and of the whole line, with the lines its value runs on over."""

    label: tuple[int, int]
    value: tuple[int, int]
    line: tuple[int, int]


@lru_cache(maxsize=32)
def label_lists(text: str) -> tuple[tuple[ListedLine, ...], ...]:
    """The runs of a label and its value a line, in text order: of dot-leader lines (`_leader_runs`) and of a Markdown
    table's body rows of two cells ("| Sourdough loaf | £4.20 |": index/tables.py names no row of such a table, and the
    reader had given the wholemeal loaf's price for the sourdough's)."""
    return tuple(sorted([*_leader_runs(text), *_two_cell_runs(text)], key=lambda run: run[0].line[0]))


def _leader_runs(text: str) -> list[tuple[ListedLine, ...]]:
    """The runs of MIN_RUN_LINES dot-leader lines or more, one after another with no other line between but those its
    values run on over (set flush with the value above); a line of a dot or two counts where its value starts where the
    run's other values do."""
    runs, run = [], []
    for start, end in _lines(text):
        leader = LEADER_LINE.fullmatch(text, start, end) if end - start <= FIELD_CHARS else None
        short = None if leader or end - start > FIELD_CHARS else SHORT_LEADER_LINE.fullmatch(text, start, end)
        line = leader or short
        if line and len(text[line.start("label"):line.end("label")].split()) > LABEL_WORDS:
            line = None
        if line is not None:
            run.append([line.span("label"), line.start("value"), line.end("value"), line.start("value") - start, short is not None])
        elif run and (indent := len(text[start:end]) - len(text[start:end].lstrip(" \t"))) == run[-1][3] and end - start > indent:
            run[-1][2] = len(text[:end].rstrip())  # its value runs on
        else:
            runs.append(run)
            run = []
    runs.append(run)
    return [kept for kept in (_flush(text, run) for run in runs) if len(kept) >= MIN_RUN_LINES]


def _flush(text: str, run: list[list]) -> tuple[ListedLine, ...]:
    """A run's lines but those of a short leader whose value is not flush with a full leader line's value."""
    columns = {column for *_, column, short in run if not short}
    return tuple(_listed(text, label, start, end) for label, start, end, column, short in run if not short or column in columns)


def _two_cell_runs(text: str) -> list[tuple[ListedLine, ...]]:
    """The runs of a Markdown table's body rows of two cells, two at least, its header and delimiter rows left out."""
    lines = _lines(text)
    rows = [TWO_CELL_ROW.fullmatch(text, start, end) if end - start <= FIELD_CHARS else None for start, end in lines]
    delimiters = [bool(DELIMITER_ROW.fullmatch(text, start, end)) and "|" in text[start:end] for start, end in lines]
    runs, run = [], []
    for number, row in enumerate(rows):
        header = number + 1 < len(rows) and delimiters[number + 1]
        if row and not header and not delimiters[number]:
            label, value = (_stripped(text, *row.span(group)) for group in (1, 2))
            if label[1] > label[0]:
                run.append(_listed(text, label, *value))
                continue
        if not delimiters[number]:
            runs.append(tuple(run))
            run = []
    runs.append(tuple(run))
    return [run for run in runs if len(run) >= MIN_RUN_LINES]


def _lines(text: str) -> list[tuple[int, int]]:
    return [(match.start(), match.end()) for match in LINE.finditer(text) if match.start() == 0 or text[match.start() - 1] == "\n"]


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _listed(text: str, label: tuple[int, int], start: int, end: int) -> ListedLine:
    """The line of `label` and the value text[start:end], a note in brackets after the value left out."""
    noted = NOTED.fullmatch(text, start, end)
    return ListedLine(label, (start, noted.end(1)) if noted else (start, end), (label[0], end))


def listed_cells(question: str, article_text: str, name: str = "") -> list[tuple[int, int]]:
    """[start, end) of the value of each listed line (`label_lists`) whose label the question names whole, one a run at
    most, or else of the label of each whose value it names whole (see the module's docstring), in the article of file
    `name`. A label's part before a comma is a name of it too ("Tom Tregaskis, Nell's son"), and so is each part after
    one ("inspector")."""
    return [answer for _, answer in _named_lines(question, article_text, name)]


def in_a_line_not_named(question: str, article_text: str, at: int, name: str = "") -> bool:
    """Whether text[at] is in a line of a run of a list's lines where the question names another of its lines
    (`listed_cells`): the reader, reading the run as prose, had been sure of the line before's value."""
    return any(run_start <= at < run_end and not line_start <= at < line_end
               for (run_start, run_end, line_start, line_end), _ in _named_lines(question, article_text, name))


@lru_cache(maxsize=256)
def _named_lines(question: str, article_text: str, name: str) -> tuple[tuple[tuple[int, int, int, int], tuple[int, int]], ...]:
    """For each run with a line the question names, ([start, end) of the run, [start, end) of the line) and [start, end)
    of what answers it: asked for each span the reader weighs."""
    runs = label_lists(article_text)
    if not runs:
        return ()
    asked = question_names(frozenset(table_words(question)))
    said = set(search_words(question)) - opening_words(article_text) - set(search_words(NAME_SEPARATORS.sub(" ", name))) \
        - ASKING_STEMS - ROLE_STEMS
    found = []
    for run in runs:
        names: dict[str, set[ListedLine]] = {}  # "Dog spay" names both "Dog spay, under 10 kg" and "Dog spay, 10–25 kg"
        for line in run:
            for label_name in _names(article_text, line.label):
                names.setdefault(label_name, set()).add(line)
        labelled = named_among(asked, tuple(names))
        named = {line for name in labelled if _said_besides(said, name) and not _who_is(question, name)
                 and not _owning(question, name) for line in names[name]}
        answer = named and len(named) == 1 and _fits(question, article_text, next(iter(named)).value) and next(iter(named)).value
        if not answer and not labelled:
            values = {article_text[slice(*line.value)]: line for line in run}
            named = {values[value] for value in named_among(asked, tuple(values))
                     if len(name_words(value)) >= 2 and _said_besides(said, value)}
            answer = len(named) == 1 and next(iter(named)).label
        if answer:
            line = next(iter(named))
            found.append(((run[0].line[0], run[-1].line[1], *line.line), answer))
    return tuple(found)


def _names(text: str, label: tuple[int, int]) -> list[str]:
    """A label's names: itself, and where a comma sets parts of it apart, each part."""
    whole = text[slice(*label)]
    parts = [part.strip() for part in whole.split(",")]
    return [whole, *(part for part in parts if part)] if len(parts) > 1 else [whole]


def _fits(question: str, text: str, value: tuple[int, int]) -> bool:
    """Whether a value could answer who or where, where the question asks it: words, not a price or a figure ("where is the
    conference dinner" had been answered "£42" of "| Conference dinner (optional extra) | £42 |")."""
    return not PERSON_OR_PLACE.match(question) or bool(LETTER.search(text[slice(*value)])) and not CURRENCY.search(text[slice(*value)])


def _owning(question: str, name: str) -> bool:
    """Whether the question names `name` as an owner ("Who plays Martha Penhallow's father?")."""
    last = re.findall(r"\w+", name)[-1:]
    return bool(last) and re.search(rf"\b{re.escape(last[0])}['’]s\b", question, re.IGNORECASE) is not None


def _who_is(question: str, name: str) -> bool:
    """Whether the question asks who or what a name is, naming it straight after the verb ("Who is Ezra Penhallow?")."""
    asking = WHO_IS.match(question)
    return bool(asking) and asking.group(1).lower() in {word.lower() for word in re.findall(r"\w+", name)}


def _said_besides(said: set[str], name: str) -> bool:
    """Whether the question says nothing but `name`'s words of those `said` (its search words but asking ones, a part's
    and its document's own), counting a doer's verb ("designed") as its name ("Designer")."""
    own = set(search_words(name))
    return not {word for word in said - own if not any(does(word, word_of) for word_of in own)}


def in_a_label_list(text: str, at: int) -> bool:
    """Whether text[at] is in a run of a list's lines (`label_lists`)."""
    return any(run[0].line[0] <= at < run[-1].line[1] for run in label_lists(text))
