"""What a measure is of, as a question and a span say it: its dimension ("How deep…?" is no "50 metres long"), the
period a rate is counted over ("How many loaves a week?" is no "400 loaves a day"), the event a time is of ("When
does it close?" is no "08:00" of "opens at 08:00"), and the day of the week it is of. The reader, taught on SQuAD, gives
the figure beside the words it was asked with, whatever it measures: the script author's pool was "50 metres long" for
how deep it is (0.97), and the bakery's 400 loaves a day its loaves a week (0.80)."""
from __future__ import annotations

import re
from functools import lru_cache

from index.tables import body_cell
from qa.grammar import singular
from qa.superlatives import CURRENCY_SIGNS, YEAR

# A dimension's words, by the dimension: "How deep…", "the depth", "2 metres deep".
DIMENSIONS = {"depth": "deep|depth", "width": r"wide|width|broad|across(?!\s+(?:the|a|an)\b|\s+(?-i:[A-Z]))", "length": "long|length",
              "height": "tall|height|high"}
DIMENSION_WORDS = {dimension: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for dimension, words in DIMENSIONS.items()}
ASKS_DIMENSION = re.compile(r"\bhow\s+(deep|wide|broad|long|tall|high)\b", re.IGNORECASE)
# A rate's period: "a week", "per day", "each month", "weekly".
PERIODS = {"hour": r"hour|hourly", "day": r"day|night|daily|nightly", "week": r"week|weekly", "month": r"month|monthly",
           "year": r"year|yearly|annually|annual|annum"}
RATE = re.compile(r"\b(?:(?:a|an|per|each|every)\s+(?:(?:calendar|working|school|business)\s+)?(hour|day|night|week|month|year|"
                  r"annum)|(hourly|daily|nightly|weekly|monthly|yearly|annually|annual))\b", re.IGNORECASE)  # "per calendar month"
# "a day" is a span's rate after a figure or what it counts ("400 loaves a day", "£5 an hour"), not "half an hour"
COUNTED_BEFORE = re.compile(r"(?:\d|\w{2,}s)\W*\s+$")
# a rate asked for: a count or an amount ("What is the price of the Business plan per year?": "$39" of "$39 per agent
# per month" had answered, an API user's)
COUNTED = re.compile(r"\bhow\s+(?:many|much)\b|\b(?:price|cost|fee|rent|salary|wage|charge)s?\b", re.IGNORECASE)
AFTER_WORDS = 4  # how far after a span a rate's period is read as the span's ("400 loaves a day")
# A count of a unit of time asked for, and a span's unit: "How many days of video playback…?" is no "14" before " hours"
# (a chat user's; none of SQuAD v1.1's 279 such golds says another unit).
ASKS_TIME_UNITS = re.compile(r"\bhow\s+many\s+(seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)\b", re.IGNORECASE)
TIME_UNIT = re.compile(r"\b(seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies))\b",
                       re.IGNORECASE)
UNIT_NAMES = {"min": "minute", "hr": "hour"}  # a unit's abbreviation, in the singular
FIGURE_AT_END = re.compile(r"\d$")  # a span ending with a figure, its unit after it


def another_measure(question: str, span: str, after: str) -> bool:
    """Whether a span measures another dimension than the question asks ("50 metres long" for "How deep…?"), counts
    another unit of time than it asks ("14" before " hours" for "How many days…?"), or counts over another period than a
    question asking how many or how much names ("400" before " loaves a day" for "How many loaves a week?"); never where
    the question names none."""
    clause = re.split(r"[,.;:()]", after, maxsplit=1)[0]  # what goes on saying the span's measure: not "…, the weekly paper"
    # the span's last clause, whose figure the words after it measure: "…each day on average. … Staff work 37" before
    # " hours a week" (a probe's had escaped by its first clause's "each day")
    last = re.split(r"[.;:()]\s", span)[-1]
    asked = ASKS_DIMENSION.search(question)
    if asked:
        # a figure's unit, then its dimension: "3.2" before " km long" for "How deep…?" (bench/unseen27, written blind); read
        # with the next two words, that "across the desert" says none
        words_read = 2 if FIGURE_AT_END.search(last.strip()) else 1
        read = f"{last} {' '.join(clause.split()[:words_read])}"
        said = [(match.start(), name) for name, words in DIMENSION_WORDS.items()
                for match in words.finditer(f"{read} {' '.join(clause.split()[words_read:words_read + 2])}") if match.start() < len(read)]
        if said and min(said)[1] != _dimension(asked.group(1)):  # "50 metres long", "50 metres" before " long", and
            return True  # "25 metres long and 2 metres deep", the first said
    unit_asked = ASKS_TIME_UNITS.search(question)
    if unit_asked:  # any unit said the one asked: "1 hour 20 minutes" for "How many minutes…?" (a code review's)
        units_said = {_unit(unit) for unit in TIME_UNIT.findall(f"{last} {' '.join(clause.split()[:2])}")}
        if units_said and _unit(unit_asked.group(1)) not in units_said:
            return True
    periods = {_period(match) for match in RATE.finditer(question) if match.group().islower()}  # not "the Yale Daily News"
    if len(periods) == 1 and COUNTED.search(question):
        said = f"{last} {' '.join(clause.split()[:AFTER_WORDS])}"
        rates = [rate for rate in RATE.finditer(said) if rate.group().islower()
                 and (rate.group().split()[0].lower() not in ("a", "an") or COUNTED_BEFORE.search(said, 0, rate.start()))]
        return bool(rates) and _period(rates[0]) not in periods
    return False


def _unit(word: str) -> str:
    word = singular(word)
    return UNIT_NAMES.get(word, word)


def periods_said(text: str) -> set[str]:
    """The periods a text counts a rate over ("per year", "Monthly"): {"year"}, {"month"}."""
    return {_period(match) for match in RATE.finditer(text.lower())}


def _dimension(word: str) -> str:
    return next(name for name, words in DIMENSION_WORDS.items() if words.fullmatch(word))


def _period(match: re.Match) -> str:
    word = (match.group(1) or match.group(2)).lower()
    return next(name for name, words in PERIODS.items() if re.fullmatch(words, word))


# Events of a day, a season or a journey, each with its opposite: "When does Elm Park close on Sundays?" had been
# answered "08:00" of "on Sundays it opens at 08:00 and closes at 18:00" (a chat user's).
EVENTS = {"open": r"open|opens|opened|reopen|reopens|reopened", "close": r"close|closes|closed|shut|shuts",
          "start": r"start|starts|started|begin|begins|began|begun|commence|commences|commenced",
          "end": r"end|ends|ended|finish|finishes|finished|conclude|concludes|concluded",
          "arrive": r"arrive|arrives|arrived", "depart": r"depart|departs|departed|leave|leaves|left"}
OPPOSITE_EVENTS = {"open": "close", "close": "open", "start": "end", "end": "start", "arrive": "depart", "depart": "arrive"}
ASKS_WHEN = re.compile(r"\s*(?:(?:at|by|until|from)\s+)?(?:when|what\s+(?:time|date|day|year|month))\b", re.IGNORECASE)
# The opposite event's verb just before a span, as its time ("opens at 08:00", "began in 1914"); not a noun ("the eastern
# end in 1175", SQuAD's one gold of 1,072 such questions the rule had refused)
EVENT_BEFORE = r"(?<!\bthe )(?<!\ban )(?<!\ba )(?<!ern )\b(?:{verbs})\s+(?:(?:at|on|in|from|around|by|until)\s+)?(?:about\s+)?$"

OPEN_UNTIL = re.compile(r"\bopen\w*\s+(?:until|till|to)\b", re.IGNORECASE)  # a closing time: "stay open until 2 pm" (a code review's)


def time_of_another_event(question: str, before: str, span: str = "") -> bool:
    """Whether a span is the time of the event opposite to the one a question asking when names alone, by the verb just
    `before` it: "08:00" of "opens at 08:00" for "When does it close?", "1914" of "began in 1914" for "When did the war
    end?"; or by the verb before the span's last figure ("Boathouse Café opens at 9.30 am" for what time the café closes:
    bench/unseen27, written blind)."""
    if not ASKS_WHEN.match(question):
        return False
    asked = {event for event, verbs in EVENTS.items() if re.search(rf"\b(?:{verbs})\b", question, re.IGNORECASE)}
    if len(asked) != 1:
        return False
    opposite = EVENT_BEFORE.format(verbs=EVENTS[OPPOSITE_EVENTS[asked.pop()]])
    figures = list(re.finditer(r"\d[\d.:]*", span))
    return any(said is not None and not OPEN_UNTIL.search(said.group()) for said in (
        re.search(opposite, before, re.IGNORECASE),
        re.search(opposite, span[:figures[-1].start()], re.IGNORECASE) if figures else None))


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
WEEKDAY_NAMED = re.compile(WEEKDAY, re.IGNORECASE)
WEEKDAY_RANGE = re.compile(rf"{WEEKDAY}\s*(?:to|-|–|—|through|until|till)\s*{WEEKDAY}", re.IGNORECASE)


def of_other_days(question: str, sentence: str) -> bool:
    """Whether a span's `sentence` names days of the week, none of them the one day a question names ("From Monday to
    Friday the lido … closes at 21:00" for "what time does the lido close on saturdays?", a probe's), a range of days
    naming those within it ("Wednesday to Saturday")."""
    asked = {WEEKDAYS.index(day.lower()) for day in WEEKDAY_NAMED.findall(question)}
    if len(asked) != 1:
        return False
    said = {WEEKDAYS.index(day.lower()) for day in WEEKDAY_NAMED.findall(sentence)}
    for first, last in WEEKDAY_RANGE.findall(sentence):
        start, end = WEEKDAYS.index(first.lower()), WEEKDAYS.index(last.lower())
        said |= {(start + step) % 7 for step in range((end - start) % 7 + 1)}
    return bool(said) and not asked & said


# Words that tell apart things a sentence gives a figure each: "Short-sleeved jerseys cost £52 and long-sleeved ones £64".
CONTRASTS = (("short", "long"), ("small", "medium", "large", "big"), ("single", "double", "twin"), ("single", "return"),
             ("adult", "adults", "child", "children", "kid", "kids", "senior", "seniors", "student", "students", "infant", "infants"),
             ("male", "female"), ("men", "women"), ("boys", "girls"), ("full", "part", "half"), ("minimum", "maximum"),
             ("morning", "afternoon", "evening", "night"), ("spring", "summer", "autumn", "winter"), ("weekday", "weekdays", "weekend", "weekends"),
             ("standard", "premium"), ("peak", "off-peak"), ("domestic", "international"), ("indoor", "outdoor"), ("upper", "lower"))
CONTRASTED = {word: {other for group in CONTRASTS if word in group for other in group} - {word}
              for group in CONTRASTS for word in group}
SINGULAR_OF = {"adults": "adult", "children": "child", "kids": "kid", "seniors": "senior", "students": "student",
               "infants": "infant", "weekdays": "weekday", "weekends": "weekend"}
FIGURE = re.compile(r"[£$€¥]?\d(?:[\d,.]*\d)?")
LOWER_WORD = re.compile(r"off-peak|[a-z]+")  # "off-peak" one word, no "peak"
CONTRAST_CHARS = 300  # how far either side of a figure its sentence's words are read
ASKS_MEASURE = re.compile(r"\bhow\s+(?:long|short|big|small|large|tall|high|wide|deep|broad|old|far|heavy)\b", re.IGNORECASE)


def of_a_contrasted_thing(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether the figure sentence[start:end] is of a thing its sentence tells apart from the one the question names by a
    word (CONTRASTS) the sentence says of another figure: "£52" of "Short-sleeved jerseys cost £52 and long-sleeved ones
    £64" for "How much is a long-sleeved jersey?" (a chat user's), or of both ("£52 and long-sleeved ones £64"). A figure's
    words are those before it back to the figure before (years are none), or those after it up to the next, where such
    words follow the last figure ("52% was female, 48% was male": SQuAD's)"""
    asked = _contrasts_asked(question)
    if not asked:
        return False
    first = max(start - CONTRAST_CHARS, 0)  # a sentence with no end read near the span only
    sentence, start, end = sentence[first:end + CONTRAST_CHARS], start - first, end - first
    figures = [match.span() for match in FIGURE.finditer(sentence) if not YEAR.fullmatch(match.group())]
    held = [number for number, (a, b) in enumerate(figures) if a < end and start < b]
    if not held or len(figures) < 2:
        return False
    if len(held) > 1:  # "£52 and long-sleeved ones £64": both things' prices, told apart between them (not a range's
        return all(sentence[figures[number][0]] in CURRENCY_SIGNS for number in held) \
            and bool(contrast_words(sentence[figures[held[0]][1]:figures[held[-1]][0]]))  # "upper 40s–lower 50s")
    own = held[0]
    if contrast_words(sentence[figures[-1][1]:]):  # "… 52% was female, 48% was male": words follow their figures
        words = sentence[figures[own][1]:figures[own + 1][0] if own + 1 < len(figures) else len(sentence)]
    else:
        words = sentence[figures[own - 1][1] if own else 0:figures[own][0]]
    own_words = contrast_words(words)
    others = contrast_words(sentence[:start] + sentence[end:]) - own_words
    return any(CONTRASTED[word] & own_words and word in others for word in asked - own_words)


def contrast_words(text: str) -> set[str]:
    """The words of CONTRASTS a text says, in small letters, a plural as its singular."""
    return {SINGULAR_OF.get(word, word) for word in LOWER_WORD.findall(text.lower()) if word in CONTRASTED}


@lru_cache(maxsize=64)
def _contrasts_asked(question: str) -> frozenset[str]:
    """The question's `contrast_words` but those asking for a measure ("How long is the short course?" contrasts no
    "long"), once a question rather than for each span weighed."""
    return frozenset(contrast_words(ASKS_MEASURE.sub(" ", question)))


def of_a_contrasted_row(question: str, text: str, at: int) -> bool:
    """Whether text[at] is in a table's row whose label says a word of CONTRASTS telling its thing apart from the one the
    question names: "| Annual Pass (adult) | £24.00 |" for "How much is a child Annual Pass?" (a set written blind in
    session 65: "£24.00" had answered at 0.82, where the guide prices no child's pass)."""
    asked = _contrasts_asked(question)
    cell = body_cell(text, at) if asked else None
    if cell is None or not cell.row_label:
        return False
    own = contrast_words(cell.row_label)
    return any(CONTRASTED[word] & own for word in asked - own)


def in_a_column_of_another_period(question: str, text: str, at: int) -> bool:
    """Whether text[at] is in a table's cell whose column's name counts over another period than a question asking how
    much or how many names: "| Growth | £24 |" under "Monthly price" for "How much does the Growth plan cost per year?"
    (a code review's: "£24", 0.98)."""
    asked = periods_said(question) if COUNTED.search(question) else set()
    cell = body_cell(text, at) if asked else None
    counted = periods_said(cell.column) if cell is not None else set()
    return bool(counted) and not asked & counted
