"""A plain text e-mail's quote marks: read and searched without them."""
from __future__ import annotations

from index.quotes import quote_marks
from index.tables import table_view, text_as_read

REPLY = ("I'm happy with it.\n\nMartin\n\n> From: Priya Raman\n> Sent: Wednesday, March 5, 2025\n>\n"
         "> The total looks lower than their January quote of GBP 21,900 and I want to\n> make sure nothing is left out.\n"
         "> > Dennis wrote:\n> > The roof lights are in.\n")


def test_the_quote_marks_of_a_quoted_message_are_furniture():
    assert [REPLY[a:b] for a, b in quote_marks(REPLY)] == ["> ", "> ", ">", "> ", "> ", "> > ", "> > "]


def test_a_quoted_message_is_read_without_its_marks():
    # r12 audit: "> looks lower than their January quote of GBP 21,900" had been refused, the same words unquoted answered.
    view = table_view(REPLY, 0, len(REPLY)).text
    assert "their January quote of GBP 21,900 and I want to\nmake sure nothing is left out." in view
    assert "Dennis wrote:\nThe roof lights are in." in view
    start, end = REPLY.index("GBP"), REPLY.index(" is left out")  # an answer over quoted lines is shown without them (review)
    assert text_as_read(REPLY, start, end, markdown=False) == "GBP 21,900 and I want to\nmake sure nothing"


def test_a_line_alone_or_a_greater_than_sign_before_a_number_is_no_quote_mark():
    text = "Results\n> 50% of members voted.\n> 40 % abstained\nThe motion passed.\n> One line quoted alone.\n"
    assert quote_marks(text) == []


def test_a_quoted_line_opening_with_a_number_beside_other_quoted_lines_is_quoted():
    # r20 audit: a quoted message's "> 10 working days before the event" and "> 1. Final guest numbers?" kept their ">"
    text = ("Reply above.\n\n> A deposit is due within 14 days, and the balance\n> 10 working days before the event.\n>\n"
            "> A few questions:\n> 1. Final guest numbers?\n> 2. Any dietary requirements?\n")
    assert [text[a:b] for a, b in quote_marks(text)] == ["> "] * 2 + [">"] + ["> "] * 3


def test_python_s_prompts_are_no_quote_marks_but_a_reply_s_third_level_is():
    # r18 audit: a documentation page's session had been read without its prompts
    session = "Example:\n>>> s = resample(series, '1h')\n>>> len(s)\n87840\n"
    assert quote_marks(session) == [] and quote_marks("Example:\n>>> x = f()\n>>>\n>>> y\n") == []  # a bare prompt (review)
    deep = "> Anna wrote:\n>> Ben wrote:\n>>> The roof lights are in.\n>>> Dennis\n"
    assert [deep[a:b] for a, b in quote_marks(deep)] == ["> ", ">> ", ">>> ", ">>> "]


def test_a_markdown_article_s_block_quotes_are_its_own_markup():
    text = "> **Note** the *bridge* is shut.\n> Until May.\n"
    assert table_view(text, 0, len(text), markdown=True).text == "Note the bridge is shut.\nUntil May.\n"
