"""Calibrate a reader's probabilities on SQuAD rows that include unanswerable questions (SQuAD v2).

Each question is read on its own paragraph. On half of the articles (every other title) a
temperature and a no-answer bias are fitted so that a reply's probability is the share of such
replies that are right (exact match), and the no-answer threshold of best F1 is chosen on that
half; the other half shows the scores and the calibration error as the reader is, with only the
threshold chosen, and calibrated. `--save` keeps
the calibration and the threshold in the reader's reader.json, where `Reader.load` finds them.
Retraining writes a new reader.json, so a retrained reader starts uncalibrated.
"""
from __future__ import annotations

import math
import sys
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np

from qa.cli import positive
from qa.evaluate import (Outcome, Run, best_threshold, check_reader_keeps_threshold, read_own_paragraphs, reliability,
                         summarize, sweep, threshold_text)
from qa.questions import load_questions, sample
from qa.reader import SHIPPED_READER, Reader, save_threshold
from qa.spans import Calibration

# Wide enough that fits land inside it: on SQuAD v2 dev samples the best temperature was above 4.
TEMPERATURES = tuple(np.geomspace(0.125, 32.0, 65))
NO_ANSWER_BIASES = tuple(np.linspace(-8.0, 16.0, 97))


def tuning_documents(questions) -> set[str]:
    """The articles of the half calibration is fitted on: every other article (`Question.document`: a row without
    a title is an article of its own paragraph), so that the halves share no paragraph."""
    return set(sorted({question.document for question in questions})[::2])


def split_by_title(run: Run) -> tuple[Run, Run]:
    """(tuning, held-out) halves of a SQuAD run (`tuning_documents`)."""
    tuning = tuning_documents(o.question for o in run.outcomes)
    return (replace(run, outcomes=[o for o in run.outcomes if o.question.document in tuning]),
            replace(run, outcomes=[o for o in run.outcomes if o.question.document not in tuning]))


def check_calibration_set(questions) -> None:
    """Refuses questions calibration cannot be fitted and reported on: from one article, without unanswerable ones,
    or with a half of the articles holding one kind only. Told from the golds, before any is read (a set had been
    read whole, minutes of it, to be refused)."""
    questions = list(questions)
    tuning = tuning_documents(questions)
    halves = [[q for q in questions if q.document in tuning], [q for q in questions if q.document not in tuning]]
    if not all(halves):
        raise ValueError("calibration needs questions from at least two articles")
    if all(q.golds for q in questions):
        raise ValueError("calibration needs unanswerable questions too (SQuAD v2 rows with 'answers': [])")
    for half, name in zip(halves, ("the half it is fitted on", "the held-out half")):
        if len({bool(q.golds) for q in half}) < 2:
            kind = "answerable" if half[0].golds else "unanswerable"
            raise ValueError(f"calibration needs answerable and unanswerable questions in each half of the articles, "
                             f"and {name} has only {kind} ones: use more questions (--limit) or another --seed")


def logit_matrix(outcomes: list[Outcome]) -> np.ndarray:
    """The outcomes' candidate log-odds as rows, padded with -inf."""
    width = max((len(o.logits) for o in outcomes), default=0)
    return np.array([list(o.logits) + [-np.inf] * (width - len(o.logits)) for o in outcomes]).reshape(len(outcomes), width)


def fit(outcomes: list[Outcome]) -> Calibration:
    """The calibration (of the grid TEMPERATURES x NO_ANSWER_BIASES) under which both kinds of
    reply score honestly: the best span's probability predicts whether that span is exactly right,
    and the no-answer probability whether the question is unanswerable. Least log loss of the two."""
    if not outcomes:
        raise ValueError("no questions to calibrate on")
    logits = logit_matrix(outcomes)
    has_span = np.array([bool(o.logits) for o in outcomes])
    span_right = np.array([o.scores(math.inf)[0] == 100 for o in outcomes])  # at threshold inf the span is the reply
    unanswerable = np.array([not o.question.golds for o in outcomes])
    log_loss = lambda p, truth: -np.where(truth, np.log(p), np.log1p(-p))
    best, best_loss = Calibration(), math.inf
    for temperature in TEMPERATURES:
        for bias in NO_ANSWER_BIASES:
            calibration = Calibration(float(temperature), float(bias))
            p = np.clip(calibration.probabilities(logits), 1e-9, 1 - 1e-9)
            loss = log_loss(p[:, 0], unanswerable).sum() + log_loss(p[has_span, 1], span_right[has_span]).sum()
            if loss < best_loss:
                best, best_loss = calibration, loss
    return best


def recalibrated(run: Run, calibration: Calibration, threshold: float) -> Run:
    """The run as if its reader had had `calibration` and `threshold` (same spans, new probabilities)."""
    probabilities = calibration.probabilities(logit_matrix(run.outcomes))
    outcomes = [replace(o, no_answer_probability=float(p[0]), span_probability=float(p[1]) if o.logits else 0.0)
                for o, p in zip(run.outcomes, probabilities)]
    return replace(run, outcomes=outcomes, threshold=threshold)


def scores(run: Run) -> dict:
    summary = summarize(run)
    return {"n": summary["n"], "f1": summary["f1"], "has_answer_f1": summary["has_answer"]["f1"],
            "no_answer_accuracy": summary["no_answer"]["accuracy"],
            "calibration_error": reliability(run.outcomes, run.threshold).calibration_error}


def calibrate(run: Run, current: Calibration) -> dict:
    """Fit on one half of the run's articles and report on the other, three ways: as the reader is
    (its calibration and threshold), with only the threshold chosen on the first half, and with
    the fitted calibration and the threshold chosen under it."""
    check_calibration_set(o.question for o in run.outcomes)
    tuning, held_out = split_by_title(run)
    choose = lambda calibration: best_threshold(sweep(recalibrated(tuning, calibration, run.threshold)), run.threshold).threshold
    calibration = fit(tuning.outcomes)
    settings = {"as is": (current, run.threshold), "threshold only": (current, choose(current)),
                "calibrated": (calibration, choose(calibration))}
    return {"calibration": asdict(calibration), "threshold": settings["calibrated"][1],
            "held_out": {name: {"threshold": t, **scores(recalibrated(held_out, c, t))} for name, (c, t) in settings.items()}}


def add_arguments(parser) -> None:
    parser.add_argument("questions", metavar="QUESTIONS",
                        help="SQuAD JSON Lines with unanswerable questions (.jsonl or .jsonl.gz), such as SQuAD v2 dev")
    parser.add_argument("--reader", metavar="FOLDER", help="reader folder (default: the project's shipped reader)")
    parser.add_argument("--limit", type=positive, metavar="N", help="use only N questions (shuffled with --seed)")
    parser.add_argument("--seed", type=int, default=0, help="shuffle seed for --limit (default: %(default)s)")
    parser.add_argument("--save", action="store_true", help="keep the calibration and threshold in the reader's reader.json")


def _row(name: str, s: dict) -> str:
    return (f"{name:<16}{threshold_text(s['threshold']):>10}{s['n']:>7}{s['f1']:>7.1f}{s['has_answer_f1']:>11.1f}"
            f"{s['no_answer_accuracy']:>9.1f}{s['calibration_error']:>14.1f}")


def run(args) -> int:
    question_set = load_questions(args.questions)
    if question_set.warning:
        print(f"qa calibrate: {question_set.warning}", file=sys.stderr)
    if not question_set.squad:
        raise ValueError(f"{question_set.path} is not in SQuAD format: calibration reads each question's own paragraph")
    if args.save:
        check_reader_keeps_threshold(args.reader, "--save")
    questions = sample(question_set.questions, args.limit, args.seed if args.limit else None)
    check_calibration_set(questions)
    reader = Reader.load(args.reader)
    result = calibrate(read_own_paragraphs(reader, questions, reader.no_answer_threshold), reader.calibration)
    c = result["calibration"]
    print(f"fitted on half of the articles: temperature {c['temperature']:.2f}, no-answer bias {c['no_answer_bias']:.2f}, "
          f"threshold {threshold_text(result['threshold'])}\n")
    print("scores on the other half of the articles:")
    print(f"{'':<16}{'threshold':>10}{'n':>7}{'F1':>7}{'HasAns F1':>11}{'NoAns %':>9}{'calib. error':>14}")
    for name, row in result["held_out"].items():
        print(_row(name, row))
    if args.save:
        before, after = result["held_out"]["as is"], result["held_out"]["calibrated"]
        if after["calibration_error"] > before["calibration_error"]:  # a finished run's outcome, no bad input: 1
            print(f"qa: not saved: on the held-out half the fitted calibration is worse than the reader's own "
                  f"(calibration error {before['calibration_error']:.1f} -> {after['calibration_error']:.1f}); "
                  "try more questions (--limit)", file=sys.stderr)
            return 1
        saved = save_threshold(Path(args.reader or SHIPPED_READER), result["threshold"], Calibration(**c))
        print(f"saved to {saved}")
    return 0
