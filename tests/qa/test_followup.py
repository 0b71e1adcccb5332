"""Follow-up questions: the rewriting rules, and a measurement on written follow-up pairs over
the seed article (run with -s to see the numbers)."""
from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from qa.answer import Answer, Citation
from qa.followup import Resolved, ask_resolved, resolve_followup
from qa.grammar import proper_names, tokenize
from qa.references import reference_kinds
from qa.metrics import f1
from qa.turn import Turn


def previous(question: str, answer: str = "", *passages: str) -> Turn:
    """A turn whose answer cites `passages`."""
    citations = [Citation("article", 0, len(passage), passage, 0.9) for passage in passages]
    return Turn(question, Answer(question, answer, bool(answer), 0.9, citations=citations))


def test_a_question_without_a_previous_turn_is_unchanged_and_names_what_it_cannot_resolve():
    assert resolve_followup("When did he say that?", None) == Resolved("When did he say that?", "When did he say that?",
                                                                         ("he", "that"))
    assert resolve_followup("What did Khorev say he wanted?", None).unresolved == ()
    assert resolve_followup("Where is the law that bans it?", None).unresolved == ("it",)
    # A bare question or a fragment asked first refers back as a whole, to nothing.
    for question in ("Where?", " And why? ", "And Khorev?", "Which other country?", "Any others?", "Anyone else?"):
        assert resolve_followup(question, None) == Resolved(question, question, (question.strip(),))
    # But "What about martial law?" first asks what the article says about it (qa/about.py).
    assert resolve_followup("What about martial law?", None) == Resolved("What about martial law?", "What about martial law?")
    for question in ("Where was the briefing held?", "And who is the president of Ukraine?", "But why did the talks fail?",
                     "and when was the briefing?", "And is the ceasefire holding?"):  # whole questions, however they open
        assert resolve_followup(question, None).unresolved == ()


@pytest.mark.parametrize("question", ["Did he win it?", "What about them?", "What did it float?", "Why?"])
def test_a_previous_turn_without_a_question_is_read_as_none(question):
    for empty in ("", " ", "?"):
        assert resolve_followup(question, previous(empty, "x")) == resolve_followup(question, None)  # "Did he win it?" had crashed


def test_a_first_question_s_reference_after_a_name_is_taken_to_stand_for_what_the_question_names():
    for question in ("To what process did Moscow reconfirm its dedication?",
                     "Rather than political stunts, what does Moscow say it is concentrating on?",
                     "Since when had direct Russia–Ukraine talks been on pause before they resumed?"):
        assert resolve_followup(question, None).unresolved == ()
    assert resolve_followup("What did they say about Khorev?", None).unresolved == ("they",)


def test_replacing_a_reference_keeps_the_rest_of_the_question_as_typed():
    resolved = resolve_followup("Who is the <b>ambassador</b> & what's *his* name?", previous("Who spoke?", "Albert P. Khorev"))
    assert resolved.question == "Who is the <b>ambassador</b> & what's *Albert P. Khorev's* name?"


def test_a_pronoun_in_capitals_is_an_acronym_unless_the_whole_question_is_in_capitals():
    # The chat user's: "How many laptops will IT order?" had been asked "How many laptops will the laptop note order?"
    note = previous("Who wrote the laptop note?", "Dana Whitlow")
    assert resolve_followup("How many laptops will IT order?", note).question == "How many laptops will IT order?"
    assert reference_kinds(tokenize("WHAT DID IT SAY?")) == reference_kinds(tokenize("What did it say?"))
    assert "person" not in reference_kinds(tokenize("What did the BBC say he wanted?"))  # a name in capitals: he is the BBC's


def test_what_settles_a_yes_or_no_is_no_thing_it_stands_for():
    # The chat user's: "When does it open on Saturday?" had been asked "When does Closed open on Saturday?"
    assert resolve_followup("When does it open on Saturday?", previous("Is the library open on Wednesday?", "Closed")
                            ).question == "When does it open on Saturday?"
    assert resolve_followup("Who won it?", previous("Was the match cancelled?", "postponed")).question == "Who won the match?"


def test_a_thing_named_by_a_name_is_no_amount_a_question_counts():
    # The chat user's: "How many Minsk agreements did the West give Ukraine?" (99 %); asked as a topic now
    money = previous("How much money did the West give Ukraine?", "$70.2 billion")
    assert resolve_followup("What about the Minsk agreements?", money).question == "What about the Minsk agreements?"
    exchanged = previous("How many prisoners of war were exchanged?", "over 1,000")
    assert resolve_followup("And the remains?", exchanged).question == "How many remains were exchanged?"
    assert resolve_followup("What about the Ukrainian soldiers?", exchanged).question == "How many Ukrainian soldiers were exchanged?"


def test_a_question_without_references_is_unchanged():
    question = "How many prisoners of war were exchanged?"
    assert resolve_followup(question, previous("Who is the ambassador?", "Albert P. Khorev")) == Resolved(question, question)


def test_he_is_the_person_the_previous_question_was_about_and_that_stays():
    before = previous("What did Khorev call the reports of Russian drones in Polish airspace?", "exaggerated")
    resolved = resolve_followup("When did he say that?", before)
    assert resolved.question == "When did Khorev say that?"  # not "When did Khorev say exaggerated?"
    assert resolved.asked == ("When did Khorev say that? "
                              "(What did Khorev call the reports of Russian drones in Polish airspace? exaggerated)")
    assert resolve_followup("When did he say that?", previous("Which city hosted the talks?", "ISLAMABAD")).question \
        != "When did he say ISLAMABAD?"


def test_he_after_a_turn_that_names_no_person_is_unresolved_and_said_so():
    before = previous("Which city hosted the talks?", "ISLAMABAD")  # a place, though capitalised
    assert resolve_followup("When did he say that?", before) == Resolved(
        "When did he say that?", "When did he say that? (Which city hosted the talks? ISLAMABAD)", ("he",))
    before = previous("When was Ukrainian law passed?", "August")  # a people's adjective
    assert resolve_followup("Why does he oppose it?", before).unresolved == ("he",)


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # its "her" resolved before: "And her mother?" had been asked "And Dr. Varga's mother?" and refused (a review's)
    ("What did Dr. Varga's father do?", "And her mother?", "What did Dr. Varga's mother do?"),
    ("How old is Varga's daughter?", "And her son?", "How old is Varga's son?"),
    ("What did Khorev's envoy say about the talks?", "What about his deputy?", "What did Khorev's deputy say about the talks?"),
])
def test_a_fragment_of_an_owner_s_other_relation_asks_the_previous_question_of_it(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(before)) == Resolved(rewritten, rewritten)


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # what the previous question counted, where this one counts nothing named (a review's, session 53: refused)
    ("How many hydrophones were torn out in 2019?", "How many does the array have?", "How many hydrophones does the array have?"),
    ("How many prisoners of war were exchanged?", "And how many were released?", "How many prisoners of war were released?"),
])
def test_a_question_counting_nothing_named_counts_what_the_previous_one_did(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(before)) == Resolved(rewritten, rewritten)
    assert resolve_followup("How many yellow cards were shown?", previous(before)).question == "How many yellow cards were shown?"
    # a noun that ends at no auxiliary is not told from its verb: no "How many people died in the fire were injured?"
    assert resolve_followup("And how many were injured?", previous("How many people died in the fire?")).question \
        != "How many people died in the fire were injured?"


def test_a_role_asked_of_after_a_question_about_a_person_stands_for_that_person():
    # "he" resolved to the manager's name: "And the Hollin Vale manager?" had been asked "What did Lyle Ashdown say after
    # the Hollin Vale manager?" (a review's, session 53)
    said = resolve_followup("What did he say after the match?", previous("Who is the Corrigan manager?", "Lyle Ashdown"))
    rebuilt = resolve_followup("And the Hollin Vale manager?", said.turn(Answer(said.question, "cruel", True, 0.9)))
    assert rebuilt.question == "What did the Hollin Vale manager say after the match?"


def test_a_fragment_of_an_owner_s_relation_swaps_no_word_of_another_kind():
    # "favourite" is no relation of Varga's: not "What is Varga's mother colour?"
    assert resolve_followup("And her mother?", previous("What is Varga's favourite colour?")).question != \
        "What is Varga's mother colour?"


def test_a_reply_s_first_word_is_no_one_a_pronoun_may_stand_for():
    # "Where does she live?" after "No, the landlord" had been "Where does No live?" (a review's, session 53)
    for reply in ("No, the landlord", "Yes, the tenant", "Sorry, the landlord"):
        assert resolve_followup("Where does she live?", previous(reply)).unresolved == ("she",)
    assert resolve_followup("Where does she live?", previous("Nora, the landlord")).question == "Where does Nora live?"


def test_a_question_whose_only_reference_is_to_no_one_named_before_is_read_as_written():
    # "he" standing for no one ties the question to nothing in the previous turn: read with it, this one was refused
    briefing = previous("Where was the media briefing held?", "ISLAMABAD")
    assert resolve_followup("When did he say the drones entered?", briefing) == Resolved(
        "When did he say the drones entered?", "When did he say the drones entered?", ("he",))
    assert resolve_followup("When did he say the drones entered?", briefing).context is None
    # one reference that does refer back ("that") still brings the previous turn along
    assert resolve_followup("When did he say that?", briefing).context == "Where was the media briefing held?"
    # and so does a turn that spoke of someone, though not by name (review): "he" may well be that one
    for before, follow_up in [(("Who led the delegation?", "the foreign minister"), "Where was he born?"),
                              (("Who discovered penicillin?", "a Scottish physician"), "Where was he born?"),
                              (("Which minister resigned?", ""), "Why did he resign?"),
                              (("What did the spokesperson say about the drones?", "exaggerated"), "How long has she held the post?")]:
        assert resolve_followup(follow_up, previous(*before)).context == before[0]


def test_he_is_the_person_an_earlier_turn_named_when_the_latest_names_no_one():
    before = Turn("Where was it?", Answer("Where was it?", "ISLAMABAD", True, 0.9), earlier_person="Albert P. Khorev")
    assert resolve_followup("What did he say Moscow does not seek?", before).question == \
        "What did Albert P. Khorev say Moscow does not seek?"


def test_she_is_a_person_named_with_a_capital_of_any_alphabet():
    # a chat user's: "Maren Østby" had been read as "Maren", and after "who was maren ostby" "she" had been Leila Haddad
    before = Turn("Who was Maren Østby?", Answer("Who was Maren Østby?", "a Norwegian physicist", True, 0.9),
                  earlier_person="Leila Haddad")
    assert resolve_followup("When was she born?", before).question == "When was Maren Østby born?"
    assert proper_names("Did Łukasz Nowak meet Émile Zola in Zürich?") == ["Łukasz Nowak", "Émile Zola", "Zürich"]


def test_he_is_the_answer_to_a_question_for_a_person_and_never_a_month():
    before = previous("Which president's term officially ended in May 2024?", "Zelensky")
    assert resolve_followup("What does he seek?", before).question == "What does Zelensky seek?"
    before = previous("What happened in May 2024?", "the end of a term")
    assert resolve_followup("What does he seek?", before).unresolved == ("he",)


def test_he_is_the_answer_to_a_who_question():
    before = previous("Who is the Russian ambassador who briefed the media?", "Albert P. Khorev")
    assert resolve_followup("Where did he hold the briefing?", before).question == "Where did Albert P. Khorev hold the briefing?"
    assert resolve_followup("He said what?", before).question == "Albert P. Khorev said what?"


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # After asking whom its subject did something to, or who someone is, "he" goes on being that subject.
    (("Who did Khorev thank?", "Pakistan"), "Why did he thank them?", "Why did Khorev thank Pakistan?"),
    (("Who did Zelensky meet in Istanbul?", "Erdogan"), "What did he say about him?", "What did Zelensky say about Erdogan?"),
    (("Who is Donald Trump?", "Putin"), "Where did he meet Putin?", "Where did Donald Trump meet Putin?"),
    # "him" after a name is someone else, and a pronoun is never a name its own question says.
    (("Who did Putin meet in Alaska?", "Donald Trump"), "What did Khorev say about him?", "What did Khorev say about Donald Trump?"),
    (("Who met Putin?", "Donald Trump"), "Where did he meet Donald Trump?", "Where did Putin meet Donald Trump?"),
    # but "him" after "with" and the like is the subject's own, unless they meet or talk.
    (("Who did Putin meet in Alaska?", "Donald Trump"), "Did Putin bring his delegation with him?",
     "Did Putin bring his delegation with him?"),
    (("Who did Putin meet in Alaska?", "Donald Trump"), "Did Putin meet with him?", "Did Putin meet with Donald Trump?"),
    (("Who did Putin meet in Alaska?", "Donald Trump"), "Did Putin argue with him?", "Did Putin argue with Donald Trump?"),
    (("Who did Putin meet in Alaska?", "Donald Trump"), "Did Putin bring gifts and meet with him?",
     "Did Putin bring gifts and meet with Donald Trump?"),
    (("Who did Putin meet in Alaska?", "Donald Trump"), "Did Putin sit beside him?", "Did Putin sit beside Donald Trump?"),
])
def test_he_goes_on_being_the_subject_and_him_is_no_one_the_question_names(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*before)).question == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # After "Who…?", "they" is who was answered, a country or a body too, and "them" the question's phrase first.
    (("Who hosted the talks?", "Pakistan"), "Why did they host them?", "Why did Pakistan host the talks?"),
    (("Who did Khorev thank?", "Pakistan"), "What did they do?", "What did Pakistan do?"),
    (("Who attended the talks?", "Russian and Ukrainian delegations"), "What did they agree?",
     "What did Russian and Ukrainian delegations agree?"),
    (("Who gave the briefing?", "Albert P. Khorev"), "Where did they give it?", "Where did Albert P. Khorev give the briefing?"),
    # A "they" that does not act as who was answered would is the question's phrase: after "be", or running a course.
    (("Who hosted the talks?", "Pakistan"), "When did they start?", "When did the talks start?"),
    (("Who won the elections?", "the Labour Party"), "When were they held?", "When were the elections held?"),
    (("Who fired the missiles?", "Russia"), "Where did they land?", "Where did the missiles land?"),
    (("Who held the elections?", "the commission"), "When were they held?", "When were the elections held?"),
    (("Who signed the treaties?", "Ishaq Dar"), "When did they take effect?", "When did the treaties take effect?"),
    # but who was answered where "they" acts on something, or "be" says what they are.
    (("Who hosted the talks?", "Pakistan"), "When did they start the talks?", "When did Pakistan start the talks?"),
    (("Who led the strikes?", "the unions"), "When did they end them?", "When did the unions end the strikes?"),
    (("Who fired the missiles?", "the rebels"), "Why were they angry?", "Why were the rebels angry?"),
    (("Who chaired the talks?", "the ministers"), "Who were they?", "Who were the ministers?"),
    # Where they meet or talk, "they" is both sides.
    (("Who did Putin meet?", "Donald Trump"), "Where did they meet?", "Where did Putin and Donald Trump meet?"),
    # An answer the passages call "he" is one person: "they" is the question's own phrase.
    (("Who chaired the talks?", "Ishaq Dar", "Ishaq Dar chaired the talks, where he thanked the delegations."),
     "What did they agree?", "What did the talks agree?"),
])
def test_they_after_a_question_for_who_is_the_answer(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*before)).question == rewritten


def test_a_pronoun_is_no_one_its_question_names_by_surname_either():
    spoke = previous("What did Vladimir Putin say about the talks?", "progress")
    assert resolve_followup("Where did he meet Putin?", spoke).question == "Where did he meet Putin?"  # no one else to stand for
    spoke = previous("What did Bill Clinton say about the talks?", "progress")  # a name sharing a surname is another person
    assert resolve_followup("When did he meet Hillary Clinton?", spoke).question == "When did Bill Clinton meet Hillary Clinton?"


@pytest.mark.parametrize("answer, expected", [
    ("they were a provocation by Poland", "When did Khorev say that about the drones?"),  # a clause
    ("Russia launched drones", "When did Khorev say that about the drones?"),
    ("increased spending", "When did Khorev say increased spending about the drones?"),  # a noun phrase
])
def test_a_clause_answered_is_no_noun_phrase_to_put_in_the_question(answer, expected):
    assert resolve_followup("When?", previous("What did Khorev say about the drones?", answer)).question == expected


@pytest.mark.parametrize("follow_up", ["And the exact date?", "What about the dates?", "And the date, please?"])
def test_a_detail_is_told_with_a_qualifier_in_the_plural_or_with_please(follow_up):
    assert rewritten_fragment(("Where did the explosions happen?", "Bryansk and Kursk"), follow_up) == "When did the explosions happen?"


def test_a_name_like_a_detail_is_a_counterpart_all_the_same():
    assert rewritten_fragment(("Which paper did the Guardian cite?", "Reuters"), "And the Times?") == "Which paper did the Times cite?"


@pytest.mark.parametrize("answer, follow_up", [("his stolen car", "When was it found?"), ("two wounded soldiers", "When were they found?"),
                                                ("Russia's proposed ceasefire", "When was it found?"),
                                                ("the newly elected president", "When was it found?")])
def test_a_noun_phrase_with_a_participle_is_a_thing_a_pronoun_stands_for(answer, follow_up):
    pronoun = "it" if " it " in follow_up else "they"
    assert resolve_followup(follow_up, previous("What did the police find?", answer)).question == follow_up.replace(pronoun, answer)


def test_he_is_an_answer_its_passages_call_he_rather_than_the_subject():
    appointed = previous("Who did Putin appoint as defence minister?", "Andrei Belousov",
                         "Putin appointed Andrei Belousov, an economist; he was born in Moscow.")
    assert resolve_followup("When was he born?", appointed).question == "When was Andrei Belousov born?"


def test_a_name_before_the_pronoun_is_its_referent():
    before = previous("When did Zelensky's term officially end?", "May 2024")
    assert resolve_followup("What did Khorev say he wanted?", before).question == "What did Khorev say he wanted?"
    assert resolve_followup("What does he seek, according to Khorev?", before).question == "What does Zelensky seek, according to Khorev?"


def test_possessives_and_things():
    before = previous("Which law did Khorev condemn?", "a Ukrainian law on historical memory")
    assert resolve_followup("When was it passed?", before).question == "When was a Ukrainian law on historical memory passed?"
    assert resolve_followup("What did his law ban?", before).question == "What did Khorev's law ban?"


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # After a time, an amount or a person, "it" and "they" are what the question was about, not the answer.
    (("When was martial law introduced?", "2022"), "What did it enable?", "What did martial law enable?"),
    (("When did the strike end?", "16 May 2025"), "And when did it start?", "And when did the strike start?"),
    (("How many rounds of negotiations were there?", "three"), "What did they lead to?", "What did rounds of negotiations lead to?"),
    (("Who gave the media briefing?", "Albert P. Khorev"), "Where was it?", "Where was the media briefing?"),
])
def test_it_and_they_after_a_time_amount_or_person_are_what_the_question_was_about(before, follow_up, rewritten):
    resolved = resolve_followup(follow_up, previous(*before))
    assert (resolved.question, resolved.asked) == (rewritten, f"{rewritten} ({' '.join(before)})")


def test_that_after_a_place_is_left_and_the_previous_turn_added():
    before = ("Where were the railway bridge explosions?", "Bryansk and Kursk")
    assert resolve_followup("When did that happen?", previous(*before)) == Resolved(
        "When did that happen?", f"When did that happen? ({' '.join(before)})")


@pytest.mark.parametrize("before, follow_up, rewritten", [
    (("Which country did Khorev thank?", "Pakistan"), "Why?", "Why did Khorev thank Pakistan?"),
    (("Which country did Khorev thank?", "Pakistan"), "And for what?", "For what did Khorev thank Pakistan?"),
    (("In which city did Khorev hold the briefing?", "Islamabad"), "Why?", "Why did Khorev hold the briefing in Islamabad?"),
    (("When did Putin resume direct talks with Ukraine?", "May 2025"), "Where?", "Where did Putin resume direct talks with Ukraine?"),
    # The answer where the question word's gap is: after the verb, before what follows it.
    (("Who did Zelensky meet in Istanbul?", "Erdogan"), "How?", "How did Zelensky meet Erdogan in Istanbul?"),
    (("Who did Khorev accuse of bias?", "the UN Secretariat"), "Why?", "Why did Khorev accuse the UN Secretariat of bias?"),
    (("What did Khorev call the reports?", "exaggerated"), "Why?", "Why did Khorev call the reports exaggerated?"),
    (("Who did he talk to?", "Erdogan"), "Why?", "Why did he talk to Erdogan?"),
    # After "be", the answer too, where a participle or a stranded preposition ends the question.
    (("Which country was Khorev in?", "Pakistan"), "Why?", "Why was Khorev in Pakistan?"),
    (("What was the UN Secretariat accused of?", "bias"), "Why?", "Why was the UN Secretariat accused of bias?"),
    # After a question for who did something, the answer is its subject, the verb after "did" or "does".
    (("Who gave the media briefing?", "Albert P. Khorev"), "Where?", "Where did Albert P. Khorev give the media briefing?"),
    (("Who met Erdogan in Istanbul?", "Zelensky"), "And when?", "When did Zelensky meet Erdogan in Istanbul?"),
    (("Who leads the delegation?", "Vladimir Medinsky"), "Since when?", "Since when does Vladimir Medinsky lead the delegation?"),
    (("Who dismissed the summit?", "Khorev"), "Why?", "Why did Khorev dismiss the summit?"),
    # After a passive's "Who was…?", the answer after "was" (a review's, session 53: "Why?" had been answered with
    # another player's name), and after "Why…?" another circumstance asked of the same act.
    (("Who was sent off?", "Ibrahim Follett"), "Why?", "Why was Ibrahim Follett sent off?"),
    (("Who was elected mayor?", "Maria Lopez"), "When?", "When was Maria Lopez elected mayor?"),
    (("Why was Ibrahim Follett sent off?", "for dissent"), "When?", "When was Ibrahim Follett sent off?"),
    # After a yes-or-no question, the question itself, its auxiliary after the question word: it had been read with the
    # previous turn, and "Why?" after "Did Khorev thank Pakistan?" answered with a heading.
    (("Did Khorev thank Pakistan?", "In closing, Khorev thanked Pakistan."), "Why?", "Why did Khorev thank Pakistan?"),
    (("Did the talks stall?", "broader progress stalled."), "And since when?", "Since when did the talks stall?"),
    (("Isn't the truce respected?", "truces are not respected"), "Why?", "Why isn't the truce respected?"),
])
def test_a_bare_question_word_asks_the_previous_question_again(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*before)) == Resolved(rewritten, rewritten)


@pytest.mark.parametrize("before, follow_up", [
    (("How much military and financial support has Kiev received?", "$70.2 billion"), "Since when?"),  # asked for an amount
    (("Who dismissed the summit?", "the ambassador"), "Why?"),  # no auxiliary, and no one named to put before the verb
    (("Which country did Khorev thank?", "Pakistan"), "And in 2024?"),  # a date, and no date to stand in for
    (("Which country did Khorev thank?", "Pakistan"), "And when was that?"),  # a question of its own
    (("When did the talks resume?", "May 2025"), "And so the talks ended?"),  # a clause of its own
    # Where the verb ends "the head of the delegation meet" no rule tells: no "…meet in Istanbul Erdogan?"
    (("Who did the head of the delegation meet in Istanbul?", "Erdogan"), "How?"),
    # Asked who or what something is: no "Why is he Albert P. Khorev?"
    (("Who is he?", "Albert P. Khorev"), "Why?"),
    (("Who was the Russian ambassador?", "Albert P. Khorev"), "How?"),
    (("What is martial law?", "a legal regime"), "Since when?"),
    # An amount asked of what the answer did is no circumstance: no "How many did Pakistan support the resolution?"
    (("Who supported the resolution?", "Pakistan"), "How many?"),
    (("Who gave the media briefing?", "Albert P. Khorev"), "And how much?"),
    (("Why was Ibrahim Follett sent off?", "for dissent"), "Why?"),  # the same asked again: no "Why was…" rebuilt
    # After a yes-or-no question, one for another answer in its place, or "Why not?", which puts no question before it.
    (("Did anyone object?", "No one objected."), "Who?"),
    (("Were the truces respected?", "truces are not respected"), "Why not?"),
    (("Did prices rise?", "Prices rose."), "How much?"),
])
def test_other_bare_questions_and_fragments_are_asked_with_the_previous_turn(before, follow_up):
    assert resolve_followup(follow_up, previous(*before)) == Resolved(follow_up, f"{follow_up} ({' '.join(before)})")


@pytest.mark.parametrize("before, follow_up, rewritten", [
    (("What does Ukrainian law ban?", "Great Patriotic War"), "What about martial law?", "What does martial law ban?"),
    (("When was martial law introduced?", "2022"), "And the law on historical memory?",
     "When was the law on historical memory introduced?"),  # a shared word: the law for the law
    (("How many prisoners of war were exchanged?", "over 1,000"), "What about soldiers' remains?",
     "How many soldiers' remains were exchanged?"),
    (("How many prisoners of war were exchanged?", "over 1,000"), "How about the remains of Ukrainian soldiers?",
     "How many remains of Ukrainian soldiers were exchanged?"),
    (("When were energy infrastructure strikes?", "March"), "And the breaches of the Easter ceasefire?",
     "When were the breaches of the Easter ceasefire?"),
    (("What did Khorev call the reports of Russian drones in Polish airspace?", "exaggerated"), "And any EU presence?",
     "What did Khorev call any EU presence?"),  # a noun phrase for a noun phrase, not for the name
    (("Who did Khorev accuse of bias?", "the UN Secretariat"), "And terrorist acts?", "Who did Khorev accuse of terrorist acts?"),
    (("What does Zelensky seek, according to Khorev?", "showmanship"), "And Moscow?", "What does Moscow seek, according to Khorev?"),
    (("When did Zelensky's term officially end?", "May 2024"), "How about Putin?", "When did Putin's term officially end?"),
    (("Which violation happened in April?", "Easter ceasefire"), "And in March?", "Which violation happened in March?"),
    (("When was the summit held?", "May"), "And the prisoner exchange?", "When was the prisoner exchange held?"),
    (("When was the decision taken?", "May"), "What about the vote?", "When was the vote taken?"),
    # A place for a place: one asked after "in", or named after "in" in the passages the answer cites.
    (("What did Khorev say in Moscow?", "peace"), "And in Islamabad?", "What did Khorev say in Islamabad?"),
    (("What did Khorev say in Moscow?", "peace", "During a media briefing in Islamabad, Khorev said…"), "And Islamabad?",
     "What did Khorev say in Islamabad?"),
    (("Who did Khorev accuse of the explosions in Bryansk?", "Kiev"), "And in Kursk?",
     "Who did Khorev accuse of the explosions in Kursk?"),  # a place in a noun phrase
    (("What did Khorev say in Moscow?", "peace", "Putin said he would come."), "And Putin?", "What did Putin say in Moscow?"),
    # The auxiliary agreeing with what stands in for its subject, before it or after it.
    (("Where were referendums held?", "Russian-controlled territories"), "And the media briefing?",
     "Where was the media briefing held?"),
    (("When was the summit held?", "May"), "And the prisoner exchanges?", "When were the prisoner exchanges held?"),
    (("Where were the talks held?", "Istanbul"), "And the peace process?", "Where was the peace process held?"),
    (("Where is the summit?", "Alaska"), "And Bryansk and Kursk?", "Where are Bryansk and Kursk?"),
    (("What does Ukrainian law ban?", "Soviet-era symbols"), "What about the new laws?", "What do the new laws ban?"),
    (("What has the law banned?", "Soviet-era symbols"), "And the new laws?", "What have the new laws banned?"),
    (("How much support has Kiev received?", "$70.2 billion"), "And military aid?",
     "How much military aid has Kiev received?"),  # "has" is Kiev's
])
def test_a_fragment_is_the_previous_question_about_something_else(before, follow_up, rewritten):
    resolved = resolve_followup(follow_up, previous(*before))
    assert (resolved.question, resolved.asked) == (rewritten, rewritten)  # in brackets, the reader answered the previous question again


@pytest.mark.parametrize("follow_up, rewritten", [
    # What was typed is copied as typed: quote marks and symbols had been dropped or spaced ("What did the “Easter
    # ceasefire ban?", "What did 50 ban?", "What did# hashtags ban?", "NATO/ EU"), and so asked (helper's chat test).
    ("What about the “Easter ceasefire”?", "What did the “Easter ceasefire” ban?"),
    ('And the word "unacceptable"?', 'What did the word "unacceptable" ban?'),
    ("What about 50%?", "What did 50% ban?"),
    ("And #hashtags?", "What did #hashtags ban?"),
    ("What about *the ferry* <b>time</b>?", "What did *the ferry* <b>time</b> ban?"),
    ("And the (Minsk) agreements?", "What did the (Minsk) agreements ban?"),
])
def test_a_fragment_s_marks_are_written_as_typed(follow_up, rewritten):
    resolved = resolve_followup(follow_up, previous("What did the legislation ban?", "Soviet-era symbols"))
    assert (resolved.question, resolved.asked) == (rewritten, rewritten)


def test_a_fragment_s_words_written_together_stay_together():
    assert rewritten_fragment(("What did Khorev call the reports of Russian drones in Polish airspace?", "exaggerated"),
                              "What about NATO/EU?") == "What did Khorev call the reports of Russian drones in NATO/EU airspace?"


def test_rewrites_that_changed_what_was_asked():
    # helper's API test: "she" after "Who is Daniel Reyes's wife?" had been Daniel Reyes; "And the price?" asked "How many
    # steps does the price have?" (answered "210" at 75 %); "And in 2020?" asked "Who won 2020?"
    assert resolve_followup("When was she appointed?", previous("Who is Daniel Reyes's wife?", "Maria Ortiz")).question == \
        "When was Maria Ortiz appointed?"
    priced = resolve_followup("And the price?", previous("How many steps does the museum have?", "210"))
    assert priced.question == "And the price?" and priced.asked == "And the price? (How many steps does the museum have? 210)"
    assert rewritten_fragment(("Who won the 2019 final?", "Serena Alvarez"), "And in 2020?") == "Who won the 2020 final?"
    assert rewritten_fragment(("What is the warranty of a microinverter?", "25 years"), "And the price?") == \
        "What is the price of a microinverter?"  # had been "What is the warranty of the price?"
    assert rewritten_fragment(("What was the price of a ticket?", "£12"), "And the cost?") == "What was the cost of a ticket?"


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # helper's follow-up test: a number written as one with its signs stands for one written alike, whole ("30°C°C",
    # "09:10:40", "7(c) (b)" had been written), and a name in quotes for one in the question's quotes ("““Arctic Gold””")
    ("How long does the dough rise at 25°C?", "How about at 30°C?", "How long does the dough rise at 30°C?"),
    ("Which platform does the 08:40 to Manchester leave from?", "And the 09:10?", "Which platform does the 09:10 to Manchester leave from?"),
    ("What does clause 7(b) say?", "And clause 7(c)?", "What does clause 7(c) say?"),
    ("Did sales of the “Nordic Classic” range rise?", "What about “Arctic Gold”?", "Did sales of the “Arctic Gold” range rise?"),
    ("What is the dose for a child weighing 20 kg?", "And 30 kg?", "What is the dose for a child weighing 30 kg?"),  # "What is 30 kg?"
    # and with a mark written beside the question's number that its own lacks (review: they had not been swapped)
    ("What happens on Day 3, after the briefing?", "How about Day 5?", "What happens on Day 5, after the briefing?"),
    ("What did the report (page 12) say?", "And page 14?", "What did the report (page 14) say?"),
    ("What is the price of the Zephyr X2 (128 GB)?", "And the 256 GB model?", "What is the price of the Zephyr X2 (256 GB)?"),
    ("What is the population of Paris?", "And the population of Lyon?", "What is the population of Lyon?"),  # not "…of Lyon of Paris?"
    # a phrase after a preposition inside the question's phrase, sharing a word (helper: "What was the second quarter?")
    ("What was the operating margin in the first quarter?", "And the second quarter?",
     "What was the operating margin in the second quarter?"),
    # an ordinal for the question's one (helper: "When does the last leave?", "What was the fourth?")
    ("When does the first train to Leeds leave?", "And the last?", "When does the last train to Leeds leave?"),
    ("What was the operating margin in the first quarter?", "How about the fourth?",
     "What was the operating margin in the fourth quarter?"),
    # people for people, a landlord as a tenant (helper: "How many landlord must the tenant give?")
    ("How many days' notice must the tenant give?", "And the landlord?", "How many days' notice must the landlord give?"),
])
def test_a_number_or_a_quoted_name_stands_for_one_written_alike_whole(before, follow_up, rewritten):
    assert rewritten_fragment((before, "x"), follow_up) == rewritten


def test_it_is_no_amount_answered_and_she_no_company_nor_a_question_s_opening_preposition():
    # helper's follow-up test: "it" had been "$3.9 billion" ("Who pays £1,250?"), "she" Halvorsen Foods, which the passage
    # names just before "said she", and "her" "For" ("Did For's husband win…?")
    assert resolve_followup("Who pays it?", previous("What is the monthly rent?", "£1,250")).question == "Who pays the monthly rent?"
    lund = previous("Who is the chief executive of Halvorsen Foods?", "Ingrid Lund",
                    "Ingrid Lund, chief executive of Halvorsen Foods, said she expected sales to grow.")
    assert resolve_followup("When did she join the company?", lund).question == "When did Ingrid Lund join the company?"
    prize = previous("For what did Elena Varga win the Halden Prize in 1972?", "her work on polymers")
    assert resolve_followup("Did her husband win it too?", prize).question.startswith("Did Elena Varga's husband win")


VARGA = ("Elena Varga was born in 1931 in Szeged. She married the engineer Tomas Varga in 1956; he later founded the Varga "
         "Institute. Elena won the Halden Prize in 1972 for her work on polymers.")


def test_she_is_not_her_husband_whose_surname_she_shares():
    # helper's follow-up test: "Tomas Varga… he" had been counted for Elena Varga too, so "she" was left or was him
    assert resolve_followup("What prize did she win?", previous("Who was Tomas Varga's wife?", "Elena Varga", VARGA)) \
        .question == "What prize did Elena Varga win?"
    assert resolve_followup("What did she study?", previous("Who was Elena Varga's husband?", "Tomas Varga", VARGA)) \
        .question == "What did Elena Varga study?"
    introduced = previous("Who introduced Elena Varga to Tomas Varga?", "Anna Kovacs", VARGA)
    assert resolve_followup("Why did he agree?", introduced).question == "Why did Tomas Varga agree?"


def test_it_after_a_verb_the_previous_question_gave_an_object_is_that_object_not_the_answer():
    # helper's follow-up test: "it" had been "her work on polymers", which answered "For what…?"
    prize = previous("For what did Elena Varga win the Halden Prize in 1972?", "her work on polymers", VARGA)
    assert resolve_followup("Did her husband win it too?", prize).question == "Did Elena Varga's husband win the Halden Prize too?"
    hosted = previous("Which city hosted the talks?", "Islamabad")
    assert resolve_followup("Who attended them?", hosted).question == "Who attended the talks?"
    banned = previous("What does the law ban?", "Soviet-era symbols")
    assert resolve_followup("When did it ban them?", banned).question == "When did the law ban Soviet-era symbols?"


def test_they_in_a_question_alike_the_previous_is_its_subject_and_both_who_married():
    # helper's follow-up test: "they" had been the side beaten, and only the one married
    beaten = previous("Who did Ravensworth United beat in the quarter-final?", "Millbrook Athletic")
    assert resolve_followup("Who will they face next?", beaten).question == "Who will Ravensworth United face next?"
    assert resolve_followup("Who did they beat?", previous("Who won the final?", "Ravensworth United")).question == \
        "Who did Ravensworth United beat?"
    married = previous("Who did Elena Varga marry?", "Tomas Varga", VARGA)
    assert resolve_followup("When did they marry?", married).question == "When did Elena Varga and Tomas Varga marry?"


def test_a_thing_after_who_is_stands_for_a_thing_named_inside_what_is_asked_about():
    # helper's follow-up test: "Who is the plumbing?" had been asked
    roof = ("Who is responsible for repairs to the roof?", "the landlord")
    assert rewritten_fragment(roof, "And the plumbing?") == "Who is responsible for repairs to the plumbing?"
    assert rewritten_fragment(("Who is the author of the report?", "Ann Lee"), "And the novel?") == "Who is the author of the novel?"
    assert rewritten_fragment(("Who is the chief executive?", "Ann Lee"), "And the chairman?") == "Who is the chairman?"
    plumbing = resolve_followup("And the plumbing?", previous("Who is the electrician?", "Ann Lee"))
    assert plumbing.question == "And the plumbing?"  # nothing in it a thing stands for


def test_a_bare_question_after_when_keeps_an_answer_said_as_a_circumstance():
    # helper's follow-up test: "Why should the basil be added?" asks why at all
    basil = previous("When should the basil be added?", "after baking")
    assert resolve_followup("Why?", basil).question == "Why should the basil be added after baking?"
    assert resolve_followup("Where?", previous("When did Putin resume talks?", "in May")).question == \
        "Where did Putin resume talks in May?"
    assert resolve_followup("Why?", previous("When did Putin resume talks?", "May 2025")).question == "Why did Putin resume talks?"
    assert resolve_followup("When?", previous("Where was the summit held?", "in Alaska")).question == \
        "When was the summit held in Alaska?"


def test_pronouns_of_two_sexes_or_numbers_in_one_question_are_two():
    # helper's follow-up test: "Had Ada Moreau worked with Ada Moreau before?", "Where does Hannah Frey buy Hannah Frey?"
    film = previous("Who does Ada Moreau play?", "a lighthouse keeper", "The Silent Harbour stars Ada Moreau as a lighthouse keeper.")
    assert resolve_followup("Had she worked with him before?", film).question == "Had Ada Moreau worked with him before?"
    owner = previous("Who owns it?", "Hannah Frey")
    assert resolve_followup("Where does she buy them?", owner).question == "Where does Hannah Frey buy them?"


def test_a_bare_question_after_who_said_a_clause_asks_of_the_saying():
    # helper's follow-up test: "When would cut waste Jo Patel?" had been asked
    said = previous("Who said the ban would cut waste?", "Jo Patel")
    assert resolve_followup("When?", said).question == "When did Jo Patel say the ban would cut waste?"


def test_she_is_not_whom_the_previous_question_called_he():
    # helper's follow-up test: after "Is he her husband?" (Leon Voss), "she" had been Leon Voss, as no passage told his sex
    cover = previous("Who designed its cover?", "Leon Voss", "Her husband, the painter Leon Voss, designed its cover.")
    husband = resolve_followup("Is he her husband?", cover)
    assert husband.question == "Is Leon Voss her husband?"
    lives = resolve_followup("Where does she live now?", husband.turn(Answer(husband.asked, "yes", True, 0.9)))
    assert lives.question == "Where does she live now?" and lives.unresolved == ("she",)


def test_it_or_they_doing_what_the_previous_subject_did_is_that_subject():
    # helper's follow-up test: "Do English and German speak French?", and a noun before a verb ("the walking *tour*") had
    # been taken for the verb, "it" then being "the walking"
    languages = previous("What languages do the guides speak?", "English and German")
    assert resolve_followup("Do they speak French?", languages).question == "Do the guides speak French?"
    tour = previous("When does the walking tour start at the cathedral?", "at 10 am")
    assert resolve_followup("How long does it last?", tour).question == "How long does the walking tour last?"
    assert resolve_followup("When was it found?", previous("What did the police find?", "his stolen car")).question == \
        "When was his stolen car found?"  # passive: what was found, not who found it
    # nor is what was done to the answer done by it ("Why did single-use plastic bags ban them?" had been asked)
    banned = previous("What does the new law ban?", "single-use plastic bags")
    assert resolve_followup("Why did they ban them?", banned).question == "Why did they ban single-use plastic bags?"


def test_the_weather_s_it_stands_for_nothing():
    # helper's follow-up test: "How warm will rain in the afternoon be on Friday?" had been asked
    south = previous("What will the weather be like in the south?", "rain in the afternoon")
    for question in ("How warm will it be on Friday?", "Will it rain tomorrow?", "Is it sunny in Leeds?"):
        assert resolve_followup(question, south) == Resolved(question, question)


def test_a_bare_question_after_what_was_done_asks_of_the_act_answered():
    # helper's follow-up test: "When does Margaret Olsen hope extend opening hours to do?", "Why did Khorev do condemned…?"
    hope = previous("What does Margaret Olsen hope to do?", "extend opening hours")
    assert resolve_followup("When?", hope).question == "When does Margaret Olsen hope to extend opening hours?"
    assert resolve_followup("Why?", previous("What did Khorev do?", "condemned the law")).question == "Why did Khorev condemn the law?"
    assert resolve_followup("Why?", previous("What did Khorev do?", "a speech")).question == "Why did Khorev do a speech?"


def test_it_is_a_thing_the_previous_question_names_by_a_name():
    # helper's follow-up test: "it" had been left for a film, a library, a phone named with "the"; and "the Golden Reel"
    # ("Reel" a verb in lowercase) had made "The Silent Harbour win the Golden" the question's phrase
    directed = previous("Who directed The Silent Harbour?", "Jonas Berg")
    assert resolve_followup("What award did it win?", directed).question == "What award did The Silent Harbour win?"
    won = previous("Where did The Silent Harbour win the Golden Reel?", "at the Valmont Festival")
    assert resolve_followup("Who stars in it?", won).question == "Who stars in The Silent Harbour?"
    opens = previous("When does the Riverside Library open on weekdays?", "9 am")
    assert resolve_followup("Is it open on Sundays?", opens).question == "Is the Riverside Library open on Sundays?"
    founded = previous("Who founded Halvorsen Foods?", "Ingrid Lund")
    assert resolve_followup("Where is it based?", founded).question == "Where is Halvorsen Foods based?"
    # not a name that may be a person's
    assert resolve_followup("When was it founded?", previous("Who met Khorev?", "Zelensky")).question == "When was it founded?"


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # a phrase after the subject's verb, after the fragment's own preposition whatever its kind (they had been asked as typed)
    ("When does the Riverside Library open on weekdays?", "And on Saturdays?", "When does the Riverside Library open on Saturdays?"),
    ("When does the last ferry leave Calais?", "And Dover?", "When does the last ferry leave Dover?"),
    # an attribute's word inside a name is no attribute the fragment names ("And the price?" is): it had been asked as typed
    ("How much does the base model cost?", "And the Long Range model?", "How much does the Long Range model cost?"),
    # "many" before things counted, "much" before a noun of no number; a participle ending a passive is no phrase
    # (they had been "How much eggs are needed?", "How many eggs are flour?")
    ("How much sugar is needed?", "And eggs?", "How many eggs are needed?"),
    ("How many eggs are needed?", "And flour?", "How much flour is needed?"),
    # the last word is no verb after an object's determiner ("When did the café award?" had been asked)
    ("When did the bakery win the Best Bread award?", "No, I meant the café", "When did the café win the Best Bread award?"),
    # what the same owner has (it had been asked as typed)
    ("How big is the Nova 7's screen?", "And its battery?", "How big is the Nova 7's battery?"),
    # a noun after an adjective is no verb, and a sign written onto a number no phrase's end ("What did the council
    # bridge?", "How long does the bread°C?" had been asked)
    ("What did the mayor say about the new bridge?", "And the old bridge?", "What did the mayor say about the old bridge?"),
    ("How long does the cake bake at 180°C?", "And the bread?", "How long does the bread bake at 180°C?"),
    # what is said of the subject stays said of the fragment's (a review's: it had asked "When is the rest?"), and "the
    # afternoon one" is the afternoon ferry ("When does the afternoon one leave?", whose "it" was then the afternoon one)
    ("When is the deposit due?", "And the rest?", "When is the rest due?"),
    ("When does the ferry leave?", "Sorry, I meant the afternoon one", "When does the afternoon ferry leave?"),
    ("What time does Year Two finish?", "And Year One?", "What time does Year One finish?"),  # a name's number (a review's)
    ("How much is item two?", "And item one?", "How much is item one?"),
])
def test_a_fragment_takes_the_place_of_a_phrase_after_the_verb(before, follow_up, rewritten):
    assert rewritten_fragment((before, "x"), follow_up) == rewritten


def test_they_for_one_takes_a_verb_in_the_singular_and_a_group_is_they():
    # helper's follow-up test: "What if the tenant fail to make them?" had been asked, and "they" for a club or a team left
    repairs = previous("Who is responsible for minor repairs?", "the tenant")
    assert resolve_followup("What if they fail to do them?", repairs).question == "What if the tenant fails to do them?"
    assert resolve_followup("What if they don't?", repairs).question == "What if the tenant doesn't?"
    assert resolve_followup("When do they pay it?", previous("Who pays the rent?", "the tenant")).question == \
        "When does the tenant pay the rent?"
    assert resolve_followup("Why did they pay it?", previous("Who pays the rent?", "the tenant")).question == \
        "Why did the tenant pay the rent?"
    assert resolve_followup("Where do they play?", previous("When was the club founded?", "1898")).question == \
        "Where does the club play?"
    assert resolve_followup("Where do they play?", previous("Which team won the league?", "Northfield Rovers")).question == \
        "Where does Northfield Rovers play?"


def test_it_asked_for_another_measure_is_the_thing_the_measure_was_of():
    # a chat user's: "how heavy is it?" had asked "how heavy is the price of the AquaPure X200?"
    priced = previous("What is the price of the AquaPure X200?", "€329")
    assert resolve_followup("how heavy is it?", priced).question == "how heavy is the AquaPure X200?"
    assert resolve_followup("What colours does it come in?", priced).question == "What colours does the AquaPure X200 come in?"
    # the same measure, or how much: still the price ("How much is it in dollars?"), and a price rising is the price
    assert resolve_followup("How much is it in dollars?", priced).question == "How much is the price of the AquaPure X200 in dollars?"
    assert resolve_followup("Why did it rise?", priced).question == "Why did the price of the AquaPure X200 rise?"


def test_it_is_no_phrase_naming_someone_nor_they_a_span_of_time():
    # helper's follow-up test: "When did Omar Said found the chief executive?" and "What if days don't?" had been asked
    chief = previous("Who is the chief executive?", "Omar Said")
    assert resolve_followup("When did he found it?", chief).question == "When did Omar Said found it?"
    assert resolve_followup("What if they don't?", previous("Within how many days?", "14")).question == "What if they don't?"


def test_a_bare_question_after_who_did_it_asks_of_all_the_names_answered():
    # helper's follow-up test: asked as typed, the answer being no one name
    founded = previous("Who founded Brightwell Energy?", "Omar Said and Julia Chen")
    assert resolve_followup("When?", founded).question == "When did Omar Said and Julia Chen found Brightwell Energy?"
    assert resolve_followup("Where?", previous("Who signed the deal?", "Brazil, Chile and Peru")).question == \
        "Where did Brazil, Chile and Peru sign the deal?"


@pytest.mark.parametrize("before, follow_up", [
    ("What is the maximum daily dose?", "And for children under 12?"),  # had been "What is children under 12 daily dose…"
    ("Can the tablets be taken with alcohol?", "And during pregnancy?"),  # had been "Can during pregnancy be taken with alcohol?"
])
def test_a_fragment_after_a_preposition_takes_the_place_of_nothing_but_what_follows_the_same_one(before, follow_up):
    # helper's follow-up test: where the question holds nothing after that preposition, read as typed with the previous turn
    resolved = resolve_followup(follow_up, previous(before, "x"))
    assert resolved.question == follow_up and resolved.asked == f"{follow_up} ({before} x)"
    assert rewritten_fragment(("What did Khorev say in Moscow?", "peace"), "And in Islamabad?") == "What did Khorev say in Islamabad?"


def test_a_bare_question_after_one_asking_for_its_subject_puts_the_answer_after_the_auxiliary():
    # helper's follow-up test: "Why?" after "Who should not take this medicine?" had asked "Why should not take this
    # medicine people with severe liver disease?"
    medicine = previous("Who should not take this medicine?", "people with severe liver disease")
    assert resolve_followup("Why?", medicine).question == "Why should people with severe liver disease not take this medicine?"
    assert resolve_followup("When?", previous("What will replace the old bridge?", "a tunnel")).question == \
        "When will a tunnel replace the old bridge?"
    assert resolve_followup("Why?", previous("Who did Khorev thank?", "Pakistan")).question == "Why did Khorev thank Pakistan?"
    # not a question of "do", nor a plural noun after a modal (review: "Why do fish cats eat?", "Why will rest doctors recommend?")
    assert resolve_followup("Why?", previous("What do cats eat?", "fish")).question == "Why do cats eat fish?"
    assert resolve_followup("Why?", previous("What will doctors recommend?", "rest")).question == "Why will doctors recommend rest?"


def test_a_number_with_its_mark_stands_for_the_question_s_number_with_the_same_mark():
    assert rewritten_fragment(("What share of voters backed 40% of the plan?", "a third"), "What about 50%?") == \
        "What share of voters backed 50% of the plan?"


def rewritten_fragment(before: tuple[str, ...], follow_up: str) -> str:
    resolved = resolve_followup(follow_up, previous(*before))
    assert resolved.question == resolved.asked
    return resolved.question


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # A bare name ending in s is one place or person, but for a people's in "-ans" ("Ukrainians", not "Evans");
    # "the" and one such word, or a people's word, a people.
    (("What does Khorev want?", "talks"), "And the Europeans?", "What do the Europeans want?"),
    (("What does Khorev want?", "talks"), "And the British?", "What do the British want?"),
    (("What does Khorev want?", "talks"), "And Ukrainians?", "What do Ukrainians want?"),
    (("What does Khorev want?", "talks"), "And Americans?", "What do Americans want?"),
    (("Is Khorev respected?", "yes"), "And Germans?", "Are Germans respected?"),
    (("What is Zelensky's position?", "talks"), "And Americans?", "What is Americans' position?"),
    (("What do the Europeans want?", "a ceasefire"), "And Evans?", "What does Evans want?"),
    (("What do the Europeans want?", "a ceasefire"), "And Paris?", "What does Paris want?"),
    (("What do the Europeans want?", "a ceasefire"), "And Jones?", "What does Jones want?"),
    (("Where are the Europeans?", "Brussels"), "And Mattis?", "Where is Mattis?"),
    # A name of several words is one body, its last word in the plural or not.
    (("What do the Europeans want?", "a ceasefire"), "And the United States?", "What does the United States want?"),
    # "The" and one word in s, for a country named in the plural, is one country.
    (("What do the Europeans want?", "a ceasefire"), "And the Netherlands?", "What does the Netherlands want?"),
    (("What does Khorev want?", "talks"), "And the Philippines?", "What does the Philippines want?"),
    (("What does Paris want?", "a ceasefire"), "And the Europeans?", "What do the Europeans want?"),
])
def test_a_name_ending_in_s_takes_the_auxiliary_of_what_it_names(before, follow_up, rewritten):
    assert rewritten_fragment(before, follow_up) == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    (("Is the ceasefire respected?", "yes"), "And the truces?", "Are the truces respected?"),
    (("Were the talks held in Istanbul?", "yes"), "And the summit?", "Was the summit held in Istanbul?"),
    (("Has the law banned Soviet-era symbols?", "yes"), "And the new laws?", "Have the new laws banned Soviet-era symbols?"),
    (("Did Putin meet Trump in Alaska?", "yes"), "And in Helsinki?", "Did Putin meet Trump in Helsinki?"),
    # The subject ends at the participle a preposition follows, in a question for a time too.
    (("When was the summit held in Alaska?", "May"), "And the talks?", "When were the talks held in Alaska?"),
])
def test_a_question_opening_with_its_auxiliary_is_rebuilt_with_it_agreeing(before, follow_up, rewritten):
    assert rewritten_fragment(before, follow_up) == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    (("When will the talks resume?", "June"), "And the summit?", "When will the summit resume?"),  # bare after "will" too
    (("In May, what has Khorev said?", "peace"), "And the Europeans?", "In May, what have the Europeans said?"),
])
def test_the_subject_ends_at_a_bare_verb_after_a_modal_and_the_month_may_is_no_auxiliary(before, follow_up, rewritten):
    assert rewritten_fragment(before, follow_up) == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # A negation, a form of "be" or an adverb before the verb is the predicate's, not the subject's.
    (("Is the ceasefire not respected?", "no"), "And the truces?", "Are the truces not respected?"),
    (("Was the deal never signed?", "no"), "And the treaties?", "Were the treaties never signed?"),
    (("Has the ceasefire been respected?", "yes"), "And the truces?", "Have the truces been respected?"),
    (("Will the talks be held in Geneva?", "yes"), "And the summit?", "Will the summit be held in Geneva?"),
    (("Can the truce be extended?", "yes"), "And the ceasefires?", "Can the ceasefires be extended?"),
    (("Is the ceasefire still respected?", "yes"), "And the truces?", "Are the truces still respected?"),
    (("Has the ceasefire already been extended?", "yes"), "And the truces?", "Have the truces already been extended?"),
    # The participle is told past adverbs after it, as before the end or an object.
    (("Was the deal signed quickly?", "yes"), "And the truce?", "Was the truce signed quickly?"),
    (("Was the deal signed again in May?", "yes"), "And the truces?", "Were the truces signed again in May?"),
    # After a question word too, with the verb told, bare, or not told.
    (("Why is the ceasefire not respected?", "violations"), "And the truces?", "Why are the truces not respected?"),
    (("Why will the talks not resume?", "distrust"), "And the summit?", "Why will the summit not resume?"),
    (("Why is the ceasefire not holding?", "violations"), "And the truces?", "Why are the truces not holding?"),
    # An "-ly" word after a determiner is the subject's ("the family"); after its head, an adverb.
    (("Was the family quickly evacuated?", "yes"), "And the soldiers?", "Were the soldiers quickly evacuated?"),
    # After an opening "is", the subject ends where "in", "at" or "near" opens the predicate.
    (("Is the ceasefire in force?", "yes"), "And the truces?", "Are the truces in force?"),
    (("Are the talks in Istanbul?", "yes"), "And the summit?", "Is the summit in Istanbul?"),
    (("Is the deal at risk?", "yes"), "And the truce?", "Is the truce at risk?"),
    (("Is the law on historical memory in force?", "yes"), "And martial law?", "Is martial law in force?"),
    (("Was the summit in Alaska a success?", "yes"), "And the talks?", "Were the talks in Alaska a success?"),
])
def test_a_negation_be_or_adverb_before_the_verb_stays_in_the_question_rebuilt(before, follow_up, rewritten):
    assert rewritten_fragment(before, follow_up) == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # A contracted auxiliary agrees as its full form does, keeping the user's apostrophe.
    (("Isn't the ceasefire respected?", "no"), "And the truces?", "Aren't the truces respected?"),
    (("Why doesn't the ceasefire hold?", "distrust"), "And the truces?", "Why don't the truces hold?"),
    (("When didn't the Russian delegation arrive?", "May"), "And the Ukrainian envoys?", "When didn't the Ukrainian envoys arrive?"),
    (("Why wasn't the summit held in Alaska?", "security"), "And the talks?", "Why weren't the talks held in Alaska?"),
    (("Why wasn’t the summit held in Alaska?", "security"), "And the talks?", "Why weren’t the talks held in Alaska?"),
    (("Hasn't the law banned Soviet-era symbols?", "no"), "And the new laws?", "Haven't the new laws banned Soviet-era symbols?"),
    (("Why can't the truce be extended?", "distrust"), "And the ceasefires?", "Why can't the ceasefires be extended?"),
])
def test_a_contracted_auxiliary_is_the_questions_and_agrees_with_the_new_subject(before, follow_up, rewritten):
    assert rewritten_fragment(before, follow_up) == rewritten


def test_a_bare_question_after_a_contracted_auxiliary_asks_with_it_and_a_contraction_later_is_none():
    assert resolve_followup("Why?", previous("Which country didn't Khorev thank?", "Pakistan")).question == \
        "Why didn't Khorev thank Pakistan?"
    # "isn't" here is the reported clause's, not the question's: no "Why isn't respected Khorev?"
    assert resolve_followup("Why?", previous("Who said the truce isn't respected?", "Khorev")).question == \
        "Why did Khorev say the truce isn't respected?"


@pytest.mark.parametrize("before, follow_up", [
    (("Is the ceasefire holding?", "yes"), "And the truces?"),  # not "Are the truces?"
    (("Does the law ban symbols?", "yes"), "And the new laws?"),
    # Punctuation partway ends the phrase, not the question: still no verb told.
    (("Does the law ban “propaganda”?", "yes"), "And the new laws?"),  # not "Do the new laws “propaganda?"
    (("Does the truce cover Kherson, Zaporizhzhia and Donetsk?", "yes"), "And the ceasefires?"),
    (("Did the ministry pay $5 million?", "yes"), "And the army?"),
])
def test_a_question_opening_with_its_auxiliary_and_no_verb_told_is_asked_with_the_previous_turn(before, follow_up):
    assert resolve_followup(follow_up, previous(*before)) == Resolved(follow_up, f"{follow_up} ({' '.join(before)})")


def test_an_auxiliary_opening_a_question_is_no_part_of_a_name():
    assert proper_names("Has Kiev received military aid?") == ["Kiev"]
    assert resolve_followup("Where did he go?", previous("Has Khorev left Islamabad?", "yes")).question == "Where did Khorev go?"


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # Countries named by a people's adjective and a plural are a name, standing for Kiev, not for the aid.
    (("How much military aid has Kiev received?", "$70.2 billion"), "And the Baltic states?",
     "How much military aid have the Baltic states received?"),
    # Of two names, the one agreeing in number, or after the same preposition.
    (("How much military aid has Kiev received from the Baltic states?", "$1 billion"), "And the Nordic countries?",
     "How much military aid has Kiev received from the Nordic countries?"),
    (("How much military aid has Kiev received from the Baltic states?", "$1 billion"), "And from Poland?",
     "How much military aid has Kiev received from Poland?"),
    (("How much military aid has Kiev received from the Baltic states?", "$1 billion"), "And Moldova?",
     "How much military aid has Moldova received from the Baltic states?"),
    (("Did Khorev meet the Europeans?", "yes"), "And the Americans?", "Did Khorev meet the Americans?"),
])
def test_a_fragment_stands_for_the_phrase_it_is_a_counterpart_of(before, follow_up, rewritten):
    assert rewritten_fragment(before, follow_up) == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    (("What is Zelensky's position?", "talks"), "And the Europeans?", "What is the Europeans' position?"),
    (("What is Zelensky's position?", "talks"), "And the Baltic states?", "What is the Baltic states' position?"),
    # A name plural in form but one body: the apostrophe alone; a singular name ending in s: 's.
    (("What is Zelensky's position?", "talks"), "And the United States?", "What is the United States' position?"),
    (("What is Zelensky's position?", "talks"), "And Jones?", "What is Jones's position?"),
    # A plural's possessive is swapped as a singular's is.
    (("What is the Europeans' position?", "talks"), "And Putin?", "What is Putin's position?"),
])
def test_a_plural_owner_takes_the_apostrophe_alone(before, follow_up, rewritten):
    assert rewritten_fragment(before, follow_up) == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    (("Did Putin say the deal was “a trap”?", "yes"), "And Zelensky?", "Did Zelensky say the deal was “a trap”?"),
    (("Did Putin call the deal «a trap»?", "yes"), "And Zelensky?", "Did Zelensky call the deal «a trap»?"),
    (("Who signed the deal (in 2022)?", "Putin"), "And the treaty?", "Who signed the treaty (in 2022)?"),
    (("Did Putin pay $5 million?", "yes"), "And Zelensky?", "Did Zelensky pay $5 million?"),
])
def test_a_question_rebuilt_keeps_its_closing_quotes_brackets_and_currency(before, follow_up, rewritten):
    assert rewritten_fragment(before, follow_up) == rewritten


def test_a_place_or_a_person_with_no_name_of_its_kind_to_stand_for_is_asked_with_the_previous_turn():
    thanked = previous("Who did Khorev thank?", "Pakistan", "In Islamabad, Khorev thanked Pakistan.")  # not "Who did Islamabad thank?"
    assert resolve_followup("And Islamabad?", thanked) == Resolved("And Islamabad?", "And Islamabad? (Who did Khorev thank? Pakistan)")
    happened = previous("What happened in Istanbul?", "talks", "Putin said he would come.")  # not "What happened in Putin?"
    assert resolve_followup("And Putin?", happened) == Resolved("And Putin?", "And Putin? (What happened in Istanbul? talks)")


def test_a_fragment_swaps_what_the_previous_reference_was_replaced_by():
    """The chat's "What law did Khorev condemn?" (Ukrainian law), "What does it ban?", "What about martial law?"."""
    it = resolve_followup("What does it ban?", previous("What law did Khorev condemn?", "Ukrainian law"))
    assert (it.question, it.subject) == ("What does Ukrainian law ban?", "Ukrainian law")
    fragment = resolve_followup("What about martial law?", it.turn(Answer(it.asked, "Great Patriotic War", True, 0.9)))
    assert (fragment.question, fragment.subject) == ("What does martial law ban?", "martial law")
    # Of two names, the one a pronoun was replaced by, else the first.
    met = Turn("Where did Putin meet Trump?", Answer("", "Alaska", True, 0.9))
    assert resolve_followup("And Zelensky?", met).question == "Where did Zelensky meet Trump?"
    assert resolve_followup("And Zelensky?", replace(met, subject="Trump")).question == "Where did Putin meet Zelensky?"


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # An answer that is no noun phrase of the pronoun's number: what the previous question was about.
    (("What did Khorev say about Zelensky's term?", "seeks to “legitimize himself through showmanship"), "When did it end?",
     "When did Zelensky's term end?"),
    (("What does the Ukrainian law on historical memory ban?", "Soviet-era symbols"), "When was it passed?",
     "When was the Ukrainian law on historical memory passed?"),
    (("What did Khorev say about the Alaska meeting?", "both leaders showed a willingness to compromise"), "Who attended it?",
     "Who attended the Alaska meeting?"),
    (("What did Khorev call the drone reports?", "exaggerated"), "What did he say they aimed at?",
     "What did Khorev say the drone reports aimed at?"),
    (("What did Khorev say Ukraine used the Minsk agreements for?", "to strengthen its military posture"),
     "When were they signed?", "When were the Minsk agreements signed?"),
    (("What is the joint working group about?", "ceasefire mechanisms"), "Who agreed to form it?",
     "Who agreed to form the joint working group?"),
    # One that is stays the referent.
    (("What did Khorev call the vote?", "the disputed vote"), "When was it held?", "When was the disputed vote held?"),
    # A bare question: a statement in the middle is "that"; a word completing the verb at the end stays.
    (("What did Khorev say about Polish airspace?", "exaggerated"), "When?", "When did Khorev say that about Polish airspace?"),
    (("What did Khorev call the reports?", "exaggerated"), "Why?", "Why did Khorev call the reports exaggerated?"),
])
def test_what_was_asked_about_stands_in_for_an_answer_that_reads_as_no_such_phrase(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*before)).question == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    (("What did Khorev thank Pakistan for?", "neutrality"), "What about Turkey?", "What did Khorev thank Turkey for?"),
    (("What did Khorev say about Pakistan?", "its neutrality"), "And Poland?", "What did Khorev say about Poland?"),
    (("What does Khorev say Zelensky wants?", "showmanship"), "And Putin?", "What does Khorev say Putin wants?"),
    (("What did Khorev accuse the UN Secretariat of?", "bias"), "What about the US?", "What did Khorev accuse the US of?"),
    # Who does something else stays the first name swapped, and a source is kept.
    (("Where did Putin meet Trump?", "Alaska"), "And Zelensky?", "Where did Zelensky meet Trump?"),
    (("What does Zelensky seek, according to Khorev?", "showmanship"), "And Moscow?", "What does Moscow seek, according to Khorev?"),
    # A preposition stranded at the end stays the verb's.
    (("What did Khorev say Ukraine used the Minsk agreements for?", "rearming"), "And the Istanbul accords?",
     "What did Khorev say Ukraine used the Istanbul accords for?"),
])
def test_a_fragment_swaps_what_was_said_of_not_who_said_it(before, follow_up, rewritten):
    assert rewritten_fragment(before, follow_up) == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    (("Where did the explosions happen?", "Bryansk and Kursk"), "And the date?", "When did the explosions happen?"),
    (("When was martial law introduced?", "2022"), "What about the reason?", "Why was martial law introduced?"),
    (("Why did the talks stall?", "ceasefire mechanisms"), "And the place?", "Where did the talks stall?"),
])
def test_a_fragment_naming_a_detail_asks_the_previous_question_for_it(before, follow_up, rewritten):
    assert rewritten_fragment(before, follow_up) == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # A subject opening with a name ends before the verb after it, where more of the question follows.
    (("What did the Americans say about the talks?", "progress"), "And the Russians?", "What did the Russians say about the talks?"),
    (("What does the European Union want from the talks?", "a ceasefire"), "What about the Baltic states?",
     "What do the Baltic states want from the talks?"),
])
def test_a_fragment_stands_for_a_subject_that_opens_with_a_name(before, follow_up, rewritten):
    assert rewritten_fragment(before, follow_up) == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    (("When did the talks pause?", "March 2022"), "And resume?", "When did the talks resume?"),
    (("When was the law passed?", "2015"), "And amended?", "When was the law amended?"),
    (("Who opened the bridge?", "the mayor"), "And closed?", "Who closed the bridge?"),
    (("What does the law ban?", "Soviet-era symbols"), "And allow?", "What does the law allow?"),
    (("When did the talks pause?", "March 2022"), "And resumed?", "When did the talks resume?"),  # in the question's form
    (("When was the law passed?", "2015"), "And amend?", "When was the law amended?"),
    # A word that is a noun too is a verb only between verbs of a thing's course, the question's last.
    (("Why did prices rise?", "inflation"), "And fall?", "Why did prices fall?"),
    (("Why did prices rise in 2022?", "inflation"), "And fall?", "Why did prices fall in 2022?"),
    (("How much aid did Kiev receive?", "$5 billion"), "And support?", "How much support did Kiev receive?"),
    # or where the question's verb is a verb alone and no phrase without "the" could stand for it.
    (("Who wrote the report?", "Ada Lind"), "And read?", "Who read the report?"),
    # The form the auxiliary asks for: none, a past tense; "will", a bare verb.
    (("Who cut the budget?", "the council"), "And wrote?", "Who wrote the budget?"),
    (("Who will lead the talks?", "Ishaq Dar"), "And hosted?", "Who will host the talks?"),
])
def test_a_fragment_naming_a_verb_asks_the_previous_question_with_it(before, follow_up, rewritten):
    assert rewritten_fragment(before, follow_up) == rewritten


@pytest.mark.parametrize("before, follow_up", [
    (("When was the bridge built?", "1901"), "And cost?"), (("Who designed the bridge?", "Ada Lind"), "And cost?"),
    (("When did the strike end?", "May"), "And pay?"), (("Where did the talks take place?", "Istanbul"), "And end?"),
])
def test_a_lone_word_that_is_neither_the_verb_nor_a_phrase_s_counterpart_is_asked_as_typed(before, follow_up):
    resolved = resolve_followup(follow_up, previous(*before))  # had been "When was the bridge cost?", "When was cost built?"
    assert resolved.question == follow_up and resolved.asked == f"{follow_up} ({' '.join(before)})"


@pytest.mark.parametrize("before, follow_up", [
    (("How many prisoners of war were exchanged?", "over 1,000"), "And the year?"),  # not "…were the year?"
    (("When did the talks resume?", "May 2025"), "And the date?"),  # not "When did the date resume?"
])
def test_a_detail_the_previous_question_cannot_be_asked_for_is_no_counterpart_to_swap(before, follow_up):
    assert resolve_followup(follow_up, previous(*before)) == Resolved(follow_up, f"{follow_up} ({' '.join(before)})")


def test_a_relative_that_is_neither_replaced_nor_a_reference():
    question = "Which symbols does the law that passed in August ban?"
    assert resolve_followup(question, previous("Which law did Khorev condemn?", "a law")) == Resolved(question, question)


def test_after_an_abstention_the_context_is_the_question_alone():
    resolved = resolve_followup("When was it signed?", previous("Which treaty did Khorev sign?"))
    assert resolved == Resolved("When was it signed?", "When was it signed? (Which treaty did Khorev sign?)")


def test_context_that_would_make_the_question_too_long_is_left_out():
    before = previous("Which law did Khorev condemn? " + "Really? " * 200, "a law")
    assert resolve_followup("When was it passed?", before) == Resolved("When was a law passed?", "When was a law passed?",
                                                                      subject="a law")


def test_proper_names_skip_the_question_word_and_keep_initials():
    assert proper_names("Who met Albert P. Khorev in Islamabad?") == ["Albert P. Khorev", "Islamabad"]
    assert proper_names("When did Zelensky's term end?") == ["Zelensky"]
    assert proper_names("What's the starter called?") == proper_names("Who’s the chair?") == []  # a chat user's "What"
    assert proper_names("What’s Owen's starter called?") == ["Owen"]
    assert proper_names("Will's brother lives where?") == ["Will"]  # a name, not the modal (the review's)


@dataclass(frozen=True)
class FollowUp:
    question: str  # the first question
    answer: str  # its answer in the article
    follow_up: str  # a question that only makes sense after the first
    expected: str  # the follow-up's answer in the article


# Written by hand against seeds/russia-ukraine-peace-talks.txt; the answers are copied from it.
PAIRS = [
    FollowUp("Who is the Russian ambassador who briefed the media?", "Albert P. Khorev",
             "Where did he hold the briefing?", "Islamabad"),
    FollowUp("What did Khorev call the reports of Russian drones in Polish airspace?", "exaggerated",
             "When did he say the drones entered?", "earlier this month"),
    FollowUp("Which law did Khorev condemn?", "a Ukrainian law on historical memory",
             "When was it passed?", "August"),
    FollowUp("How many states supported the Russian resolution at the UN?", "119",
             "In what year did they support it?", "2024"),
    FollowUp("Where were the railway bridge explosions?", "Bryansk and Kursk",
             "How many civilians did they kill?", "seven"),
    FollowUp("When did Zelensky's term officially end?", "May 2024",
             "What does he seek, according to Khorev?", "legitimize himself through showmanship"),
    FollowUp("Who said that calls for a full ceasefire sound hollow?", "Khorev",
             "Who did he say that to?", "reporters"),
    FollowUp("What meeting did Khorev welcome?", "the recent Alaska meeting between Presidents Putin and Donald Trump",
             "What did he say both leaders showed?", "a willingness to compromise"),
]


@dataclass(frozen=True)
class Score:
    top_retrieved: int  # follow-ups whose expected answer is in the passage retrieved first
    retrieved: int  # ... in one of the passages retrieved for reading
    answer_f1: float  # mean token F1 of the answers
    pairs: int

    def __str__(self) -> str:
        return (f"answer in 1st retrieved passage {self.top_retrieved}/{self.pairs}, "
                f"in a passage read {self.retrieved}/{self.pairs}, answer F1 {self.answer_f1:.2f}")


def score(assistant, questions: list[str], pairs: list[FollowUp] = PAIRS) -> Score:
    """Retrieval scored on the retriever's own ranking (fixed embedding model), answers on the reader's."""
    findings = [assistant.find(q) for q in questions]
    read = [[p.expected.lower() in h.chunk.text.lower() for h in f.hits[: assistant.passages_to_read]]
            for p, f in zip(pairs, findings)]
    answers = [assistant.decide(f) for f in findings]
    return Score(sum(r[0] for r in read), sum(any(r) for r in read),
                 sum(f1(a.text, p.expected) for a, p in zip(answers, pairs)) / len(pairs), len(pairs))


def test_the_written_pairs_answers_are_in_the_article(seed_assistant):
    article = next(iter(seed_assistant.index.articles.values())).text
    for pair in PAIRS:
        assert pair.answer in article and pair.expected in article


def test_resolving_follow_ups_helps_retrieval(seed_assistant):
    """Three ways to ask each follow-up: as written, with references replaced, and with the previous
    turn appended as context (what the chat does)."""
    resolved = [resolve_followup(p.follow_up, previous(p.question, p.answer)) for p in PAIRS]
    as_written = score(seed_assistant, [p.follow_up for p in PAIRS])
    replaced = score(seed_assistant, [r.question for r in resolved])
    with_context = score(seed_assistant, [r.asked for r in resolved])
    print(f"\nfollow-ups as written:        {as_written}\n"
          f"references replaced:          {replaced}\n"
          f"replaced + previous turn:     {with_context}")
    # docs/measurements.md, "Follow-up questions": with the shipped reader, 8 of 8 first and 8 of 8 read, F1 1.00 against 0.62.
    assert with_context.top_retrieved > as_written.top_retrieved and with_context.retrieved == len(PAIRS)
    assert with_context.answer_f1 > as_written.answer_f1


def test_who_said_that_asks_who_said_the_previous_answer():
    # a chat user's: "geologist" had answered, and "who said that?" after Khorev's warning been refused
    called = previous("What did Werner Falck call her conclusion?", "a physicist's guess dressed up as a measurement.")
    for question in ("who said that?", "And who says so?", "According to whom?", "Who claimed that?"):
        assert resolve_followup(question, called).question == "Who said “a physicist's guess dressed up as a measurement”?"
    assert resolve_followup("Who said that?", previous("What did Falck call it?", "")).question == "Who said that?"
    # the statement's words name no one a pronoun after it stands for (the session's chat check: "When was Nevertheless born?")
    quoted = previous("Who said “Nevertheless, he warned that any NATO presence is unacceptable”?", "Khorev",
                      "Khorev welcomed the meeting. He praised Pakistan. Nevertheless, he warned that any NATO presence is "
                      "unacceptable.")
    assert "Nevertheless" not in resolve_followup("When was she born?", quoted).question
    # who made or wrote a thing is no statement's sayer (the code review's)
    assert resolve_followup("Who made it?", previous("What was the best-selling car?", "the Tesla Model Y")).question == \
        "Who made the Tesla Model Y?"


@pytest.mark.parametrize("question", ["Were there any casualties?", "How many drones were there?", "Is there a ceasefire?",
                                      "Is it true that NATO escalated?", "How long did it take to agree?"])
def test_it_and_there_standing_for_nothing_are_left_alone(question):
    assert resolve_followup(question, previous("Where was the media briefing held?", "Islamabad")) == Resolved(question, question)
    assert resolve_followup(question, None).unresolved == ()


@pytest.mark.parametrize("question", ["what colour options are there for the X200?", "Which hotels are there in Holm?"])
def test_there_after_a_noun_asked_which_of_asked_first_refers_to_nothing_unsaid(question):
    # a chat user's had been told "Nothing was asked before for 'there' to refer back to"
    assert resolve_followup(question, None).unresolved == ()


def test_there_after_a_place_answered_is_that_place():
    held = previous("Where was the media briefing held?", "Islamabad")
    assert resolve_followup("What was there?", held).question == "What was in Islamabad?"
    assert resolve_followup("What had already been there?", held).question == "What had already been in Islamabad?"
    # the code review's: a noun asked which of is still in the place answered
    assert resolve_followup("Which leaders were there?", held).question == "Which leaders were in Islamabad?"


BRIEFING, SPOKESWOMAN = ("Where was the media briefing held?", "Islamabad"), ("Who is the spokeswoman?", "Maria Zakharova")
LAW = ("Which law did Khorev condemn?", "the law")


@pytest.mark.parametrize("before, follow_up, rewritten", [
    (BRIEFING, "Who was there?", "Who was in Islamabad?"),  # a "there" that ends a question is the place
    (BRIEFING, "What happened there in May?", "What happened in Islamabad in May?"),
    (BRIEFING, "How far is it from there?", "How far is it from Islamabad?"),
    (BRIEFING, "What did they agree on there?", "What did they agree on in Islamabad?"),  # "on" is the verb's
    (BRIEFING, "What did Khorev talk about there?", "What did Khorev talk about in Islamabad?"),
    (LAW, "Who did it belong to?", "Who did the law belong to?"),  # a stranded "to" opens no clause
    (LAW, "How much did it cost to pass?", "How much did the law cost to pass?"),  # "to" and its verb alone: "it" its object
    (SPOKESWOMAN, "What is her name?", "What is Maria Zakharova's name?"),  # "her" before a noun: a possessive
    (SPOKESWOMAN, "Who met her?", "Who met Maria Zakharova?"),
])
def test_it_there_and_her_that_refer_back_are_replaced(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*before)).question == rewritten


@pytest.mark.parametrize("question", ["What time is it in Kyiv?", "How far is it to Kyiv?", "Is it said that Khorev lied?",
                                      "Was it reported that drones entered Poland?", "Why does it matter whether Putin came?",
                                      "Does it seem the talks stalled?", "It seems Khorev lied?", "Does it appear as if Khorev lied?",
                                      # a chat user's: "…does the club manager cost…", "…if the raffle rains?"
                                      "How much does it cost to freeze my membership?", "What happens if it rains?"])
def test_an_it_that_stands_for_nothing_is_not_replaced_by_a_thing_answered_before(question):
    assert resolve_followup(question, previous(*LAW)) == Resolved(question, question)
    assert resolve_followup(question, None).unresolved == ()


@pytest.mark.parametrize("follow_up, rewritten", [
    ("What is it about?", "What is the law about?"),
    ("Does it seem likely?", "Does the law seem likely?"),  # no clause follows "seem"
    ("What did it say to Khorev?", "What did the law say to Khorev?"),  # "to Khorev" is no clause, nor "say" a verb "it" opens
])
def test_an_it_that_refers_back_is_replaced(follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*LAW)).question == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # what "Which country…?" asked about is its answer (it had been "the US in floating its currency", "most dependent on Arab oil")
    (("Which country followed the US in floating its currency?", "Britain"), "What did it float?", "What did Britain float?"),
    (("Which country was most dependent on Arab oil?", "Japan"), "By when was it considered an Arab-friendly state?",
     "By when was it considered an Arab-friendly state?"),  # acted on, not acting: left, not "most dependent on Arab oil"
    (("Which country did Khorev thank?", "Pakistan"), "What did it maintain?", "What did Pakistan maintain?"),  # it had been left
    # but no event, nor where the answer is where something else was
    (("Which city hosted the summit?", "Islamabad"), "When did it happen?", "When did the summit happen?"),
    (("In which city was the briefing?", "Islamabad"), "When was it?", "When was the briefing?"),
    (("Where was the briefing?", "Islamabad"), "When was it?", "When was the briefing?"),
])
def test_it_after_a_question_for_which_place_is_the_place_answered(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*before)).question == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # the answer to "Which country…?" is "it" only doing something to something (review: "When did India land on the Moon?")
    (("Which country launched the probe?", "India"), "When did it land on the Moon?", "When did the probe land on the Moon?"),
    (("Which state passed the abortion ban?", "Texas"), "Has it been challenged in court?", "Has the abortion ban been challenged in court?"),
    (("Which city hosted the summit?", "Islamabad"), "How much did it cost?", "How much did the summit cost?"),
    # a word after "to" that is a verb too is a noun where no object follows ("Should flour be warm?")
    (("How much flour should I add to water?", "two cups"), "Should it be warm?", "Should water be warm?"),
])
def test_it_is_the_thing_asked_about_where_the_answer_does_nothing_to_anything(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*before)).question == rewritten


def test_it_after_a_question_for_which_country_is_another_thing_where_it_is_no_subject():
    libya = previous("Which country immediately announced it would embargo oil shipments to the United States?", "Libya")
    joined = resolve_followup("When did Saudi Arabia join it?", libya).question
    assert "Libya" not in joined and "country" not in joined  # nor "the country immediately announced it"


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # the kind asked for, where the answer is an amount and the question names nothing else (it had been left)
    (("What speed limit was imposed in 1974?", "55 mph"), "Who ended it?", "Who ended the speed limit?"),
    # but not where it does (review: "Can the voltage charge a laptop?", "When will the price ship?")
    (("What voltage does the charger output?", "5 V"), "Can it charge a laptop?", "Can the charger charge a laptop?"),
    (("What price did Apple set for the Vision Pro?", "$3,499"), "When will it ship?", "When will the Vision Pro ship?"),
    # nor where the answer names one (second review: "When was the law signed?")
    (("What law did Congress pass in 2022?", "the Inflation Reduction Act"), "When was it signed?",
     "When was the Inflation Reduction Act signed?"),
    (("Which country did Khorev thank?", "Pakistan"), "Why did he thank it?", "Why did Khorev thank it?"),  # not "the country"
    # a year qualifying a noun is no time
    (("When did the 1973 oil crisis begin?", "October 1973"), "Who proclaimed it?", "Who proclaimed the 1973 oil crisis?"),
    (("Who drew parallels with the 2015 Minsk agreements?", "Khorev"), "What did Ukraine use them for?",
     "What did Ukraine use the 2015 Minsk agreements for?"),  # it had asked "What did Ukraine use Khorev for?"
])
def test_it_and_they_stand_for_the_kind_asked_for_and_a_thing_a_year_qualifies(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*before)).question == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # "its" and "their" had been left as typed, the previous turn in brackets
    (("Which form of plague is the least common?", "Septicemic plague"), "What is its mortality rate?",
     "What is Septicemic plague's mortality rate?"),
    (("Which country was most dependent on Arab oil?", "Japan"), "What share of its imported oil came from the Middle East?",
     "What share of Japan's imported oil came from the Middle East?"),
    (("Which companies opened US assembly plants?", "Honda, Toyota and Nissan"), "What were their luxury divisions?",
     "What were Honda, Toyota and Nissan's luxury divisions?"),
    # what a phrase names a part or an amount "of" owns it
    (("What is the mortality rate of pneumonic plague?", "90 to 95 percent"), "What are its symptoms?",
     "What are pneumonic plague's symptoms?"),
    # "What's" opens as "What is" does
    (("Which form of plague is the least common?", "Septicemic plague"), "What's its mortality rate?",
     "What's Septicemic plague's mortality rate?"),
    # a name with "of" in it stays whole; only what a thing has gives way to the thing (review: "Liberty's pedestal")
    (("When was the Statue of Liberty built?", "1886"), "Who designed its pedestal?", "Who designed the Statue of Liberty's pedestal?"),
    # left as typed, the previous turn in brackets, where what "it" would be is no phrase a possessive fits: an answer
    # to "What…made of?" may be the material, a person answered is no "their" (review: "wrought iron's height", "Mick
    # Jagger's biggest hit", "people live in Tokyo's area")
    (("What is the Eiffel Tower made of?", "wrought iron"), "What is its height?", "What is its height?"),
    (("Who is the lead singer of the Rolling Stones?", "Mick Jagger"), "What was their biggest hit?", "What was their biggest hit?"),
    (("How many people live in Tokyo?", "14 million"), "What is its area?", "What is its area?"),
    # nor a thing answered with "a" (second review: "What did a cut of half a point's governor say?")
    (("What did the central bank announce?", "a cut of half a point"), "What did its governor say?", "What did its governor say?"),
    (("What is the boiling point of water?", "100 °C"), "What is its freezing point?", "What is water's freezing point?"),
    # one after a phrase or a name of its own question is theirs
    (("Which law did Khorev condemn?", "the law"), "How did the parliament justify its passage?",
     "How did the parliament justify its passage?"),
    (("Which law did Khorev condemn?", "the law"), "What did Kiev say about its aims?", "What did Kiev say about its aims?"),
])
def test_its_and_their_are_the_thing_the_previous_turn_was_about_s(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*before)).question == rewritten


def test_he_is_a_person_answered_with_a_title_and_never_a_people_s_adjective():
    negotiated = ("Who negotiated an Israeli troop withdrawal?", "US Secretary of State Henry Kissinger")
    assert resolve_followup("By when had he negotiated it?", previous(*negotiated)).question == \
        "By when had US Secretary of State Henry Kissinger negotiated an Israeli troop withdrawal?"  # it had been "Israeli"
    unnamed = resolve_followup("By when had he negotiated it?", previous(negotiated[0], "a diplomat"))
    assert unnamed.unresolved == ("he",) and "Israeli negotiated" not in unnamed.question
    # a body's name with "of" is no title (review: "Where is Department of Energy based?"); a name's particles are its own
    assert resolve_followup("Where is he based?", previous("Who regulates nuclear plants?", "Department of Energy")).unresolved == ("he",)
    assert resolve_followup("What did she say?", previous("Who chairs the committee?", "Ursula von der Leyen")).question == \
        "What did Ursula von der Leyen say?"


@pytest.mark.parametrize("before, follow_up, rewritten", [
    (("When did direct talks resume?", "May 2025"), "Who did they say exploited ceasefires?",
     "Who did they say exploited ceasefires?"),  # talks say nothing: it had asked "Who did direct talks say…?"
    (("Which report did Khorev dismiss?", "the UN report"), "What does it say about Poland?", "What does the UN report say about Poland?"),
    (("When did the negotiators meet?", "May"), "What did they say?", "What did the negotiators say?"),
    # a body or a text says things too (second review: these had been left)
    (("What did the startup raise?", "$50 million"), "What did it say?", "What did the startup say?"),
    (("What did the ministry publish?", "new guidelines"), "What do they say about masks?", "What do new guidelines say about masks?"),
])
def test_they_or_it_saying_something_is_only_what_could(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*before)).question == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    (("What did the company launch?", "a new phone"), "When did it do so?", "When did the company do so?"),  # "a new phone"
    (("What did the club sign?", "a striker"), "Why did it do so?", "Why did the club do so?"),  # had been "a striker"
])
def test_it_doing_so_is_who_did_what_the_previous_question_asked_about(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*before)).question == rewritten


def test_an_it_never_stands_for_a_lone_initial():
    established = previous("Who established how Y. pestis was transmitted?", "Paul-Louis Simond")
    assert "Y.?" not in resolve_followup("When did he establish it?", established).question  # "…establish Y.?"


def test_an_it_never_stands_for_a_verb_s_phrase_after_to():
    urged = previous("Who did King Abdullah urge to attack Iran?", "the United States")
    assert "attack Iran" not in resolve_followup("What did he describe it as?", urged).question  # "…describe attack Iran as?"


def test_he_and_she_are_never_a_person_the_cited_passages_refer_to_as_the_other_sex():
    said = previous("What did Putin say?", "he would meet Meloni", "Putin said he would meet Meloni in Rome.")
    assert resolve_followup("Who is her husband?", said).unresolved == ("her",)
    assert resolve_followup("Who is his wife?", said).question == "Who is Putin's wife?"
    # Of two names, the one they refer to as "she"; "he" is still the first.
    met = previous("Where did Putin meet Meloni?", "Rome", "Putin met Meloni in Rome. Meloni said she was pleased.")
    assert resolve_followup("What did she say?", met).question == "What did Meloni say?"
    assert resolve_followup("What did he say?", met).question == "What did Putin say?"
    # A "He" opening the next sentence refers to the name its sentence had alone.
    dismissed = previous("What did Khorev dismiss?", "claims", "Khorev dismissed the claims. He called them exaggerated.")
    assert resolve_followup("Why did she dismiss them?", dismissed).unresolved == ("she",)
    # A passage that does not tell ("Trump met Putin. He said…") leaves "she" to the first name.
    unclear = previous("Where did Trump meet Putin?", "Alaska", "Trump met Putin in Alaska. He said the talks went well.")
    assert resolve_followup("What did she say?", unclear).question == "What did Trump say?"


def test_he_and_she_are_never_a_name_the_previous_turn_uses_as_a_place():
    # After "in" in the question, or "from" in the passages.
    assert resolve_followup("What did he say?", previous("What happened in Istanbul?", "talks")).unresolved == ("he",)
    sent = previous("How many drones did Belarus send?", "19", "Drones flew in from Belarus. Khorev denied it. He called it a lie.")
    assert resolve_followup("What did he say about them?", sent).unresolved == ("he",)
    # "Support provided to Kiev", never "he", where the passages call Khorev "he": Kiev is no person.
    support = previous("How much military and financial support has Kiev received?", "$70.2 billion",
                       "He pointed to $70.2 billion in support provided to Kiev.",
                       "Khorev dismissed the claims. He called them exaggerated.")
    assert resolve_followup("What is his name?", support).unresolved == ("his",)
    # "To" alone tells nothing: a person still where the passages call no one "he" or "she", or call him so.
    aid = ("How much aid has Zelensky received?", "$5 billion", "Aid was provided to Zelensky.")
    assert resolve_followup("What did he say?", previous(*aid)).question == "What did Zelensky say?"
    grateful = previous(*aid, "Zelensky said he was grateful. Khorev dismissed it. He called it theatre.")
    assert resolve_followup("What did he say?", grateful).question == "What did Zelensky say?"
    # A source "according to" is no place.
    unacceptable = previous("What is unacceptable, according to Khorev?", "NATO presence", "Putin said he wanted talks.")
    assert resolve_followup("Why does he say so?", unacceptable).question == "Why does Khorev say so?"


def test_a_follow_up_whose_rewrite_would_pass_the_length_limit_is_asked_as_typed():
    question = "When was it said? " + "Really, " * 120 + "when?"
    assert len(question) < 1000
    before = previous("What did Khorev say?", "that the talks stalled " * 8)
    assert resolve_followup(question, before) == Resolved(question, question)


# Follow-ups whose "that" stands for the previous statement or event, and whose question names
# the person already, as "Why did Khorev say that?" ("What did Khorev call …?" exaggerated).
THAT_PAIRS = [
    FollowUp("What did Khorev call the reports of Russian drones in Polish airspace?", "exaggerated",
             "Why did Khorev say that?", "fueling anti-Russian sentiment"),
    FollowUp("Who said that calls for a full ceasefire sound hollow?", "Khorev", "Who did he say that to?", "reporters"),
    FollowUp("When did Putin resume direct talks with Ukraine?", "May 2025", "Since when had talks paused before that?", "April 2022"),
    FollowUp("How many prisoners of war were exchanged?", "over 1,000",
             "How many soldiers' remains were transferred besides that?", "6,000"),
    FollowUp("What did Khorev say the reports of Russian drones were aimed at?", "fueling anti-Russian sentiment",
             "What did Khorev reiterate after that?", "does not seek confrontation"),
    FollowUp("Who said Russia remains open to meaningful dialogue?", "Khorev",
             "What did Khorev say peace must address besides that?", "root causes of the conflict"),
    FollowUp("Which ceasefire was breached in April?", "the Easter ceasefire", "What was rejected in May after that?", "proposed pause"),
    FollowUp("Where were the railway bridge explosions?", "Bryansk and Kursk", "Who did Khorev blame for that?", "Kiev"),
    FollowUp("Which law did Khorev condemn?", "a Ukrainian law on historical memory", "What did Khorev claim about that?",
             "promotes Russophobia"),
    FollowUp("What did Khorev call any NATO or EU military presence in Ukraine?", "unacceptable",
             "Who did Khorev accuse of sabotaging peace besides saying that?", "Kiev and European states"),
]


def test_a_that_left_as_written_answers_better_than_one_replaced_by_the_previous_answer(seed_assistant):
    """Why "that" is not replaced: with the previous turn appended, the answer in its place moved no
    expected answer into the passages read and led the reader to other spans."""
    resolved = [resolve_followup(p.follow_up, previous(p.question, p.answer)) for p in THAT_PAIRS]
    assert all("that" in r.question for r in resolved)
    replaced = [r.asked.replace("that", p.answer, 1) for r, p in zip(resolved, THAT_PAIRS)]
    left, answer_in_place = score(seed_assistant, [r.asked for r in resolved], THAT_PAIRS), score(seed_assistant, replaced, THAT_PAIRS)
    print(f"\n\"that\" left + previous turn:     {left}\n\"that\" replaced + previous turn: {answer_in_place}")
    # Measured with the shipped reader: 10/10 first and read either way, F1 0.80 left against 0.70 replaced.
    assert left.retrieved >= answer_in_place.retrieved and left.answer_f1 > answer_in_place.answer_f1


# Conversations over the seed article as a user has them, each turn with its answer in the article;
# each was answered wrongly, or shown oddly, at one turn at least before its follow-up was handled.
CHATS = [
    # Another answer than those given, or none.
    [("Who gave the media briefing?", "Albert P. Khorev"), ("Who else?", None)],
    [("What did the legislation ban?", "Soviet-era symbols"), ("What else?", "Great Patriotic War"),
     ("Anything else?", None)],
    [("What does Khorev claim the law promotes?", "Russophobia"), ("What else?", "glorifies Nazi collaborators")],
    [("Where were the railway bridge explosions?", "Bryansk and Kursk"), ("Where else?", None)],
    [("Which city hosted the media briefing?", "Islamabad"), ("Who spoke there?", "Albert P. Khorev"),
     ("What did he call the reports of Russian drones?", "exaggerated")],
    [("What did Khorev call the reports of Russian drones in Polish airspace?", "exaggerated"),
     ("Why did he say that?", "fueling anti-Russian sentiment")],
    [("How many prisoners of war were exchanged?", "over 1,000"), ("What about soldiers' remains?", "more than 6,000")],
    [("Where were the railway bridge explosions?", "Bryansk and Kursk"), ("When did that happen?", "late May and early June"),
     ("How many people died?", "seven")],
    [("When did Putin resume direct talks with Ukraine?", "May 2025"), ("How many rounds of negotiations were there?", "three"),
     ("What did they lead to?", "prisoner exchanges")],
    [("How many states supported the Russian resolution at the UN?", "119"), ("In what year?", "2024")],
    [("What did Khorev call any NATO or EU military presence in Ukraine?", "unacceptable"),
     ("Who did he accuse of sabotaging peace efforts?", "Kiev and European states"),
     ("How?", "creating new funding and training structures")],
    [("How much military and financial support has Kiev received?", "$70.2 billion"),
     ("Since when?", "since the start of Russia’s “special military operation")],
    [("Which agreements did Khorev draw parallels with?", "the 2015 Minsk agreements"),
     ("What did Ukraine use them for, according to him?", "to strengthen its military posture"),
     ("What must a future agreement avoid repeating?", "the mistakes of Donbass")],
    [("Who did Khorev accuse of bias?", "the UN Secretariat"), ("Why?", "selectively applies Charter principles under Western influence")],
    [("When were energy infrastructure strikes?", "March"), ("And the breaches of the Easter ceasefire?", "April")],
    [("Who dismissed the idea of a summit between Putin and Zelensky?", "Khorev"), ("When did Zelensky's term end?", "May 2024"),
     ("What does he seek?", "legitimize himself through showmanship")],
    [("Which country did Khorev thank?", "Pakistan"), ("For what?", "maintaining neutrality despite external pressure")],
    [("Who gave the media briefing?", "Albert P. Khorev"), ("Where was it?", "Islamabad"),
     ("What did he say Moscow does not seek?", "confrontation with NATO members")],
    [("Which law did Khorev condemn?", "a Ukrainian law on historical memory"), ("When was it passed?", "August")],
    [("Who did Khorev accuse of carrying out terrorist acts?", "Kiev"), ("Why?", "railway bridge explosions in Bryansk and Kursk")],
    # None: the article does not say, and the reply should ("What time is Ukrainian law in Kyiv?" was answered "August").
    [("Which law did Khorev condemn?", "a Ukrainian law on historical memory"), ("What time is it in Kyiv?", None)],
    # "it" and "they" for what was asked about where the answer is no such phrase ("When did seeks to… end?" had been shown).
    [("What did Khorev say about Zelensky's term?", "seeks to “legitimize himself through showmanship"), ("When did it end?", "May 2024")],
    [("What does the Ukrainian law on historical memory ban?", "Soviet-era symbols"), ("When was it passed?", "August")],
    [("What did Khorev say about the Alaska meeting?", "both leaders showed a willingness to compromise"),
     ("Who attended it?", "Putin and Donald Trump")],
    [("What did Khorev say Ukraine used the Minsk agreements for?", "to strengthen its military posture"),
     ("When were they signed?", "2015")],
    [("What did Khorev say about martial law?", "most countries oppose the “glorification of Nazism.”"), ("When was it introduced?", "2022")],
    [("What did Khorev call the drone reports?", "exaggerated"), ("What did he say they aimed at?", "fueling anti-Russian sentiment")],
]


def answered_right(assistant, chats: list[list[tuple[str, str | None]]], typed=lambda question, position: question) -> int:
    """Each chat asked as ui/app.py does: the question, each typed as `typed` makes it, taken as meant
    (`Assistant.as_meant`) and resolved against the conversation's previous turn, and kept as
    `resolved.turn(answer)` (what it was about, for a later fragment). Counts the follow-ups answered right."""
    from ui.conversation import Conversation

    right = 0
    for chat in chats:
        conversation = Conversation()
        for position, (written, expected) in enumerate(chat):
            question = typed(written, position)
            exchange = conversation.ask(question, {"role": "user", "content": question})
            previous = conversation.previous_turn(exchange)
            resolved = resolve_followup(assistant.as_meant(question), previous)
            answer = ask_resolved(assistant, resolved, previous)
            conversation.reply(exchange, [], resolved.turn(answer))
            if position:
                right += (answer.answered and f1(answer.text, expected) >= 0.5) if expected else not answer.answered
    return right


def test_conversations_are_answered_as_the_chat_asks_them(seed_assistant):
    right, follow_ups = answered_right(seed_assistant, CHATS), sum(len(chat) - 1 for chat in CHATS)
    print(f"\nfollow-ups answered right: {right}/{follow_ups}")
    # Measured with the shipped reader: 35 of 35 (13 of 22 before bare questions, fragments, "that"
    # after an auxiliary and earlier turns' persons were handled; 23 of 24 before "it" in "What time
    # is it?" was left alone; the last six chats were added with "it" for what was asked about; the
    # first four, for another answer ("Who else?"), in session 25: 32 of 35 before it was asked so).
    assert right == follow_ups


# Conversations ending in a fragment ("What about martial law?", "And Moscow?") that means the
# previous question with its subject swapped; None: the article does not say, and the reply should.
FRAGMENT_CHATS = [
    [("What law did Khorev condemn?", "a Ukrainian law on historical memory"),
     ("What does it ban?", "Soviet-era symbols and the term “Great Patriotic War”"),
     ("What about martial law?", None)],  # the article says what martial law enabled, not what it bans
    [("Which law did Khorev condemn?", "a Ukrainian law on historical memory"), ("When was it passed?", "August"),
     ("What about martial law?", "2022")],
    [("When was martial law introduced?", "2022"), ("And the law on historical memory?", "August")],
    [("What did Khorev call the reports of Russian drones in Polish airspace?", "exaggerated"),
     ("What about any NATO or EU military presence in Ukraine?", "unacceptable")],
    [("What did Khorev call any NATO or EU military presence in Ukraine?", "unacceptable"),
     ("And the reports of Russian drones?", "exaggerated")],
    [("Who did Khorev accuse of bias?", "the UN Secretariat"), ("What about sabotaging peace efforts?", "Kiev and European states")],
    [("Who did Khorev accuse of bias?", "the UN Secretariat"), ("And terrorist acts?", "Kiev")],
    [("How many prisoners of war were exchanged?", "over 1,000"), ("How about the remains of Ukrainian soldiers?", "more than 6,000")],
    [("What does Zelensky seek, according to Khorev?", "to legitimize himself through showmanship"),
     ("And Moscow?", "substantive dialogue")],
    [("Which violation happened in April?", "breaches of the Easter ceasefire"), ("And in March?", "strikes on energy infrastructure")],
    [("Where were the railway bridge explosions?", "Bryansk and Kursk"), ("What about the media briefing?", "Islamabad")],
    [("Who dismissed the idea of a summit between Putin and Zelensky?", "Khorev"),
     ("What about claims of Russian drones entering Polish airspace?", "Khorev")],
    [("Who did Khorev accuse of carrying out terrorist acts?", "Kiev"), ("What about bias?", "the UN Secretariat")],
    [("When were strikes on energy infrastructure?", "March"),
     ("And the rejection of a proposed pause?", "May’s Victory Day commemorations")],
    [("Where were referendums held?", "Russian-controlled territories"), ("And the media briefing?", "Islamabad")],
    [("Who did Khorev accuse of the explosions in Bryansk?", "Kiev"), ("And in Kursk?", "Kiev")],
]


def test_fragments_are_answered_as_the_previous_question_about_them(seed_assistant):
    right, follow_ups = answered_right(seed_assistant, FRAGMENT_CHATS), sum(len(chat) - 1 for chat in FRAGMENT_CHATS)
    print(f"\nfollow-ups in chats with fragments answered right: {right}/{follow_ups}")
    # Measured with the shipped reader: 15 of 18, the fragments 14 of 16, the same since the
    # auxiliary agrees with what stands in for its subject ("Where was the media briefing held?",
    # once "Where were…"). The last two chats were answered right before places were told from
    # persons and "held" from a noun too, though asked oddly ("Who did Kursk accuse…?"). Of the
    # first 16, 7 and 6 of 14 with fragments asked as typed, the previous turn in brackets (rebuilt
    # but with that turn in brackets, the reader mostly answered the previous question again).
    # Missed: "Great Patriotic War", half of what Ukrainian law bans; "Kiev" for "Kiev and European states" and "anti-Russian sentiment" for
    # what Moscow seeks, both asked as meant.
    assert right >= 15


# How people type in a chat: in small letters, a follow-up opening with thanks or a nod.
NODS = ["thanks! ", "ok, ", "great. ", "i see, ", "cool "]


def casually(question: str, position: int) -> str:
    return (NODS[position % len(NODS)] if position else "") + question.lower()


def test_conversations_typed_casually_are_answered_as_written(seed_assistant):
    """Typed so, "thanks! why?" had been asked whole, not rebuilt from the turn before, and "ok, and moscow?" taken for no
    fragment."""
    right = answered_right(seed_assistant, CHATS, casually) + answered_right(seed_assistant, FRAGMENT_CHATS, casually)
    follow_ups = sum(len(chat) - 1 for chat in CHATS + FRAGMENT_CHATS)
    print(f"\nfollow-ups typed casually answered right: {right}/{follow_ups}")
    # Measured with the shipped reader: 50 of 53 (35 and 15), as many as written; 27 (25 and 2) where follow-ups were
    # resolved on the question as typed (before session 56).
    assert right >= 50


def test_a_request_for_a_summary_is_never_read_as_a_follow_up():
    resumed = Turn("When did the talks resume?", Answer("When did the talks resume?", "May 2025", True, 0.9))
    for question in ("How about a summary?", "Can you summarize it?"):
        for previous in (resumed, None):  # not "When did a summary resume?"; no "it" referring to nothing
            assert resolve_followup(question, previous) == Resolved(question, question)


def test_what_else_after_a_question_asking_what_is_said_about_a_topic_asks_for_another_statement_of_it():
    # It had been read with the turn before, and answered with a heading's words ("Russia Ukraine Peace Talks").
    khorev = previous("Tell me about Khorev?", "According to Khorev, President Vladimir Putin resumed direct talks.")
    resolved = resolve_followup("What else?", khorev)
    assert (resolved.question, resolved.asked, resolved.given) == ("What else is said about Khorev?", "Tell me about Khorev?",
                                                                    (khorev.answer,))
    second = resolve_followup("Anything else?", resolved.turn(Answer(resolved.asked, "Khorev thanked Pakistan.", True, 0.3)))
    assert second.question == "What else is said about Khorev?" and len(second.given) == 2
    assert resolve_followup("Who else?", khorev).question != "What else is said about Khorev?"  # another kind asked


def test_what_about_a_topic_the_previous_question_has_no_place_for_asks_what_is_said_about_it():
    # It had been read with "Who gave the media briefing?" and refused: "The article doesn't say" of NATO.
    briefing = previous("Who gave the media briefing?", "Albert P. Khorev")
    assert resolve_followup("What about NATO?", briefing) == Resolved("What about NATO?", "What about NATO?")
    ban = previous("What does Ukrainian law ban?", "Soviet-era symbols")  # one it has a place for is asked so, as before
    assert resolve_followup("What about martial law?", ban).question == "What does martial law ban?"


def test_who_else_asks_the_previous_question_again_with_the_answers_given_left_out():
    briefing = previous("Who gave the media briefing?", "Albert P. Khorev")
    resolved = resolve_followup("Who else?", briefing)
    assert (resolved.question, resolved.asked) == ("Who else gave the media briefing?", "Who gave the media briefing?")
    assert resolved.given == (briefing.answer,) and resolved.context is None
    # A second "What else?" leaves out both answers, and asks the question without "else" again.
    ban = previous("What did the legislation ban?", "Soviet-era symbols")
    first = resolve_followup("What else?", ban)
    assert first.question == "What else did the legislation ban?"
    other = Answer(first.asked, "the term “Great Patriotic War”", True, 0.4)
    second = resolve_followup("And what else?", first.turn(other))
    assert (second.question, second.asked) == ("What else did the legislation ban?", "What did the legislation ban?")
    assert second.given == (ban.answer, other)
    # No other found, "What else?" again asks the same, and finds none again (helper's API test: read with the
    # turn before instead, it had answered "Ukraine's constitution and international human rights conventions").
    none = second.turn(Answer(second.asked, "", False, 0.9))
    assert resolve_followup("What else?", none) == replace(second, context=None)
    # A noun after "which" takes "other"; "What else?" fits "Which…?", "In which city…?" keeps its opening.
    thank = previous("Which country did Khorev thank?", "Pakistan")
    for question in ("Which other?", "Which other country?", "What else?", "Any others?", "Anything else?"):
        assert resolve_followup(question, thank).question == "Which other country did Khorev thank?", question
    assert resolve_followup("Where else?", previous("In which city was the briefing?", "Islamabad")).question == \
        "In which other city was the briefing?"
    bias = previous("Who did Khorev accuse of bias?", "the UN Secretariat")
    assert resolve_followup("Who else?", bias) == Resolved("Who else did Khorev accuse of bias?", "Who did Khorev accuse of bias?",
                                                          given=(bias.answer,))


def test_a_question_after_one_read_with_the_question_before_is_read_with_both():
    # "Why?" after "Who else?" (read with "When were…?") had been read with "Who else? Khorev" alone (UI audit).
    exchanged = previous("When were 1,000 prisoners of war exchanged?", "May 2025")
    who_else = resolve_followup("Who else?", exchanged)
    assert who_else.context == exchanged.question
    turn = who_else.turn(Answer(who_else.asked, "Khorev", True, 0.9))
    assert turn.read_with == exchanged.question
    why = resolve_followup("Why?", turn)
    assert why.context == "Who else?" and why.asked == "Why? (When were 1,000 prisoners of war exchanged? Who else? Khorev)"
    # "Who else?" after "Why?" read with "Who is stepping down?" gives neither answer again (it had given the first's).
    stepping = previous("Who is stepping down?", "Geoffrey Hale")
    why = resolve_followup("Why?", stepping)
    reason = Answer(why.asked, "We will be electing a new treasurer", True, 0.33)
    assert resolve_followup("Who else?", why.turn(reason)).given == (stepping.answer, reason)


def test_a_question_for_another_answer_keeps_its_words_where_the_previous_question_does_not_fit_it():
    briefing = previous("Who gave the media briefing?", "Albert P. Khorev")
    # "What else?" after "Who…?" asks something else than the previous question: read with it, the answer left out.
    resolved = resolve_followup("What else?", briefing)
    assert resolved.given == (briefing.answer,) and resolved.context == "Who gave the media briefing?"
    # A whole question for another: its references replaced, read without "else".
    cited = previous("What violations did Khorev cite?", "temporary truces")
    resolved = resolve_followup("What else did he cite?", cited)
    assert resolved.question == "What else did Khorev cite?"
    assert resolved.asked.startswith("What did Khorev cite? (") and resolved.given == (cited.answer,)
    # "How…?" takes no "else"; a refused previous question gave nothing to leave out.
    assert resolve_followup("What else?", previous("How many prisoners were exchanged?", "over 1,000")).question == "What else?"
    refused = previous("Who thanked Khorev?")
    assert resolve_followup("Who else?", refused).given == ()
    # Not a question for another: "other" after no "which", "else" in no such place.
    for question in ("Who did the other side blame?", "What did Khorev say or else threaten?"):
        assert resolve_followup(question, briefing).given == ()


def test_she_after_a_question_for_someone_by_their_role_is_who_was_answered():
    # "Which painter…" had not been taken to ask for a person: "she" stood for no one.
    painter = previous("Which painter was born in Ashcombe?", "Ellen Marsh")
    assert resolve_followup("When was she born?", painter).question == "When was Ellen Marsh born?"
    assert resolve_followup("What did they paint?", previous("Which painters lived in Ashcombe?", "Ellen Marsh and Tom Hale")
                            ).question == "What did Ellen Marsh and Tom Hale paint?"


def test_her_before_a_determiner_is_no_possessive_and_a_street_is_no_one():
    founder = previous("Who founded Brackenridge?", "Margaret Delamere")
    assert resolve_followup("Who granted her the land?", founder).question == "Who granted Margaret Delamere the land?"
    baker = previous("Who owns a bakery on Market Street?", "Maria Esposito",
                     "Maria Esposito, who owns a bakery on Market Street, said her sales fell by a third.")
    # "her" had been Market Street: the name nearest before it in the passage.
    assert resolve_followup("How much did her sales fall?", baker).question == "How much did Maria Esposito's sales fall?"


def test_it_or_them_standing_for_a_phrase_of_an_earlier_clause_of_the_same_question_stays():
    briefing = previous("Who gave the media briefing?", "Albert P. Khorev")
    # Each had been the previous turn's: "…when was the media briefing passed?", "…among Albert P. Khorev?"
    for question in ("What does the Ukrainian law on historical memory ban and when was it passed?",
                     "How many states supported the Russian resolution at the UN, and was Pakistan among them?"):
        assert resolve_followup(question, briefing) == Resolved(question, question)
    # In one clause, or of another number, it is still the previous turn's.
    assert resolve_followup("What does the law say about it?", briefing).question == "What does the law say about the media briefing?"
    assert resolve_followup("What do the talks show, and when was it given?", briefing).question == \
        "What do the talks show, and when was the media briefing given?"


def test_a_bare_question_after_who_said_that_asks_of_who_said_it_not_of_the_clause():
    # "would" of the clause had been taken for the question's auxiliary: "When would be lifted The Coast Guard?"
    announced = previous("Who announced that river traffic restrictions would be lifted?", "The Coast Guard")
    assert resolve_followup("When?", announced).question == \
        "When did the Coast Guard announce that river traffic restrictions would be lifted?"
    said = previous("Who said that Moscow does not seek confrontation with NATO?", "Khorev")
    assert resolve_followup("Why?", said).question == "Why did Khorev say that Moscow does not seek confrontation with NATO?"


def test_a_correction_is_the_previous_question_about_what_it_names():
    # Asked as typed, "No, I meant Zelensky" had been refused.
    met = previous("Who did Putin meet in Alaska?", "Donald Trump")
    assert resolve_followup("No, I meant Zelensky", met).question == "Who did Zelensky meet in Alaska?"
    assert resolve_followup("Sorry, I meant the EU.", previous("What did Khorev say about NATO?", "a threat")).question == \
        "What did Khorev say about the EU?"
    for question in ("I meant when", "No", "No, I meant that"):  # no X to swap in
        assert resolve_followup(question, met).question == question


def test_a_correction_takes_the_place_of_a_name_or_a_phrase_inside_the_question_s_phrase():
    # helper's follow-up test: asked as typed, with no context; "daily" had ended the subject, as an adverb would
    leeds = previous("When does the first train to Leeds leave?", "06:15")
    assert resolve_followup("No, I meant York", leeds).question == "When does the first train to York leave?"
    assert resolve_followup("And York?", leeds).question == "When does the first train to York leave?"
    assert resolve_followup("Sorry, I meant for children", previous("What is the maximum daily dose for adults?", "4 grams")) \
        .question == "What is the maximum daily dose for children?"
    assert rewritten_fragment(("What is the maximum daily dose for adults?", "4 grams"), "And for children under 12?") == \
        "What is the maximum daily dose for children under 12?"


def test_they_after_who_met_is_who_was_answered_not_the_place_nor_a_meeting_s_name():
    # "What did Alaska and Putin and Donald Trump show?" had been asked.
    assert resolve_followup("What did they show?", previous("Who met in Alaska?", "Putin and Donald Trump")).question == \
        "What did Putin and Donald Trump show?"
    assert resolve_followup("What did they say?", previous("Who welcomed the Alaska meeting?", "Khorev")).question == "What did Khorev say?"
    assert resolve_followup("Where are they meeting?", previous("Who is Putin meeting?", "Donald Trump")).question == \
        "Where are Putin and Donald Trump meeting?"


def test_review_of_who_else_corrections_and_possessives():
    law = previous("What did Khorev say about the law?", "it was bad")
    # A comma after "I mean" had been put into the question: "What did, Zelensky say about the law?"
    assert resolve_followup("I mean, the treaty", law).question == "What did Khorev say about the treaty?"
    assert resolve_followup("I mean, what did Zelensky say?", law).question == "I mean, what did Zelensky say?"
    # "her" before "most", "all", "some" owns what follows; only an article makes it an object.
    assert resolve_followup("What is her most famous painting?", previous("Who painted the Ashcombe mural?", "Mary Hale")
                            ).question == "What is Mary Hale's most famous painting?"
    # A surname that names a kind of place too is still a person's.
    assert resolve_followup("When did he direct it?", previous("What did Michael Bay direct?", "Transformers")
                            ).question.startswith("When did Michael Bay direct")
    # "What else?" after "What's…?" is no "What other's…"; as typed, with the previous turn, the answer left out.
    capital = previous("What's the capital of Ukraine?", "Kyiv")
    resolved = resolve_followup("What else?", capital)
    assert (resolved.question, resolved.asked, resolved.given) == ("What else?", "What else? (What's the capital of Ukraine? Kyiv)",
                                                                   (capital.answer,))
    # "Which other person?" had been asked "Which person?" alone: now with the previous turn.
    briefing = previous("Who gave the media briefing?", "Albert P. Khorev")
    assert resolve_followup("Which other person?", briefing).asked == "Which person? (Who gave the media briefing? Albert P. Khorev)"


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # Each had been put in as the question's subject ("What is a hybrid?", "How accurate are fish calls?",
    # "How much does ten years ago cost today?"; follow-up audit).
    ("What is the warranty of a microinverter?", "What about a hybrid?", "What is the warranty of a hybrid?"),
    ("How accurate is the classifier for snapping shrimp?", "And for fish calls?", "How accurate is the classifier for fish calls?"),
    ("How much does a recorder cost today?", "And ten years ago?", "How much does a recorder cost ten years ago?"),
    ("How long does it take to raise the span now?", "And before?", "How long does it take to raise the span before?"),
    # Not inside what no attribute heads: the reports are what Khorev called exaggerated, not the drones'.
    ("What did Khorev call the reports of Russian drones in Polish airspace?", "And any EU presence?",
     "What did Khorev call any EU presence?"),
])
def test_a_fragment_takes_the_place_of_what_follows_an_attribute_or_its_preposition_or_of_a_time(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(before, "an answer")).question == rewritten


def test_it_after_a_verb_of_saying_is_what_was_said_and_stays_as_that_does():
    # It had become "When did Albert P. Khorev say the media briefing in Islamabad?" (follow-up audit).
    resolved = resolve_followup("When did he say it?", previous("Who gave the media briefing in Islamabad?", "Albert P. Khorev"))
    assert resolved.question == "When did Albert P. Khorev say it?" and resolved.context == "Who gave the media briefing in Islamabad?"
    assert resolve_followup("When did he announce it?", previous("What did Khorev announce?", "a new round of talks")
                            ).question == "When did Khorev announce a new round of talks?"


def test_its_in_a_fragment_asks_another_attribute_of_the_same_thing():
    # Asked as typed, with the previous turn, it had been answered "25 years", the warranty (follow-up audit).
    assert resolve_followup("And its efficiency?", previous("What is the warranty of a microinverter?", "25 years")).question == \
        "What is the efficiency of a microinverter?"
    assert resolve_followup("And its efficiency?", previous("Who makes the microinverter?", "Enphase")).question == "And its efficiency?"


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # Second follow-up audit: each had been put in another phrase's place, or asked as typed.
    ("How many items can adults borrow?", "And children?", "How many items can children borrow?"),
    ("What is Frostline's capacity?", "What about Northsea's?", "What is Northsea's capacity?"),  # not "Northsea's's"
    ("Can I bring my dog to the library?", "What about Wi-Fi?", "What about Wi-Fi?"),  # not "Can Wi-Fi bring my dog…?"
    ("What is the typical cost per watt of a microinverter?", "How about a hybrid?", "What is the typical cost per watt of a hybrid?"),
    ("What does a DC-to-AC ratio of 1.15 mean?", "What about 1.25?", "What does a DC-to-AC ratio of 1.25 mean?"),
    ("What happens on Day 3?", "How about Day 5?", "What happens on Day 5?"),
    ("What was fixed in #412?", "And #418?", "What was fixed in #418?"),
    ("Who is Sam Okonjo?", "Who replaced him?", "Who replaced Sam Okonjo?"),  # not the answer, Marta Kowalczyk
])
def test_fragments_for_people_numbers_and_possessives_and_him_after_who_is(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(before, "Marta Kowalczyk")).question == rewritten


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # Second follow-up audit: each had been asked as typed, with the previous turn ("Why?" after "Which N…?").
    (("Which inverters need a module-level device for rapid shutdown?", "string inverters"), "Why?",
     "Why do string inverters need a module-level device for rapid shutdown?"),
    (("Which site recovered fastest?", "Wasini"), "How?", "How did Wasini recover fastest?"),
    (("What company built the bridge?", "Cianbro Corporation"), "When?", "When did Cianbro Corporation build the bridge?"),
    (("Which law bans Soviet-era symbols?", "the law on historical memory"), "When?",
     "When does the law on historical memory ban Soviet-era symbols?"),
])
def test_a_bare_question_after_which_thing_did_it_asks_of_the_answer(before, follow_up, rewritten):
    assert resolve_followup(follow_up, previous(*before)) == Resolved(rewritten, rewritten)


def test_a_bare_question_after_how_many_asks_of_the_things_counted_where_they_are_its_subject():
    # Second follow-up audit: "Why?" after "How many bids were evaluated?" had been asked as typed and answered "four".
    assert resolve_followup("Why?", previous("How many bids were evaluated?", "four")).question == "Why were four bids evaluated?"
    assert resolve_followup("Why?", previous("How many prisoners of war were exchanged?", "over 1,000")).question == \
        "Why were over 1,000 prisoners of war exchanged?"
    assert resolve_followup("Why?", previous("How many prisoners were exchanged?", "1,000 prisoners")).question == \
        "Why were 1,000 prisoners exchanged?"
    # Counted as an object ("did Dana receive"), or by no number: asked as typed, with the previous turn.
    for before in (("How many bids did Dana receive?", "four"), ("How many bids were evaluated?", "the cheapest")):
        assert resolve_followup("Why?", previous(*before)).question == "Why?"


@pytest.mark.parametrize("before, follow_up, rewritten", [
    # "it" after a verb whose object "What…?" asked for is the answer, not the verb's other object (it had been "When did
    # Ada give the teacher?")
    (("What gift did Ada give the teacher?", "a book"), "When did she give it?", "When did Ada give a book?"),
    # a group by its kind is "they", who did it again, and "them" who was answered (they had been "Why did two men arrest
    # the police?", "Why did two strikers sign the club?")
    (("Who did the police arrest?", "two men"), "Why did they arrest them?", "Why did the police arrest two men?"),
    (("Who did the club sign from Leeds?", "two strikers"), "Why did they sign them?", "Why did the club sign two strikers?"),
    # "they" in a question alike is not the one name where several were answered or both sides met ("Who did Anna Berg
    # replace?", "Who did Putin meet after that?" had been asked)
    (("Who did Anna Berg hire?", "two bakers"), "Who did they replace?", "Who did two bakers replace?"),
    (("Who did Putin meet?", "Zelensky"), "Who did they meet after that?", "Who did Putin and Zelensky meet after that?"),
    # an answer a verb's form is a noun of is no act done ("Why does Brightwell Energy build materials?", "How does the
    # company freeze foods?" had been asked)
    (("What does Brightwell Energy do?", "building materials"), "Why?", "Why does Brightwell Energy do building materials?"),
    (("What does the company do?", "frozen foods"), "How?", "How does the company do frozen foods?"),
    (("What does the council plan to do?", "housing"), "When?", "When?"),
    # a time after the fragment's preposition is no place's counterpart, nor a place a time's ("How many people does
    # Brightwell employ in 2015?", "Who won the election in Scotland?" had been asked)
    (("How many people does Brightwell employ in Norway?", "800"), "And in 2015?", "And in 2015?"),
    (("Who won the election in 2019?", "the Labour Party"), "And in Scotland?", "And in Scotland?"),
    # what happens is no name ("When did Halvorsen Foods happen?" had been asked)
    (("Why did Halvorsen Foods cut 200 jobs?", "falling sales"), "When did it happen?", "When did it happen?"),
    # what an owner has is swapped only in a question of "be" ("When did Ravensworth United's capacity?", "Did Ada's
    # owner?" had been asked)
    (("When did Ravensworth United's stadium open?", "1968"), "And its capacity?", "And its capacity?"),
    (("Did Ada's cafe win an award?", "yes"), "And its owner?", "And its owner?"),
    # a role asks who has it, after "Who is…?" ("Who is the curator of the sponsor?" had been asked, "And the
    # treasurer?" as typed)
    (("Who is the chief executive?", "Julia Chen"), "And the treasurer?", "Who is the treasurer?"),
    (("Who is the head teacher?", "Mrs Khan"), "And the deputy?", "Who is the deputy?"),
    (("Who is the curator of the exhibition?", "Lena Berg"), "And the sponsor?", "Who is the sponsor of the exhibition?"),
    # a noun that is a verb too ends no subject ("How much does the charger head cost?", "Can the back be replaced?")
    (("How much does the replacement head cost?", "£15"), "And the charger?", "How much does the charger cost?"),
    (("How long does the back light last?", "10 hours"), "Can it be replaced?", "Can the back light be replaced?"),
    # a party is no group that does things ("Who did the party for the fans invite?" had been asked)
    (("When was the party for the fans held?", "in May"), "Who did they invite?", "Who did they invite?"),
    (("When is the office party?", "Friday"), "Do they serve food?", "Do they serve food?"),
    # "many" before people counted in the plural without an s, "much" after "the" too ("How much children?", "How many
    # cream…")
    (("How many adults visited the museum last year?", "40,000"), "And children?", "How many children?"),
    (("How many sheep does the farm keep?", "200"), "And cattle?", "How many cattle does the farm keep?"),
    (("How many apples do I need?", "six"), "And the cream?", "How much cream do I need?"),
    # words of the weather that a thing is or does too: the weather's only with a when or a where (they had been left)
    (("Which soup is best for batch cooking?", "lentil soup"), "Does it freeze well?", "Does lentil soup freeze well?"),
    (("Which soup does the chef recommend?", "the tomato soup"), "Is it hot or cold?", "Is the tomato soup hot or cold?"),
    (("Which jacket has a fleece lining?", "the Parka X"), "Is it warm enough for winter?", "Is the Parka X warm enough for winter?"),
    (("What will the weather be like in the south?", "rain in the afternoon"), "Is it cold there in winter?",
     "Is it cold there in winter?"),
    # a role's word naming a thing too ("Is it available in French?", "Where can I download it?" had been left)
    (("How much does the travel guide cost?", "£12"), "Is it available in French?", "Is the travel guide available in French?"),
    (("How much does the printer driver cost?", "nothing"), "Where can I download it?", "Where can I download the printer driver?"),
    # the role's word before a name is no other name: the passage tells she is Julia Chen ("Why did Julia Chen disagree?")
    (("Who expected sales to double?", "Julia Chen", "CEO Julia Chen said she expected sales to double. Omar Said disagreed."),
     "Why did he disagree?", "Why did he disagree?"),
])
def test_review_of_follow_ups_rewritten_worse_by_the_previous_change(before, follow_up, rewritten):
    # review of 514 follow-ups: each of these had been rewritten as the comment says
    assert resolve_followup(follow_up, previous(*before)).question == rewritten


GAZPACHO = "The recipe makes gazpacho, a cold tomato soup. Serve it chilled."


def test_it_is_an_answer_of_a_word_unknown_and_a_role_keeps_whose_it_is():
    # "it" had been the recipe, "gazpacho" being no word lemminflect knows; and "United" a participle ending the subject
    soup = previous("Which soup does the recipe make?", "gazpacho", GAZPACHO)
    assert resolve_followup("Should it be served cold?", soup).question == "Should gazpacho be served cold?"
    assert resolve_followup("Is it spicy?", soup).question == "Is gazpacho spicy?"
    assert rewritten_fragment(("Who is the captain of Ravensworth United?", "Tom Ashby"), "And the goalkeeper?") == \
        "Who is the goalkeeper of Ravensworth United?"  # it had been "Who is the goalkeeper United?"
    assert rewritten_fragment(("Who is the chief executive of Brightwell Energy?", "Julia Chen"), "And the treasurer?") == \
        "Who is the treasurer of Brightwell Energy?"
    assert rewritten_fragment(("Who is the chief executive of Brightwell Energy?", "Julia Chen"), "And the head of sales?") == \
        "Who is the head of sales?"


def test_he_is_the_person_an_earlier_turn_named_only_where_no_one_the_latest_names_fits():
    # review of follow-ups: ui/conversation.py passes the earlier person whoever the latest turn names ("What did he
    # found?" after "What did she study?", Elena Varga, had been left); the latest turn's own names come first
    said = replace(previous("What did Khorev say?", "peace", "Putin said he wants peace. Khorev agreed."), earlier_person="Putin")
    assert resolve_followup("When did he say that?", said).question == "When did Khorev say that?"  # not Putin, he though
    studied = replace(previous("What did Elena Varga study?", "chemistry", VARGA), earlier_person="Tomas Varga")
    assert resolve_followup("What did he found?", studied).question == "What did Tomas Varga found?"
    assert resolve_followup("What prize did she win?", studied).question == "What prize did Elena Varga win?"


class ScriptedAssistant:
    """Answers each question with the first of its answers that none `other_than` gives again (by text)."""

    def __init__(self, *answers: Answer):
        self.answers = answers

    def ask(self, question: str, other_than=(), **options) -> Answer:
        return next((replace(a, question=question) for a in self.answers if a.text not in {given.text for given in other_than}),
                    Answer(question, "", False, 0.9))


def test_a_question_read_with_the_turn_before_is_not_given_an_earlier_answer_to_a_question_asking_with_another_word():
    khorev = Answer("Who gave the media briefing?", "Albert P. Khorev", True, 0.9)
    briefing = previous("Who gave the media briefing?", "Albert P. Khorev")
    briefing = replace(briefing, answer=khorev)
    why = resolve_followup("Why did he give it?", briefing)
    assert why.context == "Who gave the media briefing?"
    assistant = ScriptedAssistant(khorev, Answer("", "to restate Moscow's position", True, 0.6))
    assert ask_resolved(assistant, why, briefing).text == "to restate Moscow's position"
    assert ask_resolved(ScriptedAssistant(khorev), why, briefing).answered is False  # none else: refused
    # Asking with the same word, it may be given again: the same person may have done both.
    thanked = resolve_followup("Who did he thank?", briefing)
    assert thanked.context and ask_resolved(assistant, thanked, briefing).text == "Albert P. Khorev"
    # Two turns back: "exaggerated" answered "What did…?", the turn "When did…?" was read with.
    called = Answer("What did Khorev call the reports?", "exaggerated", True, 0.98)
    entered = resolve_followup("When did he say the drones entered?", replace(previous("What did Khorev call the reports?"), answer=called))
    entered_turn = entered.turn(Answer(entered.asked, "earlier this month", True, 0.7))
    assert entered_turn.read_with_answer == called
    when = resolve_followup("When did he say that?", entered_turn)
    assert ask_resolved(ScriptedAssistant(called, entered_turn.answer), when, entered_turn).text == "earlier this month"
    # Asked alone, nothing is left out.
    assert ask_resolved(assistant, Resolved("Why did Khorev give it?", "Why did Khorev give it?"), None).text == "Albert P. Khorev"


def test_a_choice_asked_of_it_after_an_answer_naming_an_option_asks_of_what_the_question_was_about():
    # It had asked "Is heat-resistant borosilicate glass glass or plastic?".
    body = previous("What is the body made of?", "heat-resistant borosilicate glass")
    chosen = resolve_followup("Is it glass or plastic?", body)
    assert chosen.question == "Is the body glass or plastic?"
    # The earlier answer is the choice's too: read with that turn, it is not left out as one to another question.
    glass = Answer("", "heat-resistant borosilicate glass", True, 0.9)
    assert ask_resolved(ScriptedAssistant(glass), chosen, body).text == "heat-resistant borosilicate glass"
    # An answer naming no option is what "it" stands for, as before.
    assert resolve_followup("Is it steel or plastic?", previous("What is the handle made of?", "the Brisa")).question == \
        "Is the Brisa steel or plastic?"
    # what the previous question's verb was done to, where its subject is a pronoun
    made = previous("What did they make the body from?", "heat-resistant borosilicate glass")
    assert resolve_followup("Is it glass or plastic?", made).question == "Is the body glass or plastic?"


def test_a_fragment_after_a_choice_is_asked_the_same_choice():
    handle = previous("Is the handle glass or plastic?", "plastic")
    assert resolve_followup("And the body?", handle).question == "Is the body glass or plastic?"
    jug = previous("Is the glass jug glass or plastic?", "glass")  # the option, not the jug's "glass", ends its subject
    assert resolve_followup("And the lid?", jug).question == "Is the lid glass or plastic?"


def test_it_stands_for_a_thing_not_for_what_was_said_of_it():
    # a review's: "How often should I descale it?" after "How can I make the warranty longer?" had asked "How often should
    # I descale the warranty longer?", and the question after it "What temperatures can the warranty longer be set to?"
    assert resolve_followup("When does it expire?", previous("How can I make the warranty longer?", "three years")).question \
        == "When does the warranty expire?"
    assert resolve_followup("How much is it?", previous("When is the deposit due?", "14 February")).question == \
        "How much is the deposit?"
