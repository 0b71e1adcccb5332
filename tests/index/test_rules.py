"""Rules: lines of one mark, left out where passages are sized, read and searched."""
from __future__ import annotations

from index.rules import is_rule, long_rules, without_rules

RULE = "=" * 69


def test_a_rule_is_a_line_of_one_mark_and_its_marks_are_left_out():
    assert all(is_rule(line) for line in (RULE, "-----", "  * * *", "~~~~~~~~"))
    assert not any(is_rule(line) for line in ("==", "=-=-=-", "Day 1 =====", "|------|-----:|", ""))
    text = f"DAY 1\n{RULE}\r\n  08:55  Check in.\n   -------   \n| a | b |\n|------|---|\n"
    assert without_rules(text) == "DAY 1\n\r\n  08:55  Check in.\n      \n| a | b |\n|---|---|\n"  # no table row
    dashes, delimiter = text.index("-------"), text.index("|------|") + 1
    assert long_rules(text) == [(6, 75), (dashes, dashes + 7), (delimiter + 3, delimiter + 6)]
    assert long_rules(text, 80) == [(dashes, dashes + 7), (delimiter + 3, delimiter + 6)]
    assert long_rules(text, 0, 20) == [(6, 20)]  # a passage that ends inside one: left out there too
    assert without_rules("Intro.\n---\nThe end.") == "Intro.\n---\nThe end."  # three marks draw no rule worth leaving out

def test_a_table_s_delimiter_row_is_read_with_its_runs_of_dashes_cut_to_three():
    # r14 audit: a five-column row of long runs had been 80 of a passage's 120 tokens, its table cut into four passages
    text = "| Sample | Wash 1 (mg/kg) | Wash 2 |\n|-----------|---------------:|:----:|\n| A | 517 | 402 |\nA ----- B\n"
    assert without_rules(text) == "| Sample | Wash 1 (mg/kg) | Wash 2 |\n|---|---:|:---:|\n| A | 517 | 402 |\nA ----- B\n"


def test_a_grid_table_s_border_is_read_with_its_runs_of_dashes_cut_to_three():
    text = "  +----------+-------+\n  | Resource | Min |\n  +----------+-------+\n+-5 degrees\n"
    assert without_rules(text) == "  +---+---+\n  | Resource | Min |\n  +---+---+\n+-5 degrees\n"


def test_a_crlf_table_s_delimiter_row_and_grid_border_are_cut_too():
    text = "| a | b |\r\n|----------|-------|\r\n| 1 | 2 |\r\n  +------+-----+\r\n"
    assert without_rules(text) == "| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n  +---+---+\r\n"
