"""The span decoder on hand-made logits, and the shipped reader on the seed article."""
import json
import os
import subprocess
import sys

import numpy as np
import pytest
import torch

from qa.reader import Reader, ReaderNotFound
from qa.spans import decode, tidy

# Tokens 0 (CLS) and 1 are not context; tokens 2..9 are context words of 5 characters each.
OFFSETS = [None, None] + [(i * 6, i * 6 + 5) for i in range(8)]


def logits(peaks: dict[int, float], size: int = 10) -> np.ndarray:
    values = np.zeros(size, dtype=np.float32)
    for position, value in peaks.items():
        values[position] = value
    return values


def test_best_pair_never_ends_before_it_starts():
    # The likeliest end (token 3) lies before the likeliest start (token 6).
    reading = decode([(0, logits({6: 5.0}), logits({3: 5.0, 7: 2.0}), OFFSETS)])
    best = reading.best
    assert best.start <= best.end
    for candidate in reading.candidates:
        assert candidate.start < candidate.end


def test_max_answer_length_is_honoured():
    reading = decode([(0, logits({2: 5.0}), logits({9: 5.0, 3: 1.0}), OFFSETS)], max_answer_tokens=3)
    assert all((c.end - c.start + 1) // 6 <= 3 for c in reading.candidates)
    assert (reading.best.start, reading.best.end) == (0, 11)  # tokens 2..3


def test_cls_scores_become_the_no_answer_probability():
    sure_nothing = decode([(0, logits({0: 8.0, 4: 1.0}), logits({0: 8.0, 4: 1.0}), OFFSETS)])
    sure_answer = decode([(0, logits({0: -3.0, 4: 8.0}), logits({0: -3.0, 4: 8.0}), OFFSETS)])
    assert sure_nothing.no_answer_probability > 0.9
    assert sure_answer.no_answer_probability < 0.1
    assert sure_answer.best.probability > 0.5
    total = sure_answer.no_answer_probability + sum(c.probability for c in sure_answer.candidates)
    assert total == pytest.approx(1.0)


def test_no_answer_uses_the_window_most_sure_of_an_answer():
    holding = (0, logits({0: -2.0, 4: 6.0}), logits({0: -2.0, 4: 6.0}), OFFSETS)
    empty = (0, logits({0: 9.0}), logits({0: 9.0}), OFFSETS)
    assert decode([holding, empty]).no_answer_probability < 0.1


def test_the_same_span_from_overlapping_windows_is_one_candidate():
    shifted = [None, None, None] + OFFSETS[2:9]  # same words, one token later in the window
    window_a = (0, logits({4: 6.0}), logits({4: 6.0}), OFFSETS)
    window_b = (0, logits({5: 6.0}), logits({5: 6.0}), shifted)
    reading = decode([window_a, window_b])
    spans = [(c.context, c.start, c.end) for c in reading.candidates]
    assert len(spans) == len(set(spans))
    assert (reading.best.start, reading.best.end) == (12, 17)


@pytest.mark.parametrize("text", ["a ***b*** c", "x *** y", "***", "**a* b", "*a** b", "a_**b**_c", "**_a_**", "(a (b", "“a” (b) *c*"])
def test_tidy_takes_any_span_of_any_marks_and_keeps_it_in_the_text(text):
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            tidied = tidy(text, start, end)  # "***" had raised ValueError: no "*" left open alone
            assert 0 <= tidied[0] <= tidied[1] <= len(text)


@pytest.mark.parametrize("text, span, tidied", [
    ("he called it “unacceptable.”", "“unacceptable", "unacceptable"),
    # a quote opened inside is closed after the punctuation it holds (a GPU-trained reader's "the term “Great Patriotic War")
    ("carrying out “terrorist acts,” citing", "carrying out “terrorist acts", "carrying out “terrorist acts,”"),
    ("bans Soviet-era symbols and the term “Great Patriotic War.” He", "Soviet-era symbols and the term “Great Patriotic War",
     "Soviet-era symbols and the term “Great Patriotic War.”"),
    ("a “safe haven”.", "a “safe haven", "a “safe haven”"), ("ask (why?) now", "ask (why", "ask (why"),
    ("the “mistakes of Donbass.”", "“mistakes of Donbass.”", "“mistakes of Donbass.”"),
    ("Kiev’s refusal", "Kiev’", "Kiev"),
    ("since (2024 and 2025)", "(2024", "2024"),
    ("Bryansk and Kursk, killing", "Bryansk and Kursk,", "Bryansk and Kursk"),
    ("# Lighthouse Keeping\n", "# Lighthouse Keeping", "Lighthouse Keeping"),  # a Markdown heading's marks
    ("### Keeping\n", "### Keeping", "Keeping"),
    ("the #1 keeper", "#1 keeper", "#1 keeper"),
    ("inspected every **six months**.", "every **six months", "every **six months**"),
    ("sells *rye* bread.", "rye* bread", "*rye* bread"),  # the article had been marked "rye* bread"
    ("costs *nine* million", "nine* million", "*nine* million"),
    ("5 * 3 = 15 in total", "5 * 3 = 15", "5 * 3 = 15"),
    # no marks amid a word (review): snake_case names, whole (session 26), a product a*b*c
    ("call get_user_name here", "get_user", "get_user_name"), ("call get_user_name here", "user_name", "get_user_name"),
    ("set max_retries_ now", "max_retries", "max_retries"), ("the product a*b*c holds", "a*b", "a*b"),
    ("best in Sector 4 (Ferry Flats) in May", "Sector 4 (Ferry Flats", "Sector 4 (Ferry Flats)"),  # a bracket closed just after
    ("## [3.3.1] - 2025-08-21\n", "3.3.1] - 2025-08-21", "[3.3.1] - 2025-08-21"),  # and one opened just before (a review's)
    ("the (Ferry Flats) route", "Ferry Flats) route", "(Ferry Flats) route"),
    ("Use *rye* and **wheat** flour", "rye* and **wheat** flour", "*rye* and **wheat** flour"),  # the "*" left open, not a "**"'s
    ("repainted in *2019*.", "*2019", "2019"),
    ("repainted in *2019*.", "*2019*", "2019"),
    ("is **Ines Duarte**, who", "**Ines Duarte**", "Ines Duarte"),
    ("the snake_case name", "snake_case", "snake_case"),
    ("Mayor สมชาย ใจดี said", "Mayor สมชาย ใจด", "Mayor สมชาย ใจดี"),  # a Thai vowel sign
    ("Margarethe Olse\u0301\u0301 said", "Margarethe Olse", "Margarethe Olse\u0301\u0301"),
    ("Led by Clara Jensen 👩‍💼🇩🇰 since", "Clara Jensen 👩‍💼🇩🇰", "Clara Jensen"),  # emoji with a joiner, a flag
    ("🔥 Hot: 30 °C today", "🔥 Hot: 30 °C", "Hot: 30 °C"),  # a degree sign is no emoji
])
def test_tidy_trims_unmatched_quotes_and_edge_punctuation(text, span, tidied):
    start = text.index(span)
    start, end = tidy(text, start, start + len(span))
    assert text[start:end] == tidied


def test_decoding_with_contexts_returns_tidied_spans():
    context = "aaaa “bbbbb” cccc dddd eeee ffff gggg hhhh"
    offsets = [None, None, (0, 4), (5, 6), (6, 11), (11, 12), (13, 17)]
    reading = decode([(0, logits({3: 6.0}, 7), logits({4: 6.0}, 7), offsets)], contexts=[context])
    assert context[reading.best.start : reading.best.end] == "bbbbb"


def test_a_window_without_context_yields_no_answer():
    reading = decode([(0, logits({}), logits({}), [None] * 10)])
    assert reading.best is None


def test_a_missing_reader_names_the_path_and_the_fix(tmp_path):
    with pytest.raises(ReaderNotFound, match=str(tmp_path / "nowhere")) as error:
        Reader.load(tmp_path / "nowhere")
    assert "qa train-reader" in str(error.value)


def test_a_file_given_for_a_reader_is_said_to_be_no_folder(tmp_path):
    # Session 52's API review: an article passed as --reader had been told "config.json missing".
    (tmp_path / "article.txt").write_text("Not a model.")
    with pytest.raises(ReaderNotFound, match=r"article\.txt is a file, not a reader model's folder"):
        Reader.load(tmp_path / "article.txt")


def _copy_of_shipped_reader(tmp_path):
    import shutil

    from qa.reader import SHIPPED_READER

    return shutil.copytree(SHIPPED_READER, tmp_path / "reader")


def test_a_reader_without_its_tokenizer_files_is_refused_not_read_with_special_tokens_alone(tmp_path, reader_copy):
    folder = reader_copy("tokenizer.json")
    with pytest.raises(ReaderNotFound, match=r"has no tokenizer files \(tokenizer.json, vocab.txt, vocab.json…\): copy its folder whole"):
        Reader.load(folder)
    # a folder of a model's config alone: transformers had asked for sentencepiece or tiktoken to be installed (a review's)
    (tmp_path / "config-alone").mkdir()
    (tmp_path / "config-alone" / "config.json").write_text("{}")
    with pytest.raises(ReaderNotFound, match="has no tokenizer files"):
        Reader.load(tmp_path / "config-alone")
    # a tokenizer's settings without its vocabulary: a tokenizer of the special tokens alone
    (folder / "vocab.txt").write_text("[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n")
    with pytest.raises(ReaderNotFound, match="knows 5 tokens where its model has 30,522: its tokenizer files"):
        Reader.load(folder)


def test_a_checkpoint_lacking_weights_is_refused_not_filled_with_random_ones(reader_copy):
    folder = reader_copy("reader.json")  # its word embeddings are in the base package
    with pytest.raises(ReaderNotFound, match="no complete question-answering checkpoint: it lacks bert.embeddings.word_embeddings"
                                             r".weight \(reader.json, which says where its word embeddings are, is missing"):
        Reader.load(folder)
    # in that one line alone, as a command says it: transformers' load report ("MISSING: those params were newly
    # initialized…") and its progress bar had been printed before it (helper's eval test); a fresh process, whose
    # environment the project's modules have not quietened (index/embedding.py), as a command's
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_DISABLE_PROGRESS_BARS", "TRANSFORMERS_VERBOSITY")}
    loading = subprocess.run([sys.executable, "-c", f"from qa.reader import Reader\ntry:\n    Reader.load({str(folder)!r})\n"
                              "except Exception as refusal:\n    print(refusal)"], capture_output=True, text=True, timeout=120, env=env)
    assert loading.stderr == "" and "no complete question-answering checkpoint" in loading.stdout


def test_a_reader_folder_lacking_weights_or_with_weights_of_other_shapes_is_refused_in_one_line(tmp_path):
    from safetensors.torch import load_file, save_file

    folder = _copy_of_shipped_reader(tmp_path)
    weights = load_file(folder / "model.safetensors")
    save_file({name: w for name, w in weights.items() if name != "qa_outputs.weight"}, folder / "model.safetensors")
    with pytest.raises(ReaderNotFound, match=r"no complete question-answering checkpoint: it lacks qa_outputs.weight$"):
        Reader.load(folder)
    save_file(weights | {"qa_outputs.weight": weights["qa_outputs.weight"][:1]}, folder / "model.safetensors")
    with pytest.raises(ReaderNotFound, match=rf"^cannot load reader {folder}: Error\(s\) in loading state_dict .*qa_outputs.weight") as refusal:
        Reader.load(folder)
    assert "\n" not in str(refusal.value)


def test_a_reader_whose_weights_file_is_cut_short_is_refused_in_one_line(tmp_path):
    folder = _copy_of_shipped_reader(tmp_path)
    (folder / "model.safetensors").write_bytes((folder / "model.safetensors").read_bytes()[:1000])
    with pytest.raises(ReaderNotFound, match=rf"^cannot load reader {folder}: .*header"):  # safetensors' own error had escaped
        Reader.load(folder)


@pytest.mark.parametrize("content", ["{damaged", "[1, 2]", "null", '{"max_length": "x"}', '{"no_answer_threshold": true}',
                                     '{"calibration": {"temperature": "hot"}}', '{"calibration": [1]}', '{"calibration": null}',
                                     '{"max_length": null}', '{"no_answer_threshold": null}', '{"calibration": {"temperature": 0}}',
                                     # values of the right kind that no reader reads with: refused when loaded, not at the first question
                                     '{"no_answer_threshold": 5}', '{"no_answer_threshold": NaN}', '{"calibration": {"temperature": NaN}}',
                                     '{"stride": -1}', '{"max_length": -5}', '{"max_length": 64, "stride": 60}'])
def test_a_damaged_reader_json_is_named(reader_copy, content):
    folder = reader_copy()
    (folder / "reader.json").write_text(content)
    with pytest.raises(ReaderNotFound, match=f"{folder / 'reader.json'} is damaged"):
        Reader.load(folder)


@pytest.mark.parametrize("question, expected", [
    ("In which city did the Russian ambassador hold his media briefing?", "Islamabad"),
    ("How much military and financial support has been provided to Kiev?", "70.2 billion"),
    ("Who is the Russian ambassador?", "Khorev"),
])
def test_shipped_reader_answers_simple_questions_about_the_seed_article(shipped_reader, question, expected):
    from qa.assistant import SEED_ARTICLE

    article = SEED_ARTICLE.read_text(encoding="utf-8")
    best = shipped_reader.read(question, [article]).best
    assert expected.lower() in article[best.start : best.end].lower()


def test_bf16_autocast_reads_like_fp32(shipped_reader):
    from qa.assistant import SEED_ARTICLE

    article = SEED_ARTICLE.read_text(encoding="utf-8")
    fast = Reader.load(precision="bf16")
    questions = ["Who is the Russian ambassador?", "When were direct talks with Ukraine resumed?",
                 "How many prisoners of war were exchanged?"]
    for exact, approximate in zip(shipped_reader.read_many(questions, [[article]] * 3), fast.read_many(questions, [[article]] * 3)):
        assert (approximate.best.start, approximate.best.end) == (exact.best.start, exact.best.end)
        assert approximate.best.probability == pytest.approx(exact.best.probability, abs=0.05)



NETWORK_PROBE = """
import json, socket, sys
attempts = []
def refuse(*args, **kwargs):
    attempts.append(str(args[:2]))
    raise OSError("no network in this test")
socket.getaddrinfo = socket.create_connection = refuse
socket.socket.connect = lambda self, *args: refuse(*args)

from qa.assistant import Assistant
import huggingface_hub.constants

answer = Assistant.default(index_dir=sys.argv[1], log=lambda message: None).ask("Who is the Russian ambassador?")
print(json.dumps({"answer": answer.text, "offline": huggingface_hub.constants.HF_HUB_OFFLINE, "attempts": attempts}))
"""


def test_the_models_are_read_from_their_folders_with_no_call_out_and_the_process_left_online(tmp_path):
    """No call out, without setting the whole process offline: that would keep a user with internet
    from naming a hub reader (`reader=`, `--reader`)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if k != "HF_HUB_OFFLINE"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    done = subprocess.run([sys.executable, "-c", NETWORK_PROBE, str(tmp_path / "index")], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert "Khorev" in result["answer"] and result["attempts"] == [] and result["offline"] is False


def test_a_hub_id_may_be_fetched_and_a_folder_is_read_locally(monkeypatch, tmp_path):
    import qa.reader

    asked = []

    def record(name, **options):
        asked.append((name, options.get("local_files_only")))
        raise OSError("not fetched in this test")

    monkeypatch.setattr(qa.reader.AutoTokenizer, "from_pretrained", record)
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "tokenizer.json").write_text("{}")  # a folder without its tokenizer's files is refused before (below)
    for name in ("someone/some-squad-reader", str(tmp_path)):
        with pytest.raises(ReaderNotFound, match=f"cannot load reader {name}: not fetched"):
            Reader.load(name)
    assert asked == [("someone/some-squad-reader", False), (str(tmp_path), True)]


def test_a_reader_is_known_by_its_folder_and_its_reader_json_but_for_its_threshold_or_by_its_hub_id(tmp_path):
    from qa.reader import READER_META, reader_identity

    folder = tmp_path / "reader"
    folder.mkdir()
    (folder / READER_META).write_text('{"max_length": 256}')
    first = reader_identity(folder)
    assert first.startswith(f"{folder.resolve()} (") and reader_identity(str(folder) + "/.") == first
    (folder / READER_META).write_text('{"no_answer_threshold": 0.4, "max_length": 256}')  # its default threshold saved
    assert reader_identity(folder) == first  # the probabilities are the same: thresholds saved for articles hold
    (folder / READER_META).write_text('{"max_length": 256, "training": {"steps": 9}}')  # retrained or averaged in place
    assert reader_identity(folder) != first
    (folder / READER_META).write_text('{"max_length": 256, "calibration": {"temperature": 2.0}}')  # recalibrated
    assert reader_identity(folder) != first
    assert reader_identity("distilbert/distilbert-base-cased-distilled-squad") == "distilbert/distilbert-base-cased-distilled-squad"


def test_a_saved_threshold_is_said_to_be_the_reader_s_and_reset_forgets_it_keeping_the_calibration(tmp_path, shipped_reader):
    # A threshold saved with --save-threshold could not be undone, and went unnoticed (eval review).
    from qa.reader import DEFAULT_THRESHOLD, READER_META, reader_identity, reset_threshold, save_threshold

    folder = tmp_path / "reader"
    folder.mkdir()
    (folder / READER_META).write_text('{"max_length": 256, "calibration": {"temperature": 2.0, "no_answer_bias": 1.0}}')
    reader = lambda: Reader(shipped_reader.model, shipped_reader.tokenizer, shipped_reader.settings, precision="fp32",
                            meta=json.loads((folder / READER_META).read_text()), identity=reader_identity(folder))
    assert (reader().no_answer_threshold, reader().threshold_source) == (DEFAULT_THRESHOLD, "the default")
    save_threshold(folder, 0.000005)
    assert (reader().no_answer_threshold, reader().threshold_source) == (
        0.000005, f"saved with the reader in {folder.resolve() / READER_META}")
    assert reset_threshold(folder) == folder / READER_META
    assert (reader().no_answer_threshold, reader().threshold_source) == (DEFAULT_THRESHOLD, "the default")
    assert reader().meta["calibration"] == {"temperature": 2.0, "no_answer_bias": 1.0}
    assert reset_threshold(folder) is None  # none saved: nothing to forget


def test_a_reader_in_bf16_reads_with_its_linear_layers_cast_once_as_autocast_casts_them(shipped_reader):
    model = shipped_reader.model
    fast = Reader(model, shipped_reader.tokenizer, shipped_reader.settings, precision="bf16")
    reading = fast._reading_model
    assert all(module.weight.dtype == torch.bfloat16 for module in reading.modules() if isinstance(module, torch.nn.Linear))
    assert all(weight.dtype == torch.float32 for weight in model.parameters())  # what trains or is averaged stays whole
    assert reading.bert.embeddings.word_embeddings.weight is model.bert.embeddings.word_embeddings.weight  # shared, not copied
    inputs = shipped_reader.tokenizer("Who gave the briefing?", "Albert Khorev gave the briefing in Islamabad.", return_tensors="pt")
    with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16):
        cast_each_call, cast_once = model(**inputs), reading(**inputs)
    assert torch.equal(cast_each_call.start_logits, cast_once.start_logits) and torch.equal(cast_each_call.end_logits, cast_once.end_logits)
    called = []
    for reader, used in ((fast, "_reading_model"), (shipped_reader, "model")):  # the copy in bf16, the model itself in fp32
        model_used = getattr(reader, used)
        setattr(reader, used, lambda **inputs: called.append(used) or model_used(**inputs))
        try:
            reader.read("Who gave the briefing?", ["Albert Khorev gave the briefing in Islamabad."])
        finally:
            setattr(reader, used, model_used)
    assert called == ["_reading_model", "model"]


def test_a_reader_is_the_same_where_its_reader_json_is_wherever_its_folder_is():
    from qa.reader import same_reader
    assert same_reader("/elsewhere/reader (c3b60cd30d490e58)", "/work/reader (c3b60cd30d490e58)")  # moved, installed
    assert not same_reader("/elsewhere/reader (0123456789abcdef)", "/work/reader (c3b60cd30d490e58)")
    assert not same_reader("/a/x (no reader.json)", "/b/y (no reader.json)")  # nothing tells them the same (review)
    assert same_reader("org/model", "org/model") and not same_reader("org/model", "org/other")
