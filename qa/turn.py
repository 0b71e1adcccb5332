"""A turn of a conversation: a question as it stands on its own and the answer it got, which the
next question may refer back to ("When did he say that?", "Why?", "Who else?")."""
from __future__ import annotations

from dataclasses import dataclass

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

    def as_context(self) -> str:
        """This turn as a following question is read with it: its question (after the one it was read with) and its answer."""
        return " ".join(part for part in (self.read_with, self.question, self.answer.text) if part)
