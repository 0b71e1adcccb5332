import pytest

from index.articles import parse_article
from qa.assistant import Assistant
from qa.overview import asks_for_more, asks_for_summary, asks_of_each, asks_of_this_one, summary_asked, title_asked


@pytest.mark.parametrize("question", [
    "What is this article about?", "what's the story about", "whats this article about", "Summarize the article.",
    "Can you give me a summary?",
    "tl;dr", "TL;DR please", "What are the main points?", "What does the article say?", "Give me an overview of the report",
    "How about a summary?", "Can you summarize it?", "what is this about?", "Please summarise this article",
    "Give me the gist", "What is the gist of the story?", "So what are these articles about?", "Sum it up",
    "Summarize the article in one sentence", "Can I get a summary?", "I'd like a summary",
    "What is the article about, in short?", "Summarise the recipe",
])
def test_a_request_for_what_the_article_is_about_is_known(question):
    assert asks_for_summary(question)


@pytest.mark.parametrize("question", [
    "What is it about?",  # after "What did the law ban?", about the law (tests/qa/test_followup.py)
    "What is the total in the summary table?", "What does the overview table show?", "What does the article say about NATO?",
    "What is this about Kursk?", "Summarize the main findings of the trial", "What is the report about the fire?",
    "What does the second paragraph of the article say?", "What is the refit in the article about?",  # in the article
    "What were his stories about?", "What were Poe's stories about?",  # documents an article speaks of (a review's)
    "What is the policy about?", "What does the OA policy cover?",  # a policy summed up alone is a document (SQuAD's)
    "Sum up the Stormwick Bastion user manual please",  # of a product page: no manual is loaded (bench/overview)
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
    ("what is the staff update about", {"staff"}),
    ("tl;dr of the laptop note", {"laptop"}),  # the chat user's: a note, and a policy summed up, are documents too
    ("Sum up the laptop note", {"laptop"}),
    ("Summarise the expenses policy", {"expens"}),
])
def test_a_request_may_name_the_article_it_asks_of(question, named):
    assert summary_asked(question).named == named and asks_for_summary(question) == (not named)


@pytest.mark.parametrize("question", [
    "What are these articles about?", "Summarise the articles", "Summarise them all", "What is each article about?",
    "Give me a summary of all the documents", "Sum up both e-mails", "What are the headlines?",
    "What are the articles called?", "What are the titles of the documents?", "What do these stories say?",
    "list the titles of my docs",
])
def test_a_request_asked_of_every_article_is_known(question):
    assert asks_of_each(question)


@pytest.mark.parametrize("question", [
    "What is this article all about?", "What is the article about?", "What's the headline?", "What are the main points?",
    "Summarise the Halden Ferries e-mails",  # named: its lead alone
    "Which articles mention the ferry?",  # no request for their summaries
])
def test_a_request_of_one_article_or_none_is_not(question):
    assert not asks_of_each(question)


@pytest.mark.parametrize("question, of_this_one", [
    ("What is this article about?", True), ("What's the headline?", True), ("tl;dr", True), ("Sum it up", True),
    ("What else is this article about?", True), ("What's the story about?", True),
    ("Summarise the recipe", False), ("What's the blog post called?", False), ("What is the FAQ for?", False),  # a kind of one
    ("What are these articles about?", False), ("What's the ferry story about?", False),
])
def test_a_request_of_the_article_shown_names_none_nor_a_kind_of_one(question, of_this_one):
    # "Summarise the recipe" had been asked of whichever article was shown (a review's).
    assert asks_of_this_one(question) == of_this_one


def test_a_request_for_a_summary_is_answered_with_the_article_s_lead(seed_assistant):
    # The reader had refused it (no answer 0.998), and the reply had said the article cannot be summed up.
    answer = seed_assistant.ask("What is this article about?")
    assert answer.answered and answer.text.startswith("ISLAMABAD — Russia has reaffirmed its commitment")
    assert seed_assistant.index.articles[answer.source].text[answer.start:answer.end] == answer.text
    assert answer.citations[0].answer_start is not None  # its passage cited first, the lead marked in it
    assert seed_assistant.ask("tl;dr").text == answer.text


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
    "What's the blog post called?", "What's the title of the festival listing?", "what is the company update titled?",
])
def test_a_request_for_the_title_is_known(question):
    assert title_asked(question) is not None and summary_asked(question) is None


@pytest.mark.parametrize("question", [
    "What is the name of the ambassador?", "What is the title of the bill?", "What is the headline figure?",
    "Who wrote the headline?", "What were their titles?", "What are the subjects?", "What were the documents called?",
])
def test_other_questions_ask_for_no_title(question):
    assert title_asked(question) is None


def test_a_request_for_the_title_is_answered_with_it_or_refused_where_there_is_none(two_articles, seed_assistant):
    answer = two_articles.ask("What is the kettle page called?")
    assert answer.answered and answer.text == "Aster kettle" and answer.source == "kettle.md"
    assert two_articles.ask("What's the headline of the ferry story?").text == "Ferry back in service"
    # The seed article opens with its dateline's paragraph: it has no headline to give
    assert not seed_assistant.ask("What's the headline?").answered


@pytest.mark.parametrize("question", ["Tell me more", "tell me more please", "Go on", "Can you elaborate?", "More?",
                                      "more details", "ok, tell me more", "Continue", "Expand on that", "Tell me more about it",
                                      "Go on then", "Keep reading", "More info", "And?", "And then?", "What next?"])
def test_asking_to_go_on_is_known(question):
    assert asks_for_more(question)


@pytest.mark.parametrize("question", ["What else?", "More than what?", "Tell me more about Khorev", "Who else?", "And why?",
                                      "And the body?"])
def test_other_questions_do_not_ask_to_go_on(question):
    assert not asks_for_more(question)


def test_a_pdf_s_headline_is_the_heading_over_its_first_paragraph(tmp_path, embedder, shipped_reader, news_pdf):
    (tmp_path / "news.pdf").write_bytes(news_pdf)
    assistant = Assistant.from_files([tmp_path / "news.pdf"], reader=shipped_reader, embedder=embedder,
                                     index_dir=tmp_path / "index", log=lambda message: None)
    assert assistant.ask("What's the headline?").text == "Talks to resume in Geneva"
    assert assistant.ask("What is this article about?").text.startswith("The envoy, Albert Khorev, told reporters")
