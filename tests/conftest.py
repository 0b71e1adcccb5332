"""Shared fixtures: the real embedding model, the shipped reader and an assistant over the seed article,
each loaded once per test session."""
from __future__ import annotations

import pytest

from index.embedding import Embedder
from qa.assistant import Assistant
from qa.reader import Reader


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
