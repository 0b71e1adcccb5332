"""Reading articles: what is refused (with a message naming the file) and what is kept verbatim."""
from __future__ import annotations

import codecs
import os
import re
import threading
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index import articles
from index.articles import (MAX_ARTICLE_BYTES, MAX_CONVERTED_FILE_BYTES, Article, ArticleError, load_article, load_articles, untaken,
                            parse_article, safe_name)


@pytest.mark.parametrize("hostile, expected", [
    ("../../x.txt", "x.txt"),
    ("..\\..\\x.txt", "x.txt"),
    ("C:\\Users\\me\\x.txt", "x.txt"),  # the whole path an old browser sent from Windows
    ("\\\\server\\share\\x.txt", "x.txt"),
    ("uploads/.\\x.txt", "x.txt"),
    ("/etc/cron.d/x.txt", "x.txt"),
    ("uploads/../../../root/.ssh/notes.md", "notes.md"),
    ("evil\u202etxt.md", "eviltxt.md"),  # a right-to-left override cannot disguise the extension
    ("x\x1b[31m.txt", "x[31m.txt"),  # no terminal escape codes reach a log line
    ("  spaced.txt  ", "spaced.txt"),
])
def test_hostile_names_are_reduced_to_a_safe_base_name(hostile, expected):
    assert safe_name(hostile) == expected
    assert parse_article(hostile, b"Some words.").name == expected


@given(st.text(max_size=60))
@settings(max_examples=100, deadline=None)
def test_a_safe_name_never_has_a_folder_or_control_character(name):
    base = safe_name(name)
    assert "/" not in base and safe_name(base) == base  # nor a backslash that reads as a Windows folder's
    assert not any(unicodedata.category(ch).startswith("C") for ch in base)


@pytest.mark.parametrize("name", ["a\\b.txt", "notes\\u200b.txt", "x\\.txt", "x\\..txt"])
def test_a_linux_file_name_keeps_its_backslash(name, tmp_path):
    """A backslash is a character like any other in a Linux file's name: the article had been named from after it
    ("u200b.txt"), as if it were a Windows folder's."""
    (tmp_path / name).write_text("Some words.")
    assert load_article(tmp_path / name).name == name
    assert safe_name(f"uploads/{name}") == name


def test_path_traversal_name_that_is_nothing_but_folders_is_refused():
    with pytest.raises(ArticleError, match="only .txt, .md, .html, .pdf and .docx"):
        parse_article("../../", b"Some words.")


@pytest.mark.parametrize("name", ["x.rtf", "x.doc", "x.exe", "x", "x.txt.exe", ".txt"])
def test_wrong_extension_is_refused_naming_the_file(name):
    with pytest.raises(ArticleError) as error:
        parse_article(name, b"Some words.")
    assert "only .txt, .md, .html, .pdf and .docx articles are supported" in str(error.value)
    assert str(error.value).startswith(safe_name(name) or "(unnamed file)")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_behind_its_byte_order_mark_is_read(encoding):
    text = "Le café est fermé. Der Bäcker öffnet um 6:40."
    data = text.encode(encoding)
    if encoding != "utf-16":  # "utf-16" writes its own mark
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    assert parse_article("notes.txt", data).text == text


def test_a_web_page_saved_as_utf16_behind_its_byte_order_mark_is_read():
    page = ('<html><head><meta charset="utf-16"></head><body><article><p>Le café est fermé, said the owner, '
            "on Tuesday.</p></article></body></html>")
    assert parse_article("cafe.html", page.encode("utf-16")).text == "Le café est fermé, said the owner, on Tuesday."
    with pytest.raises(ArticleError, match=r"^cafe\.html: not UTF-16 text after its byte order mark"):
        parse_article("cafe.html", codecs.BOM_UTF16_LE + "Words".encode("utf-16-le") + b"\x00\xdc")


def test_utf16_that_breaks_off_is_refused_naming_the_file():
    with pytest.raises(ArticleError, match=r"^notes\.txt: not UTF-16 text after its byte order mark \(bad byte at position \d+\)$"):
        parse_article("notes.txt", codecs.BOM_UTF16_LE + "Words".encode("utf-16-le") + b"\x00\xdc")  # a lone low surrogate


def test_over_the_size_limit_is_refused_naming_the_file_and_the_limit():
    with pytest.raises(ArticleError, match=r"^big\.txt: 2,000,001 bytes is over the 2,000,000-byte limit for an article$"):
        parse_article("big.txt", b"a" * (MAX_ARTICLE_BYTES + 1))
    assert parse_article("fits.txt", b"a" * MAX_ARTICLE_BYTES).text == "a" * MAX_ARTICLE_BYTES


def test_utf16_text_is_limited_by_its_text_not_by_its_two_bytes_a_letter():
    text = "The talks resumed in Geneva. " * 37_758  # 1,094,982 characters: 2.2 MB as UTF-16
    assert parse_article("long.txt", text.encode("utf-16")).text == text
    with pytest.raises(ArticleError, match=r"^big\.txt: its text \(2,000,001 bytes\) is over the 2,000,000-byte limit for an article$"):
        parse_article("big.txt", ("a" * (MAX_ARTICLE_BYTES + 1)).encode("utf-16"))


def test_a_text_file_too_large_for_any_text_within_the_limit_is_refused_from_its_size():
    with pytest.raises(ArticleError, match=r"^huge\.md: 10,000,001 bytes is over the 10,000,000-byte limit for a text file$"):
        parse_article("huge.md", b"a" * (MAX_CONVERTED_FILE_BYTES + 1))


def test_load_article_refuses_a_file_from_its_size_before_reading_it(tmp_path, monkeypatch):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as file:
        file.truncate(MAX_CONVERTED_FILE_BYTES + 1)  # sparse: no disk taken
    monkeypatch.setattr(articles, "parse_article", lambda *args, **kwargs: pytest.fail("the whole file was read"))
    with pytest.raises(ArticleError, match=rf"^{re.escape(str(huge))}: 10,000,001 bytes is over the 10,000,000-byte limit for a text file$"):
        load_article(huge)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # an image renamed to .txt
    b"PK\x03\x04\x14\x00\x00\x00",  # a zip (or .docx)
    "words and then a NUL\x00".encode(),
])
def test_binary_content_is_refused_naming_the_file(data):
    with pytest.raises(ArticleError, match=r"^photo\.txt: looks binary"):
        parse_article("photo.txt", data)


def test_non_utf8_is_refused_naming_the_file_and_the_byte():
    latin1 = "Café au lait.".encode("latin-1")
    with pytest.raises(ArticleError, match=r"^menu\.txt: not UTF-8 text \(bad byte at position 3\); save it as UTF-8$"):
        parse_article("menu.txt", latin1)


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\xef\xbb\xbf", codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_an_empty_article_is_refused_naming_the_file(data):
    with pytest.raises(ArticleError, match=r"^empty\.md: is empty \(no words to answer from\)$"):
        parse_article("empty.md", data)


@pytest.mark.parametrize("text", ["?!?", "— … ¡¿ !!", "\n  ***  \n"])
def test_an_article_without_words_is_refused_as_wordless_not_empty(text):
    with pytest.raises(ArticleError, match=r"^marks\.txt: has no words to answer from \(only punctuation or symbols\)$"):
        parse_article("marks.txt", text.encode())


def test_html_and_script_in_an_article_are_kept_verbatim():
    text = 'Before <script>alert("x")</script> and <b onclick="steal()">bold</b> &amp; after.\n'
    article = parse_article("page.txt", text.encode())
    assert article.text == text


def test_utf8_bom_is_dropped_but_nothing_else_changes():
    text = "Line one.\r\nLine two\u2028still two.\n\n\u00a0Trailing\u00a0"
    assert parse_article("x.txt", b"\xef\xbb\xbf" + text.encode()).text == text


@given(st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1).filter(lambda t: any(ch.isalnum() for ch in t)))
@settings(max_examples=100, deadline=None)
def test_any_utf8_text_with_a_word_is_read_back_exactly(text):
    if text.startswith("\ufeff"):
        text = "x" + text
    assert parse_article("any.txt", text.encode("utf-8")) == Article("any.txt", text)


def test_load_article_names_the_path_when_it_cannot_be_read(tmp_path):
    missing = tmp_path / "missing.txt"
    with pytest.raises(ArticleError, match=r"missing\.txt: cannot be read"):
        load_article(missing)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(ArticleError, match=r"folder\.txt: cannot be read"):
        load_article(folder)


def test_a_missing_path_is_said_to_be_missing_whatever_its_suffix(tmp_path):
    # A mistyped folder has no suffix: "only .txt … are supported" would send the user looking the wrong way.
    for missing in (tmp_path / "news", tmp_path / "notes.rtf"):
        with pytest.raises(ArticleError, match=rf"^{re.escape(str(missing))}: cannot be read \(No such file or directory\)$"):
            load_articles([missing])
    (tmp_path / "notes.rtf").write_text("words")
    with pytest.raises(ArticleError, match="only .txt, .md, .html, .pdf and .docx articles are supported"):
        load_articles([tmp_path / "notes.rtf"])


def test_a_link_that_leads_to_itself_or_a_name_over_the_limit_is_said_to_be_unreadable(tmp_path):
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    with pytest.raises(ArticleError, match=rf"^{re.escape(str(tmp_path))}/loop\.txt: cannot be read \(Too many levels of symbolic links\)$"):
        load_articles([tmp_path / "loop.txt"])  # had been a RuntimeError's traceback
    with pytest.raises(ArticleError, match=r": cannot be read \(File name too long\)$"):
        load_articles([tmp_path / ("x" * 5000 + ".txt")])


@pytest.mark.parametrize("path", ["", "  "])
def test_an_empty_path_is_refused_not_read_as_the_current_folder(tmp_path, monkeypatch, path):
    (tmp_path / "story.txt").write_text("A story.")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ArticleError, match="^an article path is empty; name a file or folder$"):
        load_articles([tmp_path / "story.txt", path])


@pytest.mark.parametrize("address", ["ftp://example.com/story.txt", "file:///tmp/story.txt", "FTP://example.com/"])
def test_an_address_that_is_not_fetched_is_named_as_given_not_as_a_missing_file(address):
    with pytest.raises(ArticleError, match=rf"^{re.escape(address)}: only http:// and https:// addresses are fetched; "):
        load_articles([address])


def test_load_article_cites_the_file_by_its_base_name(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "story.md").write_text("# Title\n\nA story.\n", encoding="utf-8")
    article = load_article(tmp_path / "sub" / ".." / "story.md")
    assert article.name == "story.md"
    assert article.text == "# Title\n\nA story.\n"


# A saved news page in its own character set, with everything around the story that is not the story.
NEWS_PAGE = """<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>Café talks | Example News</title>
<script>window.dataLayer = [];</script><style>body { font: 1em serif }</style></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<main><article><h1>Talks resume in the café district</h1>
<p>ISLAMABAD &mdash; The envoy met reporters at the Café Lumière on Tuesday &amp; spoke for an hour.</p>
<p>He said the next round of talks would be held in Geneva in March, after a pause of two years.</p>
<ul><li>Exchange of 1,000 prisoners</li><li>A joint working group</li></ul>
</article></main>
<aside><h3>Related</h3><ul><li><a href="/a">Markets rally</a></li><li><a href="/b">Storm warning</a></li></ul></aside>
<footer>&copy; 2025 Example News. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>"""


@pytest.mark.parametrize("name", ["talks.html", "talks.HTM"])
def test_a_web_page_becomes_the_text_of_its_story(name):
    article = parse_article(name, NEWS_PAGE.encode("latin-1"))
    assert article.name == name
    assert article.text.splitlines() == [
        "Talks resume in the café district",
        "ISLAMABAD — The envoy met reporters at the Café Lumière on Tuesday & spoke for an hour.",
        "He said the next round of talks would be held in Geneva in March, after a pause of two years.",
        "- Exchange of 1,000 prisoners",
        "- A joint working group",
    ]


def test_load_article_reads_a_saved_page(tmp_path):
    (tmp_path / "talks.html").write_bytes(NEWS_PAGE.encode("latin-1"))
    assert load_article(tmp_path / "talks.html") == parse_article("talks.html", NEWS_PAGE.encode("latin-1"))


@pytest.mark.parametrize("data", [b"", b"<html><head><script>track()</script></head><body>  </body></html>", b"<p>\xe2\x80\x94 \xe2\x80\xa6</p>"])
def test_a_page_without_words_is_refused_naming_the_file(data):
    with pytest.raises(ArticleError, match=r"^empty\.html: no article text found in the page$"):
        parse_article("empty.html", data)


def test_a_binary_file_named_html_is_refused_before_parsing():
    with pytest.raises(ArticleError, match=r"^photo\.html: looks binary"):
        parse_article("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_a_short_story_is_still_told_apart_from_the_page_around_it():
    page = (b"<html><body><nav><a href='/'>Home</a> <a href='/weather'>Weather</a></nav><article><p>The ferry "
            b"carried 300 passengers.</p></article><footer>All rights reserved.</footer></body></html>")
    assert parse_article("short.html", page).text == "The ferry carried 300 passengers."


def test_load_articles_tells_files_of_one_name_apart_and_reads_a_file_given_twice_once(tmp_path, monkeypatch):
    for folder in ("x/a", "y/a", "y/b"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "s.txt").write_text(f"From {folder}.")
    (tmp_path / "t.txt").write_text("Alone.")
    monkeypatch.chdir(tmp_path)
    articles = load_articles(["x/a/s.txt", "y/a/s.txt", "y/b/s.txt", "t.txt", "./y/b/../b/s.txt", tmp_path / "t.txt"])
    assert [(a.name, a.text) for a in articles] == [("x/a/s.txt", "From x/a."), ("y/a/s.txt", "From y/a."),
                                                   ("y/b/s.txt", "From y/b."), ("t.txt", "Alone.")]
    with pytest.raises(ArticleError, match=r"^missing\.txt: cannot be read"):  # named as given
        load_articles(["t.txt", "missing.txt"])


def test_files_whose_names_differ_only_in_what_a_safe_name_drops_are_numbered(tmp_path):
    # The pair reduces to one safe name, x.txt, in one folder: no folder can tell them apart.
    for name, words in [("x.txt", "Plain."), ("x\u200b.txt", "Zero-width.")]:
        (tmp_path / name).write_text(words)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.txt").write_text("Elsewhere.")
    paths = [tmp_path / "x.txt", tmp_path / "x\u200b.txt", tmp_path / "other" / "x.txt"]
    articles = load_articles(paths)
    folder = tmp_path.name
    assert [(a.name, a.text) for a in articles] == [
        (f"{folder}/x.txt", "Plain."), (f"{folder}/x (2).txt", "Zero-width."), ("other/x.txt", "Elsewhere.")]
    assert [a.name for a in load_articles(paths[:2])] == ["x.txt", "x (2).txt"]


def test_files_whose_names_differ_only_in_how_an_accent_is_encoded_are_numbered(tmp_path):
    composed, combining = unicodedata.normalize("NFC", "café.txt"), unicodedata.normalize("NFD", "café.txt")
    (tmp_path / composed).write_text("Composed.")
    (tmp_path / combining).write_text("Combining.")  # as macOS names files: shown just as the other
    articles = load_articles([tmp_path / composed, tmp_path / combining])
    assert [(a.name, a.text) for a in articles] == [(composed, "Composed."), ("café (2).txt", "Combining.")]
    assert untaken(combining, [composed]) == "café (2).txt"  # as an article added later is named (Assistant.add_article, the chat)
    assert untaken(combining, ["notes.txt"]) == combining


def test_a_folder_stands_for_the_articles_in_it_and_its_subfolders(tmp_path, monkeypatch):
    for path, words in [("news/b.txt", "Bee."), ("news/a.md", "Ay."), ("news/2024/report.txt", "Old."),
                        ("news/2025/report.txt", "New."), ("news/photo.jpg", "not an article"),
                        ("news/.git/notes.txt", "hidden"), ("news/.draft.txt", "hidden"), ("c.txt", "Sea.")]:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(words)
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news")  # not followed
    monkeypatch.chdir(tmp_path)
    articles = load_articles(["news", "c.txt", "news/a.md"])  # a.md given twice: read once
    assert [(a.name, a.text) for a in articles] == [("2024/report.txt", "Old."), ("2025/report.txt", "New."),
                                                   ("a.md", "Ay."), ("b.txt", "Bee."), ("c.txt", "Sea.")]
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "photo.jpg").write_text("x")
    with pytest.raises(ArticleError, match=r"^empty: a folder with no \.txt, \.md, \.html, \.pdf or \.docx articles in it$"):
        load_articles(["c.txt", "empty"])
    (tmp_path / "news" / "bad.txt").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ArticleError, match=r"^news/bad\.txt: "):  # a bad file in a folder is named by its path
        load_articles(["news"])


def test_the_lock_file_word_keeps_beside_an_open_document_is_left_out_of_its_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("The ferry leaves at six.")
    (tmp_path / "~$report.docx").write_bytes(b"\x05Alice" + b"\x00" * 156)  # Word's owner file: not a zip
    assert [a.name for a in load_articles([tmp_path])] == ["notes.txt"]


def test_a_named_pipe_is_refused_or_left_out_never_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # with no writer, reading it would wait forever
    (tmp_path / "story.txt").write_text("A story.")
    outcome = []

    def load():
        try:
            load_articles([tmp_path / "pipe.txt"])
        except ArticleError as error:
            outcome.append(str(error))
        outcome.append([a.name for a in load_articles([tmp_path])])

    loading = threading.Thread(target=load, daemon=True)
    loading.start()
    loading.join(60)
    assert not loading.is_alive(), "still waiting on the pipe a minute on"
    assert outcome == [f"{tmp_path / 'pipe.txt'}: cannot be read (not a file: a folder, named pipe or device)", ["story.txt"]]


def test_a_subfolder_that_cannot_be_listed_is_refused_naming_it_not_passed_over(tmp_path, monkeypatch):
    (tmp_path / "news" / "locked").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text("Ay.")
    (tmp_path / "news" / "locked" / "b.txt").write_text("Bee.")
    real_scandir = os.scandir

    def scandir(path):  # as a folder without read permission answers (the tests may run as root, who reads anything)
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(ArticleError, match=f"^{re.escape(str(tmp_path / 'news' / 'locked'))}: a folder that cannot be read \\(Permission denied\\)$"):
        load_articles([tmp_path / "news"])


def test_markdown_and_text_files_by_their_longer_suffixes_are_read(tmp_path):
    # ".markdown" and ".text" files in a folder had been skipped without a word (a review's)
    (tmp_path / "notes.markdown").write_text("# Notes\n\nThe **bridge** opened in 1932.\n")
    (tmp_path / "plain.text").write_text("The ferry runs hourly.\n")
    articles = {article.name: article for article in load_articles([tmp_path])}
    assert set(articles) == {"notes.markdown", "plain.text"}
    assert articles["notes.markdown"].is_markdown and not articles["plain.text"].is_markdown
