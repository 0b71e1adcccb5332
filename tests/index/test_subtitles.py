"""Subtitles saved as text: read, searched and cut into passages without cue numbers and timings."""
from __future__ import annotations

from index.articles import Article
from index.chunking import ChunkSettings, chunk_article
from index.headings import headings
from index.subtitles import cue_furniture
from index.tables import table_view

CUES = [
    ("00:02:37,730 --> 00:02:41,620", "Hives doubled from 2010 to 2013, and\nthere are now more than ten"),
    ("00:02:41,870 --> 00:02:46,010", "hives per square kilometre in\nparts of the City."),
    ("00:02:46,260 --> 00:02:49,130", "Honeybees compete with\nwild bees for flowers."),
    ("00:02:49,380 --> 00:02:52,000", "So more hives is not\nalways better."),
]
SRT = "".join(f"{number}\n{timing}\n{words}\n\n" for number, (timing, words) in enumerate(CUES, 41))
VTT = "WEBVTT\n\n" + "".join(f"{timing.replace(',', '.')} align:start\n{words}\n\n" for timing, words in CUES)


def count_words(text: str) -> int:
    return len(text.split())


def test_cue_numbers_timings_and_a_webvtt_header_are_furniture():
    assert [SRT[a:b] for a, b in cue_furniture(SRT)] == [line for number, (timing, _) in enumerate(CUES, 41)
                                                        for line in (str(number), timing)]
    assert [VTT[a:b] for a, b in cue_furniture(VTT)][:2] == ["WEBVTT", "00:02:37.730 --> 00:02:41.620 align:start"]
    start = SRT.index("42\n") + 1  # a passage's, cut inside a cue number
    assert [SRT[a:b] for a, b in cue_furniture(SRT, start, SRT.index("Honeybees"))] == ["2", CUES[1][0], "43", CUES[2][0]]


def test_a_text_quoting_a_timing_or_two_has_no_furniture():
    text = "Set the cue to\n00:01:02,500 --> 00:01:05,000\nand the next to\n00:01:05,250 --> 00:01:07,000\nthen save."
    assert cue_furniture(text) == []


def test_an_article_quoting_a_few_cues_amid_its_prose_has_no_furniture():
    prose = "\n".join(f"Paragraph {number} explains how captions are timed for broadcast television." for number in range(30))
    text = f"{prose}\n\n{SRT[:SRT.index('Honeybees')]}\n{prose}"  # three cues quoted
    assert cue_furniture(text) == []  # nor are its lines run on (`run_on` reads the same furniture)


def test_a_sentence_spread_over_cues_is_read_and_searched_as_spoken():
    # The reader had read "…now more than ten\n\n42\n00:02:41,870 --> 00:02:46,010\nhives…" and answered the timing (r10 audit).
    words = table_view(SRT, 0, len(SRT)).text.split()
    assert " ".join(words[:22]) == ("Hives doubled from 2010 to 2013, and there are now more than ten hives per square kilometre "
                                    "in parts of the City.")
    assert not any("-->" in word or word in {"41", "42"} for word in words)


def test_passages_of_subtitles_hold_whole_sentences_sized_without_timings_and_start_and_end_on_words():
    # Cue by cue, the talk was cut mid-sentence ("My name" | "is Dr. Alice Fenwick"), and timings filled the passages.
    talk = SRT * 3
    chunks = chunk_article(Article("talk.txt", talk), count_words, ChunkSettings(max_tokens=30, overlap_sentences=0))
    for chunk in chunks:
        words = table_view(talk, chunk.start, chunk.end).text.split()
        assert words[0][0].isupper() and words[-1].endswith("."), words
        assert chunk.text[0].isalpha() and chunk.text.endswith(".")
    assert max(count_words(table_view(talk, chunk.start, chunk.end).text) for chunk in chunks) > 20  # timings take no room
    assert headings(talk) == ()
