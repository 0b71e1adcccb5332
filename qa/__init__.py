"""Extractive question answering over articles: `from qa import Assistant`."""
from qa.answer import Answer, Citation
from qa.assistant import Assistant, QuestionError

__all__ = ["Answer", "Assistant", "Citation", "QuestionError"]
