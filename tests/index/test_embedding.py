from __future__ import annotations

import numpy as np

TEXTS = ["The envoy spoke to reporters in Islamabad on Tuesday.",
         "Negotiations resumed after a pause of three weeks.",
         "Photosynthesis turns light into chemical energy."]


def embeddings(embedder, bf16: bool) -> np.ndarray:
    saved = embedder.bf16
    embedder.bf16 = bf16
    try:
        return embedder.embed(TEXTS)
    finally:
        embedder.bf16 = saved


def test_vectors_are_unit_length_float32(embedder):
    vectors = embedder.embed(TEXTS)
    assert vectors.dtype == np.float32 and vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_bf16_autocast_keeps_the_vectors_of_fp32(embedder):
    # Indexes are built under bf16 where the CPU has it: vectors must stay those of fp32 for
    # retrieval to rank as measured, and an index built on one machine to serve on another.
    fp32, bf16 = embeddings(embedder, False), embeddings(embedder, True)
    assert np.all(np.sum(fp32 * bf16, axis=1) > 0.999)
    assert np.array_equal(np.argsort(fp32 @ fp32[0]), np.argsort(bf16 @ bf16[0]))


def test_a_progress_bar_shows_while_an_index_is_embedded_and_only_on_a_terminal(embedder, monkeypatch):
    import io
    import sys

    from index.embedding import BAR_FROM

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    passages = [f"Passage {n} of the long article." for n in range(BAR_FROM + 1)]
    for stderr, texts, shown in ((Terminal(), passages, True), (Terminal(), TEXTS, False), (io.StringIO(), passages, False)):
        monkeypatch.setattr(sys, "stderr", stderr)
        embedder.embed(texts)
        assert ("100%" in stderr.getvalue()) == shown
