"""Lists of a label and its value a line: set out with dot leaders, as a programme's cast, a menu or a service record
types them, or as a Markdown table of two columns ("| Sourdough loaf | £4.20 |"):

    Martha Penhallow ............ Rosalind Fearon
    Nell Tregaskis, a neighbour . Harriet Mabey
    Director ............................. Verity Blackwood

The reader, taught on prose, reads such a run as one sentence: "Who plays Martha Penhallow?" had been answered "Ezra
Penhallow", the next line's label, and "Who is the stage manager?" the deputy's name (bench/unseen9, written blind). So
a question naming one line's label whole is answered by its value, and one naming a value whole ("Who does Joel Amberley
play?") by its label, where it says nothing else but what asks, a part's verb ("plays", "designed" for "Designer"), the
document's own name (its title lines, "The Lantern-Keeper's Daughter", or its file's, "wedding"), names it always writes
with capitals (a letter's "Mrs Fennimore's") and what leads into the run ("… Car Park C … Charges are:"). Runs of
"Label: value" lines are read the same way, fields a line sets apart ("Workshop: 01632 960750 · Shop: …") as lines of
their own, and a key's lines of a code, a dash and what it stands for ("- Mo – molluscs"). Of runs alike, each a
record (an e-ticket's flights), the question names one by its first line's value ("… flight CV 563 …"); of a value
of parts, it asks for the part of the kind it asks for ("What time does flight CV 563 depart?" of "11:05  Vessmark
(VSK), Terminal A" is "11:05")."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache, partial
from typing import NamedTuple

from index.bylines import addressed
from index.headings import heading_before, headings
from index.lexical import OPENING_CHARS, search_words
from index.openings import OPENING_LINE_CHARS, SENTENCE_END
from index.tab_tables import stripped
from index.tables import ARTICLES_KEPT, DELIMITER_ROW, FIELD_CHARS, LABEL_LINE, LABEL_WORDS, set_out_tables, table_cells
from qa.answer_kinds import DATE, EMAIL, LENGTH, MONEY, PHONE, SHARE, TIME, asked_kind, is_of_kind, says_a_length
from qa.bands import SUM_ASKED, bands_in, said_whole
from qa.casing import written_forms
from qa.counted_lists import SUM_ITEM
from qa.time_ranges import ANY_TIME as CLOCK
from qa.spans import (ASKING_STEMS, ASKS_WHAT, COUNT_STEMS, COUNT_WORDS, COUNTED_ORDINAL, EXPIRES, GENERIC_LABEL_WORDS, HOW_MUCH,
                      LAST_COUNTED, LAST_STEMS, RUN_LABEL_WORDS, TWO_CELL_ROW, WEEKDAY, WHAT_TIME, alike, counted_in_order,
                      days_covered, does, name_words, named_among, named_in_part, question_names, table_words,
                      weekday_names, with_spec_names)

# A label, four dots or more (spaced or not; two ellipsis characters; three dots with a space either side: an ellipsis
# in prose has none before it), its value: a line of its own.
LEADER_LINE = re.compile(r"[ \t]*(?P<label>[^\s.…](?:[^\n]*?[^\s.…])?)[ \t]*(?:(?:[.·][ \t]?){4,}|(?:…[ \t]?){2,}|(?<=[ \t])\.{3}[ \t])"
                         r"[ \t]*(?P<value>[^\s.…·][^\n]*?)[ \t]*")
# A label too long for the leader's dots but one or two, its value set flush with the values of the lines around it.
SHORT_LEADER_LINE = re.compile(r"[ \t]*(?P<label>[^\s.][^\n]*?[^\s.])[ \t]+\.{1,2}[ \t]+(?P<value>[^\s.][^\n]*?)[ \t]*")
LINE = re.compile(r"[^\n]*")
# A label, two spaces or more and its value, a line of its own: no colon in the label but a time's, no wide spaces in
# the value.
SPACED_LINE = re.compile(r"[ \t]*(?P<label>[^\W\d_](?:[^\n:]|:(?=\d))*?[^\s:])[ \t]{2,}(?P<value>\S(?:(?![ \t]{3})[^\n])*?)[ \t]*\r?")
SPACED_VALUE_WORDS = 8
KIND_BEFORE_NAME = re.compile(r"\bthe\s+(?P<kind>[a-z]+)\s+(?P<name>[A-Z][\w'’-]*)")  # "the charity Brindle Lane …"
# What sets fields of a line apart: "Tel: 01632 960600   Web: www.fernside.example", "Workshop: 01632 960750 · Shop: …"
FIELD_SEPARATOR = re.compile(r"(?<=\S)(?:[ \t]+[·•|][ \t]+|[ \t]{3,})(?=[^\W\d_][^:\n]{0,40}:[ \t])")
LEAD_IN_CHARS = 200  # how far before a run the words saying what it lists are (index/tables.py's CAPTION_CHARS)
# A value that goes on on the next line: a bracket left open, a comma or a joining word at its end ("by 21 May 2025 (can
# be tested from 22 April 2025", "Full service, due by 13 May 2025 or 57,118 miles,"); not "4.62m x 3.71m (15'2\" x
# 12'2\")" over "Bay window to front", a line of its own about the room.
RUNS_ON = re.compile(r"\([^()]*$|(?:,|\b(?:and|or|to|from|with|of|by|for|the|a|an))\s*$", re.IGNORECASE)
NOTED = re.compile(r"(.*?\w[^(]*?)\s*\([^()]*\)", re.DOTALL)  # a value and a note in brackets after it
PERSON_OR_PLACE = re.compile(r"\W*(?:who|whom|where)\b", re.IGNORECASE)
WHERE = re.compile(r"\W*where\b", re.IGNORECASE)
WHO = re.compile(r"\W*who(?:m|['’]s)?\b", re.IGNORECASE)
HOW = re.compile(r"\W*how\b", re.IGNORECASE)
HOW_ASKED = re.compile(r"\bhow\b", re.IGNORECASE)  # anywhere, as people type ("… order 4471 how much was the vat")
WHEN = re.compile(r"\W*when\b", re.IGNORECASE)
# The words saying a kind of text a question asks for (qa/answer_kinds.py), where it asks for it.
KIND_WORDS = {TIME: "time", DATE: "date day due", PHONE: "phone telephone number tel mobile ring call", EMAIL: "email e-mail address",
              MONEY: "amount", SHARE: "discount"}  # "When is instalment 2 due?", "first instalment amount", "… what discount …"
# a date alone, as a value's part: "Saturday 18 October 2025", "18/10/2025"
DATES = re.compile(r"(?<!\w)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|"
                   r"feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
                   r"dec(?:ember)?)\b\.?(?:\s+\d{4}\b)?"
                   r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", re.IGNORECASE)
FIGURE_ALONE = re.compile(r"[\d.,]+")
IN_CHARGE = re.compile(r"\bin\s+charge\s+of\b|\bwho\s+(?:runs|manages|heads|leads|supervises|oversees)\b", re.IGNORECASE)
ROLE_NAMES = frozenset({"manager", "supervisor", "head", "lead", "leader", "coordinator", "co-ordinator", "director", "chair"})
BULLET_CLAUSE_WORDS = 6
RELATIVE_TIME = re.compile(r"\d+\s+(?:days?|weeks?|months?|years?)\s+(?:before|after|from)\b", re.IGNORECASE)
SUM_WITH_PERIOD = re.compile(rf"{SUM_ITEM}(?:\s+(?:a|per|each)\s+(?:month|year|week|day|night|person|term))?")
TIMES_NAMED = re.compile(r"\btimes?\b", re.IGNORECASE)
SUM_FOR = re.compile(rf"({SUM_ITEM})\s+for\s+((?:\d+|an?)\s+[^\W\d_]+)")  # "£20 for 9 holes"
AMOUNT = re.compile(r"\b(?:amount|price|cost|fee|charge)s?\b", re.IGNORECASE)  # a sum asked for by its name
# A list item of a label, its colon and its value, the label maybe in bold: "- **7 nights or more:** the seventh night is
# free", "- Children aged 3 to 12: half the adult price" (bench/unseen24, written blind: neither had been a listed line)
# (and a bracket after the bold label: "- **Swim Coordinator** (bookings, make-ups and moving up): Declan Furness", bench/unseen26)
BULLET_FIELD = re.compile(r"[ \t]*[-*+•][ \t]+(?:\*\*|__)?([^\s*_:][^:\n*_]*?)[ \t]*(?::(?:\*\*|__)|(?:\*\*|__):|:"
                          r"|(?:\*\*|__)[ \t]*\([^()\n]*\):)[ \t]+(\S[^\n]*)")
CAPITALS_HEADING = re.compile(r"[A-Z][A-Z0-9 &'’,-]{2,60}(?:\s*\([^()\n]{1,60}\))?")  # "CAT BOARDING (per chalet, per night)"
# "What is Sister Oduya's role in the clinic?", "What part does he play?": a part asked for, a label, not a line's value
ASKS_A_PART = re.compile(r"\bwhat\s+(?:role|part|job|position)\b|['’]s\s+(?:role|part|job|position)\b", re.IGNORECASE)
CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]+")
CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                           "august september october november december".split())
PERSON_LIKE = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Sir|Dame)\.?\s+)?[A-Z][^\W\d_'’-]*(?:[-'’][A-Z]?[^\W\d_]+)?"
                         r"(?:\s+[A-Z][^\W\d_'’-]*(?:[-'’][A-Z]?[^\W\d_]+)?){1,2}")  # "Kit Oyelade", "Dr Anjali Pemberton"
PLACE_WORDS = re.compile(r"\b(?:street|road|lane|avenue|way|hall|church|barn|centre|center|room|studio|level|floor|wing|building|"
                         r"house|court|park|square|station|hospital|school|library|theatre|theater|museum|hotel|inn|pub|gallery|"
                         r"office|pool|field|ground|stadium|arena|chapel|cathedral|market|village|town|city|green|hill|farm|"
                         r"garden|gardens|bar|cafe|café|restaurant|club|quay|pier|bay|island|castle|manor|lodge)\b", re.IGNORECASE)
SENTENCE_WORDS = 3
LETTER = re.compile(r"[^\W\d_]")
DIGIT = re.compile(r"\d")
NUMBER_ASKED = re.compile(r"\b(?:numbers?|no|ref|reference|id|code|pin)\b", re.IGNORECASE)  # a figure alone answers it
NUMBER_SHORT = re.compile(r"\s+(?:no\.?|#)$", re.IGNORECASE)
CURRENCY = re.compile(r"[£$€¥]")
PHONE_NUMBER = re.compile(r"\+?\(?\d(?:[ ()-]?\d){7,}")  # eight digits or more: "01632 960845"
PHONE_ASKED = re.compile(r"\b(?:numbers?|no|phone|telephone|tel|mobile|ring|call|contact|text|helpline|line)\b", re.IGNORECASE)
NAME_SEPARATORS = re.compile(r"[_.\-]+")  # between a file name's words
MIN_RUN_LINES = 2
# A key's line: a list item of a code or a short name, a dash or "=", and what it stands for ("- Mo – molluscs").
# (a bold code or name without its marks, not from its bullet: "- **Eilidh Munro** – Kids Club Coordinator", bench/unseen25)
CODE_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?(?P<label>[^\s*_-][^\n–—=*]*?)(?:\*\*|__)?[ \t]+(?:[–—=]|-(?=[ \t]))[ \t]+"
                       r"(?P<value>[^\s][^\n]*?)[ \t]*")
CODE_WORDS = 3
CODE_CHARS = 3  # a label this short is a code ("H" of "- H – Bird hide"), which answers no who nor where
CODE_RUN_LINES = 3
# A part of a value that commas or wide spaces set apart from the rest (`_part_asked`), no comma inside brackets.
VALUE_PART = re.compile(r"[^\s,(](?:\([^()\n]*\)|[^,(\n]|,(?!\s)|\((?![^()\n]*\)))*?(?=\s*,\s|\s{2,}|\s*$)")
PLACE_ALONE = frozenset({"place", "of"})  # a race's "Place: Runner-up", which where asks for only as "Place of work" does
OWNER = re.compile(r"(\w+)['’]s\b")  # a question's word owning what it asks for ("Mr Okafor's email address")
WHICH_THING = re.compile(r"\W*(?:which|what)\s+(?!(?:are|was|were|does|did|has|have|had|the|can|will|would|should)\b)"
                         r"([^\W\d_]{3,})\b", re.IGNORECASE)
# Words a question asks with besides ASKING_STEMS: a part's or a job's ("Who plays…", "What role does…"), a price's ("How
# much does the policy pay for…"), a measure's ("How big is the living room?"), a mention's ("the adviser named in…") and
# one's asking what to do ("Where should I go for…").
ASKING_WORDS = frozenset(search_words("play plays played playing role part character job cast credited production show performance "
                                      "pay pays paid charge charges charged big large small size long wide tall high far old "
                                      "named mentioned listed given say says said go goes going should must will would can mean means "
                                      "meaning stand stands "
                                      "could may shall i me we you she he they him them find"))
# A name's title, which the document may write otherwise ("Mr Westerby's" of "Main renter ..... Mr Callum Westerby")
HONORIFICS = frozenset(search_words("mr mrs ms miss mx dr prof"))
# "Who is Ezra Penhallow?" asks what the story makes him, not who plays him: a label named straight after "who is" asks
# for no value.
WHO_IS = re.compile(r"\W*(?:who|what)\s+(?:is|was|are|were)\s+(\w+)", re.IGNORECASE)


class ListedLine(NamedTuple):
    """A line of a run of a list's lines: [start, end) in the article of its label, of its value (a note in brackets
    after it left out: "Freya Hartley (bride's sister)") and of the whole line, with the lines its value runs on over."""

    label: tuple[int, int]
    value: tuple[int, int]
    line: tuple[int, int]


@lru_cache(maxsize=ARTICLES_KEPT)
def label_lists(text: str) -> tuple[tuple[ListedLine, ...], ...]:
    """The runs of a label and its value a line, in text order: of dot-leader lines (`_leader_runs`), of a Markdown
    table's body rows of two cells ("| Sourdough loaf | £4.20 |": index/tables.py names no row of such a table, and the
    reader had given the wholemeal loaf's price for the sourdough's), of "Label: value" fields (`_field_runs`) and of a
    key's codes (`_code_runs`)."""
    return tuple(sorted([*_leader_runs(text), *_two_cell_runs(text), *_field_runs(text), *_code_runs(text),
                         *_spaced_two_column_runs(text), *_spaced_runs(text)], key=lambda run: run[0].line[0]))


def _spaced_two_column_runs(text: str) -> list[tuple[ListedLine, ...]]:
    """The body rows of each table of two columns set out in spaces or tabs (index/spaced_tables.py, index/tab_tables.py),
    two at least, as `_two_cell_runs` reads a Markdown table's: a payslip's "Deductions / Amount" (a probe's: "What was
    the income tax?" had named no cell, index/tables.py naming no row of a table of two columns)."""
    return [run for table in set_out_tables(text) if len(table.header) == 2
            and len(run := tuple(_listed(text, label, *value) for label, value in table.rows if label[1] > label[0] and value[1] > value[0]))
            >= MIN_RUN_LINES]


def _spaced_runs(text: str) -> list[tuple[ListedLine, ...]]:
    """The runs of lines of a label, wide spaces and a value, the values flush (starting or ending in one column), as a
    letter's contact numbers or charges are set out with no header over them ("  Bulky waste bookings      01632 960848",
    "  Balance due on departure      £440.00"): "What is the phone number for bulky waste bookings?" had been answered
    with the line above's (bench/unseen14, written blind). Each value holds a figure: names signed side by side ("Dana
    Whitlock      Tom Baker" over "Chair      Treasurer") and prose pasted from two columns are none (a code review's).
    Not lines of the tables set out in spaces, whose cells are named by their columns, nor a label and its colon
    (`_field_runs`) or dot leaders (`_leader_runs`)."""
    tables = [(table.start, table.end) for table in set_out_tables(text)]
    runs, run = [], []
    for start, end in _lines(text):
        line = SPACED_LINE.fullmatch(text, start, end) if end - start <= FIELD_CHARS else None
        if line and not any(table_start <= start < table_end for table_start, table_end in tables) \
                and not LEADER_LINE.fullmatch(text, start, end) and len(line.group("label").split()) <= RUN_LABEL_WORDS \
                and len(line.group("value").split()) <= SPACED_VALUE_WORDS and DIGIT.search(line.group("value")):
            run.append(line)
            continue
        runs.append(run)
        run = []
    runs.append(run)
    return [tuple(_listed(text, line.span("label"), *line.span("value")) for line in run) for run in runs
            if len(run) >= MIN_RUN_LINES and (len({line.start("value") - line.start() for line in run}) == 1
                                              or len({line.end("value") - line.start() for line in run}) == 1)]


def _code_runs(text: str) -> list[tuple[ListedLine, ...]]:
    """The runs of CODE_RUN_LINES lines or more of a code or a short name, a dash or "=", and what it stands for, as a
    menu's allergen key lists them ("- Mo – molluscs"): "What does the allergen code Mo mean?" had been answered with
    the note under the key (bench/unseen12, written blind). Not a line of a label and a colon ("Mon – Fri: 8am – 6pm")."""
    runs, run = [], []
    for start, end in _lines(text):
        line = CODE_LINE.fullmatch(text, start, end) if end - start <= FIELD_CHARS else None
        if line and len(line.group("label").split()) <= CODE_WORDS and ":" not in text[start:end]:
            run.append(_listed(text, line.span("label"), *line.span("value")))
            continue
        runs.append(tuple(run))
        run = []
    runs.append(tuple(run))
    return [run for run in runs if len(run) >= CODE_RUN_LINES]


def _field_runs(text: str) -> list[tuple[ListedLine, ...]]:
    """The runs of lines of a label, a colon and its value ("Ceremony:    Ferncombe Parish Church"), two at least."""
    runs, run = [], []
    for start, end in _lines(text):
        pieces = [(start, end)] if end - start > FIELD_CHARS else _pieces(text, start, end)
        fields = [field for piece in pieces if (field := _field(text, *piece))]
        if len(fields) < len(pieces):  # a value holding a dot or a bar: "Sizes: S | M | L"
            fields = [field] if end - start <= FIELD_CHARS and (field := _field(text, start, end)) else []
        if fields:
            run += fields
            continue
        runs.append(tuple(run))
        run = []
    runs.append(tuple(run))
    return [run for run in runs if len(run) >= MIN_RUN_LINES]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of each piece of the line text[start:end] that a middle dot, a bullet, a bar or wide spaces set
    apart before a label and its colon ("Workshop: 01632 960750 · Shop: 01632 960751"); the whole line where none does."""
    cuts = [match.span() for match in FIELD_SEPARATOR.finditer(text, start, end)]
    return [(a, b) for a, b in zip([start, *(cut_end for _, cut_end in cuts)], [*(cut_start for cut_start, _ in cuts), end])]


def _field(text: str, start: int, end: int) -> ListedLine | None:
    """text[start:end] as a label, a colon and its value; None where it is no such field: not a transcript's "VARGA: In
    Keldvik, a small fishing town… I was born there in 1971." (a sentence, or more), nor an FAQ's "Q: Is the filter
    washable?"."""
    field = LABEL_LINE.fullmatch(text, start, end) or BULLET_FIELD.fullmatch(text, start, end)
    value = field and (field.start(2) if field.re is BULLET_FIELD else field.end(1) + 1)
    # a label in bold may be longer: "- **Monday to Friday in school holidays:** 10.00 am and 1.30 pm" (bench/unseen26)
    words = field and (RUN_LABEL_WORDS if text[field.start(1) - 2:field.start(1)] in ("**", "__") else LABEL_WORDS)
    if not field or len(field.group(1).split()) > words or len(field.group(1)) < 2 or _a_sentence(text[value:end].strip()):
        return None
    return _listed(text, field.span(1), *stripped(text, value, end))


def _leader_runs(text: str) -> list[tuple[ListedLine, ...]]:
    """The runs of MIN_RUN_LINES dot-leader lines or more, one after another with no other line between but those set
    flush with the value above, which it runs on over where it goes on (RUNS_ON); a line of a dot or two counts where its
    value starts where the run's other values do."""
    runs, run = [], []
    for start, end in _lines(text):
        leader = LEADER_LINE.fullmatch(text, start, end) if end - start <= FIELD_CHARS else None
        short = None if leader or end - start > FIELD_CHARS else SHORT_LEADER_LINE.fullmatch(text, start, end)
        line = leader or short
        if line and (len(text[line.start("label"):line.end("label")].split()) > RUN_LABEL_WORDS or _a_sentence(text[line.start("value"):line.end("value")])):
            line = None  # "Mara ... The roses came first, in 1952.": an ellipsis in prose
        if line is not None:
            run.append([line.span("label"), line.start("value"), line.end("value"), line.start("value") - start, short is not None])
        elif run and (indent := len(text[start:end]) - len(text[start:end].lstrip(" \t"))) == run[-1][3] and end - start > indent:
            if RUNS_ON.search(text, run[-1][1], run[-1][2]):  # its value runs on; else a line of its own about it
                run[-1][2] = len(text[:end].rstrip())
        else:
            runs.append(run)
            run = []
    runs.append(run)
    return [kept for kept in (_flush(text, run) for run in runs) if len(kept) >= MIN_RUN_LINES]


def _a_sentence(value: str) -> bool:
    """Whether a leader's value reads as a sentence of prose, of SENTENCE_WORDS or more ending as one does."""
    return len(value.split()) >= SENTENCE_WORDS and SENTENCE_END.search(value) is not None


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
            label, value = (stripped(text, *row.span(group)) for group in (1, 2))
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


def _listed(text: str, label: tuple[int, int], start: int, end: int) -> ListedLine:
    """The line of `label` and the value text[start:end], a note in brackets after the value left out."""
    noted = NOTED.fullmatch(text, start, end)
    return ListedLine(label, (start, noted.end(1)) if noted else (start, end), (label[0], end))


def listed_cells(question: str, article_text: str, source: str = "") -> list[tuple[int, int]]:
    """[start, end) of the value of each listed line (`label_lists`) whose label the question names whole, one a run at
    most, or else of the label of each whose value it names whole (see the module's docstring), in the article of file
    `source`. A label's part before a comma is a name of it too ("Tom Tregaskis, Nell's son"), and so is each part after
    one ("inspector")."""
    return [answer for _, answer in _named_lines(question, article_text, source)]


def in_a_line_not_named(question: str, article_text: str, at: int, source: str = "") -> bool:
    """Whether text[at] is in a line of a run of a list's lines where the question names another of its lines
    (`listed_cells`): the reader, reading the run as prose, had been sure of the line before's value."""
    return any(run_start <= at < run_end and not line_start <= at < line_end
               for (run_start, run_end, line_start, line_end), _ in _named_lines(question, article_text, source))


@lru_cache(maxsize=256)
def _named_lines(question: str, article_text: str, source: str) -> tuple[tuple[tuple[int, int, int, int], tuple[int, int]], ...]:
    """For each run with a line the question names, ([start, end) of the run, [start, end) of the line) and [start, end)
    of what answers it: asked for each span the reader weighs. `source`: the article's file name."""
    runs = label_lists(article_text)
    if not runs:
        return ()
    # where asks for a place or a location: "Where will Naomi work?" names "Place of work" (bench/unseen12, written blind)
    asked = question_names(frozenset(table_words(f"{question} place of location" if WHERE.match(question) else question)))
    # who is in charge of something names its role's line: "Who is in charge of the cattery?" names "Cattery supervisor"
    # (bench/unseen24, written blind: it had been refused)
    in_charge = IN_CHARGE.search(question)
    asked = asked | ROLE_NAMES if in_charge else asked
    # a label of one word named in passing ("Date" of an e-mail's headers, "On what date is the Partner Summit?") is named
    # only by a question saying nothing else
    strict = _words_besides_asking(question, source) - _kind_named(question) \
        - (set(search_words(in_charge.group())) if in_charge else set())
    # a place asked for names a line counted so: "first instalment amount" names "Instalment 1:    £45.51    1 May 2026",
    # "the last instalment" the last of lines counted in order (bench/unseen18, written blind: the total had answered)
    counted = {str(COUNT_WORDS.index(match[1].lower()) + 1) for match in COUNTED_ORDINAL.finditer(question)}
    last = LAST_COUNTED.search(question) is not None
    if counted or last:
        strict -= COUNT_STEMS | LAST_STEMS
    title = _title_words(article_text)
    # a title's word by a shorter form ("quote" of "QUOTATION"), and what asks when something runs out ("Valid until")
    said = {word for word in strict if not any(alike(word, titled) for titled in title)} - _names_written(article_text) \
        - _kind_of_the_named(question, title) - set(search_words(" ".join(EXPIRES.findall(question))))
    firsts = Counter(article_text[slice(*run[0].label)] for run in runs)
    keys = {run: _key(article_text, run, asked) for run in runs if firsts[article_text[slice(*run[0].label)]] > 1}
    keyed = {article_text[slice(*run[0].label)] for run, key in keys.items() if key}
    # whom the question says owns what it asks for, of the names the document always capitalises ("Mr Okafor's"), but
    # whom it is to: a pension statement's "Mrs Okonkwo-Hart's pension pot" asks of no run of her details alone
    # (bench/unseen17, written blind)
    owners = set(search_words(" ".join(OWNER.findall(question)))) & _names_written(article_text) - addressed(article_text)
    owned_in = {run: owners & set(search_words(" ".join(article_text[slice(*line.value)] for line in run))) for run in runs} \
        if owners else {}
    owned_anywhere = set().union(*owned_in.values())
    # a section the question names by its heading ("… for The Marram Grass at The Lanternhouse?") is asked of alone: not
    # another show's "- Tickets: stalls £16.00, balcony £19.50" (bench/unseen13, written blind, since list items are lines)
    question_stems = set(search_words(question))
    sections = [words for _, words in headings(article_text)
                if len(set(search_words(words)) - ASKING_STEMS) >= 2 and set(search_words(words)) <= question_stems]
    names_another = partial(_names_another_line, asked, article_text)
    found = []
    for run in runs:
        if sections and not any(section in (heading_before(article_text, run[0].line[0], with_title=True) or "")
                                for section in sections):
            continue
        key = keys.get(run)
        if not key and article_text[slice(*run[0].label)] in keyed:
            continue  # a record alike the one the question names by its key
        if owned_anywhere - owned_in.get(run, set()):
            continue  # "What is Mr Okafor's email address?" asks of the trip leader another run's value names, not the school's
        key_words = set(search_words(article_text[key.line[0]:key.line[1]])) if key else set()
        leading = lead_in_words(article_text, run[0].line[0])
        said_of_it = said - leading
        # a label of one generic word is named in passing but where the question names what leads into its run: "What date
        # is Ms Carrow's installation appointment?" of "## Your installation appointment" over "| Date | Tuesday 14 April
        # 2026 |" (bench/unseen15, written blind: the order date had answered)
        passing = said_of_it if strict & leading else strict
        labels = _lines_by(run, lambda line: _label_names(article_text, line.label))  # "Dog spay" names "Dog spay, under 10 kg"
        run_labels = [article_text[slice(*line.label)] for line in run]
        placed = counted | ({str(len(run))} if last and counted_in_order(tuple(run_labels)) else set())
        labelled = named_among(asked | placed, tuple(labels))  # and "Dog spay, 10–25 kg" both: neither alone
        if len(labelled) > 1:  # of several, those named besides the document's own name: "… the Property Manager at
            # Oakhanger Lettings?" names no "Lettings Manager" (bench/unseen29, written blind: its name had answered)
            labelled = named_among(asked - _own_name_said(question, article_text) | placed, tuple(labels)) or labelled
        if not labelled and (days := weekday_names(question)):  # "… on a Saturday" of "- **Saturday and Sunday:** 10.00 am, …"
            # (bench/unseen26, written blind), where the run's heading or lead-in says what else the question does: not
            # opening hours for "What's the first Sunday party time?" (a code review's)
            covering = [name for name in labels if days <= days_covered(name)]
            besides_days = said_of_it - set(search_words(" ".join(WEEKDAY.findall(question))))
            labelled = frozenset(covering) if len(covering) == 1 and not besides_days else labelled
        if not labelled and WHO.match(question):  # "Who is the MOT tester?" of "Nominated MOT tester ..... Joe Whitcombe"
            # (bench/unseen25, written blind: the workshop manager had answered), of lines whose value is a name, not the
            # e-mail address of "| Residence Manager – Hollie Brandreth | manager.tanneryyard@… |" (bench/unseen22)
            labelled = named_in_part(asked, tuple(name for name, lines in labels.items()
                                                  if any(PERSON_LIKE.fullmatch(article_text[slice(*line.value)].strip()) for line in lines)))
        # the other fields of a line name what a field of it is of ("the event manager's email" of "Event manager: Rosie
        # Tamworth   Email: events@…": a probe's)
        named = {line for name in labelled for line in labels[name]
                 if line != key and not (WHERE.match(question) and name_words(name) <= PLACE_ALONE)
                 # a band named whole is named whatever else is said, being what holds the figure the question gives
                 # ("I live 7 miles from Quillerton Motors - what's the charge to pick up and drop back my car?" of "Over
                 # 5 miles, up to 10 miles ..... £15.00": bench/unseen25, written blind; qa/bands.py)
                 and (_said_besides((passing if _generic(name) else said_of_it) - key_words - _line_mates(article_text, run, line)
                                    - _kinds_words(article_text[slice(*line.value)]),
                                    f"{name} {article_text[slice(*line.label)]}", article_text[slice(*line.value)])
                      or _band_said(question, name, article_text[slice(*line.value)])
                      # or another line, but where the question says what leads into this one: "… my grade 7 violin entry,
                      # whats the late fee" of "A late entry fee is added …:" over "Grades 6 to 8 ..... £20", beside an exam
                      # fees' "Grade 7" (bench/unseen29, written blind)
                      and (not names_another(name) or said & leading))
                 and (PERSON_OR_PLACE.match(question) or not _named_by_a_doing(asked, name))
                 and not _who_is(question, name) and not _owning(question, name) and not ASKS_A_PART.search(question)
                 and _fits(question, article_text[slice(*line.value)], name)}
        named = _head_named(question, article_text, named)
        answer = len(named) == 1 and _part_asked(question, article_text, _whom(question, article_text, next(iter(named)).value))
        if answer and _list_item_s_whole_clause(article_text, next(iter(named)), answer):
            answer = False  # the reader's span of it, which it had found: "Tuesday mornings" of "collected on Tuesday mornings; …"
        # a label answers no question asking how: "… order LL-408817 how much was the vat" had been "Order number" (bench/unseen16)
        if not answer and not labelled and not HOW_ASKED.search(question):  # "Who does Gil Ashby play?" of two parts he plays: neither
            values = _lines_by(run, lambda line: [article_text[slice(*line.value)]])
            named = {line for value in named_among(asked, tuple(values)) for line in values[value]
                     if len(name_words(value)) >= 2 and _said_besides(said_of_it, value)
                     and not (PERSON_OR_PLACE.match(question) and len(article_text[slice(*line.label)]) <= CODE_CHARS)}
            answer = len(named) == 1 and next(iter(named)).label
        if answer:
            line = next(iter(named))
            found.append(((run[0].line[0], run[-1].line[1], *line.line), answer))
    # of several runs' lines, the one's whose lead-in the question's words say most: "… my grade 7 violin entry, whats the
    # late fee" of "A late entry fee is added per candidate:" over "Grades 6 to 8 ..... £20", not the theory papers'
    # "Grades 6 to 8 ..... £49" (bench/unseen29, written blind: neither had answered)
    if len(found) > 1:
        led = [len(said & lead_in_words(article_text, where[0])) for where, _ in found]
        found = [one for one, count in zip(found, led) if count == max(led)] if led.count(max(led)) == 1 else found
    return tuple(found)


CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)+")


def _own_name_said(question: str, text: str) -> frozenset[str]:
    """The words (as `named_among` compares them) of the names of two capitalised words or more the question says that the
    document's first line says too: the business's own name, "Oakhanger Lettings"."""
    opening = " ".join(next((line for line in text.splitlines() if line.strip()), "").lower().split())
    said = [run.group() for run in CAPITALISED_RUN.finditer(question) if " ".join(run.group().lower().split()) in opening]
    return question_names(frozenset(table_words(" ".join(said)))) if said else frozenset()


def _names_another_line(asked: frozenset[str], text: str, name: str) -> bool:
    """Whether the question names whole a label of the document without a band besides `name`, a line's or a table row's:
    "How much are fissure sealants for my 9-year-old?" asks nothing of "Routine examination, child under 16" (a code
    review's)."""
    return any(other != name for other in named_among(asked, _labels_without_bands(text)))


@lru_cache(maxsize=ARTICLES_KEPT)
def _labels_without_bands(text: str) -> tuple[str, ...]:
    """The labels of the document's listed lines and tables' rows that hold no band."""
    labels = [text[slice(*line.label)] for run in label_lists(text) for line in run] \
        + [label for table in table_cells(text) for label in table.labels]
    return tuple(dict.fromkeys(label for label in labels if not bands_in(label)))


def _band_said(question: str, name: str, value: str) -> bool:
    """Whether a label's band is said whole by the question ("Over 5 miles, up to 10 miles"), not a figure and a word of
    it ("2-yard (up to 45 minutes)" of "… about 1,000–2,000 kg of rubble to the skelbrook yard …": bench/unseen26), and
    its value gives a figure where a sum is asked ("deposit for a 10 night stay" of "- **7 nights or more:** the seventh
    night is free": bench/unseen24)."""
    return any(said_whole(name[band.start:band.end], question) for band in bands_in(name)) \
        and not (SUM_ASKED.search(question) and not DIGIT.search(value))


def _head_named(question: str, text: str, named: set[ListedLine]) -> set[ListedLine]:
    """Of fields of one line the question names each, the one whose label it says last, as a phrase's head ("the helpline
    hours" of "Helpline: 0161 496 0733 · Hours: 09:00–17:00": a probe's); else all of them."""
    if len(named) < 2 or len({text.rfind("\n", 0, line.line[0]) for line in named}) > 1:
        return named
    said = search_words(question)
    own = {line: set(search_words(text[slice(*line.label)])) for line in named}
    last = {line: max((at for at, word in enumerate(said) if word in own[line]), default=-1) for line in named}
    head = max(last.values())
    return {line for line in named if last[line] == head}


def _line_mates(text: str, run: tuple[ListedLine, ...], line: ListedLine) -> set[str]:
    """The search words of the labels of the other fields on the line of a run's field (`_pieces`)."""
    start = text.rfind("\n", 0, line.line[0]) + 1
    return set(search_words(" ".join(text[slice(*other.label)] for other in run
                                     if other is not line and text.rfind("\n", 0, other.line[0]) + 1 == start)))


def _key(text: str, run: tuple[ListedLine, ...], asked: frozenset[str]) -> ListedLine | None:
    """The first line of a run whose first label others' share, where the question names its value whole: a record's
    key, saying which of several runs alike a question asks of, as an e-ticket's "Flight ..... CV 563" over each
    flight's "Departs", "Arrives" and "Seats" ("What time does flight CV 563 depart?"); not an e-mail's "Subject:
    Partner Summit" over its "Date:", a run alike no other. None for none."""
    value = text[slice(*run[0].value)]
    return run[0] if len(value) > 1 and named_among(asked, (value,)) else None


def _kinds_words(value: str) -> set[str]:
    """The search words saying a kind of text (KIND_WORDS) that `value` is of: a question may name a line by its label
    and the kind of its value ("bulky waste bookings number" of "Bulky waste bookings      01632 960848")."""
    return set(search_words(" ".join(words for kind, words in KIND_WORDS.items()
                                     if is_of_kind(value, kind) and not (kind == PHONE and CURRENCY.search(value)))))


def _kind_named(question: str) -> set[str]:
    """The search words saying the kind of text a question asks for (KIND_WORDS: "time" of "What time does flight CV 563
    depart?", "phone number" of "What is the workshop's phone number?"), which no line's label need say."""
    return set(search_words(KIND_WORDS.get(asked_kind(question), "")))


def _part_asked(question: str, text: str, value: tuple[int, int]) -> tuple[int, int]:
    """[start, end) of the part of a value the question asks for, where the value sets parts apart with commas or wide
    spaces ("11:05  Vessmark (VSK), Terminal A"): the one part of the kind it asks for (qa/answer_kinds.py: "What time
    does … depart?" is "11:05", "How long is the Blue trail?" "2.5 miles"), a date, with a time beside it, for when, for
    where the parts after a time or a date, or the one naming the thing "which" asks for ("Which terminal…?" is "Terminal
    A"); else the whole value."""
    parts = [match.span() for match in VALUE_PART.finditer(text, *value)]
    kind, which = asked_kind(question), WHICH_THING.match(question)
    if kind is None and (HOW_MUCH.search(question) or AMOUNT.search(question)):
        kind = MONEY  # "How much is instalment 1?" of "£45.51    1 May 2026"
    elif kind is None and WHAT_TIME.match(question):
        kind = TIME  # "What time is Mrs Tewkes's first treatment visit, the white filling, …?"
    if kind == MONEY and (sum_ := _sum_asked(question, text, value)):
        return sum_
    if WHO.match(question):  # a name, not the e-mail after its dash: "Dr Ruth Abernethy – welfare@harrowvaletennis.example"
        named = [part for part in re.split(r"\s+[–—]\s+", text[slice(*value)]) if not (is_of_kind(part, EMAIL) or is_of_kind(part, PHONE))]
        if len(named) == 1 and named[0] != text[slice(*value)]:
            return value[0], value[0] + len(named[0])
    if len(parts) < 2:
        return _kind_within(question, kind, text, value) or value
    times = [part for part in parts if CLOCK.search(text, *part)]
    dates = [part for part in parts if DATES.search(text, *part)]
    place = COUNTED_ORDINAL.search(question)
    listed = TIME if kind is None and TIMES_NAMED.search(question) else kind  # "the second party time"
    if place and listed in (TIME, DATE) and len(parts) > 1 \
            and all(clock := [CLOCK.search(text, *part) if listed == TIME else DATES.search(text, *part) for part in parts]):
        # the time or date at the place asked of a value listing them: "the second party time on a Saturday" of "10.00 am,
        # 12.30 pm, 3.00 pm, and 5.15 pm (Laser Tag only)" (bench/unseen26, written blind: it had been refused)
        at = COUNT_WORDS.index(place[1].lower())
        return clock[at].span() if at < len(clock) else value
    if kind == TIME:  # of one time only: "17:30, or 13:00 on Saturdays" is all of it
        fitting = [part for part in times if CLOCK.fullmatch(text, *part)] if len(times) == 1 else []
        # or the one time of a part saying more: "08:45" of "Tuesday 17 March 2026 at 08:45 (40 minutes)     White filling"
        clocks = list(CLOCK.finditer(text, *times[0])) if len(times) == 1 else []
        fitting = fitting or ([clocks[0].span()] if len(clocks) == 1 else [])
    elif kind == DATE:  # the date of a part saying more: "taken on 1 February 2026" of "30%, taken on 1 February 2026"
        fitting = [DATES.search(text, *part).span() for part in dates] if len(dates) == 1 else []
    elif kind is None and WHEN.match(question):  # "Tuesday 14 October 2025, 11:52" of "…, 11:52, left with neighbour"
        whole = [part for part in [*dates, *times] if CLOCK.fullmatch(text, *part) or DATES.fullmatch(text, *part)]
        if len(dates) <= 1 and len(times) <= 1 and len(whole) == len(dates) + len(times) and whole \
                and abs(parts.index(whole[0]) - parts.index(whole[-1])) <= 1:
            return min(part[0] for part in whole), max(part[1] for part in whole)
        fitting = [DATES.search(text, *part).span() for part in dates] if len(dates) == 1 and not times else []
        if len(dates) == 1 and times == dates and len(list(CLOCK.finditer(text, *dates[0]))) == 1:
            fitting = [_when_within(text, dates[0])]  # "Friday 3 April 2026 at 14:00" of "… at 14:00 (30 minutes)"
        # or when said as a time before or after something: "6 months before the wedding" of "25% of the estimated total, …"
        relative = [part for part in parts if RELATIVE_TIME.match(text, *part)]
        fitting = fitting or (relative if len(relative) == 1 and not dates and not times else [])
    elif WHERE.match(question):  # a place, without the time or date it is there at ("20:35  Pellham International (PLH)")
        placed = [part for part in parts if not (CLOCK.fullmatch(text, *part) and not re.fullmatch(r"\d+\.\d+", text[slice(*part)])
                                                  or DATES.fullmatch(text, *part))]  # "2.14" is a room's more often
        return (placed[0][0], placed[-1][1]) if placed and placed == parts[len(parts) - len(placed):] else value
    elif kind is not None:  # a figure's kind, a figure: "Heather Trail" is no length
        fitting = [part for part in parts if is_of_kind(text[slice(*part)], kind) and (kind == EMAIL or DIGIT.search(text, *part))]
    else:
        fitting = [part for part in parts if which and re.search(rf"\b{re.escape(which.group(1))}\b", text[slice(*part)], re.IGNORECASE)]
    return fitting[0] if len(fitting) == 1 else value


def _list_item_s_whole_clause(text: str, line: ListedLine, answer: tuple[int, int]) -> bool:
    """Whether an answer is the whole value of a list item's line (`BULLET_FIELD`) that reads as a clause of prose:
    BULLET_CLAUSE_WORDS words or more, or parts set apart ("Hambrook Stores, 0.4 miles (open 7am–8pm)"), which the reader
    answers from with the span asked (a code review's: "When are the bins collected?" had been "collected on Tuesday
    mornings; please put them out on Monday night")."""
    value = text[slice(*line.value)]
    return answer == line.value and BULLET_FIELD.match(text, text.rfind("\n", 0, line.line[0]) + 1) is not None \
        and (len(value.split()) >= BULLET_CLAUSE_WORDS or re.search(r"[,;(]", value) is not None)


def _kind_within(question: str, kind: str | None, text: str, value: tuple[int, int]) -> tuple[int, int] | None:
    """[start, end) of the one time or date of a value of one part a question asks when or what time of, where it says
    more: "16:30" of "served in the Garden Room at 16:30", "Friday 3 April 2026" of "Friday 3 April 2026 at 14:00 (check in
    at reception)" for its date, with its time for when (a code review's, since list items are lines); None else."""
    clocks, dates = list(CLOCK.finditer(text, *value)), list(DATES.finditer(text, *value))
    if kind == TIME or WHAT_TIME.match(question):
        found = clocks[0].span() if len(clocks) == 1 else None
    elif kind == DATE:
        found = dates[0].span() if len(dates) == 1 else None
    else:
        found = _when_within(text, value) if kind is None and WHEN.match(question) and len(dates) <= 1 else None
    return found if found != value else None


def _when_within(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """[start, end) of text[span]'s first date with its one time, or of either alone; None where it says two times, or
    neither."""
    dates, clocks = [*DATES.finditer(text, *span)], [*CLOCK.finditer(text, *span)]
    if not (dates or clocks) or len(clocks) > 1:
        return None
    spans = [found.span() for found in (*dates[:1], *clocks)]
    return min(start for start, _ in spans), max(end for _, end in spans)


def _sum_asked(question: str, text: str, value: tuple[int, int]) -> tuple[int, int] | None:
    """[start, end) of the sum with its period a value opens with, or of its sum for the period the question asks, where
    it says more: "£38.74 a month" of "£38.74 a month by Direct Debit (£464.88 a year)" for "… the monthly premium …"
    (bench/unseen22, written blind), or of the one sum for what the question says ("£20" of "… £20 for 9 holes"); None
    where it says nothing more, or which sum is unsaid."""
    from qa.measures import periods_said  # which reads this module's lists

    said = " ".join(question.lower().split())  # "… buggy hire for 9 holes" of "£32 for 18 holes, £20 for 9 holes" (bench/unseen26)
    if len(qualified := [found for found in SUM_FOR.finditer(text, *value) if f" {found[2].lower()}" in f" {said}"]) == 1:
        return qualified[0].span(1)
    sums = list(SUM_WITH_PERIOD.finditer(text, *value))
    asked = periods_said(question)
    if asked:
        sums = [found for found in sums if periods_said(found.group()) & asked] or sums
    one = sums[0] if len(sums) == 1 or sums and not asked and sums[0].start() == value[0] else None
    return one.span() if one and one.span() != value and (asked or one.start() == value[0]) else None


def words_unexplained(question: str, text: str, source: str = "") -> set[str]:
    """The question's search words but those asking (ASKING_STEMS, ASKING_WORDS), those of the document's title lines and
    file's name, and of the names it always writes with capitals: what it says besides what a list's line or a table's row
    tells."""
    return _words_besides_asking(question, source) - _title_words(text) - _names_written(text)


def _words_besides_asking(question: str, source: str) -> set[str]:
    """The question's search words but those asking (ASKING_STEMS, ASKING_WORDS) and those of the file's name `source`."""
    return set(search_words(question)) - set(search_words(NAME_SEPARATORS.sub(" ", source))) - ASKING_STEMS - ASKING_WORDS - HONORIFICS


def _kind_of_the_named(question: str, title: frozenset[str]) -> set[str]:
    """The search words of a word in small letters that says what kind of thing the document's name after it is, "the
    charity" of "Who is the Chief Executive of the charity Brindle Lane Reading Partners?" (bench/unseen17, written
    blind: it had been answered with another line's name)."""
    return {stem for match in KIND_BEFORE_NAME.finditer(question) if set(search_words(match.group("name"))) & title
            for stem in search_words(match.group("kind"))}


def _named_by_a_doing(asked: frozenset[str], name: str) -> bool:
    """Whether a word of a label is named only as one doing what a question's word says ("charging" of "Charger"): a
    person's part is asked for by who; "How long does charging take?" had been answered "1" of an "In the box" table's
    "| Charger | 1 |" (a probe's)."""
    return any(word not in asked and any(does(said, word) for said in asked) for word in name_words(name))


def _generic(name: str) -> bool:
    """Whether a label is one word a question names in passing (qa/spans.py's GENERIC_LABEL_WORDS: "Date", "Name")."""
    return len(name_words(name)) == 1 and name_words(name) <= GENERIC_LABEL_WORDS


def _lines_by(run: tuple[ListedLine, ...], names_of) -> dict[str, set[ListedLine]]:
    """The run's lines by each of their names (`names_of` a line)."""
    found: dict[str, set[ListedLine]] = {}
    for line in run:
        for name in names_of(line):
            found.setdefault(name, set()).add(line)
    return found


@lru_cache(maxsize=ARTICLES_KEPT)
def _title_words(text: str) -> frozenset[str]:
    """The search words of the lines a document opens with that read as its title, not as prose: short lines without a
    sentence's end in its first OPENING_CHARS ("THE LANTERN-KEEPER'S DAUGHTER", "a play in two acts by Isobel Tranter";
    not "After last year's Christmas pantomime, directed by Tom Price, we return…", which tells another production: a
    code review's)."""
    lines = [line.strip() for line in text[:OPENING_CHARS].split("\n")]
    return frozenset(search_words(" ".join(line for line in lines if len(line) <= OPENING_LINE_CHARS and not SENTENCE_END.search(line))))


def lead_in_words(text: str, start: int) -> frozenset[str]:
    """The search words of what leads into a run starting at text[start]: the headings it falls under, a header of two
    cells over it (`_header_over`), and the paragraph just before it where that ends with a colon ("The Wren Wing is nearest to Car Park C, … Charges are:" over a car
    park's prices by the hour), of LEAD_IN_CHARS at most; not a paragraph telling of something else ("After last year's
    Christmas pantomime, directed by Tom Price, we return…": a code review's)."""
    start = text.rfind("\n", 0, start) + 1  # from its line's start, before a list item's bullet
    before = text[max(0, start - LEAD_IN_CHARS):start].rstrip()
    header = _header_over(before)
    # the paragraph over the header too: "… based on the number of days before departure that we receive your written
    # notice:" over "| Notice given | Charge |" (bench/unseen23, written blind: "… cancel 5 weeks before departure" had
    # named no line)
    lines = before.split("\n")
    over_header = "\n".join(lines[:-2 if DELIMITER_ROW.fullmatch(lines[-1].strip()) else -1]).rstrip() if header else before
    paragraph = re.split(r"\n[ \t]*\n", over_header)[-1] if over_header.endswith(":") else ""
    # a heading in capitals right over the run, no blank line between: "CAT BOARDING (per chalet, per night)" over "One
    # cat ..... £13.00" (bench/unseen24, written blind: "… a night for two cats sharing a chalet?" had been refused)
    above = over_header.rsplit("\n", 1)[-1].strip()
    capitals = above if CAPITALS_HEADING.fullmatch(above) else ""
    return frozenset(search_words(f"{heading_before(text, start) or ''} {paragraph} {header} {capitals}"))


def _header_over(before: str) -> str:
    """The header line of two cells right over a run, a rule or a delimiter row between ("Deductions        Amount" over
    a payslip's deductions: "How much was the staff social club deduction?"); "" where the line over it is none."""
    lines = before.split("\n")[-2:]
    if len(lines) == 2 and DELIMITER_ROW.fullmatch(lines[1].strip()):
        lines = lines[:1]
    header = lines[-1] if lines else ""
    cells = [cell for cell in re.split(r"[ \t]*\|[ \t]*|[ \t]{2,}", header.strip().strip("|")) if cell]
    return " ".join(cells) if len(cells) == 2 and not any(DIGIT.search(cell) for cell in cells) else ""


@lru_cache(maxsize=ARTICLES_KEPT)
def _names_written(text: str) -> frozenset[str]:
    """The search words of the words `text` always writes with a capital (qa/casing.py `written_forms`): the people and
    places a question names to say which document it asks of ("Mrs Fennimore's … at Ellerby General Hospital")."""
    return frozenset(search_words(" ".join(written_forms((text,)).forms)))


def _label_names(text: str, label: tuple[int, int]) -> list[str]:
    """A label's names: itself, and where a comma sets parts of it apart, each part; a number's "no" said as "number";
    and where it names two things with "or", it with each of them: "colour A4 photocopy" names "Printing or photocopying,
    A4 colour" (bench/unseen21, written blind: it had been answered "Free", another line's)."""
    whole = text[slice(*label)]
    either = EITHER_WORD.search(whole)
    wholes = [whole, *(f"{whole[:either.start()]}{word}{whole[either.end():]}" for word in either.groups())] if either else [whole]
    named = []
    for each in wholes:
        parts = [part.strip() for part in each.split(",")]
        named += [each, *(part for part in parts if part)] if len(parts) > 1 else [each]
    named = list(dict.fromkeys(named))
    return [*named, NUMBER_SHORT.sub(" number", whole)] if NUMBER_SHORT.search(whole) else named  # "Employee no"


EITHER_WORD = re.compile(r"\b([^\W\d_]{3,}) or ([^\W\d_]{3,})\b")  # "Printing or photocopying"


def _whom(question: str, text: str, value: tuple[int, int]) -> tuple[int, int]:
    """[start, end) of a value as it answers the question: for who, the person a value names first, where the rest is
    none's name ("Who is the owner?" of "Owner: Jenny Marsh, 07831 442 019" is "Jenny Marsh": a probe's); else all of it."""
    parts = text[slice(*value)].split(",")
    if not WHO.match(question) or len(parts) < 2 or not PERSON_LIKE.fullmatch(parts[0].strip()) \
            or PLACE_WORDS.search(parts[0]) or any(PERSON_LIKE.fullmatch(part.strip()) for part in parts[1:]):
        return value
    return value[0], value[0] + len(parts[0].rstrip())


def _fits(question: str, value: str, label: str = "") -> bool:
    """Whether a value could answer the question: a figure alone one asking how or for a kind of text (qa/answer_kinds.py),
    a time, a date, a phone number or an e-mail address where it asks for one, a phone number only where it asks for one
    or a number (a code review's: a contact line had answered how much a subscription is);
    and who or where, where the question asks it, words, not a price, a figure, a time or a date
    ("where is the conference dinner" had been answered "£42" of "| Conference dinner (optional extra) | £42 |", "Where is
    the drinks reception?" "2pm"), and for where, no one's name ("Where is the play set?" had been the set designer's
    "Kit Oyelade": a code review's); for how long, a length said by the value or its `label` ("How long does it take to
    charge the battery?" had been "36V 10.4Ah lithium-ion" of "- Battery: …": a code review's)."""
    kind = asked_kind(question)
    if kind == LENGTH and not says_a_length(f"{label} {value}"):
        return False
    if FIGURE_ALONE.fullmatch(value.strip()) and kind is None and not HOW.match(question) and not NUMBER_ASKED.search(question) \
            and not ASKS_WHAT.match(question):  # "What was the income tax?" asks for a figure
        return False  # "What does the motorised floor head do?" asks no count of "| Motorised floor head | 1 |" (a probe's)
    if kind in (TIME, DATE, PHONE, EMAIL) and not is_of_kind(value, kind):
        return False  # "What day is workshop W4?" asks for no "Workshop" line's title (a probe's)
    if PHONE_NUMBER.fullmatch(value.strip()) and kind != PHONE and not PHONE_ASKED.search(question):
        return False  # "How much is the garden waste subscription?" asks for no "Garden waste subscriptions   01632 960845"
    if HOW_MUCH.search(question) and not DIGIT.search(value) and not is_of_kind(value, MONEY):
        return False  # how much a cake's message is, no "Price" of a line of headers (a code review's)
    if not PERSON_OR_PLACE.match(question):
        return True
    named = [word for word in CAPITALISED.findall(value) if word.lower() not in CALENDAR_WORDS]
    if not LETTER.search(value) or CURRENCY.search(value) or not named and (is_of_kind(value, TIME) or is_of_kind(value, DATE)):
        return False
    return not WHERE.match(question) or not PERSON_LIKE.fullmatch(value.strip()) or bool(PLACE_WORDS.search(value))


def _owning(question: str, name: str) -> bool:
    """Whether the question names `name` as an owner ("Who plays Martha Penhallow's father?"), of more than the kind of
    text it asks for ("What is the workshop's phone number?" asks for the Workshop line's value)."""
    last = re.findall(r"\w+", name)[-1:]
    owned = last and re.search(rf"\b{re.escape(last[0])}['’]s\b([^?.!]*)", question, re.IGNORECASE)
    return bool(owned) and not set(search_words(owned.group(1))) - ASKING_STEMS <= _kind_named(question)


def _who_is(question: str, name: str) -> bool:
    """Whether the question asks who or what a name is, naming it straight after the verb ("Who is Ezra Penhallow?")."""
    asking = WHO_IS.match(question)
    return bool(asking) and asking.group(1).lower() in {word.lower() for word in re.findall(r"\w+", name)}


def _said_besides(said: set[str], name: str, value: str = "") -> bool:
    """Whether the question says nothing but `name`'s words of those `said` (its search words but asking ones, a part's
    and its document's own), or its `value`'s ("What Council Tax band…" of "Council Tax ..... Band D"), counting a doer's
    verb ("designed") as its name ("Designer")."""
    own = set(search_words(f"{with_spec_names(name)} {value}"))  # "worth" of "Value at 5 April 2025"
    return not {word for word in said - own if not any(does(word, word_of) for word_of in own)}


def in_a_label_list(text: str, at: int) -> bool:
    """Whether text[at] is in a run of a list's lines (`label_lists`)."""
    return any(run[0].line[0] <= at < run[-1].line[1] for run in label_lists(text))
