"""Answer.to_dict / Answer.from_dict: what a script keeps and reads back, and what it is told when a dict is not an answer's."""
from __future__ import annotations

import json

import pytest

from qa.answer import Answer, Citation, no_answer_message

ANSWER = Answer("Who opened it?", "Inès Varga", True, 0.9, "bridge.pdf", 30, 40,
                [Citation("bridge.pdf", 5, 41, "The bridge was opened by Inès Varga.", 0.7, 25, 35, 2, 3)], 0.1, 2)


def test_an_answer_reads_back_from_its_json():
    assert Answer.from_dict(json.loads(json.dumps(ANSWER.to_dict()))) == ANSWER


def test_an_older_version_s_dict_without_pages_reads_back():
    older = ANSWER.to_dict()
    del older["page"], older["citations"][0]["page"], older["citations"][0]["last_page"]
    answer = Answer.from_dict(older)
    assert (answer.page, answer.citations[0].page, answer.text) == (None, None, "Inès Varga")


@pytest.mark.parametrize("data, problem", [
    ({"question": "q"}, "not Answer data: missing text, answered, score"),
    ({**ANSWER.to_dict(), "confidence": 0.9}, "not Answer data: unknown confidence"),
    ({**ANSWER.to_dict(), "citations": None}, "not Answer data: its citations are a NoneType, not a list"),
    ({**ANSWER.to_dict(), "citations": [{"source": "a.txt"}]}, "not Citation data: missing start, end, text, relevance"),
    ({**ANSWER.to_dict(), "citations": ["a passage"]}, "not Citation data but a str"),
    (["Who?", "Varga"], "not Answer data but a list"),
    # values of the wrong kind, which had made an Answer whose answered was "no" and score "high"
    ({**ANSWER.to_dict(), "answered": "no"}, "not Answer data: its answered is 'no', not bool"),
    ({**ANSWER.to_dict(), "score": True}, "not Answer data: its score is True, not float"),
    ({**ANSWER.to_dict(), "start": 1.5}, "not Answer data: its start is 1.5, not int or None"),
    ({**ANSWER.to_dict(), "citations": [{**ANSWER.to_dict()["citations"][0], "start": "a"}]},
     "not Citation data: its start is 'a', not int"),
    # values of the right kind that no answer has: a NaN score had then been written as JSON that does not parse
    ({**ANSWER.to_dict(), "score": float("nan")}, "not Answer data: its score is nan, not a probability from 0 to 1"),
    ({**ANSWER.to_dict(), "no_answer_probability": -3.0}, "not Answer data: its no_answer_probability is -3.0, not a probability from 0 to 1"),
    ({**ANSWER.to_dict(), "answered": False}, r"not Answer data: it answers nothing \(answered is false\) but has text"),
    ({**ANSWER.to_dict(), "start": 10, "end": 2}, r"not Answer data: its span is \[10, 2\)"),
    ({**ANSWER.to_dict(), "start": 30, "end": 45}, r"not Answer data: its span is \[30, 45\), not as long as its text \(10 characters\)"),
    ({**ANSWER.to_dict(), "citations": [{**ANSWER.to_dict()["citations"][0], "answer_end": None}]},
     r"not Answer data: citation 1's answer is \[25, None\)"),
    ({**ANSWER.to_dict(), "citations": [{**ANSWER.to_dict()["citations"][0], "relevance": float("inf")}]},
     "not Answer data: a citation's relevance is not a number"),
    # and (API audit, session 28) an answer saying not where it is, and pages that are none
    ({**ANSWER.to_dict(), "source": None, "start": None, "end": None},
     r"not Answer data: it answers \(answered is true\) but says not where: no source or span"),
    ({**ANSWER.to_dict(), "page": 0}, "not Answer data: its page is 0: pages count from 1"),
    ({**ANSWER.to_dict(), "citations": [{**ANSWER.to_dict()["citations"][0], "page": 5, "last_page": 2}]},
     r"not Answer data: citation 1's pages end on page 2, before they start \(page 5\)"),
    # and (helper's API test, session 34) an answer of no text, a refusal saying where, a citation's answer that is not the answer
    ({**ANSWER.to_dict(), "text": "", "end": 30}, r"not Answer data: it answers \(answered is true\) but has no text"),
    ({**ANSWER.to_dict(), "text": "", "end": 30, "answered": False},
     r"not Answer data: it answers nothing \(answered is false\) but says where: a source, span or page"),
    ({**ANSWER.to_dict(), "citations": [{**ANSWER.to_dict()["citations"][0], "answer_start": 30, "answer_end": 40}]},
     r"not Answer data: citation 1's answer, \[30, 40\) of its passage, is not the answer's text"),
    ({**ANSWER.to_dict(), "citations": [{**ANSWER.to_dict()["citations"][0], "answer_start": 4, "answer_end": 14}]},
     r"not Answer data: citation 1's answer, \[4, 14\) of its passage, is not the answer's text"),
])
def test_a_dict_that_is_not_an_answer_s_is_refused_saying_what_is_wrong(data, problem):
    with pytest.raises(ValueError, match=f"^{problem}$"):
        Answer.from_dict(data)


@pytest.mark.parametrize("question", [
    "What is this article about?", "what's the story about", "Summarize the article.", "Can you give me a summary?",
    "tl;dr", "What are the main points?", "What does the article say?", "Give me an overview of the report",
])
def test_asking_for_a_summary_is_told_what_can_be_asked_not_that_the_article_does_not_say(question):
    # Asked only where no article opens with a paragraph of prose, its lead (qa/overview.py), which answers it elsewhere.
    message = no_answer_message(question, 1)
    assert message == "The article opens with no paragraph that sums it up; ask about something in it: who, what, when, where, how many…"
    assert no_answer_message(question, 2).startswith("The articles open with no paragraph that sums them up; ask about something in them")


@pytest.mark.parametrize("question", ["What's the headline?", "What is the article called?", "What's the subject line?"])
def test_asking_for_the_title_of_an_article_without_one_is_told_so(question):
    # It had been told "The article doesn't say." (100 %), beside the chat's "No title in notes.txt." of several.
    assert no_answer_message(question, 1) == ("The article has no title or headline of its own: no line ahead of its "
                                              "first paragraph stands as one.")
    assert no_answer_message("What's the title of the bill?", 1) == "The article doesn't say."  # of a bill it names


@pytest.mark.parametrize("question", [
    "What does the article say about NATO?", "What is the bridge made of?", "Who won the cup?", "What is this about Kursk?",
])
def test_a_question_about_something_in_the_article_is_told_plainly_that_it_does_not_say(question):
    assert no_answer_message(question, 1) == "The article doesn't say."
    assert no_answer_message(question, 3) == "The articles don't say."


def test_a_question_refused_for_a_number_the_articles_never_mention_is_told_which():
    assert no_answer_message("When was 4.5 released?", 1, ["4.5"]) == "The article doesn't say: it never mentions “4.5”."
    assert no_answer_message("Was 4.5 out by 2019?", 3, ["4.5", "2019"]) == \
        "The articles don't say: none of them mentions “4.5” or “2019”."
    # a summary of something the article does not have, not of the article (qa/overview.py)
    assert no_answer_message("Summarize 2019's report", 1, ["2019"]) == "The article doesn't say: it never mentions “2019”."


def test_tell_me_more_is_told_the_article_ends_only_where_it_read_on_to_its_end():
    assert no_answer_message("Tell me more", 3, read_to_end=True) == "The article says no more after that: it ends there."
    assert no_answer_message("Tell me more", 1) == "The article doesn't say."  # `qa ask "Tell me more"`: nothing read on from


def test_an_answer_is_a_value_that_can_be_hashed_its_citations_a_tuple_its_dict_a_list():
    made_with_a_list = Answer(**{**ANSWER.__dict__, "citations": list(ANSWER.citations)})
    assert made_with_a_list == ANSWER and hash(made_with_a_list) == hash(ANSWER) and len({ANSWER, made_with_a_list}) == 1
    assert isinstance(ANSWER.citations, tuple) and isinstance(ANSWER.to_dict()["citations"], list)
    assert Answer.from_dict(ANSWER.to_dict()) == ANSWER  # without JSON between them too
