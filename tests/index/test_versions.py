from index.articles import Article
from index.versions import earlier_versions

STORY = ("The ferry to Holm leaves the harbour at {} every weekday. Tickets cost £4 and are sold on board. "
         "The captain is Lars Moe, who has sailed the route for twelve years.")


def test_an_article_edited_is_another_version_of_those_of_its_name_or_numbered_from_it():
    loaded = [Article("ferry.html", STORY.format("9am")), Article("ferry (2).html", STORY.format("9.30am")),
              Article("ferry (1).html", STORY.format("9am")), Article("ferry boats.html", STORY.format("9am"))]
    assert earlier_versions(Article("ferry.html", STORY.format("10am")), loaded) == ["ferry.html", "ferry (2).html"]


def test_articles_that_only_share_a_name_are_not_versions_of_one_another():
    loaded = [Article("article.html", STORY.format("9am"))]
    assert earlier_versions(Article("article.html", "The orchard keeper is Lena Berg. She planted 40 pear trees."),
                            loaded) == []
    assert earlier_versions(Article("notes.txt", STORY.format("10am")), loaded) == []  # alike, under another name
