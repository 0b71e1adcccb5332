"""A Markdown article's math (index/latex.py), as the reader and the search read it (index/tables.py's views)."""
from __future__ import annotations

import pytest

from index.latex import math_readings, math_spans
from index.tables import table_view, text_as_read

LECTURE = ("where $k_B = 1.381 \\times 10^{-23}\\ \\mathrm{J/K}$ is Boltzmann's constant, so $\\Delta S = L/T$ and "
           "$\\Omega \\approx 10^{10^{23}}$.\n\n$$ S \\equiv k_B \\ln \\Omega $$\n\n$$\n\\Delta S_{\\text{total}} \\geq 0\n$$\n\n"
           "| Quantity | Symbol | Value |\n|---|---|---|\n| Heat added | $Q = C\\,\\Delta T$ | 334.9 kJ |\n")


def test_a_markdown_article_s_math_is_read_in_unicode_without_its_dollar_marks():
    # r13 audit: the reader had read the LaTeX and answered "J/K}$" for Boltzmann's constant
    view = table_view(LECTURE, 0, len(LECTURE), markdown=True).text
    assert "where k_B = 1.381 × 10^-23 J/K is Boltzmann's constant, so ΔS = L/T and Ω ≈ 10^10^23." in view
    assert " S ≡ k_B ln Ω " in view and "\nΔS_total ≥ 0\n" in view and "$" not in view
    assert "| Symbol: Q = C ΔT |" in view  # in a table's cell too


def test_an_answer_in_math_is_the_article_s_latex_as_written_and_shown_as_it_reads():
    view = table_view(LECTURE, 0, len(LECTURE), markdown=True)
    shown = "1.381 × 10^-23 J/K"
    at = view.text.index(shown)
    start, end = view.passage_span(at, at + len(shown))
    assert LECTURE[start:end] == "1.381 \\times 10^{-23}\\ \\mathrm{J/K}"
    assert text_as_read(LECTURE, start, end, markdown=True) == shown


@pytest.mark.parametrize("text, read", [
    ("It costs $5 and $10 today.", None), ("Pay $5, or $6.", None), ("From $ 3 to $ 4.", None),
    ("Price: $3.50 (was $4.00)", None), ("A $lot$ of money", None), ("Escaped \\$x_1\\$ stays.", None),
    ("See `$x_1$` in code.", "See $x_1$ in code."), ("```\n$x_1$\n```\n", None),
    ("Copy it to $INSTALL_DIR/$VERSION/bin first.", None), ("Paths like ${HOME}/${USER}/data.", None),  # a shell's (review)
    ("Avogadro's $N_A$ and $T_f$.", "Avogadro's N_A and T_f."),
])
def test_dollars_that_are_no_math_are_read_as_written(text, read):
    assert table_view(text, 0, len(text), markdown=True).text == (read or text)


def test_math_pylatexenc_cannot_read_is_read_as_written():
    text = "Broken $\\frac{a}{$ here."
    assert math_readings(text, math_spans(text)) == ()


def test_a_text_article_s_dollars_and_latex_are_read_as_written():
    assert table_view(LECTURE, 0, 60).text == LECTURE[:60]

