"""The table cell a question picks by a superlative over one of a table's columns: "Who booked the most demos?" is the
row whose Demos booked is the greatest, "Aisling Burke". The reader, taught on SQuAD's prose, compares no figures: it had
answered with another row's rep (bench/mixed-tables). The answer is still a cell copied from the article: the row's
label, the figure itself ("What was the highest rainfall?", "How much did the top-fundraising region raise?"), or the
row's cell in another column the question asks for ("How many items did the branch with the fewest visits lend?")."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from index.labels import FUNCTION_WORDS
from index.lexical import search_words
from index.tables import TableCells, caption, table_cells
from qa.spans import alike, name_words, named_among, question_names, table_words

# Comparing words, and whether they ask for the greatest (1) or the least (-1).
COMPARING = {**dict.fromkeys(("most", "highest", "largest", "biggest", "greatest", "maximum", "top", "longest"), 1),
             **dict.fromkeys(("least", "lowest", "smallest", "fewest", "minimum", "bottom", "shortest"), -1)}
# "Best" and "worst" compare only what is better the higher: a rate, a score, a rating, a share.
JUDGING = {"best": 1, "worst": -1}
JUDGED = frozenset({"rate", "rating", "score", "grade", "percentage", "share", "satisfaction"})
# Before a comparing word that compares: "the most demos", "the league's top scorer", "came bottom"; not "at most 6",
# "most of them".
COMPARING_AFTER = frozenset({"the", "s", "came", "finished", "ranked"})
PRICE = ("price", "cost", "fee")
# Superlatives that say what they compare, by a word of the column's name, the first that names one column alone:
# "the wettest month" compares Rainfall, not Rain days. A price is also a column of pounds ("Total for 40 units (£)").
MEASURED = {"cheapest": (-1, PRICE), "dearest": (1, PRICE), "heaviest": (1, ("weight",)), "lightest": (-1, ("weight",)),
            "wettest": (1, ("rainfall", "precipitation", "rain")), "driest": (-1, ("rainfall", "precipitation", "rain")),
            "hottest": (1, ("temperature", "temp")), "warmest": (1, ("temperature", "temp")),
            "coldest": (-1, ("temperature", "temp")), "sunniest": (1, ("sunshine", "sun")),
            "furthest": (1, ("range", "distance")), "farthest": (1, ("range", "distance")),
            # of times: the fastest runner's is the least
            "fastest": (-1, ("time",)), "quickest": (-1, ("time",)), "slowest": (1, ("time",))}
MEASURED_AFTER = {"expensive": PRICE, "costly": PRICE}  # "the most expensive", "the least expensive"
# Words that make the comparison another than of the column's figures: "the most calls per demo", "relative to
# target", "the highest price increase" (of a column of prices).
RELATIVE = frozenset({"per", "relative", "ratio", "proportionally", "increase", "increases", "decrease", "change",
                      "changes", "growth", "grew", "rise", "rose", "fall", "fell", "drop", "dropped", "gain", "improvement",
                      "improved", "difference", "compared", "versus", "vs"})
# Columns of places in an order, whose "highest" is ambiguous: the 1st, or the greatest number?
ORDERS = frozenset({"rank", "ranking", "position", "place", "pos", "seed"})
# What "where" and "who" ask for: a column of places, of people.
PLACES = frozenset({"location", "address", "place", "site", "venue", "city", "town", "village", "region", "area", "country"})
PEOPLE = frozenset({"name", "rep", "runner", "player", "member", "pupil", "student", "employee", "staff", "captain",
                    "lead", "leader", "manager", "head", "teacher", "author", "driver", "owner", "candidate", "athlete",
                    "rider", "agent", "seller", "contact", "officer", "coach", "winner", "person", "volunteer", "organiser"})
OPENING_LINES = 2  # an article's title and the line under it, which may say the year its one table is of
PER_UNIT = frozenset({"unit", "per", "each"})  # a column of prices each: "the lowest price per laptop" is its
# Verbs asking for a column's value: "What does the lightest bike cost?" asks for its Price.
ASKING_VERBS = {"cost": PRICE, "costs": PRICE, "weigh": ("weight",), "weighs": ("weight",)}
# A row that sums or averages the others is none of them: "Team total" has the most calls of all, "All branches" the
# most visits, a monthly table's "Year" or "Full year" the most rain; but "All Saints" and "Mean Lane" are schools.
TOTAL_WORDS = frozenset({"total", "totals", "subtotal", "subtotals"})
SUMMARY_LABELS = frozenset({"sum", "average", "mean", "median", "overall", "year", "annual", "all", "full", "whole",
                            "combined", "ytd", "to", "date", "grand", "cumulative"})
ALL_OF = re.compile(r"all\s+[a-z]+s\b")  # "All branches", "All sites", not "All Saints"
# The figure of a row as near the others' sum or mean as this (of it) is their total or average, whatever its label.
SUMMARY_TOLERANCE = 0.005
# One figure, with a sign before or after a currency, and a unit ("£18,750", "117%", "3.5 kg", "−4", "-£1,200"); not a
# range, nor two figures, nor a place ("4th"). An account's "(12)" is a loss. Or a time taken, "1:19:03" or "24:56".
FIGURE = re.compile(r"([+\-−]?)([^\w\s+\-−()]{0,3})\s?([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?([^\d\s()]{0,6})")
ORDINAL = re.compile(r"(?:st|nd|rd|th)", re.IGNORECASE)
LOSS = re.compile(r"\(([^()]+)\)")
DURATION = re.compile(r"(\d{1,3}):([0-5]\d)(?::([0-5]\d))?")
EMPHASIS = re.compile(r"^[*_]+|[*_]+$")
YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a figure that names a row, as no other does
ASKS_HOW_MUCH = ("how", "many"), ("how", "much")
# "What was the highest rainfall?" asks for the figure; "What month had the most rain?" for the row.
ASKS_FOR_THE_FIGURE = frozenset({("what", copula, "the") for copula in ("is", "was", "are", "were", "s")})
TOKEN = re.compile(r"[^\W_]+")
# Words of a column's name that name nothing by themselves ("% of target" is no "number of field points").
MINOR_WORDS = frozenset({"a", "an", "the", "of", "per", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from"})
# The words right after a comparing word say what it compares, and each up to the column's must be one of these, or
# the rows' kind ("the top region"): "the most profit" is none of a table's Events held, "the most e-book loans" no
# Items loaned. A word of money or shares names a column of pounds or per cents.
ENDS_COMPARED = MINOR_WORDS | {"is", "are", "was", "were", "did", "do", "does", "has", "had", "have", "that", "who",
                               "which", "than", "during", "across", "among", "over", "any", "each", "every", "once"}
ANY_MEASURE = frozenset({"number", "amount", "figure", "value", "count", "total", "monthly", "weekly", "daily",
                         "yearly", "annual", "overall"})
MONEY = frozenset({"money", "cash", "funds"})
SHARE = frozenset({"percentage", "percent", "proportion", "share"})
CURRENCY_SIGNS = "£$€¥₹"
# A column's name may shorten the question's word: "Mean min (°C)" is "the lowest mean minimum temperature"'s.
SHORTENED = {"minimum": "min", "maximum": "max", "temperature": "temp", "average": "avg", "number": "no",
             "quantity": "qty", "percentage": "pct"}
# Of the question's words, those that need not be the article's for a table of it to answer: "Who made the fewest
# calls?" of a table that says no "made". Of the others, one the article does not say may be the asker's word for one
# it does ("the lowest price in the comparison" of a group test); more ask of what it does not hold: "Which house raised
# the most money on the cake stall?" of a hospice appeal's regions.
UNSAID_WORDS = 1
NEED_NOT_BE_SAID = FUNCTION_WORDS | ANY_MEASURE | MONEY | SHARE | frozenset(search_words(" ".join(
    ["make made makes get got gets have had take took give gave come came go went one any all there up out off down",
     *COMPARING, *JUDGING, *MEASURED, *MEASURED_AFTER, *COMPARING_AFTER])))


class Superlative(NamedTuple):
    """A question's comparing word: whether it asks for the greatest (1) or the least (-1), the words one of which names
    the column it compares where the word says them ("cheapest"), whether it only compares a column of scores
    ("best"), and its place among the question's lower-cased words."""

    direction: int
    kinds: tuple[str, ...] | None
    judging: bool
    at: int


def figure(cell: str) -> float | None:
    """The one number a cell holds, written with thousands' commas, a sign, a currency or a unit, or in bold, or the
    seconds of a time taken ("1:19:03"); None for a cell holding none ("n/a", "") or more than one ("10–15", "3 of 5")."""
    return _figure(cell)[0]


def _figure(cell: str) -> tuple[float | None, str]:
    """`figure`, and what is written around it: its currency and unit ("£", "kg"), which the figures compared share."""
    cell = EMPHASIS.sub("", cell.strip())
    if duration := DURATION.fullmatch(cell):
        hours, minutes, seconds = (int(part) for part in duration.groups(default="0"))
        return float(hours * 3600 + minutes * 60 + seconds if duration.group(3) else hours * 60 + minutes), ":"
    if loss := LOSS.fullmatch(cell):
        value, around = _figure(loss.group(1))
        return (-value if value is not None and value >= 0 else None), around
    match = FIGURE.fullmatch(cell)
    if match is None or ORDINAL.fullmatch(match.group(6)) or match.group(1) and match.group(3):
        return None, ""
    sign = match.group(1) or match.group(3)
    value = float(match.group(4).replace(",", "") + (match.group(5) or ""))
    unit = match.group(6).strip().lower()
    return (-value if sign in ("-", "−") else value), f"{match.group(2)}|{unit[:-1] if unit.endswith('s') else unit}"


def asked_superlative(tokens: list[str]) -> Superlative | None:
    """The first comparing word of a question's lower-cased `tokens` (`Superlative`); None without one."""
    for at, token in enumerate(tokens):
        if token in MEASURED:
            return Superlative(*MEASURED[token], False, at)
        if (token in COMPARING or token in JUDGING) and at and tokens[at - 1] in COMPARING_AFTER:
            following = tokens[at + 1] if at + 1 < len(tokens) else ""
            return Superlative(COMPARING.get(token) or JUDGING[token], MEASURED_AFTER.get(following), token in JUDGING, at)
    return None


def superlative_cells(question: str, article_text: str) -> list[tuple[int, int]]:
    """[start, end) of the cell that answers the question's superlative (`asked_superlative`) from the article's table:
    in the one row whose figure in the column compared is the greatest or least (no total's), the cell of the column
    the question asks for (`_asked_column`), else the figure where it asks "how many" or "What was the highest …", else
    the row's label. A table is passed over where the question names one of its rows (it asks for a cell then,
    `named_cells`) or a value that picks rows ("the rep in Scotland with the most calls"), or a figure that neither it
    nor what says which table it is holds ("in 2023/24" of 2024/25's), or where it is unclear which column is compared.
    Of several tables, those whose captions say the question's words that tell them apart ("July" of "January 2025"
    and "July 2025"); none where that leaves more than one."""
    written = TOKEN.findall(question)
    tokens = [token.lower() for token in written]
    asked = asked_superlative(tokens)
    if asked is None or len(set(search_words(question)) - NEED_NOT_BE_SAID - _article_words(article_text)) > UNSAID_WORDS \
            or asked_superlative(tokens[asked.at + 1:]) is not None:
        return []  # "the most calls but the fewest demos"
    question_words = question_names(frozenset(table_words(question)))
    figures = {word for word in question_words if word[0].isdigit()}
    opening = set(question_names(frozenset(table_words(" ".join(
        [line for line in article_text.splitlines() if line.strip()][:OPENING_LINES])))))
    found = {}
    for table in (_labelled(article_text, table) for table in table_cells(article_text)):
        about = _table_words(article_text, table) | opening  # a figure said of the table ("in 2024"); others pick rows
        if figures <= about | _body_words(table) and not (figures - about) & _body_words(table) \
                and (cell := _answer(tokens, question_words, asked, table, written[asked.at + 1:])) is not None:
            found[table] = cell
    if len(found) > 1:
        said = {table: _table_words(article_text, table) & question_words - FUNCTION_WORDS for table in found}
        telling = set().union(*said.values()) - set.intersection(*said.values())
        found = {table: cell for table, cell in found.items() if telling and telling <= said[table]}
    return [_without_emphasis(article_text, *cell) for cell in found.values()] if len(found) == 1 else []


def _without_emphasis(text: str, start: int, end: int) -> tuple[int, int]:
    """A cell's [start, end) without the Markdown emphasis around its text ("**Swift**" is answered "Swift")."""
    while end - start > 2 and text[start] in "*_" and text[end - 1] == text[start]:
        start, end = start + 1, end - 1
    return start, end


def _labelled(text: str, table: TableCells) -> TableCells:
    """The table with its rows labelled by their first cells where it has two columns (`table_cells` names none of its
    cells then, each beside the other) and those are words or years, each different: "Which fruit had the most sales?"
    of "| Fruit | Sales |" compares its Sales."""
    names = list(dict.fromkeys(name for _, _, name, _, _ in table.cells))
    rows: dict[int, dict[str, tuple[int, int]]] = {}
    for start, end, name, _, row in table.cells:
        rows.setdefault(row, {})[name] = (start, end)
    if table.columns or len(names) != 2 or any(len(cells) != 2 for cells in rows.values()):
        return table
    labels = [EMPHASIS.sub("", text[slice(*rows[row][names[0]])].strip()) for row in sorted(rows)]
    if len(set(labels)) < len(labels) or not all(labels) or any(figure(label) is not None and not YEAR.fullmatch(label)
                                                                 for label in labels):
        return table
    cells = tuple((start, end, name, None if name == names[0] else labels[row], row) for start, end, name, _, row in table.cells)
    values = tuple(((names[1], text[slice(*rows[row][names[1]])]),) for row in sorted(rows))
    return table._replace(cells=cells, rows=values, labels=tuple(labels), columns=(names[1],), row_labels=tuple(labels))


def _answer(tokens: list[str], question_words: frozenset[str], asked: Superlative, table: TableCells,
            following: list[str]) -> tuple[int, int] | None:
    """The cell answering the question from `table` (`superlative_cells`); `following`: the words after the comparing
    one, as written."""
    if _names_a_row(question_words, table) or _names_a_value(question_words, table):
        return None
    column = _compared_column(tokens, question_words, asked, table)
    if column is None or asked.kinds is None and not _says_only(_compared_words(tokens, asked.at), column, table) \
            or asked.judging and not (name_words(column) & JUDGED or _column_of(table, column, "%")) \
            or name_words(column) & ORDERS or _compares_otherwise(following, column):
        return None
    read = {row: _figure(cell) for row, cells in enumerate(table.rows) for name, cell in cells
            if name == column and not _sums_others(table.row_labels[row])}
    counted = {row: value for row, (value, _) in read.items() if value is not None}
    column_cells = sum(name == column for cells in table.rows for name, _ in cells)
    if len(counted) < 2 or len(counted) * 2 < column_cells or len({around for value, around in read.values() if value is not None}) > 1:
        return None  # a column of words with a figure here and there, or of figures in units unlike ("1 TB", "512 GB")
    winners = _winners(counted, asked.direction)
    wanted = _asked_column(tokens, question_words, column, table)
    if len(winners) != 1 or wanted == "":
        return None
    if wanted is None and (wanted := _column_for_wh_word(tokens, column, table)) == "":
        return None
    compared = _compared_words(tokens, asked.at)
    if wanted is None and (tuple(tokens[:2]) in ASKS_HOW_MUCH or tuple(tokens[:asked.at]) in ASKS_FOR_THE_FIGURE and (
            asked.kinds is None or any(_says_a_word_of(question_names(frozenset([word])), column) for word in compared))):
        wanted = column  # "What was the highest rainfall?", "What was the fastest chip time?"; not "… the cheapest bike?"
    return next(((start, end) for start, end, name, label, row in table.cells if row == winners[0] and end > start
                 and (name == wanted if wanted else label is None)), None)


def _compared_column(tokens: list[str], question_words: frozenset[str], asked: Superlative, table: TableCells) -> str | None:
    """The column the superlative compares: the one named by the first of its `kinds` to name one ("the wettest"), a
    price's also by the question's words among columns of pounds ("the most expensive quote for all 40 laptops", "Total
    for 40 units (£)"); else the one the words after it name ("the most demos", "Demos booked"), or name whole, or
    the total of those ("the most points", "Total points"), or the column of per cents or pounds they ask for ("the
    highest share", "the most money"); else the one the question names whole ("raised the most money", "Raised")."""
    if asked.kinds is not None:
        for kind in asked.kinds:
            columns = [column for column in table.columns if kind in name_words(column)]
            if asked.kinds == PRICE:
                columns += [column for column in table.columns if column not in columns and _column_of(table, column, CURRENCY_SIGNS)]
                columns = [column for column in columns if (name_words(column) - MINOR_WORDS - frozenset(PRICE)) & question_words] \
                    or columns
            if len(columns) == 1:
                return columns[0]
        return None
    after = question_names(frozenset(tokens[asked.at + 1:]))
    compared = _compared_words(tokens, asked.at)
    columns = [column for column in table.columns if _says_a_word_of(after, column)]
    if len(columns) > 1:
        columns = [column for column in columns if _says_every_word_of(after, column)] or \
                  [column for column in columns if "total" in name_words(column)]
    if not columns:  # "raised the most money": Raised
        columns = [column for column in table.columns if _says_every_word_of(question_words, column)]
    if compared[:1] and compared[0] in SHARE | MONEY:  # of those, the pounds; or any column of per cents, of pounds
        signs = "%" if compared[0] in SHARE else CURRENCY_SIGNS
        columns = [column for column in columns if _column_of(table, column, signs)] or \
                  [column for column in table.columns if _column_of(table, column, signs)]
    return columns[0] if len(columns) == 1 else None


def _compares_otherwise(following: list[str], column: str) -> bool:
    """Whether words after the comparing word make it compare other than the column's figures (RELATIVE): "the most
    calls per demo", not "the lowest price per laptop" of a column of prices each ("Unit price"), nor a name's ("at
    Carrow Fell": `following` holds a name's words as written)."""
    words = name_words(column)
    return any(word in RELATIVE and word not in words and not (word == "per" and words & PER_UNIT) for word in following)


def _winners(counted: dict[int, float], direction: int) -> list[int]:
    """The rows of the greatest or least figure, but a row whose figure is the others' sum or mean (a total's, however
    labelled: "Combined", "YTD")."""
    best = (max if direction > 0 else min)(counted.values())
    winners = [row for row, value in counted.items() if value == best]
    others = [value for row, value in counted.items() if row not in winners]
    if len(winners) == 1 and len(others) >= 2 and any(
            abs(best - summary) <= SUMMARY_TOLERANCE * abs(best) for summary in (sum(others), sum(others) / len(others))):
        return _winners({row: value for row, value in counted.items() if row not in winners}, direction)
    return winners


def _column_of(table: TableCells, column: str, signs: str) -> bool:
    """Whether the column's name, or most of its cells, hold one of the `signs` ("%", or a currency's)."""
    cells = [cell for cells in table.rows for name, cell in cells if name == column and cell.strip()]
    return any(sign in column for sign in signs) or \
        sum(any(sign in cell for sign in signs) for cell in cells) * 2 > len(cells) > 0


def _asked_column(tokens: list[str], question_words: frozenset[str], compared: str, table: TableCells) -> str | None:
    """The column other than the one compared whose cell the question asks for: one it names whole, or by the word it
    asks "what"/"how many" of ("What score …", "How many items …", "Test score", "Items loaned"), or by a verb ("What
    does the lightest bike cost?", Price); None for none, "" where it names several."""
    if tokens[:1] in (["which"], ["what"]) and _says_a_word_of(question_names(frozenset(tokens[1:2])), _kind(table)):
        return None  # "Which ward recycled the highest share of its household waste?" asks for a ward, not its Households
    asked_of = tokens[1:2] if tokens[:1] == ["what"] else tokens[2:3] if tuple(tokens[:2]) in ASKS_HOW_MUCH else []
    verbs = {kind for token in tokens if token in ASKING_VERBS for kind in ASKING_VERBS[token]}
    others = {column for column in table.columns if column != compared and (
        _says_every_word_of(question_words, column) or _says_a_word_of(question_names(frozenset(asked_of)), column)
        or verbs & name_words(column))}
    return next(iter(others)) if len(others) == 1 else "" if others else None


def _column_for_wh_word(tokens: list[str], compared: str, table: TableCells) -> str | None:
    """The column "where" or "who" asks for, of the row compared, where the question names none: the one column of
    places or people ("Where is the branch with the most visits?", Location; "Who recruited the most volunteers?",
    Lead), None for the rows' labels where they are places or people or no such column is there; "" for a question
    asking "which" of a kind that is a column of figures ("Which event raised the most money?" of Events held)."""
    kind = _kind(table)
    if tokens[:1] in (["where"], ["who"]):
        wanted = PLACES if tokens[0] == "where" else PEOPLE
        if name_words(kind) & wanted:
            return None
        columns = [column for column in table.columns if column != compared and name_words(column) & wanted]
        return columns[0] if len(columns) == 1 else None
    if tokens[:1] in (["which"], ["what"]) and len(tokens) > 1 and not _says_a_word_of(question_names(frozenset(tokens[1:2])), kind):
        named = [column for column in table.columns if _says_a_word_of(question_names(frozenset(tokens[1:2])), column)]
        if any(figure(cell) is not None for cells in table.rows for name, cell in cells if name in named):
            return ""
    return None


def _kind(table: TableCells) -> str:
    """The name of the rows' labels' column: what kind of thing each row is ("Rep", "Branch")."""
    return next((name for _, _, name, label, _ in table.cells if label is None), "")


def _says_a_word_of(words: frozenset[str], column: str) -> bool:
    return any(_same(word, asked) for word in name_words(column) - MINOR_WORDS for asked in words if not word.isdigit())


def _says_every_word_of(words: frozenset[str], column: str) -> bool:
    """Whether `words` say each word of the column's name (but MINOR_WORDS), or one alike or shortened in it."""
    wanted = name_words(column) - MINOR_WORDS
    return bool(wanted) and all(any(_same(word, asked) for asked in words) for word in wanted)


def _same(word: str, asked: str) -> bool:
    return alike(word, asked) or SHORTENED.get(asked) == word


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
    kind = _kind(table)
    for word in words:
        if _says_a_word_of(question_names(frozenset([word])), column):
            return True
        if not (word in ANY_MEASURE or _says_a_word_of(question_names(frozenset([word])), kind)
                or word in MONEY and _column_of(table, column, CURRENCY_SIGNS) or word in SHARE and _column_of(table, column, "%")):
            return False
    return True


def _sums_others(label: str | None) -> bool:
    """Whether a row's label is none of the others' kind but their sum or mean ("Team total", "All branches", "Year")."""
    if label is None:
        return True
    label = EMPHASIS.sub("", label.strip())
    words = name_words(label)
    return bool(words & TOTAL_WORDS) or words <= SUMMARY_LABELS or bool(ALL_OF.fullmatch(label.lower()) and label[4:5].islower())


def _names_a_row(question_words: frozenset[str], table: TableCells) -> bool:
    """Whether the question names one of the table's rows, whole or by a word of its label ("Priya" of "Priya Okonedo"):
    it asks for a cell then, or about that row ("What is the most calls Priya made?")."""
    return bool(named_among(question_words, table.labels)) or any(
        word in question_words for label in table.labels if not _sums_others(label)
        for word in name_words(label) - MINOR_WORDS if len(word) >= 3 and not word[0].isdigit())


def _body_words(table: TableCells) -> set[str]:
    """The words of the table's cells but its rows' labels: a figure the question says that is among them picks rows
    ("the cheapest with at least 512 GB")."""
    return set(question_names(frozenset(table_words(" ".join(cell for cells in table.rows for _, cell in cells)))))


def _names_a_value(question_words: frozenset[str], table: TableCells) -> bool:
    """Whether the question names a row's value that is no figure: "the rep in Scotland" picks rows by Territory."""
    return any(figure(value) is None and name_words(value) and name_words(value) <= question_words
               for cells in table.rows for _, value in cells)


@functools.lru_cache(maxsize=16)
def _article_words(text: str) -> frozenset[str]:
    return frozenset(search_words(text))


def _table_words(text: str, table: TableCells) -> set[str]:
    """The words of what says which table it is (`caption`), of its columns' names and of its rows' labels."""
    named = [caption(text, table), *table.columns, *(label for label in table.row_labels if label)]
    return set(question_names(frozenset(table_words(" ".join(named)))))
