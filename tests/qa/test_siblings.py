import pytest

from index.articles import parse_article
from qa import Assistant
from qa.siblings import of_a_sibling

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
    assert of_a_sibling(question, BINS, sentence) is sibling


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
    assert not of_a_sibling(question, text, sentence)


def test_the_assistant_answers_of_the_thing_asked_about(tmp_path, embedder, shipped_reader):
    assistant = Assistant.from_articles([parse_article("bins.txt", BINS.encode())], reader=shipped_reader,
                                        embedder=embedder, index_dir=tmp_path / "index", log=lambda message: None)
    assert assistant.ask("What can go in the blue bin?").text == \
        "paper, cardboard, glass bottles and jars, food tins and drinks cans"
