"""One browser session's chat: its exchanges, in order, and the turns follow-ups refer back to.

The page shows `messages()` after every step. Keeping the chat here, not in what each browser
event sends, means events that overlap (a second question sent while the first is read, Clear
while a question is read) add to one history instead of overwriting each other's copies.
Plain Python, no Gradio: tests/ui/test_conversation.py drives it directly.
"""
from __future__ import annotations

import copy
import threading
from dataclasses import dataclass, replace

from qa.answer import Answer
from qa.references import person_referent
from qa.turn import Turn

SAVED_EXCHANGES = 50  # kept in the browser across reloads; each reply with its passages is a few KB
THINKING = {"role": "assistant", "content": "Searching the articles and reading the closest passages…",
            "metadata": {"title": "Thinking…", "status": "pending"}}


@dataclass
class Exchange:
    """A question shown (as HTML) and its reply: the reply is None while the question waits to be read."""

    question: str  # as typed
    shown: dict | None  # the question's chat message; None for a note without a question
    reply: list[dict] | None = None
    turn: Turn | None = None  # the question (answered or not) a follow-up can refer back to


def _messages(exchange: Exchange) -> list[dict]:
    """What the page shows of an exchange: its question, then its reply or, while it is read, the thinking status."""
    return ([exchange.shown] if exchange.shown else []) + (exchange.reply if exchange.reply is not None else [THINKING])


class Conversation:
    """One page's chat, shared by that page's events (each may run on its own thread)."""

    def __init__(self, exchanges: list[Exchange] | None = None) -> None:
        self.exchanges = exchanges or []
        self._lock = threading.Lock()  # guards `exchanges` against events running at once
        self.reading = threading.Lock()  # this chat's questions are read one at a time, in the order asked

    def __deepcopy__(self, memo: dict) -> Conversation:
        # Gradio copies a session's initial state; locks are not copied, each copy gets its own.
        with self._lock:
            return Conversation(copy.deepcopy(self.exchanges, memo))

    def messages(self) -> list[dict]:
        """The chat as Gradio's message dicts, a question still being read followed by the thinking status."""
        with self._lock:
            return copy.deepcopy([message for exchange in self.exchanges for message in _messages(exchange)])

    def ask(self, question: str, shown: dict) -> Exchange:
        """Add a question to be read."""
        exchange = Exchange(question, shown)
        with self._lock:
            self.exchanges.append(exchange)
        return exchange

    def note(self, message: dict, shown: dict | None = None) -> None:
        """Add a message that answers no question to be read (a question refused before it was
        asked, `shown` as the user's message: else the chat runs the message into the reply before it)."""
        with self._lock:
            self.exchanges.append(Exchange("", shown, [message]))

    def next_waiting(self) -> Exchange | None:
        """The earliest question not yet read, None when there is none (Clear took it away)."""
        with self._lock:
            return next((e for e in self.exchanges if e.reply is None), None)

    def previous_turn(self, exchange: Exchange) -> Turn | None:
        """The latest turn before `exchange`: what "he" or "that" in it refers back to. A note
        (an over-long question, refused before it was asked) is no turn. It carries another person the latest
        turn before it named, for a pronoun none it names fits: "Where was it?" (Islamabad) names no one, and
        "What did he found?" after "What did she study?" (Elena Varga) is her husband named before."""
        with self._lock:
            before = self.exchanges[:self._position(exchange)]
            turns = [e.turn for e in reversed(before) if e.turn is not None]
        if not turns:
            return None
        latest = person_referent(turns[0])
        earlier_person = next((person for turn in turns[1:] if (person := person_referent(turn)) and person != latest), None)
        return replace(turns[0], earlier_person=earlier_person) if earlier_person else turns[0]

    def reply(self, exchange: Exchange, messages: list[dict], turn: Turn | None = None) -> bool:
        """Record the reply to `exchange`; False, and dropped, if Clear took the question away meanwhile."""
        with self._lock:
            if not any(e is exchange for e in self.exchanges):
                return False
            exchange.reply, exchange.turn = messages, turn
            return True

    def retry(self) -> Exchange | None:
        """Set the latest question to be read again, its reply dropped; None when there is no
        question, or it is still being read."""
        with self._lock:
            latest = next((e for e in reversed(self.exchanges) if e.question), None)  # notes have none
            if latest is None or latest.reply is None:
                return None
            del self.exchanges[self._position(latest) + 1:]  # notes after it go, as its reply does
            latest.reply, latest.turn = None, None
            return latest

    def note_once_if_nothing_asked(self, message: dict) -> bool:
        """Add `message` as a note where no question was asked (a question still being read counts) and it is not the
        latest message already; whether it was added. One step under the lock: two presses at once add it once."""
        with self._lock:
            if any(e.question for e in self.exchanges) or (self.exchanges and _messages(self.exchanges[-1])[-1:] == [message]):
                return False
            self.exchanges.append(Exchange("", None, [message]))
            return True

    def clear(self, shown: int) -> None:
        """Drop the exchanges whose messages began within the first `shown` messages of the chat
        (what the page showed as Clear was pressed). A question sent just after Clear may reach
        the server first, since the two run side by side; it stays."""
        with self._lock:
            start = 0
            for count, exchange in enumerate(self.exchanges):
                if start >= shown:
                    del self.exchanges[:count]
                    return
                start += len(_messages(exchange))
            self.exchanges = []

    def latest_answer(self) -> Answer | None:
        """The latest answer (perhaps a refusal), for marking it in the article view; None before any."""
        with self._lock:
            return next((e.turn.read_on or e.turn.answer for e in reversed(self.exchanges) if e.turn is not None), None)

    def to_list(self) -> list[dict]:
        """The latest SAVED_EXCHANGES exchanges, as JSON-ready dicts: a page keeps them to show again after a
        reload, and reads again the questions among them still waiting (their reply None)."""
        with self._lock:
            return [{"question": e.question, "shown": e.shown, "reply": e.reply,
                     "turn": {"question": e.turn.question, "answer": e.turn.answer.to_dict(), "subject": e.turn.subject,
                              "given": [answer.to_dict() for answer in e.turn.given], "read_with": e.turn.read_with,
                              "read_with_answer": e.turn.read_with_answer and e.turn.read_with_answer.to_dict(),
                              "read_on": e.turn.read_on and e.turn.read_on.to_dict()}
                     if e.turn else None}
                    for e in copy.deepcopy(self.exchanges[-SAVED_EXCHANGES:])]

    def restore(self, saved: list[dict]) -> None:
        """Take back exchanges `to_list` made, in place of the empty chat of a page just loaded.
        What cannot be read back (from another version) is left out, not guessed at."""
        exchanges = []
        for item in saved if isinstance(saved, list) else []:
            try:
                turn = item["turn"] and Turn(item["turn"]["question"], Answer.from_dict(item["turn"]["answer"]),
                                             subject=item["turn"].get("subject"),
                                             given=tuple(Answer.from_dict(given) for given in item["turn"].get("given", [])),
                                             read_with=item["turn"].get("read_with"),
                                             read_with_answer=item["turn"].get("read_with_answer")
                                             and Answer.from_dict(item["turn"]["read_with_answer"]),
                                             read_on=item["turn"].get("read_on") and Answer.from_dict(item["turn"]["read_on"]))
                waiting = item["reply"] is None
                if waiting and not (isinstance(item["question"], str) and item["question"].strip()):
                    continue  # nothing to read again
                exchanges.append(Exchange(item["question"], item["shown"], None if waiting else list(item["reply"]), turn or None))
            except (KeyError, TypeError, ValueError):
                continue
        with self._lock:
            if not self.exchanges:
                self.exchanges = exchanges

    def _position(self, exchange: Exchange) -> int:
        return next((i for i, e in enumerate(self.exchanges) if e is exchange), len(self.exchanges))
