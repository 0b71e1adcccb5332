"""The Assistant under hostile input: questions that are refused with a clear QuestionError, ones
that are answered safely, articles with HTML, no sentences or one huge line, and the rule that
every answer is copied from its article: article[start:end] == text."""
from __future__ import annotations

import io
import json
import math
import os
import re
from dataclasses import replace
from pathlib import Path


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.articles import Article, ArticleError, parse_article
from index.store import IndexFolderError
from qa.answer import Answer
from qa.assistant import NAMED_CELL_PROBABILITY, Assistant, merge_regions, names_its_headings
from qa.questions import MAX_QUESTION_CHARS, QuestionError, clean_question
from qa.reader import Reader, reader_place
from qa.spans import Calibration, Reading, SpanCandidate, named_cells, words

# Our own questions about the seed article (the dev set in ../shared is for measuring, not testing).
QUESTIONS = [
    "Who is the Russian ambassador?",
    "Where was the media briefing held?",
    "When did Putin resume direct talks with Ukraine?",
    "How much support has been provided to Kiev?",
    "Which agreements from 2015 did Khorev mention?",
    "How many prisoners of war were exchanged?",
    "Where did the railway bridge explosions happen?",
    "What term does the historical memory law ban?",
    "How many states supported the Russian resolution at the UN?",
    "What did Khorev call the reports of drones in Polish airspace?",
    "Whom did Khorev thank for maintaining neutrality?",
    "What is the capital of Australia?",
]


def check_answer(assistant: Assistant, answer: Answer) -> None:
    """Everything the assistant returns is copied from an article, with offsets that say where."""
    assert 0.0 <= answer.score <= 1.0 and 0.0 <= answer.no_answer_probability <= 1.0
    if answer.answered:
        article = assistant.index.articles[answer.source].text
        assert answer.text and article[answer.start:answer.end] == answer.text
        first = answer.citations[0]
        assert first.source == answer.source and first.start <= answer.start and answer.end <= first.end
        assert first.text[first.answer_start:first.answer_end] == answer.text
    else:
        assert (answer.text, answer.source, answer.start, answer.end) == ("", None, None, None)
    for citation in answer.citations:
        assert assistant.index.articles[citation.source].text[citation.start:citation.end] == citation.text
        article = assistant.index.articles[citation.source]
        assert (citation.page, citation.last_page) == (article.page_at(citation.start), article.page_at(citation.end - 1))
    if answer.answered:
        assert answer.page == assistant.index.articles[answer.source].page_at(answer.start)


def same(a: Answer, b: Answer, tolerance: float = 1e-5) -> bool:
    """Same reply, same place, same citations; scores equal up to float noise."""
    exact = lambda x: (x.question, x.text, x.answered, x.source, x.start, x.end,
                       [(c.source, c.start, c.end, c.text, c.answer_start, c.answer_end) for c in x.citations])
    return exact(a) == exact(b) and a.score == pytest.approx(b.score, abs=tolerance) \
        and a.no_answer_probability == pytest.approx(b.no_answer_probability, abs=tolerance)


# -- questions that are refused ------------------------------------------------------------------

@pytest.mark.parametrize("question", ["", " ", "   \t\n  ", "\u3000\u00a0\u2003", "\x00\x07\x1b", "\u200b\u200e\ufeff", "\ud800"])
def test_empty_or_blank_question_is_refused(seed_assistant, question):
    with pytest.raises(QuestionError, match=r"^The question is empty\.$"):
        seed_assistant.ask(question)


def test_over_long_question_is_refused_with_its_length_and_the_limit(seed_assistant):
    with pytest.raises(QuestionError, match=r"^The question is 100,000 characters long; the limit is 1,000\.$"):
        seed_assistant.ask("a" * 100_000)
    with pytest.raises(QuestionError, match="1,001 characters long"):
        seed_assistant.ask("Who " + "b" * (MAX_QUESTION_CHARS - 4) + "?")


@pytest.mark.parametrize("question", ["When?", " and why? ", "Who else?", "How many?", "Any others?", "Anyone else?",
                                      "Which other country?", "Tell me more", "Go on"])
def test_a_bare_question_word_asked_on_its_own_is_refused(seed_assistant, question):
    # API audit (session 28): "When?" had been answered "May 2025" (46 %), as if it asked something; the chat refuses it too.
    # Session 52's: "Any others?" and "Which other country?", which ask for another answer as "Who else?" does, had been
    # answered "The article doesn't say"; and "Tell me more", which the chat reads on for from the answer before it.
    with pytest.raises(QuestionError, match=r"asks nothing on its own; ask a whole question"):
        seed_assistant.ask(question)
    with pytest.raises(QuestionError, match=r"^question 2: “.+” asks nothing on its own"):
        seed_assistant.ask_many(["Who gave the media briefing?", question])
    assert seed_assistant.find(question).question  # a question set is measured as written (qa eval)


@pytest.mark.parametrize("question", [None, 42, b"Who is the ambassador?", ["Who?"]])
def test_a_question_that_is_not_text_is_refused(seed_assistant, question):
    with pytest.raises(QuestionError, match="must be text"):
        seed_assistant.ask(question)


def test_asking_about_an_article_that_is_not_loaded_names_it(seed_assistant):
    with pytest.raises(ValueError, match=r"no article named \.\./\.\./x\.txt; loaded: russia-ukraine-peace-talks\.txt$"):
        seed_assistant.ask("Who is the ambassador?", sources=["../../x.txt"])


@pytest.mark.parametrize("sources", [[], (), ""])
def test_asking_with_an_empty_choice_of_articles_is_refused_not_read_as_all(seed_assistant, sources):
    with pytest.raises(ValueError, match=r"^sources names no article; name at least one \(russia-ukraine-peace-talks\.txt\), or give None"):
        seed_assistant.ask("Who is the ambassador?", sources=sources)


# -- questions that are answered safely -------------------------------------------------------

def test_a_question_at_the_length_limit_is_answered(seed_assistant):
    question = ("Who is the Russian ambassador? " * 40)[:MAX_QUESTION_CHARS]
    answer = seed_assistant.ask(question)
    check_answer(seed_assistant, answer)
    assert answer.question == question.strip()


@pytest.mark.parametrize("question, cleaned", [
    ("Who\x00 is\tthe\x1b[31m Russian\r\nambassador?\x7f", "Who is the [31m Russian ambassador?"),
    ("Who is the \u202eRussian\u200b ambassador?", "Who is the Russian ambassador?"),
    ("Who is the ambassador\ud83d?", "Who is the ambassador ?"),  # a lone surrogate, as JSON can carry
])
def test_control_characters_become_spaces_and_the_question_is_answered(seed_assistant, question, cleaned):
    assert clean_question(question) == cleaned
    answer = seed_assistant.ask(question)
    assert answer.question == cleaned
    check_answer(seed_assistant, answer)
    assert answer == seed_assistant.ask(cleaned)  # the same as asking the clean question


@pytest.mark.parametrize("question", [
    "Кто посол России? Who is the Russian ambassador?",
    "俄罗斯大使是谁？ Who is the ambassador?",
    "من هو السفير الروسي؟ Who is the ambassador?",
    "Who is the ambassador? 🇷🇺🤔 ∑∫√ ﷽",
])
def test_mixed_scripts_are_kept_and_answered_from_the_article(seed_assistant, question):
    answer = seed_assistant.ask(question)
    assert answer.question == question
    check_answer(seed_assistant, answer)


@given(st.one_of(st.text(st.characters(exclude_categories=()), max_size=120),
                 st.lists(st.sampled_from(["Who", "what", "Khorev", "May", "2025", "UN", "?", "the", "ambassador",
                                           "Islamabad", "<script>", "ça", "Путин", "和平"]), max_size=15).map(" ".join)))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_answer_to_any_question_is_copied_from_the_article(seed_assistant, question):
    try:
        answer = seed_assistant.ask(question)
    except QuestionError:
        return
    check_answer(seed_assistant, answer)


def test_answers_to_many_questions_are_copied_from_the_article(seed_assistant):
    answers = seed_assistant.ask_many(QUESTIONS)
    for answer in answers:
        check_answer(seed_assistant, answer)
    assert answers == [seed_assistant.ask(q) for q in QUESTIONS]


def test_counts_under_one_and_a_string_for_a_list_are_refused(seed_assistant):
    with pytest.raises(ValueError, match="top_k .* at least 1, not 0"):
        seed_assistant.ask("Who is the ambassador?", top_k=0)
    with pytest.raises(TypeError, match="ask_many takes a list of questions"):
        seed_assistant.ask_many("Who is the ambassador?")
    for questions in (None, 3, {"q": "Who is the ambassador?"}):  # None had met "'NoneType' object is not iterable"
        with pytest.raises(TypeError, match=f"^ask_many takes a list of questions, not {type(questions).__name__}$"):
            seed_assistant.ask_many(questions)
    with pytest.raises(ValueError, match="passages_to_read must be a whole number of at least 1, not 0"):
        Assistant(seed_assistant.index, seed_assistant.embedder, seed_assistant.reader, passages_to_read=0)
    with pytest.raises(ValueError, match="passages_to_read must be a whole number of at least 1, not True"):
        Assistant(seed_assistant.index, seed_assistant.embedder, seed_assistant.reader, passages_to_read=True)
    with pytest.raises(ValueError, match="top_k .* at least 1, not True"):
        seed_assistant.ask("Who is the ambassador?", top_k=True)


@pytest.mark.parametrize("threshold", [2, -1, 1.5, float("nan"), "0.5", True])
def test_a_no_answer_threshold_that_is_not_a_probability_is_refused(seed_assistant, threshold):
    with pytest.raises(ValueError, match=r"^no_answer_threshold must be a probability from 0 to 1, not "):
        Assistant(seed_assistant.index, seed_assistant.embedder, seed_assistant.reader, no_answer_threshold=threshold)


@pytest.mark.parametrize("threshold", [1.5, -0.1, float("nan"), "0.3", True])
def test_a_threshold_given_to_decide_that_is_not_a_probability_is_refused(seed_assistant, threshold):
    finding = seed_assistant.find("Who gave the media briefing?")
    with pytest.raises(ValueError, match=r"^a no-answer threshold is a probability from 0 to 1 \(or math.inf, to always answer\), not "):
        seed_assistant.decide(finding, threshold)
    assert seed_assistant.decide(finding, math.inf).answered  # any span there is


def test_numpy_numbers_are_taken_as_counts_and_probabilities_and_kept_as_python_s(seed_assistant):
    import numpy as np

    assistant = Assistant(seed_assistant.index, seed_assistant.embedder, seed_assistant.reader,
                          no_answer_threshold=np.float32(0.25), passages_to_read=np.int64(3))
    assert (assistant.no_answer_threshold, assistant.passages_to_read) == (0.25, 3)
    assert type(assistant.no_answer_threshold) is float and type(assistant.passages_to_read) is int
    assert len(assistant.ask("Who gave the media briefing?", top_k=np.int64(2)).citations) == 2


@pytest.mark.parametrize("sources", [b"russia-ukraine-peace-talks.txt", Path("russia-ukraine-peace-talks.txt")])
def test_sources_given_as_bytes_or_a_path_are_refused_saying_names_are_strings(seed_assistant, sources):
    with pytest.raises(TypeError, match=r"^sources names articles as loaded \(russia-ukraine-peace-talks.txt\), as str, not "):
        seed_assistant.ask("Who gave the media briefing?", sources=sources)


@pytest.mark.parametrize("article, problem", [(Article("e.txt", ""), "e.txt: is empty"),
                                              (Article("e.txt", "?!?"), "e.txt: has no words to answer from")])
def test_an_article_object_with_no_words_is_refused_as_its_file_would_be(make_assistant, seed_assistant, article, problem):
    with pytest.raises(ArticleError, match=f"^{re.escape(problem)}"):  # it had failed in FAISS
        make_assistant([article])
    assistant = Assistant(seed_assistant.index, seed_assistant.embedder, seed_assistant.reader)
    with pytest.raises(ArticleError, match=f"^{re.escape(problem)}"):  # and in NumPy
        assistant.add_article(article)
    assert assistant.articles == seed_assistant.articles


def test_an_empty_index_folder_name_is_refused_not_taken_for_the_cache(embedder, shipped_reader):
    with pytest.raises(ValueError, match=r"^the index folder \(index_dir=, --index-dir\) is empty: give a folder, or leave it out"):
        Assistant.from_articles([Article("a.txt", "Alpha was first.")], reader=shipped_reader, embedder=embedder, index_dir="")


def test_a_threshold_that_could_not_be_saved_is_not_used_either(make_assistant, tmp_path):
    assistant = make_assistant([Article("a.txt", "Alpha was first. Beta came second.")])
    (assistant.index_dir / "assistant.json").mkdir()  # a folder where the file would go: the write fails
    with pytest.raises(OSError):
        assistant.save_threshold(0.3)
    assert assistant.no_answer_threshold == 0.5


def test_assistant_from_files_takes_a_path_given_as_bytes(embedder, shipped_reader, tmp_path):
    from qa.assistant import SEED_ARTICLE

    assistant = Assistant.from_files(os.fsencode(SEED_ARTICLE), reader=shipped_reader, embedder=embedder,
                                     index_dir=tmp_path / "index", log=None)
    assert assistant.articles == ["russia-ukraine-peace-talks.txt"]


@pytest.mark.parametrize("threshold", [True, "0.3", 1.5, float("nan")])
def test_a_threshold_to_save_that_is_not_a_probability_is_refused_before_it_is_saved(make_assistant, threshold):
    assistant = make_assistant([Article("a.txt", "Alpha was first. Beta came second.")])
    with pytest.raises(ValueError, match=r"^a no-answer threshold is a probability from 0 to 1, not "):
        assistant.save_threshold(threshold)
    assert not (assistant.index_dir / "assistant.json").exists()
    assert assistant.no_answer_threshold == assistant.reader.no_answer_threshold


def test_a_bad_question_among_many_is_named_by_its_place(seed_assistant):
    with pytest.raises(QuestionError, match=r"^question 3: The question is empty\.$"):
        seed_assistant.ask_many(["Who is the ambassador?", "Where was the briefing?", " ", "Who?"])
    with pytest.raises(QuestionError, match=r"^question 2: The question must be text\.$"):
        seed_assistant.ask_many(iter(["Who is the ambassador?", 42]))


def test_many_questions_are_each_answered_exactly_as_alone_with_the_reader_as_it_answers_in_bf16(seed_assistant):
    """In bf16 a window's logits depend on the batch it is read in: batched together, a question's no-answer
    probability moved by up to 0.015, so that ask() answered one that ask_many() refused. (With no bf16 on the
    CPU this compares fp32 readings, which batches moved by 1e-6.)"""
    reader = Reader.load()  # bf16 where the CPU computes it, as answering is
    assistant = Assistant(seed_assistant.index, seed_assistant.embedder, reader)
    assert assistant.ask_many(QUESTIONS) == [assistant.ask(q) for q in QUESTIONS]


def test_an_assistant_made_without_an_index_folder_says_why_it_cannot_save_a_threshold(seed_assistant):
    by_hand = Assistant(seed_assistant.index, seed_assistant.embedder, seed_assistant.reader)
    with pytest.raises(ValueError, match="^this assistant has no index folder to save a threshold in; give it index_dir="):
        by_hand.save_threshold(0.3)
    assert by_hand.no_answer_threshold == seed_assistant.reader.no_answer_threshold


def test_sources_may_be_one_article_s_name(seed_assistant):
    [name] = seed_assistant.articles
    question = "Where was the media briefing held?"
    assert seed_assistant.ask(question, sources=name) == seed_assistant.ask(question, sources=[name])
    with pytest.raises(ValueError, match=r"^no article named a\.txt; loaded: "):
        seed_assistant.ask(question, sources="a.txt")


def test_sources_may_be_any_iterable_of_names_even_one_read_only_once(make_assistant):
    assistant = make_assistant([Article("a.txt", "Alpha was first. Beta came second."),
                                Article("b.txt", "Gamma was third. Delta came fourth.")])
    question = "Who came fourth?"
    expected = assistant.ask(question, sources=["b.txt"])
    assert expected.answered and expected.source == "b.txt"
    assert assistant.ask(question, sources=(name for name in ["b.txt"])) == expected
    assert assistant.ask(question, sources={"b.txt"}) == expected


def test_from_files_takes_one_path_as_well_as_a_list(tmp_path, embedder, shipped_reader):
    (tmp_path / "short.txt").write_text("Alpha was first. Beta came second.")
    options = dict(reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index", log=lambda message: None)
    for paths in (str(tmp_path / "short.txt"), tmp_path / "short.txt", [tmp_path / "short.txt"]):
        assert Assistant.from_files(paths, **options).articles == ["short.txt"]


def test_from_articles_takes_a_generator_of_articles(tmp_path, embedder, shipped_reader):
    articles = (Article(name, text) for name, text in [("a.txt", "Alpha was first."), ("b.txt", "Beta came second.")])
    assistant = Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=lambda message: None)
    assert assistant.articles == ["a.txt", "b.txt"]
    check_answer(assistant, assistant.ask("Who came second?"))


def test_an_option_of_ask_given_to_from_files_says_where_it_belongs_before_anything_loads(tmp_path):
    (tmp_path / "short.txt").write_text("Alpha was first. Beta came second.")
    missing_reader = tmp_path / "no-reader"  # were it loaded first, its error would come instead
    with pytest.raises(TypeError, match=r"^unknown option top_k: .*; top_k is given to each question: ask\(question, top_k=…\)$"):
        Assistant.from_files(tmp_path / "short.txt", reader=missing_reader, top_k=3)
    with pytest.raises(TypeError, match=r"^unknown options passages, top_k: .*passages_to_read; top_k is given"):
        Assistant.from_files(tmp_path / "short.txt", reader=missing_reader, top_k=3, passages=8)
    with pytest.raises(TypeError, match=r"^unknown option treshold: an Assistant takes reader, index_dir, embedder, log, "
                                        r"no_answer_threshold, passages_to_read$"):
        Assistant.from_files(tmp_path / "short.txt", reader=missing_reader, treshold=0.3)
    with pytest.raises(TypeError, match=r"^unknown option treshold: "):  # not the missing article's error
        Assistant.from_files(tmp_path / "missing.txt", treshold=0.3)


@pytest.mark.parametrize("option, message", [({"no_answer_threshold": 1.5}, "no_answer_threshold must be a probability"),
                                             ({"passages_to_read": 0}, "passages_to_read must be a whole number")])
def test_an_option_of_a_value_the_assistant_cannot_take_is_refused_before_anything_loads(tmp_path, option, message):
    (tmp_path / "short.txt").write_text("Alpha was first. Beta came second.")
    with pytest.raises(ValueError, match=f"^{message}"):  # not the missing reader's error, nor after the index is built
        Assistant.from_files(tmp_path / "short.txt", reader=tmp_path / "no-reader", index_dir=tmp_path / "index", **option)
    assert not (tmp_path / "index").exists()


@pytest.mark.parametrize("option, error, message", [
    ({"embedder": "all-MiniLM-L6-v2"}, TypeError, "embedder is an index.embedding.Embedder or one like it .*, not str"),
    ({"log": 5}, TypeError, r"log is a function given each line, or a stream such as sys.stderr \(None: say nothing\), not int"),
    ({"reader": ""}, ValueError, "reader is a folder, a hub id or a Reader .*, not ''"),  # had loaded the shipped reader
    ({"reader": 5}, ValueError, "reader is a folder, a hub id or a Reader .*, not 5"),
])
def test_a_loading_option_of_the_wrong_kind_is_refused_before_anything_loads(tmp_path, option, error, message):
    (tmp_path / "short.txt").write_text("Alpha was first. Beta came second.")
    with pytest.raises(error, match=f"^{message}$"):  # an embedder had failed at the first article indexed, a log at its first line
        Assistant.from_files(tmp_path / "short.txt", index_dir=tmp_path / "index", **option)
    assert not (tmp_path / "index").exists()


def test_articles_or_sources_of_the_wrong_kind_are_refused_saying_what_is_taken(seed_assistant):
    with pytest.raises(TypeError, match="^from_files takes an article's path or a list of them, not int$"):
        Assistant.from_files(5)
    with pytest.raises(TypeError, match=r"^sources names articles as loaded \(russia-ukraine-peace-talks.txt\): a name or a list of them, not int$"):
        seed_assistant.ask("Who gave the media briefing?", sources=5)


# -- hostile articles --------------------------------------------------------------------------

@pytest.fixture()
def make_assistant(tmp_path, embedder, shipped_reader):
    def make(articles: list[Article]) -> Assistant:
        return Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder,
                                       index_dir=tmp_path / "index", log=lambda message: None)
    return make


HTML_ARTICLE = ("The council met on Tuesday. The clerk pasted <script>alert('pwned')</script> into the minutes by mistake. "
                'The mayor said <b onclick="steal()">"the bridge will reopen in June"</b> &amp; left early.\n')


def test_html_and_script_in_an_article_stay_verbatim_in_answers_and_citations(make_assistant):
    article = parse_article("../../minutes.txt", HTML_ARTICLE.encode())
    assistant = make_assistant([article])
    assert assistant.articles == ["minutes.txt"]
    for question in ("What did the clerk paste into the minutes?", "When will the bridge reopen?", "Who met on Tuesday?"):
        answer = assistant.ask(question)
        check_answer(assistant, answer)
        assert answer.source in (None, "minutes.txt")
        joined = " ".join(c.text for c in answer.citations)
        assert "<script>alert('pwned')</script>" in joined and '<b onclick="steal()">' in joined and "&amp;" in joined
        assert "&lt;" not in joined  # not escaped by the engine; rendering safely is the UI's job


def test_a_web_page_is_answered_from_its_story_with_offsets_into_that_text(make_assistant):
    page = ("<html><head><title>Harbour news</title><script>var ads = 1;</script></head><body>"
            "<nav><a href='/'>Home</a> <a href='/weather'>Weather</a></nav><article><h1>Ferry returns</h1>"
            "<p>The harbour ferry returned to service on Monday &amp; carried 300 passengers.</p>"
            "<p>The harbour master said the next ferry to the islands leaves at noon on Friday.</p></article>"
            "<footer>All rights reserved.</footer></body></html>")
    assistant = make_assistant([parse_article("ferry.html", page.encode())])
    text = assistant.index.articles["ferry.html"].text
    assert "<" not in text and "&amp;" not in text and "Weather" not in text and "& carried" in text
    answer = assistant.ask("When does the next ferry to the islands leave?")
    check_answer(assistant, answer)
    assert answer.answered and answer.text in {"noon", "Friday", "noon on Friday", "at noon on Friday"}


def test_a_pdf_is_answered_from_its_text_with_offsets_into_that_text(make_assistant, news_pdf):
    assistant = make_assistant([parse_article("talks.pdf", news_pdf)])
    text = assistant.index.articles["talks.pdf"].text
    for question, expected, page in (("When will the exchange of prisoners of war begin?", {"May"}, 2),
                                     ("What would resume next month?", {"negotiations", "the negotiations"}, 1)):  # rejoined
        answer = assistant.ask(question)
        check_answer(assistant, answer)
        assert answer.answered and answer.text in expected and text[answer.start:answer.end] == answer.text
        assert answer.page == page


def test_an_article_without_sentences_is_answered_from(make_assistant):
    words = "harbour ferry noon Monday reopened " * 400  # 2,000 words, no punctuation at all
    assistant = make_assistant([Article("nostops.txt", words)])
    check_answer(assistant, assistant.ask("When did the harbour reopen?"))


def test_a_single_50000_character_line_is_answered_from(make_assistant):
    line = ("The ferry left at noon and the harbour master waved " * 1000)[:49_900] + " The code word is Zanzibar."
    assert len(line) > 49_900 and "\n" not in line
    assistant = make_assistant([Article("oneline.txt", line)])
    answer = assistant.ask("What is the code word?")
    check_answer(assistant, answer)


def test_a_refused_upload_leaves_the_loaded_articles_as_they_were(make_assistant, tmp_path, monkeypatch):
    import qa.assistant

    monkeypatch.setattr(qa.assistant, "INDEX_CACHE", tmp_path / "cache")
    assistant = make_assistant([Article("a.txt", "Alpha was first. Beta came second.")])
    before = assistant.ask("Who was first?")
    for bad_name, data in [("x.pdf", b"Words."), ("big.txt", b"a" * 2_000_001), ("bin.txt", b"\x00\x01"), ("latin.txt", b"caf\xe9")]:
        with pytest.raises(ValueError):
            assistant.add_article(parse_article(bad_name, data))
    assert assistant.articles == ["a.txt"]
    assert assistant.ask("Who was first?") == before
    shares = []
    assistant.add_article(parse_article("../../b.txt", b"Gamma came third."), log=lambda message: None, progress=shares.append)
    assert assistant.articles == ["a.txt", "b.txt"] and shares == [1.0]
    # the new index went into the index folder the assistant was given, not into the cache
    assert (tmp_path / "index" / qa.assistant.ADDED_INDEXES).is_dir() and not (tmp_path / "cache").exists()
    check_answer(assistant, assistant.ask("Who came third?"))


def test_adding_an_article_tells_the_assistant_s_log_unless_given_another(tmp_path, embedder, shipped_reader, capsys):
    messages = []
    assistant = Assistant.from_articles([Article("a.txt", "Alpha was first. Beta came second.")], reader=shipped_reader,
                                        embedder=embedder, index_dir=tmp_path / "index", log=messages.append)
    assistant.add_article(Article("b.txt", "Gamma came third."))
    assert messages[-1] == "Embedding b.txt: 1 of 1 passages and lines" and capsys.readouterr().out == ""
    own = []
    assistant.add_article(Article("c.txt", "Delta came fourth."), log=own.append)
    assert own[-1] == "Embedding c.txt: 1 of 1 passages and lines" and messages[-1] == "Embedding b.txt: 1 of 1 passages and lines"


def test_a_log_may_be_a_stream_written_a_line_at_a_time(tmp_path, embedder, shipped_reader):
    stream = io.StringIO()  # the script author's log=sys.stderr had been refused as no function
    assistant = Assistant.from_articles([Article("a.txt", "Alpha was first. Beta came second.")], reader=shipped_reader,
                                        embedder=embedder, index_dir=tmp_path / "index", log=stream)
    assistant.add_article(Article("b.txt", "Gamma came third."))
    assert stream.getvalue().endswith("Embedding b.txt: 1 of 1 passages and lines\n")


def test_an_assistant_given_no_log_says_nothing_and_still_answers(tmp_path, embedder, shipped_reader, capsys):
    german = ("Die neue Brücke über den Douro wurde am 3. Mai 2024 in Porto eröffnet. Der Bürgermeister hielt eine "
              "kurze Rede vor etwa zweitausend Zuschauern. Die Bauarbeiten hatten vier Jahre gedauert und kosteten "
              "48 Millionen Euro. Die Brücke ist 420 Meter lang und verbindet Porto mit Vila Nova de Gaia.")
    (tmp_path / "brücke.txt").write_text(german)  # loading it has something to say: it reads little like English
    assistant = Assistant.from_files(tmp_path / "brücke.txt", reader=shipped_reader, embedder=embedder,
                                     index_dir=tmp_path / "index", log=None)
    assistant.add_article(Article("b.txt", "Gamma came third."))  # says how far the embedding is
    check_answer(assistant, assistant.ask("Who came third?"))
    assert capsys.readouterr() == ("", "")


def test_a_cache_that_cannot_be_made_answers_from_memory_in_one_line(tmp_path, embedder, shipped_reader, monkeypatch):
    import qa.assistant

    (tmp_path / "home").write_text("a file where the home folder should be")  # as a read-only home (root writes anywhere)
    monkeypatch.setattr(qa.assistant, "INDEX_CACHE", tmp_path / "home" / ".cache" / "indexes")
    (tmp_path / "a.txt").write_text("Alpha was first. Beta came second.")
    messages = []
    assistant = Assistant.from_files(tmp_path / "a.txt", reader=shipped_reader, embedder=embedder, log=messages.append)
    check_answer(assistant, assistant.ask("Who came second?"))
    assert len(messages) == 1 and messages[0].startswith(f"{tmp_path}/home/.cache/indexes/")
    assert messages[0].endswith(": cannot keep the index there (Not a directory); answering from the index in memory.")
    with pytest.raises(IndexFolderError, match="cannot keep the index there"):  # a folder the user chose is theirs to fix
        Assistant.from_files(tmp_path / "a.txt", reader=shipped_reader, embedder=embedder,
                             index_dir=tmp_path / "home" / "index", log=messages.append)


def test_an_article_is_added_by_its_file_s_path_as_from_files_reads_it(make_assistant, tmp_path, monkeypatch):
    import qa.assistant

    monkeypatch.setattr(qa.assistant, "INDEX_CACHE", tmp_path / "cache")
    assistant = make_assistant([Article("a.txt", "Alpha was first. Beta came second.")])
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "b.md").write_text("# Race\n\nGamma came third.")
    assistant.add_article(tmp_path / "news" / "b.md", log=lambda message: None)
    (tmp_path / "c.txt").write_text("Delta came fourth.")
    assistant.add_article(str(tmp_path / "c.txt"), log=lambda message: None)
    assert assistant.articles == ["a.txt", "b.md", "c.txt"]
    check_answer(assistant, assistant.ask("Who came third?"))
    with pytest.raises(ValueError, match=f"^{re.escape(str(tmp_path / 'news'))} is a folder; add its articles one at a time"):
        assistant.add_article(tmp_path / "news")
    with pytest.raises(ArticleError, match="missing.txt"):
        assistant.add_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="^an article path is empty; name a file or folder$"):
        assistant.add_article("")  # not the current folder
    (tmp_path / "copy of c.txt").write_text("Delta came fourth.")
    with pytest.raises(ValueError, match="^copy of c.txt is already loaded, as c.txt$"):
        assistant.add_article(tmp_path / "copy of c.txt")
    fetched = []
    monkeypatch.setattr("index.fetch.fetch_article", lambda url: fetched.append(url) or Article("page.html", "Zeta came sixth."))
    assistant.add_article("https://example.com/page", log=lambda message: None)  # fetched, not refused as an ftp:// one
    assert fetched == ["https://example.com/page"] and assistant.articles[-1] == "page.html"
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "c.txt").write_text("Epsilon came fifth.")  # another file of a loaded one's name
    assert assistant.add_article(tmp_path / "old" / "c.txt", log=lambda message: None) == "old/c.txt"
    assert assistant.articles == ["a.txt", "b.md", "c.txt", "page.html", "old/c.txt"]
    assert assistant.ask("Who came fifth?").source == "old/c.txt"


def test_a_threshold_a_full_disk_refuses_names_its_file(make_assistant, monkeypatch):
    assistant = make_assistant([Article("a.txt", "A came first.")])

    def full_disk(self, *args, **kwargs):
        raise OSError(28, "No space left on device")  # at the write: no file name of its own

    monkeypatch.setattr(Path, "write_text", full_disk)
    with pytest.raises(OSError) as refusal:
        assistant.save_threshold(0.3)
    assert refusal.value.filename == str(assistant.index_dir / "assistant.json")


def test_adding_an_article_follows_the_threshold_saved_for_the_enlarged_set(make_assistant, embedder, shipped_reader,
                                                                          tmp_path, monkeypatch):
    import qa.assistant

    monkeypatch.setattr(qa.assistant, "INDEX_CACHE", tmp_path / "cache")
    a, b, c = (Article(f"{n}.txt", f"{n.upper()} came {place}.") for n, place in (("a", "first"), ("b", "second"), ("c", "third")))
    assistant = make_assistant([a])
    assistant.save_threshold(0.3)
    assert assistant.no_answer_threshold == 0.3
    enlarged = qa.assistant.index_folder([a, b, c], tmp_path / "index" / qa.assistant.ADDED_INDEXES)
    enlarged.mkdir(parents=True)
    keys = [{"name": x.name, "sha256": x.sha256} for x in (a, b, c)]
    (enlarged / qa.assistant.SETTINGS_FILE).write_text(json.dumps({"no_answer_threshold": 0.2, "articles": keys,
                                                                    "reader": shipped_reader.identity}))
    assistant.add_article(b, log=lambda message: None)
    assert assistant.no_answer_threshold == shipped_reader.no_answer_threshold  # 0.3 was tuned on a.txt alone
    assistant.add_article(c, log=lambda message: None)
    assert assistant.no_answer_threshold == 0.2

    chosen = Assistant.from_articles([a], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "chosen",
                                     no_answer_threshold=0.7, log=lambda message: None)
    chosen.add_article(b, log=lambda message: None)
    assert chosen.no_answer_threshold == 0.7  # asked for by the caller, so kept


def test_an_added_article_whose_index_cannot_be_saved_is_answered_from_memory(make_assistant, tmp_path, monkeypatch):
    def cannot_write(path, data):
        raise PermissionError(13, "Permission denied", str(path))

    assistant = make_assistant([Article("a.txt", "Alpha was first. Beta came second.")])
    monkeypatch.setattr("index.store._write_atomic", cannot_write)  # as in a read-only home or index folder
    messages = []
    assistant.add_article(Article("b.txt", "Gamma came third."), log=messages.append)
    assert assistant.articles == ["a.txt", "b.txt"]
    assert messages[-1] == (f"Index at {assistant.index_dir} could not be saved (PermissionError: Permission denied); "
                            "answering from the index in memory.")
    assert not any("could not be saved" in message for message in messages[:-1])
    answer = assistant.ask("Who came third?", sources="b.txt")
    check_answer(assistant, answer)


def test_a_file_added_again_replaces_its_article_in_its_place_or_changes_nothing(tmp_path, embedder, shipped_reader):
    from index.store import lists_articles

    (tmp_path / "porto.txt").write_text("The mayor of Porto is Rui Moreira. He was elected in 2013.")
    (tmp_path / "lyon.txt").write_text("The mayor of Lyon is Grégoire Doucet. He was elected in 2020.")
    files = [tmp_path / "porto.txt", tmp_path / "lyon.txt"]
    opened = lambda: Assistant.from_files(files, reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index", log=None)
    assistant = opened()
    (tmp_path / "porto.txt").write_text("The mayor of Porto is Pedro Duarte. He was elected in 2025.")
    messages = []
    assert assistant.add_article(tmp_path / "porto.txt", log=messages.append) == "porto.txt"
    assert assistant.articles == ["porto.txt", "lyon.txt"] and messages == ["Embedding porto.txt: 1 of 1 passages and lines"]
    answer = assistant.ask("Who is the mayor of Porto?")
    assert (answer.text, answer.source) == ("Pedro Duarte", "porto.txt")
    check_answer(assistant, answer)
    assert not any("Rui Moreira" in chunk.text for chunk in assistant.index.chunks)
    assert assistant.ask("Who is the mayor of Lyon?").text == "Grégoire Doucet"
    # The index saved is of the articles as loaded now: opened again, the files are answered from it, not indexed again.
    assert lists_articles(assistant.index_dir, list(assistant.index.articles.values()))
    assert opened().index.read_from == assistant.index_dir
    index = assistant.index
    (tmp_path / "x").mkdir()
    assert assistant.add_article(tmp_path / "x" / ".." / "porto.txt", log=messages.append) == "porto.txt"  # unchanged
    assert assistant.index is index and len(messages) == 1


def test_an_article_of_a_loaded_one_s_name_replaces_it_and_one_removed_is_answered_from_no_more(make_assistant, tmp_path):
    from index.store import lists_articles

    a, b = Article("a.txt", "Alpha was first. Beta came second."), Article("b.txt", "Gamma came third.")
    assistant = make_assistant([a])
    assistant.save_threshold(0.3)
    assert assistant.add_article(b) == "b.txt" and assistant.no_answer_threshold != 0.3
    assistant.add_article(Article("a.txt", "Alpha came last. Beta came second."))
    assert assistant.articles == ["a.txt", "b.txt"] and assistant.ask("Who came last?", sources="a.txt").text == "Alpha"
    assistant.add_article(Article("a.txt", a.text))
    assistant.remove_article("b.txt")
    assert assistant.articles == ["a.txt"] and {chunk.source for chunk in assistant.index.chunks} == {"a.txt"}
    with pytest.raises(ValueError, match="^no article named b.txt; loaded: a.txt$"):
        assistant.ask("Who came third?", sources="b.txt")
    # Back to the articles the assistant was opened with: their index folder, and the threshold saved for them.
    assert assistant.index_dir == tmp_path / "index" and assistant.no_answer_threshold == 0.3
    assert lists_articles(assistant.index_dir, list(assistant.index.articles.values()))
    with pytest.raises(ValueError, match="^no article named b.txt; loaded: a.txt$"):
        assistant.remove_article("b.txt")
    with pytest.raises(ValueError, match="^a.txt is the only article loaded; an assistant answers from one at least$"):
        assistant.remove_article("a.txt")
    with pytest.raises(TypeError, match="^remove_article takes an article's name as loaded, not list$"):
        assistant.remove_article(["a.txt"])


def test_a_file_of_a_loaded_one_s_name_in_another_folder_is_named_as_from_files_names_it(tmp_path, embedder, shipped_reader):
    for year in (2023, 2024, 2025):
        (tmp_path / str(year)).mkdir()
        (tmp_path / str(year) / "annual.txt").write_text(f"Revenue in {year} was {year - 2000} million euros.")
    opened = lambda files: Assistant.from_files([tmp_path / f for f in files], reader=shipped_reader, embedder=embedder,
                                                index_dir=tmp_path / "index", log=None)
    assert opened(["2023/annual.txt", "2024/annual.txt"]).articles == ["2023/annual.txt", "2024/annual.txt"]
    assistant = opened(["2023/annual.txt"])
    # The loaded one keeps its name, which answers given already cite; the new one takes from_files' name for it.
    assert assistant.add_article(tmp_path / "2024" / "annual.txt", log=lambda message: None) == "2024/annual.txt"
    assert assistant.add_article(tmp_path / "2025" / "annual.txt", log=lambda message: None) == "2025/annual.txt"
    assert assistant.articles == ["annual.txt", "2024/annual.txt", "2025/annual.txt"]


@pytest.mark.parametrize("saved, problem", [
    ("{bad", "is damaged (Expecting property name"),
    ('{"no_answer_threshold": 1.01, "articles": KEYS, "reader": READER}', "is damaged (a threshold of 1.01, not a number from 0 to 1)"),
    ('{"no_answer_threshold": "high", "articles": KEYS, "reader": READER}', "is damaged (a threshold of 'high', not a number"),
    ('{"no_answer_threshold": 0.2, "reader": READER}', "is damaged (no articles in it)"),  # not "KeyError: 'articles'"
    ('[0.2]', "is damaged (a JSON list, not the settings' object)"),
    ('{"no_answer_threshold": 0.2, "articles": [1], "reader": READER}', "is damaged (TypeError: "),  # review: "unreadable"
    ('{"no_answer_threshold": 0.2, "articles": [{"name": "other.txt", "sha256": "0"}], "reader": READER}', "was saved for other articles"),
    ('{"no_answer_threshold": 0.2, "articles": KEYS, "reader": "/elsewhere/reader (0123)"}',
     "was saved for another reader (/elsewhere/reader (0123))"),
    ('{"no_answer_threshold": 0.2, "articles": KEYS, "reader": "SHIPPED (0123)"}',
     "was saved for an earlier version of this reader (SHIPPED (0123))"),
    ('{"no_answer_threshold": 0.2, "articles": KEYS, "reader": null}', "is damaged (a reader of None, not a reader's name)"),
    ('{"no_answer_threshold": 0.2, "articles": KEYS, "reader": 5}', "is damaged (a reader of 5, not a reader's name)"),
])
def test_a_saved_threshold_that_is_damaged_or_for_other_articles_is_set_aside_in_one_line(tmp_path, embedder, shipped_reader,
                                                                                         saved, problem):
    article = Article("a.txt", "Alpha was first. Beta came second.")
    keys = json.dumps([{"name": article.name, "sha256": article.sha256}])
    (tmp_path / "index").mkdir()
    saved = saved.replace("KEYS", keys).replace("READER", json.dumps(shipped_reader.identity))
    saved, problem = (text.replace("SHIPPED", reader_place(shipped_reader.identity)) for text in (saved, problem))
    (tmp_path / "index" / "assistant.json").write_text(saved)
    messages = []
    assistant = Assistant.from_articles([article], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=messages.append)
    assert assistant.no_answer_threshold == shipped_reader.no_answer_threshold
    [message] = messages  # the index itself was built quietly
    assert message.startswith(f"{tmp_path}/index/assistant.json {problem}")
    assert message.endswith(f"; using the reader's no-answer threshold, {shipped_reader.no_answer_threshold:g}.")
    assert (tmp_path / "index" / "assistant.json").read_text() == saved  # set aside, not lost

    assistant.save_threshold(0.25)
    again = Assistant.from_articles([article], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                    log=messages.append)
    assert again.no_answer_threshold == 0.25 and len(messages) == 1
    with pytest.raises(ValueError, match="from 0 to 1, not 1.5"):
        again.save_threshold(1.5)


def test_a_threshold_saved_for_this_reader_in_another_folder_holds(tmp_path, embedder, shipped_reader):
    # The script author's: a checkout moved, or the package installed, had set every threshold saved aside
    article, messages = Article("a.txt", "Alpha was first. Beta came second."), []
    keys = [{"name": article.name, "sha256": article.sha256}]
    moved = f"/elsewhere/reader ({shipped_reader.identity.rpartition(' (')[2]}"
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / "assistant.json").write_text(json.dumps({"no_answer_threshold": 0.3, "articles": keys, "reader": moved}))
    assistant = Assistant.from_articles([article], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=messages.append)
    assert assistant.no_answer_threshold == 0.3 and messages == []


def test_a_saved_threshold_that_cannot_even_be_looked_at_is_set_aside_in_one_line(tmp_path, embedder, shipped_reader,
                                                                                   monkeypatch):
    # a folder of mode 000 had ended in a PermissionError traceback from `is_file` (a review's, session 53)
    article, messages = Article("a.txt", "Alpha was first. Beta came second."), []
    Assistant.from_articles([article], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index", log=None)
    real_is_file = Path.is_file
    monkeypatch.setattr(Path, "is_file", lambda path: (_ for _ in ()).throw(PermissionError(13, "Permission denied", str(path)))
                        if path.name == "assistant.json" else real_is_file(path))
    assistant = Assistant.from_articles([article], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=messages.append)
    assert assistant.no_answer_threshold == shipped_reader.no_answer_threshold
    assert messages == [f"{tmp_path}/index/assistant.json is unreadable (PermissionError: [Errno 13] Permission denied: "
                        f"'{tmp_path}/index/assistant.json'); using the reader's no-answer threshold, "
                        f"{shipped_reader.no_answer_threshold:g}."]


def test_an_assistant_says_where_its_threshold_comes_from_and_a_saved_one_can_be_forgotten(tmp_path, embedder, shipped_reader):
    # A threshold saved with --save-threshold could not be undone, and went unnoticed (eval review).
    article = Article("a.txt", "Alpha was first. Beta came second.")
    given = lambda **options: Assistant.from_articles([article], reader=shipped_reader, embedder=embedder,
                                                      index_dir=tmp_path / "index", log=None, **options)
    assistant = given()
    assert (assistant.no_answer_threshold, assistant.threshold_source) == (shipped_reader.no_answer_threshold, "the default")
    assert assistant.reset_threshold() is None  # none saved: nothing to forget
    saved = assistant.save_threshold(0.000005)
    assert assistant.threshold_source == given().threshold_source == f"saved for these articles in {saved}"
    assert (given(no_answer_threshold=0.3).no_answer_threshold, given(no_answer_threshold=0.3).threshold_source) == (
        0.3, "given to the assistant")
    assert assistant.reset_threshold() == saved and not saved.exists()
    assert (assistant.no_answer_threshold, assistant.threshold_source) == (shipped_reader.no_answer_threshold, "the default")
    assert given().no_answer_threshold == shipped_reader.no_answer_threshold
    session = given(no_answer_threshold=0.3)
    session.save_threshold(0.2)
    session.reset_threshold()
    assert (session.no_answer_threshold, session.threshold_source) == (0.3, "given to the assistant")  # as it was given


def test_a_threshold_saved_for_articles_holds_for_them_in_any_order(tmp_path, embedder, shipped_reader):
    a, b = Article("a.txt", "Alpha was first."), Article("b.txt", "Beta came second.")
    messages = []
    given = lambda articles: Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder,
                                                     index_dir=tmp_path / "index", log=messages.append)
    given([b, a]).save_threshold(0.25)
    assert given([a, b]).no_answer_threshold == 0.25 and messages == []


# -- how many passages are read ----------------------------------------------------------------

class RecordingReader:
    """A stand-in reader whose every reading has one span of the given log-odds; it records what it reads."""

    no_answer_threshold = 0.5
    threshold_source = "the default"
    calibration = Calibration()

    def __init__(self, logit: float):
        self.logit, self.reads = logit, []

    def read_many(self, questions: list[str], contexts: list[list[str]], top_k: int | None = None, answerable=None) -> list[Reading]:
        self.reads.append(contexts)
        return [Reading([SpanCandidate(0, 0, 3, self.logit, 0.9)], 0.1) for _ in questions]


class TellingReader(RecordingReader):
    """A RecordingReader that also keeps, for each reading, the questions as read, the first question's passages, and
    what it was told of which spans may answer (`answerable`)."""

    def __init__(self, logit: float):
        super().__init__(logit)
        self.told = []

    def read_many(self, questions, contexts, top_k=None, answerable=None):
        self.told.append((questions, contexts[0], answerable))
        return super().read_many(questions, contexts, top_k)


def told_asking(make_assistant, article: Article, question: str):
    """What a reader asked `question` of `article` alone is told: the passages it reads, and which spans may answer."""
    assistant, reader = make_assistant([article]), TellingReader(2.0)
    Assistant(assistant.index, assistant.embedder, reader).ask(question)
    [(_, texts, answerable)] = reader.told
    return texts, answerable


def regions_text(assistant: Assistant, regions) -> list[str]:
    return [assistant.index.articles[r.source].text[r.start:r.end] for r in regions]


@pytest.mark.parametrize("passages", [2, 4])
def test_the_first_passages_to_read_are_read_once_even_when_unsure(seed_assistant, passages):
    reader = RecordingReader(-3.0)  # a span less likely than no answer
    assistant = Assistant(seed_assistant.index, seed_assistant.embedder, reader, passages_to_read=passages)
    finding = assistant.find("Where was the media briefing held?", top_k=6)
    first = merge_regions(finding.hits[:passages])
    assert len(finding.hits) == 6  # more are cited than read
    assert reader.reads == [[regions_text(assistant, first)]] and finding.regions == first
    answer = assistant.decide(finding)  # the span is placed in the regions it was read from
    assert answer.start == first[0].start and answer.text == regions_text(assistant, first)[0][:3]


def test_the_cache_keeps_the_most_recently_used_indexes_and_every_saved_threshold(tmp_path):
    import os

    from qa.assistant import CACHE_KEPT, SETTINGS_FILE, keep_cache_small

    cache = tmp_path / "indexes"
    entries = [cache / f"{n:016x}" for n in range(CACHE_KEPT + 5)]
    for number, entry in enumerate(entries):  # entries[0] the least recently used
        entry.mkdir(parents=True)
        os.utime(entry, (1_000_000 + number, 1_000_000 + number))
    (entries[1] / SETTINGS_FILE).write_text("{}")  # a threshold the user saved: never removed
    (cache / "mine").mkdir()  # not one of the cache's entries
    keep_cache_small(entries[0])  # the oldest, used now
    kept = sorted(p.name for p in cache.iterdir())
    assert entries[0].name in kept and entries[1].name in kept and "mine" in kept
    assert len(kept) == CACHE_KEPT + 2 and entries[2].name not in kept and entries[-1].name in kept


def test_an_article_loaded_twice_under_two_names_is_as_sure_as_once(make_assistant):
    text = "The Varnholm lighthouse is kept by Ingrid Solberg. It was painted red in 2003 and stands 42 metres tall."
    once = make_assistant([Article("a.txt", text)]).ask("Who keeps the Varnholm lighthouse?")
    twice = make_assistant([Article("a.txt", text), Article("copy of a.txt", text)]).ask("Who keeps the Varnholm lighthouse?")
    assert once.answered and twice.text == once.text and twice.score == pytest.approx(once.score, abs=0.01)


def test_a_story_loaded_again_under_another_headline_is_about_as_sure_as_once(make_assistant):
    # Chat audit, session 38: pasted again under another first line, its passage is no copy word for word, and the
    # answer's confidence had fallen from 97 % to 47 % (34 % with a third copy).
    body = ("LEEDS - The city council voted 41 to 12 on Wednesday to build a new tram line linking the railway station "
            "to the university hospital.\nCouncillor Priya Shah, who chairs the transport committee, said construction will "
            "begin in March 2027 and cost 310 million pounds.\n")
    question = "Who chairs the transport committee?"
    once = make_assistant([Article("Tram line.txt", f"City council approves new tram line\n{body}")]).ask(question)
    copies = [Article(f"{title}.txt", f"{title}\n{body}") for title in ("City council approves new tram line", "Another name", "Third")]
    thrice = make_assistant(copies).ask(question)
    assert once.answered and thrice.text == once.text and thrice.score == pytest.approx(once.score, abs=0.06)  # 0.92, 0.97


@pytest.mark.parametrize("names", [("a.txt", "copy of a.txt"), ("copy of a.txt", "a.txt")])
def test_a_passage_in_two_articles_is_cited_once_and_credited_to_the_article_loaded_first(make_assistant, names):
    text = "The Varnholm lighthouse is kept by Ingrid Solberg. It was painted red in 2003 and stands 42 metres tall."
    answer = make_assistant([Article(name, text) for name in names]).ask("Who keeps the Varnholm lighthouse?")
    assert answer.source == names[0] and [citation.source for citation in answer.citations] == [names[0]]
    refusal = make_assistant([Article(name, text) for name in names]).ask("Who designed the Varnholm lighthouse?", top_k=2)
    assert [citation.source for citation in refusal.citations] == [names[0]]


BRIDGES = "".join(f"The {name} bridge was opened in {year}. It crosses the river at {place} and carries {cars:,} cars a day. "
                  f"Its engineer was {engineer}, who also designed the railway station at {place}. Repairs in {year + 30} "
                  f"closed it for {months} months, and a footpath was added on its eastern side in {year + 41}.\n\n"
                  for name, year, place, cars, engineer, months in [
                      ("Alder", 1931, "Kelmsby", 12000, "Ruth Okafor", 4), ("Birch", 1947, "Tarnow Ford", 8500, "Ivo Lindqvist", 7),
                      ("Cedar", 1958, "Pellworth", 21000, "Mara Quist", 3), ("Dogwood", 1966, "Osterby", 6400, "Tomas Reyes", 9),
                      ("Elm", 1979, "Harrowgate Mill", 15500, "Anneke Voss", 5), ("Fir", 1988, "Lunden", 9900, "Ciaran Doyle", 6)])


def test_an_article_loaded_twice_reads_and_cites_as_many_passages_as_once(make_assistant):
    question = "Who was the engineer of the Cedar bridge?"
    once = make_assistant([Article("bridges.txt", BRIDGES)]).find(question, top_k=3)
    twice_assistant = make_assistant([Article("bridges.txt", BRIDGES), Article("bridges copy.txt", BRIDGES)])
    twice = twice_assistant.find(question, top_k=3)
    assert len(once.hits) == 4 and [(h.chunk.start, h.chunk.end) for h in twice.hits] == [(h.chunk.start, h.chunk.end) for h in once.hits]
    assert twice.regions == once.regions
    assert len(twice_assistant.decide(twice).citations) == 3


@pytest.mark.parametrize("in_cache", [True, False])
def test_an_edited_article_is_the_only_one_embedded_again(tmp_path, embedder, shipped_reader, monkeypatch, in_cache):
    """Its new index is in another cache entry (named by the articles' texts), or the same folder given: either
    way the unchanged articles' passages are taken from the index saved before."""
    import qa.assistant

    monkeypatch.setattr(qa.assistant, "INDEX_CACHE", tmp_path / "cache")
    options = dict(reader=shipped_reader, embedder=embedder, index_dir=None if in_cache else tmp_path / "index")
    lighthouse = Article("lighthouse.txt", "The Varnholm lighthouse is kept by Ingrid Solberg. It was painted red in 2003.")
    bridge = Article("bridge.txt", "The Alder bridge was opened in 1931. Its engineer was Ruth Okafor.")
    mill = Article("mill.txt", "The Tessaly mill ground flour until 1958. It is a museum now.")
    Assistant.from_articles([lighthouse, mill, bridge], log=None, **options)
    embedded, messages = [], []
    monkeypatch.setattr(embedder, "embed", lambda texts, embed=embedder.embed: embedded.extend(texts) or embed(texts))
    edited = Article("bridge.txt", bridge.text + " It was repainted green in 1990.")
    assistant = Assistant.from_articles([lighthouse, mill, edited], log=messages.append, **options)
    # of the unchanged articles' passages, one embedded again: to check the saved vectors are this model's (index/store.py)
    assert sum("Varnholm" in text or "Tessaly" in text for text in embedded) == 1 and any("green" in text for text in embedded)
    assert messages == ([] if in_cache else  # a new cache entry is built quietly
                        [f"Index at {tmp_path / 'index'} is stale (bridge.txt changed since it was built); "
                         "rebuilding it (the passages of 2 unchanged articles kept)."])
    assert assistant.ask("Who keeps the Varnholm lighthouse?").text == "Ingrid Solberg"
    assert assistant.ask("What colour was the Alder bridge repainted?").text == "green"


def test_the_same_articles_in_another_order_share_one_cached_index(tmp_path):
    from qa.assistant import index_folder

    a, b, c = Article("a.txt", "One."), Article("b.txt", "Two."), Article("c.txt", "Three.")
    assert index_folder([a, b], tmp_path) == index_folder([b, a], tmp_path) != index_folder([a, c], tmp_path)


# -- Markdown tables ----------------------------------------------------------------------------

RELEASES = [("1.0", "March 2012", "Alder"), ("1.1", "October 2012", "Birch"), ("2.0", "June 2013", "Cedar"),
            ("2.1", "January 2014", "Dogwood"), ("3.0", "August 2014", "Elm"), ("3.1", "May 2015", "Fir"),
            ("4.0", "February 2016", "Ginkgo"), ("4.1", "November 2016", "Hazel"), ("5.0", "July 2017", "Ironwood"),
            ("5.1", "April 2018", "Juniper"), ("6.0", "December 2018", "Kapok"), ("6.1", "September 2019", "Larch"),
            ("7.0", "June 2020", "Maple"), ("7.1", "March 2021", "Nutmeg")]
RELEASE_HISTORY = ("# Release history\n\nThe project has made a release every six to nine months since 2012. Each "
                   "release is named after a tree, in alphabetical order.\n\n| Version | Released | Codename |\n|---|---|---|\n"
                   + "".join(f"| {version} | {released} | {name} |\n" for version, released, name in RELEASES)
                   + "\nVersion 8.0 is planned for the autumn.\n")


class TableCellReader(RecordingReader):
    """A stand-in reader that answers with the first place of `shown` in the text it reads."""

    def __init__(self, shown: str):
        super().__init__(2.0)
        self.shown = shown

    def read_many(self, questions: list[str], contexts: list[list[str]], top_k: int | None = None, answerable=None) -> list[Reading]:
        self.reads.append(contexts)
        found = [(number, text.index(self.shown)) for number, text in enumerate(contexts[0]) if self.shown in text]
        return [Reading([SpanCandidate(number, at, at + len(self.shown), 2.0, 0.9) for number, at in found[:1]], 0.1)]


def test_the_reader_reads_markdown_table_cells_named_by_their_column_and_answers_point_into_the_article(make_assistant):
    article = parse_article("releases.md", RELEASE_HISTORY.encode())
    assistant = make_assistant([article])
    reader = TableCellReader("Released: September 2019")  # the name is the reader's; the answer, the article's text
    answer = Assistant(assistant.index, assistant.embedder, reader).ask("When was version 6.1 released?")
    assert "| Version: 6.1 | Version 6.1, Released: September 2019 | Version 6.1, Codename: Larch |" in "".join(reader.reads[0][0])
    check_answer(assistant, answer)
    assert answer.text == "September 2019" and answer.start == RELEASE_HISTORY.index("September 2019")


def test_questions_about_rows_of_a_markdown_table_are_answered_from_its_cells(make_assistant):
    assistant = make_assistant([parse_article("releases.md", RELEASE_HISTORY.encode())])
    for question, expected in (("What was version 2.1 called?", "Dogwood"), ("When was Kapok released?", "December 2018"),
                               ("When was Cedar released?", "June 2013"), ("When did version 4.0 come out?", "February 2016")):
        answer = assistant.ask(question)  # unanswered, or another row's, when the reader reads the rows as written
        check_answer(assistant, answer)
        assert answer.text == expected, question


class RefusingReader(RecordingReader):
    """A stand-in reader that finds no span in anything it reads, as the shipped one in many a table."""

    def read_many(self, questions, contexts, top_k=None, answerable=None):
        self.reads.append(contexts)
        return [Reading([], 1.0) for _ in questions]


def test_a_table_cell_the_question_names_by_row_and_column_is_answered_where_the_reader_finds_nothing(make_assistant):
    indexed = make_assistant([parse_article("releases.md", RELEASE_HISTORY.encode())])
    reader = RefusingReader(0.0)
    assistant = Assistant(indexed.index, indexed.embedder, reader, passages_to_read=1)
    answer = assistant.ask("When was the release codenamed Kapok released?")  # "Kapok", a key of its row; "released", its column
    check_answer(assistant, answer)
    assert answer.text == "December 2018" and answer.score == pytest.approx(NAMED_CELL_PROBABILITY)
    assert answer.citations[0].start <= answer.start < answer.citations[0].end  # its passage read and cited, whatever its rank
    assert not assistant.ask("When was the release codenamed Kapok planned?").answered  # no column named: the reader's to say
    assert not assistant.ask("When were Kapok and Larch released?").answered  # two cells


class OneSpanReader(RecordingReader):
    """A stand-in reader that finds the first place of `shown` in what it reads, `probability` likely."""

    def __init__(self, shown: str, probability: float):
        super().__init__(0.0)
        self.shown, self.probability = shown, probability

    def read_many(self, questions, contexts, top_k=None, answerable=None):
        self.reads.append(contexts)
        found = [(number, text.index(self.shown)) for number, text in enumerate(contexts[0]) if self.shown in text]
        logit = math.log(self.probability / (1 - self.probability))
        return [Reading([SpanCandidate(number, at, at + len(self.shown), logit, self.probability) for number, at in found[:1]],
                        1 - self.probability) for _ in questions]


@pytest.mark.parametrize("probability, answer", [
    (0.5, "December 2018"),  # the reader's span less likely than a named cell is right: the cell
    (0.95, "in the spring of 2019"),  # as likely at least: the reader's ("What was the restated figure?", a review's)
])
def test_a_span_the_reader_finds_as_likely_as_a_named_cell_stays_ahead_of_it(make_assistant, probability, answer):
    article = RELEASE_HISTORY + "\nKapok slipped. Its installers followed in the spring of 2019.\n"  # its paragraph names the row
    indexed = make_assistant([parse_article("releases.md", article.encode())])
    assistant = Assistant(indexed.index, indexed.embedder, OneSpanReader("in the spring of 2019", probability))
    assert assistant.ask("When was the release codenamed Kapok released?").text == answer
    # but not one whose sentence says nothing the question names the row by: "The full cost is £295" (0.99) had answered
    # "How much is the deposit for the trip?" beside a payments table's Deposit row (bench/unseen14, written blind)
    unnamed = Assistant(indexed.index, indexed.embedder, OneSpanReader("every six to nine months", probability))
    answer = unnamed.ask("When was the release codenamed Kapok released?")
    # as sure as a named cell is, not as the distractor it passed: "£60", the trip's deposit, had been 50 % likely
    assert answer.text == "December 2018" and answer.score >= NAMED_CELL_PROBABILITY


def test_a_sure_span_of_another_cell_of_the_table_does_not_stay_ahead_of_the_named_cell(make_assistant):
    article = "# Traffic\n\n| Year | Vehicles a day | Accidents |\n|---|---|---|\n| 2019 | 22,400 | 31 |\n| 2020 | 17,900 | 12 |\n"
    indexed = make_assistant([parse_article("traffic.md", article.encode())])
    # the reader sure of the row above's figure, as the shipped one was of a web page's table (a review's, session 53)
    assistant = Assistant(indexed.index, indexed.embedder, OneSpanReader("31", 0.95))
    answer = assistant.ask("How many accidents were there in 2020?")
    assert answer.text == "12" and answer.score >= NAMED_CELL_PROBABILITY


def test_a_sentence_of_several_of_the_table_s_rows_neither_stays_ahead_of_the_named_cell_nor_answers_beside_it(make_assistant):
    article = ("# Plans\n\n| Plan | Monthly price | Users |\n|---|---|---|\n| Growth | £24 | 3 |\n| Practice | £58 | 10 |\n\n"
               "Extra users on the Growth and Practice plans cost £4 each per month.\n")
    indexed = make_assistant([parse_article("plans.md", article.encode())])
    # the shipped reader's: "£4 each per month" (0.93) for what the Practice plan costs, an API user's
    assistant = Assistant(indexed.index, indexed.embedder, OneSpanReader("£4 each per month", 0.95))
    answer = assistant.ask("What does the Practice plan cost?")
    assert answer.text == "£58" and answer.score >= NAMED_CELL_PROBABILITY
    # a sentence naming another row apart may say what the table does not (a code review's: the restated 102 had lost)
    sales = ("# Sales\n\n| Region | Q1 | Q2 |\n|---|---|---|\n| North | 90 | 95 |\n| South | 80 | 85 |\n\n"
             "The North's Q2 figure was later restated to 102 after sales were moved from the South.\n")
    indexed = make_assistant([parse_article("sales.md", sales.encode())])
    assert Assistant(indexed.index, indexed.embedder, OneSpanReader("102", 0.95)).ask("What was the North's Q2 figure?").text == "102"
    solo = make_assistant([parse_article("plans.md", article.replace("the Growth and Practice plans", "the Practice plan").encode())])
    assert Assistant(solo.index, solo.embedder, OneSpanReader("£4 each per month", 0.95)).ask(
        "What does the Practice plan cost?").text == "£4 each per month"  # of the row alone: it may say what the table does not


COMPARISON = ("# Three ultrabooks compared\n\nWe used all three laptops as our daily machines for three weeks.\n\n"
              "| Specification | Corvex Aero 14 | Lumina Slate 13 | Nordvik Pro 15 |\n|---|---|---|---|\n"
              + "".join(f"| {row} |\n" for row in (
                  "Processor | Ryzen 7 8840U | Core Ultra 5 125U | Core Ultra 7 155H", "Memory | 16 GB LPDDR5X | 8 GB LPDDR5 | 32 GB DDR5",
                  "Storage | 1 TB NVMe SSD | 512 GB NVMe SSD | 1 TB NVMe SSD", "Display | 14-inch OLED, 120 Hz | 13.3-inch IPS, 60 Hz | 15.6-inch IPS, 165 Hz",
                  "Peak brightness | 412 nits | 356 nits | 488 nits", "Battery capacity | 72 Wh | 54 Wh | 86 Wh",
                  "Battery life | 13 hr 40 min | 11 hr 05 min | 9 hr 20 min", "Weight | 1.28 kg | 1.09 kg | 1.86 kg",
                  "Ports | 2x USB-C, 1x USB-A, HDMI 2.1 | 2x USB-C | 2x USB-C, 2x USB-A, HDMI 2.1, SD card",
                  "Webcam | 1080p with IR | 720p | 1080p with IR", "Warranty | 2 years | 1 year | 2 years"))
              + "\nThe Corvex Aero 14 is our pick for most students.\n")


def test_a_column_named_by_a_value_of_its_answers_which_one_though_its_header_is_in_another_passage(make_assistant):
    # a comparison whose columns are laptops, its header in an earlier passage than the value (a set written blind, session 54)
    assistant = make_assistant([parse_article("laptops.md", COMPARISON.encode())])
    header, webcam = COMPARISON.index("Lumina Slate 13"), COMPARISON.index("| Webcam")
    assert not any(chunk.start <= header and webcam < chunk.end for chunk in assistant.index.chunks)
    for question in ("Which laptop has a 720p webcam?", "Which laptop has only 8 GB of memory?"):
        answer = assistant.ask(question)
        assert (answer.text, answer.start) == ("Lumina Slate 13", header)
    assert assistant.ask("Which laptop has an SD card reader?").text == "Nordvik Pro 15"
    assert "Weight" not in assistant.ask("How much does the Nordvik Pro 15 weigh?").text  # a column's name answers no how much


WEEK_32 = ("# Week 32\n\n| Rep | Calls | Demos booked |\n|---|---|---|\n| Priya | 126 | 9 |\n| Marcus | 98 | 6 |\n"
           "| Aisling | 141 | 11 |\n| Team total | 365 | 26 |\n\nMarcus had a quiet week.\n")


def test_a_superlative_over_a_column_is_answered_by_comparing_its_figures_whatever_the_reader_says(make_assistant):
    indexed = make_assistant([parse_article("sales.md", WEEK_32.encode())])
    sure = Assistant(indexed.index, indexed.embedder, OneSpanReader("Marcus", 0.95))  # a reader sure of another rep
    answer = sure.ask("Who booked the most demos?")
    assert answer.text == "Aisling" and WEEK_32[answer.start:answer.end] == "Aisling" and answer.score >= NAMED_CELL_PROBABILITY
    assert sure.ask("How many calls did the rep with the most demos booked make?").text == "141"
    assert sure.ask("Who had a quiet week?").text == "Marcus"  # comparing nothing: the reader's
    assert sure.ask("Who made the most profit?").text == "Marcus"  # a measure the table does not hold: the reader's


def test_a_sure_span_of_the_prose_naming_another_row_stays_ahead_of_the_compared_cell(make_assistant):
    article = WEEK_32.replace("Marcus had a quiet week.", "Last week Marcus made the most calls.")
    indexed = make_assistant([parse_article("sales.md", article.encode())])
    # the reader sure of the prose's "Marcus", a row's label: the prose says of another week what the table does not
    answer = Assistant(indexed.index, indexed.embedder, ProseSpanReader("Marcus", "week Marcus", 0.95)).ask(
        "Who made the most calls last week?")
    assert answer.text == "Marcus" and answer.start == article.index("Marcus made")
    # less sure, or sure of what is no row's label, it gives way to the comparison
    assert Assistant(indexed.index, indexed.embedder, ProseSpanReader("Marcus", "week Marcus", 0.6)).ask(
        "Who made the most calls last week?").text == "Aisling"
    assert Assistant(indexed.index, indexed.embedder, OneSpanReader("Last week", 0.95)).ask(
        "Who made the most calls last week?").text == "Aisling"


class ProseSpanReader(OneSpanReader):
    """`OneSpanReader` finding `shown` where it is within `around` (the prose's "Marcus", not the table's)."""

    def __init__(self, shown: str, around: str, probability: float):
        super().__init__(shown, probability)
        self.around = around

    def read_many(self, questions, contexts, top_k=None, answerable=None):
        readings = super().read_many(questions, [[text.replace(self.shown, "\0" * len(self.shown)).replace(
            self.around.replace(self.shown, "\0" * len(self.shown)), self.around) for text in contexts[0]]], top_k, answerable)
        return readings


def test_a_question_asking_why_is_answered_by_no_cell_it_names(make_assistant):
    indexed = make_assistant([parse_article("releases.md", RELEASE_HISTORY.encode())])
    assistant = Assistant(indexed.index, indexed.embedder, RefusingReader(0.0))
    assert not assistant.ask("Why was the release codenamed Kapok released?").answered


def test_a_question_naming_an_empty_table_cell_by_row_and_column_is_not_answered_from_beside_it(make_assistant):
    figures = ("# First half\n\n| Month | Revenue | Costs |\n|---|---|---|\n| May | 503.4 | 402.7 |\n| June | 488.9 | |\n"
               "| July | 470.0 | 390.1 |\n\nJune's costs and margin are missing until freight is reconciled.\n")
    indexed = make_assistant([parse_article("figures.md", figures.encode())])
    assistant = Assistant(indexed.index, indexed.embedder, OneSpanReader("freight", 0.6))  # a reader answering "freight"
    assert assistant.ask("What was the revenue in July?").answered
    answer = assistant.ask("What were the costs in June?")
    assert not answer.answered and answer.no_answer_probability == pytest.approx(NAMED_CELL_PROBABILITY)
    # but for a span the reader finds as likely as a named cell is right ("June's costs, 401.2, came in late", a review's)
    sure = Assistant(indexed.index, indexed.embedder, OneSpanReader("freight", 0.95))
    assert sure.ask("What were the costs in June?").text == "freight"
    # nor is an empty cell of an article not read: another branch's report, where the question names this one's
    both = make_assistant([parse_article("figures.md", figures.encode()),
                           parse_article("york.md", b"# York\n\nThe York branch's costs in June were 390.5 in all.\n")])
    assert both._one_cell("What were the costs in June?", {"york.md"}, named_cells) is None
    assert both._one_cell("What were the costs in June?", {"figures.md", "york.md"}, named_cells) == ("figures.md", None)


def test_a_passage_that_starts_inside_a_markdown_table_is_read_with_its_header_s_names(make_assistant):
    indexed = make_assistant([parse_article("releases.md", RELEASE_HISTORY.encode())])
    assistant = Assistant(indexed.index, indexed.embedder, indexed.reader, passages_to_read=1)
    finding = assistant.find("When was version 4.1 released?")  # a row of the second passage, which starts inside the table
    assert RELEASE_HISTORY.index("| 1.0") < finding.regions[0].start < RELEASE_HISTORY.index("| 4.1")
    answer = assistant.decide(finding)
    check_answer(assistant, answer)
    assert answer.text == "November 2016"  # "February 2016", 4.0's, when the reader reads the rows as written


# -- Markdown inline markup -----------------------------------------------------------------------

EMPHASISED = ("# Talks in Geneva\n\nThe delegation was led by *Lena Okafor*, the **deputy foreign minister** of Nigeria, "
              "who arrived on `Tuesday`.\n\nShe met [Albert Khorev](https://example.com/khorev), a spokesman for the "
              "Kremlin, at the _Palais des Nations_.\n\nThe talks ended without a deal, according to __Reuters__.\n")


def test_a_markdown_article_is_read_without_its_inline_markup_and_answers_point_into_it_as_written(make_assistant):
    indexed = make_assistant([parse_article("talks.md", EMPHASISED.encode())])
    reader = TableCellReader("deputy foreign minister of Nigeria")
    answer = Assistant(indexed.index, indexed.embedder, reader).ask("Who is Lena Okafor?")
    read = "".join(reader.reads[0][0])
    assert "led by Lena Okafor, the deputy foreign minister of Nigeria" in read and "*" not in read and "https" not in read
    check_answer(indexed, answer)
    assert answer.text == "**deputy foreign minister** of Nigeria"  # verbatim: the mark inside it stays, with its partner


def test_a_text_article_s_asterisks_are_read_as_written(make_assistant):
    indexed = make_assistant([parse_article("talks.txt", EMPHASISED.encode())])
    reader = TableCellReader("*Lena Okafor*")
    answer = Assistant(indexed.index, indexed.embedder, reader).ask("Who led the delegation?")
    assert answer.text == "*Lena Okafor*"


def test_answers_read_from_markdown_without_its_markup_are_found_where_markup_hid_them(make_assistant):
    assistant = make_assistant([parse_article("talks.md", EMPHASISED.encode())])
    for question, expected in (("According to whom did the talks end without a deal?", "Reuters"),  # refused as written
                               ("Where did she meet Khorev?", "Palais des Nations")):  # "Geneva", read as written
        answer = assistant.ask(question)
        check_answer(assistant, answer)
        assert answer.text == expected, question


def test_a_threshold_saved_when_readers_were_known_by_their_reader_json_s_bytes_still_holds(tmp_path, embedder, shipped_reader):
    import hashlib

    from qa.reader import SHIPPED_READER

    article = Article("a.txt", "Alpha was first. Beta came second.")
    earlier = f"{SHIPPED_READER} ({hashlib.sha256((SHIPPED_READER / 'reader.json').read_bytes()).hexdigest()[:16]})"
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / "assistant.json").write_text(json.dumps(
        {"no_answer_threshold": 0.2, "articles": [{"name": article.name, "sha256": article.sha256}], "reader": earlier}))
    messages = []
    assistant = Assistant.from_articles([article], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=messages.append)
    assert assistant.no_answer_threshold == 0.2 and messages == []


def test_a_threshold_saved_for_articles_holds_when_the_reader_s_own_default_is_saved(tmp_path, embedder):
    from qa.reader import SHIPPED_READER, Reader, save_threshold

    folder = tmp_path / "reader"
    folder.mkdir()
    for file in SHIPPED_READER.iterdir():  # a reader of one's own, as `qa eval --reader-only --save-threshold` writes into
        (folder / file.name).symlink_to(file)
    (folder / "reader.json").unlink()
    (folder / "reader.json").write_text((SHIPPED_READER / "reader.json").read_text())
    article, messages = Article("a.txt", "Alpha was first. Beta came second."), []
    asked = lambda: Assistant.from_articles([article], reader=Reader.load(folder), embedder=embedder,
                                            index_dir=tmp_path / "index", log=messages.append)
    asked().save_threshold(0.3)
    save_threshold(folder, 0.4)
    assert asked().no_answer_threshold == 0.3 and messages == []


def test_a_reader_made_by_hand_sets_aside_a_threshold_saved_for_a_reader_loaded_from_a_folder(tmp_path, embedder, shipped_reader):
    from qa.reader import Reader

    article = Article("a.txt", "Alpha was first. Beta came second.")
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / "assistant.json").write_text(json.dumps(
        {"no_answer_threshold": 0.2, "articles": [{"name": article.name, "sha256": article.sha256}], "reader": shipped_reader.identity}))
    by_hand = Reader(shipped_reader.model, shipped_reader.tokenizer, shipped_reader.settings, precision="fp32")  # no identity
    messages = []
    assistant = Assistant.from_articles([article], reader=by_hand, embedder=embedder, index_dir=tmp_path / "index", log=messages.append)
    assert assistant.no_answer_threshold == by_hand.no_answer_threshold
    assert messages == [f"{tmp_path}/index/assistant.json was saved for another reader ({shipped_reader.identity}); "
                        f"using the reader's no-answer threshold, {by_hand.no_answer_threshold:g}."]


def test_every_cited_passage_holding_the_answer_marks_it(make_assistant):
    """Chunks overlap by a sentence within a long paragraph: an answer there is in two passages, and each marks it."""
    from index.store import Hit
    from qa.assistant import Finding

    text = " ".join(f"Ferry {number} left the harbour of Tromsø at {number} o'clock with cargo." for number in range(1, 40))
    assistant = make_assistant([Article("ferries.txt", text)])
    chunks = assistant.index.chunks
    first, second = next((a, b) for a, b in zip(chunks, chunks[1:]) if b.start < a.end)
    start = second.start + second.text.index(" ") + 1  # the second word of the sentence both hold
    end = second.text.index(" ", start - second.start) + second.start
    assert end <= first.end
    finding = Finding("?", [Hit(second, 0.9), Hit(first, 0.8)], [], None, 3)
    article = assistant.index.articles["ferries.txt"].text
    cited = assistant._citations(finding, "ferries.txt", start, end)
    assert len(cited) == 2 and all(c.text[c.answer_start:c.answer_end] == article[start:end] for c in cited)


def test_a_threshold_saved_after_adding_an_article_holds_when_those_articles_are_opened_with_the_same_folder(tmp_path, embedder,
                                                                                                           shipped_reader):
    first, second = Article("a.txt", "Alpha was first. Beta came second."), Article("b.txt", "Gamma came third.")
    messages = []
    made = lambda articles: Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder,
                                                    index_dir=tmp_path / "index", log=messages.append)
    assistant = made([first])
    assistant.add_article(second)
    assistant.save_threshold(0.3)
    messages.clear()  # how far the embedding was
    reopened = made([first, second])
    assert reopened.no_answer_threshold == 0.3  # it had been the reader's 0.5
    assert messages == []  # and the folder's own index, of a.txt, had been rebuilt for both as stale
    assert made([first]).articles == ["a.txt"] and messages == []
    # qa index finds them there too, leaving the folder's own index of a.txt as it is
    from qa.cli import main

    (tmp_path / "a.txt").write_text(first.text)
    (tmp_path / "b.txt").write_text(second.text)
    assert main(["index", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--index-dir", str(tmp_path / "index")]) == 0
    assert made([first]).articles == ["a.txt"] and messages == []


def test_an_index_folder_of_exactly_these_articles_comes_before_added_articles_and_a_damaged_one_is_passed_by(
        tmp_path, embedder, shipped_reader):
    from index.store import MANIFEST

    first, second = Article("a.txt", "Alpha was first. Beta came second."), Article("b.txt", "Gamma came third.")
    made = lambda articles, folder: Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder,
                                                            index_dir=folder, log=lambda message: None)
    assistant = made([first], tmp_path / "index")
    assistant.add_article(second, log=lambda message: None)
    enlarged = assistant.index_dir
    made([first, second], tmp_path / "own").index_dir  # an index of both, made in a folder of its own…
    for name in ("manifest.json", *[f.name for f in (tmp_path / "own").iterdir() if f.name != "manifest.json"]):
        (tmp_path / "index" / name).unlink(missing_ok=True)
    for f in (tmp_path / "own").iterdir():  # …put in the folder itself, as `qa index` had written it before
        (tmp_path / "index" / f.name).write_bytes(f.read_bytes())
    assert made([first, second], tmp_path / "index").index_dir == tmp_path / "index"
    (enlarged / MANIFEST).write_text('{"format": 3, "files": {"chunks"')  # cut short
    for f in list((tmp_path / "index").iterdir()):
        if f.is_file():
            f.unlink()
    assert made([first, second], tmp_path / "index").index_dir == tmp_path / "index"  # not refused as foreign


def test_another_answer_than_those_given_is_none_of_their_spans_or_words_nor_one_right_beside_them(seed_assistant):
    briefing = seed_assistant.ask("Who gave the media briefing?")
    assert briefing.text == "Albert P. Khorev"
    # Its other spans are all "Albert P. Khorev" again, or the title right before it, "Russian Ambassador".
    assert not seed_assistant.ask("Who gave the media briefing?", other_than=briefing).answered
    ban = seed_assistant.ask("What did the legislation ban?")
    other = seed_assistant.ask("What did the legislation ban?", other_than=[ban])
    assert ban.text == "Soviet-era symbols" and other.answered and other.text == "Great Patriotic War"
    assert not (other.start < ban.end and ban.start < other.end)
    # Its probability is the reader's over the spans left, not its share among all of them (0.02).
    assert other.score > 0.3
    assert not seed_assistant.ask("What did the legislation ban?", other_than=(ban, other)).answered
    assert seed_assistant.ask("What did the legislation ban?", other_than=()) == ban


@pytest.mark.parametrize("other_than, kind", [("Soviet-era symbols", "str"), (3, "int"), ([None], "NoneType"),
                                              ({"text": "Soviet-era symbols"}, "dict")])  # to_dict()'s had been "not str"
def test_answers_not_to_give_again_that_are_no_answers_are_refused(seed_assistant, other_than, kind):
    with pytest.raises(TypeError, match=f"^other_than takes the Answers not to give again, not {kind}$"):
        seed_assistant.ask("What did the legislation ban?", other_than=other_than)


def test_another_answer_may_be_the_next_item_of_a_list_a_line_each(make_assistant):
    # "Right beside" an answer given is apart by spaces only: Hungary, on the line under Poland, had been left out.
    assistant = make_assistant([Article("treaty.txt", "The agreement was signed in Vienna in 1994 by four countries:\n"
                                                      "Poland\nHungary\nSlovakia\nAustria\nIt came into force a year later.\n")])
    question = "Which countries signed the agreement?"
    first = assistant.ask(question)
    second = assistant.ask(question, other_than=first)
    assert (first.text, second.text) == ("Poland", "Austria")
    finding = assistant.find(question, spans=20)
    left = assistant.other_than(finding, (first, second))
    texts = [assistant.index.articles["treaty.txt"].text[finding.regions[c.context].start + c.start:finding.regions[c.context].start + c.end]
             for c in left.candidates]
    assert {"Hungary", "Slovakia"} <= set(texts) and not {"Poland", "Austria"} & set(texts)
    # The reader finds them unlikely (log-odds -3.4 and -3.9): no other answer is given.
    assert not assistant.ask(question, other_than=(first, second)).answered


@pytest.mark.parametrize("text, question, given, not_another", [
    # Second follow-up audit: "Who else?" had been answered "State" and "A graduate student".
    ("Not everyone was satisfied. State Representative Gerald Pike, a Republican from Eliot, criticized the decision to close "
     "the bridge entirely rather than keep one lane open.\n", "Who criticized the decision to close the bridge?", "Gerald Pike",
     {"State", "State Representative", "a Republican", "a Republican from Eliot", "Republican"}),
    ("We trained a classifier to recognise about 30 kinds of biological sound. A graduate student, Amani Wekesa, built the "
     "first version in 2022.\n", "Who built the first version of the classifier?", "Amani Wekesa", {"A graduate student"}),
    # A title before the name, "the" before it outside the span ("Who is the mayor?" had been answered "deputy mayor for transport").
    ("The city council meets on Mondays.\n\nThe deputy mayor for transport, Valentin Lungenstrass, oversaw the extension of the "
     "city's cycling network to 1,000 kilometres of lanes, a target reached in September 2023.\n", "Who is the mayor?",
     "Valentin Lungenstrass", {"deputy mayor for transport", "mayor for transport", "deputy", "deputy mayor"}),
])
def test_another_answer_is_no_title_or_phrase_in_apposition_to_one_given(make_assistant, text, question, given, not_another):
    assistant = make_assistant([Article("article.txt", text)])
    first = assistant.ask(question)
    assert first.text == given
    finding = assistant.find(question, spans=20)
    spans = [(finding.regions[c.context].start + c.start, finding.regions[c.context].start + c.end) for c in finding.reading.candidates]
    assert {text[start:end] for start, end in spans} & not_another  # the reader does weigh them
    left = {text[finding.regions[c.context].start + c.start:finding.regions[c.context].start + c.end]
            for c in assistant.other_than(finding, (first,)).candidates}
    assert not left & not_another


def test_an_answer_from_a_markdown_article_reads_without_the_markup_it_holds(tmp_path, embedder, shipped_reader):
    # As the chat shows it (its passages and article view too) and `qa eval` scores it.
    text = "Led by *Lena Okafor*, the **deputy foreign minister** of Nigeria.\n"
    assistant = Assistant.from_articles([parse_article("talks.md", text.encode()), parse_article("talks.txt", text.encode())],
                                        reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=lambda message: None)
    start, end = text.index("deputy"), text.index(".\n")
    for source, shown in (("talks.md", "deputy foreign minister of Nigeria"), ("talks.txt", text[start:end])):
        answer = Answer("Who is she?", text[start:end], True, 0.9, source, start, end)
        assert assistant.answer_as_read(answer) == shown
        assert assistant.text_as_read(source, 0, len(text)) == (
            text if source == "talks.txt" else "Led by Lena Okafor, the deputy foreign minister of Nigeria.\n")
    assert assistant.answer_as_read(Answer("Who is she?", "", False, 0.0)) == ""


def test_an_answer_over_a_line_end_reads_on_one_line(tmp_path, embedder, shipped_reader):
    # An API audit: a Markdown list item's wrapped line had given "every\n  five minutes", which `qa ask` printed over two lines.
    text = "# Troubleshooting\n\n- **Error E7:** the X2 has lost its Wi-Fi connection. It retries every\n  five minutes.\n"
    assistant = Assistant.from_articles([parse_article("faq.md", text.encode()), parse_article("faq.txt", text.encode())],
                                        reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=lambda message: None)
    start, end = text.index("every"), text.index(".\n", text.index("five"))
    for source in ("faq.md", "faq.txt"):
        answer = Answer("How often does it retry?", text[start:end], True, 0.9, source, start, end)
        assert assistant.answer_as_read(answer) == "every five minutes"
        assert "\n  five" in assistant.text_as_read(source, 0, len(text))  # a passage keeps its lines


def test_the_reader_is_told_a_markdown_table_s_column_names_are_no_answers(make_assistant):
    texts, answerable = told_asking(make_assistant, parse_article("releases.md", RELEASE_HISTORY.encode()), "When was version 6.1 released?")
    number, text = next((n, t) for n, t in enumerate(texts) if "Released: September 2019" in t)
    name, cell = text.index("Released: September 2019"), text.index("September 2019")
    assert not answerable(number, name, name + len("Released")) and answerable(number, cell, cell + len("September 2019"))


def test_the_reader_is_told_a_table_label_the_question_names_holds_no_answer(make_assistant):
    summary = ("Your account summary for August.\n\n| Balance on 01 Aug 2024 | £1,342.56 |\n| Money in | £2,750.00 |\n"
               "| Balance on 31 Aug 2024 | £1,629.33 |\n")
    texts, answerable = told_asking(make_assistant, parse_article("statement.md", summary.encode()), "What was the balance on 31 Aug 2024?")
    number, text = next((n, t) for n, t in enumerate(texts) if "01 Aug" in t)
    first, last = text.index("01 Aug"), text.index("31 Aug")
    assert not answerable(number, first, first + 2)
    assert not answerable(number, last, last + 2)  # the question's own words
    assert answerable(number, text.index("£1,629.33"), text.index("£1,629.33") + 9)


def test_the_reader_is_told_a_span_over_a_line_end_of_an_article_read_from_a_layout_holds_no_answer(make_assistant):
    # Whatever its passage makes of wrapping (qa/spans.py); a text file's lines may be prose wrapped, as the decoder judges.
    text = "Revenue grew to 412.6 million pounds in the year\n14.8%\n"
    for name, laid_out in (("figures.txt", False), ("figures.html", True)):
        _, answerable = told_asking(make_assistant, Article(name, text), "What did revenue grow to?")
        assert answerable(0, text.index("year"), text.index("%")) is not laid_out
        assert answerable(0, text.index("412.6"), text.index(" million"))


def test_a_question_about_who_wrote_the_article_is_read_with_its_byline_first(make_assistant):
    # "Who wrote the report?" had read three passages about the match and refused (r22 audit).
    story = ["Ashford Vale 2-3 Dunmore Rovers", "By Rhiannon Gatward, at The Maltings · Saturday 8 March 2025", *(
        f"In the {minute}th minute Okonjo of Dunmore Rovers shot at goal again, and the keeper of Ashford Vale saved it "
        f"once more, to the crowd's loud cheers at the Maltings ground." for minute in range(10, 90, 4))]
    text = "\n\n".join(story) + "\n"
    assistant, reader = make_assistant([Article("match.txt", text)]), TellingReader(2.0)
    reading = Assistant(assistant.index, assistant.embedder, reader)
    finding = reading.find("Who wrote the report?")
    [(questions, texts, _)] = reader.told
    assert questions == ["Who is the report by?"] and "By Rhiannon Gatward" in texts[0]
    assert finding.question == "Who wrote the report?" and "By Rhiannon Gatward" in finding.hits[0].chunk.text
    reading.find("Who kept goal for Ashford Vale?")  # other questions are asked as written, searched as before
    assert reader.told[-1][0] == ["Who kept goal for Ashford Vale?"]


def test_a_question_about_who_wrote_the_article_is_answered_with_its_byline_s_names_whatever_the_reader_finds(make_assistant):
    # "By Hannah Velasquez-Orr · Updated 12 August 2024 · 9 min read" had been read and refused (a set written blind, session 54)
    text = ("Three ultrabooks for students\n\nBy Hannah Velasquez-Orr · Updated 12 August 2024 · 9 min read\n\n"
            "We spent three weeks with the Corvex Aero 14, the Lumina Slate 13 and the Nordvik Pro 15.\n")
    indexed = make_assistant([Article("laptops.txt", text)])
    unsure = Assistant(indexed.index, indexed.embedder, OneSpanReader("Corvex Aero 14", 0.6))
    for question in ("Who wrote the ultrabook comparison?", "Who is the author of this guide?"):
        answer = unsure.ask(question)
        assert (answer.text, answer.start) == ("Hannah Velasquez-Orr", text.index("Hannah"))
    assert unsure.ask("Who spent three weeks with the laptops?").text == "Corvex Aero 14"  # asked as written: the reader's
    two = make_assistant([Article("laptops.txt", text), Article("other.txt", text.replace("Hannah Velasquez-Orr", "Ben Ode"))])
    assert Assistant(two.index, two.embedder, OneSpanReader("Corvex Aero 14", 0.6)).ask(
        "Who wrote the article?").text == "Corvex Aero 14"  # two bylines: which is meant is not the assistant's to guess


def test_a_question_typed_without_its_question_mark_is_read_with_one(make_assistant):
    # the reader, taught on SQuAD's questions, had answered "How fast can the Ardent Glide 2 scooter go" with "50 psi"
    # (a review of how people type, session 54)
    text = "The Ardent Glide 2 has a top speed of 25 km/h. Its tyres take 50 psi.\n"
    assistant, reader = make_assistant([Article("scooter.txt", text)]), TellingReader(2.0)
    reading = Assistant(assistant.index, assistant.embedder, reader)
    finding = reading.find("How fast can the Ardent Glide 2 scooter go")
    assert reader.told[-1][0] == ["How fast can the Ardent Glide 2 scooter go?"]
    assert finding.question == "How fast can the Ardent Glide 2 scooter go"  # asked and shown as typed


def test_a_question_after_statements_leading_into_it_is_read_as_the_sentence_that_asks(make_assistant):
    text = ("The orchard at Pellow holds 400 apple trees.\n\nIts cider festival drew 3,000 visitors last autumn, "
            "many of them from the town.\n")
    assistant, reader = make_assistant([Article("orchard.txt", text)]), TellingReader(2.0)
    reading = Assistant(assistant.index, assistant.embedder, reader)
    finding = reading.find("We visited the orchard last autumn for the cider festival. How many apple trees does the orchard hold?")
    assert reader.told[-1][0] == ["How many apple trees does the orchard hold?"]  # the reader, taught on SQuAD, reads that
    assert finding.question.startswith("We visited")  # found with the whole question
    reading.find("The festival was founded by a farmer. What was his name?")  # pointing back: read whole
    assert reader.told[-1][0] == ["The festival was founded by a farmer. What was his name?"]


def test_a_transcript_s_speaker_label_may_answer_only_who_said_something(make_assistant):
    text = "".join(f"INTERVIEWER: {asked}\nDR. VARGA: {said}\n" for asked, said in [
        ("Who paid for the array?", "The Aldermoor Foundation gave us 2.3 million kroner."),
        ("And the book?", "The Quiet Before the Fall came out in 2021."), ("Thank you.", "Thank you.")])
    assistant, reader = make_assistant([Article("interview.txt", text)]), TellingReader(2.0)
    reading = Assistant(assistant.index, assistant.embedder, reader)
    for question, may in [("Who published The Quiet Before the Fall?", False), ("Who said the book came out in 2021?", True)]:
        reading.find(question)
        _, texts, answerable = reader.told[-1]
        context = next(number for number, view in enumerate(texts) if "DR. VARGA" in view)
        at = texts[context].index("DR. VARGA")
        assert answerable(context, at, at + len("DR. VARGA")) is may


FOCACCIA = """# Harbourside Lemon and Thyme Focaccia

This focaccia comes from the kitchen of the Saltmarsh Café in the seaside town of Pellow Bay, where head baker Marta \
Quillon has made it every Saturday since 2016. It is a forgiving dough: wet, sticky, and far easier than it looks. The \
long cold rise does most of the work, so plan to start the evening before you want to bake.

Marta learnt the recipe from her grandmother in Liguria, where focaccia is eaten warm for breakfast, dipped in milky coffee by children on their way to school. She adds lemon for the café's regulars, who asked for something brighter in summer.

The recipe makes one large tray, enough for eight to ten generous pieces.

## Ingredients

### For the dough
- 500 g strong white bread flour
- 400 ml lukewarm water
- 7 g fast-action dried yeast
- 10 g fine sea salt
- 3 tbsp extra-virgin olive oil, plus extra for the tin
"""


def test_a_passage_is_read_under_its_article_s_title_and_headings(make_assistant):
    # A list-heavy set's questions name their article's subject: read without the title, the ingredients' passage was
    # refused with a no-answer probability of 1.0 (list items' answerable F1 27 → 65 with the title: docs/measurements.md).
    assistant = make_assistant([Article("focaccia.md", FOCACCIA)])
    finding = assistant.find("How much bread flour do I need for the Harbourside lemon and thyme focaccia?")
    answer = assistant.decide(finding)
    assert answer.answered and answer.text == "500 g", answer
    assert finding.regions[finding.reading.best.context].start > FOCACCIA.index("\n")  # read in a passage without the title
    check_answer(assistant, answer)


def test_a_passage_is_read_under_its_title_and_headings_only_where_the_question_names_them():
    # Read under them whatever the question, the seed article's passages had lost answers (sessions 24 and 39).
    article, start = Article("focaccia.md", FOCACCIA), FOCACCIA.index("- 500 g")
    passage = FOCACCIA[start:]
    assert names_its_headings(words("How much bread flour do I need for the Harbourside focaccia?"), article, start, passage)
    assert names_its_headings(words("What goes into the dough?"), article, start, passage)  # "For the dough"
    assert not names_its_headings(words("How much bread flour do I need?"), article, start, passage)  # said in the passage
    assert not names_its_headings(words("What is the tray for?"), article, start, passage)  # "for" frames, naming nothing
    assert not names_its_headings(words("Who baked the Harbourside focaccia?"), article, 0, FOCACCIA)  # the title's own passage


SOURDOUGH = FOCACCIA.replace("Harbourside Lemon and Thyme Focaccia", "Pellow Bay Sourdough Loaf").replace("focaccia", "loaf").replace(
    "500 g", "450 g").replace("400 ml", "330 ml")


def test_a_passage_is_searched_under_its_article_s_title(make_assistant):
    # Over six list-heavy articles whose questions name their subject, another article's passage had come first too
    # often: recall@1 32 → 66 % with the title searched too (bench/lists/, session 39).
    assistant = make_assistant([Article("sourdough.md", SOURDOUGH), Article("focaccia.md", FOCACCIA)])
    for question, source, item in (("How much flour goes into the Harbourside lemon and thyme focaccia?", "focaccia.md", "- 500 g"),
                                   ("How much flour goes into the Pellow Bay sourdough loaf?", "sourdough.md", "- 450 g")):
        first = assistant.find(question).hits[0].chunk
        assert (first.source, item in first.text) == (source, True), first


GARDEN = ("# Wrenfield Community Garden\n\nThe Site Manager is Bernard Okoye, who looks after the water supply and the tool "
          "shed. Plot holders should report leaks to him in person at the shed.\n\nThe garden used 4,000 litres of water last "
          "summer.\n\nComments on the new shed can be sent by post to the committee.\n")


RELEASE_NOTES = ("# Tallyhook release notes\n\n## 2.6.0, released 3 March 2025\n\n- Offline mode for shared boards.\n"
                 "- Faster search.\n\n## 2.4.1, released 14 October 2024\n\n- Fixed a crash when exporting to PDF.\n\n"
                 "## 2.4.0, released 2 September 2024\n\n- Calendar view.\n- Two-factor sign-in.\n")


def test_a_question_naming_a_thing_by_a_name_the_articles_never_give_is_refused(make_assistant):
    article = ("# Plans\n\n| Plan | Monthly price | Users |\n|---|---|---|\n| Growth | £24 | 3 |\n| Practice | £58 | 10 |\n\n"
               "Extra users on the Growth and Practice plans cost £4 each per month.\n")
    assistant = make_assistant([parse_article("plans.md", article.encode())])
    refused = assistant.ask("How much does the Enterprise plan cost per month?")  # an API user's: "£4" (0.28)
    assert (refused.answered, refused.score) == (False, 1.0)
    assert assistant.not_mentioned("How much does the Enterprise plan cost per month?") == ["Enterprise plan"]
    assert assistant.ask("How much does the Growth plan cost per month?").text == "£24"


def test_a_question_naming_a_number_the_articles_never_do_is_refused_citing_the_closest_passages(make_assistant):
    assistant = make_assistant([parse_article("notes.md", RELEASE_NOTES.encode())])
    refused = assistant.ask("When was Tallyhook 2.5 released?")  # the reader had answered "3 March 2025" (0.98)
    assert (refused.answered, refused.text, refused.score) == (False, "", 1.0)
    assert assistant.not_mentioned("When was Tallyhook 2.5 released?") == ["2.5"]  # said in the chat's reply
    assert assistant.not_mentioned("When was Tallyhook 2.4 released?", "notes.md") == []
    assert refused.citations and all(c.answer_start is None for c in refused.citations)
    assert assistant.ask("When was Tallyhook 2.4.1 released?").text == "14 October 2024"
    assert assistant.ask("When was Tallyhook 2.6 released?").text == "3 March 2025"  # the first parts of 2.6.0
    # of two articles, one naming the number and one not, the one that does not answers nothing (a review's: another
    # app's 2.5 had let Tallyhook's notes answer with a date of theirs)
    other = parse_article("inkwell.md", b"# Inkwell news\n\nInkwell 2.5 brings a new pen tool and faster exports.\n")
    both = make_assistant([parse_article("notes.md", RELEASE_NOTES.encode()), other])
    answer = both.ask("When was Tallyhook 2.5 released?")
    assert not answer.answered or answer.source == "inkwell.md"


DRIFTNOTE_ADDED = ["Offline mode for shared notebooks: edits made without a connection are queued and synced when you reconnect.",
                   "PDF export now supports custom page margins and the A5 page size.",
                   "Notebooks can now be pinned to the top of the sidebar.",
                   "A new keyboard shortcut opens the quick switcher from anywhere in the app.",
                   "Checklists pasted from web pages keep their ticked state.", "The word count in the status bar now includes footnotes.",
                   "Images can be resized by dragging their corners.", "Tables can be sorted by any column from the column menu.",
                   "The autosave interval has been reduced from ten seconds to three seconds."]
DRIFTNOTE_FIXED = ["Fixed duplicate tags appearing after a sync conflict.", "Search results now highlight matches inside code blocks.",
                   "Reminder notifications on macOS now show the note title instead of Untitled.",
                   "Notes with very long titles can be saved on Windows again.",
                   "The app no longer crashes when switching to dark mode while a note containing an embedded table is open."]
DRIFTNOTE = ("# Driftnote Release Notes\n\nAll notable changes to Driftnote for desktop and mobile are listed here, newest first.\n\n"
             "## 4.2.0 — 2025-11-18\n\n### Added\n" + "".join(f"- {item}\n" for item in DRIFTNOTE_ADDED)
             + "\n### Fixed\n" + "".join(f"- {item}\n" for item in DRIFTNOTE_FIXED)
             + "\n## 4.1.0 — 2025-09-09\n\n### Added\n- Templates gallery with 14 built-in templates, including meeting minutes and a weekly planner.\n"
             "- Two-factor authentication using authenticator apps.\n\n### Fixed\n- The sidebar width is now remembered between sessions.\n"
             "- Fixed a crash on iOS 17 when attaching a photo directly from the camera.\n")


def test_an_answer_may_be_the_heading_a_passage_is_read_under_cited_in_its_own_passage(make_assistant):
    assistant = make_assistant([parse_article("notes.md", DRIFTNOTE.encode())])
    heading = DRIFTNOTE.index("4.2.0 — 2025-11-18")
    question = "In which Driftnote version was the crash when switching to dark mode fixed?"
    answer = assistant.ask(question)  # "iOS 17" (0.98) of 4.1.0's fixes had answered it, the heading being no answer
    assert (answer.start, answer.text) == (heading, DRIFTNOTE[heading:answer.end]) and answer.text.startswith("4.2.0")
    # a date alone is no version: "2025-11-18" had answered (0.76)
    assert assistant.ask("Which release fixed the reminder notifications on macOS?").text.startswith("4.2.0")
    # cited in the passage holding the heading, first, wherever the passage read under it ranked
    finding = assistant.find(question)
    unranked = replace(finding, hits=[hit for hit in finding.hits if not hit.chunk.start <= heading < hit.chunk.end])
    cited = assistant.decide(unranked).citations
    assert cited[0].start <= heading < cited[0].end and cited[0].text[cited[0].answer_start:cited[0].answer_end] == answer.text
    assert [c.start for c in cited[1:]] == [hit.chunk.start for hit in unranked.hits[:2]]
    # another version's heading is no answer to a question naming this one's (the reader's "2025-09-09", sure at 0.99)
    assert assistant.ask("When was Driftnote 4.2.0 released?").text == "2025-11-18"
    assert assistant.ask("On what date was Driftnote 4.2.0 released?").text == "2025-11-18"
    assert assistant.ask("What was the release date of Driftnote 4.1.0?").text == "2025-09-09"


def test_a_passage_running_into_another_section_is_read_under_each_section_s_heading(make_assistant):
    # bench/sections' changelog: the passage holding 4.2.2's security fix starts in 4.3.0's section; read whole, the
    # question had been refused (0.59), 4.3.0's heading being no answer for it and 4.2.2's read as its text alone
    path = Path(__file__).resolve().parents[2] / "bench" / "sections" / "articles" / "quillmark_changelog.md"
    assistant = make_assistant([parse_article(path.name, path.read_bytes())])
    answer = assistant.ask("Which Quillmark update patched the link preview vulnerability?")
    assert answer.text == "4.2.2"
    finding = assistant.find("Which Quillmark update patched the link preview vulnerability?")
    text = assistant.index.articles[path.name].text
    assert any(text[region.start:].startswith("## 4.2.2") for region in finding.regions)


def test_a_span_of_another_kind_than_the_question_asks_for_is_no_answer(make_assistant):
    assistant = make_assistant([parse_article("garden.md", GARDEN.encode())])
    # the reader had answered "Wrenfield Community Garden" (0.58), "post" (0.97) and "4,000 litres" (0.43)
    assert not assistant.ask("What is the phone number of the garden's Site Manager?").answered
    assert not assistant.ask("What email address should comments on the new shed be sent to?").answered
    assert assistant.ask("How much does the garden spend on water each year?").text != "4,000 litres"
    # asked what the spans are, the same spans answer
    assert assistant.ask("Who is the Site Manager?").text == "Bernard Okoye"
    assert assistant.ask("How much water did the garden use last summer?").text == "4,000 litres"


SPEC_SHEET = """# AquaPure X200 Countertop Water Filter

The AquaPure X200 is a countertop reverse-osmosis water filter for homes and small offices.

## Technical specifications

| Feature | Value |
|---|---|
| Model number | APX-200-W |
| Weight (empty) | 6.8 kg |
| Noise level | 48 dB |
| Colour options | White, graphite, sage green |
| Price | €329 |

## Replacement filters

| Filter | Replace every | Price |
|---|---|---|
| Composite filter (stages 1 and 2) | 6 months | €39 |
| RO membrane | 24 months | €69 |
| Mineral post-filter | 12 months | €25 |
"""


def test_a_spec_sheet_s_labelled_value_the_question_names_answers_it(make_assistant):
    # a chat user's: "€39" (a replacement filter's, 67 %), "€25" and "empty" (of "Weight (empty)", 87 %) had answered
    assistant = make_assistant([parse_article("aquapure.md", SPEC_SHEET.encode())])
    assert assistant.ask("what is the price of the AquaPure X200?").text == "€329"
    assert assistant.ask("how much does the aquapure cost").text == "€329"
    assert assistant.ask("how much does the X200 weigh?").text == "6.8 kg"
    assert assistant.ask("How much does the RO membrane cost?").text == "€69"  # the other table's row, named


def test_a_time_is_no_answer_for_the_opposite_event_s(make_assistant):
    terms = ("# IronPeak Fitness\n\n## Membership plans\n\n| Plan | Monthly fee | Joining fee |\n|---|---|---|\n"
             "| Off-Peak | £24.99 | £10 |\n| Standard | £34.99 | £20 |\n| Premium | £49.99 | Free |\n\n"
             "## Opening hours\n\nThe Elm Park club opens at 06:00 and closes at 22:00 Monday to Saturday; on Sundays it "
             "opens at 08:00 and closes at 18:00.\n")
    assistant = make_assistant([parse_article("gym.md", terms.encode())])
    # a chat user's gym terms: the time the club opens had answered when it closes ("08:00", 34 %)
    assert assistant.ask("when does elm park close on sundays").text == "18:00"
    # nor the weekdays' closing time when it closes on Saturdays (a probe's lido: "21:00")
    lido = ("# Harbourside Lido\n\nFrom Monday to Friday the lido opens at 06:30 and closes at 21:00. On Saturdays it opens at "
            "07:00 and closes at 19:00. On Sundays it opens at 08:00 and closes at 18:00.\n")
    assert make_assistant([parse_article("lido.md", lido.encode())]).ask("what time does the lido close on saturdays?").text == "19:00"


def test_an_e_mail_address_asked_for_tersely_is_the_address_alone(make_assistant):
    # a set written blind (session 63): "Dr Rosalind Achterberg" (0.69) had answered, then the name and the address
    handbook = ("ENV2314 Urban Ecology\n\nThe module leader is Dr Rosalind Achterberg (e-mail r.achterberg@cranmore.example, "
                "telephone 01632 960184). Her office is Room 3.17, Halden Building.\n")
    assistant = make_assistant([parse_article("handbook.txt", handbook.encode())])
    assert assistant.ask("urban ecology module leader email?").text == "r.achterberg@cranmore.example"
    assert assistant.ask("module leader telephone?").text == "01632 960184"


RESULTS_AND_SESSIONS = """# Ward results and sessions

| Candidate | Party | Votes | Share (%) |
|---|---|---|---|
| Helen Marsh | Green | 4,212 | 38.5 |
| Owen Pryce | Labour | 3,607 | 33.0 |
| Carl Bentley | Conservative | 2,118 | 19.4 |
| Dana Fox | Independent | 1,001 | 9.1 |

Turnout was 41.2%.

## Leisure centre sessions

| Session | Day | Start | Length (min) |
|---|---|---|---|
| Aqua aerobics | Monday | 09:30 | 45 |
| Family swim | Saturday | 10:00 | 120 |
| Spin class | Wednesday | 18:30 | 50 |
"""


def test_a_table_cell_of_another_kind_than_asked_is_no_answer_even_named(make_assistant):
    # a review's (session 48): the Votes cells had answered shares, "Monday" and "09:30" how long a session is
    assistant = make_assistant([parse_article("ward.md", RESULTS_AND_SESSIONS.encode())])
    assert assistant.ask("What share of the vote did Owen Pryce win?").text == "33.0"
    assert assistant.ask("What percentage of the vote did Helen Marsh get?").text != "4,212"
    assert assistant.ask("How many votes did Helen Marsh get?").text == "4,212"
    # both named, the column saying a share is the one (a review's, session 49)
    seats = make_assistant([parse_article("council.md", b"# Council\n\n| Party | Seats | Pct |\n|---|---|---|\n| Green | 8 | 16 |\n"
                                                        b"| Labour | 30 | 60 |\n| Conservative | 12 | 24 |\n")])
    assert seats.ask("What percentage of council seats does the Green Party hold?").text == "16"
    assert seats.ask("How many seats does the Green Party hold?").text == "8"
    assert assistant.ask("How long is Aqua aerobics?").text == "45"  # "how long" names "Length (min)" (session 50)
    assert assistant.ask("When does Aqua aerobics start?").text == "09:30"


def test_a_length_asked_for_is_no_time_of_day_and_a_result_no_count(make_assistant):
    # bench/tab-tables' exam timetable: "13:30", the paper's start, had answered how long it is
    path = Path(__file__).resolve().parents[2] / "bench" / "tab-tables" / "articles" / "hollins_cross_exam_timetable.txt"
    assert make_assistant([parse_article(path.name, path.read_bytes())]).ask("How long is the Computer Science exam?").text == "2h"
    report = parse_article("report.txt", b"Adeyemi scored 14 goals in 38 appearances last season. His best afternoon came in "
                                         b"April's League Cup final, when he scored twice in a 3-1 win over Whitmore City.\n")
    assert "3-1" in make_assistant([report]).ask("League Cup final score?").text  # bench/news: "twice" had answered it


@pytest.mark.parametrize("question", [
    "how much is the security deposit on the van mr patel is hiring?",  # capitals tell names: none typed
    "HOW MUCH IS THE SECURITY DEPOSIT ON THE VAN MR PATEL IS HIRING?",
    "How much is the secuirty deposit on the van Mr Patel is hiring?",  # a word misspelt
    "hey, how much is the security deposit on the van mr patel is hiring? thanks",  # greeted and thanked
])
def test_a_question_typed_without_capitals_or_misspelt_is_asked_as_the_articles_write_it(make_assistant, question):
    # bench/details: typed so, these had been refused (0.99, 0.91), "Patel" unfound among both articles' passages
    folder = Path(__file__).resolve().parents[2] / "bench" / "details" / "articles"
    assistant = make_assistant([parse_article(name, (folder / name).read_bytes())
                                for name in ("van_hire_agreement.txt", "vet_treatment_estimate.txt")])
    answer = assistant.ask(question)
    assert (answer.text, answer.source, answer.question) == ("£250.00", "van_hire_agreement.txt", question)


def test_paths_opening_with_a_tilde_are_read_from_home(tmp_path, monkeypatch, embedder, shipped_reader):
    # index_dir="~/idx" had been a folder named "~" in the current one, and "~/note.txt" "cannot be read" (a review's)
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir(), elsewhere.mkdir()
    (home / "note.txt").write_text("The bridge opened in 1932.\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(elsewhere)
    assistant = Assistant.from_files(["~/note.txt"], index_dir="~/idx", reader=shipped_reader, embedder=embedder, log=None)
    assert assistant.index_dir == home / "idx" and (home / "idx").is_dir() and not list(elsewhere.iterdir())


def test_a_threshold_is_saved_where_the_cache_let_its_index_go(make_assistant, tmp_path):
    # a long-lived script's assistant, its index folder removed as the cache kept 20 sets, had raised FileNotFoundError
    import shutil

    article = Article("a.txt", "The bridge opened in 1932.")
    assistant = make_assistant([article])
    shutil.rmtree(assistant.index_dir)
    assistant.save_threshold(0.3)
    assert make_assistant([article]).no_answer_threshold == 0.3


def test_the_index_cache_is_where_xdg_cache_home_says(tmp_path):
    # it had been ~/.cache whatever XDG_CACHE_HOME said (a review's)
    import subprocess
    import sys

    shown = "import qa.assistant; print(qa.assistant.INDEX_CACHE)"
    for cache, expected in ((str(tmp_path), tmp_path / "article-qa" / "indexes"),
                            ("", Path.home() / ".cache" / "article-qa" / "indexes"),
                            ("relative/cache", Path.home() / ".cache" / "article-qa" / "indexes")):  # ignored, as the spec says
        env = {**os.environ, "XDG_CACHE_HOME": cache}
        result = subprocess.run([sys.executable, "-c", shown], capture_output=True, text=True, env=env, timeout=120)
        assert result.stdout.strip() == str(expected)


def test_what_the_index_says_of_its_work_goes_to_standard_error_by_default(tmp_path, embedder, shipped_reader, capsys):
    # printed, "Index … stale; rebuilding" had been mixed into what a script wrote to standard output (a review's)
    article = Article("a.txt", "The bridge opened in 1932.")
    Assistant.from_articles([article], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index")
    (tmp_path / "index" / "manifest.json").write_text("{")
    capsys.readouterr()
    Assistant.from_articles([article], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index")
    out, err = capsys.readouterr()
    assert out == "" and "is corrupt" in err


def test_a_table_s_header_rows_are_read_over_a_passage_starting_inside_it(make_assistant):
    text = "# Events\n\n| **Date** | Distance |\n|---|---|\n| 6 April | 35 km |\n| 20 April | 8 km |\n"
    assistant = make_assistant([Article("club.md", text)])
    assert assistant.table_header_over("club.md", text.index("| 20 April")) == "| Date | Distance |\n|---|---|\n"  # as read
    assert assistant.table_header_over("club.md", 0) == ""


def test_an_acronym_the_article_does_not_say_is_asked_as_the_role_it_stands_for(make_assistant):
    # A chat user's: "Who is the CFO?" had been refused at 100 % beside "Chief financial officer Daniel Ferreira said…"
    text = ("Northwind Robotics reported record revenue for the quarter. Chief financial officer Daniel Ferreira said the "
            "company had repaid its remaining term loan in July, two years ahead of schedule.")
    assistant = make_assistant([Article("results.txt", text)])
    assert assistant.spelt("Who is the CFO?") == assistant.as_meant("Who is the CFO?") == "Who is the chief financial officer?"
    assert assistant.ask("Who is the CFO?").text == "Daniel Ferreira"


def test_from_files_reads_a_copy_of_an_article_once_and_says_so(tmp_path, embedder, shipped_reader):
    # An API user's: add_article refuses a copy under another name, and from_files had loaded both.
    (tmp_path / "a.txt").write_text("The Varnholm lighthouse is kept by Ingrid Solberg.")
    (tmp_path / "copy of a.txt").write_text("The Varnholm lighthouse is kept by Ingrid Solberg.")
    (tmp_path / "b.txt").write_text("The Kestrel ferry leaves at noon.")
    said = []
    assistant = Assistant.from_files([tmp_path / "a.txt", tmp_path / "copy of a.txt", tmp_path / "b.txt"], reader=shipped_reader,
                                     embedder=embedder, index_dir=tmp_path / "index", log=said.append)
    assert assistant.articles == ["a.txt", "b.txt"]
    assert "copy of a.txt is a copy of a.txt: read once, as a.txt" in said


def test_a_figure_is_asked_of_the_band_of_a_schedule_holding_it(make_assistant):
    # bench/unseen21 (written blind): 20 days before arrival is the "15 to 28 days" row; the 100 % of "14 days or fewer"
    # had answered
    text = ("SALTINGS COVE HOLIDAY PARK\nBooking terms\n\n2. CANCELLATION BY YOU\n\nThe charges below are a percentage of the "
            "total holiday cost.\n\nDays before arrival              Cancellation charge\nMore than 56 days ............... Deposit "
            "only\n29 to 56 days ................... 50%\n15 to 28 days ................... 75%\n14 days or fewer ................ "
            "100%\n\nAny money you have paid above the cancellation charge will be refunded.\n")
    assistant = make_assistant([Article("saltings_terms.txt", text)])
    assert assistant.ask("What is the Saltings Cove cancellation charge if I cancel 40 days before arrival?").text == "50%"
    assert assistant.ask("What is the Saltings Cove cancellation charge if I cancel 20 days before arrival?").text == "75%"


def test_a_band_in_a_column_s_bracket_and_the_row_a_band_holds_a_figure_in(make_assistant):
    # a code review's: "£40" of the half day had answered 6 hours; bench/unseen26 (written blind): "Which group …?" of an
    # 18-month-old had been refused
    hall = ("# Greenhill Village Hall: room hire\n\n| Room | Half day (up to 4 hours) | Full day (up to 8 hours) |\n"
            "|---|---|---|\n| Main hall | £70 | £120 |\n| Studio | £40 | £65 |\n\nA deposit of £50 is payable when you book.\n")
    swim = ("# Otterbrook Swim Academy\n\n| Group | Age | Summer term |\n|---|---|---|\n"
            "| Splashers (parent and baby) | 6 months – under 3 | £69.60 |\n| Tadpoles | Ages 3 to 4 | £86.40 |\n"
            "| Minnows | 5–7 years | £93.60 |\n")
    assistant = make_assistant([Article("hall.md", hall), Article("swim.md", swim)])
    assert assistant.ask("How much is the studio for 6 hours?").text == "£65"
    assert assistant.ask("My little boy is 18 months old. Which Otterbrook group would he go in?").text == \
        "Splashers (parent and baby)"


def test_of_several_articles_the_one_the_question_names_by_its_file_or_opening():
    from qa.assistant import articles_named
    # bench/unseen25 (written blind): an optician's second instalment had stood beside the riding school's
    texts = {"ashgrove_riding_school_prices.html": "Ashgrove Riding School\nPrices 2026\n",
             "pellow_grace_opticians_price_list.md": "# Pellow and Grace Opticians – Price List 2026\n"}
    assert articles_named("When is the second instalment due for the Ashgrove adult beginners' course?", texts) == \
        {"ashgrove_riding_school_prices.html"}
    assert articles_named("When is the second instalment due at the opticians?", texts) == {"pellow_grace_opticians_price_list.md"}
    assert articles_named("When is the second instalment of the 2026 prices due?", texts) == set()  # words both have
    assert articles_named("Ashgrove?", {"ashgrove.txt": "Ashgrove"}) == set()  # one article: nothing to choose
