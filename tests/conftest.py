"""Shared fixtures: the real embedding model, the shipped reader and an assistant over the seed article,
each loaded once per test session; and tiny randomly initialised QA checkpoints for training code."""
from __future__ import annotations

import pytest

from index.embedding import Embedder
from qa.assistant import Assistant
from qa.reader import Reader, base_encoder_path


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="session")
def shipped_reader() -> Reader:
    # fp32: batched and one-by-one reading then agree to the last digit, which tests rely on;
    # bf16 autocast (the default where the CPU has it) is tested on its own in tests/qa/test_reader.py.
    return Reader.load(precision="fp32")


@pytest.fixture(scope="session")
def seed_assistant(tmp_path_factory, embedder, shipped_reader) -> Assistant:
    return Assistant.default(reader=shipped_reader, embedder=embedder,
                             index_dir=tmp_path_factory.mktemp("seed-index"), log=lambda message: None)


@pytest.fixture(scope="session")
def tiny_qa_model():
    """Writes a tiny random BERT QA checkpoint with the base encoder's tokenizer: tiny_qa_model(folder, seed, hidden=32, layers=2)."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForQuestionAnswering

    def write(folder, seed: int = 0, hidden: int = 32, layers: int = 2):
        tokenizer = AutoTokenizer.from_pretrained(str(base_encoder_path()))
        torch.manual_seed(seed)
        config = BertConfig(vocab_size=tokenizer.vocab_size, hidden_size=hidden, num_hidden_layers=layers,
                            num_attention_heads=2, intermediate_size=64, max_position_embeddings=128)
        BertForQuestionAnswering(config).save_pretrained(folder)
        tokenizer.save_pretrained(folder)
        return folder

    return write
