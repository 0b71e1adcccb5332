"""Page furniture of a text paginated with form feeds: read and searched without it."""
from __future__ import annotations

from index.pages import numbered_as_pages, page_furniture
from index.tables import table_view

FOOTER = "Okonkwo & Varga              Standards Track                   [Page {}]"
HEADER = "RFC 9871                      TBP Framing                      June 2024"
PAGES = [
    "1.  Introduction\n\n   Coastal buoys sample the water level every 30 seconds.",
    "   The initial timer value is 15 seconds.  Each time the timer expires",
    "   without an acknowledgement, the Beacon retransmits the message.",
    "7.  Authors' Addresses\n\n   Email: lvarga@tessellate.example",
]
SPEC = "".join(f"{page}\n\n\n{FOOTER.format(number)}\n\f\n{HEADER}\n\n" for number, page in enumerate(PAGES[:-1], 1)) + \
    f"{PAGES[-1]}\n\n\n{FOOTER.format(len(PAGES))}\n"


def test_running_headers_footers_and_form_feeds_are_page_furniture_wherever_they_are():
    found = [SPEC[a:b] for a, b in page_furniture(SPEC)]
    assert found == [FOOTER.format(1), "\f", HEADER, FOOTER.format(2), "\f", HEADER, FOOTER.format(3), "\f", HEADER,
                     FOOTER.format(4)]  # the last page's footer has no form feed after it
    start, end = SPEC.index(FOOTER.format(2)) + 8, SPEC.index(HEADER, SPEC.index(FOOTER.format(2))) + 3  # cut to a passage's
    assert [SPEC[a:b] for a, b in page_furniture(SPEC, start, end)] == [FOOTER.format(2)[8:], "\f", HEADER[:3]]


def test_a_sentence_over_a_page_break_is_read_without_the_furniture_between():
    # The reader had read "[Page 2]" and "RFC 9871 TBP Framing June 2024" mid-sentence (r7 audit).
    start, end = SPEC.index("   The initial"), SPEC.index("message.") + len("message.")
    words = table_view(SPEC, start, end).text.split()
    assert " ".join(words) == ("The initial timer value is 15 seconds. Each time the timer expires without an acknowledgement, "
                               "the Beacon retransmits the message.")


def test_a_text_without_two_page_breaks_keeps_lines_that_only_look_like_furniture():
    text = "Budget 2024\n\nThe council met on 3 May.\n\fBudget 2024\n\nIt approved the plan."
    assert [text[a:b] for a, b in page_furniture(text)] == ["\f"]  # one page break: nothing repeats over pages
    assert page_furniture("No pages here.\n[Page 3]\n") == []


def test_a_line_over_each_page_whose_numbers_change_unlike_a_page_s_is_no_furniture():
    # helper's API test: each invoice's "Invoice 1043   Northwind Consulting   3 May 2024" had been read as a running header
    invoices = [f"Invoice {number}   Northwind Consulting   {day} May 2024\n\nBilled to: {client}\n"
                for number, day, client in [(1043, 3, "Acme Ltd"), (1044, 9, "Borealis GmbH"), (1045, 17, "Cobalt Studio")]]
    text = "\f\n".join(invoices)
    assert [text[a:b] for a, b in page_furniture(text)] == ["\f", "\f"]
    numbered = "".join(f"Invoices   Northwind Consulting   Page {page}\n\n{invoice}\f\n" for page, invoice in enumerate(invoices, 1))
    assert [numbered[a:b] for a, b in page_furniture(numbered) if numbered[a:b] != "\f"] == \
        [f"Invoices   Northwind Consulting   Page {page}" for page in (1, 2, 3)]  # a page's number changes as the page does


def test_a_chapter_s_number_and_a_page_number_going_up_by_two_are_a_running_header_s():
    # review: "Chapter 1 | 5" … "Chapter 2 | 12" had been kept on every page once each changing number had to be a page's
    assert numbered_as_pages([(page, f"Chapter {1 if page < 5 else 2}   |   {page + 1}") for page in range(10)])
    assert numbered_as_pages([(page, f"Annual report   {2 * page + 1}") for page in range(5)])  # right-hand pages only
    assert not numbered_as_pages([(1, "Invoice 1044 – issued 9 May 2024"), (2, "Invoice 1045 – issued 17 May 2024")])


def test_a_page_s_own_lines_beside_its_form_feeds_are_no_furniture():
    # (review) a title page between two form feeds, chapters over their pages, a sentence ending "on page 12", totals
    texts = ["Intro paragraph one.\nMore intro.\n\f\nAppendix A\n\f\nThe appendix body starts here.\nSee Appendix A for details.\n",
             "Chapter 1\nIt was a dark night.\nThe end of one.\n\fChapter 2\nMorning came.\nThe end of two.\n\fChapter 3\nNoon.\n",
             "The procedure is described in the manual on page 12\n\fand must be followed exactly.\n",
             "Entry one.\nTotal: 45\n\fEntry two.\nTotal: 12\n\fEntry three.\nTotal: 7\n"]
    for text in texts:
        assert [text[a:b] for a, b in page_furniture(text)] == ["\f"] * text.count("\f")
