"""The table cell a question picks by a superlative over one of a table's columns: "Who booked the most demos?" is the
row whose Demos booked is the greatest, "Aisling Burke". The reader, taught on SQuAD's prose, compares no figures: it had
answered with another row's rep (bench/mixed-tables). The answer is still a cell copied from the article: the row's
label, the figure itself ("What was the highest rainfall?", "How much did the top-fundraising region raise?"), or the
row's cell in another column the question asks for ("How many items did the branch with the fewest visits lend?").
Where a question may mean something else than the figures say, it is left to the reader: the measure of the
comparison is not the column's ("the most calls per demo"), figures are in unlike units ("1 TB", "512 GB") or are
places ("1st"), which is better is not said by the column ("the best score": a golfer's is the least), rows tie, or
the question's words point to another table or to none."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from index.labels import FUNCTION_WORDS
from index.lexical import article_search_words, search_words
from index.tables import TableCells, caption, header_cell, table_cells
from qa.choices import choices_offered
from qa.spans import alike, name_words, named_among, question_names, table_words

# Comparing words, and whether they ask for the greatest (1) or the least (-1).
COMPARING = {**dict.fromkeys(("most", "highest", "largest", "biggest", "greatest", "maximum", "top", "longest"), 1),
             **dict.fromkeys(("least", "lowest", "smallest", "fewest", "minimum", "bottom", "shortest"), -1)}
# "Best" and "worst" are the greatest and least only of a rating, a satisfaction or a share of a target: of a score or
# a rate either may be better (a golfer's score, an unemployment rate).
JUDGING = {"best": 1, "worst": -1}
JUDGED = frozenset({"rating", "satisfaction", "target"})
# Before a comparing word that compares: "the most demos", "the league's top scorer", "came bottom"; not "at most 6",
# "most of them".
COMPARING_AFTER = frozenset({"the", "s", "came", "finished", "ranked"})
# "Most", "least" and "fewest" compare after a verb too ("Which team scored most goals?", "…visited most often"), but
# not "at most 6", "most of them", nor "is most likely".
BARE = frozenset({"most", "least", "fewest"})
NOT_BEFORE_BARE = frozenset({"at", "is", "are", "was", "were", "be", "been"})
PRICE = ("price", "cost", "fee")
TIME = ("time",)
WEIGHT = ("weight",)
RAIN = ("rainfall", "precipitation", "rain")
TEMPERATURE = ("temperature", "temp")
DISTANCE = ("range", "distance")
# Superlatives that say what they compare, by a word of the column's name, the first that names one column alone:
# "the wettest month" compares Rainfall, not Rain days. A price is also a column of pounds ("Total for 40 units (£)"),
# and a time one of times taken ("1:19:03"), of which the fastest is the least.
MEASURED = {"cheapest": (-1, PRICE), "dearest": (1, PRICE), "heaviest": (1, WEIGHT), "lightest": (-1, WEIGHT),
            "wettest": (1, RAIN), "driest": (-1, RAIN), "hottest": (1, TEMPERATURE), "warmest": (1, TEMPERATURE),
            "coldest": (-1, TEMPERATURE), "sunniest": (1, ("sunshine", "sun")), "furthest": (1, DISTANCE),
            "farthest": (1, DISTANCE), "fastest": (-1, TIME), "quickest": (-1, TIME), "slowest": (1, TIME)}
MEASURED_AFTER = {"expensive": PRICE, "costly": PRICE}  # "the most expensive", "the least expensive"
# A comparative between the options a question offers ("Which is cheaper, the Nimbus 50 or the Nimbus 50 Pro?") asks for
# the superlative among them (qa/choices.py).
COMPARATIVES = {"cheaper": "cheapest", "dearer": "dearest", "heavier": "heaviest", "lighter": "lightest",
                "wetter": "wettest", "drier": "driest", "hotter": "hottest", "warmer": "warmest", "colder": "coldest",
                "sunnier": "sunniest", "further": "furthest", "farther": "farthest", "faster": "fastest",
                "quicker": "quickest", "slower": "slowest", "higher": "highest", "lower": "lowest", "larger": "largest",
                "bigger": "biggest", "greater": "greatest", "smaller": "smallest", "longer": "longest",
                "shorter": "shortest", "more": "most", "less": "least", "fewer": "fewest"}
# Verbs asking for a column's value: "What does the lightest bike cost?" asks for its Price.
ASKING_VERBS = {"cost": PRICE, "costs": PRICE, "weigh": WEIGHT, "weighs": WEIGHT}
# "How heavy is the lightest bike?", "How long did the fastest runner take?": the figure compared.
HOW_ADJECTIVES = frozenset({"long", "heavy", "far", "fast", "big", "tall", "high", "old", "large", "hot", "cold", "wet"})
# Words that make the comparison another than of the column's figures: "the most calls per demo", "relative to
# target", "the highest price increase" (of a column of prices).
RELATIVE = frozenset({"per", "relative", "ratio", "proportionally", "increase", "increases", "decrease", "change",
                      "changes", "growth", "grew", "rise", "rose", "fall", "fell", "drop", "dropped", "gain", "improvement",
                      "improved", "difference", "compared", "versus", "vs"})
PER_UNIT = frozenset({"unit", "per", "each"})  # a column of prices each: "the lowest price per laptop" is its
# Columns of places in an order, whose "highest" is ambiguous: the 1st, or the greatest number?
ORDERS = frozenset({"rank", "ranking", "position", "place", "pos", "seed"})
# What "where" and "who" ask for: a column of places, of people.
PLACES = frozenset({"location", "address", "place", "site", "venue", "city", "town", "village", "region", "area", "country"})
PEOPLE = frozenset({"name", "rep", "runner", "player", "member", "pupil", "student", "employee", "staff", "captain",
                    "lead", "leader", "manager", "head", "teacher", "author", "driver", "owner", "candidate", "athlete",
                    "rider", "agent", "seller", "contact", "officer", "coach", "winner", "person", "volunteer", "organiser"})
# A row summing the others is none of them: "Team total" has the most calls of all. Wherever it is, a row whose label
# says a total; last, one whose figure is the others' sum, or whose label says a sum or mean ("All branches", "Year",
# "Full year") and whose figure may be one: not "All Saints", a school, nor an "Annual" ticket dearer than the others
# together.
TOTAL_WORDS = frozenset({"total", "subtotal"})  # as `name_words` has them: "Totals" is "total"
SUMMARY_LABELS = frozenset({"sum", "average", "mean", "median", "overall", "year", "annual", "all", "full", "whole",
                            "combined", "ytd", "to", "date", "grand", "cumulative"})
ALL_OF = re.compile(r"(?:ALL|[Aa]ll)\s+[a-z]+s")  # "All branches", "All sites"; not "All Saints"
SUM_TOLERANCE = 0.001  # of a total, as its figure and the others' sum may differ by their rounding
# One figure, with a sign before or after a currency, and a unit ("£18,750", "117%", "3.5 kg", "−4", "-£1,200"); not a
# range, nor two figures. An account's "(12)" is a loss. Or a time taken, "1:19:03" or "24:56". A place ("4th") is none.
FIGURE = re.compile(r"([+\-−]?)([^\w\s+\-−()]{0,3})\s?([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?([^\d\s()]{0,6})")
DURATION = re.compile(r"(\d{1,3}):([0-5]\d)(?::([0-5]\d))?")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
LOSS = re.compile(r"\(([^()]+)\)")
EMPHASIS = re.compile(r"^[*_]+|[*_]+$")
YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a figure that names a row, as no other does
ASKS_HOW_MUCH = ("how", "many"), ("how", "much")
# "What was the highest rainfall?" asks for the figure; "What month had the most rain?" for the row.
ASKS_FOR_THE_FIGURE = frozenset({("what", copula, "the") for copula in ("is", "was", "are", "were", "s")})
TOKEN = re.compile(r"[^\W_]+")
# "In January 2025, what was …": a phrase before the question proper, whose words still qualify it
OPENING_PHRASE = re.compile(r"\s*(?:in|on|for|during|at|by|of|from)\b[^,?]{1,40},\s*", re.IGNORECASE)
# Words of a column's name that name nothing by themselves ("% of target" is no "number of field points").
MINOR_WORDS = frozenset({"a", "an", "the", "of", "per", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from"})
# The words right after a comparing word, up to one of these, say what it compares (`_says_only`).
ENDS_COMPARED = MINOR_WORDS | {"is", "are", "was", "were", "did", "do", "does", "has", "had", "have", "that", "who",
                               "which", "than", "during", "across", "among", "over", "any", "each", "every", "once"}
ANY_MEASURE = frozenset({"number", "amount", "figure", "value", "count", "total", "monthly", "weekly", "daily",
                         "yearly", "annual", "overall", "often", "frequently"})
MONEY = frozenset({"money", "cash", "funds"})
SHARE = frozenset({"percentage", "percent", "proportion", "share"})
CURRENCY_SIGNS = "£$€¥₹"
# A column's name may shorten the question's word: "Mean min (°C)" is "the lowest mean minimum temperature"'s.
SHORTENED = {"minimum": "min", "maximum": "max", "temperature": "temp", "average": "avg", "number": "no",
             "quantity": "qty", "percentage": "pct"}
# Words that say which table a question is of, as a figure does ("in March", "on Tuesday"): each must be said of the
# table (its caption, columns, labels, or the article's opening lines), not only in its cells, where it picks rows.
CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
OPENING_LINES = 2  # an article's title and the line under it, which may say the year its tables are of
# Of the question's words, those that need not be the article's for a table of it to answer: "Who made the fewest
# calls?" of a table that says no "made". Of the others, one in lower case the article does not say may be the asker's
# word for one it does ("the lowest price in the comparison" of a group test); more, or a name, ask of what it does not
# hold: "Which house raised the most money on the cake stall?" of a hospice appeal's regions.
UNSAID_WORDS = 1
NEED_NOT_BE_SAID = FUNCTION_WORDS | ANY_MEASURE | MONEY | SHARE | frozenset(search_words(" ".join(
    ["make made makes get got gets have had take took give gave come came go went one any all there up out off down",
     *COMPARING, *JUDGING, *MEASURED, *MEASURED_AFTER, *COMPARING_AFTER, *HOW_ADJECTIVES])))
COMPARATIVE_WORDS = frozenset(search_words(" ".join(COMPARATIVES)))  # need not be said where they compare the options
LABEL = None  # the answer column of a row's label
REFUSE = ""  # no answer column: the question asks for several, or for what a column of figures is no kind of


class Superlative(NamedTuple):
    """A question's comparing word: whether it asks for the greatest (1) or the least (-1), the words one of which names
    the column it compares where the word says them ("cheapest"), whether it compares only a column that says which is
    better ("best"), and its place among the question's lower-cased words."""

    direction: int
    kinds: tuple[str, ...] | None
    judging: bool
    at: int


class Table(NamedTuple):
    """A table as questions compare its rows, worked out once an article (`_tables`)."""

    cells: TableCells  # its rows labelled (`_labelled`)
    own: frozenset[str]  # the words said of it alone: its caption's, columns' and labels'
    about: frozenset[str]  # and the article's opening lines', said of all its tables
    body: frozenset[str]  # the words of its cells but its labels
    values: tuple[frozenset[str], ...]  # the words of each cell of words, but its labels: a value that picks rows
    transposed: "Table | None" = None  # read with its columns as its rows (`_transposed`)


def figure(cell: str) -> float | None:
    """The one number a cell holds, written with thousands' commas, a sign, a currency or a unit, or in bold, or the
    seconds of a time taken ("1:19:03"); None for a cell holding none ("n/a", "") or more than one ("10–15", "3 of 5")."""
    return _figure(cell)[0]


def _figure(cell: str) -> tuple[float | None, str]:
    """`figure`, and what is written around it: its currency and unit ("£|kg", ":" of a time taken), which the figures
    compared must share."""
    cell = EMPHASIS.sub("", cell.strip())
    if duration := DURATION.fullmatch(cell):
        hours, minutes, seconds = (int(part) for part in duration.groups(default="0"))
        return float(hours * 3600 + minutes * 60 + seconds if duration.group(3) else hours * 60 + minutes), ":"
    if loss := LOSS.fullmatch(cell):
        value, around = _figure(loss.group(1))
        return (-value if value is not None and value >= 0 else None), around
    match = FIGURE.fullmatch(cell)
    if match is None or ORDINAL.fullmatch(cell) or match.group(1) and match.group(3):
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
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        bare = token in BARE and at and tokens[at - 1] not in NOT_BEFORE_BARE and following != "of"
        if (token in COMPARING or token in JUDGING) and at and (tokens[at - 1] in COMPARING_AFTER or bare):
            return Superlative(COMPARING.get(token) or JUDGING[token], MEASURED_AFTER.get(following), token in JUDGING, at)
    return None


def asked_comparative(tokens: list[str]) -> Superlative | None:
    """The superlative the first comparative of a question's lower-cased `tokens` asks for among the options it offers
    ("cheaper": the cheapest of them); None without one."""
    for at, token in enumerate(tokens):
        superlative = COMPARATIVES.get(token)
        if superlative in MEASURED:
            return Superlative(*MEASURED[superlative], False, at)
        if superlative in COMPARING:
            following = tokens[at + 1] if at + 1 < len(tokens) else ""
            return Superlative(COMPARING[superlative], MEASURED_AFTER.get(following), False, at)
    return None


def superlative_cells(question: str, article_text: str) -> list[tuple[int, int]]:
    """[start, end) of the cell that answers the question's superlative (`asked_superlative`) from the article's one table
    the question is of: in the one row whose figure in the column compared is the greatest or least (no total's), the
    cell `_answer_column` says. Of several tables whose column it could compare, the one whose caption says the words of
    the question that tell them apart ("July" of "January 2025" and "July 2025"). None where the question asks two
    comparisons, or of what the article does not say (UNSAID_WORDS), or says a figure or a month no table is of."""
    opening = OPENING_PHRASE.match(question)
    written = TOKEN.findall(question[opening.end():] if opening else question)
    tokens = [token.lower() for token in written]
    asked, among = asked_superlative(tokens), None
    if asked is None and (offered := choices_offered(question)) is not None:  # "Which is cheaper, X or Y?"
        asked, among = asked_comparative(tokens), offered.options
    if asked is None or asked_superlative(tokens[asked.at + 1:]) is not None \
            or _asks_of_the_unsaid(TOKEN.findall(question), article_text, COMPARATIVE_WORDS if among else frozenset()):
        return []  # "the most calls but the fewest demos"
    question_words = question_names(frozenset(table_words(question)))
    qualifiers = {word for word in question_words if word[0].isdigit() or word in CALENDAR}
    tables = [table for table in _tables(article_text) if qualifiers <= table.about | table.body
              and not (qualifiers - table.about) & table.body]  # said of the table ("in 2024"), or picking rows
    for views in (tables, [table.transposed for table in tables if table.transposed]):  # its columns compared, if none of its rows
        comparable = [(table, column) for table in views
                      if (column := _compared_column(tokens, question_words, asked, table.cells)) is not None]
        if comparable:
            break
    if len(comparable) > 1:
        said = {table: table.own & question_words - FUNCTION_WORDS for table, _ in comparable}
        telling = frozenset().union(*said.values()) - frozenset.intersection(*said.values())
        comparable = [(table, column) for table, column in comparable if telling and telling <= said[table]]
    cell = _answer(tokens, question_words, asked, *comparable[0], written[asked.at + 1:], among) if len(comparable) == 1 else None
    return [_without_emphasis(article_text, *cell)] if cell else []


def _asks_of_the_unsaid(written: list[str], text: str, need_not_be_said: frozenset[str] = frozenset()) -> bool:
    """Whether the question's words the article does not say are more than UNSAID_WORDS, or a name (`NEED_NOT_BE_SAID`,
    and `need_not_be_said`)."""
    said = article_search_words(text)
    unsaid = [(at, word) for at, word in enumerate(written)
              if (words := set(search_words(word)) - NEED_NOT_BE_SAID - need_not_be_said) and not words <= said]
    return len(unsaid) > UNSAID_WORDS or any(at and word[0].isupper() for at, word in unsaid)


def _answer(tokens: list[str], question_words: frozenset[str], asked: Superlative, table: Table, column: str,
            following: list[str], among: tuple[frozenset[str], ...] | None = None) -> tuple[int, int] | None:
    """[start, end) of the table's cell answering the question (`superlative_cells`) by comparing `column`
    (`_compared_column`); `following`: the words after the comparing one, as written; `among`: the words of the options
    offered, whose rows alone are compared (`_rows_named`)."""
    cells = table.cells
    if among is None and (_names_a_row(question_words, cells) or any(value and value <= question_words for value in table.values)):
        return None  # "What is the most calls Priya made?", "the rep in Scotland with the most calls"
    rows = range(len(cells.rows)) if among is None else _rows_named(among, cells)
    if not rows:
        return None
    if asked.kinds is None and not _says_only(_compared_words(tokens, asked.at), column, cells):
        return None
    if asked.judging and not name_words(column) & JUDGED or name_words(column) & ORDERS:
        return None  # "the best score", "the highest place"
    if _compares_otherwise(following, column) or any(sum(name == column for name, _ in row) > 1 for row in cells.rows):
        return None  # "the most calls per demo"; two columns of one name
    last = len(cells.rows) - 1
    read = {row: _figure(cell) for row, values in enumerate(cells.rows) for name, cell in values
            if name == column and row in rows and not _says_a_total(cells.row_labels[row])}
    counted = {row: value for row, (value, _) in read.items() if value is not None}
    if last in counted and _says_a_summary(cells.row_labels[last]) and _may_sum(counted[last], [
            value for row, value in counted.items() if row != last]):
        del counted[last]
    units = {unit for value, unit in read.values() if value is not None}
    if len(counted) < 2 or len(counted) * 2 < len(read) or len(units) > 1 or asked.kinds == TIME and units != {":"}:
        return None  # words with a figure here and there; "1 TB" and "512 GB"; "the fastest" of no times taken
    winners = _winners(counted, asked.direction, last)
    wanted = _answer_column(tokens, question_words, asked, column, cells)
    if len(winners) != 1 or wanted == REFUSE:
        return None
    return next(((start, end) for start, end, name, label, row in cells.cells if row == winners[0] and end > start
                 and (name == wanted if wanted is not LABEL else label is None)), None)


def _compared_column(tokens: list[str], question_words: frozenset[str], asked: Superlative, table: TableCells) -> str | None:
    """The column the superlative compares: the one named by the first of its `kinds` to name one ("the wettest"), a
    price's also by the question's words among columns of pounds ("the most expensive quote for all 40 laptops", "Total
    for 40 units (£)"); else the one the words after it name ("the most demos", "Demos booked"), or name whole, or
    the total of those ("the most points", "Total points"), or the one the question names whole ("raised the most
    money", "Raised"), of several the one just before it; of pounds or per cents where those words ask for money or a
    share ("the highest share")."""
    if asked.kinds is not None:
        for kind in asked.kinds:
            columns = [column for column in table.columns if kind in name_words(column)]
            if asked.kinds == PRICE:
                columns += [column for column in table.columns if column not in columns and _column_of(table, column, CURRENCY_SIGNS)]
                columns = [column for column in columns if (name_words(column) - MINOR_WORDS - set(PRICE)) & question_words] \
                    or columns
            if len(columns) == 1:
                return columns[0]
        return None
    after = question_names(frozenset(tokens[asked.at + 1:]))
    columns = [column for column in table.columns if _says_a_word_of(after, column)]
    if len(columns) > 1:
        columns = [column for column in columns if _says_every_word_of(after, column)] or \
                  [column for column in columns if "total" in name_words(column)]
    if not columns:  # those the question names whole ("raised the most money": Raised)
        columns = [column for column in table.columns if _says_every_word_of(question_words, column)]
        if len(columns) > 1:  # of several, the one the words just before it name most of ("… whose members visited most
            # often": "Visits per member", not "Members")
            before = question_names(frozenset(tokens[max(0, asked.at - 3):asked.at]))
            said = {column: sum(any(_same(word, asked_word) for asked_word in before) for word in name_words(column))
                    for column in columns}
            columns = [column for column in columns if said[column] and said[column] == max(said.values())]
    compared = _compared_words(tokens, asked.at)
    if compared[:1] and compared[0] in SHARE | MONEY:  # of those, the pounds; or any column of per cents, of pounds
        signs = "%" if compared[0] in SHARE else CURRENCY_SIGNS
        columns = [column for column in columns if _column_of(table, column, signs)] or \
                  [column for column in table.columns if _column_of(table, column, signs)]
    return columns[0] if len(columns) == 1 else None


def _answer_column(tokens: list[str], question_words: frozenset[str], asked: Superlative, compared: str,
                   table: TableCells) -> str | None:
    """The column whose cell of the row compared answers: LABEL for the row's label where the question asks "which" of
    the rows' kind ("Which ward recycled the highest share of its household waste?", not its Households), else the
    other column it asks for: named whole, or by the word it asks "what"/"how many" of ("What score …", "How many items
    …"), or by a verb ("What does the lightest bike cost?", Price); else the figure compared where it asks "how many",
    "how heavy", "What was the highest rainfall?" or "What is the price of the cheapest bike?"; else the one column of
    places or people "where" or "who" asks for (Location, Lead) but where the rows are such; else LABEL. REFUSE where
    it asks for several, or "which" of a column of figures ("Which event raised the most money?" of Events held)."""
    kind = _kind(table)
    head = tokens[1:2]
    if tokens[:1] in (["which"], ["what"]) and _names_word(head, kind):
        return LABEL
    asked_of = head if tokens[:1] == ["what"] else tokens[2:3] if tuple(tokens[:2]) in ASKS_HOW_MUCH else []
    verbs = {word for token in tokens if token in ASKING_VERBS for word in ASKING_VERBS[token]}
    others = {column for column in table.columns if column != compared and (
        _says_every_word_of(question_words, column) or _names_word(asked_of, column) or verbs & name_words(column))}
    if len(others) > 1 and tokens[:1] == ["what"] and tuple(tokens[:3]) in ASKS_FOR_THE_FIGURE:
        # of several, the one it asks "what is the" of: "what was the monthly fee at the site whose members…"
        others = {column for column in others if _says_every_word_of(question_names(frozenset(tokens[3:6])), column)}
    if others:
        return next(iter(others)) if len(others) == 1 else REFUSE
    before = question_names(frozenset(tokens[:asked.at]))
    if tuple(tokens[:2]) in ASKS_HOW_MUCH or tokens[:1] == ["how"] and head and head[0] in HOW_ADJECTIVES \
            or tuple(tokens[:asked.at]) in ASKS_FOR_THE_FIGURE and (
                asked.kinds is None or any(_names_word([word], compared) for word in _compared_words(tokens, asked.at))) \
            or tokens[:1] == ["what"] and _says_every_word_of(before, compared):
        return compared
    if tokens[:1] in (["where"], ["who"]):
        wanted = PLACES if tokens[0] == "where" else PEOPLE
        columns = [column for column in table.columns if column != compared and name_words(column) & wanted]
        return columns[0] if len(columns) == 1 and not name_words(kind) & wanted else LABEL
    if tokens[:1] in (["which"], ["what"]) and any(
            figure(cell) is not None for cells in table.rows for name, cell in cells if _names_word(head, name)):
        return REFUSE
    return LABEL


def _compares_otherwise(following: list[str], column: str) -> bool:
    """Whether words after the comparing word make it compare other than the column's figures (RELATIVE): "the most
    calls per demo", not "the lowest price per laptop" of a column of prices each ("Unit price"), nor a name's ("at
    Carrow Fell": `following` holds a name's words as written)."""
    words = name_words(column)
    return any(word in RELATIVE and word not in words and not (word == "per" and words & PER_UNIT) for word in following)


def _winners(counted: dict[int, float], direction: int, last: int) -> list[int]:
    """The rows of the greatest or least figure, but the last row where its figure is the sum of two others or more (a
    total's, however labelled: "Combined", "YTD")."""
    best = (max if direction > 0 else min)(counted.values())
    winners = [row for row, value in counted.items() if value == best]
    others = [value for row, value in counted.items() if row != last]
    if winners == [last] and len(others) >= 2 and abs(best - sum(others)) <= SUM_TOLERANCE * abs(best):
        return _winners({row: value for row, value in counted.items() if row != last}, direction, -1)
    return winners


def _may_sum(value: float, others: list[float]) -> bool:
    """Whether a figure may be the `others`' sum (to its rounding) or mean (between their least and greatest)."""
    return bool(others) and (abs(value - sum(others)) <= SUM_TOLERANCE * abs(value) or min(others) <= value <= max(others))


def _column_of(table: TableCells, column: str, signs: str) -> bool:
    """Whether the column's name, or most of its cells, hold one of the `signs` ("%", or a currency's)."""
    if any(sign in column for sign in signs):
        return True
    cells = [cell for cells in table.rows for name, cell in cells if name == column and cell.strip()]
    return sum(any(sign in cell for sign in signs) for cell in cells) * 2 > len(cells) > 0


def _kind(table: TableCells) -> str:
    """The name of the rows' labels' column: what kind of thing each row is ("Rep", "Branch")."""
    return next((name for _, _, name, label, _ in table.cells if label is None), "")


def _names_word(words: list[str], column: str) -> bool:
    """Whether one of `words` (the question's, lower-cased) says a word of the column's name."""
    return _says_a_word_of(question_names(frozenset(words)), column)


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
    """Whether `words` (`_compared_words`) say the `column`: each up to one of its name's is any measure's ("number"),
    or the rows' kind ("the top region"), or a word of money or shares where the column is one of them; the words after
    one of its name's are the question's ("demos booked make"). "The most profit" is none of a table's Events held,
    "the most e-book loans" no Items loaned."""
    kind = _kind(table)
    for word in words:
        if _names_word([word], column):
            return True
        if not (word in ANY_MEASURE or _names_word([word], kind) or word in MONEY and _column_of(table, column, CURRENCY_SIGNS)
                or word in SHARE and _column_of(table, column, "%")):
            return False
    return True


def _says_a_total(label: str | None) -> bool:
    """Whether a row's label says a total (TOTAL_WORDS), wherever it is; a row without a label is no row compared either."""
    return label is None or bool(name_words(EMPHASIS.sub("", label.strip())) & TOTAL_WORDS)


def _says_a_summary(label: str | None) -> bool:
    """Whether the last row's label may say a sum or mean of the others (SUMMARY_LABELS, "All branches")."""
    label = EMPHASIS.sub("", (label or "").strip())
    words = name_words(label)
    return bool(words) and words <= SUMMARY_LABELS or bool(ALL_OF.fullmatch(label))


def _rows_named(among: tuple[frozenset[str], ...], table: TableCells) -> list[int]:
    """The row each option (its searched words) names, by all the words of its label ("the Nimbus 50" the row "Nimbus
    50", not "Nimbus 50 Pro"), or by those among them; none where an option names no row or several."""
    labels = [frozenset(search_words(label or "")) - FUNCTION_WORDS for label in table.row_labels]
    rows = []
    for option in among:
        holding = [row for row, words in enumerate(labels) if option <= words]
        holding = [row for row in holding if labels[row] == option] or holding
        if len(holding) != 1:
            return []
        rows += holding
    return rows if len(set(rows)) == len(rows) else []


def _names_a_row(question_words: frozenset[str], table: TableCells) -> bool:
    """Whether the question names one of the table's rows, whole or by a word of its label ("Priya" of "Priya Okonedo"):
    it asks for a cell then, or about that row ("What is the most calls Priya made?")."""
    last = len(table.row_labels) - 1
    return bool(named_among(question_words, table.labels)) or any(
        word in question_words for row, label in enumerate(table.row_labels)
        if not _says_a_total(label) and not (row == last and _says_a_summary(label))
        for word in name_words(label) - MINOR_WORDS if len(word) >= 3 and not word[0].isdigit())


def _without_emphasis(text: str, start: int, end: int) -> tuple[int, int]:
    """A cell's [start, end) without the Markdown emphasis around its text ("**Swift**" is answered "Swift")."""
    while end - start > 2 and text[start] in "*_" and text[end - 1] == text[start]:
        start, end = start + 1, end - 1
    return start, end


@functools.lru_cache(maxsize=16)
def _tables(text: str) -> tuple[Table, ...]:
    """The article's tables as questions compare them (`Table`), worked out once an article: a question with a
    superlative is asked of all of them."""
    opening = _words(" ".join([line for line in text.splitlines() if line.strip()][:OPENING_LINES]))
    def compared(cells: TableCells, transposed: Table | None = None) -> Table:
        own = _words(" ".join([caption(text, cells), *cells.columns, *(label for label in cells.row_labels if label)]))
        values = [cell for row in cells.rows for _, cell in row]
        return Table(cells, own, own | opening, _words(" ".join(values)),
                     tuple(name_words(value) for value in values if figure(value) is None), transposed)

    return tuple(compared(cells, compared(columns) if (columns := _transposed(text, cells)) else None)
                 for cells in (_labelled(text, table) for table in table_cells(text)))


def _transposed(text: str, table: TableCells) -> TableCells | None:
    """The table with its columns read as its rows, each labelled by its header cell, and its rows as its columns: the
    things a comparison compares may be its columns ("| Specification | Corvex Aero 14 | Lumina Slate 13 |" over rows
    "Starting price", "Weight"), and "Which of the three ultrabooks is the cheapest?" compares the row Starting price (a
    set written blind, session 54). None where fewer than two columns are named by words, or its rows' labels are not
    each different."""
    columns, labels = table.columns, table.row_labels
    if len(columns) < 2 or any(figure(name) is not None for name in columns) or None in labels or len(set(labels)) < len(labels):
        return None
    headers = {}
    for start, _, name, _, _ in table.cells:
        if name in columns and name not in headers:
            headers[name] = header_cell(text, start, name)
    if None in headers.values() or len(headers) < len(columns):
        return None
    cells = [(start, end, label, name, columns.index(name)) for start, end, name, label, _ in table.cells if name in columns]
    cells += [(*headers[name], "", None, row) for row, name in enumerate(columns)]  # each row's label: its header cell
    rows = tuple(tuple((labels[row], cell) for row, values in enumerate(table.rows) for name, cell in values if name == column)
                 for column in columns)
    return TableCells(table.start, table.end, tuple(sorted(cells)), rows, columns, labels, columns)


def _words(text: str) -> frozenset[str]:
    return question_names(frozenset(table_words(text)))


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
