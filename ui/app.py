"""The browser chat: a Gradio app over an Assistant. The only module that knows Gradio."""
from __future__ import annotations

import html
import os
import re
import socket
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no telemetry calls: the app runs offline

import gradio as gr

from index.articles import MAX_CONVERTED_FILE_BYTES, Article, ArticleError, parse_article, safe_name, suffix_list
from qa.answer import Answer
from qa.assistant import SEED_ARTICLE, Assistant
from qa.questions import QuestionError
from qa.followup import Turn, resolve_followup
from ui import render

# Model calls are serialised by the Assistant's lock; a few concurrent events let cheap steps
# (showing the question, the "thinking" status) go on while one question is being read.
CONCURRENCY_LIMIT = 4
QUEUE_SIZE = 64
TOP_K = 3
# Gradio refuses bigger uploads before they reach us; up to it, parse_article gives the size message.
MAX_UPLOAD_BYTES = 2 * MAX_CONVERTED_FILE_BYTES
PASTED_NAME_WORDS, PASTED_NAME_CHARS = 8, 60
SEED_EXAMPLES = [
    "Where was the media briefing held?",
    "When did Putin resume direct talks with Ukraine?",
    "How many prisoners of war were exchanged?",
    "What did Khorev call the reports of Russian drones in Polish airspace?",
    "When did he say the drones entered?",
    "Who won the 2022 football World Cup?",
]
THINKING = {"role": "assistant", "content": "Searching the articles and reading the closest passages…",
            "metadata": {"title": "Thinking…", "status": "pending"}}
# After an answer, scroll the article view to it (or to the closest passage) inside its own box.
SCROLL_TO_ANSWER = """() => setTimeout(() => {
  const box = document.querySelector('#article .qa-article');
  const target = box && (box.querySelector('mark.qa-answer') || box.querySelector('.qa-passage'));
  if (target) box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
}, 100)"""
ARTICLE_CSS = """
.qa-article { max-height: 560px; overflow-y: auto; padding: 0 0.5rem; }
.qa-article-text { line-height: 1.55; }
.qa-passage { background: rgba(96, 165, 250, 0.18); }
mark.qa-answer { background: #fde047; color: #111; font-weight: 600; }
.qa-page { display: block; margin: 0.6em 0 0.3em; border-top: 1px dashed #9ca3af; color: #6b7280; font-size: 0.8em; }
"""


def reply_messages(reply: render.Reply) -> list[dict]:
    """The reply as chat messages: the answer, then one collapsed panel per passage."""
    panels = [{"role": "assistant", "content": panel.body, "metadata": {"title": panel.title, "status": "done"}}
              for panel in reply.panels]
    return [{"role": "assistant", "content": reply.text}, *panels]


def error_message(message: str) -> dict:
    return {"role": "assistant", "content": render.render_error(message)}


def message_text(message: dict) -> str:
    """A chat message's text: Gradio hands content back as a list of typed parts."""
    content = message["content"]
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if isinstance(part, dict))


def is_thinking(message: dict) -> bool:
    return (message.get("metadata") or {}).get("status") == "pending"


def question_message(question: str) -> dict:
    """The user's question as the chat shows it: exactly as typed, its < > * _ never read as markup."""
    return {"role": "user", "content": render.escape_text(question)}


def last_user_question(history: list[dict]) -> tuple[int, str] | None:
    """Where the latest question is in the history, and its text as typed."""
    for position in range(len(history) - 1, -1, -1):
        if history[position]["role"] == "user":
            return position, html.unescape(message_text(history[position]).replace("<br>", "\n"))
    return None


def article_from_upload(path: str | Path) -> Article:
    """The uploaded file as an article named by its base name only: an uploaded name such as
    "../../x.txt" is never a path to follow. Raises ArticleError with the reason to show."""
    path = Path(path)
    return parse_article(path.name, path.read_bytes())


def article_from_paste(text: str, taken: list[str]) -> Article:
    """Pasted text as an article named after its first line (how answers cite it), with a number
    added when another loaded article has that name. Raises ArticleError with the reason to show."""
    if not any(ch.isalnum() for ch in text):
        raise ArticleError("Nothing to add: paste the article's text first.")
    first_line = next(line for line in text.splitlines() if any(ch.isalnum() for ch in line))
    # From its first word ("## Title" gives "Title"); slashes are spaces, so a name is never a path.
    words = safe_name(" ".join(re.sub(r"^\W+|[\\/]", " ", first_line).split()[:PASTED_NAME_WORDS]))
    stem = words[:PASTED_NAME_CHARS].rstrip(" .") or "Pasted article"
    name, number = f"{stem}.txt", 2
    while name in taken:
        name, number = f"{stem} ({number}).txt", number + 1
    return parse_article(name, text.encode("utf-8"))


def build_app(assistant: Assistant) -> gr.Blocks:
    """The chat app over `assistant` (shared by every browser session), with its queue set up."""

    def article_view(name: str | None, answer: Answer | None = None) -> str:
        if name not in assistant.index.articles:
            return ""
        article = assistant.index.articles[name]
        return render.render_article(name, article.text, answer, article.page_starts)

    def show(name: str | None, answer: Answer | None = None):
        """The article chooser set to `name`, and the view of that article with `answer` marked."""
        return gr.update(choices=assistant.articles, value=name), article_view(name, answer)

    def show_chosen_article(name: str, turns: list[Turn | None]) -> str:
        """The article the reader picked, with the latest answer marked if it came from there."""
        latest = next((turn.answer for turn in reversed(turns) if turn is not None), None)
        return article_view(name, latest)

    def take_question(question: str, history: list[dict]):
        """Show the question and the thinking status at once; the answer comes in the next step."""
        if not question.strip():
            return gr.skip(), gr.skip(), None
        return "", [*history, question_message(question), THINKING], question

    def take_last_question(history: list[dict], turns: list[Turn | None]):
        """Retry: drop the latest reply and ask its question again."""
        latest = last_user_question(history)
        if latest is None:
            return gr.skip(), gr.skip(), None
        position, question = latest
        return [*history[:position], question_message(question), THINKING], turns[:-1], question

    def answer_question(question: str | None, history: list[dict], turns: list[Turn | None], chosen: list[str]):
        if question is None:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        history = [m for m in history if not is_thinking(m)]
        if not chosen:
            return [*history, error_message("Choose at least one article to ask.")], [*turns, None], gr.skip(), gr.skip()
        resolved = resolve_followup(question, turns[-1] if turns else None)
        try:
            answer = assistant.ask(resolved.asked, top_k=TOP_K, sources=chosen)
        except (QuestionError, ValueError) as error:
            return [*history, error_message(str(error))], [*turns, None], gr.skip(), gr.skip()
        understood_as = resolved.asked if resolved.asked != question else None
        reply = render.render_reply(answer, len(chosen), understood_as)
        shown = answer.source or (answer.citations[0].source if answer.citations else chosen[0])
        return [*history, *reply_messages(reply)], [*turns, Turn(resolved.question, answer)], *show(shown, answer)

    def clear(chosen: list[str]):
        return [], [], None, *show(chosen[0] if chosen else None)

    def add_article(read, chosen: list[str], progress: gr.Progress):
        """Read an article with `read`, index it, tick it and show it: (status, ticked articles,
        article chooser, article view, pasted text), where a refusal shows why and leaves everything
        else as it was."""
        progress(0.1, desc="Reading the article")
        try:
            article = read()
            progress(0.3, desc=f"Indexing {article.name}: splitting it into passages and embedding them")
            assistant.add_article(article, log=lambda message: progress(0.6, desc=message))
        except (ArticleError, ValueError) as error:
            return render.render_error(str(error)), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        progress(1.0, desc="Indexed")
        passages = sum(1 for chunk in assistant.index.chunks if chunk.source == article.name)
        status = (f"Added **{render.escape_text(article.name)}** ({passages} passage{'' if passages == 1 else 's'}). "
                  "Questions now go to the ticked articles.")
        ticked = gr.update(choices=assistant.articles, value=[*chosen, article.name])
        return status, ticked, *show(article.name), ""

    def add_uploaded_article(path: str | None, chosen: list[str], progress=gr.Progress()):
        if path is None:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return add_article(lambda: article_from_upload(path), chosen, progress)[:4]

    def add_pasted_article(text: str, chosen: list[str], progress=gr.Progress()):
        return add_article(lambda: article_from_paste(text, assistant.articles), chosen, progress)

    def current_articles():
        """A new page sees articles that other sessions added since the app started."""
        return gr.update(choices=assistant.articles, value=assistant.articles), gr.update(choices=assistant.articles)

    def ask_api(question: str, articles: list[str] | None = None) -> dict:
        """Answer a question from the articles (all of them when `articles` is empty): Answer.to_dict()."""
        try:
            return assistant.ask(question, top_k=TOP_K, sources=articles or None).to_dict()
        except (QuestionError, ValueError) as error:
            raise gr.Error(str(error)) from None

    with gr.Blocks(title="Article QA", analytics_enabled=False) as app:
        turns = gr.State([])  # this session's questions and answers, for follow-ups (None for a refused question)
        pending = gr.State(None)  # the question between showing it and answering it
        gr.Markdown("## Ask the article\nAnswers are copied from the article, with the passages they come from.")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Chat", height=560, latex_delimiters=[], elem_id="chat")
                with gr.Row():
                    question_box = gr.Textbox(placeholder="Ask a question about the article…", show_label=False,
                                              scale=5, max_length=2000, elem_id="question")
                    ask_button = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                with gr.Row():
                    retry_button = gr.Button("Retry", size="sm", elem_id="retry")
                    clear_button = gr.Button("Clear", size="sm", elem_id="clear")
                if SEED_ARTICLE.name in assistant.articles:
                    gr.Examples([[q] for q in SEED_EXAMPLES], inputs=[question_box], label="Example questions")
            with gr.Column(scale=2):
                chosen = gr.CheckboxGroup(assistant.articles, value=assistant.articles, label="Ask these articles",
                                          elem_id="articles")
                upload = gr.UploadButton(f"Add an article ({suffix_list('or')})", size="sm", elem_id="upload")
                with gr.Accordion("Or paste an article", open=False, elem_id="paste-panel"):
                    pasted = gr.Textbox(placeholder="Paste the article's text here; its first line names it.",
                                        show_label=False, lines=6, max_lines=12, elem_id="paste")
                    paste_button = gr.Button("Add the pasted article", size="sm", elem_id="add-pasted")
                upload_status = gr.Markdown(elem_id="upload-status")
                shown = gr.Dropdown(assistant.articles, value=assistant.articles[0], label="Article shown", elem_id="shown")
                article = gr.HTML(article_view(assistant.articles[0]), css_template=ARTICLE_CSS, elem_id="article")

        for trigger in (question_box.submit, ask_button.click):
            trigger(take_question, [question_box, chatbot], [question_box, chatbot, pending], queue=False).then(
                answer_question, [pending, chatbot, turns, chosen], [chatbot, turns, shown, article]).then(
                None, js=SCROLL_TO_ANSWER)
        retry_button.click(take_last_question, [chatbot, turns], [chatbot, turns, pending], queue=False).then(
            answer_question, [pending, chatbot, turns, chosen], [chatbot, turns, shown, article]).then(
            None, js=SCROLL_TO_ANSWER)
        clear_button.click(clear, [chosen], [chatbot, turns, pending, shown, article], queue=False)
        chatbot.clear(clear, [chosen], [chatbot, turns, pending, shown, article], queue=False)
        upload.upload(add_uploaded_article, [upload, chosen], [upload_status, chosen, shown, article])
        paste_button.click(add_pasted_article, [pasted, chosen], [upload_status, chosen, shown, article, pasted])
        shown.input(show_chosen_article, [shown, turns], [article], queue=False)
        app.load(current_articles, None, [chosen, shown], queue=False)
        gr.api(ask_api, api_name="ask")
    app.queue(default_concurrency_limit=CONCURRENCY_LIMIT, max_size=QUEUE_SIZE)
    return app


def ensure_port_free(host: str, port: int) -> None:
    """Raises ValueError, saying why, when the chat could not listen on host:port."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            raise ValueError(f"cannot serve the chat on {host}:{port} ({error.strerror or error}); "
                             "choose another --port") from None


def launch(assistant: Assistant, host: str = "127.0.0.1", port: int = 7860, share: bool = False) -> None:
    """Serve the chat until interrupted."""
    build_app(assistant).launch(server_name=host, server_port=port, share=share, max_file_size=MAX_UPLOAD_BYTES,
                                ssr_mode=False, footer_links=["api"])
