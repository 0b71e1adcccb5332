"""Training on a tiny randomly initialised model: the loss falls, resuming is exact, export loads."""
import json
import subprocess
import sys
from dataclasses import replace

import pytest
import torch

from qa.cli import main
from qa.reader import Reader, base_encoder_path, save_threshold
from qa.train import REPLAN_FIRST, Trainer, TrainConfig, shared_normalization_loss, steps_that_fit

FACTS = [("Paris", "France"), ("Rome", "Italy"), ("Madrid", "Spain"), ("Berlin", "Germany"),
         ("Lisbon", "Portugal"), ("Vienna", "Austria"), ("Warsaw", "Poland"), ("Athens", "Greece")]


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory, tiny_qa_model):
    return tiny_qa_model(tmp_path_factory.mktemp("tiny-base"))


@pytest.fixture(scope="module")
def squad_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("data") / "train.jsonl"
    rows = []
    for n, (city, country) in enumerate(FACTS):
        context = f"The capital of {country} is {city}. It is a large city with many museums."
        rows.append({"id": f"q{n}", "title": "capitals", "context": context, "question": f"What is the capital of {country}?",
                     "answers": [{"text": city, "answer_start": context.index(city)}]})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def config(tmp_path, tiny_base, squad_file, **changes) -> TrainConfig:
    settings = dict(train=str(squad_file), dev=str(squad_file), out=str(tmp_path / "reader"), checkpoint_dir=str(tmp_path / "ck"),
                    base=str(tiny_base), max_length=128, stride=32, batch_size=4, learning_rate=3e-3, epochs=15,
                    warmup=0.0, negatives=0.5, eval_every=1000, eval_questions=8, precision="fp32")
    return TrainConfig(**(settings | changes))


@pytest.mark.parametrize("option, value, complaint", [
    ("eval_every", 0, "--eval-every must be at least 1, not 0"),
    ("batch_size", -4, "--batch-size must be at least 1, not -4"),
    ("epochs", 0.0, "--epochs must be above 0, not 0.0"),
    ("negatives", 1.5, "--negatives is a share from 0 to 1, not 1.5"),
    ("limit", -5, "--limit must not be negative, not -5"),
    ("learning_rate", "inf", "--learning-rate must be a finite number, not inf"),
    ("weight_decay", "nan", "--weight-decay must be a finite number, not nan"),
])
def test_settings_no_run_can_use_are_refused_before_any_data_is_read(capsys, option, value, complaint):
    from qa.cli import main

    assert main(["train-reader", "--train", "/nonexistent.jsonl", "--" + option.replace("_", "-"), str(value)]) == 2
    assert capsys.readouterr().err == f"qa: error: {complaint}\n"


@pytest.mark.parametrize("shared_normalization", [False, True])
def test_loss_goes_down(tmp_path, tiny_base, squad_file, shared_normalization):
    trainer = Trainer(config(tmp_path, tiny_base, squad_file, shared_normalization=shared_normalization), progress=False)
    losses = [trainer.train_step() for _ in range(trainer.total_steps)]
    assert sum(losses[-5:]) / 5 < 0.7 * sum(losses[:5]) / 5


def test_resume_continues_at_the_same_step_with_the_same_batch_and_loss(tmp_path, tiny_base, squad_file):
    settings = config(tmp_path, tiny_base, squad_file, epochs=2)
    first = Trainer(settings, progress=False)
    for _ in range(3):
        first.train_step()
    first.save_checkpoint()
    expected_batch = first.next_batch()
    expected_loss = first.train_step()

    resumed = Trainer(settings, progress=False)
    assert resumed.step == 3
    assert all(torch.equal(expected_batch[k], v) for k, v in resumed.next_batch().items())
    assert resumed.train_step() == pytest.approx(expected_loss, abs=1e-6)  # same weights, optimizer and dropout RNG


def test_resuming_with_other_settings_is_refused(tmp_path, tiny_base, squad_file):
    Trainer(config(tmp_path, tiny_base, squad_file), progress=False).save_checkpoint()
    with pytest.raises(ValueError, match=r"other settings \(learning_rate\)"):
        Trainer(config(tmp_path, tiny_base, squad_file, learning_rate=1e-3), progress=False)


def test_resuming_names_the_same_files_any_way_and_the_checkpoint_folder_may_move(tmp_path, tiny_base, squad_file, monkeypatch):
    import shutil

    Trainer(config(tmp_path, tiny_base, squad_file), progress=False).save_checkpoint()
    shutil.move(tmp_path / "ck", tmp_path / "moved")
    monkeypatch.chdir(squad_file.parent)
    resumed = Trainer(config(tmp_path, tiny_base, squad_file, train=f"./{squad_file.name}", checkpoint_dir=str(tmp_path / "moved")),
                      progress=False)
    assert resumed.checkpoint_path == tmp_path / "moved" / "checkpoint.pt" and resumed.step == 0


def test_resuming_with_other_epochs_replans_the_learning_rate_decay(tmp_path, tiny_base, squad_file):
    long_run = Trainer(config(tmp_path, tiny_base, squad_file, epochs=4), progress=False)
    for _ in range(5):
        long_run.train_step()
    long_run.save_checkpoint()
    long_lr = long_run.optimizer.param_groups[0]["lr"]

    shorter = Trainer(config(tmp_path, tiny_base, squad_file, epochs=2), progress=False)
    assert shorter.step == 5
    expected = 3e-3 * (shorter.total_steps - 5) / shorter.total_steps  # linear decay to 0, no warmup
    assert shorter.optimizer.param_groups[0]["lr"] == pytest.approx(expected)
    assert shorter.optimizer.param_groups[0]["lr"] < long_lr


@pytest.mark.parametrize("step, done, spent, left, planned, expected", [
    (50, 50, 10.0, 100.0, 10_000, 550),  # 0.2 s a step: 500 more fit in 100 s
    (50, 50, 10.0, 100.0, 300, 300),  # never past the planned steps
    (50, 50, 10.0, 0.0, 10_000, 51),  # out of time: one more step, at the end of the decay
    (250, 50, 10.0, 20.0, 10_000, 350),  # a resumed sitting counts its own pace only
])
def test_steps_that_fit_follow_the_pace_measured(step, done, spent, left, planned, expected):
    assert steps_that_fit(step, done, spent, left, planned) == expected


def test_a_run_given_minutes_ends_its_decay_within_them(tmp_path, tiny_base, squad_file, monkeypatch):
    from qa import train

    trainer = Trainer(config(tmp_path, tiny_base, squad_file, epochs=2000), progress=False)
    assert trainer.planned_steps == trainer.total_steps == 10_000
    clock = {"now": trainer.began}

    def steady_clock() -> float:  # each look at the clock 5 ms later: the pace is the same on a busy machine
        clock["now"] += 0.005
        return clock["now"]

    monkeypatch.setattr(train.time, "time", steady_clock)
    trainer.run(finish_within_minutes=0.05)
    assert REPLAN_FIRST < trainer.step == trainer.total_steps < trainer.planned_steps
    assert clock["now"] - trainer.began <= 3  # the last step within the 3 s, by the pace measured
    assert trainer.optimizer.param_groups[0]["lr"] == 0  # decayed to the end, not cut off
    assert trainer.history[-1]["step"] == trainer.step  # a finished run is evaluated


def test_a_run_whose_first_steps_are_slow_is_planned_from_the_pace_of_its_later_ones(tmp_path, tiny_base, squad_file, monkeypatch):
    from qa import train

    trainer = Trainer(config(tmp_path, tiny_base, squad_file, epochs=2000), progress=False)
    clock = {"now": trainer.began}

    def warming_clock() -> float:  # as on a GPU: the first 20 steps each ten times slower than the rest
        clock["now"] += 0.01 if trainer.step < 20 else 0.001
        return clock["now"]

    monkeypatch.setattr(train.time, "time", warming_clock)
    trainer.run(finish_within_minutes=0.1)
    assert clock["now"] - trainer.began <= 6 and trainer.optimizer.param_groups[0]["lr"] == 0
    # Planned from the pace of all its steps, the slow start weighing on every plan, it had ended at step 1,230 (1,324 now).
    assert trainer.step == trainer.total_steps > 1300


def test_a_run_of_slow_steps_is_re_planned_before_its_first_measure_once_half_its_time_is_spent(tmp_path, tiny_base, squad_file,
                                                                                                   monkeypatch):
    from qa import train

    trainer = Trainer(config(tmp_path, tiny_base, squad_file, epochs=2000), progress=False)
    clock = {"now": trainer.began}

    def slow_clock() -> float:  # each look at the clock 2 s later: a step takes several seconds
        clock["now"] += 2
        return clock["now"]

    monkeypatch.setattr(train.time, "time", slow_clock)
    trainer.run(finish_within_minutes=1)
    assert trainer.step == trainer.total_steps < REPLAN_FIRST  # not 50 steps of several seconds each in a minute
    assert trainer.optimizer.param_groups[0]["lr"] == 0


def test_a_training_set_that_is_not_squad_or_a_base_that_is_not_a_model_is_refused_in_one_line(tmp_path, capsys, squad_file,
                                                                                                 monkeypatch):
    from qa import train
    from qa.cli import main

    # before the base is loaded (helper's eval test: its weights had been read, with their progress bar, first)
    monkeypatch.setattr(train, "_encoder_with_new_head", lambda *_: pytest.fail("the base was loaded"))
    questions = tmp_path / "article-questions.jsonl"
    questions.write_text(json.dumps({"id": "q", "question": "Who won?", "answers": []}) + "\n")
    assert main(["train-reader", "--train", str(questions), "--out", str(tmp_path / "r")]) == 2
    assert capsys.readouterr().err == (f"qa: error: {questions}:1: --train needs SQuAD rows, each with its paragraph "
                                       "('context') and 'answers'\n")
    assert main(["train-reader", "--train", str(squad_file), "--base", str(tmp_path / "nothere"), "--out", str(tmp_path / "r")]) == 2
    assert "--base " + str(tmp_path / "nothere") + ": no model there (config.json missing)" in capsys.readouterr().err
    assert main(["train-reader", "--train", str(squad_file), "--dev", str(questions), "--out", str(tmp_path / "r")]) == 2
    assert "--dev needs SQuAD rows" in capsys.readouterr().err
    assert not (tmp_path / "r").exists()


def test_a_base_encoder_s_new_span_head_is_trained_without_a_load_report_and_a_partial_encoder_is_refused(
        tmp_path, tiny_base, squad_file):
    import logging

    from safetensors.torch import load_file, save_file
    from transformers import BertModel
    from transformers.utils import logging as transformers_logging

    encoder = tmp_path / "encoder"  # an encoder without a span head, as the base package holds one
    BertModel.from_pretrained(tiny_base).save_pretrained(encoder)
    logged, verbosity = logging.Handler(), transformers_logging.get_verbosity()
    logged.emit = lambda record: pytest.fail(f"transformers logged: {record.getMessage()[:200]}")  # its LOAD REPORT table
    transformers_logging.get_logger("transformers").addHandler(logged)
    transformers_logging.set_verbosity_warning()  # as `qa train-reader` runs (a test session's is quieter)
    try:
        trainer = Trainer(config(tmp_path, encoder, squad_file), progress=False)
    finally:
        transformers_logging.get_logger("transformers").removeHandler(logged)
        transformers_logging.set_verbosity(verbosity)
    assert trainer.train_step() > 0  # the head is there, new, and trains
    weights = load_file(encoder / "model.safetensors")
    save_file({key: value for key, value in weights.items() if "layer.1." not in key}, encoder / "model.safetensors")
    with pytest.raises(ValueError, match=rf"^--base {encoder}: not a whole encoder: it lacks .*layer\.1\..* and others$"):
        Trainer(config(tmp_path / "again", encoder, squad_file), progress=False)


def test_a_run_stopped_early_says_where_and_how_to_go_on(tmp_path, tiny_base, squad_file, capsys):
    trainer = Trainer(config(tmp_path, tiny_base, squad_file, epochs=1), progress=False)
    trainer.run(stop_after_minutes=0)
    assert trainer.step == 1 < trainer.total_steps
    assert f"stopped at step 1 of {trainer.total_steps}; checkpoint saved in {tmp_path / 'ck'}: the same command resumes" \
        in capsys.readouterr().out


def test_a_run_stopped_by_ctrl_c_says_so_in_its_exit_code_once_checkpointed(tmp_path, tiny_base, squad_file, monkeypatch):
    import signal

    from qa import train

    stepped = Trainer.train_step

    def interrupted(self):
        signal.raise_signal(signal.SIGINT)  # as Ctrl-C during a step: the step finishes, then the run stops
        return stepped(self)

    monkeypatch.setattr(Trainer, "train_step", interrupted)
    monkeypatch.setattr(train, "Trainer", lambda settings: Trainer(config(tmp_path, tiny_base, squad_file, epochs=1), progress=False))
    args = ["train-reader", "--train", str(squad_file), "--out", str(tmp_path / "reader"), "--checkpoint-dir", str(tmp_path / "ck")]
    assert main(args) == 128 + signal.SIGINT
    assert (tmp_path / "ck" / "checkpoint.pt").is_file() and (tmp_path / "reader" / "reader.json").is_file()


def test_a_diverging_run_stops_before_saving_anything(tmp_path, tiny_base, squad_file):
    trainer = Trainer(config(tmp_path, tiny_base, squad_file, epochs=1), progress=False)
    with torch.no_grad():
        next(p for p in trainer.model.parameters() if p.requires_grad).fill_(float("nan"))
    with pytest.raises(ValueError, match=r"^training diverged: the loss is nan at step 1; nothing was saved"):
        trainer.run()
    assert not (tmp_path / "reader").exists() and not any((tmp_path / "ck").glob("*"))


def test_an_empty_out_or_a_link_to_nothing_is_refused_before_any_training(tmp_path, squad_file, capsys):
    (tmp_path / "link").symlink_to(tmp_path / "nowhere")
    for out, complaint in (("", "--out is empty"), (str(tmp_path / "link"), "is a link to nothing")):
        assert main(["train-reader", "--train", str(squad_file), "--out", out, "--checkpoint-dir", str(tmp_path / "ck")]) == 2
        assert complaint in capsys.readouterr().err and not (tmp_path / "ck").exists()


def test_a_run_from_the_base_encoder_must_name_its_out_rather_than_replace_the_shipped_reader(tmp_path, squad_file, capsys,
                                                                                               monkeypatch):
    from qa import train
    from qa.reader import SHIPPED_READER

    assert SHIPPED_READER.is_absolute()  # the default wherever the command runs
    shipped = tmp_path / "shipped"  # a stand-in: were the run not refused, it would write there
    shipped.mkdir()
    (shipped / "reader.json").write_text("{}")
    monkeypatch.setattr(train, "SHIPPED_READER", shipped)
    assert main(["train-reader", "--train", str(squad_file), "--checkpoint-dir", str(tmp_path / "ck")]) == 2
    assert f"would replace the shipped reader in {shipped} with a half-trained one; give --out FOLDER" in capsys.readouterr().err
    assert [path.name for path in shipped.iterdir()] == ["reader.json"] and not (tmp_path / "ck").exists()


@pytest.mark.parametrize("make", [lambda out: out.write_text("notes"), lambda out: (out.mkdir(), (out / "README.md").write_text("mine"))])
def test_an_out_that_is_a_file_or_someone_else_s_folder_is_refused_before_any_training(tmp_path, squad_file, capsys, make):
    out = tmp_path / "out"
    make(out)
    assert main(["train-reader", "--train", str(squad_file), "--out", str(out), "--checkpoint-dir", str(tmp_path / "ck")]) == 2
    assert str(out) in capsys.readouterr().err and not (tmp_path / "ck").exists()
    assert (out.read_text() if out.is_file() else (out / "README.md").read_text()) in {"notes", "mine"}


def test_training_and_reading_own_paragraphs_need_no_article_index():
    """`qa train-reader` and `qa eval --reader-only` run where only torch and transformers are (a GPU machine)."""
    blocked = ["faiss", "sentence_transformers", "gradio", "trafilatura"]
    code = (f"import sys; sys.modules.update(dict.fromkeys({blocked!r})); "
            "import qa, qa.cli, qa.train, qa.evaluate, qa.reader; from qa import Answer, QuestionError")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_run_exports_a_reader_that_loads_and_reads(tmp_path, tiny_base, squad_file):
    trainer = Trainer(config(tmp_path, tiny_base, squad_file, epochs=1), progress=False)
    trainer.run()
    assert trainer.history and trainer.history[-1]["step"] == trainer.total_steps
    reader = Reader.load(tmp_path / "reader")
    assert reader.settings.max_length == 128
    assert reader.meta["training"]["steps"] == trainer.total_steps
    # The exported reader computes what the trained model does (its weights rounded to fp16 on the way).
    inputs = reader.tokenizer("What is the capital of Italy?", "The capital of Italy is Rome.", return_tensors="pt")
    with torch.inference_mode():
        trained, exported = trainer.model.eval()(**inputs), reader.model(**inputs)
    for name in ("start_logits", "end_logits"):
        assert torch.allclose(getattr(trained, name).float(), getattr(exported, name).float(), atol=0.05)
    assert trained.start_logits.std() > 0.1  # and the comparison is not of two flat outputs
    card = (tmp_path / "reader" / "README.md").read_text()
    assert "steps" in card and str(trainer.total_steps) in card


def test_training_can_continue_from_an_exported_reader(tmp_path, tiny_base, squad_file):
    first = Trainer(config(tmp_path / "a", tiny_base, squad_file, epochs=1), progress=False)
    first.run()
    again = Trainer(config(tmp_path / "b", tmp_path / "a" / "reader", squad_file, epochs=1), progress=False)
    exported = first.model.state_dict()
    assert all(torch.allclose(v.float(), exported[k].half().float()) for k, v in again.model.state_dict().items())


def test_shared_normalization_loss_is_one_softmax_over_the_group_s_spans_beside_each_window_s_no_answer():
    logits = torch.tensor([[1.0, 0.0, 2.0, 9.0],   # window holding the answer at token 2; token 3 is not context
                           [0.0, 3.0, 1.0, 9.0],   # same group, no answer
                           [2.0, 5.0, 0.0, 9.0]])  # a group of its own with no answer: the target is no answer
    context = torch.tensor([[False, True, True, False]] * 3)
    loss = shared_normalization_loss(logits, torch.tensor([2, 0, 0]), context, torch.tensor([0, 0, 1]))
    with_answer = torch.logsumexp(torch.tensor([0.0, -1.0, 1.0, 3.0, 1.0]), 0) - 1.0
    without = torch.logsumexp(torch.tensor([0.0, 3.0, -2.0]), 0)
    assert loss.item() == pytest.approx(((with_answer + without) / 2).item())


def test_shared_normalization_loss_is_the_mean_of_each_group_s_own_and_its_gradients_are_finite():
    generator = torch.Generator().manual_seed(0)
    logits = torch.randn(7, 6, generator=generator, requires_grad=True)
    context = torch.tensor([[False, True, True, True, True, False]] * 7)
    labels, groups = torch.tensor([0, 3, 0, 0, 0, 2, 4]), torch.tensor([5, 5, 9, 9, 2, 2, 2])  # group 9 holds no answer
    loss = shared_normalization_loss(logits, labels, context, groups)
    alone = [shared_normalization_loss(logits[groups == g], labels[groups == g], context[groups == g], groups[groups == g])
             for g in (2, 5, 9)]
    assert loss.item() == pytest.approx(torch.stack(alone).mean().item())
    loss.backward()
    assert torch.isfinite(logits.grad).all() and logits.grad.abs().sum() > 0


def test_re_running_a_run_that_finished_early_trains_no_further(tmp_path, tiny_base, squad_file, capsys):
    settings = config(tmp_path, tiny_base, squad_file, epochs=2000)
    first = Trainer(settings, progress=False)
    first.run(finish_within_minutes=0.05)
    assert first.step < first.planned_steps
    again = Trainer(settings, progress=False)
    assert again.step == again.total_steps == first.step
    again.run(finish_within_minutes=0.05)
    assert again.step == first.step
    assert f"the run finished at step {first.step}, its learning rate decayed to zero" in capsys.readouterr().out
    # Its own folder is left as it is (a threshold saved since stays); given another --out, its reader is written there.
    save_threshold(tmp_path / "reader", 0.7)
    Trainer(settings, progress=False).run()
    assert f"its reader is in {tmp_path / 'reader'}" in capsys.readouterr().out
    assert json.loads((tmp_path / "reader" / "reader.json").read_text())["no_answer_threshold"] == 0.7
    Trainer(replace(settings, out=str(tmp_path / "elsewhere")), progress=False).run()
    assert f"its reader is written to {tmp_path / 'elsewhere'}" in capsys.readouterr().out
    assert (tmp_path / "elsewhere" / "reader.json").is_file()
    # Given no --out, a resumed run writes where it wrote before, never over the shipped reader.
    assert Trainer(replace(settings, out=""), progress=False).config.out == str(tmp_path / "reader")


def test_lowering_epochs_below_the_step_reached_is_refused_with_what_to_give(tmp_path, tiny_base, squad_file):
    trainer = Trainer(config(tmp_path, tiny_base, squad_file, epochs=4), progress=False)
    for _ in range(6):
        trainer.train_step()
    trainer.save_checkpoint()
    epochs_done = 6 / trainer.batches_per_epoch
    with pytest.raises(ValueError, match=rf"is at step 6 \({epochs_done:.3f} epochs\), past the \d+ steps of --epochs 0.5; "
                                         rf"to end the run soon .* --epochs a little above {epochs_done:.3f}"):
        Trainer(config(tmp_path, tiny_base, squad_file, epochs=0.5), progress=False)


def test_the_model_card_names_the_dev_questions_scored(tmp_path, tiny_base, squad_file):
    Trainer(config(tmp_path, tiny_base, squad_file, epochs=1, eval_questions=500), progress=False).run()
    card = (tmp_path / "reader" / "README.md").read_text()
    assert f"(8 questions of {squad_file.name}, drawn with seed 42" in card and "500" not in card
    Trainer(config(tmp_path / "b", tiny_base, squad_file, epochs=1, dev=None), progress=False).run()
    assert "No dev questions were scored" in (tmp_path / "b" / "reader" / "README.md").read_text()


@pytest.mark.parametrize("option", ["--stop-after-minutes", "--finish-within-minutes"])
@pytest.mark.parametrize("value", ["-1", "0", "nan", "soon"])
def test_minutes_must_be_above_zero(capsys, option, value):
    from qa.cli import main

    with pytest.raises(SystemExit):
        main(["train-reader", "--train", "/nonexistent.jsonl", option, value])
    assert f"expected a number of minutes above 0, not '{value}'" in capsys.readouterr().err


@pytest.mark.parametrize("shared_normalization", [False, True])
def test_an_encoder_of_another_architecture_that_takes_no_token_types_is_trained_and_exported(tmp_path, squad_file,
                                                                                              shared_normalization):
    # A teacher such as all-mpnet-base-v2 had failed at once: the word embeddings were frozen by BERT's name for them,
    # and every batch gave the model token types, which MPNet's forward does not take.
    from transformers import AutoTokenizer, MPNetConfig, MPNetForQuestionAnswering

    base = tmp_path / "mpnet"
    tokenizer = AutoTokenizer.from_pretrained(str(base_encoder_path()))
    torch.manual_seed(0)
    MPNetForQuestionAnswering(MPNetConfig(vocab_size=tokenizer.vocab_size, hidden_size=32, num_hidden_layers=1,
                                          num_attention_heads=2, intermediate_size=64, max_position_embeddings=160)
                              ).save_pretrained(base)
    tokenizer.save_pretrained(base)
    trainer = Trainer(config(tmp_path, base, squad_file, epochs=1, shared_normalization=shared_normalization), progress=False)
    embeddings = trainer.model.get_input_embeddings().weight.detach().clone()
    trainer.run()
    assert trainer.step == trainer.total_steps > 0
    assert torch.equal(trainer.model.get_input_embeddings().weight, embeddings)  # frozen, as a BERT reader's are
    reader = Reader.load(tmp_path / "reader")
    assert type(reader.model).__name__ == "MPNetForQuestionAnswering"
    assert 0.0 <= reader.read("What is the capital of France?", ["The capital of France is Paris."]).no_answer_probability <= 1.0


def test_a_reader_distilled_from_a_teacher_that_is_itself_has_nothing_to_learn_from_it_and_trains(tmp_path, tiny_base, squad_file):
    trainer = Trainer(config(tmp_path, tiny_base, squad_file, epochs=1, teacher=str(tiny_base), distill_weight=1.0), progress=False)
    assert trainer.loss(trainer.next_batch()).item() == pytest.approx(0, abs=1e-5)  # its logits are the teacher's
    halfway = Trainer(config(tmp_path / "b", tiny_base, squad_file, epochs=1, teacher=str(tiny_base), distill_weight=0.5),
                      progress=False)
    plain = Trainer(config(tmp_path / "c", tiny_base, squad_file, epochs=1), progress=False)
    assert halfway.loss(halfway.next_batch()).item() == pytest.approx(plain.loss(plain.next_batch()).item() / 2, rel=1e-4)
    halfway.run()
    assert json.loads((tmp_path / "b" / "reader" / "reader.json").read_text())["training"]["settings"]["teacher"] == str(tiny_base)


@pytest.mark.parametrize("option, value, complaint", [
    ("distill_weight", 1.5, "--distill-weight is a share from 0 to 1, not 1.5"),
    ("distill_temperature", 0.0, "--distill-temperature must be above 0, not 0.0"),
    ("distill_weight", 0.3, "--distill-weight is for a run with --teacher, and none is given"),
])
def test_distillation_settings_no_run_can_use_are_refused(tmp_path, tiny_base, squad_file, option, value, complaint):
    with pytest.raises(ValueError, match=complaint):
        config(tmp_path, tiny_base, squad_file, **{option: value})
