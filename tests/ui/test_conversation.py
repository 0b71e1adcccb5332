"""One chat's history, as the browser events that overlap change it."""
from __future__ import annotations

import copy
from dataclasses import replace

from qa.answer import Answer, Citation
from qa.followup import resolve_followup
from qa.turn import Turn
from ui.conversation import THINKING, Conversation


def user(text: str) -> dict:
    return {"role": "user", "content": text}


def bot(text: str) -> dict:
    return {"role": "assistant", "content": text}


def turn(question: str, answer: str) -> Turn:
    return Turn(question, Answer(question, answer, True, 0.9))


def test_a_question_asked_while_another_is_read_waits_its_turn_and_neither_is_lost():
    chat = Conversation()
    first = chat.ask("Who?", user("Who?"))
    second = chat.ask("When?", user("When?"))
    assert chat.messages() == [user("Who?"), THINKING, user("When?"), THINKING]
    assert chat.next_waiting() is first
    chat.reply(first, [bot("Khorev")], turn("Who?", "Khorev"))
    assert chat.next_waiting() is second
    chat.reply(second, [bot("May")], turn("When?", "May"))
    assert chat.next_waiting() is None
    assert chat.messages() == [user("Who?"), bot("Khorev"), user("When?"), bot("May")]


def test_a_follow_up_refers_back_past_a_note_to_the_latest_question_even_one_refused():
    chat = Conversation()
    chat.reply(chat.ask("Who spoke?", user("Who spoke?")), [bot("Khorev")], turn("Who spoke?", "Khorev"))
    chat.note(bot("⚠️ The question is 1,200 characters long; the limit is 1,000."))
    follow_up = chat.ask("When did he say that?", user("When did he say that?"))
    assert chat.previous_turn(follow_up).answer.text == "Khorev"
    refused = Turn("What did Khorev call the reports?", Answer("What did Khorev call the reports?", "", False, 0.0))
    chat.reply(chat.ask("What did Khorev call the reports?", user("…")), [bot("⚠️ Choose at least one article to ask.")], refused)
    assert chat.previous_turn(chat.ask("When did he say that?", user("…"))) is refused


def test_after_clear_nothing_is_referred_back_to_and_a_reply_being_read_is_dropped():
    chat = Conversation()
    chat.reply(chat.ask("Who spoke?", user("Who spoke?")), [bot("Khorev")], turn("Who spoke?", "Khorev"))
    reading = chat.ask("Where?", user("Where?"))
    chat.clear(len(chat.messages()))
    assert not chat.reply(reading, [bot("Islamabad")], turn("Where?", "Islamabad"))  # finished after Clear: dropped
    assert chat.messages() == [] and chat.latest_answer() is None
    assert chat.previous_turn(chat.ask("When did he say that?", user("When did he say that?"))) is None


def test_clear_drops_what_the_page_showed_not_a_question_sent_after_it():
    chat = Conversation()
    chat.reply(chat.ask("Who spoke?", user("Who spoke?")), [bot("Khorev"), bot("passage")], turn("Who spoke?", "Khorev"))
    chat.ask("Where?", user("Where?"))  # shown being read: its question and the thinking status
    shown = len(chat.messages())
    sent_after = chat.ask("When?", user("When?"))  # reached the server before Clear did
    chat.clear(shown)
    assert chat.exchanges == [sent_after] and chat.messages() == [user("When?"), THINKING]
    chat.clear(0)  # an empty chat cleared: a question sent after it stays
    assert chat.exchanges == [sent_after]
    chat.clear(len(chat.messages()))
    assert chat.messages() == []


def test_retry_reads_the_latest_question_again_and_drops_its_reply_and_what_came_after():
    chat = Conversation()
    chat.reply(chat.ask("Who?", user("Who?")), [bot("Khorev")], turn("Who?", "Khorev"))
    latest = chat.ask("When?", user("When?"))
    assert chat.retry() is None, "a question still being read is not asked twice"
    chat.reply(latest, [bot("May")], turn("When?", "May"))
    chat.note(bot("⚠️ too long"), user("Why really really…"))
    assert chat.messages()[-2:] == [user("Why really really…"), bot("⚠️ too long")]  # a bubble of its own, not the reply's
    assert chat.retry() is latest, "a refused question is not asked again"
    assert chat.messages() == [user("Who?"), bot("Khorev"), user("When?"), THINKING]
    assert chat.previous_turn(latest).answer.text == "Khorev" and chat.latest_answer().text == "Khorev"
    assert Conversation().retry() is None


def test_a_copy_is_a_separate_chat_with_its_own_locks():
    chat = Conversation()
    chat.ask("Who?", user("Who?"))
    copied = copy.deepcopy(chat)
    copied.clear(len(copied.messages()))
    assert len(chat.messages()) == 2 and copied.messages() == []
    with chat.reading:
        assert copied.reading.acquire(blocking=False)


def test_a_chat_saved_as_json_comes_back_with_its_waiting_questions_to_read_again():
    import json

    chat = Conversation()
    answered = Turn("Who spoke at the briefing?", Answer("Who spoke at the briefing?", "Khorev", True, 0.9, "a.txt", 4, 10),
                    subject="the briefing",  # what a later "What about X?" swaps for X
                    given=(Answer("Who spoke at the briefing?", "Putin", True, 0.8, "a.txt", 20, 25),),  # and "Who else?" leaves out
                    read_with="Who was in Islamabad?",  # and a following "Why?" is read with
                    read_with_answer=Answer("Who was in Islamabad?", "Khorev", True, 0.7, "a.txt", 4, 10),  # and not answered with
                    read_on=Answer("Tell me more", "Khorev spoke at length.", True, 0.9, "a.txt", 4, 27))  # and read on from
    chat.reply(chat.ask("Who spoke?", user("Who spoke?")), [bot("**Khorev**")], answered)
    chat.note(bot("⚠️ too long"))
    chat.ask("Still being read?", user("Still being read?"))
    saved = json.loads(json.dumps(chat.to_list()))  # as the browser keeps it
    again = Conversation()
    again.restore(saved + [{"question": "from another version"}, {"question": " ", "shown": None, "reply": None, "turn": None}])
    assert again.messages() == [user("Who spoke?"), bot("**Khorev**"), bot("⚠️ too long"), user("Still being read?"), THINKING]
    assert again.next_waiting().question == "Still being read?"
    assert again.latest_answer() == answered.read_on  # what was read last is marked in the article
    assert again.previous_turn(again.ask("When did he say that?", user("…"))) == answered
    assert len(Conversation(chat.exchanges * 40).to_list()) == 50


def test_a_turn_that_names_no_one_carries_the_person_an_earlier_turn_named():
    chat = Conversation()
    chat.reply(chat.ask("Who gave the briefing?", user("…")), [bot("Khorev")], turn("Who gave the briefing?", "Albert P. Khorev"))
    chat.reply(chat.ask("Where was it?", user("…")), [bot("Islamabad")], turn("Where was it?", "ISLAMABAD"))
    follow_up = chat.ask("What did he say?", user("What did he say?"))
    assert chat.previous_turn(follow_up) == Turn("Where was it?", turn("Where was it?", "ISLAMABAD").answer,
                                                 earlier_person="Albert P. Khorev")
    named = turn("What did Zelensky seek?", "showmanship")  # a turn naming someone carries another earlier too
    chat.reply(follow_up, [bot("showmanship")], named)
    assert chat.previous_turn(chat.ask("When did he say that?", user("…"))) == replace(named, earlier_person="Albert P. Khorev")


VARGA = ("Elena Varga was born in 1931 in Szeged. She married the engineer Tomas Varga in 1956; he later founded the Varga "
         "Institute. Elena won the Halden Prize in 1972 for her work on polymers.")


def cited(question: str, answer: str) -> Turn:
    return Turn(question, Answer(question, answer, True, 0.9, citations=[Citation("a.txt", 0, len(VARGA), VARGA, 0.9)]))


def test_he_of_the_other_sex_than_whom_the_latest_turn_names_is_the_person_an_earlier_turn_named():
    # review of follow-ups: "What did he found?" after "What did she study?" (Elena Varga) had been left, the earlier
    # person (her husband) passed only where the latest turn named no one
    chat = Conversation()
    chat.reply(chat.ask("Who was Elena Varga's husband?", user("…")), [bot("Tomas Varga")],
               cited("Who was Elena Varga's husband?", "Tomas Varga"))
    chat.reply(chat.ask("What did she study?", user("…")), [bot("chemistry")], cited("What did Elena Varga study?", "chemistry"))
    previous = chat.previous_turn(chat.ask("What did he found?", user("…")))
    assert resolve_followup("What did he found?", previous).question == "What did Tomas Varga found?"
    assert resolve_followup("What prize did she win?", previous).question == "What prize did Elena Varga win?"


def test_a_note_that_nothing_was_asked_is_added_once_and_never_beside_a_question():
    import threading

    note = bot("Nothing to ask again yet")
    chat = Conversation()
    presses = [threading.Thread(target=chat.note_once_if_nothing_asked, args=(note,)) for _ in range(8)]
    for press in presses:
        press.start()
    for press in presses:
        press.join()
    assert chat.messages() == [note], "pressed at once, said once"
    chat.ask("Who?", user("Who?"))  # being read: its answer is coming, not "nothing asked"
    assert not chat.note_once_if_nothing_asked(note)
    chat.reply(chat.next_waiting(), [bot("Khorev")])
    assert not chat.note_once_if_nothing_asked(note) and chat.messages()[-1] == bot("Khorev")
