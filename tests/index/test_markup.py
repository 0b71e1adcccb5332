"""Markdown's inline markup, found at exact offsets so that a passage is read without it."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.markup import inline_markup, looks_like_markdown, text_less


def without_markup(text: str, code_blocks: tuple[tuple[int, int], ...] = ()) -> str:
    return text_less(text, 0, len(text), inline_markup(text, code_blocks))


@pytest.mark.parametrize("text, read", [
    ("## The *talks*\nresumed", "## The talks\nresumed"),  # heading marks stay: they tell a heading from wrapped prose
    ("led by *Lena Okafor*, the **deputy foreign minister** of Nigeria", "led by Lena Okafor, the deputy foreign minister of Nigeria"),
    ("at the _Palais des Nations_, said __Reuters__.", "at the Palais des Nations, said Reuters."),
    ("***strong*** and **bold *nested* here**", "strong and bold nested here"),
    ("a **bold\nspan** over a line break", "a bold\nspan over a line break"),
    ("met [Albert Khorev](https://example.com/khorev \"his page\") and ![a map](map.png)", "met Albert Khorev and a map"),
    ("arrived on `Tuesday`; ``a `b` c`` stays code", "arrived on Tuesday; a `b` c stays code"),
    ("see <https://example.com/a_b_c>", "see https://example.com/a_b_c"),
    ("the capital.[[1]](https://example.com/ref)", "the capital.[1]"),
    ("See [docs](`x`) now.", "See docs now."),  # a code span in an address is address, and pieces never overlap
    ("Use *a | b* to choose one.", "Use a | b to choose one."),  # in prose a "|" parts no cells
    ("这是**重要**的内容。", "这是重要的内容。"),  # no spaces around emphasis in Chinese or Japanese
    ("on [Foo](https://en.wikipedia.org/wiki/Foo_(bar)) today", "on Foo today"),
    ("| **City** | _Revenue_ |\n|---|---|\n| *Porto* | 2.9 |", "| City | Revenue |\n|---|---|\n| Porto | 2.9 |"),
    # Inline HTML's tags and comments, and text struck out with its marks.
    ('leave from <a href="https://x.org/pier_4">Pier Four</a>, <B>daily</B><!-- check -->', "leave from Pier Four, daily"),
    ('sold at the <span class="venue">*Quayside* Box Office</span>.<img src=map.png alt="map"/>', "sold at the Quayside Box Office."),
    ("The crossing takes ~~forty~~ fifty minutes.", "The crossing takes  fifty minutes."),
    ("type `<b>x</b>` here", "type <b>x</b> here"),  # in a code span, code
    ("takes <del>forty</del> <s>fifty</s> <STRIKE class=x>sixty</strike> seventy", "takes    seventy"),  # struck out
    ("takes <del>forty\nminutes</del> now, in H<sub>2</sub>O", "takes forty\nminutes now, in H2O"),  # over a line: its tags
    # A block's tags: a panel's (r10 audit), a README's centred picture.
    ("</details>\n\n<details>\n<summary>What if I miss a page?</summary>\nCall the rota lead.",
     "\n\n\nWhat if I miss a page?\nCall the rota lead."),
    ('<div align="center"><p align=center><picture><source srcset="a.png"><img src="b.png"></picture></p></div>', ""),
])
def test_markup_is_left_out_and_the_words_kept(text, read):
    assert without_markup(text) == read


def test_a_footnote_s_reference_and_its_definition_s_label_are_markup_where_it_is_defined():
    text = "Talks ended.[^1] Not [^2] or `[^1]`.\n\n[^1]: Said *two* agencies.\n```\n[^2]: code\n```\n"
    fence = (text.index("```"), len(text))
    assert without_markup(text, (fence,)) == "Talks ended. Not [^2] or [^1].\n\nSaid two agencies.\n```\n[^2]: code\n```\n"


def test_a_reference_link_is_markup_where_its_label_is_defined():
    text = "said [Reuters][1], [AP] and [the wire][], ![a map][M]; [sic], [x][9] and [AP](u) are links or text\n"
    definitions = "[1]: https://reuters.com\n[ap]: https://ap.org\n[The  Wire]: https://w.org\n[m]: map.png\n"
    labels = frozenset({"1", "AP", "THE WIRE", "M"})
    pieces = inline_markup(text + definitions, definitions=((len(text), len(text) + len(definitions)),), labels=labels)
    assert text_less(text + definitions, 0, len(text + definitions), pieces) == (
        "said Reuters, AP and the wire, a map; [sic], [x][9] and AP are links or text\n\n\n\n\n")


@pytest.mark.parametrize("text", [
    "5 * 3 = 15, 2 * 4 = 8",
    "* a list item\n- another",
    "snake_case_name and foo_bar",
    r"an escaped \*star\* and \_underscore\_",
    "***\n\n---",
    "one *open run, never closed",
    "the # sign mid-line and C# code",
    "The room measures 3*4*2 metres, 10*20 cm.",  # "*" between digits or letters is no emphasis (CommonMark's would be)
    "if a<b and b>c, x <3 y, mail <Tom>, one<br>two",  # no tags: prose, no element, a line break
    "call ~~~ or ~~ a ~~b",
    "in 2019<sup>1</sup> to 4 million",  # no "20191"
])
def test_what_is_no_markup_is_read_as_written(text):
    assert without_markup(text) == text


def test_code_in_a_code_span_or_a_fenced_block_is_read_as_written():
    assert without_markup("call `a *b* c` now") == "call a *b* c now"
    text = "Intro *here*.\n```\nx = *y* + _z_\n# not a heading\n```\nAfter **bold**.\n"
    fence = (text.index("```"), text.index("After"))
    assert without_markup(text, (fence,)) == "Intro here.\n```\nx = *y* + _z_\n# not a heading\n```\nAfter bold.\n"


@pytest.mark.parametrize("text", [
    "a *b\n\nc* d",  # paragraphs
    "- *a\n- b*",  # list items
    "# Heading *a\nb* para",  # a heading and what follows it
    "| *a | b* |\n|---|---|",  # the cells of a table row
    "a *b\n***\nc* d",  # a thematic break
    "Costs *2\n---\nTotal 4* here",  # a heading's underline
])
def test_emphasis_does_not_run_from_one_block_into_the_next(text):
    assert without_markup(text) == text


def test_a_block_quote_is_read_as_the_prose_it_holds_its_paragraphs_apart():
    assert without_markup("> a *b\n>\n> c* d") == "a *b\n\nc* d"
    assert without_markup("> said the director\n> > Mira *Okonkwo*.\n") == "said the director\nMira Okonkwo.\n"


@given(st.text(alphabet="*_`[]()#<>!^~=\"\\ \nab:/", max_size=80))
def test_markup_found_in_any_text_lies_inside_it_in_order_without_overlaps(text):
    pieces = inline_markup(text)
    assert all(0 <= start < end <= len(text) for start, end in pieces)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(pieces, pieces[1:]))


@pytest.mark.parametrize("text, markdown", [
    ("Notes\n```\nx = 1\n```", True),
    ("See [the minutes](https://example.com/minutes).", True),
    ("| Box | Base |\n|---|:--:|\n| A | 10 cm |", True),
    ("# Minutes\nThe *board* met.", True),
    ("# Minutes\nThe board met.\n## Present\nAll members.", True),
    # too little to go on: one emphasised phrase, one "# " line, a chat log's stars, code's dunders
    ("Bridge works\nPaid for by the _Norwegian Public Roads Administration_.", False),
    ("# Harbour notes\nThe storage room measures 3*4*2 metres.", False),
    ("[10:02] anna: that is *new*\n[10:03] ben: ok", False),
    ("Python's `__init__` method and __name__", False),
    ("Sums: 5 * 3 = 15, in snake_case_names.\n#hashtag", False),
])
def test_pasted_markdown_is_told_from_plain_text(text, markdown):
    assert looks_like_markdown(text) == markdown
