"""Writing the files a command or the API was asked to write (predictions, reports, thresholds)."""
from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path

# Line ends that JSON leaves as they are within a string, but that `str.splitlines()` and JavaScript split lines at: an
# article's U+2028 in an answer had cut one `qa ask --json` line in two for a reader of lines.
LINE_ENDS_IN_TEXT = {ord("\x85"): "\\u0085", ord("\u2028"): "\\u2028", ord("\u2029"): "\\u2029"}


MOST_DECIMALS = 6  # of a threshold the sweep adds: finer ones tell apart nothing a person would set


def threshold_text(threshold: float) -> str:
    """A no-answer threshold with as many decimals as it has (2 at least, MOST_DECIMALS at most): 0.5 as 0.50, 0.9953 as
    is, 0.000005 so (`:g` would write 5e-06). One way for every command and report to write it."""
    places = next(p for p in range(2, MOST_DECIMALS + 1) if round(threshold, p) == round(threshold, MOST_DECIMALS))
    return f"{threshold:.{places}f}"


def json_line(value, ensure_ascii: bool = False) -> str:
    """`value` as one line of JSON, whatever line ends its text holds (without the final "\\n")."""
    return json.dumps(value, ensure_ascii=ensure_ascii).translate(LINE_ENDS_IN_TEXT)


@contextmanager
def naming_the_file(path: Path):
    """Writing `path`: an OSError without a file name (a full disk refuses a write or a close, not
    the open) is given `path`'s, which `qa` prints in its one line."""
    try:
        yield
    except OSError as error:
        if error.filename is None:
            error.filename = str(path)
        raise


def why_unwritable(path: Path) -> str | None:
    """Why `path` cannot be written, found by opening it for writing (None when it can be): a
    folder's mode, which os.access reads, does not stop root, yet a mount or a folder of that name
    does. A file made by the check is removed; a link that pointed nowhere stays (lexists)."""
    existed = os.path.lexists(path)
    try:
        with open(path, "a"):
            pass
    except OSError as error:
        return error.strerror or str(error)
    if not existed:
        path.unlink()
    return None
