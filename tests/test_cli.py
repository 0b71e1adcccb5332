"""`qa ask` and `qa index`: answers as text or JSON Lines, one per question in order; on bad input,
exit code 2 and one `qa: error:` line that says what is wrong and with which file or question; a
damaged index is rebuilt with one clear line."""
from __future__ import annotations

import codecs
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from qa.assistant import SEED_ARTICLE
from qa.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([*map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("qa: error: ")
    return lines[0].removeprefix("qa: error: ")


@pytest.fixture()
def files(tmp_path) -> dict[str, Path]:
    made = {
        "empty.txt": b"",
        "blank.md": b"  \n\n\t ",
        "wordless.txt": b"?!?",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00",
        "latin1.txt": "Le café est fermé.".encode("latin-1"),
        "notes.rtf": b"{\\rtf1 words}",
        "broken.pdf": b"%PDF-1.4 words",
        "huge.txt": b"word " * 400_001,
    }
    for name, data in made.items():
        (tmp_path / name).write_bytes(data)
    return {name: tmp_path / name for name in made}


@pytest.mark.parametrize("argv, shown", [
    (["--help"], "average-readers"), (["ask", "--help"], "--top-k"), (["ask", "   "], "qa: error: The question is empty."),
])
def test_help_and_a_bad_question_answer_without_loading_torch(argv, shown):
    """Torch and transformers take seconds to import: commands that need no model must not wait for them."""
    script = f"import sys; from qa.cli import main\ntry: main({argv!r})\nexcept SystemExit: pass\nprint('torch' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert shown in done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "False"


@pytest.mark.parametrize("command, option", [("train-reader", "--finish-within-minutes"), ("eval", "--save-threshold"),
                                             ("calibrate", "--save"), ("average-readers", "--out")])
def test_the_larger_commands_describe_their_options(capsys, command, option):
    with pytest.raises(SystemExit) as stopped:
        main([command, "--help"])
    assert stopped.value.code == 0 and option in capsys.readouterr().out


@pytest.mark.parametrize("command", ["ask", "index", "eval", "chat"])
def test_every_command_taking_an_index_folder_says_what_it_is(capsys, command):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "--index-dir DIR where the article index is kept" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("top_k", ["0", "-3", "two", "3²", "٣"])
def test_ask_refuses_a_count_of_passages_to_cite_under_one(capsys, top_k):
    with pytest.raises(SystemExit) as exit:
        main(["ask", "Who?", "--top-k", top_k])
    assert exit.value.code == 2
    assert f"argument --top-k: expected a whole number of at least 1, not '{top_k}'" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["ask", "Who?"], ["chat"]])
def test_several_paths_after_one_article_option_are_refused_saying_to_repeat_it(capsys, command):
    with pytest.raises(SystemExit) as exit:
        main([*command, "--article", "a.txt", "b.txt"])
    assert exit.value.code == 2 and capsys.readouterr().err.splitlines()[-1] == (
        "qa: error: unrecognized arguments: b.txt; give --article once per file or folder: --article a.txt --article b.txt")
    with pytest.raises(SystemExit):
        main([*command, "--article=a.txt", "b.txt"])
    assert capsys.readouterr().err.splitlines()[-1].endswith("b.txt; give --article once per file or folder: --article a.txt --article b.txt")
    for wrong in (["--bogus"], ["--article", "a.txt", "--bogus"]):  # an unknown option is no second path
        with pytest.raises(SystemExit):
            main([*command, *wrong])
        assert capsys.readouterr().err.splitlines()[-1] == "qa: error: unrecognized arguments: --bogus"


def test_index_refuses_an_empty_index_folder_as_ask_does(capsys):
    # helper's API test: `qa index PATH --index-dir ""` had built in the user's cache, where `qa ask` refuses ""
    code, _, err = run(capsys, "index", SEED_ARTICLE, "--index-dir", "")
    assert code == 2 and error_line(err).startswith("the index folder (index_dir=, --index-dir) is empty")


@pytest.mark.parametrize("port", ["65536", "99999", "-1", "0", "http", "8²", "٨٠٨٠"])  # 0: Gradio cannot serve on "any port"
def test_chat_refuses_a_port_out_of_range_before_anything_loads(capsys, port, monkeypatch):
    monkeypatch.setattr("qa.cli.chat", lambda args: pytest.fail("started with a port that cannot be"))
    with pytest.raises(SystemExit) as exit:
        main(["chat", "--port", port])
    assert exit.value.code == 2
    assert f"argument --port: expected a port number from 1 to 65535, not '{port}'" in capsys.readouterr().err


@pytest.mark.parametrize("question, message", [
    ("", "The question is empty."),
    ("   \t  ", "The question is empty."),
    ("\x00\x1b\x7f", "The question is empty."),
    ("q" * 100_000, "The question is 100,000 characters long; the limit is 1,000."),
])
def test_ask_refuses_a_bad_question(capsys, question, message):
    code, out, err = run(capsys, "ask", question)
    assert (code, out) == (2, "")
    assert error_line(err) == message


def test_ask_refuses_a_bad_question_among_several_naming_which(capsys):
    code, out, err = run(capsys, "ask", "Who is the ambassador?", " \t ", "Where?")
    assert (code, out) == (2, "")
    assert error_line(err) == "question 2 on the command line: The question is empty."
    code, out, err = run(capsys, "ask", "Who is the ambassador?", "Where?")  # before any model is loaded
    assert (code, out) == (2, "")
    assert error_line(err) == ("question 2 on the command line: “Where?” asks nothing on its own; ask a whole question "
                               "that names what it asks about.")


def test_a_bad_question_on_standard_input_is_named_by_its_line(monkeypatch):
    from qa.cli import questions_to_ask
    from qa.questions import QuestionError

    # Blank lines are skipped: it had been named "question 2", its place among the questions.
    with pytest.raises(QuestionError, match=r"^standard input line 4: The question has no words\.$"):
        questions_to_ask(["-"], io.StringIO("Who spoke?\n\n\n?\n"))
    with pytest.raises(QuestionError, match=r"^standard input line 1: The question has no words\.$"):
        questions_to_ask(["Who is the ambassador?", "-"], io.StringIO("?\n"))


def test_questions_on_standard_input_are_its_lines_and_only_those(monkeypatch):
    from qa.cli import questions_to_ask

    lines = io.StringIO("Who gave the\u2028media briefing?\r\n\nWhere was it\u0085held?\n")
    assert questions_to_ask(["First?", "-"], lines) == ["First?", "Who gave the\u2028media briefing?", "Where was it\u0085held?"]


def test_questions_on_standard_input_are_read_as_utf_8_or_utf_16_behind_its_byte_order_mark():
    from qa.cli import questions_to_ask

    lines = "Who is the ambassador?\r\nWhere was the café?\r\n"
    for data in (lines.encode("utf-8"), lines.encode("utf-8-sig"), lines.encode("utf-16"), codecs.BOM_UTF16_BE + lines.encode("utf-16-be")):
        stdin = io.TextIOWrapper(io.BytesIO(data), errors="surrogateescape")  # as Python opens a pipe
        assert questions_to_ask(["-"], stdin) == ["Who is the ambassador?", "Where was the café?"]


def test_ask_refuses_standard_input_that_is_not_utf_8_naming_the_line(capsys, monkeypatch):
    # Read as Python reads a pipe, the é would become a code that cleaning drops: another question than the one typed.
    stdin = io.TextIOWrapper(io.BytesIO("Who is the ambassador?\nWhere was the café?\n".encode("latin-1")), errors="surrogateescape")
    monkeypatch.setattr("sys.stdin", stdin)
    code, out, err = run(capsys, "ask", "-")
    assert (code, out) == (2, "")
    assert error_line(err) == "standard input is not UTF-8 text (line 2); give the questions as UTF-8"


def test_ask_refuses_a_question_on_the_command_line_that_is_not_utf_8(capsys, monkeypatch):
    # As Python passes on a command line's bytes that are not UTF-8 ("café" typed in Latin-1): cleaning would drop the é.
    typed = "Where was the café?".encode("latin-1").decode("utf-8", errors="surrogateescape")
    code, out, err = run(capsys, "ask", "Who is the ambassador?", typed)
    assert (code, out) == (2, "")
    assert error_line(err) == "question 2 on the command line is not UTF-8 text; give the questions as UTF-8"
    monkeypatch.setattr("sys.stdin", io.StringIO("Who came first?\nWho came second?\n"))  # counted by place, not by question
    code, out, err = run(capsys, "ask", "-", typed)
    assert error_line(err) == "question 2 on the command line is not UTF-8 text; give the questions as UTF-8"


@pytest.mark.parametrize("given", [["-"], ["Who is the ambassador?", "-"]])
def test_ask_refuses_standard_input_without_a_question(capsys, monkeypatch, given):
    # Beside a question on the command line, an empty "-" had been passed over in silence (session 52's API review).
    monkeypatch.setattr("sys.stdin", io.StringIO("\n  \n\t\n"))
    code, out, err = run(capsys, "ask", *given)
    assert (code, out) == (2, "")
    assert error_line(err) == "no questions on standard input"


def test_ask_prints_the_answer_with_its_confidence_place_and_passage(capsys):
    code, out, err = run(capsys, "ask", "Who gave the media briefing?")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "Albert P. Khorev"
    assert re.fullmatch(r"  confidence \d+% · russia-ukraine-peace-talks\.txt \[\d+:\d+\]", lines[1])
    assert lines[2].startswith("  “") and "Albert P. Khorev" in lines[2]


def test_ask_says_how_a_question_with_a_misspelt_word_was_understood(capsys):
    code, out, _ = run(capsys, "ask", "Who gave the meida briefing?")
    assert code == 0 and out.splitlines()[:2] == ["(understood as: Who gave the media briefing?)", "Albert P. Khorev"]
    _, out, _ = run(capsys, "ask", "Who gave the meida briefing?", "--json")
    assert json.loads(out)["question"] == "Who gave the meida briefing?"  # the answer keeps the question as typed


def test_ask_answers_several_questions_typed_as_one_each_in_turn(capsys):
    # Asked whole, only the first had been answered ("Albert P. Khorev"), as the chat had answered it before session 56.
    code, out, _ = run(capsys, "ask", "who gave the media briefing and where was it held?", "When did Putin resume talks?")
    asked = [line for line in out.splitlines() if line.startswith("Q: ")]
    assert code == 0 and asked == ["Q: Who gave the media briefing?", "Q: Where was the media briefing held?",
                                   "Q: When did Putin resume talks?"]  # each part as understood, in the order asked
    assert "\nISLAMABAD\n" in out and "\nMay 2025\n" in out
    _, out, _ = run(capsys, "ask", "Which country did Khorev thank, and why?", "--json")
    answers = [json.loads(line) for line in out.splitlines()]
    assert [(a["question"], a["text"]) for a in answers][0] == ("Which country did Khorev thank?", "Pakistan")
    assert answers[1]["question"] == "Why did Khorev thank Pakistan?" and "neutrality" in answers[1]["text"]


def test_the_answer_is_bold_in_its_passage_on_a_terminal_only(monkeypatch):
    import io
    import sys

    from qa.answer import Answer, Citation
    from qa.cli import print_answer

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    passage = Citation("a.txt", 0, 33, "Alpha came first. Beta \x1b[2Jwon.", 1.0, 18, 22)
    answer = Answer("Who won?", "Beta", True, 0.9, "a.txt", 18, 22, [passage])
    for stdout, line in ((Terminal(), "  “Alpha came first. \x1b[1mBeta\x1b[22m \\x1b[2Jwon.”"),
                         (io.StringIO(), "  “Alpha came first. Beta \\x1b[2Jwon.”")):
        monkeypatch.setattr(sys, "stdout", stdout)
        print_answer(answer, as_json=False, several=False)
        assert stdout.getvalue().splitlines()[2] == line
    # Read as its article reads (a Markdown article's markup left out), the answer still in bold.
    passage = Citation("a.md", 0, 26, "Alpha came first. **Beta**", 1.0, 20, 24)
    answer = Answer("Who came next?", "Beta", True, 0.9, "a.md", 20, 24, [passage])
    stdout = Terminal()
    monkeypatch.setattr(sys, "stdout", stdout)
    print_answer(answer, False, False, read_as=lambda source, start, end: passage.text[start:end].replace("*", ""))
    assert stdout.getvalue().splitlines()[2] == "  “Alpha came first. \x1b[1mBeta\x1b[22m”"


def test_a_refusal_at_a_threshold_under_its_no_answer_probability_says_the_threshold_refused_it(capsys):
    # A review's: at a saved threshold of 0.000005, a refusal had read "(no-answer probability 0%)", as if nothing refused it.
    from qa.answer import Answer
    from qa.cli import print_answer

    refused = lambda probability: Answer("Who won?", "", False, probability, no_answer_probability=probability)
    print_answer(refused(0.00004), as_json=False, several=False, threshold=0.000005)
    assert capsys.readouterr().out == ("The article doesn't say. (no-answer probability under 1%, refused at the no-answer "
                                       "threshold 0.000005)\n")
    print_answer(refused(0.3), as_json=False, several=False, threshold=0.2)
    assert "(no-answer probability 30%, refused at the no-answer threshold 0.20)" in capsys.readouterr().out
    print_answer(refused(0.73), as_json=False, several=False, threshold=0.5)  # no answer the likelier: reason enough
    assert "(no-answer probability 73%)\n" in capsys.readouterr().out


def test_ask_says_where_a_threshold_other_than_the_default_comes_from(tmp_path, capsys, embedder, shipped_reader):
    # A threshold saved with `qa eval --save-threshold` had gone unnoticed (eval review).
    from qa.assistant import Assistant

    (tmp_path / "a.txt").write_text("Alpha was first. Beta came second.")
    options = ["--article", tmp_path / "a.txt", "--index-dir", tmp_path / "index"]
    code, out, err = run(capsys, "ask", "Who came second?", *options)
    assert code == 0 and err == ""  # the default, unsaid
    Assistant.from_files([tmp_path / "a.txt"], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                         log=None).save_threshold(0.0)  # refuses every question
    code, out, err = run(capsys, "ask", "Who came second?", *options)
    assert code == 0 and err == f"qa: no-answer threshold 0.00, saved for these articles in {tmp_path / 'index' / 'assistant.json'}\n"
    assert "refused at the no-answer threshold 0.00)" in out


def test_a_command_in_a_terminal_prints_no_library_progress_bars(tmp_path):
    import os
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("Alpha was first. Beta came second.")
    # As a user's shell has it: without the settings this test process took on when it imported the index.
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_DISABLE_PROGRESS_BARS", "TRANSFORMERS_VERBOSITY")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    done = subprocess.run([sys.executable, "-m", "qa.cli", "ask", "Who came second?", "--article", str(tmp_path / "a.txt"),
                           "--index-dir", str(tmp_path / "index")], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stdout and done.stderr == ""


def test_loading_the_embedder_leaves_progress_bars_as_they_were():
    import warnings

    from transformers.utils import logging as transformers_logging

    from index.embedding import Embedder

    found = transformers_logging.is_progress_bar_enabled()
    with warnings.catch_warnings():  # huggingface_hub warns that HF_HUB_DISABLE_PROGRESS_BARS keeps its own bars off
        warnings.simplefilter("ignore")
        try:
            for enabled in (True, False):
                (transformers_logging.enable_progress_bar if enabled else transformers_logging.disable_progress_bar)()
                Embedder()
                assert transformers_logging.is_progress_bar_enabled() is enabled
        finally:  # as this test found them, or later tests' captured output gains bars
            (transformers_logging.enable_progress_bar if found else transformers_logging.disable_progress_bar)()


def test_ask_answers_questions_from_arguments_and_standard_input_in_order_as_json_lines(capsys, monkeypatch):
    from qa.answer import Answer

    monkeypatch.setattr("sys.stdin", io.StringIO("Who gave the media briefing?\n\nWhat is the capital of Australia?\n"))
    code, out, err = run(capsys, "ask", "How many states supported the Russian resolution at the UN?", "-", "--json")
    answers = [Answer.from_dict(json.loads(line)) for line in out.splitlines()]
    assert code == 0
    assert [a.question for a in answers] == ["How many states supported the Russian resolution at the UN?",
                                             "Who gave the media briefing?", "What is the capital of Australia?"]
    assert [(a.answered, a.text) for a in answers] == [(True, "119"), (True, "Albert P. Khorev"), (False, "")]
    article = SEED_ARTICLE.read_text(encoding="utf-8")
    assert all(article[a.start:a.end] == a.text for a in answers[:2])


def test_ask_answers_from_a_pdf_with_offsets_into_its_text(capsys, tmp_path, news_pdf):
    from qa.answer import Answer

    (tmp_path / "talks.pdf").write_bytes(news_pdf)
    code, out, err = run(capsys, "ask", "Who told reporters in Islamabad?", "--article", tmp_path / "talks.pdf",
                         "--index-dir", tmp_path / "index", "--json")
    answer = Answer.from_dict(json.loads(out))
    assert code == 0 and (answer.answered, answer.text, answer.source, answer.page) == (True, "Albert Khorev", "talks.pdf", 1)
    assert "Page 1" not in " ".join(c.text for c in answer.citations)
    code, out, err = run(capsys, "ask", "When will the exchange of prisoners of war begin?", "--article", tmp_path / "talks.pdf",
                         "--index-dir", tmp_path / "index")
    assert code == 0 and out.startswith("May\n  confidence ") and " · talks.pdf, page 2 [" in out
    code, out, err = run(capsys, "ask", "What is the capital of Australia?", "--article", tmp_path / "talks.pdf",
                         "--index-dir", tmp_path / "index")
    assert code == 0 and out.startswith("The article doesn't say. (no-answer probability ")
    assert "\n  closest passage (talks.pdf, page" in out
    code, out, err = run(capsys, "ask", "Who told reporters in Islamabad in 2019?", "--article", tmp_path / "talks.pdf",
                         "--index-dir", tmp_path / "index")
    assert code == 0 and out.startswith("The article doesn't say: it never mentions “2019”. (no-answer probability 100%)")


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "is empty (no words to answer from)"),
    ("blank.md", "is empty (no words to answer from)"),
    ("wordless.txt", "has no words to answer from (only punctuation or symbols)"),
    ("binary.txt", "looks binary (contains NUL bytes), not a text article"),
    ("latin1.txt", "not UTF-8 text (bad byte at position 6); save it as UTF-8"),
    ("notes.rtf", "only .txt, .md, .html, .pdf and .docx articles are supported"),
    ("broken.pdf", "cannot be read as a PDF (PDFSyntaxError: No /Root object! - Is this really a PDF?)"),
    ("huge.txt", "2,000,005 bytes is over the 2,000,000-byte limit for an article"),
])
@pytest.mark.parametrize("command", ["ask", "index"])
def test_a_bad_article_is_refused_naming_the_file(capsys, files, name, reason, command):
    argv = ["ask", "Who is the ambassador?", "--article", files[name]] if command == "ask" else ["index", files[name]]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    message = error_line(err)
    assert name in message and message.endswith(reason)


@pytest.mark.parametrize("command", ["ask", "index"])
def test_a_missing_article_is_refused_naming_the_path(capsys, tmp_path, command):
    missing = tmp_path / "gone" / "story.txt"
    argv = ["ask", "Who is the ambassador?", "--article", missing] if command == "ask" else ["index", SEED_ARTICLE, missing]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert error_line(err) == f"{missing}: cannot be read (No such file or directory)"


def test_files_of_one_name_are_told_apart_by_their_folders_and_a_file_given_twice_is_read_once(capsys, tmp_path):
    for folder in ("2024/a", "2025/a", "2025/b"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "story.txt").write_text(f"The story from folder {folder} is about the harbour.")
    (tmp_path / "other.txt").write_text("Another story.")
    paths = [tmp_path / f / "story.txt" for f in ("2024/a", "2025/a", "2025/b")]
    code, out, err = run(capsys, "ask", "Which folder is the story from?", "--json", "--top-k", "5", "--article", paths[0],
                         "--article", paths[1], "--article", paths[2], "--article", tmp_path / "2025" / "b" / ".." / "b" / "story.txt",
                         "--article", tmp_path / "other.txt", "--index-dir", tmp_path / "index")
    assert code == 0, err
    cited = {c["source"] for c in json.loads(out)["citations"]}
    assert cited <= {"2024/a/story.txt", "2025/a/story.txt", "2025/b/story.txt", "other.txt"} and len(cited) >= 3



def test_ask_prints_an_answer_from_a_markdown_article_as_it_reads_and_its_json_verbatim(capsys, tmp_path):
    # API audit (session 28): "Mayor [Ines Varga](https://example.com/iv)" had been printed, link and all.
    article = tmp_path / "bridge.md"
    article.write_text("## Bridges\n\nThe **Tolvik** bridge was opened by Mayor [Ines Varga](https://example.com/iv) in 2025.\n")
    code, out, err = run(capsys, "ask", "Who opened the Tolvik bridge?", "--article", article, "--index-dir", tmp_path / "index")
    assert code == 0 and out.splitlines()[0] == "Mayor Ines Varga", err
    # Its passage too (a second API audit, session 38: "**", links and all had been printed).
    assert "The Tolvik bridge was opened by Mayor Ines Varga in 2025.”" in out and not any(mark in out for mark in ("*", "#", "](")), out
    code, out, err = run(capsys, "ask", "Who opened the Tolvik bridge?", "--json", "--article", article, "--index-dir", tmp_path / "index")
    assert json.loads(out)["text"] == "Mayor [Ines Varga](https://example.com/iv)"


def test_ask_json_is_one_line_an_answer_whatever_line_ends_its_article_holds(capsys, tmp_path):
    # Session 52's API review: an article's U+2028, left raw by json.dumps, cut a --json line in two for splitlines().
    article = tmp_path / "bridge.txt"
    article.write_text("Harbour news.\u2028The Tolvik bridge reopened on 3 May 2024\u2029after repairs\x85costing £42 million.\n")
    code, out, err = run(capsys, "ask", "When did the Tolvik bridge reopen?", "How much did the repairs cost?", "--json",
                         "--article", article, "--index-dir", tmp_path / "index")
    assert code == 0 and len(out.splitlines()) == 2, out
    passage = json.loads(out.splitlines()[0])["citations"][0]["text"]
    assert "\u2028The Tolvik bridge reopened" in passage and "\x85costing" in passage


def test_a_folder_of_articles_is_asked_as_one_set_and_a_bad_file_in_it_is_named_safely(capsys, tmp_path):
    (tmp_path / "news" / "2025").mkdir(parents=True)
    (tmp_path / "news" / "harbour.md").write_text("The harbour was dredged in 1998 by the Calder company.")
    (tmp_path / "news" / "2025" / "bridge.txt").write_text("The Tolvik bridge was opened by Mayor Ines Varga in 2025.")
    code, out, err = run(capsys, "ask", "Who opened the Tolvik bridge?", "--json", "--article", tmp_path / "news",
                         "--index-dir", tmp_path / "index")
    assert code == 0, err
    answer = json.loads(out)
    assert answer["text"] == "Mayor Ines Varga" and answer["source"] == "bridge.txt"
    code, out, err = run(capsys, "ask", "What is the capital of Australia?", "--article", tmp_path / "news",
                         "--index-dir", tmp_path / "index")
    assert code == 0 and out.startswith("The articles don't say. (no-answer probability ")  # two articles searched
    (tmp_path / "news" / "\x1b]0;PWNED\x07.txt").write_bytes(b"\x00\x01binary")
    code, out, err = run(capsys, "index", tmp_path / "news", "--index-dir", tmp_path / "index")
    assert code == 2 and "\x1b" not in err and "\x07" not in err
    assert err == f"qa: error: {tmp_path}/news/\\x1b]0;PWNED\\x07.txt: looks binary (contains NUL bytes), not a text article\n"


def test_ask_answers_what_the_articles_are_about_and_which_name_a_topic_with_one_answer_of_each(capsys, tmp_path):
    # One lead had answered, the closest article's, as the chat had before it gave each one's.
    (tmp_path / "ferry.txt").write_text("Ferry back in service\n\nThe passenger ferry to Porthdowan resumed sailings on "
                                        "Tuesday morning after a six-week repair to its engine.\n")
    (tmp_path / "kettle.txt").write_text("Aster kettle\n\nThe Aster is a kettle for people who care about what goes "
                                         "into their cup, with five preset temperatures.\n\nIt is made in Porthdowan.\n")
    code, out, err = run(capsys, "ask", "What are these articles about?", "--json", "--article", tmp_path / "ferry.txt",
                         "--article", tmp_path / "kettle.txt", "--index-dir", tmp_path / "index")
    assert code == 0, err
    answers = [json.loads(line) for line in out.splitlines()]
    assert [(answer["source"], answer["text"][:20]) for answer in answers] == [
        ("ferry.txt", "The passenger ferry "), ("kettle.txt", "The Aster is a kettl")]
    code, out, err = run(capsys, "ask", "Which articles mention Porthdowan?", "--json", "--article", tmp_path / "ferry.txt",
                         "--article", tmp_path / "kettle.txt", "--index-dir", tmp_path / "index")
    assert sorted(json.loads(line)["source"] for line in out.splitlines()) == ["ferry.txt", "kettle.txt"]  # one of each


@pytest.mark.parametrize("reader", ["/nonexistent/reader", "no/such/reader"])
def test_ask_with_a_missing_reader_names_the_path_and_the_fix(capsys, reader):
    code, out, err = run(capsys, "ask", "Who is the ambassador?", "--reader", reader)
    assert (code, out) == (2, "")
    message = error_line(err)
    assert reader.lstrip("./") in message and "config.json missing" in message and "qa train-reader" in message


@pytest.mark.parametrize("reader", ["/nonexistent", "./no-such-reader"])
def test_reader_load_of_a_missing_folder_with_one_slash_names_the_fix(reader):
    from qa.reader import Reader, ReaderNotFound

    with pytest.raises(ReaderNotFound, match="no-such-reader|nonexistent") as error:
        Reader.load(reader)
    assert "config.json missing" in str(error.value) and "qa train-reader" in str(error.value)


def test_index_counts_in_words_that_agree_with_the_numbers(capsys, tmp_path):
    article = tmp_path / "note.txt"
    article.write_text("The bridge opened in 1932.\n")
    code, out, err = run(capsys, "index", article, "--index-dir", tmp_path / "index")
    assert code == 0 and out.startswith("1 passage from 1 article in ")


def test_index_says_whether_it_built_the_index_or_found_it_up_to_date_and_which_article_reads_unlike_english(capsys, tmp_path):
    german = tmp_path / "brücke.txt"
    german.write_text("Die Brücke wurde im Jahr 1932 eröffnet und ist seitdem das Wahrzeichen der Stadt. " * 4)
    for said in ("built", "up to date, read"):
        code, out, err = run(capsys, "index", german, "--index-dir", tmp_path / "index")
        assert code == 0 and re.fullmatch(rf"1 passage from 1 article in {tmp_path}/index \({said} in \d+\.\d s\)\n", out)
        assert err.startswith("brücke.txt reads little like English prose (") and len(err.splitlines()) == 1


def test_index_rebuilds_a_corrupt_index_with_one_clear_line(capsys, tmp_path):
    folder = tmp_path / "index"
    code, out, err = run(capsys, "index", SEED_ARTICLE, "--index-dir", folder)
    assert code == 0 and f"in {folder}" in out
    passages = out.split()[0]
    manifest = json.loads((folder / "manifest.json").read_text())
    vectors = folder / manifest["files"]["vectors"]["file"]
    vectors.write_bytes(vectors.read_bytes()[:100])  # truncated, as by a full disk

    code, out, err = run(capsys, "index", SEED_ARTICLE, "--index-dir", folder)
    assert code == 0 and out.split()[0] == passages
    assert err.splitlines() == [f"Index at {folder} is corrupt ({vectors.name} does not match its checksum); rebuilding it."]

    code, out, err = run(capsys, "index", SEED_ARTICLE, "--index-dir", folder)
    assert code == 0 and err == ""  # whole again: loaded, not rebuilt


def test_index_into_a_folder_it_cannot_save_in_fails_in_one_line(capsys, tmp_path, monkeypatch):
    def cannot_write(path, data):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("index.store._write_atomic", cannot_write)  # as a read-only folder (root writes anywhere)
    folder = tmp_path / "index"
    code, out, err = run(capsys, "index", SEED_ARTICLE, "--index-dir", folder)
    assert (code, out) == (2, "")  # not "… passages in FOLDER" for an index that is only in memory
    assert error_line(err) == f"{folder}: the index could not be saved there (PermissionError: Permission denied)"


def test_ask_prints_control_characters_of_an_article_as_codes(capsys, tmp_path):
    article = tmp_path / "bridge.txt"
    article.write_text("The bridge was designed by Ada \x1b[2J\x1b]0;PWNED\x07Lind in 1901.\nIt spans the river.")
    code, out, err = run(capsys, "ask", "When was the bridge designed?", "--article", str(article), "--index-dir", str(tmp_path / "i"))
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2J" in out


def test_an_error_naming_a_path_with_a_line_break_in_it_is_one_line(capsys, tmp_path):
    missing = tmp_path / "draft\nfinal" / "x.txt"
    code, out, err = run(capsys, "ask", "Who is the ambassador?", "--article", str(missing))
    assert code == 2 and err == f"qa: error: {tmp_path}/draft\\nfinal/x.txt: cannot be read (No such file or directory)\n"


def test_ask_prints_an_article_saved_on_windows_with_its_line_ends_not_as_codes(capsys, tmp_path):
    article = tmp_path / "bridge.txt"
    article.write_bytes(b"The bridge was designed by Ada Lind in 1901.\r\nIt spans the river.\r\nA lone \r overwrites.")
    code, out, err = run(capsys, "ask", "When was the bridge designed?", "--article", article, "--index-dir", tmp_path / "i")
    assert code == 0, err
    assert "1901.\r\nIt spans" in out and "A lone \\r overwrites" in out


def test_a_reader_that_stops_reading_ends_the_command_quietly(tmp_path):
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("Alpha came first. Beta came second. Gamma came third.")
    command = (f"printf 'Who came first?\\nWho came second?\\nWho came third?\\n' | {sys.executable} -m qa.cli ask - "
               f"--article {article} --index-dir {tmp_path / 'i'} | true; echo ${{PIPESTATUS[1]}}")  # closed before any answer
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=300)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert result.stdout.strip() == "141"  # as a command SIGPIPE ends: no failure of its own


def test_answers_with_standard_output_closed_are_refused_in_one_line(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(["bash", "-c", f"{sys.executable} -m qa.cli ask 'Who gave the media briefing?' --json >&-"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and result.stderr == "qa: error: standard output is closed: nowhere to write the answers\n"


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_a_terminal_that_cannot_show_a_character_gets_the_answer_in_text_and_lossless_json(monkeypatch, tmp_path, encoding):
    article = tmp_path / "bridge.txt"
    article.write_text("The bridge — “the Pont Neuf” — was designed by Renée Lind in 1901.\nIt spans the river.")
    for as_json in (False, True):
        stdout = io.TextIOWrapper(io.BytesIO(), encoding=encoding)  # as PYTHONIOENCODING or a code-page console makes it
        monkeypatch.setattr(sys, "stdout", stdout)
        code = main(["ask", "Who designed the bridge?", "--article", str(article), "--index-dir", str(tmp_path / "i")]
                    + ["--json"] * as_json)
        stdout.flush()
        out = stdout.buffer.getvalue().decode(encoding)
        assert code == 0
        if as_json:
            answer = json.loads(out)
            assert answer["text"] == "Renée Lind" and answer["citations"][0]["text"].startswith("The bridge — “the Pont Neuf”")
        else:
            assert out.splitlines()[0] == ("Renée Lind" if encoding == "latin-1" else "Ren?e Lind")
            assert out.splitlines()[2].startswith("  ?The bridge ? ?the Pont Neuf? ?")


def test_ctrl_c_ends_a_command_without_a_traceback(capsys, monkeypatch):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr("qa.cli.build_assistant", interrupted)
    try:
        assert run(capsys, "ask", "Who gave the media briefing?") == (130, "", "")
    except KeyboardInterrupt:  # escaping, it would stop this test run too
        pytest.fail("Ctrl-C escaped qa's main with a traceback")


def test_a_file_the_machine_refuses_to_write_ends_the_command_in_one_line_naming_it(capsys, monkeypatch):
    def read_only_disk(args):  # as `qa eval --predictions` on a read-only disk, after the whole run
        raise OSError(30, "Read-only file system", "/mnt/results/predictions.jsonl")

    monkeypatch.setattr("qa.cli.build_assistant", read_only_disk)
    code, out, err = run(capsys, "ask", "Who gave the media briefing?")
    assert (code, out) == (1, "")
    assert error_line(err) == "/mnt/results/predictions.jsonl: Read-only file system"


def test_paths_opening_with_a_tilde_are_read_from_home_as_a_shell_reads_them(capsys, tmp_path, monkeypatch):
    # "--index-dir=~/idx", which bash leaves as typed, had made a folder named "~" in the current one (a review's)
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir(), elsewhere.mkdir()
    (home / "note.txt").write_text("The bridge opened in 1932.\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(elsewhere)
    code, out, err = run(capsys, "index", "~/note.txt", "--index-dir=~/idx")
    assert code == 0 and out.startswith(f"1 passage from 1 article in {home}/idx ")
    assert (home / "idx" / "manifest.json").exists() and not list(elsewhere.iterdir())


def test_a_full_disk_under_standard_output_is_named_in_one_line(tmp_path):
    # `qa ask … > /dev/full` had said only "qa: error: No space left on device" (a review's)
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("Alpha came first. Beta came second.")
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "qa.cli", "ask", "Who came first?", "--article", str(article),
                                 "--index-dir", str(tmp_path / "i")], stdout=full, stderr=subprocess.PIPE, text=True, timeout=300)
    assert (result.returncode, result.stderr) == (1, "qa: error: standard output: No space left on device\n")


def test_the_version_is_said(capsys):
    # `qa --version` had said "the following arguments are required: subcommand" (a review's)
    from importlib.metadata import version

    with pytest.raises(SystemExit) as leaving:
        main(["--version"])
    assert leaving.value.code == 0 and capsys.readouterr().out == f"qa {version('article-qa')}\n"
