from __future__ import annotations

import pytest

from qa.superlatives import asked_superlative, figure, superlative_cells

SALES = """Here are the numbers for week 32, straight out of the tracker spreadsheet:

Rep\tTerritory\tCalls\tDemos booked\tRevenue (£)\t% of weekly target
Priya Okonedo\tNorth West\t126\t9\t18,750\t117%
Marcus Feeney\tScotland\t98\t6\t9,400\t63%
Aisling Burke\tIreland\t141\t11\t14,200\t95%
Tomasz Wrobel\tMidlands\t117\t7\t21,300\t133%
Jonah Ellery\tSouth West\t54\t\t0\t0%
Team total\t\t536\t33\t63,650\t89%

Tomasz had a brilliant week.
"""

BIKES = """# Group test

We rode six e-bikes on the same commute, each on a single charge, and weighed each bike.

| Model | Price | Weight | Tested range | Test score |
|---|---|---|---|---|
| Voltera Swift 2 | £1,349 | 21.6 kg | 64 km | 78% |
| Haldane Urbex 7 | £999 | 23.9 kg | 48 km | 64% |
| Pellow Arc | £2,449 | 19.4 kg | 96 km | 84% |
| Marlow Ride E3 | £1,620 | 17.1 kg | 55 km | 81% |
"""

LIBRARIES = """# Branch statistics

## Branch activity, 2024

| Branch | Visits | New members |
|---|---|---|
| Central | 148,210 | 1,862 |
| Holmcroft | 8,950 | 88 |
| Mobile library | 9,840 | 97 |
| **All branches** | **166,999** | **2,047** |

## Branch activity, 2023

| Branch | Visits | New members |
|---|---|---|
| Central | 151,640 | 1,710 |
| Holmcroft | 25,980 | 238 |
| Mobile library | 11,205 | 112 |
"""


def answers(question: str, text: str) -> list[str]:
    return [text[start:end] for start, end in superlative_cells(question, text)]


@pytest.mark.parametrize("question, expected", [
    ("Who booked the most demos in week 32?", ["Aisling Burke"]),  # the reader had answered "Marcus Feeney"
    ("Who made the fewest calls?", ["Jonah Ellery"]),  # "Team total" sums the others: none of them
    ("Which territory had the highest revenue?", ["Midlands"]),  # another column of the row, named
    ("What was the highest revenue?", ["21,300"]),  # the figure itself
    ("How many calls did the rep with the most demos booked make?", ["141"]),
    ("Who had the highest % of weekly target?", ["Tomasz Wrobel"]),
    ("Which rep in Scotland made the most calls?", []),  # a value that picks rows: no comparison of them all
    ("Who made the most calls, Priya Okonedo?", []),  # a row named: a cell asked for (`named_cells`)
    ("Which region made the most profit?", []),  # no column of profit; the article does not say it
    ("How many people can it hold at most?", []),  # "at most" compares nothing
    ("Who made the calls?", []),
])
def test_a_superlative_over_a_column_picks_its_row(question, expected):
    assert answers(question, SALES) == expected


@pytest.mark.parametrize("question, expected", [
    ("What is the cheapest e-bike in the group test?", ["Haldane Urbex 7"]),  # a word that says its column: price
    ("Which bike is the lightest?", ["Marlow Ride E3"]),
    ("Which e-bike went furthest on a single charge?", ["Pellow Arc"]),
    ("How much does the heaviest bike weigh?", ["23.9 kg"]),
    ("What does the lightest bike cost?", ["£1,620"]),  # the verb asks for the price
    ("What is the lowest price in the comparison?", ["£999"]),
    ("What is the most expensive bike?", ["Pellow Arc"]),
    ("Which bike got the highest test score?", ["Pellow Arc"]),
])
def test_units_currencies_and_words_that_say_their_column(question, expected):
    assert answers(question, BIKES) == expected


@pytest.mark.parametrize("question, expected", [
    ("Which branch had the fewest visits in 2024?", ["Holmcroft"]),  # its heading says which table
    ("Which branch had the fewest visits in 2023?", ["Mobile library"]),
    ("Which branch had the most visits?", []),  # two tables, two answers: none
    ("How many new members did the branch with the most visits sign up in 2024?", ["1,862"]),
])
def test_of_two_tables_the_one_whose_heading_says_the_question_s_year(question, expected):
    assert answers(question, LIBRARIES) == expected  # "All branches" is no branch, however many its visits


def test_a_tie_picks_no_row():
    tied = BIKES.replace("| 84% |", "| 81% |")
    assert answers("Which bike got the highest test score?", tied) == []


@pytest.mark.parametrize("cell, value", [
    ("£18,750", 18750.0), ("117%", 117.0), ("3.5 kg", 3.5), ("−4", -4.0), ("-0.3", -0.3), ("**2,047**", 2047.0),
    ("n/a", None), ("", None), ("10–15", None), ("3 of 5", None), ("(120)", None), ("v2", None),
])
def test_a_cell_s_figure(cell, value):
    assert figure(cell) == value


def test_the_comparing_word_and_what_it_compares():
    assert asked_superlative("who booked the most demos".split()) == (1, None, 3)
    assert asked_superlative("which house came bottom".split()) == (-1, None, 3)
    assert asked_superlative("what is the cheapest bike".split())[:2] == (-1, ("price", "cost", "fee"))
    assert asked_superlative("what is the most expensive bike".split())[:2] == (1, ("price", "cost", "fee"))
    assert asked_superlative("most of them came".split()) is None
