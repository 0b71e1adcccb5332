from __future__ import annotations

import numpy as np
import torch

from index.embedding import with_bf16_linear_layers

TEXTS = ["The envoy spoke to reporters in Islamabad on Tuesday.",
         "Negotiations resumed after a pause of three weeks.",
         "Photosynthesis turns light into chemical energy."]


def embeddings(embedder, bf16: bool) -> np.ndarray:
    """TEXTS' vectors from a model loaded afresh, in fp32, or as the Embedder runs it where the CPU
    computes bf16: under autocast, its linear layers' weights cast once."""
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(embedder.model_path), device="cpu", local_files_only=True)
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        return (with_bf16_linear_layers(model) if bf16 else model).encode(TEXTS, normalize_embeddings=True)


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
    assert np.array_equal(embedder.embed(TEXTS), bf16 if embedder.bf16 else fp32)
    linear_weights = {module.weight.dtype for module in embedder.model.modules() if isinstance(module, torch.nn.Linear)}
    assert linear_weights == {torch.bfloat16 if embedder.bf16 else torch.float32}  # cast once, not at every call


def test_linear_layers_cast_once_give_the_vectors_autocast_gives_and_leave_the_model_whole(embedder):
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(embedder.model_path), device="cpu", local_files_only=True)
    copied = with_bf16_linear_layers(model)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        assert np.array_equal(model.encode(TEXTS), copied.encode(TEXTS))
    assert all(weight.dtype == torch.float32 for weight in model.parameters())
    assert {weight.dtype for weight in copied.parameters()} == {torch.float32, torch.bfloat16}


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


def test_threads_sharing_an_embedder_count_and_embed_as_one_thread_would(embedder):
    # Counting sets the tokenizer to truncate nothing, embedding to truncate at 256 tokens; unguarded,
    # one thread's setting held for another's call: counts of 256 and "size of tensor a (662) must
    # match ... (512)" from embedding, in every run of this test.
    import threading

    passage = " ".join(f"Ferry {n} sails from the harbour at dawn." for n in range(60))  # over 512 tokens
    tokens, vector = embedder.count_tokens(passage), embedder.embed([passage])
    counts, vectors, errors = [], [], []

    def run(task, times: int) -> None:
        try:
            for _ in range(times):
                task()
        except Exception as error:  # a failure in a thread would otherwise pass unseen
            errors.append(error)

    threads = [threading.Thread(target=run, args=(lambda: counts.append(embedder.count_tokens(passage)), 300)) for _ in range(2)]
    threads += [threading.Thread(target=run, args=(lambda: vectors.append(embedder.embed([passage])), 20)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and tokens > 512 and set(counts) == {tokens} and len(vectors) == 40
    assert all(np.allclose(each, vector, atol=1e-5) for each in vectors)
