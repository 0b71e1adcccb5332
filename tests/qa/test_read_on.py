import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.answer import Answer
from qa.read_on import read_on

# Articles of sentences, list items, headings, rules and blank lines, some lines running on.
articles = st.lists(st.sampled_from(["The ferry resumed sailings.", "Repairs took six weeks", "and cost £186,000.", "# Times",
                                     "- Bikes go free.", "---", "", "Dr. Okafor said so.", "It runs every hour!", "\r",
                                     "Why? Nobody knows."]), min_size=1, max_size=25).map("\n".join)


STORY = ("Ferry back in service\n\nThe ferry to Porthdowan resumed sailings on Tuesday. Repairs took six weeks. "
         "The engine was replaced.\nTimes and fares\nTickets cost £2.40 each way.\n")


def read_on_text(phrase: str) -> str | None:
    start = STORY.index(phrase)
    span = read_on(STORY, start, start + len(phrase))
    return None if span is None else STORY[span[0]:span[1]]


def test_reading_on_from_a_phrase_gives_its_sentence_then_what_follows_past_headings():
    assert read_on_text("Porthdowan") == "The ferry to Porthdowan resumed sailings on Tuesday."
    assert read_on_text("The ferry to Porthdowan resumed sailings on Tuesday.") == "Repairs took six weeks. The engine was replaced."
    assert read_on_text("Repairs took six weeks. The engine was replaced.") == "Tickets cost £2.40 each way."
    assert read_on_text("Tickets cost £2.40 each way.") is None  # the article's end


def test_reading_on_passes_by_rules_pictures_and_a_list_item_s_mark_and_from_a_title_goes_to_what_follows():
    text = "# Ferry times\n\nThe ferry runs every hour.\n\n---\n\n<!-- note -->\n\n* * *\n\n![map](map.png)\n\n- Tickets cost £2.\n"
    span = read_on(text, text.index("The ferry"), text.index(" every hour.") + len(" every hour."))
    assert text[span[0]:span[1]] == "Tickets cost £2."
    span = read_on(text, text.index("Ferry times"), text.index("Ferry times") + len("Ferry times"))
    assert text[span[0]:span[1]] == "The ferry runs every hour."  # not "# Ferry times" again


def test_the_assistant_reads_on_from_an_answer_to_the_article_s_end(seed_assistant):
    answer = seed_assistant.ask("Who gave the media briefing?")
    on = seed_assistant.read_on(answer)
    assert on.question == "Tell me more" and on.answered and on.score == answer.score
    assert on.text.startswith("During a media briefing in Islamabad, Russian Ambassador Albert P. Khorev outlined")
    assert seed_assistant.index.articles[on.source].text[on.start:on.end] == on.text
    assert on.citations[0].answer_start is not None
    later = seed_assistant.read_on(on, "Go on")
    assert later.start > on.end and later.text.startswith("According to Khorev, President Vladimir Putin resumed")
    last = seed_assistant.ask("What did Khorev say in closing?")
    while last.answered:
        last, before = seed_assistant.read_on(last), last
    assert before.text.endswith("not political showmanship or external interference.”") and not last.answered


def test_reading_on_from_what_is_no_answer_is_refused_saying_why(seed_assistant):
    with pytest.raises(ValueError, match="^There is nothing to read on from: the article gave no answer before.$"):
        seed_assistant.read_on(seed_assistant.ask("What is the capital of Peru?"))
    elsewhere = Answer("Who?", "Khorev", True, 0.9, "other.txt", 0, 6)
    with pytest.raises(ValueError, match="^There is nothing to read on from: other.txt is no longer loaded as it was when it gave"):
        seed_assistant.read_on(elsewhere)
    with pytest.raises(TypeError, match="^read_on goes on from an Answer, not dict$"):
        seed_assistant.read_on(elsewhere.to_dict())


@given(articles, st.data())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_reading_on_goes_forward_within_the_article_to_its_end(text, data):
    words = [match.span() for match in re.finditer(r"\S+", text)]
    if not words:
        return
    start, end = data.draw(st.sampled_from(words))
    for _ in range(len(text) + 1):  # each step goes on, so the article's end is reached
        span = read_on(text, start, end)
        if span is None:
            return
        assert 0 <= span[0] < span[1] <= len(text) and span != (start, end) and span[1] >= end
        assert not text[span[0]].isspace() and not text[span[1] - 1].isspace()
        start, end = span
    pytest.fail("reading on never reached the article's end")
