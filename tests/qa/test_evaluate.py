"""Evaluation runs: the metrics and the threshold sweep on hand-made outcomes,
runs through the real Assistant and reader, and the files `qa eval` writes."""
from __future__ import annotations

import io
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

import pytest

from index.articles import parse_article
from qa.assistant import Assistant
from qa.cli import main
from qa import evaluate
from qa.evaluate import (BATCH_LATENCY, Outcome, Passage, Run, SweepPoint, ask_by_article, ask_one_by_one, best_threshold,
                         prediction_records, read_own_paragraphs, reliability, summarize, sweep, threshold_text)
from qa.questions import AnswerSpan, Question, QuestionSetError, load_questions, sample, squad_articles
from qa.reader import Reader
from qa.report import (LATENCY_PLOT, RELIABILITY_PLOT, REPORT_FILE, THRESHOLD_PLOT, console_table, latency_figure, markdown,
                       reliability_figure, threshold_figure, threshold_line, write_report)
from test_questions import BRONCOS, SQUAD_ROWS, write_jsonl  # the same dir: pytest puts it on sys.path

SUMMARY_KEYS = {"n", "exact_match", "f1", "has_answer", "no_answer", "retrieval", "latency_ms", "threshold", "threshold_source",
                "reader", "by_type"}


# ---------------------------------------------------------------- metrics on hand-made outcomes

def passage(text: str) -> Passage:
    return Passage("doc", 0, len(text), text)


OTHER, HOLDS_BRONCOS, HOLDS_EASTER = passage("Nothing here."), passage(BRONCOS), passage("The Easter ceasefire was breached.")
HAND_MADE = [
    # answered right; the gold is in the 2nd retrieved passage
    Outcome(Question("q1", "Who won?", ("Denver Broncos",), "team"), "Denver Broncos", 0.8, 0.1, 10.0, (OTHER, HOLDS_BRONCOS)),
    # answered half right (F1 2/3); the gold is in the 1st passage; abstains from threshold 0.3 down
    Outcome(Question("q2", "Which ceasefire?", ("Easter ceasefire",), "event"), "Easter", 0.6, 0.3, 20.0, (HOLDS_EASTER,)),
    # unanswerable: abstains up to threshold 0.7
    Outcome(Question("q3", "Who watched?", (), "event"), "Paris", 0.2, 0.7, 30.0, (OTHER,)),
    # answerable but abstains up to 0.6, and would answer wrongly; no retrieved passage holds the gold
    Outcome(Question("q4", "Where?", ("London",), "team"), "Paris", 0.3, 0.6, 40.0, (OTHER, OTHER)),
]


def flat(scores: dict, prefix: str = "") -> dict:
    """Nested scores as one level ("has_answer.f1": ...), which pytest.approx can compare."""
    items = {}
    for key, value in scores.items():
        items |= flat(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key: value}
    return items


def hand_made_run(threshold: float = 0.5, retrieval: bool = True, outcomes=HAND_MADE) -> Run:
    return Run(list(outcomes), threshold, retrieval, "hand made", "hand made")


def test_summary_of_hand_made_outcomes():
    summary = summarize(hand_made_run())
    assert flat(summary) == pytest.approx(flat({
        "n": 4,
        "exact_match": 50.0,  # q1 and q3 right
        "f1": (100 + 200 / 3 + 100 + 0) / 4,
        "has_answer": {"n": 3, "exact_match": 100 / 3, "f1": (100 + 200 / 3) / 3},
        "no_answer": {"n": 1, "accuracy": 100.0},
        # ranks 2, 1 and none over the answerable questions
        "retrieval": {"recall_at_1": 100 / 3, "recall_at_3": 200 / 3, "recall_at_5": 200 / 3, "mrr": 100 * 1.5 / 3},
        "latency_ms": {"p50": 25.0, "p95": 38.5},  # numpy's linear percentiles of 10, 20, 30, 40
        "threshold": 0.5,
        "threshold_source": None,  # hand made
        "reader": None,
        "by_type": {"event": {"n": 2, "exact_match": 50.0, "f1": (200 / 3 + 100) / 2},
                    "team": {"n": 2, "exact_match": 50.0, "f1": 50.0}},
    }))
    assert set(summary) == SUMMARY_KEYS
    json.dumps(summary, allow_nan=False)


def test_untyped_questions_get_a_row_of_their_own_where_others_have_a_type():
    typed_as = lambda o, kind: Outcome(replace(o.question, type=kind), o.span, o.span_probability, o.no_answer_probability, o.latency_ms)
    untyped = [typed_as(o, None) for o in HAND_MADE[1:3]]  # q2 (F1 2/3) and q3 (right)
    summary = summarize(hand_made_run(outcomes=[typed_as(HAND_MADE[0], "whom"), *untyped, HAND_MADE[3]]))
    assert flat(summary["by_type"]) == pytest.approx(flat({
        "team": {"n": 1, "exact_match": 0.0, "f1": 0.0},
        "whom": {"n": 1, "exact_match": 100.0, "f1": 100.0},
        "(no type)": {"n": 2, "exact_match": 50.0, "f1": (200 / 3 + 100) / 2}}))
    assert list(summary["by_type"]) == ["team", "whom", "(no type)"]  # last, though "whom" sorts after it
    assert sum(row["n"] for row in summary["by_type"].values()) == summary["n"]
    assert summarize(hand_made_run(outcomes=untyped))["by_type"] == {}  # a set without types has no rows


def test_types_differing_in_case_are_one_row_named_as_first_spelt():
    typed_as = lambda o, kind: Outcome(replace(o.question, type=kind), o.span, o.span_probability, o.no_answer_probability, o.latency_ms)
    outcomes = [typed_as(HAND_MADE[0], "Team"), typed_as(HAND_MADE[1], "event"), typed_as(HAND_MADE[2], "Event"), HAND_MADE[3]]
    by_type = summarize(hand_made_run(outcomes=outcomes))["by_type"]
    assert list(by_type) == ["event", "Team"]  # in name order whatever the case
    assert [row["n"] for row in by_type.values()] == [2, 2]


def test_types_differing_in_case_are_named_as_the_file_first_spells_them_however_the_questions_are_drawn(tmp_path):
    # --seed had named the row by whichever spelling was drawn first: "date" in one run, "Date" in the next.
    rows = [{"id": f"q{i}", "question": "When was it?", "answers": [], "type": kind} for i, kind in enumerate(["Date", "date", "DATE"])]
    questions = load_questions(write_jsonl(tmp_path / "q.jsonl", rows)).questions
    for seed in range(6):
        outcomes = [Outcome(q, None, 0.0, 1.0, 1.0) for q in sample(questions, None, seed)]
        assert list(summarize(hand_made_run(outcomes=outcomes))["by_type"]) == ["Date"]


@pytest.mark.parametrize("gold, text, relevant", [
    ("L", "London is a capital.", False),  # not a capital letter anywhere
    ("four", "the fourth round", False),  # whole words only
    ("four", "after four rounds", True),
    ("ISLAMABAD", "talks in Islamabad.", True),  # normalised as SQuAD's metrics: case, punctuation and articles
    ("the Easter ceasefire", "an Easter-ceasefire? No: Easter ceasefire.", True),
    ("special military operation", "Russia’s “special military operation.”", True),  # curly quotes are not word characters
    ("Pakistan", "119 states—including Pakistan—supported it", True),
])
def test_a_passage_holds_a_gold_answer_as_whole_normalised_words(gold, text, relevant):
    outcome = Outcome(Question("q", "Q?", (gold,)), None, 0.0, 1.0, 1.0, (passage(text),))
    assert outcome.relevant_rank == (1 if relevant else None)


def test_where_the_golds_place_is_known_only_the_passage_holding_that_occurrence_is_relevant():
    text = "Broncos fans cheered. The Denver Broncos won."
    first, second = Passage("doc", 0, 21, text[:21]), Passage("doc", 22, len(text), text[22:])
    gold_at = text.index("Broncos", 22)
    spans = (AnswerSpan("doc", gold_at, gold_at + len("Broncos")),)
    outcome = Outcome(Question("q", "Who won?", ("Broncos",)), None, 0.0, 1.0, 1.0, (first, second), answer_spans=spans)
    assert outcome.relevant_rank == 2  # the first passage has the word, not the answer
    other_document = Passage("other", 22, len(text), text[22:])
    assert Outcome(Question("q", "Who won?", ("Broncos",)), None, 0.0, 1.0, 1.0, (other_document,),
                   answer_spans=spans).relevant_rank is None


def test_not_applicable_metrics_are_none():
    summary = summarize(hand_made_run(retrieval=False, outcomes=[o for o in HAND_MADE if o.question.golds]))
    assert summary["no_answer"] == {"n": 0, "accuracy": None}
    assert summary["retrieval"] == {"recall_at_1": None, "recall_at_3": None, "recall_at_5": None, "mrr": None}
    summary = summarize(hand_made_run(outcomes=[HAND_MADE[2]]))
    assert summary["has_answer"] == {"n": 0, "exact_match": None, "f1": None}
    assert summary["retrieval"]["mrr"] is None


def test_a_reply_that_normalises_to_nothing_counts_as_abstaining_on_an_unanswerable_question():
    the = replace(HAND_MADE[2], span="The", no_answer_probability=0.1)  # unanswerable, answered "The" below 0.1
    summary = summarize(hand_made_run(outcomes=[the]))
    assert summary["exact_match"] == summary["no_answer"]["accuracy"] == 100.0
    assert {p.no_answer_accuracy for p in sweep(hand_made_run(outcomes=[the]))} == {100.0}


def test_no_outcomes_is_an_error():
    with pytest.raises(QuestionSetError, match="no questions"):
        summarize(hand_made_run(outcomes=[]))


def test_sweep_rescores_the_same_readings_at_each_threshold():
    points = {round(p.threshold, 2): p for p in sweep(hand_made_run())}
    assert points[0.0].f1 == pytest.approx(25.0)  # abstains on all: only q3 right
    assert points[0.0].no_answer_accuracy == 100.0
    assert points[0.2].f1 == pytest.approx(50.0)  # q1 answered, q2 not yet
    assert points[0.5].f1 == pytest.approx(summarize(hand_made_run())["f1"])
    assert points[1.0].f1 == pytest.approx((100 + 200 / 3) / 4)  # answers all, q3 and q4 wrongly
    assert points[1.0].no_answer_accuracy == 0.0
    assert points[1.0].has_answer_f1 == pytest.approx((100 + 200 / 3) / 3)


def test_best_threshold_is_the_best_f1_closest_to_the_current_one():
    points = sweep(hand_made_run())
    # F1 is best, 66.7, from 0.31 (q2 answered) to 0.77 (q3 still abstains: no answer's share between it and "Paris",
    # 0.7 / 0.9, is 0.78)
    assert best_threshold(points, 0.5).threshold == 0.5
    assert best_threshold(points, 0.9).threshold == 0.77
    assert best_threshold(points, 0.0).threshold == 0.31
    assert best_threshold(points, 0.0).f1 == pytest.approx(200 / 3)


def test_the_sweep_holds_the_threshold_used_so_that_a_tie_keeps_it():
    # A review's 0.004, already of the best F1, had been replaced by 0.01: the sweep had not tried 0.004 itself.
    run = hand_made_run(threshold=0.004, outcomes=[Outcome(Question("q1", "Q?", ("x",)), "x", 0.9, 0.001, 1.0),
                                                   Outcome(Question("q2", "Q?", ()), "y", 0.9, 0.995, 1.0)])
    points = sweep(run)
    assert 0.004 in [p.threshold for p in points]
    best = best_threshold(points, run.threshold)
    assert (best.threshold, best.f1) == (0.004, 100.0)
    assert threshold_line(summarize(run), points, best).endswith("; the same F1 at 0.0011–0.99)")


def test_of_thresholds_as_good_the_best_answers_some_question():
    # F1 50 from 0 to 0.77; only from 0.67 is a question (q4) answered: no answer's share between it and "Paris" is 0.6 / 0.9
    run = hand_made_run(outcomes=HAND_MADE[2:])
    points = sweep(run)
    for current in (0.0, 0.5, 0.6):
        assert best_threshold(points, current).threshold == 0.67
    assert best_threshold(points, 0.7).threshold == 0.7
    assert best_threshold(points, 0.7).answered == 1
    # the line says which thresholds tie, so that the one chosen is not taken for the only good one
    line = threshold_line(summarize(run), points, best_threshold(points, 0.5))
    assert line == "0.50 used; best F1 on this set at 0.67 (F1 50.0, EM 50.0, abstained on unanswerable 100.0; the same F1 at 0.00–0.77)"


def test_the_console_table_lines_up_the_numbers_after_long_and_wide_type_names():
    kinds = ["a-question-type-longer-than-the-label-column", "类型", "e\u0301"]  # wide characters; a combining accent
    outcomes = [replace(o, question=replace(o.question, type=kind)) for o, kind in zip(HAND_MADE, kinds)]
    run = hand_made_run(outcomes=outcomes)
    points = sweep(run)
    rows = console_table(summarize(run), points, best_threshold(points, 0.5)).split("\n\n")[0].splitlines()
    # the columns a terminal gives a row: two for each CJK character, none for the accent
    shown = lambda row: len(row) + row.count("类") + row.count("型") - row.count("\u0301")
    assert len(rows) == 7 and len({shown(row) for row in rows}) == 1


def test_the_console_says_how_latency_was_measured_where_questions_were_read_in_batches():
    # An eval audit (session 38): --reader-only's p50 and p95 of batch means had read as questions' own.
    run = hand_made_run()
    points = sweep(run)
    table = lambda batched: console_table(summarize(run), points, best_threshold(points, 0.5), batched).splitlines()
    [alone] = [line for line in table(None) if line.startswith("latency")]
    [batched] = [line for line in table(BATCH_LATENCY) if line.startswith("latency")]
    assert batched == f"{alone} ({BATCH_LATENCY})" and "batch" not in alone


def test_the_threshold_line_lists_every_stretch_of_tied_thresholds_and_none_for_a_single_best():
    # q1 right from 0.11, q2 wrong from 0.31, q3 right again from 0.51: F1 50 at 0.11-0.30 and from 0.51
    outcomes = [Outcome(Question("q1", "Q?", ("x",)), "x", 0.9, 0.1, 1.0), Outcome(Question("q2", "Q?", ()), "y", 0.9, 0.3, 1.0),
                Outcome(Question("q3", "Q?", ("z",)), "z", 0.9, 0.5, 1.0), Outcome(Question("q4", "Q?", ("w",)), None, 0.0, 1.0, 1.0)]
    run = hand_made_run(outcomes=outcomes)
    points = sweep(run)
    assert threshold_line(summarize(run), points, best_threshold(points, 0.5)).endswith("; the same F1 at 0.11–0.30, 0.51–1.00)")
    # q1 right from 0.51, q2 wrong from 0.52: only 0.51 scores 100
    single = hand_made_run(outcomes=[Outcome(Question("q1", "Q?", ("x",)), "x", 0.9, 0.5, 1.0),
                                     Outcome(Question("q2", "Q?", ()), "y", 0.9, 0.51, 1.0)])
    points = sweep(single)
    assert threshold_line(summarize(single), points, best_threshold(points, 1.0)) == (
        "0.50 used; best F1 on this set at 0.51 (F1 100.0, EM 100.0, abstained on unanswerable 100.0)")


def test_the_sweep_tells_apart_no_answer_probabilities_within_one_grid_step():
    # Readers put most no-answer probabilities near 0 or 1: here q1 is answered right from above 0.991,
    # and q2, unanswerable, wrongly from above 0.995; a step of 0.01 sees only 0.99 and 1.00 (F1 50 at both).
    run = hand_made_run(outcomes=[Outcome(Question("q1", "Q?", ("x",)), "x", 0.01, 0.991, 1.0),
                                  Outcome(Question("q2", "Q?", ()), "y", 0.01, 0.995, 1.0)])
    points = sweep(run)
    best = best_threshold(points, 0.5)
    assert (best.threshold, best.f1) == (0.992, 100.0)
    assert threshold_line(summarize(run), points, best) == (
        "0.50 used; best F1 on this set at 0.992 (F1 100.0, EM 100.0, abstained on unanswerable 100.0)")


def test_threshold_text_has_the_decimals_the_threshold_has():
    assert [threshold_text(t) for t in (0.5, 0.31, 0.992, 0.9953, 1.0)] == ["0.50", "0.31", "0.992", "0.9953", "1.00"]


def test_prediction_records_hold_the_reply_and_its_scores():
    records = prediction_records(replace(hand_made_run(), reader="reader@1234"))
    assert [r["prediction"] for r in records] == ["Denver Broncos", "Easter", "", ""]
    assert [r["answered"] for r in records] == [True, True, False, False]
    assert records[1] | {"passages": None} == {
        "id": "q2", "question": "Which ceasefire?", "type": "event", "gold": ["Easter ceasefire"], "prediction": "Easter",
        "answered": True, "score": 0.6, "best_span": "Easter", "span_probability": 0.6, "answer_probability": 0.6,
        "no_answer_probability": 0.3,
        "exact_match": 0.0, "f1": pytest.approx(200 / 3), "latency_ms": 20.0, "passages": None,
        "retrieved": [{"source": "doc", "start": 0, "end": len(HOLDS_EASTER.text)}], "relevant_rank": 1,
        "threshold": 0.5, "reader": "reader@1234"}
    assert records[2]["score"] == 0.7  # an abstention's score is the no-answer probability
    # what the reader would have said is kept where the reply withholds it (eval audit: "" told nothing)
    assert [(r["best_span"], r["span_probability"]) for r in records[2:]] == [("Paris", 0.2), ("Paris", 0.3)]
    assert [r["relevant_rank"] for r in records] == [2, 1, None, None]  # q3 is unanswerable, q4's gold not retrieved
    assert [r["relevant_rank"] for r in prediction_records(hand_made_run(retrieval=False))] == [None] * 4


def test_the_report_is_written_with_its_plots(tmp_path):
    run = hand_made_run()
    points = sweep(run)
    write_report(tmp_path / "report", Path("q.jsonl"), run, summarize(run), points, best_threshold(points, 0.5))
    for plot in (THRESHOLD_PLOT, RELIABILITY_PLOT, LATENCY_PLOT):
        assert (tmp_path / "report" / plot).read_bytes().startswith(b"\x89PNG")
    text = (tmp_path / "report" / REPORT_FILE).read_text()
    assert "# Evaluation of q.jsonl" in text and f"]({RELIABILITY_PLOT})" in text
    # the worst miss first: q4, F1 0 (then q2, F1 66.7), each with the passages it cites
    misses = text[text.index("## Worst misses"):]
    assert misses.index("q4: Where?") < misses.index("q2: Which ceasefire?")
    assert "no gold answer in the 2 retrieved passages" in misses


def test_the_report_escapes_text_from_the_questions_and_articles():
    from markdown_it import MarkdownIt

    nasty = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) `code` *b*"
    outcome = Outcome(Question("q|1", f"Who? {nasty}", ("a|b", nasty), "kind|with|bars"), f"reply {nasty}", 0.9, 0.1, 1.0,
                      cited=(Passage("doc<b>.txt", 0, 30, f"plain line\n# Heading\n- item\n1985. year\n    code\n{nasty}"),))
    run = Run([outcome], 0.5, False, f"asked over {nasty}", "hand made")
    points = sweep(run)
    html = MarkdownIt("commonmark").enable("table").render(markdown(Path("q<i>.jsonl"), run, summarize(run), points, best_threshold(points, 0.5)))
    for markup in ("<img src=x", "<a href", "<code>code", "<b>", "<i>", "<em>", "<li>item", "<ol", "<pre>"):
        assert markup not in html, markup
    assert html.count("<h1>") == 1  # the title: the passage's "# Heading" stays a line of text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "# Heading" in html
    type_row = next(row for row in html.split("<tr>") if "kind|with|bars" in row)
    assert type_row.count("<td") == 4  # the bars stay in their cell


def test_the_report_quotes_a_passage_line_by_line():
    from markdown_it import MarkdownIt

    text = "Progress Claimed\nKhorev listed:\n- Exchange of prisoners\n\nA new paragraph ending in \\"
    outcome = Outcome(Question("q1", "Who?", ("Khorev",)), None, 0.0, 0.9, 1.0, cited=(Passage("doc.txt", 0, len(text), text),))
    run = Run([outcome], 0.5, False, "hand made", "hand made")
    points = sweep(run)
    html = MarkdownIt("commonmark").render(markdown(Path("q.jsonl"), run, summarize(run), points, best_threshold(points, 0.5)))
    assert ("<blockquote>\n<p>Progress Claimed<br />\nKhorev listed:<br />\n- Exchange of prisoners</p>\n"
            "<p>A new paragraph ending in \\</p>\n</blockquote>") in html


def test_the_report_says_when_it_lists_only_the_worst_of_its_misses():
    misses = [replace(HAND_MADE[3], question=replace(HAND_MADE[3].question, id=f"q{i}")) for i in range(12)]  # abstains wrongly
    for outcomes, said in ((misses, "The 10 worst of the 12 replies wrong by exact match"), (misses[:3], "Replies wrong by exact match")):
        run = hand_made_run(outcomes=outcomes)
        points = sweep(run)
        text = markdown(Path("q.jsonl"), run, summarize(run), points, best_threshold(points, 0.5))
        assert f"## Worst misses\n\n{said}, lowest F1 first" in text


def test_the_report_names_the_reader_and_each_gold_once():
    # SQuAD rows repeat the annotators' agreeing answers
    outcome = Outcome(Question("q1", "When?", ("the eighteenth century", "eighteenth century", "eighteenth century")),
                      "1788", 0.9, 0.1, 1.0)
    run = Run([outcome], 0.5, False, "hand made", "hand made", "/readers/other (0123abcd)")
    points = sweep(run)
    text = markdown(Path("q.jsonl"), run, summarize(run), points, best_threshold(points, 0.5))
    assert "Reader: /readers/other \\(0123abcd\\)." in text
    assert "- gold: “the eighteenth century” | “eighteenth century”\n" in text


def test_the_latency_plot_of_questions_read_in_batches_says_it_shows_batch_means():
    # --reader-only's and --documents' latencies had been labelled "latency per question" (eval review).
    alone, batched = hand_made_run(), replace(hand_made_run(), latency=BATCH_LATENCY)
    labels = lambda run: (lambda ax: (ax.get_xlabel(), ax.get_title()))(latency_figure(run, summarize(run)).axes[0])
    assert labels(alone) == ("latency per question (ms)", "Latency")
    xlabel, title = labels(batched)
    assert "per question" not in xlabel and "batch's wall time" in xlabel and "batch means" in title


def test_the_plots_show_equal_latencies_without_an_offset_no_bars_for_empty_bins_and_whole_counts():
    for latencies in ([1733.25] * 4, [10000.0, 10000.5, 10001.0, 10001.5]):  # equal; a narrow spread far from 0
        outcomes = [Outcome(Question(f"q{i}", "Q?", ()), None, 0.0, 0.95, ms) for i, ms in enumerate(latencies)]
        fig = latency_figure(hand_made_run(outcomes=outcomes), summarize(hand_made_run(outcomes=outcomes)))
        fig.canvas.draw()
        axis = fig.axes[0].xaxis
        assert axis.get_major_formatter().get_offset() == ""
        ticks = [float(label.get_text().replace(",", "").replace("−", "-")) for label in axis.get_ticklabels()]
        assert min(ticks) <= min(latencies) and max(latencies) <= max(ticks) < 2 * max(latencies)
    fig = reliability_figure(HAND_MADE, 0.5)
    top, bottom = fig.axes
    filled = int((reliability(HAND_MADE, 0.5).counts > 0).sum())
    assert filled < 10 and len(top.patches) == len(bottom.patches) == filled
    fig = reliability_figure([HAND_MADE[0]] * 8 + [HAND_MADE[1]] * 3, 0.5)  # counts whose ticks could fall at 2.5 replies
    fig.canvas.draw()
    assert all(tick == int(tick) for tick in fig.axes[1].get_yticks())


def test_the_threshold_plot_draws_steps_on_a_logit_axis_that_shows_a_best_threshold_near_0_or_1_inside_its_frame():
    logit = lambda p: np.log(p / (1 - p))
    # Where readers put most no-answer probabilities, and the best threshold with them: answering the
    # answerable question right (its no-answer probability the lower) and refusing the other is best between the two.
    for right, unanswerable in ((0.00001, 0.00005), (0.9991, 0.9995)):
        outcomes = [replace(HAND_MADE[0], no_answer_probability=right), replace(HAND_MADE[2], no_answer_probability=unanswerable)]
        points = sweep(hand_made_run(outcomes=outcomes))
        best = best_threshold(points, 0.5)
        assert right < best.threshold <= unanswerable
        ax = threshold_figure(points, 0.5, best).axes[0]
        low, high = ax.get_xlim()
        assert ax.get_xscale() == "logit"
        # the best threshold's line lies well inside the frame (on a linear axis it lay on it)
        assert min(logit(best.threshold) - logit(low), logit(high) - logit(best.threshold)) > 0.05 * (logit(high) - logit(low))
        scores = [line for line in ax.lines if len(line.get_xdata()) == len(points) + 1]  # each point's step, the last held
        assert scores and all(line.get_drawstyle() == "steps-post" for line in scores)
    # used and best alike: one line saying both, not one hidden under the other
    points = sweep(hand_made_run())
    labels = threshold_figure(points, 0.5, replace(best_threshold(points, 0.5), threshold=0.5)).axes[0].get_legend_handles_labels()[1]
    assert "used, the best F1: 0.50" in labels and not any(label.startswith("used 0.50") for label in labels)


def test_the_threshold_plot_steps_where_a_question_s_no_answer_probability_is_passed():
    # helper's eval test: the step had been drawn at the sweep's threshold (0.01, its fewest decimals above 3.3e-6), so
    # that the plot showed F1 0 where any threshold over 3.3e-6 scores 100
    points = sweep(hand_made_run(outcomes=[replace(HAND_MADE[0], no_answer_probability=3.3e-6)]))
    f1_line = threshold_figure(points, 0.5, best_threshold(points, 0.5)).axes[0].lines[0]
    x, y = f1_line.get_xdata(), f1_line.get_ydata()
    assert min(xi for xi, yi in zip(x, y) if yi == 100.0) == pytest.approx(3.3e-6)
    # and holds to the frame's right edge, past the threshold used: the last step had ended where it starts, and the plot
    # showed nothing at 0.5 (eval audit, session 38)
    assert x[-1] == f1_line.axes.get_xlim()[1] > 0.5 and y[-1] == 100.0


def test_the_threshold_plot_s_labels_stand_apart_however_wide_its_frame():
    # Session 52's eval review: "0.999999" and "0.99999999" had run into each other under the seed set's plot.
    outcomes = [replace(HAND_MADE[0], no_answer_probability=2e-9), replace(HAND_MADE[2], no_answer_probability=1 - 2e-9)]
    points = sweep(hand_made_run(outcomes=outcomes))
    fig = threshold_figure(points, 0.5, best_threshold(points, 0.5))
    fig.canvas.draw()
    labels = [label for label in fig.axes[0].get_xticklabels() if label.get_text()]
    assert len(labels) >= 9 and "1−10⁻⁸" in [label.get_text() for label in labels]
    boxes = sorted((label.get_window_extent() for label in labels), key=lambda box: box.x0)
    assert all(left.x1 < right.x0 for left, right in zip(boxes, boxes[1:]))


def test_the_threshold_plot_of_thresholds_0_and_1_alone_is_drawn():
    points = [SweepPoint(0.0, 0.0, 0.0, 0.0, 100.0, 0), SweepPoint(1.0, 50.0, 50.0, 100.0, 0.0, 1)]
    assert threshold_figure(points, 0.0, points[1]).axes[0].get_xscale() == "logit"


def test_the_reliability_plot_marks_a_bin_whose_replies_are_all_wrong():
    wrong = Outcome(Question("w", "Who?", ("Alice",)), "Bob", 0.35, 0.1, 1.0)  # answered wrongly with score 0.35
    top = reliability_figure([HAND_MADE[0], wrong], 0.5).axes[0]
    dots = [list(zip(line.get_xdata(), line.get_ydata())) for line in top.lines if line.get_marker() == "o"]
    assert dots and (pytest.approx(0.35), 0.0) in dots[0]


# ---------------------------------------------------------------- through the real Assistant and reader

SEED_QUESTIONS = [
    Question("dev-001", "Who is the Russian ambassador who gave the media briefing?", ("Albert P. Khorev", "Khorev"), "person"),
    Question("dev-002", "In which city did the Russian ambassador hold his media briefing?", ("Islamabad", "ISLAMABAD"), "place"),
    Question("dev-040", "How many rounds of direct talks took place before the long pause in negotiations?", (), "unanswerable"),
]


def with_threshold(assistant: Assistant, threshold: float) -> Assistant:
    """The same index and models at another no-answer threshold (the shared fixture stays as it is)."""
    return Assistant(assistant.index, assistant.embedder, assistant.reader, no_answer_threshold=threshold)


def test_three_seed_questions_with_a_known_outcome(seed_assistant):
    # At threshold 0 the assistant abstains on everything, whatever the reader: only the unanswerable one is right.
    run = ask_one_by_one(with_threshold(seed_assistant, 0.0), SEED_QUESTIONS, progress=False)
    summary = summarize(run)
    assert summary | {"latency_ms": None, "by_type": None} == {
        "n": 3, "exact_match": pytest.approx(100 / 3), "f1": pytest.approx(100 / 3),
        "has_answer": {"n": 2, "exact_match": 0.0, "f1": 0.0}, "no_answer": {"n": 1, "accuracy": 100.0},
        # the ambassador's name and the city are both in the article's first passage
        "retrieval": {"recall_at_1": 100.0, "recall_at_3": 100.0, "recall_at_5": 100.0, "mrr": 100.0},
        "latency_ms": None, "threshold": 0.0, "threshold_source": "given to the assistant", "reader": seed_assistant.reader.identity,
        "by_type": None}
    assert set(summary["by_type"]) == {"person", "place", "unanswerable"}
    assert all(o.latency_ms > 0 and len(o.retrieved) == 5 and len(o.cited) == 3 for o in run.outcomes)
    assert run.reader == seed_assistant.reader.identity  # which reader a report shows


def test_the_models_first_use_is_no_question_s_latency(seed_assistant, monkeypatch):
    # The script author's: the first of 40 had taken 797 ms against 60-170, the models' first use timed as its own
    assistant, finds = with_threshold(seed_assistant, 0.5), []
    find = assistant.find
    monkeypatch.setattr(assistant, "find", lambda question, *args, **kwargs: finds.append(question) or find(question, *args, **kwargs))
    run = ask_one_by_one(assistant, SEED_QUESTIONS, progress=False)
    assert finds == [evaluate.WARM_UP_QUESTION, *(question.text for question in SEED_QUESTIONS)]  # asked first, untimed
    assert [outcome.question for outcome in run.outcomes] == list(SEED_QUESTIONS)


def test_the_sweep_decides_as_the_assistant_does(seed_assistant):
    run = ask_one_by_one(seed_assistant, SEED_QUESTIONS, progress=False)
    article = seed_assistant.index.articles[seed_assistant.articles[0]].text
    for outcome in run.outcomes:
        finding = seed_assistant.find(outcome.question.text, 5)
        for threshold in (0.0, 0.2, 0.5, 0.8, 1.0):
            answer = seed_assistant.decide(finding, threshold)
            assert (outcome.answered(threshold), outcome.reply(threshold)) == (answer.answered, answer.text)
            assert outcome.score(threshold) == pytest.approx(answer.score)
        assert outcome.span is None or outcome.span in article


def test_a_markdown_article_s_replies_and_passages_are_judged_as_it_reads(tmp_path, embedder, shipped_reader):
    # API audit (session 28): "Mayor [Elena Vasquez](https://…)" had scored F1 40, and no passage held "Elena Vasquez",
    # its words run into the link's address ("vasquezhttpsexamplecomev") by the normalisation.
    text = ("# Bridge\n\nThe new footbridge over the Lune was opened on Saturday by Mayor [Elena Vasquez](https://example.com/ev) "
            "in front of a crowd of about 2,000 people.\n")
    assistant = Assistant.from_articles([parse_article("bridge.md", text.encode())], reader=shipped_reader, embedder=embedder,
                                        index_dir=tmp_path / "index", log=lambda message: None)
    [outcome] = ask_one_by_one(assistant, [Question("b1", "Who opened the footbridge?", ("Elena Vasquez",))], progress=False).outcomes
    assert outcome.relevant_rank == 1
    assert outcome.span is not None and "Elena Vasquez" in outcome.span and "](" not in outcome.span


def test_squad_documents_are_asked_within_their_own_article(tmp_path, embedder, shipped_reader):
    question_set = load_questions(write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS))
    assistant = Assistant.from_articles(squad_articles(question_set.questions), reader=shipped_reader, embedder=embedder,
                                        index_dir=tmp_path / "index", log=lambda message: None)
    run = ask_by_article(assistant, question_set.questions, progress=False)
    assert [o.question.id for o in run.outcomes] == ["s1", "s2", "s3", "s4"]
    for outcome in run.outcomes:
        assert {p.source for p in outcome.retrieved} == {outcome.question.title}
        text = assistant.index.articles[outcome.question.title].text
        assert [text[s.start : s.end] for s in outcome.answer_spans] == list(outcome.question.golds)
    summary = summarize(run)
    # Each article is a passage or two, so every gold is retrieved first.
    assert summary["retrieval"] == {"recall_at_1": 100.0, "recall_at_3": 100.0, "recall_at_5": 100.0, "mrr": 100.0}
    assert summary["has_answer"]["n"] == 3 and summary["no_answer"]["n"] == 1
    assert run.reader == shipped_reader.identity


def test_reader_only_reads_each_questions_own_paragraph(tmp_path, shipped_reader):
    questions = load_questions(write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)).questions
    run = read_own_paragraphs(shipped_reader, questions, threshold=2.0, progress=False)  # above 1: always answers
    for outcome in run.outcomes:
        assert outcome.answered(run.threshold) and outcome.span in outcome.question.context
        assert outcome.cited == (Passage(outcome.question.title, 0, len(outcome.question.context), outcome.question.context),)
    assert summarize(run)["no_answer"] == {"n": 1, "accuracy": 0.0}
    assert run.reader == shipped_reader.identity


# ---------------------------------------------------------------- the command

def test_qa_eval_writes_json_predictions_and_report(tmp_path, capsys):
    questions = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    out, scores_file, predictions_file = tmp_path / "out", tmp_path / "new" / "scores.json", tmp_path / "newer" / "p" / "predictions.jsonl"
    code = main(["eval", str(questions), "--reader-only", "--limit", "3", "--seed", "1",
                 "--json-out", str(scores_file), "--predictions", str(predictions_file), "--report", str(out)])
    assert code == 0
    console = capsys.readouterr().out
    assert "unanswerable: abstained" in console and "best F1 on this set" in console
    assert f"({BATCH_LATENCY})" in console  # read in batches: a batch's mean, no question's own (eval audit, session 38)
    scores = json.loads(scores_file.read_text())  # its folder made for it
    assert set(scores) == SUMMARY_KEYS and scores["n"] == 3
    assert set(scores["has_answer"]) == {"n", "exact_match", "f1"}
    assert set(scores["no_answer"]) == {"n", "accuracy"}
    assert scores["retrieval"] == {"recall_at_1": None, "recall_at_3": None, "recall_at_5": None, "mrr": None}
    assert set(scores["latency_ms"]) == {"p50", "p95"}
    assert scores["by_type"] == {}
    assert all(0 <= scores[k] <= 100 for k in ("exact_match", "f1"))
    predictions = [json.loads(line) for line in predictions_file.read_text().splitlines()]
    assert len(predictions) == 3
    assert {"id", "question", "gold", "prediction", "score", "answered", "exact_match", "f1", "latency_ms", "passages"} <= set(predictions[0])
    assert {p.name for p in out.iterdir()} == {REPORT_FILE, THRESHOLD_PLOT, RELIABILITY_PLOT, LATENCY_PLOT}


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full, a file every write to fails as a full disk's")
@pytest.mark.parametrize("option", ["--json-out", "--predictions"])
def test_qa_eval_names_an_output_a_full_disk_refuses(tmp_path, capsys, option):
    # A full disk refuses the write, not the open: the error carries no file name of its own.
    questions = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    assert main(["eval", str(questions), "--reader-only", "--limit", "2", option, "/dev/full"]) == 1
    assert capsys.readouterr().err == "qa: error: /dev/full: No space left on device\n"


def test_qa_eval_names_a_report_file_a_full_disk_refuses(tmp_path, capsys, monkeypatch):
    def full_disk(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    questions = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    monkeypatch.setattr(Path, "write_text", full_disk)
    assert main(["eval", str(questions), "--reader-only", "--limit", "2", "--report", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == f"qa: error: {tmp_path / 'out' / REPORT_FILE}: No space left on device\n"


def test_qa_eval_names_the_threshold_file_a_full_disk_refuses(tmp_path, capsys, monkeypatch, reader_copy):
    reader = reader_copy()
    questions = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    write_text = Path.write_text

    def full_disk(self, *args, **kwargs):
        if self.suffix == ".tmp":  # reader.json is written there, then moved over the old one
            raise OSError(28, "No space left on device")
        return write_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full_disk)
    assert main(["eval", str(questions), "--reader-only", "--reader", str(reader), "--save-threshold"]) == 1
    assert capsys.readouterr().err == f"qa: error: {reader / 'reader.tmp'}: No space left on device\n"


def test_qa_eval_writes_its_outputs_in_utf8_whatever_the_locale(tmp_path):
    import os
    import subprocess

    missed = {**SQUAD_ROWS[0], "answers": [{"text": "Carolina Panthers", "answer_start": BRONCOS.index("Carolina")}]}
    questions = write_jsonl(tmp_path / "squad.jsonl", [missed])  # a miss quoting its passage, which holds "24–10"
    # An ASCII locale, as Python sees the C locale with UTF-8 mode and locale coercion off.
    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    done = subprocess.run([sys.executable, "-m", "qa.cli", "eval", str(questions), "--reader-only",
                           "--predictions", str(tmp_path / "p.jsonl"), "--report", str(tmp_path / "report")],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "24–10" in (tmp_path / "p.jsonl").read_text(encoding="utf-8")
    assert "“" in (tmp_path / "report" / REPORT_FILE).read_text(encoding="utf-8")


@pytest.mark.parametrize("options, complaint", [
    (["--article", "x.txt", "--reader-only"], "--article is for the article question format"),
    ([], "choose --reader-only"),
])
def test_qa_eval_refuses_options_that_do_not_fit_squad_rows(tmp_path, capsys, options, complaint):
    questions = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    assert main(["eval", str(questions), *options]) == 2
    assert complaint in capsys.readouterr().err


def test_qa_eval_refuses_squad_options_for_article_questions_and_bad_files(tmp_path, capsys):
    questions = write_jsonl(tmp_path / "q.jsonl", [{"id": "a", "question": "Who won?", "answers": []}])
    assert main(["eval", str(questions), "--documents"]) == 2
    assert "--documents are for SQuAD rows" in capsys.readouterr().err
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "a", "question": "Who won?", "answers": "x"}])
    assert main(["eval", str(bad)]) == 2
    assert "bad.jsonl:1:" in capsys.readouterr().err
    missing = write_jsonl(tmp_path / "other.jsonl", [{"id": "z9", "question": "Who won?", "answers": ["Napoleon Bonaparte"]}])
    assert main(["eval", str(missing)]) == 2
    assert "other.jsonl:1: question z9: the answer 'Napoleon Bonaparte' is not in russia-ukraine-peace-talks.txt" in capsys.readouterr().err


def test_qa_eval_says_once_which_keys_of_the_set_it_reads_as_nothing(tmp_path, capsys):
    rows = [{"id": f"q{i}", "question": "Who won?", "answers": [], "tpye": "person"} for i in range(3)]
    questions = write_jsonl(tmp_path / "q.jsonl", rows)
    assert main(["eval", str(questions), "--documents"]) == 2  # said before the options are refused, and the set used
    err = capsys.readouterr().err
    assert err.count("unknown key") == 1 and f"qa eval: {questions}:1: unknown key 'tpye' ('type' misspelt?)" in err


def test_qa_eval_refuses_outputs_it_could_not_write_before_the_run(tmp_path, capsys, monkeypatch):
    questions = write_jsonl(tmp_path / "q.jsonl", [{"id": "a", "question": "Who won?", "answers": []}])
    monkeypatch.setattr(Assistant, "from_articles", lambda *args, **kwargs: pytest.fail("ran before checking its outputs"))
    (tmp_path / "a-file").write_text("mine")
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text("Alpha was first.")
    for options, complaint in [
        (["--report", tmp_path / "a-file"], f"--report {tmp_path}/a-file: is a file; give a folder"),
        (["--article", tmp_path / "articles", "--report", tmp_path / "articles" / "a.md"],  # not of report.md in it
         f"--report {tmp_path}/articles/a.md: is a file; give a folder"),
        (["--json-out", tmp_path / "a-folder"], f"--json-out {tmp_path}/a-folder: is a folder; give a file name"),
        (["--predictions", tmp_path / "a-file" / "p.jsonl"], f"--predictions {tmp_path}/a-file/p.jsonl: cannot be written"),
        (["--json-out", "/proc/qa/metrics.json"], "--json-out /proc/qa/metrics.json: cannot be written"),
    ]:
        assert main(["eval", str(questions), *map(str, options)]) == 2
        assert complaint in capsys.readouterr().err
    assert (tmp_path / "a-file").read_text() == "mine"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs Linux's /proc")
def test_qa_eval_refuses_an_output_in_a_folder_it_cannot_write_before_the_run(tmp_path, capsys, monkeypatch):
    import os

    refuse_to_run(monkeypatch)
    questions = write_jsonl(tmp_path / "q.jsonl", [{"id": "a", "question": "Who won?", "answers": []}])
    # /proc exists and refuses new files to root too, whom a folder's mode does not stop.
    folders = [Path("/proc")]
    if os.geteuid() != 0:
        (read_only := tmp_path / "read-only").mkdir()
        read_only.chmod(0o500)
        folders.append(read_only)
    for folder in folders:
        for option, path, named in [("--json-out", folder / "m.json", folder / "m.json"),
                                    ("--predictions", folder / "p.jsonl", folder / "p.jsonl"),
                                    ("--report", folder, folder / REPORT_FILE)]:
            assert main(["eval", str(questions), option, str(path)]) == 2
            assert f"{option} {named}: cannot be written" in capsys.readouterr().err


def test_qa_eval_reader_only_saves_the_best_threshold_in_the_reader_folder(tmp_path, capsys, reader_copy):
    from qa.reader import Reader

    reader = reader_copy()
    questions = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    assert main(["eval", str(questions), "--reader-only", "--reader", str(reader), "--save-threshold"]) == 0
    best = json.loads((reader / "reader.json").read_text())["no_answer_threshold"]
    out, err = capsys.readouterr()
    assert f"saved no-answer threshold {best:.2f}" in out and "--reset-threshold in place of --save-threshold forgets it" in out
    assert "tuned on only 4 questions (1 unanswerable)" in err  # said, not refused (API audit: 0.0002 from 6, unsaid)
    assert Reader.load(reader).meta["no_answer_threshold"] == best
    # the next run says where its threshold came from, and --reset-threshold forgets it before the run (eval review)
    assert main(["eval", str(questions), "--reader-only", "--reader", str(reader)]) == 0
    assert f"threshold   {best:.2f} used (saved with the reader in {reader / 'reader.json'});" in capsys.readouterr().out
    assert main(["eval", str(questions), "--reader-only", "--reader", str(reader), "--reset-threshold"]) == 0
    out = capsys.readouterr().out
    assert f"--reset-threshold: removed the no-answer threshold saved in {reader / 'reader.json'}" in out
    assert "threshold   0.50 used (the default);" in out and "no_answer_threshold" not in (reader / "reader.json").read_text()
    assert main(["eval", str(questions), "--reader-only", "--reader", str(reader), "--reset-threshold"]) == 0
    assert "--reset-threshold: no threshold had been saved with the reader" in capsys.readouterr().out


def test_qa_eval_on_article_questions_saves_the_best_threshold_for_the_articles(tmp_path, capsys):
    questions = write_jsonl(tmp_path / "q.jsonl", [
        {"id": q.id, "question": q.text, "answers": list(q.golds), "type": q.type} for q in SEED_QUESTIONS])
    index = tmp_path / "index"
    assert main(["eval", str(questions), "--index-dir", str(index), "--json-out", str(tmp_path / "scores.json"),
                 "--save-threshold"]) == 0
    console = capsys.readouterr().out
    best = json.loads((index / "assistant.json").read_text())["no_answer_threshold"]
    assert f"saved no-answer threshold {best:.2f}" in console and f"best F1 on this set at {best:.2f}" in console
    assert "threshold   0.50 used (the default);" in console
    # --reset-threshold forgets it before the run, which says where the threshold it used came from (eval review)
    assert main(["eval", str(questions), "--index-dir", str(index), "--reset-threshold"]) == 0
    console = capsys.readouterr().out
    assert f"--reset-threshold: removed the no-answer threshold saved in {index / 'assistant.json'}" in console
    assert "threshold   0.50 used (the default);" in console and not (index / "assistant.json").exists()
    with pytest.raises(SystemExit, match="2"):  # one or the other
        main(["eval", str(questions), "--save-threshold", "--reset-threshold"])
    assert "argument --reset-threshold: not allowed with argument --save-threshold" in capsys.readouterr().err
    scores = json.loads((tmp_path / "scores.json").read_text())
    assert scores["n"] == 3 and set(scores["by_type"]) == {"person", "place", "unanswerable"}
    assert scores["retrieval"]["recall_at_5"] == 100.0


def test_qa_eval_refuses_to_save_a_threshold_in_an_index_folder_it_cannot_write_before_the_run(tmp_path, capsys, monkeypatch):
    questions = write_jsonl(tmp_path / "q.jsonl", [
        {"id": q.id, "question": q.text, "answers": list(q.golds)} for q in SEED_QUESTIONS])
    index = tmp_path / "index"
    # A folder where the settings file should be: its mode says writable (os.access), yet no file can be written there.
    (index / "assistant.json").mkdir(parents=True)
    monkeypatch.setattr(evaluate, "ask_one_by_one", lambda *args, **kwargs: pytest.fail("ran before refusing"))
    assert main(["eval", str(questions), "--index-dir", str(index), "--save-threshold"]) == 2
    assert (f"--save-threshold: {index / 'assistant.json'} cannot be written (Is a directory); "
            "give an --index-dir where it can be") in capsys.readouterr().err


def test_qa_eval_refuses_to_save_a_threshold_in_a_reader_folder_it_cannot_write_before_the_run(tmp_path, capsys, monkeypatch, reader_copy):
    reader = reader_copy()
    (reader / "reader.tmp").mkdir()  # where reader.json is written before it is moved over the old one
    questions = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    monkeypatch.setattr(evaluate, "read_own_paragraphs", lambda *args, **kwargs: pytest.fail("ran before refusing"))
    assert main(["eval", str(questions), "--reader-only", "--reader", str(reader), "--save-threshold"]) == 2
    assert f"--save-threshold: {reader / 'reader.json'} cannot be written (Is a directory)" in capsys.readouterr().err


def test_progress_is_shown_only_on_a_terminal(tmp_path, shipped_reader, monkeypatch):
    questions = load_questions(write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)).questions

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for stderr, shown in ((io.StringIO(), False), (Terminal(), True)):
        monkeypatch.setattr(sys, "stderr", stderr)
        read_own_paragraphs(shipped_reader, questions, threshold=0.5)
        assert ("questions: 100%" in stderr.getvalue()) == shown


def refuse_to_run(monkeypatch) -> None:
    fail = lambda *args, **kwargs: pytest.fail("ran before refusing")
    monkeypatch.setattr(Assistant, "from_articles", fail)
    monkeypatch.setattr(Reader, "load", fail)


def test_qa_eval_refuses_an_output_that_is_an_input_or_another_output(tmp_path, capsys, monkeypatch):
    refuse_to_run(monkeypatch)
    questions = write_jsonl(tmp_path / "q.jsonl", [{"id": "a", "question": "Who won?", "answers": []}])
    earlier = tmp_path / "before.jsonl"
    earlier.write_text("mine\n")
    same_questions = tmp_path / "sub" / ".." / "q.jsonl"
    (tmp_path / "sub").mkdir()
    for options, complaint in [
        (["--json-out", same_questions], f"--json-out {same_questions}: is the question file too"),
        (["--predictions", earlier, "--compare-to", earlier], f"--predictions {earlier}: is --compare-to too"),
        (["--json-out", tmp_path / "out.json", "--predictions", tmp_path / "sub" / ".." / "out.json"], "is --json-out too"),
        (["--json-out", tmp_path / "report" / "report.md", "--report", tmp_path / "report"], f"--report {tmp_path}/report/report.md: is --json-out too"),
        (["--article", tmp_path / "sub", "--report", tmp_path / "sub" / "r"],
         f"--report {tmp_path}/sub/r/report.md: is in a folder given as --article, whose articles it would join"),
    ]:
        assert main(["eval", str(questions), *map(str, options)]) == 2
        assert complaint in capsys.readouterr().err
    assert questions.read_text().startswith('{"id": "a"') and earlier.read_text() == "mine\n"


@pytest.mark.parametrize("answers, which", [([["Khorev"]], "the one question is answerable"),
                                            ([[], []], "all 2 questions are unanswerable")])
def test_qa_eval_refuses_to_save_a_threshold_from_one_kind_of_question_before_the_run(tmp_path, capsys, monkeypatch, answers, which):
    refuse_to_run(monkeypatch)
    questions = write_jsonl(tmp_path / "q.jsonl", [{"id": f"q{i}", "question": "Who won?", "answers": a} for i, a in enumerate(answers)])
    assert main(["eval", str(questions), "--save-threshold"]) == 2
    assert f"--save-threshold: {which}, so the best threshold would be" in capsys.readouterr().err
    # a --limit that leaves out the one kind counts too
    squad = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    assert main(["eval", str(squad), "--reader-only", "--limit", "2", "--save-threshold"]) == 2
    assert "--save-threshold: all 2 questions are answerable" in capsys.readouterr().err


def test_qa_eval_refuses_a_reader_that_cannot_keep_a_threshold_before_the_run(tmp_path, capsys, monkeypatch):
    refuse_to_run(monkeypatch)
    squad = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    (tmp_path / "checkpoint").mkdir()
    for reader in (tmp_path / "checkpoint", "deepset/roberta-base-squad2"):
        assert main(["eval", str(squad), "--reader-only", "--reader", str(reader), "--save-threshold"]) == 2
        assert f"--save-threshold: {reader} has no reader.json" in capsys.readouterr().err


def test_a_threshold_at_which_every_question_is_refused_is_not_saved_and_the_run_s_outputs_are_kept(tmp_path, capsys, monkeypatch):
    # q3, unanswerable, answered from 0.71; q4 answered (wrongly) only from 0.81: F1 50 up to 0.70, then 0
    run = hand_made_run(outcomes=[HAND_MADE[2], replace(HAND_MADE[3], no_answer_probability=0.8)])
    best = best_threshold(sweep(run), 0.5)
    assert best.threshold == 0.5 and best.answered == 0  # refusing all is the only best
    (tmp_path / "index").mkdir()
    monkeypatch.setattr(Assistant, "from_articles", lambda *args, **kwargs: type("Stub", (), {"index_dir": tmp_path / "index"})())
    monkeypatch.setattr(evaluate, "ask_one_by_one", lambda assistant, questions: run)
    questions = write_jsonl(tmp_path / "q.jsonl", [{"id": "a", "question": "Who gave the briefing?", "answers": ["Khorev"]},
                                                   {"id": "b", "question": "Who is the mayor?", "answers": []}])
    # Known only after the run: said, and exit 1 (not 2, a refusal of the input), the outputs written.
    assert main(["eval", str(questions), "--save-threshold", "--json-out", str(tmp_path / "m.json")]) == 1
    assert "qa eval: --save-threshold: not saved: at 0.50, the best on this set, every question is refused (any threshold" \
        in capsys.readouterr().err
    assert json.loads((tmp_path / "m.json").read_text())["n"] == 2 and list((tmp_path / "index").iterdir()) == []


def test_a_threshold_saved_from_few_questions_is_said_to_be_and_one_far_from_the_default_with_what_it_does():
    # A review's 0.000005, saved from 40 questions, had been kept unsaid: it refuses nearly every question.
    unsure = lambda i: Outcome(Question(f"q{i}", "Q?", ("x",) if i % 4 else ()), "x", 0.9, 0.001 if i % 2 else 0.3, 1.0)
    forty = hand_made_run(outcomes=[unsure(i) for i in range(40)])
    assert evaluate.tuned_on_few(forty, 0.3) is None  # 30 or more: enough for a threshold near the default
    assert evaluate.tuned_on_few(forty, 0.000005) == (
        "0.000005 is far from the default 0.50: it answers only where the no-answer probability is under 0.000005, refusing "
        "nearly every question (here 0 of 40 answered; at the default, 40); tuned on only 40 questions (10 unanswerable): it "
        "fits them, and may fit others less well; 200 or more make a steadier one")
    assert evaluate.tuned_on_few(forty, 0.995).startswith(
        "0.995 is far from the default 0.50: it refuses only where the no-answer probability is at least 0.995, answering "
        "nearly every question (here 40 of 40 answered; at the default, 40);")
    ten = hand_made_run(outcomes=[unsure(i) for i in range(10)])
    assert evaluate.tuned_on_few(ten, 0.3) == ("tuned on only 10 questions (3 unanswerable): it fits them, and may fit "
                                               "others less well; 30 or more make a steadier one")


def test_qa_eval_refuses_an_index_folder_for_a_reader_only_run(tmp_path, capsys, monkeypatch):
    refuse_to_run(monkeypatch)
    squad = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    assert main(["eval", str(squad), "--reader-only", "--index-dir", str(tmp_path / "index")]) == 2
    assert "--index-dir is for runs that search articles; --reader-only reads each question's own paragraph" in capsys.readouterr().err
    assert not (tmp_path / "index").exists()


def test_a_refused_run_leaves_a_folder_that_was_there_before_though_named_through_one_made(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    questions = write_jsonl(tmp_path / "q.jsonl", [{"id": "x", "question": "Who is it?", "answers": ["Zelda"]}])
    (tmp_path / "rep").mkdir()
    assert main(["eval", str(questions), "--report", "new/../rep"]) == 2
    assert (tmp_path / "rep").is_dir() and not (tmp_path / "new").exists()


def test_a_run_refused_after_its_outputs_folders_were_made_leaves_none_of_them(tmp_path, capsys):
    questions = write_jsonl(tmp_path / "q.jsonl", [{"id": "x", "question": "Who is it?", "answers": ["Zelda"]}])
    (tmp_path / "kept").mkdir()
    assert main(["eval", str(questions), "--report", str(tmp_path / "new" / "report"),
                 "--json-out", str(tmp_path / "kept" / "sub" / "m.json")]) == 2
    assert "'Zelda' is not in" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept", "q.jsonl"] and list((tmp_path / "kept").iterdir()) == []


def test_qa_eval_documents_asks_an_untitled_row_within_its_own_paragraph(tmp_path, capsys):
    rows = [SQUAD_ROWS[0], {k: v for k, v in SQUAD_ROWS[1].items() if k != "title"}, *SQUAD_ROWS[2:]]
    question_set = load_questions(write_jsonl(tmp_path / "squad.jsonl", rows))
    predictions = tmp_path / "p.jsonl"
    assert main(["eval", str(question_set.path), "--documents", "--index-dir", str(tmp_path / "index"),
                 "--predictions", str(predictions)]) == 0
    sources = {r["id"]: {p["source"] for p in r["passages"]} for r in map(json.loads, predictions.read_text().splitlines())}
    untitled = question_set.questions[1].document
    assert untitled.startswith("untitled paragraph")
    assert sources == {"s1": {"Super_Bowl_50"}, "s2": {untitled}, "s3": {"Super_Bowl_50"}, "s4": {"Rhine"}}
