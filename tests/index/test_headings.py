"""Headings: which lines head what follows them, and which one a passage falls under."""
from __future__ import annotations

import pytest

from index.headings import heading_before, heading_path, headings, is_heading, section_breaks
from index.tables import table_view
from qa.assistant import SEED_ARTICLE

SEED_HEADINGS = ["Russia Ukraine Peace Talks Resume but Stall", "Western Support and Strategic Concerns",
                 "Progress Claimed in Russia Ukraine Peace Talks", "Criticism of Ukrainian Legislation and Governance",
                 "UN Diplomacy and Global Response", "Russia’s Position on NATO and Europe",
                 "Pakistan’s Neutral Role in Russia Ukraine Peace Talks"]


def test_the_seed_article_s_headings_are_its_section_titles():
    assert [words for _, words in headings(SEED_ARTICLE.read_text(encoding="utf-8"))] == SEED_HEADINGS


@pytest.mark.parametrize("line, heading", [
    ("## How long is the waiting list?", True), ("Lockers and Storage", True), ("#hashtag of the day", False),
    ("The list is long.", False), ("Note:", False), ("- Exchange of prisoners", False), ("| a | b |", False),
    ("> quoted words", False), ("one two three four five six seven eight nine ten eleven twelve thirteen", False),
    ("[![build](https://img.shields.io/badge/build-passing-green.svg)](https://ci.example.org/x) [![pypi](p.svg)](https://pypi.org)",
     False), ("[Release notes](notes.md) for 2.4", True),  # a README's badges name nothing; words beside a link may
])
def test_a_heading_is_a_short_line_without_a_full_stop_or_a_markdown_heading(line, heading):
    assert is_heading(line) is heading


def test_short_lines_one_under_another_head_nothing_and_the_last_heading_before_a_passage_is_its_own():
    text = "Harbour Street 4\nBergen\n\n## Lockers ##\r\nLockers cost 5 euros.\nThe waiting list is eleven weeks long."
    assert [words for _, words in headings(text)] == ["Lockers"]  # an address's lines head nothing
    assert heading_before(text, text.index("The waiting")) == "Lockers"
    assert heading_before(text, text.index("## Lockers")) is None and heading_before(text, 0) is None


def test_lines_the_document_marks_as_headings_head_what_follows_them_stacked_or_not():
    # r23 audit: a gov.uk page's <h2> "Checks you need" over its <h3> "Criminal record check", short lines one
    # under another read as a list, headed nothing: a passage ended on them, the check they head in the next.
    text = "Apply for a licence\nChecks you need\nCriminal record check\nYou need an enhanced DBS check.\nMedical check"
    assert headings(text) == ()
    marked = frozenset({"Checks you need", "Criminal record check", "Medical check"})
    assert [words for _, words in headings(text, marked)] == ["Checks you need", "Criminal record check"]  # the last heads nothing
    assert heading_before(text, text.index("You need"), marked) == "Criminal record check"
    assert headings(" Checks  you\tneed \nYou need an enhanced DBS check.", frozenset({"Checks you need"}))  # spaced otherwise


def test_a_passage_is_searched_after_its_heading_whose_words_an_answer_is_found_at_in_the_article():
    text = "### How long is the waiting list?\nLockers are popular.\nIt is about eleven weeks."
    start = text.index("It is")
    view = table_view(text, start, len(text), markdown=True, under_heading=True)
    assert view.text == "How long is the waiting list?\nIt is about eleven weeks."
    heading = view.passage_span(0, view.text.index("\n"))  # before the passage: at offsets below its start
    assert heading == (4 - start, text.index("\n") - start)
    waiting = view.passage_span(view.text.index("waiting"), view.text.index("waiting") + len("waiting"))
    assert text[start + waiting[0]:start + waiting[1]] == "waiting"
    # a span from the heading into the passage is none: its words lie far apart in the article
    assert view.passage_span(view.text.index("list"), view.text.index("about")) is None
    assert table_view(text, start, len(text), markdown=True).text == "It is about eleven weeks."  # as the reader reads it


def test_a_heading_s_words_are_found_where_written_but_the_title_s_a_spreadsheet_row_s_or_a_section_the_passage_leaves():
    at = CHANGELOG.index("- `Station")
    path = heading_path(CHANGELOG, at, with_title=True)
    assert [words for _, words in path] == ["Tidewater Changelog", "[3.2.0] - 2024-09-16", "Fixed"]
    assert [CHANGELOG[where:where + len(words)] if where is not None else None for where, words in path] == \
        [None, "[3.2.0] - 2024-09-16", "Fixed"]  # the title says what every passage is about: no answer of one
    # a passage running on into the next version: 3.2.0's section ends within it, not its "Fixed" alone
    running_on = heading_path(CHANGELOG, at, with_title=True, end=CHANGELOG.index("- Daylight"))
    assert [where for where, _ in running_on] == [None, None, None]
    # into a heading of a lower level only: the version's still holds
    added = CHANGELOG.index("- New")
    assert [where is None for where, _ in heading_path(CHANGELOG, added, end=CHANGELOG.index("- `Station"))] == [False, True]
    # a table's header row pasted from a spreadsheet (its names apart by tabs) heads its rows but answers nothing
    stock = ("Stock take, Saturday 17 May\n\nHere's the count from Saturday morning, pasted from the stock sheet.\n\n"
             "SKU\tItem\tQty\tUnit price\tSupplier\tLocation\n"
             "FH-1021\tTrekking pole, carbon\t34 pairs\t£48.50\tAlder & Moss Ltd\tAisle 3\n"
             "FH-6001\tEmergency bivvy bag\t\t£7.60\tHarrowgate Safety\tAisle 4\n")
    assert heading_path(stock, stock.index("FH-1021"))[-1] == (None, "SKU\tItem\tQty\tUnit price\tSupplier\tLocation")


@pytest.mark.parametrize("text, found", [
    # a Windows file's blank lines hold "\r": no line had been a heading
    ("Harbour guide\r\n\r\nThe harbour is run by the town.\r\n\r\n## Lockers\r\n\r\nThe lockers cost five euros.", ["Harbour guide", "Lockers"]),
    ("Intro text is long enough here.\n## Services\n### Lockers\nThe lockers cost five euros.", ["Services", "Lockers"]),
    ("Intro.\n## Opening hours\nMon-Fri 9-5\nSat 10-4\nThe office is closed on holidays.", ["Opening hours"]),
    ("Harbour guide\nBy Jane Smith\nThe harbour is run by the town.", []),  # a title over a byline, not the byline
    ("Harbour guide\nMarch 3, 2021\nThe harbour is run by the town.", []),
    ("Intro text.\nLockers\n=======\nThe lockers cost five euros.", ["Lockers"]),  # not the underline
    ("Intro text.\n---\nThe lockers cost five euros.", []),
    ("Intro text.\n```python\nimport os\n```\nThe lockers cost five euros.", []),  # not a code line, nor the fence
    ("Porto | 1\nLisbon | 2\nThe lockers cost five euros.", []),
    ("Intro text.\n# C#\nThe language is used widely.", ["C#"]),
    ("Intro text.\n**Opening hours**\nThe office opens at nine.", ["Opening hours"]),
    ("Intro text goes here.\n3. On the day\nVolunteers meet at the gate.", ["3. On the day"]),
    ("Intro text goes here.\n1. Fill the tank\n2. Start the pump\nThen wait.", []),
    # a blank line parts a heading from a short line above it (review: "Opening hours" had been lost)
    ("Harbour guide\n\nOpening hours\nThe office opens at nine.\n\nParking\nThere are forty spaces.", ["Harbour guide", "Opening hours", "Parking"]),
    ("Services\n\nLockers\nThe lockers cost five euros.", ["Services", "Lockers"]),
])
def test_headings_of_markdown_and_plain_text_but_not_lists_bylines_code_or_rules(text, found):
    assert [words for _, words in headings(text)] == found


def test_hard_wrapped_prose_has_no_headings_amid_its_paragraphs():
    import textwrap

    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    wrapped = "\n\n".join(textwrap.fill(line, 72) if not line.startswith("- ") else line for line in seed.split("\n"))
    # A wrapped line of a few words above one ending a sentence had been taken for one.
    assert [words for _, words in headings(wrapped)] == SEED_HEADINGS


def test_a_passage_that_opens_with_its_own_heading_is_searched_without_the_one_before():
    text = "## 3.1 Soil moisture\nMoisture was measured weekly.\n## 3.2 Yield\nYield rose by a third."
    # It had been searched as "3.1 Soil moisture\n## 3.2 Yield…".
    assert table_view(text, text.index("## 3.2"), len(text), markdown=True, under_heading=True).text == "## 3.2 Yield\nYield rose by a third."


def test_a_line_between_rules_of_equals_signs_is_a_heading_however_long():
    rule = "=" * 69
    text = (f"Tour itinerary\n\n{rule}\nDAY 3 - Monday 16 June - OSLO TO FLAM VIA THE BERGEN LINE\n{rule}\n"
            f"  08:05  Depart Oslo Central on the Bergen Line.\n\nThe day ends in Flam, a village of some 350 people on the fjord\n"
            f"{'-' * 66}\nIt has a railway museum.\n")
    # 14 words: under a rule of "=" a heading still; a sentence over "-" (a thematic break) is none.
    assert [words for _, words in headings(text)] == ["Tour itinerary", "DAY 3 - Monday 16 June - OSLO TO FLAM VIA THE BERGEN LINE"]


CHANGELOG = """# Tidewater Changelog

All notable changes are documented in this file.

## [3.2.0] - 2024-09-16

### Added
- New `harmonics.fit_robust()` function.

### Fixed
- `Station.from_csv()` no longer crashes on a byte-order mark (#418).

## [3.1.1] - 2024-05-02

### Fixed
- Daylight-saving transitions were applied twice.
"""


def test_a_passage_is_searched_under_the_markdown_headings_above_its_own_but_the_document_s_title():
    # "### Fixed" under each version had been searched alike, and "## [3.2.0] - 2024-09-16" was no heading (no letter).
    assert [words for _, words in headings(CHANGELOG)] == ["Tidewater Changelog", "[3.2.0] - 2024-09-16", "Added", "Fixed", "[3.1.1] - 2024-05-02", "Fixed"]
    assert heading_before(CHANGELOG, CHANGELOG.index("- `Station")) == "[3.2.0] - 2024-09-16\nFixed"
    assert heading_before(CHANGELOG, CHANGELOG.index("- Daylight")) == "[3.1.1] - 2024-05-02\nFixed"
    assert heading_before(CHANGELOG, CHANGELOG.index("### Fixed")) == "[3.2.0] - 2024-09-16"  # opening with its own
    assert heading_before(CHANGELOG, CHANGELOG.index("## [3.1.1]")) is None  # the title alone is above it
    assert heading_before(CHANGELOG, CHANGELOG.index("All notable")) == "Tidewater Changelog"
    # Two of level 1 are no title: each heads its part.
    parts = "# Part one\n\nIntro.\n\n## Fees\nTen euros.\n\n# Part two\n\nMore.\n\n## Fees\nTwenty euros.\n"
    assert heading_before(parts, parts.index("Twenty")) == "Part two\nFees"
    # A plain-text heading has no level: it is under the Markdown headings above it, heads nothing itself.
    assert heading_before("# Guide\n\n## Lockers\n\nOpening hours\nThe office opens at nine.\n", 44) == "Lockers\nOpening hours"


def test_a_passage_is_cut_where_a_section_of_its_outermost_numbered_heading_s_level_starts():
    at, end = CHANGELOG.index("- `Station"), CHANGELOG.index("- Daylight") + 5
    assert section_breaks(CHANGELOG, at, end) == [CHANGELOG.index("## [3.1.1]")]
    added = CHANGELOG.index("- New")  # into "### Fixed" only: 3.2.0's section goes on
    assert section_breaks(CHANGELOG, added, CHANGELOG.index("- `Station") + 5) == []
    # a section of words alone is read whole (a job advert's "## Benefits" had left pieces too short to read well)
    advert = "# Analyst\n\n## Key details\n\n- Salary: £42,000\n\n## Benefits\n\n- Annual leave: 27 days\n"
    assert section_breaks(advert, advert.index("- Salary"), len(advert)) == []


def test_a_sign_off_over_the_signature_it_opens_is_no_heading():
    mail = ("Hi all,\n\nThe contract starts on 1 February 2025 and runs for three years.\n\nDana\n\n"
            "Dana Whitlock\nHead of Supply Chain, Corrigan Foods\n\nOn Wed, 6 Nov 2024, Ravi Menon wrote:\n> Dana,\n")
    assert headings(mail) == ()
    assert [words for _, words in headings("Intro.\n\nParking\nParking is free on Sundays for all visitors.\n")] == ["Parking"]


def test_rows_of_columns_over_a_dashed_rule_and_speakers_turns_head_nothing():
    # The timetable's last row, over a rule of dashes, had headed the fares and notes; a host's question headed
    # the podcast's next three passages (sixth audit).
    timetable = ("SUNDAY\n\nStop                 Dep    Dep    Dep\n"
                 "Kestrel Square       0930   1130   1330\nMarlow Heath Green   1003   1203   1403\n"
                 "----------------------------------------\n\nFares are paid to the driver in cash or by card.\n")
    assert [words for _, words in headings(timetable)] == ["SUNDAY"]
    podcast = ("[00:01:44] DANIELLE: And do people actually bring seed back?\n\n"
               "[00:01:50] RASMUS: They do. Last year about a third of the borrowers returned seed.\n")
    assert headings(podcast) == ()


def test_a_passage_is_read_under_its_article_s_title_too():
    assert heading_before(CHANGELOG, CHANGELOG.index("- `Station"), with_title=True) == "Tidewater Changelog\n[3.2.0] - 2024-09-16\nFixed"
    assert heading_before(CHANGELOG, CHANGELOG.index("## [3.1.1]"), with_title=True) == "Tidewater Changelog"
    assert heading_before(CHANGELOG, CHANGELOG.index("All notable"), with_title=True) == "Tidewater Changelog"  # once
    assert heading_before(CHANGELOG, 0, with_title=True) is None  # the title's own passage
    # Two of level 1 are no title, nor is a first heading of level 2: each heads its part.
    parts = "# Part one\n\nIntro.\n\n## Fees\nTen euros.\n\n# Part two\n\nMore.\n\n## Fees\nTwenty euros.\n"
    assert heading_before(parts, parts.index("Twenty"), with_title=True) == "Part two\nFees"
    sections = "## Opening times\n\nNine to five.\n\n## Fees\n\nTen euros.\n"
    assert heading_before(sections, sections.index("Ten"), with_title=True) == "Fees"
    # A text file's title is its first heading by its words.
    notice = "Harbour Bridge Closure\n\nThe bridge closes on Monday for repairs.\n\nDiversions\nBuses run via Mill Lane.\n"
    assert heading_before(notice, notice.index("Buses"), with_title=True) == "Harbour Bridge Closure\nDiversions"
    # A heading amid the text is no title (a SQuAD article's line cut at a lowered "2"), but one under front matter is,
    # and one under a news story's dateline paragraph.
    oxygen = "".join(f"Oxygen is an element of group {n}. It reacts.\n\n" for n in range(6)) + \
        "Concentrated O\n2 is toxic.\n\nLiquid O\n2 is pale blue.\n"
    assert [heading_before(oxygen, oxygen.index(text), with_title=True) for text in ("2 is toxic", "2 is pale")] == [
        "Concentrated O", "Liquid O"]
    letter = "Hollybrook Primary School\nLarch Road, Westhaven\n\nDear Parents and Carers,\n\nYear 6 Trip to Hollowmere\n\nWe are delighted to confirm it.\n\nKit list\n- A torch\n"
    assert heading_before(letter, letter.index("- A torch"), with_title=True) == "Year 6 Trip to Hollowmere\nKit list"  # a subject line
    story = "PELLOW BAY — The bridge closes on Monday. Buses run instead.\n\nHarbour Bridge Closes\n\nRepairs take a week.\n\nDiversions\nVia Mill Lane.\n"
    assert heading_before(story, story.index("Via"), with_title=True) == "Harbour Bridge Closes\nDiversions"
    # (review: front matter's last key, over its closing "---", had read as the first heading, and no title was found)
    matter = "---\ntitle: Bridge\ndate: 2024-01-02\n---\n# Harbour Bridge Closure\n\nThe bridge closes.\n\n## Diversions\n\nBuses run via Mill Lane.\n"
    assert heading_before(matter, matter.index("Buses"), with_title=True) == "Harbour Bridge Closure\nDiversions"


def test_a_letterhead_in_capitals_is_the_title_of_a_document_with_none():
    # bench/unseen14 (written blind): "What goes in the green box, according to Marlcombe District Council?" had read
    # the letterhead's and the sign-off's passages, and the reader had refused a passage not naming the council
    notice = ("MARLCOMBE DISTRICT COUNCIL\nWaste and Recycling Services\nStation Road, Kettleby\n\nThe Occupier\n17 Orchard Rise\n"
              "Kettleby\n\nWHAT GOES IN WHICH BIN\n\nGreen box (glass)\n  Glass bottles and jars.\n\nFood caddy\n  All food.\n")
    assert heading_before(notice, notice.index("  Glass"), with_title=True) == "MARLCOMBE DISTRICT COUNCIL\nGreen box (glass)"
    assert heading_before(notice, notice.index("WHAT"), with_title=True) == "MARLCOMBE DISTRICT COUNCIL"
    # not a first line in lower case letters, nor one that ends a sentence, nor a document's own title's place
    for first in ("Marlcombe District Council", "THE BINS ARE EMPTIED ON TUESDAYS."):
        other = notice.replace("MARLCOMBE DISTRICT COUNCIL", first)
        assert heading_before(other, other.index("  Glass"), with_title=True) == "Green box (glass)"
    titled = "RIVERSIDE NEWS\n\nSpring Fair\n\nThe fair opens at ten.\n\nParking\nOn the green.\n"
    assert heading_before(titled, titled.index("On the"), with_title=True) == "RIVERSIDE NEWS\nParking"


def test_the_subject_of_an_e_mail_s_header_is_its_title():
    # bench/unseen14 (written blind): "Who is the duty manager at The Gullhaven Hotel?" had read the passages naming the
    # hotel, not the one naming the duty manager
    mail = ("From:     The Gullhaven Hotel <reservations@gullhaven.example>\nTo:       Robert Ashdown <r@mail.example>\n"
            "Subject:  Booking confirmation - The Gullhaven Hotel, Saltmere\n\nDear Mr Ashdown,\n\nThank you for booking.\n\n"
            "USEFUL NUMBERS\n\nOur duty manager, Owen Treharne, will help.\n")
    assert heading_before(mail, mail.index("Our duty"), with_title=True) == \
        "Subject:  Booking confirmation - The Gullhaven Hotel, Saltmere\nUSEFUL NUMBERS"
    # a header without a Subject gives none
    unnamed = mail.replace("Subject:  Booking confirmation - The Gullhaven Hotel, Saltmere\n", "")
    assert heading_before(unnamed, unnamed.index("Our duty"), with_title=True) == "USEFUL NUMBERS"
