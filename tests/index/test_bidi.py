"""Right-to-left text read back in the order it was written from the order a PDF draws it in."""
from __future__ import annotations

from types import SimpleNamespace

from index.bidi import drawn_as_seen, logical_order, reads_right_to_left


def test_a_right_to_left_line_is_read_backwards_but_its_numbers_and_left_to_right_words():
    assert logical_order(".C ןסחמב 08:30 העשב תחתפנ המשרהה !םיאבה םיכורב", right_to_left=True) == \
        "ברוכים הבאים! ההרשמה נפתחת בשעה 08:30 במחסן C."
    assert logical_order("(Haifa Port Company) יול הנד", right_to_left=True) == "דנה לוי (Haifa Port Company)"


def test_in_a_left_to_right_line_each_right_to_left_run_is_read_backwards():
    assert logical_order("ןסחמב 08:30 העשב תחתפנ םיכורב C.", right_to_left=False) == "ברוכים נפתחת בשעה 08:30 במחסן C."
    assert logical_order("• יול הנד (Haifa Port Company) – 13 May") == "• דנה לוי (Haifa Port Company) – 13 May"
    assert logical_order("Plain (English) text, 2025.") == "Plain (English) text, 2025."


def test_arabic_drawn_in_its_letters_shapes_is_written_in_its_letters_and_marks_stay_on_them():
    # "ﻼ" (lam and alef in one shape) becomes its two letters in their order; tanwin set apart by a space is its letter's
    assert logical_order("!ً ﻼﻬﺳو ً ﻼﻫأ") == "أهلاً وسهلاً!"


def test_a_paragraph_reads_right_to_left_by_the_side_its_lines_end_on_else_by_its_letters():
    assert reads_right_to_left([".C ןסחמב העשב םיכורב"]) and not reads_right_to_left(["ןסחמב העשב םיכורב C."])
    # no line ends so: more right-to-left letters than left-to-right ones, over all the lines
    assert not reads_right_to_left(["Mixed direction note: the title is", "Hebrew title is פורום נמלי מזרח הים"])
    assert reads_right_to_left(["פורום נמלי מזרח הים התיכון", "Port"])


def test_letters_drawn_right_to_left_are_already_in_order():
    letters = lambda text, step: [SimpleNamespace(get_text=lambda ch=ch: ch, x0=100 + step * n) for n, ch in enumerate(text)]
    assert drawn_as_seen(letters("םיכורב", 5)) and not drawn_as_seen(letters("ברוכים", -5))
