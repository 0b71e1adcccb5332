import pytest

from index.articles import parse_article
from qa.assistant import Assistant
from qa.answer import Answer
from qa.overview import asks_for_more, asks_for_summary, lead, read_on, summary_asked, title, title_asked


@pytest.mark.parametrize("question", [
    "What is this article about?", "what's the story about", "whats this article about", "Summarize the article.", "Can you give me a summary?",
    "tl;dr", "TL;DR please", "What are the main points?", "What does the article say?", "Give me an overview of the report",
    "How about a summary?", "Can you summarize it?", "what is this about?", "Please summarise this article",
    "Give me the gist", "What is the gist of the story?", "So what are these articles about?",
])
def test_a_request_for_what_the_article_is_about_is_known(question):
    assert asks_for_summary(question)


@pytest.mark.parametrize("question", [
    "What is it about?",  # after "What did the law ban?", about the law (tests/qa/test_followup.py)
    "What is the total in the summary table?", "What does the overview table show?", "What does the article say about NATO?",
    "What is this about Kursk?", "Summarize the main findings of the trial", "What is the report about the fire?",
])
def test_other_questions_are_not(question):
    assert not asks_for_summary(question) and summary_asked(question) is None


@pytest.mark.parametrize("question, named", [
    ("What's the Fernbrook Primary letter about?", {"fernbrook", "primari"}),
    ("Sum up the Halden Ferries e-mail", {"halden", "ferri"}),
    ("Give me the gist of the Cobble Lane story", {"cobbl", "lane"}),
    ("In a nutshell, what does the museum page say?", {"museum"}),
    ("Can you summarise Nadia's e-mail for me?", {"nadia"}),
    ("What are the key points of the minutes?", set()),
    ("What is the report about?", set()),
])
def test_a_request_may_name_the_article_it_asks_of(question, named):
    assert summary_asked(question).named == named and asks_for_summary(question) == (not named)


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


def test_an_article_of_tables_and_lists_alone_has_no_lead():
    assert lead_text("# Stock\n\n| Item | Count |\n|---|---|\n| Poles | 34 |\n\n- Counted on Saturday\n") is None


def test_a_request_for_a_summary_is_answered_with_the_article_s_lead(seed_assistant):
    # The reader had refused it (no answer 0.998), and the reply had said the article cannot be summed up.
    answer = seed_assistant.ask("What is this article about?")
    assert answer.answered and answer.text.startswith("ISLAMABAD — Russia has reaffirmed its commitment")
    assert seed_assistant.index.articles[answer.source].text[answer.start:answer.end] == answer.text
    assert answer.citations[0].answer_start is not None  # its passage cited first, the lead marked in it
    assert seed_assistant.ask("tl;dr").text == answer.text


@pytest.fixture()
def two_articles(tmp_path, embedder, shipped_reader) -> Assistant:
    articles = [parse_article("ferry.txt", b"Ferry back in service\n\nThe passenger ferry to Porthdowan resumed sailings on "
                                           b"Tuesday morning after a six-week repair to its engine.\n\nTickets cost \xc2\xa32.40.\n"),
                parse_article("kettle.md", b"# Aster kettle\n\n| Capacity | 1.7 litres |\n|---|---|\n\n"
                                           b"The Aster is a kettle for people who care about what goes into their cup, "
                                           b"with five preset temperatures.\n")]
    return Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                   log=lambda message: None)


def test_of_several_articles_one_s_lead_answers_and_the_others_are_cited_and_given_next(two_articles):
    answer = two_articles.ask("What are these articles about?")
    leads = {"ferry.txt": "The passenger ferry to Porthdowan resumed sailings on Tuesday morning after a six-week repair to its engine.",
             "kettle.md": "The Aster is a kettle for people who care about what goes into their cup, with five preset temperatures."}
    assert answer.answered and answer.text == leads[answer.source]
    other = next(citation for citation in answer.citations if citation.source != answer.source)
    assert leads[other.source] in other.text
    again = two_articles.ask("What are these articles about?", other_than=answer)  # "What else?"
    assert again.answered and again.text == leads[other.source]
    assert two_articles.ask("Summarise the article", sources="kettle.md").text == leads["kettle.md"]


def test_a_request_naming_an_article_is_answered_with_that_article_s_lead_or_none(two_articles):
    for question in ("What's the ferry story about?", "Give me the gist of the Aster kettle page"):
        answer = two_articles.ask(question)
        assert answer.answered and answer.source == ("ferry.txt" if "ferry" in question else "kettle.md")
        assert answer.text.startswith("The passenger ferry" if "ferry" in question else "The Aster is a kettle")
    # named by no article's name or opening: not another's lead ("Tickets cost £2.40" is no parking permit)
    assert not two_articles.ask("Summarise the parking permit leaflet").answered


def test_a_summary_request_of_an_article_without_prose_says_so(make_table_only):
    answer = make_table_only.ask("What is this article about?")
    assert not answer.answered


@pytest.fixture()
def make_table_only(tmp_path, embedder, shipped_reader) -> Assistant:
    article = parse_article("stock.md", "# Stock\n\n| Item | Count |\n|---|---|\n| Poles | 34 |\n| Tents | 12 |\n".encode())
    return Assistant.from_articles([article], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                   log=lambda message: None)


def test_a_lead_running_over_two_passages_is_answered_whole(tmp_path, embedder, shipped_reader):
    items = "".join(f"- Item {n}: a folding chair, a lantern and a box of matches for the camp\n" for n in range(1, 4))
    paragraph = ("The Harbour Scouts will camp at Tarn Foot from Friday 6 June to Sunday 8 June this year, as they have every "
                 "summer since 1998. Every scout brings the kit on the list above, packed in one rucksack they can carry "
                 "alone. The leaders will bring the tents, the stoves and the food for all three days of the camp. Parents collect "
                 "their children from the car park at Tarn Foot at four on the Sunday, after the last walk.")
    article = parse_article("camp.md", f"# Summer camp\n\n{items}\n{paragraph}\n".encode())
    assistant = Assistant.from_articles([article], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=lambda message: None)
    start = article.text.index(paragraph)
    lead = paragraph[:paragraph.index(" Parents")]  # within 400 characters
    answer = assistant.ask("What is this about?")
    assert answer.answered and answer.text == lead and (answer.start, answer.end) == (start, start + len(lead))
    assert not any(chunk.start <= start and start + len(lead) <= chunk.end for chunk in assistant.index.chunks)


@pytest.mark.parametrize("question", [
    "What's the headline?", "What's the headline of the Saltcote shop story?", "What is the Marren & Rook blog post called?",
    "What's the subject line of Priya's office-move email?", "What is the heading of the Hobley Green minutes?",
    "What's the page title for the Merlow Tide Mill visitor information?", "What is the article's title?",
])
def test_a_request_for_the_title_is_known(question):
    assert title_asked(question) is not None and summary_asked(question) is None


@pytest.mark.parametrize("question", [
    "What is the name of the ambassador?", "What is the title of the bill?", "What is the headline figure?",
    "Who wrote the headline?",
])
def test_other_questions_ask_for_no_title(question):
    assert title_asked(question) is None


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
    ("Greyholt Primary School\nMill Lane, Greyholt\n\n19 May 2025\n\nDear Parents and Carers,\n\nI am writing to let "
     "you know that from September the school day will end fifteen minutes later for every year group.\n", False, None),
    ("ISLAMABAD — Russia has reaffirmed its commitment to peace talks, while accusing Kiev of violating ceasefires.\n"
     "Russia Ukraine Peace Talks Resume but Stall\nAccording to Khorev, talks resumed in May 2025.\n", False, None),
])
def test_the_title_is_an_email_s_subject_a_markdown_title_or_a_line_alone_ahead_of_the_lead(text, is_markdown, expected):
    assert title_text(text, is_markdown) == expected


def test_a_request_for_the_title_is_answered_with_it_or_refused_where_there_is_none(two_articles, seed_assistant):
    answer = two_articles.ask("What is the kettle page called?")
    assert answer.answered and answer.text == "Aster kettle" and answer.source == "kettle.md"
    assert two_articles.ask("What's the headline of the ferry story?").text == "Ferry back in service"
    # The seed article opens with its dateline's paragraph: it has no headline to give
    assert not seed_assistant.ask("What's the headline?").answered


@pytest.mark.parametrize("question", ["Tell me more", "tell me more please", "Go on", "Can you elaborate?", "More?",
                                      "more details", "ok, tell me more", "Continue", "Expand on that"])
def test_asking_to_go_on_is_known(question):
    assert asks_for_more(question)


@pytest.mark.parametrize("question", ["What else?", "More than what?", "Tell me more about Khorev", "Who else?"])
def test_other_questions_do_not_ask_to_go_on(question):
    assert not asks_for_more(question)


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
    with pytest.raises(ValueError, match="^read_on goes on from an answer given from an article as loaded now, not a refusal$"):
        seed_assistant.read_on(seed_assistant.ask("What is the capital of Peru?"))
    elsewhere = Answer("Who?", "Khorev", True, 0.9, "other.txt", 0, 6)
    with pytest.raises(ValueError, match="not from other.txt, not loaded or since changed$"):
        seed_assistant.read_on(elsewhere)
    with pytest.raises(TypeError, match="^read_on goes on from an Answer, not dict$"):
        seed_assistant.read_on(elsewhere.to_dict())
