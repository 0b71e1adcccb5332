"""A page's text boxes in reading order, mended where pdfminer's goes back up a column. pdfminer orders
boxes by their left edge against their height on the page, as if along a diagonal: a clause's line
indented under its number ("twelve months; and", 45 points in, 16 lower) came after the next clause,
which starts further left. A box read just before one above it in the same column (the two overlapping
across) is read after it instead; boxes side by side keep pdfminer's order (its columns, and the
terms and definitions of a glossary set in two, which a rule for columns (Breuel's) read as all the
terms, then all the definitions). A figure in large type is read with its caption just under it."""
from __future__ import annotations

OVERLAP = 1.0  # points two boxes must share across to be in the same column
# A line in type this many times the size of the box just under it is a figure, which that box is the caption of.
FIGURE_SIZE = 1.5
CAPTION_WIDTH = 2.0  # a caption is at most this many times as wide as its figure


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
    return _captions_after_figures(order)


def _captions_after_figures(order: list) -> list:
    """`order`, each figure's caption moved right after it: a line in large type read alone ("£412.6m") and the box set
    just under it in smaller type ("Revenue (2023: £378.9m)"). pdfminer had read a row of an annual report's key figures
    as two figures, their two captions, and so on (r22 audit), and "14.8%" came far from "Adjusted operating margin"."""
    for figure in list(order):
        if len(figure) != 1:
            continue
        height = figure.y1 - figure.y0
        under = [box for box in order if box is not figure and min(box.x1, figure.x1) - max(box.x0, figure.x0) > OVERLAP
                 and -OVERLAP <= figure.y0 - box.y1 <= height]
        # One box just under it, and no wider than a caption is: a title over two columns heads them both.
        if len(under) != 1 or under[0].x1 - under[0].x0 > CAPTION_WIDTH * (figure.x1 - figure.x0) \
                or _type_size(under[0]) * FIGURE_SIZE > _type_size(figure):
            continue
        caption = under[0]
        order.remove(caption)
        order.insert(order.index(figure) + 1, caption)
    return order


def _type_size(box) -> float:
    """The size of most of a box's type: the median of its characters'."""
    from pdfminer.layout import LTChar

    sizes = sorted(char.size for line in box for char in line if isinstance(char, LTChar))
    return sizes[len(sizes) // 2] if sizes else 0.0
