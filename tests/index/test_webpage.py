"""A saved web page's story, and a page without one."""
from __future__ import annotations

import pytest

from index.articles import ArticleError, parse_article
from index.webpage import page_text

NAV = b"<nav><a href='/'>Home</a> <a href='/weather'>Weather</a></nav>"


@pytest.mark.parametrize("page", [
    b"<html><body>" + NAV + b"</body></html>",
    b"<html><body><header><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></header>"
    b"<footer><p>Contact us</p></footer></body></html>",
    b"<html><body><div id='cookie-banner'><p>We use cookies to improve your experience. Accept all cookies?</p>"
    b"<button>Accept</button></div><footer>All rights reserved.</footer></body></html>",
    b"<html><body><div class='Consent-Dialog'>Manage your privacy choices</div><div role='navigation'>Sport</div></body></html>",
])
def test_a_page_of_menus_and_notices_only_has_no_article_text(page):
    assert page_text(page) == ""
    with pytest.raises(ArticleError, match=r"^home\.html: no article text found in the page$"):
        parse_article("home.html", page)


@pytest.mark.parametrize("page, text", [
    (b"<html><body>" + NAV + b"<article><p>The ferry carried 300 passengers.</p></article></body></html>",
     "The ferry carried 300 passengers."),
    (b"<html><body><article><header><h1>Ferry returns</h1></header><p>It carried 300.</p></article></body></html>",
     "Ferry returns\nIt carried 300."),  # an article's own header is the story's title
    (b"<html><body><nav><a href='/ferry'>Ferry carried 300</a></nav><main><p>Ferry carried 300</p></main></body></html>",
     "Ferry carried 300"),  # a story that a menu also names is still the story
    (b"<html><body><p>The ferry<a href='/p'>carried</a> 300 <b>passengers</b>.</p></body></html>",
     "The ferrycarried 300 passengers."),
])
def test_a_short_story_is_kept_whatever_furniture_surrounds_it(page, text):
    assert page_text(page) == text
