"""Articles from web addresses: a page, text, PDF or Word document fetched over HTTP(S) and read as
the same file saved would be (`parse_article`), named after the address."""
from __future__ import annotations

import http.client
import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import PurePosixPath

from index.articles import MAX_CONVERTED_FILE_BYTES, Article, ArticleError, parse_article, safe_name

TIMEOUT_SECONDS = 20
NAME_CHARS = 80
# What a server says it sends -> the suffix a saved file would have, which decides how it is read.
SUFFIX_BY_TYPE = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt", "text/markdown": ".md",
                  "application/pdf": ".pdf",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}
USER_AGENT = "Mozilla/5.0 (compatible; article-qa/0.1)"  # many sites refuse Python's own


def is_web_address(text) -> bool:
    return isinstance(text, str) and text.strip().lower().startswith(("http://", "https://"))


def fetch_article(url: str, only_public: bool = False) -> Article:
    """The article at `url`, or ArticleError naming the address and the reason. `only_public`
    refuses addresses inside this machine or its network, also where a redirect leads: a chat open
    to others must not fetch for them what only its own machine can reach."""
    url = url.strip()
    check_address(url, only_public)
    opener = urllib.request.build_opener(_CheckedRedirects(only_public))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(SUFFIX_BY_TYPE)})
    try:
        with opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            data = response.read(MAX_CONVERTED_FILE_BYTES + 1)
            headers, final_url = response.headers, response.geturl()
    except urllib.error.HTTPError as error:
        raise ArticleError(f"{url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, ArticleError):  # a redirect refused
            raise error.reason from None
        raise ArticleError(f"{url}: cannot be reached ({getattr(error.reason, 'strerror', None) or error.reason})") from None
    except TimeoutError:
        raise ArticleError(f"{url}: no answer within {TIMEOUT_SECONDS} s") from None
    except (OSError, ValueError, http.client.HTTPException) as error:  # a connection dropped mid-answer, a malformed address
        raise ArticleError(f"{url}: cannot be fetched ({type(error).__name__}: {error})") from None
    if len(data) > MAX_CONVERTED_FILE_BYTES:
        raise ArticleError(f"{url}: over the {MAX_CONVERTED_FILE_BYTES:,}-byte limit for an article")
    suffix = _suffix(url, final_url, headers.get("Content-Type"), headers.get_content_type())
    return parse_article(web_name(final_url, suffix), _as_utf8(url, data, suffix, headers.get_content_charset()), shown_as=url)


def check_address(url: str, only_public: bool) -> None:
    """Refuse what is not an http(s) address with a host, and, when `only_public`, a host that
    resolves to an address of this machine or a private network."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ArticleError(f"{url}: not a web address (http:// or https://)")
    if not only_public:
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)}
    except (socket.gaierror, UnicodeError, ValueError) as error:
        raise ArticleError(f"{url}: cannot be reached ({getattr(error, 'strerror', None) or error})") from None
    if not all(ipaddress.ip_address(address.split("%")[0]).is_global for address in addresses):
        raise ArticleError(f"{url}: an address inside this machine's network, which this chat does not fetch")


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects followed only to addresses `check_address` allows."""

    def __init__(self, only_public: bool):
        self.only_public = only_public

    def redirect_request(self, request, fp, code, message, headers, new_url):
        try:
            check_address(new_url, self.only_public)
        except ArticleError as refused:
            raise urllib.error.URLError(refused) from None
        return super().redirect_request(request, fp, code, message, headers, new_url)


def _suffix(url: str, final_url: str, declared: str | None, content_type: str) -> str:
    """How the answer is read: by the type the server declares, else by the address's own suffix."""
    if declared is not None:
        if content_type in SUFFIX_BY_TYPE:
            return SUFFIX_BY_TYPE[content_type]
        raise ArticleError(f"{url}: {content_type} is not an article (a web page, text, PDF or Word document)")
    suffix = PurePosixPath(urllib.parse.urlsplit(final_url).path).suffix.lower()
    if suffix in SUFFIX_BY_TYPE.values() or suffix == ".htm":
        return suffix
    raise ArticleError(f"{url}: the server did not say what it sent")


def _as_utf8(url: str, data: bytes, suffix: str, charset: str | None) -> bytes:
    """Text in the character set its server declares, as the UTF-8 a text article is read in (a web
    page, PDF or Word document says its own encoding)."""
    if suffix not in (".txt", ".md") or not charset or charset.lower().replace("_", "-") in ("utf-8", "us-ascii"):
        return data
    try:
        return data.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError) as error:
        raise ArticleError(f"{url}: not {charset} text as its server says ({type(error).__name__})") from None


def web_name(url: str, suffix: str) -> str:
    """How answers cite a fetched article: the address's last path segment (its own suffix replaced
    by the kind read), else its host: https://example.com/news/bridge-opens -> bridge-opens.html."""
    parts = urllib.parse.urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    stem = PurePosixPath(urllib.parse.unquote(segments[-1])).stem if segments else ""
    stem = safe_name(stem)[:NAME_CHARS].strip(" .") or safe_name(parts.hostname or "")[:NAME_CHARS] or "web page"
    return f"{stem}{suffix}"
