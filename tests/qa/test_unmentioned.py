import pytest

from qa.unmentioned import names_other_numbers, unmentioned, unmentioned_names, unmentioned_numbers, unmentioned_sizes

NOTES = ("## 4.6.0 — 2024-11-02\n- Dark mode.\n\n## 4.4.1 — 2024-06-14\n- Fixed sync.\n\nAbout 10 000 people use it, "
         "12.500 of them in Germany; support opens at 09:30; the plan costs £1,150.50 a year. Model PX480R, firmware v2.3.")


@pytest.mark.parametrize("question, unmentioned", [
    ("When was LumenKit 4.5 released?", ["4.5"]),
    ("What changed in version 3.8.0?", ["3.8.0"]),
    ("How many people used it in 2019?", ["2019"]),
    ("What does the 4.6.1 release fix?", ["4.6.1"]),
    ("Is 14.4 out yet?", ["14.4"]),  # not a part of "4.4.1"
    ("Which release came out on 2023-11-02?", ["2023"]),  # its other parts are small: not looked for
    ("Did the 2019 release come in 4.5 or 4.6?", ["2019"]),  # what it asks about, not an option offered (qa/choices.py)
])
def test_a_number_the_articles_never_name_is_found_as_the_question_writes_it(question, unmentioned):
    assert unmentioned_numbers(question, [NOTES]) == unmentioned


@pytest.mark.parametrize("question", [
    "When was 4.4 released?",  # the first parts of 4.4.1
    "What does 4.6 add?",
    "When was 4.6.0 released?",
    "Do 10,000 people use it?",  # thousands set apart by a space in the text
    "Are there 12,500 users in Germany?",  # by dots
    "What opens at 9:30?",  # a leading zero and a colon, as "09:30" is written
    "What costs £1,150.50?",
    "Is £1,150 the yearly price?",  # the pounds of £1,150.50
    "What is the PX480R?",
    "What does firmware 2.3.0 change?",  # "v2.3" with its zero part
    "What was released in the 1970s?",  # a decade is as often said in words
    "What happened within 8 days?",  # and a small number
    "What happened in 2024?",
    "Was 4.5 or 4.6 the release with dark mode?",  # options offered, one of them the answer
])
def test_a_number_the_articles_name_in_any_of_its_forms_is_no_unmentioned_one(question):
    assert unmentioned_numbers(question, [NOTES]) == []


@pytest.mark.parametrize("text, question", [  # a review's, each refused at first
    ("Meeting held on 14.01.2025 at the clubhouse.", "Which courts will be resurfaced in 2025?"),
    ("The foundation donated £2,500,000.", "Who donated £2.5 million?"),
    ("It received £1.5m.", "What received £1,500,000?"),
    ("Total income rose by 12.50%.", "What rose by 12.5%?"),
    ("Helen Carter (mobile 07700 900123).", "Whose mobile number is 07700900123?"),
    ("Call 020-7946-0018.", "Whose number is 020 7946 0018?"),
    ("Dinner at 6.30pm.", "What is served at 18:30?"),
    ("Talks start at 2pm.", "What starts at 14:00?"),
    ("Parade at 1030 hours.", "What happens at 10:30?"),
    ("The mill ran from 1995–2000.", "Was the mill open in 1997?"),
    ("It boomed in the mid-1990s.", "What happened in 1995?"),
    ("year,visits\n2024,512\n", "How many visits were there in 2024?"),
    ("slots: 09:30,10:45", "Who speaks at 10:45?"),
])
def test_a_number_written_otherwise_in_the_text_is_mentioned(text, question):
    assert unmentioned_numbers(question, [text]) == []


@pytest.mark.parametrize("question, text", [  # no first parts of another version
    ("When was Quillpad 3.0 released?", "## [3.3.1] - 2025-08-21\n## [3.3.0] - 2025-07-30\n"),
    ("What changed in 3.3.0?", "## [3.3.1] - 2025-08-21\n## [3.2.0] - 2025-05-30\n"),
])
def test_a_version_with_zero_parts_is_not_the_first_parts_of_another(question, text):
    assert unmentioned_numbers(question, [text]) != []


def test_a_number_of_thousands_of_dotted_parts_names_its_parts_its_first_parts_and_itself():
    # each of its first parts had been joined anew: the first question over such an article took 18 s
    number = ".".join(str(part % 10) for part in range(5000))
    text = f"Build {number} was signed."
    assert unmentioned_numbers("What is 0.1.2.3?", [text]) == unmentioned_numbers(f"What is {number}?", [text]) == []
    assert unmentioned_numbers("What is 0.1.3?", [text]) == ["0.1.3"]


def test_a_number_any_article_searched_names_is_mentioned():
    assert unmentioned_numbers("When was 4.5 released?", ["Release 4.4.", "Release 4.5.2 followed."]) == []
    assert unmentioned_numbers("When was 4.5 released?", ["Release 4.4.", "Release 4.6."]) == ["4.5"]


HEADINGS = "Driftnote Release Notes\n4.2.0 — 2025-11-18\nFixed\n4.1.0 — 2025-09-09\nDay 3 — Kyoto\nMeeting of 11 March 2025"


@pytest.mark.parametrize("question, heading, other", [
    ("When was Driftnote 4.2.0 released?", "4.1.0 — 2025-09-09", True),
    ("When was Driftnote 4.1.0 released?", "4.1.0 — 2025-09-09", False),
    ("When was Driftnote 4.1 released?", "4.1.0 — 2025-09-09", False),  # its first parts
    ("Which version fixed the crash?", "4.1.0 — 2025-09-09", False),  # the question names no number
    ("What was agreed at the 2024 meeting?", "Day 3 — Kyoto", False),  # the heading names none that picks out
    # numbers no heading names say nothing of which section is asked about (a review's: each had been refused)
    ("Which version fixed the iOS 17.2 crash?", "4.1.0 — 2025-09-09", False),
    ("At which meeting was the £1.5m grant reported?", "Meeting of 11 March 2025", False),
    ("At which meeting was the 2025 budget set?", "Meeting of 11 March 2025", False),
])
def test_a_heading_names_other_numbers_only_where_it_names_none_of_the_question_s_that_headings_name(question, heading, other):
    assert names_other_numbers(question, heading, HEADINGS) is other


PLANS = ("| Plan | Monthly price |\n|---|---|\n| Starter | £9 |\n| Growth | £24 |\n| Practice | £58 |\n\nExtra users on the "
         "Growth and Practice plans cost £4 each per month. On Saturday Kelsby Rovers won 3-1 at the Nepal Stadium.\n\n"
         "Our café opens at 9am. The Wi-Fi password is on the card. Dr Smith found it.")


@pytest.mark.parametrize("question, names", [
    ("How much does the Enterprise plan cost per month?", ["Enterprise plan"]),  # an API user's: "£4" (0.28)
    ("How many points do Dunstowe Rovers have?", ["Dunstowe Rovers"]),  # a probe's: Kelsby Rovers' 36
    ("What do the Enterprise plans include?", ["Enterprise plans"]),
    ("How much does the Growth plan cost?", []),  # a name the text gives
    ("How much does the Grwoth plan cost?", []),  # mistyped
    ("How many goals did Kelsbey Rovers score?", []),
    ("How much is the Enterprise tier?", []),  # of a kind the text names nothing of
    ("Which Nepalese Stadium did they play at?", []),  # a people's word, which the text writes otherwise ("Nepal")
    ("How much does the Premium Growth plan cost?", []),  # "Premium" before "Growth", which no name comes before
    ("What did Kelsby Rovers announce?", []),
    # a code review's: a sentence's opening "The" or "Our", a title, an acronym, a hyphen name no thing
    ("What is the WiFi password?", []),
    ("What is the VAT rate on plans?", []),
    ("When does the Riverside café open?", []),  # "Our café" below
    ("What did Jane Smith find?", []),  # "Dr Smith"
    ("When did Kelsby Town Rovers win?", []),  # a probe's: a name the text gives, a word added ("Wendle Valley Bridge")
])
def test_a_name_the_articles_never_give_a_thing_of_a_kind_they_name_things_of_is_unmentioned(question, names):
    assert unmentioned_names(question, [PLANS]) == names


def test_a_name_any_article_searched_gives_is_mentioned():
    assert unmentioned("How much does the Enterprise plan cost in 2030?", [PLANS]) == ["2030", "Enterprise plan"]
    assert unmentioned("How much does the Enterprise plan cost?", [PLANS, "The Enterprise plan costs £99."]) == []


def test_a_figure_a_band_holds_or_a_sum_supposed_before_asking_is_the_user_s_own():
    # bench/unseen25 (written blind): "my 3,200 kg van" of "Vans 3,000–3,500 kg", a "1.6 litre car" of "1.5 to 2.0 litres"
    prices = "Vans up to 3,000 kg (Class 4) ..... £45.00\nVans 3,000–3,500 kg (Class 7) ..... £55.00\nUp to 1.4 litres £119\n1.5 to 2.0 litres £139\n"
    assert unmentioned_numbers("MOT price for my 3,200 kg van", [prices]) == []
    assert unmentioned_numbers("service price for a 1.6 litre car", [prices]) == []
    assert unmentioned_numbers("service price for a 4,200 kg van", [prices]) == ["4,200"]
    bills = "Bills of £300 or more can be split into 4 interest-free monthly payments: the first on collection."
    assert unmentioned_numbers("If I split a £400 repair bill, when is the first payment due?", [bills]) == []
    assert unmentioned_numbers("When is the first payment of the £400 bill due?", [bills]) == ["400"]


@pytest.mark.parametrize("question, sizes", [
    # bench/unseen26 (written blind): "£25.00", another item's, had answered the price of a size the yard does not hire
    ("What's the price of a 10-yard skip?", ["10-yard"]),
    ("What is the 8-yard skip price?", []),
    ("price of a 3-hour wait", []),  # a unit a schedule's bands may hold (qa/bands.py)
    ("Do you have a 2-seater?", []),  # no size of the unit given
])
def test_a_size_the_documents_give_others_of_but_not_it_is_unmentioned(question, sizes):
    skips = "2-yard mini ..... £155.00\n8-yard builders ..... £310.00\n12-yard maxi ..... £375.00\nWait and load, 2-yard (up to 45 minutes)\n"
    assert unmentioned_sizes(question, [skips]) == sizes
