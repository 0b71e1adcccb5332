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


def test_a_header_of_three_cells_saying_no_figure_over_a_column_saying_figures_is_a_table():
    # bench/unseen23 (written blind): a pharmacy's delivery charges by distance had been no table
    text = ("Distance from pharmacy      Charge per delivery     Delivery days\n"
            "Up to 2 miles               Free                    Monday to Friday\n"
            "Over 2 miles, up to 5       £2.50                   Tuesday and Thursday\n")
    [table] = spaced_tables(text)
    assert table.header == ("Distance from pharmacy", "Charge per delivery", "Delivery days")
    assert cells(text, table)[1] == ["Over 2 miles, up to 5", "£2.50", "Tuesday and Thursday"]
    # two cells are a list's first line ("Name   John Smith"), whatever the lines under it say
    assert spaced_tables("Sessions          Weekly\nUp to 2 hours     Monday\nOver 2 hours      Friday\n") == []


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
    # lists set out in columns, whose first line names no column of figures (a review's, session 42)
    "Name        John Smith\nAge         42\nOccupation  Engineer\nCity        Leeds\n",
    "Jane Doe          Senior Analyst\nAcme Ltd          12 High Street\nLondon            EC1A 1BB\n",
    "200 g   plain flour\n100 ml  milk\n2       eggs\n1 tsp   salt\n",
    "Alice Brown    Bob Green    Carol White\nDan Black      Eve Grey     Fay Blue\nGus Pink       Hal Red      Ivy Gold\n",
    "Mon 3 Mar   Started the project\nTue 4 Mar   Wrote the plan\nWed 5 Mar   Met the client\n",
    "> Name        Score\n> Alice         91\n> Bob           78\n",  # a quoted table: its marks no part of its cells
])
def test_what_is_no_table_set_out_in_spaces(text):
    assert spaced_tables(text) == []


def test_a_column_after_the_corner_with_no_header_over_it_makes_no_table():
    text = "Item        Price\nTea          1.20    hot\nCoffee       1.80    hot\nJuice        2.10    cold\n"
    assert spaced_tables(text) == []


@pytest.mark.parametrize("text, header, rows", [
    # a header of one cell over the column right of the labels
    ("                    Storage\nBasic               100 GB\nPlus                2 TB\n",
     ("", "Storage"), [["Basic", "100 GB"], ["Plus", "2 TB"]]),
    # a line after the table that is none of its rows, no blank line between
    ("Team        Played  Points\nAshby           10      23\nColeford        10      21\nNote.  Scores are provisional until checked.\n",
     ("Team", "Played", "Points"), [["Ashby", "10", "23"], ["Coleford", "10", "21"]]),
    # a rule drawn in box-drawing characters; a row of its label alone
    ("Drink        Small  Large\n──────────  ─────  ─────\nTea           1.20   1.50\nCoffee\nJuice         2.10   2.60\n",
     ("Drink", "Small", "Large"), [["Tea", "1.20", "1.50"], ["Coffee", "", ""], ["Juice", "2.10", "2.60"]]),
    # a cell of two spaces between its words; a word in the corner beside one row's label only
    ("Team        Wins  Losses\nRed  Sox      92      70\nYankees       95      67\n",
     ("Team", "Wins", "Losses"), [["Red  Sox", "92", "70"], ["Yankees", "95", "67"]]),
    ("            Small    Large\nCake  from  12.00    15.00\nTart         8.00    10.00\n",
     ("", "Small", "Large"), [["Cake  from", "12.00", "15.00"], ["Tart", "8.00", "10.00"]]),
])
def test_tables_a_review_found_missed_or_cut(text, header, rows):
    [table] = spaced_tables(text)
    assert (table.header, cells(text, table)) == (header, rows)


def test_a_cell_of_two_spaces_between_its_words_is_one_cell_to_the_cell_rules_too():
    from index.tables import body_cell

    text = "Team        Wins  Losses\nRed  Sox      92      70\nYankees       95      67\n"
    assert body_cell(text, text.index("92")).label == "Red  Sox"


def test_a_long_run_of_lines_in_columns_that_is_no_table_is_looked_through_a_few_times_a_line(monkeypatch):
    # a review's (session 42): each line of a listing of files tried as a header over all the lines under it took 17 s
    from index import spaced_tables as module

    listing = "".join(f"-rw-r--r--  1 user user {size:>6} Mar  3 10:14 file{n}.txt\n"
                      for n, size in enumerate(range(7, 7 + 997 * 600, 997)))
    read = []  # each line read for its cells
    original = module._cells
    monkeypatch.setattr(module, "_cells", lambda *arguments: read.append(1) or original(*arguments))
    assert spaced_tables(listing) == []
    assert len(read) <= 4 * listing.count("\n")  # each header tried read the 599 lines under it: 181,500 lines read


HOURS = """Opening hours

Day           Opens    Closes
Monday        06:30    22:00
Tuesday       Closed all day
Wednesday     06:30    22:00
Thursday      06:30    21:00
Friday        07:00    20:00

Call us on 01632 960 000.
"""


def test_a_row_running_a_cell_over_the_others_columns_stays_in_the_table_whole():
    [table] = spaced_tables(HOURS)
    assert cells(HOURS, table)[1] == ["Tuesday", "Closed all day", ""]  # had been cut, "Closed" and "all day"
    assert cells(HOURS, table)[3] == ["Thursday", "06:30", "21:00"]
    two = HOURS.replace("Thursday      06:30    21:00", "Thursday      Open late for members")
    [table] = spaced_tables(two)
    assert [row[1] for row in cells(two, table)] == ["06:30", "Closed all day", "06:30", "Open late for members", "07:00"]
    # three in five: too few others to tell the columns by, and no table cutting a cell
    three = two.replace("Monday        06:30    22:00", "Monday        Closed for cleaning")
    assert all("Closed" not in cell for table in spaced_tables(three) for row in cells(three, table) for cell in row)


STACKED = """Cases sold

                  2024              2025
Region          Q1       Q2       Q1       Q2
North        1,204    1,318    1,377    1,452
South        2,016    2,140    2,088    2,231
"""


@pytest.mark.parametrize("text", [
    STACKED,
    STACKED.replace("                  2024              2025", "                2024              2025"),  # flush left
])
def test_a_line_over_the_header_naming_groups_of_its_columns_names_each_column_with_its_group(text):
    [table] = spaced_tables(text)
    assert table.header == ("Region", "2024 Q1", "2024 Q2", "2025 Q1", "2025 Q2")  # had been "Q1 1,204", "Q1 1,377"
    assert text[table.start:].startswith("2024")


@pytest.mark.parametrize("upper", [
    "Sales by region   2024",  # a title over the rows' labels
    "              Volumes",  # one cell
    "The figures are provisional.",  # a sentence
])
def test_a_line_over_the_header_that_names_no_groups_is_no_part_of_it(upper):
    text = STACKED.replace("                  2024              2025", upper)
    [table] = spaced_tables(text)
    assert table.header[1:3] == ("Q1 1,204", "Q2 1,318") and text[table.start:].startswith("Region")


WEATHER = """Month        Mean max  Rainfall  Rain days
                 (°C)      (mm)
--------------------------------------------
January           6.8     142.6         19
February          7.4     118.3         17
March             9.6      97.1         15
--------------------------------------------
Year             13.1   1,244.8        179
"""


def test_a_line_of_units_under_the_header_names_each_column_with_its_unit():
    [table] = spaced_tables(WEATHER)  # its units had been read as the first row, which then made no table
    assert table.header == ("Month", "Mean max (°C)", "Rainfall (mm)", "Rain days")
    assert [WEATHER[slice(*cell)] for cell in table.rows[2]] == ["March", "9.6", "97.1", "15"] and len(table.rows) == 4
    assert [WEATHER[slice(*cell)] for cell in table.rows[3]] == ["Year", "13.1", "1,244.8", "179"]  # the total's, under its rule
    # a unit under two columns' names, or a line of more than units, is no line of units
    for line in ("(°C, mm)      ", "(°C)  as read (mm)"):
        assert not any(name.endswith(")") for table in spaced_tables(WEATHER.replace("(°C)      (mm)", line)) for name in table.header)


@pytest.mark.parametrize("under, header", [
    ("                (120)     (45)", ("", "Q1", "Q2")),  # a row of losses, no units: it stays a row
    ("  (Group A)", ("Team", "Q1", "Q2")),  # one bracket of words is a row's
])
def test_a_line_of_brackets_that_are_no_units_stays_a_row(under, header):
    text = f"Team            Q1        Q2\n{under}\nReds            31        12\nBlues           19        27\nGreens          22         9\n"
    names = [table.header for table in spaced_tables(text)]
    assert all(not name.endswith(")") for found in names for name in found)


def test_a_total_s_row_under_a_rule_that_closes_the_rows_is_the_table_s_last():
    # bench/unseen12 (written blind): "What was the total paid?" had been refused, the row read as prose
    receipt = ("FARE BREAKDOWN\n\n                      Per adult   Per child      Total\nBase fare                212.00      159.00     583.00\n"
               "Airport charges           38.60       38.60     115.80\n                                            ---------\n"
               "Total paid                                      698.80\n\nTaxes included: £141.80.\n")
    [table] = spaced_tables(receipt)
    assert cells(receipt, table)[-1] == ["Total paid", "", "", "698.80"]
    assert receipt[table.end:].startswith("\n\nTaxes")
    # a rule under the rows, then prose: no row
    [table] = spaced_tables(receipt.replace("Total paid                                      698.80", "Prices are in pounds."))
    assert cells(receipt, table)[-1][0] == "Airport charges"


@pytest.mark.parametrize("text, labels", [
    # an invoice's totals, each a row (a code review's: only "Subtotal" had been, "Total due" answered with the VAT)
    ("INVOICE 2231\n\nItem                     Qty      Price\n----------------------------------------\n"
     "Oak bookcase               1     240.00\nDelivery                   1      25.00\n----------------------------------------\n"
     "Subtotal                         265.00\nVAT (20%)                         53.00\nTotal due                        318.00\n\n"
     "Payment is due within 30 days.\n", [["Oak bookcase", "Delivery", "Subtotal", "VAT (20%)", "Total due"]]),
    # a rule, then another table's header of years: no total, and the next table is found (a code review's: it had been
    # taken for the first's total row, and the second table lost)
    ("Month        2023      2024\n---------------------------\nJan          97.1      88.0\nFeb          60.2      71.4\n"
     "---------------------------\nMonth        2021      2022\n---------------------------\nJan          90.3      77.7\n"
     "Feb          55.0      64.2\n\nFigures from the weather station.\n", [["Jan", "Feb"], ["Jan", "Feb"]]),
])
def test_totals_under_a_closing_rule_are_rows_but_not_another_table_s_header(text, labels):
    assert [[row[0] for row in cells(text, table)] for table in spaced_tables(text)] == labels


def test_totals_between_rules_closing_the_table_are_its_rows():
    # bench/unseen20 (written blind): a quotation's TOTAL, a rule under it, had been no row, and the total refused
    quotation = ("QUOTATION BREAKDOWN                       Price (excl. VAT)\n" + "-" * 60 + "\n"
                 "Removal: loading and transport            £1,420.00\nPiano move (upright)                      £175.00\n"
                 + "-" * 60 + "\nSubtotal                                  £1,595.00\nVAT at 20%                                £319.00\n"
                 "TOTAL                                     £1,914.00\n" + "-" * 60 + "\n\nOPTIONAL EXTRAS\n")
    [table] = spaced_tables(quotation)
    assert [row[0] for row in cells(quotation, table)][-3:] == ["Subtotal", "VAT at 20%", "TOTAL"]
    # a rule with more lines in columns after it: their header's, not the totals' close
    [first, _] = spaced_tables(quotation.replace("\n\nOPTIONAL EXTRAS\n", "\nItem                       Hours\nPacking                    6\n"
                                                                              "Unpacking                  4\n"))
    assert [row[0] for row in cells(quotation, first)][-1] == "Piano move (upright)"


def test_lines_of_a_label_and_its_value_over_a_rule_do_not_hide_the_table_under_it():
    # a code review's: the rule under "Year end:" had been read as closing rows, the table's header as their total
    accounts = ("Kestrelby Rowing Club        Annual accounts\nTreasurer:                   Ruth Ellis\n"
                "Year end:                    31 December 2024\n----------------------------------------------\n"
                "Item                  2023        2024\nSubscriptions        4,200       4,650\nBoat hire            1,150       1,320\n"
                "Repairs              2,300       1,980\n\nThe committee thanks all members for their support.\n")
    [table] = spaced_tables(accounts)
    assert table.header == ("Item", "2023", "2024") and cells(accounts, table)[-1] == ["Repairs", "2,300", "1,980"]


def test_a_row_s_note_after_the_last_column_and_totals_wider_than_its_figures_keep_the_table():
    # bench/unseen15 (written blind): a dental estimate's first item's "(paid 24 February)" had made no table of it, and
    # its five totals' rows, set flush right and wider than the figures above, none
    items = [("Consultation and X-rays", "-", "£62.00"), ("Root canal treatment, molar", "LR6", "£495.00"),
             ("Porcelain-bonded crown", "LR6", "£620.00")]
    totals = [("Treatment subtotal", "£1,177.00"), ("Discount (10% of crown)", "-£62.00"), ("Estimated total still to pay", "£1,115.00"),
              ("Deposit due when booking is confirmed", "£150.00"), ("Balance payable in stages", "£965.00")]
    estimate = ("ITEMISED ESTIMATE\n\n" + "Item".ljust(40) + "Tooth   Qty" + "Fee".rjust(10) + "\n"
                + "".join(f"{item.ljust(40)}{tooth.ljust(8)}  1{fee.rjust(10)}\n" for item, tooth, fee in items).replace(
                    "£62.00\n", "£62.00   (paid 24 February)\n")
                + " " * 50 + "-" * 11 + "\n" + "".join(f"{label.ljust(45)}{value.rjust(16)}\n" for label, value in totals)
                + "\nPlease sign below.\n")
    [table] = spaced_tables(estimate)
    rows = cells(estimate, table)
    assert rows[0] == ["Consultation and X-rays", "-", "1", "£62.00"]  # the note left out
    assert [row[0] for row in rows[3:]] == ["Treatment subtotal", "Discount (10% of crown)", "Estimated total still to pay",
                                            "Deposit due when booking is confirmed", "Balance payable in stages"]
    assert rows[-1][-1] == "£965.00"
    # a note inside the columns is a cell, which no header names: no table
    assert spaced_tables(estimate.replace("£62.00   (paid 24 February)", "(paid)   £62.00")) == []


def test_totals_after_a_blank_line_are_rows_where_one_says_a_total():
    # bench/unseen16 (written blind): an order e-mail's subtotal, VAT and "Total charged to your card" had been prose
    items = ("Item                          Qty   Unit price   Line total\nBath towel                      2       £14.00       £28.00\n"
             "Pasta bowl                      4        £9.75       £39.00\n\n")
    totals = "Subtotal                                            £67.00\nTotal charged to your card                          £73.95\n\nThanks.\n"
    [table] = spaced_tables(items + totals)
    assert [row[0] for row in cells(items + totals, table)] == ["Bath towel", "Pasta bowl", "Subtotal", "Total charged to your card"]
    # a payslip's net pay, alone after a blank line (bench/unseen16, written blind: "take home pay" had been refused)
    deductions = ("DEDUCTIONS                     This period   Year to date\nIncome Tax                       £372.60      £2,306.40\n"
                  "Total deductions                 £784.89      £4,897.15\n\nNET PAY                        £2,303.86     £14,635.35\n\nNotes\n")
    [table] = spaced_tables(deductions)
    assert cells(deductions, table)[-1] == ["NET PAY", "£2,303.86", "£14,635.35"]
    # lines of figures after a blank line saying no total are no rows of it
    other = "Customer care                                 01632 960341\nReturns team                                  01632 960348\n\nThanks.\n"
    [table] = spaced_tables(items + other)
    assert [row[0] for row in cells(items + other, table)] == ["Bath towel", "Pasta bowl"]
    # (a code review's) nor a count: a gym's "Total classes a week   64"
    counted = totals.replace("£73.95", "    64")
    [table] = spaced_tables(items + counted)
    assert [row[0] for row in cells(items + counted, table)] == ["Bath towel", "Pasta bowl"]
    # and totals set out in no column of the table's leave it whole without them (a bank statement's)
    loose = "Subtotal     £67.00\nDelivery     £6.95\nTotal        £73.95\n\nThanks.\n"
    [table] = spaced_tables(items + loose)
    assert [row[0] for row in cells(items + loose, table)] == ["Bath towel", "Pasta bowl"]


def test_a_line_of_a_run_of_lines_set_out_alike_heads_no_table():
    # bench/unseen17 (written blind): "Fuel type   Petrol" had headed a table of the letter's other fields
    permit = ("YOUR CURRENT PERMIT\n\nPermit zone                 M3 (St Anselm's)\nVehicle registration        KV19 TXD\n"
              "Fuel type                   Petrol\nPermit type                 First resident permit, 12 months\n"
              "Current permit expires      31 January 2026\nYour renewal price          £96.00\n\nControls apply daily.\n")
    assert spaced_tables(permit) == []


def test_a_cell_of_words_starting_left_of_its_column_s_others_keeps_the_table():
    # bench/unseen27 (written blind): the dry cleaner's "from £22.00" had been cut in two columns, and the table lost
    prices = ("Item                              Standard      Express\n"
              "Shirt or blouse (dry cleaned)       £5.20         £7.20\n"
              "Evening or prom dress         from £22.00   from £28.00\n"
              "Two-piece suit                     £16.50        £21.00\n")
    [table] = spaced_tables(prices)
    assert table.header == ("Item", "Standard", "Express")
    assert [prices[start:end] for start, end in table.rows[1]] == ["Evening or prom dress", "from £22.00", "from £28.00"]
