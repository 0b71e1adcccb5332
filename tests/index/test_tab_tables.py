"""Tables whose cells tabs set apart, a spreadsheet's pasted (index/tab_tables.py)."""
from __future__ import annotations

import pytest

from index.tab_tables import tab_tables
from index.tables import body_cell, table_view

FIGURES = """Hi all,

Here are the first-half figures, pasted from the finance sheet:

Month\tRevenue\tCosts\tMargin\tNotes
January\t412.6\t351.9\t14.7%\tPost-Christmas lull
February\t398.2\t340.4\t14.5%\t
June\t488.9\t\t\tCosts pending

Costs for June are not in yet.
"""

STACKED = """Cases sold by region:

\t2024\t\t2025\t
Region\tQ1\tQ2\tQ1\tQ2
North\t1,204\t1,318\t1,377\t1,452
South\t2,016\t2,140\t2,088\t2,231
Islands\t214\t260\t198\t
"""

TIMETABLE = """Date\tTime\tSubject\tRoom
Monday 12 May\t09:00\tEnglish Language\tMain Hall
Monday 12 May\t13:30\tGeography\tSports Hall
Wednesday 14 May\tNo exams (staff training day)
WEEK 2
Monday 19 May\t09:00\tPhysics\tLab Block L2
Tuesday 20 May\t09:00\tMathematics\tMain Hall

Candidates should arrive 15 minutes early.
"""


def cells(text: str, table) -> list[list[str]]:
    return [[text[a:b] for a, b in row] for row in table.rows]


def test_a_pasted_spreadsheet_s_cells_are_each_tab_s_with_its_empty_ones_empty():
    [table] = tab_tables(FIGURES)
    assert table.header == ("Month", "Revenue", "Costs", "Margin", "Notes")
    assert cells(FIGURES, table) == [["January", "412.6", "351.9", "14.7%", "Post-Christmas lull"],
                                     ["February", "398.2", "340.4", "14.5%", ""], ["June", "488.9", "", "", "Costs pending"]]
    assert FIGURES[table.start:table.end].startswith("Month\t") and FIGURES[table.start:table.end].endswith("Costs pending")
    assert tab_tables(FIGURES.replace("\n", "\r\n")) != []  # Windows line ends
    assert tab_tables(FIGURES, outside=[(0, len(FIGURES))]) == []  # in code: read as written


def test_its_cells_are_read_named_by_row_and_column():
    start = FIGURES.index("Month")
    view = table_view(FIGURES, start, FIGURES.index("\n\nCosts for"))
    assert "June, Revenue: 488.9" in view.text and "February, Margin: 14.5%" in view.text
    cell = body_cell(FIGURES, FIGURES.index("340.4"))
    assert (cell.column, cell.label) == ("Costs", "February")


def test_a_header_over_two_lines_names_each_column_with_the_merged_cell_over_it():
    [table] = tab_tables(STACKED)
    assert table.header == ("Region", "2024 Q1", "2024 Q2", "2025 Q1", "2025 Q2")
    assert cells(STACKED, table)[2] == ["Islands", "214", "260", "198", ""]
    assert table.start == STACKED.index("\t2024")


def test_a_section_s_name_and_a_row_of_one_long_cell_stay_in_the_table():
    [table] = tab_tables(TIMETABLE)
    assert [row[0] for row in cells(TIMETABLE, table)] == ["Monday 12 May", "Monday 12 May", "Wednesday 14 May", "WEEK 2",
                                                           "Monday 19 May", "Tuesday 20 May"]
    assert cells(TIMETABLE, table)[2][1] == "No exams (staff training day)"
    assert TIMETABLE[table.start:table.end].endswith("Main Hall")  # the prose after it is no row
    # dates and times repeat: the subjects label the rows, the two short rows not counted against them
    assert "Physics, Room: Lab Block L2" in table_view(TIMETABLE, 0, len(TIMETABLE)).text


def test_a_first_row_under_a_header_with_an_empty_cell_is_no_second_header_line():
    text = "Month\tRevenue\t\tCosts\t\nJan\t412\t5%\t351\t4%\nFeb\t398\t4%\t340\t3%\nMar\t455\t6%\t371\t5%\n"
    assert all(table.header[0] == "Month" for table in tab_tables(text))  # not "Month Jan"


def test_a_merged_group_names_as_many_columns_as_the_first_group():
    text = "\tRevenue\t\tCosts\t\t\nRegion\t2024\t2025\t2024\t2025\tManager\nNorth\t10\t12\t7\t8\tAnn Lee\n" \
           "South\t9\t11\t6\t7\tBo Chan\n"
    [table] = tab_tables(text)
    assert table.header == ("Region", "Revenue 2024", "Revenue 2025", "Costs 2024", "Costs 2025", "Manager")


def test_a_blank_row_of_tabs_parts_two_tables_and_prose_or_a_signature_after_one_is_no_row():
    text = "Month\tRevenue\tCosts\nJan\t412\t351\nFeb\t398\t340\n\t\t\nOffice\tStaff\t\nLeeds\t12\t\nYork\t8\t\n" \
           "Next steps\n\tWe will review the figures with the board on Monday.\nSee you Monday\n\tSam\n"
    first, second = tab_tables(text)
    assert first.header == ("Month", "Revenue", "Costs") and second.header == ("Office", "Staff")
    assert text[second.start:second.end].endswith("York\t8\t")  # its last row's line, not the prose after it


def test_a_row_with_a_cell_past_the_header_s_keeps_the_table_going():
    text = "Month\tRevenue\tCosts\nJan\t4\t3\nFeb\t5\t4\nMar\t5\t6\tcheck\nApr\t6\t4\nMay\t7\t5\nJun\t7\t6\n"
    [table] = tab_tables(text)
    assert [row[0] for row in cells(text, table)] == ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    assert cells(text, table)[2] == ["Mar", "5", "6"]  # "check" read bare, in no column


@pytest.mark.parametrize("text", [
    # a list with no header whose first line is unlike the rest in one column only
    "Alice Brown\tSales\tNewcastle upon Tyne\nBob Smith\tMarketing\tYork\nCarol Jones\tFinance\tBath\n",
    # a field's name and its value on each line, of figures of different kinds
    "Invoice no.\tINV-2031\nDate\t3 March 2025\nAmount due\t£1,240.00\nDue date\t2 April 2025\n",
    "Name\tJohn Smith\nAge\t42\nPhone\t0113 496 0000\nStaff ID\t88123\n",
    # assembly code
    "\tmov\teax, 1\n\tadd\teax, ebx\n\tpush\tebx\n\tret\t\n",
])
def test_lists_of_lines_with_tabs_a_review_found_read_as_tables(text):
    assert tab_tables(text) == []


def test_a_two_column_table_of_figures_alike_is_a_table():
    text = "Month\tSales\nJanuary\t£4,200\nFebruary\t£950\nMarch\t£12,310\n"
    [table] = tab_tables(text)
    assert table.header == ("Month", "Sales")


def test_a_quoted_e_mail_s_table_is_read_without_its_quote_marks():
    quoted = "".join(f"> {line}\n" for line in FIGURES.splitlines())
    [table] = tab_tables(quoted)
    assert table.header[:2] == ("Month", "Revenue") and cells(quoted, table)[0][0] == "January"


def test_a_title_over_the_header_is_no_header_line():
    titled = "Regional sales\t\t\t\t\n" + STACKED.split("\n", 2)[2]
    [table] = tab_tables(titled)
    assert table.header[0] == "Region"


ALIGNED = """Contacts for the season:

Role\t\t\tName\t\t\tPhone
Rota coordinator\tAisha Rahman\t\t07700 900412
Welfare officer\t\tColin Dunmore\t\t07700 900587
Head coach\t\tLiam Prendergast\t07700 900233

Call any of us.
"""


def test_a_table_typed_with_tabs_lining_its_columns_up_is_read_by_where_each_cell_starts():
    [table] = tab_tables(ALIGNED)
    assert table.header == ("Role", "Name", "Phone")
    assert cells(ALIGNED, table) == [["Rota coordinator", "Aisha Rahman", "07700 900412"],
                                     ["Welfare officer", "Colin Dunmore", "07700 900587"],
                                     ["Head coach", "Liam Prendergast", "07700 900233"]]
    four = "Item\t\tQty\tPrice\nBolts\t\t40\t£2.00\nHex screw\t12\t£3.10\nWashers\t\t100\t£0.90\n"  # tabs of 4 columns
    [table] = tab_tables(four)
    assert cells(four, table)[1] == ["Hex screw", "12", "£3.10"]
    # a cell starting under no header cell's: not lined up, the table's rows end before it
    misaligned = ALIGNED.replace("Head coach\t\t", "Head coach\t")
    [table] = tab_tables(misaligned)
    assert misaligned[table.start:table.end].endswith("07700 900587")


@pytest.mark.parametrize("text", [
    # a field's name and its value on each line
    "Name\tJohn Smith\nDepartment\tSales\nStart date\t3 March 2025\n",
    # a list with no header: its first line is like the rest
    "Alice Brown\tSales\tLeeds\nBob Smith\tMarketing\tYork\nCarol Jones\tFinance\tBath\n",
    # fields' labels
    "Name:\tJohn Smith\tAge:\t42\nCity:\tLeeds\tPhone:\t0113 496 0000\nRole:\tClerk\tGrade:\t4\n",
    # a cell under no header's name
    "Item\tQty\nBolts\t40\t£2.00\nNuts\t12\t£1.00\n",
    # a header over one row only
    "Item\tQty\tPrice\nBolts\t40\t£2.00\n",
    # prose indented by a tab
    "\tThe meeting opened at ten.\n\tMinutes were read and agreed.\n\tThe chair thanked everyone for coming.\n",
])
def test_lines_with_tabs_that_make_no_table(text):
    assert tab_tables(text) == []


def test_a_long_run_of_lines_with_tabs_that_is_no_table_is_passed_in_a_time_linear_in_it():
    listing = "".join(f"file{n}.txt\t{n} KB\tmodified\n" for n in range(20000))  # no header: its first line is like the rest
    assert tab_tables(listing) == []
    # tables one after another in one run of lines: each found, not the rest of the run read again for each (had been 34 s)
    tables = "Item\tQty\nBolts\t4\nNuts\t5\n----\n" * 1000
    assert len(tab_tables(tables)) == 1000
