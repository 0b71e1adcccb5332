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

from index.headings import LETTER, heading_before
from index.labels import FUNCTION_WORDS
from index.lexical import article_search_words, search_words
from index.tables import body_cell, header_cell, header_over, in_header_row, line_end, line_start, table_cells
from qa.grammar import singular
from qa.spans import days_spanned, sentence_bounds, weekday_names
from qa.time_ranges import TIME
from qa.yes_or_no import asks_yes_or_no

UNIT = r"(nights?|days?|weeks?|months?|years?|yrs?|hours?|minutes?|mins?|miles?|km|kg|litres?|liters?|people|persons?|guests?|players?|children|kids|(?:bin\s+)?bags?)"
# Things a schedule counts in bands of its own, of any name ("1 to 4 shirts", "51 to 150 sheets"), as a document says them
# (in the plural) and as a question does ("7 shirts", "a 120 sheet report", in small letters: not "10 Market Street"); matched
# by their singular (`_unit`)
COUNTED = r"(?!(?:and|or|to|the|for|per|each|from|with)\b)[^\W\d_]{3,}s"
COUNTED_ASKED = r"(?!(?:and|or|to|the|for|per|each|from|with|of|in|on|at|by|am|pm|off|days?|weeks?|months?|years?)\b)(?-i:[a-z])[^\W\d_]{2,}"
BAND_ASKED = re.compile(r"\b(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?(?:band|group|bracket|range|category|class|tier|size|ticket|fare|pass|level|age)\b",
                        re.IGNORECASE)
COUNTED_BY_CHARS = 400  # how far before bands of a count the words saying what they count are (a heading, a lead-in)
CLOCK = "time of day"  # the unit of bands of times of day, in minutes after midnight
COUNT = "count"  # the unit of bands of a count of things a table's rows name, not said with the figures ("1–99")
# A figure as a schedule writes it, in parts or with decimals: "Vans 3,000–3,500 kg", "1.5 to 2.0 litres"
FIGURE = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?"
PREFIX = r"(ages?|aged|grades?|years?)"  # a unit said before its figures: "ages 8 to 12", "Grades 4 and 5", school "Years 7 to 9"
# Whom a fare or a class is for, whose bracket or bound is of years without saying so: "Child (5–15)", "Child under 5"
HOLDER = (r"(?:adults?|child|children|juniors?|youths?|infants?|toddlers?|babies|baby|seniors?|pensioners?|students?|pupils?|teens?"
          r"|teenagers?|kids?|young\s+(?:persons?|people))")
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# a band's figure in words too: "Two or three bedrooms", "Four bedrooms or more" (bench/unseen29, written blind)
FIGURE_OR_WORD = rf"{FIGURE}|\b(?:{'|'.join(NUMBER_WORDS)})\b"
SAID_IN_WORDS = rf"\b(?:{'|'.join(NUMBER_WORDS)})\b"  # "my seven-year-old", "three of us"
# Someone's age said with no unit: "I'm 67 - what does a day return cost me?" (not "I'm 5 minutes late")
AGE_SAID = (r"\b(?:(?:I['’]m|I\s+am|(?:he|she)['’]s|(?:he|she|son|daughter|mum|dad|mother|father|wife|husband|partner)\s+is)"
            r"(?:\s+turning)?|(?:he|she|son|daughter)\s+turns)"  # "my daughter is turning 3" (bench/unseen26, written blind)
            rf"\s+(\d+|{SAID_IN_WORDS})(?!\s*(?!(?:and(?!\s+a\s+half)|but|so)\b)[\w%£$]|[.,]\d)")  # "I'm 67 and travelling 40 miles"
COUNT_SAID = (r"(\d{1,3}(?:,\d{3})+|\d+)(?!\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)\b|[:.]\d)"  # not "the 10 am classes" (a code review's)
              # and a pair of words said as one ("50 A3 black and white copies": a code review's)
              r"(?=(?:\s+(?!(?:for|on|at|in|to|of|by|with|and|or)\b)[\w-]+(?:\s+and\s+[^\W\d_][\w-]*)?){1,3}?\s+"
              r"((?:(?!(?:am|pm|days|weeks|months|years|hours|minutes)\b)[^\W\d_]){3,}s)\b)")
# How many people a question says there are: "a 2-hour private lesson for three of us" asks of "3–4 people", "a group of 3"
PEOPLE_SAID = rf"(\b\d+|{SAID_IN_WORDS})\s+of\s+us\b|\b(?:group|party|family|team)\s+of\s+(\d+|{SAID_IN_WORDS})(?![\w-])"
# What a question gives: "a 10-night stay", "20 days before", "for 3 people"; "my 9 year old", "aged 9"; "grade 5"; "I'm 67"
QUANTITY = re.compile(rf"(?<![\w.,£$€])({FIGURE}|{SAID_IN_WORDS})(?:-|\s+)(?:(?:day|evening|extra|adult)\s+(?=guests?\b))?"
                      rf"({UNIT[1:-1]}|{COUNTED_ASKED})(?:(?:-|\s+)old)?(?![\w-])(?!(?-i:(?<=Year))\s+\d)"  # not "32 Year 9 students"
                      rf"|\b{PREFIX}\s+(\d+)(?!\d|[.,]\d)|{AGE_SAID}|{PEOPLE_SAID}"
                      # a count of things said with what they are between: "250 A3 colour copies" (the figure alone asked of bands)
                      rf"|(?<![\w.,£$€]){COUNT_SAID}"
                      rf"|\b(?:at|around|about)\s+({TIME})(?!\w|[:.]\d)", re.IGNORECASE)  # "75 day guests": guests; "at 4.15 pm"
# Weeks a question gives before a date, asked of a schedule of days: "cancel 5 weeks before departure" of "29 to 56 days"
WEEKS_BEFORE = re.compile(r"\s+(?:before|prior|notice|in\s+advance)\b", re.IGNORECASE)
BELOW = r"up\s+to|under|less\s+than|fewer\s+than|below|no\s+more\s+than"
ABOVE = r"over|more\s+than|above|at\s+least"
OPEN_BELOW = r"or\s+fewer|or\s+less|or\s+under|and\s+under|or\s+younger|and\s+younger"
OPEN_ABOVE = r"or\s+more|or\s+over|and\s+over|or\s+above|and\s+above|or\s+older|and\s+older|\+"
RANGE_SAID = re.compile(r"\d\s*(?:to|–|-)\s*$")
RANGE_SAID_AFTER = re.compile(r"\s*(?:to|–|-)\s*\d")
BOUND_SAID = re.compile(rf"\b(?:{BELOW}|{ABOVE})\s*$", re.IGNORECASE)
NO_WORD_BEFORE = r"(?<![\w.,])"
UNIT_OR_COUNTED = rf"({UNIT[1:-1]}|{COUNTED})"
BANDS = [  # each with its figures, its unit and how it bounds them
    # a lower bound and an upper one: "Over 2 miles, up to 5", "Over 5, up to 10 miles"
    (re.compile(rf"{NO_WORD_BEFORE}({ABOVE})\s+({FIGURE})(?:\s*{UNIT_OR_COUNTED})?,?\s+(?:and\s+)?({BELOW})\s+({FIGURE})"
                rf"(?(3)(?:\s*{UNIT_OR_COUNTED})?|\s*{UNIT_OR_COUNTED})(?![\w-])", re.IGNORECASE),
     "bounds"),
    (re.compile(rf"{NO_WORD_BEFORE}({BELOW}|{ABOVE})\s+({FIGURE})\s*{UNIT_OR_COUNTED}(?![\w-])", re.IGNORECASE), "bound"),
    (re.compile(rf"{NO_WORD_BEFORE}({FIGURE_OR_WORD})(?:\s*(?:to|–|-)\s*|\s+or\s+)({FIGURE_OR_WORD})\s*{UNIT_OR_COUNTED}(?![\w-])",
                re.IGNORECASE), "span"),
    # of two units of time: "Babies 15 days to 8 weeks" (bench/unseen29, written blind), in the first's
    (re.compile(rf"{NO_WORD_BEFORE}({FIGURE})\s*(days?|weeks?|months?)\s*(?:to|–|-)\s*({FIGURE})\s*(weeks?|months?|years?)(?![\w-])",
                re.IGNORECASE), "span of units"),
    # a figure alone labelling a line among bands: "| 3 players | £22 each |" between "2 players" and "4 or 5 players"
    (re.compile(rf"{NO_WORD_BEFORE}({FIGURE})\s*{UNIT_OR_COUNTED}(?![\w-])", re.IGNORECASE), "single"),
    (re.compile(rf"{NO_WORD_BEFORE}({FIGURE_OR_WORD})\s*{UNIT_OR_COUNTED}\s*({OPEN_BELOW}|{OPEN_ABOVE})(?![\w-])", re.IGNORECASE), "open"),
    (re.compile(rf"\b{PREFIX}\s+(\d+)\s*(?:to|–|-|and)\s*(\d+)(?![\w-]|[.,]\d)", re.IGNORECASE), "prefixed span"),
    (re.compile(rf"\b{PREFIX}\s+(\d+)\s*({OPEN_BELOW}|{OPEN_ABOVE})(?![\w-])", re.IGNORECASE), "prefixed open"),
    # "Child (5–15)", "Young Person Day (under 19)", "Child under 5"
    # (a word between one space apart, not across a column's gap: "Adult      Child (5-15)" of a header set out in spaces)
    (re.compile(rf"\b{HOLDER}(?: [^\W\d_]+)? ?\((\d+)\s*(?:to|–|-)\s*(\d+)\)", re.IGNORECASE), "holder span"),
    (re.compile(rf"\b{HOLDER}(?:(?: [^\W\d_]+)? ?\((?:({BELOW}|{ABOVE})\s+(\d+)|(\d+)\s*({OPEN_BELOW}|{OPEN_ABOVE}))\)"
                rf"|\s+(?:({BELOW}|{ABOVE})\s+(\d+)|(\d+)\s*({OPEN_BELOW}|{OPEN_ABOVE})))(?![\w-])", re.IGNORECASE),
     "holder bound"),
    (re.compile(r"\b(under|over)[- ](\d+)s\b", re.IGNORECASE), "plural bound"),  # "Under-13s: free"
    # times of day: "Tee off after 3.00 pm", "Off-peak (Mon–Thu, before 5 pm)"
    (re.compile(rf"\b(before|after|from|until|till)\s+({TIME})(?!\w|[:.]\d)", re.IGNORECASE), "clock bound"),
]
# A table cell of a column named by its unit, of figures alone: "8–9", "16+", "Under 8", "65 and over"
CELL_BAND = re.compile(rf"(?P<low>{FIGURE})\s*(?:to|–|-)\s*(?P<high>{FIGURE})"
                       rf"|(?:(?P<months>\d+)\s+months?\s*(?:to|–|-)\s*)?"  # of ages: "6 months – under 3" (bench/unseen26)
                       rf"(?P<bound>{BELOW}|{ABOVE})\s+(?P<figure>{FIGURE})"
                       rf"(?:,?\s+(?:and\s+)?(?P<upper_bound>{BELOW})\s+(?P<upper>{FIGURE}))?"  # "over 100, up to 140"
                       rf"|(?P<figure_>{FIGURE})\s*(?P<open>{OPEN_BELOW}|{OPEN_ABOVE})", re.IGNORECASE)
# What ends a label, three words after the band at most ("Teen (13–17) day ticket: £24"): a cell's end, leaders, a gap
LABEL_END = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}(?:[ \t]*(?:[\r\n|:;,()–—*_-]|\.\.|…|$)|[ \t]{2,})")
# What follows a band labelling a line set out in prose, three words at most, a dash or a colon (or a gap), its value: " before
# – 50% refund"
BAND_VALUE = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}\)?(?:[ \t]*(?:[:–—]|[ \t]-)[ \t*_]*|[ \t]{2,})(?P<value>[^\s|*_](?:(?![ \t]{2})[^\n|])*?)\.?[ \t]*$",
                        re.MULTILINE)  # or set apart in spaces: "24 to 48 hours          half the session fee", one value;
# after a bracket's end too: "- Half day (up to 5 hours): £18" (bench/unseen28, written blind)
# A question asking for a sum, which a value without a figure does not give ("deposit for a 10 night stay" of "**7 nights or
# more:** the seventh night is free": bench/unseen24, written blind)
SUM_SAID = re.compile(r"\d|\b(?:fee|price|charge|cost)s?\b", re.IGNORECASE)  # "half the session fee" (bench/unseen27)
SUMS_COLUMN = re.compile(r"\b(?:fee|price|charge|cost|rate|supplement)s?\b", re.IGNORECASE)  # "Price", "Delivery supplement"
SUM_ASKED = re.compile(r"\bhow\s+much\b|\b(?:price|cost|fee|charge|deposit|amount)s?\b", re.IGNORECASE)
COLUMN_UNIT = re.compile(rf"\b(?:{UNIT[1:-1]}|{PREFIX[1:-1]})(?![\w-])", re.IGNORECASE)  # the last names it: "Day guests"
# A place and its distance, as a list of them says it: "Kingsmoor 17 miles"
PLACE_DISTANCE = re.compile(r"(?P<place>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(?P<distance>\d+(?:\.\d+)?\s+(?:miles?|km))\b")
NOT_A_PLACE = re.compile(rf"(?:{BELOW}|{ABOVE}|within|about|around|approximately|nearly|almost|only|just)", re.IGNORECASE)  # "Over 5 miles"
# a heading (Markdown's, or in capitals, its bracket's words in small letters: "COLOUR COPYING (price per side)") or a
# sentence of five words at least: not a table's row nor a list's line
GROUP_BREAK = re.compile(r"^[ \t]*(?:#+[ \t].*|[^\W\d_a-z][^a-z\n(]*[A-Z][^a-z\n(]*(?:\([^)\n]*\)[ \t]*:?)?|(?![ \t]*[|*•-])(?:[^\s|]+[ \t]+){4,}[^\s|]*[.!?:])[ \t]*$",
                         re.MULTILINE)
CELL_GAP = re.compile(r"\S[ \t]{2,}|\|")  # a line's cells apart
SENTENCE_BREAK = re.compile(r"[.!?][\"'’”)]*\s+(?=[A-Z])")
LIST_MARK = re.compile(r"\s*(?:[-+*•]|\d{1,3}[.)])?\s*")
PAYING = re.compile(r"\b(?:pay|paying|free|charged?)\b", re.IGNORECASE)
TOLD_FIRST = re.compile(r"(?<=[.!?])\s+|\s+[-–—]\s+")  # what a user tells before asking: "I'm 14 - can I …?"
# a column of limits named so first: "Maximum rider weight", "Min. age", not "Mean min (°C)"
LIMIT_COLUMN = re.compile(r"\s*(?:(max(?:imum)?)|min(?:imum)?)\b\.?", re.IGNORECASE)
LIMIT_SAID = re.compile(rf"\s*(?P<figure>{FIGURE})(?:\s*(?P<unit>{UNIT[1:-1]}))?(?![\w.,-])", re.IGNORECASE)  # "82 kg (13 st)", "12"
# "7-day hire", "2 hour session", "Full day" (one), "Half day"
PERIOD_COLUMN = re.compile(rf"\s*({FIGURE}|full|whole|half)[- ]({UNIT[1:-1]})\b", re.IGNORECASE)
COUNTED_AFTER = re.compile(r"((?:\s+(?!(?:of|for|in|on|at|to|and|or|the|a|an|from|with|by)\b)[^\W\d_]+){0,2})")  # "printed orders"
PEOPLE_COLUMN = re.compile(r"\b(?:people|persons|guests|players|jumpers|riders|swimmers|skaters|climbers|bowlers|dancers|walkers"
                           r"|runners|children|kids|adults|participants|attendees|diners|delegates|pupils|students|passengers"
                           r"|travell?ers|visitors|campers|numbers\s+of\s+people|group\s+size|party\s+size)\b", re.IGNORECASE)
DAYS = {"day": 1, "week": 7, "month": 365 / 12, "year": 365}  # each unit of time in days, to tell one in another
WEEKDAY_OR_RANGE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:to|and)\b", re.IGNORECASE)
AUXILIARY = r"(?:does|do|did|will|would|can|could|should|must|might|may)"  # "what does the session cost?" asks no which
MOST_ASKED = 8  # ways a question is asked of the bands holding its figures (`in_bands`)
BEYOND = 1e-6  # how far past its figure a bound that leaves it out starts: "over 10" holds 10.5 but not 10
LABEL_OPENING = 3  # the most words before a band that open a line's label with it ("Stays of")


class Band(NamedTuple):
    start: int
    end: int
    unit: str
    low: float
    high: float | None  # None: no end above
    named: str = ""  # the label a table names its row by, where not the band as written: "Age 65+" of "| 65+ |" under "Age"
    asked_of: str = ""  # a limit's: the name of its rows' labels' column, which a question must ask which of (`_limit_bands`)


def _unit(word: str) -> str:
    word = word.lower()
    if word in ("people", "persons", "person", "players", "player"):  # "7 of us" of "6 to 8 players"
        return "person"
    if word in ("age", "ages", "aged", "year", "years", "yr", "yrs"):
        return "year"  # "my 9 year old" of "ages 8 to 12"
    if word in ("children", "kids"):
        return "child"  # "a party for 14 kids" of "11 to 15 children"
    if word.endswith(("bag", "bags")):
        return "bag"  # "40 bin bags" of a skip's "35-45 bin bags"
    if word.startswith("min"):
        return "minute"
    if word in ("bed", "beds"):
        return "bedroom"  # "a 3-bed house" of "Two or three bedrooms" (bench/unseen29, written blind)
    return word[:-2] if word.endswith(("sses", "shes", "ches", "xes")) else singular(word)  # "classes", "copies" as "copy"


def _minutes(time: str) -> float:
    """A time of day in minutes after midnight: "4.15 pm" 975, "16:15" 975, "12 pm" 720."""
    hours, _, minutes = re.match(r"(\d+)(?:[:.](\d\d))?", time).group(1, 0, 2)
    hour, pm = int(hours) % 12 if re.search(r"[ap]\.?m", time, re.IGNORECASE) else int(hours), re.search(r"p\.?m", time, re.IGNORECASE)
    return (hour + (12 if pm else 0)) * 60 + int(minutes or 0)


def _cell_naming(text: str, at: int) -> str:
    """What names the table cell holding text[at] in a question: its row's label ("Twilight" of "| Twilight | Tee off after
    3.00 pm | £30 |"), or, in the header, its column's name ("Off-peak (Mon–Thu, before 5 pm)"); "" outside a table."""
    cell = body_cell(text, at)
    if cell is not None:
        return cell.row_label or ""
    if not in_header_row(text, at):
        return ""
    return text[text.rfind("|", line_start(text, at), at) + 1:text.find("|", at)].strip()


def _prefixed_unit(word: str) -> str:
    """The unit a word said before its figures gives: a school year's ("Year 8" of "Years 7 to 9"), not an age's."""
    return "school year" if word.lower().startswith("year") else _unit(word)


def _figure(written: str) -> float:
    """A figure as written: "3,200", "1.6", "9", "three"."""
    return float(NUMBER_WORDS.index(written.lower()) + 1) if written.lower() in NUMBER_WORDS else float(written.replace(",", ""))


def _bounded(written: str, bound: str) -> tuple[float, float | None]:
    """The figures a bound word and its figure take in, the figure itself left out where the word does: "under 10" below
    10, "more than 56" above 56, "over 10 miles" holding 10.5 (a code review's lead: none had)."""
    figure, bound = _figure(written), " ".join(bound.lower().split())
    if re.fullmatch(f"{BELOW}|{OPEN_BELOW}", bound):
        return 0, figure if bound in ("up to", "no more than") or bound.startswith(("or", "and")) else figure - BEYOND
    return (figure if bound in ("at least", "+") or bound.startswith(("or", "and")) else figure + BEYOND), None


@lru_cache(maxsize=64)
def bands_in(text: str) -> tuple[Band, ...]:
    """The bands of a quantity `text` sets out, in text order: worked out once an article, not once a question giving a
    figure."""
    found = []
    for pattern, form in BANDS:
        for match in pattern.finditer(text):
            if form == "bounds":
                low, high, unit = _bounded(match[2], match[1])[0], _bounded(match[5], match[4])[1], match[3] or match[6] or match[7]
            elif form == "bound":
                low, high = _bounded(match[2], match[1])
                unit = match[3]
            elif form == "span":
                low, high, unit = _figure(match[1]), _figure(match[2]), match[3]
            elif form == "span of units":
                unit, low, high = match[2], _figure(match[1]), _figure(match[3]) * DAYS[_unit(match[4])] / DAYS[_unit(match[2])]
            elif form == "single":
                low = high = _figure(match[1])
                unit = match[2]
                if not _labels_its_line(text, Band(match.start(), match.end(), unit, low, high)):
                    continue
            elif form == "open":
                (low, high), unit = _bounded(match[1], match[3]), match[2]
            elif form == "prefixed span":
                unit, low, high = _prefixed_unit(match[1]), _figure(match[2]), _figure(match[3])
            elif form == "prefixed open":
                unit, (low, high) = _prefixed_unit(match[1]), _bounded(match[2], match[3])
            elif form == "holder span":
                unit, low, high = "years", _figure(match[1]), _figure(match[2])
            elif form == "clock bound":
                unit, time = CLOCK, _minutes(match[2])
                low, high = {"before": (0, time - BEYOND), "after": (time + BEYOND, None), "from": (time, None)}.get(
                    match[1].lower(), (0, time))
            elif form == "plural bound":
                unit, (low, high) = "years", _bounded(match[2], match[1])
            else:
                bound, figure, figure_, open_ = (match[1], match[2], match[3], match[4]) if match[1] or match[3] \
                    else (match[5], match[6], match[7], match[8])
                unit, (low, high) = "years", (_bounded(figure, bound) if figure else _bounded(figure_, open_))
            if high is None or low <= high:  # not a year's "2026-27"
                found.append(Band(match.start(), match.end(), _unit(unit), low, high,
                                  _cell_naming(text, match.start()) if unit == CLOCK else ""))
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
        # or by who they count: "| Bounce Party Plus | 11 to 20 |" under "| Party | Jumpers |" (bench/unseen29, written blind)
        units |= {column: "person" for column in {cell[2] for cell in table.cells} if column not in units and PEOPLE_COLUMN.search(column)}
        labels = {row: (start, end) for start, end, _, label, row in table.cells if label is None}  # each row's label cell
        # a first column of bands of nothing said, two at least, counts what the words over it say: "Number of copies" over
        # "Up to 50", "51 to 100" of an order of service's printing (bench/unseen28, written blind)
        first = {}
        for start, end, column, _, row in table.cells:
            if row not in first or start < first[row][0]:
                first[row] = (start, end, column)
        counted = [text[start:end].strip() for start, end, column in first.values() if column not in units]
        if len(counted) >= 2 and all(CELL_BAND.fullmatch(cell) for cell in counted):
            units |= {column: COUNT for _, _, column in first.values()}
        for start, end, column, _, row in table.cells:
            bounded = CELL_BAND.fullmatch(text[start:end].strip()) if column in units else None
            label = labels.get(row) if bounded else None
            if label and not LETTER.search(text[slice(*label)]):
                label = (start, end)  # a label of figures ("| 30–44 | 816 |" read as labelled "816"): the band's own cell
            if label:
                # a label of figures alone is named with its column's name, as index/tables.py reads it
                named = f"{column} {text[start:end].strip()}" if label == (start, end) and not LETTER.search(text[start:end]) else ""
                found.append(Band(*label, units[column], *_cell_band(bounded), named))
        # columns named by a band of ages beside one named for whom it is: "| Stand | Adult | Over 65 | 16–21 | Under 16 |"
        # of a club's season tickets (bench/unseen18, written blind: "What would a 19-year-old pay …?" had been "free")
        # and columns all named by bands of a count of what the rows name: "| Paper and colour | 1–99 | 100–499 | 500–1,999 |"
        # of a print shop's copies (bench/unseen27, written blind: "250 A3 colour copies" had been refused)
        for_whom = any(re.search(rf"\b{HOLDER}\b", column, re.IGNORECASE) for column in table.columns)
        if for_whom or len(table.columns) >= 2 and all(CELL_BAND.fullmatch(column.strip()) for column in table.columns):
            for column in table.columns:
                bounded = CELL_BAND.fullmatch(column.strip())
                cell = next((start for start, _, name, label, _ in table.cells if name == column and label is not None), None)
                header = header_cell(text, cell, column) if bounded and cell is not None else None
                if header:
                    found.append(Band(*header, "year" if for_whom else COUNT, *_cell_band(bounded)))
        found += _limit_bands(text, table, labels) + _period_bands(text, table)
    return found


def _period_bands(text: str, table) -> list[Band]:
    """The bands of columns named by periods of one unit, two at least, each from above the one before up to its own: "5
    days" of a skip's "7-day hire" beside "14-day hire", "10 days" of the 14 (bench/unseen28, written blind: a weight
    limit had answered)."""
    periods = {column: ({"full": 1, "whole": 1, "half": 0.5}.get(said[1].lower()) or _figure(said[1]), _unit(said[2]))
               for column in table.columns if (said := PERIOD_COLUMN.match(column))}
    if len(periods) < 2 or len({unit for _, unit in periods.values()}) > 1:
        return []
    found = []
    ordered = sorted(periods.items(), key=lambda item: item[1][0])
    for at, (column, (figure, unit)) in enumerate(ordered):
        cell = next((start for start, _, name, label, _ in table.cells if name == column and label is not None), None)
        if cell is not None and (header := header_cell(text, cell, column)):
            found.append(Band(*header, unit, ordered[at - 1][1][0] + BEYOND if at else 0, figure))
    return found


def _limit_bands(text: str, table, labels: dict[int, tuple[int, int]]) -> list[Band]:
    """The bands a column of limits sets its rows, each at its row's label: a column of maxima one from above the row's
    before (in figures' order) up to its own, of minima one from its own up to the next's ("| Cob | 14.3 to 15.2 hh | 82
    kg (13 st) |" under "Maximum rider weight" holds 70 kg, "| Lane and bridleway hack | … | 12 |" under "Minimum age" a
    13-year-old: bench/unseen28, written blind: another row's had answered, or none), for a question asking which of the
    rows it is (`_asks_which`): "I'm 14 - can I do an escape room without a grown-up?" is of no room's minimum age."""
    found = []
    for column in dict.fromkeys(cell[2] for cell in table.cells):
        if not (limit := LIMIT_COLUMN.match(column)):
            continue
        figures = {row: (figure, said["unit"] or ((unit := COLUMN_UNIT.findall(column[limit.end():])) and unit[-1]))
                   for start, end, name, _, row in table.cells if name == column and row in labels
                   and (said := LIMIT_SAID.match(text, start, end)) and (figure := _figure(said["figure"]))}
        if len(figures) < 2 or not all(unit for _, unit in figures.values()):
            continue
        ordered = sorted(figures.items(), key=lambda item: item[1][0])
        for at, (row, (figure, unit)) in enumerate(ordered):
            unit = _prefixed_unit(unit) if re.fullmatch(PREFIX, unit, re.IGNORECASE) else _unit(unit)
            asked_of = next(name for start, end, name, _, _ in table.cells if (start, end) == labels[row])
            if limit[1]:  # a maximum
                low = ordered[at - 1][1][0] + BEYOND if at else 0
                found.append(Band(*labels[row], unit, low, figure, asked_of=asked_of))
            else:
                high = ordered[at + 1][1][0] - BEYOND if at + 1 < len(ordered) else None
                found.append(Band(*labels[row], unit, figure, high, asked_of=asked_of))
    return found


def _cell_band(bounded: re.Match) -> tuple[float, float | None]:
    """The figures a cell's band (`CELL_BAND`) takes in."""
    if bounded["high"]:
        return _figure(bounded["low"]), _figure(bounded["high"])
    if bounded["upper"]:
        return _bounded(bounded["figure"], bounded["bound"])[0], _bounded(bounded["upper"], bounded["upper_bound"])[1]
    if bounded["months"]:
        return int(bounded["months"]) / 12, _bounded(bounded["figure"], bounded["bound"])[1]
    return _bounded(bounded["figure"] or bounded["figure_"], bounded["bound"] or bounded["open"])


def _as_labelled(text: str, band: Band) -> str:
    """A band as its line's label says it: with the words opening the line before it, LABEL_OPENING at most ("Stays of 8 to
    14 nights"), or before the bracket it is in ("Junior Theory ages 8 to 12"), whose words a question must say to name
    the line (qa/spans.py `named_among`), a table cell's too ("Full day up to 8 hours" of a column "Full day (up to 8
    hours)": a code review's, "£40" of the half day had answered 6 hours); the band alone otherwise."""
    if band.named:
        return band.named
    opening, said = _line_opening(text, band).lstrip("-*• \t"), text[band.start:band.end]  # a list item's: "- Half day ("
    in_cell = opening[opening.rfind("|") + 1:]
    if in_cell.endswith("(") and not re.search(r"[^\w\s(,]|\(.", in_cell):
        return f"{in_cell[:-1].strip()} {said}"
    return f"{opening.strip()} {said}".lstrip() if len(opening.split()) <= LABEL_OPENING and not re.search(r"[^\w\s,]", opening) \
        else said


def _line_opening(text: str, band: Band) -> str:
    """What its line says before a band."""
    return text[line_start(text, band.start):band.start]


def _label_opening(text: str, band: Band) -> str:
    """What its line's label (its cell's, its list item's) says before a band: "Comb binding, " of "| Comb binding, up to 50
    sheets |", "Half day " of "- Half day (up to 5 hours): £18"."""
    opening = _line_opening(text, band)
    return opening[opening.rfind("|") + 1:].lstrip("-*• \t").removesuffix("(")


def _labels_its_line(text: str, band: Band) -> bool:
    """Whether a band stands as a label of a schedule's line or cell, LABEL_OPENING words at most before it ("Over 2
    miles, up to 5" of a table, "Stays of 8 to 14 nights", "Regulation, half day (up to 4 hours)"), not as a clause of
    prose ("… free at any distance up to 5 miles for patients …")."""
    opening = _label_opening(text, band)
    end = LABEL_END.match(text, band.end)
    # "Children under 12 must be …" is a sentence's; "Four rooms, up to 75 minutes of puzzles, and …" a list's of clauses
    # (bench/unseen27, written blind: it had held 25 minutes late), "Comb binding, up to 50 sheets" a cell's
    return len(opening.split()) <= LABEL_OPENING and not re.search(r"[^\w\s,]", opening) and end is not None \
        and not (opening.rstrip().endswith(",") and end.group().rstrip().endswith(","))


def in_bands(question: str, texts: list[str], asking: str = "") -> list[str]:
    """The question with each figure of a unit it gives ("10-night") written as a band of that unit the documents set out
    that holds it ("8 to 14 nights"), where a document sets out two bands of the unit at least, as it is otherwise: once
    for each band holding it, narrowest first, where several schedules' do ("my 9-year-old" of a ski school's "Junior
    (7–15)" lessons and its "Child (under 16)" hire), for the question's other words to choose between (MOST_ASKED at
    most)."""
    quantities = list(QUANTITY.finditer(question))
    options = [_bands_of(quantity, texts, asking) or [quantity.group()] for quantity in quantities]
    asked = []
    for chosen in islice(product(*options), MOST_ASKED):
        pieces, at = [], 0
        for quantity, said in zip(quantities, chosen):
            pieces += [question[at:quantity.start()], said]
            at = quantity.end()
        asked.append("".join([*pieces, question[at:]]))
    return asked


def figures_given(text: str) -> list[str]:
    """Each figure of a unit a text gives (`QUANTITY`), as it says it."""
    return [quantity.group() for quantity in QUANTITY.finditer(text)]


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
    found = {value.span("value") for band in _said_bands(text, question) if _labels_its_line(text, band)
             and (value := BAND_VALUE.match(text, band.end))
             and not (sum_asked and not SUM_SAID.search(value["value"]))}
    return list(found) if len(found) == 1 else []


def band_rows(question: str, text: str) -> list[tuple[int, int]]:
    """[start, end) of the label of the one table row that a band of its column holds the question's figure in (as
    `in_bands` says it, the label whole), where the question asks which of the labels' column it is: "My little boy is 18
    months old. Which Otterbrook group would he go in?" of "| Splashers (parent and baby) | 6 months – under 3 |" under
    "| Group | Age |" (bench/unseen26, written blind: it had been refused)."""
    found = set()
    for table in table_cells(text):
        banded = {(band.start, band.end) for band in _column_bands(text) if table.start <= band.start < table.end}
        # or of what the heading over the table says they are: "which bramble barn party …" of "| Package | Ages |" under
        # "## Children's Party Packages 2026" (bench/unseen26, written blind: refused)
        heading = heading_before(text, table.start) or ""
        # or a band in a cell of its row, as said: "I weigh over 50 kg, up to 75 kg - what size buoyancy aid …?" of "| Adult
        # S/M | over 50 kg, up to 75 kg |" under "| Size | Body weight |" (bench/unseen27, written blind: refused)
        said = [band for band in _said_bands(text, question) if table.start <= band.start < table.end]
        rows_said = {row for start, end, _, label, row in table.cells
                     if label is not None and any(start <= band.start and band.end <= end for band in said)}
        for start, end, column, label, row in table.cells:
            # said besides its column's name the question asks which of: "Horse" of "Horse or pony" is not said by "… what's
            # the smallest type of horse or pony I could ride?" (bench/unseen28, written blind)
            own = text[start:end].strip()
            if label is None and ((start, end) in banded and said_whole(own, question) and not (
                    own.lower() in column.lower() and not said_whole(own, re.sub(re.escape(column), "", question, flags=re.I)))
                                  or row in rows_said) and (_asks_which(question, column) or _asks_which(question, heading)):
                found.add((start, end))
    found = set(_not_within_another({cell: text[slice(*cell)] for cell in found}))  # no "Bounce Party" of "… Plus"
    if not found:  # a table of two columns, read as a list of lines, its first cell the label: "| Adult S/M | over 50 kg, … |"
        found = {label for band in _said_bands(text, question) if (label := _row_label_asked(question, text, band.start))}
    return list(found) if len(found) == 1 else []


def band_sentences(question: str, text: str) -> list[tuple[int, int]]:
    """[start, end) of the one sentence of prose (no schedule's line) a band of which holds a figure the question gives, for
    a question asked for a yes or a no, which that sentence settles: "My son is 11 and wants his own paddleboard. Is he
    allowed?" of "Children aged 8 to 13 may use a single kayak or SUP if a supervising adult is on the water …", "I'm 14 -
    can I do an escape room without a grown-up?" of "Players aged 10 to 15 must have at least one adult (18 or over) …"
    (bench/unseen27, written blind: both refused); none where several do."""
    # its last sentence asks, not for a sum: "Do I pay anything for my 3-year-old?" is settled by no rule that "Children
    # under 12 must not play in the beck" (bench/unseen24)
    if not asks_yes_or_no(TOLD_FIRST.split(question.strip())[-1]) or SUM_ASKED.search(question) or PAYING.search(question):
        return []
    given = [_given(quantity) for quantity in QUANTITY.finditer(question)]
    # or said whole, as `in_bands` asks it
    found = {_trimmed(text, *sentence_bounds(text, band.start)) for band in bands_in(text) if not band.named and not _labels_its_line(text, band)
             and (any(_holds(band, unit, figure) for unit, figure in given)
                  or said_whole(_as_labelled(text, band), question))}
    return list(found) if len(found) == 1 else []


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the spaces around nor a list item's mark ("2. ")."""
    opening = LIST_MARK.match(text, start, end)
    start = opening.end() if opening else start
    return start, start + len(text[start:end].rstrip())


def band_cells(question: str, text: str) -> list[tuple[int, int]]:
    """[start, end) of the one cell of a table's row a band the question says whole (as `in_bands` asks it) holds, of
    the column the question names, or the row's one cell besides the band's and its label's: "how much extra is delivery?"
    of "| B | Over 5, up to 10 miles | £25 |" under "| Zone | Distance from depot | Delivery supplement |" for "We're 8
    miles from Brindle's depot" (bench/unseen28, written blind: refused); none where it finds several."""
    asked = frozenset(search_words(question)) - FUNCTION_WORDS
    sum_asked = SUM_ASKED.search(question) is not None  # names a column of sums: "how much is …?" its "Price"
    found = set()
    for table in table_cells(text):
        # a band, not a figure alone ("9 holes" of a green fee's row is no buggy's "£20 for 9 holes": bench/unseen26)
        said = [band for band in _said_bands(text, question) if table.start <= band.start < table.end and band.low != band.high]
        for band in said:
            cell = next((cell for cell in table.cells if cell[0] <= band.start and band.end <= cell[1]), None)
            row = [other for other in table.cells if cell and other[4] == cell[4] and other[0] != cell[0]]
            if len(row) < 2:
                continue  # a table of two columns is a list of lines, whose value leads as a listed one (qa/label_lists.py)
            values = [other for other in row if other[0] > min(other[0] for other in [cell, *row])]  # not its label
            named = [other for other in values if asked & (frozenset(search_words(other[2])) - FUNCTION_WORDS)
                     or sum_asked and SUMS_COLUMN.search(other[2])]
            # of several, those whose other words than days the question says most ("… at the Saturday matinee" of "Monday
            # to Thursday evenings and all matinees": a code review's), then the one whose days hold the day it names ("…
            # a Wednesday evening show" of those beside "Friday and Saturday evenings": bench/unseen29, written blind)
            if len(named) > 1:
                besides_days = [len(asked & (frozenset(search_words(WEEKDAY_OR_RANGE.sub(" ", other[2]))) - FUNCTION_WORDS))
                                for other in named]
                named = [other for other, count in zip(named, besides_days) if count == max(besides_days)]
            days = weekday_names(question)
            named = [other for other in named if days and days <= days_spanned(other[2]) | weekday_names(other[2])] \
                if len(named) > 1 else named
            if len(named) == 1 or not named and len(values) == 1:
                found.add(tuple((named or values)[0][:2]))
    return list(found) if len(found) == 1 else []


def _asks_which(question: str, column: str) -> bool:
    """Whether the question asks which or what of a column's word it is ("Which Otterbrook group …?" of "Group", "what's
    the smallest type of horse …?" of "Horse or pony"; not "What's the rate?" of "Rate", which asks its row's price:
    bench/unseen26), nor "what does the session cost?" of "Session", its subject (bench/unseen29, written blind: the row's
    label had answered)."""
    return any(re.search(rf"\b(?:(?:which|what)\s+(?!{AUXILIARY}\b)(?:[\w'’-]+\s+){{0,4}}?|what(?:['’]s|\s+is)\s+(?:(?:the|a|an)\s+)?"
                         rf"(?!(?:the|a|an)\s)(?:[\w'’-]+\s+){{1,4}}?){re.escape(word)}s?\b", question, re.IGNORECASE)
               for word in re.findall(r"[^\W\d_]{3,}", column))


def _row_label_asked(question: str, text: str, at: int) -> tuple[int, int] | None:
    """[start, end) of the first cell of the Markdown table row holding text[at], where the question asks which of its
    column it is (which/what and a word of the header's first cell); None otherwise."""
    row = line_start(text, at)
    header = header_over(text, row)
    cell = re.match(r"\|[ \t]*([^|\n]*?)[ \t]*\|", text[row:]) if header else None
    if not cell or row + cell.end() > at or not _asks_which(question, text[header[0]:text.find("|", header[0] + 1)].strip("| \t")):
        return None
    return row + cell.start(1), row + cell.end(1)


def bands_told(told: str, texts: list[str], asking: str = "") -> list[str]:
    """The bands holding the figures a user tells before asking ("We live 6 miles from Quillbrook." before "What does the
    pet taxi cost each way?": "Over 3 miles, up to 8"; bench/unseen24, written blind: another band's price had answered)."""
    return [bands[0] for quantity in QUANTITY.finditer(told) if len(bands := _bands_of(quantity, texts, asking)) == 1]


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


def _said_bands(text: str, question: str) -> list[Band]:
    """The bands of `text` the question says whole as labelled (`said_whole`), but one whose label is part of another's
    said: "Bounce Party Plus" says no "Bounce Party" (bench/unseen29, written blind: both rows' prices were found, and
    none answered)."""
    return _not_within_another({band: label for band in bands_in(text) if said_whole(label := _as_labelled(text, band), question)})


def _not_within_another(labelled: dict) -> list:
    """The keys of `labelled` whose label (whatever its spaces and capitals) no other's holds as a part."""
    said = {key: " ".join(label.split()).lower() for key, label in labelled.items()}
    return [key for key, label in said.items() if not any(label != other and label in other for other in said.values())]


def _bands_of(quantity: re.Match, texts: list[str], asking: str = "") -> list[str]:
    """The bands of the documents holding a figure a text gives (`QUANTITY`), as labelled, narrowest first; none where the text
    bounds the figure itself ("… homes more than 2 miles away?" holds more than one) or a document says the figure as the
    question does, as a name ("a 5-day group course" of "5-day course", not of "3 to 14 days" before a lesson:
    bench/unseen25, written blind)."""
    if _ranged(quantity):
        return []  # nor where it gives a range itself: "aged 30–44" (bench/table-kinds: "Age group 30–44–44")
    if "-" in quantity.group() and any(re.search(rf"(?<![\w.,-]){re.escape(quantity.group())}(?![\w-])", text, re.IGNORECASE)
                                       for text in texts):
        return []
    unit, figure = _given(quantity)
    question = quantity.string
    asking = asking or question
    asked = frozenset(search_words(question[:quantity.start()] + " " + question[quantity.end():])) - FUNCTION_WORDS
    holding = _held_by(texts, unit, figure, asking, asked)
    if not holding and (quantity[8] or quantity[2] and not re.fullmatch(UNIT, quantity[2], re.IGNORECASE)):
        # "250 A3 colour copies" of a table's columns "1–99", "100–499" under "Copying and printing", not of "5,000 business
        # cards" beside it; "120 printed orders of service" of "Order of service printing" over "101 to 150" (bench/unseen28,
        # written blind), said with the words after its figure
        after = COUNTED_AFTER.match(question, quantity.end())[1].split() if quantity[2] else []  # "printed orders"
        for counting in [unit, *(singular(word.lower()) for word in after if word.lower().endswith("s"))]:
            if holding := _held_by(texts, COUNT, figure, asking, asked, counting=counting):
                said = question[quantity.end(1):quantity.end()] if quantity[1] else ""
                holding = {f"{band}{said}": key for band, key in holding.items()}
                break
            # or bands of what it counts, a word between: "7 digital images" of "5 to 9 images: £30 each" (bench/unseen29,
            # written blind: the first band's £35 had answered)
            if counting != unit and (holding := _held_by(texts, _unit(counting), figure, asking, asked)):
                break
    if not holding and unit == "week" and WEEKS_BEFORE.match(quantity.string, quantity.end()):
        holding = _held_by(texts, "day", figure * 7, asking, asked)
    if not holding and unit == "month":  # "my 18-month-old" of "6 months – under 3" in an Age column (bench/unseen26)
        holding = _held_by(texts, "year", figure / 12, asking, asked)
    if not holding and unit == "child":  # "16 kids" of a party's "11 to 20" Jumpers (`_column_bands`)
        holding = _held_by(texts, "person", figure, asking, asked)
    if unit == "person":  # "a party of 14" of a theatre's "10 to 19 tickets" too (bench/unseen29, written blind), as named
        holding |= _held_by(texts, "ticket", figure, asking, asked)
    # an age in weeks of bands in days, in months of bands in weeks…: "four weeks old" of "15 days to 8 weeks" (bench/unseen29)
    for other in (DAYS if not holding and unit in DAYS and quantity.group().lower().endswith("old") else ()):
        if other != unit and (holding := _held_by(texts, other, figure * DAYS[unit] / DAYS[other], asking, asked)):
            break
    # those whose table or list (and the words over it) the question's other words name most first, then narrowest first:
    # "about 3.5 hours of regulation" is a "half day (up to 4 hours)" before a "full day (up to 7 hours)"
    # and a cancellation's "Less than 24 hours" (bench/unseen26, written blind)
    return sorted({band.lower(): band for band in sorted(holding)}.values(), key=lambda band: (holding[band], band))


def _ranged(quantity: re.Match) -> bool:
    """Whether the text bounds a figure it gives (`QUANTITY`) itself or gives a range: "more than 2 miles", "aged 30–44"."""
    text = quantity.string
    return BOUND_SAID.search(text, 0, quantity.start()) is not None or RANGE_SAID.search(text, 0, quantity.start()) is not None \
        or RANGE_SAID_AFTER.match(text, quantity.end()) is not None


def _holds(band: Band, unit: str, figure: float) -> bool:
    """Whether a band is of the unit and holds the figure."""
    return band.unit == unit and band.low <= figure and (band.high is None or figure <= band.high)


def _given(quantity: re.Match) -> tuple[str, float]:
    """The unit and the figure a text gives (`QUANTITY`)."""
    if quantity[10]:
        return CLOCK, _minutes(quantity[10])
    if quantity[6] or quantity[7]:
        return "person", _figure(quantity[6] or quantity[7])
    if quantity[8]:
        return _unit(quantity[9]), _figure(quantity[8])
    if quantity[3]:
        return _prefixed_unit(quantity[3]), _figure(quantity[4])
    return _unit(quantity[2] or "years"), _figure(quantity[1] or quantity[5])


def in_a_band_given(question: str, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is of a band of the text holding a figure of its unit the question gives, which says which
    band the user is in, not what the question asks of it: "60 or over" for "I'm 63 - do I get any discount on dry
    cleaning?" of "Customers aged 60 or over … get 10% off" (bench/unseen27, written blind); not where it asks which group
    or band it is."""
    if BAND_ASKED.search(question):
        return False
    given = [_given(quantity) for quantity in QUANTITY.finditer(question)]
    figures = re.search(r"\d", text[start:end]) is not None  # nor a row's name without its figures: "Junior" for "What
    # ticket would a 10 year old need?"; but a word of the band's own figures ("over" of "60 or over")
    return any((band.start <= start and end <= band.end and re.search(r"\d", text[band.start:band.end])
                or figures and band.start < end and start < band.end and not re.search(r"\d", text[start:band.start] + text[band.end:end]))
               and any(_holds(band, unit, figure) for unit, figure in given)
               for band in bands_in(text))


def _groups(text: str, bands: list[Band]) -> list[int]:
    """Which table or list of the text each band (in text order) is of, counted from 0: a heading or a sentence between two
    bands' lines (`GROUP_BREAK`) parts them."""
    groups, group = [], 0
    for before, band in zip([None, *bands], bands):
        if before is not None and GROUP_BREAK.search(text, line_end(text, before.end), line_start(text, band.start)):
            group += 1
        groups.append(group)
    return groups


def _group_spans(text: str, bands: list[Band], groups: list[int]) -> list[tuple[int, int]]:
    """[start, end) of each group's lines (`_groups`) and the words over them, COUNTED_BY_CHARS at most, since the group
    before."""
    spans, after = [], 0
    for group in range(groups[-1] + 1 if groups else 0):
        of_group = [band for band, of in zip(bands, groups) if of == group]
        spans.append((max(after, line_start(text, of_group[0].start) - COUNTED_BY_CHARS), after := line_end(text, of_group[-1].end)))
    return spans


def of_another_band(question: str, text: str, at: int) -> bool:
    """Whether text[at] is in a line or row a band labels (`_labels_its_line`) that is not the one the question asks of:
    of a unit the question gives a figure of as it is (not bounded nor a range: "more than 56 days" says a band), no band
    of that unit on it holding the figure ("£45 per rider" of "| Semi-private (2 riders) | 45 minutes | …" for "How much
    is a 30-minute semi-private lesson?": bench/unseen28, written blind; "£3.50 per book" of "Comb binding, up to 50
    sheets" for "… comb binding for 200 sheets?": a code review's); or its label opening with words the question does not
    say where it says another's of the list ("Comb binding, 51 to 150 sheets" for "… wire binding for 150 sheets?")."""
    start, end = line_start(text, at), line_end(text, at)
    bands = list(bands_in(text))
    # of its sentence where the line is a paragraph: "If you cancel later than that, we will give you a credit note" is
    # no line of "If you cancel at least 7 days before your workshop, …" (bench/unseen15)
    # nor a limit, which any figure on its side meets ("5" under "Minimum age", "45 kg" under "Maximum child weight": a
    # code review's)
    on_line = [band for band in bands if start <= band.start < end and (band.named or _labels_its_line(text, band))
               and not SENTENCE_BREAK.search(text, min(band.start, at), max(band.end, at)) and not _a_limit(text, band)]
    if not on_line:
        return False
    given = [_given(quantity) for quantity in QUANTITY.finditer(question) if not _ranged(quantity)]
    if any(band.unit == unit for band in on_line for unit, _ in given) and not any(
            _holds(band, unit, figure) for band in on_line for unit, figure in given):
        return True
    asked = frozenset(search_words(question)) - FUNCTION_WORDS
    openings = _first_cells_openings(text)
    return any(band in openings and openings[band][1] and not openings[band][1] <= asked and any(
        opening and opening <= asked and group == openings[band][0] for group, opening in openings.values())
        for band in on_line)


@lru_cache(maxsize=64)
def _first_cells_openings(text: str) -> dict[Band, tuple[int, frozenset[str]]]:
    """Each band labelling a line in its first cell (not "3 movers" of "3 bedrooms      3 movers, 2 vans": a code
    review's), with its list (`_groups`) and the search words of its label's opening: worked out once a text."""
    labels = [band for band in bands_in(text) if _labels_its_line(text, band) and not CELL_GAP.search(_label_opening(text, band))
              and _line_opening(text, band).count("|") <= 1]
    return {band: (group, frozenset(search_words(_label_opening(text, band))) - FUNCTION_WORDS)
            for band, group in zip(labels, _groups(text, labels))}


def _a_limit(text: str, band: Band) -> bool:
    """Whether a band is a column of limits' (`_limit_bands`), or a figure in such a column's cell."""
    cell = body_cell(text, band.start)
    return bool(band.asked_of) or cell is not None and LIMIT_COLUMN.match(cell.column) is not None


def _counts(text: str, band: Band, counted: str) -> bool:
    """Whether the words over a band of a count, COUNTED_BY_CHARS at most, say what is counted (`_said_opening`), those of
    another table left out: "Horse-drawn hearse (pair of horses)" of the extras' table says nothing of the order of
    service's copies under it ("… a hearse with four horses" had been asked as "Up to 50" copies: bench/unseen28, written
    blind)."""
    start = max(0, band.start - COUNTED_BY_CHARS)
    over = list(text[start:band.start])
    for table in table_cells(text):
        if table.end <= band.start and table.end > start and not table.start <= band.start < table.end:
            over[max(table.start - start, 0):table.end - start] = " " * (table.end - max(table.start, start))
    return re.search(_said_opening(counted), "".join(over), re.IGNORECASE) is not None


def _said_opening(counted: str) -> str:
    """A pattern of a word saying what is counted, its name or a form of it: "copy" of "Copying", "car" of "cars", not
    "card"."""
    if counted.endswith("y"):
        return rf"\b{re.escape(counted[:-1])}(?:y|ies|ying)\b"
    return rf"\b{re.escape(counted)}(?:s|es|ing)?\b"


def _held_by(texts: list[str], unit: str, figure: float, question: str, asked: frozenset[str], counting: str = "") -> dict[str, tuple[float, float]]:
    """The bands of the unit holding the figure, as labelled, each with how many of the words `asked` its table or list and
    the words over it say (less than 0) and its width; those labelling lines before those in prose. `question`: what a
    band of limits must be asked as (`_asks_which`); `counting`: what the bands of a count must count, as the words over
    their table say it ("copy" of "Copying")."""
    closed, open_, in_prose = {}, {}, {}
    for text in texts:
        bands = [band for band in bands_in(text) if band.unit == unit and (not counting or _counts(text, band, counting))
                 and (not band.asked_of or _asks_which(question, band.asked_of))]
        # two bands at least, one of them more than a figure alone: "Catbells 5.6 km" among walks' distances is no schedule;
        # or one labelling its line of a list ("- Half day (up to 5 hours): £18" above "- Full day (8.00 am to 6.00 pm)":
        # bench/unseen28, written blind)
        if all(band.low == band.high for band in bands) or len({(band.low, band.high) for band in bands}) < 2 and not any(
                band.high is not None and band.low < band.high and _labels_its_line(text, band) for band in bands):
            continue
        # a band without an end above is the schedule's last, from its highest closed one up: "More than 56 days" after "29
        # to 56 days", "Senior (65 and over)" above "Child (5–15)", "4 hours or more" after "2 to 4 hours" (a code review's),
        # not the strings class's "Grade 3 and above" among the exams' grades
        # (of lines' and cells' bands: not prose's "Four rooms, up to 75 minutes")
        labelling = [band.high is not None and bool(band.named or _labels_its_line(text, band)) for band in bands]
        top = max((band.high for band, labels in zip(bands, labelling) if labels and band.low < band.high), default=None)
        # of its own table or list where it has one, not another's: "3 hours or more" after a pedalo's "1 hour" and "2
        # hours" is no car park's "Up to 4 hours" (a code review's)
        groups = _groups(text, bands)
        spans = _group_spans(text, bands, groups)
        tops = {group: max((band.high for band, labels, of in zip(bands, labelling, groups) if labels and of == group),
                           default=None) for group in set(groups) if groups.count(group) > 1}
        # a line whose label opens with words the question does not say, where it says another line's of the list: "Comb
        # binding, 51 to 150 sheets" is no answer to "… wire binding for 150 sheets?" beside "Wire binding, up to 120
        # sheets" (a code review's)
        openings = [frozenset(search_words(_label_opening(text, band))) - FUNCTION_WORDS for band in bands]
        for band, group, opening in zip(bands, groups, openings):
            last = tops.get(group, top)
            if opening and not opening <= asked and any(other and other <= asked and of == group
                                                        for other, of in zip(openings, groups)):
                continue
            if _holds(band, unit, figure) and (band.high is not None or last is None or band.low >= last):
                labelled = " ".join(_as_labelled(text, band).split())
                labels = band.named or _labels_its_line(text, band)  # a line, a cell naming it ("Off-peak (…, before 5 pm)")
                holding = in_prose if not labels else closed if band.high is not None else open_
                named = len(asked & article_search_words(text[slice(*spans[group])]))
                holding[labelled] = min(holding.get(labelled, (inf, inf)), (-named, inf if band.high is None else band.high - band.low))
    # the question's words naming an open band's table or list before all closed bands' put it first ("… a pedalo for 3
    # hours?"), no closed band's otherwise
    most_named = min((named for named, _ in closed.values()), default=0)
    closed |= {labelled: key for labelled, key in open_.items() if key[0] < most_named}
    # of bands in prose, one alone: "Children under 12 must …" beside "… for ages 4–11" says which is no schedule's
    return closed or open_ or (in_prose if len({band.lower() for band in in_prose}) == 1 else {})
