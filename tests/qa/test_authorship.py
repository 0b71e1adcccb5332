"""Questions about who wrote the article, as the reader is asked them."""
from __future__ import annotations

import pytest

from index.articles import parse_article
from qa.assistant import Assistant
from qa.authorship import (as_read_for_author, asks_who_signed, document_asked, letter_described, not_asked_of_the_byline,
                           says_it_is, work_named)


@pytest.mark.parametrize("question, as_read", [
    ("Who wrote the article?", "Who is the article by?"),
    ("who wrote this report", "Who is the report by?"),
    ("Who is the author of the story?", "Who is the story by?"),
    ("Who was the piece written by?", "Who is the piece by?"),
    ("Who wrote?", "Who is the article by?"),
    ("Who wrote the ultrabook comparison?", "Who is the comparison by?"),  # up to two words saying which (a blind set's)
    ("Who wrote this week's column?", "Who is the column by?"),
    # a set written blind, session 63: three words saying which, what it reviews; had been the chef's name (90 %)
    ("Who wrote the Elmsworth Courier review of Saltmarsh & Sorrel?", "Who is the review by?"),
    ("who wrote the saltmarsh & sorrel review", "Who is the review by?"),
    ("Who is the author of the Saltmarsh & Sorrel review?", "Who is the review by?"),
    ("Who wrote the song about the war?", None),
    ("who wrote the piece on the Copper Kettle?", "Who is the piece by?"),  # a probe's: "The Ashby Gazette" had answered
    ("Who wrote the story about the Riverside flood?", "Who is the story by?"),
    ("Who wrote the story about the war?", None),  # no name: a story the article may tell of
    ("Who wrote the 2020 review of the debate?", None),  # a work the article tells of (a blind set's, SQuAD's)
    ("Who wrote the story of Crassus?", None),
    ("Who wrote The London Review of 1861?", None),
    ("Who wrote the book The Story of Tibet?", None),
    ("Who wrote the first draft of the treaty?", None),
    ("Who is the author?", None),  # a review's may ask about the book's
    ("Who wrote the law?", None),
    ("Who wrote to the council?", None),
    ("What did the article say about rent?", None),
    ("Who signed the letter?", "Who is the letter by?"),
    ("Who is the letter from?", "Who is the letter by?"),
    ("Who sent this email?", "Who is the email by?"),
    ("Who was the e-mail sent by?", "Who is the e-mail by?"),
    ("who signed the letter from the letting agency", "Who is the letter by?"),  # a set written blind, session 60
    ("Who wrote the letter to parents?", "Who is the letter by?"),
    ("Who signed the contract?", None),
    ("Who sent the money?", None),
    ("Who signed the article?", None),  # an article is signed by its byline, asked who wrote it
])
def test_a_question_about_who_wrote_the_article_is_read_as_the_reader_understands_it(question, as_read):
    assert as_read_for_author(question) == as_read


@pytest.mark.parametrize("question, signed, work", [
    ("Who signed the letter?", True, ""),
    ("who wrote the trip letter", True, "trip"),
    ("Who is the recall notice from?", True, "recall"),
    ("Who wrote the transfer story?", False, "transfer"),
    ("Who wrote the review of Saltmarsh & Sorrel?", False, "Saltmarsh & Sorrel"),
    ("Who is the author of the Elmsworth Courier review?", False, "Elmsworth Courier"),
    ("Who wrote?", False, ""),
    # bench/unseen17 (written blind): a statement, whose, and which letter in up to six words
    ("Who signed Mrs Okonkwo-Hart's Caldermere annual benefit statement?", True, "Caldermere annual benefit"),
    ("Who signed the Marrowdene Borough Council parking permit renewal letter?", True, "Marrowdene Borough Council parking permit renewal"),
    ("Who signed the statement of intent?", False, ""),
])
def test_who_signed_or_sent_a_letter_asks_for_its_signature_not_a_byline(question, signed, work):
    assert (asks_who_signed(question), work_named(question)) == (signed, work)


def test_a_letter_described_by_whom_it_is_to_is_the_one_whose_opening_names_them():
    # bench/unseen16 (written blind): "… e-mail to Imogen Catterall?" had been refused beside an e-mail "To: Imogen Catterall"
    mail = "From: Larkspur & Loom <orders@shop.example>\nTo: Imogen Catterall <imogen@mail.example>\nSubject: Order confirmed\n\n"
    question = "Who signed the Larkspur & Loom order confirmation e-mail to Imogen Catterall?"
    assert letter_described(question) and not letter_described(question, mail)
    assert letter_described("Who signed the e-mail to the minister?", mail)
    assert letter_described("Who sent the e-mail to Larkspur & Loom?", mail)  # whom it is from (a code review's)


def test_who_signed_a_statement_or_an_invoice_asks_of_a_document_saying_it_is_one():
    question = "Who signed Mrs Okonkwo-Hart's Caldermere annual benefit statement?"  # bench/unseen17, written blind
    assert document_asked(question) == "statement" and document_asked("Who signed the letter?") == ""
    assert says_it_is("statement", "CALDERMERE WORKPLACE PENSIONS\n\nANNUAL BENEFIT STATEMENT 2024/25\n")
    assert not says_it_is("statement", "Fenwick Library\n\nDear Friends,\n\n" + "We met. " * 40 + "Our chairman made a statement.\n")
    # a bill too (bench/unseen19, written blind: refused)
    assert document_asked("Who signed Mrs Pettigrew's Wendlecombe council tax bill?") == "bill"
    assert says_it_is("bill", "WENDLECOMBE DISTRICT COUNCIL\nRevenues and Benefits Service\n\nCOUNCIL TAX BILL 2025/26\n")


STORY = ("Hospice treasurer jailed\n\nBy Kate Embleton, Crime Reporter\n\nCASTLEGATE, Friday\n\n"
         "A former treasurer who stole £1.3m from a hospice has been jailed. Judge Peter Lanyon said he had betrayed it.\n")


def span(text: str, phrase: str) -> tuple[int, int]:
    return STORY.index(phrase), STORY.index(phrase) + len(phrase)


@pytest.mark.parametrize("question, phrase, refused", [
    ("Who stole the money?", "Kate Embleton", True),  # the reporter's name, which the reader had answered
    ("Who is the article by?", "Kate Embleton", False),  # as an author question is read
    ("Who is the crime reporter?", "Kate Embleton", False),  # what the byline says besides her name
    ("Who was jailed?", "CASTLEGATE", True),  # the dateline's town is no one
    ("Where was the trial?", "CASTLEGATE", False),
    ("Where did the man who was jailed live?", "CASTLEGATE", False),  # asking where
    ("Who was the judge?", "Peter Lanyon", False),
])
def test_a_byline_s_name_or_a_dateline_s_place_answers_only_what_asks_of_them(question, phrase, refused):
    assert not_asked_of_the_byline(question, STORY, *span(STORY, phrase)) == refused


def test_a_paragraph_opening_with_a_name_in_capitals_is_no_dateline():
    text = "Chip makers cut jobs\n\nIBM, meanwhile, said it would cut 300 jobs.\n\nUNICEF - the charity - warned of it.\n"
    for name in ("IBM", "UNICEF"):
        assert not not_asked_of_the_byline("Who will cut 300 jobs?", text, text.index(name), text.index(name) + len(name))


def assistant_of(texts: dict[str, str], tmp_path, embedder, shipped_reader) -> Assistant:
    """An assistant over articles by their names and texts."""
    return Assistant.from_articles([parse_article(name, text.encode()) for name, text in texts.items()], reader=shipped_reader,
                                   embedder=embedder, index_dir=tmp_path / "index", log=lambda message: None)


def test_who_wrote_one_of_several_articles_is_its_byline(tmp_path, embedder, shipped_reader):
    # "Who wrote the transfer story?" had been answered with the other story's reporter (0.86).
    texts = {"court-fraud.txt": STORY,
             "sport-transfer.txt": "Rovers sign Adeyemi\n\nBy Marcus Oyelaran, Football Correspondent\n\nKingsmead Rovers have "
                                   "signed the winger Jonah Adeyemi for £18m on a five-year contract.\n",
             "ultrabook-comparison.txt": "Ultrabook comparison\n\nWe compared three thin laptops over a month of daily use. "
                                         "This comparison was written by Sam Price.\n",
             "harbour-review.txt": "Restaurant review: Saltmarsh & Sorrel, Wellcombe\n\nBy Harriet Linnane-Cole\n\nThe chef-owner is "
                                   "Tobias Ferrand-Muir, who opened Saltmarsh & Sorrel in May with his partner, Delphine Aucott.\n"}
    assistant = assistant_of(texts, tmp_path, embedder, shipped_reader)
    # which review, by what it reviews (a set written blind, session 63: had been the chef, 90 %)
    assert assistant.ask("Who wrote the review of Saltmarsh & Sorrel?").text == "Harriet Linnane-Cole"
    assert assistant.ask("who wrote the saltmarsh & sorrel review").text == "Harriet Linnane-Cole"
    assert assistant.ask("Who wrote the transfer story?").text.startswith("Marcus Oyelaran")
    assert assistant.ask("Who wrote the fraud story?").text.startswith("Kate Embleton")
    assert not assistant.ask("Who signed a five-year contract?").text.startswith("Marcus")
    # named, without a byline: read for its writer, not refused for lacking one
    assert assistant.ask("Who wrote the ultrabook comparison?").text == "Sam Price"


def test_who_signed_a_letter_is_its_signature_not_a_reporter_nor_a_letter_another_document_names(tmp_path, embedder, shipped_reader):
    # "Who signed the letter?" had been answered from the minutes of a meeting that wrote one (0.50, a set written blind)
    texts = {"trip-letter.txt": "Year 6 residential\n\nDear parents,\n\nThe trip to Hollins Edge is on 9 March. The cost is "
                                "£185.\n\nYours sincerely,\n\nMrs Eleanor Pask\nHeadteacher\n",
             "minutes.md": "# Minutes\n\n## Traffic\n\nResidents discussed lorries. Colin Threlfall will write a letter to the "
                           "council's highways team asking for a weight restriction.\n",
             "news.txt": "MPs write to minister\n\nBy Jane Doe, Political Editor\n\nFifty MPs signed a letter to the minister "
                         "on Tuesday, led by Sir Alan Hale.\n"}
    assistant = assistant_of(texts, tmp_path, embedder, shipped_reader)
    for question in ("Who signed the letter?", "Who is the letter from?", "Who wrote the trip letter?"):
        answer = assistant.ask(question)
        assert (answer.text, answer.source) == ("Mrs Eleanor Pask", "trip-letter.txt"), question
    assert assistant.ask("Who wrote the article?", sources=["news.txt"]).text.startswith("Jane Doe")
    assert not assistant.ask("Who signed the letter?", sources=["news.txt"]).text.startswith("Jane Doe")
    # a letter said which is read for, not the signed one's signature (the session's code review: "Mrs Eleanor Pask")
    assert assistant.ask("Who signed the letter to the minister?").text != "Mrs Eleanor Pask"
    # of articles, one with a byline: the byline answers who wrote the article, not a letter's signature
    assert assistant.ask("Who wrote the article?").text.startswith("Jane Doe")
    # nor a statement none says it is, the trip letter's signature (a code review's: a library letter's had answered)
    assert assistant.ask("Who signed the statement?").text != "Mrs Eleanor Pask"
