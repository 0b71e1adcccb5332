"""Rendering answers: escaping, highlighting at offsets, the no-answer message, confidence words."""
from __future__ import annotations

from dataclasses import replace

import pytest

from qa.answer import Answer, Citation
from ui.render import (Highlight, confidence_label, escape_text, highlight, render_article, render_error,
                       render_passage, render_reply)

HOSTILE = 'Keeper <script>alert("x")</script> & <img src=x onerror=alert(1)> **bold** $x$ [a](javascript:y) it\'s'


def test_escaping_leaves_no_markup_and_no_markdown():
    escaped = escape_text(HOSTILE)
    assert "<" not in escaped and ">" not in escaped and '"' not in escaped
    assert "*" not in escaped and "$" not in escaped and "[" not in escaped
    assert "&lt;script&gt;" in escaped and "&amp;" in escaped


def test_escaping_keeps_line_breaks():
    assert escape_text("one\ntwo") == "one<br>two"


def test_highlight_wraps_exact_offsets_not_the_first_occurrence():
    text = "Khorev met Khorev."
    assert highlight(text, [Highlight(11, 17)]) == "Khorev met <mark>Khorev</mark>."


def test_highlight_escapes_inside_and_outside_the_mark():
    text = "<b>bold</b> answer"
    assert highlight(text, [Highlight(3, 7)]) == "&lt;b&gt;<mark>bold</mark>&lt;/b&gt; answer"


def test_the_first_listed_highlight_wins_where_they_overlap():
    html = highlight("abcdef", [Highlight(2, 4, css_class="answer"), Highlight(1, 5, "span", "passage")])
    assert html == 'a<span class="passage">b</span><mark class="answer">cd</mark><span class="passage">e</span>f'


def test_a_highlight_is_one_element_even_where_others_start_or_end_inside_it():
    html = highlight("abcdef", [Highlight(1, 5), Highlight(0, 3, "span"), Highlight(2, 6, "span")])
    assert html == "<span>a</span><mark>bcde</mark><span>f</span>"


def test_a_highlight_outside_the_text_is_an_error():
    with pytest.raises(ValueError):
        highlight("short", [Highlight(2, 9)])


def test_passage_marks_the_answer_inside_it():
    citation = Citation("a.txt", 100, 120, "He met <Putin> today", 0.7, 8, 13)
    assert render_passage(citation) == "He met &lt;<mark>Putin</mark>&gt; today"
    assert render_passage(Citation("a.txt", 0, 5, "a & b", 0.5)) == "a &amp; b"


def test_confidence_words():
    assert confidence_label(0.91) == "high confidence (91%)"
    assert confidence_label(0.6) == "medium confidence (60%)"
    assert confidence_label(0.2) == "low confidence (20%)"


def answered() -> Answer:
    article = "In Islamabad, <b>Khorev</b> spoke."
    start = article.index("Khorev")
    cited = Citation("brief<1>.txt", 0, len(article), article, 0.8, start, start + 6)
    other = Citation("brief<1>.txt", 0, 12, article[:12], 0.4)
    return Answer("Who spoke?", "Khorev", True, 0.85, "brief<1>.txt", start, start + 6, [cited, other], 0.1)


def test_reply_shows_the_answer_in_bold_its_confidence_and_article():
    reply = render_reply(answered())
    assert reply.text.startswith("**Khorev**")
    assert "high confidence (85%)" in reply.text and "brief&lt;1&gt;.txt" in reply.text
    # The passage the answer is taken from is cited; the others were retrieved beside it, no answer in them.
    assert [p.title for p in reply.panels] == ["Cited passage 1 · brief&lt;1&gt;.txt", "Related passage 2 · brief&lt;1&gt;.txt"]
    assert "<mark>Khorev</mark>" in reply.panels[0].body and "&lt;b&gt;" in reply.panels[0].body


def test_reply_from_a_pdf_names_the_pages():
    answer = answered()
    answer = replace(answer, page=2, citations=[replace(answer.citations[0], page=1, last_page=2),
                                                replace(answer.citations[1], page=1, last_page=1)])
    reply = render_reply(answer)
    assert "high confidence (85%) · from brief&lt;1&gt;.txt, page 2" in reply.text
    assert [p.title for p in reply.panels] == ["Cited passage 1 · brief&lt;1&gt;.txt, pages 1–2",
                                               "Related passage 2 · brief&lt;1&gt;.txt, page 1"]


def test_reply_shows_the_answer_as_its_article_reads_when_told():
    reply = render_reply(answered(), shown_answer="Khorev <b>")
    assert reply.text.startswith("**Khorev &lt;b&gt;**")


def test_reply_says_how_a_follow_up_was_understood():
    reply = render_reply(answered(), understood_as="Who spoke <there>?")
    assert reply.text.startswith("*Understood as: Who spoke &lt;there&gt;?*")


def test_reply_says_when_a_question_asked_as_typed_was_read_with_the_previous_one():
    reply = render_reply(answered(), context="Who gave the <briefing>?", context_answered=True)
    assert reply.text.startswith("*Read with the previous question, “Who gave the &lt;briefing&gt;?”, and its answer.*")
    assert render_reply(answered(), context="Who won the cup?").text.startswith("*Read with the previous question, “Who won the cup?”.*")
    # "she" standing for no one: the question was still read with the previous one, not as written
    reply = render_reply(answered(), unresolved=("she",), asked_before=True, context="Who won the cup?")
    assert reply.text.startswith("*Read with the previous question, “Who won the cup?”.*\n\n*No one was named before for “she” to stand for.*")
    # Rewritten and read with the previous question too: both are said (the reply had shown only the rewrite,
    # and the same question typed alone got another answer).
    reply = render_reply(answered(), understood_as="When did Khorev say that?", context="Who spoke?", context_answered=True)
    assert reply.text.startswith("*Understood as: When did Khorev say that?*\n\n*Read with the previous question, “Who spoke?”, and its answer.*")
    # A previous question read with the one before it in turn: quoted alone ("Who else?") it said nothing of what "Why?" was read with.
    reply = render_reply(answered(), context="Who else?", context_answered=True, context_read_with="When were the <prisoners> exchanged?")
    assert reply.text.startswith("*Read with the previous question, “Who else?” (itself read with “When were the &lt;prisoners&gt; "
                                 "exchanged?”), and its answer.*")


def test_reply_says_when_a_question_refers_back_to_nothing():
    reply = render_reply(answered(), unresolved=("he", "that", "he"))
    assert reply.text.startswith("*Nothing was asked before for “he” and “that” to refer back to")
    assert "read as written" in reply.text.split("\n\n")[0]
    assert "Nothing was asked" not in render_reply(answered()).text


def test_reply_says_when_he_stands_for_no_one_the_questions_before_named():
    reply = render_reply(answered(), unresolved=("he",), asked_before=True)
    assert reply.text.startswith("*No one was named before for “he” to stand for, so the question was read as written.*")


def test_no_answer_says_so_plainly_and_still_shows_the_closest_passages():
    closest = Citation("a.txt", 0, 9, "Some text", 0.3)
    abstained = Answer("Who won the cup?", "", False, 0.9, citations=[closest], no_answer_probability=0.9)
    reply = render_reply(abstained)
    assert reply.text == "The article doesn't say.\n\nHigh confidence (90%) that it doesn't · the closest passages are below."
    assert [p.title for p in reply.panels] == ["Closest passage 1 · a.txt"]
    assert render_reply(abstained, articles_searched=2).text.startswith("The articles don't say.\n\nHigh confidence (90%) that they don't ·")
    unsure = replace(abstained, score=0.38, no_answer_probability=0.38)  # no span as likely as none: refused still
    assert render_reply(unsure).text == ("The article doesn't say.\n\nNo answer stands out: 38% that it doesn't, the rest "
                                         "spread over several spans · the closest passages are below.")
    assert render_reply(abstained, unmentioned=["2019"]).text.startswith("The article doesn't say: it never mentions “2019”.\n\n")
    summary = Answer("What is the article about?", "", False, 1.0, citations=[closest], no_answer_probability=1.0)
    assert render_reply(summary).text.startswith("The article opens with no paragraph that sums it up; ask about something in it")


def test_a_refusal_names_the_articles_loaded_but_unticked():
    # a chat user's answer was in an unticked article, and the refusal said nothing of it
    closest = Citation("recipe.txt", 0, 9, "Some text", 0.3)
    refused = Answer("how much is premium a month", "", False, 1.0, citations=[closest], no_answer_probability=1.0)
    assert render_reply(refused, unticked=["gym.md"]).text.endswith(
        "*Only the ticked articles were asked: gym.md is loaded but unticked.*")
    assert render_reply(refused, unticked=["a.md", "b.md", "c.md", "d.md", "e.md"]).text.endswith(
        "*Only the ticked articles were asked: a.md, b.md, c.md and 2 more are loaded but unticked.*")
    assert "unticked" not in render_reply(refused).text
    assert "unticked" not in render_reply(replace(refused, text="£49.99", answered=True), unticked=["gym.md"]).text


def test_a_summary_request_is_not_told_how_sure_the_assistant_is_of_no_answer():
    """A request that answers here cannot meet is not told "the assistant is 100% sure" after saying so: it reads as a reading that failed."""
    closest = Citation("a.txt", 0, 9, "Some text", 0.3)
    reply = render_reply(Answer("Summarize the article", "", False, 1.0, citations=[closest], no_answer_probability=1.0))
    assert "sure" not in reply.text and "%" not in reply.text and reply.text.endswith("The closest passages are below.")
    assert [p.title for p in reply.panels] == ["Closest passage 1 · a.txt"]


def test_article_view_marks_the_answer_at_its_offsets_and_shades_its_passages():
    answer = answered()
    article = answer.citations[0].text
    html = render_article("brief<1>.txt", article, answer)
    assert '<mark class="qa-answer">Khorev</mark>' in html
    assert '<span class="qa-passage">In Islamabad' in html
    assert "<h3>brief&lt;1&gt;.txt</h3>" in html and "<b>" not in html


def test_article_view_is_a_region_named_after_its_article_that_a_keyboard_can_scroll():
    html = render_article('brief "1".txt', "Khorev spoke.")
    assert html.startswith('<div class="qa-article" role="region" aria-label="brief &quot;1&quot;.txt" tabindex="0">')


def test_article_view_ignores_an_answer_from_another_article():
    html = render_article("other.txt", "Khorev here too.", answered())
    assert "<mark" not in html and "qa-passage" not in html


def test_article_view_of_a_pdf_marks_where_each_page_starts():
    text = "Talks <resumed>.\nThe envoy spoke on page two.\nEnd."
    second, third = text.index("The envoy"), text.index("End.")
    answer = Answer("Who spoke?", "envoy spoke on page", True, 0.9, "t.pdf", text.index("envoy"),
                    text.index("envoy") + len("envoy spoke on page"))
    html = render_article("t.pdf", text, answer, page_starts=(0, second, second, third))
    assert html.count('class="qa-page"') == 3  # page 2 has no text: its start is page 3's, named page 3
    body = html.split('<div class="qa-article-text">')[1]
    assert body.startswith('<span class="qa-page">page 1</span>Talks &lt;resumed&gt;.<br>')
    assert '<br><span class="qa-page">page 3</span>The <mark class="qa-answer">envoy spoke on page</mark>' in body
    assert '<br><span class="qa-page">page 4</span>End.' in body
    assert "qa-page" not in render_article("t.txt", text)


MARKDOWN = "# Costs\n\nA new inverter costs `$1,500` to `$2,500`, says **Jonas Berg**.\n"


def read_without_marks(source: str, start: int, end: int) -> str:
    return "".join(ch for ch in MARKDOWN[start:end] if ch not in "`*")


def test_a_passage_and_the_article_view_read_as_the_answer_is_shown_with_the_same_words_marked():
    # The UI audit: the answer's line said "$1,500 to $2,500" and the passage marked "`$1,500` to `$2,500`".
    start, end = MARKDOWN.index("`$1,500"), MARKDOWN.index(", says")
    passage = MARKDOWN.index("A new"), MARKDOWN.index(".\n") + 1
    citation = Citation("c.md", *passage, MARKDOWN[slice(*passage)], 0.9, start - passage[0], end - passage[0])
    assert render_passage(citation, read_without_marks) == (
        "A new inverter costs <mark>&#36;1,500 to &#36;2,500</mark>, says Jonas Berg.")
    assert render_passage(replace(citation, answer_start=None, answer_end=None), read_without_marks) == \
        "A new inverter costs &#36;1,500 to &#36;2,500, says Jonas Berg."
    answer = Answer("What does it cost?", MARKDOWN[start:end], True, 0.9, "c.md", start, end, [citation])
    body = render_article("c.md", MARKDOWN, answer, read_as=read_without_marks).split('<div class="qa-article-text">')[1]
    assert body.startswith('&#35; Costs<br><br><span class="qa-passage">A new inverter costs </span>'
                           '<mark class="qa-answer">&#36;1,500 to &#36;2,500</mark><span class="qa-passage">, says Jonas Berg.</span>')


def test_a_marker_inside_a_highlight_splits_it_and_keeps_every_character():
    assert highlight("abcdef", [Highlight(1, 5)], {3: "|"}) == "a<mark>bc</mark>|<mark>de</mark>f"
    assert highlight("abc", [], {0: "[", 3: "]"}) == "[abc"  # a marker past the last character has nothing to precede


def test_errors_are_escaped():
    assert render_error("x.pdf: <bad>") == "⚠️ x.pdf: &lt;bad&gt;"


@pytest.mark.parametrize("text, escaped", [
    ("1. First phase: deck", "&#49;. First phase"),  # no ordered list: its "1." was lost
    ("- Minutes of the board", "&#45; Minutes"),
    ("    indented", "&#32;   indented"),  # no code block
])
def test_a_text_starting_as_a_list_or_code_block_is_drawn_as_written(text, escaped):
    assert escape_text(text).startswith(escaped) and escape_text("a " + text[1:]).startswith("a ")


def test_addresses_in_an_article_are_not_made_links():
    html = escape_text("see https://example.com/solberg, www.example.org or ask harbour@example.com at 10:30")
    assert "https&#58;//example.com/solberg" in html and "www&#46;example.org" in html and "harbour&#64;example.com" in html
    assert "10:30" in html  # a ":" opening no address is left as it is


def test_a_question_for_another_answer_that_found_none_names_those_given():
    refused = Answer("Who gave the media briefing?", "", False, 0.99, no_answer_probability=0.99)
    reply = render_reply(refused, understood_as="Who else gave the media briefing?", given=["Albert P. Khorev", "<Putin>"])
    assert "The article gives no other answer than “Albert P. Khorev” or “&lt;Putin&gt;”." in reply.text
    assert "doesn't say" not in reply.text and "High confidence (99%) that it doesn't" in reply.text
    assert "The articles give no other answer than “Albert P. Khorev”." in render_reply(refused, 2, given=["Albert P. Khorev"]).text
    # paragraphs given before ("What else?" after what the article is about) are not all said again
    paragraphs = ["ISLAMABAD — Russia has reaffirmed its commitment to peace talks. " * 4, "According to Khorev… " * 5]
    assert "The article gives no other answer than those given before." in render_reply(refused, given=paragraphs).text


def test_an_article_s_tables_are_drawn_as_tables_with_the_answer_marked_in_its_cell():
    # The chat user's: tables had shown as raw pipe text ("| Day | Opens |", "|---|---|") in the view and the passages
    text = "Prices below.\n\n| Item | Price |\n|---|---|\n| Rye | £3.80 |\n| Baguette | £2.10 |\n\nThanks."
    at = text.index("£3.80")
    html = highlight(text, [Highlight(at, at + 5, css_class="qa-answer")])
    assert html == ('Prices below.<table class="qa-table"><tr><th>Item</th><th>Price</th></tr>'
                    '<tr><td>Rye</td><td><mark class="qa-answer">£3.80</mark></td></tr><tr><td>Baguette</td><td>£2.10</td></tr>'
                    '</table>Thanks.')
    passage = Citation("notes.md", text.index("| Rye"), len(text), text[text.index("| Rye"):], 0.9, 8, 13)  # no header
    assert render_passage(passage).startswith('<table class="qa-table"><tr><td>Rye</td><td><mark>£3.80</mark></td></tr>')
    assert highlight("Peace talks | Reuters\nNext line", []) == "Peace talks &#124; Reuters<br>Next line"  # no table
    # the session's review: a page's line on a pipe kept, before the table; rows of other shapes (a cell's "\|" read as
    # "|"), rows in a fenced code block and delimiter rows alone are no table
    page = "x\n| a | b |\n| c | d |\ny"
    assert highlight(page, [], {page.index("| a"): "<P>"}).startswith('x<P><table class="qa-table">')
    assert "<table" not in highlight("| Sour|dough | 4 |\n| Rye | 3 |", [])
    assert "<table" not in highlight("```\n| a | b |\n| c | d |\n```", [])
    assert highlight("x\n|---|\n|---|\ny", []) == "x<br>&#124;---&#124;<br>&#124;---&#124;<br>y"
    assert highlight("x\n| a | b |\n| c | d |\n", []).endswith("</table>")  # a table ending the text, its line too


def test_a_passage_starting_inside_a_table_is_shown_under_its_header_rows():
    # A chat user's: a passage of a table's last rows had shown "8 km" under no "Distance".
    text = "| Date | Distance |\n|---|---|\n| 6 April | 35 km |\n| 20 April | 8 km |\n"
    start = text.index("| 20 April")
    citation = Citation("club.md", start, len(text), text[start:], 0.9, text.index("8 km") - start, text.index(" |\n", start + 12) - start)
    header = lambda source, at: "| Date | Distance |\n|---|---|\n" if at == start else ""
    assert render_passage(citation, header_over=header) == (
        '<table class="qa-table"><tr><th>Date</th><th>Distance</th></tr><tr><td>&#50;0 April</td><td><mark>&#56; km</mark>'
        '</td></tr></table>')
    assert "<th>" not in render_passage(citation)
