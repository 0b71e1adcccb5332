"""A comparative between the options a question offers, where the article's prose gives each option a figure: "Which was
cheaper, Greenfall's quote or Kestrel's?" of a list's "Greenfall Surfaces: rubber mulch, £14,200" and "Kestrel Leisure:
wet-pour rubber, £16,400"; "Which meeting room is bigger, the Weaver Room or the Shuttle Room?" of "the Weaver Room
(seats 8) and the Shuttle Room (seats 4)". The answer is the option whose figure is the greatest or least, as the
comparative asks, named as the article names it. The reader compares no figures: it had answered "Shuttle Room". A table's
rows are compared as a superlative compares them (qa/superlatives.py). Left to the reader where an option has no figure
after its name, or several, or the options' figures are in unlike units or currencies."""
from __future__ import annotations

import re

from index.lexical import search_words
from qa.choices import choices_offered
from qa.superlatives import CURRENCY_SIGNS, PRICE, YEAR, asked_comparative

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A figure, its currency and unit: "£14,200", "8", "3.5 km"; not a year (YEAR: "refurbished in 2019").
FIGURE = re.compile(rf"([{CURRENCY_SIGNS}]?)(\d{{1,3}}(?:,\d{{3}})+|\d+)(\.\d+)?(?:\s?(%|[a-zA-Zµ²³/]{{1,5}})\b)?")
MENTION_WORDS = 4  # the most words a mention of an option spans ("the Weaver Room")
FIGURE_AFTER = 60  # how far after its mention an option's figure may be, within its sentence or line
FIGURE_END = re.compile(r"[.;!?\n]")  # where a mention's figure is no longer looked for


def prose_comparison_cells(question: str, text: str) -> list[tuple[int, int]]:
    """[start, end) of `text`'s mention of the option a comparative between the question's options picks by the figures
    the prose gives them, in a list of one; none where it picks none."""
    choices = choices_offered(question)
    asked = asked_comparative([word.lower() for word in WORD.findall(question)]) if choices else None
    if asked is None:
        return []
    words = [(match.start(), match.end(), frozenset(search_words(match.group()))) for match in WORD.finditer(text)]
    mentions = [_mentions(option, words) for option in choices.options]
    figures = []
    for option, found in enumerate(mentions):
        others = sorted(start for other, spans in enumerate(mentions) if other != option for start, _ in spans)
        said = {figure for start, end in found if (figure := _figure_after(text, end, next((s for s in others if s > end), None)))}
        if len(said) != 1:
            return []
        figures.append(said.pop())
    units = {unit for _, unit in figures}
    if len(units) > 1 or asked.kinds == PRICE and not any(sign in next(iter(units)) for sign in CURRENCY_SIGNS):
        return []
    best = max(value * asked.direction for value, _ in figures)
    winners = [option for option, (value, _) in enumerate(figures) if value * asked.direction == best]
    return [_named(text, mentions[winners[0]][0])] if len(winners) == 1 else []


def _mentions(option: frozenset[str], words: list[tuple[int, int, frozenset[str]]]) -> list[tuple[int, int]]:
    """[start, end) of each place the text names all the option's words within MENTION_WORDS words."""
    found = []
    for first, (start, _, named) in enumerate(words):
        if not named & option:
            continue
        covered, last = set(named & option), first
        while covered < option and last + 1 < min(first + MENTION_WORDS, len(words)):
            last += 1
            covered |= words[last][2] & option
        if covered == option and not (found and found[-1][1] > start):
            found.append((start, words[last][1]))
    return found


def _figure_after(text: str, end: int, next_mention: int | None) -> tuple[float, str] | None:
    """The first figure after a mention ending at `end`, before the next option's mention, the sentence's or line's end,
    or FIGURE_AFTER characters: its value, and its currency and unit."""
    stop = min(end + FIGURE_AFTER, next_mention or len(text), len(text))
    if (cut := FIGURE_END.search(text, end, stop)) is not None and not re.match(r"\.\d", text[cut.start():cut.start() + 2]):
        stop = cut.start()
    for match in FIGURE.finditer(text, end, stop):
        currency, whole, fraction, unit = match.groups()
        if not currency and not fraction and YEAR.fullmatch(whole):
            continue
        return float(whole.replace(",", "") + (fraction or "")), f"{currency}|{(unit or '').lower()}"
    return None


def _named(text: str, mention: tuple[int, int]) -> tuple[int, int]:
    """The mention with the rest of the name it is a part of: "Greenfall" of "Greenfall Surfaces"."""
    start, end = mention
    while (following := re.match(r"[ \t]+([A-Z][\w’'-]*)", text[end:])) is not None:
        end += following.end()
    return start, end
