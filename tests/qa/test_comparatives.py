import pytest

from qa.comparatives import prose_comparison_cells

MINUTES = ("Three quotes were received for the new surface:\n"
           "- Greenfall Surfaces: rubber mulch, £14,200\n"
           "- PlayTerra Ltd: artificial grass on shock pads, £12,950\n"
           "- Kestrel Leisure: wet-pour rubber, £16,400\n"
           "We have two meeting rooms: the Weaver Room (seats 8) and the Shuttle Room (seats 4). The Weaver Room was "
           "refurbished in 2019.\n")


def answers(question: str, text: str = MINUTES) -> list[str]:
    return [text[start:end] for start, end in prose_comparison_cells(question, text)]


@pytest.mark.parametrize("question, expected", [
    ("Which was cheaper, Greenfall's quote or Kestrel's?", ["Greenfall Surfaces"]),  # the name it is a part of
    ("Which was dearer, Greenfall's quote or Kestrel's?", ["Kestrel Leisure"]),
    ("Which is cheapest: Greenfall, PlayTerra or Kestrel?", []),  # a superlative: the tables' rule, not this one
    ("Which quote is more expensive, PlayTerra's or Kestrel's?", ["Kestrel Leisure"]),
    ("Which meeting room is bigger, the Weaver Room or the Shuttle Room?", ["Weaver Room"]),  # not the year after it
    ("Is the Weaver Room or the Shuttle Room smaller?", ["Shuttle Room"]),
])
def test_a_comparative_between_the_options_picks_the_one_whose_figure_wins(question, expected):
    assert answers(question) == expected


@pytest.mark.parametrize("question", [
    "Is the Weaver Room or the Shuttle Room cheaper?",  # a price asked, no currency given
    "Which is cheaper, the Weaver Room or Greenfall?",  # figures in unlike units
    "Which was cheaper, the Harbour quote or Kestrel's?",  # an option the text never names
])
def test_options_without_comparable_figures_are_left_to_the_reader(question):
    assert answers(question) == []


def test_an_option_given_two_figures_is_left_to_the_reader():
    twice = MINUTES + "Kestrel Leisure later cut its price to £13,000.\n"
    assert answers("Which was cheaper, Greenfall's quote or Kestrel's?", twice) == []
