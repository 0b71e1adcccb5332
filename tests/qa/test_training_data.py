"""The reader's training data: negatives of each kind, groups for shared normalization, and batches."""
import random

import numpy as np
from transformers import AutoTokenizer

from qa.reader import base_encoder_path
from qa.training_data import epoch_batches, make_features, training_pairs, without_answer_sentence
from qa.windows import WindowSettings


def test_batches_are_fixed_by_seed_and_epoch_and_cover_every_window():
    features = [([0] * n, [0] * n, 0, 0) for n in range(3, 40)]
    batches = epoch_batches(features, 4, seed=7, epoch=0)
    assert batches == epoch_batches(features, 4, seed=7, epoch=0)
    assert batches != epoch_batches(features, 4, seed=7, epoch=1)
    assert sorted(i for b in batches for i in b) == list(range(len(features)))


PARAGRAPH = "The bridge opened in 1932. It was built by Dorman Long. Traffic grew quickly after the war."


def test_a_hard_negative_is_its_own_paragraph_without_the_answer_sentence():
    start = PARAGRAPH.index("Dorman Long")
    rest = without_answer_sentence(PARAGRAPH, (start, start + len("Dorman Long")), ["Dorman Long"])
    assert rest == "The bridge opened in 1932. Traffic grew quickly after the war."


def test_no_hard_negative_when_the_answer_appears_again_or_nothing_is_left():
    repeated = PARAGRAPH + " Dorman Long also built the Tyne Bridge."
    start = repeated.index("Dorman Long")
    assert without_answer_sentence(repeated, (start, start + 11), ["Dorman Long"]) is None
    assert without_answer_sentence("Dorman Long built it.", (0, 11), ["Dorman Long"]) is None


def test_hard_negatives_are_added_as_unanswerable_pairs():
    start = PARAGRAPH.index("1932")
    row = {"title": "Bridge", "question": "When did the bridge open?", "context": PARAGRAPH,
           "answers": [{"text": "1932", "answer_start": start}]}
    pairs = training_pairs([row], 0.0, random.Random(0), hard_negatives=1.0)
    assert pairs == [(row["question"], PARAGRAPH, (start, start + 4), 0),
                     (row["question"], "It was built by Dorman Long. Traffic grew quickly after the war.", None, 1)]
    assert training_pairs([row], 0.0, random.Random(0), hard_negatives=0.0) == pairs[:1]


ANSWER, CLOSE, FAR = ("The bridge opened in 1932 after eight years of work.",
                      "The bridge's opening ceremony was disrupted by a man on horseback.",
                      "Sydney has a warm climate and many beaches.")
BRIDGE_ROWS = [{"title": "Bridge", "question": "Who disrupted the bridge opening ceremony?" if n else "When did the bridge open?",
                "context": context, "answers": [{"text": text, "answer_start": context.index(text)}]}
               for n, (context, text) in enumerate([(ANSWER, "1932"), (CLOSE, "a man on horseback"), (FAR, "warm")])]


def test_closest_negatives_pair_a_question_with_the_paragraph_retrieval_would_bring():
    for seed in range(5):  # at random, the far paragraph would come up too
        pairs = training_pairs(BRIDGE_ROWS[:1] + BRIDGE_ROWS[2:] + BRIDGE_ROWS[1:2], 1.0, random.Random(seed), 0.0,
                               closest_negatives=True)
        negatives = {(q, c) for q, c, span, _ in pairs if span is None}
        assert (BRIDGE_ROWS[0]["question"], CLOSE) in negatives
        assert (BRIDGE_ROWS[0]["question"], FAR) not in negatives


def test_closest_negatives_rank_by_the_index_s_bm25_whose_idf_is_never_negative():
    # In a small article most words are in half the paragraphs or more: rank_bm25's own idf makes them
    # count against a paragraph, and the one sharing no word with the question would come out closest.
    own, close, far = ("The treaty was signed in Geneva by the two ministers.",
                       "The treaty was the first signed by both ministers.", "Geneva hosts the talks.")
    rows = [{"title": "Treaty", "question": question, "context": context, "answers": [{"text": text, "answer_start": context.index(text)}]}
            for question, context, text in [("Who signed the treaty in Geneva?", own, "the two ministers"),
                                            ("Which treaty was the first?", close, "The treaty"), ("What does Geneva host?", far, "the talks")]]
    pairs = training_pairs(rows, 1.0, random.Random(0), 0.0, closest_negatives=True)
    assert {c for q, c, span, _ in pairs if span is None and q == rows[0]["question"]} == {close}


def test_shared_normalization_groups_a_question_s_paragraph_with_the_closest_other_one():
    pairs = training_pairs(BRIDGE_ROWS[:1] + BRIDGE_ROWS[2:] + BRIDGE_ROWS[1:2], 1.0, random.Random(0), 0.0,
                           shared_normalization=True)
    question = BRIDGE_ROWS[0]["question"]
    first_group = [(q, c, span) for q, c, span, group in pairs if group == pairs[0][3]]
    assert first_group == [(question, ANSWER, (21, 25)), (question, CLOSE, None)]
    # the random negative (drawn for every question here) still stands alone, to teach refusing
    assert len({group for q, c, span, group in pairs if q == question}) == 2
    assert len(pairs) == 3 * 3  # each question: its paragraph, the closest other, a random negative


def test_grouped_batches_keep_a_group_s_windows_together():
    features = [([0] * (3 + i), [0] * (3 + i), 0, 0, i // 3) for i in range(60)]  # 20 groups of 3 windows
    batches = epoch_batches(features, 8, seed=7, epoch=0, grouped=True)
    assert sorted(i for b in batches for i in b) == list(range(60))
    for batch in batches:
        assert len(batch) <= 8
        assert all(sum(features[i][4] == g for i in batch) == 3 for g in {features[i][4] for i in batch})


def many_rows(count: int) -> list[dict]:
    rows = []
    for n in range(count):
        context = (f"Bridge {n} opened in {1900 + n}. It was built by Firm {n}. Traffic grew quickly after the war. "
                   f"Mr. Smith of Firm {n} said so.")
        answer = f"Firm {n}"
        rows.append({"title": f"T{n // 5}", "question": f"Who built bridge {n}?", "context": context,
                     "answers": [{"text": answer, "answer_start": context.index(answer)}]})
    return rows


def test_worker_processes_make_the_same_pairs_and_windows_as_one():
    rows = many_rows(150)  # more paragraphs than one worker's share
    serial = training_pairs(rows, 0.5, random.Random(3), 0.5, shared_normalization=True)
    assert serial == training_pairs(rows, 0.5, random.Random(3), 0.5, shared_normalization=True, workers=2)
    assert sum(span is None for _, _, span, _ in serial) > 50  # negatives of both kinds among them

    tokenizer = AutoTokenizer.from_pretrained(str(base_encoder_path()))
    pairs = (serial * 20)[:4100]  # three chunks of up to 2,000 pairs
    one, two = make_features(tokenizer, pairs, WindowSettings(96, 8)), make_features(tokenizer, pairs, WindowSettings(96, 8), workers=2)
    assert len(one) == len(two) >= len(pairs)
    assert all(np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1]) and a[2:5] == b[2:5] and np.array_equal(a[5], b[5])
               for a, b in zip(one, two))
    # The context mask is the tokens of the second sequence: BERT's token types less the closing [SEP].
    ids, types, context = one[0][0], one[0][1], one[0][5]
    assert np.array_equal(context, (types == 1) & (ids != tokenizer.sep_token_id)) and context.any()
