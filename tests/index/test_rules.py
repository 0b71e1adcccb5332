"""Rules: lines of one mark, left out where passages are sized, read and searched."""
from __future__ import annotations

from index.rules import is_rule, long_rules, without_rules

RULE = "=" * 69


def test_a_rule_is_a_line_of_one_mark_and_its_marks_are_left_out():
    assert all(is_rule(line) for line in (RULE, "-----", "  * * *", "~~~~~~~~"))
    assert not any(is_rule(line) for line in ("==", "=-=-=-", "Day 1 =====", "|------|-----:|", ""))
    text = f"DAY 1\n{RULE}\r\n  08:55  Check in.\n   -------   \n| a | b |\n|------|---|\n"
    assert without_rules(text) == "DAY 1\n\r\n  08:55  Check in.\n      \n| a | b |\n|------|---|\n"  # no table row
    dashes = text.index("-------")
    assert long_rules(text) == [(6, 75), (dashes, dashes + 7)]
    assert long_rules(text, 80) == [(dashes, dashes + 7)]
    assert long_rules(text, 0, 20) == [(6, 20)]  # a passage that ends inside one: left out there too
    assert without_rules("Intro.\n---\nThe end.") == "Intro.\n---\nThe end."  # three marks draw no rule worth leaving out