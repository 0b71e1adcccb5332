import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.openings import lead, title

# Articles of lines as documents have them: headings, labels, bullets, rules, prose, blank lines, CRLF line ends.
documents = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(["# Ferry times", "Subject: Ferry", "From: a@b.c", "- a bullet item", "---", "* * *",
                              "Dear all,", "By Hollis Grant", "19 May 2025", "Label: value", "|a|b|", "![map](m.png)",
                              "The ferry to Porthdowan resumed sailings on Tuesday after a six-week repair to its engine.",
                              "It runs every hour.", "eBay has agreed to buy the app for a sum no one would name.", "",
                              "===", "title: Harbour", "\r", "   "]), max_size=30).map("\n".join),
)


def check_span(text: str, span: tuple[int, int] | None) -> None:
    if span is not None:
        start, end = span
        assert 0 <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()


@given(documents, st.booleans())
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_lead_and_a_title_are_stretches_of_the_article_without_the_space_round_them(text, is_markdown):
    check_span(text, lead(text))
    check_span(text, title(text, is_markdown))


def lead_text(text: str, headings: frozenset[str] = frozenset()) -> str | None:
    span = lead(text, headings)
    return None if span is None else text[span[0]:span[1]]


def test_a_news_story_s_lead_is_its_first_paragraph_after_its_headline_and_byline():
    story = ("Wenlow footbridge to reopen next month\n\nBy Hollis Grant\n\nThe footbridge linking the market square to the car "
             "park will reopen on Monday 14 April, almost eleven months after it closed. Inspectors had found corrosion in "
             "its supports.\n\nThe council confirmed the date on Tuesday.\n")
    assert lead_text(story) == ("The footbridge linking the market square to the car park will reopen on Monday 14 April, almost "
                                "eleven months after it closed. Inspectors had found corrosion in its supports.")


def test_the_lead_passes_by_what_is_no_prose():
    letter = ("Oakfield Primary School\nMill Lane, Thornbury\nTel: 01454 318 620 | Email: office@oakfield.example\n\n"
              "Trip: Year 5 residential visit\nDates: 12-14 May\n\n- Packed lunch\n- Waterproof coat\n\n"
              "| Day | Activity |\n|---|---|\n| Monday | Canoeing |\n\n"
              "Rated 4 out of 5. Reviewed by a parent, whose child went on the trip last year in May\n\n"
              "Dear Parents and Carers,\n\n"
              "We are very pleased to confirm the details of this summer's visit to the centre in the hills.\n")
    assert lead_text(letter) == "We are very pleased to confirm the details of this summer's visit to the centre in the hills."


def test_the_lead_is_whole_sentences_as_far_as_a_glance_takes_in():
    sentence = "The council approved the plan for the new library on the quay after a long debate. "
    lead_paragraph = lead_text("# Library plan\n\n" + sentence * 8 + "\n")
    assert lead_paragraph == (sentence * 4).strip() and len(lead_paragraph) <= 400


def test_a_wrapped_line_of_the_sentence_above_is_no_lead():
    text = ("SKERRY SOUND FERRY\n\nThe MV Gannet Rock runs a shuttle service across Skerry Sound between\nPortcullis harbour "
            "and the slipway. The crossing takes\nabout 35 minutes in normal conditions, and sailings run every ninety minutes.\n")
    assert not (lead_text(text) or "").startswith("about")


def test_a_lead_may_open_in_lower_case_and_run_past_the_first_3000_characters():
    lower = "eBay has agreed to buy the resale app for $1.6bn, the company said on Tuesday evening.\n\nEtsy bought Depop.\n"
    assert lead_text(lower) == "eBay has agreed to buy the resale app for $1.6bn, the company said on Tuesday evening."
    one_line = ("The council agreed the plan for the harbour wall after a long debate. " * 80).strip() + "\n"
    assert lead_text(one_line) == ("The council agreed the plan for the harbour wall after a long debate. " * 5).strip()


def test_an_article_of_tables_and_lists_alone_has_no_lead():
    assert lead_text("# Stock\n\n| Item | Count |\n|---|---|\n| Poles | 34 |\n\n- Counted on Saturday\n") is None


def title_text(text: str, is_markdown: bool = False) -> str | None:
    span = title(text, is_markdown)
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize("text, is_markdown, expected", [
    ("ALDERMERE GAZETTE - LOCAL NEWS\nTuesday 11 March\n\nWenlow footbridge to reopen next month\n\nBy Hollis Grant\n\n"
     "The footbridge will reopen to pedestrians on Monday 14 April, almost eleven months after it closed.\n", False,
     "Wenlow footbridge to reopen next month"),  # not the masthead over its date
    ("From: Priya <p@example.com>\nTo: All staff <all@example.com>\nSubject: Office move - what to do\n\nHi all,\n\n"
     "We are moving to the new office at the end of the month, and everyone needs to pack their desk by Friday.\n", False,
     "Office move - what to do"),
    ("# Visiting Merlow Tide Mill\n\n**Open:** Wednesday to Sunday\n\nMerlow Tide Mill is one of the last working tide "
     "mills on the south coast, and the only one where you can still buy flour.\n", True, "Visiting Merlow Tide Mill"),
    ("Study summary: low-dose Veltrazine for headache\n\nHarrowmere Research Unit\nPlain-language summary\n\nBackground\n\n"
     "Chronic tension-type headache affects roughly 2 in every 100 adults, who have headaches on most days.\n", False,
     "Study summary: low-dose Veltrazine for headache"),  # a label's line first, not the section's heading over the lead
    ("PLAIN-LANGUAGE SUMMARY\n\nShort walks after meals and blood sugar\n\nStudy name: The STEP-AFTER trial\n\nBackground\n\n"
     "Type 2 diabetes is common in older people, and high blood sugar after meals is linked to damage to the heart.\n",
     False, "Short walks after meals and blood sugar"),  # not the kicker over it (bench/overview)
    ("Weekly Update\n\nThe canteen will close early on Friday for a deep clean, and reopen on Monday at 8am.\n", False,
     "Weekly Update"),  # a kicker where no other line is the title
    ("Greyholt Primary School\nMill Lane, Greyholt\n\n19 May 2025\n\nDear Parents and Carers,\n\nI am writing to let "
     "you know that from September the school day will end fifteen minutes later for every year group.\n", False, None),
    ("Cobble Lane Bakery opens\r\n========================\r\n\r\nThe bakery on Cobble Lane opened on Saturday to a queue "
     "of forty people from the village.\r\n", True, "Cobble Lane Bakery opens"),  # underlined, and no "\r" kept
    ("---\ntitle: \"Harbour news\"\n---\n\nThe harbour reopened on Monday after a long winter of repairs to its walls.\n",
     True, "Harbour news"),
    ("From: a@example.com\r\nSubject: Dovecote Yard parking\r\n\r\nHi all,\r\n\r\nParking moves on Monday to the yard behind "
     "the office, for everyone.\r\n", False, "Dovecote Yard parking"),
    ("ISLAMABAD — Russia has reaffirmed its commitment to peace talks, while accusing Kiev of violating ceasefires.\n"
     "Russia Ukraine Peace Talks Resume but Stall\nAccording to Khorev, talks resumed in May 2025.\n", False, None),
])
def test_the_title_is_an_email_s_subject_a_markdown_title_or_a_line_alone_ahead_of_the_lead(text, is_markdown, expected):
    assert title_text(text, is_markdown) == expected


FARES = "The operator said fares would rise by ten per cent from April, blaming the cost of fuel and of repairs.\n"


@pytest.mark.parametrize("text, headings, expected", [
    ("Talks to resume in Geneva\nBy Ann Lee\nThe envoy told reporters in Islamabad on Tuesday that the negotiations would "
     "resume next month.\n", frozenset(), "Talks to resume in Geneva"),  # a PDF's: the heading over its lead
    ("Group Exercise Timetable\nClasses run every weekday.\n", frozenset({"Group Exercise Timetable"}),
     "Group Exercise Timetable"),  # a web page's <h1>
    ("Greyholt Primary School\nMill Lane, Greyholt\nDear Parents and Carers,\nI am writing to let you know that the "
     "school day will end fifteen minutes later from September.\n", frozenset(), None),  # a letter's
    ("Transport\nFerry fares to rise in spring\nOperator blames fuel costs for the increase\n" + FARES,
     frozenset({"Ferry fares to rise in spring"}), "Ferry fares to rise in spring"),  # the <h1>, not its kicker or standfirst
    ("Talks to resume\nPublished 12 March 2024\n" + FARES, frozenset(), "Talks to resume"),  # past a date's line
    ("Monday 9 to 5\nTuesday 9 to 5\nSaturday closed\n", frozenset(), None),  # no lead: not a list's last line
    ("Introduction\nFares will rise.\n" + FARES, frozenset({"Introduction"}), None),  # a section's heading
])
def test_read_from_a_layout_the_title_is_a_heading_marked_first_or_the_one_over_the_lead(text, headings, expected):
    span = title(text, False, headings, laid_out=True)
    assert (text[span[0]:span[1]] if span else None) == expected
