"""The table cell a question picks by a superlative over one of a table's columns: "Who booked the most demos?" is the
row whose Demos booked is the greatest, "Aisling Burke". The reader, taught on SQuAD's prose, compares no figures: it had
answered with another row's rep (bench/mixed-tables). The answer is still a cell copied from the article: the row's
label, the figure itself ("What was the highest rainfall?", "How much did the top-fundraising region raise?"), or the
row's cell in another column the question asks for ("How many items did the branch with the fewest visits lend?")."""
from __future__ import annotations

import functools
import re

from index.headings import heading_before
from index.labels import FUNCTION_WORDS
from index.lexical import search_words
from index.tables import TableCells, table_cells
from qa.spans import alike, name_words, named_among, question_names, table_words

MOST = frozenset({"most", "highest", "largest", "biggest", "greatest", "maximum", "top"})
LEAST = frozenset({"least", "lowest", "smallest", "fewest", "minimum", "bottom"})
# Before a comparing word that compares: "the most demos", "the league's top scorer", "came bottom"; not "at most 6",
# "most of them".
COMPARING_AFTER = frozenset({"the", "s", "came", "finished", "ranked"})
PRICE = ("price", "cost", "fee")
# Superlatives that say what they compare, by a word of the column's name, the first that names one column alone:
# "the wettest month" compares Rainfall, not Rain days.
MEASURED = {"cheapest": (-1, PRICE), "dearest": (1, PRICE), "heaviest": (1, ("weight",)), "lightest": (-1, ("weight",)),
            "wettest": (1, ("rainfall", "precipitation", "rain")), "driest": (-1, ("rainfall", "precipitation", "rain")),
            "hottest": (1, ("temperature", "temp")), "warmest": (1, ("temperature", "temp")),
            "coldest": (-1, ("temperature", "temp")), "sunniest": (1, ("sunshine", "sun")),
            "furthest": (1, ("range", "distance")), "farthest": (1, ("range", "distance"))}
MEASURED_AFTER = {"expensive": PRICE, "costly": PRICE}  # "the most expensive", "the least expensive"
# Verbs asking for a column's value: "What does the lightest bike cost?" asks for its Price.
ASKING_VERBS = {"cost": PRICE, "costs": PRICE, "weigh": ("weight",), "weighs": ("weight",)}
# A row that sums or averages the others is none of them: "Team total" has the most calls of all, "All branches" the
# most visits, and a monthly table's "Year" the most rain.
SUMMARY_WORDS = frozenset({"total", "totals", "subtotal", "sum", "average", "mean", "median", "overall"})
SUMMARY_LABELS = frozenset({"year", "annual", "all"})
# One figure, after a currency or before a unit ("£18,750", "117%", "3.5 kg", "−4"); not a range, nor two figures, nor
# an account's "(120)", which may be a loss.
FIGURE = re.compile(r"[^\w\s+\-−()]{0,3}\s?([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?[^\d\s()]{0,6}")
EMPHASIS = re.compile(r"^[*_]+|[*_]+$")
ASKS_HOW_MUCH = ("how", "many"), ("how", "much")
# "What was the highest rainfall?" asks for the figure; "What month had the most rain?" for the row.
ASKS_FOR_THE_FIGURE = frozenset({("what", copula, "the") for copula in ("is", "was", "are", "were", "s")})
TOKEN = re.compile(r"[^\W_]+")
# Words of a column's name that name nothing by themselves ("% of target" is no "number of field points").
MINOR_WORDS = frozenset({"a", "an", "the", "of", "per", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from"})
# The words right after a comparing word say what it compares, and each must be the column's, or one of these, or
# the rows' kind ("the top region"): "the most profit" is none of a table's Events held, "the most e-book loans" no
# Items loaned. A word of money or shares names a column of pounds or per cents.
ENDS_COMPARED = MINOR_WORDS | {"is", "are", "was", "were", "did", "do", "does", "has", "had", "have", "that", "who",
                               "which", "than", "during", "across", "among", "over", "any", "each", "every", "once"}
ANY_MEASURE = frozenset({"number", "amount", "figure", "value", "count", "total", "monthly", "weekly", "daily",
                         "yearly", "annual", "overall"})
MONEY = frozenset({"money", "cash", "funds"})
SHARE = frozenset({"percentage", "percent", "proportion", "share"})
CURRENCY_SIGNS = "£$€¥₹"
# Of the question's words, those that need not be the article's for a table of it to answer: "Who made the fewest
# calls?" of a table that says no "made". Of the others, one the article does not say may be the asker's word for one
# it does ("the lowest price in the comparison" of a group test); more ask of what it does not hold: "Which house raised
# the most money on the cake stall?" of a hospice appeal's regions.
UNSAID_WORDS = 1
NEED_NOT_BE_SAID = FUNCTION_WORDS | ANY_MEASURE | MONEY | SHARE | frozenset(search_words(
    "make made makes get got gets have had take took give gave come came go went one any all there up out off down " + " ".join(
        ["most", "highest", "largest", "biggest", "greatest", "maximum", "top", "least", "lowest", "smallest", "fewest",
         "minimum", "bottom", "cheapest", "dearest", "heaviest", "lightest", "wettest", "driest", "hottest",
         "warmest", "coldest", "sunniest", "furthest", "farthest", "expensive", "costly", "finished", "ranked"])))
CAPTION_CHARS = 200  # how far before a table a line saying which it is ("Table 1: January to December 2024") is read


def figure(cell: str) -> float | None:
    """The one number a cell holds, written with thousands' commas, a sign, a currency or a unit, or in bold; None for
    a cell holding none ("n/a", "") or more than one ("10–15", "3 of 5")."""
    match = FIGURE.fullmatch(EMPHASIS.sub("", cell.strip()))
    if match is None:
        return None
    sign, whole, fraction = match.groups()
    return (-1.0 if sign in ("-", "−") else 1.0) * float(whole.replace(",", "") + (fraction or ""))


def asked_superlative(tokens: list[str]) -> tuple[int, tuple[str, ...] | None, int] | None:
    """(1 for the greatest or -1 for the least, the words one of which names the column it compares where the word says
    them, and the word's place among the question's lower-cased `tokens`) of the question's first comparing word."""
    for at, token in enumerate(tokens):
        if token in MEASURED:
            return (*MEASURED[token], at)
        if (token in MOST or token in LEAST) and at and tokens[at - 1] in COMPARING_AFTER:
            following = tokens[at + 1] if at + 1 < len(tokens) else ""
            return 1 if token in MOST else -1, MEASURED_AFTER.get(following), at
    return None


def superlative_cells(question: str, article_text: str) -> list[tuple[int, int]]:
    """[start, end) of the cell that answers the question's superlative (`asked_superlative`) from the article's table:
    in the one row whose figure in the column compared is the greatest or least (no total's), the cell of the column
    the question asks for (`_asked_column`), else the figure where it asks "how many" or "What was the highest …", else
    the row's label. A table is passed over where the question names one of its rows (it asks for a cell then,
    `named_cells`) or a value that picks rows ("the rep in Scotland with the most calls"), or where it is unclear which
    column is compared. Of several tables, the one whose heading or caption says each figure of the question ("in
    2023"); none where that leaves more than one."""
    tokens = [token.lower() for token in TOKEN.findall(question)]
    asked = asked_superlative(tokens)
    if asked is None or len(set(search_words(question)) - NEED_NOT_BE_SAID - _article_words(article_text)) > UNSAID_WORDS:
        return []
    question_words = question_names(frozenset(table_words(question)))
    found = {table: cell for table in table_cells(article_text)
             if (cell := _answer(tokens, question_words, *asked, table)) is not None}
    if len(found) > 1:
        figures = {word for word in question_words if word[0].isdigit()}
        found = {table: cell for table, cell in found.items() if figures and figures <= _words_around(article_text, table)}
    return list(found.values()) if len(found) == 1 else []


def _answer(tokens: list[str], question_words: frozenset[str], direction: int, kinds: tuple[str, ...] | None, at: int,
            table: TableCells) -> tuple[int, int] | None:
    if named_among(question_words, table.labels) or _names_a_value(question_words, table):
        return None
    column = _compared_column(tokens, question_words, kinds, at, table)
    if column is None or kinds is None and not _says_only(_compared_words(tokens, at), column, table):
        return None
    counted = {row: value for row, cells in enumerate(table.rows) for name, cell in cells
               if name == column and not _sums_others(table.row_labels[row]) and (value := figure(cell)) is not None}
    column_cells = sum(name == column for cells in table.rows for name, _ in cells)
    if len(counted) < 2 or len(counted) * 2 < column_cells:  # a column of words, with a figure here and there
        return None
    best = (max if direction > 0 else min)(counted.values())
    winners = [row for row, value in counted.items() if value == best]
    wanted = _asked_column(tokens, question_words, column, table)
    if len(winners) != 1 or wanted == "":
        return None
    if wanted is None and (tuple(tokens[:2]) in ASKS_HOW_MUCH or tuple(tokens[:at]) in ASKS_FOR_THE_FIGURE and kinds is None):
        wanted = column
    return next(((start, end) for start, end, name, label, row in table.cells if row == winners[0] and end > start
                 and (name == wanted if wanted else label is None)), None)


def _compared_column(tokens: list[str], question_words: frozenset[str], kinds: tuple[str, ...] | None, at: int,
                     table: TableCells) -> str | None:
    """The column the superlative compares: the one named by the first of its `kinds` to name one ("the wettest");
    else the one the words after it name ("the most demos", "Demos booked"), or name whole, or the total of those
    ("the most points", "Total points"); else the one the question names whole ("raised the most money", "Raised")."""
    if kinds is not None:
        for kind in kinds:
            columns = [column for column in table.columns if kind in name_words(column)]
            if len(columns) == 1:
                return columns[0]
        return None
    after = question_names(frozenset(tokens[at + 1:]))
    columns = [column for column in table.columns if _says_a_word_of(after, column)]
    if len(columns) > 1:
        columns = [column for column in columns if name_words(column) <= after] or \
                  [column for column in columns if name_words(column) & SUMMARY_WORDS]
    if not columns:
        columns = list(named_among(question_words, table.columns))
    return columns[0] if len(columns) == 1 else None


def _asked_column(tokens: list[str], question_words: frozenset[str], compared: str, table: TableCells) -> str | None:
    """The column other than the one compared whose cell the question asks for: one it names whole, or by the word it
    asks "what"/"how many" of ("What score …", "How many items …", "Test score", "Items loaned"), or by a verb ("What
    does the lightest bike cost?", Price); None for none, "" where it names several."""
    asked_of = tokens[1:2] if tokens[:1] == ["what"] else tokens[2:3] if tuple(tokens[:2]) in ASKS_HOW_MUCH else []
    verbs = {kind for token in tokens if token in ASKING_VERBS for kind in ASKING_VERBS[token]}
    others = {column for column in table.columns if column != compared and (
        column in named_among(question_words, table.columns) or _says_a_word_of(question_names(frozenset(asked_of)), column)
        or verbs & name_words(column))}
    return next(iter(others)) if len(others) == 1 else "" if others else None


def _says_a_word_of(words: frozenset[str], column: str) -> bool:
    return any(alike(word, asked) for word in name_words(column) - MINOR_WORDS for asked in words if not word.isdigit())


def _compared_words(tokens: list[str], at: int) -> list[str]:
    """The words right after the comparing word, up to one of ENDS_COMPARED: "points" of "the most points at …"."""
    words = []
    for token in tokens[at + 1:]:
        if token in ENDS_COMPARED:
            break
        words.append(token)
    return words


def _says_only(words: list[str], column: str, table: TableCells) -> bool:
    """Whether `words` say the `column` (`ENDS_COMPARED`): each up to one of its name's is any measure's ("number"), or
    the rows' kind (their labels' column's name), or a word of money or shares where the column is one of them; the
    words after one of its name's are the question's ("demos booked make")."""
    kind = next((name for _, _, name, label, _ in table.cells if label is None), "")
    for word in words:
        if _says_a_word_of(question_names(frozenset([word])), column):
            return True
        if not (word in ANY_MEASURE or _says_a_word_of(question_names(frozenset([word])), kind)
                or word in MONEY and any(sign in column for sign in CURRENCY_SIGNS) or word in SHARE and "%" in column):
            return False
    return True


@functools.lru_cache(maxsize=16)
def _article_words(text: str) -> frozenset[str]:
    return frozenset(search_words(text))


def _sums_others(label: str | None) -> bool:
    """Whether a row's label is none of the others' kind but their sum or mean ("Team total", "All branches", "Year")."""
    if label is None:
        return True
    words = name_words(EMPHASIS.sub("", label.strip()))
    return bool(words & SUMMARY_WORDS) or words <= SUMMARY_LABELS or "all" in words and len(words) == 2


def _names_a_value(question_words: frozenset[str], table: TableCells) -> bool:
    """Whether the question names a row's value that is no figure: "the rep in Scotland" picks rows by Territory."""
    return any(figure(value) is None and name_words(value) and name_words(value) <= question_words
               for cells in table.rows for _, value in cells)


def _words_around(text: str, table: TableCells) -> set[str]:
    """The words of the headings a table is under and of the two lines just before it ("Table 2: January to December
    2023"), and of its columns' names."""
    before = [line for line in text[max(0, table.start - CAPTION_CHARS): table.start].splitlines() if line.strip()][-2:]
    around = " ".join([heading_before(text, table.start) or "", *before, *table.columns])
    return set(question_names(frozenset(table_words(around))))
