"""Reading question sets in JSON Lines: SQuAD rows and the article question format."""
from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path


class QuestionSetError(ValueError):
    """A question file that cannot be read, with the file and line named."""


def read_jsonl(path: str | Path) -> list[dict]:
    """Rows of a `.jsonl` or `.jsonl.gz` file; a malformed line names file and line number."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    rows = []
    try:
        with opener(path, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as error:
                    raise QuestionSetError(f"{path}:{number}: not valid JSON ({error.msg})") from None
                if not isinstance(row, dict) or not isinstance(row.get("question"), str):
                    raise QuestionSetError(f"{path}:{number}: expected an object with a 'question' string")
                rows.append(row)
    except (OSError, UnicodeDecodeError) as error:
        raise QuestionSetError(f"{path}: cannot be read ({error})") from None
    if not rows:
        raise QuestionSetError(f"{path}: holds no questions")
    return rows


def line_number(path: Path, row: int) -> int:
    """The line number of the row-th row of a JSON Lines file (read_jsonl skips blank lines)."""
    with (gzip.open if path.suffix == ".gz" else open)(path, "rt", encoding="utf-8") as lines:
        numbers = (number for number, line in enumerate(lines, start=1) if line.strip())
        return next(itertools.islice(numbers, row, None))


def answer_texts(row: dict) -> list[str]:
    """Gold answer strings of a row in either format (SQuAD dicts or plain strings)."""
    return [a["text"] if isinstance(a, dict) else a for a in row.get("answers", [])]
