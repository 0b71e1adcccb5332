import pytest

from qa.about import topic_asked
from qa.attribution import someone_else_s, speaker_of_quote

BRIEFING = ("Peace Talks Resume but Stall\n\nAccording to Khorev, President Vladimir Putin resumed direct talks in May. "
            "Khorev welcomed the Alaska meeting between Presidents Putin and Donald Trump, saying both leaders showed a "
            "willingness to compromise. Additionally, he accused Kiev of carrying out attacks on railway bridges. "
            "He further alleged that martial law enabled an authoritarian regime. “Russia remains open to dialogue,” "
            "Khorev said. The talks were held in Islamabad.")


@pytest.mark.parametrize("sentence, sayer, else_s", [
    ("Khorev welcomed", "Trump", True),  # named before its verb of saying; Trump is named, but as no speaker
    ("Khorev welcomed", "Khorev", False),
    ("Khorev welcomed", "Albert P. Khorev", False),
    ("Additionally, he accused", "Trump", True),  # "he", the speaker named last
    ("Additionally, he accused", "Khorev", False),
    ("He further alleged", "Zelensky", True),  # an adverb between
    ("According to Khorev", "Putin", True),
    ("“Russia remains", "Trump", True),  # "…,” Khorev said."
    ("The talks were held", "Trump", False),  # a sentence of no speaker told is nobody else's
    ("Khorev welcomed", "the ambassador", False),  # a sayer of no name
    ("Khorev welcomed", "Khorv", False),  # a name misspelt in the question
])
def test_a_sentence_is_someone_else_s_where_the_article_names_its_speaker_and_it_is_not_the_one_asked(sentence, sayer, else_s):
    assert someone_else_s(BRIEFING, BRIEFING.index(sentence), sayer) is else_s


def test_a_heading_names_no_speaker_for_he_to_stand_for():
    # "Progress Claimed in…" had made "Progress" the speaker of the "he" after it
    text = "Khorev spoke first.\n\nProgress Claimed in Talks\n\nHe praised the hosts. Khorev thanked Pakistan."
    assert not someone_else_s(text, text.index("He praised"), "Khorev")


@pytest.mark.parametrize("text, sentence, sayer, else_s", [
    # the session's review: "he" for the one named last as a sentence's subject, not the last speaker
    ("Khorev said the talks stalled. Trump arrived in Moscow on Friday. He said the bridge explosions were a tragedy.",
     "He said the bridge", "Trump", False),
    ("According to Reuters, Trump said the talks stalled.", "According", "Trump", False),  # a source, its speaker named
    ("Putin and Trump said they would meet again.", "Putin and", "Putin", False),  # speakers joined by "and"
    ("Putin and Trump said they would meet again.", "Putin and", "Zelensky", True),
    ("Khorev spoke. Despite limited breakthroughs, the talks went on. He praised the hosts.", "He praised", "Khorev", False),
    # a quote's own verbs are its speaker's words: the speaker after it (bench/about's "Everyone told us…")
    ('"Everyone told us farmers wouldn\'t pay for technology," says Okafor-Lund, 36.', '"Everyone', "Okafor-Lund", False),
])
def test_speakers_are_told_as_news_names_them(text, sentence, sayer, else_s):
    assert someone_else_s(text, text.index(sentence), sayer) is else_s


def test_a_document_asked_what_it_says_is_no_speaker():
    assert topic_asked("What do the Riverside minutes say about the library?").sayer == ""
    assert topic_asked("What does the Guardian article say about Kyiv?").sayer == ""
    assert topic_asked("What did Trump say about the bridge explosions?").sayer == "Trump"


@pytest.mark.parametrize("text, sentence, sayer, else_s", [
    # a probe's: "she" after a verb that says nothing; a name set off by commas; a clause before the speaker's; an
    # organisation before a role; a title or four letters shared are no one person
    ("Mary Jones said the bridge would reopen. Engineer Priya Patel disagreed. She said the bridge needed repairs.",
     "She said", "Patel", False),
    ("Mary Jones said the bridge would reopen. Engineer Priya Patel disagreed. She said the bridge needed repairs.",
     "She said", "Jones", True),
    ("Mary Jones said so. Priya Patel, the chief engineer, said the bridge was sound.", "Priya Patel,", "Patel", False),
    ("The company's chief executive, Sarah Khan, said profits rose.", "The company", "Khan", False),
    ("After residents claimed the bridge was unsafe, Dr Priya Patel said it was sound.", "After", "Patel", False),
    ("The minister told reporters that Putin said nothing.", "The minister", "Putin", False),  # no one named: nobody else's
    ("Acme spokesperson Tom Reed said the company would bid.", "Acme", "Acme", False),
    ("Professor Alan Lee said fees would rise.", "Professor", "Professor Nina Patel", True),
    ("Chris Paterson said the wall would collapse.", "Chris", "Patel", True),
])
def test_speakers_are_told_past_what_news_puts_around_them(text, sentence, sayer, else_s):
    assert someone_else_s(text, text.index(sentence), sayer) is else_s


WARNING = ("Russian Ambassador Albert P. Khorev spoke in Islamabad. He said Moscow does not seek confrontation. "
            "Nevertheless, he warned that any NATO presence in Ukraine is “unacceptable.” The talks stalled in June.")


@pytest.mark.parametrize("question, speaker", [
    # the chat's "Who said that?" after his warning had been refused (95 %): "he" is the one named last
    ("Who said “Nevertheless, he warned that any NATO presence in Ukraine is “unacceptable.””?", "Albert P. Khorev"),
    ("who said \"Moscow does not seek confrontation\"", "Albert P. Khorev"),
    ("Who said “The talks stalled in June”?", None),  # no one is named saying it
    ("Who said “peace is near”?", None),  # not in the text
    ("Who said that?", None),  # quoting nothing
])
def test_who_says_a_quoted_statement_is_its_sentence_s_speaker(question, speaker):
    span = speaker_of_quote(question, WARNING)
    assert (WARNING[span[0]:span[1]] if span else None) == speaker


FLOOD = ("Residents of the estate in Kelbury have called for an inquiry. Councillor Janet Okonkwo said the council had been "
         "warned. \"Nothing was done,\" she said. The cabinet member, Councillor David Fennimore, defended the record. \"We "
         "have spent £1.2 million on defences,\" he said. The water rose on Friday, Okonkwo said, and fell on Friday.")


@pytest.mark.parametrize("quoted, speaker", [
    ("Nothing was done", "Janet Okonkwo"),
    # a probe's: "he" after the councillor "she" stood for had made her say her opponent's words
    ("We have spent £1.2 million on defences", None),
    ("have called for an inquiry", None),  # a place before the verb, no person
    ("Friday", None),  # said twice: which is not told
])
def test_who_says_a_quoted_statement_is_told_only_where_the_article_tells_it(quoted, speaker):
    span = speaker_of_quote(f"Who said “{quoted}”?", FLOOD)
    assert (FLOOD[span[0]:span[1]] if span else None) == speaker
