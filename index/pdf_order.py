"""A page's text boxes in reading order, mended where pdfminer's goes back up a column. pdfminer orders
boxes by their left edge against their height on the page, as if along a diagonal: a clause's line
indented under its number ("twelve months; and", 45 points in, 16 lower) came after the next clause,
which starts further left. A box read just before one above it in the same column (the two overlapping
across) is read after it instead; boxes side by side keep pdfminer's order (its columns, and the
terms and definitions of a glossary set in two, which a rule for columns (Breuel's) read as all the
terms, then all the definitions)."""
from __future__ import annotations

OVERLAP = 1.0  # points two boxes must share across to be in the same column


def reading_order(boxes: list) -> list:
    """`boxes` (each with pdfminer's x0, x1, y0, y1, y upwards) in pdfminer's order, each box that comes
    right after one below it in the same column moved before it, until none does."""
    order = list(boxes)
    for _ in range(len(order)):  # a box moves up one place a pass: a box at most this many passes
        moved = False
        for n in range(len(order) - 1):
            lower, upper = order[n], order[n + 1]
            if min(lower.x1, upper.x1) - max(lower.x0, upper.x0) > OVERLAP and upper.y0 >= lower.y1:
                order[n], order[n + 1] = upper, lower
                moved = True
        if not moved:
            break
    return order
