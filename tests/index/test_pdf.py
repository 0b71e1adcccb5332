"""PDF articles: the text of the pages as paragraphs, without running headers, footers and page
numbers; and a clear refusal, naming the file, of what cannot be read."""
from __future__ import annotations

import zlib
from pathlib import Path
from types import SimpleNamespace

import pytest

from index import articles, pdf, pdf_tables
from index.articles import ArticleError, load_article, parse_article
from index.pdf import Box, article_text, line_groups
from index.pdf_text import paragraph, settle_hyphens

NEWS_PDF_TEXT = "\n".join([
    "Talks to resume in Geneva",
    "The envoy, Albert Khorev, told reporters in Islamabad on Tuesday that the negotiations would resume "
    "next month after a pause of two years.",
    "He said both sides had agreed on the exchange of prisoners of war, which would begin in May.",
    "The next round of talks will be held in Geneva in March.",
])


def test_a_pdf_becomes_the_text_of_its_pages_one_paragraph_a_line(news_pdf):
    article = parse_article("talks.pdf", news_pdf)
    assert article.name == "talks.pdf"
    # the running header once at the end, no "Page 1 of 2", the split word and sentence whole
    assert article.text == NEWS_PDF_TEXT + "\n\nThe Daily Record - World news"
    second_page = NEWS_PDF_TEXT.index("prisoners of war")  # the sentence over the break goes on here
    assert article.page_starts == (0, second_page)
    assert [article.page_at(i) for i in (0, second_page - 1, second_page, len(article.text) - 1)] == [1, 1, 2, 2]


def test_page_starts_follow_joined_words_and_pages_without_text():
    pages = [[Box("A cover page with a title", False)], [], [Box("The nego-", False)],
             [Box("Page 4", True), Box("tiations went on.", False), Box("New start.", False)]]
    text, starts = article_text(pages)
    assert text == "A cover page with a title\nThe negotiations went on.\nNew start."
    assert starts == (0, text.index("The nego"), text.index("The nego"), text.index("tiations"))
    assert parse_article("notes.txt", b"Some words.").page_at(3) is None  # no pages: text, pages, Word


def test_load_article_reads_a_pdf_whatever_the_case_of_its_extension(tmp_path, news_pdf):
    (tmp_path / "talks.PDF").write_bytes(news_pdf)
    assert load_article(tmp_path / "talks.PDF").text.startswith(NEWS_PDF_TEXT)


def test_a_line_that_recurs_in_the_body_is_kept(make_pdf):
    pages = [["Negotiations resumed.", "", "Both sides agreed."], ["Negotiations resumed.", "", "Geneva was chosen."]]
    assert parse_article("x.pdf", make_pdf(pages, header=None)).text.splitlines() == [
        "Negotiations resumed.", "Both sides agreed.", "Negotiations resumed.", "Geneva was chosen."]


@pytest.mark.parametrize("lines, expected", [
    (["The envoy   spoke  to", "reporters on  Tuesday."], "The envoy spoke to reporters on Tuesday."),
    (["the nego-", "tiations resumed"], "the nego\ue000tiations resumed"),  # settled once the whole text is read
    (["in May 2024", "—seeks to"], "in May 2024—seeks to"),  # a closed dash stays closed
    (["119 states—", "including"], "119 states—including"),
    (["Russia —", "Ukraine"], "Russia — Ukraine"),
    (["anti-", "Russian sentiment"], "anti-Russian sentiment"),  # a capital after the hyphen: a real hyphen
    (["the 2024-", "2025 season"], "the 2024-2025 season"),
    (["from 200–", "300 V, in 2021–", "2023"], "from 200–300 V, in 2021–2023"),  # a range over lines (r9 audit)
    (["Oslo –", "Bergen"], "Oslo – Bergen"),
    (["a pause -", "then talks"], "a pause - then talks"),  # a dash, not a hyphen
    (["\ufb01nance and ef\ufb01ciency"], "finance and efficiency"),  # typeset ligatures
    (["", "  ", "Words."], "Words."),
    (["Copyright (cid:13) 2022"], "Copyright 2022"),  # a glyph with no character
    (["1 Introduction . . . . . . . . 1", "2 Naming........ 3", "It... ended."], "1 Introduction … 1 2 Naming … 3 It... ended."),
    (["The main features:", "• Fast.", "• Free", "software.", "– Small."], "The main features:\n• Fast.\n• Free software.\n– Small."),
])
def test_a_box_lines_make_one_paragraph(lines, expected):
    assert paragraph(lines) == expected


@pytest.mark.parametrize("text, settled", [
    ("the nego\ue000tiations resumed", "the negotiations resumed"),  # "nego" is no word: a split word
    ("Russian\ue000controlled areas; Russian troops", "Russian-controlled areas; Russian troops"),  # "Russian" is
    ("a long\ue000term plan and a long-term deal", "a long-term plan and a long-term deal"),  # the pair is seen hyphenated
    ("some\ue000thing, something and some more", "something, something and some more"),  # seen run together
])
def test_line_end_hyphens_are_settled_by_the_rest_of_the_text(text, settled):
    assert settle_hyphens(text)[0] == settled


@pytest.mark.parametrize("text, settled", [
    ("the new battery\ue000electric ferry", "the new battery-electric ferry"),  # two words, never one
    ("a well\ue000known design, now near\ue000zero", "a well-known design, now near-zero"),
    ("the nego\ue000tiations resumed", "the negotiations resumed"),
    ("the co\ue000operative owns it", "the cooperative owns it"),  # "co" and "operative" are words, and so is "cooperative"
    # syllables the vocabulary holds as pieces, or rare words, are no compound's parts (review)
    ("com\ue000press it, pad\ue000ding, swap\ue000ping", "compress it, padding, swapping"),
    ("photo\ue000synthesis and pain\ue000killers", "photosynthesis and painkillers"),
    ("an e\ue000bike and an x\ue000ray", "an e-bike and an x-ray"),  # no word is broken after one letter (fourth audit)
    # a prefix written with a hyphen, but where it makes a word ("midsingle" had been an r22 audit's answer)
    ("growth in the mid\ue000single digits by mid\ue000night", "growth in the mid-single digits by midnight"),
    ("an ex\ue000hilarating ride", "an exhilarating ride"),  # before no word, a prefix's letters are the word's (review)
])
def test_a_line_end_hyphen_between_two_words_that_are_no_word_together_stays(text, settled):
    assert article_text([[Box(text, False)]])[0] == settled  # the embedding model's vocabulary tells its words


def test_page_starts_after_a_split_word_move_back_by_the_hyphen_taken_out():
    pages = [[Box("The nego-", False)], [Box("tiations went on.", False)], [Box("Then Russian-", False)],
             [Box("controlled areas joined, and Russian troops left.", False)]]
    text, starts = article_text(pages)
    assert text == "The negotiations went on.\nThen Russian-controlled areas joined, and Russian troops left."
    assert starts == (0, text.index("tiations"), text.index("Then"), text.index("controlled"))


def test_running_headers_footers_and_page_numbers_are_dropped_only_from_the_margins():
    pages = [[Box("Annual Report 2024", True), Box("Revenue grew by 12 percent.", False), Box("3", True)],
             [Box("Annual Report 2024", True), Box("3", False), Box("Costs fell.", False), Box("- 4 -", True)],
             [Box("Annual Report 2024", True), Box("Staff numbers rose", False), Box("Page 5 of 9", True)],
             [Box("to 400.", False), Box("Contact: press office", True)]]
    # each running one written once at the end, as a Word document's are: a notice's reference or date may be printed
    # nowhere else (r19 audit), but page numbers no more than on the pages
    assert article_text(pages)[0].splitlines() == ["Revenue grew by 12 percent.", "3", "Costs fell.",
                                                   "Staff numbers rose to 400.", "Contact: press office", "", "Annual Report 2024"]


def test_a_running_line_is_written_once_without_its_page_numbers_and_print_stamps():
    # review: "Smith & Co · 1" had been written with page 1's number, a browser's stamp with its page count
    pages = [[Box(f"Smith & Co · {page}", True), Box(text, False), Box(f"file:///home/u/notice.html {page}/2", True, True),
              Box("Urban Climate 9 (2025) 114-123", True, True)] for page, text in ((1, "Revenue rose."), (2, "Costs fell."))]
    assert article_text(pages)[0].splitlines() == ["Revenue rose.", "Costs fell.", "", "Smith & Co", "Urban Climate 9 (2025) 114-123"]


def test_a_line_over_each_page_whose_numbers_change_unlike_a_page_s_is_each_page_s_own():
    # helper's API test: three invoices, a page each, had lost their numbers and dates ("Invoice - issued May 2024" written
    # once at the end), and "When was the invoice to Borealis GmbH issued?" been answered "May 2024", on page 3
    invoices = [(1043, 3, "Acme Ltd"), (1044, 9, "Borealis GmbH"), (1045, 17, "Cobalt Studio")]
    pages = [[Box(f"Invoice {number} - issued {day} May 2024", True), Box(f"Billed to: {client}", False)] for number, day, client in invoices]
    text, starts = article_text(pages)
    assert text.splitlines() == [line for number, day, client in invoices for line in (f"Invoice {number} - issued {day} May 2024", f"Billed to: {client}")]
    assert starts == tuple(text.index(f"Invoice {number}") for number, _, _ in invoices)


def test_an_address_among_a_running_line_s_words_is_the_document_s():
    # r20 audit: a paper's footer had been written without its DOI, taken for a browser's stamp
    footer = "© 2025 The Authors. https://doi.org/10.1016/j.uclim.2025.101882"
    pages = [[Box(text, False), Box(footer, True, True), Box(f"https://example.org/notice.html {page}/2", True, True)]
             for page, text in ((1, "Revenue rose."), (2, "Costs fell."))]
    assert article_text(pages)[0].splitlines() == ["Revenue rose.", "Costs fell.", "", footer]


def pdf_with_table(rows: list[tuple[str, ...]], before: str, after: str, borders: str = "ALL", v_align: str = "MIDDLE") -> bytes:
    """A one-page PDF: a paragraph, a table of `rows` (its cells ruled as fpdf's `borders` layout says, set
    at their rows' top or middle), a paragraph."""
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.multi_cell(0, 6, before)
    with document.table(borders_layout=borders, v_align=v_align) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    document.multi_cell(0, 6, after)
    return bytes(document.output())


def test_a_table_ruled_with_lines_is_read_a_row_a_line_under_its_header_and_in_its_place():
    rows = [("City", "Staff", "Region"), ("Porto", "75", "North"), ("Lisbon", "120", "Centre")]
    data = pdf_with_table(rows, "The office published staffing figures.", "The figures will be updated next year.")
    # pdfminer had read it a column at a time ("City Porto Lisbon", "Staff 120"), the last column after the closing paragraph,
    # and near the page's top "75" was taken for a page number.
    assert parse_article("staff.pdf", data).text.splitlines() == [
        "The office published staffing figures.", "", "| City | Staff | Region |", "| --- | --- | --- |",
        "| Porto | 75 | North |", "| Lisbon | 120 | Centre |", "", "The figures will be updated next year."]


def test_a_subscript_in_a_ruled_table_s_cell_is_read_on_its_line():
    """A datasheet's "VIN + 0.3", its "IN" set 3.4 points lower in smaller type, had been read as a line under
    "V + 0.3" and written after it: "V + 0.3 IN" (r21 audit)."""
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    _page_of_lines(document, [(20, 20, "Absolute maximum ratings", 12)])
    for y in (40, 48, 56, 64):
        document.line(20, y, 150, y)
    for x in (20, 70, 120, 150):
        document.line(x, 40, x, 64)
    rows = [[("Pin", ""), ("Maximum", ""), ("Unit", "")], [("OUT", ""), ("V", "IN"), ("V", "")],
            [("Temperature T", "stg"), ("150", ""), ("°C", "")]]
    for number, row in enumerate(rows):
        for x, (text, lowered) in zip((22, 72, 122), row):
            document.set_font("Helvetica", size=11)
            document.text(x, 45.5 + 8 * number, text)
            if lowered:
                document.set_font("Helvetica", size=8.5)
                document.text(x + document.get_string_width(text) * 11 / 8.5 + 0.2, 46.7 + 8 * number, lowered)
        if number == 1:
            document.set_font("Helvetica", size=11)
            document.text(80, 53.5, "+ 0.3")
    lines = parse_article("ratings.pdf", bytes(document.output())).text.splitlines()
    assert "| OUT | VIN + 0.3 | V |" in lines and "| Temperature Tstg | 150 | °C |" in lines


def test_a_header_of_two_rows_a_cell_across_columns_over_their_names_is_one_header_row():
    # A datasheet's pins: "PIN" over "NAME" and "NO.", beside "I/O" down both rows; no header row had named a cell (r21 audit).
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    document.set_font("Helvetica", size=10)
    document.multi_cell(0, 6, "Pin functions.")
    with document.table(num_heading_rows=2) as table:
        row = table.row()
        row.cell("PIN", colspan=2)
        row.cell("I/O", rowspan=2)
        row.cell("DESCRIPTION", rowspan=2)
        row = table.row()
        row.cell("NAME")
        row.cell("NO.")
        for cells in [("OUT", "1, 2", "O", "Regulated output."), ("EN", "6", "I", "Enable input."), ("GND", "5", "-", "Ground.")]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    assert parse_article("pins.pdf", bytes(document.output())).text.splitlines()[2:5] == [
        "| PIN NAME | PIN NO. | I/O | DESCRIPTION |", "| --- | --- | --- | --- |", "| OUT | 1, 2 | O | Regulated output. |"]


def test_a_title_across_every_column_over_a_header_row_is_no_part_of_its_names():
    rows = [["Pin configuration", None, None], ["Name", "No.", "I/O"], ["VIN", "1", "I"], ["GND", "2", "-"]]
    assert pdf_tables._header_of_two_rows(rows) == rows  # review: each column had been "Pin configuration Name"…


def test_a_first_row_of_years_over_a_label_is_a_header_row():
    # A financial statement's columns are its years: taken for a body row, no cell was named by its year,
    # and "What was rental income in 2022?" was answered with 2023's figure (r7 audit).
    text = pdf_tables.table_text([["Statement of activities (USD)", "2023", "2022–23"], ["Rental income", "402,800", "251,400"]])
    assert text.splitlines()[1:3] == ["| Statement of activities (USD) | 2023 | 2022–23 |", "| --- | --- | --- |"]
    assert pdf_tables.table_text([["Sector 4", "415", "2023"], ["Sector 9", "38", "2021"]]).splitlines()[0] == "| Sector 4 | 415 | 2023 |"
    # a corner left empty over the rows' labels: a slide's capital spending by year had been read unnamed (r18 audit)
    text = pdf_tables.table_text([["", "FY2026", "FY2027", "Total"], ["Technology", "18", "22", "40"]])
    assert text.splitlines()[1:3] == ["|  | FY2026 | FY2027 | Total |", "| --- | --- | --- | --- |"]
    assert pdf_tables.table_text([["", "18", "22", "40"], ["Technology", "18", "22", "40"]]).splitlines()[0] == "|  | 18 | 22 | 40 |"
    # two corners, over a parameter and its condition: a datasheet's maximum ratings had been read unnamed (r21 audit)
    text = pdf_tables.table_text([["", "", "MIN", "MAX", "UNIT"], ["Voltage", "IN, EN, PG", "–0.3", "7.0", "V"]])
    assert text.splitlines()[1:3] == ["|  |  | MIN | MAX | UNIT |", "| --- | --- | --- | --- | --- |"]
    assert pdf_tables.table_text([["", "", "MIN"], ["Voltage", "IN", "–0.3"]]).splitlines()[0] == "|  |  | MIN |"  # one name only


@pytest.mark.parametrize("scale", [0.7, 0.8])  # a raised mark 80 % of its line's type had been read as the line's (r12 audit: "Osei2")
def test_a_raised_note_mark_is_written_in_raised_digits(scale):
    # "since at least 2000.4" had read as a decimal: the note's mark ran into the year (r9 audit).
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.sup_scale = scale
    document.add_page()
    document.set_font("Helvetica", size=11)
    for text, raised in [("Trout have been counted since at least 2000", False), ("4", True), (", and their number fell by 12", False),
                         ("1", True), (" per cent in the Eden catchment.", False)]:
        document.char_vpos = "SUP" if raised else "LINE"
        document.write(6, text)
    assert parse_article("notes.pdf", bytes(document.output())).text == (
        "Trout have been counted since at least 2000⁴, and their number fell by 12¹ per cent in the Eden catchment.")


def test_a_two_column_table_is_read_as_labels_and_values():
    rows = [("Founded", "1999"), ("Chair", "Maria Okafor | interim")]
    data = pdf_with_table(rows, "About the trust.", "more follows.")
    assert parse_article("trust.pdf", data).text.splitlines() == [
        "About the trust.", "| Founded | 1999 |", "| Chair | Maria Okafor \\| interim |", "more follows."]


@pytest.mark.parametrize("borders", ["HORIZONTAL_LINES", "SINGLE_TOP_LINE", "MINIMAL", "NONE"])
def test_a_table_not_ruled_as_a_grid_is_read_a_row_a_line_by_how_its_cells_align(borders):
    rows = [("City", "Staff", "Region", "Opened"), ("Porto", "75", "North", "1999"), ("Lisbon", "120", "Centre", "2004"),
            ("Faro", "30", "South Coast", "2011")]
    data = pdf_with_table(rows, "The office published staffing figures for its branches.", "The figures will be updated.", borders)
    # pdfminer had read it a column at a time, each cell a box, "Region" and its cells after the closing paragraph,
    # and "75" and "1999", near the page's top, dropped as page numbers.
    assert parse_article("staff.pdf", data).text.splitlines() == [
        "The office published staffing figures for its branches.", "", "| City | Staff | Region | Opened |",
        "| --- | --- | --- | --- |", "| Porto | 75 | North | 1999 |", "| Lisbon | 120 | Centre | 2004 |",
        "| Faro | 30 | South Coast | 2011 |", "", "The figures will be updated."]


def test_a_header_set_flush_left_over_figures_set_flush_right_names_them():
    # audit (session 34): a paper's table, its header left and its figures right, each clear of the other, had read
    # "| Plots |  |" over "|  | 17 |", and "the RMSE for sandy clay loam" been answered with another column's figure
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.multi_cell(0, 6, "Probe accuracy by soil texture, against gravimetric samples.")
    rows = [("Texture", "Plots", "RMSE", "Bias"), ("Loamy sand", "17", "0.027", "-0.004"), ("Sandy loam", "19", "0.033", "+0.006"),
            ("Sandy clay loam", "6", "0.041", "+0.012")]
    with document.table(borders_layout="NONE", first_row_as_headings=False, col_widths=(50, 30, 30, 30), width=140) as table:
        for number, cells in enumerate(rows):
            row = table.row()
            for at, cell in enumerate(cells):
                row.cell(cell, align="L" if number == 0 or at == 0 else "R")
    document.multi_cell(0, 6, "Probes failed at a rate of 0.9 per 100 probe-months.")
    assert parse_article("paper.pdf", bytes(document.output())).text.splitlines()[2:7] == [
        "| Texture | Plots | RMSE | Bias |", "| --- | --- | --- | --- |", "| Loamy sand | 17 | 0.027 | -0.004 |",
        "| Sandy loam | 19 | 0.033 | +0.006 |", "| Sandy clay loam | 6 | 0.041 | +0.012 |"]


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])
def test_a_cell_wrapped_over_lines_is_one_cell_set_at_its_row_s_top_or_centred_on_it(v_align):
    rows = [("City", "Staff", "Manager", "Notes"), ("Porto", "75", "Ana Silva", "Opened a second office near the harbour in March"),
            ("Lisbon", "120", "João Costa", "Headquarters"), ("Faro", "30", "Rita Gomes", "Seasonal staff not counted")]
    text = parse_article("staff.pdf", pdf_with_table(rows, "Staffing.", "Updated yearly.", "NONE", v_align)).text
    # fpdf spreads "Seasonal staff not" wide to justify it; the note under the table's first column is no cell of it.
    assert text.splitlines() == ["Staffing.", "", "| City | Staff | Manager | Notes |", "| --- | --- | --- | --- |",
                                 "| Porto | 75 | Ana Silva | Opened a second office near the harbour in March |",
                                 "| Lisbon | 120 | João Costa | Headquarters |", "| Faro | 30 | Rita Gomes | Seasonal staff not counted |",
                                 "", "Updated yearly."]


@pytest.mark.parametrize("borders", ["ALL", "NONE"])
def test_a_cell_wrapped_after_a_hyphen_reads_as_a_paragraph_does(borders):
    rows = [("Problem", "Cause", "Solution"), ("Unusual smell", "The carbon layer is saturated", "Fit a new AF-\n35 filter"),
            ("No power", "The plug is loose", "Push the plug\nin firmly"), ("Noisy fan", "The filter is blocked", "Clean the fil-\nter")]
    text = parse_article("manual.pdf", pdf_with_table(rows, "Troubleshooting.", "Call us if this does not help.", borders)).text
    # A space had been put after the hyphen ("AF- 35", r22 audit's manual); a word's line-end hyphen is settled as prose's.
    assert "| Unusual smell | The carbon layer is saturated | Fit a new AF-35 filter |" in text.splitlines()
    assert "| No power | The plug is loose | Push the plug in firmly |" in text.splitlines()
    assert "| Noisy fan | The filter is blocked | Clean the filter |" in text.splitlines()


def test_a_wrapped_line_that_fits_a_cell_at_its_row_s_top_and_one_centred_on_the_next_row_makes_no_table():
    def line(y: float, x0: float, text: str) -> pdf_tables.Segment:
        return pdf_tables.Segment(x0, x0 + 40, y, y + 8, text, 0, ("Helvetica", 8.0, "(0,)"))

    # Notes lines at equal steps: "a" and "b" go on from the row above, or are centred on the row between them.
    rows = [[line(100, 0, "Porto"), line(100, 100, "open")], [line(90, 100, "a")], [line(80, 0, "Faro"), line(80, 100, "shut")],
            [line(70, 100, "b")], [line(60, 0, "Braga"), line(60, 100, "new")]]
    table = [(place, {0: [rows[place][0]], 1: [rows[place][1]]}) for place in (0, 2, 4)]
    wrapped = [(1, 1, rows[1]), (3, 1, rows[3])]
    assert pdf_tables._wrapped_cells(rows, table, wrapped, 8) is None
    # Without "b", "a" can only go on from the row above.
    cells = pdf_tables._wrapped_cells(rows, table, wrapped[:1], 8)
    assert [[piece.text for piece in row[1]] for row in cells] == [["open", "a"], ["shut"], ["new"]]


def _page_of_lines(document, lines: list[tuple[float, float, str, int]]) -> None:
    """Lines placed where given: (x, y) in mm from the page's top left, text, type size."""
    for x, y, text, size in lines:
        document.set_font("Helvetica", size=size)
        document.set_xy(x, y)
        document.cell(0, size * 0.45, text)


def test_a_running_header_set_in_columns_is_dropped_as_other_running_headers_are():
    from fpdf import FPDF

    document = FPDF(format="A4")
    for page in range(3):
        document.add_page()
        header = [(10, 8 + 4 * n, left, 8) for n, left in enumerate(["ACME Widgets Ltd", "Finance department", "Leeds office"])]
        header += [(150, 8 + 4 * n, right, 8) for n, right in enumerate(["Annual report", "Confidential", "Draft"])]
        _page_of_lines(document, header + [(10, 60, f"Sales rose on page {page + 1} of the report.", 11)])
    text = parse_article("report.pdf", bytes(document.output())).text
    # Read as a table, its box had been taken for the body's and kept on every page; it is written once at the end.
    assert text.splitlines() == [*(f"Sales rose on page {page} of the report." for page in (1, 2, 3)), "",
                                 "| ACME Widgets Ltd | Annual report |", "| Finance department | Confidential |", "| Leeds office | Draft |"]


@pytest.mark.parametrize("under", [[(10, 62, "Comments", 13)], [(64, 62, "1", 10)]])
def test_a_heading_or_a_number_just_under_a_table_is_no_cell_of_its_last_row(under):
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    rows = [("Team", "Won", "Lost"), ("Lions", "10", "2"), ("Tigers", "8", "4"), ("Bears", "3", "9")]
    _page_of_lines(document, [(10 + 50 * column, 40 + 6 * row, cell, 10) for row, cells in enumerate(rows) for column, cell in enumerate(cells)])
    _page_of_lines(document, under + [(10, 72, "The committee met on Tuesday to discuss the budget.", 10)])
    text = parse_article("league.pdf", bytes(document.output())).text.splitlines()
    # The heading, in larger type, had been read as "Bears Comments"; a number centred under a column as "3 1".
    assert text[text.index("| Bears | 3 | 9 |") + 1:] == ["", under[0][2], "The committee met on Tuesday to discuss the budget."]


def test_a_list_item_s_mark_set_apart_from_its_text_is_no_cell():
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    items = ["A life jacket for each person on board.", "Charts of the coast and a compass.", "Enough fuel for the return trip."]
    _page_of_lines(document, [(x, 40 + 7 * n, text, 11) for n, item in enumerate(items) for x, text in ((12, f"{n + 1}."), (22, item))])
    # Set a tab's width apart, as a word processor sets them, each mark had been read as a column of cells.
    assert parse_article("kit.pdf", bytes(document.output())).text.splitlines() == [f"{n + 1}. {item}" for n, item in enumerate(items)]


def test_a_row_of_cells_wrapped_over_two_lines_beside_cells_centred_on_them_is_one_row():
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    document.set_font("Helvetica", size=14)
    rows = [("Station", "Departures in 2023", "Area"), ("Harbour Square", "96,400", "City centre"),
            ("University Library", "81,200", "University"), ("Riverside Park", "54,300", "West bank")]
    with document.table(col_widths=(26, 60, 40), borders_layout="HORIZONTAL_LINES", v_align="MIDDLE", width=126) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    lines = parse_article("stations.pdf", bytes(document.output())).text.splitlines()
    # A one-line cell centred on a two-line one had been a row of its own between their lines, and the table
    # read a column at a time; a header naming a year ("Departures in 2023") is a header still.
    assert lines[1:6] == ["| Station | Departures in 2023 | Area |", "| --- | --- | --- |", "| Harbour Square | 96,400 | City centre |",
                          "| University Library | 81,200 | University |", "| Riverside Park | 54,300 | West bank |"]


def test_a_table_with_empty_cells_is_read_a_row_a_line():
    rows = [("Item", "Spring", "Summer", "Autumn"), ("Apples", "10", "", "12"), ("Pears", "", "9", ""), ("Plums", "3", "", "5")]
    text = parse_article("fruit.pdf", pdf_with_table(rows, "Fruit sold.", "More next year.", "NONE")).text
    # One column has a cell in every row: two had to, and the table had been read a column at a time.
    assert "| Apples | 10 |  | 12 |" in text.splitlines() and "| Pears |  | 9 |  |" in text.splitlines()


def test_prose_beside_a_column_of_short_lines_is_no_table():
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    document.set_font("Helvetica", size=11)
    for n, item in enumerate(["Home", "News", "Sport", "Business", "Weather"]):
        document.set_xy(10, 20 + 6 * n)
        document.cell(30, 6, item)
    document.set_xy(50, 20)
    story = ("The ferry strike that halted crossings for nine days ended on Friday after the union accepted a pay rise of "
             "four percent, the operator said. Services will resume on Saturday morning with the first crossing at six.")
    document.multi_cell(140, 6, story)
    assert parse_article("ferry.pdf", bytes(document.output())).text.splitlines() == ["Home", "News", "Sport", "Business", "Weather", story]
    # Lines of prose that start with names do not run on in lower case, but fill their column: no cells either.
    lines = ["The town hall reopened on Saturday after two years of repairs to its", "Victorian roof and clock tower. The mayor thanked the builders and",
             "Historic England, which paid for half of the work on the tower."]
    document = FPDF(format="A4")
    document.add_page()
    _page_of_lines(document, [(10, 40 + 6 * n, line, 11) for n, line in enumerate(lines)])
    _page_of_lines(document, [(160, 40 + 6 * n, item, 11) for n, item in enumerate(["Opening times", "Mon-Fri 9-5", "Sat 10-4"])])
    assert "|" not in parse_article("hall.pdf", bytes(document.output())).text


class Line(list):
    """A pdfminer text line as line_groups reads it: its place on the page and its text (no characters to size)."""

    def __init__(self, text: str, x0: float, y0: float):
        super().__init__()
        self.text, self.x0, self.y0, self.x1, self.y1 = text, x0, y0, x0 + 6 * len(text), y0 + 12

    def get_text(self) -> str:
        return self.text + "\n"


def test_list_items_with_bullets_drawn_as_shapes_or_numbers_are_a_line_each():
    box = [Line("Bring the following:", 34, 700), Line("Sleeping bag rated to minus 20", 64, 676),
           Line("Two litres of water", 64, 663), Line("1. Meet at the station", 52, 585), Line("2. Take the train", 52, 571)]
    bullets = [SimpleNamespace(x0=52, x1=55.5, y0=680, y1=684), SimpleNamespace(x0=52, x1=55.5, y0=667, y1=670.5)]
    [lines] = line_groups(box, bullets)
    assert paragraph(lines).splitlines() == ["Bring the following:", "• Sleeping bag rated to minus 20", "• Two litres of water",
                                             "1. Meet at the station", "2. Take the train"]
    assert paragraph([line.get_text() for line in box[1:3]]) == "Sleeping bag rated to minus 20 Two litres of water"  # no shapes
    # A number opening a line that goes on with a sentence is no item's.
    assert paragraph(["The number injured in the blast rose to", "14. Officials said more were missing."]) == \
        "The number injured in the blast rose to 14. Officials said more were missing."
    assert paragraph(["1. Meet at the station", "2. Take the train", "3. Walk"]).splitlines() == [
        "1. Meet at the station", "2. Take the train", "3. Walk"]  # a box opening with an item
    assert paragraph(["Pack the following:", "1. Sleeping bag rated to", "minus 20", "2. Two litres of water"]).splitlines() == [
        "Pack the following:", "1. Sleeping bag rated to minus 20", "2. Two litres of water"]  # an item running on over a line


def test_text_turned_on_its_side_is_left_out_and_the_rest_read():
    """A chart's axis label turned 90°: pdfminer left a line of spaces beside it, alone on the page, and
    reading it as a box refused the whole PDF (a slide deck); the label itself came a letter a line."""
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.text(20, 50, "Pick rate by week")
    document.text(20, 60, "Target first reached in week 9.")
    with document.rotation(90, 40, 150):
        document.text(40, 150, "Lines picked per hour")
    article = parse_article("deck.pdf", bytes(document.output()))
    assert article.text == "Pick rate by week\nTarget first reached in week 9."


@pytest.mark.parametrize("columns, size, seed", [(3, 10, 1), (4, 9, 4), (4, 9, 5)])
def test_justified_prose_in_three_or_four_columns_makes_no_table(columns, size, seed):
    """A narrow justified column's lines, their words spread apart, had been read as tables of their own once each
    column's lines were looked at alone ("| responses | were | received, |", review)."""
    import random

    from fpdf import FPDF

    sentences = ["The committee considered the environmental implications of the proposed redevelopment of the waterfront.",
                 "Independent assessments commissioned by the authority concluded that biodiversity would improve substantially.",
                 "Representatives of neighbourhood associations nevertheless expressed reservations about construction traffic.",
                 "Approximately 4,300 consultation responses were received, overwhelmingly supportive of pedestrianisation.",
                 "Transportation modelling indicated that congestion on surrounding thoroughfares would decrease.",
                 "The infrastructure programme, estimated at 42 million pounds, will be delivered in three phases.",
                 "Councillors emphasised that accessibility improvements must accompany any redevelopment.",
                 "Telecommunications providers have agreed to relocate underground equipment before excavation begins.",
                 "Archaeological investigations uncovered medieval foundations beneath the former warehouse."]
    chosen = random.Random(seed)
    document = FPDF(format="A4")
    document.add_page()
    with document.text_columns(ncols=columns, gutter=5, text_align="J") as text:
        document.set_font("Helvetica", size=size)
        for _ in range(8):
            text.write(" ".join(chosen.sample(sentences, 4)))
            text.ln()
            text.ln()
    assert not any(line.startswith("|") for line in parse_article("council.pdf", bytes(document.output())).text.splitlines())


def test_a_clause_s_line_indented_under_its_number_is_read_before_the_next_clause():
    """pdfminer read the wrapped line, indented 16 mm in and 6 mm down, after the next clause, and the clause
    before ran on into that one ("…at least once every 3.3.3 sign a disposal certificate…", r12 audit)."""
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    document.set_font("Helvetica", size=10)
    for x, y, text in [(33, 50, "3.3.1"), (49, 50, "list the records of their area in the Retention Schedule;"),
                       (33, 57, "3.3.2"), (49, 57, "review records that have reached the end of their retention period at least once every"),
                       (49, 62.5, "twelve months; and"), (33, 69, "3.3.3"), (49, 69, "sign a disposal certificate for each batch destroyed.")]:
        document.text(x, y, text)
    assert parse_article("policy.pdf", bytes(document.output())).text.splitlines() == [
        "3.3.1 list the records of their area in the Retention Schedule;",
        "3.3.2 review records that have reached the end of their retention period at least once every twelve months; and",
        "3.3.3 sign a disposal certificate for each batch destroyed."]


def test_a_table_in_one_column_beside_the_other_column_s_prose_is_a_table():
    """The prose beside it had run into its rows, and a scientific paper's results table came out as lines
    of numbers without their labels ("Vertisol", then "40 11.2 3.8 2.6", r12 audit)."""
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    document.set_font("Helvetica", size=8)
    rows = [["Soil type", "n", "Factory", "Linear"], ["Sandy loam", "40", "4.6", "2.3"], ["Clay loam", "40", "7.1", "2.9"],
            ["Vertisol", "40", "11.2", "3.8"]]
    document.line(20, 56, 95, 56)
    document.line(20, 61.5, 95, 61.5)
    for number, row in enumerate(rows):
        for x, value in zip([20, 46, 58, 74], row):
            document.text(x, 60 + 5.5 * number, value)
    document.line(20, 78.5, 95, 78.5)
    document.set_font("Helvetica", size=9)
    prose = ["The sensors were buried at 20 cm depth in", "each plot and read every hour for the whole",
             "season, from March until the end of June,", "and the readings were sent to a server over",
             "the mobile network by a small logger unit."]
    for number, line in enumerate(prose):
        document.text(110, 58 + 5 * number, line)
    lines = parse_article("paper.pdf", bytes(document.output())).text.strip("\n").splitlines()
    assert lines[:5] == ["| Soil type | n | Factory | Linear |", "| --- | --- | --- | --- |", "| Sandy loam | 40 | 4.6 | 2.3 |",
                         "| Clay loam | 40 | 7.1 | 2.9 |", "| Vertisol | 40 | 11.2 | 3.8 |"]
    assert lines[-1] == " ".join(prose)


def test_labels_and_amounts_beside_a_paragraph_on_a_page_of_one_column_are_a_table():
    """A bank statement's summary beside a notice: the notice's lines, at their own spacing, had run into its
    rows, and it came out as all its labels, then all its amounts (r21 audit: 7 questions about it missed)."""
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    wide = "Your statement for August, with every payment into and out of your account in the order it was made."
    _page_of_lines(document, [(10, 20, wide, 11), (10, 120, wide, 11)])
    summary = [("Balance on 01 Aug 2024", "£1,342.56"), ("Money in", "£2,750.00"), ("Money out", "£2,463.23"),
               ("Arranged overdraft limit", "£1,000.00"), ("Credit interest rate (AER)", "1.25%")]
    document.set_font("Helvetica", size=9)
    for number, (label, amount) in enumerate(summary):
        document.text(12, 42 + 6 * number, label)
        document.text(90 - document.get_string_width(amount), 42 + 6 * number, amount)
    notice = ["From 1 October 2024 the monthly account fee will", "rise from £3.00 to £4.50. You can switch to our",
              "fee-free Basic Account at any time in the app or", "by calling us, as explained in note 4 overleaf."]
    document.set_font("Helvetica", size=8)
    for number, line in enumerate(notice):
        document.text(110, 44 + 4.3 * number, line)
    lines = parse_article("statement.pdf", bytes(document.output())).text.splitlines()
    assert [f"| {label} | {amount} |" for label, amount in summary] == [line for line in lines if line.startswith("|")]
    assert " ".join(notice) in lines
    # Without the amounts, labels beside the notice are no table: prose set in two columns is not one either.
    document = FPDF(format="A4")
    document.add_page()
    _page_of_lines(document, [(10, 20, wide, 11), (10, 120, wide, 11)])
    document.set_font("Helvetica", size=9)
    for number, (label, _) in enumerate(summary):
        document.text(12, 42 + 6 * number, label)
        document.text(60, 42 + 6 * number, label.split()[0].lower())
    document.set_font("Helvetica", size=8)
    for number, line in enumerate(notice):
        document.text(110, 44 + 4.3 * number, line)
    assert "|" not in parse_article("statement.pdf", bytes(document.output())).text


def test_a_header_s_caption_over_the_rows_labels_set_apart_from_them_heads_their_column():
    """An annual report's "Year ended 31 December" over its labels, further right than they start and reaching over
    the longer ones: the table had started at its second row, its header and first row read as loose lines (r22 audit)."""
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    _page_of_lines(document, [(10, 20, "Financial highlights", 14)])
    document.set_font("Helvetica", size=9)
    document.text(45, 42, "Year ended 31 December")
    for x, year in ((112, "2024"), (137, "2023")):
        document.text(x, 40, year)
        document.text(x + 2, 44, "£m")
    document.text(165, 42, "Change")
    rows = [("Revenue", "412.6", "378.9", "+8.9%"), ("Organic revenue growth", "6.2%", "4.8%", "+1.4pp"),
            ("Statutory operating profit", "52.3", "44.0", "+18.9%"), ("Free cash flow", "44.9", "31.2", "+43.9%")]
    for number, row in enumerate(rows):
        for x, cell in zip((20, 112, 137, 165), row):
            document.text(x, 52 + 7 * number, cell)
    lines = parse_article("report.pdf", bytes(document.output())).text.strip("\n").splitlines()
    assert lines == ["Financial highlights", "", "| Year ended 31 December | 2024 £m | 2023 £m | Change |", "| --- | --- | --- | --- |",
                     *(f"| {' | '.join(row)} |" for row in rows)]


def test_a_table_that_runs_over_a_page_break_is_one_table_under_its_header():
    # Apart, the rows on the next page were read without their columns' names ("What was the outturn for Children's
    # Services?" was refused, r11 audit).
    first = "\n| Directorate | Budget | Outturn |\n| --- | --- | --- |\n| Adult Social Care | 138.2 | 143.9 |\n"
    rest = "| Children's Services | 96.4 | 101.2 |\n| Total | 234.6 | 245.1 |"
    text, starts = article_text([[Box("Table 4.1 Budget by directorate", False), Box(first, False)],
                                 [Box(rest, False), Box("Staffing fell over the year.", False)]])
    assert text == "Table 4.1 Budget by directorate\n" + first + rest + "\n\nStaffing fell over the year."  # a blank line after it
    assert text[starts[1]:].startswith("| Children's Services")
    # Not a table of other columns, nor one with a header of its own; but one under its header again, repeated over
    # each page (a bank statement's, r13 audit), without it.
    for other in ("| Ward | Seats |\n| North | 3 |", "| Directorate | Budget | Spent |\n| --- | --- | --- |\n| Housing | 41.7 | 44.0 |"):
        assert article_text([[Box(first, False)], [Box(other, False)]])[0] == f"{first}\n{other}"
    again = "\n| Directorate | Budget | Outturn |\n| --- | --- | --- |\n| Housing | 41.7 | 44.0 |\n"
    assert article_text([[Box(first, False)], [Box(again, False)]])[0] == f"{first}| Housing | 41.7 | 44.0 |\n"


@pytest.mark.parametrize("variant", ["header", "running header", "no header"])
def test_a_statement_s_rows_on_the_next_page_keep_their_columns_under_its_header(variant):
    """A bank statement's second page (r13 audit): a running header set in two parts over the repeated header row
    had taken that row into no table, and rows without a header lost their empty cells, so that "34.98" was read
    under "Paid out", not "Paid in"."""
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.set_auto_page_break(False)
    widths = (20, 88, 24, 24, 24)

    def row(cells, size=8.5):
        document.set_font("Helvetica", "", size)
        for number, (width, cell) in enumerate(zip(widths, cells)):
            document.cell(width, 5.2, cell, align="L" if number < 2 else "R")
        document.ln()

    header = ("Date", "Description", "Paid out", "Paid in", "Balance")
    document.add_page()
    row(header, 9)
    for cells in [("01 May", "DD WATER", "38.60", "", "1,245.77"), ("05 May", "FPI SALARY", "", "2,846.15", "4,027.80"),
                  ("06 May", "DD ENERGY", "96.00", "", "3,931.80")]:
        row(cells)
    document.add_page()
    if variant == "running header":
        document.set_font("Helvetica", "B", 14)
        document.cell(90, 8, "Fenwick & Hale Bank")
        document.set_font("Helvetica", "", 8)
        document.cell(0, 8, "Current Account Statement  |  Page 2 of 2", align="R", new_x="LMARGIN", new_y="NEXT")
        document.ln(4)
    if variant != "no header":
        row(header, 9)
    for cells in [("29 May", "CARD SHELL", "62.40", "", "3,869.40"), ("29 May", "REFUND AMAZON", "", "34.98", "3,904.38"),
                  ("30 May", "DD TV LICENCE", "14.54", "", "3,889.84")]:
        row(cells)
    lines = parse_article("statement.pdf", bytes(document.output())).text.splitlines()
    assert "| 29 May | REFUND AMAZON |  | 34.98 | 3,904.38 |" in lines
    assert lines.count("| Date | Description | Paid out | Paid in | Balance |") == (2 if variant == "running header" else 1)


def test_a_browser_s_print_stamps_are_dropped_from_a_single_page_too():
    page = [[Box("12/1/26, 8:45 PM", True), Box("Library notice", True), Box("The library closes at six.", False),
             Box("file:///tmp/files/notice-page.html", True, True), Box("1/1", True, True)]]
    assert article_text(page)[0].splitlines() == ["Library notice", "The library closes at six."]


def test_a_title_printed_under_a_running_header_of_its_words_is_kept():
    # Chromium prints a page's title at the top of every page, and page 1's own title sits in that band too.
    pages = [[Box("Estuary Report", True), Box("Estuary Report", True), Box("Catches rose.", False)],
             [Box("Estuary Report", True), Box("Catches fell.", False)], [Box("Estuary Report", True), Box("Then rose.", False)]]
    assert article_text(pages)[0].splitlines() == ["Estuary Report", "Catches rose.", "Catches fell.", "Then rose."]
    # A marking that both heads and foots each page goes from both, and is written once at the end.
    marked = [[Box("OFFICIAL", True), Box(text, False), Box("OFFICIAL", True, True)] for text in ("Rose.", "Fell.")]
    assert article_text(marked)[0].splitlines() == ["Rose.", "Fell.", "", "OFFICIAL"]


def test_a_box_continues_the_sentence_before_it_only_when_that_sentence_is_open():
    boxes = [[Box("Talks ended", False), Box("and began again.", False), Box("Geneva was chosen.", False),
              Box("and so was March.", False), Box("Then came", False), Box("Bern.", False)]]
    assert article_text(boxes)[0].splitlines() == ["Talks ended and began again.", "Geneva was chosen.",
                                                   "and so was March.", "Then came", "Bern."]


@pytest.mark.parametrize("before, after, joined", [
    # a sentence run over a page break that goes on with a number or a name (an answer had been cut at it: "March")
    ("The operating contract with Pedalway Ltd expires in March", "2025, and a new one is planned.", True),
    ("Weekday demand remained strongly peaked. Between", "7:30 and 9:00 one trip in four began there.", True),
    ("Moreover, he compared the", "UN’s stance on Ukraine with its stance elsewhere.", True),
    # a heading or a running header goes on nothing, a list item neither; nor does a short line with a year
    ("The following invocation will decode the DER data, as shown below", "4 Function reference", False),
    ("and contain no material copied from the Document, you may at", "Appendix A: Copying Information", False),
    ("The figures below were gathered over the whole of the year", "2. The second item of the list.", False),
    ("Results", "2023 was a good year for the harbour.", False),
    # a heading ending on a preposition or a capital's letter, a list item, a caption (review)
    ("Who this guide is for", "This guide is for managers who run teams, and for their staff.", False),
    ("Plan A", "Under this plan, the town pays for the new pier and its upkeep.", False),
    ("- Apply the settings described above to every device in the office network", "2024 was a record year for sales, as expected.", False),
    ("Figure 2 Average household income by region and by year of the survey", "2023 saw incomes rise in every region, as before.", False),
    # a judgment's numbered paragraph, its first line a box of its own, ends open (audit: the passage read began
    # "Association”) against the decision…", and the span that answers was cut)
    ("1. This is an appeal by Northgate Housing Association (“the", "Association”) against the decision of Deputy District Judge Carver.", True),
    ("6. In October 2022 the local authority suspended his housing benefit after a wrong finding. The suspension was lifted in June",
     "2023, but the arrears were not repaid until later.", True),
    ("11. I do not accept that submission. The judge referred to the period at paragraph 14 and found that",
     "Mr Fenwick had believed, wrongly but honestly, that the benefit would be paid.", True),
    ("The busiest single station in the whole network over the year was", "Harbour Square, with 96,400 departures.", True),
    ("2. Bring the signed form and a copy of your lease to the office in", "Room 4, on the second floor of the town hall.", True),
    ("2. Bring the signed form and a copy of your lease to the main office", "2024 was the first year of the scheme, as planned.", False),
    # the next clause of a numbered list, whatever the one before ends on (r12 audit: "…Archive; or 4.2.3 the Office…")
    ("4.2.2 the record has been selected for permanent preservation in the University Archive; or",
     "4.2.3 the Information Governance Office has approved an extension.", False),
    ("3) the tenant has paid the deposit and the first month of rent in full and", "4) the landlord has signed the agreement.", False),
    ("4.2.2 the record has been selected for permanent preservation under section", "4.2 of the Act, as amended in 2019.", True),
    # but a sentence going on with a number is no next clause (review): not the next number, or no clause's mark
    ("3.5 million people now live in the region, according to the census published this week, up from",
     "3.1 million in 2011, the office said.", True),
    ("15 staff were moved to the new office in March, and the rest of the team of", "40 followed them in May.", True),
    ("2. Residents were asked whether the parking scheme should be extended, and", "3 of the 5 wards voted for it.", True),
])
def test_a_box_goes_on_with_a_sentence_left_open_over_a_break_whatever_it_starts_with(before, after, joined):
    assert article_text([[Box(before, False)], [Box(after, False)]])[0] == (f"{before} {after}" if joined else f"{before}\n{after}")


def test_a_file_that_is_not_a_pdf_is_refused_naming_the_file():
    with pytest.raises(ArticleError, match=r"^notes\.pdf: cannot be read as a PDF \(\w+"):
        parse_article("notes.pdf", b"%PDF-1.4 not really a PDF")
    for data in (b"", b"Some words.", b"\x89PNG\r\n\x1a\n\x00\x00"):  # said plainly, no parser's words: "No /Root object!"
        with pytest.raises(ArticleError, match=r"^notes\.pdf: not a PDF: it does not start as a PDF does \(another kind of file named \.pdf\?\)$"):
            parse_article("notes.pdf", data)


def test_a_pdf_without_text_is_refused_as_needing_text_recognition(make_pdf):
    with pytest.raises(ArticleError, match=r"^scan\.pdf: no text found in the PDF \(a scanned PDF needs text recognition first\)$"):
        parse_article("scan.pdf", make_pdf([[]], header=None))


def test_a_password_protected_pdf_is_refused_saying_so(make_pdf):
    locked = make_pdf([["A secret report."]], password="s3cret")
    with pytest.raises(ArticleError, match=r"^locked\.pdf: the PDF is password-protected; save an unprotected copy$"):
        parse_article("locked.pdf", locked)


def test_size_limits_apply_to_the_file_and_to_its_text(monkeypatch, news_pdf):
    with pytest.raises(ArticleError, match=r"^big\.pdf: 10,000,001 bytes is over the 10,000,000-byte limit for a PDF$"):
        parse_article("big.pdf", b"%PDF" + b"\x00" * (articles.MAX_CONVERTED_FILE_BYTES - 3))
    monkeypatch.setattr(articles, "MAX_ARTICLE_BYTES", 100)
    with pytest.raises(ArticleError, match=r"^talks\.pdf: its text \(\d{3},?\d* bytes\) is over the 100-byte limit for an article$"):
        parse_article("talks.pdf", news_pdf)


def pdf_with_spaces(count: int) -> bytes:
    """A one-page PDF whose page content is `count` spaces, deflated (made piece by piece, so that
    the test never holds them all)."""
    compressor, piece = zlib.compressobj(9), b" " * 10_000_000
    stream = b"".join(compressor.compress(piece[:min(len(piece), count - done)])
                      for done in range(0, count, len(piece))) + compressor.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream)]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return pdf + (b"xref\n0 5\n0000000000 65535 f \n%strailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                  % (table, len(pdf)))


def test_a_decompression_bomb_is_refused_without_the_memory_it_asks_for(monkeypatch):
    monkeypatch.setattr(pdf, "READ_MEMORY_BYTES", 300_000_000)
    bomb = pdf_with_spaces(1_000_000_000)  # under 1 MB that inflates to 1 GB
    assert len(bomb) < 1_000_000
    with pytest.raises(ArticleError, match=r"^bomb\.pdf: reading the PDF needs over 0\.3 GB of memory \(its content expands too far\)$"):
        parse_article("bomb.pdf", bomb)


def test_a_long_pdf_is_read_within_memory_that_does_not_grow_with_its_pages(monkeypatch):
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    document.set_font("Helvetica", size=11)
    for _ in range(50):
        document.multi_cell(0, 6, "The harbour works went on through the year, the council reported. " * 50, new_x="LMARGIN", new_y="NEXT")
    monkeypatch.setattr(pdf, "READ_MEMORY_BYTES", 300_000_000)  # pdfplumber had kept every page's layout: over 0.3 GB here
    assert len(parse_article("report.pdf", bytes(document.output())).page_starts) > 35


def test_a_pdf_that_takes_too_long_to_read_is_refused(monkeypatch, news_pdf):
    monkeypatch.setattr(pdf, "READ_SECONDS", 0.01)
    with pytest.raises(ArticleError, match=r"^slow\.pdf: reading the PDF took over 0\.01 s; it may be damaged$"):
        parse_article("slow.pdf", news_pdf)


def test_a_reader_that_stops_is_reported_not_taken_for_an_empty_pdf(monkeypatch, news_pdf):
    monkeypatch.setattr(pdf.sys, "executable", "/bin/false")
    with pytest.raises(ArticleError, match=r"^x\.pdf: cannot be read as a PDF \(the reader stopped: exit code 1\)$"):
        parse_article("x.pdf", news_pdf)


@pytest.mark.parametrize("signal_name, reason", [
    ("KILL", r"reading the PDF needs over 2 GB of memory \(its content expands too far\)"),  # how the system ends a process for memory
    ("SEGV", r"cannot be read as a PDF \(the reader stopped: killed by SIGSEGV\)"),
])
def test_a_reader_killed_by_a_signal_is_reported_by_which(monkeypatch, news_pdf, tmp_path, signal_name, reason):
    dies = tmp_path / "dies"
    dies.write_text(f"#!/bin/sh\nkill -{signal_name} $$\n")
    dies.chmod(0o755)
    monkeypatch.setattr(pdf.sys, "executable", str(dies))
    with pytest.raises(ArticleError, match=rf"^x\.pdf: {reason}$"):
        parse_article("x.pdf", news_pdf)


def test_a_heading_set_close_above_its_paragraph_is_a_paragraph_of_its_own():
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    document.set_font("Helvetica", size=18)
    document.text(20, 60, "Harbour Report")
    document.set_font("Helvetica", size=10)
    for number, line in enumerate(["The harbour master said the first ferry", "leaves at 6:40 from pier 3."]):
        document.text(20, 67 + 4.5 * number, line)
    assert parse_article("report.pdf", bytes(document.output())).text.splitlines() == [
        "Harbour Report", "The harbour master said the first ferry leaves at 6:40 from pier 3."]


# The seed article as a browser prints it: headless Chromium 156 (Playwright's page.pdf) from one
# <p> per paragraph, justified with `hyphens: auto`, on A6 pages with a running header ("The Seed
# Times") and page-number footers; once in one column of 11-point text, once in two columns of
# 10-point text 12 points apart: a real typesetter's line breaks, hyphens and word spacing.
PRINTED = {"seed-printed-by-chromium.pdf": 5, "seed-printed-by-chromium-two-columns.pdf": 4}
SEED_ARTICLE = Path(__file__).resolve().parents[2] / "seeds" / "russia-ukraine-peace-talks.txt"


@pytest.mark.parametrize("name, pages", PRINTED.items())
def test_a_browser_printed_article_reads_back_word_for_word(name, pages):
    article = load_article(Path(__file__).with_name(name))
    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    story, header = article.text.rsplit("\n\n", 1)  # the running header, written once at the end
    assert " ".join(story.split()) == " ".join(seed.split())
    assert len(article.page_starts) == pages and header.startswith("The Seed Times") and "Seed Times" not in story
    assert article.text.splitlines()[:2] == seed.splitlines()[:2]


def test_a_title_in_large_type_over_two_columns_is_read_before_the_left_one():
    # No caption of the title: the right column, set a little higher, had been read first (review).
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    document.set_font("Helvetica", "B", 20)
    document.set_xy(20, 20)
    document.cell(170, 10, "Quarterly Report on Regional Water Supply", align="C")
    left = "The left column opens the report. It describes the reservoirs in the north and their levels over the quarter."
    right = "The right column goes on with the treatment works and the pipes laid in the south, where leaks fell by a fifth."
    document.set_font("Helvetica", size=10)
    document.set_xy(20, 34)
    document.multi_cell(80, 5, left)
    document.set_xy(110, 33.7)
    document.multi_cell(80, 5, right)
    assert parse_article("water.pdf", bytes(document.output())).text.splitlines() == [
        "Quarterly Report on Regional Water Supply", left, right]


def test_a_row_of_key_figures_is_read_each_figure_with_its_caption():
    """An annual report's key figures as headless Chromium prints them: four tiles side by side (a flex row), each a
    figure in 18-point type over its caption in 8-point. pdfminer read two figures, then their two captions (r22 audit)."""
    lines = load_article(Path(__file__).with_name("key-figures-printed-by-chromium.pdf")).text.splitlines()
    assert lines[2:10] == ["£412.6m", "Revenue (2023: £378.9m)", "14.8%", "Adjusted operating margin (2023: 13.1%)",
                           "38.4p", "Adjusted basic EPS (2023: 31.7p)", "16.5p", "Total dividend per share (2023: 14.2p)"]
    assert lines[-1] == "The financial highlights follow on the next page."


def test_hebrew_and_arabic_are_read_as_written_whichever_way_their_paragraph_runs():
    """Hebrew and Arabic paragraphs as headless Chromium prints them, set left to right as a page does unless told (the
    first), or right to left (dir="rtl"), and names in English list items: pdfminer reads a line as drawn, left to right,
    and a conference's "ברוכים הבאים!" had been ".םיאבה םיכורב", its speaker "דנה לוי" "יול הנד" (audit, session 34)."""
    lines = load_article(Path(__file__).with_name("right-to-left-printed-by-chromium.pdf")).text.splitlines()
    assert lines == ["Eastern Mediterranean Ports Forum", "ברוכים הבאים! ההרשמה נפתחת בשעה 08:30 במחסן C.",
                     "הארוחה מוגשת בשעה 13:15 במסעדה ליד הנמל.",
                     "أهلاً وسهلاً! يبدأ التسجيل الساعة 08:30 في المستودع C، ورسوم المشاركة 250 يورو.",  # letters, not their drawn forms
                     "• דנה לוי (Haifa Port Company) – automation session, 13 May at 14:30",
                     "• محمد عبد الرحمن (Alexandria Port Authority) – closing address, 14 May at 16:00"]


@pytest.mark.parametrize("align", ["L", "R", "C"])
def test_short_lines_set_one_under_another_are_read_a_line_each_and_wrapped_prose_as_one(align):
    # r14 audit: a press release's media contact had read "Miriam Albrecht Head of Communications, Lumenwerk GmbH Phone:
    # +49 30 2200 4817 Mobile: …" and its letterhead "Schlesische Straße 28 10997 Berlin", so that the street was "28 10997"
    from fpdf import FPDF

    contact = ["Miriam Albrecht", "Head of Communications, Lumenwerk GmbH", "Phone: +49 30 2200 4817", "Mobile: +49 171 552 9034",
               "Email: presse@lumenwerk.de"]
    prose = ("Lumenwerk GmbH, the Berlin-based developer of perovskite-silicon tandem solar cells, today opened its first volume "
             "manufacturing plant in Frankfurt (Oder), with an initial annual capacity of 120 megawatts and 210 jobs.")
    document = FPDF(format="A4")
    document.add_page()
    document.set_font("Helvetica", size=9)
    document.multi_cell(120, 4.6, prose, align="L" if align == "C" else align)
    document.ln(6)
    document.multi_cell(120, 4.6, "\n".join(contact), align=align)  # set close, as one box
    assert parse_article("release.pdf", bytes(document.output())).text.split("\n") == [prose, *contact]


def test_a_form_s_fields_set_out_as_a_grid_are_read_a_field_a_line():
    """A claim form as headless Chromium prints it: its claimant's fields two a row, label | value | label | value (a
    label and a value wrapped over two lines, five fields), its theft's three a row, each label in smaller type over its
    value, and a row of two for the signature; the labels grey, the values black. pdfminer had read the first grid a
    column at a time, "Mobile" far from "07700 900733", and, as tables, the first labels of either grid were a header
    over the rest (audit: an insurance claim form's "What is the policyholder's telephone number?")."""
    lines = load_article(Path(__file__).with_name("claim-form-printed-by-chromium.pdf")).text.splitlines()
    assert lines == ["Bicycle Theft Claim", "Claimant", "Name: Idris Llewellyn", "Member number: CY-5531",
                     "Address: 4 Quay Street, Cardigan SA43 1HR", "Mobile: 07700 900733", "Bank: Teifi Mutual", "Theft",
                     "Date stolen: 2 March 2025", "Place: Station rack", "Crime number: DP/1187/25", "Make: Ridgeback",
                     "Frame number: RB88213", "Value: £640", "The bicycle was locked to the rack overnight and gone in the morning.",
                     "Signed: I. Llewellyn", "Date: 4 March 2025"]


def _page_of_styled_lines(lines: list[tuple[float, float, str, str]]) -> bytes:
    """A page of 10-point lines placed where given: (x, y) in mm from its top left, text, style ("" or "B", bold)."""
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_page()
    for x, y, text, style in lines:
        document.set_font("Helvetica", style, 10)
        document.set_xy(x, y)
        document.cell(0, 4.5, text)
    return bytes(document.output())


def test_a_form_s_labels_in_its_values_type_are_told_by_their_colons():
    fields = [(20, 30, "Name:", ""), (50, 30, "Ann Lee", ""), (110, 30, "Reference:", ""), (140, 30, "RX-2231", ""),
              (20, 36, "Phone:", ""), (50, 36, "01632 960123", ""), (110, 36, "Email:", ""), (140, 36, "ann@example.org", "")]
    assert parse_article("form.pdf", _page_of_styled_lines(fields)).text.splitlines() == [
        "Name: Ann Lee", "Reference: RX-2231", "Phone: 01632 960123", "Email: ann@example.org"]
    # Without colons, in one type, nothing tells a label from a value.
    bare = [(x, y, text.removesuffix(":"), style) for x, y, text, style in fields]
    assert ":" not in parse_article("form.pdf", _page_of_styled_lines(bare)).text


@pytest.mark.parametrize("lines, expected", [
    # a deed's signatures: each a label, a name in bold under it, and the date under that (an r23 audit's tenancy)
    ([(20, 30, "Signed by the Tenant", ""), (20, 35, "Ashani Perera", "B"), (20, 40, "Date: 21 May 2025", ""),
      (110, 30, "Signed by the Tenant", ""), (110, 35, "Rhys Gwilliam", "B"), (110, 40, "Date: 21 May 2025", "")],
     ["| Signed by the Tenant | Signed by the Tenant |", "| Ashani Perera | Rhys Gwilliam |", "| Date: 21 May 2025 | Date: 21 May 2025 |"]),
    # a table under a header in bold
    ([(20, 30, "City", "B"), (60, 30, "Region", "B"), (100, 30, "Opened", "B"), (20, 35, "Porto", ""), (60, 35, "North", ""),
      (100, 35, "1999", ""), (20, 40, "Faro", ""), (60, 40, "South", ""), (100, 40, "2011", "")],
     ["", "| City | Region | Opened |", "| --- | --- | --- |", "| Porto | North | 1999 |", "| Faro | South | 2011 |"]),
])
def test_labels_over_values_with_lines_going_on_at_their_columns_are_no_form_s(lines, expected):
    assert parse_article("page.pdf", _page_of_styled_lines(lines)).text.splitlines() == expected
