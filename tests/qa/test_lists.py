"""A list asked for whole, by the heading it stands under."""
from __future__ import annotations

import pytest

from index.articles import parse_article
from qa.assistant import Assistant
from qa.lists import items_on_one_line, lists_asked_for

RECIPE = """My Grandma's Lemon Drizzle Cake

I have to be honest with you: this recipe nearly did not make it onto the blog.

Ingredients

225g unsalted butter, softened
225g caster sugar
4 large eggs

For the drizzle:
Juice of 1½ lemons
85g granulated sugar

Method

1. Heat the oven to 180C (160C fan, gas mark 4).
2. Beat the butter and caster sugar together until pale and fluffy.

Storage

The cake keeps for up to 4 days in an airtight tin. You can freeze it, un-drizzled, for up to one month.
"""

LEAFLET = """# Dravoxil 20 mg tablets

## 4. Possible side effects

**Stop taking Dravoxil and see a doctor immediately** if you notice swelling of the face, lips or tongue.

- **Very common** (may affect more than 1 in 10 people): dizziness, tiredness
- **Common** (may affect up to 1 in 10 people): feeling sick, dry mouth

You can report side effects through the national scheme.

## 5. How to store Dravoxil

Keep it below 25 °C.
"""


@pytest.mark.parametrize("text, question, listed", [
    # a chat user's recipe: "225g unsalted butter" alone had answered (71 %), and "Any others?" found no other
    (RECIPE, "what are the ingredients", "225g unsalted butter, softened\n225g caster sugar\n4 large eggs\n\nFor the drizzle:\n"
                                         "Juice of 1½ lemons\n85g granulated sugar"),
    (RECIPE, "List the method", "1. Heat the oven to 180C (160C fan, gas mark 4).\n2. Beat the butter and caster sugar "
                                "together until pale and fluffy."),
    (RECIPE, "What are the storage instructions?", None),  # a paragraph, no list
    (RECIPE, "What are the ingredients of a good life story?", None),  # more words than a list's name
    (RECIPE, "Who are the authors?", None),
    (RECIPE, "what r the ingredients", "225g unsalted butter, softened\n225g caster sugar\n4 large eggs\n\nFor the drizzle:\n"
                                       "Juice of 1½ lemons\n85g granulated sugar"),  # a probe's had been refused
    (RECIPE, "ingredients?", "225g unsalted butter, softened\n225g caster sugar\n4 large eggs\n\nFor the drizzle:\n"
                             "Juice of 1½ lemons\n85g granulated sugar"),  # named alone, as the heading names it
    (RECIPE, "eggs?", None),
    (RECIPE, "what are the ingredients for the icing?", None),  # a probe's: the cake's whole list had answered
    (RECIPE, "what are the method steps on Sunday?", None),  # one of its items asked for (the code review's)
    # past the paragraph leading into it, the marked items alone; "dravoxil" names the document, not the list
    (LEAFLET, "what are the side effects of dravoxil", "- **Very common** (may affect more than 1 in 10 people): dizziness, "
                                                       "tiredness\n- **Common** (may affect up to 1 in 10 people): feeling "
                                                       "sick, dry mouth"),
])
def test_a_list_asked_for_whole_is_the_items_under_the_heading_it_names(text, question, listed):
    article = parse_article("doc.md" if text is LEAFLET else "doc.txt", text.encode())
    found = [article.text[start:end] for start, end in lists_asked_for(question, article.text, article.headings)]
    assert found == ([listed] if listed else [])


def test_a_list_reads_on_one_line_its_items_apart():
    assert items_on_one_line("225g butter\n4 large eggs\n\nFor the drizzle:\nJuice of 1½ lemons") == \
        "225g butter; 4 large eggs; For the drizzle: Juice of 1½ lemons"
    assert items_on_one_line("1. Heat the oven.\n2. Beat the butter.") == "Heat the oven; Beat the butter."
    assert items_on_one_line("- every\n  five minutes") is None  # one item, wrapped
    assert items_on_one_line("The cake keeps for up to four days in a tin,\nand you can freeze it for a month.") is None


def test_the_list_asked_for_is_answered_whole_and_shown_on_one_line(tmp_path, embedder, shipped_reader):
    # retrieval had read only a leaflet's "other ingredients" passages, the recipe's list unread
    leaflet = ("# Dravoxil leaflet\n\n## 6. Contents of the pack\n\nThe active substance is mirolantine. The other ingredients "
               "are lactose, magnesium stearate and hypromellose.\n")
    articles = [parse_article("recipe.txt", RECIPE.encode()), parse_article("leaflet.md", leaflet.encode())]
    assistant = Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=lambda message: None)
    answer = assistant.ask("what are the ingredients")
    assert answer.source == "recipe.txt" and answer.text.startswith("225g unsalted butter") and answer.text.endswith("sugar")
    assert assistant.answer_as_read(answer) == ("225g unsalted butter, softened; 225g caster sugar; 4 large eggs; For the "
                                                "drizzle: Juice of 1½ lemons; 85g granulated sugar")


def test_a_line_break_in_an_answer_of_no_list_reads_as_a_space(tmp_path, embedder, shipped_reader):
    # the code review's: hard-wrapped prose had been split as a list's items ("Harrow Valley Milling; Company")
    mill = parse_article("mill.txt", b"Old mill\n\nThe mill was bought in 1902 by the Harrow Valley Milling\nCompany, which ran "
                                     b"it until 1950.\n")
    assistant = Assistant.from_articles([mill], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=lambda message: None)
    answer = assistant.ask("Who bought the mill in 1902?")
    assert "\n" in answer.text and assistant.answer_as_read(answer) == answer.text.replace("\n", " ")
