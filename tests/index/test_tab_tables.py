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
