"""A figure a question gives, asked as the band of a document's schedule it falls in: "… cover for a 10-night stay?" asks of
the line "Stays of 8 to 14 nights", "… if I cancel 20 days before arrival?" of the row "15 to 28 days", "my 9 year old …
music theory" of "Junior Theory (ages 8 to 12, …)", "exam entry fee grade 5" of "Exam entry, Grades 4 and 5" (bench/unseen21
and unseen22, written blind: another band's price or charge had answered, or none). A document sets out such a schedule
in two bands of the unit at least; the one band the figure falls in names it, one with an end above before one without
("Grades 4 and 5" before "Grade 3 and above"), one labelling a line or a cell before one in prose. Bands bounded twice
("Over 2 miles, up to 5"), by whom they are for in years unsaid ("Child (5–15)", "Senior (65 and over)"), an age said
alone ("I'm 67") and weeks before a date asked of a schedule of days ("5 weeks before departure": "29 to 56 days") are
read too (bench/unseen23, written blind)."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice, product
from math import inf
from typing import NamedTuple

from index.headings import LETTER
from index.tables import header_cell, table_cells

UNIT = r"(nights?|days?|weeks?|months?|years?|yrs?|hours?|minutes?|mins?|miles?|km|kg|litres?|liters?|people|persons?|guests?|players?|children|kids|(?:bin\s+)?bags?)"
# A figure as a schedule writes it, in parts or with decimals: "Vans 3,000–3,500 kg", "1.5 to 2.0 litres"
FIGURE = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?"
PREFIX = r"(ages?|aged|grades?)"  # a unit said before its figures: "ages 8 to 12", "Grades 4 and 5"
# Whom a fare or a class is for, whose bracket or bound is of years without saying so: "Child (5–15)", "Child under 5"
HOLDER = (r"(?:adults?|child|children|juniors?|youths?|infants?|toddlers?|babies|baby|seniors?|pensioners?|students?|pupils?|teens?"
          r"|teenagers?|kids?|young\s+(?:persons?|people))")
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
SAID_IN_WORDS = rf"\b(?:{'|'.join(NUMBER_WORDS)})\b"  # "my seven-year-old", "three of us"
# Someone's age said with no unit: "I'm 67 - what does a day return cost me?" (not "I'm 5 minutes late")
AGE_SAID = (r"\b(?:(?:I['’]m|I\s+am|(?:he|she)['’]s|(?:he|she|son|daughter|mum|dad|mother|father|wife|husband|partner)\s+is)"
            r"(?:\s+turning)?|(?:he|she|son|daughter)\s+turns)"  # "my daughter is turning 3" (bench/unseen26, written blind)
            rf"\s+(\d+|{SAID_IN_WORDS})(?!\s*[\w%£$]|[.,]\d)")
# How many people a question says there are: "a 2-hour private lesson for three of us" asks of "3–4 people"
PEOPLE_SAID = rf"(\b\d+|{SAID_IN_WORDS})\s+of\s+us\b"
# What a question gives: "a 10-night stay", "20 days before", "for 3 people"; "my 9 year old", "aged 9"; "grade 5"; "I'm 67"
QUANTITY = re.compile(rf"(?<![\d.,])({FIGURE}|{SAID_IN_WORDS})(?:-|\s+)(?:(?:day|evening|extra|adult)\s+(?=guests?\b))?{UNIT}(?:(?:-|\s+)old)?(?![\w-])"
                      rf"|\b{PREFIX}\s+(\d+)(?!\d|[.,]\d)|{AGE_SAID}|{PEOPLE_SAID}", re.IGNORECASE)  # "75 day guests": guests
# Weeks a question gives before a date, asked of a schedule of days: "cancel 5 weeks before departure" of "29 to 56 days"
WEEKS_BEFORE = re.compile(r"\s+(?:before|prior|notice|in\s+advance)\b", re.IGNORECASE)
BELOW = r"up\s+to|under|less\s+than|fewer\s+than|below|no\s+more\s+than"
ABOVE = r"over|more\s+than|above|at\s+least"
OPEN_BELOW = r"or\s+fewer|or\s+less|or\s+under|and\s+under|or\s+younger|and\s+younger"
OPEN_ABOVE = r"or\s+more|or\s+over|and\s+over|or\s+above|and\s+above|or\s+older|and\s+older|\+"
BOUND_SAID = re.compile(rf"\b(?:{BELOW}|{ABOVE})\s*$", re.IGNORECASE)
NO_WORD_BEFORE = r"(?<![\w.,])"
BANDS = [  # each with its figures, its unit and how it bounds them
    # a lower bound and an upper one: "Over 2 miles, up to 5"
    (re.compile(rf"{NO_WORD_BEFORE}({ABOVE})\s+({FIGURE})\s*{UNIT},?\s+(?:and\s+)?({BELOW})\s+({FIGURE})(?:\s*{UNIT})?(?![\w-])", re.IGNORECASE),
     "bounds"),
    (re.compile(rf"{NO_WORD_BEFORE}({BELOW}|{ABOVE})\s+({FIGURE})\s*{UNIT}(?![\w-])", re.IGNORECASE), "bound"),
    (re.compile(rf"{NO_WORD_BEFORE}({FIGURE})\s*(?:to|–|-)\s*({FIGURE})\s*{UNIT}(?![\w-])", re.IGNORECASE), "span"),
    (re.compile(rf"{NO_WORD_BEFORE}({FIGURE})\s*{UNIT}\s*({OPEN_BELOW}|{OPEN_ABOVE})(?![\w-])", re.IGNORECASE), "open"),
    (re.compile(rf"\b{PREFIX}\s+(\d+)\s*(?:to|–|-|and)\s*(\d+)(?![\w-]|[.,]\d)", re.IGNORECASE), "prefixed span"),
    (re.compile(rf"\b{PREFIX}\s+(\d+)\s*({OPEN_BELOW}|{OPEN_ABOVE})(?![\w-])", re.IGNORECASE), "prefixed open"),
    # "Child (5–15)", "Young Person Day (under 19)", "Child under 5"
    # (a word between one space apart, not across a column's gap: "Adult      Child (5-15)" of a header set out in spaces)
    (re.compile(rf"\b{HOLDER}(?: [^\W\d_]+)? ?\((\d+)\s*(?:to|–|-)\s*(\d+)\)", re.IGNORECASE), "holder span"),
    (re.compile(rf"\b{HOLDER}(?:(?: [^\W\d_]+)? ?\((?:({BELOW}|{ABOVE})\s+(\d+)|(\d+)\s*({OPEN_BELOW}|{OPEN_ABOVE}))\)"
                rf"|\s+(?:({BELOW}|{ABOVE})\s+(\d+)|(\d+)\s*({OPEN_BELOW}|{OPEN_ABOVE})))(?![\w-])", re.IGNORECASE),
     "holder bound"),
    (re.compile(r"\b(under|over)[- ](\d+)s\b", re.IGNORECASE), "plural bound"),  # "Under-13s: free"
]
# A table cell of a column named by its unit, of figures alone: "8–9", "16+", "Under 8", "65 and over"
CELL_BAND = re.compile(rf"(?P<low>{FIGURE})\s*(?:to|–|-)\s*(?P<high>{FIGURE})|(?P<bound>{BELOW}|{ABOVE})\s+(?P<figure>{FIGURE})"
                       rf"(?:,?\s+(?:and\s+)?(?P<upper_bound>{BELOW})\s+(?P<upper>{FIGURE}))?"  # "over 100, up to 140"
                       rf"|(?P<figure_>{FIGURE})\s*(?P<open>{OPEN_BELOW}|{OPEN_ABOVE})", re.IGNORECASE)
# What ends a label, three words after the band at most ("Teen (13–17) day ticket: £24"): a cell's end, leaders, a gap
LABEL_END = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}(?:[ \t]*(?:[\r\n|:;,()–—*_-]|\.\.|…|$)|[ \t]{2,})")
# What follows a band labelling a line set out in prose, three words at most, a dash or a colon, its value: " before – 50% refund"
BAND_VALUE = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}[ \t]*(?:[:–—]|[ \t]-)[ \t*_]*(?P<value>[^\s|*_][^\n|]*?)[ \t]*$", re.MULTILINE)
# A question asking for a sum, which a value without a figure does not give ("deposit for a 10 night stay" of "**7 nights or
# more:** the seventh night is free": bench/unseen24, written blind)
SUM_ASKED = re.compile(r"\bhow\s+much\b|\b(?:price|cost|fee|charge|deposit|amount)s?\b", re.IGNORECASE)
COLUMN_UNIT = re.compile(rf"\b(?:{UNIT[1:-1]}|{PREFIX[1:-1]})(?![\w-])", re.IGNORECASE)  # the last names it: "Day guests"
# A place and its distance, as a list of them says it: "Kingsmoor 17 miles"
PLACE_DISTANCE = re.compile(r"(?P<place>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(?P<distance>\d+(?:\.\d+)?\s+(?:miles?|km))\b")
NOT_A_PLACE = re.compile(rf"(?:{BELOW}|{ABOVE}|within|about|around|approximately|nearly|almost|only|just)", re.IGNORECASE)  # "Over 5 miles"
MOST_ASKED = 8  # ways a question is asked of the bands holding its figures (`in_bands`)
LABEL_OPENING = 3  # the most words before a band that open a line's label with it ("Stays of")


class Band(NamedTuple):
    start: int
    end: int
    unit: str
    low: float
    high: float | None  # None: no end above
    named: str = ""  # the label a table names its row by, where not the band as written: "Age 65+" of "| 65+ |" under "Age"


def _unit(word: str) -> str:
    word = word.lower()
    if word in ("people", "persons", "person"):
        return "person"
    if word in ("age", "ages", "aged", "year", "years", "yr", "yrs"):
        return "year"  # "my 9 year old" of "ages 8 to 12"
    if word in ("children", "kids"):
        return "child"  # "a party for 14 kids" of "11 to 15 children"
    if word.endswith(("bag", "bags")):
        return "bag"  # "40 bin bags" of a skip's "35-45 bin bags"
    return "minute" if word.startswith("min") else word.rstrip("s")


def _figure(written: str) -> float:
    """A figure as written: "3,200", "1.6", "9"."""
    return float(written.replace(",", ""))


def _bounded(written: str, bound: str) -> tuple[float, float | None]:
    """The figures a bound word and its figure take in, to the figure's last place: "under 10" to 9, "more than 56" from
    57, "over 2.0" from 2.1."""
    figure, bound = _figure(written), " ".join(bound.lower().split())
    step = 10 ** -len(written.partition(".")[2])
    if re.fullmatch(f"{BELOW}|{OPEN_BELOW}", bound):
        return 0, figure if bound in ("up to", "no more than") or bound.startswith(("or", "and")) else figure - step
    return (figure if bound in ("at least", "+") or bound.startswith(("or", "and")) else figure + step), None


@lru_cache(maxsize=64)
def bands_in(text: str) -> tuple[Band, ...]:
    """The bands of a quantity `text` sets out, in text order: worked out once an article, not once a question giving a
    figure."""
    found = []
    for pattern, form in BANDS:
        for match in pattern.finditer(text):
            if form == "bounds":
                low, high, unit = _bounded(match[2], match[1])[0], _bounded(match[5], match[4])[1], match[3]
            elif form == "bound":
                low, high = _bounded(match[2], match[1])
                unit = match[3]
            elif form == "span":
                low, high, unit = _figure(match[1]), _figure(match[2]), match[3]
            elif form == "open":
                (low, high), unit = _bounded(match[1], match[3]), match[2]
            elif form == "prefixed span":
                unit, low, high = match[1], _figure(match[2]), _figure(match[3])
            elif form == "prefixed open":
                unit, (low, high) = match[1], _bounded(match[2], match[3])
            elif form == "holder span":
                unit, low, high = "years", _figure(match[1]), _figure(match[2])
            elif form == "plural bound":
                unit, (low, high) = "years", _bounded(match[2], match[1])
            else:
                bound, figure, figure_, open_ = (match[1], match[2], match[3], match[4]) if match[1] or match[3] \
                    else (match[5], match[6], match[7], match[8])
                unit, (low, high) = "years", (_bounded(figure, bound) if figure else _bounded(figure_, open_))
            found.append(Band(match.start(), match.end(), _unit(unit), low, high))
    # a band within another is part of it: "Over 2 miles" of "Over 2 miles, up to 5"
    return tuple(sorted([*(band for band in found if not any(other.start <= band.start and band.end <= other.end
                                                              and other.end - other.start > band.end - band.start
                                                              for other in found)),
                         *_column_bands(text)]))


def _column_bands(text: str) -> list[Band]:
    """The bands of a table's column named by their unit, each its row's, at its row's label: "| Orange | 8–9 | …" under
    "| Group | Ages | …" is the band of years "Orange" (bench/unseen24, written blind: "… the coaching group for my
    9-year-old?" had been answered with another group's day)."""
    found = []
    for table in table_cells(text):
        # the labels' column too: "| Junior | 12–17 | £18 |" under "| Category | Age | Friday |"
        units = {column: _unit(named[-1]) for column in {cell[2] for cell in table.cells} if (named := COLUMN_UNIT.findall(column))}
        labels = {row: (start, end) for start, end, _, label, row in table.cells if label is None}  # each row's label cell
        for start, end, column, _, row in table.cells:
            bounded = CELL_BAND.fullmatch(text[start:end].strip()) if column in units else None
            label = labels.get(row) if bounded else None
            if label:
                # a label of figures alone is named with its column's name, as index/tables.py reads it
                named = f"{column} {text[start:end].strip()}" if label == (start, end) and not LETTER.search(text[start:end]) else ""
                found.append(Band(*label, units[column], *_cell_band(bounded), named))
        # columns named by a band of ages beside one named for whom it is: "| Stand | Adult | Over 65 | 16–21 | Under 16 |"
        # of a club's season tickets (bench/unseen18, written blind: "What would a 19-year-old pay …?" had been "free")
        if any(re.search(rf"\b{HOLDER}\b", column, re.IGNORECASE) for column in table.columns):
            for column in table.columns:
                bounded = CELL_BAND.fullmatch(column.strip())
                cell = next((start for start, _, name, label, _ in table.cells if name == column and label is not None), None)
                header = header_cell(text, cell, column) if bounded and cell is not None else None
                if header:
                    found.append(Band(*header, "year", *_cell_band(bounded)))
    return found


def _cell_band(bounded: re.Match) -> tuple[float, float | None]:
    """The figures a cell's band (`CELL_BAND`) takes in."""
    if bounded["high"]:
        return _figure(bounded["low"]), _figure(bounded["high"])
    if bounded["upper"]:
        return _bounded(bounded["figure"], bounded["bound"])[0], _bounded(bounded["upper"], bounded["upper_bound"])[1]
    return _bounded(bounded["figure"] or bounded["figure_"], bounded["bound"] or bounded["open"])


def _as_labelled(text: str, band: Band) -> str:
    """A band as its line's label says it: with the words opening the line before it, LABEL_OPENING at most ("Stays of 8 to
    14 nights"), or before the bracket it is in ("Junior Theory ages 8 to 12"), whose words a question must say to name
    the line (qa/spans.py `named_among`); the band alone otherwise."""
    if band.named:
        return band.named
    opening, said = _line_opening(text, band), text[band.start:band.end]
    if opening.endswith("(") and not re.search(r"[^\w\s(,]|\(.", opening):
        return f"{opening[:-1].strip()} {said}"
    return f"{opening.strip()} {said}" if len(opening.split()) <= LABEL_OPENING and not re.search(r"[^\w\s,]", opening) else said


def _line_opening(text: str, band: Band) -> str:
    """What its line says before a band."""
    return text[text.rfind("\n", 0, band.start) + 1:band.start]


def _labels_its_line(text: str, band: Band) -> bool:
    """Whether a band stands as a label of a schedule's line or cell, LABEL_OPENING words at most before it ("Over 2
    miles, up to 5" of a table, "Stays of 8 to 14 nights", "Regulation, half day (up to 4 hours)"), not as a clause of
    prose ("… free at any distance up to 5 miles for patients …")."""
    opening = _line_opening(text, band)
    opening = opening[opening.rfind("|") + 1:].lstrip("-*• \t").removesuffix("(")
    return len(opening.split()) <= LABEL_OPENING and not re.search(r"[^\w\s,]", opening) \
        and LABEL_END.match(text, band.end) is not None  # "Children under 12 must be …" is a sentence's


def in_bands(question: str, texts: list[str]) -> list[str]:
    """The question with each figure of a unit it gives ("10-night") written as a band of that unit the documents set out
    that holds it ("8 to 14 nights"), where a document sets out two bands of the unit at least, as it is otherwise: once
    for each band holding it, narrowest first, where several schedules' do ("my 9-year-old" of a ski school's "Junior
    (7–15)" lessons and its "Child (under 16)" hire), for the question's other words to choose between (MOST_ASKED at
    most)."""
    quantities = list(QUANTITY.finditer(question))
    options = [_bands_of(quantity, texts) or [quantity.group()] for quantity in quantities]
    asked = []
    for chosen in islice(product(*options), MOST_ASKED):
        pieces, at = [], 0
        for quantity, said in zip(quantities, chosen):
            pieces += [question[at:quantity.start()], said]
            at = quantity.end()
        asked.append("".join([*pieces, question[at:]]))
    return asked


def figures_held(question: str, texts: list[str]) -> list[tuple[int, int]]:
    """[start, end) of each figure of a unit the question gives that a band of the documents holds: "3,200" of "my 3,200
    kg van" is said by "Vans 3,000–3,500 kg", though no document writes it (qa/unmentioned.py)."""
    return [quantity.span() for quantity in QUANTITY.finditer(question) if _bands_of(quantity, texts)]


def band_lines(question: str, text: str) -> list[tuple[int, int]]:
    """[start, end) of the value of the one line of a schedule set out in prose that a band the question says whole
    labels, after its dash or colon ("- 3 to 14 days before – 50% refund" for "If I cancel … 3 to 14 days before the first
    one, how much do I get back?", as `in_bands` asks it: bench/unseen25, written blind, another line's had answered);
    none where several do."""
    sum_asked = SUM_ASKED.search(question) is not None
    found = {value.span("value") for band in bands_in(text) if _labels_its_line(text, band)
             and said_whole(_as_labelled(text, band), question) and (value := BAND_VALUE.match(text, band.end))
             and not (sum_asked and not re.search(r"\d", value["value"]))}
    return list(found) if len(found) == 1 else []


def bands_told(told: str, texts: list[str]) -> list[str]:
    """The bands holding the figures a user tells before asking ("We live 6 miles from Quillbrook." before "What does the
    pet taxi cost each way?": "Over 3 miles, up to 8"; bench/unseen24, written blind: another band's price had answered)."""
    return [bands[0] for quantity in QUANTITY.finditer(told) if len(bands := _bands_of(quantity, texts)) == 1]


def bands_of_places(question: str, texts: list[str]) -> list[str]:
    """The one band holding each distance a document gives a place the question names ("we're in Kingsmoor" of "Typical
    road distances from the workshop: … Kingsmoor 17 miles, …": "Over 12 miles, up to 25"; bench/unseen26, written blind:
    a figure of the list had answered)."""
    said = " ".join(question.split()).lower()
    found = []
    for text in texts:
        for place, distance in _places(text):
            if re.search(rf"\b{re.escape(place)}\b", said) and len(bands := _bands_of(QUANTITY.fullmatch(distance), texts)) == 1:
                found.append(bands[0])
    return list(dict.fromkeys(found))


@lru_cache(maxsize=64)
def _places(text: str) -> tuple[tuple[str, str], ...]:
    """Each place a text gives a distance (`PLACE_DISTANCE`), in small letters, with its distance: read once an article."""
    return tuple((place["place"].lower(), place["distance"]) for place in PLACE_DISTANCE.finditer(text)
                 if not NOT_A_PLACE.fullmatch(place["place"]))


def said_whole(phrase: str, question: str) -> bool:
    """Whether the question says a phrase (a band as labelled) whole, whatever its spaces and capitals."""
    return " ".join(phrase.split()).lower() in " ".join(question.split()).lower()


def _bands_of(quantity: re.Match, texts: list[str]) -> list[str]:
    """The bands of the documents holding a figure a text gives (`QUANTITY`), as labelled, narrowest first; none where the text
    bounds the figure itself ("… homes more than 2 miles away?" holds more than one) or a document says the figure as the
    question does, as a name ("a 5-day group course" of "5-day course", not of "3 to 14 days" before a lesson:
    bench/unseen25, written blind)."""
    if BOUND_SAID.search(quantity.string, 0, quantity.start()):
        return []
    if "-" in quantity.group() and any(re.search(rf"(?<![\w.,-]){re.escape(quantity.group())}(?![\w-])", text, re.IGNORECASE)
                                       for text in texts):
        return []
    if quantity[6]:
        unit, figure = "person", _count(quantity[6])
    else:
        unit, figure = _unit(quantity[2] or quantity[3] or "years"), _count(quantity[1] or quantity[4] or quantity[5])
    holding = _held_by(texts, unit, figure)
    if not holding and unit == "week" and WEEKS_BEFORE.match(quantity.string, quantity.end()):
        holding = _held_by(texts, "day", figure * 7)
    # narrowest first: "about 3.5 hours of regulation" is a "half day (up to 4 hours)" before a "full day (up to 7 hours)"
    # and a cancellation's "Less than 24 hours" (bench/unseen26, written blind)
    return sorted({band.lower(): band for band in sorted(holding)}.values(), key=lambda band: (holding[band], band))


def _count(said: str) -> float:
    """A figure said in figures or in words ("three")."""
    return NUMBER_WORDS.index(said.lower()) + 1 if said.lower() in NUMBER_WORDS else _figure(said)


def _held_by(texts: list[str], unit: str, figure: float) -> dict[str, float]:
    """The bands of the unit holding the figure, as labelled, each with its width; those labelling lines before those in
    prose."""
    closed, open_, in_prose = {}, {}, {}
    for text in texts:
        bands = [band for band in bands_in(text) if band.unit == unit]
        if len({(band.low, band.high) for band in bands}) < 2:
            continue
        # a band without an end above is the schedule's last, above its highest closed one: "More than 56 days" after "29
        # to 56 days", "Senior (65 and over)" above "Child (5–15)", not the strings class's "Grade 3 and above" among the
        # exams' grades
        top = max((band.high for band in bands if band.high is not None), default=None)
        for band in bands:
            if band.low <= figure and (band.high is None or figure <= band.high) \
                    and (band.high is not None or top is None or band.low > top):
                labelled = " ".join(_as_labelled(text, band).split())
                holding = in_prose if not _labels_its_line(text, band) else closed if band.high is not None else open_
                holding[labelled] = min(holding.get(labelled, inf), inf if band.high is None else band.high - band.low)
    # of bands in prose, one alone: "Children under 12 must …" beside "… for ages 4–11" says which is no schedule's
    return closed or open_ or (in_prose if len({band.lower() for band in in_prose}) == 1 else {})
