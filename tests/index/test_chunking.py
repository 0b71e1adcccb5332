"""Chunking: every chunk is an exact slice of its article, whatever the text."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.articles import Article
from index.chunking import Chunk, ChunkSettings, chunk_article, sentence_spans


def count_words(text: str) -> int:
    """A stand-in tokenizer: one token per whitespace-separated word."""
    return len(text.split())


def count_chars(text: str) -> int:
    """A harsher one: every non-space character is a token, so long words must be cut."""
    return sum(not ch.isspace() for ch in text)


texts = st.one_of(
    st.text(max_size=400),  # arbitrary Unicode
    st.lists(st.sampled_from(["The", "cat", "sat.", "Dr.", "Smith", "said", "\u201cno.\u201d", "It", "rained!", "Why?",
                              "\n\n", "\n", "  ", "\u2028", "3.5", "e.g.", "U.S.", "\u4e2d\u6587\u3002", "\u0645\u0631\u062d\u0628\u0627."]),
             max_size=200).map(" ".join),
)


def check_chunks(article: Article, chunks: list[Chunk]) -> None:
    text = article.text
    for chunk in chunks:
        assert chunk.source == article.name
        assert 0 <= chunk.start < chunk.end <= len(text)
        assert text[chunk.start:chunk.end] == chunk.text
        assert not chunk.text[0].isspace() and not chunk.text[-1].isspace()
    # Chunks come in article order and together cover every word of the article.
    assert [c.start for c in chunks] == sorted(c.start for c in chunks)
    covered = [False] * len(text)
    for chunk in chunks:
        covered[chunk.start:chunk.end] = [True] * (chunk.end - chunk.start)
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())


@given(texts)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_sentence_spans_cover_the_text_without_gaps_or_overlaps(text):
    spans = sentence_spans(text)
    if not text:
        assert spans == []
        return
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end == start
    assert all(start < end for start, end in spans)


@given(texts, st.integers(min_value=1, max_value=40), st.integers(min_value=0, max_value=2))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_chunk_offsets_slice_the_source_exactly(text, max_tokens, overlap):
    article = Article("random.txt", text)
    settings_ = ChunkSettings(max_tokens=max_tokens, overlap_sentences=overlap)
    for count_tokens in (count_words, count_chars):
        chunks = chunk_article(article, count_tokens, settings_)
        check_chunks(article, chunks)
        for chunk in chunks:
            assert count_tokens(chunk.text) <= max_tokens


@given(st.text(min_size=1, max_size=300))
@settings(max_examples=50, deadline=None)
def test_real_tokenizer_chunks_slice_the_source_exactly(embedder, text):
    article = Article("random.txt", text)
    settings_ = ChunkSettings(max_tokens=16, overlap_sentences=1)
    check_chunks(article, chunk_article(article, embedder.count_tokens, settings_))


def test_seed_article_chunks_fit_the_budget_and_overlap_by_a_sentence(embedder):
    from qa.assistant import SEED_ARTICLE
    from index.articles import load_article

    article = load_article(SEED_ARTICLE)
    settings_ = ChunkSettings()
    chunks = chunk_article(article, embedder.count_tokens, settings_)
    check_chunks(article, chunks)
    assert len(chunks) > 1
    assert all(embedder.count_tokens(c.text) <= settings_.max_tokens for c in chunks)
    for earlier, later in zip(chunks, chunks[1:]):
        # Neighbours share text, unless the earlier one ends its paragraph and the later starts the next.
        between = article.text[earlier.end:later.start]
        assert later.start < earlier.end or (between.strip() == "" and "\n" in between)
    assert any(later.start >= earlier.end for earlier, later in zip(chunks, chunks[1:]))  # the article has paragraphs


def test_a_chunk_half_full_ends_at_a_paragraph_break_and_the_next_starts_the_new_paragraph():
    text = "Para one has six words here. Then four more words.\nPara two starts here. It goes on.\n\nThree."
    chunks = chunk_article(Article("a.txt", text), count_words, ChunkSettings(max_tokens=14, overlap_sentences=1))
    assert [c.text for c in chunks] == ["Para one has six words here. Then four more words.",
                                        "Para two starts here. It goes on.", "Three."]


def test_a_short_line_such_as_a_heading_stays_with_the_paragraph_after_it():
    text = "Talks Stall\nThe talks stalled in May. Both sides blamed the other.\nA new round is planned."
    chunks = chunk_article(Article("a.txt", text), count_words, ChunkSettings(max_tokens=14, overlap_sentences=1))
    assert chunks[0].text == "Talks Stall\nThe talks stalled in May. Both sides blamed the other."


def test_article_without_sentence_punctuation_is_still_chunked(embedder):
    text = " ".join(["word"] * 3000)  # no full stop anywhere
    article = Article("nostops.txt", text)
    chunks = chunk_article(article, embedder.count_tokens)
    check_chunks(article, chunks)
    assert all(embedder.count_tokens(c.text) <= 120 for c in chunks)


@pytest.mark.parametrize("line", [
    ("All work and no play makes Jack a dull boy " * 1200)[:50_000],  # one 50,000-character line of words
    "x" * 50_000,  # one 50,000-character word: must be cut inside the word
])
def test_a_single_50000_character_line_is_chunked_within_budget(embedder, line):
    article = Article("oneline.txt", line)
    chunks = chunk_article(article, embedder.count_tokens)
    check_chunks(article, chunks)
    assert all(embedder.count_tokens(c.text) <= 120 for c in chunks)


def test_html_in_an_article_is_chunked_verbatim():
    text = 'The page said <script>alert("hi")</script>. Then <b>bold</b> &amp; <i>more</i>.'
    chunks = chunk_article(Article("page.txt", text), count_words)
    assert "".join(text[c.start:c.end] for c in chunks[:1]).startswith("The page said <script>alert(\"hi\")</script>")
    assert any("<b>bold</b> &amp; <i>more</i>" in c.text for c in chunks)
