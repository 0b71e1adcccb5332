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


@pytest.mark.parametrize("question, expected", [
    ("Which is cheaper, the Voltera Swift 2 or the Marlow Ride E3?", ["Voltera Swift 2"]),  # not the cheapest, Urbex 7
    ("Which is heavier, the Pellow Arc or the Marlow Ride E3?", ["Pellow Arc"]),
    ("Which bike is more expensive, the Haldane Urbex 7 or the Voltera Swift 2?", ["Voltera Swift 2"]),
    ("Which went further on a charge: the Pellow Arc, the Haldane Urbex 7 or the Marlow Ride E3?", ["Pellow Arc"]),
    ("Which is cheaper, the Voltera Swift 2 or the Voltera Swift 3?", []),  # an option no row is
    ("Which is cheaper?", []),  # no options: no superlative either
])
def test_a_comparative_between_the_options_offered_compares_their_rows(question, expected):
    assert answers(question, BIKES) == expected


def test_a_tie_picks_no_row():
    tied = BIKES.replace("| 84% |", "| 81% |")
    assert answers("Which bike got the highest test score?", tied) == []


@pytest.mark.parametrize("cell, value", [
    ("£18,750", 18750.0), ("117%", 117.0), ("3.5 kg", 3.5), ("−4", -4.0), ("-0.3", -0.3), ("**2,047**", 2047.0),
    ("-£1,200", -1200.0), ("(12)", -12.0), ("1:19:03", 4743.0), ("24:56", 1496.0),
    ("n/a", None), ("", None), ("10–15", None), ("3 of 5", None), ("v2", None), ("4th", None), ("1st", None),
])
def test_a_cell_s_figure(cell, value):
    assert figure(cell) == value


def test_the_comparing_word_and_what_it_compares():
    assert asked_superlative("who booked the most demos".split()) == (1, None, False, 3)
    assert asked_superlative("which house came bottom".split()) == (-1, None, False, 3)
    assert asked_superlative("what is the cheapest bike".split())[:2] == (-1, ("price", "cost", "fee"))
    assert asked_superlative("what is the most expensive bike".split())[:2] == (1, ("price", "cost", "fee"))
    assert asked_superlative("which has the best rating".split()) == (1, None, True, 3)  # of scores only
    assert asked_superlative("most of them came".split()) is None


RESULTS = """# Club results

| Runner | Chip time | Place | Age grade |
|---|---|---|---|
| Ann | 1:41:12 | 3rd | 68.4% |
| Cat | 1:19:03 | 1st | 72.9% |
| Dan | 2:04:18 | 4th | 52.4% |
| Eve | 1:33:27 | 2nd | 69.2% |
"""


@pytest.mark.parametrize("question, expected", [
    ("Who ran the fastest chip time?", ["Cat"]),  # of times, the least
    ("Who ran the slowest time?", ["Dan"]),
    ("What was the fastest chip time?", ["1:19:03"]),
    ("Who had the best age grade?", []),  # "best" of a grade, or a score: which is better is not said
    ("Who had the highest place?", []),  # the 1st, or the 4th? A column of places is compared by none
    ("Who had the best chip time?", []),  # best of times: the least, but "best" compares only scores
])
def test_times_places_and_judging_words(question, expected):
    assert answers(question, RESULTS) == expected


@pytest.mark.parametrize("question", [
    "Which rep made the most calls per demo?",  # a ratio of two columns
    "Which rep made the most calls relative to target?",
    "Who had the most calls but the fewest demos?",  # two comparisons
    "What is the most calls Priya made?",  # a row named by a word of its label
    "Who booked the most demos in week 31?",  # a table of week 32's
])
def test_questions_that_compare_otherwise_or_pick_rows_are_left_to_the_reader(question):
    assert answers(question, SALES) == []


@pytest.mark.parametrize("table, question, expected", [
    # units unlike: 1 TB is no less than 512 GB
    ("| Phone | Storage |\n|---|---|\n| Aster | 1 TB |\n| Bolt | 512 GB |\n| Cirra | 256 GB |\n", "Which phone has the most storage?", []),
    # a figure that picks rows
    ("| Phone | Storage | Price |\n|---|---|---|\n| Aster | 512 GB | £899 |\n| Bolt | 256 GB | £499 |\n| Cirra | 512 GB | £799 |\n",
     "Which phone is the cheapest with at least 512 GB of storage?", []),
    # a row summing the others, whatever its label, is none of them; "All Saints" is a school
    ("| Month | Rainfall | Sunshine |\n|---|---|---|\n| January | 142 | 41 |\n| February | 118 | 62 |\n| March | 97 | 98 |\n"
     "| Combined | 357 | 201 |\n",
     "Which month was the wettest?", ["January"]),
    ("| School | Pupils | Staff |\n|---|---|---|\n| All Saints | 420 | 30 |\n| St Mary's | 380 | 28 |\n| Mean Lane | 120 | 11 |\n",
     "Which school has the most pupils?", ["All Saints"]),
    # losses written as accounts write them
    ("| Division | Profit | Staff |\n|---|---|---|\n| Retail | 31 | 40 |\n| Online | 9 | 12 |\n| Wholesale | (12) | 25 |\n",
     "Which division had the lowest profit?", ["Wholesale"]),
    # "where" and "who" ask for the row's place and person
    ("| Branch | Location | Manager | Visits |\n|---|---|---|---|\n| Central | Market Square | Ann Lee | 900 |\n"
     "| Eastgate | Station Road | Raj Patel | 400 |\n| Northfield | Mill Lane | Joe Bell | 600 |\n",
     "Where is the branch with the most visits?", ["Market Square"]),
    ("| Branch | Location | Manager | Visits |\n|---|---|---|---|\n| Central | Market Square | Ann Lee | 900 |\n"
     "| Eastgate | Station Road | Raj Patel | 400 |\n| Northfield | Mill Lane | Joe Bell | 600 |\n",
     "Who runs the branch with the fewest visits?", ["Raj Patel"]),
    # the cell's text, not its emphasis
    ("| Model | Price | Weight |\n|---|---|---|\n| **Swift** | £1,349 | 20 kg |\n| Arc | £999 | 22 kg |\n| Loop | £1,120 | 19 kg |\n",
     "Which model is the dearest?", ["Swift"]),
])
def test_what_a_review_found(table, question, expected):
    assert answers(question, f"# Figures\n\n{table}") == expected


def test_a_table_of_two_columns_is_compared_by_its_second():
    fruit = "# Fruit\n\n| Fruit | Sales |\n|---|---|\n| Apples | 12 |\n| Pears | 30 |\n| Plums | 7 |\n| **Total** | 49 |\n"
    assert answers("Which fruit had the most sales?", fruit) == ["Pears"]  # had been no table's rows at all
    assert answers("What were the lowest sales?", fruit) == ["7"]
    years = fruit.replace("Apples", "2021").replace("Pears", "2022").replace("Plums", "2023")
    assert answers("Which year had the most sales?", years) == ["2022"]  # years name rows
    sizes = fruit.replace("Apples", "10").replace("Pears", "20").replace("Plums", "30")
    assert answers("Which size had the most sales?", sizes) == []  # other figures down its first column do not


def test_of_two_tables_a_word_of_one_heading_tells_which():
    text = LIBRARIES.replace("2024", "July 2025").replace("2023", "January 2025")
    assert answers("Which branch had the fewest visits in July 2025?", text) == ["Holmcroft"]


@pytest.mark.parametrize("table, question, expected", [
    # a close winner is no total: only the last row, its figure the others' sum, or its label a sum's that it may be
    ("| Runner | Time | Club |\n|---|---|---|\n| Ann | 41:04 | Leeds |\n| Bob | 41:10 | York |\n| Cyd | 41:14 | Hull |\n",
     "Who ran the fastest time?", ["Ann"]),
    ("| Pupil | Score | Form |\n|---|---|---|\n| Ann | 92.1 | 7A |\n| Bob | 92.0 | 7B |\n| Cyd | 91.9 | 7C |\n",
     "Which pupil got the highest score?", ["Ann"]),
    ("| Ticket | Price | Entry |\n|---|---|---|\n| Day | £10 | one day |\n| Weekend | £25 | two days |\n| Annual | £120 | a year |\n",
     "Which ticket is the most expensive?", ["Annual"]),  # dearer than the others together: no sum of theirs
    ("| Response | Votes | Share |\n|---|---|---|\n| Good | 40 | 40% |\n| Average | 44 | 44% |\n| Poor | 16 | 16% |\n",
     "Which response got the most votes?", ["Average"]),  # not last: an answer, not a mean
    ("| Month | Rain | Sun |\n|---|---|---|\n| Jan | 40 | 41 |\n| Feb | 30 | 62 |\n| Mar | 20 | 98 |\n| Year | 90 | 201 |\n",
     "Which month had the most rain?", ["Jan"]),
    # the figure compared, asked for by its column's name or "how"
    ("| Bike | Price | Weight |\n|---|---|---|\n| Vole | £650 | 21 kg |\n| Swift | £900 | 17 kg |\n| Arc | £700 | 19 kg |\n",
     "What is the price of the cheapest bike?", ["£650"]),
    ("| Bike | Price | Weight |\n|---|---|---|\n| Vole | £650 | 21 kg |\n| Swift | £900 | 17 kg |\n| Arc | £700 | 19 kg |\n",
     "How heavy is the lightest bike?", ["17 kg"]),
    ("| Runner | Time | Club |\n|---|---|---|\n| Ann | 41:04 | Leeds |\n| Bob | 43:10 | York |\n| Cyd | 45:14 | Hull |\n",
     "How long did the fastest runner take?", ["41:04"]),
    # "best" and "worst" of what does not say which is better; "fastest" of no times taken; two columns of one name
    ("| Area | Unemployment rate | Jobs |\n|---|---|---|\n| York | 3.1% | 900 |\n| Hull | 6.2% | 700 |\n| Leeds | 4.0% | 800 |\n",
     "Which area had the worst unemployment rate?", []),
    ("| Laptop | Processor speed (GHz) | Battery time (hrs) |\n|---|---|---|\n| Kite | 3.2 | 9 |\n| Lark | 2.8 | 14 |\n"
     "| Moth | 3.6 | 7 |\n", "Which laptop is the fastest?", []),
    ("| Rep | Calls | Calls |\n|---|---|---|\n| Ann | 10 | 30 |\n| Bob | 20 | 5 |\n| Cyd | 15 | 12 |\n", "Who made the most calls?", []),
])
def test_what_a_second_review_found(table, question, expected):
    assert answers(question, f"# Figures\n\n{table}") == expected


def test_a_month_or_a_place_the_question_says_is_that_of_the_table_or_none():
    months = ("# Calls\n\n## February 2025\n\n| Rep | Calls | Demos |\n|---|---|---|\n| Ann | 10 | 3 |\n| Bob | 30 | 4 |\n"
              "| Cyd | 20 | 5 |\n\n## March 2025\n\n| Rep | Calls | Demos |\n|---|---|---|\n| Ann | 40 | 3 |\n| Bob | 12 | 4 |\n"
              "| Cyd | 40 | 5 |\n")
    assert answers("Who made the most calls in February?", months) == ["Bob"]
    assert answers("Who made the most calls in March?", months) == []  # tied in March: not February's leader
    february = months[: months.index("## March")]
    assert answers("Who made the most calls in March?", february) == []  # a month no table is of
    assert answers("Who made the most calls in Leeds?", february) == []  # a name the article never says


def test_a_phrase_before_the_question_and_a_comparing_word_after_a_verb():
    assert answers("Who made most calls?", SALES) == ["Aisling Burke"]  # no "the"
    assert answers("Who made most of the calls?", SALES) == []  # "most of": a share, no comparison
    assert answers("Which rep is most likely to hit target?", SALES) == []
    gyms = ("# Gyms\n\n## January 2025\n\n| Site | Members | Monthly fee | Visits per member |\n|---|---|---|---|\n"
            "| Quay | 900 | £27.99 | 9.1 |\n| Park | 1,200 | £24.99 | 7.4 |\n| Mill | 700 | £22.99 | 8.0 |\n")
    assert answers("In January 2025, what was the monthly fee at the site whose members visited most often?", gyms) == ["£27.99"]


LAPTOPS = """# Three ultrabooks compared

| Specification | Corvex Aero 14 | Lumina Slate 13 | Nordvik Pro 15 |
|---|---|---|---|
| Starting price | $1,149 | $899 | $1,499 |
| Weight | 1.28 kg | 1.09 kg | 1.86 kg |
| Battery life | 13 hr 40 min | 11 hr 05 min | 9 hr 20 min |
| Warranty | 2 years | 1 year | 2 years |
"""


@pytest.mark.parametrize("question, answer", [
    ("Which of the three ultrabooks is the cheapest?", "Lumina Slate 13"),  # its header cell: the column's name
    ("Which laptop is the heaviest?", "Nordvik Pro 15"),
    ("How much does the lightest laptop cost?", "$899"),
])
def test_a_table_whose_columns_are_the_things_compared_is_compared_along_its_rows(question, answer):
    # bench/unseen4's comparison page: its rows compare no column, "Which … is the cheapest?" had been left to the reader
    assert [LAPTOPS[start:end] for start, end in superlative_cells(question, LAPTOPS)] == [answer]


def test_a_table_compared_down_its_columns_is_not_compared_along_its_rows_too():
    # both read, the two would have tied, and neither been the answer
    assert [BIKES[start:end] for start, end in superlative_cells("Which bike is the cheapest?", BIKES)] == ["Haldane Urbex 7"]
