"""`qa eval --compare-to`: an earlier run's predictions beside this run's, question by question."""
from __future__ import annotations

import json

import pytest

from qa.cli import main
from qa.compare import compare, console_text, load_predictions, markdown
from qa.questions import QuestionSetError
from test_questions import SQUAD_ROWS, write_jsonl  # the same dir: pytest puts it on sys.path


def record(id_: str, prediction: str, f1: float, exact: float | None = None, gold=("Paris",)) -> dict:
    return {"id": id_, "question": f"question {id_}?", "gold": list(gold), "prediction": prediction,
            "answered": bool(prediction), "exact_match": f1 if exact is None else exact, "f1": f1}


EARLIER = [record("fixed", "", 0.0), record("broken", "Paris", 100.0), record("same", "Lyon", 0.0),
           record("partly", "in Paris", 200 / 3, exact=0.0), record("gone", "Paris", 100.0)]
NOW = [record("fixed", "Paris", 100.0), record("broken", "France", 0.0), record("same", "Lyon", 0.0),
       record("partly", "Paris", 100.0), record("new", "Paris", 100.0)]


def by_id(records: list[dict]) -> dict[str, dict]:
    return {r["id"]: r for r in records}


def test_questions_that_got_better_or_worse_are_listed_biggest_change_first():
    comparison = compare(NOW, by_id(EARLIER), "earlier.jsonl")
    assert [c.id for c in comparison.better] == ["fixed", "partly"]  # +100, then +33.3
    assert [c.id for c in comparison.worse] == ["broken"]
    fixed = comparison.better[0]
    assert (fixed.before, fixed.after, fixed.f1_before, fixed.f1_after) == ("", "Paris", 0.0, 100.0)
    assert fixed.question == "question fixed?" and fixed.gold == ["Paris"]


def test_scores_are_compared_on_the_questions_both_runs_asked():
    comparison = compare(NOW, by_id(EARLIER), "earlier.jsonl")
    assert (comparison.compared, comparison.only_now, comparison.only_before) == (4, 1, 1)
    assert comparison.exact_match == pytest.approx((25.0, 50.0))  # fixed, broken, same, partly
    assert comparison.f1 == pytest.approx(((0 + 100 + 0 + 200 / 3) / 4, (100 + 0 + 0 + 100) / 4))


def test_the_console_says_what_moved_and_caps_each_list():
    comparison = compare(NOW, by_id(EARLIER), "runs/earlier.jsonl")
    text = console_text(comparison, shown=1)
    assert text.splitlines()[0] == ("Against earlier.jsonl, on the 4 questions both runs asked (1 only in this run, "
                                    "1 only in the earlier one): EM 25.0 → 50.0 (+25.0), F1 41.7 → 50.0 (+8.3); "
                                    "2 better, 1 worse")
    assert "  better: fixed 'question fixed?': (abstained) → “Paris” (F1 0 → 100)" in text
    assert "… and 1 more better (all in --report)" in text
    assert "  worse: broken 'question broken?': “Paris” → “France” (F1 100 → 0)" in text


def test_the_console_says_one_question_in_common_in_the_singular():
    comparison = compare(NOW[:1], by_id(EARLIER[:1]), "earlier.jsonl")
    assert console_text(comparison).startswith("Against earlier.jsonl, on the one question both runs asked: EM 0.0 → 100.0")


def test_a_reply_across_a_line_break_is_shown_on_one_line():
    comparison = compare([record("a", "Peace Talks\nDespite", 0.0)], by_id([record("a", "Paris", 100.0)]), "earlier.jsonl")
    assert console_text(comparison).splitlines()[1] == "  worse: a 'question a?': “Paris” → “Peace Talks Despite” (F1 100 → 0)"


def test_the_report_section_lists_every_change_in_tables():
    earlier = by_id([record("a", "x | y", 0.0, gold=("b|c",))])
    section = markdown(compare([record("a", "b|c", 100.0, gold=("b|c",))], earlier, "earlier.jsonl"))
    assert section.startswith("## Changes since earlier.jsonl")
    assert "### Better (1)" in section and "### Worse" not in section
    assert "| a | question a? | b\\|c | “x \\| y” | “b\\|c” | 0 → 100 |" in section  # pipes cannot break the table


def test_the_report_section_escapes_the_questions_and_replies():
    from markdown_it import MarkdownIt

    nasty = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) `code`"
    question = record("a", nasty, 100.0, gold=(nasty,)) | {"question": f"# {nasty}\n- item"}
    section = markdown(compare([question], by_id([record("a", "", 0.0) | {"question": question["question"]}]), "earlier<b>.jsonl"))
    html = MarkdownIt("commonmark").enable("table").render(section)
    for markup in ("<img", "<a href", "<code>", "<b>", "<li>", "<h1>"):
        assert markup not in html, markup
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "earlier&lt;b&gt;.jsonl" in html
    assert html.split("<tbody>")[1].count("<td") == 6


def test_questions_whose_text_changed_under_the_same_id_are_counted_said_and_left_out():
    # Eval audit: an id kept for an edited question had its old reply compared as if to the same question; then
    # (session 40) said but still scored, "worse" for a reply to another question.
    earlier = by_id([record("edited", "Paris", 100.0) | {"question": "Where is the Louvre?"}, record("kept", "Lyon", 0.0)])
    now = [record("edited", "1793", 0.0), record("kept", "Lyon", 0.0)]
    comparison = compare(now, earlier, "earlier.jsonl")
    assert comparison.questions_changed == 1 and comparison.compared == 1 and not comparison.worse
    assert console_text(comparison).splitlines()[0] == (
        "Against earlier.jsonl, on the one question both runs asked: EM 0.0 → 0.0 (+0.0), F1 0.0 → 0.0 (+0.0); 0 better, "
        "0 worse (1 more whose text changed since the earlier run left out: its replies were to other questions)")
    assert compare(now, by_id([record("edited", "1793", 0.0), record("kept", "Lyon", 0.0)]), "e.jsonl").questions_changed == 0
    alone = compare([now[0]], earlier, "earlier.jsonl")  # none left to compare: said so, no mean of nothing
    assert alone.compared == 0 and console_text(alone) == ("Against earlier.jsonl: no question both runs asked in the same "
                                                           "words (1 only in the earlier one) (1 more whose text changed since "
                                                           "the earlier run left out: its replies were to other questions)")


def test_the_earlier_replies_are_scored_against_the_current_gold_answers():
    # The gold of "moved" was edited since: the same reply is as wrong before as now, not worse now.
    earlier = by_id([record("moved", "Paris", 100.0), record("kept", "Lyon", 0.0, gold=("Lyon",))])
    now = [record("moved", "Paris", 0.0, gold=("Rome",)), record("kept", "Lyon", 100.0, gold=("Lyon",))]
    comparison = compare(now, earlier, "earlier.jsonl")
    assert comparison.better == comparison.worse == []
    assert comparison.exact_match == comparison.f1 == pytest.approx((50.0, 50.0))  # "kept" is right by both
    assert comparison.golds_changed == 1
    assert console_text(comparison).endswith("0 better, 0 worse (the gold answers of 1 of them changed since the earlier "
                                             "run: both runs' replies are scored against the current ones)")
    # and a reply the edit makes right counts as right before too
    fixed = compare([record("moved", "Paris", 100.0, gold=("Paris", "the capital"))], by_id([record("moved", "the capital", 0.0)]), "e.jsonl")
    assert fixed.f1 == (100.0, 100.0) and fixed.worse == []


def test_a_threshold_or_reader_other_than_the_earlier_run_s_is_said_beside_the_changes():
    # A review's runs had differed in both, unsaid, though each record names them: the changes read as the questions'.
    at = lambda records, threshold, reader: [r | {"threshold": threshold, "reader": reader} for r in records]
    comparison = compare(at(NOW, 0.004, "/r/b (2222)"), by_id(at(EARLIER, 0.5, "/r/a (1111)")), "earlier.jsonl")
    said = "The runs differ in their no-answer threshold (0.50 then, 0.004 now) and reader (/r/a (1111) then, /r/b (2222) now)"
    assert console_text(comparison).splitlines()[1].startswith(said)
    assert "The runs differ in their no-answer threshold \\(0.50 then, 0.004 now\\) and reader \\(/r/a \\(1111\\) then" in markdown(comparison)
    only_threshold = console_text(compare(at(NOW, 0.004, "/r/a (1111)"), by_id(at(EARLIER, 0.5, "/r/a (1111)")), "e.jsonl"))
    assert "no-answer threshold (0.50 then, 0.004 now): the changes are of it too" in only_threshold and "reader" not in only_threshold
    # the same settings, or an earlier file that names none (an earlier version's), say nothing of them
    for earlier in (at(EARLIER, 0.004, "/r/b (2222)"), EARLIER):
        assert "differ" not in console_text(compare(at(NOW, 0.004, "/r/b (2222)"), by_id(earlier), "e.jsonl"))


def test_identical_runs_have_no_changes():
    comparison = compare(NOW, by_id(NOW), "same.jsonl")
    assert comparison.better == comparison.worse == [] and comparison.f1[0] == comparison.f1[1]


def test_runs_with_no_question_in_common_are_refused():
    with pytest.raises(ValueError, match="other.jsonl has none of these 5 questions' ids"):
        compare(NOW, by_id([record("elsewhere", "x", 0.0)]), "other.jsonl")


@pytest.mark.parametrize("bad, complaint", [
    ({"id": "a", "question": "q?", "f1": 0, "exact_match": 0}, "expected a 'prediction' string"),
    ({"id": 3, "question": "q?", "prediction": "", "f1": 0, "exact_match": 0}, "expected an 'id' string"),
    ({"id": "a", "question": "q?", "prediction": "", "gold": "Paris"}, "expected a 'gold' list of strings"),
    (record("fixed", "", 0.0), "the id fixed appears twice"),
    ("{not json", "not valid JSON"),
])
def test_a_bad_predictions_file_is_refused_with_its_line(tmp_path, bad, complaint):
    path = write_jsonl(tmp_path / "earlier.jsonl", [EARLIER[0], bad], blank_lines=(1,))
    with pytest.raises(QuestionSetError, match=f"earlier.jsonl:3: {complaint}"):
        load_predictions(path)


def test_qa_eval_compares_with_an_earlier_runs_predictions(tmp_path, capsys):
    questions = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    earlier = tmp_path / "earlier.jsonl"
    assert main(["eval", str(questions), "--reader-only", "--predictions", str(earlier)]) == 0
    capsys.readouterr()
    # The same readings against a changed gold answer: both runs are wrong on that question now, neither better nor worse.
    changed = [dict(row) for row in SQUAD_ROWS]
    changed[3] = {**changed[3], "answers": [{"text": "Rotterdam", "answer_start": changed[3]["context"].index("Rotterdam")}]}
    before = {r["id"]: r for r in map(json.loads, earlier.read_text().splitlines())}
    assert before["s4"]["f1"] == 100.0  # the reader finds "North Sea"
    report = tmp_path / "report"
    assert main(["eval", str(write_jsonl(tmp_path / "changed.jsonl", changed)), "--reader-only",
                 "--compare-to", str(earlier), "--report", str(report)]) == 0
    console = capsys.readouterr().out
    assert "Against earlier.jsonl, on the 4 questions both runs asked:" in console
    assert "; 0 better, 0 worse (the gold answers of 1 of them changed since the earlier run" in console
    assert "s4" not in console
    assert "## Changes since earlier.jsonl" in (report / "report.md").read_text()


def test_qa_eval_refuses_a_bad_predictions_file_before_loading_a_model(tmp_path, capsys):
    questions = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    bad = write_jsonl(tmp_path / "scores.jsonl", [{"question": "q?", "n": 3}])
    assert main(["eval", str(questions), "--reader-only", "--compare-to", str(bad), "--reader", str(tmp_path / "none")]) == 2
    assert "scores.jsonl:1: expected an 'id' string" in capsys.readouterr().err


def test_a_metrics_file_given_for_predictions_is_named_as_such_and_gzipped_metrics_are_gzip(tmp_path, capsys):
    import gzip

    questions = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    metrics = tmp_path / "metrics.json.gz"  # written as its name says, as --predictions files are
    assert main(["eval", str(questions), "--reader-only", "--json-out", str(metrics)]) == 0
    assert json.loads(gzip.decompress(metrics.read_bytes()))["n"] == len(SQUAD_ROWS)
    capsys.readouterr()
    assert main(["eval", str(questions), "--reader-only", "--compare-to", str(metrics)]) == 2
    assert "holds a run's metrics (--json-out); --compare-to takes the replies a run writes with --predictions" in capsys.readouterr().err


def test_a_metrics_file_named_gz_but_plain_is_named_as_metrics(tmp_path):
    # Gzip is told by its first bytes, as question files are: read as gzip by its name, it had been taken for no metrics.
    metrics = tmp_path / "metrics.json.gz"
    metrics.write_text(json.dumps({"n": 1, "has_answer": {"n": 1}}, indent=2))
    with pytest.raises(QuestionSetError, match="metrics.json.gz holds a run's metrics"):
        load_predictions(metrics)


def test_qa_eval_refuses_predictions_of_other_questions_before_loading_a_model(tmp_path, capsys):
    questions = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    other = write_jsonl(tmp_path / "other.jsonl", [{"id": "elsewhere", "question": "q?", "prediction": "x", "f1": 0.0, "exact_match": 0.0,
                                                    "gold": [], "answered": True}])
    # A missing reader would fail on loading: the refusal must come first.
    assert main(["eval", str(questions), "--reader-only", "--compare-to", str(other), "--reader", str(tmp_path / "none")]) == 2
    assert f"{other} has none of these {len(SQUAD_ROWS)} questions' ids" in capsys.readouterr().err


def test_qa_eval_compares_with_gzipped_predictions_it_wrote(tmp_path, capsys):
    questions = write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)
    earlier = tmp_path / "earlier.jsonl.gz"  # read as gzip by its name, so it must be written so
    assert main(["eval", str(questions), "--reader-only", "--predictions", str(earlier)]) == 0
    assert main(["eval", str(questions), "--reader-only", "--compare-to", str(earlier)]) == 0
    assert "Against earlier.jsonl.gz, on the 4 questions both runs asked:" in capsys.readouterr().out


def test_the_report_section_shows_each_gold_once():
    repeated = ("the North Sea", "North Sea", "North Sea")  # SQuAD rows repeat the annotators' agreeing answers
    comparison = compare([record("a", "Rotterdam", 0.0, gold=repeated)], by_id([record("a", "North Sea", 100.0, gold=repeated)]), "e.jsonl")
    assert "| the North Sea / North Sea |" in markdown(comparison)
