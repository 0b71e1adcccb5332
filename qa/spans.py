"""The span decoder: from a reader's start/end logits to answer spans in the original text.

Each window scores every (start, end) pair of its context tokens as `start_logit + end_logit`
less the window's own no-answer (CLS pair) score: the log-odds, within that window, of the span
over "no answer". Candidates from all windows are pooled on that footing, the same character
span met in overlapping windows is kept once, and a softmax over the candidates plus no answer
(log-odds 0) turns scores into probabilities, through the reader's `Calibration`.

Why relative to each window's no-answer score: raw logits of different passages are not on
one scale. On 1,000 SQuAD v1.1 dev questions over whole articles (`qa eval --documents --limit
1000 --seed 0`), the same reader scored F1 65.6 comparing raw logits and 68.3 comparing log-odds.
"""
from __future__ import annotations

import bisect
import math
import re
import string
from collections import Counter
from collections.abc import Callable
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from index.wrapping import WIDE_GAP, unwrapped
from qa.durations import in_units_of
from qa.answer_kinds import LENGTH, MONEY, NO_ASKING_WORD, SHARE_NAMES, TIME, asked_kind, is_of_kind
from qa.english import is_common_word, lemmas
from qa.grammar import OPENING_WORDS, singular
from qa.metrics import normalize_answer
from qa.yes_or_no import asks_yes_or_no
from index.chunking import SPEAKER_LINE, sentence_spans
from index.labels import FUNCTION_WORDS
from index.lexical import OPENING_CHARS, opening_words, search_words
from index.openings import opening_lines
from index.tables import (ARTICLES_KEPT, CELL_BOUNDARY, DELIMITER_ROW, FIELD_CHARS, LABEL_LINE, TableCells, body_cell, caption,
                          field_label, header_cell, in_table_row, labelled_by_first_two, line_end, line_start, row_label_cell,
                          table_cells)


@dataclass(frozen=True)
class SpanCandidate:
    context: int  # which of the read contexts
    start: int  # character offsets into that context, end exclusive
    end: int
    logit: float  # log-odds of this span over no answer, in the window that scores it best (uncalibrated)
    probability: float = 0.0


@dataclass(frozen=True)
class Reading:
    """What the reader found for one question: candidates, best first, and the no-answer probability."""

    candidates: list[SpanCandidate]
    no_answer_probability: float
    # Each candidate as likely as it is on its own, not one of several vying for one answer: statements naming a topic,
    # articles' leads. Another answer than those given ("What else?") is then as likely as it is.
    each_alone: bool = False

    @property
    def best(self) -> SpanCandidate | None:
        return self.candidates[0] if self.candidates else None

    def best_at_least(self, share: float) -> "Reading":
        """This reading with its best span at least `share` likely, no answer and its other spans as likely against each
        other as they were."""
        if self.best is None or self.best.probability >= share:
            return self
        scale = (1 - share) / (1 - self.best.probability)
        return replace(self, candidates=[replace(self.best, probability=share),
                                         *(replace(c, probability=c.probability * scale) for c in self.candidates[1:])],
                       no_answer_probability=self.no_answer_probability * scale)

    def answer_probability(self, text_of: Callable[[SpanCandidate], str]) -> float:
        """How likely the best span's answer is: its probability and that of each other span that is the same answer as
        SQuAD's metrics read answers (`normalize_answer`: "the UN Secretariat" and "UN Secretariat", between which the
        reader splits its belief); 0 without a span. `text_of` gives a candidate's text."""
        if self.best is None:
            return 0.0
        answer = normalize_answer(text_of(self.best))
        return self.best.probability + sum(c.probability for c in self.candidates[1:] if normalize_answer(text_of(c)) == answer)


@dataclass(frozen=True)
class Calibration:
    """How log-odds become probabilities: a softmax over `(logit - no_answer_bias) / temperature`
    for the spans and 0 for no answer. Fitted on held-out questions by `qa calibrate` so that a
    reply's probability is the share of such replies that are right; the identity by default."""

    temperature: float = 1.0
    no_answer_bias: float = 0.0

    def logit_of(self, probability: float) -> float:
        """The log-odds of a span alone that this calibration makes `probability` likely."""
        return math.log(probability / (1 - probability)) * self.temperature + self.no_answer_bias

    def logit_of_sum(self, first: float, second: float) -> float:
        """The log-odds of a span as likely as two spans of these log-odds together."""
        return float(np.logaddexp((first - self.no_answer_bias) / self.temperature,
                                  (second - self.no_answer_bias) / self.temperature)) * self.temperature + self.no_answer_bias

    def probabilities(self, logits) -> np.ndarray:
        """Span log-odds, shape (..., k), -inf where there is no span -> probabilities, shape
        (..., k + 1), no answer first."""
        logits = (np.asarray(logits, dtype=np.float64) - self.no_answer_bias) / self.temperature
        scores = np.concatenate([np.zeros(logits.shape[:-1] + (1,)), logits], axis=-1)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        return scores / scores.sum(axis=-1, keepdims=True)


# An answer is given only where it is at least this many times as likely as no answer (`Reading.answer_probability`: the
# best span's and its same answer's read otherwise), as SQuAD 2.0's rule gives none where its score passes the best span's:
# no answer's share between the two is under 1 / (1 + 0.7), 0.59. The seed article's "In which city were the resumed direct
# negotiations … held?", which it does not say, had been answered "ISLAMABAD" (19 %, no answer 35 %). Over 1,000 SQuAD v2.0
# dev questions across whole articles, 7 more of 479 unanswerable ones are refused for answerable F1 71.57 → 71.52, where
# the threshold refusing as many costs 0.3 (docs/measurements.md, session 50).
LEAST_ODDS_OVER_NONE = 0.7


def answers(answer_probability: float | None, no_answer_probability: float, threshold: float) -> bool:
    """The abstention rule: answer with the best span, its answer `answer_probability` likely (None: there is no span),
    unless no answer is at least `threshold` likely, or its share between it and that answer at least `threshold` or
    1 / (1 + LEAST_ODDS_OVER_NONE), whichever is higher: a threshold over that is the share's alone, so that a high one
    still answers nearly every question (SQuAD v1.1's best is 0.9998); over 1, which no probability reaches, every one."""
    if answer_probability is None or threshold > 1:
        return answer_probability is not None
    return no_answer_probability < threshold and \
        no_answer_share(answer_probability, no_answer_probability) < max(threshold, 1 / (1 + LEAST_ODDS_OVER_NONE))


def no_answer_share(answer_probability: float, no_answer_probability: float) -> float:
    """How likely no answer is between it and the best answer alone (the other spans' probability left out)."""
    both = answer_probability + no_answer_probability
    return no_answer_probability / both if both > 0 else 1.0


def window_candidates(start_logits, end_logits, offsets, top_k: int, max_answer_tokens: int):
    """Top pairs of one window as (logit, start_char, end_char), with end >= start and the span at
    most `max_answer_tokens` tokens long; `offsets[i]` is None for tokens outside the context.

    Every allowed pair is scored (a band of `len(offsets) x max_answer_tokens`, cheap next to the
    model): taking only the best few starts and ends misses the best pair whenever those ends all
    lie before those starts, or when non-context tokens such as CLS crowd them out."""
    context = np.array([o is not None for o in offsets])
    if not context.any() or top_k < 1 or max_answer_tokens < 1:
        return []
    size, band = len(offsets), min(max_answer_tokens, len(offsets))
    starts = np.asarray(start_logits, dtype=np.float64)[:size]
    ends = np.concatenate([np.asarray(end_logits, dtype=np.float64)[:size], np.zeros(band - 1)])
    end_context = np.concatenate([context, np.zeros(band - 1, dtype=bool)])
    end_of = np.arange(size)[:, None] + np.arange(band)[None, :]  # [s, d] -> end token s + d
    allowed = context[:, None] & end_context[end_of]
    scores = np.where(allowed, starts[:, None] + ends[end_of], -np.inf)
    flat = np.flatnonzero(allowed)
    pairs, seen = [], set()
    for i in flat[np.argsort(-scores.ravel()[flat], kind="stable")]:
        span = offsets[i // band][0], offsets[i // band + i % band][1]
        if span not in seen:  # tokens sharing a character span give the same span twice
            seen.add(span)
            pairs.append((float(scores.flat[i]), *span))
            if len(pairs) == top_k:
                break
    return pairs


# A window's spans considered for each of the `top_k` kept: spans dropped for running on into the
# next line or table cell, or tidied into one already met, must not leave none ("Book flights by 3 May" came
# sixth, after five spans ending in the next list item, "3 May\n2", and the reply had no candidate), nor those a table's
# cells of rows and columns the question does not name (4 a span kept had left "8.6" unread under thirty such cells of a
# results e-mail's table: plain-tables F1 67.0 -> 71.0; the spans are only looked through until `top_k` are kept).
SPARE_CANDIDATES = 16
# No answer is longer (SQuAD's 117,717 answers reach 239 characters): a span over it is made of a few
# tokens each covering a long run of text, such as Thai, written without spaces, read as one unknown word.
MAX_ANSWER_CHARS = 400

OPENING, CLOSING = "“‘«([{\"'", "”’»)]}\"'"
QUOTES = "“‘«"  # of OPENING, those a quotation's own closing punctuation may sit inside: “… War.”
QUOTED_PUNCTUATION = ".,!?"
SIGNS = "+-−±–"  # and an en dash, which statements write for minus ("–$180,000"); not "10–15"'s (`tidy`)
CURRENCIES = "$£€¥₹"
# An abbreviation whose dot an answer ending on it keeps: letters each with a dot ("a.m", "U.S", "Ph.D") or a
# title, company or month word ("Ltd", "Dr", "Sept"), its last dot after it.
ABBREVIATION_END = re.compile(r"(?:\b[^\W\d_]{1,2}\.)+[^\W\d_]$|\b(?:Ltd|Co|Inc|Corp|Bros|Jr|Sr|Mr|Mrs|Ms|Dr|Prof|St|Ave|Rd|Gen|Col|Lt"
                              r"|Sgt|Capt|Rev|Hon|etc|approx|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$")
EMPHASIS = "*_"
# An e-mail address, a web address with its scheme or "www." or a common ending and a path
# ("libraries.harbourside.example/digital"; not "README.md/docs"),
# less a sentence's closing marks after it, or a handle.
ADDRESS = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+"
                     r"|(?:https?://|www\.|(?<![\w.@/-])(?:[\w-]+\.)+(?:com|org|net|edu|gov|info|io|uk|eu|example)/)"
                     r"[^\s<>\"'`|]*?(?=[.,;:!?)\]'\"`]*(?:\s|$|[<|]))"
                     r"|(?<![\w.%+-])@\w+(?:[.-]\w+)*")  # and a handle, "@ravi.iyer"
# A number in words and in figures, as contracts write them: "thirty (30) days" (not "1) hour" of "one (1) hour").
UNITS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER_WORD = rf"(?:{UNITS}|{TENS}|hundred|thousand|million)"
# Not a year in brackets after a title: "Ocean's Eleven (2001)".
NUMBER_TWICE = re.compile(rf"\b{NUMBER_WORD}(?:[- ](?:and )?{NUMBER_WORD})*\s*\((?!\d{{4}}\))\d[\d,.]*%?\)", re.IGNORECASE)
# "AGM/25/06", "pk_test_51H", "3.5/4.0", "1,200/1,500": numbers and words joined by "/" or "_"; a code when it holds a
# digit or "_" (not "and/or", nor "_Titanic_", whose marks are emphasis).
CODE_PART = r"[^\W_]+(?:[.,][^\W_]+)*"
JOINED_CODE = re.compile(rf"{CODE_PART}(?:[/_]{CODE_PART})+")
# A code of capitals joined by "-" to parts with a digit: "CVE-2024-41232" (not its "2024-41232"), "COVID-19", "PROJ-123".
CAPITALS_CODE = re.compile(r"\b[A-Z]{2,}(?:-[A-Za-z]*\d[A-Za-z\d]*)+\b")
# A name joined by "." or "-" (an instance type, a version, a channel, a resource's name): one opening with "#", one with a
# part of a letter before a digit, or of three parts or more joined by "."; "c6g.2xlarge", "0.46.7", "#obs-alerts",
# "k8s-logs-shadow" (an r23 audit's blog post had answered "c6g" and "#obs"), not "10-15", "well-known", "9am-5pm".
DOTTED_NAME = re.compile(r"(?<![\w.#-])#?[^\W_]+(?:[.-][^\W_]+)+(?![\w-]|\.\w)")
MIXED_PART = re.compile(r"[^\W_]*[^\W\d_]\d[^\W_]*")  # a letter before a digit: "c6g", "k8s", not "9am", "2nd"


def _is_dotted_name(name: str) -> bool:
    return name.startswith("#") or name.count(".") >= 2 or any(MIXED_PART.fullmatch(part) for part in re.split(r"[.-]", name))


# A file's path: from its root ("/etc/tidewatch.toml", "~/.config/quillnote/sync.json", "%APPDATA%\\Quillnote\\sync.json",
# "C:\\Tools"), or to a file's name with its extension ("docs/api/index.md"; not "and/or", nor "Monday/Tuesday/Wednesday"),
# less a sentence's full stop after it.
PATH_PART = r"(?:\.?[\w%-]+(?:\.[\w%-]+)*|\.\.?)"
FILE_NAME = r"[\w%-]*(?:\.[^\W\d_][\w%-]*)+"
PATH = re.compile(rf"(?<![\w/\\.~%-])(?:(?:~|%\w+%|[A-Za-z]:)?(?:[/\\]{PATH_PART})+|(?:{PATH_PART}[/\\])+{FILE_NAME}(?!\w))")
# A number in groups of three or with decimals ("3,185.00", "1.234.567,89", "12.50"; not a list, "8,10,12", nor a year
# before a footnote's number, "1998.3"), a date written with hyphens ("2025-05-27") and a numbered part of a law
# ("regulation 4(1)(a)"; not a footnote's mark, "$1,234(1) million"): the tokenizer's pieces had given an r20 audit
# "185.00", "2025-05" and "regulation 4".
NUMBER_IN_PARTS = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}\.\d+)(?![\w]|[.,]\d)")
HYPHENED_DATE = re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])")
NUMBERED_PART = re.compile(r"\b(?:sections?|articles?|regulations?|rules?|paragraphs?|paras?|clauses?|schedules?|parts?|regs?|arts?|ss?)"
                           r"\.?\s+(?P<part>\d+[A-Za-z]?(?:\((?:\d{1,3}|[a-z]{1,4})\))+)", re.IGNORECASE)
MAX_ADDRESS_CHARS = 200  # how far from a span's edges an address it reaches into is looked for
HEADING_MARK = re.compile(r"#+\s")
# Marks that part a line's pieces when they stand between spaces ("By Thomas Wren · Published 4 March", "Oslo / Bergen",
# "- 500 g flour"): at a span's edge, apart from its words, no part of an answer ("Thomas Wren ·" had been answered).
# Not a sign that qualifies what follows it: "< 5 ms", "~ 30 minutes", "+ 3 dB" (review, session 38).
SEPARATORS = "·•‧∙/\\–—-&»«"
# What may open a line before its paragraph's number: spaces, a Markdown heading's marks ("## 4.2 Temperature presets": a
# "What temperature…?" had been answered "4.2").
NUMBER_OPENING = r"[ \t]*(?:#{1,6}[ \t]+)?"
# "[0012]", as patents number their paragraphs; not a year, as law reports open a citation: "[2019] UKSC 12". A clause's
# or an item's number before a word's capital, "8.3 Owners can check…", "1.2.4. "Tenant" means…", "1. Keep your plot
# cultivated", "4) Canoeing" (a report's "What phone number should owners call…?" had been answered "8.3", a tenancy's
# deposit "3.5"); not a figure opening a sentence, "3.5 million people", "1.42 kg", "2.5 GHz", nor a time or a price
# opening a line of a programme or a list of fees ("12.30 Lunch", "6.25 Child ticket": two digits after the point), nor
# "1. FC Köln".
PARAGRAPH_NUMBER = re.compile(NUMBER_OPENING + r"(\[(?!(?:1[5-9]|20)\d\d\])\d{3,5}\]|(?:\d{1,3}(?:\.\d)+\.?|\d{1,3}(?:\.\d{1,3})+\.|\d{1,3}[.)])"
                              r"(?=[ \t]+[\"'“‘(]?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]))")
# A clause's number that PARAGRAPH_NUMBER leaves, of two digits after its point ("8.10 The Tenant shall…") or before a word
# of one capital ("3.5 A holding deposit of £265…": answered "3.5" to "How big a deposit…?"), where a clause next to it opens
# a line of the passage too ("8.9" or "8.11", "3.4", "4.1" of the next section): a time, a price or an amount opening a line
# has none ("12.10 Welcome" beside "12.30 Lunch"; "2.5 A fuse").
CLAUSE_AFTER_ANOTHER = re.compile(NUMBER_OPENING + r"((\d{1,3})\.([1-9]\d?)\.?)(?=[ \t]+[\"'“‘(]?[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]|[ \t]))")
LINE_BREAK = re.compile(r"\r?\n|[\r\u2028\u2029\x0b\x0c\x85]")
WORD = re.compile(r"[^\W_]+")
CAPITALISED_WORD = re.compile(r"(?<![\w'’])[^\W\d_][^\W_]+")  # of any alphabet ("Élan"), its first letter a capital
# Words that name nothing in a question or a table's name, as typed (index/labels.py's FUNCTION_WORDS are stemmed: "mani").
UNNAMING_WORDS = frozenset("a an the of in on at to for by with from and or is are was were be been do does did what which who "
                           "whom whose when where why how much many this that these those it its his her their our your my s "
                           "will would can could should has have had i me we you get going".split())
TYPED_NAME = "\0"  # what opens `table_words`' entry of two words the question writes with capitals, as a name
# A fiscal year, "FY2023", "FY 23", "FY'23", "fiscal 2023", "fiscal year 2023": a question and a table name it alike (`words`).
FISCAL_YEAR = re.compile(r"\b(?:fiscal\s+(?:year\s+)?|FY\s?'?)(\d{4}|\d{2})\b", re.IGNORECASE)
LETTER = re.compile(r"[^\W\d_]")
CLITIC = re.compile(r"(?<=\w)['’](?:s|d|m|t|re|ll|ve)\b", re.IGNORECASE)  # "what's", "men's", "I'd"
CODE = re.compile(r"(?=.*\d)(?!.*[^\W\d_]{3})\S+")  # a figure with no word: "FH-1021", "E-101", "BA1"
# words of four letters ending in "s" that are no plural of a table's word: "does" names no "Doe", "thus" no "Thu"
NO_PLURALS = frozenset({"does", "goes", "news", "thus", "mars", "ones", "this", "plus", "tues", "weds", "thurs"})
ORDINALS = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")
QUARTER = re.compile(rf"\b({'|'.join(ORDINALS)})[ -]quarter\b", re.IGNORECASE)
# An ordinal before what it counts, which a row's label numbers: "the first instalment" names "Instalment 1"
COUNT_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
COUNTED_ORDINAL = re.compile(rf"\b({'|'.join(COUNT_WORDS)})\s+(?!(?:of|to|and|or|in|on|at|for|by|is|was)\b)[^\W\d_]", re.IGNORECASE)
COUNT_STEMS = frozenset(search_words(" ".join(COUNT_WORDS)))
LAST_COUNTED = re.compile(r"\b(?:last|final)\s+[^\W\d_]", re.IGNORECASE)  # "the last instalment"
LAST_STEMS = frozenset(search_words("last final"))
# A unit in brackets after a label: a symbol or a short abbreviation ("£m", "%", "USD", "kg", "km/h"), not a word ("oral")
# nor a place ("Bay C").
UNIT = re.compile(r"[^\w\s]*[^\W\d_]{0,3}(?:[/^·][^\W\d_]{1,3}\d?)*[^\w\s]*|[^\W\d_]{1,3}[²³]?")
BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# What a name is short for, in brackets after it: "Electrical Installation Condition Report (EICR)" is named "EICR" (bench/unseen22,
# written blind: "How much was the EICR on the invoice?" had been refused)
BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)")


def _acronym(name: str) -> str | None:
    """The acronym in brackets after a name's words that it is the initials of ("Electrical Installation Condition Report
    (EICR)": "eicr"), in small letters; not a qualifier ("Net income (GAAP)")."""
    short = BRACKETED_ACRONYM.search(name)
    if short is None:
        return None
    initials = "".join(word[0] for word in re.findall(r"[^\W\d_]+", name[:short.start()]) if word.lower() not in UNNAMING_WORDS)
    # not one a function word spells: "How much is it to learn Spanish?" names no "Information Technology (IT)" (a code review's)
    return short[1].lower() if initials.lower().endswith(short[1].lower()) and short[1].lower() not in UNNAMING_WORDS else None
# A quantity's symbol or an abbreviation in a label: "ISC", "AER", "HBM", "xG" (not a name, "Bob").
SYMBOL = re.compile(r"(?![A-Z][a-z]+$)[^\W\d_]?[A-Z][^\W\d_]{0,3}")
# Abbreviations tables name columns by, and the word of a question each stands for (as `_stem` leaves it): a list, since
# a rule of their shape named "GD" by "ground" and "Wt" by "what" (a review's, session 53).
ABBREVIATIONS = {"pts": "point", "pt": "point", "pld": "played", "avg": "average", "qty": "quantity", "amt": "amount",
                 "yr": "year", "yrs": "year", "wt": "weight", "ht": "height", "hr": "hour", "hrs": "hour", "mins": "minute",
                 "dept": "department", "pop": "population", "temp": "temperature", "approx": "approximate"}
# Two words in a row of a question, of three letters at least, whose initials a table may name a column or row by ("gd"
# of "goal difference"), but for words that name nothing (NOT_INITIALLED), and initials that spell a word ("No." is
# no "Nathan Oduya").
WORD_PAIR = re.compile(r"\b(?=([^\W\d_]{3,})\s+([^\W\d_]{3,})\b)")
NOT_INITIALLED = frozenset("what which who whom whose when where why how many much the and for are was were did does has "
                           "have had its their his her this that with from".split())
WORD_INITIALS = frozenset("am an as at be by do go he if in is it me my no of on or so to up us we".split())
# Words that name nothing, alone or in a row, in lower case: no answer ("than", of "wetter than 2023", had answered how
# much rain fell); "A" or "IN" may be a grade, a blood group or a state.
ONLY_FUNCTION_WORDS = re.compile(r"(?:(?:a|an|the|of|in|on|at|by|for|to|with|from|into|and|or|but|nor|than|as|that|which|is|are"
                                 r"|was|were|be|been)(?:\s+|$))+")
# A question asking which one or who: a table's column, its header cell, may answer it where the columns are what is
# compared ("Which laptop has a 720p webcam?" of a comparison whose columns are laptops: a set written blind, session 54);
# not how many or what percentage ("Units sold (thousands)" had answered "How many units did Ridewell sell?").
ASKS_WHICH = re.compile(r"\W*(?:(?:in|on|at|for|of|from|to|with|by)\s+)?(?:which|who)\b", re.IGNORECASE)
YES_OR_NO = frozenset({"yes", "no", "none", "true", "false"})  # a table's cell saying so names no column
# Words of a question asking for such a symbol: "What unit is the capacity given in?" may be answered "kWh".
SYMBOLS_ASKED = {"unit", "units", "currency", "abbreviation", "abbreviated", "acronym", "symbol", "stand", "stands"}


def crosses_lines(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] runs from one line into another that is not the same paragraph
    wrapped (index/wrapping.py's `unwrapped` tells): an answer does not run on from one list item,
    table row, heading or paragraph into the next."""
    breaks = list(LINE_BREAK.finditer(text, start, end))
    if not breaks:
        return False
    prose = unwrapped(text)
    return any(prose[match.start():match.end()] != " " * len(match.group()) for match in breaks)


def crosses_line_ends(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a line end at all: in an article read from a layout (a PDF, a Word document, a web
    page), each line is a paragraph, an item, a row or a line set apart, and none is prose wrapped. A passage holding
    part of a block of lines had taken its longest for a wrapped one: under a row of key figures' captions, "Adjusted
    operating margin¹ (2023: 13.1%)" over "38.4p" (an r22 audit's annual report)."""
    return LINE_BREAK.search(text, start, end) is not None


def line_key(text: str, start: int, end: int) -> tuple[str, int, int]:
    """A span as the words of its line and its place in them, the same wherever that line is repeated (its line end,
    "\n" or "\r\n", left out)."""
    first = line_start(text, start)
    return text[first:line_end(text, max(start, end - 1))], start - first, end - first


def numbers_paragraph(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a paragraph's number at the start of its line (PARAGRAPH_NUMBER), a patent's "[0004]", a
    clause's "8.3": no answer to what the paragraph says ("By how much do gauges under-report rainfall?" had been
    answered "0004")."""
    line = line_start(text, start)
    number = PARAGRAPH_NUMBER.match(text, line) or CLAUSE_AFTER_ANOTHER.match(text, line)
    return number is not None and number.start(1) <= start and end <= number.end(1) \
        and (number.re is PARAGRAPH_NUMBER or _beside_another_clause(text, number))


def _beside_another_clause(text: str, clause: re.Match) -> bool:
    """Whether a line of `text` opens with the number of a clause next to `clause` (CLAUSE_AFTER_ANOTHER's: before "8.10",
    "8.9" or "8.11"; after "3.5", "4.1"). The text is looked through only for a span within the number: the reader weighs
    many spans on such a line."""
    section, number = int(clause.group(2)), int(clause.group(3))
    neighbours = [f"{section}.{number + 1}", f"{section + 1}.1", *([f"{section}.{number - 1}"] if number > 1 else [])]
    opening = "(?:^|[\n\r])" if "\r" in text else "(?m:^)"  # the second three times as quick
    return re.search(rf"{opening}{NUMBER_OPENING}(?:{'|'.join(map(re.escape, neighbours))})\.?[ \t]", text) is not None


@lru_cache(maxsize=ARTICLES_KEPT)
def _sentence_starts(text: str) -> tuple[int, ...]:
    return tuple(start for start, _ in sentence_spans(text))


def sentence_at(text: str, at: int) -> str:
    """The sentence of text[at] (index/chunking.py `sentence_spans`, worked out once a text)."""
    return text[slice(*sentence_bounds(text, at))]


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """[start, end) of the sentence of text[at] (`sentence_at`)."""
    starts = _sentence_starts(text)
    holding = bisect.bisect_right(starts, at) - 1
    return starts[holding] if holding >= 0 else 0, starts[holding + 1] if holding + 1 < len(starts) else len(text)


def crosses_sentences(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] runs from one sentence into the next: no answer of a kind a question asks for ("21:00. On
    Saturdays it opens at 07:00" had answered when a lido closes on Saturdays, a probe's; none of SQuAD v1.1 dev's 662
    golds of such questions does)."""
    starts = _sentence_starts(text)
    after = bisect.bisect_right(starts, start)
    return after < len(starts) and starts[after] < end


def crosses_cells(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] runs from one table cell into another ("2 | 1.52"): over a "|" on a
    table row (index/tables.py's `table_rows`, worked out once a text), not one in prose ("Peace
    talks | Reuters")."""
    return any(in_table_row(text, match.start()) for match in CELL_BOUNDARY.finditer(text, start, end))


def answers_with_a_column(question: str, question_words: set[str], column: str) -> bool:
    """Whether a table's column's name, read before a cell (index/tables.py), may answer the question: one asking which
    or who (ASKS_WHICH) that does not name the column itself, where the column is named as a thing is (`names_a_thing`):
    "Which preset is recommended for green tea?" had been answered "Light ring colour", a column of the presets' colours
    ("Green" in the row of the preset named "Delicate")."""
    return ASKS_WHICH.match(question) is not None and names_a_thing(column) \
        and not named_among(question_names(frozenset(question_words)), (column,))


def names_a_thing(column: str) -> bool:
    """Whether a column's name is a thing's, as a comparison's columns are ("Nordvik Pro 15"), not what its cells say
    ("Light ring colour", "Temperature"): each of its words starts with a capital or a figure, and one at least is no
    common English word (qa/english.py `is_common_word`), brackets left out ("Speaker(s)" is no thing's, which had answered
    "who is speaking in the email archives session?": bench/unseen7's programme)."""
    outside = BRACKETED.sub(" ", column)
    written = (outside if outside.strip() else column).split()
    return all(word[0].isupper() or word[0].isdigit() for word in written) \
        and any(not is_common_word(word.strip(string.punctuation)) for word in written)


# not "Stage 1" nor "Step 2", a swim school's levels (a code review's)
PART_NAMED_BEFORE = re.compile(r"\b(?:section|part|chapter|clause|schedule|appendix|annex|article|paragraph)\s+$", re.IGNORECASE)
PART_NAME_CHARS = 12  # how far before a number its part's name is looked for
PART_ALONE = re.compile(r"\W*(section|part|chapter|clause|schedule|appendix|annex|article|paragraph)\s+\d+[A-Za-z]?\W*", re.IGNORECASE)


def a_part_s_number_unasked(question: str, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is only a part's number, with its name or after it ("SECTION 5", "5" of "SECTION 5   WHERE
    EXAMS TAKE PLACE"), where the question asks of no such part: "What is the address of the Northvale public centre in
    Harlby?" had been answered so (bench/unseen29, written blind)."""
    named_before = PART_NAMED_BEFORE.search(text, max(0, start - PART_NAME_CHARS), start)
    part = PART_ALONE.fullmatch(f"{named_before.group() if named_before else ''}{text[start:end]}")
    return part is not None and not re.search(rf"\b{part[1]}s?\b", question, re.IGNORECASE)


def in_label_the_question_names(question_words: set[str], text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a label the question names in a table row, not in the value it asks for: in
    a cell, with a value after it in the row, of which the question says most words (see `words`), either the row's
    first cell where the question names another row by a number the label has not, in place of one it has ("What was
    the balance on 31 Aug 2024?" had been answered "01", of "| Balance on 01 Aug 2024 | £1,342.56 |", an r21 audit's
    statement), or in any such cell a symbol ("What is the typical short-circuit current?" "ISC", of
    "| ISC Short-circuit current | VOUT = 0 V | | 420 | | mA |", a datasheet's) or words the question says for the
    most part ("What was Dunmore's expected goals?" "Expected goals (xG)", of a match's statistics, "| 1.38 | Expected
    goals (xG) | 1.71 |", an r22 audit's). A label's other words may answer:
    "What rate of Insurance Premium Tax is charged?" of "| Insurance Premium Tax (12%) | £142.49 |"."""
    first = line_start(text, start)
    bounds = [match.start() for match in CELL_BOUNDARY.finditer(text, first, line_end(text, start))]
    cell = next((at for at in range(len(bounds) - 1) if bounds[at] < start and end <= bounds[at + 1]), None)
    if cell is None or not in_table_row(text, bounds[0]) or text[first:bounds[0]].strip() \
            or not any(ch.isalnum() for ch in text[bounds[cell + 1]:bounds[-1]]):
        return False
    label = words(text[bounds[cell] + 1:bounds[cell + 1]])
    if 2 * len(label & question_words) <= len(label):
        return False
    numbers_unsaid = {word for word in label ^ question_words if any(ch.isdigit() for ch in word)}
    another_row = cell == 0 and bool(numbers_unsaid & label) and bool(numbers_unsaid - label)
    span = words(text[start:end])
    symbol = SYMBOL.fullmatch(text[start:end]) is not None and not question_words & SYMBOLS_ASKED
    return another_row or symbol or 2 * len(span & question_words) > len(span)


def in_a_cell_the_question_does_not_name(question_words: set[str], article_text: str, at: int) -> bool:
    """Whether article_text[at] is in a Markdown table's value cell (index/tables.py `body_cell`: one labelled by its row) of a
    row or a column the question does not name, where it names another of the table's whole (each of its label's or name's
    words): "What was Veltrane Systems' operating profit in Q3 2024?" had been answered "$241.0", the "Gross profit" row's,
    read beside "Operating profit, Q3 2024: $71.2". The labels' column is none of those told by: "What was version 2.1
    called?" names it. A column the question names with this row's value in it picks the row, not the column asked for
    ("How much does the plan with 2 TB of storage cost?" names Storage, and asks for the Price's cell); a label or name
    only of "a" or "I" is no word the question names ("a plan" names no row "A"). A value its column is named with ("the
    08:40 express bus", of a timetable's "Express 08:40") names that column, not the value's row."""
    cell = body_cell(article_text, at)
    asked = question_names(frozenset(question_words))
    if cell is None:
        return _unnamed_row_s_label(asked, article_text, at)
    if cell.label is None:  # a label's own cell, or a cell of a table without labels
        return _other_name_of_a_row_named(asked, cell)
    labels, columns = labels_named(asked, cell.labels, cell.columns), named_among(asked, cell.columns)
    if cell.label not in labels and labels:
        return True
    keyed = set() if labels else _rows_named_by_keys(asked, cell.rows)  # a row its label names is not unnamed by another's key
    if keyed and cell.number not in keyed:
        return True
    if keyed and cell.column not in columns and dict(cell.row)[cell.column] in named_in_part(
            asked, _column_values(cell.rows, cell.column), cell.columns):
        return True  # the key the question names the row by in part: it asks for another cell ("Hebden Bridge" of a ride's)
    # a value its column is named with too names the column, not the row: a timetable's "Express 08:40" (index/spaced_tables.py)
    selecting = {name for name, value in cell.row if _names(asked, value) and not name_words(value) <= name_words(name)}
    return cell.column not in columns and bool(columns - selecting - {cell.column})


def named_cells(question: str, article_text: str) -> list[tuple[int, int] | None]:
    """[start, end) of each value cell of the article's tables (`table_cells`) whose row and column the question names
    whole (`named_among`), None for an empty one: the row by its label or a key (`_rows_named_by_keys`), the column not by this
    row's value in it ("the plan with 2 TB of storage" asks for no Storage), and each figure the question says in the
    names of the row or column or in what says which table it is (`caption`: "How many calls did Priya make in week
    31?" names none of a table of week 32's; "… in 2024?" the cell of the table under "Branch activity, 2024"). "What
    was the East region's volume in Q1 2025?" names "East, 2025 Q1: 941", which the reader, taught on prose, had not
    found; "What were the costs in June?" an empty cell, which it had answered from the prose beside, "margin are
    missing". Not a row whose label the question says on into a longer name the article says too ("the Pro Max plan"
    names no row "Pro" of an article saying "Pro Max" beside its table: a review's, session 43). Where a table's row is
    named by its label, rows of other tables found by a key are not: "What percentage of council seats does the Green
    Party hold?" names the seats table's Green row, not a candidate's whose Party is "Green" (a review's, session 49)."""
    asked_question, question_asked = question, question_names(frozenset(table_words(question)))
    opening = document_opening(article_text)  # "Fellbrook Dental Practice" says no more than a row's name in part
    opening_said = frozenset(search_words(opening))
    ordinals = [match[1].lower() for match in COUNTED_ORDINAL.finditer(question)]
    counted = {str(COUNT_WORDS.index(ordinal) + 1) for ordinal in ordinals}  # no figure the question says
    counting = frozenset(search_words(" ".join(ordinals))) | (LAST_STEMS if LAST_COUNTED.search(question) else frozenset())
    price_explained = opening_said | counting | opening_words(article_text)  # a letterhead's "Wexcombe Travel Health Clinic"
    days = weekday_names(question)
    asks_costs = asked_kind(question) == MONEY or HOW_MUCH.search(question) is not None
    sums_said = SUM_STEMS & set(search_words(question))
    by_key, by_label = [], []
    opening_names = question_names(frozenset(table_words(opening))) if asks_costs or sums_said or ASKS_WHAT.match(question) \
        else frozenset()
    for unlabelled in table_cells(article_text):
        table = labelled_by_first_two(article_text, unlabelled)
        # a length of time as the table says it, of its ways the one naming a row: "an hour-long lesson" names "60
        # minutes" beside a hack's "1 hour" (qa/durations.py); a count in figures where the table writes it so
        said = " ".join([*table.labels, *table.columns, *(value for row in table.rows for _, value in row)])
        asked_of = {variant: question_asked if variant == asked_question else question_names(frozenset(table_words(variant)))
                    for variant in in_units_of(in_figures_of(asked_question, said), said)}
        question = next((variant for variant, words_of in asked_of.items() if named_among(words_of, table.labels)), next(iter(asked_of)))
        asked = asked_of[question]
        figures = {word for word in asked if word[0].isdigit()} - opening_said
        # or says what sums are named by, as people type ("fellbrook dental deposit amount"), but for a row's name ("What
        # is the standing charge?" asks for no Cost column's: a code review's)
        costs = asks_costs or bool(sums_said - _label_stems(table.labels))
        said_columns = _most_named(named_among(asked, table.columns)) or _column_of_days(days, table.columns)
        columns = said_columns or (_price_column(table, question, price_explained, article_text) if costs else frozenset())
        if not columns and not ASKS_WHAT.match(question) and not costs and not WHAT_TIME.match(question):
            continue
        label_columns = _label_column_names(table)
        # rows labelled by their first two cells only where the question names both: "the Saturday jumping class" names no
        # "Saturday, Fitness class" of another timetable (a code review's)
        labels = named_among(asked, table.labels) if table is not unlabelled else \
            labels_named(asked, table.labels, table.columns, opening) \
            or _labels_counted(question, article_text, table, asked, counted, opening) \
            or _labels_named_by_figure(asked, table, label_columns) or _labels_of_a_day(question, article_text, table)
        if not labels and (costs or ASKS_WHAT.match(question)) \
                and (one := _one_value_named(question, article_text, table, _named_by_first_word(asked - opening_names, table.labels, question))):
            by_label += one  # "how much was the vat" of an invoice's totals' row "VAT at 20% (included in the prices above)"
            continue
        if not columns:  # the one value of a row named whole and asked for by nothing else (`_one_value_named`)
            by_label += _one_value_named(question, article_text, table, named_among(asked, table.labels))
            continue
        rows = {number for number, label in enumerate(table.row_labels) if label in labels} if labels \
            else _rows_named_by_keys(asked, table.rows)
        captioned = caption(article_text, table)
        said = name_words(captioned) | words(captioned) & figures if figures else frozenset()  # "Summer green fees (18 holes)"
        # a day the question names that neither the row, the columns named nor what says which table it is does: "Where is
        # the Sunday craft fair?" asks nothing of a table under "Saturday 27 September" (a probe's)
        days_said = weekday_names(captioned) | days_spanned(paragraph_before(article_text, table.start)) if days else set()
        for row in sorted(row for row in rows if table.row_labels[row] is not None
                          and days <= days_said | days_covered(table.row_labels[row]) | weekday_names(" ".join(columns))
                          | set().union(*map(days_covered, columns))
                          | weekday_names(" ".join([table.row_labels[row], *(value for _, value in table.rows[row])]))
                          and not _says_a_longer_name(question, table.row_labels[row], label_columns.get(row, ""), article_text)
                          and not _in_a_compound(question, table.row_labels[row], table.labels)):
            # not by words of its label ("5" of "More than 5 years" asks for no column holding "5")
            named_by_value = {name for name, value in table.rows[row] if _names(asked, value)
                              and not name_words(value) <= name_words(table.row_labels[row])
                              or value in named_in_part(asked, _column_values(table.rows, name), table.columns)}  # "the family ride"
            naming = name_words(table.row_labels[row]).union(words(table.row_labels[row]) & figures,  # "Child (5–15)"
                                                              *(name_words(value) for name, value in table.rows[row]
                                                              if name in named_by_value))
            cells = {column: (start, end) for start, end, column, label, number in table.cells
                     if number == row and label is not None and end > start}
            if not said_columns and len(cells) == 1 and not cells.keys() & columns \
                    and CURRENCY_SIGN.search(article_text[slice(*next(iter(cells.values())))]):
                cells = dict.fromkeys(columns, *cells.values())  # a totals' row's one sum under "Line total", not "Unit price"
            # not a column named only by the row's own words beside another named: "How much was the night rate cost?"
            # asks for the "Night rate" row's Cost, not its Rate (a code review's)
            asked_of = {column for column in columns if not name_words(column) <= name_words(table.row_labels[row])} or columns
            (by_label if labels else by_key).extend(cells.get(column) for column in table.columns
                                                   if column in asked_of - named_by_value
                                                   and figures <= naming | name_words(column) | words(column) | said)
    return by_label or by_key


NUMBER_NAMES = UNITS.split("|")  # "one" is 1
COUNT_IN_WORDS = re.compile(rf"\b(?:{'|'.join(NUMBER_NAMES[1:12])})\b", re.IGNORECASE)  # "two" to "twelve"


def in_figures_of(question: str, said: str) -> str:
    """The question with each count it says in words ("a block of five lessons") in figures where the table says that
    figure and not the word ("Block of 5": bench/unseen26, written blind, a block of two swimmers' lessons had answered)."""
    figures = set(re.findall(r"(?<![\d.,])\d+(?![\d.,]\d)", said))
    written = {word.lower() for word in COUNT_IN_WORDS.findall(said)}

    def as_figure(word: re.Match) -> str:
        figure = str(NUMBER_NAMES.index(word.group().lower()) + 1)
        return figure if figure in figures and word.group().lower() not in written else word.group()

    return COUNT_IN_WORDS.sub(as_figure, question)


def _labels_counted(question: str, article_text: str, table: TableCells, asked: frozenset[str], counted: set[str],
                    opening: str) -> frozenset[str]:
    """The row labels a question names by an ordinal (`counted`, its figures: "the first instalment" names "Instalment 1"),
    where it says nothing but ordinals and what the table and the document's opening do: "When is the coach back on the
    third day?" asks nothing of an itinerary's "Day 3" row (a code review's: its date had answered)."""
    labels = labels_named(asked | counted, table.labels, table.columns, opening) if counted else frozenset()
    if not labels and LAST_COUNTED.search(question) and counted_in_order(table.row_labels):
        # "the last instalment" of rows "First", "Second", "Third" or "Instalment 1" to "Instalment 3", the rows' name said
        # (bench/unseen22, written blind: a weekly rent had answered)
        last = table.row_labels[-1]
        named_by = set(search_words(" ".join([last, *_label_column_names(table).values()]))) - COUNT_STEMS
        labels = frozenset({last}) if named_by & set(search_words(question)) else frozenset()
    if not labels:
        return frozenset()
    said = set(search_words(question)) - ASKING_STEMS - COUNT_STEMS - LAST_STEMS - opening_words(article_text) - set(search_words(
        " ".join([*table.columns, *labels, *(value for row in table.rows for _, value in row), *_label_column_names(table).values()])))
    return frozenset() if said else labels


def counted_in_order(row_labels: tuple[str | None, ...]) -> bool:
    """Whether a table's rows are counted, in order: "First", "Second", "Third", or "Instalment 1", "Instalment 2"."""
    counts = [COUNT_WORDS.index(label.lower()) + 1 if label and label.lower() in COUNT_WORDS
              else int(found[1]) if label and (found := re.search(r"(\d+)$", label)) else None for label in row_labels]
    return len(counts) >= 2 and counts == list(range(1, len(counts) + 1))


def _column_of_days(days: set[str], columns: tuple[str, ...]) -> frozenset[str]:
    """The one column of days alone (`days_covered`) covering the days a question names: "… want a Friday …" names
    "Friday or Sunday" beside "Monday to Thursday" (bench/unseen24, written blind: the package's price had been refused)."""
    covering = frozenset(column for column in columns if days and days <= days_covered(column))
    return covering if len(covering) == 1 else frozenset()


def _one_value_named(question: str, article_text: str, table: TableCells, labels: frozenset[str]) -> list[tuple[int, int]]:
    """[start, end) of the one value of the one row a question asking what something is or how much names by its label,
    where it says nothing else but how it asks, what the document's opening says and what the table's caption does: a
    receipt's "What is the total of the charges?" of its "Total (including VAT)" row, whose Days and Rate are empty, or a
    payslip's "What was the income tax?" of a Description/Amount table (bench/unseen13, written blind: "2 Mill Yard" of
    the letterhead had been the answer; a probe's)."""
    if len(labels) != 1:
        return []
    [label] = labels
    # nor what its columns' names say, nor the fields over the table saying whose and of when it is ("Pay period: Month
    # 7 – October 2025" of "How much Income Tax was deducted from his October 2025 pay?")
    said = set(search_words(question)) - ASKING_STEMS - SUM_STEMS - opening_words(article_text) \
        - set(search_words(" ".join([label, caption(article_text, table), *table.columns, *_label_column_names(table).values()]))) \
        - _record_words(article_text[max(0, table.start - RECORD_REACH):table.start])
    rows = [number for number, row_label in enumerate(table.row_labels) if row_label == label]
    values = [(start, end, column) for start, end, column, cell_label, number in table.cells
              if rows == [number] and cell_label is not None and end > start and article_text[start:end].strip("-–— ")]
    # not a running total's where the question says none and a sum of another column is left: "How much Income Tax was
    # deducted from his October pay?" of a payslip's "This period" and "Year to date" (bench/unseen16, written blind);
    # not "Raised to date" beside "Swimmers" (a code review's)
    current = [value for value in values if not TO_DATE.search(value[2])]
    if not TO_DATE.search(question) and any(CURRENCY_SIGN.search(article_text[start:end]) for start, end, _ in current):
        values = current
    # a price asked of a row whose one sum stands beside words: "brightlow gutter clear price for a bungalow" of "| Bungalow
    # | £60.00 | not applicable |" (bench/unseen24, written blind: the one-off work's line had answered)
    # (not a running total unasked, nor by a sum's word of the row's own name: "What is the standing charge?" of its Rate
    # and Cost)
    sums = [value for value in values if CURRENCY_SIGN.search(article_text[value[0]:value[1]])
            and (not TO_DATE.search(value[2]) or TO_DATE.search(question))]
    if len(values) > 1 and len(sums) == 1 and (asked_kind(question) == MONEY or HOW_MUCH.search(question)
                                               or (set(search_words(question)) - set(search_words(label))) & SUM_STEMS):
        values = sums
    # and a time asked of a row whose one time stands beside words: "What time can I drop my dog off on a Sunday?" of
    # "Sunday   closed   4.00 - 6.00 pm" (bench/unseen24, written blind: "closed" had answered)
    times = [value for value in values if is_of_kind(article_text[value[0]:value[1]], TIME)]
    if len(values) > 1 and len(times) == 1 and (asked_kind(question) == TIME or WHAT_TIME.match(question)):
        values = times
    return [(start, end) for start, end, _ in values] if not said and len(values) == 1 else []


@lru_cache(maxsize=256)
def _label_stems(labels: tuple[str, ...]) -> frozenset[str]:
    """The search words of a table's row labels."""
    return frozenset(search_words(" ".join(label for label in labels if label)))


def _record_words(text: str) -> frozenset[str]:
    """The search words of the lines of a label and its value ("Employee:   Owen Stallard") in `text`."""
    return frozenset(search_words(" ".join(match.group() for match in RECORD_LINE.finditer(text))))


def _named_by_first_word(asked: frozenset[str], labels: tuple[str, ...], question: str) -> frozenset[str]:
    """The one label whose first word, a noun before what qualifies it, the question's `asked` words say (not the
    document's opening's: "Fellbrook Care Plan discount" of "fellbrook dental deposit amount") and no other label does:
    the totals' rows of an invoice or an estimate ("VAT at 20% (included in the prices above)", "Deposit due when
    booking is confirmed"), which "how much was the vat" names (bench/unseen16, written blind); of two, the one whose
    first word the question says but after a preposition, which says of what: "How much VAT is on invoice QE-2026-0311?"
    names "VAT at 20%", not "Invoice total" (bench/unseen22, written blind)."""
    said = {label: _naming_words(BRACKETED.sub(" ", label)) for label in labels}
    named = [label for label, words_ in said.items() if words_ and words_[0] in asked
             and not any(words_[0] in other for name, other in said.items() if name != label)]
    if len(named) > 1:
        of_what = {_stem(word.lower()) for word in OF_WHAT.findall(question)}
        named = [label for label in named if said[label][0] not in of_what]
    return frozenset(named) if len(named) == 1 else frozenset()


def _labels_of_a_day(question: str, article_text: str, table: TableCells) -> frozenset[str]:
    """The one row label of days alone covering the one day of the week a question names (`days_covered`): "What time
    does dinner end on Saturday?" names an opening-hours table's "Friday and Saturday" row, "… on Wednesday?" its "Tuesday
    to Thursday" (bench/unseen12, written blind: "11:30" of the prose's bar had been the answer). Not a holiday's day
    ("Good Friday"), nor for a question asking yes or no, nor where the question does not say what the table's caption
    names besides its hours ("What time does the café open on Tuesday?" of "## Pool opening hours": a code review's)."""
    days = weekday_names(HOLIDAY.sub(" ", question))
    if len(days) != 1 or asks_yes_or_no(question) \
            or set(search_words(caption(article_text, table))) - HOURS_WORDS - set(search_words(question)):
        return frozenset()
    covering = [label for label in table.labels if days <= days_covered(label)]
    return frozenset(covering) if len(covering) == 1 else frozenset()


def document_opening(article_text: str) -> str:
    """The short lines a document opens with before its first table (index/openings.py `opening_lines`): what it is about
    ("Brackenfold Primary School", "Year 6 Residential Trip"), not a short document's table's own header ("Q3 2024"), nor
    a report's first sentence ("This report compares … in 2023 and in 2024": a code review's)."""
    tables = table_cells(article_text)  # opening_lines reads no further than OPENING_CHARS: a short key for its cache
    end = min(tables[0].start if tables else len(article_text), OPENING_CHARS + 1)
    return "\n".join(words for _, words in opening_lines(article_text[:end]))


def _most_named(columns: frozenset[str]) -> frozenset[str]:
    """Of columns a question names each, those of the most words: "the family ticket price with gift aid" asks for "With
    Gift Aid", not "Price" (bench/unseen14, written blind: the two cells had named none, and "£32.00" answered)."""
    most = max((len(name_words(column)) for column in columns), default=0)
    return frozenset(column for column in columns if len(name_words(column)) == most)


def _price_column(table: TableCells, question: str, explained: frozenset[str], article_text: str) -> frozenset[str]:
    """The one column whose name says a price (PRICE_NAMES), or else a sum (SUM_NAMES), which a question asking what a
    row costs names however the name qualifies it ("What does the Practice plan cost?" asks for "Monthly price": an API
    user's had been "£4 each per month" of the prose under the plans' table, 0.93), where the question says nothing but
    the table's names, labels and cells, how it asks, for what period and the words `explained` (what the document's
    opening says, `document_opening` and index/lexical.py `opening_words`, a letterhead's "Wexcombe Travel Health Clinic":
    "How much is the deposit for the Brackenfold Year 6 residential trip?" of a letter's "Payment | Amount | Due by" table:
    bench/unseen14, written blind; "How much is the RAM of the Practice plan?" asks for no price), and no other period than
    the column's ("… per year?" asks for no "Monthly price": a code review's). `article_text`: the table's, whose caption
    explains words too."""
    from qa.measures import periods_said  # which reads spans' sentences with this module

    # a sum's column only in a table without a price's: "| Item | Amount | Price |" lists how much of each (a code review's)
    priced = frozenset(column for column in table.columns if name_words(column) & PRICE_NAMES) \
        or frozenset(column for column in table.columns if name_words(column) & SUM_NAMES)
    # of several prices, the one whose other words the question says most: "… for a 6-year-old member?" asks for "Member
    # price (10 weeks)", "… non-member pay …" for "Non-member price" (bench/unseen24, written blind: both refused)
    if len(priced) > 1:
        said_words = name_words(question)
        priced = _most_named(frozenset(column for column in priced if name_words(column) - PRICE_NAMES - SUM_NAMES <= said_words
                                       and name_words(column) - PRICE_NAMES - SUM_NAMES))
    # but a line's total beside its unit price, where the question asks of no one unit: "How much was PAT testing?" of an
    # invoice's "| Description | Qty | Unit price | Total |" asks for £30.00 of 12 tests, not £2.50 (a code review's)
    # (a code review's: only of a table counting each line's quantity, a total of sums, not a running one's "Total paid so
    # far", nor where the question asks of one: "How much is a double socket?" is its £45.00)
    totals = frozenset(column for column in table.columns if name_words(column) & TOTAL_NAMES and not TO_DATE.search(column)
                       and not name_words(column) & RUNNING_NAMES and _sums(table, column))
    if priced and len(totals) == 1 and not totals & priced and not set(search_words(question)) & ONE_UNIT_STEMS \
            and any(name_words(column) & QUANTITY_NAMES for column in (*table.columns, *_label_column_names(table).values())) \
            and not ONE_ASKED.search(question):
        priced = totals
    said = set(search_words(" ".join((*table.columns, *table.labels, *_label_column_names(table).values(),
                                      *(value for row in table.rows for _, value in row),  # "… on LR6", a Tooth cell's
                                      caption(article_text, table)))))  # "… home delivery?" of a table under "HOME DELIVERY"
    unsaid = set(search_words(question)) - said - ASKING_STEMS - PERIOD_STEMS - ONE_UNIT_STEMS - explained
    # but a word one of the table's opens ("departing" of "Departure date": bench/unseen23, written blind)
    if len(priced) != 1 or any(not any(alike(word, other) for other in said) for word in unsaid):
        return frozenset()
    asked, counted = periods_said(question), periods_said(next(iter(priced)))
    return frozenset() if asked and counted and not asked & counted else priced  # "per year" asks no "Monthly price"


def _sums(table: TableCells, column: str) -> bool:
    """Whether two thirds of a column's cells at least are sums of money ("£30.00", "2,078.46")."""
    values = _column_values(table.rows, column)
    return bool(values) and 3 * sum(bool(SUM_FIGURE.search(value)) for value in values) >= 2 * len(values)


def _column_values(rows: tuple[tuple[tuple[str, str], ...], ...], column: str) -> tuple[str, ...]:
    """The texts of a table's cells (its `rows`' (column's name, text)) in `column`, a row at a time."""
    return tuple(value for row in rows for name, value in row if name == column)


def columns_named_by_value(question: str, article_text: str) -> list[tuple[int, int]]:
    """[start, end) of the header cell of the column of each table that a question asking which or who (ASKS_WHICH)
    names by a value one cell of the table holds and no other (`_value_parts`), where the table's rows are labelled: "Which
    laptop has a 720p webcam?" names the column "Lumina Slate 13" of a comparison whose columns are laptops and whose rows
    what they have, by its Webcam's "720p"; and "… an SD card reader?" by "SD card", of its Ports' "2x USB-C, 2x USB-A,
    HDMI 2.1, SD card" (a set written blind, session 54: the reader had refused both). Not a column whose name says
    what its cells do (`names_a_thing`): "Which preset is recommended for green tea?" had been answered "Light ring
    colour", by the cell "Green" of a preset's row."""
    if not ASKS_WHICH.match(question):
        return []
    asked = question_names(frozenset(table_words(question)))
    found = []
    for table in table_cells(article_text):
        holding = _cells_named_by_value(asked, table, article_text)
        header = header_cell(article_text, holding[0][0], holding[0][2]) if len(holding) == 1 and names_a_thing(holding[0][2]) \
            else None
        if header is not None:
            found.append(header)
    return found


# "Which model…", "What kettle…": the thing a question asks which of.
WHICH_THING = re.compile(r"\W*(?:(?:in|on|at|for|of|from|to|with|by)\s+)?(?:which|what)\s+(?P<thing>[^\W\d_]+)\b", re.IGNORECASE)
# What a table's row is, whatever its table: "Which one holds 2.2 litres?", "Which model…", "Which option…".
ROW_KINDS = {"one", "model", "item", "product", "option", "plan", "version", "type", "kind", "variant", "entry", "row"}


def rows_named_by_value(question: str, article_text: str) -> list[tuple[int, int]]:
    """[start, end) of the row label's own cell of each table's row that a question asking which of something
    (WHICH_THING) names by a value one cell of the table holds and no other (`_cells_named_by_value`), as
    `columns_named_by_value` finds a comparison's column: "Which model holds 2.2 litres?" names the row "Kettle Pro Max"
    by its Capacity's "2.2 litres" (the reader had answered "Kettle Pro", another row's, 58 %: a review's), where what
    it asks which of is a row's kind (ROW_KINDS), its label column's name or a word of its rows' labels. Not where the
    question names a row itself, or another column, whose cell it asks for."""
    which = WHICH_THING.match(question)
    if which is None:
        return []
    thing = singular(which["thing"].lower())
    asked = question_names(frozenset(table_words(question)))
    found = []
    for table in table_cells(article_text):
        if any(label is not None and _names_words(asked, name_words(label)) for label in table.labels):
            continue
        # what it asks for is a row's: its kind ("model"), the label column's name ("preset") or a word of the rows' labels
        # ("kettle" of "Kettle Pro Max"); not a colour or a company of the row ("Which company makes the 2.2 litres kettle?")
        own_names = {word for _, _, column, label, _ in table.cells if label is None for word in name_words(column)} \
            | {word for label in table.labels if label for word in name_words(label)}
        if thing not in ROW_KINDS and thing not in {singular(word) for word in own_names}:
            continue
        holding = _cells_named_by_value(asked, table, article_text)
        if len(holding) != 1:
            continue
        [(_, _, column, _, row)] = holding
        own = [(start, end) for start, end, _, label, number in table.cells if label is None and number == row]
        if len(own) != 1:
            continue
        # asking for another column's cell of the row ("Which drinks is the 95 °C setting suggested for?" of a column
        # "Suggested use")
        other_columns = set().union(*(name_words(other) for other in table.columns if other != column)) - FUNCTION_WORDS
        if other_columns & name_words(question):
            continue
        found.append(own[0])
    return found


def _cells_named_by_value(asked, table: TableCells, article_text: str) -> list[tuple[int, int, str, str, int]]:
    """The table's labelled body cells (`TableCells.cells`) holding a value part (`_value_parts`) that the question's
    words (`asked`: `question_names`) name and no other cell of the table holds."""
    parts = Counter(part for start, end, _, label, _ in table.cells if label is not None
                    for part in _value_parts(article_text[start:end]))
    return [cell for cell in table.cells if cell[3] is not None and any(
        parts[part] == 1 and _names_words(asked, part) for part in _value_parts(article_text[cell[0]:cell[1]]))]


def _value_parts(value: str) -> frozenset[frozenset[str]]:
    """The words (`name_words`) of each part of a cell's value, split at commas and semicolons, that says more than
    function words, a yes or no, or a single letter: "SD card" of "2x USB-C, HDMI 2.1, SD card"; not "No" or "A"."""
    parts = (name_words(part) for part in re.split(r"[,;]", value))
    return frozenset(part for part in parts if part - FUNCTION_WORDS - YES_OR_NO and any(len(word) > 1 for word in part))


def _says_a_longer_name(question: str, label: str, label_column: str, article_text: str) -> bool:
    """Whether the question says `label` on, by a space or a hyphen, into a capitalised word or a figure, the longer name
    the article says as well ("Pro Max", "Nova 15 Plus", "North-West"); not into its column's name, which says what the
    label is ("Green Party" of a row "Green" in a column "Party": a review's, session 49)."""
    return any(match.group() in article_text and not name_words(match.group(1)) <= name_words(label_column) for match in
               re.finditer(rf"(?<!\w){re.escape(label)}(?:[ -]+)([A-Z0-9][\w+]*)", question))


HYPHENED_WORDS = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")


def _in_a_compound(question: str, label: str, labels: tuple[str, ...]) -> bool:
    """Whether the question says a word of `label` only inside a hyphened word that another of the table's `labels` says
    and it does not (with a hyphen or a space): "a 30-minute semi-private lesson" names no "Private lesson, 30 minutes"
    beside "Semi-private (2 riders)" (bench/unseen28, written blind: the private lesson's price had been the answer); "a
    full-day pony camp" still names "Pony camp, full day" (a code review's)."""
    def says(text: str, compound: str) -> bool:
        return compound in text.lower() or compound.replace("-", " ") in text.lower()

    label_said = name_words(label)
    compounds = [match.group().lower() for match in HYPHENED_WORDS.finditer(question)]
    named_elsewhere = name_words(HYPHENED_WORDS.sub(" ", question))
    return any(not says(label, compound) and any(says(other, compound) for other in labels if other != label)
               and name_words(compound) & label_said - named_elsewhere for compound in compounds)


def _labels_named_by_figure(question_words: frozenset[str], table: TableCells, label_columns: dict[int, str]) -> frozenset[str]:
    """The table's row labels that are a figure with its column's name before it (index/tables.py's `_label_text`:
    "Year 2021"), whose figure the question says: "How many juvenile cod were counted in 2021?" names the row "Year
    2021" ("62", 2020's, had been the answer: a review's, session 53). `label_columns`: `_label_column_names`."""
    return frozenset(label for row, label in enumerate(table.row_labels)
                     if label is not None and (column := label_columns.get(row, ""))
                     and label.startswith(f"{column} ") and not LETTER.search(figure := label[len(column) + 1:])
                     and name_words(figure) and name_words(figure) <= question_words)


def _label_column_names(table: TableCells) -> dict[int, str]:
    """The name of the column of the table's row labels, as each row's label's own cell has it, by row: in one pass over
    its cells, as a row at a time had taken a 12,000-row table 9.8 s (a review's, session 53)."""
    names: dict[int, str] = {}
    for _, _, name, label, number in table.cells:
        if label is None:
            names.setdefault(number, name)
    return names


# The fewest lines of a label and its value in a run that reads as a table's rows, a schedule's ("Escape of water: £350"),
# not a letter's "Date: …" over its text; and the most words a label among them has ("Compulsory excess, all claims
# except those below: £150": a row's label still, that LABEL_WORDS would take for a sentence's words).
FIELD_RUN_LINES = 3
# Labels a question names in passing: "the model", "on the day", "the silver colour" (compared stemmed, as labels are).
GENERIC_LABEL_WORDS = frozenset({"model", "day", "date", "time", "name", "type", "kind", "colour", "color", "size", "item",
                                 "product", "status", "version", "number", "ref", "reference", "id", "note", "notes"})
RUN_LABEL_WORDS = 12
# A Markdown table's row of two cells, a label and its value (index/tables.py reads no column of labels in such a table).
TWO_CELL_ROW = re.compile(r"[ \t]*\|([^|\n]*)\|([^|\n]*\w[^|\n]*)\|[ \t]*")


def in_a_field_the_question_does_not_name(question_words: set[str], article_text: str, at: int, kind: str | None = None) -> bool:
    """Whether article_text[at] is in a line of a label and its value, of a run of them with no line between (a policy
    schedule's "EXCESSES", or the body of a table of two columns), whose label the question does not name, where it
    names another of the run's whole, as a table's row it does not name (`in_a_cell_the_question_does_not_name`): "What's
    the excess on an escape of water claim?" had been answered "£150", the compulsory excess's, over "Escape of water:
    £350", and "When is the last bus on a Sunday?" "Saturday", of "| Saturday | 23:30 |" over "| Sunday | 18:45 |"
    (bench/unseen6). A label named counts only where its value may be of the `kind` asked (answer_kinds.py), and but one
    generic word of GENERIC_LABEL_WORDS: "How much does the Aero X200 model cost?" names "Model: Aero X200", no price,
    and "Where is the workshop on the day?" "Day" (a probe's: both had been refused)."""
    run, label, values = _field_runs(article_text).get(line_start(article_text, at), ((), None, ()))
    if label is None:
        return False
    asked = question_names(frozenset(question_words))
    named = {name for name in named_among(asked, run) if not _generic(name)
             and (kind is None or any(is_of_kind(value, kind) for other, value in zip(run, values) if other == name))}
    return bool(named) and label not in named and not _half_said(asked, label)


HOW_MUCH = re.compile(r"\bhow\s+much\b", re.IGNORECASE)  # anywhere, as people type ("order 4471 how much was the vat")
PERIOD_STEMS = frozenset(search_words("per a an each every hour day week month year monthly yearly annual annually"))
PRICE_NAMES = frozenset({"price", "cost", "fee"})  # a label a question asking how much something costs names
SUM_NAMES = frozenset({"amount", "charge"})  # a column of a table of payments, where none is a price's
# A word after a preposition, which says of what a question asks: "invoice" of "How much VAT is on invoice QE-2026-0311?"
OF_WHAT = re.compile(r"\b(?:on|of|for|in|from|at)\s+(?:(?:the|my|our|this|that|your)\s+)?([^\W\d_]+)", re.IGNORECASE)
# A weekday before a date: "Monday " of "Monday 8 June 2026"
DATED_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]{3})", re.IGNORECASE)
WHAT_TIME = re.compile(r"\W*(?:what|which)\s+time\b", re.IGNORECASE)  # asks a time, whatever asked_kind reads
TOTAL_NAMES = frozenset({"total"})  # a column of a line's sum: "Total", "Line total"
RUNNING_NAMES = frozenset({"paid", "far", "cumulative", "running", "balance"})  # "Total paid so far" is no line's
QUANTITY_NAMES = frozenset({"qty", "quantity", "quantities", "no", "units", "hours", "hrs"})  # what counts a line's units
ONE_ASKED = re.compile(r"\ban?\b", re.IGNORECASE)  # "How much is a double socket?" (and ONE_UNIT_STEMS' words)
SUM_FIGURE = re.compile(r"[£$€]\s?\d|\d\.\d\d\b")
ONE_UNIT_STEMS = frozenset(search_words("unit each one single per price"))  # what asks for a unit price beside a line's total
SUM_STEMS = frozenset(search_words(" ".join(PRICE_NAMES | SUM_NAMES)))  # what asks for a row's one sum ("the delivery charge")
# The words a question asks a spec table's row's value with, besides the label's, stemmed as search is
ASKING_STEMS = frozenset(search_words(" ".join(sorted(FUNCTION_WORDS | {
    "what", "which", "how", "much", "many", "heavy", "cost", "costs", "price", "weigh", "weight", "does", "do", "did", "is",
    "it", "its", "come", "comes", "get", "available", "option", "options", "tell", "me", "please", "there", "use", "uses",
    "need", "needs", "have", "has", "take", "takes", "hold", "holds", "run", "runs", "if",  # "… if I cancel …"
    "i", "live", "lives",  # "I live 4 miles from …" of a table of distances
    "pay", "pays", "paid", "would", "can",  # "What would a … non-member pay …?"
    "before", "prior"}))))  # "… cancel 6 to 12 months before" (qa/bands.py)
# The value column's names of a table of a thing's features, one a row ("| Feature | Value |"), whose labels say what
# their values are; not a list of things by a feature ("| Ticket | Price |").
VALUE_COLUMN_NAMES = frozenset({"value", "values", "detail", "details", "specification", "specifications", "spec", "specs",
                                "description", "info", "information", "data", "figure", "setting", "answer"})


def named_fields(question: str, article_text: str) -> list[tuple[int, int]]:
    """[start, end) of the value of the row of a table of one thing's features ("| Feature | Value |", a labelled run of
    `_field_runs`) whose label the question names whole, where it names no other of the run, or else half says ("what
    colours does it come in?" of "Colour options"), or else whose label says a price where it asks what something costs:
    "what is the price of the AquaPure X200?" names a spec table's "| Price | €329 |", "how heavy is it" its "| Weight
    (empty) | 6.8 kg |" (a chat user's: the reader, reading the table as prose, had answered "€39" of a replacement
    filter's table, and "empty"). Not a label of function words ("From:", which "Where did it come from?" says) nor of
    generic ones (GENERIC_LABEL_WORDS); nor where the question names a row of a table of more columns, or says words
    besides the label's that the document's opening does not ("how much does the wall bracket cost?" asks of an
    accessory, not the fan its spec table is of: a probe's)."""
    asked, costs = question_names(frozenset(table_words(question))), asked_kind(question) == MONEY
    if any(named_among(asked, table.labels) for table in table_cells(article_text)):
        return []  # "How much does the RO membrane cost?" names another table's row, whose Price it asks for
    runs = _field_runs(article_text)
    headers = {run: _row_value(article_text, at) for at, (run, label, _) in runs.items() if label == ""}
    others = set(search_words(question)) - opening_words(article_text) - ASKING_STEMS
    named_of: dict[tuple[str, ...], set[str]] = {}  # worked out once a run, not once a row: a glossary has thousands
    found = []
    for at, (run, label, _) in runs.items():
        value_column = headers.get(run)
        if not label or others - set(search_words(with_spec_names(label))) or value_column is None \
                or article_text[slice(*value_column)].strip(" *_").lower() not in VALUE_COLUMN_NAMES:
            continue  # and a price list's "| Ticket | Price |": its rows name things, whose dinner is no price
        if run not in named_of:
            # a label of one generic word named in passing ("What model is it?" of "Model"), not "Model number" named whole
            features = [name for name in run
                        if name_words(name) - FUNCTION_WORDS and not (len(name_words(name)) == 1 and _generic(name))]
            named_of[run] = set(named_among(asked, tuple(features))) \
                or {name for name in features if _half_said(asked, name)} \
                or {name for name in features if costs and name_words(name) & PRICE_NAMES}  # "how much does the aquapure cost"
        if named_of[run] == {label} and (value := _row_value(article_text, at)) is not None:
            found.append(value)
    return found


def with_spec_names(label: str) -> str:
    """A label and the other names of its words (SPEC_NAMES): "Memory RAM"; "Valid until" is an expiry date; "Replacement
    junior card" one for a kid (TICKET_HOLDERS: bench/unseen21, written blind, had answered with the adult's)."""
    said = words(label)
    return " ".join([label, *(SPEC_NAMES[word] for word in said if word in SPEC_NAMES),
                     *(["expiry expires"] if EXPIRY_NAMES <= said else []),
                     *(typed for typed, names in TICKET_HOLDERS.items() if said.intersection(names))])


def _generic(label: str) -> bool:
    """Whether a label is of words a question names in passing alone (GENERIC_LABEL_WORDS: "Model", "Day")."""
    return question_names(GENERIC_LABEL_WORDS).issuperset(name_words(label))


def _row_value(article_text: str, at: int) -> tuple[int, int] | None:
    """[start, end) of the value of the two-column table row starting at `at` (`_field_runs`), None where it has none or
    is a "Label: value" line: a list's bullets of such lines ("- Greenfall Surfaces: rubber mulch, £14,200", "Weekend
    pass (adult): $14") name what questions name in passing, and had answered those of four bench sets wrongly."""
    line = article_text[at:line_end(article_text, at)]
    row = TWO_CELL_ROW.fullmatch(line) if len(line) <= FIELD_CHARS else None
    if row is None:
        return None
    start, end = at + row.start(2), at + row.end(2)
    while start < end and article_text[start].isspace():
        start += 1
    while end > start and article_text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _half_said(asked: frozenset[str], label: str) -> bool:
    """Whether the question says half a label's words at least (but its function words), or words of their stem: "How long
    does it take to charge the battery?" names "Charging time" for the most part, beside "Battery" named whole (a spec's
    list, bench/facts); it names "Compulsory excess, all claims except those below" far less than "Escape of water"."""
    wanted = name_words(label) - FUNCTION_WORDS
    said = {word for word in wanted if any(alike(word, other) or len(word) >= 5 and word[:5] == other[:5] for other in asked)}
    return bool(wanted) and 2 * len(said) >= len(wanted)


@lru_cache(maxsize=ARTICLES_KEPT)
def _field_runs(article_text: str) -> dict[int, tuple[tuple[str, ...], str, tuple[str, ...]]]:
    """For each line of a run of lines of a label and its value (FIELD_RUN_LINES at least), or of a two-column table's
    body rows (two at least), with no other line between, by where it starts: the run's labels, its own, and the run's
    values. A table's header row has the labels of the rows under it and a label ("") that names nothing. Found in one
    pass over the article (a line at a time had walked its run again for each span weighed: 95 ms a line in a run of
    20,000)."""
    breaks = list(LINE_BREAK.finditer(article_text))
    lines = list(zip([0, *(match.end() for match in breaks)], [*(match.start() for match in breaks), len(article_text)]))
    kinds, labels, values = [], [], []
    for start, end in lines:
        line = article_text[start:end]
        row = TWO_CELL_ROW.fullmatch(line) if len(line) <= FIELD_CHARS else None
        field = None if row or len(line) > FIELD_CHARS else field_label(line, RUN_LABEL_WORDS)
        kinds.append("row" if row else "field" if field is not None else "delimiter" if DELIMITER_ROW.fullmatch(line) else None)
        labels.append(row.group(1).strip() if row else field)
        values.append(row.group(2).strip() if row else line.split(":", 1)[-1].strip() if field is not None else "")
    runs: dict[int, tuple[tuple[str, ...], str, tuple[str, ...]]] = {}
    number = 0
    while number < len(lines):
        last = number
        while last + 1 < len(lines) and kinds[number] is not None and kinds[last + 1] == kinds[number]:
            last += 1
        run, run_values = tuple(labels[number:last + 1]), tuple(values[number:last + 1])
        if kinds[number] in ("row", "field") and len(run) >= (2 if kinds[number] == "row" else FIELD_RUN_LINES):
            runs.update((lines[line][0], (run, labels[line], run_values)) for line in range(number, last + 1))
            if kinds[number] == "row" and number >= 2 and kinds[number - 1] == "delimiter" and kinds[number - 2] == "row":
                runs[lines[number - 2][0]] = (run, "", run_values)  # its header, over the delimiter row
        number = last + 1
    return runs


def _unnamed_row_s_label(question_words: frozenset[str], article_text: str, at: int) -> bool:
    """Whether article_text[at] is in a row label's own cell under a column of no name ("| | Q3 FY2024 | Q3 FY2023 |",
    so no `body_cell`) of a row the question does not name, where it names another's label: "What was GAAP net income in
    Q3 of fiscal 2023?" had been answered "Revenue", the first row's (a set written blind, session 54)."""
    if row_label_cell(article_text, at) is None:
        return False
    line = line_start(article_text, at)
    table = next((table for table in table_cells(article_text) if table.start <= at < table.end), None)
    label = next((label for start, _, _, label, _ in table.cells if line_start(article_text, start) == line), None) if table else None
    labels = labels_named(question_words, table.labels, table.columns) if label is not None else frozenset()
    return bool(labels) and label not in labels


def _other_name_of_a_row_named(question_words: frozenset[str], cell) -> bool:
    """Whether a row's label's own cell (`BodyCell`) is of a row the question does not name where it names another's
    label or key (`_rows_named_by_keys`), or a code ("FH-1021": a figure, no word) of a row it names by a key, and
    it does not ask for the labels' column: "What was the headcount in March?" had been answered "June", and "How many
    carbon trekking poles were counted?" the row's SKU, "FH-1021" (bench/tab-tables, held out in session 43). A name is
    what "Who is the engineer?" asks for, given its row's Role. Nor one of a row the question names by its label in part.
    """
    if cell.row_label is None or named_among(question_words, (cell.column,)):
        return False
    labels = labels_named(question_words, cell.labels, cell.columns)
    if labels:  # the row named in part by its label asks for another of its cells (a probe's "Who is replacing the goal
        return cell.row_label not in labels or not named_among(question_words, cell.labels)  # nets?": "Shay Lane pitches")
    keyed = _rows_named_by_keys(question_words, cell.rows)
    return bool(keyed) and (cell.number not in keyed or bool(CODE.fullmatch(cell.row_label)))


@lru_cache(maxsize=256)
def _rows_named_by_keys(question_words: frozenset[str], rows: tuple[tuple[tuple[str, str], ...], ...]) -> frozenset[int]:
    """The numbers of a table's rows whose cell the question names (`_names`) in a column of keys (`_key_columns`), as
    their labels name them: "the 40 L dry bag" names a stock list's row "Dry bag 40 L", labelled by its SKU "FH-3106"
    (bench/tab-tables, held out in session 43: its price had been read from the 20 L bag's row); not by a value its
    column's name holds ("Express" of "Express 08:40"). Where none is named whole, those named in part."""
    keys = _key_columns(rows)
    whole = frozenset(number for number, row in enumerate(rows) for name, value in row
                      if name in keys and _names(question_words, value) and not name_words(value) <= name_words(name))
    if whole:
        return whole
    in_part = set()  # else those it names in part (`named_in_part`), a column of keys at a time
    for key in keys:
        named = named_in_part(question_words, _column_values(rows, key), tuple(dict.fromkeys(name for row in rows for name, _ in row)))
        in_part |= {number for number, row in enumerate(rows) for name, value in row if name == key and value in named}
    return frozenset(in_part)


@lru_cache(maxsize=256)
def _key_columns(rows: tuple[tuple[tuple[str, str], ...], ...]) -> frozenset[str]:
    """The names of a table's columns of keys: each of their cells words (a letter in it), in two rows or more, each
    different."""
    values: dict[str, list[str]] = {}
    for row in rows:
        for name, value in row:
            values.setdefault(name, []).append(" ".join(value.split()).lower())
    return frozenset(name for name, cells in values.items() if len(cells) >= 2 and len(set(cells)) == len(cells)
                     and all(LETTER.search(cell) for cell in cells))


def in_a_label_the_question_names_whole(question_words: set[str], article_text: str, start: int, end: int) -> bool:
    """Whether article_text[start:end] lies in a table row's label that the question names (`_names`: each word outside
    its brackets), of a Markdown table or one set out in spaces, as words the question says for the most part ("What
    gross margin did the company report for the first quarter of 2025?" had been answered "Gross margin" of "Gross margin
    (%)"), or in brackets without a figure, a unit's or a qualifier's, where it asks for no unit (SYMBOLS_ASKED): "What
    was the operating profit in the second quarter of 2025?" had been answered "£m" of "Operating profit (£m)" (a
    results e-mail's, held out in session 42). A figure in the brackets may answer ("Insurance Premium Tax (12%)")."""
    cell = row_label_cell(article_text, start)
    if cell is None or end > cell[1]:
        return False
    label = article_text[cell[0]:cell[1]]
    if not _names(question_names(frozenset(question_words)), label):
        return False
    span = words(article_text[start:end])
    in_brackets = any(bracket.start() <= start - cell[0] and end - cell[0] <= bracket.end() and UNIT.fullmatch(bracket.group()[1:-1].strip())
                      for bracket in BRACKETED.finditer(label))
    # as their words are compared: "When are the SEN quiet sessions?" says "SEN quiet session (60 minutes)" for the most
    # part (bench/unseen29, written blind: it had been the answer)
    return 2 * len(question_names(frozenset(span)) & question_names(frozenset(question_words))) > len(span) \
        or in_brackets and not question_words & SYMBOLS_ASKED


@lru_cache(maxsize=256)
def labels_named(question_words: frozenset[str], labels: tuple[str, ...], columns: tuple[str, ...], besides: str = "") -> frozenset[str]:
    """Those of a table's row labels the question names whole (`named_among`), or else the one it names in part
    (`named_in_part`) beside the table's `columns` and the words `besides` (the document's opening)."""
    return named_among(question_words, labels) or named_in_part(question_words, labels, columns, besides) \
        or _dates_named(question_words, labels)


def _dates_named(question_words: frozenset[str], labels: tuple[str, ...]) -> frozenset[str]:
    """The one of labels that are a date after its weekday whose date the question says without the weekday: "… departing
    8 June 2026?" names "Monday 8 June 2026" (bench/unseen23, written blind: the holiday's price had been refused)."""
    dates = {DATED_WEEKDAY.sub("", label): label for label in labels if label and DATED_WEEKDAY.match(label)}
    named = named_among(question_words, tuple(dates))
    return frozenset(dates[date] for date in named) if len(named) == 1 else frozenset()


@lru_cache(maxsize=256)
def named_in_part(question_words: frozenset[str], names: tuple[str, ...], columns: tuple[str, ...] = (), besides: str = "") -> frozenset[str]:
    """The one of a table column's names (its rows' labels or keys) of two words or more (but function words) of which
    the question says more words than of any other, one of them no other's, and two at least, its last (`_heads`), or a name's
    ("Brookfield" of "Brookfield Primary": no common English word), and no figure the name lacks where it has some
    ("LumenKit 5.0" names no "Release of LumenKit 5.3"; a figure alone names none): "the web
    archiving session" names a programme's "Parallel session B1: Web archiving for small institutions", whose room
    "open shelves web archiving session room?" asks for (bench/unseen7: it had been answered with the session's own
    cell), "the sportive" a club's "Coast to Castle Sportive" (a chat user's "what's the distance of the sportive" had
    been answered with its date)."""
    # their brackets' words too where the rest names several alike: "a 6 yard builder's skip" names "Builder's (6 yard)",
    # not "Builder's (8 yard)" (bench/unseen28, written blind)
    # (the figures in brackets: not a version's "4.1.3" for "4.3")
    for bracketed in (False, True):
        said = {name: [*_naming_words(name), *re.findall(r"\d+", " ".join(BRACKETED.findall(name)))] if bracketed
                else _naming_words(BRACKETED.sub(" ", name)) for name in names}
        # not a row of all the others ("All branches"), but by "all": "the branch with the fewest visits" names none
        counts = Counter({name: len(set(named) & question_words) for name, named in said.items()
                          if not ALL_OF.match(name)}).most_common(2)
        if counts and counts[0][1] and not (len(counts) > 1 and counts[1][1] == counts[0][1]):
            break
    else:
        return frozenset()
    name, count = counts[0]
    # a figure of a unit naming a column names no row ("14-day hire"; but a version's "4.2" may be a row's too)
    column_figures = set(re.findall(r"(?<![\d.])(\d+)[- ]?[^\W\d_]", " ".join(columns)))
    figures, asked_figures = set(re.findall(r"\d+", name)), {word for word in question_words if word.isdigit()} - column_figures
    if figures and asked_figures and not asked_figures <= figures:  # "LumenKit 5.0" names no "Release of LumenKit 5.3"
        return frozenset()
    # what else the question says, but the table's columns' names: more of it than of the name, and the question is
    # of something else, the name's words said in passing ("Who is going to ask the council to keep lorries off Larkspur
    # Road?" names no action "Traffic count on Larkspur Road": bench/unseen5)
    explained = set(said[name]).union(*(name_words(column) for column in columns), name_words(besides))
    unexplained = {word for word in question_words if len(word) > 2 and word not in UNNAMING_WORDS | KIND_NAMES | explained
                   and not word.startswith(TYPED_NAME) and not word.isdigit()
                   and not any(_names_words(frozenset({word}), frozenset({said_word})) for said_word in explained)}  # "released"
    if len(unexplained) > count:
        return frozenset()
    others = set().union(*(named for other, named in said.items() if other != name))
    return frozenset({name}) if len(set(said[name])) >= 2 and set(said[name]) & question_words - others \
        and (count >= 2 or set(_heads(name)) & question_words or not any(map(is_common_word, set(said[name]) & question_words))) \
        and not _in_another_name(question_words, set(said[name]), set().union(*said.values(), name_words(besides) - UNNAMING_WORDS)) \
        else frozenset()


ALL_OF = re.compile(r"\W*all\b", re.IGNORECASE)


def _heads(name: str) -> list[str]:
    """The words of a name that may name it alone: its last, and the last before a colon that says what kind it is
    ("keynote" of "Keynote: Preserving born-digital collections at scale", a probe's programme)."""
    parts = [_naming_words(part) for part in BRACKETED.sub(" ", name).split(":", 1)]
    return [part[-1] for part in parts if part]


def _naming_words(text: str) -> list[str]:
    """The words of a name that may name it (`_stem`med), in order, but those that name nothing (UNNAMING_WORDS) and
    figures ("5" of "Release of 5.3")."""
    return [_stem(word.lower()) for word in WORD.findall(text) if word.lower() not in UNNAMING_WORDS and not word.isdigit()]


def _in_another_name(question_words: frozenset[str], named: set[str], all_named: set[str]) -> bool:
    """Whether the question says a word of `named` in a name of its own (`_typed_names`) beside a word no name of the
    column nor the document's opening says: "Hillside Primary" names no "Brookfield Primary" (bench/plain-tables'
    unanswerable question), but "Westmarsh Central Library" names "Central Library, Kingsgate" of Westmarsh Libraries'
    page (bench/unseen21, written blind: the Saturday closing time had been the phone line's)."""
    pairs = [tuple(map(_stem, word[len(TYPED_NAME):].split())) for word in question_words if word.startswith(TYPED_NAME)]
    return any(first in named and second not in all_named or second in named and first not in all_named for first, second in pairs)


@lru_cache(maxsize=256)
def named_among(question_words: frozenset[str], names: tuple[str, ...]) -> frozenset[str]:
    """Those of a table's labels or columns' names the question names (`_names`): asked for each span the reader weighs
    in the table, with the same question. Names alike but for their brackets ("Price (USD)", "Price (EUR)") are named
    with them, and one by the acronym in brackets after it (`_acronym`); and one whose words another holds, with
    more of which the question says a word or one alike ("revenue grow" of "Revenue (£m)" beside "Revenue growth (%)",
    `alike`), is not named alone (a review's, session 42), but by a word of its own brackets; not by a
    word naming nothing ("How much is a 1-hour lesson with Fernleigh …?" names "1-hour lesson" beside "1-hour lesson with
    trainee instructor": bench/unseen20, written blind, had been refused the row)."""
    outside = {name: name_words(name) for name in names}
    sharing = Counter(outside.values())  # how many names have each name's words outside brackets
    named = {name for name in names if _names_words(question_words, outside[name] if sharing[outside[name]] == 1 else
                                                    frozenset(map(_stem, words(name))))
             or (short := _acronym(name)) is not None and short in question_words}
    # not by a word of its own brackets: "Child (5–15)" beside "Child under 5" for "… for my Child (5–15)?" (qa/bands.py)
    return frozenset(name for name in named if not any(
        outside[name] < outside[other] and any(alike(word, asked) for word in outside[other] - outside[name] - UNNAMING_WORDS
                                               - frozenset(map(_stem, words(name))) for asked in question_words)
        for other in names))


def alike(word: str, other: str) -> bool:
    """Whether two words are one, or the shorter, of four letters at least, opens the other ("grow", "growth")."""
    shorter, longer = sorted((word, other), key=len)
    return word == other or len(shorter) >= 4 and longer.startswith(shorter)


def _names(question_words: frozenset[str], name: str) -> bool:
    """Whether the question holds each word of a table's label or name (`name_words`), not one only of "a" or "I" ("a
    plan" names no row "A")."""
    return _names_words(question_words, name_words(name))


# A name's words a question says in its own way, in small letters after its first: "How many days can someone with more
# than 5 years of service carry over?" names "Days you may carry over" (an API user's had been "30" of "Days of annual
# leave" beside it, 0.97); not "May 2024", nor "You pay" told from "We pay" (a code review's).
UNSAID_IN_NAMES = frozenset({"you", "your", "we", "our", "i", "my", "may", "can", "could", "might", "must", "should", "shall"})


def _names_words(question_words: frozenset[str], wanted: frozenset[str]) -> bool:
    """Whether the question says each of a name's words, or a short one's plural ("bags" for "Dry bag 40 L": `_stem` leaves
    words of four letters as they are), but for words of four letters ending in "s" that are none (NO_PLURALS), or its
    past ("released" names "Release date": bench/unseen8's "When was 4.2.0 released?" had been another version's date),
    or its doing ("swimming" names "Swim": a set written blind's "how much is it for a kid to go swimming"; not a word of
    three letters, "wedding" naming "Wed", "setting" "Set": a code review's),
    one who does what it says (`does`), or a word it abbreviates (`abbreviates`: "points" names a league table's "Pts");
    a doing by its verb ("photocopy" names "photocopying": bench/unseen21, written blind)."""
    return bool(wanted) and not wanted <= {"a", "i"} and all(
        word in question_words or len(word) >= 3 and f"{word}s" in question_words and f"{word}s" not in NO_PLURALS
        or len(word) >= 4 and not word[-1].isdigit() and (f"{word}d" if word.endswith("e") else f"{word}ed") in question_words
        or len(word) >= 4 and word.isalpha() and not {f"{word}ing", f"{word}{word[-1]}ing", f"{word[:-1]}ing"}.isdisjoint(question_words)
        or len(word) >= 7 and word.endswith("ing") and not {lemma for lemma in lemmas(word) if len(lemma) >= 4}.isdisjoint(question_words)
        or any(abbreviates(word, asked) or does(asked, word) for asked in question_words) for word in wanted)


def does(verb: str, noun: str) -> bool:
    """Whether `noun` is one who does or did what `verb` (a question's word, `_stem`med) says: "leads" names a column
    "Leader", "speaking" "Speaker(s)", "organises" "Organiser" (a probe's "Who leads the café run?" had been answered
    "Hebden Bridge", of the ride's own cell), "directed" "Director" and "designed" "Set Designer" (a theatre programme's,
    qa/label_lists.py)."""
    stem = verb[:-3] if verb.endswith("ing") else verb[:-2] if verb.endswith("ed") else verb
    return len(stem) >= 3 and noun != verb and noun in (f"{stem}er", f"{stem}r", f"{stem}or", f"{stem.removesuffix('e')}or")


def abbreviates(short: str, word: str) -> bool:
    """Whether `short` (lower-cased) is an abbreviation of the question's `word` (ABBREVIATIONS): "pts" of "point" (as
    `_stem` leaves "points"). A league table's "Pts" had not been named by "How many points does Dunmore Harriers have?",
    and "3", a count of the match report's prose, was the answer (a question set written blind, session 53)."""
    return ABBREVIATIONS.get(short) == word


@lru_cache(maxsize=1 << 16)
def name_words(name: str) -> frozenset[str]:
    """`words` of a table's row label or column name as the question's are compared with them (`_stem`), asked of each
    of a table's for each span the reader weighs; those in brackets left out where others are not, as a unit's or a
    place's ("Revenue (£m)", "Harbury (Bay C)"): "What was revenue in Q3 2025?" names the row (a results e-mail's, held
    out in session 42). A "%" says a share, as "Share" does (`_stem`). In a name of three words or more, pronouns and
    modals in small letters after its first go unsaid (UNSAID_IN_NAMES)."""
    outside = BRACKETED.sub(" ", name)
    said = outside.split()
    outside = " ".join([*said[:1], *(word for word in said[1:] if word not in UNSAID_IN_NAMES)]) if len(said) > 2 else outside
    return frozenset(map(_stem, words(outside) or words(name))) | ({"%"} if "%" in (outside if words(outside) else name) else set())


@lru_cache(maxsize=256)
def question_names(question_words: frozenset[str]) -> frozenset[str]:
    """A question's words as a table's labels and names are compared with them (`_stem`)."""
    return frozenset(map(_stem, question_words))


def _stem(word: str) -> str:
    """A word of five letters or more without a plural's or a verb's "s", so that "on Fridays" names a row "Friday" and
    "When does it open?" a column "Opens" (the plain-tables set's opening hours, held out in session 42), and a verb's
    "-ied" made "-y" ("Which bins does the council empty…?" names "Bins emptied": bench/unseen14's); not a shorter
    one ("does" is no "Doe", "Mars" no "Mar"). A share's names are one, "%": "What percentage of the vote…" names a
    column "Share (%)" or "%" (a review's, session 49)."""
    if len(word) >= 5 and word.endswith("es") and word[:-2] in lemmas(word):
        return word[:-2]  # "coaches" names a column "Lead coach", "classes" a row "Class"
    stem = word[:-1] if len(word) >= 5 and word.endswith("s") and not word.endswith("ss") else word
    stem = stem[:-3] + "y" if len(stem) >= 6 and stem.endswith("ied") else stem  # "does it empty" names "Bins emptied"
    return "%" if stem in SHARE_NAMES else stem


LENGTH_NAMES = frozenset({"length", "duration"})  # a column's names a question asking how long names
# The names `table_words` gives what a question asks for, and the words asking for a measure ("How long is the pilates
# class?"): no words a question says besides a row's name (`named_in_part`).
KIND_NAMES = LENGTH_NAMES | {"weight", "date", "%", "long", "big", "tall", "high", "wide", "deep", "far", "old", "heavy", "often"}
CURRENCY_SIGN = re.compile(r"[£$€¥₹]")
RECORD_LINE = re.compile(rf"^{LABEL_LINE.pattern}", re.MULTILINE)  # a field's line, as a form's or a payslip's header sets them
RECORD_REACH = 2000  # how far over a table the fields saying whose and of when it is may be (`_one_value_named`)
TABLE_NAMED = re.compile(r"^\s*(?:according\s+to|in|from)\s+the\s+[^,?]{0,80}?\b(?:table|chart|list|timetable|schedule)\b"
                         r"[^,?]{0,80},\s*(?=(?:what|which|who|when|where|how|in\s+what|in\s+which)\b)", re.IGNORECASE)
# A running total's column, "Year to date" or "YTD" beside a payslip's or a statement's "This period", and what names it
TO_DATE = re.compile(r"\b(?:so\s+far|to\s+date|ytd)\b", re.IGNORECASE)
TO_DATE_NAMES = frozenset({"year", "to", "date", "ytd"})
ASKS_WHEN_WORD = re.compile(r"\bwhen\b", re.IGNORECASE)  # a question naming a column "Date" or "Release date"
ASKS_WHERE_WORD = re.compile(r"\bwhere\b", re.IGNORECASE)
# A column's names a question asking where names; not "Place", a race's results' "3rd" (a code review's)
PLACE_NAMES = frozenset({"room", "location", "venue"})
# A spec sheet's row names, by the other name a question may say: "How much RAM does the Corvex Aero 14 have?" had been
# refused (0.94) beside "| Memory | 16 GB LPDDR5X-7467 |" (a chat user's).
SPEC_NAMES = {"ram": "memory", "memory": "ram", "screen": "display", "display": "screen", "cpu": "processor",
              "processor": "cpu", "gpu": "graphics",
              # and a statement's: "What was her pension pot worth at 5 April 2025?" names "Value at 5 April 2025"
              # (bench/unseen17, written blind: a fund's value had been the answer)
              "worth": "value", "value": "worth", "annual": "yearly", "yearly": "annual",  # "annual pension" names "Yearly pension"
              # "How much did Mr Renwick pay altogether …?" names a booking's "Total paid" (bench/unseen25, written blind)
              "altogether": "total", "total": "altogether", "pay": "paid", "paid": "pay"}
# The period an adjective says, as a column names it: "What does a full yearly subscription … cost?" names "Per year (three
# terms, paid in advance)" (bench/unseen20, written blind: the "Per term" column's £65 had been the answer), as "a year"
# or "each month" does (PER_PERIOD).
PERIOD_NAMES = {"yearly": "year", "annual": "year", "annually": "year", "monthly": "month", "weekly": "week",
                "daily": "day", "hourly": "hour", "nightly": "night", "quarterly": "quarter"}
# When something lapses, as a quotation, an offer or a card says it: "brackenridge quote expiry date" names "Valid until"
# (bench/unseen20, written blind: it had been refused)
EXPIRES = re.compile(r"\bexpir(?:y|e|es|ed|ing|ation)\b|\bruns?\s+out\b", re.IGNORECASE)  # "When does the quote run out?"
EXPIRY_NAMES = frozenset({"valid", "until"})
PER_PERIOD = re.compile(r"\b(?:a|an|each|every)\s+(?:year|month|week|day|hour|night|quarter|term|session|person)\b", re.IGNORECASE)
# A price list's names for whom a ticket is for, by the words a question says them with: "how much is it for a kid to go
# swimming" names a column "Junior (under 16)" (a set written blind's had been the adult's "£5.10"), "a pensioner
# ticket" a row "Concession" or "Senior" (another's had been the adult's).
TICKET_HOLDERS = {word: names for words_, names in (
    ("kid kids child children son sons daughter daughters", ("child", "junior")),
    ("pensioner pensioners oap oaps retired", ("senior", "concession")),
) for word in words_.split()}
# A day's name, whole in any case ("tuesdays"), or cut short with its capital ("Tue"); not "sat" or "sun", which are more
# often other words. Not a month's: "What will the route 27 Sunday service be from 6 April 2025?" names a row "Sunday" of a
# table that says no April (a set written blind's).
WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
RANGE_WORD = re.compile(r"\bto\b|\btill\b|\buntil\b|[–—-]", re.IGNORECASE)
WEEKDAY = re.compile(r"(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b")
# A day of the week a holiday's name holds: "What time does the surgery close on Good Friday?" names no Friday row
HOLIDAY = re.compile(r"\b(?:good|easter|black|ash|shrove|holy|palm|maundy|cyber|boxing)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
                     re.IGNORECASE)
# What an opening-hours table's caption says besides what it is of: "Opening times", "Pool opening hours"
HOURS_WORDS = frozenset(search_words("open opens opening opened close closes closing hours hour times time timetable days day "
                                     "weekly week service services"))
DAY_RANGE = re.compile(rf"(?:{WEEKDAY.pattern})\s*(?:to|till|until|–|—|-)\s*(?:{WEEKDAY.pattern})", re.IGNORECASE)
WEEK_PART = re.compile(r"(weekends?|weekdays?)(?:\s+(?:and|&|or)\s+(?:bank|public)\s+holidays?)?", re.IGNORECASE)
WEEK_PART_SAID = re.compile(rf"\b(?:{WEEK_PART.pattern})\b", re.IGNORECASE)
DAYS_ALONE = re.compile(rf"(?:{WEEKDAY.pattern}|\s|,|&|\band\b|\bor\b|\bto\b|\btill\b|\buntil\b|[–—-])+", re.IGNORECASE)
# A question asking what something is or how much it is or costs: "What is the total?", "How much was the income tax?";
# or one of words naming it alone, as people type ("owen stallard net pay october")
ASKS_WHAT = re.compile(r"\W*(?:what(?:['’]s|\s+(?:is|was|are|were|will\s+be))\b|how\s+much\b)|" + NO_ASKING_WORD + r"(?=\W*[^\W\d_])",
                       re.IGNORECASE)
TICKET_WORDS = re.compile(r"\b(?:tickets?|entry|admission|fares?|pay|pays|price|prices|cost|costs|charge|charges)\b", re.IGNORECASE)
WEIGHS = re.compile(r"\b(?:weigh(?:s|ed|ing)?|how heavy)\b", re.IGNORECASE)  # a question naming a column "Weight"


def without_table_named(question: str) -> str:
    """The question without an opening that says which table or list it asks of ("According to the key dates table in the
    Fenmarsh society's Thorncroft feature, in what year was the Kelderby swing bridge completed?"), whose words no row or
    column names: it had left the bridge's row unnamed (bench/unseen16, written blind)."""
    return TABLE_NAMED.sub("", question, count=1) or question


def table_words(question: str) -> set[str]:
    """The question's `words` but a clitic's ("What's" names no size "S", "I'd" no grade "D"), and the quarters it names
    in words as a table's columns name them: "q2" for "the second quarter" (not for "the quarter after the first price
    rise"), "%" where it says one, and a length's names where it asks how long ("How long is Aqua aerobics?" names a
    column "Length (min)": "45", read at 0.18 against no answer's 0.42, had been refused), a weight where it asks what
    something weighs ("How much does the Lumina Slate 13 weigh?" names a row "Weight": "two kilograms" of the prose had
    been the answer, a set written blind's in session 54), a date where it asks when ("When was 4.2.0 released?" names a
    version history's "Release date"), a place's where it asks where ("where's the sunday pilates" names a timetable's
    "Room": "Studio 3" had been refused, a set written blind's); and the initials of two words in a row (`WORD_PAIR`): "goal
    difference" names a league table's "GD"; a spec sheet's other name for a word (SPEC_NAMES: "RAM" names "Memory"), and
    a price list's for whom a ticket is (TICKET_HOLDERS: "kid" names "Junior"); a running total's where it says "so far"
    ("How much National Insurance has he paid so far this tax year?" names a payslip's "Year to date")."""
    plain = CLITIC.sub("", question)
    initials = {f"{first[0]}{second[0]}".lower() for first, second in WORD_PAIR.findall(plain)
                if not {first.lower(), second.lower()} & NOT_INITIALLED} - WORD_INITIALS
    said = words(plain)
    periods = {PERIOD_NAMES[word] for word in said if word in PERIOD_NAMES}
    return said | {SPEC_NAMES[word] for word in said if word in SPEC_NAMES} \
        | (periods | {"per"} if periods or PER_PERIOD.search(plain) else set()) | (EXPIRY_NAMES if EXPIRES.search(plain) else set()) \
        | ({name for word in said if word in TICKET_HOLDERS for name in TICKET_HOLDERS[word]} if _asks_a_price(question) else set()) \
        | {f"q{ORDINALS.index(match.group(1).lower()) % 4 + 1}" for match in QUARTER.finditer(question)} \
        | ({"%"} if "%" in question else set()) | (LENGTH_NAMES if asked_kind(question) == LENGTH else set()) | initials \
        | ({"weight"} if WEIGHS.search(question) else set()) | ({"date"} if ASKS_WHEN_WORD.search(question) else set()) \
        | (PLACE_NAMES if ASKS_WHERE_WORD.search(question) else set()) | (TO_DATE_NAMES if TO_DATE.search(question) else set()) \
        | _typed_names(plain)


def weekday_names(text: str) -> set[str]:
    """The days of the week `text` names (WEEKDAY), each by its first three letters ("Tuesdays", "Tue": "tue")."""
    return {match.group()[:3].lower() for match in WEEKDAY.finditer(text)}


def paragraph_before(text: str, at: int) -> str:
    """The paragraph ending before text[at], a table's lead-in: "Prices below are for the whole party on a weekday (Monday
    to Friday)." over a party centre's prices."""
    end = len(text[:at].rstrip())
    return text[text.rfind("\n\n", 0, end) + 2:end]


def days_spanned(text: str) -> set[str]:
    """The days of the week of the ranges a text names ("… on a weekday (Monday to Friday)": bench/unseen26, written blind,
    a Thursday's party price had been refused) and of a weekend or weekdays it names; not a day named alone ("Saturday
    and Sunday parties cost £30 more")."""
    return set().union(*(days_covered(said.group()) for said in DAY_RANGE.finditer(text)),
                       *(days_covered(said.group(1)) for said in WEEK_PART_SAID.finditer(text)))


def days_covered(label: str) -> set[str]:
    """The days of the week a label of days alone covers, a range's days between too ("Tuesday to Thursday": tue, wed,
    thu; "Mon–Fri"; "Friday and Saturday"), a weekend's or weekdays' ("Weekend and bank holidays": bench/unseen26, written
    blind, a Saturday's green fee had been refused); none for a label saying more than days."""
    if part := WEEK_PART.fullmatch(label.strip()):
        return set(WEEK[5:] if part[1].lower().startswith("weekend") else WEEK[:5])
    if not DAYS_ALONE.fullmatch(label):
        return set()
    matches = list(WEEKDAY.finditer(label))
    covered = {match.group()[:3].lower() for match in matches}
    for first, last in zip(matches, matches[1:]):
        if RANGE_WORD.search(label, first.end(), last.start()):
            at = WEEK.index(first.group()[:3].lower())
            while WEEK[at] != last.group()[:3].lower():
                at = (at + 1) % len(WEEK)
                covered.add(WEEK[at])
    return covered


def _asks_a_price(question: str) -> bool:
    """Whether the question asks what something costs, or says a ticket: whom a ticket is for then names a price list's
    column ("When was the locomotive retired?" names no "Senior" row: a code review's)."""
    return asked_kind(question) == MONEY or HOW_MUCH.search(question) is not None or TICKET_WORDS.search(question) is not None


def _typed_names(question: str) -> set[str]:
    """Two words in a row the question writes with capitals, but a question's opening word ("Which"), as a name:
    TYPED_NAME and the two in small letters, a space between (`named_in_part`)."""
    found = [(match.start(), match.end(), match.group()) for match in CAPITALISED_WORD.finditer(question)
             if match.group()[0].isupper() and not (match.start() == 0 and match.group().lower() in OPENING_WORDS)]
    return {f"{TYPED_NAME}{first.lower()} {second.lower()}" for (_, end, first), (start, _, second) in zip(found, found[1:])
            if not question[end:start].strip()}


def words(text: str) -> set[str]:
    """The words of a text, lower-cased, as a question and a table's label are compared (`in_label_the_question_names`);
    a fiscal year as "fiscal" and its year however written (FISCAL_YEAR): "Q3 of fiscal 2023" names a column "Q3 FY2023"."""
    return {word.lower() for word in WORD.findall(FISCAL_YEAR.sub(_fiscal_year, text))}


def _fiscal_year(match: re.Match) -> str:
    year = match.group(1)
    return f"fiscal {'20' * (len(year) == 2)}{year}"


def crosses_columns(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] runs from one column of a table laid out with spaces into another (index/wrapping.py's
    WIDE_GAP: "Room, 3 nights   633.46"),
    or from one of its rows into another, both lines of columns: an r19 audit's booking had answered "25.00\n
    19-22 Dec 2025 Secure car parking … 55.50" and "20%   791.82", its lines read as wrapped prose
    (index/wrapping.py). A line with a gap over a line of prose ("Section 4.2<tab>The tenant … first" over
    "day of the month") runs on."""
    if any(_between_columns(text, gap) for gap in WIDE_GAP.finditer(text, start, end)):
        return True
    if not LINE_BREAK.search(text, start, end):
        return False
    first_line, last_line = (line_start(text, start), line_end(text, start)), (line_start(text, end), line_end(text, end))
    return WIDE_GAP.search(text, *first_line) is not None and WIDE_GAP.search(text, *last_line) is not None


# The words a line runs to on each side of a lone tab, for the tab to be prose's: one typed or pasted into a sentence
# ("The head baker is Tom<tab>Reyes, who trained in Lyon…") had cut the name ("Reyes", the script author's), where a
# table's cells are short ("Section 4.2<tab>The tenant…"), and a table's spaces between cells named at length
# ("Public holidays, PORTCULLIS -> INCHMADDY Last dep.: 17:00   …", index/tables.py's view) are no tab.
PROSE_WORDS = 8


def _between_columns(text: str, gap: re.Match) -> bool:
    """Whether a WIDE_GAP in `text` stands between columns: not a line's only one, a tab, with PROSE_WORDS words at least
    on either side of it."""
    first, last = line_start(text, gap.start()), line_end(text, gap.end())
    lone_tab = gap.group() == "\t" and len(WIDE_GAP.findall(text, first, last)) == 1
    return not (lone_tab and len(text[first:gap.start()].split()) >= PROSE_WORDS
                and len(text[gap.end():last].split()) >= PROSE_WORDS)


def _is_mark(ch: str) -> bool:
    """A combining character (an accent, a Thai vowel sign), part of the letter before it."""
    return unicodedata.category(ch) in {"Mn", "Mc", "Me"}


def _emphasis_run(text: str, at: int, step: int, stop: int) -> str:
    """The run of Markdown emphasis marks (* or _) at `at`, read in direction `step` up to `stop`."""
    run = ""
    while at != stop and text[at] in EMPHASIS and (not run or text[at] == run[0]):
        run += text[at]
        at += step
    return run


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _in_word(ch: str) -> bool:
    """A letter or digit of a script that parts words with spaces (before Thai in Unicode's order)."""
    return ch.isalnum() and ord(ch) < 0x0E00


def _is_emoji(ch: str) -> bool:
    """An emoji or a piece of one (joiner, variation selector, keycap, flag letter): no part of an answer's words."""
    return ord(ch) >= 0x1F000 or 0x2600 <= ord(ch) <= 0x27BF or ch in "\u200d\ufe0f\u20e3"


def tidy(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without edge spaces or emoji, a "|" (a table cell boundary, "| 52%", or in prose a separator,
    "Peace talks |": on any line, which saves finding the table rows), another separator standing apart at an edge
    ("Thomas Wren ·", "- 500 g"), trailing commas or colons, a Markdown heading's leading #s,
    Markdown emphasis marks wrapping it or left unclosed at its edge ("**six months**", "*2019"), a
    mark left open inside it (at a word's edge) with its partner just outside ("*rye* bread", "every **six
    months**", "Sector 4 (Ferry Flats)"), or a
    quote or bracket whose partner lies outside it: the tokenizer makes “ and ” tokens of their
    own, so a span can start at an opening quote and end before the closing one. Accents and
    other combining marks stay with their letters, which the uncased tokenizer's offsets leave out, and
    an abbreviation's last dot with it ("9 a.m.")."""
    while start > 0 and start < end and _is_mark(text[start]):
        start -= 1
    while end < len(text) and end > start and _is_mark(text[end]):
        end += 1
    # A span edge inside a word or number is moved to its edge: the tokenizer's pieces had given "inverter"
    # of "microinverter" ("5" of "£15" alike). Not in scripts written without spaces (Thai, Chinese).
    while 0 < start < end and _in_word(text[start - 1]) and _in_word(text[start]):
        start -= 1
    while start < end < len(text) and _in_word(text[end - 1]) and _in_word(text[end]):
        end += 1
    # A transcript's speaker is named without the time of their turn: "Priya Venkataraman" of "Priya Venkataraman  2:14"
    # (an r21 audit's podcast had answered "Priya Venkataraman  2").
    speaker = SPEAKER_LINE.fullmatch(text, line_start(text, start), line_end(text, start))
    if speaker and start < speaker.end("name") < end:
        end = speaker.end("name")
    # A number's sign, a token of its own, is the number's: "+49 30 2200 4817", "−897 J/K", "–$180,000" (not "10-15"'s "-").
    number = start + (text[start:start + 1] in CURRENCIES)
    if 0 < start and number < end and text[number].isdigit() and text[start - 1] in SIGNS and (start == 1 or not _is_word(text[start - 2])):
        start -= 1
    while True:
        before = start, end
        while start < end and (text[start].isspace() or _is_emoji(text[start]) or CELL_BOUNDARY.match(text, start)
                               or (text[start] in SEPARATORS and start + 1 < end and text[start + 1].isspace()) or (text[start] in OPENING
                               and CLOSING[OPENING.index(text[start])] not in text[start + 1 : end])
                               or (text[start] == "#" and HEADING_MARK.match(text, start))):
            start += 1
        while end > start and (text[end - 1].isspace() or _is_emoji(text[end - 1]) or text[end - 1] in ",;:"
                               or CELL_BOUNDARY.match(text, end - 1) or (text[end - 1] in SEPARATORS and end - 2 >= start
                                                                          and text[end - 2].isspace()) or (text[end - 1] in CLOSING
                               and OPENING[CLOSING.index(text[end - 1])] not in text[start : end - 1])):
            end -= 1
        opening = _emphasis_run(text, start, 1, end)
        if opening and text[start:end].endswith(opening) and end - start > 2 * len(opening):
            start, end = start + len(opening), end - len(opening)  # wraps the whole span
        elif opening and opening not in text[start + len(opening) : end]:
            start += len(opening)  # closed outside the span
        closing = _emphasis_run(text, end - 1, -1, start - 1)
        if closing and closing not in text[start : end - len(closing)]:
            end -= len(closing)  # opened outside the span
        if (start, end) == before:
            break
    # A mark left open inside takes in its partner just outside: "every **six months**", "*rye* bread"
    # (a span "rye* bread" had marked half of it in the article).
    # A mark is one only at a word's edge: "get_user_name" and "a*b*c" hold none.
    for run in ("**", "__", "*", "_"):
        single = len(run) == 1
        inside = text[start:end].count(run) - (2 * text[start:end].count(run * 2) if single else 0)  # a "*" of no "**"
        if inside % 2 == 0:
            continue
        inner = max((at for at in range(start, end) if text.startswith(run, at)  # the mark left open inside, no "**"'s half
                     and not (single and (text.startswith(run * 2, at) or text.startswith(run * 2, at - 1)))), default=None)
        if inner is None:  # each of its "*"s one of a "***": none left open alone
            continue
        opens = (inner == 0 or not _is_word(text[inner - 1])) and inner + len(run) < len(text) and _is_word(text[inner + len(run)])
        after = end + len(run)
        if opens and text.startswith(run, end) and not (single and text.startswith(run * 2, end)) and _is_word(text[end - 1]) \
                and not (after < len(text) and _is_word(text[after])):
            end = after
        elif not opens and inner > 0 and _is_word(text[inner - 1]) and start >= len(run) and text.startswith(run, start - len(run)) \
                and not (single and text.startswith(run * 2, start - 2)) and _is_word(text[start]) \
                and not (start > len(run) and _is_word(text[start - len(run) - 1])):
            start -= len(run)
    # So does a bracket or quote opened inside with its partner just after, or after the punctuation a quotation
    # closes on: "Sector 4 (Ferry Flats)", "the term “Great Patriotic War.”" (not "…“Great Patriotic War");
    for opening, closing in zip(OPENING, CLOSING):
        if opening != closing and text[start:end].count(opening) > text[start:end].count(closing):
            if text.startswith(closing, end):
                end += 1
            elif text[end : end + 1] in QUOTED_PUNCTUATION and text.startswith(closing, end + 1) and opening in QUOTES:
                end += 2
        # and one closed inside with its partner just before: "[3.3.1] - 2025-08-21" (a changelog heading's "3.3.1] - …")
        elif opening != closing and text[start:end].count(closing) > text[start:end].count(opening) and start > 0 \
                and text[start - 1] == opening:
            start -= 1
    # An e-mail address, a web address, a file's path or a code joined by "/" or "_", or of capitals and digits joined
    # by "-", is whole: the tokenizer's pieces end at its dots, "@"s, "/"s, "_"s and "-"s ("lvarga@tessellate" of
    # "lvarga@tessellate.example", "25/06" of "AGM/25/06", "2024-41232" of "CVE-2024-41232", "~/.var/app/app.quillnote."
    # of a path);
    # so is a number in words and figures ("fifteen" of "fifteen (15)"), a number in parts, a date and a numbered
    # part ("185.00" of "3,185.00", "2025-05" of "2025-05-27", "4" of "4(1)").
    nearby = max(0, start - MAX_ADDRESS_CHARS), min(len(text), end + MAX_ADDRESS_CHARS)
    wholes = [match.span() for match in [*ADDRESS.finditer(text, *nearby), *NUMBER_TWICE.finditer(text, *nearby),
                                         *CAPITALS_CODE.finditer(text, *nearby), *PATH.finditer(text, *nearby),
                                         *(name for name in DOTTED_NAME.finditer(text, *nearby) if _is_dotted_name(name.group())),
                                         *NUMBER_IN_PARTS.finditer(text, *nearby), *HYPHENED_DATE.finditer(text, *nearby),
                                         *(code for code in JOINED_CODE.finditer(text, *nearby)
                                           if any(ch.isdigit() or ch == "_" for ch in code.group()))]]
    for whole_start, whole_end in wholes + [match.span("part") for match in NUMBERED_PART.finditer(text, *nearby)]:
        if whole_start < end and start < whole_end:
            start, end = min(start, whole_start), max(end, whole_end)
    if text.startswith(".", end) and ABBREVIATION_END.search(text, start, end):
        end += 1  # the tokenizer makes the dot a token of its own: "9 a.m.", "Smith & Co. Ltd.", not "9 a.m"
    return start, end


TOP_SPANS = 5  # the spans a reading keeps, by default
MAX_ANSWER_TOKENS = 30  # the most word pieces of an answer


def decode(windows, top_k: int = TOP_SPANS, max_answer_tokens: int = MAX_ANSWER_TOKENS, contexts: list[str] | None = None,
           calibration: Calibration = Calibration(), answerable=None) -> Reading:
    """Pool the windows of one question. Each window is (context index, start_logits, end_logits,
    offsets); each span scores its log-odds over its window's no-answer (CLS) score. Given the
    `contexts`, spans are tidied (see `tidy`), and those that run on into another line's block
    (see `crosses_lines`) or another table cell (`crosses_cells`) or column (`crosses_columns`), or only number a paragraph
    (`numbers_paragraph`), are dropped; so are spans over MAX_ANSWER_CHARS characters, and those
    `answerable(context, start, end)`, if given, says are none (a table's column name the reader was
    given: index/tables.py), or that hold no letter or digit, before the best are chosen, so that they take no
    share of the probability. A span repeated in a line of the same words elsewhere is one answer (`repeats_merged`)."""
    if not windows:
        return Reading([], 1.0)
    pool = top_k if contexts is None else top_k * SPARE_CANDIDATES
    spans = sorted(((logit - float(start_logits[0] + end_logits[0]), context, start, end)  # over the window's no-answer score
                    for context, start_logits, end_logits, offsets in windows
                    for logit, start, end in window_candidates(start_logits, end_logits, offsets, pool, max_answer_tokens)),
                   key=lambda span: -span[0])
    # Best first, so a span's first score is its best, and the checks below (tidy's above all: a question's
    # spans had taken a quarter of its time) stop at the `top_k`th span kept.
    # Kept until `top_k` answers: copies of a span in a line repeated elsewhere are one (`repeats_merged`), all of them
    # kept for their share of the probability.
    best: dict[tuple[int, int, int], float] = {}
    answers: set = set()
    for score, context, start, end in spans:
        if len(answers) == top_k:
            break
        if end - start > MAX_ANSWER_CHARS:
            continue
        if contexts is not None:
            start, end = tidy(contexts[context], start, end)
            if start >= end or crosses_lines(contexts[context], start, end) or crosses_cells(contexts[context], start, end) \
                    or crosses_columns(contexts[context], start, end) \
                    or numbers_paragraph(contexts[context], start, end):
                continue
        if answerable is not None and not answerable(context, start, end):
            continue
        if contexts is not None and (not any(ch.isalnum() for ch in contexts[context][start:end])
                                     or ONLY_FUNCTION_WORDS.fullmatch(contexts[context], start, end)):
            continue  # "%" of "Heavy vehicles (%): 8.4" is no answer (an r14 audit's), nor "than" (session 53's)
        best.setdefault((context, start, end), score)
        answers.add((context, start, end) if contexts is None else line_key(contexts[context], start, end))
    ranked = list(best.items())
    probabilities = calibration.probabilities([logit for _, logit in ranked])
    candidates = [
        SpanCandidate(context, start, end, logit, float(p))
        for ((context, start, end), logit), p in zip(ranked, probabilities[1:])
    ]
    return Reading(candidates if contexts is None else repeats_merged(candidates, contexts), float(probabilities[0]))


def repeats_merged(candidates: list[SpanCandidate], contexts: list[str]) -> list[SpanCandidate]:
    """The candidates, one kept of those that are the same words at the same place in a line of the same words (a story
    loaded twice under two headlines, a line repeated), with their probabilities added, best first: each had taken a
    share of the answer's, "Councillor Priya Shah" given at 47 % with one copy loaded beside its article and 34 % with two
    (chat audit, session 38), where passages repeated whole are read once already (qa/assistant.py)."""
    kept: dict[tuple[str, int, int], int] = {}
    merged: list[SpanCandidate] = []
    for candidate in candidates:
        line = line_key(contexts[candidate.context], candidate.start, candidate.end)
        if line in kept:
            first = kept[line]
            merged[first] = replace(merged[first], probability=merged[first].probability + candidate.probability)
        else:
            kept[line] = len(merged)
            merged.append(candidate)
    return sorted(merged, key=lambda candidate: -candidate.probability)
