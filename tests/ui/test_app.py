"""The chat app's pieces that need no browser: uploads and chat messages."""
from __future__ import annotations

import copy
import html
import json
import re
import socket
import string
import threading
import time

import gradio as gr
import gradio.state_holder
import pytest
from fontTools.ttLib import TTFont
from gradio.themes.utils.fonts import STATIC_FONTS_DIR

import qa.followup
from qa.language import ANOTHER_LANGUAGE
from index.articles import MAX_ARTICLE_BYTES, ArticleError, parse_article, untaken
from qa.assistant import Assistant
from qa.cli import main
from qa.courtesies import PASTED_PASSAGE
from ui.app import (MAX_UPLOAD_BYTES, SEED_EXAMPLES, THEME, UNTICKED_STORAGE_KEY, article_from_address, article_from_paste, article_from_upload,
                    build_app, ensure_port_free, error_message, question_message, read_question, reply_messages, serves_only_this_machine)
from ui.conversation import Conversation
from ui.render import Panel, Reply


def test_an_upload_is_named_by_its_base_name_only(tmp_path):
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    (tmp_path / "x.txt").write_text("A short article about a lighthouse.")
    article = article_from_upload(folder / ".." / ".." / "x.txt")
    assert article.name == "x.txt"


def test_an_uploaded_pdf_becomes_the_text_of_its_pages(tmp_path, news_pdf):
    (tmp_path / "talks.pdf").write_bytes(news_pdf)
    article = article_from_upload(tmp_path / "talks.pdf")
    assert article.name == "talks.pdf" and article.text.startswith("Talks to resume in Geneva\nThe envoy")


def test_an_uploaded_word_document_becomes_its_text(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Harbour reopens", level=1)
    document.add_paragraph("The ferry carried 300 passengers on Monday.")
    document.save(tmp_path / "harbour.docx")
    article = article_from_upload(tmp_path / "harbour.docx")
    assert (article.name, article.text) == ("harbour.docx", "Harbour reopens\nThe ferry carried 300 passengers on Monday.")


@pytest.mark.parametrize("name, data, reason", [
    ("notes.rtf", b"{\\rtf1 words}", "only .txt, .md, .html, .pdf and .docx articles are supported"),
    ("big.txt", b"a" * (MAX_ARTICLE_BYTES + 1), "limit"),
    ("broken.pdf", b"%PDF-1.4", "cannot be read as a PDF"),
    ("binary.txt", b"ab\x00cd", "binary"),
    ("latin1.txt", "café".encode("latin-1"), "not UTF-8"),
])
def test_an_upload_that_is_not_an_article_is_refused_with_the_reason(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(ArticleError, match=reason):
        article_from_upload(tmp_path / name)


@pytest.mark.parametrize("text, name", [
    ("Harbour reopens\nThe ferry left at noon.", "Harbour reopens.txt"),
    ("\n  ## Russia Ukraine Peace Talks: what Khorev said in Islamabad today\nBody.", "Russia Ukraine Peace Talks.txt"),
    ("Minutes of the Mill Lane Residents' Association, 2 June 2025, Riverside Library\nPresent: 14.",
     "Minutes of the Mill Lane Residents' Association.txt"),  # cut at a phrase's end, not "…, 2" (the chat user's)
    ("Ferry notes, June 2025\nBody.", "Ferry notes, June 2025.txt"),  # whole
    # Markdown is named so, and read without its markup as an uploaded .md is (index/markup.py tells it)
    ("Bridge works\nPaid for by the [Roads Administration](https://example.com).", "Bridge works.md"),
    ("Sums\n5 * 3 = 15, in snake_case_names.", "Sums.txt"),
    ("— … ¡\nWords come later.", "Words come later.txt"),
    ("../../etc/passwd\nroot", "etc passwd.txt"),  # never a path
    ("x\x1b[31m red\u202etxt.md\nBody.", "x[31m redtxt.md.txt"),  # no escape codes, no reversed extension
    ("<br>\nFerry notes\nBody.", "Ferry notes.txt"),
    ("https://www.example.com/harbour-story\nThe ferry left at noon.", "example.com harbour-story.txt"),
    ("http://localhost:8080/notes\nBody.", "localhost:8080 notes.txt"),
    ("Using the <p> and <div> tags well\nBody.", "Using the and tags well.txt"),  # text about markup is no page of it
    ("Www.Example.com is our new site\nBody.", "Www.Example.com is our new site.txt"),
])
def test_a_pasted_article_is_named_after_its_first_line_and_kept_verbatim(text, name):
    article = article_from_paste(text)
    assert (article.name, article.text) == (name, text)


@pytest.mark.parametrize("page, name, text", [
    ("<h1>Lighthouse <b>log</b></h1>\n<p>The keeper is Ola Nord.</p>", "Lighthouse log.html", "Lighthouse log\nThe keeper is Ola Nord."),
    # a page pasted on one line is named by its first block, not by its first 8 words (browser audit)
    ("<h1>Lighthouse log</h1><p>The keeper is Ola Nord.</p>", "Lighthouse log.html", "Lighthouse log\nThe keeper is Ola Nord."),
    ("<script>alert(1)</script>\n<p>The tram depot opened in 1901.</p>", "The tram depot opened in 1901.html",
     "The tram depot opened in 1901."),
    ("<!DOCTYPE html><html><body><nav>Home</nav><article><p>Ferry at noon.</p></article></body></html>", "Ferry at noon.html",
     "Ferry at noon."),
])
def test_a_pasted_page_s_source_is_read_as_a_page_and_named_after_its_story(page, name, text):
    # The UI audit: pasted as text, its tags were shown in every passage, and a script's "alert(1)" named it.
    article = article_from_paste(page)
    assert (article.name, article.text) == (name, text)


def test_a_pasted_page_without_a_story_is_refused_as_a_page():
    with pytest.raises(ArticleError, match="^The pasted page: no article text found in the page$"):
        article_from_paste("<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav></body></html>")


@pytest.mark.parametrize("text, reason", [
    ("", "^Nothing to add: paste the article's text first.$"),
    (" \n\t— …", "^Nothing to add"),
    ("Long\n" + "word " * 400_000, "^Long.txt: 2,000,005 bytes is over the 2,000,000-byte limit"),
])
def test_a_paste_that_is_not_an_article_is_refused_with_the_reason(text, reason):
    with pytest.raises(ArticleError, match=reason):
        article_from_paste(text)


def test_a_reply_is_the_answer_then_one_collapsed_panel_per_passage():
    messages = reply_messages(Reply("**Islamabad**", [Panel("Cited passage 1 · a.txt", "in <mark>Islamabad</mark>")]))
    assert messages[0] == {"role": "assistant", "content": "**Islamabad**"}
    assert messages[1]["metadata"] == {"title": "Cited passage 1 · a.txt", "status": "done"}


@pytest.mark.parametrize("question", ["Who uses the <script> tag?", "What does <img src=x onerror=alert(1)> do?",
                                      "Is **Khorev** the_ambassador & why?\nSecond line", "Plain?"])
def test_a_question_is_shown_as_typed(question):
    shown = question_message(question)
    assert "<" not in shown["content"].replace("<br>", "") and "*" not in shown["content"]  # no markup to render
    assert html.unescape(shown["content"].replace("<br>", "\n")) == question


def test_qa_chat_on_a_taken_port_fails_at_once_with_the_reason(capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ValueError, match="choose another --port"):
            ensure_port_free("127.0.0.1", port)
        assert main(["chat", "--port", str(port)]) == 2
    assert f"127.0.0.1:{port}" in capsys.readouterr().err


@pytest.mark.parametrize("host", ["256.1.1.1", "192.0.2.1", "::2"])  # no address, and addresses of no interface here
def test_qa_chat_on_a_host_it_cannot_listen_on_says_so_not_to_change_the_port(host, capsys):
    with pytest.raises(ValueError, match=f"; {re.escape(host)} cannot be listened on here: choose another --host"):
        ensure_port_free(host, 7899)
    assert main(["chat", "--host", host, "--port", "7899"]) == 2
    assert "--port" not in capsys.readouterr().err


def test_a_port_just_freed_by_a_stopped_chat_is_free():
    """Connections the stopped chat closed linger on its port for a minute (TIME_WAIT); the server
    may listen there again, so the restarted chat must not refuse it."""
    with socket.socket() as stopped:
        stopped.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        stopped.bind(("127.0.0.1", 0))
        stopped.listen()
        port = stopped.getsockname()[1]
        browser = socket.create_connection(("127.0.0.1", port))
        served, _ = stopped.accept()
        served.close()  # the server closes first, so its side of the connection lingers
        browser.close()
    ensure_port_free("127.0.0.1", port)


def test_a_name_taken_is_numbered_keeping_its_kind():
    assert untaken("bridge.html", ["a.txt"]) == "bridge.html"
    assert untaken("bridge.html", ["bridge.html", "bridge (2).html"]) == "bridge (3).html"


@pytest.mark.parametrize("host, share, alone", [("127.0.0.1", False, True), ("localhost", False, True), ("::1", False, True),
                                                ("127.0.0.1", True, False), ("0.0.0.0", False, False),
                                                ("192.168.1.5", False, False), ("chat.example.org", False, False)])
def test_a_chat_open_to_others_fetches_only_public_addresses(host, share, alone):
    assert serves_only_this_machine(host, share) is alone


@pytest.mark.parametrize("address, only_public, reason", [
    ("   ", False, "Nothing to add: give the article's web address first."),
    ("bridge-opens", False, "bridge-opens: not a web address (http:// or https://)"),
    ("3.14", False, "3.14: not a web address (http:// or https://)"),
    ("desk@example.com", False, "desk@example.com: not a web address (http:// or https://)"),
    ("mailto:desk@example.com", False, "mailto:desk@example.com: not a web address (http:// or https://)"),
    ("the story.com", False, "the story.com: not a web address (http:// or https://)"),
    ("http://127.0.0.1:9/news", True, "http://127.0.0.1:9/news: an address inside this machine's network, which this chat does not fetch"),
])
def test_a_web_address_that_cannot_be_added_is_refused_with_the_reason(address, only_public, reason):
    with pytest.raises(ArticleError) as refused:
        article_from_address(address, only_public)
    assert str(refused.value) == reason


@pytest.mark.parametrize("typed, fetched", [
    ("www.example.com/story", "https://www.example.com/story"),
    (" example.co.uk ", "https://example.co.uk"),
    ("news.example.org:8080/2024/talks?page=2#top", "https://news.example.org:8080/2024/talks?page=2#top"),
    ("http://example.com/story", "http://example.com/story"),  # a scheme given is kept
])
def test_a_web_address_typed_without_its_scheme_is_fetched_over_https(monkeypatch, typed, fetched):
    asked = []
    monkeypatch.setattr("ui.app.fetch_article", lambda address, only_public: asked.append(address))
    article_from_address(typed, True)
    assert asked == [fetched]


def test_a_page_s_state_is_made_once_when_its_first_events_come_at_once():
    """A fresh page's load and its first question arrive together: both must get the one chat."""
    copies = []

    class SlowChat:
        def __deepcopy__(self, memo):  # slow to copy, so that the second event asks while the first is copying
            copies.append(threading.current_thread().name)
            time.sleep(0.2)
            return SlowChat()

    with gr.Blocks() as page:
        chat = gr.State(SlowChat())
    copies.clear()  # any copy made while building the page
    session = gradio.state_holder.SessionState(page)
    got = []
    events = [threading.Thread(target=lambda: got.append(session[chat._id])) for _ in range(2)]
    for event in events:
        event.start()
    for event in events:
        event.join()
    assert len(copies) == 1 and got[0] is got[1]


def test_a_question_the_reader_fails_on_is_answered_with_the_fault_not_left_waiting(seed_assistant, monkeypatch, capsys):
    def fault(*args, **kwargs):
        raise RuntimeError("out of memory")

    monkeypatch.setattr(seed_assistant, "ask", fault)
    reply, turn, answer = read_question(seed_assistant, "Who gave the media briefing?", None, seed_assistant.articles)
    assert answer is None and not turn.answer.answered
    assert "This question could not be read (RuntimeError: out of memory)." in reply[0]["content"]
    assert "Traceback" in capsys.readouterr().err  # for whoever runs the server


def test_a_question_naming_a_year_the_article_never_does_is_told_so(seed_assistant):
    [article] = seed_assistant.articles
    reply, turn, answer = read_question(seed_assistant, "Who gave the media briefing in 2019?", None, [article])
    assert not answer.answered and reply[0]["content"].startswith("The article doesn't say: it never mentions “2019”.")
    reply, _, answer = read_question(seed_assistant, "Who gave the media briefing in 2025?", None, [article])
    assert answer.answered and "never mentions" not in reply[0]["content"]


def test_a_chat_turn_keeps_what_its_question_was_about_for_a_fragment_after_it(seed_assistant):
    """"What law did Khorev condemn?" (Ukrainian law), "What does it ban?", "What about martial law?"."""
    [article] = seed_assistant.articles
    _, law, _ = read_question(seed_assistant, "What law did Khorev condemn?", None, [article])
    _, ban, _ = read_question(seed_assistant, "What does it ban?", law, [article])
    assert (ban.question, ban.subject) == ("What does Ukrainian law ban?", "Ukrainian law")
    reply, _, _ = read_question(seed_assistant, "What about martial law?", ban, [article])
    assert reply[0]["content"].startswith("*Understood as: What does martial law ban?*")


def test_a_question_with_a_misspelt_word_is_shown_as_spelt_when_answered(seed_assistant):
    [article] = seed_assistant.articles
    reply, _, answer = read_question(seed_assistant, "Who gave the meida briefing?", None, [article])
    assert reply[0]["content"].startswith("*Understood as: Who gave the media briefing?*") and answer.text == "Albert P. Khorev"
    reply, _, _ = read_question(seed_assistant, "Who gave the media briefing?", None, [article])
    assert "Understood as" not in reply[0]["content"]


def test_a_follow_up_asked_as_typed_says_it_was_read_with_the_previous_question(seed_assistant):
    [article] = seed_assistant.articles
    _, briefing, _ = read_question(seed_assistant, "Who gave the media briefing?", None, [article])
    reply, _, _ = read_question(seed_assistant, "What else?", briefing, [article])
    assert reply[0]["content"].startswith("*Read with the previous question, “Who gave the media briefing?”, and its answer.*")
    reply, _, _ = read_question(seed_assistant, "Where?", briefing, [article])  # rebuilt, the answer its subject
    assert reply[0]["content"].startswith("*Understood as: Where did Albert P. Khorev give the media briefing?*")
    assert "ISLAMABAD" in reply[0]["content"]  # read as typed, with the previous turn, it had been "Russian Ambassador"
    reply, _, _ = read_question(seed_assistant, "How many prisoners of war were exchanged?", briefing, [article])
    assert "previous question" not in reply[0]["content"]  # a question of its own


def test_a_follow_up_typed_with_thanks_or_in_lower_case_is_resolved_as_meant(seed_assistant):
    """"thanks! and where?" had been asked whole, the reader given nothing of the briefing it asks about, and "what about
    martial law?" taken for no fragment, its law written in no capitals."""
    [article] = seed_assistant.articles
    _, briefing, _ = read_question(seed_assistant, "Who gave the media briefing?", None, [article])
    reply, _, _ = read_question(seed_assistant, "thanks! and where?", briefing, [article])
    assert reply[0]["content"].startswith("*Understood as: Where did Albert P. Khorev give the media briefing?*")
    assert "ISLAMABAD" in reply[0]["content"]
    _, law, _ = read_question(seed_assistant, "What law did Khorev condemn?", None, [article])
    _, ban, _ = read_question(seed_assistant, "ok, what does it ban?", law, [article])
    assert (ban.question, ban.subject) == ("What does Ukrainian law ban?", "Ukrainian law")
    reply, _, _ = read_question(seed_assistant, "cool. what about martial law?", ban, [article])
    assert reply[0]["content"].startswith("*Understood as: What does martial law ban?*")
    reply, _, answer = read_question(seed_assistant, "hey, who gave the media briefing? thanks", None, [article])
    assert answer.text == "Albert P. Khorev" and "Understood as" not in reply[0]["content"]  # nothing but courtesies left out
    reply, _, _ = read_question(seed_assistant, "Ok, where?", None, [article])
    assert "Nothing was asked before for “Ok, where?” to refer back to" in reply[0]["content"]


@pytest.mark.parametrize("message, said", [("hello", "Hello!"), ("Thanks!", "You're welcome."), ("thank you so much", "You're welcome."),
                                           ("ok great", "Ask another question"), ("bye", "Goodbye.")])
def test_small_talk_is_answered_as_such_and_leaves_the_turn_a_follow_up_refers_to(seed_assistant, message, said):
    # "hello" and "thanks!" had been told "The articles don't say. High confidence (100 %) that they don't" (a review's).
    [article] = seed_assistant.articles
    _, briefing, _ = read_question(seed_assistant, "Who gave the media briefing?", None, [article])
    reply, turn, answer = read_question(seed_assistant, message, briefing, [article])
    assert reply == [{"role": "assistant", "content": reply[0]["content"]}] and reply[0]["content"].startswith(said)
    assert (turn, answer) == (briefing, None)
    reply, _, _ = read_question(seed_assistant, "And where?", turn, [article])
    assert "ISLAMABAD" in reply[0]["content"]


@pytest.mark.parametrize("question", ["¿Quién dio la rueda de prensa?", "Qui a donné la conférence de presse ?", "谁主持了新闻发布会？"])
def test_a_question_in_another_language_is_told_so_not_spelt_as_english(seed_assistant, question):
    # "¿Quién dio la rueda de prensa?" had been shown as "Understood as: ¿Quinn dio la rued de prensa?" and refused (a review's)
    [article] = seed_assistant.articles
    _, briefing, _ = read_question(seed_assistant, "Who gave the media briefing?", None, [article])
    reply, turn, answer = read_question(seed_assistant, question, briefing, [article])
    assert reply == [error_message(ANOTHER_LANGUAGE)] and (turn, answer) == (briefing, None)


def test_a_question_after_the_user_s_situation_is_asked_alone_and_said_so(seed_assistant):
    # a review's: read with "I have a child in Year 4…" before it, a question had been answered "three nights" (23 %)
    [article] = seed_assistant.articles
    message = "I'm writing a school essay on the war and my teacher wants sources. Who gave the media briefing?"
    reply, _, answer = read_question(seed_assistant, message, None, [article])
    assert answer.text == "Albert P. Khorev"
    assert reply[0]["content"].startswith("*Understood as: Who gave the media briefing?*")


def test_several_questions_typed_as_one_are_each_answered_the_later_as_follow_ups(seed_assistant):
    """Asked whole, "who gave the media briefing and where was it held?" had been answered "Albert P. Khorev" only."""
    [article] = seed_assistant.articles
    reply, turn, answer = read_question(seed_assistant, "who gave the media briefing and where was it held?", None, [article])
    answers = [message["content"] for message in reply if "metadata" not in message]
    assert len(answers) == 2
    assert answers[0].startswith("*Understood as: Who gave the media briefing?*") and "Albert P. Khorev" in answers[0]
    assert answers[1].startswith("*Understood as: Where was the media briefing held?*") and "ISLAMABAD" in answers[1]
    assert (turn.question, answer.text) == ("Where was the media briefing held?", "ISLAMABAD")  # the last, marked
    reply, _, _ = read_question(seed_assistant, "Who gave the media briefing and where was it held?", None, [])
    assert len(reply) == 1 and "Choose at least one article" in reply[0]["content"]  # said once


def test_the_first_example_asks_what_the_article_is_about_and_its_lead_answers(seed_assistant):
    # Its reply had been "Answers here are phrases copied from the article, so it cannot be summed up" (qa/overview.py).
    [article] = seed_assistant.articles
    reply, turn, answer = read_question(seed_assistant, SEED_EXAMPLES[0], None, [article])
    assert SEED_EXAMPLES[0] == "What is this article about?" and answer.answered
    assert "**ISLAMABAD — Russia has reaffirmed its commitment to Russia Ukraine peace talks" in reply[0]["content"]
    _, _, after = read_question(seed_assistant, "Who gave the media briefing?", turn, [article])
    assert after.text == "Albert P. Khorev"  # the chat goes on as after any answer


def test_a_passage_pasted_as_a_question_is_told_so_and_leaves_the_turn_as_it_was(seed_assistant):
    # The chat user's paragraph had been read as a follow-up of the question before, and answered with a fragment (31 %)
    [article] = seed_assistant.articles
    _, turn, _ = read_question(seed_assistant, "Who gave the media briefing?", None, [article])
    passage = ("The ferry to Holm leaves the harbour at 9am every weekday. Tickets cost £4 and are sold on board. The "
               "captain is Lars Moe, who has sailed the route for twelve years.")
    reply, kept, answer = read_question(seed_assistant, passage, turn, [article])
    assert reply == [error_message(PASTED_PASSAGE)] and kept == turn and answer is None
    _, _, answer = read_question(seed_assistant, "Where was it held?", kept, [article])
    assert answer.text == "ISLAMABAD"


def test_tell_me_more_reads_on_from_the_answer_and_the_next_question_still_refers_back_to_its_turn(seed_assistant):
    # "Tell me more" had been read as a question, and refused ("The article doesn't say").
    [article] = seed_assistant.articles
    reply, _, _ = read_question(seed_assistant, "Tell me more", None, [article])
    assert reply[0]["content"].startswith("⚠️ Nothing was answered before for “Tell me more” to go on from")
    _, turn, _ = read_question(seed_assistant, "Who gave the media briefing?", None, [article])
    reply, turn, answer = read_question(seed_assistant, "Tell me more", turn, [article])
    assert reply[0]["content"].startswith("**During a media briefing in Islamabad, Russian Ambassador Albert P. Khorev")
    assert turn.question == "Who gave the media briefing?" and turn.read_on == answer
    _, refused, _ = read_question(seed_assistant, "Who won the football match?", turn, [article])
    reply, _, _ = read_question(seed_assistant, "Tell me more", refused, [article])  # not "Nothing was answered" (chat user)
    assert reply[0]["content"].startswith("⚠️ The question before was not answered, so there is nothing for “Tell me more” to "
                                          "go on from")
    _, _, then = read_question(seed_assistant, "go on", turn, [article])
    assert then.text.startswith("According to Khorev, President Vladimir Putin resumed direct talks")
    _, _, where = read_question(seed_assistant, "Where was it held?", turn, [article])
    assert where.text == "ISLAMABAD"  # "it" is still the briefing, its turn's answer the context, not the sentence read on
    _, turn, _ = read_question(seed_assistant, "What did Khorev say in closing?", None, [article])
    for _ in range(4):
        reply, turn, answer = read_question(seed_assistant, "Tell me more", turn, [article])
    assert not answer.answered and reply[0]["content"].startswith("The article says no more after that: it ends there.")
    assert "%" not in reply[0]["content"]


def test_what_else_after_what_the_article_is_about_reads_on_where_no_other_article_s_lead_is_left(seed_assistant):
    # It had been told "The article gives no other answer than “ISLAMABAD — …”", and "And?" answered with a phrase.
    [article] = seed_assistant.articles
    _, turn, _ = read_question(seed_assistant, "What is this article about?", None, [article])
    _, turn, first = read_question(seed_assistant, "What else?", turn, [article])
    assert first.text.startswith("According to Khorev, President Vladimir Putin resumed direct talks")
    _, turn, second = read_question(seed_assistant, "Anything else?", turn, [article])
    assert second.text.startswith("He cited multiple violations of temporary truces") and second.start > first.end
    _, _, then = read_question(seed_assistant, "And?", turn, [article])
    assert then.start >= second.end and then.answered
    # A whole question asking for something else is no request to read on: refused, as asked alone
    _, summary, _ = read_question(seed_assistant, "What is this article about?", None, [article])
    _, _, other = read_question(seed_assistant, "What else did Khorev say about the UN Security Council?", summary, [article])
    assert not other.text.startswith("According to Khorev, President Vladimir Putin")


def test_what_the_articles_are_about_is_each_one_s_lead_in_turn_and_what_else_then_reads_on(two_articles):
    # One lead had answered, the closest article's, the other cited beside it.
    chosen = ["kettle.md", "ferry.txt"]  # in the order chosen, the last one the turn's and marked
    reply, turn, marked = read_question(two_articles, "What are these articles about?", None, chosen)
    answers = [message["content"] for message in reply if not message.get("metadata")]
    assert len(answers) == 2 and marked.source == "ferry.txt" and [given.source for given in turn.given] == ["kettle.md"]
    assert answers[0].startswith("**The Aster is a kettle") and "from kettle.md" in answers[0]
    assert answers[1].startswith("**The passenger ferry to Porthdowan") and "from ferry.txt" in answers[1]
    assert [message["metadata"]["title"] for message in reply if message.get("metadata")] == \
        ["Cited passage 1 · kettle.md", "Cited passage 1 · ferry.txt"]  # its own passage each, no other cited again
    _, _, then = read_question(two_articles, "What else?", turn, chosen)  # no other lead left: the last read on
    assert then.answered and then.text == "Tickets cost £2.40."
    reply, _, _ = read_question(two_articles, "What are the headlines?", None, chosen)
    assert [message["content"].split("\n")[0] for message in reply if not message.get("metadata")] == \
        ["**Aster kettle**", "**Ferry back in service**"]
    reply, _, _ = read_question(two_articles, "What are these articles about?", None, ["kettle.md"])  # one chosen
    assert len([message for message in reply if not message.get("metadata")]) == 1


def test_which_articles_name_a_topic_is_a_statement_of_each_in_turn(three_towns):
    # One statement had answered, of one article.
    reply, turn, marked = read_question(three_towns, "Which articles mention the harbour?", None, three_towns.articles)
    answers = [message["content"] for message in reply if not message.get("metadata")]
    assert sorted(answer.split("· from ")[1] for answer in answers) == ["bus.txt", "fair.txt"]
    assert {marked.source, *(given.source for given in turn.given)} == {"bus.txt", "fair.txt"}
    _, _, other = read_question(three_towns, "Any others?", turn, three_towns.articles)
    assert not other.answered


def test_each_article_s_title_says_which_have_none_and_how_many_were_not_asked(tmp_path, embedder, shipped_reader, three_towns,
                                                                               monkeypatch):
    # Two of three headlines had been listed, and nothing said of the third.
    articles = [parse_article("ferry.txt", b"Ferry back in service\n\nThe passenger ferry to Porthdowan resumed sailings "
                                           b"on Tuesday morning after a six-week repair to its engine.\n"),
                parse_article("notes.txt", b"Bring a packed lunch and wear boots, as the walk starts at nine from the church "
                                           b"gate and ends at the pub.\n")]
    assistant = Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=lambda message: None)
    reply, _, _ = read_question(assistant, "What are the headlines?", None, assistant.articles)
    assert reply[0]["content"].startswith("**Ferry back in service**") and reply[-1]["content"] == "No title in notes.txt."
    monkeypatch.setattr(qa.followup, "EACH_MOST", 2)
    reply, _, _ = read_question(three_towns, "What are these articles about?", None, three_towns.articles)
    assert reply[-1]["content"] == "1 more article not asked."
    assert len([message for message in reply if message["content"].startswith("**")]) == 2


def test_what_this_article_is_about_among_several_is_the_one_shown(two_articles):
    # The closest by retrieval had answered, whichever article the user had just added and was looking at.
    chosen = two_articles.articles
    for shown, lead, title in (("kettle.md", "The Aster is a kettle", "Aster kettle"),
                               ("ferry.txt", "The passenger ferry", "Ferry back in service")):
        _, _, answer = read_question(two_articles, "What is this article about?", None, chosen, shown)
        assert answer.source == shown and answer.text.startswith(lead)
        assert read_question(two_articles, "What's the headline?", None, chosen, shown)[2].text == title
    reply, _, _ = read_question(two_articles, "What are these articles about?", None, chosen, "kettle.md")
    assert len([message for message in reply if not message.get("metadata")]) == 2  # each, whichever is shown
    _, _, named = read_question(two_articles, "What's the ferry story about?", None, chosen, "kettle.md")
    assert named.source == "ferry.txt"  # the one it names
    # "What else?" reads on in the one shown, not another's lead; a question after an answer asks of the answer's article
    _, turn, _ = read_question(two_articles, "What is this article about?", None, chosen, "ferry.txt")
    assert read_question(two_articles, "What else?", turn, chosen, "ferry.txt")[2].text == "Tickets cost £2.40."
    reply, _, answer = read_question(two_articles, "How much do tickets cost and what is this article about?", None, chosen,
                                     "kettle.md")
    assert answer.source == "ferry.txt" and answer.text.startswith("The passenger ferry")


def test_what_else_after_a_summary_it_cannot_be_rebuilt_around_asks_it_again_then_reads_on(two_articles):
    # "What else?" after "Summarise them all" had been read with it, and the reader had answered with a phrase.
    chosen = ["kettle.md", "ferry.txt"]
    _, turn, _ = read_question(two_articles, "Summarise them all", None, chosen)
    reply, turn, then = read_question(two_articles, "What else?", turn, chosen)
    assert then.text == "Tickets cost £2.40." and reply[0]["content"].startswith("*Understood as: Summarise them all?*")
    _, _, end = read_question(two_articles, "Anything else?", turn, chosen)
    assert not end.answered  # the article's end, said so


def test_what_else_after_what_the_article_is_about_says_where_the_article_ends(seed_assistant):
    # At its end it had listed every paragraph read as "no other answer than …", over 3,000 characters.
    [article] = seed_assistant.articles
    _, turn, answer = read_question(seed_assistant, "What is this article about?", None, [article])
    while answer.answered:
        reply, turn, answer = read_question(seed_assistant, "What else?", turn, [article])
    assert reply[0]["content"].startswith("*Understood as: What else is this article about?*\n\nThe article says no more after that")
    assert "no other answer than" not in reply[0]["content"] and "%" not in reply[0]["content"]


def test_tell_me_more_goes_on_after_a_question_not_read_and_after_no_other_answer(seed_assistant):
    [article] = seed_assistant.articles
    _, turn, _ = read_question(seed_assistant, "Who gave the media briefing?", None, [article])
    reply, turn, _ = read_question(seed_assistant, "Tell me more", turn, [])  # no article ticked: not read
    assert "Choose at least one article" in reply[0]["content"]
    _, _, answer = read_question(seed_assistant, "Tell me more", turn, [article])
    assert answer.text.startswith("During a media briefing in Islamabad")  # had been "The article says no more after that"
    _, turn, _ = read_question(seed_assistant, "What did the legislation ban?", None, [article])
    for _ in range(2):
        _, turn, last = read_question(seed_assistant, "What else?", turn, [article])
    assert not last.answered and turn.given[-1].text == "Great Patriotic War"
    _, _, answer = read_question(seed_assistant, "Tell me more", turn, [article])
    assert "“Great Patriotic War.”" in answer.text  # its sentence: on from the last answer given


def test_he_standing_for_no_one_the_previous_turn_named_is_read_as_written_and_answered(seed_assistant):
    # The chat's own example, asked after a question of a place: read with that turn, it had been refused at 100 %.
    [article] = seed_assistant.articles
    _, briefing, _ = read_question(seed_assistant, "Where was the media briefing held?", None, [article])
    reply, _, answer = read_question(seed_assistant, "When did he say the drones entered?", briefing, [article])
    assert reply[0]["content"].startswith("*No one was named before for “he” to stand for, so the question was read as written.*")
    assert answer.text == "earlier this month"


@pytest.mark.parametrize("chat, earlier", [
    (["Who gave the media briefing?", "What else?", "Why?"], "Albert P. Khorev"),
    (["What did Khorev call the reports of Russian drones in Polish airspace?", "When did he say the drones entered?",
      "When did he say that?"], "exaggerated"),
])
def test_a_follow_up_read_with_the_turns_before_is_not_given_their_answer_to_another_kind_of_question(seed_assistant, chat, earlier):
    # Session 52's UI review: the last of each had been answered with the first's answer (93 %, 70 %).
    [article] = seed_assistant.articles
    turn = None
    for question in chat:
        _, turn, answer = read_question(seed_assistant, question, turn, [article])
    assert answer is not None and answer.text != earlier


def test_what_about_a_topic_asked_first_is_answered_with_what_the_article_says_of_it(seed_assistant):
    # It had been refused as a follow-up with nothing asked before it ("Nothing was asked before for … to refer back to").
    [article] = seed_assistant.articles
    reply, turn, answer = read_question(seed_assistant, "What about martial law?", None, [article])
    assert answer is not None and answer.answered and "martial law" in answer.text
    assert "Nothing was asked before" not in reply[0]["content"]


@pytest.mark.parametrize("question", ["When?", " Who else? ", "And Khorev?", "Which other country?", "Any others?"])
def test_a_follow_up_with_nothing_asked_before_it_is_not_read(seed_assistant, question):
    # The UI audit: "When?" after Clear said it was read as written, then answered "May 2025"; session 52's: "Which other
    # country?" first had been told only "The article doesn't say".
    [article] = seed_assistant.articles
    reply, turn, answer = read_question(seed_assistant, question, None, [article])
    assert answer is None and not turn.answer.answered
    assert reply == [error_message(f"Nothing was asked before for “{question.strip()}” to refer back to: ask a whole "
                                   "question that names what it asks about.")]
    reply, _, answer = read_question(seed_assistant, "Who is he?", None, [article])  # a whole question: read
    assert answer is not None and "Nothing was asked before for “he” to refer back to" in reply[0]["content"]


def test_every_face_of_the_page_s_fonts_draws_every_letter_and_digit():
    """A face short of letters has the browser draw those in another font: the bold answer came out
    "ISLAMABAD" in two fonts, its "A"s and "B" from one, the rest from the other."""
    faces = re.findall(r"url\('static/fonts/([^']+)'\)", "".join(THEME._font_css))
    assert faces
    for face in faces:
        drawn = TTFont(STATIC_FONTS_DIR / face).getBestCmap()
        missing = [ch for ch in string.ascii_letters + string.digits if ord(ch) not in drawn]
        assert not missing, f"{face} cannot draw {''.join(missing)}"


def new_page(app: gr.Blocks) -> tuple[dict, dict]:
    """The app's components by elem_id (what the browser keeps by its storage key), and every
    component's value as a page just opened shows it."""
    components = {block.elem_id: block for block in app.blocks.values() if getattr(block, "elem_id", None)}
    components |= {block.storage_key: block for block in app.blocks.values() if isinstance(block, gr.BrowserState)}
    return components, {block: copy.deepcopy(getattr(block, "value", None)) for block in app.blocks.values()}  # as Gradio does


def event_named(app: gr.Blocks, name: str):
    """The app's event of handler `name` (of a handler that more triggers run, the first)."""
    return next(fn for fn in app.fns.values() if fn.name == name)


def run_event(app: gr.Blocks, name: str, page: dict) -> dict:
    """Run the app's event handler `name` as the page would: its inputs taken from `page` (a value
    for each component), its outputs by component, which the page then shows."""
    event = event_named(app, name)
    outputs = dict(zip(event.outputs, event.fn(*(page[component] for component in event.inputs))))
    for component, value in outputs.items():
        if not isinstance(value, dict) or value.get("__type__") != "update":
            page[component] = value
        elif "value" in value:  # else the update changes no value (gr.skip)
            page[component] = value["value"]
    return outputs


def test_questions_restored_after_a_reload_are_each_asked_after_the_article_the_one_before_showed(two_articles):
    # All had been asked of the article shown when the page reloaded (a review's).
    app = build_app(two_articles)
    conversation = Conversation()
    for question in ("How much do tickets cost?", "What is this article about?"):
        conversation.ask(question, question_message(question))
    outputs = list(event_named(app, "answer_restored").fn(conversation, two_articles.articles, "kettle.md"))
    assert len(outputs) == 2 and conversation.latest_answer().text.startswith("The passenger ferry")


def test_clear_keeps_the_article_being_read_shown_even_with_no_article_ticked(seed_assistant):
    [name] = seed_assistant.articles
    app = build_app(seed_assistant)
    component, page = new_page(app)
    page.update({component["articles"]: [], component["shown"]: name, component["chat"]: []})
    shown = run_event(app, "clear_shown", page)
    assert shown[component["shown"]]["value"] == name
    assert f"<h3>{name}</h3>" in shown[component["article"]]


def test_an_article_of_a_name_taken_is_added_numbered_and_one_of_a_text_loaded_is_refused(tmp_path, embedder, shipped_reader):
    """Many downloads share a name ("article.html"): the chat numbers them, as the Python API does;
    the same text again, under any name, would only cite each passage twice."""
    (tmp_path / "notes.txt").write_text("Harbour notes\nThe harbour master is Tomas Berg.")
    assistant = Assistant.from_files([tmp_path / "notes.txt"], reader=shipped_reader, embedder=embedder,
                                     index_dir=tmp_path / "index", log=lambda message: None)
    app = build_app(assistant)
    component, page = new_page(app)

    def add(event: str, value) -> str:
        page[component["upload" if event == "add_uploaded_article" else "paste"]] = value
        return run_event(app, event, page)[component["upload-status"]].split("\n\n")[0]

    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("Ferry notes\nThe ferry's captain is Lars Moe.")
    assert add("add_uploaded_article", str(tmp_path / "other" / "notes.txt")).startswith("Added **notes (2).txt** (1 passage)")
    assert add("add_pasted_article", "notes\nThe ferry left at noon.").startswith("Added **notes (3).txt** (1 passage)")
    (tmp_path / "copy.txt").write_text("Harbour notes\nThe harbour master is Tomas Berg.")
    assert add("add_uploaded_article", str(tmp_path / "copy.txt")) == "⚠️ copy.txt is already loaded, as notes.txt"
    assert add("add_uploaded_article", str(tmp_path / "notes.txt")) == "⚠️ notes.txt is already loaded"
    # pasted again, under the name of another article (the UI audit: "notes.txt is already loaded" named it)
    assert add("add_pasted_article", "notes\nThe ferry left at noon.") == "⚠️ This text is already loaded, as notes (3).txt"
    assert add("add_uploaded_article", str(tmp_path / "other" / "notes.txt")) == "⚠️ This text is already loaded, as notes (2).txt"
    assert assistant.articles == ["notes.txt", "notes (2).txt", "notes (3).txt"]


def test_a_file_edited_and_added_again_is_asked_instead_of_its_earlier_version_which_stays_loaded(tmp_path, embedder,
                                                                                                  shipped_reader):
    """The chat user's: "ferry.html" edited and uploaded again was added as "ferry (2).html" beside the first, both
    ticked, so that a question was answered from either text; two articles that only share a name stay ticked."""
    story = ("Ferry notes\nThe ferry to Holm leaves the harbour at {} every weekday. Tickets cost £4 and are sold on "
             "board. The captain is Lars Moe, who has sailed the route for twelve years.")
    (tmp_path / "notes.txt").write_text(story.format("9am"))
    assistant = Assistant.from_files([tmp_path / "notes.txt"], reader=shipped_reader, embedder=embedder,
                                     index_dir=tmp_path / "index", log=lambda message: None)
    app = build_app(assistant)
    component, page = new_page(app)
    run_event(app, "current_articles", page)
    (tmp_path / "edited").mkdir()
    (tmp_path / "edited" / "notes.txt").write_text(story.format("10am"))
    page[component["upload"]] = str(tmp_path / "edited" / "notes.txt")
    status = run_event(app, "add_uploaded_article", page)[component["upload-status"]]
    assert status.startswith("Added **notes (2).txt** (1 passage). Questions now go to the ticked articles. It reads as a "
                             "new version of notes.txt, which is unticked so that answers do not mix the two (tick it to "
                             "ask both).")
    run_event(app, "untick_earlier_versions", page)
    assert page[component["articles"]] == ["notes (2).txt"] and page[component[UNTICKED_STORAGE_KEY]] == ["notes.txt"]
    assert assistant.articles == ["notes.txt", "notes (2).txt"]  # the earlier one kept, to be ticked again
    assert assistant.ask("When does the ferry leave?", sources=page[component["articles"]]).text.startswith("10am")
    # a page opened since leaves the earlier version unticked too, and one open before unticks it as it offers the new
    # one (the chat user's new tab had ticked both, and answered from the earlier)
    _, fresh = new_page(app)
    run_event(app, "current_articles", fresh)
    assert fresh[component["articles"]] == ["notes (2).txt"]
    _, older = new_page(app)
    older.update({component["articles"]: ["notes.txt"], event_named(app, "tick_new_articles").inputs[0]: ["notes.txt"]})
    run_event(app, "tick_new_articles", older)
    assert older[component["articles"]] == ["notes (2).txt"] and older[component[UNTICKED_STORAGE_KEY]] == ["notes.txt"]

    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("Orchard notes\nThe orchard keeper is Lena Berg.")
    page[component["upload"]] = str(tmp_path / "other" / "notes.txt")
    status = run_event(app, "add_uploaded_article", page)[component["upload-status"]]
    assert status.startswith("Added **notes (3).txt**") and "new version" not in status.split("\n\n")[0]
    run_event(app, "untick_earlier_versions", page)
    run_event(app, "tick_new_articles", page)
    assert page[component["articles"]] == ["notes (2).txt", "notes (3).txt"]


def test_a_pasted_page_s_source_leaves_the_paste_box_once_loaded(tmp_path, embedder, shipped_reader):
    """The browser audit: a page's source stayed in the box once added, and again once refused as loaded already,
    as its article's text is the story read from the source, not the source (a text paste was emptied)."""
    (tmp_path / "notes.txt").write_text("Harbour notes\nThe harbour master is Tomas Berg.")
    assistant = Assistant.from_files([tmp_path / "notes.txt"], reader=shipped_reader, embedder=embedder,
                                     index_dir=tmp_path / "index", log=lambda message: None)
    app = build_app(assistant)
    component, page = new_page(app)
    clear_added_paste = event_named(app, "clear_added_paste").fn
    source = "<h1>Orchard report</h1><p>The orchard keeper is Lena Berg. She planted 40 pear trees in 2019.</p>"
    assert clear_added_paste(source) == gr.skip(), "not loaded yet"
    for result in ("Added **Orchard report.html** (1 passage)", "⚠️ Orchard report.html is already loaded"):
        page[component["paste"]] = source
        assert run_event(app, "add_pasted_article", page)[component["upload-status"]].startswith(result)
        assert clear_added_paste(source) == ""
    assert clear_added_paste("<h1>Orchard report</h1><p>Pasted since.</p>") == gr.skip()


def test_the_articles_unticked_stay_unticked_after_a_reload_while_they_are_loaded(seed_assistant):
    [name] = seed_assistant.articles
    app = build_app(seed_assistant)
    component, page = new_page(app)
    chosen, seen = event_named(app, "remember_unticked").inputs
    page.update({chosen: [], seen: [name]})
    run_event(app, "remember_unticked", page)
    assert page[component[UNTICKED_STORAGE_KEY]] == [name]
    component, reloaded = new_page(app)
    reloaded[component[UNTICKED_STORAGE_KEY]] = ["gone.txt", name]  # an article no longer loaded, and this one
    _, _, _, unticked = run_event(app, "current_articles", reloaded)
    assert reloaded[component["articles"]] == [] and reloaded[unticked] == [name]
    reloaded[component[UNTICKED_STORAGE_KEY]] = ["gone.txt"]
    run_event(app, "current_articles", reloaded)
    assert reloaded[component["articles"]] == [name]


def test_an_upload_the_page_kept_back_for_its_size_is_refused_naming_it_and_the_limit(seed_assistant):
    refuse = event_named(build_app(seed_assistant), "refuse_oversized_upload").fn
    statuses = ["Added **notes.txt** (1 passage)."]
    report = {"name": "../scans/minutes <draft>.pdf", "size": MAX_UPLOAD_BYTES + 1, "at": 1764590000000}
    status = refuse(json.dumps(report), statuses)
    assert status.startswith(f"⚠️ minutes &lt;draft&gt;.pdf: {MAX_UPLOAD_BYTES + 1:,} bytes is over the "
                             f"{MAX_UPLOAD_BYTES:,}-byte limit for an upload; it was not added")
    assert status.endswith("Added **notes.txt** (1 passage)."), "the earlier result stays, below it"
    not_reports = ["", "[]", "{}", '{"name": "a.pdf", "size": "big"}', '{"name": "a.pdf", "size": 1}', '{"name": null, "size": 30000000}',
                   '{"name": "a.pdf", "size": Infinity}', '{"name": "a.pdf", "size": true}', '{"name": "a.pdf", "size": 3e7}']
    for not_a_report in not_reports:  # none from the page's own check
        assert refuse(not_a_report, statuses) == gr.skip()


def test_who_else_in_the_chat_is_another_answer_than_those_given_or_none(seed_assistant):
    """Read with the previous question in brackets, "Who else?" had been answered "Albert P. Khorev" again."""
    [article] = seed_assistant.articles
    _, briefing, _ = read_question(seed_assistant, "Who gave the media briefing?", None, [article])
    assert briefing.answer.text == "Albert P. Khorev"
    reply, again, answer = read_question(seed_assistant, "Who else?", briefing, [article])
    assert reply[0]["content"].startswith("*Understood as: Who else gave the media briefing?*")
    assert not answer.answered  # no one else did; "Russian Ambassador", right before his name, is no other
    assert "The article gives no other answer than “Albert P. Khorev”." in reply[0]["content"]
    _, ban, _ = read_question(seed_assistant, "What did the legislation ban?", None, [article])
    _, other, answer = read_question(seed_assistant, "What else?", ban, [article])
    assert answer.answered and "Soviet" not in answer.text and "Great Patriotic War" in answer.text
    _, _, answer = read_question(seed_assistant, "What else?", other, [article])
    assert not answer.answered  # both given: nothing else is likely enough


def test_retry_with_no_question_to_ask_again_says_so_once_and_waits_for_one_being_read(seed_assistant):
    """It had done nothing and said nothing."""
    from ui.app import NOTHING_TO_RETRY

    retry = event_named(build_app(seed_assistant), "retry").fn
    chat = Conversation()
    assert retry(chat) == [NOTHING_TO_RETRY]
    assert retry(chat) == gr.skip() and chat.messages() == [NOTHING_TO_RETRY], "said once, however often pressed"
    chat.ask("Who spoke?", question_message("Who spoke?"))
    assert retry(chat) == gr.skip(), "the latest question is still being read: its answer is on its way"
    chat.reply(chat.next_waiting(), [{"role": "assistant", "content": "Khorev"}])
    assert retry(chat)[-1]["metadata"]["title"] == "Thinking…", "asked again"


def test_a_refusal_over_some_articles_names_those_left_unticked(two_articles):
    # a chat user's answer was in an unticked article, and "The article doesn't say" said nothing of it
    reply, _, answer = read_question(two_articles, "How much do ferry tickets cost?", None, ["kettle.md"])
    assert not answer.answered and "Only the ticked articles were asked: ferry.txt is loaded but unticked." in reply[0]["content"]
    reply, _, answer = read_question(two_articles, "How much do ferry tickets cost?", None, two_articles.articles)
    assert answer.text == "£2.40" and "unticked" not in reply[0]["content"]
