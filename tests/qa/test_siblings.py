import pytest

from index.articles import parse_article
from qa import Assistant
from qa.siblings import of_a_sibling, of_another_row

BINS = ("Your blue recycling bin is collected every other Tuesday. You can put paper, cardboard, glass bottles and jars, "
        "food tins and drinks cans in it.\n\nPlease do not put broken crockery, nappies, food waste or plastic bags in the "
        "blue bin.\n\nA garden waste permit covers one brown bin. Grass cuttings, hedge trimmings, leaves and small branches "
        "can go in the brown bin.")


@pytest.mark.parametrize("question, sentence, sibling", [
    # a probe's: the garden waste had answered what goes in the blue bin (0.71)
    ("What can go in the blue bin?", "Grass cuttings, hedge trimmings, leaves and small branches can go in the brown bin.", True),
    ("what goes in the blue bins", "Grass cuttings, hedge trimmings, leaves and small branches can go in the brown bin.", True),
    ("What can go in the brown bin?", "Grass cuttings, hedge trimmings, leaves and small branches can go in the brown bin.", False),
    # the question's own thing, named by a pronoun: nothing told apart said
    ("What can go in the blue bin?", "You can put paper, cardboard, glass bottles and jars, food tins and drinks cans in it.", False),
    # both named: the sentence may tell what holds of either
    ("What goes in the blue bin?", "Glass goes in the blue bin, not the brown bin.", False),
    # both asked of: the question's own words
    ("Is it the blue bin or the brown bin that takes grass?", "Grass cuttings can go in the brown bin.", False),
    ("What can go in a bin?", "Grass cuttings, hedge trimmings, leaves and small branches can go in the brown bin.", False),
])
def test_a_sentence_naming_a_thing_the_article_tells_apart_from_the_one_asked_about_is_of_a_sibling(question, sentence, sibling):
    text = f"{BINS}\n\n{sentence}"
    assert of_a_sibling(question, text, text.rindex(sentence)) is sibling


@pytest.mark.parametrize("question, text, sentence", [
    # SQuAD's golds: a name's word tells apart by the rules of names; a comparative, an order's word and a figure's
    # ordinal are no other thing's, nor a verb after its subject
    ("What type of treaty was the Lisbon Treaty?", "The Lisbon Treaty was signed in 2007. It was an amending treaty.",
     "It was an amending treaty."),
    ("What would be needed to host a larger population?", "Farming could feed a larger population. It was impossible to "
     "sustain a large population through hunting.", "It was impossible to sustain a large population through hunting."),
    ("Who played Doctor Who in the revival series?", "The revival series began in 2005. The first series starred "
     "Christopher Eccleston.", "The first series starred Christopher Eccleston."),
    ("Did the plague spread in Scandinavia or Germany first?", "The plague spread from Italy. The name spread through "
     "Scandinavia and then Germany.", "The name spread through Scandinavia and then Germany."),
    ("Who is the new companion for the 10th series?", "The 10th series follows the ninth. The tenth series will introduce "
     "Pearl Mackie.", "The tenth series will introduce Pearl Mackie."),
])
def test_no_sibling_of_names_comparatives_orders_or_figures(question, text, sentence):
    assert not of_a_sibling(question, text, text.index(sentence))


def test_a_sentence_referring_back_to_the_thing_asked_about_is_about_it():
    # a code review's: "12 miles" had been refused
    text = ("The coast path starts at Lyme. It runs for 12 miles to Seaton, where it meets the inland path. The inland path "
            "is 20 miles long.")
    assert not of_a_sibling("How long is the coast path?", text, text.index("12 miles"))
    assert of_a_sibling("How long is the coast path?", text, text.index("20 miles"))


def test_the_assistant_answers_of_the_thing_asked_about(tmp_path, embedder, shipped_reader):
    assistant = Assistant.from_articles([parse_article("bins.txt", BINS.encode())], reader=shipped_reader,
                                        embedder=embedder, index_dir=tmp_path / "index", log=lambda message: None)
    assert assistant.ask("What can go in the blue bin?").text == \
        "paper, cardboard, glass bottles and jars, food tins and drinks cans"


LEAGUE = ("| Pos | Team | Points |\n|---|---|---|\n| 1 | Hallam United | 46 |\n| 2 | Ashby Town | 41 |\n| 3 | Kelsby Rovers | 36 |\n\n"
          "Hallam United's manager, Gary Stott, said the race was far from over. Ashby beat Kelsby Rovers 2-0 on Saturday.\n")


@pytest.mark.parametrize("question, part, other", [
    ("Who manages Ashby Town?", "Gary Stott", True),  # a probe's: Hallam United's manager had answered
    ("Who manages Hallam United?", "Gary Stott", False),
    ("Who did Ashby Town beat?", "Kelsby Rovers 2-0", False),  # "Ashby", a word only its row's label has
    ("Who manages the league leaders?", "Gary Stott", False),  # no row named
    ("How many points do Ashby Town have?", "41", False),  # a table's own cells: other rules'
])
def test_a_sentence_naming_other_rows_of_a_table_whose_row_the_question_names_is_of_another_row(question, part, other):
    assert of_another_row(question, LEAGUE, LEAGUE.index(part)) is other
