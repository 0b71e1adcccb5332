"""Loading articles: UTF-8 (or UTF-16) text or Markdown, kept exactly as written so offsets stay
true; a saved web page (HTML) becomes the text of its main content, a PDF or Word document the text
of its pages, and offsets point into that text."""
from __future__ import annotations

import bisect
import codecs
import errno
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")  # the last two skipped in a folder without a word (a review's)
MARKDOWN_SUFFIXES = (".md", ".markdown")
# Files whose text is taken out of them, by what each is called in messages.
CONVERTED_KINDS = {".html": "web page", ".htm": "web page", ".pdf": "PDF", ".docx": "Word document"}
SUFFIXES = TEXT_SUFFIXES + tuple(CONVERTED_KINDS)
NAMED_SUFFIXES = (".txt", ".md", ".html", ".pdf", ".docx")  # as people are told (".htm" is read too)


def suffix_list(conjunction: str) -> str:
    """The kinds of article read, for messages and labels: ".txt, .md, .html, .pdf and .docx"."""
    return f"{', '.join(NAMED_SUFFIXES[:-1])} {conjunction} {NAMED_SUFFIXES[-1]}"


SUPPORTED = suffix_list("and")
MAX_ARTICLE_BYTES = 2_000_000  # of article text, counted as UTF-8
# A file may take more bytes than its text: a web page, PDF or Word document has scripts, fonts and
# images, and UTF-16 takes two bytes for each English letter. So any article file may be this large
# as long as its text is within MAX_ARTICLE_BYTES; a larger one is refused from its size, unread.
MAX_CONVERTED_FILE_BYTES = 10_000_000
NO_WORDS = {"text file": "has no words to answer from (only punctuation or symbols)",
            "web page": "no article text found in the page",
            "PDF": "no text found in the PDF (a scanned PDF needs text recognition first)",
            "Word document": "no text found in the Word document"}
EMPTY_TEXT = "is empty (no words to answer from)"  # a text file of nothing, or of spaces only


class ArticleError(ValueError):
    """An article that cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class Article:
    name: str  # how answers cite it: the file name
    text: str
    page_starts: tuple[int, ...] = ()  # where each page's text starts, for an article with pages (a PDF)
    # The lines its document marks as headings (a web page's <h1>–<h6>, a Word document's heading styles), as
    # index/headings.py's `marked_line` writes them: headings whatever their neighbours.
    headings: frozenset[str] = frozenset()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def is_markdown(self) -> bool:
        """Whether its text is Markdown, whose inline markup its passages are read without (index/markup.py)."""
        return self.name.lower().endswith(MARKDOWN_SUFFIXES)

    @property
    def is_laid_out(self) -> bool:
        """Whether its text was read from a document's layout (a web page, a PDF, a Word document), a paragraph, list
        item or table row a line, none wrapped as a text file's prose may be (index/wrapping.py)."""
        return Path(self.name).suffix.lower() in CONVERTED_KINDS

    def page_at(self, offset: int) -> int | None:
        """The page (from 1) that holds the character at `offset`; None for an article without pages."""
        return bisect.bisect_right(self.page_starts, offset) if self.page_starts else None


# What reads as a Windows path (as an old browser sent an upload's name): a drive, a root or share, a "." or ".." folder.
WINDOWS_PATH = re.compile(r"^[a-z]:\\|^\\|^\.\.?\\|\\\.\.?(?:\\|$)", re.IGNORECASE)


def safe_name(name: str) -> str:
    """The base name of a file name that came from outside (an upload): no folders, and no control or
    format characters (which could fake an extension or write escape codes to a terminal), so `../../x.txt`
    becomes `x.txt`. A slash always separates folders; a backslash only in a Windows path (`C:\\x.txt`,
    `..\\x.txt`): a Linux file's name may hold one (`a\\b.txt`), which is no folder."""
    shown = "".join(ch for ch in str(name) if unicodedata.category(ch)[0] != "C")
    base = shown.rsplit("/", 1)[-1].strip()
    return base.rsplit("\\", 1)[-1].strip() if WINDOWS_PATH.search(base) else base


def parse_article(name: str, data: bytes, shown_as: str | None = None) -> Article:
    """An Article from raw bytes, refusing what is not readable text. `name` is reduced to a safe
    base name (see `safe_name`), which is how answers cite the article; errors name the file
    `shown_as` (a path, say), by default that name."""
    name = safe_name(name) or "(unnamed file)"
    shown = shown_as or name
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise ArticleError(f"{shown}: only {SUPPORTED} articles are supported")
    kind = article_kind(suffix)
    check_file_size(shown, len(data), kind)
    text, page_starts, headings = file_text(shown, data, kind)
    if (size := len(text.encode("utf-8"))) > MAX_ARTICLE_BYTES:
        # A UTF-16 or converted file's bytes are not its text's: say whose are counted.
        counted = f"{size:,} bytes" if size == len(data) else f"its text ({size:,} bytes)"
        raise ArticleError(f"{shown}: {counted} is over the {MAX_ARTICLE_BYTES:,}-byte limit for an article")
    if not has_words(text):
        raise ArticleError(f"{shown}: {EMPTY_TEXT if kind == 'text file' and not text.strip() else NO_WORDS[kind]}")
    return Article(name, text, page_starts, headings)


def has_words(text: str) -> bool:
    """Whether a text has anything to answer from: a letter or a digit."""
    return any(ch.isalnum() for ch in text)


def article_kind(suffix: str) -> str:
    """What a file of this (supported) suffix is called in messages: "text file", "PDF"…"""
    return CONVERTED_KINDS.get(suffix, "text file")


def check_file_size(shown: str, size: int, kind: str) -> None:
    """Refuses a file too large to be an article whatever its text (see MAX_CONVERTED_FILE_BYTES)."""
    if size > MAX_CONVERTED_FILE_BYTES:
        raise ArticleError(f"{shown}: {size:,} bytes is over the {MAX_CONVERTED_FILE_BYTES:,}-byte limit for a {kind}")


def file_text(shown: str, data: bytes, kind: str) -> tuple[str, tuple[int, ...], frozenset[str]]:
    """The text of a file of this kind, where its pages start (a PDF's; none for the others), and the lines its
    document marks as headings (a web page's, a Word document's; see `Article.headings`)."""
    if kind == "PDF":
        return *pdf_article_text(shown, data), frozenset()
    if kind == "text file":
        return plain_text(shown, data), (), frozenset()
    text, headings = (web_page_text if kind == "web page" else word_article_text)(shown, data)
    return text, (), headings


def utf16_text(name: str, data: bytes) -> str | None:
    """The text of a file in UTF-16 behind a byte order mark, as Windows saves "Unicode" text (the mark
    says so unambiguously); None for a file without one."""
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or data.startswith(codecs.BOM_UTF32_LE):
        return None
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{name}: not UTF-16 text after its byte order mark (bad byte at position {error.start})") from None


def plain_text(name: str, data: bytes) -> str:
    if (text := utf16_text(name, data)) is not None:
        return text
    if b"\x00" in data:
        raise ArticleError(f"{name}: looks binary (contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{name}: not UTF-8 text (bad byte at position {error.start}); save it as UTF-8") from None


def web_page_text(name: str, data: bytes) -> tuple[str, frozenset[str]]:
    from index.webpage import read_page

    if (text := utf16_text(name, data)) is not None:
        return read_page(text)
    if b"\x00" in data:
        raise ArticleError(f"{name}: looks binary (contains NUL bytes), not a web page")
    return read_page(data)


def pdf_article_text(name: str, data: bytes) -> tuple[str, tuple[int, ...]]:
    from index.pdf import PdfError, pdf_text

    try:
        return pdf_text(data, MAX_ARTICLE_BYTES)
    except PdfError as error:
        raise ArticleError(f"{name}: {error}") from None


def word_article_text(name: str, data: bytes) -> tuple[str, frozenset[str]]:
    from index.word import WordError, read_word

    try:
        return read_word(data)
    except WordError as error:
        raise ArticleError(f"{name}: {error}") from None


def load_articles(paths) -> list[Article]:
    """The articles of these files, and of the folders' files (see `articles_in`), a file named twice
    read once. Articles are cited by file name; files of one name in different folders are named by
    as much of their path as tells them apart (2024/report.pdf, 2025/report.pdf), and files whose
    names differ only in what a safe name leaves out (x.txt and x\u200b.txt in one folder) are
    numbered (x.txt, x (2).txt). A web address (http:// or https://) is fetched (`fetch_article`)."""
    return [article for article, _ in located_articles(paths)]


def located_articles(paths) -> list[tuple[Article, Path | str]]:
    """The articles `load_articles` reads, each with where it was read from: its file's resolved path, or
    the web address fetched (by which an assistant knows a file given to it again)."""
    from index.fetch import fetch_article, is_web_address

    given: dict[Path | str, Path | str] = {}  # resolved path, or address -> as given (which error messages name)
    for path in paths:
        if is_web_address(path):
            given.setdefault(path.strip(), path.strip())
            continue
        path = article_path(path)
        try:  # a link that leads back to itself, or a name over the system's limit
            for file in articles_in(path) if path.is_dir() else [path]:
                given.setdefault(file.resolve(), file)
        except (OSError, RuntimeError) as error:  # Python 3.11's resolve() raises RuntimeError for a link loop
            reason = getattr(error, "strerror", None) or os.strerror(errno.ELOOP)
            raise ArticleError(f"{path}: cannot be read ({reason})") from None
    articles = [fetch_article(p) if isinstance(p, str) else load_article(p) for p in given.values()]
    return list(zip(_numbered(_named_by_folder(articles, [p if isinstance(p, Path) else None for p in given])), given))


OTHER_ADDRESS = re.compile(r"(?!https?://)[a-z][a-z0-9+.-]*://", re.IGNORECASE)  # ftp://, file://… (http(s) is fetched)


def article_path(path: str | os.PathLike) -> Path:
    """`path` as a Path, refusing an empty string, which Path would read as the current folder, and
    an address that is not fetched, which Path would read as a missing file ("ftp:/host/a.txt")."""
    if isinstance(path, str) and not path.strip():
        raise ArticleError("an article path is empty; name a file or folder")
    if isinstance(path, str) and OTHER_ADDRESS.match(path.strip()) and not Path(path).exists():
        raise ArticleError(f"{path}: only http:// and https:// addresses are fetched; save the article and give its file")
    return Path(path).expanduser()  # "~/a.txt", as a shell would have read it


def articles_in(folder: Path) -> list[Path]:
    """The article files in a folder and its subfolders, in name order: files of other kinds, hidden
    files and folders (.git) and Word's lock files (~$report.docx) are left out; symbolic links to
    folders are not followed, and a subfolder that cannot be listed is refused, not passed over."""
    found = []
    for parent, folders, files in os.walk(folder, onerror=_unlistable):  # links to folders are not walked
        folders[:] = [name for name in folders if not name.startswith(".")]  # hidden ones are not even walked
        # "~$report.docx" is the lock file Word keeps beside a document while it is open, not an article.
        found += [Path(parent, name) for name in files if not name.startswith((".", "~$"))
                  and Path(name).suffix.lower() in SUFFIXES and Path(parent, name).is_file()]
    if not found:
        raise ArticleError(f"{folder}: a folder with no {suffix_list('or')} articles in it")
    return sorted(found)


def _unlistable(error: OSError):
    raise ArticleError(f"{error.filename}: a folder that cannot be read ({error.strerror or error})")


def _named_by_folder(articles: list[Article], paths: list[Path | None]) -> list[Article]:
    """Articles of one name in different folders named by as many of their folders as tell them
    apart (those without a path, fetched ones, are left to `_numbered`)."""
    articles = list(articles)
    for name in {a.name for a in articles}:
        same = [i for i, a in enumerate(articles) if a.name == name and paths[i] is not None]
        for i, named in zip(same, _folder_names(name, [paths[i] for i in same])):
            articles[i] = replace(articles[i], name=named)
    return articles


def name_by_folder(name: str, path: Path, others: list[Path]) -> str:
    """The name `load_articles` gives the file at `path` (resolved), named `name`, read together with the
    files at `others`: its name after as many of its folders as tell it apart from theirs of that name."""
    return _folder_names(name, [*(other for other in others if safe_name(other.name) == name), path])[-1]


def _folder_names(name: str, paths: list[Path]) -> list[str]:
    """The names of files of one name at these paths: by as many of their folders as tell them apart, or
    the name alone where they are all in one folder (left to `_numbered`)."""
    folders_apart = len({path.parent for path in paths})  # the most that folder names can tell apart
    if folders_apart == 1:
        return [name] * len(paths)

    def named(path: Path, folders: int) -> str:
        return "/".join([*path.parent.parts[len(path.parent.parts) - folders:], name])

    folders = 1
    while len({named(path, folders) for path in paths}) < folders_apart:
        folders += 1
    return [named(path, folders) for path in paths]


def _numbered(articles: list[Article]) -> list[Article]:
    """Articles still sharing a name as shown, the second and later numbered: x.txt, x (2).txt (see `untaken`)."""
    taken = {_shown(a.name) for a in articles}
    seen, named = set(), []
    for article in articles:
        if _shown(article.name) in seen:
            article = replace(article, name=_free(article.name, taken))
            taken.add(article.name)
        seen.add(_shown(article.name))
        named.append(article)
    return named


def _shown(name: str) -> str:
    """A name as the screen shows it: accents encoded either way (café.txt composed, or with a combining
    accent, as macOS writes names) are one."""
    return unicodedata.normalize("NFC", name)


def untaken(name: str, taken) -> str:
    """`name`, or, when it is taken as shown (`_shown`), the first of "stem (2).txt", "stem (3).txt"… that is free."""
    return _free(name, {_shown(other) for other in taken})


def numbered_names(name: str, taken) -> list[str]:
    """The names of `taken` that are `name` as shown, or it numbered by `untaken` ("stem (2).txt"…)."""
    stem, suffix = os.path.splitext(_shown(name))
    numbered = re.compile(re.escape(stem) + r"(?: \((?:[2-9]|[1-9]\d+)\))?" + re.escape(suffix))
    return [other for other in taken if numbered.fullmatch(_shown(other))]


def _free(name: str, shown_taken: set[str]) -> str:
    """`untaken`, given the names taken as shown."""
    if _shown(name) not in shown_taken:
        return name
    stem, suffix = os.path.splitext(_shown(name))
    number = 2
    while (name := f"{stem} ({number}){suffix}") in shown_taken:
        number += 1
    return name


def load_article(path: str | Path) -> Article:
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        if not path.exists():  # a mistyped path (a folder's, say) is missing, whatever its suffix
            raise ArticleError(f"{path}: cannot be read ({os.strerror(errno.ENOENT)})")
        raise ArticleError(f"{path}: only {SUPPORTED} articles are supported")
    try:
        # Opened without waiting, and checked to be a file: a named pipe would wait for a writer forever.
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as file:
            status = os.fstat(file.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise ArticleError(f"{path}: cannot be read (not a file: a folder, named pipe or device)")
            check_file_size(str(path), status.st_size, article_kind(path.suffix.lower()))  # before reading it all
            data = file.read(MAX_CONVERTED_FILE_BYTES + 1)  # one that grew since is refused still, unread
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror or error})") from None
    return parse_article(path.name, data, shown_as=str(path))  # the path tells apart files of one name
