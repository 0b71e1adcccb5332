"""A turn of a conversation: a question as it stands on its own and the answer it got, which the
next question may refer back to ("When did he say that?", "Why?", "Who else?")."""
from __future__ import annotations

from dataclasses import dataclass

from qa.about import topic_asked
from qa.answer import Answer


@dataclass(frozen=True)
class Turn:
    """A question standing on its own (its references already resolved) and the answer it got."""

    question: str
    answer: Answer
    # Who "he"/"she" means when no one this turn's question and answer name fits: the person an
    # earlier turn named (ui/conversation.py fills it in).
    earlier_person: str | None = None
    # What the question was about, for a following "What about X?" to swap for X: what its
    # reference was replaced by, or a rebuilt fragment's X (`Resolved.subject`).
    subject: str | None = None
    # Answers given before to the question this one asked again for another ("Who else?"): a further
    # "Who else?" gives none of them, nor this turn's answer.
    given: tuple[Answer, ...] = ()
    # The question before, where this one was read with it (`Resolved.context`): "Who else?" stands on its own
    # only with it, and a following "Why?" is read with both.
    read_with: str | None = None
    # The sex each person its question's pronouns were taken for had by them ("Is he her husband?": Leon Voss, "male"):
    # a following "she" is not him where the passages do not tell (`Resolved.sexes`).
    sexes: tuple[tuple[str, str], ...] = ()
    # The answer the question it was read with got ("exaggerated" for "What did Khorev call the reports…?"): a following
    # question read with this turn is not answered with it where it asks something else (`qa.followup.ask_resolved`).
    read_with_answer: Answer | None = None
    # What "Tell me more" last read on from this turn's answer (`Assistant.read_on`): the next reads on from it, and a
    # following "Where was it held?" still refers back to this turn's question and answer.
    read_on: Answer | None = None

    @property
    def answer_in_context(self) -> bool:
        """Whether a following question read with this turn is read with its answer: one given, and not the statement
        answering what the article says about a topic (qa/about.py), a sentence of the article that, read again in the
        question, had drawn the reader away ("Who attended it?" after "What did Khorev say about the Alaska meeting?" had
        been answered with a heading, where the question alone finds "Putin and Donald Trump")."""
        return self.answer.answered and topic_asked(self.question) is None

    def as_context(self) -> str:
        """This turn as a following question is read with it: its question (after the one it was read with) and its
        answer (`answer_in_context`)."""
        answer = self.answer.text if self.answer_in_context else None
        return " ".join(part for part in (self.read_with, self.question, answer) if part)
