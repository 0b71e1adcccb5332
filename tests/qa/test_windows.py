"""Reader preprocessing on hand-made examples: windows, stride overlap, labels at window edges."""
import pytest
from transformers import AutoTokenizer

from qa.reader import base_encoder_path
from qa.windows import MAX_QUESTION_TOKENS, WindowSettings, label_windows, tokenize_windows

SETTINGS = WindowSettings(max_length=100, stride=20)
CONTEXT = " ".join(f"word{i}" for i in range(120))  # several windows at max_length 100


@pytest.fixture(scope="module")
def tokenizer():
    return AutoTokenizer.from_pretrained(str(base_encoder_path()))


def context_tokens(encoding, window):
    return [i for i, offset in enumerate(encoding["offset_mapping"][window]) if offset is not None]


def labelled_text(encoding, window, starts, ends, context):
    offsets = encoding["offset_mapping"][window]
    return context[offsets[starts[window]][0] : offsets[ends[window]][1]]


def test_long_context_is_split_into_overlapping_windows(tokenizer):
    encoding = tokenize_windows(tokenizer, ["which word?"], [CONTEXT], SETTINGS)
    assert len(encoding["input_ids"]) >= 3
    assert all(len(ids) <= SETTINGS.max_length for ids in encoding["input_ids"])
    first_end = encoding["offset_mapping"][0][context_tokens(encoding, 0)[-1]][1]
    second_start = encoding["offset_mapping"][1][context_tokens(encoding, 1)[0]][0]
    assert second_start < first_end  # neighbours share text


def test_offsets_only_point_into_the_context(tokenizer):
    encoding = tokenize_windows(tokenizer, ["which word?"], [CONTEXT], SETTINGS)
    for window in range(len(encoding["input_ids"])):
        for token, offset in enumerate(encoding["offset_mapping"][window]):
            assert (offset is not None) == (encoding.sequence_ids(window)[token] == 1)


def test_answer_at_the_last_token_of_a_window_is_labelled_there(tokenizer):
    encoding = tokenize_windows(tokenizer, ["which word?"], [CONTEXT], SETTINGS)
    last = context_tokens(encoding, 0)[-1]
    span = tuple(encoding["offset_mapping"][0][last])
    starts, ends = label_windows(encoding, [span])
    assert (starts[0], ends[0]) == (last, last)
    assert labelled_text(encoding, 0, starts, ends, CONTEXT) == CONTEXT[span[0] : span[1]]


def test_answer_in_the_stride_overlap_is_labelled_in_both_windows(tokenizer):
    encoding = tokenize_windows(tokenizer, ["which word?"], [CONTEXT], SETTINGS)
    second_start = encoding["offset_mapping"][1][context_tokens(encoding, 1)[0]][0]
    span = (second_start, second_start + len(CONTEXT[second_start:].split(" ")[0]))
    starts, ends = label_windows(encoding, [span])
    for window in (0, 1):
        assert starts[window] != 0
        assert labelled_text(encoding, window, starts, ends, CONTEXT) == CONTEXT[span[0] : span[1]]


def test_answer_not_whole_in_a_window_labels_cls(tokenizer):
    encoding = tokenize_windows(tokenizer, ["which word?"], [CONTEXT], SETTINGS)
    first_end = encoding["offset_mapping"][0][context_tokens(encoding, 0)[-1]][1]
    span = (first_end - 3, first_end + 7)  # straddles the end of window 0
    starts, ends = label_windows(encoding, [span])
    assert (starts[0], ends[0]) == (0, 0)
    assert starts[1] != 0 and ends[1] >= starts[1]


def test_unanswerable_pairs_label_cls_everywhere(tokenizer):
    encoding = tokenize_windows(tokenizer, ["which word?"], [CONTEXT], SETTINGS)
    starts, ends = label_windows(encoding, [None])
    assert set(starts) == set(ends) == {0}


def test_an_overlong_question_is_clipped_and_the_context_still_fits(tokenizer):
    question = "why " * 300
    encoding = tokenize_windows(tokenizer, [question], ["The answer is here."], WindowSettings(128, 32))
    assert encoding.sequence_ids(0).count(0) == MAX_QUESTION_TOKENS
    assert encoding.sequence_ids(0).count(1) > 0


def question_read(tokenizer, question: str) -> str:
    encoding = tokenize_windows(tokenizer, [question], ["The answer is here."], WindowSettings(128, 32))
    return tokenizer.decode([i for i, sequence in zip(encoding["input_ids"][0], encoding.sequence_ids(0)) if sequence == 0])


def test_an_overlong_question_opening_with_what_the_user_knows_is_read_from_the_sentence_that_asks(tokenizer):
    known = ("My colleague and I were discussing the article about the Harbour Bridge in Millport this morning, and we "
             "already know who cut the ribbon and when the bridge reopened, and about the speed limit that applies until "
             "June, so please don't tell us any of that again. ")
    assert question_read(tokenizer, known + "What we would like to know is: how much did the repair work cost?") == \
        "what we would like to know is : how much did the repair work cost?"
    # One long sentence: its last words, from a word's start ("unbelievably" is three pieces).
    read = question_read(tokenizer, "Tell me, " + "unbelievably " * 70 + "what did it really cost")
    assert read.startswith("unbelievably") and read.endswith("unbelievably what did it really cost")


def test_an_overlong_question_opening_with_what_it_asks_is_read_from_its_start(tokenizer):
    # As a follow-up is asked with the turns before it: "When did Khorev say that? (What did Khorev call…? …)".
    read = question_read(tokenizer, "When did Khorev say that? (" + "What did Khorev call the reports? " * 12 + ")")
    assert read.startswith("when did khorev say that? ( what did khorev call the reports?")


def test_settings_that_leave_no_context_room_are_refused():
    with pytest.raises(ValueError, match="stride"):
        WindowSettings(max_length=128, stride=100)
