"""`qa eval --compare-to`: this run's replies beside an earlier run's (its `--predictions` file),
question by question, so that a change of reader, threshold, settings or articles shows what it
fixed and what it broke, not only how the averages moved. Both runs' replies are scored against the
current gold answers: scores kept from before an edit of the golds would credit or blame the replies
for it."""
from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean

from qa.writing import threshold_text
from qa.metrics import reply_scores
from qa.questions import QuestionSetError, is_gzipped, line_number, read_jsonl

CONSOLE_CHANGES = 10  # of each kind; the report lists them all


@dataclass(frozen=True)
class Change:
    """One question whose reply scores differently now; a reply of "" is an abstention."""

    id: str
    question: str
    gold: list[str]
    before: str
    after: str
    f1_before: float
    f1_after: float


@dataclass(frozen=True)
class Comparison:
    earlier: Path
    compared: int  # questions in both runs, in the same words; the scores below are over these
    only_now: int
    only_before: int
    golds_changed: int  # of the questions compared, those whose gold answers are not the earlier run's
    questions_changed: int  # questions in both runs whose text is not the earlier run's (the id kept, the question edited): not compared
    exact_match: tuple[float, float]  # (earlier, now), 0-100
    f1: tuple[float, float]
    better: list[Change]  # F1 up; the biggest change first
    worse: list[Change]  # F1 down; the biggest change first
    # (earlier, now): the no-answer threshold each run replied at and the reader that read (`Reader.identity`), as
    # their records say; None where a run's do not say one (an earlier version's file, a reader made by hand)
    thresholds: tuple[float | None, float | None]
    readers: tuple[str | None, str | None]


def load_predictions(path: str | Path) -> dict[str, dict]:
    """An earlier run's `--predictions` records by question id; a record that is not one names its line."""
    path = Path(path)
    records = {}
    try:
        rows = list(read_jsonl(path))
    except QuestionSetError:
        if _is_metrics_file(path):
            raise QuestionSetError(f"{path} holds a run's metrics (--json-out); --compare-to takes the replies "
                                   "a run writes with --predictions") from None
        raise
    for number, record in enumerate(rows):
        problem = None
        if not isinstance(record.get("id"), str):
            problem = "expected an 'id' string"
        elif not isinstance(record.get("prediction"), str):
            problem = "expected a 'prediction' string: is this a file written by `qa eval --predictions`?"
        elif not (isinstance(record.get("gold"), list) and all(isinstance(gold, str) for gold in record["gold"])):
            problem = "expected a 'gold' list of strings"
        elif record["id"] in records:
            problem = f"the id {record['id']} appears twice"
        if problem:
            raise QuestionSetError(f"{path}:{line_number(path, number)}: {problem}")
        records[record["id"]] = record
    return records


def _is_metrics_file(path: Path) -> bool:
    """Whether `path` is what `qa eval --json-out` writes: one JSON object of scores, over many lines."""
    try:
        with (gzip.open if is_gzipped(path) else open)(path, "rt", encoding="utf-8") as file:
            metrics = json.load(file)
    except (OSError, ValueError, EOFError):
        return False
    return isinstance(metrics, dict) and "has_answer" in metrics


def check_overlap(ids: list[str], earlier: dict[str, dict], earlier_path: str | Path) -> None:
    """Refuse an earlier run that asked none of these questions (checked before a run, not after it)."""
    if not any(i in earlier for i in ids):
        raise ValueError(f"{earlier_path} has none of these {len(ids)} questions' ids: "
                         "was it written for another question set?")


def compare(records: list[dict], earlier: dict[str, dict], earlier_path: str | Path) -> Comparison:
    """This run's prediction records against the earlier run's, on the questions both asked, the
    earlier replies scored again against this run's gold answers."""
    now = {r["id"]: r for r in records}
    check_overlap(list(now), earlier, earlier_path)
    asked = [i for i in now if i in earlier]
    # A question edited under its id was another question then: its earlier reply tells nothing of this run's.
    reworded = [i for i in asked if earlier[i].get("question", now[i]["question"]) != now[i]["question"]]
    common = [i for i in asked if i not in reworded]
    em_before, f1_before = {}, {}
    for i in common:
        em_before[i], f1_before[i] = reply_scores(earlier[i]["prediction"], now[i]["gold"])
    changes = [Change(i, now[i]["question"], now[i]["gold"], earlier[i]["prediction"], now[i]["prediction"],
                      f1_before[i], float(now[i]["f1"]))
               for i in common if not math.isclose(now[i]["f1"], f1_before[i], abs_tol=1e-6)]
    by_size = lambda c: -abs(c.f1_after - c.f1_before)
    return Comparison(
        Path(earlier_path), len(common), len(now) - len(asked), len(set(earlier) - set(now)),
        sum(set(earlier[i]["gold"]) != set(now[i]["gold"]) for i in common), len(reworded),
        (_mean([em_before[i] for i in common]), _mean([now[i]["exact_match"] for i in common])),
        (_mean([f1_before[i] for i in common]), _mean([now[i]["f1"] for i in common])),
        sorted((c for c in changes if c.f1_after > c.f1_before), key=by_size),
        sorted((c for c in changes if c.f1_after < c.f1_before), key=by_size),
        (_setting(earlier.values(), "threshold", float), _setting(records, "threshold", float)),
        (_setting(earlier.values(), "reader", str), _setting(records, "reader", str)))


def _setting(records, key: str, kind: type) -> float | str | None:
    """The one value of `kind` a run's records give `key` (each record of `prediction_records` says its run's threshold
    and reader); None where they give none, or several (records of runs joined)."""
    values = {r.get(key) for r in records if isinstance(r.get(key), kind if kind is str else (int, float))
              and not isinstance(r.get(key), bool)}
    return values.pop() if len(values) == 1 else None


def _mean(scores: list[float]) -> float:
    """The mean score, NaN of none: every question both runs asked may have been reworded."""
    return fmean(scores) if scores else math.nan


def _reply(text: str) -> str:
    """A reply on one line: a span may cross a line break of its article, which would break the console's list."""
    return f"“{' '.join(text.split())}”" if text else "(abstained)"


def _moved(name: str, scores: tuple[float, float]) -> str:
    return f"{name} {scores[0]:.1f} → {scores[1]:.1f} ({scores[1] - scores[0]:+.1f})"


def summary_line(comparison: Comparison) -> str:
    c = comparison
    left_out = [f"{c.only_now} only in this run" if c.only_now else "",
                f"{c.only_before} only in the earlier one" if c.only_before else ""]
    left_out_text = f" ({', '.join(x for x in left_out if x)})" if any(left_out) else ""
    regolded = (f" (the gold answers of {c.golds_changed} of them changed since the earlier run: both runs' replies are "
                "scored against the current ones)" if c.golds_changed else "")
    reworded = (f" ({c.questions_changed} more whose text changed since the earlier run left out: its replies were to other "
                "questions)" if c.questions_changed else "")
    if not c.compared:
        return f"Against {c.earlier.name}: no question both runs asked in the same words{left_out_text}{reworded}"
    asked = "the one question" if c.compared == 1 else f"the {c.compared} questions"
    return (f"Against {c.earlier.name}, on {asked} both runs asked{left_out_text}: "
            f"{_moved('EM', c.exact_match)}, {_moved('F1', c.f1)}; {len(c.better)} better, {len(c.worse)} worse{regolded}{reworded}")


def settings_line(comparison: Comparison) -> str | None:
    """What differs between the runs beside the questions: the no-answer threshold, the reader. Unsaid, the changes
    read as the questions' own (a review's). None where neither differs, or a run does not say."""
    (threshold_then, threshold_now), (reader_then, reader_now) = comparison.thresholds, comparison.readers
    differences = []
    if None not in (threshold_then, threshold_now) and threshold_then != threshold_now:
        differences.append(f"no-answer threshold ({threshold_text(threshold_then)} then, {threshold_text(threshold_now)} now)")
    if None not in (reader_then, reader_now) and reader_then != reader_now:
        differences.append(f"reader ({reader_then} then, {reader_now} now)")
    if not differences:
        return None
    return f"The runs differ in their {' and '.join(differences)}: the changes are of {'these' if len(differences) > 1 else 'it'} too"


def console_text(comparison: Comparison, shown: int = CONSOLE_CHANGES) -> str:
    lines = [summary_line(comparison), *filter(None, [settings_line(comparison)])]
    for label, changes in (("better", comparison.better), ("worse", comparison.worse)):
        for change in changes[:shown]:
            lines.append(f"  {label}: {change.id} {change.question!r}: {_reply(change.before)} → {_reply(change.after)}"
                         f" (F1 {change.f1_before:.0f} → {change.f1_after:.0f})")
        if len(changes) > shown:
            lines.append(f"  … and {len(changes) - shown} more {label} (all in --report)")
    return "\n".join(lines)


# Characters that Markdown (and the HTML it may hold) reads as markup anywhere in a line; and line
# starts that make a list item, a heading underline or a rule (a leading "#" or ">" is escaped as markup).
_MARKUP = re.compile(r"([\\`*_{}\[\]()<>#!|~&])")
_BULLET_OR_RULE = re.compile(r"^([-+=])")
_NUMBERED = re.compile(r"^(\d+)\.")


def escape_markdown(text: str) -> str:
    """Text from outside (questions, answers, passages, names) as Markdown that shows it as it is,
    line by line: no link, image, HTML, code, heading, list or table column can come from it.
    Lines lose their indentation, which would make a code block."""
    lines = []
    for line in text.splitlines():
        line = _MARKUP.sub(r"\\\1", line).strip()
        lines.append(_NUMBERED.sub(r"\1\\.", _BULLET_OR_RULE.sub(r"\\\1", line)))
    return "\n".join(lines)


def escape_inline(text: str) -> str:
    """`escape_markdown` on one line: for a table cell, a heading or a list item."""
    return " ".join(escape_markdown(text).splitlines())


def markdown(comparison: Comparison) -> str:
    """The report's section: the summary, then every changed question in a table of its kind."""
    settings = settings_line(comparison)
    lines = [f"## Changes since {escape_inline(comparison.earlier.name)}", "", escape_inline(summary_line(comparison)) + "."
             + (f" {escape_inline(settings)}." if settings else "")]
    for label, changes in (("Better", comparison.better), ("Worse", comparison.worse)):
        if not changes:
            continue
        lines += ["", f"### {label} ({len(changes)})", "", "| id | question | gold | before | now | F1 |", "|---|---|---|---|---|---|"]
        lines += [f"| {escape_inline(c.id)} | {escape_inline(c.question)} | {escape_inline(' / '.join(dict.fromkeys(c.gold)) or '(none)')} | "
                  f"{escape_inline(_reply(c.before))} | {escape_inline(_reply(c.after))} | {c.f1_before:.0f} → {c.f1_after:.0f} |"
                  for c in changes]
    return "\n".join(lines)
