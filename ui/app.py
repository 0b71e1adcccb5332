"""The browser chat: a Gradio app over an Assistant. The only module that knows Gradio."""
from __future__ import annotations

import errno
import hashlib
import ipaddress
import json
import os
import re
import socket
import threading
import traceback
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no telemetry calls: the app runs offline

import gradio as gr
import gradio.state_holder

from index.articles import (MAX_CONVERTED_FILE_BYTES, Article, ArticleError, parse_article, safe_name, suffix_list,
                            untaken)
from index.fetch import fetch_article
from index.markup import looks_like_markdown
from index.versions import earlier_versions
from qa.answer import Answer
from qa.assistant import SEED_ARTICLE, Assistant
from qa.compound import asked_separately
from qa.courtesies import PASTED_PASSAGE, courtesy_reply, question_after_context, reads_as_a_passage
from qa.followup import answers_of_each, ask_resolved, goes_on, left_of_each, resolve_followup, turn_of_each
from qa.language import ANOTHER_LANGUAGE, unlike_english
from qa.overview import asks_for_more, asks_of_this_one
from qa.questions import ASK_A_WHOLE_QUESTION, MAX_QUESTION_CHARS, QuestionError, clean_question
from qa.turn import Turn
from ui import render
from ui.conversation import Conversation


def _make_session_state_once() -> None:
    """Make each piece of a page's state (its chat) once. Gradio copies it on first use without a
    lock, so two events of a new page at once (its load, a question sent as it opens) could each
    get a chat of their own, and the question go into the one then dropped."""
    making = threading.RLock()
    unlocked = gradio.state_holder.SessionState.__getitem__

    def locked(session, key):
        with making:
            return unlocked(session, key)

    gradio.state_holder.SessionState.__getitem__ = locked


_make_session_state_once()

# Model calls are serialised by the Assistant's lock; a few concurrent events let cheap steps
# (showing the question, the "thinking" status) go on while one question is being read.
CONCURRENCY_LIMIT = 4
QUEUE_SIZE = 64
TOP_K = 3
SHOWN_REFUSED_CHARS = 120  # of a question refused for its length, shown in the chat
# Retry's reply in a chat with no question in it to ask again.
NOTHING_TO_RETRY = {"role": "assistant", "content": "Nothing to ask again yet: Retry asks the latest question again once it is answered."}
STATUS_LINES = 3  # results of adding articles shown at once
NEW_ARTICLES_EVERY_S = 5  # how often a page looks for articles added from other pages
# The page keeps bigger uploads back and says so (REFUSE_OVERSIZED_UPLOADS): no article file is larger
# (index/articles.py), and one between this and twice it had been sent whole, then refused.
MAX_UPLOAD_BYTES = MAX_CONVERTED_FILE_BYTES
PASTED_NAME_WORDS, PASTED_NAME_CHARS = 8, 60
MARKUP_TAG = re.compile(r"<[^<>]*>")  # no part of a pasted text's name: "Using the <p> tag" names "Using the tag"
# Pasted text that opens with a page's markup is a web page's source, read as an uploaded .html is.
PAGE_START = re.compile(r"\s*<(?:!doctype\s+html|html|head|body|article|main|section|header|title|h[1-6]|p|div|table|ul|ol"
                        r"|blockquote|script|style|meta|link)\b", re.IGNORECASE)
WEB_ADDRESS_START = re.compile(r"^(?:https?://(?:www\.)?|www\.(?=\S))", re.IGNORECASE)  # of a line that is a web address
# "www.example.com/story": a host name with a dot (an optional port and path after it) typed without its scheme,
# which a browser takes as https:// too. Its last label has letters only, so "3.14" or "v1.2" is no address.
ADDRESS_WITHOUT_SCHEME = re.compile(r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}(?::\d+)?(?:[/?#]\S*)?")
SEED_EXAMPLES = [
    "What is this article about?",
    "Where was the media briefing held?",
    "When did Putin resume direct talks with Ukraine?",
    "How many prisoners of war were exchanged?",
    "What did Khorev call the reports of Russian drones in Polish airspace?",
    "When did he say the drones entered?",
    "Who won the 2022 football World Cup?",
]
# The question box is emptied in the browser as the question is sent, not by the server's reply: what
# is typed meanwhile (the next question, while a reply crosses a --share link) would be emptied with it.
# Until a save of the chat holds it, the question is also kept in the tab's sessionStorage (kept across a
# reload): a page reloaded in between, its question in neither the box nor the chat, had lost it.
SENT_UNSAVED_KEY = "article-qa-sent-unsaved"
SENT_HERE = "articleQaSentHere"  # the questions this page sent (not one before a reload), a list on `window`
EMPTY_QUESTION_BOX = f"""(question, ...rest) => {{
  try {{
    // Not one the server will refuse back into the box: too long (counted as it counts, in characters, with
    // runs of spaces as one), or without a word.
    if ([...question.trim().split(/\\s+/).join(' ')].length <= {MAX_QUESTION_CHARS} && /[\\p{{L}}\\p{{N}}]/u.test(question)) {{
      const unsaved = JSON.parse(sessionStorage.getItem('{SENT_UNSAVED_KEY}') || '[]');
      sessionStorage.setItem('{SENT_UNSAVED_KEY}', JSON.stringify([...unsaved, question]));
      (window.{SENT_HERE} ??= []).push(question);
    }}
  }} catch (error) {{}}  // storage refused (full, or blocked): the question is still sent, only not kept over a reload
  const box = document.querySelector('#question textarea');
  box.value = '';
  box.dispatchEvent(new Event('input', {{bubbles: true}}));
  return [question, ...rest];
}}"""
# After each save: the questions it holds are kept by it (and one the server refused back into the box is there).
# `put_back` (after a reload's restore): the first it does not hold goes back into the box, to be sent again.
# Questions are told by their text, and one sent again just before a reload, as an earlier question was
# worded, or a second sent with it in those milliseconds, is not put back. Nor is one this page sent before its
# chat was restored (as it opened): that one is in the chat, being read, and had been put back to be sent twice.
KEEP_SENT_UNTIL_SAVED = f"""(saved, put_back = false) => {{
  try {{
    const box = document.querySelector('#question textarea');
    const held = new Set([...(saved || []).map(exchange => exchange.question), box?.value]);
    const unsaved = JSON.parse(sessionStorage.getItem('{SENT_UNSAVED_KEY}') || '[]').filter(question => !held.has(question));
    const lost = unsaved.filter(question => !(window.{SENT_HERE} || []).includes(question));  // sent before the reload
    const putting_back = put_back && lost.length && box && !box.value;  // never over what is typed there
    if (putting_back) {{
      box.value = lost[0];
      box.dispatchEvent(new Event('input', {{bubbles: true}}));
    }}
    const kept = putting_back ? unsaved.filter(question => !lost.includes(question)) : unsaved;  // an earlier page's go: the first is in the box
    sessionStorage.setItem('{SENT_UNSAVED_KEY}', JSON.stringify(kept));
  }} catch (error) {{}}
}}"""
PUT_BACK_SENT_UNSAVED = f"(saved) => ({KEEP_SENT_UNTIL_SAVED})(saved, true)"
# After an answer, scroll the article view to it (or to the closest passage) inside its own box, a third of the way
# down the part of the box in the window. Beside the chat with less than half the box in the window (panels above it
# push it down), the page first brings the box up, never so far that the reply's first line (its answer) leaves the
# window (at 1024x600 it had gone, its passages left); and so it does where the box, scrolled to its end, leaves the
# mark below the window (an answer near the article's end: at 1440x900 it had been out of sight); below the chat (a
# phone), the page stays where the chat is.
SCROLL_TO_ANSWER = """() => setTimeout(() => {
  const box = document.querySelector('#article .qa-article');
  const target = box && (box.querySelector('mark.qa-answer') || box.querySelector('.qa-passage'));
  if (!target) return;
  let shown = box.getBoundingClientRect();
  const visible = () => Math.min(shown.bottom, innerHeight) - Math.max(shown.top, 0);
  const chat = document.querySelector('#chat').getBoundingClientRect();
  // How far the page may go: the reply's first line (its answer) stays in the window, as far as the chat shows it.
  const rows = [...document.querySelectorAll('#chat .message-row')];
  const reply = rows[rows.map(row => row.classList.contains('user-row')).lastIndexOf(true) + 1];
  const most = () => {
    const now = document.querySelector('#chat').getBoundingClientRect();
    const top = reply ? Math.max(reply.getBoundingClientRect().top, now.top) : now.bottom;
    return Math.max(0, Math.min(now.bottom - 120, top - 8));
  };
  if (shown.left >= chat.right && visible() < shown.height / 2) {
    window.scrollBy(0, Math.min(Math.max(0, shown.bottom - innerHeight), most()));
    shown = box.getBoundingClientRect();
  }
  box.scrollTop += target.getBoundingClientRect().top - Math.max(shown.top, 0) - Math.max(visible(), 0) / 3;
  // The mark only (a long passage shaded in its place is no more shown for the page moving), as far as the box shows
  // it, and never so far that its top leaves the window.
  const mark = box.querySelector('mark.qa-answer')?.getBoundingClientRect();
  const below = mark && Math.min(mark.bottom, box.getBoundingClientRect().bottom) + 24 - innerHeight;
  if (shown.left >= chat.right && below > 0)
    window.scrollBy(0, Math.min(below, mark.top - 8, most()));
}, 100)"""
BOX_HEIGHT = "min(560px, 70vh)"  # the chat's and the article's: at 200 % zoom or on a phone they still fit the window
MARKED = "background: #fde047; color: #111;"  # dark text on yellow, readable in light and dark mode
# An article's tables, drawn as tables in the article view and the passages (ui/render.py `highlight`).
TABLE_CSS = """{scope}.qa-table {{ border-collapse: collapse; margin: 0.4em 0; }}
{scope}.qa-table th, {scope}.qa-table td {{ border: 1px solid rgba(128, 128, 128, 0.5); padding: 0.1em 0.5em; text-align: left;
  vertical-align: top; }}"""
ARTICLE_CSS = f"""
.qa-article {{ max-height: {BOX_HEIGHT}; overflow-y: auto; padding: 0 0.5rem; }}
.qa-article-text {{ line-height: 1.55; }}
.qa-passage {{ background: rgba(96, 165, 250, 0.18); }}
mark.qa-answer {{ {MARKED} font-weight: 600; }}
.qa-page {{ display: block; margin: 0.6em 0 0.3em; border-top: 1px dashed #9ca3af; font-size: 0.8em; }}
{TABLE_CSS.format(scope="")}
"""
# For what Gradio has no parameter for.
PAGE_CSS = f"""
{TABLE_CSS.format(scope="#chat ")}
/* A visible keyboard focus on the ticks: Gradio draws none on a ticked box. */
#articles input:focus-visible {{ outline: 2px solid var(--body-text-color); outline-offset: 2px; }}
/* The answer in a cited passage: Gradio gives it the page's text colour, white on yellow in dark mode. */
#chat mark {{ {MARKED} }}
/* A passage at full strength: Gradio draws a panel's text at 0.8 opacity, twice over (0.64), where the marked answer
   was dark grey on pale yellow, under 4.5:1. */
#chat .thought-group .message-content, #chat .thought-group .message-content .md {{ opacity: 1; }}
/* A long file name without spaces wraps instead of being cut off on a phone: the break-word Gradio's chat sets
   on each message lets a passage's title overflow its panel. */
#chat *, #articles {{ overflow-wrap: anywhere; }}
/* The chat's own clear icon, always drawn (no parameter removes it): a second control named "Clear" beside the
   Clear button, that also dropped a question sent just after it. The first of the chat's toolbar, before its
   "Copy conversation" (tests/ui/test_browser.py notices a change). */
#chat .icon-button-wrapper.top-panel > button:first-of-type {{ display: none; }}
/* The toolbar left ("Copy conversation") on a row of its own above the messages: Gradio lays it over them, where it
   hid the end of a scrolled question's first line. */
#chat .icon-button-wrapper.top-panel {{ position: static; margin-left: auto; width: max-content; }}
/* The messages on the chat's own background, as that row is: under the system's dark preference (not Gradio's own dark
   switch, ?__theme=dark) Gradio gives them a darker one, which set the row apart above them as a band. */
#chat .bubble-wrap {{ background: transparent; }}
/* The status's room (min_height, so that the progress line does not jump the layout) only while it shows something:
   progress, or a result. Two :has(), as Gradio's scoping of this CSS splits a list inside one at its comma. */
#upload-status:not(:has([data-testid=status-tracker] > *)):not(:has([data-testid=markdown] span > *)) {{ display: none; }}
/* The room grows with the progress line: Gradio lays that over the status, and over what is below once it wraps. */
#upload-status [data-testid=status-tracker] {{ position: static !important; }}
/* The list of articles scrolls past a few lines, rather than pushing the article view below the window: three rows of
   ticks (2.19rem each, 0.5rem apart) and half of the next, which says there are more (at 10rem the fourth was cut by 4px,
   which looked like a fault). */
#articles [data-testid=checkbox-group] {{ max-height: 9.1rem; overflow-y: auto; }}
/* A long article name in "Article shown" ends in "…" short of the arrow Gradio lays over the box's right end. */
#shown input {{ padding-right: 2.5rem; text-overflow: ellipsis; }}
"""
# Bold text (the answer itself) in the Bold faces: the SemiBold ones Gradio's default theme loads hold a few letters
# only ("A", "B"), so a bold word was drawn in two fonts, each letter from whichever had it.
FONT = (gr.themes.LocalFont("Source Sans Pro", weights=(400, 700)), "ui-sans-serif", "system-ui", "sans-serif")
FONT_MONO = (gr.themes.LocalFont("IBM Plex Mono", weights=(400, 700)), "ui-monospace", "Consolas", "monospace")
# A focused text box shows it by its border (Gradio's CSS rules out an outline there): a clear blue ring, not the
# default faint one that is nearly invisible in dark mode.
# "Ask" in white on a darker orange: on Gradio's, its words were under 4.5:1 (2.8:1; 3.6:1 in dark mode). The question
# box's prompt, the only words it has, and the footer's "Use via API" in a darker grey (a lighter one in dark mode):
# Gradio's were 1.9:1 on white.
PRIMARY_BUTTON = {f"button_primary_{part}{mode}": colour for mode in ("", "_dark") for part, colour in [
    ("background_fill", "*primary_700"), ("background_fill_hover", "*primary_800"),
    ("border_color", "*primary_700"), ("border_color_hover", "*primary_800")]}
THEME = gr.themes.Default(font=FONT, font_mono=FONT_MONO).set(
    input_border_color_focus="*secondary_500", input_shadow_focus="0 0 0 1px *secondary_500",
    input_border_color_focus_dark="*secondary_400", input_shadow_focus_dark="0 0 0 1px *secondary_400",
    body_text_color_subdued="*neutral_500", input_placeholder_color="*neutral_500", input_placeholder_color_dark="*neutral_400",
    **PRIMARY_BUTTON)
CHAT_STORAGE_KEY = "article-qa-chat"
# The page keeps what each save of the chat returns, in the order the replies come. Saves run on the queue one at a time
# (of all pages: Gradio has no limit per page), and the queue sends a page its replies in the order they were made:
# so the latest save is the one kept. Replies of events run side by side (the page's question and the reading of the
# one before it) can come in any order, and one saved with less would be kept over one saved with more.
SAVE_IN_ORDER = dict(concurrency_id="saving-chat", concurrency_limit=1, trigger_mode="multiple", show_progress="hidden")
# The articles the reader unticked, saved beside the chat: under a key of their own, as they change while a question is
# read, and the reply's save of the chat would put back the ticks it started with.
UNTICKED_STORAGE_KEY = "article-qa-unticked"
# A page's chat is saved in the browser's localStorage, one for all its tabs: a reloaded tab would show the chat of
# whichever tab was answered last. Each tab also keeps what it saved in its own sessionStorage (kept across a reload)
# and puts that back before the page reads it; a new tab starts from the latest chat, as before. So are its ticks.
KEEP_CHAT_PER_TAB = f"""<script>
(() => {{
  const keys = ['{CHAT_STORAGE_KEY}', '{UNTICKED_STORAGE_KEY}'];
  for (const key of keys) {{
    const own = sessionStorage.getItem(key);
    if (own !== null) localStorage.setItem(key, own);
  }}
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (name, value) {{
    if (this === localStorage && keys.includes(name)) sessionStorage.setItem(name, value);
    return setItem.call(this, name, value);
  }};
}})();
</script>"""
# Screen readers announce the result of adding an article: Gradio's Markdown has no live-region option.
ANNOUNCE_STATUS = "() => document.querySelector('#upload-status [data-testid=markdown]')?.setAttribute('role', 'status')"
# Adding an article shows its progress and then its result on the status line, below the open paste or address panel:
# each is brought into view once (the line is hidden while empty, so the progress is waited for).
SHOW_STATUS = """() => {
  const status = document.querySelector('#upload-status');
  let tries = 0;
  const show = () => status.offsetHeight ? status.scrollIntoView({block: 'nearest'}) : ++tries < 30 && setTimeout(show, 100);
  setTimeout(show, 100);  // after the chooser has grown by the article added
}"""
# The article added (the one shown) brought into the list's view, which scrolls past a few lines: on a phone the list is a
# column, and the article just added, at its end, had been out of sight below the others.
SHOW_ADDED_ARTICLE = """() => setTimeout(() => {
  const name = document.querySelector('#shown input')?.value;
  const box = document.querySelector('#articles [data-testid=checkbox-group]');
  const tick = [...(box?.querySelectorAll('label') ?? [])].find(label => label.innerText.trim() === name);
  if (!tick) return;
  const [shown, place] = [box.getBoundingClientRect(), tick.getBoundingClientRect()];
  box.scrollTop += Math.max(0, place.bottom - shown.bottom) + Math.min(0, place.top - shown.top);
}, 100)"""
# Gradio's passage panels and accordions show whether they are open by a class alone, with no option for more: this
# keeps aria-expanded in step, for screen readers (the classes are Gradio's own; tests/ui/test_browser.py notices a
# change). A passage's toggle is a div, not a button: Space opens it as Enter does. The arrow in it is an unnamed button
# of its own, a second keyboard stop where Enter does nothing: inert. The accordions' "▼" is no part of their names.
DISCLOSE_TOGGLES = """() => {
  const passage = '#chat .thought-group > [role=button]';
  const mark = () => {
    for (const [selector, open] of [[passage, 'expanded'], ['button.label-wrap', 'open']]) {
      for (const toggle of document.querySelectorAll(selector)) {
        const expanded = String(toggle.classList.contains(open));
        if (toggle.getAttribute('aria-expanded') !== expanded) toggle.setAttribute('aria-expanded', expanded);
      }
    }
    document.querySelectorAll(`${passage} .arrow:not([inert])`).forEach(arrow => arrow.inert = true);
    document.querySelectorAll('button.label-wrap > .icon:not([aria-hidden])').forEach(icon => icon.ariaHidden = 'true');
  };
  new MutationObserver(mark).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['class']});
  mark();
  document.addEventListener('keydown', event => {
    if (event.key === ' ' && !event.repeat && event.target.matches?.(passage)) {
      event.preventDefault();  // not the page scrolling
      event.target.click();
    }
  });
}"""

# The tick beside "Ask these articles" (ticking or unticking them all) has only a title, which gives no
# accessible name: a screen reader read it as a nameless checkbox. Gradio makes the heading a button doing the same,
# which a click on the words, or Enter on a tab stop read out as "Ask these articles, button", would do unasked:
# it is words again, the tick being the one control.
TICK_ALL_BY_ITS_BOX = """() => {
  const articles = document.querySelector('#articles');
  if (!articles) return;
  const name = () => {
    articles.querySelector('.select-all-checkbox:not([aria-label])')?.setAttribute('aria-label', 'Ask all the articles');
    const heading = articles.querySelector('.select-all-container .label-text:not([tabindex])');
    if (heading) { heading.tabIndex = -1; heading.setAttribute('aria-hidden', 'true'); }
  };
  new MutationObserver(name).observe(articles, {subtree: true, childList: true});
  name();
  articles.addEventListener('click', event => {
    if (event.target.closest?.('.select-all-container .label-text')) { event.stopPropagation(); event.preventDefault(); }
  }, true);
}"""

# A file over MAX_UPLOAD_BYTES is kept back in the page, before Gradio's own check (the same limit, given to launch) would
# refuse it with a message of its own; the hidden #oversized-upload box tells the server its name and size, to say why on
# the status line as for any other upload refused. The listener goes first (capture, on the window), as Gradio's own
# listens where the event bubbles to. Each report is another value (its time), so the same file picked again is reported
# again: the box tells the server when its value changes.
REFUSE_OVERSIZED_UPLOADS = f"""() => {{
  window.addEventListener('change', event => {{
    const file = event.target.matches?.('input[type=file]:has(+ #upload)') && event.target.files[0];
    if (!file || file.size <= {MAX_UPLOAD_BYTES}) return;
    event.stopImmediatePropagation();
    event.target.value = '';
    const report = document.querySelector('#oversized-upload textarea');
    report.value = JSON.stringify({{name: file.name, size: file.size, at: Date.now()}});
    report.dispatchEvent(new Event('input', {{bubbles: true}}));
  }}, true);
}}"""

# The chat's copy buttons copy a message's source, not what it shows: "**&#36;70.2 billion**", "<mark>", "<br>". This
# copies the text as shown. Every "*" of the source is the reply's own emphasis: an article's or a question's is escaped.
# "Copy conversation" copied each passage as a bare reply, without its title; then by its title alone where it was
# closed, though the reply's own copy button copies every passage by its title and text. It copies each question and
# reply as its own button does: a copy is read where no passage can be opened, and is the same whichever are open.
# Gradio gives it each message's source ("user: …" or "assistant: …", a blank line before each) without the passages'
# titles, which the page shows: a source holds no blank line before "user: " or "assistant: " of its own (an article's
# and a question's line breaks are <br>), so each is told apart there.
# A page not served securely (plain http, on an address other than localhost) has no navigator.clipboard: Gradio then
# copied a message's source its own way, and the conversation not at all. There it is given a writeText that copies a
# hidden box's text (what a click may do in any page), so both copy as shown, as elsewhere.
COPY_AS_SHOWN = """() => {
  if (!navigator.clipboard) {
    const copyBySelection = async text => {
      const focused = document.activeElement;  // the copy button, focused again after: a keyboard user stays there
      const box = Object.assign(document.createElement('textarea'), {value: text, readOnly: true});
      box.style.cssText = 'position: fixed; top: 0; opacity: 0;';  // never seen, nor scrolled to
      document.body.append(box);
      box.focus({preventScroll: true});
      box.select();
      try {
        if (!document.execCommand('copy')) throw new DOMException('the browser refused to copy', 'NotAllowedError');
      } finally {
        box.remove();
        focused?.focus({preventScroll: true});
      }
    };
    Object.defineProperty(navigator, 'clipboard', {value: {writeText: copyBySelection}});
  }
  const clipboard = navigator.clipboard;
  const writeText = clipboard.writeText.bind(clipboard);
  let fromChat = false, wholeChat = false;
  document.addEventListener('click', event => {
    fromChat = Boolean(event.target.closest?.('#chat'));
    wholeChat = Boolean(event.target.closest?.('#chat .top-panel'));
  }, true);
  const shown = source => new DOMParser().parseFromString(source.replaceAll('*', '').replaceAll('<br>', '\\n'), 'text/html').body.textContent;
  // A question or reply (its messages' sources) as its copy button copies it: each passage by its title, then its text.
  const copied = (messages, sources) => messages.map((message, at) => {
    const title = message.querySelector('.thought-group > [role=button]')?.textContent.trim();
    return title ? `${title}\\n  ${shown(sources[at])}\\n` : shown(sources[at]);
  }).join('\\n').trim();
  const conversation = text => {
    const sources = text.split(/\\n\\n(?=(?:user|assistant): )/).map(source => source.replace(/^(?:user|assistant): /, ''));
    return [...document.querySelectorAll('#chat .message-row')].map(row => {
      const messages = [...row.querySelectorAll('[data-testid=user], [data-testid=bot]')];
      const role = messages[0]?.dataset.testid === 'user' ? 'user' : 'assistant';
      return `${role}: ${copied(messages, sources.splice(0, messages.length))}`;
    }).join('\\n\\n');
  };
  clipboard.writeText = text => writeText(wholeChat ? conversation(text) : fromChat ? shown(text).trim() : text);
}"""

# Gradio names each chat message by its source ("bot's message: **&#36;70.2 billion**", "<br>", and a closed passage's
# whole text): this names it by the text it shows, kept in step as messages come and passages open. It names each
# message's copy button "Copy message" alike: this names it by what it copies, the question or the reply and its start.
NAME_MESSAGES_AS_SHOWN = """() => {
  const chat = document.querySelector('#chat');
  const setLabel = (element, label) => element.getAttribute('aria-label') !== label && element.setAttribute('aria-label', label);
  const name = () => {
    let last = null;  // the message before each copy button: the one it copies (the first of the reply's)
    for (const element of chat.querySelectorAll('[data-testid=bot], [data-testid=user], button[data-copies], button[aria-label="Copy message"]')) {
      if (element.tagName !== 'BUTTON') {
        setLabel(element, `${element.dataset.testid}'s message: ${element.innerText.trim()}`);
        if (!last || last.dataset.testid !== element.dataset.testid) last = element;
      } else if (last) {
        const words = last.innerText.trim().split(/\\s+/).join(' ');
        element.dataset.copies = '';
        setLabel(element, `Copy ${last.dataset.testid === 'user' ? 'question' : 'reply'}: ${words.length > 60 ? words.slice(0, 60) + '…' : words}`);
        last = null;
      }
    }
  };
  new MutationObserver(name).observe(chat, {subtree: true, childList: true, characterData: true, attributes: true,
                                            attributeFilter: ['class']});
  name();
}"""


def reply_messages(reply: render.Reply) -> list[dict]:
    """The reply as chat messages: the answer, then one collapsed panel per passage."""
    panels = [{"role": "assistant", "content": panel.body, "metadata": {"title": panel.title, "status": "done"}}
              for panel in reply.panels]
    return [{"role": "assistant", "content": reply.text}, *panels]


def error_message(message: str) -> dict:
    return {"role": "assistant", "content": render.render_error(message)}


def shortened(question: str) -> str:
    """A refused question's start, as the chat shows it (the whole of it goes back into the box)."""
    return question if len(question) <= SHOWN_REFUSED_CHARS else question[:SHOWN_REFUSED_CHARS].rstrip() + "…"


def question_message(question: str) -> dict:
    """The user's question as the chat shows it: exactly as typed, its < > * _ never read as markup."""
    return {"role": "user", "content": render.escape_text(question)}


def article_from_upload(path: str | Path) -> Article:
    """The uploaded file as an article named by its base name only: an uploaded name such as
    "../../x.txt" is never a path to follow. Raises ArticleError with the reason to show."""
    path = Path(path)
    return parse_article(path.name, path.read_bytes())


def oversized_upload_message(report: str) -> str:
    """Why the upload the page kept back for its size (reported as JSON: its name, a string, and its
    size, a whole number over the limit) was not added. Raises ValueError for a report not of that form:
    anything else is no report of the page's own check."""
    try:
        file = json.loads(report)
        name, size = file["name"], file["size"]
    except (ValueError, TypeError, KeyError) as error:
        raise ValueError(f"not a report of an upload: {report!r}") from error
    if not (isinstance(name, str) and type(size) is int and size > MAX_UPLOAD_BYTES):
        raise ValueError(f"not a report of an upload over the limit: {report!r}")
    return f"{safe_name(name) or '(unnamed file)'}: {size:,} bytes is over the {MAX_UPLOAD_BYTES:,}-byte limit for an upload; it was not added"


FEWEST_NAME_WORDS = 3  # a pasted article's name cut at a phrase's end keeps this many words at least


def pasted_name(words: list[str]) -> str:
    """A pasted article's name of its first line's `words`: the first PASTED_NAME_WORDS, cut where the line goes on at the
    last phrase's end among them, after a comma, colon or semicolon or before a dash or bracket ("Minutes of the Mill
    Lane Residents' Association, 2 June 2025…" had been named "… Association, 2", the chat user's)."""
    taken = words[:PASTED_NAME_WORDS]
    ends = [at for at in range(FEWEST_NAME_WORDS, len(taken)) if taken[at - 1][-1] in ",:;" or taken[at][0] in "–—(-"]
    return " ".join(taken[:ends[-1]]).rstrip(",:;") if ends and len(words) > PASTED_NAME_WORDS else " ".join(taken)


def article_from_paste(text: str) -> Article:
    """Pasted text as an article named after its first line (how answers cite it): a `.html` when it
    is a page's source (read as an uploaded page is, named after its story's first line), a `.md` when
    it is Markdown, else a `.txt`. Raises ArticleError with the reason to show."""
    if not any(ch.isalnum() for ch in text):
        raise ArticleError("Nothing to add: paste the article's text first.")
    # A page's source pasted had been kept as text: its tags shown in every passage, a script's words its name.
    page = parse_article("page.html", text.encode("utf-8"), shown_as="The pasted page") if PAGE_START.match(text) else None
    lines = page.text.splitlines() if page else (MARKUP_TAG.sub(" ", line) for line in text.splitlines())
    first_line = next((line for line in lines if any(ch.isalnum() for ch in line)), "").strip()
    first_line = WEB_ADDRESS_START.sub("", first_line) if " " not in first_line else first_line  # "https://example.com/story": "example.com story"
    # From its first word ("## Title" gives "Title"); slashes are spaces, so a name is never a path.
    words = safe_name(pasted_name(re.sub(r"^\W+|[\\/]", " ", first_line).split()))
    stem = words[:PASTED_NAME_CHARS].rstrip(" .") or "Pasted article"
    if page:
        return replace(page, name=f"{stem}.html")
    # Named as what it is: pasted Markdown is read without its markup, as an uploaded .md is.
    return parse_article(f"{stem}{'.md' if looks_like_markdown(text) else '.txt'}", text.encode("utf-8"))


def article_from_address(address: str, only_public: bool) -> Article:
    """The article at a web address (see `fetch_article`), one typed without its scheme taken as https://.
    Raises ArticleError with the reason to show."""
    address = address.strip()
    if not address:
        raise ArticleError("Nothing to add: give the article's web address first.")
    if ADDRESS_WITHOUT_SCHEME.fullmatch(address):
        address = f"https://{address}"
    return fetch_article(address, only_public=only_public)


def serves_only_this_machine(host: str, share: bool) -> bool:
    """Whether the chat is open to this machine alone; else it is open to others, and fetches for
    them no address inside this machine's network."""
    try:
        return not share and (host == "localhost" or ipaddress.ip_address(host).is_loopback)
    except ValueError:  # a host name other than localhost
        return False


def read_question(assistant: Assistant, question: str, previous: Turn | None, chosen: list[str],
                  shown: str | None = None) -> tuple[list[dict], Turn, Answer | None]:
    """The reply to a chat's question, the turn it makes and the answer to mark. A
    refused question is a turn too, without an answer: "he" after it still means its person.
    Several questions typed as one ("Who gave the briefing and where was it held?", qa/compound.py) are each
    answered in turn, each a follow-up of the one before; the turn and the answer marked are the last answered.
    `shown`: the article shown beside the chat, the one "What is this article about?" asks of among those chosen."""
    parts = asked_separately(assistant.as_meant(question))
    if len(parts) == 1 or not chosen:  # no article chosen is said once
        return _read_one(assistant, question, previous, chosen, shown=shown)
    replies, turn, marked = [], previous, None
    for part in parts:
        reply, turn, answer = _read_one(assistant, part, turn, chosen, always_understood=True, shown=shown)
        replies += reply
        marked = answer if answer is not None and answer.answered else marked
        shown = marked.source if marked is not None else shown  # as the view will show it
    return replies, turn, marked


def _read_one(assistant: Assistant, question: str, previous: Turn | None, chosen: list[str],
              always_understood: bool = False, shown: str | None = None) -> tuple[list[dict], Turn, Answer | None]:
    """`read_question` for one question; its reply says how it was understood where a follow-up was rewritten or a
    word spelt, or `always_understood` (a part of several questions typed as one, so that each reply says which)."""
    if (courtesy := courtesy_reply(question)) is not None:  # "hello", "thanks!": no question, and the turn stays
        return [{"role": "assistant", "content": courtesy}], previous, None
    if assistant.asked_in_another_language(question):  # not spelt as English words: "¿Quinn dio la rued de prensa?"
        return [error_message(ANOTHER_LANGUAGE)], previous, None
    if reads_as_a_passage(question):  # a paragraph pasted: answered with a fragment of it (31 %) as if it asked something
        return [error_message(PASTED_PASSAGE)], previous, None
    # Resolved as meant: "thanks! and why?" is the bare "And why?", "what about moscow?" names Moscow.
    meant = assistant.as_meant(question)
    resolved = resolve_followup(meant, previous)
    # A question not read leaves "Tell me more" where it was: it still reads on from the turn before.
    refused = resolved.read_on_from or resolved.turn(Answer(resolved.question, "", False, 0.0))
    if not chosen:
        return [error_message("Choose at least one article to ask.")], refused, None
    if resolved.unresolved == (meant.strip(),):
        # "When?" or "And Khorev?" first, after a cleared chat too: read as written, it had been answered
        # ("May 2025") as if it asked something. It asks nothing the article could answer.
        if not asks_for_more(meant):
            nothing = "Nothing was asked before for “{}” to refer back to"
        elif previous is not None and previous.question.strip():  # not "nothing", where earlier ones were (the chat user's)
            nothing = "The question before was not answered, so there is nothing for “{}” to go on from"
        else:
            nothing = "Nothing was answered before for “{}” to go on from"
        return [error_message(f"{nothing.format(question.strip())}: {ASK_A_WHOLE_QUESTION}.")], refused, None
    # "What is this article about?", "What's the headline?" among several: the one shown beside the chat (just added, or
    # the last answer's), where the closest by retrieval had answered.
    if shown in chosen and asks_of_this_one(resolved.question):
        chosen = [shown]
    try:
        answer = ask_resolved(assistant, resolved, previous, top_k=TOP_K, sources=chosen)
    except (QuestionError, ValueError) as error:
        return [error_message(str(error))], refused, None
    except Exception as error:  # a fault of ours: said in the chat, or the question would stay waiting, read again at each reload
        traceback.print_exc()
        return [error_message(f"This question could not be read ({type(error).__name__}: {error}).")], refused, None
    # "What are these articles about?", "Which articles mention Mill Lane?": a reply each (`turn_of_each`).
    answers = answers_of_each(assistant, resolved, answer, chosen)
    answer, *others = answers
    # Shown: the question with its references replaced or its misspelt words spelt right, not the context added for
    # retrieval; not for courtesies or capitals alone.
    rewritten = always_understood or resolved.question != meant or assistant.spelt(question) != question \
        or question_after_context(question) != question  # the question asked after the user's situation told
    understood_as = resolved.question if rewritten else None
    context = resolved.context
    # Read on to the article's end ("Tell me more", "What else?" of what it is about): said so, not every answer given.
    read_to_end = not answer.answered and goes_on(resolved, previous)
    given = [] if read_to_end else [assistant.answer_as_read(given) for given in resolved.given]
    reply = render.render_reply(answer, len(chosen), understood_as, resolved.unresolved, previous is not None, context,
                                bool(previous and previous.answer_in_context), assistant.answer_as_read(answer),
                                given, assistant.text_as_read, previous.read_with if previous and context else None,
                                () if answer.answered else assistant.not_mentioned(resolved.asked, chosen), read_to_end,
                                [name for name in assistant.articles if name not in chosen], assistant.table_header_over)
    replies = reply_messages(reply) + [message for other in others for message in reply_messages(render.render_reply(
        other, len(chosen), shown_answer=assistant.answer_as_read(other), read_as=assistant.text_as_read,
        header_over=assistant.table_header_over))]
    lacking, unasked = left_of_each(resolved, answers, chosen)
    if lacking or unasked:  # a reply for each article, and a word for those it leaves out
        replies.append({"role": "assistant", "content": render.render_left_of_each(resolved.question, lacking, unasked)})
    return replies, turn_of_each(resolved, answers), answers[-1]


def build_app(assistant: Assistant, only_public_addresses: bool = False) -> gr.Blocks:
    """The chat app over `assistant` (shared by every browser session), with its queue set up.
    `only_public_addresses`: web pages are added only from public addresses (a chat open to others)."""

    def article_view(name: str | None, answer: Answer | None = None) -> str:
        if name not in assistant.index.articles:
            return ""
        article = assistant.index.articles[name]
        return render.render_article(name, article.text, answer, article.page_starts, assistant.text_as_read)

    def show(name: str | None, answer: Answer | None = None):
        """The article chooser set to `name`, and the view of that article with `answer` marked."""
        return gr.update(choices=assistant.articles, value=name), article_view(name, answer)

    def show_chosen_article(name: str, conversation: Conversation) -> str:
        """The article the reader picked, with the latest answer marked if it came from there."""
        return article_view(name, conversation.latest_answer())

    def take_question(question: str, conversation: Conversation):
        """Show the question and the thinking status at once; the answer comes in the next step.
        The browser emptied the box as it sent (`EMPTY_QUESTION_BOX`); a question refused for its
        length goes back into it, to be shortened."""
        if not question.strip():
            return gr.skip(), gr.skip()
        try:
            clean_question(question)
        except QuestionError as error:
            conversation.note(error_message(str(error)), question_message(shortened(question)))
            return question, conversation.messages()
        conversation.ask(question, question_message(question))
        return gr.skip(), conversation.messages()

    def retry(conversation: Conversation):
        """Drop the latest reply and ask its question again. With no question asked, say so once (it had done nothing
        and said nothing); with the latest still being read, its answer is on its way."""
        if conversation.retry() or conversation.note_once_if_nothing_asked(NOTHING_TO_RETRY):
            return conversation.messages()
        return gr.skip()

    def answer_waiting(conversation: Conversation, chosen: list[str], shown_name: str | None):
        """Read the earliest waiting question of this chat, and show the chat and the answer's article."""
        return read_waiting(conversation, chosen, shown_name)[0]

    def read_waiting(conversation: Conversation, chosen: list[str], shown_name: str | None):
        """`answer_waiting`'s outputs, and the article then shown."""
        with conversation.reading:
            exchange = conversation.next_waiting()
            if exchange is None:  # cleared meanwhile
                return (conversation.messages(), gr.skip(), gr.skip()), shown_name
            reply, turn, answer = read_question(assistant, exchange.question, conversation.previous_turn(exchange), chosen,
                                                shown_name)
            kept = conversation.reply(exchange, reply, turn)
        if answer is None or not kept:  # nothing to mark, or Clear came first
            return (conversation.messages(), gr.skip(), gr.skip()), shown_name
        name = answer_article(answer) or chosen[0]
        return (conversation.messages(), *show(name, answer)), name

    def answer_restored(conversation: Conversation, chosen: list[str], shown_name: str | None):
        """Read the questions a reloaded page had sent but not seen answered, one by one, in the order asked
        (none waiting: the chat as restored), each after the article the one before it showed."""
        while True:
            outputs, shown_name = read_waiting(conversation, chosen, shown_name)
            yield outputs
            if conversation.next_waiting() is None:
                return

    def save_chat(conversation: Conversation) -> list[dict]:
        """The chat as the browser keeps it for a reload (see SAVE_IN_ORDER)."""
        return conversation.to_list()

    def unmarked(name: str | None):
        """The article being read stays shown, the cleared answer no longer marked in it."""
        return show(name if name in assistant.index.articles else assistant.articles[0])

    def clear_shown(conversation: Conversation, article_shown: str | None, shown: list[dict] | None):
        """Clear what the page showed as Clear was pressed, not a question sent just after it."""
        conversation.clear(len(shown or []))
        return conversation.messages(), *unmarked(article_shown)

    def answer_article(answer: Answer) -> str | None:
        """The article to show beside an answer: its own, or that of its closest passage."""
        return answer.source or (answer.citations[0].source if answer.citations else None)

    def restore_chat(saved: list[dict], conversation: Conversation):
        """A reloaded page shows the chat it had (kept in the browser), its latest answer marked."""
        conversation.restore(saved)
        latest = conversation.latest_answer()
        name = answer_article(latest) if latest else None
        if name not in assistant.index.articles:  # nothing to mark, or an article no longer loaded
            return conversation.messages(), gr.skip(), gr.skip()
        return conversation.messages(), *show(name, latest)

    def latest_results(statuses: list[str], result: str) -> str:
        """The status line: `result` above the page's latest earlier ones (kept in `statuses`)."""
        statuses.insert(0, result)
        del statuses[STATUS_LINES:]
        return "\n\n".join(statuses)

    naming = threading.Lock()
    being_added: dict[str, str] = {}  # the articles still being indexed: their sha256 by name
    # The loaded articles that one being added, or added and not yet unticked for (untick_earlier_versions), is another
    # version of, by its name: an edited file added again had been asked beside its earlier text, their answers at odds.
    versions_before: dict[str, list[str]] = {}
    # Each article added as another version of loaded ones, with their names: left unticked on every page from then on
    # (a new page had ticked the earlier version beside it, and answered from it: a chat user's).
    earlier_versions_of: dict[str, list[str]] = {}

    def numbered_unless_loaded(article: Article, before: list[str]) -> Article:
        """`article`, numbered when its name is taken (loaded or being added), its earlier versions `before` kept for
        untick_earlier_versions; refused when its text is."""
        texts = {a.name: a.sha256 for a in assistant.index.articles.values()} | being_added
        same_text = next((name for name, sha256 in texts.items() if sha256 == article.sha256), None)
        if same_text:
            where = "being added already" if same_text in being_added else "already loaded"
            if same_text == article.name:
                raise ArticleError(f"{article.name} is {where}")
            # Under a name another article holds ("notes.txt" pasted again, loaded as "notes (3).txt"), the
            # name is not this text's: "notes.txt is already loaded" had named the other article.
            named = "This text" if article.name in texts else article.name
            raise ArticleError(f"{named} is {where}, as {same_text}")
        numbered = replace(article, name=untaken(article.name, [*assistant.articles, *being_added]))
        versions_before[numbered.name] = before
        if before:  # before it is loaded, so that no page's timer offers it without unticking them (the review's)
            earlier_versions_of[numbered.name] = before
        return numbered

    def add_article(read_article, statuses: list[str], progress: gr.Progress):
        """Read an article with `read_article` and index it: (the status lines, article chooser,
        article view, its name as added or None), the chooser and view showing the article once added. The status keeps the
        latest few results, so that additions that overlap each show theirs. An article of a name
        taken is numbered ("notes (2).txt"), as `Assistant.add_article` numbers files."""
        progress(0.0, desc="Reading the article")
        try:
            article = read_article()
            # the texts compared outside the lock: a 2 MB text against four of its name had held every page's adds 2.4 s
            before = earlier_versions(article, list(assistant.index.articles.values()))
            with naming:
                article = numbered_unless_loaded(article, before)
                being_added[article.name] = article.sha256
            try:
                progress(0.0, desc=f"Indexing {article.name}: splitting it into passages")
                # "Embedding X: 64 of 907 passages and lines", beside the share of them done (7.1%): embedding is
                # most of the time taken, and a share of the whole had read as the wrong sum (38.8% for 64 of 200).
                said = {"latest": ""}
                assistant.add_article(article, log=lambda message: said.update(latest=message),
                                      progress=lambda share: progress(share, desc=said["latest"]))
            except BaseException:
                with naming:
                    versions_before.pop(article.name, None)
                    earlier_versions_of.pop(article.name, None)
                raise
            finally:
                with naming:
                    del being_added[article.name]
        except (ArticleError, ValueError) as error:
            return latest_results(statuses, render.render_error(str(error))), gr.skip(), gr.skip(), None
        passages = sum(1 for chunk in assistant.index.chunks if chunk.source == article.name)
        added = (f"Added **{render.escape_text(article.name)}** ({passages} passage{'' if passages == 1 else 's'}). "
                 "Questions now go to the ticked articles.")
        if before := [name for name in versions_before.get(article.name, []) if name in assistant.index.articles]:
            added += (f" It reads as a new version of {render.escape_text(' and '.join(before))}, which"
                      f" {'is' if len(before) == 1 else 'are'} unticked so that answers do not mix the two"
                      f" (tick {'it' if len(before) == 1 else 'them'} to ask both).")
        if note := unlike_english(article.text):
            added += f" ⚠ It {render.escape_text(note)}."
        return latest_results(statuses, added), *show(article.name), article.name

    def add_uploaded_article(path: str | None, statuses: list[str], progress=gr.Progress()):
        if path is None:
            return gr.skip(), gr.skip(), gr.skip(), None
        return add_article(lambda: article_from_upload(path), statuses, progress)

    def refuse_oversized_upload(report: str, statuses: list[str]):
        """The status line saying why the page kept an upload back (see REFUSE_OVERSIZED_UPLOADS)."""
        try:
            return latest_results(statuses, render.render_error(oversized_upload_message(report)))
        except ValueError:  # not from the page's own check
            return gr.skip()

    added_pastes: set[str] = set()  # the sha256 of each text pasted that is loaded (added, or refused as loaded already)

    def add_pasted_article(text: str, statuses: list[str], progress=gr.Progress()):
        pasted: list[Article] = []  # the article it reads as, once read (under add_article's progress line)

        def read_paste() -> Article:
            pasted.append(article_from_paste(text))
            return pasted[0]

        result = add_article(read_paste, statuses, progress)
        if pasted and any(article.sha256 == pasted[0].sha256 for article in assistant.index.articles.values()):
            added_pastes.add(hashlib.sha256(text.encode("utf-8")).hexdigest())
        return result

    added_addresses: set[str] = set()

    def add_web_article(address: str, statuses: list[str], progress=gr.Progress()):
        progress(0.02, desc="Fetching the web page")
        try:
            fetched = article_from_address(address, only_public_addresses)
        except ArticleError as error:
            return latest_results(statuses, render.render_error(str(error))), gr.skip(), gr.skip(), None
        result = add_article(lambda: fetched, statuses, progress)
        if fetched.text in (a.text for a in assistant.index.articles.values()):
            added_addresses.add(address)
        return result

    def clear_added_address(address: str):
        """Empty the address box once its page is loaded (added, or refused as loaded already); one refused
        otherwise, or one typed since, stays."""
        return "" if address in added_addresses else gr.skip()

    def clear_added_paste(text: str):
        """Empty the paste box once its text is loaded (added, or refused as loaded already); one refused
        otherwise, or text pasted since, stays. Told by the article it read as (a page's text is not its source),
        when it was added: read again here, a large paste had emptied late, the page laid out again under the reader."""
        return "" if hashlib.sha256(text.encode("utf-8")).hexdigest() in added_pastes else gr.skip()

    def untick_earlier_versions(added: str | None, seen: list[str], unticked: list[str]):
        """Untick, on the page that added it, the earlier versions of the article `added` (None: none added); the
        ticks updated here as tick_new_articles would, as the timer may have offered the new article meanwhile."""
        with naming:
            before = [name for name in versions_before.pop(added, []) if name in assistant.index.articles]
        if not before:
            return gr.skip(), gr.skip(), seen, unticked, gr.skip()
        unticked = [*unticked, *(name for name in before if name not in unticked)]
        return *ticks_now(unticked), unticked, unticked

    def remember_unticked(chosen: list[str], seen: list[str]) -> tuple[list[str], list[str]]:
        """The articles the reader has unticked, kept on the server: what any later update of the
        ticks starts from, so that no update built from an older copy of the ticks undoes another;
        and in the browser, to untick them again after a reload."""
        unticked = [name for name in seen if name not in chosen]
        return unticked, unticked

    def tick_new_articles(seen: list[str], unticked: list[str]):
        """Offer and tick the articles this page has not offered yet (added here, or from other
        pages: this also runs every few seconds), leaving unticked what the reader unticked, and unticking the earlier
        versions of those new ones that are another's (`superseded`)."""
        new = [name for name in assistant.articles if name not in seen]
        if not new:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        unticked = [*unticked, *(name for name in superseded(new) if name not in unticked)]
        return *ticks_now(unticked), unticked, unticked

    def superseded(names: list[str]) -> list[str]:
        """The loaded articles that those `names` were added as new versions of."""
        with naming:
            return [before for name in names for before in earlier_versions_of.get(name, []) if before in assistant.index.articles]

    def ticks_now(unticked: list[str]):
        """The article chooser offering every article, ticked but for those `unticked`; the article shown's choices; and
        the articles now offered."""
        articles = list(assistant.articles)
        ticked = [name for name in articles if name not in unticked]
        return gr.update(choices=articles, value=ticked), gr.update(choices=articles), articles

    def current_articles(saved_unticked: list[str]):
        """A new page sees articles that other sessions added since the app started, ticked but for
        those a reloaded page had unticked (of them, those still loaded) and earlier versions of others (`superseded`); it
        may tick them from now on."""
        articles = list(assistant.articles)
        earlier = superseded(articles)
        unticked = [name for name in articles if isinstance(saved_unticked, list) and name in saved_unticked or name in earlier]
        ticked = [name for name in articles if name not in unticked]
        return gr.update(choices=articles, value=ticked, interactive=True), gr.update(choices=articles), articles, unticked

    def ask_api(question: str, articles: list[str] | None = None) -> dict:
        """Answer a question from the articles (all of them when `articles` is empty): Answer.to_dict()."""
        try:
            return assistant.ask(question, top_k=TOP_K, sources=articles or None).to_dict()
        except (QuestionError, ValueError) as error:
            raise gr.Error(str(error)) from None

    with gr.Blocks(title="Article QA", analytics_enabled=False) as app:
        # Each page's state is a copy of these, made on first use: never a function, which Gradio would also
        # call as the page loads, replacing what a question sent as it opened had put there.
        conversation = gr.State(Conversation())  # this page's chat
        saved_chat = gr.BrowserState([], storage_key=CHAT_STORAGE_KEY)  # the chat again after a reload
        saved_unticked = gr.BrowserState([], storage_key=UNTICKED_STORAGE_KEY)  # and its ticks
        seen = gr.State([])  # the articles this page has offered, so that each new one is ticked once
        unticked = gr.State([])  # the articles the reader unticked (see remember_unticked)
        statuses = gr.State([])  # this page's results of adding articles, newest first
        added_here = gr.State(None)  # the name of the article this page added last, for untick_earlier_versions
        gr.Markdown("## Ask the article\nAnswers are copied from the article, with the passages they come from.")
        with gr.Row():
            with gr.Column(scale=3):
                # No "share" button: it shares to Hugging Face Spaces, and has no name a screen reader could say.
                # No "Chat" label: Gradio lays it over the messages, where it hid a scrolled message's first words.
                chatbot = gr.Chatbot(label="Chat", show_label=False, height=BOX_HEIGHT, latex_delimiters=[], buttons=["copy", "copy_all"],
                                     elem_id="chat")
                with gr.Row():
                    # A label, though not shown: it is what a screen reader calls the box.
                    question_box = gr.Textbox(label="Question", placeholder="Ask a question about the article…",
                                              show_label=False, scale=5, elem_id="question")
                    ask_button = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                with gr.Row():
                    retry_button = gr.Button("Retry", size="sm", elem_id="retry")
                    clear_button = gr.Button("Clear", size="sm", elem_id="clear")
                examples = gr.Examples([[q] for q in SEED_EXAMPLES], inputs=[question_box], label="Example questions") \
                    if SEED_ARTICLE.name in assistant.articles else None
            with gr.Column(scale=2):
                # Not to be ticked until the page has its ticks (current_articles): ticks changed before, over a slow link,
                # were put back by them, the question then asked of articles unticked.
                chosen = gr.CheckboxGroup(assistant.articles, value=assistant.articles, label="Ask these articles", show_select_all=True,
                                          interactive=False, elem_id="articles")
                upload = gr.UploadButton(f"Add an article ({suffix_list('or')})", size="sm", elem_id="upload")
                oversized = gr.Textbox(label="Upload too big", visible="hidden", elem_id="oversized-upload")
                with gr.Accordion("Or paste an article", open=False, elem_id="paste-panel"):
                    pasted = gr.Textbox(label="Article text", show_label=False, lines=6, max_lines=12, elem_id="paste",
                                        placeholder="Paste the article's text here; its first line names it.")
                    paste_button = gr.Button("Add the pasted article", size="sm", elem_id="add-pasted")
                with gr.Accordion("Or add a web page", open=False, elem_id="web-panel"):
                    address = gr.Textbox(label="Web address", show_label=False, max_lines=1, elem_id="address",
                                         placeholder="The article's web address: https://…")
                    address_button = gr.Button("Add the web page", size="sm", elem_id="add-address")
                upload_status = gr.Markdown(elem_id="upload-status", min_height=56)  # room for the progress line
                shown = gr.Dropdown(assistant.articles, value=assistant.articles[0], label="Article shown", elem_id="shown")
                article = gr.HTML(article_view(assistant.articles[0]), css_template=ARTICLE_CSS, elem_id="article")

        def saved_after(event):
            """`event`, the chat saved after it, the questions waiting included: by save_chat alone (see SAVE_IN_ORDER)."""
            event.then(save_chat, [conversation], [saved_chat], **SAVE_IN_ORDER).then(
                None, [saved_chat], js=KEEP_SENT_UNTIL_SAVED, queue=False, show_progress="hidden")
            return event

        # "multiple": a question sent while another is read is taken too (Gradio drops it by default).
        chat_outputs = [chatbot, shown, article]
        # An example question, once in the box, is asked as if sent (chat audit: a click had only filled the box).
        for trigger in (question_box.submit, ask_button.click, *([examples.load_input_event.then] if examples else [])):
            taken = saved_after(trigger(take_question, [question_box, conversation], [question_box, chatbot],
                                        js=EMPTY_QUESTION_BOX, queue=False, trigger_mode="multiple"))
            saved_after(taken.then(answer_waiting, [conversation, chosen, shown], chat_outputs, trigger_mode="multiple")).then(
                None, js=SCROLL_TO_ANSWER)
        retried = saved_after(retry_button.click(retry, [conversation], [chatbot], queue=False, trigger_mode="multiple"))
        saved_after(retried.then(answer_waiting, [conversation, chosen, shown], chat_outputs, trigger_mode="multiple")).then(
            None, js=SCROLL_TO_ANSWER)
        saved_after(clear_button.click(clear_shown, [conversation, shown, chatbot], chat_outputs, queue=False))
        # Adding shows its progress on the status line only, and the ticks are read after it is done.
        ticks = [chosen, shown, seen]
        unticking = [*ticks, unticked, saved_unticked]
        upload.upload(add_uploaded_article, [upload, statuses], [upload_status, shown, article, added_here], show_progress_on=[upload_status],
                      trigger_mode="multiple").then(untick_earlier_versions, [added_here, seen, unticked], unticking, queue=False).then(
                          tick_new_articles, [seen, unticked], unticking, queue=False).then(
                          None, js=SHOW_ADDED_ARTICLE).then(None, js=SHOW_STATUS)
        for trigger in (upload.upload, paste_button.click, address_button.click, address.submit):
            trigger(None, js=SHOW_STATUS, queue=False)
        oversized.change(refuse_oversized_upload, [oversized, statuses], [upload_status], queue=False, show_progress="hidden")
        paste_button.click(add_pasted_article, [pasted, statuses], [upload_status, shown, article, added_here], show_progress_on=[upload_status],
                           trigger_mode="multiple").then(untick_earlier_versions, [added_here, seen, unticked], unticking, queue=False).then(
            tick_new_articles, [seen, unticked], unticking, queue=False).then(
            None, js=SHOW_ADDED_ARTICLE).then(clear_added_paste, [pasted], [pasted], queue=False).then(None, js=SHOW_STATUS)
        for trigger in (address_button.click, address.submit):
            trigger(add_web_article, [address, statuses], [upload_status, shown, article, added_here], show_progress_on=[upload_status],
                    trigger_mode="multiple").then(untick_earlier_versions, [added_here, seen, unticked], unticking, queue=False).then(
                tick_new_articles, [seen, unticked], unticking, queue=False).then(
                None, js=SHOW_ADDED_ARTICLE).then(clear_added_address, [address], [address], queue=False).then(None, js=SHOW_STATUS)
        gr.Timer(NEW_ARTICLES_EVERY_S).tick(tick_new_articles, [seen, unticked], unticking, queue=False, show_progress="hidden")
        shown.input(show_chosen_article, [shown, conversation], [article], queue=False).then(None, js=SCROLL_TO_ANSWER)
        chosen.input(remember_unticked, [chosen, seen], [unticked, saved_unticked], queue=False, trigger_mode="always_last")
        restored = app.load(current_articles, [saved_unticked], [chosen, shown, seen, unticked], queue=False).then(
            restore_chat, [saved_chat, conversation], [chatbot, shown, article], queue=False)
        restored.then(None, js=SCROLL_TO_ANSWER)  # the last answer, marked again, scrolled to as when it came
        restored.then(None, [saved_chat], js=PUT_BACK_SENT_UNSAVED, queue=False)
        saved_after(restored.then(answer_restored, [conversation, chosen, shown], chat_outputs)).then(None, js=SCROLL_TO_ANSWER)
        app.load(None, js=ANNOUNCE_STATUS)
        app.load(None, js=REFUSE_OVERSIZED_UPLOADS)
        app.load(None, js=DISCLOSE_TOGGLES)
        app.load(None, js=TICK_ALL_BY_ITS_BOX)
        app.load(None, js=COPY_AS_SHOWN)
        app.load(None, js=NAME_MESSAGES_AS_SHOWN)
        # The API is /ask alone (README). The page's own events had been listed beside it on "Use via API", some thirty
        # (/take_question, /save_chat_1…), each described by its docstring: private, they are neither listed nor
        # called by API clients, and the page still calls them.
        for event in app.fns.values():
            event.api_visibility = "private"
        gr.api(ask_api, api_name="ask")
    app.queue(default_concurrency_limit=CONCURRENCY_LIMIT, max_size=QUEUE_SIZE)
    return app


def ensure_port_free(host: str, port: int) -> None:
    """Raises ValueError, saying why, when the chat could not listen on host:port."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        if os.name == "posix":  # as the server binds: connections a stopped chat closed may linger on the port a minute
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            # Only a port taken or reserved is the port's fault; else the host is none of this machine's addresses.
            remedy = "choose another --port" if error.errno in (errno.EADDRINUSE, errno.EACCES) else \
                f"{host} cannot be listened on here: choose another --host, such as 127.0.0.1"
            raise ValueError(f"cannot serve the chat on {host}:{port} ({error.strerror or error}); {remedy}") from None


def launch(assistant: Assistant, host: str = "127.0.0.1", port: int = 7860, share: bool = False) -> None:
    """Serve the chat until interrupted."""
    build_app(assistant, only_public_addresses=not serves_only_this_machine(host, share)).launch(server_name=host, server_port=port, share=share, max_file_size=MAX_UPLOAD_BYTES,
                                ssr_mode=False, footer_links=["api"], css=PAGE_CSS, theme=THEME, head=KEEP_CHAT_PER_TAB)
