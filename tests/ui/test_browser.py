"""End to end: `qa chat` in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright).

The page is checked against what the app's own "ask" API answers (the same reader and index), not
against hand-written answers. Set QA_CHAT_SCREENSHOT=docs/chat.png to also write the README's screenshot.
"""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import threading
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (install it with .ci/install-browser)", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is missing (install it with .ci/install-browser)")

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
STARTUP_SECONDS = 300  # loading torch and both models on a busy CI machine
ANSWER_MS = 120_000
CLEAR_MS = 30_000
VIEWPORT = {"width": 1200, "height": 820}
SEED = "russia-ukraine-peace-talks.txt"
# The articles' ticks: not the tick beside their heading, which ticks or unticks them all.
ARTICLE_TICKS = "#articles [data-testid=checkbox-group] label"
UPLOADED = "lighthouse.txt"
UPLOADED_TEXT = ("The Varnholm lighthouse\n"
                 "The keeper of the Varnholm lighthouse is Ingrid Solberg. <script>window.pwned = 1</script>\n"
                 "The lighthouse was painted red in 2003 and stands 42 metres tall.\n")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"qa chat exited with {server.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(1)
    pytest.fail(f"qa chat did not serve {url} within {STARTUP_SECONDS} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def chat_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chat")
    url = f"http://127.0.0.1:{free_port()}/"
    log = folder / "qa-chat.log"
    with open(log, "w") as output:
        server = subprocess.Popen([sys.executable, "-m", "qa.cli", "chat", "--port", url.rsplit(":", 1)[1].strip("/"),
                                   "--index-dir", str(folder / "index")], stdout=output, stderr=subprocess.STDOUT)
    try:
        wait_until_serving(url, server, log)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def api(chat_url):
    from gradio_client import Client

    return Client(chat_url, verbose=False)


def wait_until_loaded(page) -> None:
    """Until the page has loaded: its ticks may be used once it has them (as a reloaded tab left them)."""
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.wait_for_selector("#articles input:enabled", timeout=60_000)


@pytest.fixture(scope="module")
def page(chat_url):
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(chat_url)
        wait_until_loaded(page)
        yield page
        browser.close()


def clear_chat(page) -> None:
    """Press Clear, and wait until the chat is empty: a question sent at once could reach the server
    first (events run side by side there) and be cleared with the rest. A reply that lands after the Clear
    (in a whole run under load, once in session 40) is cleared by a second press; if the chat is still
    not empty, the test fails with what it shows."""
    for _ in range(2):
        page.locator("#clear").click()
        try:
            page.wait_for_function("() => !document.querySelector('#chat .message-row')", timeout=CLEAR_MS)
            return
        except playwright.TimeoutError:
            shown = page.evaluate("() => document.querySelector('#chat')?.innerText")
    pytest.fail(f"the chat was not emptied by Clear pressed twice; it showed {shown!r}")


def ask(page, question: str, follow_up: bool = False) -> None:
    """Type the question, send it (after Clear, unless it is a follow-up), and wait until the reply
    replaces the thinking status."""
    if not follow_up:
        clear_chat(page)
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()
    wait_until_answered(page, question)


def wait_until_answered(page, question: str) -> None:
    """Until the chat shows `question` with its reply in place of the thinking status; if it never does, failing with
    what the page shows instead (a rare timeout in a whole run, not met again alone, had said nothing of it)."""
    try:
        page.wait_for_function("""question => {
            const chat = document.querySelector('#chat');
            return chat && chat.innerText.includes(question) && !chat.innerText.includes('Thinking…');
        }""", arg=question, timeout=ANSWER_MS)
    except playwright.TimeoutError:
        shown = page.evaluate("""() => ({chat: document.querySelector('#chat')?.innerText, box: document.querySelector('#question textarea')?.value,
            ticks: [...document.querySelectorAll('#articles input[type=checkbox]')].map(box => box.checked + ' ' + box.disabled),
            status: document.querySelector('#upload-status')?.innerText, toasts: [...document.querySelectorAll('.toast-item')].map(t => t.innerText)})""")
        pytest.fail(f"{question!r} not answered within {ANSWER_MS / 1000:.0f} s; the page showed {shown!r}")


def send(page, question: str) -> None:
    """Type the question and press Enter, without waiting for anything."""
    page.locator("#question textarea").fill(question)
    page.locator("#question textarea").press("Enter")


def wait_until_read(page) -> None:
    """Until no question of the chat is still being read."""
    page.wait_for_function("() => !document.querySelector('#chat').innerText.includes('Thinking…')", timeout=ANSWER_MS)


PASSAGE_TOGGLES = "#chat .thought-group > div[role=button]"  # each passage panel's title, that opens and closes it


def passage_titles(page) -> list[str]:
    return page.locator(PASSAGE_TOGGLES).all_inner_texts()


def open_passage(page, number: int) -> str:
    """Open the reply's passage panel `number` (from 0); its text."""
    page.locator(PASSAGE_TOGGLES).nth(number).click()
    page.wait_for_timeout(300)
    return page.locator("#chat .thought-group").nth(number).inner_text()


def words(text: str) -> str:
    """Text with line breaks and runs of spaces as single spaces, as the page shows it."""
    return " ".join(text.split())


def screenshot(page, path: Path, for_readme: bool = False) -> None:
    page.wait_for_timeout(1000)  # let panels finish opening
    page.screenshot(path=str(path))
    readme_copy = os.environ.get("QA_CHAT_SCREENSHOT")
    if for_readme and readme_copy:
        from PIL import Image

        # A palette PNG is a fraction of the size and looks the same for a flat UI.
        Image.open(path).convert("RGB").quantize(colors=128).save(readme_copy, optimize=True)


def wait_until_added(page, name: str) -> None:
    """Until the status says the article was added, its box is among the articles to ask and the
    article view shows it: one reply updates the three, but the page may draw them one by one.
    Each condition names an element of the finished reply (the status's own words, a box's label,
    the view's heading), since while indexing every output shows a progress line naming the file."""
    page.wait_for_function("""name => document.querySelector('#upload-status').innerText.includes('Added ' + name + ' (')
        && [...document.querySelectorAll('#articles [data-testid=checkbox-group] label')].some(label => label.innerText.trim() === name)
        && document.querySelector('#article h3')?.innerText === name""", arg=name, timeout=ANSWER_MS)


def test_answers_a_question_about_the_seed_article_with_cited_passages(page, api, tmp_path):
    question = "How much military and financial support has Kiev received?"
    expected = api.predict(question, api_name="/ask")
    ask(page, question)
    assert expected["answered"], "the reader should answer a question the article answers"
    assert words(page.locator("#chat strong").last.inner_text()) == words(expected["text"])
    assert f"from {SEED}" in page.locator("#chat").inner_text()
    assert len(passage_titles(page)) == len(expected["citations"])
    assert words(expected["citations"][0]["text"]) in words(open_passage(page, 0))
    assert words(page.locator("#chat .thought-group mark").first.inner_text()) == words(expected["text"])
    assert words(page.locator("#article mark.qa-answer").inner_text()) == words(expected["text"])
    screenshot(page, tmp_path / "answer.png", for_readme=True)


def test_copying_a_reply_copies_the_text_shown_not_its_markup(page, api):
    question = "How much military and financial support has Kiev received?"
    expected = api.predict(question, api_name="/ask")
    assert "$" in expected["text"], "an answer with a character escaped in the message's source"
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=page.url.rstrip("/"))
    ask(page, question)
    # Each copy button named by what it copies (Gradio's are all "Copy message"), for a screen reader's list of them.
    page.wait_for_function("() => document.querySelectorAll('#chat button[data-copies]').length === 2")
    names = page.locator("#chat button[data-copies]").evaluate_all("buttons => buttons.map(b => b.getAttribute('aria-label'))")
    assert names[0] == f"Copy question: {question}" and names[1].startswith(f"Copy reply: {words(expected['text'])[:40]}"), names
    page.get_by_role("button", name="Copy reply", exact=False).last.click()
    page.wait_for_timeout(300)
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith(expected["text"] + "\n\n"), copied[:80]  # not "**&#36;70.2 billion**"
    assert expected["citations"][0]["text"] in copied, "a passage as shown: no <mark>, its line breaks kept"


def copied_by(page, button) -> str:
    """What clicking a copy button put on the clipboard."""
    page.evaluate("() => navigator.clipboard.writeText('')")
    button.click()
    page.wait_for_timeout(300)
    return page.evaluate("() => navigator.clipboard.readText()")


def test_copying_the_conversation_copies_each_question_and_reply_as_its_own_copy_button_open_passages_or_not(page, api):
    """A reply's copy button copied each passage by its title and text, "Copy conversation" a closed passage by its
    title alone: a copy is read where no passage can be opened, and was not to depend on which were open."""
    question, second = "Who gave the media briefing?", "How much military and financial support has Kiev received?"
    expected = api.predict(question, api_name="/ask")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=page.url.rstrip("/"))
    ask(page, question)
    ask(page, second, follow_up=True)  # after the first; an answer with a character escaped in its source: "$"
    open_passage(page, 0)
    each = []  # what each question's and reply's own copy button copies
    for button in page.locator("#chat button[data-copies]").all():
        role = "user" if button.get_attribute("aria-label").startswith("Copy question") else "assistant"
        each.append(f"{role}: {copied_by(page, button)}")
    copied = copied_by(page, page.locator("#chat button[aria-label='Copy conversation']"))
    assert copied == "\n\n".join(each), (copied, each)
    assert copied.startswith(f"user: {question}\n\nassistant: {expected['text']}\n\n"), copied[:120]
    for number, citation in enumerate(expected["citations"], 1):  # the first reply's, each closed: by title and text
        kind = "Cited" if citation["answer_start"] is not None else "Related"
        assert f"{kind} passage {number} · {SEED}\n  {citation['text']}" in copied
    assert "<mark>" not in copied and "&#36;" not in copied and "**" not in copied


def test_on_a_page_not_served_securely_a_reply_and_the_conversation_are_still_copied_as_shown(page, api):
    """Over plain http on an address other than localhost (`qa chat --host 0.0.0.0` opened by the machine's address)
    the page has no navigator.clipboard: a reply's copy button had copied its source ("**&#36;70.2 billion**"), and
    "Copy conversation" nothing. What it copied is read back by a page that may read the clipboard (on 127.0.0.1)."""
    question = "How much military and financial support has Kiev received?"
    expected = api.predict(question, api_name="/ask")
    port = page.url.rstrip("/").rsplit(":", 1)[1]
    browser = page.context.browser.browser_type.launch(executable_path=str(CHROMIUM),
                                                       args=[*CHROMIUM_ARGS, "--host-resolver-rules=MAP qa.test 127.0.0.1"])
    try:
        context = browser.new_context(viewport=VIEWPORT)
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=page.url.rstrip("/"))
        reader = context.new_page()
        reader.goto(f"{page.url}gradio_api/info")
        insecure = context.new_page()
        insecure.goto(f"http://qa.test:{port}/")
        insecure.wait_for_selector("#question textarea", timeout=60_000)
        assert not insecure.evaluate("isSecureContext")
        ask(insecure, question)

        def copied_by(button) -> str:
            reader.bring_to_front()
            reader.evaluate("() => navigator.clipboard.writeText('')")
            insecure.bring_to_front()
            button.click()
            insecure.wait_for_timeout(300)
            reader.bring_to_front()
            return reader.evaluate("() => navigator.clipboard.readText()")

        copied = copied_by(insecure.get_by_role("button", name="Copy reply", exact=False).last)
        assert copied.startswith(expected["text"] + "\n\n"), copied[:80]  # not "**&#36;70.2 billion**"
        copied = copied_by(insecure.locator("#chat button[aria-label='Copy conversation']"))
        assert copied.startswith(f"user: {question}\n\nassistant: {expected['text']}\n\n"), copied[:120]
    finally:
        browser.close()


def test_the_api_is_ask_alone_as_the_readme_gives_it(api):
    """"Use via API" had listed some thirty endpoints, the page's own events (/take_question, /save_chat_1…)."""
    assert list(api.view_api(print_info=False, return_format="dict")["named_endpoints"]) == ["/ask"]
    reply = api.predict("Where was the media briefing held?", None, api_name="/ask")  # as the README calls it
    assert reply["answered"] and reply["text"] == "ISLAMABAD"


def test_says_plainly_when_the_article_does_not_answer(page, api):
    question = "What is the boiling point of water on Mars?"
    assert not api.predict(question, api_name="/ask")["answered"]
    ask(page, question)
    assert "The article doesn't say." in page.locator("#chat").inner_text()
    assert passage_titles(page), "the closest passages are still shown"
    assert open_passage(page, 0).strip()


def test_refuses_an_upload_that_is_not_an_article(page, tmp_path):
    document = tmp_path / "notes.rtf"
    document.write_bytes(b"{\\rtf1 not an article}")
    page.locator("input[type=file]").set_input_files(str(document))
    page.wait_for_function("() => document.querySelector('#upload-status').innerText.includes('notes.rtf')")
    assert "only .txt, .md, .html, .pdf and .docx articles are supported" in page.locator("#upload-status").inner_text()


def test_an_upload_over_the_size_limit_is_refused_on_the_status_line_naming_it_and_the_limit(page, tmp_path):
    """Gradio refused it in the browser with a note of its own, in a corner, that named no limit a person could use."""
    from index.articles import MAX_CONVERTED_FILE_BYTES as MAX_UPLOAD_BYTES  # no article file is larger: none is sent to be refused

    scan = tmp_path / "scanned minutes.pdf"
    with open(scan, "wb") as file:
        file.truncate(MAX_UPLOAD_BYTES + 1)  # sparse: no 10 MB written
    uploads = []
    note_upload = lambda request: uploads.append(request.url) if "/upload" in request.url else None
    page.on("request", note_upload)
    try:
        page.locator("input[type=file]").set_input_files(str(scan))
        page.wait_for_function("() => document.querySelector('#upload-status').innerText.includes('scanned minutes.pdf')",
                               timeout=30_000)
    finally:
        page.remove_listener("request", note_upload)
    status = page.locator("#upload-status").get_by_role("status").inner_text()
    assert (f"scanned minutes.pdf: {MAX_UPLOAD_BYTES + 1:,} bytes is over the {MAX_UPLOAD_BYTES:,}-byte limit for an "
            "upload; it was not added") in status
    assert page.locator(".toast-item").count() == 0 and uploads == [], "kept back in the page, not sent"
    assert "scanned minutes.pdf" not in page.locator("#articles").inner_text()


def test_answers_from_an_uploaded_article_that_cannot_run_script(page, api, tmp_path):
    article = tmp_path / UPLOADED
    article.write_text(UPLOADED_TEXT)
    add_asked_alone(page, article)
    question = "Who is the keeper of the Varnholm lighthouse?"
    expected = api.predict(question, [UPLOADED], api_name="/ask")
    assert expected["answered"] and expected["text"] == "Ingrid Solberg"
    ask(page, question)
    assert f"from {UPLOADED}" in page.locator("#chat").inner_text()
    assert words(page.locator("#chat strong").last.inner_text()) == words(expected["text"])
    titles = passage_titles(page)
    assert titles and all(UPLOADED in title for title in titles)
    assert "<script>window.pwned = 1</script>" in page.locator("#article").inner_text()
    assert page.evaluate("window.pwned") is None, "script in an article must never run"
    screenshot(page, tmp_path / "uploaded.png")


def test_a_saved_web_page_is_added_as_the_text_of_its_story(page, api, tmp_path):
    saved = tmp_path / "ferry.html"
    saved.write_text("<html><head><script>window.pwned = 1</script></head><body><nav><a href='/'>Home</a> <a href='/weather'>Weather</a></nav>"
                     "<article><h1>Ferry returns</h1><p>The harbour ferry returned to service on Monday and "
                     "carried 300 passengers.</p></article><footer>All rights reserved.</footer></body></html>")
    page.locator("input[type=file]").set_input_files(str(saved))
    wait_until_added(page, "ferry.html")
    reply = api.predict("How many passengers did the ferry carry?", ["ferry.html"], api_name="/ask")
    assert reply["answered"] and reply["source"] == "ferry.html" and reply["text"] == "300"
    passage = reply["citations"][0]["text"]
    assert "carried 300 passengers" in passage and "<" not in passage and "Weather" not in passage


def test_a_pdf_is_added_as_the_text_of_its_pages(page, api, tmp_path, news_pdf):
    (tmp_path / "talks.pdf").write_bytes(news_pdf)
    page.locator("input[type=file]").set_input_files(str(tmp_path / "talks.pdf"))
    wait_until_added(page, "talks.pdf")
    assert "Talks to resume in Geneva" in page.locator("#article").inner_text()
    assert page.locator("#article .qa-page").all_inner_texts() == ["page 1", "page 2"]
    reply = api.predict("When will the exchange of prisoners of war begin?", ["talks.pdf"], api_name="/ask")
    assert reply["answered"] and reply["source"] == "talks.pdf" and reply["text"] == "May" and reply["page"] == 2
    assert "Page 1" not in reply["citations"][0]["text"] and "negotiations" in page.locator("#article").inner_text()


def close_panels(page) -> None:
    """Close the paste and web address panels, where open."""
    for panel, box, name in [("#paste-panel", "#paste textarea", "Or paste an article"),
                             ("#web-panel", "#address input", "Or add a web page")]:
        if page.locator(box).is_visible():
            page.locator(panel).get_by_text(name).click()
            page.locator(box).wait_for(state="hidden")


def add_asked_alone(page, path) -> None:
    """Upload the file at `path`, wait until it is added, and untick the seed article: questions go to the file alone."""
    page.locator("input[type=file]").set_input_files(str(path))
    wait_until_added(page, path.name)
    page.locator(ARTICLE_TICKS, has_text=SEED).click()


def open_paste_panel(page) -> None:
    if not page.locator("#paste textarea").is_visible():
        page.locator("#paste-panel").get_by_text("Or paste an article").click()


def test_a_pasted_article_is_added_and_answered_from(page, api):
    text = "Varnholm ferry timetable\nThe first ferry to Varnholm leaves at 6:40 from pier 3."
    open_paste_panel(page)
    page.locator("#paste textarea").fill(text)
    page.locator("#add-pasted").click()
    wait_until_added(page, "Varnholm ferry timetable.txt")
    assert "(1 passage)" in page.locator("#upload-status").inner_text()
    page.wait_for_function("() => document.querySelector('#paste textarea').value === ''", timeout=ANSWER_MS)  # emptied once added
    reply = api.predict("Which pier does the first ferry leave from?", ["Varnholm ferry timetable.txt"], api_name="/ask")
    assert reply["answered"] and reply["source"] == "Varnholm ferry timetable.txt" and "3" in reply["text"]


def test_an_article_s_table_is_drawn_as_a_table_in_the_view_and_the_passage_with_the_answer_in_its_cell(page, tmp_path):
    # The chat user's: tables had shown as raw pipe text ("| Item | Price |", "|---|---|")
    article = tmp_path / "bakery-prices.md"
    article.write_text("# Bakery prices\n\nOur bread is baked daily.\n\n| Loaf | Price |\n|---|---|\n| Sourdough | £4.20 |\n"
                       "| Rye | £3.80 |\n")
    add_asked_alone(page, article)
    try:
        ask(page, "How much is the rye loaf at the bakery?")
        assert page.locator("#article table.qa-table td mark.qa-answer").inner_text() == "£3.80"
        assert "|" not in page.locator("#article .qa-article-text").inner_text()
        open_passage(page, 0)
        assert page.locator("#chat .thought-group table.qa-table td mark").first.inner_text() == "£3.80"
    finally:
        page.locator(ARTICLE_TICKS, has_text=SEED).click()


def test_in_a_short_window_adding_a_pasted_article_brings_its_status_line_into_view(page):
    """The status line sits below the open paste panel: in a short window its progress and result were out of sight."""
    page.set_viewport_size({"width": 1200, "height": 560})
    try:
        open_paste_panel(page)
        page.locator("#paste textarea").fill("Harbour crane notes\nThe new harbour crane lifts 40 tonnes.")
        page.locator("#add-pasted").click()
        wait_until_added(page, "Harbour crane notes.txt")
        # (+ 1: the page lays out in fractions of a pixel)
        page.wait_for_function("() => document.querySelector('#upload-status').getBoundingClientRect().bottom <= innerHeight + 1",
                               timeout=5_000)
    finally:
        page.set_viewport_size(VIEWPORT)
        page.evaluate("() => window.scrollTo(0, 0)")


@pytest.fixture(scope="module")
def web_page_address():
    """The address of a news page served on this machine."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    story = ("<html><body><nav><a href='/'>Home</a></nav><article><p>The Tolvik bridge was opened by Mayor Ines Varga "
             "in May 2025.</p></article></body></html>").encode()

    class Site(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200 if self.path == "/news/tolvik-bridge-opens" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(story)))
            self.end_headers()
            self.wfile.write(story)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/news/tolvik-bridge-opens"
    server.shutdown()


def test_a_web_page_is_added_by_its_address_and_answered_from(page, api, web_page_address):
    if not page.locator("#address input").is_visible():
        page.locator("#web-panel").get_by_text("Or add a web page").click()
    page.locator("#address input").fill(web_page_address.replace("tolvik", "no-such"))
    page.locator("#address input").press("Enter")
    page.wait_for_function("() => document.querySelector('#upload-status').innerText.includes('404 Not Found')", timeout=ANSWER_MS)
    page.locator("#address input").fill(web_page_address)
    page.locator("#add-address").click()
    wait_until_added(page, "tolvik-bridge-opens.html")
    page.wait_for_function("() => document.querySelector('#address input').value === ''", timeout=ANSWER_MS)  # emptied once added
    reply = api.predict("Who opened the Tolvik bridge?", ["tolvik-bridge-opens.html"], api_name="/ask")
    assert reply["answered"] and reply["text"] == "Mayor Ines Varga"


def test_an_article_unlike_english_is_added_with_a_warning_that_answers_may_be_poor(page):
    open_paste_panel(page)
    page.locator("#paste textarea").fill("Le pont de Tolvik\nLe pont de Tolvik a été inauguré le 3 mai 2025 par la maire "
                                         "Inès Varga. Long de 840 mètres, il relie les deux rives du fjord et a coûté 120 "
                                         "millions d'euros. Les travaux ont duré quatre ans.")
    page.locator("#add-pasted").click()
    wait_until_added(page, "Le pont de Tolvik.txt")
    status = page.locator("#upload-status").inner_text()
    assert "⚠ It reads little like English prose (" in status and "its answers here may be poor." in status


def test_an_empty_paste_is_refused_and_nothing_changes(page):
    articles = page.locator(ARTICLE_TICKS).all_inner_texts()
    open_paste_panel(page)
    page.locator("#paste textarea").fill("  — …  ")
    page.locator("#add-pasted").click()
    page.wait_for_function("() => document.querySelector('#upload-status').innerText.includes('Nothing to add')", timeout=ANSWER_MS)
    assert page.locator(ARTICLE_TICKS).all_inner_texts() == articles
    assert page.locator("#paste textarea").input_value() == "  — …  ", "a refused paste is kept to fix"


def wait_until_shown(page, name: str) -> None:
    """Until the article chooser says `name` and the view shows that article."""
    page.wait_for_function("""name => document.querySelector('#shown input').value === name
        && document.querySelector('#article h3').innerText === name""", arg=name, timeout=ANSWER_MS)


def show_article(page, name: str) -> None:
    """Pick `name` in the article chooser, and wait until the view shows it."""
    page.locator("#shown input").click()
    page.get_by_role("option", name=name, exact=True).click()
    wait_until_shown(page, name)


def test_any_article_can_be_shown_and_the_latest_answer_stays_marked_in_its_own(page):
    open_paste_panel(page)
    page.locator("#paste textarea").fill("Harbour log\nThe harbour master is Ines Duarte.")
    page.locator("#add-pasted").click()
    wait_until_added(page, "Harbour log.txt")
    wait_until_shown(page, "Harbour log.txt")
    seed_box = page.locator(ARTICLE_TICKS, has_text=SEED).locator("input")
    if not seed_box.is_checked():  # an earlier test asked another article only
        seed_box.click()
    ask(page, "How much military and financial support has Kiev received?")
    wait_until_shown(page, SEED)  # the answer's article
    marked = page.locator("#article mark.qa-answer").inner_text()
    show_article(page, "Harbour log.txt")
    assert "Ines Duarte" in page.locator("#article").inner_text()
    assert page.locator("#article mark.qa-answer").count() == 0
    show_article(page, SEED)
    assert page.locator("#article mark.qa-answer").inner_text() == marked


def answer_in_view(page) -> bool:
    """Whether the marked answer is inside the article box's visible part."""
    return page.evaluate("""() => {
        const box = document.querySelector('#article .qa-article').getBoundingClientRect();
        const mark = document.querySelector('#article mark.qa-answer').getBoundingClientRect();
        return mark.top >= box.top && mark.bottom <= box.bottom;
    }""")


def test_switching_back_to_the_answer_s_article_scrolls_to_the_answer(page):
    ask(page, "What did Khorev call the reports of Russian drones in Polish airspace?")
    wait_until_shown(page, SEED)
    page.wait_for_function("() => document.querySelector('#article .qa-article').scrollTop > 0")  # the answer is far down
    page.wait_for_timeout(300)
    assert answer_in_view(page)
    other = next(name for name in page.locator(ARTICLE_TICKS).all_inner_texts() if name.strip() != SEED)
    show_article(page, other.strip())
    show_article(page, SEED)
    page.wait_for_timeout(500)  # the scroll runs after the view is drawn
    assert answer_in_view(page)


def test_in_a_short_window_the_page_keeps_the_reply_s_answer_in_view(page):
    """Session 52's UI review: at 1024x600 a second answer had the page brought so far down, for the article's mark,
    that the reply's bold answer and confidence were above the window, only its passages left."""
    page.set_viewport_size({"width": 1024, "height": 600})
    try:
        close_panels(page)
        clear_chat(page)
        page.evaluate("() => window.scrollTo(0, 0)")
        # The second's short answer is far down the article ("What did Khorev say about NATO?", now answered with a
        # sentence, makes a reply taller than the chat's box, which shows its end).
        for question in ("Who gave the media briefing?", "What did Khorev call the reports of Russian drones in Polish airspace?"):
            send(page, question)
            wait_until_answered(page, question)
            wait_until_shown(page, SEED)
            page.wait_for_timeout(500)  # the scroll runs after the view is drawn, and the answer is read
        place = page.evaluate("""() => {
            const rows = [...document.querySelectorAll('#chat .message-row')];
            const reply = rows[rows.map(row => row.classList.contains('user-row')).lastIndexOf(true) + 1];
            return {reply: reply.getBoundingClientRect().top, scrolled: scrollY};
        }""")
        assert place["reply"] >= 0 and place["scrolled"] > 0, place  # brought up for the mark, but not past the answer
        assert answer_in_view(page)  # in the article box, as far as the box shows
    finally:
        page.set_viewport_size(VIEWPORT)
        page.evaluate("() => window.scrollTo(0, 0)")


@pytest.mark.parametrize("width, height, question", [
    (1200, 640, "What did Khorev call the reports of Russian drones in Polish airspace?"),
    # An answer near the article's end, the box scrolled to its end: at these laptop sizes more than half the box was in
    # the window, so the page stayed, and the mark was below it (chat audit, session 38).
    (1440, 900, "Why did Khorev thank Pakistan?"),
    (1536, 864, "Why did Khorev thank Pakistan?"),
])
def test_in_a_short_window_the_page_brings_the_marked_answer_beside_the_chat_into_view(page, width, height, question):
    """The article box sits below the chooser, the upload controls and their status line: in a short window
    the answer, scrolled to inside the box, was still below the window's bottom edge (and the more articles,
    the further down). The page goes down for it as far as the reply's first line stays in the window: it had gone until
    only the chat's last lines were, which, with one question asked, held none of the reply (session 52)."""
    page.set_viewport_size({"width": width, "height": height})
    try:
        close_panels(page)  # the paste panel open as well leaves no room for the chat's reply and the article's mark
        clear_chat(page)
        page.evaluate("() => window.scrollTo(0, 0)")
        send(page, question)  # no click scrolling the page
        wait_until_answered(page, question)
        wait_until_shown(page, SEED)
        page.wait_for_function("() => document.querySelector('#article .qa-article').scrollTop > 0")  # the answer is far down
        page.wait_for_timeout(300)
        assert answer_in_view(page)
        place = page.evaluate("""() => {
            const rows = [...document.querySelectorAll('#chat .message-row')];
            const reply = rows[rows.map(row => row.classList.contains('user-row')).lastIndexOf(true) + 1];
            const mark = document.querySelector('#article mark.qa-answer').getBoundingClientRect();
            const question = document.querySelector('#question').getBoundingClientRect();
            return {reply: reply.getBoundingClientRect().top, mark: [mark.top, mark.bottom], question: [question.top, question.bottom],
                    height: innerHeight, scrolled: scrollY};
        }""")
        assert place["reply"] >= 0 and 0 <= place["question"][0] and place["question"][1] <= place["height"] + 1, place
        # The mark in the window too, or the page as far down as the reply allows (many articles listed above the box).
        assert place["mark"][0] >= 0 and place["mark"][1] <= place["height"] + 1 or place["reply"] < 16, place
    finally:
        page.set_viewport_size(VIEWPORT)
        page.evaluate("() => window.scrollTo(0, 0)")


def test_on_a_phone_an_answer_leaves_the_page_where_the_chat_is(page):
    page.set_viewport_size({"width": 375, "height": 740})
    try:
        clear_chat(page)
        question = "What did Khorev call the reports of Russian drones in Polish airspace?"
        page.locator("#question textarea").fill(question)
        at = page.evaluate("() => scrollY")
        page.locator("#question textarea").press("Enter")  # no click scrolling the page
        wait_until_answered(page, question)
        page.wait_for_function("() => document.querySelector('#article .qa-article').scrollTop > 0")
        page.wait_for_timeout(300)
        assert page.evaluate("() => scrollY") == at
    finally:
        page.set_viewport_size(VIEWPORT)
        page.evaluate("() => window.scrollTo(0, 0)")


def test_a_question_sent_while_another_is_read_is_answered_after_it(page, api):
    clear_chat(page)
    first, second = "Where was the media briefing held?", "How many prisoners of war were exchanged?"
    expected = [api.predict(question, api_name="/ask")["text"] for question in (first, second)]
    send(page, first)
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('Thinking…')")  # being read
    send(page, second)
    page.wait_for_function("question => document.querySelector('#chat').innerText.includes(question)", arg=second)
    wait_until_read(page)
    chat = page.locator("#chat").inner_text()
    assert chat.index(first) < chat.index(second)
    assert [words(text) for text in page.locator("#chat strong").all_inner_texts()] == [words(text) for text in expected]


def test_an_over_long_question_is_refused_and_stays_in_the_box_to_be_shortened(page):
    clear_chat(page)
    question = "Why " + "really " * 200 + "did the talks stop?"
    send(page, question)
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('the limit is 1,000')", timeout=ANSWER_MS)
    assert page.locator("#question textarea").input_value() == question
    assert "Thinking…" not in page.locator("#chat").inner_text()
    # Its start shows as the user's message, so the refusal is not read as part of the reply before it.
    assert page.locator("#chat .message-row.user-row").last.inner_text().startswith("Why really really")


def test_a_question_sent_right_after_clear_is_answered_and_only_the_chat_before_is_cleared(page):
    ask(page, "Who gave the media briefing?")
    page.locator("#clear").click()  # not waited for: Clear and the question run side by side on the server
    ask(page, "Where was the media briefing held?", follow_up=True)
    chat = page.locator("#chat").inner_text()
    assert "Who gave the media briefing?" not in chat and "Where was the media briefing held?" in chat
    assert page.locator("#chat strong").count() == 1  # its answer


def test_a_follow_up_with_nothing_asked_before_it_says_so(page):
    ask(page, "When did he say the drones entered?")  # after Clear
    assert "Nothing was asked before for “he” to refer back to" in page.locator("#chat").inner_text()
    ask(page, "Where was the media briefing held?", follow_up=True)  # a place: nobody for "he" yet
    ask(page, "What did he say about NATO?", follow_up=True)
    assert "No one was named before for “he” to stand for" in page.locator("#chat").inner_text()


def test_an_example_question_clicked_is_asked(page):
    # Chat audit, session 38: a click had only put it in the box, the chat saying nothing.
    clear_chat(page)
    question = "Where was the media briefing held?"
    page.get_by_role("button", name=question).click()
    wait_until_answered(page, question)
    assert page.locator("#chat strong").count() == 1 and page.locator("#question textarea").input_value() == ""


def test_the_first_example_asks_what_the_article_is_about_and_tell_me_more_reads_on(page):
    # Session 59: the first had been told the article "cannot be summed up", the second "The article doesn't say".
    clear_chat(page)
    question = "What is this article about?"
    page.get_by_role("button", name=question).click()
    wait_until_answered(page, question)
    assert page.locator("#chat strong").first.inner_text().startswith("ISLAMABAD — Russia has reaffirmed its commitment")
    ask(page, "Tell me more", follow_up=True)
    assert "According to Khorev, President Vladimir Putin resumed direct talks" in page.locator("#chat strong").last.inner_text()


def test_retry_asks_the_latest_question_again_and_with_none_says_so(page):
    clear_chat(page)
    page.locator("#retry").click()  # it had done nothing and said nothing
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('Nothing to ask again yet')")
    ask(page, "Who gave the media briefing?", follow_up=True)
    page.locator("#retry").click()
    # Asked again, not answered still: under load the check had passed on the first answer, before Retry's took its place.
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('Thinking…')", timeout=ANSWER_MS)
    wait_until_answered(page, "Who gave the media briefing?")
    chat = page.locator("#chat").inner_text()
    assert chat.count("Who gave the media briefing?") == 1 and chat.count("Albert P. Khorev") == 1, chat


def test_articles_added_while_another_is_indexed_are_all_added_and_ticked(page, tmp_path):
    almanac = tmp_path / "almanac.txt"
    almanac.write_text("Harbour almanac\n" + "\n".join(f"Entry {n}: the tide at pier {n % 9} turned at {n % 12} o'clock on day {n}."
                                                      for n in range(3000)))
    (tmp_path / "crew.txt").write_text("Ferry crew\nThe ferry's engineer is Siri Lund.")
    page.locator("input[type=file]").set_input_files(str(almanac))
    page.locator("input[type=file]").set_input_files(str(tmp_path / "crew.txt"))
    open_paste_panel(page)
    page.locator("#paste textarea").fill("Ferry captain\nThe ferry's captain is Lars Moe.")
    page.locator("#add-pasted").click()
    added = ["almanac.txt", "crew.txt", "Ferry captain.txt"]
    page.wait_for_function("""names => names.every(name => [...document.querySelectorAll('#articles [data-testid=checkbox-group] label')]
        .some(label => label.innerText.trim() === name && label.querySelector('input').checked))""", arg=added, timeout=ANSWER_MS)
    page.wait_for_timeout(1000)  # any later update would come now
    ticked = {label.inner_text().strip(): label.locator("input").is_checked() for label in page.locator(ARTICLE_TICKS).all()}
    assert all(ticked[name] for name in added)


LIST_ROWS = """() => {
  const box = document.querySelector('#articles [data-testid=checkbox-group]');
  const shown = box.getBoundingClientRect();
  return {overflows: box.scrollHeight > box.clientHeight, rows: [...box.querySelectorAll('label')].map(label => {
    const place = label.getBoundingClientRect();
    return {name: label.innerText.trim(), top: place.top - shown.top, bottom: place.bottom - shown.top, height: shown.height};
  })};
}"""


def test_on_a_phone_the_article_added_is_in_the_list_s_view_and_the_list_shows_half_a_row_more(page):
    # Chat audit: on a phone the list is a column scrolling past a few rows, and the article just added, at its end, was
    # out of sight; and its fourth row was cut by 4 px, which looked like a fault, not like more to scroll to.
    page.set_viewport_size({"width": 375, "height": 740})
    try:
        for n in range(12):  # as many as make the list scroll (other tests have added some)
            name = f"Pier {n} notes.txt"
            open_paste_panel(page)
            page.locator("#paste textarea").fill(f"Pier {n} notes\nThe ferry leaves pier {n} at {n + 6} o'clock.")
            page.locator("#add-pasted").click()
            wait_until_added(page, name)
            page.wait_for_timeout(500)
            listed = page.evaluate(LIST_ROWS)
            added = next(row for row in listed["rows"] if row["name"] == name)
            assert added["top"] >= -1 and added["bottom"] <= added["height"] + 1, added  # (a pixel's fraction either way)
            if listed["overflows"]:
                break
        else:
            pytest.fail("the list never scrolled")
        page.evaluate("() => document.querySelector('#articles [data-testid=checkbox-group]').scrollTo(0, 0)")
        rows = page.evaluate(LIST_ROWS)["rows"]
        cut = [row for row in rows if row["top"] < row["height"] < row["bottom"]]
        assert cut and all(0.3 <= (row["height"] - row["top"]) / (row["bottom"] - row["top"]) <= 0.7 for row in cut), cut
    finally:
        page.set_viewport_size(VIEWPORT)
        page.evaluate("() => window.scrollTo(0, 0)")


def test_the_tick_beside_the_articles_heading_unticks_and_ticks_them_all_and_is_kept_over_a_reload(page):
    everything = page.locator("#articles .select-all-checkbox")
    ticks = page.locator(f"{ARTICLE_TICKS} input")
    playwright.expect(everything).to_have_accessible_name("Ask all the articles")
    if not everything.is_checked():
        everything.click()
    assert all(tick.is_checked() for tick in ticks.all())
    everything.click()
    assert not any(tick.is_checked() for tick in ticks.all())
    page.wait_for_timeout(500)  # the ticks saved
    page.reload()
    page.locator(ARTICLE_TICKS, has_text=SEED).wait_for(timeout=60_000)
    page.wait_for_timeout(500)  # and ticked as saved
    assert not any(tick.is_checked() for tick in ticks.all())
    everything.click()
    assert ticks.count() and all(tick.is_checked() for tick in ticks.all())
    heading = page.locator("#articles .select-all-container .label-text")
    heading.click()  # words, not a second control unticking them all
    page.wait_for_timeout(300)
    assert all(tick.is_checked() for tick in ticks.all()) and heading.get_attribute("tabindex") == "-1"


def test_the_ticks_stay_as_the_reader_left_them_when_the_page_s_load_comes_late(page):
    """A page's ticks are set as it loads (those a reloaded tab had unticked): one changed before that came, over a slow
    link, was changed back by it, unseen, and the next question asked of the article unticked."""
    context = page.context.browser.new_context(viewport=VIEWPORT)
    held = []  # the page's load, let through once the reader has pressed a tick
    context.route("**/gradio_api/run/predict*", lambda route: held.append(route) if held is not None else route.continue_())
    try:
        fresh = context.new_page()
        fresh.goto(page.url)
        fresh.wait_for_selector("#question textarea", timeout=60_000)
        fresh.wait_for_timeout(500)
        tick = fresh.locator(ARTICLE_TICKS, has_text=SEED).locator("input")
        tick.focus()  # from the keyboard: Gradio's progress lies over the ticks as the page loads, not over their focus
        fresh.keyboard.press("Space")
        fresh.wait_for_timeout(300)
        left = tick.is_checked()
        waiting, held = held, None
        for route in waiting:
            route.continue_()
        playwright.expect(tick).to_be_enabled()
        fresh.wait_for_timeout(500)
        assert tick.is_checked() == left
    finally:
        context.close()


def test_a_follow_up_after_a_refused_question_refers_to_that_question(page):
    clear_chat(page)
    seed_box = page.locator(ARTICLE_TICKS, has_text=SEED).locator("input")
    ticked = [label for label in page.locator(ARTICLE_TICKS).all() if label.locator("input").is_checked()]
    for label in ticked:
        label.click()
    send(page, "What did Khorev call the reports of Russian drones in Polish airspace?")
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('Choose at least one article')")
    seed_box.click()
    send(page, "When did he say that?")
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('Understood as')", timeout=ANSWER_MS)
    assert "Understood as: When did Khorev say that?" in page.locator("#chat").inner_text()
    for label in ticked:
        if not label.locator("input").is_checked():
            label.click()


def test_several_questions_typed_as_one_get_a_reply_each(page):
    ask(page, "Who gave the media briefing and where was it held?")
    chat = page.locator("#chat").inner_text()
    assert "Understood as: Who gave the media briefing?" in chat and "Albert P. Khorev" in chat
    assert "Understood as: Where was the media briefing held?" in chat and "ISLAMABAD" in chat


def big_paste(title: str) -> str:
    return title + "\n" + "\n".join(f"Shipment {n} of grain left dock {n % 7} on day {n}." for n in range(2500))


def test_pastes_while_another_is_indexed_are_named_apart_and_text_typed_meanwhile_stays(page):
    open_paste_panel(page)
    # 130 KB typed into the box at once: Gradio's box takes seconds over it on a busy machine.
    page.locator("#paste textarea").fill(big_paste("Dock report"), timeout=ANSWER_MS)
    page.locator("#add-pasted").click()
    page.wait_for_timeout(300)
    page.locator("#paste textarea").fill("Dock report\nThe dock director is Mara Lind.")
    page.locator("#add-pasted").click()
    page.wait_for_timeout(300)
    page.locator("#paste textarea").fill("Ferry notes\nnot added yet")
    added = ["Dock report.txt", "Dock report (2).txt"]
    page.wait_for_function("""names => names.every(name => [...document.querySelectorAll('#articles [data-testid=checkbox-group] label')]
        .some(label => label.innerText.trim() === name))""", arg=added, timeout=ANSWER_MS)
    page.wait_for_timeout(1000)
    assert page.locator("#paste textarea").input_value() == "Ferry notes\nnot added yet"
    status = page.locator("#upload-status").inner_text()
    assert "Added Dock report.txt (" in status and "Added Dock report (2).txt (1 passage)" in status


def test_an_article_pasted_again_edited_is_ticked_in_place_of_its_earlier_version(page):
    story = ("Pier timetable\nThe pier café opens at {} every day. Its owner is Greta Sund, who bakes the bread herself "
             "and sells it from the hatch beside the ferry ramp.")
    open_paste_panel(page)
    for opening, name in (("8am", "Pier timetable.txt"), ("7am", "Pier timetable (2).txt")):
        page.locator("#paste textarea").fill(story.format(opening))
        page.locator("#add-pasted").click()
        wait_until_added(page, name)
    page.wait_for_function("""() => [...document.querySelectorAll('#articles [data-testid=checkbox-group] label')]
        .some(label => label.innerText.trim() === 'Pier timetable.txt' && !label.querySelector('input').checked)""",
                           timeout=15_000)
    assert page.locator(ARTICLE_TICKS, has_text="Pier timetable (2).txt").locator("input").is_checked()
    assert "It reads as a new version of Pier timetable.txt" in page.locator("#upload-status").inner_text()


@contextlib.contextmanager
def other_page(page, **options):
    """A new page of the chat in a browser context of its own (`options`: playwright's, such as color_scheme)."""
    context = page.context.browser.new_context(viewport=VIEWPORT, **options)
    try:
        other = context.new_page()
        other.goto(page.url)
        wait_until_loaded(other)
        yield other
    finally:
        context.close()


def test_an_article_added_from_another_page_is_offered_here_within_seconds(page, tmp_path):
    with other_page(page) as other:
        open_paste_panel(other)
        other.locator("#paste textarea").fill("Tram depot\nThe tram depot manager is Eva Berg.")
        other.locator("#add-pasted").click()
        wait_until_added(other, "Tram depot.txt")
    page.wait_for_function("""() => [...document.querySelectorAll('#articles [data-testid=checkbox-group] label')]
        .some(label => label.innerText.trim() === 'Tram depot.txt' && label.querySelector('input').checked)""", timeout=15_000)


def test_a_reloaded_page_shows_its_chat_again_with_the_answer_marked(page, api):
    question = "What did Khorev call the reports of Russian drones in Polish airspace?"
    seed_box = page.locator(ARTICLE_TICKS, has_text=SEED).locator("input")
    if not seed_box.is_checked():
        seed_box.click()
    ask(page, question)
    answer = words(page.locator("#chat strong").last.inner_text())
    page.reload()
    page.wait_for_function("""question => document.querySelector('#chat')?.innerText.includes(question)""",
                           arg=question, timeout=60_000)
    assert words(page.locator("#chat strong").last.inner_text()) == answer
    wait_until_shown(page, SEED)
    assert words(page.locator("#article mark.qa-answer").inner_text()) == answer
    page.wait_for_function("() => document.querySelector('#article .qa-article').scrollTop > 0")  # the answer is far down
    page.wait_for_timeout(300)
    assert answer_in_view(page)  # scrolled to, as when it came


# Counts the page's saves of its chat: what Gradio writes to localStorage.
COUNT_CHAT_SAVES = """(() => {
  window.chatSaves = 0;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (name, value) {
    if (this === localStorage && name === 'article-qa-chat') window.chatSaves += 1;
    return setItem.call(this, name, value);
  };
})()"""


def test_questions_still_waiting_as_the_page_reloads_are_shown_and_answered_after_it(page):
    """They were lost: a question being read was not saved. Two sent together were then saved by replies that
    could come in either order, the one kept perhaps leaving out the other."""
    questions = ["Where was the media briefing held?", "How many prisoners of war were exchanged?"]
    context = page.context.browser.new_context(viewport=VIEWPORT)
    context.add_init_script(COUNT_CHAT_SAVES)
    reading, held = set(), []  # the questions' reading never reaches the server: they are still waiting as the page reloads

    def hold_reading(route):
        if (route.request.post_data_json or {}).get("fn_index") in reading:
            held.append(route)
            route.fulfill(json={"event_id": f"held-{len(held)}"})  # the page waits for its reply, that never comes
        else:
            route.continue_()

    try:
        tab = context.new_page()
        tab.goto(page.url)
        tab.wait_for_selector("#question textarea", timeout=60_000)
        reading.update(tab.evaluate("""() => window.gradio_config.dependencies
            .filter(event => event.api_name?.startsWith('answer_waiting')).map(event => event.id)"""))
        assert reading
        tab.route("**/gradio_api/queue/join*", hold_reading)
        # Gradio writes the chat as the page starts, then the page saves it once loaded: saves of the questions come after.
        tab.wait_for_function("() => window.chatSaves >= 2", timeout=30_000)
        saved_before = tab.evaluate("window.chatSaves")
        for question in questions:  # the second as soon as the first is taken: sent at once, the box could hold both
            send(tab, question)
            tab.wait_for_function("""question => [...document.querySelectorAll('#chat [data-testid=user]')]
                .some(message => message.innerText.includes(question))""", arg=question)
        tab.wait_for_function("saves => window.chatSaves >= saves + 2", arg=saved_before, timeout=30_000)  # each question's
        assert len(held) == 2, "neither was read before the reload"
        tab.reload()
        tab.wait_for_function("questions => questions.every(question => document.querySelector('#chat')?.innerText.includes(question))",
                              arg=questions, timeout=60_000)
        wait_until_read(tab)
        chat = tab.locator("#chat").inner_text()
        assert chat.index(questions[0]) < chat.index(questions[1])
        assert tab.locator("#chat .message-row.user-row").count() == 2 and chat.count("Cited passage 1") == 2, chat
    finally:
        context.close()


def test_a_reloaded_page_asks_the_articles_it_had_ticked(page):
    """The reloaded page had ticked every article again, so articles unticked were asked too."""
    with other_page(page) as tab:
        open_paste_panel(tab)
        tab.locator("#paste textarea").fill("Ferry notes\nThe media briefing of the ferry line was held in Tromsø.")
        tab.locator("#add-pasted").click()
        wait_until_added(tab, "Ferry notes.txt")
        for label in tab.locator(ARTICLE_TICKS).all():  # all but the seed article unticked (other tests add some)
            if label.inner_text().strip() != SEED:
                label.click()
        tab.wait_for_timeout(500)  # the ticks saved
        tab.reload()
        tab.locator(ARTICLE_TICKS, has_text="Ferry notes.txt").wait_for(timeout=60_000)  # the page's articles offered
        tab.wait_for_timeout(500)  # and ticked as saved
        ticked = {label.inner_text().strip(): label.locator("input").is_checked()
                  for label in tab.locator(ARTICLE_TICKS).all()}
        assert [name for name, is_ticked in ticked.items() if is_ticked] == [SEED] and "Ferry notes.txt" in ticked
        ask(tab, "Where was the media briefing held?")
        assert all(title.endswith(SEED) for title in passage_titles(tab))


def test_a_question_sent_as_the_page_opens_is_kept(page):
    """A fresh page's queued load events can reach the server after its first question: they must not
    start its chat afresh (the question vanished, on a fresh server about every other time)."""
    context = page.context.browser.new_context(viewport=VIEWPORT)
    held = []  # the page's queued events, let through only once the question is taken
    context.route("**/gradio_api/queue/join*", lambda request: held.append(request) if held is not None else request.continue_())
    try:
        fresh = context.new_page()
        fresh.goto(page.url)
        fresh.wait_for_selector("#question textarea", timeout=60_000)
        fresh.wait_for_timeout(1000)  # the load events' requests come, and are held
        loading = len(held)
        send(fresh, "Who gave the media briefing?")
        fresh.wait_for_function("() => document.querySelector('#chat').innerText.includes('Who gave the media briefing?')")
        while len(held) == loading:  # the question's own reading, queued after the load events
            fresh.wait_for_timeout(100)
        for request in held:
            request.continue_()
        held = None
        wait_until_read(fresh)
        chat = fresh.locator("#chat").inner_text()
        assert "Who gave the media briefing?" in chat and "Cited passage 1" in chat, chat
    finally:
        context.close()


def test_a_question_sent_as_the_page_opens_is_not_put_back_in_the_box_as_well(page):
    """A reload puts back in the box a question sent before it and not yet saved; one sent as the page opened, before
    its chat was restored, was put back too while the chat read it (now and then, as events crossed), to be sent twice."""
    question = "Who gave the media briefing?"
    context = page.context.browser.new_context(viewport=VIEWPORT)
    held = {"run/predict": [], "queue/join": []}  # the page's events, but for the sending of the question

    def hold(route):
        kind = "run/predict" if "run/predict" in route.request.url else "queue/join"
        if held[kind] is None or question in (route.request.post_data or ""):
            route.continue_()
        else:
            held[kind].append(route)

    context.route("**/gradio_api/run/predict*", hold)
    context.route("**/gradio_api/queue/join*", hold)
    try:
        fresh = context.new_page()
        fresh.goto(page.url)
        fresh.wait_for_selector("#question textarea", timeout=60_000)
        send(fresh, question)
        fresh.wait_for_function("q => document.querySelector('#chat').innerText.includes(q)", arg=question)

        def release(kind: str) -> None:
            waiting, held[kind] = held[kind], None
            for route in waiting:
                route.continue_()

        release("run/predict")  # the chat restored, the question not yet saved (queued: held)
        fresh.wait_for_timeout(1500)
        assert fresh.locator("#question textarea").input_value() == ""
        release("queue/join")
        wait_until_read(fresh)
        assert fresh.locator("#chat [data-testid=user]").count() == 1
        assert fresh.locator("#question textarea").input_value() == ""
    finally:
        context.close()


def test_what_is_typed_while_a_question_is_sent_stays_in_the_box(page):
    """The box empties as the question goes, not when the server's reply comes back: the next question,
    typed meanwhile (over a --share link the reply takes a while), is kept."""
    clear_chat(page)
    held = []  # the question's way to the server, held until the next one is typed
    page.route("**/gradio_api/run/predict*", lambda request: held.append(request) if held is not None else request.continue_())
    try:
        send(page, "Who gave the media briefing?")
        page.wait_for_function("() => document.querySelector('#question textarea').value === ''", timeout=5000)
        page.locator("#question textarea").press_sequentially("When did")
        while not held:
            page.wait_for_timeout(50)
        for request in held:
            request.continue_()
        held = None
        page.wait_for_function("() => document.querySelector('#chat').innerText.includes('Who gave the media briefing?')")
        wait_until_read(page)
    finally:
        page.unroute("**/gradio_api/run/predict*")
    assert page.locator("#question textarea").input_value() == "When did"
    page.locator("#question textarea").fill("")


# The contrast of an element's colour (a CSS property such as "color"; of its `pseudo` element, such as "::placeholder")
# against the first opaque background behind it (from the element itself, or from its parent for what lies around it:
# a border, an outline).
CONTRAST = """([selector, property, around, pseudo]) => {
    const rgba = text => { const [r, g, b, a = 1] = text.match(/[\\d.]+/g).map(Number); return {r, g, b, a}; };
    const over = (top, below) => ({r: top.r * top.a + below.r * (1 - top.a), g: top.g * top.a + below.g * (1 - top.a),
                                   b: top.b * top.a + below.b * (1 - top.a), a: 1});
    const channel = value => (value /= 255) <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    const element = document.querySelector(selector);
    const layers = [];
    for (let e = around ? element.parentElement : element; e && !(layers.length && layers.at(-1).a === 1); e = e.parentElement) {
        const background = rgba(getComputedStyle(e).backgroundColor);
        if (background.a > 0) layers.push(background);
    }
    const background = layers.reduceRight((below, layer) => over(layer, below), {r: 255, g: 255, b: 255, a: 1});
    const [lighter, darker] = [luminance(over(rgba(getComputedStyle(element, pseudo)[property]), background)), luminance(background)]
        .sort((x, y) => y - x);
    return (lighter + 0.05) / (darker + 0.05);
}"""


def contrast(page, selector: str, colour: str = "color", around: bool = False, pseudo: str | None = None) -> float:
    """The contrast ratio of the first `selector`'s `colour` (its `pseudo` element's) against its background (its
    parent's, `around` it)."""
    return page.evaluate(CONTRAST, [selector, colour, around, pseudo])


def test_a_screen_reader_hears_what_each_control_is_and_the_result_of_adding(page):
    page.get_by_role("textbox", name="Question", exact=True).wait_for()
    open_paste_panel(page)
    page.get_by_role("textbox", name="Article text", exact=True).wait_for(timeout=5_000)
    page.locator("#paste textarea").fill("Signal station\nThe signal keeper is Tove Ek.")
    page.locator("#add-pasted").click()
    wait_until_added(page, "Signal station.txt")
    assert "Added Signal station.txt" in page.locator("#upload-status").get_by_role("status").inner_text()
    ask(page, "Who is the signal keeper?")
    unnamed = page.evaluate("""() => [...document.querySelectorAll('#chat button')].filter(button => !button.closest('[role=log]')
        && !(button.getAttribute('aria-label') || button.innerText).trim()).length""")
    assert unnamed == 0, "each button of the chat's toolbar has a name"


def test_the_chat_has_one_control_named_clear(page):
    """Gradio's clear icon in the chat's corner was a second "Clear", doing what the Clear button does."""
    ask(page, "Where was the media briefing held?")
    clear = page.get_by_role("button", name="Clear")  # any name with "clear" in it
    assert clear.count() == 1 and clear.get_attribute("id") == "clear"
    copy_all = page.locator("#chat").get_by_role("button", name="Copy conversation", exact=True)
    assert copy_all.is_visible(), "the clear icon hidden, not the button beside it"


def test_a_screen_reader_hears_whether_a_passage_is_open(page):
    ask(page, "Where was the media briefing held?")
    toggle = page.locator(PASSAGE_TOGGLES).first
    playwright.expect(toggle).to_have_attribute("aria-expanded", "false")
    open_passage(page, 0)
    playwright.expect(toggle).to_have_attribute("aria-expanded", "true")
    toggle.click()
    playwright.expect(toggle).to_have_attribute("aria-expanded", "false")


def test_a_screen_reader_hears_each_message_as_shown_not_its_markup(page, api):
    question = "How much military and financial support has Kiev received?"
    expected = api.predict(question, api_name="/ask")
    ask(page, question)
    answer, passage = page.locator("#chat [data-testid=bot]").nth(0), page.locator("#chat [data-testid=bot]").nth(1)
    assert words(answer.get_attribute("aria-label")).startswith(f"bot's message: {words(expected['text'])} ")  # not "**&#36;…"
    assert words(passage.get_attribute("aria-label")) == f"bot's message: Cited passage 1 · {SEED}", "a closed passage: its title"
    open_passage(page, 0)
    assert words(expected["citations"][0]["text"]) in words(passage.get_attribute("aria-label")), "an open one: its text too"


def test_a_passage_opens_from_the_keyboard_with_space_or_enter(page, api):
    question = "Where was the media briefing held?"
    citations = api.predict(question, api_name="/ask")["citations"]
    ask(page, question)
    assert len(citations) >= 2
    for number, key in enumerate(["Space", "Enter"]):
        page.locator(PASSAGE_TOGGLES).nth(number).press(key)
        page.wait_for_timeout(300)
        assert words(citations[number]["text"]) in words(page.locator("#chat .thought-group").nth(number).inner_text()), key


def test_the_keyboard_goes_from_passage_to_passage_with_one_stop_each(page):
    ask(page, "Where was the media briefing held?")
    toggles = page.locator(PASSAGE_TOGGLES)
    assert toggles.count() >= 2
    toggles.first.focus()
    page.keyboard.press("Tab")  # not onto the unnamed arrow inside the first
    assert toggles.nth(1).evaluate("toggle => toggle === document.activeElement")


def test_a_screen_reader_hears_whether_the_panels_to_add_an_article_are_open(page):
    with other_page(page) as fresh:  # both closed
        for panel, name in [("#paste-panel", "Or paste an article"), ("#web-panel", "Or add a web page")]:
            toggle = fresh.locator(f"{panel} > button")
            playwright.expect(toggle).to_have_attribute("aria-expanded", "false")
            toggle.click()
            playwright.expect(toggle).to_have_attribute("aria-expanded", "true")
            toggle.press("Space")
            playwright.expect(toggle).to_have_attribute("aria-expanded", "false")
            playwright.expect(toggle).to_have_accessible_name(name)  # its "▼" is not read out


def test_keyboard_focus_is_seen_on_the_ticks_and_the_question_box(page):
    page.locator("#articles input").last.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # by keyboard: browsers show focus rings for that
    tick = "#articles input:focus"
    assert page.locator(tick).evaluate("box => getComputedStyle(box).outlineStyle") != "none"
    assert contrast(page, tick, "outlineColor", around=True) >= 3
    page.locator("#question textarea").press("Tab")
    page.keyboard.press("Shift+Tab")
    assert contrast(page, "#question textarea:focus", "borderTopColor", around=True) >= 3


def test_in_dark_mode_the_marked_answer_and_the_page_lines_are_readable(page, tmp_path, make_pdf):
    # Of a text of its own: the chat refuses an article whose text is loaded already (the one the PDF test added).
    (tmp_path / "talks at night.pdf").write_bytes(make_pdf([["Night talks", "The night envoy arrived late."],
                                                            ["The talks ended at dawn."]]))
    with other_page(page, color_scheme="dark") as dark:
        dark.locator("input[type=file]").set_input_files(str(tmp_path / "talks at night.pdf"))
        wait_until_added(dark, "talks at night.pdf")
        assert contrast(dark, "#article .qa-page") >= 4.5
        ask(dark, "Where was the media briefing held?")
        open_passage(dark, 0)
        assert contrast(dark, "#chat .thought-group mark") >= 4.5


def readable(page) -> bool:
    """Whether the words Gradio drew faintly are at 4.5:1: "Ask", the question box's prompt (the only words it has) and
    the footer's."""
    return all(ratio >= 4.5 for ratio in [contrast(page, "#ask"), contrast(page, "#question textarea", pseudo="::placeholder"),
                                          contrast(page, "footer button")])


def test_the_ask_button_the_question_box_s_prompt_and_the_footer_are_readable_in_light_and_dark_mode(page):
    """In white on Gradio's orange, "Ask" was 2.8:1 (3.6:1 in dark mode); "Ask a question about the article…" 1.9:1
    (3.3:1), and the footer's "Use via API" 1.9:1 on white."""
    assert readable(page)
    page.locator("#ask").hover()
    assert contrast(page, "#ask") >= 4.5
    with other_page(page, color_scheme="dark") as dark:
        assert readable(dark)


def test_the_status_takes_room_only_while_it_shows_something(page):
    with other_page(page) as fresh:
        status = fresh.locator("#upload-status")
        assert status.is_hidden(), "no gap where there is nothing to show"
        open_paste_panel(fresh)
        fresh.locator("#paste textarea").fill(big_paste("Grain ledger")[:20_000])
        fresh.locator("#add-pasted").click()
        progress_bar = status.locator("[role=progressbar]")
        progress_bar.wait_for(timeout=ANSWER_MS)
        # Both at one moment: the page scrolls the status into view as it shows.
        progress, room = fresh.evaluate("""() => [document.querySelector('#upload-status [role=progressbar]'),
            document.querySelector('#upload-status')].map(element => {
                const box = element.getBoundingClientRect();
                return {y: box.top, height: box.height};
            })""")
        assert room["y"] <= progress["y"] and progress["y"] + progress["height"] <= room["y"] + room["height"], \
            "the progress line lies inside the status's room, not over what is below"
        wait_until_added(fresh, "Grain ledger.txt")
        # The chooser takes its new article and the page lays itself out again: measured once that is done.
        fresh.wait_for_function("""() => {
            const room = document.querySelector('#upload-status').getBoundingClientRect();
            return room.height > 0 && room.bottom <= document.querySelector('#shown').getBoundingClientRect().top;
        }""", timeout=10_000)
        # both at one moment: measured one after the other, under load the page had scrolled between them (session 65)
        room, below = fresh.evaluate("""() => ['#upload-status', '#shown'].map(selector => {
                const box = document.querySelector(selector).getBoundingClientRect();
                return {y: box.top, height: box.height};
            })""")
        assert room["height"] > 0 and room["y"] + room["height"] <= below["y"], "the result has its room, above the chooser"


def test_at_200_percent_zoom_the_chat_and_the_article_fit_the_window(page):
    page.set_viewport_size({"width": 640, "height": 450})  # 1280×900 at 200 %
    try:
        for box in ("#chat", "#article .qa-article"):
            assert page.locator(box).bounding_box()["height"] <= 450, box
    finally:
        page.set_viewport_size(VIEWPORT)


def test_on_a_phone_a_long_article_name_wraps_instead_of_being_cut_off(page, tmp_path):
    name = "Quarterly_harbour_authority_maintenance_report_for_the_northern_piers.txt"
    (tmp_path / name).write_text("Harbour report\nThe northern pier was repaired in March by the harbour authority.")
    page.set_viewport_size({"width": 375, "height": 740})
    try:
        page.locator("input[type=file]").set_input_files(str(tmp_path / name))
        wait_until_added(page, name)
        ask(page, "When was the northern pier repaired?")
        assert f"from {name}" in words(page.locator("#chat").inner_text())
        outside = page.evaluate("""() => [['#articles', '#articles [data-testid=checkbox-group] label'], ['#chat', '#chat .thought-group [role=button] p']]
            .flatMap(([box, part]) => [...document.querySelectorAll(part)].filter(element =>
                element.getBoundingClientRect().right > document.querySelector(box).getBoundingClientRect().right + 1))
            .map(element => element.innerText)""")
        assert outside == []
    finally:
        page.set_viewport_size(VIEWPORT)


def test_a_reloaded_tab_shows_its_own_chat_not_that_of_another_tab(page):
    """Tabs of one browser share its storage: a reloaded tab showed the chat of whichever tab was answered last."""
    context = page.context.browser.new_context(viewport=VIEWPORT)
    try:
        first, second = context.new_page(), context.new_page()
        for tab in (first, second):
            tab.goto(page.url)
            tab.wait_for_selector("#question textarea", timeout=60_000)
        ask(first, "Where was the media briefing held?")
        ask(second, "How many prisoners of war were exchanged?")
        # The reply is shown before the chat is saved (a request of its own): a reload between them, on a slow host in
        # a full run, had shown none. Once saved, a question is no longer kept aside as sent but unsaved.
        for tab, question in ((first, "Where was the media briefing held?"), (second, "How many prisoners of war were exchanged?")):
            tab.wait_for_function("question => !(sessionStorage.getItem('article-qa-sent-unsaved') || '').includes(question)",
                                  arg=question, timeout=ANSWER_MS)
        first.reload()
        first.wait_for_function("() => document.querySelector('#chat')?.innerText.includes('Where was the media briefing held?')",
                                timeout=60_000)
        assert "How many prisoners of war were exchanged?" not in first.locator("#chat").inner_text()
        second.reload()
        second.wait_for_function("() => document.querySelector('#chat')?.innerText.includes('How many prisoners of war')",
                                 timeout=60_000)
        assert "Where was the media briefing held?" not in second.locator("#chat").inner_text()
    finally:
        context.close()


def test_the_article_shown_box_keeps_its_text_clear_of_its_arrow(page):
    """A long name ran under the arrow Gradio lays over the box's right end (seen on a phone)."""
    assert page.evaluate("""() => {
        const box = document.querySelector('#shown input'), arrow = document.querySelector('#shown .icon-wrap');
        const text_end = box.getBoundingClientRect().right - parseFloat(getComputedStyle(box).paddingRight);
        return text_end + 4 <= arrow.getBoundingClientRect().left && getComputedStyle(box).textOverflow === 'ellipsis';
    }""")


def test_no_label_lies_over_the_chat_s_messages(page):
    """Gradio lays the chat's label over its messages: it hid a scrolled message's first words."""
    assert page.locator("#chat label").count() == 0


def test_the_chat_s_toolbar_lies_over_none_of_its_messages(page):
    """Gradio lays "Copy conversation" over the messages' top right, where a scrolled question ends."""
    ask(page, "Who gave the media briefing?")
    assert page.evaluate("""() => {
        const toolbar = document.querySelector('#chat .top-panel').getBoundingClientRect();
        const messages = document.querySelector('#chat .bubble-wrap').getBoundingClientRect();
        return toolbar.height > 0 && toolbar.bottom <= messages.top;
    }""")


# The colour an element is seen on: its own background, else that of the first of its containers with one.
SEEN_ON = """selector => {
    for (let e = document.querySelector(selector); e; e = e.parentElement) {
        const background = getComputedStyle(e).backgroundColor;
        if (!/^rgba\\(.*, 0\\)$|^transparent$/.test(background)) return background;
    }
}"""


def test_in_dark_mode_the_chat_s_toolbar_row_is_on_the_messages_background_not_a_band(page):
    """Under the system's dark preference Gradio drew the messages darker than the chat, and the row of
    "Copy conversation" above them (the chat's background) stood out as a band."""
    with other_page(page, color_scheme="dark") as dark:
        ask(dark, "Who gave the media briefing?")
        row, messages, toolbar = (dark.evaluate(SEEN_ON, selector) for selector in
                                  ["#chat .wrapper", "#chat .bubble-wrap", "#chat .top-panel"])
        assert row == messages == toolbar, (row, messages, toolbar)
        assert dark.evaluate("document.body.classList.contains('dark')"), "Gradio's dark theme"


def test_a_cited_passage_is_drawn_at_full_strength_as_written_with_no_list_or_links(page, tmp_path):
    """Gradio drew it at 0.64 opacity (the marked answer under 4.5:1), a passage starting "- " as a list that lost
    its marker, and an address in it as a link, which the article view shows as text."""
    article = tmp_path / "harbour-minutes.txt"
    article.write_text("- Minutes of the harbour board, 3 May.\nThe chair of the board is Ingrid Solberg "
                       "(https://example.com/solberg), elected in 2021.\n")
    add_asked_alone(page, article)
    ask(page, "Who is the chair of the board?")
    text = open_passage(page, 0)
    assert words(text).startswith("Cited passage 1 · harbour-minutes.txt - Minutes of the harbour board")
    panel = page.locator("#chat .thought-group").first
    assert panel.locator("ul, ol, a").count() == 0 and "https://example.com/solberg" in text
    assert page.evaluate("""() => {
        let opacity = 1;
        for (let e = document.querySelector('#chat .thought-group mark'); e; e = e.parentElement) opacity *= getComputedStyle(e).opacity;
        return opacity;
    }""") == 1


def test_a_question_sent_just_before_a_reload_is_put_back_in_the_box_not_lost(page):
    """The box is emptied as a question is sent; a reload before the server took it had lost it."""
    question = "Who gave the media briefing on Friday?"
    held = []
    page.route("**/gradio_api/run/predict", lambda route: held.append(route) if question in (route.request.post_data or "")
               else route.continue_())  # the sending never reaches the server, as when the page reloads first
    send(page, question)
    page.wait_for_function("() => document.querySelector('#question textarea').value === ''")
    for _ in range(100):  # held before the routing ends: the box is emptied before the sending, which had then gone through
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the question was never sent"
    page.unroute("**/gradio_api/run/predict")
    page.reload()
    page.wait_for_function("question => document.querySelector('#question textarea')?.value === question", arg=question,
                           timeout=ANSWER_MS)
    assert question not in page.locator("#chat").inner_text()
    # one sent and saved is not put back after the next reload
    page.locator("#question textarea").press("Enter")
    page.wait_for_function("question => document.querySelector('#chat').innerText.includes(question)", arg=question)
    wait_until_read(page)
    page.reload()
    page.wait_for_function("question => document.querySelector('#chat')?.innerText.includes(question)", arg=question,
                           timeout=ANSWER_MS)
    page.wait_for_timeout(1500)
    assert page.locator("#question textarea").input_value() == ""


def test_a_question_is_sent_where_the_tab_cannot_keep_it_and_one_refused_as_too_long_is_not_put_back(page):
    page.evaluate("""() => Object.defineProperty(window, 'sessionStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }})""")
    ask(page, "Who gave the media briefing?")  # it had stayed in the box, never sent: ask() waited for it in vain
    assert page.locator("#chat [data-testid=bot]").count() >= 1 and page.locator("#question textarea").input_value() == ""
    page.reload()
    page.wait_for_selector("#question textarea")
    long_question = "Who gave the media briefing? " * 40
    send(page, long_question)
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('characters')", timeout=ANSWER_MS)
    page.locator("#question textarea").fill("")
    ask(page, "Where was the media briefing held?", follow_up=True)
    page.reload()
    page.wait_for_function("() => document.querySelector('#chat')?.innerText.includes('Where was the media briefing held?')",
                           timeout=ANSWER_MS)
    page.wait_for_timeout(1500)
    assert page.locator("#question textarea").input_value() == ""  # the refused question had come back
