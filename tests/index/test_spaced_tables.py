"""Tables set out in spaces under a header line (index/spaced_tables.py)."""
from __future__ import annotations

import pytest

from index.spaced_tables import spaced_tables

TIMETABLE = """Harbury to Kelsford

                          Stopping  Stopping  Express
  Harbury (Bay C)    dep    07:10     08:10    08:40
  Fenwick Road       dep    07:25     08:25      -
  Kelsford (Stand 7) arr    08:15     09:15    09:20

  Then at the same minutes past each hour.
"""

RESULTS = """Results for the quarter.

Figure              Q1 2025    Q2 2025   Change
------------------  -------    -------   ------
Revenue ($m)          412.5      431.0     +4.5%
Operating profit       61.2       64.8
Headcount             2,310      2,355     +2.0%
Notes follow.
"""


def cells(text: str, table) -> list[list[str]]:
    return [[text[a:b] for a, b in row] for row in table.rows]


def test_a_timetable_s_columns_named_alike_are_named_by_their_first_row_and_its_rows_by_their_stop():
    [table] = spaced_tables(TIMETABLE)
    assert table.header == ("", "Stopping 07:10", "Stopping 08:10", "Express")  # one "Express": it names its column alone
    # "dep" and "arr", which each row has, are no part of a row's label; "Kelsford (Stand 7)", one space before "arr", is whole
    assert cells(TIMETABLE, table) == [["Harbury (Bay C)", "07:10", "08:10", "08:40"], ["Fenwick Road", "07:25", "08:25", "-"],
                                       ["Kelsford (Stand 7)", "08:15", "09:15", "09:20"]]
    assert TIMETABLE[table.start:table.end].startswith("Stopping") and TIMETABLE[table.start:table.end].endswith("09:20")


def test_a_table_under_a_rule_with_figures_set_flush_right_and_an_empty_cell():
    [table] = spaced_tables(RESULTS)
    assert table.header == ("Figure", "Q1 2025", "Q2 2025", "Change")
    assert cells(RESULTS, table) == [["Revenue ($m)", "412.5", "431.0", "+4.5%"], ["Operating profit", "61.2", "64.8", ""],
                                     ["Headcount", "2,310", "2,355", "+2.0%"]]
    assert RESULTS[slice(*table.rows[1][3])] == ""  # an empty cell is where its row starts, empty
    assert spaced_tables(RESULTS.replace("\n", "\r\n")) != []  # Windows line ends
    assert spaced_tables(RESULTS, outside=[(0, len(RESULTS))]) == []  # in code: read as written


@pytest.mark.parametrize("text", [
    # a label and its value on each line: no header (the tenancy agreement's parties)
    "Landlord:          Mrs Helen Okafor\nTenants:           Mr Daniel Reyes\nDate of agreement: 19 August 2025\n",
    # typed prose, two spaces after each full stop
    "The line will close at night.  Buses will run instead.\nTickets are valid on them.  Bicycles are not\n"
    "carried on buses.  Assistance dogs are welcome on every bus and train.\n",
    # columns without a header line over them
    "  Harbury        Trains run as normal.\n  Fenwick Road   Buses stop opposite.\n  Oxley Halt     Buses stop outside.\n",
    # a Markdown table, a table set out in tabs, a header over one row only
    "| Plan  | Price |\n|---|---|\n| Basic | 1.99  |\n| Plus  | 4.99  |\n",
    "Plan\tPrice\nBasic\t1.99\nPlus\t4.99\n",
    "Plan      Price\nBasic     1.99\n\nPlus      4.99\n",
    # words not set in columns: a header over them, but no column aligned left, right or centred
    "Name      Role\nAnna      chair of the board\n  Tom Smith        treasurer\n",
])
def test_what_is_no_table_set_out_in_spaces(text):
    assert spaced_tables(text) == []


def test_a_column_after_the_corner_with_no_header_over_it_makes_no_table():
    text = "Item        Price\nTea          1.20    hot\nCoffee       1.80    hot\nJuice        2.10    cold\n"
    assert spaced_tables(text) == []
