"""Writing the files a command or the API was asked to write (predictions, reports, thresholds)."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path


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
