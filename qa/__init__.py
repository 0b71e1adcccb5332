"""Extractive question answering over articles: `from qa import Assistant`."""
from qa.answer import Answer, Citation
from qa.questions import QuestionError

__all__ = ["Answer", "Assistant", "Citation", "QuestionError"]


def __getattr__(name: str):
    # The Assistant brings the article index (FAISS, sentence-transformers); training and reading
    # SQuAD paragraphs need neither, so they import it only when asked for.
    if name == "Assistant":
        from qa.assistant import Assistant

        return Assistant
    raise AttributeError(f"module 'qa' has no attribute {name!r}")
