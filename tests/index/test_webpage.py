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


TABLE = ("<table><thead><tr><th>City</th><th>Revenue</th><th>Staff</th></tr></thead><tbody>"
         "<tr><td rowspan='2'>Lisbon</td><td>4.2</td><td>120</td></tr><tr><td>4.5</td><td>130</td></tr>"
         "<tr><td>Porto</td><td colspan='2'>closed</td></tr><tr><td>Faro</td><td></td><td>9 | 10</td></tr></tbody></table>")


def test_each_row_of_a_table_under_a_header_row_names_the_columns_of_its_cells():
    page = f"<html><body><article><p>Branches in 2023.</p>{TABLE}</article></body></html>".encode()
    assert page_text(page).splitlines() == [
        "Branches in 2023.",
        "| City: Lisbon | Revenue: 4.2 | Staff: 120 | ",
        "|  | Revenue: 4.5 | Staff: 130 | ",  # a cell spanning two rows keeps the next row's cells in their columns
        "| City: Porto | Revenue: closed |  | ",
        "| City: Faro |  | Staff: 9 \\| 10 |",
    ]


def test_a_page_whose_story_is_a_table_is_not_taken_for_furniture():
    assert page_text(f"<html><body>{NAV.decode()}{TABLE}</body></html>".encode()).startswith("| City: Lisbon |")
    assert page_text(b"<html><body><table><tr><td>Lisbon</td><td>4.2</td></tr><tr><td>Porto</td><td>2.9</td></tr>"
                     b"</table></body></html>").splitlines() == ["| Lisbon | 4.2 | ", "| Porto | 2.9 |"]  # no header row
