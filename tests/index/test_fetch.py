"""Articles fetched from web addresses, served here by a local HTTP server: read as the saved file
would be, named after the address, and refused with the address and the reason when they cannot be."""
from __future__ import annotations

import gzip
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from index import fetch
from index.articles import ArticleError, load_articles
from index.fetch import fetch_article, web_name

STORY = ("<html><head><meta charset='utf-8'><title>Bridge</title></head><body><nav><a href='/'>Home</a></nav>"
         "<article><p>The Tolvik bridge was opened by Mayor Inès Varga in 2025.</p></article></body></html>")
# path -> (status, headers, body)
ROUTES = {
    "/news/tolvik-bridge-opens": (200, {"Content-Type": "text/html; charset=utf-8"}, STORY.encode()),
    "/notes.txt": (200, {"Content-Type": "text/plain; charset=iso-8859-1"}, "Café opened in 1998.".encode("latin-1")),
    "/untyped/notes.md": (200, {}, b"# Notes\n\nThe ferry carried 300 passengers."),
    "/untyped/blob": (200, {}, b"The ferry carried 300 passengers."),
    "/photo": (200, {"Content-Type": "image/png"}, b"\x89PNG"),
    "/old-address": (301, {"Location": "/news/tolvik-bridge-opens"}, b""),
    "/menu-only": (200, {"Content-Type": "text/html"}, b"<html><body><nav><a href='/'>Home</a> <a href='/w'>Weather</a></nav></body></html>"),
    "/huge.txt": (200, {"Content-Type": "text/plain"}, b"word " * 300),
    "/caf%C3%A9": (200, {"Content-Type": "text/plain"}, b"The bakery sells rye bread."),
    "/utf8-labelled-latin1.txt": (200, {"Content-Type": "text/plain; charset=ISO-8859-1"}, "Café opened in 1998.".encode()),
    "/latin1-labelled-utf8.txt": (200, {"Content-Type": "text/plain; charset=utf-8"}, "Café opened in 1998.".encode("latin-1")),
    "/unknown-charset.txt": (200, {"Content-Type": "text/plain; charset=klingon"}, b"Cafe opened in 1998."),
    "/gzipped": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, gzip.compress(STORY.encode())),
    "/gzip-cut": (200, {"Content-Type": "text/plain", "Content-Encoding": "gzip"}, gzip.compress(b"Ferries. " * 100)[:30]),
    "/gzip-bomb": (200, {"Content-Type": "text/plain", "Content-Encoding": "gzip"}, gzip.compress(b" " * 5000)),
    "/brotli": (200, {"Content-Type": "text/plain", "Content-Encoding": "br"}, b"\x0b\x02"),
    "/loop": (302, {"Location": "/loop"}, b""),
}


def trickle(handler, head: bytes, body: bytes) -> None:
    """Send `head` at once, then `body` a byte at a time, each well within any read timeout."""
    handler.wfile.write(head)
    for byte in body:
        time.sleep(0.05)
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()


# path -> what the handler does instead of answering from ROUTES: servers that misbehave
MISBEHAVING = {
    "/trickled-body": lambda handler: trickle(handler, b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3000\r\n\r\n", b"a" * 3000),
    "/trickled-headers": lambda handler: trickle(handler, b"HTTP/1.1 200 OK\r\n", b"X-Padding: " + b"a" * 3000),
    "/cut-short": lambda handler: handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nOnly a few words."),
}


class Site(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path in MISBEHAVING:
            try:
                MISBEHAVING[self.path](self)
            except OSError:  # the client gave up
                pass
            return
        status, headers, body = ROUTES.get(self.path, (404, {"Content-Type": "text/plain"}, b"no such page"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_a_web_page_is_read_as_its_story_and_named_after_its_address(site):
    article = fetch_article(f"{site}/news/tolvik-bridge-opens")
    assert (article.name, article.text) == ("tolvik-bridge-opens.html", "The Tolvik bridge was opened by Mayor Inès Varga in 2025.")
    assert fetch_article(f"{site}/old-address").text == article.text  # a redirect is followed


def test_text_is_read_in_the_character_set_its_server_declares_or_by_the_address_s_suffix(site):
    assert fetch_article(f"{site}/notes.txt").text == "Café opened in 1998."
    assert fetch_article(f"{site}/untyped/notes.md").name == "notes.md"


@pytest.mark.parametrize("path, problem", [
    ("/missing", "the server answered 404 Not Found"),
    ("/photo", "image/png is not an article (a web page, text, PDF or Word document)"),
    ("/untyped/blob", "the server did not say what it sent"),
    ("/menu-only", "no article text found in the page"),
])
def test_what_is_not_an_article_is_refused_naming_the_address_and_the_reason(site, path, problem):
    with pytest.raises(ArticleError, match=f"^{re.escape(f'{site}{path}: {problem}')}"):
        fetch_article(f"{site}{path}")


def test_an_answer_over_the_size_limit_is_refused(site, monkeypatch):
    monkeypatch.setattr(fetch, "MAX_CONVERTED_FILE_BYTES", 1000)
    with pytest.raises(ArticleError, match=r"/huge\.txt: over the 1,000-byte limit for an article$"):
        fetch_article(f"{site}/huge.txt")


@pytest.mark.parametrize("url, problem", [
    ("ftp://example.com/a.txt", "not a web address"),
    ("http:///a.txt", "not a web address"),
    ("http://[::1/a.txt", "not a web address (Invalid IPv6 URL)"),
    ("http://example.com:99999/a.txt", "not a web address (Port out of range 0-65535)"),
    ("http://127.0.0.1:1/a.txt", "cannot be reached"),  # nothing listens on port 1
    ("http://no-such-host.invalid/a.txt", "cannot be reached"),
])
def test_an_address_that_cannot_be_fetched_is_refused_naming_it(url, problem):
    with pytest.raises(ArticleError, match=f"^{re.escape(f'{url}: {problem}')}"):
        fetch_article(url)


def test_only_public_refuses_this_machine_and_its_network_also_behind_a_redirect(site, monkeypatch):
    with pytest.raises(ArticleError, match="an address inside this machine's network, which this chat does not fetch"):
        fetch_article(f"{site}/news/tolvik-bridge-opens", only_public=True)
    # The test server's 127.0.0.1 stands in for a public site, whose redirect leads inside (127.0.0.2).
    monkeypatch.setattr(fetch, "is_public_address", lambda address: address == "127.0.0.1")
    port = site.rsplit(":", 1)[1]
    ROUTES["/leads-inside"] = (302, {"Location": f"http://127.0.0.2:{port}/news/tolvik-bridge-opens"}, b"")
    with pytest.raises(ArticleError, match=f"^http://127.0.0.2:{port}/news/tolvik-bridge-opens: an address inside"):
        fetch_article(f"{site}/leads-inside", only_public=True)
    assert fetch_article(f"{site}/news/tolvik-bridge-opens", only_public=True).text.startswith("The Tolvik")


def test_only_public_refuses_a_name_that_resolves_inside_once_checked(site, monkeypatch):
    """DNS rebinding: the name is public when looked up, then leads inside when connected to."""
    port = int(site.rsplit(":", 1)[1])
    real_lookup, lookups = socket.getaddrinfo, []

    def rebinding_lookup(host, *args, **options):
        if host != "rebinding.example":
            return real_lookup(host, *args, **options)
        lookups.append(host)
        address = "93.184.215.14" if len(lookups) == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_lookup)
    url = f"http://rebinding.example:{port}/news/tolvik-bridge-opens"
    with pytest.raises(ArticleError, match=f"^{re.escape(url)}: an address inside this machine's network"):
        fetch_article(url, only_public=True)
    assert len(lookups) == 2  # checked, then connected to
    assert fetch_article(url).text.startswith("The Tolvik")  # without the rule, the same address is fetched


def test_only_public_fetches_through_a_proxy_on_this_machine(site, monkeypatch):
    """Behind a proxy, the proxy is what is reached (here the test server, which answers for the
    address), so its being inside this network is no reason to refuse; the address is still checked."""
    real_lookup = socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *args, **options: (
        [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80))] if host == "faraway.example"
        else real_lookup(host, *args, **options)))
    monkeypatch.setenv("http_proxy", site)
    ROUTES["http://faraway.example/news/tolvik-bridge-opens"] = ROUTES["/news/tolvik-bridge-opens"]
    assert fetch_article("http://faraway.example/news/tolvik-bridge-opens", only_public=True).text.startswith("The Tolvik")
    with pytest.raises(ArticleError, match="^http://127.0.0.1/x: an address inside"):
        fetch_article("http://127.0.0.1/x", only_public=True)


@pytest.mark.parametrize("address, public", [
    ("93.184.215.14", True), ("127.0.0.1", False), ("10.0.0.7", False), ("fe80::1%eth0", False), ("2606:4700::1111", True),
    ("64:ff9b::7f00:1", False), ("64:ff9b::808:808", True),  # NAT64: 127.0.0.1 and 8.8.8.8
    ("::ffff:192.168.0.1", False), ("2002:a00:1::1", False),  # mapped and 6to4 private addresses
])
def test_an_ipv4_address_inside_an_ipv6_one_is_judged_as_itself(address, public):
    assert fetch.is_public_address(address) is public


def test_web_addresses_load_beside_files_and_names_that_collide_are_numbered(site, tmp_path):
    (tmp_path / "tolvik-bridge-opens.html").write_text(STORY)
    articles = load_articles([tmp_path / "tolvik-bridge-opens.html", f"{site}/news/tolvik-bridge-opens",
                              f" {site}/news/tolvik-bridge-opens "])  # the same address twice: fetched once
    assert [a.name for a in articles] == ["tolvik-bridge-opens.html", "tolvik-bridge-opens (2).html"]


@pytest.mark.parametrize("url, name", [
    ("https://example.com/news/2025/bridge-opens", "bridge-opens.html"),
    ("https://example.com/files/Annual%20Report.PDF?x=1", "Annual Report.html"),
    ("https://example.com/", "example.com.html"),
    ("https://example.com/%2e%2e%2f%1b[2J", "[2J.html"),
])
def test_a_fetched_article_is_named_by_its_address_s_last_segment_or_host(url, name):
    assert web_name(url, ".html") == name


@pytest.mark.parametrize("path", ["/trickled-body", "/trickled-headers"])
def test_a_server_that_trickles_its_answer_is_given_up_on_at_the_time_limit(site, path, monkeypatch):
    # Each byte comes well within a read timeout, so only a limit on the whole fetch stops it.
    monkeypatch.setattr(fetch, "TIMEOUT_SECONDS", 1)
    outcome = []
    fetching = threading.Thread(target=lambda: outcome.append(_refusal(f"{site}{path}")), daemon=True)
    fetching.start()
    fetching.join(60)
    assert not fetching.is_alive(), "still fetching a minute on"
    assert outcome == [f"{site}{path}: not fetched within 1 s"]


def test_a_server_that_trickles_its_tls_handshake_is_given_up_on_at_the_time_limit(monkeypatch):
    """A record header promising 16 KB, then a byte at a time: the handshake waits only the time left,
    and is refused as over the time limit, not as a server that cannot be reached."""
    monkeypatch.setattr(fetch, "TIMEOUT_SECONDS", 1)
    listener = socket.create_server(("127.0.0.1", 0))

    def trickle_handshake():
        connection, _ = listener.accept()
        with connection:
            connection.recv(4096)  # the client's hello
            try:
                connection.sendall(b"\x16\x03\x03\x40\x00")
                for _ in range(600):
                    time.sleep(0.05)
                    connection.sendall(b"\x00")
            except OSError:  # the client gave up
                pass

    threading.Thread(target=trickle_handshake, daemon=True).start()
    url = f"https://127.0.0.1:{listener.getsockname()[1]}/story"
    outcome = []
    fetching = threading.Thread(target=lambda: outcome.append(_refusal(url)), daemon=True)
    fetching.start()
    fetching.join(20)
    listener.close()
    assert not fetching.is_alive(), "still fetching 20 s on"
    assert outcome == [f"{url}: not fetched within 1 s"]


def _refusal(url: str) -> str | None:
    try:
        fetch_article(url)
    except ArticleError as error:
        return str(error)
    return None


@pytest.mark.parametrize("path, problem", [
    ("/cut-short", "the connection was cut after 17 of 1,000 bytes"),
    ("/gzip-cut", "its gzip compression breaks off (the answer was cut short)"),
    ("/brotli", "sent in a compression this reader cannot undo (br)"),
    ("/loop", "its redirects go round in a loop (or past 10)"),
    ("/latin1-labelled-utf8.txt", "not utf-8 text as its server says (bad byte at position 3)"),
    ("/unknown-charset.txt", "its server says it is in klingon, a character set unknown here"),
])
def test_an_answer_cut_short_garbled_or_going_round_in_circles_is_refused_in_one_line(site, path, problem):
    assert _refusal(f"{site}{path}") == f"{site}{path}: {problem}"


def test_a_compressed_answer_is_unpacked_and_held_to_the_size_limit_unpacked(site, monkeypatch):
    assert fetch_article(f"{site}/gzipped").text == "The Tolvik bridge was opened by Mayor Inès Varga in 2025."
    monkeypatch.setattr(fetch, "MAX_CONVERTED_FILE_BYTES", 1000)  # 5,000 spaces packed into a few dozen bytes
    assert _refusal(f"{site}/gzip-bomb") == f"{site}/gzip-bomb: over the 1,000-byte limit for an article"


def test_an_address_with_letters_beyond_ascii_is_fetched_as_a_browser_would(site):
    article = fetch_article(f"{site}/café")
    assert (article.name, article.text) == ("café.txt", "The bakery sells rye bread.")


def test_utf8_text_under_the_old_default_latin1_label_is_read_as_utf8(site):
    assert fetch_article(f"{site}/utf8-labelled-latin1.txt").text == "Café opened in 1998."


def test_an_address_with_a_password_is_refused_without_repeating_the_password(site):
    host = site.removeprefix("http://")
    assert _refusal(f"http://reader:s3cret@{host}/notes.txt") == (
        f"{site}/notes.txt: an address with a user name or password in it is not fetched; save the page and give its file")
