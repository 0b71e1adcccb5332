"""Telling English prose from other languages and from tables, which the reader reads poorly."""
from __future__ import annotations

import re

import pytest

from qa.assistant import SEED_ARTICLE
from qa.language import question_unlike_english, unlike_english

FRENCH = ("Le pont de Tolvik a été inauguré le 3 mai 2025 par la maire Inès Varga. Long de 840 mètres, il relie les deux "
          "rives du fjord et a coûté 120 millions d'euros. Les travaux, confiés à l'entreprise Calder, ont duré quatre ans. "
          "Les habitants du village de Nesby pourront désormais rejoindre l'hôpital en moins de dix minutes.")
GERMAN = ("Die Brücke von Tolvik wurde am 3. Mai 2025 von Bürgermeisterin Inès Varga eröffnet. Sie ist 840 Meter lang und "
          "verbindet die beiden Ufer des Fjords. Die Bauarbeiten dauerten vier Jahre und kosteten 120 Millionen Euro. Die "
          "Einwohner des Dorfes Nesby können nun in weniger als zehn Minuten das Krankenhaus erreichen.")
TABLE = "\n".join(["Team | Played | Won | Lost | Points"] +
                  [f"{team} | played 38 | won {won} | lost {38 - won} | points {3 * won}" for team, won in
                   [("Arsenal", 26), ("Chelsea", 21), ("Liverpool", 20), ("Tottenham", 18), ("Everton", 16),
                    ("Fulham", 15), ("Brentford", 14), ("Wolves", 12), ("Burnley", 9), ("Luton", 6)]])
ENGLISH = ("The Tolvik bridge was opened on 3 May 2025 by Mayor Inès Varga. It is 840 metres long and joins the two "
           "shores of the fjord. The works took four years and cost 120 million euros. People in the village of Nesby "
           "can now reach the hospital in less than ten minutes.")


@pytest.mark.parametrize("text", [FRENCH, GERMAN, TABLE])
def test_another_language_or_a_table_is_said_to_read_unlike_english(text):
    note = unlike_english(text)
    assert note and note.startswith("reads little like English prose (") and "the reader learnt from English articles" in note
    assert re.search(r"\(\d+% of its words .* have 30% or more\)", note)  # shares written as the answers' confidence is, "90%"


def test_english_prose_and_too_few_words_to_tell_pass_quietly():
    assert unlike_english(ENGLISH) is None and unlike_english(SEED_ARTICLE.read_text()) is None
    assert unlike_english("Le pont de Tolvik a été inauguré en 2025.") is None  # 9 words: too few to tell



def test_the_assistant_says_so_in_one_line_when_an_article_is_loaded_or_added(tmp_path, embedder, shipped_reader):
    from index.articles import Article
    from qa.assistant import Assistant

    messages = []
    assistant = Assistant.from_articles([Article("pont.txt", FRENCH), Article("bridge.txt", ENGLISH)], reader=shipped_reader,
                                        embedder=embedder, index_dir=tmp_path / "index", log=messages.append)
    assert messages == [f"pont.txt {unlike_english(FRENCH)}."]
    messages.clear()
    assistant.add_article(Article("brücke.txt", GERMAN), log=messages.append)
    assistant.add_article(Article("bridge 2.txt", ENGLISH), log=messages.append)
    assert [m for m in messages if not m.startswith("Embedding ")] == [f"brücke.txt {unlike_english(GERMAN)}."]


@pytest.mark.parametrize("question, another", [
    ("¿Quién dio la rueda de prensa?", True), ("Qui a donné la conférence de presse ?", True),
    ("Quem deu a entrevista coletiva?", True), ("谁主持了新闻发布会？", True), ("Кто провёл брифинг?", True),
    ("deposit amount?", False), ("recall line number", False), ("Khorev briefing location", False),  # terse English, names
    ("Erdogan Fidan Zelenskyy", False), ("café opening hours", False), ("Who gave the media briefing?", False),
    ("office tel num?", False), ("pe kit reqs?", False),  # terse English (the session's code review)
    ("Où a eu lieu le point de presse ?", True),  # half its words English's too, or the article's ("EU"): the chat user's
    ("Wer hat die Pressekonferenz gegeben?", True),  # German without accents, its nouns in capitals
    ("Place de la Concorde opening hours", False), ("Los Angeles office phone number", False),
])
def test_a_question_in_another_language_is_told_from_terse_english(question, another):
    # of SQuAD v1.1 train's and dev's, v2.0 dev's and the bench sets' 108,153 questions, none is taken for another language
    assert question_unlike_english(question, ("Albert P. Khorev gave the media briefing in Islamabad.",)) is another
