"""Questions: one cleaned or refused before it is asked. Question sets: the article question format and SQuAD rows read with a malformed row named by
file and line, sampling, and SQuAD articles rebuilt from their paragraphs."""
from __future__ import annotations

import gzip
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.articles import Article
from qa.questions import (MAX_QUESTION_CHARS, AnswerSpan, Question, QuestionError, QuestionSetError, answer_spans,
                          as_a_question, as_the_reader_reads, check_answers_in, clean_question, load_questions, sample, squad_articles)


def write_jsonl(path: Path, rows: list, blank_lines: tuple[int, ...] = ()) -> Path:
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    for at in blank_lines:
        lines.insert(at, "")
    path.write_text("\n".join(lines) + "\n")
    return path


BRONCOS = ("The Denver Broncos won Super Bowl 50, beating the Carolina Panthers 24–10 at Levi's Stadium "
           "in Santa Clara, California.")
BRONCOS_2 = "Peyton Manning was the Broncos' quarterback and, at 39, the oldest quarterback to win a Super Bowl."
RIVERS = "The Rhine rises in the Swiss Alps and flows into the North Sea at Rotterdam in the Netherlands."


def squad_row(id_, title, context, question, answers):
    return {"id": id_, "title": title, "context": context, "question": question,
            "answers": [{"text": a, "answer_start": context.index(a)} for a in answers]}


SQUAD_ROWS = [
    squad_row("s1", "Super_Bowl_50", BRONCOS, "Which team won Super Bowl 50?", ["Denver Broncos", "The Denver Broncos"]),
    squad_row("s2", "Super_Bowl_50", BRONCOS_2, "Who was the Broncos' quarterback?", ["Peyton Manning"]),
    squad_row("s3", "Super_Bowl_50", BRONCOS, "How many people watched the game?", []),
    squad_row("s4", "Rhine", RIVERS, "Into which sea does the Rhine flow?", ["North Sea", "the North Sea"]),
]


@given(st.text(st.characters(exclude_categories=()), max_size=200))  # any code point, surrogates too
@settings(max_examples=60, deadline=None)
def test_clean_question_accepts_or_refuses_any_text_cleanly(question):
    try:
        cleaned = clean_question(question)
    except QuestionError as error:
        assert str(error) in ("The question is empty.", "The question has no words.")
        return
    assert cleaned and cleaned == cleaned.strip() and len(cleaned) <= MAX_QUESTION_CHARS
    assert any(ch.isalnum() for ch in cleaned)
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in cleaned)


@pytest.mark.parametrize("question", ["?", "¿?", "…", "?!?!", "🤔", " - ? - "])
def test_a_question_without_a_word_is_refused(question):
    with pytest.raises(QuestionError, match=r"^The question has no words\.$"):
        clean_question(question)


@pytest.mark.parametrize("question", ["2+2?", "Who?", "谁？", "Кто?", "3 May?"])
def test_a_question_of_one_word_or_number_is_asked(question):
    assert clean_question(question) == question


@pytest.mark.parametrize("question, cleaned", [
    ("Who is Khor\u00adev?", "Who is Khorev?"),  # a soft hyphen, copied from a web page
    ("Who is\u200bthe\u202eambassador?", "Who is the ambassador?"),  # between words: a space
    ("What did Kho\u2060rev say?", "What did Khorev say?"),  # a word joiner
])
def test_format_characters_inside_a_word_are_dropped_not_made_spaces(question, cleaned):
    assert clean_question(question) == cleaned


def test_the_article_question_format_is_read(tmp_path):
    path = write_jsonl(tmp_path / "q.jsonl", [
        {"id": "a", "question": "Who won?", "answers": ["Khorev", "Albert P. Khorev"], "type": "person"},
        {"id": "b", "question": "  Why\tdid it  lose? ", "answers": []},
    ])
    questions = load_questions(path)
    assert not questions.squad
    assert questions.questions == [Question("a", "Who won?", ("Khorev", "Albert P. Khorev"), "person"),
                                   Question("b", "Why did it lose?", ())]


@pytest.mark.parametrize("kind, read", [(" date ", "date"), ("multi\nhop", "multi hop"), ("", None), ("   ", None)])
def test_a_types_spacing_is_no_part_of_it_and_a_blank_type_is_none(tmp_path, kind, read):
    path = write_jsonl(tmp_path / "q.jsonl", [{"id": "a", "question": "When was it?", "answers": [], "type": kind}])
    assert load_questions(path).questions[0].type == read


def test_squad_rows_are_read_with_their_paragraphs(tmp_path):
    questions = load_questions(write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS))
    assert questions.squad
    first = questions.questions[0]
    assert (first.golds, first.title, first.context) == (("Denver Broncos", "The Denver Broncos"), "Super_Bowl_50", BRONCOS)
    assert questions.questions[2].golds == ()


@pytest.mark.parametrize("bad_row, complaint", [
    ({"id": "x", "question": "Who won?", "answers": "Paris"}, "'answers' as a list"),
    ({"id": "x", "question": "Who won?", "answers": [{"text": "Paris"}]}, "answers as strings"),
    ({"question": "Who won?", "answers": []}, "'id' string$"),
    # a misspelt key is named where the key it stands for is missing (a review's "anwsers" had not been)
    ({"id": "x", "question": "Who won?", "anwsers": []}, r"expected 'answers' as a list .*; the row has 'anwsers': misspelt\?$"),
    ({"ID": "x", "question": "Who won?", "answers": []}, r"expected an 'id' string; the row has 'ID': misspelt\?$"),
    ({"id": "x", "qestion": "Who won?", "answers": []}, r"expected an object with a 'question' string; the row has 'qestion': misspelt\?$"),
    ({"id": "x", "question": "Who won?", "answers": [""]}, "an answer is empty"),
    ({"id": "a", "question": "Who won?", "answers": []}, "the id a is used twice, first on line 1$"),
    ({"id": "x", "question": "   ", "answers": []}, "The question is empty"),
    ({"id": "x", "question": "Who won?", "context": "Rome.", "answers": []}, "mixes SQuAD rows"),
    ({"id": "x", "question": "Who won?", "answers": ["the"]}, "the answer 'the' has no words to score once normalised"),
    ({"id": "x", "question": "Who won?", "answers": ["?!", "An"]}, "the answer '\\?!' or 'An' has no words to score"),
    # it would share the scores' row of the questions without one (eval audit: "untyped" had)
    ({"id": "x", "question": "Who won?", "answers": [], "type": "(No  type)"}, r"the type '\(No type\)' names the row"),
])
def test_a_malformed_row_is_named_by_file_and_line(tmp_path, bad_row, complaint):
    # A blank line before the bad row: the line number is the file's, not the row's index.
    path = write_jsonl(tmp_path / "q.jsonl", [{"id": "a", "question": "Who won?", "answers": []}, bad_row], blank_lines=(1,))
    with pytest.raises(QuestionSetError, match=f"q.jsonl:3: .*{complaint}"):
        load_questions(path)


def test_keys_no_format_has_are_said_once_with_the_first_line_and_a_key_they_may_misspell(tmp_path):
    # A review's misspelt "tpye" had been read as nothing, unsaid: its questions went untyped.
    path = write_jsonl(tmp_path / "q.jsonl", [{"id": "a", "question": "Who won?", "answers": [], "type": "person"},
                                              {"id": "b", "question": "Who lost?", "answers": [], "tpye": "person"},
                                              {"id": "c", "question": "Who came?", "answers": [], "tpye": "person", "notes": "x"}],
                       blank_lines=(1,))
    assert load_questions(path).warning == (
        f"{path}:3: unknown keys 'tpye' ('type' misspelt?), 'notes' read as nothing (this is the first line holding one); "
        "a row may hold id, question, answers, type, article")
    # the keys of bench's sets and of SQuAD v2's rows are known
    known = write_jsonl(tmp_path / "k.jsonl", [{"id": "a", "question": "Who won?", "answers": [], "type": "person", "article": "a.md"}])
    squad = write_jsonl(tmp_path / "squad.jsonl", [{**row, "is_impossible": not row["answers"]} for row in SQUAD_ROWS])
    assert load_questions(known).warning is None and load_questions(squad).warning is None


@pytest.mark.parametrize("question", ["When?", "And why?", "Who else?", "Any others?"])
def test_a_bare_question_word_in_a_set_is_refused_by_file_and_line_as_ask_refuses_it(tmp_path, question):
    # An API audit's set held "When?": `qa ask` refuses it, but `qa eval` had answered and scored it ("30 September 2026").
    path = write_jsonl(tmp_path / "q.jsonl", [{"id": "a", "question": "Who won?", "answers": []},
                                               {"id": "b", "question": question, "answers": []}])
    with pytest.raises(QuestionSetError, match=rf"q\.jsonl:2: “{re.escape(question)}” asks nothing on its own; ask a whole question"):
        load_questions(path)


def test_a_row_with_one_gold_answer_left_after_normalisation_is_read(tmp_path):
    path = write_jsonl(tmp_path / "q.jsonl", [{"id": "a", "question": "Which team?", "answers": ["the", "The Broncos"]}])
    assert load_questions(path).questions[0].golds == ("the", "The Broncos")


def test_a_squad_gold_of_punctuation_is_kept_as_the_official_script_scores_it(tmp_path):
    row = squad_row("s1", "T", "It cost $5.", "In what currency?", ["$"])  # as SQuAD v1.1's train set has
    assert load_questions(write_jsonl(tmp_path / "squad.jsonl", [row])).questions[0].golds == ("$",)


def test_a_missing_question_set_is_named_once_with_the_reason(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "q").mkdir()
    with pytest.raises(QuestionSetError, match=r"^q/nonexist\.jsonl: cannot be read \(No such file or directory\)$"):
        load_questions("q/nonexist.jsonl")
    with pytest.raises(QuestionSetError, match=r"^q: cannot be read \(Is a directory\)$"):
        load_questions("q")


def test_squad_answers_in_a_hugging_face_dataset_s_columns_are_refused_saying_the_form_read(tmp_path):
    row = squad_row("s1", "T", BRONCOS, "Which team?", ["Denver Broncos"]) | {"answers": {"text": ["Denver Broncos"], "answer_start": [4]}}
    with pytest.raises(QuestionSetError, match=r"squad.jsonl:1: expected 'answers' as a list of objects with 'text' and 'answer_start'"):
        load_questions(write_jsonl(tmp_path / "squad.jsonl", [row]))


def test_a_squad_answer_missing_from_its_paragraph_is_refused(tmp_path):
    row = squad_row("s1", "T", BRONCOS, "Which team?", ["Denver Broncos"]) | {"answers": [{"text": "Miami", "answer_start": 0}]}
    with pytest.raises(QuestionSetError, match="squad.jsonl:1: the answer 'Miami' is not in the question's paragraph"):
        load_questions(write_jsonl(tmp_path / "squad.jsonl", [row]))


def test_bad_json_and_an_empty_set_are_refused(tmp_path):
    with pytest.raises(QuestionSetError, match="q.jsonl:2: not valid JSON"):
        load_questions(write_jsonl(tmp_path / "q.jsonl", [{"id": "a", "question": "Who won?", "answers": []}, "{oops"]))
    # A line ending inside a string, or cut short: told where on the line, not "column 1" of a next one (a review's)
    with pytest.raises(QuestionSetError, match=r"q.jsonl:1: not valid JSON \(Unterminated string starting, column 25\)$"):
        load_questions(write_jsonl(tmp_path / "q.jsonl", ['{"id": "x", "question": "Who?\n']))
    with pytest.raises(QuestionSetError, match=r"q.jsonl:1: not valid JSON \(Expecting ',' delimiter, column 72\)$"):
        load_questions(write_jsonl(tmp_path / "q.jsonl", ['{"id": "x", "question": "Who gave the briefing?", "answers": ["Khorev"]']))
    # json's "Invalid control character at" had been cut there (session 52's eval review)
    with pytest.raises(QuestionSetError, match=r"q.jsonl:1: not valid JSON \(Invalid control character, column 29\)$"):
        load_questions(write_jsonl(tmp_path / "q.jsonl", ['{"id": "x", "question": "Who\tgave?"}']))
    with pytest.raises(QuestionSetError, match="holds no questions"):
        load_questions(write_jsonl(tmp_path / "empty.jsonl", ["", ""]))


def test_a_json_array_is_told_to_be_one_not_json_lines(tmp_path):
    # A review's array had been told ":1: expected an object with a 'question' string", as if one row were wrong.
    rows = [{"id": f"q{i}", "question": "Who won?", "answers": []} for i in range(2)]
    (tmp_path / "one-line.json").write_text(json.dumps(rows))
    (tmp_path / "indented.json").write_text("\n" + json.dumps(rows, indent=2))
    for name, line in (("one-line.json", 1), ("indented.json", 2)):
        with pytest.raises(QuestionSetError, match=rf"{name}:{line}: a JSON array, not JSON Lines: give one object per line"):
            load_questions(tmp_path / name)


def test_a_cut_or_damaged_gzip_file_is_refused_in_one_line(tmp_path):
    whole = gzip.compress(b"".join(json.dumps({"id": f"q{i}", "question": f"Who {i}?", "answers": []}).encode() + b"\n"
                                   for i in range(2000)))
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    damaged = bytearray(whole)
    damaged[10] = 0b111  # the first deflate block (after gzip's 10-byte header) of the invalid type 3
    (tmp_path / "damaged.jsonl.gz").write_bytes(bytes(damaged))
    for name in ("cut", "damaged"):
        with pytest.raises(QuestionSetError, match=rf"^{tmp_path / name}\.jsonl\.gz: cannot be read \(.+\)$"):
            load_questions(tmp_path / f"{name}.jsonl.gz")


def test_an_answer_not_in_the_articles_names_the_question_by_file_and_line(tmp_path):
    question_set = load_questions(write_jsonl(tmp_path / "q.jsonl", [
        {"id": "q1", "question": "Which team?", "answers": ["Denver Broncos"]},
        {"id": "q2", "question": "Where was it?", "answers": ["Miami", "Miami, Florida"]},
        {"id": "q4", "question": "Which team won?", "answers": ["the Broncos of Denver", "Denver Broncos"]},
        {"id": "q3", "question": "Why did it win?", "answers": []}], blank_lines=(1,)))
    questions = question_set.questions
    check_answers_in(question_set, [questions[0], questions[2]], [Article("a.txt", BRONCOS)])  # one gold of q4 is there
    with pytest.raises(QuestionSetError, match=r"^.*q\.jsonl:3: question q2: the answer 'Miami' or 'Miami, Florida' is not in a.txt, b.txt"):
        check_answers_in(question_set, questions[::-1], [Article("a.txt", BRONCOS), Article("b.txt", RIVERS)])


def test_an_answer_only_inside_a_word_of_the_articles_is_not_in_them(tmp_path):
    # A review's "Kend" had been taken for in "Kendal", then never scored: the metrics compare whole words.
    question_set = load_questions(write_jsonl(tmp_path / "q.jsonl", [
        {"id": "q1", "question": "Who lost?", "answers": ["Panthers"]},
        {"id": "q2", "question": "Which team?", "answers": ["Bronco", "broncos of Denver"]}]))
    with pytest.raises(QuestionSetError, match=re.escape(
            "q.jsonl:2: question q2: the answer 'Bronco' (only inside 'Broncos') or 'broncos of Denver' is not in a.txt; "
            "an answer counts only as whole words, as the metrics compare them: no reply matches part of a word")):
        check_answers_in(question_set, question_set.questions, [Article("a.txt", BRONCOS)])


def test_every_question_whose_answer_is_not_in_the_articles_is_named_in_one_error(tmp_path):
    # A review's set had been refused for its first such question alone, then for the next, a run at a time.
    rows = [{"id": f"q{i}", "question": "Which team?", "answers": [f"Team {i}"]} for i in range(12)]
    question_set = load_questions(write_jsonl(tmp_path / "q.jsonl", [{"id": "ok", "question": "Who won?", "answers": ["Denver"]}, *rows]))
    with pytest.raises(QuestionSetError) as refused:
        check_answers_in(question_set, question_set.questions, [Article("a.txt", BRONCOS)])
    assert str(refused.value).startswith(f"{tmp_path / 'q.jsonl'}:2: question q0: the answer 'Team 0' is not in a.txt; "
                                         f"nor are those of 11 more questions: {tmp_path / 'q.jsonl'}:3 (q1: 'Team 1'), ")
    assert "(q9: 'Team 9') and 2 more; are these the articles" in str(refused.value) and "q10" not in str(refused.value)


def test_an_answer_written_otherwise_than_in_the_article_is_in_it_as_the_metrics_read_it(tmp_path):
    question_set = load_questions(write_jsonl(tmp_path / "q.jsonl", [
        {"id": "q1", "question": "Which team?", "answers": ["denver  broncos"]},
        {"id": "q2", "question": "Who lost?", "answers": ["Carolina Panthers."]}]))
    check_answers_in(question_set, question_set.questions, [Article("a.txt", BRONCOS)])
    # and in a Markdown article as read (r18 audit: a shortcut written in <kbd> tags)
    shortcuts = load_questions(write_jsonl(tmp_path / "k.jsonl", [{"id": "k1", "question": "Save?", "answers": ["Cmd+Shift+S"]}]))
    check_answers_in(shortcuts, shortcuts.questions, [Article("keys.md", "| Save all | <kbd>Cmd</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> |\n")])
    # and with its accents composed, as the article's may be combining marks (helper's API test: the set had been refused)
    owner = load_questions(write_jsonl(tmp_path / "o.jsonl", [{"id": "o1", "question": "Who owns it?", "answers": ["José Martínez"]}]))
    check_answers_in(owner, owner.questions, [Article("cafe.txt", "The café belongs to Jose\u0301 Marti\u0301nez.")])


def test_sample_keeps_file_order_unless_seeded():
    items = list(range(10))
    assert sample(items, 3, None) == [0, 1, 2]
    assert sample(items, None, None) == items
    assert sample(items, 3, 7) == sample(items, 3, 7) != [0, 1, 2]
    assert sorted(sample(items, None, 7)) == items


def test_squad_documents_join_each_articles_distinct_paragraphs_in_order(tmp_path):
    questions = load_questions(write_jsonl(tmp_path / "squad.jsonl", SQUAD_ROWS)).questions
    assert squad_articles(questions) == [Article("Super_Bowl_50", BRONCOS + "\n\n" + BRONCOS_2), Article("Rhine", RIVERS)]


def test_an_upper_case_gz_suffix_and_a_byte_order_mark_are_read(tmp_path):
    rows = "".join(json.dumps({"id": f"q{i}", "question": "Who won?", "answers": []}) + "\n" for i in range(2))
    (tmp_path / "ONE.JSONL.GZ").write_bytes(gzip.compress(rows.encode()))
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + rows.encode())
    (tmp_path / "bom.jsonl.gz").write_bytes(gzip.compress(b"\xef\xbb\xbf" + rows.encode()))
    for name in ("ONE.JSONL.GZ", "bom.jsonl", "bom.jsonl.gz"):
        assert [q.id for q in load_questions(tmp_path / name).questions] == ["q0", "q1"]
    bad = tmp_path / "BAD.JSONL.GZ"
    bad.write_bytes(gzip.compress(b"\xef\xbb\xbf" + rows.encode() + b'{"id": "q2", "question": "Who won?"}\n'))
    with pytest.raises(QuestionSetError, match="BAD.JSONL.GZ:3: expected 'answers' as a list"):  # line numbers read it alike
        load_questions(bad)


def test_a_plain_file_named_jsonl_gz_is_read_as_the_text_it_is(tmp_path):
    # A review's had been refused with gzip's "Not a gzipped file": gzip is told by its first bytes, not the name.
    (tmp_path / "plain.jsonl.gz").write_bytes(b'{"id": "q", "question": "Who won?", "answers": []}\n')
    assert [q.id for q in load_questions(tmp_path / "plain.jsonl.gz").questions] == ["q"]


def test_a_gzipped_file_named_jsonl_and_utf_16_behind_a_byte_order_mark_are_read(tmp_path):
    rows = "".join(json.dumps({"id": f"q{i}", "question": "Qui est-ce ?", "answers": []}) + "\r\n" for i in range(2))
    (tmp_path / "gzipped.jsonl").write_bytes(gzip.compress(rows.encode()))
    (tmp_path / "windows.jsonl").write_bytes(rows.encode("utf-16"))  # with its byte order mark
    (tmp_path / "windows.jsonl.gz").write_bytes(gzip.compress(rows.encode("utf-16")))
    for name in ("gzipped.jsonl", "windows.jsonl", "windows.jsonl.gz"):
        assert [(q.id, q.text) for q in load_questions(tmp_path / name).questions] == [("q0", "Qui est-ce ?"), ("q1", "Qui est-ce ?")]
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(rows.encode("utf-16") + '{"id": "q2", "question": "Who won?"}\n'.encode("utf-16-le"))
    with pytest.raises(QuestionSetError, match="bad.jsonl:3: expected 'answers' as a list"):  # line numbers read it alike
        load_questions(bad)


def test_lines_ending_in_a_lone_carriage_return_are_read_and_numbered(tmp_path):
    rows = [json.dumps({"id": f"q{i}", "question": "Who won?", "answers": []}) for i in range(2)]
    for name, data in (("mac.jsonl", "\r".join(rows).encode()), ("mac.jsonl.gz", gzip.compress("\r".join(rows).encode()))):
        (tmp_path / name).write_bytes(data)
        assert [q.id for q in load_questions(tmp_path / name).questions] == ["q0", "q1"]
    (tmp_path / "bad.jsonl").write_bytes(("\r".join(rows) + '\r{"id": "q2", "question": "Who won?"}').encode())
    with pytest.raises(QuestionSetError, match="bad.jsonl:3: expected 'answers' as a list"):
        load_questions(tmp_path / "bad.jsonl")


def test_a_byte_that_is_not_utf_8_on_a_first_line_after_a_byte_order_mark_is_named_as_it_is(tmp_path):
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + '{"id": "1", "question": "Café?", "answers": []}\n'.encode("latin-1"))
    with pytest.raises(QuestionSetError, match=r"bom.jsonl:1: not UTF-8 text \(byte 0xe9, the line's byte 29\)"):
        load_questions(tmp_path / "bom.jsonl")


def test_a_line_that_is_not_utf_8_is_named_by_its_number_deep_in_a_long_file(tmp_path):
    rows = "".join(json.dumps({"id": f"q{i}", "question": "Who won?", "answers": []}) + "\n" for i in range(500))
    (tmp_path / "latin.jsonl").write_bytes(rows.encode() + '{"id": "x", "question": "Café?", "answers": []}\n'.encode("latin-1"))
    with pytest.raises(QuestionSetError, match=r"latin.jsonl:501: not UTF-8 text \(byte 0xe9, the line's byte 29\); save the file as UTF-8$"):
        load_questions(tmp_path / "latin.jsonl")


@pytest.mark.parametrize("title", [7, None, "", ["Rhine"]])
def test_a_squad_title_that_is_not_a_string_is_named_by_file_and_line(tmp_path, title):
    rows = [SQUAD_ROWS[0], SQUAD_ROWS[3] | {"title": title}]
    with pytest.raises(QuestionSetError, match="squad.jsonl:2: expected 'title' as a non-empty string"):
        load_questions(write_jsonl(tmp_path / "squad.jsonl", rows))


def test_a_squad_row_without_a_title_is_an_article_of_its_own_paragraph(tmp_path):
    untitled = [{k: v for k, v in row.items() if k != "title"} for row in SQUAD_ROWS]
    questions = load_questions(write_jsonl(tmp_path / "squad.jsonl", untitled)).questions
    assert questions[0].title is None
    # s1 and s3 share a paragraph, so an article; s2's paragraph (of the same Wikipedia article) is another
    assert questions[0].document == questions[2].document != questions[1].document
    assert squad_articles(questions) == [Article(questions[0].document, BRONCOS), Article(questions[1].document, BRONCOS_2),
                                         Article(questions[3].document, RIVERS)]


def test_answer_starts_are_checked_and_place_each_gold_in_its_document(tmp_path):
    start = BRONCOS.index("Denver Broncos")
    with pytest.raises(QuestionSetError, match="squad.jsonl:1: the answer_start 5 does not point at the answer 'Denver Broncos'"):
        load_questions(write_jsonl(tmp_path / "squad.jsonl", [SQUAD_ROWS[0] | {"answers": [{"text": "Denver Broncos", "answer_start": 5}]}]))
    without_start = SQUAD_ROWS[1] | {"answers": [{"text": "Peyton Manning"}]}  # the answer's first occurrence
    questions = load_questions(write_jsonl(tmp_path / "squad.jsonl", [SQUAD_ROWS[0], without_start, *SQUAD_ROWS[2:]])).questions
    assert questions[0].answer_starts == (start, BRONCOS.index("The Denver Broncos")) and questions[1].answer_starts == (0,)
    document = squad_articles(questions)[0].text
    second = len(BRONCOS) + 2  # after the first paragraph and a blank line
    assert answer_spans(questions[1], document) == (AnswerSpan("Super_Bowl_50", second, second + len("Peyton Manning")),)
    assert [document[s.start : s.end] for s in answer_spans(questions[0], document)] == ["Denver Broncos", "The Denver Broncos"]
    with pytest.raises(ValueError, match="question s4: its paragraph is not in the document Rhine"):
        answer_spans(questions[3], document)


@pytest.mark.parametrize("question, as_read", [
    # typed without its "?", as people type in a chat (a review of how people type, session 54)
    ("How fast can the Ardent Glide 2 scooter go", "How fast can the Ardent Glide 2 scooter go?"),
    ("who said 'never' ", "who said 'never'?"),
    ("Who won?", "Who won?"),
    ("Tell me who won.", "Tell me who won."),
    ("Who said “enough!”", "Who said “enough!”"),
    ("What is the fee (in euros)?", "What is the fee (in euros)?"),
    ("What happened next...", "What happened next..."),
    ("   ", "   "),
])
def test_a_question_ending_without_a_mark_is_read_ending_with_a_question_mark(question, as_read):
    assert as_the_reader_reads(question) == as_read


@pytest.mark.parametrize("typed, as_read", [
    # words naming what is asked for alone (a set written blind's: refused, 100 %; "What is …?" read, 98 %)
    ("wexcombe clinic nurse advice line number?", "What is the wexcombe clinic nurse advice line number?"),
    ("Brackenridge quote expiry date?", "What is the Brackenridge quote expiry date?"),
    ("What is the quote's expiry date?", "What is the quote's expiry date?"),  # asked already
    ("pellbrook allotments can i keep chickens?", "pellbrook allotments can i keep chickens?"),
    ("Any mention of assistance dogs?", "Any mention of assistance dogs?"),  # asking whether it is mentioned
    ("Tell me the price", "Tell me the price"),
    ("2025?", "2025?"),
])
def test_words_naming_what_is_asked_for_are_read_as_a_question(typed, as_read):
    assert as_a_question(typed) == as_read
