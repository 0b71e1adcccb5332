"""Run by the crash tests in test_store.py as a real process:

    python build_and_die.py FOLDER CALL N

builds an index of two other articles and saves it into FOLDER, but stops dead at the N-th call of
os.CALL (fsync, replace or unlink: the steps of ArticleIndex.save), printing `paused at CALL #N`
so that the test can SIGKILL it there. A fake embedder keeps the process quick to start; how the
vectors are made does not matter to what is being tested, which is the files on disk.
"""
from __future__ import annotations

import hashlib
import os
import sys
import time

import numpy as np

from index.articles import Article
from index.store import ArticleIndex

OTHER_ARTICLES = [
    Article("other-1.txt", "The harbour reopened on Monday. Ferries resumed at noon. " * 20),
    Article("other-2.txt", "A new library opened downtown. It holds forty thousand books. " * 20),
]


class FakeEmbedder:
    """Deterministic unit vectors from a hash of the text; one token per word."""

    name = "fake-embedder"

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors = np.array([list(hashlib.sha256(t.encode("utf-8", "surrogatepass")).digest()[:16]) for t in texts],
                           dtype=np.float32).reshape(len(texts), 16) + 1.0
        return np.ascontiguousarray(vectors / np.linalg.norm(vectors, axis=1, keepdims=True))


def pause_at(call: str, nth: int) -> None:
    real = getattr(os, call)
    count = 0

    def paused(*args, **kwargs):
        nonlocal count
        count += 1
        if count == nth:
            print(f"paused at {call} #{nth}", flush=True)
            time.sleep(300)  # the test kills us here
        return real(*args, **kwargs)

    setattr(os, call, paused)


if __name__ == "__main__":
    folder, call, nth = sys.argv[1], sys.argv[2], int(sys.argv[3])
    index = ArticleIndex.build(OTHER_ARTICLES, FakeEmbedder())
    pause_at(call, nth)
    index.save(folder)
    print("saved", flush=True)
