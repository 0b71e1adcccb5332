import pytest

from index.articles import Article
from qa import Assistant
from qa.choices import choices_offered, is_ruled_out, options_named


def offered(question: str) -> list[str]:
    return [question[start:end] for start, end in choices_offered(question).spans]


@pytest.mark.parametrize("question, options", [
    ("Is the body of the kettle made of glass or plastic?", ["glass", "plastic"]),
    ("Does the coach leave at 8.30 or at 9.00 on the Monday?", ["at 8.30", "at 9.00"]),  # not what follows the options
    ("Does the handle stay cool or get hot when the kettle boils?", ["stay cool", "get hot"]),
    ("Should we collect the children from the coach or from the school hall?", ["from the coach", "from the school hall"]),
    ("Was it closed because of corrosion or because of a collision?", ["because of corrosion", "because of a collision"]),
    ("Was the goal scored in the first half or the second?", ["the first half", "the second"]),
    ("Are Vale away or at home on Tuesday?", ["away", "at home"]),  # as many words as the last has of its own
    ("Can I take my dog into the restaurant, or only into the bar?", ["into the restaurant", "into the bar"]),
    ("On Sundays, does the ferry sail every 20 minutes or every 30 minutes?", ["every 20 minutes", "every 30 minutes"]),
    ("Is it red, green or blue?", ["red", "green", "blue"]),
    ("Does the room have a shower or a bath, or both?", ["a shower", "a bath"]),
    ("Which meeting room is bigger, the Weaver Room or the Shuttle Room?", ["the Weaver Room", "the Shuttle Room"]),
    ("Who scored Vale's penalty: Roe, Ekwueme or Brannigan?", ["Roe", "Ekwueme", "Brannigan"]),
    ("Who's cutting the ribbon at the opening, Priya Marland or Ellen Tate?", ["Priya Marland", "Ellen Tate"]),
    ("Did he win it? (Was it Roe or Haddow?)", None),  # a follow-up's context, after its "?"
    # right after the auxiliary, what the question is about: as long as the first, and a name's further words
    ("Is Roe or Haddow the captain?", ["Roe", "Haddow"]),
    ("Did Smith or Jones win the race?", ["Smith", "Jones"]),
    ("Is the Nimbus 50 or the Nimbus 50 Pro cheaper?", ["the Nimbus 50", "the Nimbus 50 Pro"]),
    ("Isn't the body glass or plastic?", ["glass", "plastic"]),  # an auxiliary as it is
    ("Is the kettle red or blue or green?", ["red", "blue", "green"]),
    ("Is the talk before or after lunch?", ["before", "after"]),  # sharing what follows
    ("Does it cost £5 or £7 per person?", ["£5", "£7"]),
    ("Is the ticket valid for one day or two?", ["one day", "two"]),
    ("Who won — Roe or Haddow?", ["Roe", "Haddow"]),
])
def test_a_question_offering_choices_names_its_options(question, options):
    assert (offered(question) if options else choices_offered(question)) == options


@pytest.mark.parametrize("question", [
    "Is the kettle dishwasher-safe or not?",  # a yes or a no
    "Are the bikes free to borrow or is there a charge?",  # two questions
    "Who should battery makers escalate reports of heat, smoke or swelling to?",  # what it asks about, not options
    "How much can an employee claim for staying with friends or family instead of a hotel?",
    "Who would teach from a work like the Quran, Torah or Bible?",  # a list from before the comma
    "Was it the Nimbus 50 or the Nimbus 50?",  # no option told from the other
    "Is the Pellow Arc cheaper than the Marlow Ride E3 or the Haldane Urbex 7?",  # what it is compared with
    "glass or plastic?",  # nothing opens it
    "Did Russia reaffirm its commitment?",
    "",
])
def test_other_questions_offer_none(question):
    assert choices_offered(question) is None


def test_each_option_keeps_its_own_words_and_the_subject_is_what_the_question_names_first():
    choices = choices_offered("Is the new deck of the bridge made of oak or larch?")
    assert choices.options == (frozenset({"oak"}), frozenset({"larch"}))
    assert choices.subject == "deck"  # "new" describes it
    # Each known by the words that tell it from the others; whole where one holds the other.
    assert choices_offered("Was it tested against a placebo or against a medicine?").options == \
        (frozenset({"placebo"}), frozenset({"medicin"}))
    assert choices_offered("Was the goal scored in the first half or the second?").options == \
        (frozenset({"first"}), frozenset({"second"}))  # the second half
    assert choices_offered("Is the ticket valid for one day or two?").options == (frozenset({"one"}), frozenset({"two"}))
    assert choices_offered("Is Roe or Haddow the captain?").subject == "captain"  # after the options
    # Both may answer what one may do, not which comes first, nor what a thing is.
    assert not choices_offered("Can I pay by cash or card?").one_alone
    assert choices_offered("Will it go up on Brook Lane first or on Oxley Road first?").one_alone
    assert choices_offered("Is the body glass or plastic?").one_alone
    assert choices_offered("Which is cheaper, the Nimbus 50 or the Nimbus 50 Pro?").options == \
        (frozenset({"nimbus", "50"}), frozenset({"nimbus", "50", "pro"}))


def test_a_text_names_an_option_by_all_its_own_words_and_one_naming_part_of_another_names_both():
    choices = choices_offered("Is breakfast in the Orangery or in the Net Loft?")
    assert options_named(choices, "served in the Orangery") == {0}
    assert options_named(choices, "the Net Loft") == {1}
    assert options_named(choices, "Loft or the Orangery") == {0, 1}
    assert options_named(choices, "the loft") == set()
    direction = choices_offered("Has the precept gone up or down?")  # said in other words
    assert options_named(direction, "an increase of £3,400") == {0}
    assert options_named(direction, "the precept fell") == {1}
    currency = choices_offered("Was the support in dollars or euros?")  # by its sign (the chat user's)
    assert options_named(currency, "$70.2 billion") == {0} and options_named(currency, "€5m") == {1}
    assert options_named(currency, "70.2 billion") == set()
    assert options_named(choices_offered("Did Dunmere win or lose?"), "a third defeat") == {1}
    nested = choices_offered("Which is cheaper, the Nimbus 50 or the Nimbus 50 Pro?")
    assert options_named(nested, "the Nimbus 50 Pro is quieter") == {1}  # not the Nimbus 50 too
    assert options_named(nested, "Nimbus 50") == {0}


@pytest.mark.parametrize("statement, option, ruled_out", [
    ("Breakfast is served in the Orangery, not in the Net Loft.", "Net Loft", True),
    ("Breakfast is served in the Orangery, not in the Net Loft.", "Orangery", False),
    ("Breakfast is served in the Orangery, not in the Net Loft.", "Orangery, not", True),  # runs on into a ruling out
    ("It is made of glass rather than plastic.", "plastic", True),
    ("The kettle doesn't come in red.", "doesn't come in red", True),
])
def test_an_option_the_statement_rules_out_is_found(statement, option, ruled_out):
    start = statement.index(option)
    assert is_ruled_out(statement, start, start + len(option)) is ruled_out


KETTLE = ("# The Aster kettle\n\nThe Aster is a 1.7-litre kettle for people who care about what goes into their cup.\n\n"
          "## Design\n\nThe body is made from heat-resistant borosilicate glass, with a stainless steel base and lid. The "
          "handle is made of heat-resistant plastic and stays cool to the touch. The glass body gets hot during and after "
          "boiling, so always hold the kettle by the handle.\n\n## Breakfast with the Aster\n\nOur tasting breakfast is "
          "served in the Orangery, not in the Net Loft. It is held on Saturdays at 9 a.m. At the tasting we take cash "
          "and card.\n\n| Feature | Value |\n"
          "|---|---|\n| Capacity | 1.7 litres |\n| Cordless | Yes |\n")


@pytest.fixture(scope="module")
def kettle_assistant(tmp_path_factory, embedder, shipped_reader):
    return Assistant.from_articles([Article("kettle.md", KETTLE)], reader=shipped_reader, embedder=embedder,
                                   index_dir=tmp_path_factory.mktemp("kettle-index"), log=lambda *_: None)


@pytest.mark.parametrize("question, chosen", [
    # The reader had answered "plastic" (0.64), of the handle's sentence: the body's names the body.
    ("Is the body of the kettle made of glass or plastic?", "glass"),
    # Refused (1.0) for naming 1.5, which the article does not (qa/unmentioned.py): an option offered, not asked about.
    ("Does the Aster hold 1.5 litres or 1.7 litres?", "1.7"),
    # "not in the Net Loft" (0.53) had been the answer.
    ("Is the tasting breakfast in the Orangery or in the Net Loft?", "Orangery"),
    ("Does the handle stay cool or get hot?", "cool"),
    ("Can I pay by cash or card at the tasting?", "cash and card"),  # both, named together
])
def test_a_choice_is_answered_with_the_option_the_article_says(kettle_assistant, question, chosen):
    answer = kettle_assistant.ask(question)
    assert answer.answered and chosen in answer.text and "not" not in answer.text
    assert KETTLE[answer.start:answer.end] == answer.text


def test_a_choice_the_article_does_not_settle_is_refused(kettle_assistant):
    assert not kettle_assistant.ask("Is the kettle red or blue?").answered


def test_a_comparative_between_options_none_of_which_is_named_is_refused(tmp_path, embedder, shipped_reader):
    # a chat user's gym terms: "VAT" (76 %) had answered, no option named
    terms = ("# IronPeak Fitness\n\n## Membership plans\n\n| Plan | Monthly fee | Joining fee | Access hours |\n|---|---|---|---|\n"
             "| Off-Peak | £24.99 | £10 | 10:00–16:00 weekdays |\n| Standard | £34.99 | £20 | 06:00–22:00 every day |\n"
             "| Premium | £49.99 | Free | 24 hours, both clubs |\n| Student | £19.99 | £10 | 06:00–22:00 every day |\n\n"
             "Student membership requires a valid NUS or university ID card, checked at the front desk every six months. "
             "Prices include VAT.\n")
    assistant = Assistant.from_articles([Article("gym.md", terms)], reader=shipped_reader, embedder=embedder,
                                        index_dir=tmp_path / "index", log=lambda *_: None)
    assert not assistant.ask("Which is cheaper, the Standard or the Student plan?").answered


def test_the_options_answer_as_likely_as_the_reader_finds_any_of_them_against_no_answer(kettle_assistant):
    finding = kettle_assistant.find("Is the body of the kettle made of glass or plastic?")
    best = finding.reading.best
    assert "glass" in kettle_assistant.span_text(finding, best)  # not the handle's "plastic", which the reader prefers
    assert best.probability == pytest.approx(1 - finding.reading.no_answer_probability)  # only glass is about the body
    assert all(candidate.probability < best.probability for candidate in finding.reading.candidates[1:])


def test_a_question_word_s_choice_is_also_read_without_its_options():
    assert choices_offered("Which quote did they accept: Greenfall, PlayTerra or Kestrel?").asked_alone == \
        "Which quote did they accept?"
    assert choices_offered("Who won — Roe or Haddow?").asked_alone == "Who won?"
    assert choices_offered("Is the body glass or plastic?").asked_alone is None


MINUTES = ('c) Precept: after discussion of the draft budget, it was RESOLVED to set the precept for the coming '
           'year at £48,600, an increase of £3,400 on the current year, mainly to cover the playground works '
           '(item 7) and higher insurance premiums. Proposed by Cllr Ife, seconded by Cllr Dobbs. Carried '
           'unanimously.\n'
           '\n'
           '7. Playground resurfacing\n'
           'Three quotes had been received for replacing the worn surface under the swings and climbing frame on'
           ' the Green:\n'
           '- Greenfall Surfaces: rubber mulch, £14,200\n'
           '- PlayTerra Ltd: artificial grass on shock pads, £12,950\n'
           '- Kestrel Leisure: wet-pour rubber, £16,400\n'
           'Members discussed the options at some length. Cllr Loft preferred wet-pour rubber for its '
           'durability, but other members felt that artificial grass looked more in keeping with the Green and '
           'would be easier to keep clean. It was RESOLVED to accept the quote from PlayTerra Ltd. Proposed by '
           'Cllr Galloway, seconded by Cllr Pennick. Carried: 6 for, 1 against.\n'
           'The works will take place in April, and the playground will be closed for about two weeks. The Clerk'
           ' will put notices on the gates and in the parish magazine.\n'
           '\n')


def test_the_likelier_reading_of_a_question_word_s_choice_answers(tmp_path, embedder, shipped_reader):
    # Read with its options, the reader had refused it (no answer 0.93); "Which quote did they accept?" it answers.
    assistant = Assistant.from_articles([Article("minutes.txt", MINUTES)], reader=shipped_reader, embedder=embedder,
                                        index_dir=tmp_path / "index", log=lambda *_: None)
    answer = assistant.ask("Which quote did they accept: Greenfall, PlayTerra or Kestrel?")
    assert answer.answered and answer.text.startswith("PlayTerra")
