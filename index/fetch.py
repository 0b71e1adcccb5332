"""Articles from web addresses: a page, text, PDF or Word document fetched over HTTP(S) and read as
the same file saved would be (`parse_article`), named after the address."""
from __future__ import annotations

import functools
import http.client
import io
import ipaddress
import socket
import string
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from pathlib import PurePosixPath

from index.articles import MAX_CONVERTED_FILE_BYTES, TEXT_SUFFIXES, Article, ArticleError, parse_article, safe_name

TIMEOUT_SECONDS = 20
NAME_CHARS = 80
# What a server says it sends -> the suffix a saved file would have, which decides how it is read.
SUFFIX_BY_TYPE = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt", "text/markdown": ".md",
                  "application/pdf": ".pdf",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}
USER_AGENT = "Mozilla/5.0 (compatible; article-qa/0.1)"  # many sites refuse Python's own
# Character sets servers stamp on whatever they send (HTTP's old default among them): text in one of
# these that is valid UTF-8 was saved as UTF-8, since other text in them almost never is.
INSIDE = "an address inside this machine's network, which this chat does not fetch"
NAT64 = ipaddress.ip_network("64:ff9b::/96")
LOOSE_CHARSETS = {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "us-ascii", "ascii"}


def is_web_address(text) -> bool:
    return isinstance(text, str) and text.strip().lower().startswith(("http://", "https://"))


def fetch_article(url: str, only_public: bool = False) -> Article:
    """The article at `url`, or ArticleError naming the address and the reason. `only_public`
    refuses addresses inside this machine or its network, also where a redirect leads: a chat open
    to others must not fetch for them what only its own machine can reach."""
    url = url.strip()
    check_address(url, only_public)
    deadline = time.monotonic() + TIMEOUT_SECONDS
    opener = urllib.request.build_opener(_CheckedRedirects(only_public), *_timed_handlers(deadline, only_public))
    request = urllib.request.Request(_ascii_address(url), headers={"User-Agent": USER_AGENT, "Accept": ", ".join(SUFFIX_BY_TYPE),
                                                                  "Accept-Encoding": "gzip"})
    try:
        with opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            data = _body(url, response)
            headers, final_url = response.headers, response.geturl()
    except ArticleError:  # the answer refused by `_body`, already naming the address
        raise
    except urllib.error.HTTPError as error:
        if error.reason.startswith(urllib.request.HTTPRedirectHandler.inf_msg):  # a loop: urllib's message runs over 3 lines
            raise ArticleError(f"{url}: its redirects go round in a loop (or past 10)") from None
        raise ArticleError(f"{url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, ArticleError):  # a redirect refused
            raise error.reason from None
        if isinstance(error.reason, TimeoutError):  # in connecting or the TLS handshake
            raise ArticleError(f"{url}: not fetched within {TIMEOUT_SECONDS} s") from None
        raise ArticleError(f"{url}: cannot be reached ({getattr(error.reason, 'strerror', None) or error.reason})") from None
    except TimeoutError:
        raise ArticleError(f"{url}: not fetched within {TIMEOUT_SECONDS} s") from None
    except (OSError, ValueError, http.client.HTTPException) as error:  # a connection dropped mid-answer, a malformed address
        raise ArticleError(f"{url}: cannot be fetched ({type(error).__name__}: {error})") from None
    suffix = _suffix(url, final_url, headers.get("Content-Type"), headers.get_content_type())
    return parse_article(web_name(final_url, suffix), _as_utf8(url, data, suffix, headers.get_content_charset()), shown_as=url)


def _body(url: str, response) -> bytes:
    """The whole answer, unpacked if the server compressed it; refused when over the size limit or cut short."""
    data = response.read(MAX_CONVERTED_FILE_BYTES + 1)
    if len(data) > MAX_CONVERTED_FILE_BYTES:
        raise ArticleError(f"{url}: over the {MAX_CONVERTED_FILE_BYTES:,}-byte limit for an article")
    if response.length:  # fewer bytes came than its Content-Length promised
        raise ArticleError(f"{url}: the connection was cut after {len(data):,} of {len(data) + response.length:,} bytes")
    encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding == "identity":
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise ArticleError(f"{url}: sent in a compression this reader cannot undo ({encoding})")
    unpacking = zlib.decompressobj(zlib.MAX_WBITS | 32)  # a gzip or zlib header, whichever it has
    try:  # at most one byte over the limit unpacked, so a small bomb cannot fill the memory
        data = unpacking.decompress(data, MAX_CONVERTED_FILE_BYTES + 1)
    except zlib.error as error:
        raise ArticleError(f"{url}: its {encoding} compression is damaged ({error})") from None
    if len(data) > MAX_CONVERTED_FILE_BYTES:
        raise ArticleError(f"{url}: over the {MAX_CONVERTED_FILE_BYTES:,}-byte limit for an article")
    if not unpacking.eof:
        raise ArticleError(f"{url}: its {encoding} compression breaks off (the answer was cut short)")
    return data


def _ascii_address(url: str) -> str:
    """The address as sent: letters beyond ASCII and spaces in its path and query percent-encoded,
    as a browser does (https://fr.wikipedia.org/wiki/Café); its host is left to IDNA."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path=urllib.parse.quote(parts.path, safe=string.punctuation),
                                                  query=urllib.parse.quote(parts.query, safe=string.punctuation)))


def check_address(url: str, only_public: bool) -> None:
    """Refuse what is not an http(s) address with a host (and a port that can be), an address
    carrying a user name or password, and, when `only_public`, a host that resolves to an address of
    this machine or a private network."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises for a port out of range
    except ValueError as error:  # "http://[::1/", "http://host:99999/"
        raise ArticleError(f"{url}: not a web address ({error})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ArticleError(f"{url}: not a web address (http:// or https://)")
    if parts.username is not None:  # the password is not repeated in the message; urllib would also pass it on to redirects
        bare = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
        raise ArticleError(f"{bare}: an address with a user name or password in it is not fetched; save the page and give its file")
    if not only_public:
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)}
    except (socket.gaierror, UnicodeError, ValueError) as error:
        raise ArticleError(f"{url}: cannot be reached ({getattr(error, 'strerror', None) or error})") from None
    if not all(is_public_address(address) for address in addresses):
        raise ArticleError(f"{url}: {INSIDE}")


def is_public_address(address: str) -> bool:
    """Whether an IP address is on the public internet, also an IPv4 address inside an IPv6 one
    (NAT64, 6to4, mapped), which Python 3.11 judges by its IPv6 form: 64:ff9b::7f00:1 is 127.0.0.1."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if ip.version == 6:
        inner = ip.ipv4_mapped or ip.sixtofour or (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in NAT64 else None)
        if inner is not None:
            return inner.is_global
    return ip.is_global


def _public_connection(url: str, address, *args, **options) -> socket.socket:
    """A connection to `address`, refused when the address it reached is not public: the name may
    resolve otherwise now than when `check_address` looked (DNS rebinding)."""
    sock = socket.create_connection(address, *args, **options)
    if not is_public_address(sock.getpeername()[0]):
        sock.close()
        raise ArticleError(f"{url}: {INSIDE}")
    return sock


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


class _TimedReads(io.RawIOBase):
    """A socket read with each wait cut to what is left of the whole fetch's time: a socket timeout
    alone is per read, so a server trickling a byte a second would never trip it."""

    def __init__(self, sock: socket.socket, deadline: float):
        self.sock, self.reads, self.deadline = sock, sock.makefile("rb", buffering=0), deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int | None:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the fetch ran out of time")
        self.sock.settimeout(left)
        return self.reads.readinto(buffer)

    def close(self) -> None:
        self.reads.close()
        super().close()


class _TimedResponse(http.client.HTTPResponse):
    """An HTTP answer, headers and body, read within the deadline (see `_TimedReads`)."""

    def __init__(self, sock: socket.socket, deadline: float, **options):
        super().__init__(sock, **options)
        self.fp.close()  # the plain reader made above, replaced by one that keeps the deadline
        self.fp = io.BufferedReader(_TimedReads(sock, deadline))


def _timed_handlers(deadline: float, only_public: bool) -> list[urllib.request.BaseHandler]:
    """HTTP and HTTPS handlers whose connections read their answers within `deadline` and, when
    `only_public`, reach only public addresses (through a proxy, the proxy is what is reached, and it decides)."""

    def checked(connection_class, request):
        direct = urllib.parse.urlsplit("//" + request.host).hostname == urllib.parse.urlsplit(request.full_url).hostname

        def connection(*args, **options):
            # Connecting and the TLS handshake each wait at most the socket's timeout: the time left, not a fresh 20 s.
            options["timeout"] = deadline - time.monotonic()
            if options["timeout"] <= 0:
                raise TimeoutError("the fetch ran out of time")
            made = connection_class(*args, **options)
            made.response_class = functools.partial(_TimedResponse, deadline=deadline)
            if only_public and direct:
                made._create_connection = functools.partial(_public_connection, request.full_url)
            return made

        return connection

    class TimedHTTP(urllib.request.HTTPHandler):
        def http_open(self, request):
            return self.do_open(checked(http.client.HTTPConnection, request), request)

    class TimedHTTPS(urllib.request.HTTPSHandler):
        def https_open(self, request):
            return self.do_open(checked(http.client.HTTPSConnection, request), request)

    return [TimedHTTP(), TimedHTTPS()]


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
    page, PDF or Word document says its own encoding). A loose charset on valid UTF-8 is taken for UTF-8."""
    if suffix not in TEXT_SUFFIXES or not charset:
        return data
    if charset.lower().replace("_", "-") in LOOSE_CHARSETS and _is_utf8(data):
        return data
    try:
        return data.decode(charset).encode("utf-8")
    except LookupError:
        raise ArticleError(f"{url}: its server says it is in {charset}, a character set unknown here") from None
    except UnicodeDecodeError as error:
        raise ArticleError(f"{url}: not {charset} text as its server says (bad byte at position {error.start})") from None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def web_name(url: str, suffix: str) -> str:
    """How answers cite a fetched article: the address's last path segment (its own suffix replaced
    by the kind read), else its host: https://example.com/news/bridge-opens -> bridge-opens.html."""
    parts = urllib.parse.urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    stem = PurePosixPath(urllib.parse.unquote(segments[-1])).stem if segments else ""
    stem = safe_name(stem)[:NAME_CHARS].strip(" .") or safe_name(parts.hostname or "")[:NAME_CHARS] or "web page"
    return f"{stem}{suffix}"
