"""The official SQuAD metrics, on cases worked out by hand with the official evaluation script's rules:
lowercase, drop ASCII punctuation, then the articles a/an/the, then collapse whitespace; token F1
over the normalised words; SQuAD v2's convention for empty answers."""
from __future__ import annotations

import pytest

from qa.metrics import best_over_golds, exact_match, f1, normalize_answer, reply_scores


@pytest.mark.parametrize("text, normalised", [
    ("The Denver Broncos!", "denver broncos"),
    ("  A  tale of\ttwo   cities. ", "tale of two cities"),
    ("Anne and the answer", "anne and answer"),  # articles only as whole words
    ("the-theory", "thetheory"),  # punctuation goes first, so no article is left to drop
    ("$70.2 billion", "702 billion"),
    ("Kiev’s refusal", "kiev’s refusal"),  # a curly apostrophe is not ASCII punctuation: the script keeps it
    ("The", ""),
])
def test_normalisation_follows_the_official_script(text, normalised):
    assert normalize_answer(text) == normalised


def test_an_accent_written_as_a_combining_mark_is_the_accented_letter():
    # helper's API test: an article written with combining accents ("Jose\u0301") had scored its own "José" EM 0
    assert exact_match("Jose\u0301 Marti\u0301nez", "José Martínez") == 1.0 and f1("Jose\u0301", "josé") == 1.0


def test_exact_match_compares_normalised_answers():
    assert exact_match("the Easter ceasefire", "Easter ceasefire") == 1.0
    assert exact_match("$70.2 billion", "70.2 billion") == 1.0
    assert exact_match("Easter", "Easter ceasefire") == 0.0


@pytest.mark.parametrize("prediction, gold, expected", [
    ("Easter", "the Easter ceasefire", 2 / 3),  # precision 1, recall 1/2
    # 6 of the gold's 7 words: precision 1, recall 6/7, F1 = 2·(6/7)/(13/7) = 12/13
    ("refusal to discuss technical ceasefire arrangements", "Kiev’s refusal to discuss technical ceasefire arrangements", 12 / 13),
    ("go go go", "go", 0.5),  # a repeated word counts once per gold occurrence: precision 1/3, recall 1
    ("x x y", "x y y", 2 / 3),  # common words {x: 1, y: 1}: precision 2/3, recall 2/3
    ("Paris", "London", 0.0),
    ("The Denver Broncos", "denver broncos.", 1.0),
])
def test_token_f1_on_partial_overlaps(prediction, gold, expected):
    assert f1(prediction, gold) == pytest.approx(expected)


def test_several_golds_score_against_the_best_matching_one():
    golds = ["Denver Broncos", "Broncos"]
    assert best_over_golds(exact_match, "Broncos of Denver", golds) == 0.0
    # against "Denver Broncos": 2 common of 3 predicted, 2 of 2 gold: F1 = 0.8; against "Broncos": 0.5
    assert best_over_golds(f1, "Broncos of Denver", golds) == pytest.approx(0.8)
    assert best_over_golds(exact_match, "the Broncos", golds) == 1.0


def test_unanswerable_questions_reward_abstaining_only():
    assert best_over_golds(exact_match, "", []) == 1.0
    assert best_over_golds(f1, "", []) == 1.0
    assert best_over_golds(exact_match, "Paris", []) == 0.0
    assert best_over_golds(f1, "Paris", []) == 0.0
    # abstaining on an answerable question gets nothing
    assert best_over_golds(exact_match, "", ["Paris"]) == 0.0
    assert best_over_golds(f1, "", ["Paris"]) == 0.0


def test_empty_answers_follow_the_v2_convention():
    assert f1("", "") == 1.0
    assert f1("the", "") == 1.0  # "the" normalises to nothing
    assert f1("", "Paris") == 0.0


@pytest.mark.parametrize("reply", ["", "the", ".", "  A  "])
def test_a_reply_that_normalises_to_nothing_abstains_as_the_official_v2_script_scores_it(reply):
    # The official script compares normalised texts: such a reply to an unanswerable question is right.
    assert best_over_golds(exact_match, reply, []) == best_over_golds(f1, reply, []) == 1.0


def test_golds_that_normalise_to_nothing_are_dropped_as_the_official_v2_script_does():
    # "The" matched nothing but an abstention: abstaining on a question with a real answer gets nothing
    assert best_over_golds(exact_match, "", ["The", "Paris"]) == best_over_golds(f1, "", ["The", "Paris"]) == 0.0
    assert best_over_golds(exact_match, "Paris", ["The", "Paris"]) == 1.0
    # with no gold left, the question counts as unanswerable
    assert best_over_golds(f1, "", ["the"]) == 1.0 and best_over_golds(f1, "Paris", ["the"]) == 0.0


def test_a_reply_is_scored_0_to_100_against_its_best_gold():
    assert reply_scores("the Broncos", ["Denver Broncos", "Broncos"]) == (100.0, 100.0)
    assert reply_scores("Broncos of Denver", ["Denver Broncos"]) == (0.0, pytest.approx(80.0))
    assert reply_scores("", []) == (100.0, 100.0)  # abstaining on an unanswerable question
