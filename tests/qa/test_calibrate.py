"""Calibration: the probability mapping, fitting it on hand-made readings, the split-half report,
and `qa calibrate --save` through the real reader."""
from __future__ import annotations

import json
import math
from dataclasses import replace

import numpy as np
import pytest

from qa.calibrate import calibrate, fit, recalibrated, split_by_title
from qa.cli import main
from qa.evaluate import Outcome, Run, reliability
from qa.questions import Question
from qa.reader import SHIPPED_READER, Reader
from qa.spans import Calibration


def test_the_identity_calibration_is_a_softmax_with_no_answer_at_zero():
    probabilities = Calibration().probabilities([2.0, 0.0, -np.inf])
    expected = np.exp([0.0, 2.0, 0.0]) / np.exp([0.0, 2.0, 0.0]).sum()
    assert np.allclose(probabilities, [*expected, 0.0])
    assert np.allclose(Calibration().probabilities([]), [1.0])


@pytest.mark.parametrize("calibration", [Calibration(), Calibration(2.0, 1.0), Calibration(0.7, -0.5)])
def test_the_log_odds_of_two_spans_together_make_a_span_as_likely_as_both(calibration):
    both = calibration.probabilities([1.5, -0.3, 0.8])
    one = calibration.probabilities([calibration.logit_of_sum(1.5, -0.3), 0.8])
    assert np.allclose(one, [both[0], both[1] + both[2], both[3]])


def test_temperature_softens_and_the_bias_favours_no_answer():
    sharp = Calibration().probabilities([4.0])[1]
    assert Calibration(temperature=2.0).probabilities([4.0])[1] < sharp
    assert math.isclose(Calibration(no_answer_bias=4.0).probabilities([4.0])[0], 0.5)
    rows = Calibration(2.0, 1.0).probabilities([[3.0, 1.0], [0.0, -np.inf]])
    assert rows.shape == (2, 3) and np.allclose(rows.sum(axis=1), 1.0)
    assert np.allclose(rows[1], Calibration(2.0, 1.0).probabilities([0.0]).tolist() + [0.0])


def outcome(title: str, logit: float, right: bool, answerable: bool = True) -> Outcome:
    """A reading whose single span has log-odds `logit` and is exactly right or wrong."""
    question = Question(f"{title}-{logit}-{right}", "Q?", ("gold",) if answerable else (), title=title)
    probability = Calibration().probabilities([logit])
    return Outcome(question, "gold" if right else "other", float(probability[1]), float(probability[0]), 1.0,
                   logits=(logit,))


# Overconfident raw log-odds: spans are right only from log-odds 4 up, and unanswerable questions
# reach log-odds 2, though the identity calibration gives log-odds 1 a probability of 0.73.
TITLES = ("A", "B", "C", "D")
ANSWERABLE = [outcome(title, logit, logit >= 4.0) for title in TITLES for logit in (1.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)]
UNANSWERABLE = [outcome(title, logit, False, answerable=False) for title in TITLES for logit in (-2.0, -1.0, 0.0, 1.0, 2.0)]
OVERCONFIDENT = Run(ANSWERABLE + UNANSWERABLE, 0.5, False, "hand-made", "none")


def test_fit_learns_where_spans_start_being_right():
    calibration = fit(OVERCONFIDENT.outcomes)
    assert 1.0 < calibration.no_answer_bias < 5.0
    p = lambda logit: calibration.probabilities([logit])[1]
    assert p(7.0) > 0.8 and p(0.0) < 0.2


def test_recalibrated_runs_keep_the_spans_and_lower_the_calibration_error():
    after = recalibrated(OVERCONFIDENT, fit(OVERCONFIDENT.outcomes), 0.5)
    assert [o.span for o in after.outcomes] == [o.span for o in OVERCONFIDENT.outcomes]
    assert reliability(after.outcomes, 0.5).calibration_error < reliability(OVERCONFIDENT.outcomes, 0.5).calibration_error / 2


def test_calibrate_fits_on_one_half_of_the_articles_and_reports_on_the_other():
    tuning, held_out = split_by_title(OVERCONFIDENT)
    assert {o.question.title for o in tuning.outcomes} == {"A", "C"}
    assert {o.question.title for o in held_out.outcomes} == {"B", "D"}
    result = calibrate(OVERCONFIDENT, Calibration())
    before, after = result["held_out"]["as is"], result["held_out"]["calibrated"]
    assert before["n"] == after["n"] == len(held_out.outcomes)
    assert before["threshold"] == 0.5 and after["threshold"] == result["threshold"]
    # Before, unanswerable questions with log-odds above 0 are answered (2 of 5); after, refused.
    assert before["no_answer_accuracy"] == 60 and after["no_answer_accuracy"] == 100
    assert after["f1"] > before["f1"] and after["calibration_error"] < before["calibration_error"]


def test_calibrate_needs_unanswerable_questions_and_two_articles():
    with pytest.raises(ValueError, match="unanswerable"):
        calibrate(Run(ANSWERABLE, 0.5, False, "", ""), Calibration())
    with pytest.raises(ValueError, match="two articles"):
        calibrate(Run([o for o in OVERCONFIDENT.outcomes if o.question.title == "A"], 0.5, False, "", ""), Calibration())
    held_out_answerable_only = [o for o in OVERCONFIDENT.outcomes if o.question.golds or o.question.title in ("A", "C")]
    with pytest.raises(ValueError, match="the held-out half has only answerable ones: use more questions"):
        calibrate(Run(held_out_answerable_only, 0.5, False, "", ""), Calibration())


RHINE = "The Rhine rises in the Swiss Alps and flows into the North Sea at Rotterdam in the Netherlands."
NILE = "The Nile flows north through Sudan and Egypt into the Mediterranean Sea near Alexandria."


def squad_v2_rows() -> list[dict]:
    rows = []
    for title, context, answerable, unanswerable in (
            ("Rhine", RHINE, [("Where does the Rhine rise?", "the Swiss Alps"), ("Into which sea does the Rhine flow?", "North Sea")],
             ["Who built the first bridge over the Rhine?"]),
            ("Nile", NILE, [("Through which countries does the Nile flow?", "Sudan and Egypt"), ("Near which city does the Nile meet the sea?", "Alexandria")],
             ["How long is the Nile in miles?"])):
        for n, (question, answer) in enumerate(answerable):
            rows.append({"id": f"{title}{n}", "title": title, "context": context, "question": question,
                         "answers": [{"text": answer, "answer_start": context.index(answer)}]})
        rows += [{"id": f"{title}-none{n}", "title": title, "context": context, "question": q, "answers": []}
                 for n, q in enumerate(unanswerable)]
    return rows


def test_qa_calibrate_saves_calibration_and_threshold_that_the_reader_then_uses(tmp_path, capsys, reader_copy):
    reader = reader_copy()
    questions = tmp_path / "v2.jsonl"
    questions.write_text("".join(json.dumps(row) + "\n" for row in squad_v2_rows()))
    assert main(["calibrate", str(questions), "--reader", str(reader), "--save"]) == 0
    console, errors = capsys.readouterr()
    assert "\r" not in errors  # no progress bar frames when stderr is not a terminal
    assert all(row in console for row in ("as is", "threshold only", "calibrated", "saved to"))
    meta = json.loads((reader / "reader.json").read_text())
    loaded = Reader.load(reader)
    assert loaded.calibration == Calibration(**meta["calibration"]) != Calibration()  # a fit, not the identity
    assert loaded.no_answer_threshold == meta["no_answer_threshold"]
    # The saved calibration is the one the reader's probabilities now follow.
    shipped, calibrated = Reader.load(SHIPPED_READER, precision="fp32"), Reader.load(reader, precision="fp32")
    question, context = "Where does the Rhine rise?", [RHINE]
    logits = [c.logit for c in shipped.read(question, context).candidates]
    expected = loaded.calibration.probabilities(logits)[0]
    assert math.isclose(calibrated.read(question, context).no_answer_probability, expected, rel_tol=1e-6)


def test_qa_calibrate_refuses_a_set_it_cannot_calibrate_on_before_loading_the_reader(tmp_path, capsys, monkeypatch):
    # helper's eval test: SQuAD v1.1 (no unanswerable questions) had been read whole first, minutes of it, to be refused
    from qa import calibrate as calibrate_module

    monkeypatch.setattr(calibrate_module.Reader, "load", lambda *_: pytest.fail("the reader was loaded"))
    questions = tmp_path / "v1.jsonl"
    questions.write_text("".join(json.dumps(row) + "\n" for row in squad_v2_rows() if row["answers"]))
    assert main(["calibrate", str(questions)]) == 2
    assert "calibration needs unanswerable questions too" in capsys.readouterr().err


def test_qa_calibrate_refuses_article_questions(tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"id": "a", "question": "Who won?", "answers": []}) + "\n")
    assert main(["calibrate", str(questions)]) == 2
    assert "not in SQuAD format" in capsys.readouterr().err


def test_qa_calibrate_says_which_keys_of_the_set_it_reads_as_nothing(tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"id": "a", "question": "Who won?", "answers": [], "contxt": "Rome."}) + "\n")
    assert main(["calibrate", str(questions)]) == 2
    assert f"qa calibrate: {questions}:1: unknown key 'contxt' ('context' misspelt?)" in capsys.readouterr().err


def test_qa_calibrate_splits_untitled_rows_by_paragraph_and_refuses_a_bad_title(tmp_path, capsys, monkeypatch):
    rows = [{k: v for k, v in row.items() if k != "title"} for row in squad_v2_rows()]
    questions = tmp_path / "v2.jsonl"
    questions.write_text("".join(json.dumps(row) + "\n" for row in rows))
    assert main(["calibrate", str(questions)]) == 0  # each paragraph an article: Rhine's and Nile's
    assert "calibrated" in capsys.readouterr().out
    questions.write_text("".join(json.dumps(row | {"title": 7} if n == 2 else row) + "\n" for n, row in enumerate(rows)))
    monkeypatch.setattr(Reader, "load", lambda *args, **kwargs: pytest.fail("read before refusing"))
    assert main(["calibrate", str(questions)]) == 2
    assert f"{questions}:3: expected 'title' as a non-empty string" in capsys.readouterr().err


def test_untitled_questions_of_one_paragraph_stay_in_one_half():
    untitled = [replace(o, question=replace(o.question, title=None, context=f"paragraph {o.question.title}"))
                for o in OVERCONFIDENT.outcomes]
    tuning, held_out = split_by_title(replace(OVERCONFIDENT, outcomes=untitled))
    assert len(tuning.outcomes) == len(held_out.outcomes) == len(untitled) / 2
    assert not {o.question.context for o in tuning.outcomes} & {o.question.context for o in held_out.outcomes}


def test_qa_calibrate_save_refuses_a_reader_that_cannot_keep_it_before_reading(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(Reader, "load", lambda *args, **kwargs: pytest.fail("read before refusing"))
    questions = tmp_path / "v2.jsonl"
    questions.write_text("".join(json.dumps(row) + "\n" for row in squad_v2_rows()))
    (tmp_path / "checkpoint").mkdir()
    assert main(["calibrate", str(questions), "--reader", str(tmp_path / "checkpoint"), "--save"]) == 2
    assert f"--save: {tmp_path / 'checkpoint'} has no reader.json" in capsys.readouterr().err


def test_qa_calibrate_does_not_save_a_calibration_that_does_worse_on_the_held_out_half(tmp_path, capsys, monkeypatch, reader_copy):
    reader = reader_copy()
    before = (reader / "reader.json").read_text()
    questions = tmp_path / "v2.jsonl"
    questions.write_text("".join(json.dumps(row) + "\n" for row in squad_v2_rows()))
    row = {"threshold": 0.5, "n": 3, "f1": 50.0, "has_answer_f1": 50.0, "no_answer_accuracy": 50.0}
    worse = {"calibration": {"temperature": 4.0, "no_answer_bias": 1.0}, "threshold": 0.4,
             "held_out": {"as is": row | {"calibration_error": 14.4}, "threshold only": row | {"calibration_error": 14.4},
                          "calibrated": row | {"calibration_error": 22.5}}}
    monkeypatch.setattr("qa.calibrate.calibrate", lambda run, current: worse)
    assert main(["calibrate", str(questions), "--reader", str(reader), "--save"]) == 1  # the run's outcome, no bad input
    assert "not saved: on the held-out half the fitted calibration is worse than the reader's own (calibration error 14.4 -> 22.5)" \
        in capsys.readouterr().err
    assert (reader / "reader.json").read_text() == before


def test_save_with_a_reader_that_is_not_there_says_no_reader_is_there(tmp_path, capsys):
    questions = tmp_path / "v2.jsonl"
    questions.write_text("".join(json.dumps(row) + "\n" for row in squad_v2_rows()))
    assert main(["calibrate", str(questions), "--reader", str(tmp_path / "nothere"), "--save"]) == 2
    assert f"no reader model at {tmp_path / 'nothere'}" in capsys.readouterr().err


def test_the_fitted_temperature_is_inside_the_grid_for_readings_that_need_a_high_one():
    from qa.calibrate import TEMPERATURES

    # Log-odds eight times too sure: at log-odds L a span is right ten times in 1 + e^(-L/8)... as counts of 10.
    outcomes = []
    for title in TITLES:
        for logit in (-24.0, -16.0, -8.0, 0.0, 8.0, 16.0, 24.0):
            right = round(10 / (1 + math.exp(-logit / 8)))
            outcomes += [outcome(title, logit, n < right) for n in range(10)]
        outcomes += [outcome(title, logit, False, answerable=False) for logit in (-24.0, -24.0, -16.0)]
    temperature = fit(outcomes).temperature
    assert 4.0 < temperature < max(TEMPERATURES)
