import pytest

from index.articles import parse_article
from qa.assistant import Assistant
from qa.about import NAMING_PROBABILITY, Topic, statements_naming, topic_asked


@pytest.mark.parametrize("question, words", [
    ("What does the article say about NATO?", ("nato",)),
    ("What did the mayor say about parking?", ("park",)),
    ("what did Dr Ines Marsh write of the trial", ("trial",)),
    ("What is said about the new bypass?", ("new", "bypass")),
    ("Tell me about Khorev", ("khorev",)),
    ("Tell me a bit more about the warranty.", ("warranti",)),
    ("Is there anything about refunds?", ("refund",)),
    ("Any mention of the night bus?", ("night", "bus")),
    ("Anything on the café?", ("cafe",)),
    ("Does the review mention the noise?", ("nois",)),
    ("Does it talk about breakfast?", ("breakfast",)),
    ("What about martial law?", ("martial", "law")),  # asked first (qa/followup.py)
    # which of several articles speaks of it
    ("Which article mentions Kessler Holt?", ("kessler", "holt")),
    ("which of these talks about the renters bill", ("renter", "bill")),
    ("Which of the documents is about flood defences?", ("flood", "defenc")),
    ("In which story is Dr Okoro mentioned?", ("dr", "okoro")),
    ("Where is the refund policy mentioned?", ("refund", "polici")),
    ("Is the bake sale mentioned anywhere?", ("bake", "sale")),
    ("Where does the guide mention parking?", ("park",)),
])
def test_a_question_asking_what_is_said_about_a_topic_names_its_words(question, words):
    assert topic_asked(question).words == words


def test_the_topic_keeps_its_phrase_as_asked():
    assert topic_asked("Any mention of the night bus?").phrase == "the night bus"


@pytest.mark.parametrize("question", [
    "Who is Khorev?",
    "What does the article say?",
    "What does the article say about it?",  # no topic but a reference, which a follow-up replaces first
    "What did he say about them?",
    "Tell me the costs in June",  # asks what they are
    "How about a summary?",  # of the whole article: its lead answers (qa/overview.py)
    "What did Khorev say the reports were?",
    "Does the truce cover Kherson, Zaporizhzhia and Donetsk?",  # a yes or no of the truce, not of the article
    "Which report mentions a rise in fares?",  # may ask of a report the article cites: read as any question
    "Which country did Khorev thank?", "Which team is mentioned first?", "Which article mentions it?",
    "Which is about two miles long?", "Which one is about 300 metres tall?", "Which one covers 40 hectares?",
    "Where was the slave trade discussed?",  # a place the article names (a review's)
])
def test_other_questions_name_no_topic(question):
    assert topic_asked(question) is None


TEXT = ("## Parking\n"
        "There are 40 spaces. Parking is free after 6 p.m., the council said.\n"
        "- Night parking costs £2\n"
        "| Car park | Spaces |\n"
        "| North | 12 |\n"
        "The bus parks nearby.\n")
HEADINGS = {TEXT.index("\n"): "Parking"}


def texts(found) -> list[str]:
    return [TEXT[statement.start:statement.end] for statement in found]


def test_statements_naming_a_topic_are_its_sentences_list_items_and_rows_not_its_heading():
    found = statements_naming(Topic(("park",)), TEXT, [(0, len(TEXT))], HEADINGS)
    assert texts(found) == ["Parking is free after 6 p.m., the council said.", "Night parking costs £2",
                            "| Car park | Spaces |", "The bus parks nearby."]
    assert all(statement.probability == NAMING_PROBABILITY for statement in found)


def test_those_naming_more_of_the_topic_come_first_and_a_share_under_half_is_none():
    found = statements_naming(Topic(("night", "park")), TEXT, [(0, len(TEXT))], HEADINGS)
    assert texts(found)[0] == "Night parking costs £2" and found[0].share == 1  # a list's item without its mark
    assert found[1].share == 0.5 and found[1].probability == NAMING_PROBABILITY / 2
    assert statements_naming(Topic(("free", "night", "park")), TEXT, [(0, len(TEXT))], HEADINGS)[-1].share == 2 / 3
    assert texts(statements_naming(Topic(("bus", "free", "night", "park")), TEXT, [(0, len(TEXT))], HEADINGS)) == [
        "Parking is free after 6 p.m., the council said.", "Night parking costs £2", "The bus parks nearby."]
    # a statement naming half a topic's words need not name its last: "the bus" of "the bus lane"
    assert texts(statements_naming(Topic(("bus", "lane")), TEXT, [(0, len(TEXT))], HEADINGS)) == ["The bus parks nearby."]


def test_a_statement_names_what_the_heading_of_its_section_names_too():
    # "for a full refund" alone names half of "the refund policy", and had been refused (0.45)
    faq = "## What is your refund policy?\nYou can return it within 30 days for a full refund.\n## Delivery\nA refund takes a week.\n"
    found = statements_naming(Topic(("refund", "polici")), faq, [(0, len(faq))], dict([(faq.index("\n"), "What is your refund policy?"),
                                                                                  (faq.index("\nA "), "Delivery")]))
    assert [(faq[s.start:s.end], s.share) for s in found] == [
        ("You can return it within 30 days for a full refund.", 1), ("A refund takes a week.", 0.5)]


def test_only_the_passages_given_are_searched():
    passage = (TEXT.index("The bus"), len(TEXT))
    assert texts(statements_naming(Topic(("park",)), TEXT, [passage], HEADINGS)) == ["The bus parks nearby."]


def test_what_the_article_says_about_a_topic_is_a_sentence_naming_it(seed_assistant):
    # The reader had refused it (no answer 0.93), as if the article said nothing of NATO.
    answer = seed_assistant.ask("What does the article say about NATO?")
    assert answer.answered and "NATO" in answer.text and answer.text.endswith(".")
    assert seed_assistant.index.articles[answer.source].text[answer.start:answer.end] == answer.text
    other = seed_assistant.ask("What does the article say about NATO?", other_than=(answer,))
    assert other.answered and "NATO" in other.text and other.text != answer.text  # "What else?" gives another


def test_which_of_several_articles_names_a_topic_is_answered_with_its_statement_of_it(two_articles):
    # The reader had refused it (no answer 1.0): it asks for no phrase of an article.
    answer = two_articles.ask("Which article mentions the engine?")
    assert answer.answered and answer.source == "ferry.txt"
    assert answer.text == "The passenger ferry to Porthdowan resumed sailings on Tuesday morning after a six-week repair to its engine."
    assert not two_articles.ask("Which document talks about toasters?").answered


@pytest.mark.parametrize("question, which, several", [
    ("Which article mentions the harbour?", True, False), ("Which other article mentions the harbour?", True, False),
    ("Which articles mention the harbour?", True, True), ("which of these mention the harbour", True, True),
    ("In which documents is the harbour mentioned?", True, True), ("Which ones talk about the harbour?", True, True),
    ("What does the article say about the harbour?", False, False), ("Where is the harbour mentioned?", False, False),
])
def test_a_question_asking_which_articles_name_a_topic_says_so(question, which, several):
    topic = topic_asked(question)
    assert (topic.which, topic.several) == (which, several)


def test_which_other_article_names_a_topic_is_another_article_s_statement_as_sure_as_the_first(three_towns):
    # "Any others?" had given another sentence of the same article, less sure each time (24 %, 32 %).
    first = three_towns.ask("Which article mentions the harbour?")
    other = three_towns.ask("Which other article mentions the harbour?", other_than=first)
    assert {first.source, other.source} == {"fair.txt", "bus.txt"} and first.score == other.score == NAMING_PROBABILITY
    assert not three_towns.ask("Which other article mentions the harbour?", other_than=(first, other)).answered


def test_which_document_asked_of_one_article_asks_of_documents_it_names(tmp_path, embedder, shipped_reader):
    # Read as which loaded article names them, it had been answered with the whole sentence (a review's).
    text = ("The Magna Carta of 1215 set out the rights of barons against the king. Centuries later, the Bill of Rights "
            "of 1689 dealt with the rights of Parliament.")
    assistant = Assistant.from_articles([parse_article("charters.txt", text.encode())], reader=shipped_reader,
                                        embedder=embedder, index_dir=tmp_path / "index", log=lambda message: None)
    assert assistant.ask("Which document mentioned the rights of barons?").text == "The Magna Carta"


def test_which_articles_name_a_topic_reaches_each_article_however_long_another_is(tmp_path, embedder, shipped_reader):
    # A 200-paragraph log's passages had filled the 40 read: "Which other article…?" was refused, the fair's never reached.
    log = "\n\n".join(f"Day {day}: the harbour master logged {day % 7 + 2} boats in and out." for day in range(200))
    articles = [parse_article("log.txt", log.encode()),
                parse_article("fair.txt", b"The summer fair opens at noon. The harbour choir will sing at three.")]
    assistant = Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=lambda message: None)
    logged = assistant.ask("Which article mentions the harbour master?")
    assert logged.source == "log.txt"
    assert assistant.ask("Which other article mentions the harbour?", other_than=logged).source == "fair.txt"


def test_another_article_naming_a_topic_is_found_though_its_statement_holds_the_first_answer(tmp_path, embedder,
                                                                                            shipped_reader):
    # The chat user's: the minutes' "… at the Riverside Community Library." had repeated the page's answer, the
    # library's name, and "Any others?" was told of none
    articles = [parse_article("library.txt", b"Riverside Community Library\n\nThe library reopened on 3 March 2025."),
                parse_article("minutes.txt", b"Minutes\n\nThe chair thanked the volunteers. The next meeting will be on "
                                             b"7 July at the Riverside Community Library.")]
    assistant = Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=lambda message: None)
    question = "Which articles mention the Riverside Community Library?"
    first = assistant.ask(question)
    assert first.text == "Riverside Community Library" and first.source == "library.txt"
    assert assistant.ask(question, other_than=first).source == "minutes.txt"


def test_a_title_heads_no_section_whose_statements_would_name_it(tmp_path, embedder, shipped_reader):
    # "The bus timetable changes in May." under the title "Ferry back in service" had answered for the ferry timetable.
    articles = [parse_article("ferry.txt", b"Ferry back in service\n\nThe passenger ferry resumed sailings on Tuesday.\n\n"
                                           b"The bus timetable changes in May.\n"),
                parse_article("library.txt", b"The library opens late on Thursdays.\n")]
    assistant = Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=lambda message: None)
    assert assistant.ask("Which article mentions the ferry timetable?").text != "The bus timetable changes in May."


def test_a_topic_the_article_never_names_is_refused(seed_assistant):
    assert not seed_assistant.ask("Is there anything about China?").answered


def test_a_topic_naming_a_number_the_article_never_does_is_refused(seed_assistant):
    # Not the 2015 agreements' sentence, which names the rest of it: about what the article does not have (qa/unmentioned.py).
    answer = seed_assistant.ask("Tell me about the 2019 Minsk agreements")
    assert not answer.answered and seed_assistant.not_mentioned(answer.question) == ["2019"]


def test_a_country_is_named_by_its_people_s_adjective(seed_assistant):
    # "What does the article say about Poland?" had been refused (1.0), of "Russian drones entering Polish airspace".
    answer = seed_assistant.ask("What does the article say about Poland?")
    assert answer.answered and "Polish airspace" in answer.text
    assert statements_naming(Topic(("poland",)), "We polish the silver.", [(0, 21)], {}) == []  # not the verb


def test_what_someone_said_about_a_topic_is_none_of_another_speaker_s_statements(seed_assistant):
    # "What did Trump say about the bridge explosions?" had been answered with Khorev's "he accused Kiev…" (0.90)
    assert not seed_assistant.ask("What did Trump say about the bridge explosions?").answered
    assert not seed_assistant.ask("What did Putin say about the Alaska meeting?").answered
    khorev = seed_assistant.ask("What did Khorev say about the bridge explosions?")
    assert khorev.text.startswith("Additionally, he accused Kiev of carrying out")
    assert seed_assistant.ask("What did the ambassador say about NATO?").answered  # a sayer of no name: any statement


def test_a_topic_naming_a_kind_of_detail_is_named_by_a_detail_of_that_shape(tmp_path, embedder, shipped_reader):
    # The chat user's "Which articles mention an email address?" had been refused: "Email hello@…" named half its words
    articles = [parse_article("library.txt", b"Riverside Library\n\nThe library reopened in March. Email "
                                             b"hello@riverside.example or call 01632 960 412."),
                parse_article("trip.txt", b"Museum trip\n\nIf you can help, please write to trips@hollybrook.example."),
                parse_article("notes.txt", b"Bakery notes\n\nThe bakery opened on 2025-09-14 on Mill Lane. Ticket "
                                           b"1234567890 won the raffle.")]  # a date, nine figures in a row: no phone
    assistant = Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                        log=lambda message: None)
    question = "Which articles mention an email address?"
    first = assistant.ask(question)
    other = assistant.ask(question, other_than=first)
    assert {first.source, other.source} == {"library.txt", "trip.txt"} and "@" in first.text and "@" in other.text
    assert not assistant.ask(question, other_than=(first, other)).answered
    phone = assistant.ask("Which articles mention a phone number?")
    assert phone.source == "library.txt" and "01632 960 412" in phone.text  # not the bakery's date
    assert not assistant.ask("Which articles mention a phone number?", other_than=phone).answered


def test_what_someone_said_is_their_own_statement_first_and_only_theirs_where_they_speak(tmp_path, embedder, shipped_reader):
    # a probe's: "What did Patel say about the bridge?" had been answered with the headline, and "What did Jones say about
    # the bridge?" too, where Jones speaks of no bridge
    text = (b"Bridge repairs delayed\n\nCouncil leader Mary Jones said the contractor had gone into administration. After "
            b"residents claimed the bridge was unsafe, Dr Priya Patel said the bridge was structurally sound.")
    assistant = Assistant.from_articles([parse_article("bridge.txt", text)], reader=shipped_reader, embedder=embedder,
                                        index_dir=tmp_path / "index", log=lambda message: None)
    assert assistant.ask("What did Patel say about the bridge?").text.startswith("After residents claimed the bridge")
    assert not assistant.ask("What did Jones say about the bridge?").answered
