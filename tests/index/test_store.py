"""The index on disk: round trips, staleness, corruption caught by the manifest, and crash safety
shown by killing a real process in the middle of saving."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import faiss
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_and_die import OTHER_ARTICLES, FakeEmbedder
from index import store
from index.articles import Article
from index.chunking import ChunkSettings
from index.store import MANIFEST, ArticleIndex, CorruptIndex, IndexFolderError, StaleIndex, UnreadableIndex, UnusableIndex, _searched_text

ARTICLES = [
    Article("a.txt", "Alpha beta gamma. Delta epsilon zeta. Eta theta iota. Kappa lambda mu. " * 6),
    Article("b.md", "# Heading\n\nSome words here. Then\u2028a line separator\x85and a next line. <script>x()</script>\n\n"
                    "- Battery life: 12 hours\n**Weight:** 1.2 kg\n"),  # lines of a label and its value: a vector each too
]
BUILD_AND_DIE = Path(__file__).with_name("build_and_die.py")
REPO = Path(__file__).resolve().parents[2]
SETTINGS = ChunkSettings(max_tokens=12, overlap_sentences=1)


@pytest.fixture(scope="module")
def fake() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture()
def saved(tmp_path, fake) -> tuple[Path, ArticleIndex]:
    index = ArticleIndex.build(ARTICLES, fake, SETTINGS)
    index.save(tmp_path)
    return tmp_path, index


def same_index(a: ArticleIndex, b: ArticleIndex) -> bool:
    vectors = lambda index: index.faiss.reconstruct_n(0, index.faiss.ntotal)
    return a.chunks == b.chunks and np.array_equal(vectors(a), vectors(b))


def data_files(folder: Path) -> dict[str, Path]:
    manifest = json.loads((folder / MANIFEST).read_text())
    return {kind: folder / entry["file"] for kind, entry in manifest["files"].items()}


def test_round_trip_keeps_chunks_and_vectors_exactly(saved, fake):
    folder, built = saved
    loaded = ArticleIndex.load(folder, ARTICLES, fake.name, SETTINGS)
    assert same_index(built, loaded) and loaded.faiss.ntotal == len(loaded.chunks) + 2  # and the two field lines'
    for chunk in loaded.chunks:  # including the chunk holding U+2028 and U+0085
        assert loaded.articles[chunk.source].text[chunk.start:chunk.end] == chunk.text


@given(st.text(min_size=1, max_size=300))
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_unicode_article_survives_a_round_trip(tmp_path_factory, fake, text):
    folder = tmp_path_factory.mktemp("any")
    articles = [Article("any.txt", text)]
    built = ArticleIndex.build(articles, fake, SETTINGS)
    built.save(folder)
    assert same_index(built, ArticleIndex.load(folder, articles, fake.name, SETTINGS))


def test_only_the_manifest_and_its_data_files_remain(saved, fake):
    folder, _ = saved
    ArticleIndex.build(ARTICLES[:1], fake, SETTINGS).save(folder)  # a second build replaces the first
    assert sorted(p.name for p in folder.iterdir()) == sorted([MANIFEST, *(p.name for p in data_files(folder).values())])


@pytest.mark.parametrize("change, reason", [
    # an edited file is named (API audit, session 28: it had been "built with other articles")
    (lambda articles: [Article("a.txt", articles[0].text + " One more."), articles[1]], "^a.txt changed since it was built$"),
    (lambda articles: articles[:1], "other articles"),
    (lambda articles: [*articles, Article("c.txt", "A third one.")], "other articles"),
])
def test_changed_articles_make_the_index_stale(saved, fake, change, reason):
    folder, _ = saved
    with pytest.raises(StaleIndex, match=reason):
        ArticleIndex.load(folder, change(ARTICLES), fake.name, SETTINGS)


@pytest.mark.parametrize("listed", [None, "a.txt", {"name": "a.txt"}, [{"name": 1}, {"name": "b"}], [["a.txt"]]])
def test_a_malformed_article_list_makes_the_index_stale(saved, fake, listed):
    folder, _ = saved
    manifest = json.loads((folder / MANIFEST).read_text())
    (folder / MANIFEST).write_text(json.dumps({**manifest, "articles": listed}))
    with pytest.raises(StaleIndex, match="other articles"):
        ArticleIndex.load(folder, ARTICLES, fake.name, SETTINGS)


def test_the_same_articles_in_another_order_load_the_saved_index(saved, fake):
    folder, index = saved
    reordered = ArticleIndex.load(folder, ARTICLES[::-1], fake.name, SETTINGS)
    assert same_index(reordered, index) and list(reordered.articles) == ["b.md", "a.txt"]  # listed as given


def test_other_settings_or_embedder_make_the_index_stale(saved, fake):
    folder, _ = saved
    with pytest.raises(StaleIndex, match="other chunking"):
        ArticleIndex.load(folder, ARTICLES, fake.name, ChunkSettings(max_tokens=13))
    with pytest.raises(StaleIndex, match="other embedding model"):
        ArticleIndex.load(folder, ARTICLES, "another-model", SETTINGS)


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["chunks", "vectors"])
@pytest.mark.parametrize("damage", [truncate, flip_a_byte, Path.unlink, lambda p: p.write_bytes(b"")])
def test_a_damaged_data_file_is_caught_by_the_manifest(saved, fake, kind, damage):
    folder, _ = saved
    damage(data_files(folder)[kind])
    with pytest.raises(CorruptIndex):
        ArticleIndex.load(folder, ARTICLES, fake.name, SETTINGS)


@pytest.mark.parametrize("manifest", [
    "", "{", "null", "[]", '{"files": []}', '{"files": {"chunks": {"file": "x"}}}',
    '{"files": {"chunks": 3}}', "\x00\x01\x02",
])
def test_a_damaged_manifest_is_corrupt(saved, fake, manifest):
    folder, _ = saved
    (folder / MANIFEST).write_text(manifest)
    with pytest.raises(CorruptIndex):
        ArticleIndex.load(folder, ARTICLES, fake.name, SETTINGS)


def test_a_manifest_entry_without_its_checksum_is_corrupt(saved, fake):
    folder, _ = saved
    manifest = json.loads((folder / MANIFEST).read_text())
    del manifest["files"]["vectors"]["sha256"]
    (folder / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(CorruptIndex):
        ArticleIndex.load(folder, ARTICLES, fake.name, SETTINGS)


def test_a_manifest_cannot_point_outside_its_folder(saved, fake, tmp_path_factory):
    folder, _ = saved
    outside = tmp_path_factory.mktemp("outside") / "secret.jsonl"
    outside.write_bytes(data_files(folder)["chunks"].read_bytes())  # even a file with the right checksum
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["files"]["chunks"]["file"] = str(outside)
    (folder / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(CorruptIndex):
        ArticleIndex.load(folder, ARTICLES, fake.name, SETTINGS)


@given(st.sampled_from(["manifest", "chunks", "vectors"]), st.data())
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_single_byte_change_or_truncation_is_caught_or_harmless(tmp_path_factory, fake, which, data):
    folder = tmp_path_factory.mktemp("mutated")
    built = ArticleIndex.build(ARTICLES, fake, SETTINGS)
    built.save(folder)
    path = folder / MANIFEST if which == "manifest" else data_files(folder)[which]
    content = bytearray(path.read_bytes())
    if data.draw(st.booleans(), label="truncate"):
        content = content[: data.draw(st.integers(0, len(content) - 1), label="keep")]
    else:
        content[data.draw(st.integers(0, len(content) - 1), label="at")] = data.draw(st.integers(0, 255), label="byte")
    path.write_bytes(bytes(content))
    try:
        loaded = ArticleIndex.load(folder, ARTICLES, fake.name, SETTINGS)
    except UnusableIndex:
        return  # caught: open() would rebuild
    assert same_index(built, loaded)  # the change did not matter (e.g. JSON whitespace in the manifest)


def test_open_rebuilds_a_corrupt_index_with_one_clear_message(saved, fake):
    folder, built = saved
    truncate(data_files(folder)["vectors"])
    messages = []
    rebuilt = ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, log=messages.append)
    assert len(messages) == 1
    assert messages[0].startswith(f"Index at {folder} is corrupt (vectors-")
    assert "does not match its checksum" in messages[0] and messages[0].endswith("rebuilding it.")
    assert same_index(built, rebuilt)
    messages.clear()
    assert same_index(built, ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, log=messages.append))
    assert messages == []  # and it is whole again: no second rebuild


def test_an_index_tells_whether_it_was_read_up_to_date_or_built(tmp_path, fake):
    """`qa index` says which, as an index saved meanwhile by another builder would make a file's time say wrong."""
    folder = tmp_path / "index"
    assert ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, log=print).read_from is None
    assert ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, log=print).read_from == folder
    assert ArticleIndex.open(folder, ARTICLES[:1], fake, SETTINGS, log=lambda message: None).read_from is None  # stale


def test_open_rebuilds_a_stale_index_with_one_clear_message(saved, fake):
    folder, _ = saved
    messages = []
    ArticleIndex.open(folder, ARTICLES[:1], fake, SETTINGS, log=messages.append)
    assert messages == [f"Index at {folder} is stale (built with other articles); rebuilding it (the passages of 1 unchanged article kept)."]


class CountingEmbedder(FakeEmbedder):
    """A FakeEmbedder that keeps every text it is given to embed."""

    def __init__(self):
        self.embedded: list[str] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.embedded += texts
        return super().embed(texts)


EDITED = [ARTICLES[0], Article("b.md", ARTICLES[1].text + "One more sentence at the end.\n"), Article("c.txt", "A third article.")]


def test_rebuilding_embeds_only_the_articles_changed_or_added_since_the_saved_index(saved):
    folder, _ = saved
    counting, messages = CountingEmbedder(), []
    rebuilt = ArticleIndex.open(folder, EDITED, counting, SETTINGS, log=messages.append)
    assert same_index(rebuilt, ArticleIndex.build(EDITED, FakeEmbedder(), SETTINGS))  # as if built from nothing
    kept = [c.text for c in rebuilt.chunks if c.source == "a.txt"]
    assert [text for text in counting.embedded if text in kept] == kept[:1]  # its first, to check it is the same model's
    assert any("One more sentence" in text for text in counting.embedded) and any("third" in text for text in counting.embedded)
    assert messages == [f"Index at {folder} is stale (built with other articles); rebuilding it (the passages of 1 unchanged article kept)."]
    assert same_index(rebuilt, ArticleIndex.load(folder, EDITED, FakeEmbedder.name, SETTINGS))  # and saved so


def test_passages_are_taken_from_another_folders_index_but_never_from_an_unusable_one(saved, tmp_path):
    folder, _ = saved
    counting = CountingEmbedder()
    built = ArticleIndex.open(tmp_path / "new", EDITED, counting, SETTINGS, log=print, reuse_from=[folder])
    assert same_index(built, ArticleIndex.build(EDITED, FakeEmbedder(), SETTINGS))
    kept = [c.text for c in built.chunks if c.source == "a.txt"]
    assert [text for text in counting.embedded if text in kept] == kept[:1]  # its first, to check it is the same model's
    # a.txt's saved passages altered behind the checksum are not slices of a.txt: none of that index is used
    tamper(folder, "chunks", shift_offsets)
    counting = CountingEmbedder()
    ArticleIndex.open(tmp_path / "newer", EDITED, counting, SETTINGS, log=print, reuse_from=[folder])
    assert {c.text for c in built.chunks if c.source == "a.txt"} <= set(counting.embedded)


def test_passages_are_those_of_the_manifest_whose_files_are_read(tmp_path, monkeypatch):
    """Another process saving over the folder between a first look at its manifest and the reading of its data
    files (review): the passages of an article as it was then, a slice of it as it is now, had been taken for it."""
    now = "Alpha beta gamma. Delta epsilon zeta. Eta theta iota. Kappa lambda mu. " * 3
    before = now + "\n\nNu xi omicron. Pi rho sigma. Tau upsilon phi. Chi psi omega.\n"
    other = Article("b.txt", "Some other words here. And more of them.")
    ArticleIndex.build([Article("a.txt", before), other], FakeEmbedder(), SETTINGS).save(tmp_path)
    read_saved = store._read_saved

    def saved_over_meanwhile(*args):
        ArticleIndex.build([Article("a.txt", now), other], FakeEmbedder(), SETTINGS).save(tmp_path)
        return read_saved(*args)

    monkeypatch.setattr(store, "_read_saved", saved_over_meanwhile)
    assert "a.txt" not in store.saved_passages(tmp_path, [Article("a.txt", before), other], FakeEmbedder.name, SETTINGS)


def test_passages_saved_by_another_model_of_the_same_name_are_embedded_again(saved, tmp_path):
    folder, _ = saved
    tamper(folder, "vectors", vectors_remade(lambda vectors: flat(faiss.IndexFlatIP, np.eye(8)[np.arange(len(vectors)) % 8])))
    counting = CountingEmbedder()
    built = ArticleIndex.open(tmp_path / "new", ARTICLES, counting, SETTINGS, log=print, reuse_from=[folder])
    assert same_index(built, ArticleIndex.build(ARTICLES, FakeEmbedder(), SETTINGS))
    # as wide, but another model's vectors (a review's, session 53): embedded again too
    other = ArticleIndex.open(tmp_path / "other", ARTICLES, OtherModel(), SETTINGS, log=print, reuse_from=[tmp_path / "new"])
    assert same_index(other, ArticleIndex.build(ARTICLES, OtherModel(), SETTINGS))


def test_open_builds_a_missing_index_quietly(tmp_path, fake):
    messages = []
    index = ArticleIndex.open(tmp_path / "new", ARTICLES, fake, SETTINGS, log=messages.append)
    assert messages == [] and (tmp_path / "new" / MANIFEST).is_file() and index.chunks


def test_an_index_of_no_passages_is_loaded_again_and_its_passages_reused(tmp_path, fake):
    # the check that the saved vectors are the model's had read a first passage there was none of (a review's, session 53)
    empty = [Article("empty.txt", "")]
    ArticleIndex.open(tmp_path, empty, fake, SETTINGS, log=None)
    messages = []
    assert not ArticleIndex.open(tmp_path, empty, fake, SETTINGS, log=messages.append).chunks and messages == []
    ArticleIndex.open(tmp_path / "new", [*empty, ARTICLES[0]], fake, SETTINGS, log=messages.append, reuse_from=[tmp_path])
    assert messages == []


def test_data_files_without_their_manifest_are_said_to_be_corrupt_and_rebuilt(saved, fake):
    # a manifest deleted beside its data files had been rebuilt without a word (a review's, session 53)
    folder, built = saved
    (folder / MANIFEST).unlink()
    messages = []
    assert same_index(built, ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, log=messages.append))
    assert messages == [f"Index at {folder} is corrupt (no {MANIFEST} beside its data files); rebuilding it."]
    assert (folder / MANIFEST).is_file()


def test_a_folder_that_cannot_hold_the_index_is_named_before_any_building(tmp_path, fake, monkeypatch):
    (tmp_path / "notes.txt").write_text("mine")
    monkeypatch.setattr(ArticleIndex, "build", lambda *args: pytest.fail("built an index it could not save"))
    with pytest.raises(IndexFolderError, match=rf"^{tmp_path}/notes\.txt: is a file, not a folder to keep the index in$"):
        ArticleIndex.open(tmp_path / "notes.txt", ARTICLES, fake, SETTINGS)
    with pytest.raises(IndexFolderError, match=r"^/proc/qa-index: cannot keep the index there \(No such file or directory\)$"):
        ArticleIndex.open("/proc/qa-index", ARTICLES, fake, SETTINGS)
    assert (tmp_path / "notes.txt").read_text() == "mine"


# Crash safety. The child process saves an index of other articles into the same folder and is
# SIGKILLed at a chosen step of ArticleIndex.save; `left` says which index the folder must hold after.
KILL_POINTS = [
    pytest.param("fsync", 1, "old", id="writing-the-first-data-file"),
    pytest.param("replace", 2, "old", id="between-the-data-files"),
    pytest.param("replace", 3, "old", id="manifest-written-not-yet-renamed"),
    pytest.param("unlink", 1, "new", id="manifest-renamed-old-files-not-yet-removed"),
]


def kill_while_saving(folder: Path, call: str, nth: int) -> set[str]:
    """Run build_and_die.py until it pauses at the nth os.`call`, note the folder's files, SIGKILL it."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen([sys.executable, str(BUILD_AND_DIE), str(folder), call, str(nth)], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        assert line.strip() == f"paused at {call} #{nth}", f"child did not pause: {line!r} {child.stderr.read()}"
        files_at_kill = {p.name for p in folder.iterdir()}
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return files_at_kill


@pytest.mark.parametrize("call, nth, left", KILL_POINTS)
def test_killed_mid_save_leaves_the_old_index_or_the_new_one_never_a_mix(tmp_path, fake, call, nth, left):
    old = ArticleIndex.build(ARTICLES, fake, SETTINGS)
    old.save(tmp_path)
    files_at_kill = kill_while_saving(tmp_path, call, nth)
    assert any(".tmp" in name for name in files_at_kill) or left == "new"  # it really died mid-write

    old_loads = new_loads = True
    try:
        assert same_index(old, ArticleIndex.load(tmp_path, ARTICLES, fake.name, SETTINGS))
    except StaleIndex:
        old_loads = False
    try:
        ArticleIndex.load(tmp_path, OTHER_ARTICLES, fake.name, ChunkSettings())
    except StaleIndex:
        new_loads = False
    assert (old_loads, new_loads) == (left == "old", left == "new")

    # The next save clears what the dead process left behind.
    old.save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([MANIFEST, *(p.name for p in data_files(tmp_path).values())])


def test_the_old_index_still_answers_after_a_killed_rebuild(tmp_path, embedder, shipped_reader):
    from index.articles import load_article
    from qa.assistant import SEED_ARTICLE, Assistant

    seed = [load_article(SEED_ARTICLE)]
    question = "In which city did the Russian ambassador hold his media briefing?"
    before = Assistant(ArticleIndex.open(tmp_path, seed, embedder, log=lambda message: None), embedder,
                       shipped_reader, tmp_path).ask(question)
    assert before.answered
    kill_while_saving(tmp_path, "replace", 3)  # the other build's manifest was written, never renamed in

    messages = []
    index = ArticleIndex.open(tmp_path, seed, embedder, log=messages.append)
    assert messages == []  # loaded as it was, not rebuilt
    after = Assistant(index, embedder, shipped_reader, tmp_path).ask(question)
    assert after == before
    assert seed[0].text[after.start:after.end] == after.text


def test_search_fuses_word_matches_with_similarity_and_keeps_to_the_sources(fake):
    articles = [Article("one.txt", "The harbour was quiet. Nothing moved at night. Boats slept. " * 3
                        + "The lighthouse keeper was named Oskarsson."),
                Article("two.txt", "Oskarsson is also a town. It has a lighthouse too.")]
    index = ArticleIndex.build(articles, fake, SETTINGS)
    query = fake.embed(["zzz"])[0]  # favours no chunk in particular

    def rank_of_the_keeper(hits) -> int:
        return next(rank for rank, hit in enumerate(hits) if "Oskarsson" in hit.chunk.text)

    dense = index.search(query, 10, sources=["one.txt"])
    fused = index.search(query, 10, sources=["one.txt"], text="Who was the lighthouse keeper Oskarsson?")
    assert rank_of_the_keeper(dense) > 0  # similarity alone does not find it first...
    assert rank_of_the_keeper(fused) < rank_of_the_keeper(dense)  # ...the words move it up
    assert {h.chunk for h in fused} == {h.chunk for h in dense}
    assert all(hit.chunk.source == "one.txt" for hit in fused)
    similarity = {h.chunk: h.score for h in dense}
    assert all(hit.score == pytest.approx(similarity[hit.chunk]) for hit in fused)


def test_search_matches_other_forms_of_the_question_s_words(fake):
    articles = [Article("one.txt", "The harbour was quiet. Nothing moved at night. Boats slept. " * 3
                        + "Oskarsson founded the lighthouse society.")]
    index = ArticleIndex.build(articles, fake, SETTINGS)
    query = fake.embed(["zzz"])[0]  # favours no chunk in particular
    dense = index.search(query, 10)
    fused = index.search(query, 10, text="Founding societies?")  # neither word as written
    founding = [rank for hits in (dense, fused) for rank, hit in enumerate(hits) if "founded" in hit.chunk.text]
    assert founding[0] > 0 and founding[1] == 0


def test_search_matches_a_question_typed_in_another_unicode_form_than_the_article(fake):
    # Saved with decomposed accents (NFD, as macOS names and some editors write them); typed composed.
    story = "Nothing moved at night. Boats slept. " * 3 + "Renée Dubé was born in Besançon. "
    index = ArticleIndex.build([Article("one.txt", unicodedata.normalize("NFD", story))], fake, SETTINGS)
    query = fake.embed(["zzz"])[0]  # favours no chunk in particular
    dense = index.search(query, 10)
    fused = index.search(query, 10, text="Renée Dubé, Besançon?")  # only the accented words match
    ranks = [rank for hits in (dense, fused) for rank, hit in enumerate(hits) if "Besan" in hit.chunk.text]
    assert ranks[1] < ranks[0]


def test_adding_an_article_equals_building_the_enlarged_set(fake):
    grown = ArticleIndex.build(ARTICLES[:1], fake, SETTINGS).with_article(ARTICLES[1], fake)
    built = ArticleIndex.build(ARTICLES, fake, SETTINGS)
    assert same_index(grown, built)
    with pytest.raises(ValueError, match="already loaded"):
        grown.with_article(ARTICLES[0], fake)


def test_removing_or_replacing_an_article_equals_building_the_set_anew(fake):
    third = Article("c.txt", "Size: large\nColour: red\n")  # field lines after another article's: their rows kept apart
    index = ArticleIndex.build([*ARTICLES, third], fake, SETTINGS)
    assert same_index(index.without_article("b.md"), ArticleIndex.build([ARTICLES[0], third], fake, SETTINGS))
    replaced = Article("b.md", "Weight: 2 kg\nHeight: 1 m\nDepth: 3 cm\n")
    assert same_index(index.with_article_replaced(replaced, fake), ArticleIndex.build([ARTICLES[0], replaced, third], fake, SETTINGS))


def test_a_chunk_that_is_one_line_of_a_label_and_its_value_is_embedded_once(fake):
    index = ArticleIndex.build([Article("one.txt", "Weight: 2 kg")], fake, SETTINGS)  # review: its line's row had been its own again
    assert index.faiss.ntotal == len(index.chunks) == 1


class WordEmbedder(FakeEmbedder):
    """A text's vector counts each of WORDS in it, and one more for the rest: a line alone is closer to a question
    asking for its word than a passage holding it among others."""
    WORDS = ("battery", "weight", "colour", "harbour")

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors = np.array([[text.lower().count(word) for word in self.WORDS] + [1] for text in texts], np.float32)
        return np.ascontiguousarray(vectors / np.linalg.norm(vectors, axis=1, keepdims=True))


def test_a_passage_is_found_by_its_line_of_a_label_and_its_value(monkeypatch):
    # bench/facts: "What is the heaviest rider … rated for?" found a paragraph before the fact sheet whose line
    # "Maximum rider weight: 120 kg" it asks for, the sheet's vector being of its dozen lines alike.
    sheet = "Battery life: 12 hours\nWeight: 1.2 kg\nColour: slate grey"
    prose = "The harbour's battery of old guns faces the sea."
    embedder, settings = WordEmbedder(), ChunkSettings(max_tokens=20, overlap_sentences=0)
    articles = [Article("specs.txt", f"{sheet}\n\n{prose}\n")]
    question = embedder.embed(["battery"])[0]
    hits = ArticleIndex.build(articles, embedder, settings).search(question, 2)
    assert [hit.chunk.text for hit in hits] == [sheet, prose]
    assert hits[0].score == pytest.approx(1)  # its line's similarity: "Battery life: 12 hours" embeds as "battery" does
    monkeypatch.setattr(store, "field_lines", lambda text: [])
    assert [hit.chunk.text for hit in ArticleIndex.build(articles, embedder, settings).search(question, 2)] == [prose, sheet]


def test_a_search_within_one_article_is_not_swayed_by_the_other_articles_loaded(fake):
    # "zebra" is common in one.txt but rare overall; "cherry" the other way round
    one = Article("one.txt", "The zebra lives by the lake.\n\nA zebra swims far away.\n\nThe cherry tree grows tall.\n")
    two = Article("two.txt", "".join(f"Cherry jam number {n} is sweet.\n\n" for n in range(6)))
    query, question = fake.embed(["zzz"])[0], "zebra cherry"
    alone = ArticleIndex.build([one], fake, SETTINGS).search(query, 3, ["one.txt"], question)
    among = ArticleIndex.build([one, two], fake, SETTINGS).search(query, 3, ["one.txt"], question)
    assert [hit.chunk.text for hit in among] == [hit.chunk.text for hit in alone]
    assert "cherry" in alone[0].chunk.text  # the article's rare word decides


def test_saving_clears_only_its_own_earlier_files(tmp_path, fake):
    """An index folder may be any folder (`--index-dir`) and also holds the assistant's settings:
    a rebuild removes the data files it made before, and nothing else."""
    ArticleIndex.build(OTHER_ARTICLES, fake, ChunkSettings()).save(tmp_path)
    earlier = set(data_files(tmp_path).values())
    (tmp_path / "my-notes.txt").write_text("mine")
    (tmp_path / "assistant.json").write_text('{"no_answer_threshold": 0.3}')
    (tmp_path / "drafts").mkdir()
    (tmp_path / "chunks-not-a-digest.jsonl").write_text("mine too")

    ArticleIndex.build(ARTICLES, fake, SETTINGS).save(tmp_path)
    left = {p.name for p in tmp_path.iterdir()}
    assert not {p.name for p in earlier} & left
    assert {"my-notes.txt", "assistant.json", "drafts", "chunks-not-a-digest.jsonl"} <= left
    assert len(left) == 7  # those four, the manifest and the two new data files


def test_a_folder_with_someone_else_s_manifest_is_refused_before_any_building(tmp_path, fake, monkeypatch):
    theirs = {MANIFEST: '{"name": "my-app", "version": "1.0", "files": ["app.js"]}',
              "chunks-0123456789abcdef.jsonl": "my own notes, named like an index's data file"}
    for name, text in theirs.items():
        (tmp_path / name).write_text(text)
    refusal = rf"^{tmp_path}: holds a manifest\.json that is not an article index's; keep the index in another folder$"
    with pytest.raises(IndexFolderError, match=refusal):
        ArticleIndex.build(ARTICLES, fake, SETTINGS).save(tmp_path)
    monkeypatch.setattr(ArticleIndex, "build", lambda *args: pytest.fail("built an index it could not save"))
    with pytest.raises(IndexFolderError, match=refusal):
        ArticleIndex.open(tmp_path, ARTICLES, fake, SETTINGS)
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == theirs


@pytest.mark.parametrize("theirs", ['{"format": "csv", "files": ["sales-2023.csv"], "owner": "finance"}',
                                    '{"format": 2, "files": {"data": {"file": "sales.csv"}}, "embedding_model": "x"}'])
def test_a_manifest_with_an_index_s_keys_but_not_its_shape_is_someone_else_s(tmp_path, fake, theirs):
    (tmp_path / MANIFEST).write_text(theirs)
    with pytest.raises(IndexFolderError, match="holds a manifest\\.json that is not an article index's"):
        ArticleIndex.open(tmp_path, ARTICLES, fake, SETTINGS, log=pytest.fail)
    assert (tmp_path / MANIFEST).read_text() == theirs  # it had been taken for a damaged index's and saved over


@pytest.mark.parametrize("damaged", ["{}", "[]", '{"format": 7}'])
def test_a_manifest_of_ours_damaged_to_other_json_is_rebuilt_beside_its_data_files(saved, fake, damaged):
    folder, _ = saved
    (folder / MANIFEST).write_text(damaged)
    messages = []
    ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, log=messages.append)
    assert len(messages) == 1 and "is corrupt" in messages[0] and ArticleIndex.load(folder, ARTICLES, fake.name, SETTINGS)


def test_a_manifest_that_is_not_json_is_someone_else_s_unless_data_files_of_ours_lie_beside_it(tmp_path, fake, saved):
    theirs = {MANIFEST: '{"name": "my-app", // JSON with comments\n}', "chunks-0123456789abcdef.jsonl": "my notes"}
    (app := tmp_path / "my-app").mkdir()
    for name, text in theirs.items():
        (app / name).write_text(text)
    with pytest.raises(IndexFolderError, match=rf"^{app}: holds a manifest\.json that is not an article index's"):
        ArticleIndex.open(app, ARTICLES, fake, SETTINGS, log=pytest.fail)
    assert {p.name: p.read_text() for p in app.iterdir()} == theirs
    (app / MANIFEST).write_text(" \n")  # empty: no one's but a damaged index's
    ArticleIndex.open(app, ARTICLES, fake, SETTINGS, log=lambda message: None)
    assert ArticleIndex.load(app, ARTICLES, fake.name, SETTINGS)
    folder, _ = saved
    (folder / MANIFEST).write_text('{"format": 5, "fi')  # ours, damaged
    messages = []
    ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, log=messages.append)
    assert messages == [f"Index at {folder} is corrupt (unreadable manifest (JSONDecodeError: Unterminated string starting at: "
                        "line 1 column 15 (char 14))); rebuilding it."]
    assert ArticleIndex.load(folder, ARTICLES, fake.name, SETTINGS)


def test_two_saves_into_one_folder_at_once_leave_one_whole_index(tmp_path, fake, monkeypatch):
    # The first save pauses before its manifest; without the folder's lock the second would save whole
    # meanwhile and remove the first's data files as replaced, and the first then remove the second's.
    first, second = ArticleIndex.build(ARTICLES, fake, SETTINGS), ArticleIndex.build(OTHER_ARTICLES, fake, SETTINGS)
    paused, write = threading.Event(), store._write_atomic

    def pausing_write(path: Path, data: bytes) -> None:
        if path.name == MANIFEST and threading.current_thread().name == "first" and not paused.is_set():
            paused.set()
            time.sleep(1.0)  # the second save runs now, unless it waits for the lock
        write(path, data)

    monkeypatch.setattr(store, "_write_atomic", pausing_write)
    saving = threading.Thread(target=first.save, args=(tmp_path,), name="first")
    saving.start()
    assert paused.wait(10)
    second.save(tmp_path)
    saving.join()
    assert same_index(second, ArticleIndex.load(tmp_path, OTHER_ARTICLES, fake.name, SETTINGS))  # the last saved, whole


def test_saving_removes_only_data_files_that_are_certainly_its_own(saved, fake):
    folder, _ = saved
    mine = folder / "chunks-0123456789abcdef.jsonl"  # named like a data file, but not listed nor named by content
    mine.write_text("my own notes")
    ArticleIndex.build(ARTICLES[:1], fake, SETTINGS).save(folder)
    assert mine.read_text() == "my own notes"
    assert sorted(p.name for p in folder.iterdir()) == sorted([MANIFEST, mine.name, *(p.name for p in data_files(folder).values())])


def cannot_write(path: Path, data: bytes) -> None:
    raise PermissionError(13, "Permission denied", str(path))


@pytest.mark.parametrize("change, problem", [(lambda articles: articles[:1], "stale"), (lambda articles: articles, "corrupt")])
def test_an_index_that_cannot_be_saved_answers_from_memory_with_one_line_saying_why(saved, fake, monkeypatch, change, problem):
    folder, _ = saved
    if problem == "corrupt":
        truncate(data_files(folder)["chunks"])
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    monkeypatch.setattr("index.store._write_atomic", cannot_write)  # as in a read-only folder
    messages = []
    index = ArticleIndex.open(folder, change(ARTICLES), fake, SETTINGS, log=messages.append)
    assert same_index(index, ArticleIndex.build(change(ARTICLES), fake, SETTINGS))
    assert len(messages) == 2 and messages[0].startswith(f"Index at {folder} is {problem} (")
    assert messages[1] == (f"Index at {folder} could not be saved (PermissionError: Permission denied); "
                           "answering from the index in memory.")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_an_index_that_must_be_saved_and_cannot_be_is_refused_in_one_line(saved, fake, monkeypatch):
    folder, built = saved
    monkeypatch.setattr("index.store._write_atomic", cannot_write)
    assert same_index(built, ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, must_save=True))  # fresh: only read
    messages = []
    with pytest.raises(IndexFolderError, match=rf"^{folder}: the index could not be saved there \(PermissionError: Permission denied\)$"):
        ArticleIndex.open(folder, ARTICLES[:1], fake, SETTINGS, log=messages.append, must_save=True)
    assert messages == [f"Index at {folder} is stale (built with other articles); rebuilding it (the passages of 1 unchanged article kept)."]  # not "answering from memory"


def test_an_index_that_must_be_saved_in_a_folder_not_writable_is_refused_before_building(saved, fake, monkeypatch):
    folder, _ = saved
    monkeypatch.setattr("index.store.os.access", lambda path, mode: False)  # as a read-only folder (root writes anywhere)
    monkeypatch.setattr(ArticleIndex, "build", lambda *args: pytest.fail("built an index it could not save"))
    with pytest.raises(IndexFolderError, match=rf"^{folder}: cannot keep the index there \(not writable\); "
                                               r"the index in it is stale \(built with other articles\)$"):
        ArticleIndex.open(folder, ARTICLES[:1], fake, SETTINGS, log=pytest.fail, must_save=True)


def test_a_manifest_that_is_a_folder_is_rebuilt_in_memory_and_leaves_no_files_behind(tmp_path, fake):
    (tmp_path / MANIFEST).mkdir()
    messages = []
    index = ArticleIndex.open(tmp_path, ARTICLES, fake, SETTINGS, log=messages.append)
    assert same_index(index, ArticleIndex.build(ARTICLES, fake, SETTINGS))
    assert messages[0].startswith(f"Index at {tmp_path} is corrupt (unreadable manifest (IsADirectoryError")
    assert messages[1].startswith(f"Index at {tmp_path} could not be saved (IsADirectoryError: ")
    assert len(messages) == 2 and [p.name for p in tmp_path.iterdir()] == [MANIFEST]


def tamper(folder: Path, kind: str, change) -> None:
    """Change a data file and update its checksum in the manifest to match, as a careful forger would."""
    path = data_files(folder)[kind]
    path.write_bytes(change(path.read_bytes()))
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["files"][kind]["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (folder / MANIFEST).write_text(json.dumps(manifest))


def shift_offsets(data: bytes) -> bytes:
    chunks = [json.loads(line) for line in data.decode().split("\n") if line]
    return "".join(json.dumps(c | {"start": c["start"] + 1, "end": c["end"] + 1}) + "\n" for c in chunks).encode()


def vectors_remade(make):
    """A change to a vectors file: the FAISS index `make` makes of its vectors, serialised."""
    def change(data: bytes) -> bytes:
        saved = faiss.deserialize_index(np.frombuffer(data, dtype=np.uint8))
        return faiss.serialize_index(make(saved.reconstruct_n(0, saved.ntotal))).tobytes()
    return change


def flat(kind, vectors: np.ndarray):
    index = kind(vectors.shape[1])
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


@pytest.mark.parametrize("kind, change, problem", [
    ("vectors", vectors_remade(lambda vectors: flat(faiss.IndexFlatL2, vectors)), r"is a FAISS IndexFlatL2, not the IndexFlatIP"),
    ("vectors", vectors_remade(lambda vectors: flat(faiss.IndexFlatIP, vectors * np.nan)), r"not of unit length"),
    ("vectors", vectors_remade(lambda vectors: flat(faiss.IndexFlatIP, vectors * 3)), r"not of unit length"),
    ("chunks", lambda data: data.replace(b'"source"', b"source", 1), r"chunks-\w+\.jsonl is not chunks of these articles \(JSONDecodeError"),
    ("chunks", lambda data: b"[1, 2]\n" + data, r"is not chunks of these articles \(TypeError"),
    ("chunks", shift_offsets, r"\(ValueError: line 1 is not the text of a\.txt at 1-"),
    ("chunks", lambda data: data.replace(b'"a.txt"', b'"c.txt"'), r"\(KeyError: 'c\.txt'\)"),
    ("chunks", lambda data: data.replace(b'"start": 0', b'"start": "0"', 1), r"\(ValueError: line 1 is not the text"),
    # review: an article's chunks apart (b.md's last between a.txt's) had loaded, their rows told apart as runs of chunks by
    # `_rows`, and passages() then handed build() one chunk's line vectors as other chunks' own
    ("chunks", lambda data: b"\n".join((lines := data.split(b"\n"))[:1] + lines[-2:-1] + lines[1:-2]) + b"\n",
     r"\(ValueError: line 3 is a chunk of a\.txt apart from its others\)"),
    # a vector missing, or those of the chunks alone (as an index of format 67 kept)
    ("vectors", vectors_remade(lambda vectors: flat(faiss.IndexFlatIP, vectors[:-1])), r"^\d+ vectors for \d+ chunks and 2 lines of theirs$"),
    ("vectors", vectors_remade(lambda vectors: flat(faiss.IndexFlatIP, vectors[:-2])), r"^(\d+) vectors for \1 chunks and 2 lines of theirs$"),
    ("vectors", lambda data: b"garbage" * 100, r"vectors-\w+\.faiss is not a FAISS index \(faiss cannot read it: damaged or cut short\)$"),
])
def test_a_data_file_tampered_with_behind_its_checksum_is_corrupt_and_rebuilt(saved, fake, kind, change, problem):
    folder, built = saved
    tamper(folder, kind, change)
    with pytest.raises(CorruptIndex, match=problem):
        ArticleIndex.load(folder, ARTICLES, fake.name, SETTINGS)
    messages = []
    assert same_index(built, ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, log=messages.append))
    assert len(messages) == 1 and messages[0].startswith(f"Index at {folder} is corrupt (")
    ArticleIndex.load(folder, ARTICLES, fake.name, SETTINGS)  # whole again


def test_vectors_of_another_size_than_the_model_makes_are_corrupt_and_rebuilt(saved, fake):
    folder, built = saved
    tamper(folder, "vectors", vectors_remade(lambda vectors: flat(faiss.IndexFlatIP, np.eye(8)[np.arange(len(vectors)) % 8])))
    messages = []
    assert same_index(built, ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, log=messages.append))
    assert messages == [f"Index at {folder} is corrupt (vectors of 8 dimensions, where the embedding model makes 16); rebuilding it."]


class OtherModel(FakeEmbedder):
    """Another model of vectors as wide, saved under the same name (a folder named like the shipped model's)."""

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.ascontiguousarray(super().embed(texts)[:, ::-1])


def test_vectors_another_model_made_or_reordered_behind_their_checksum_are_corrupt_and_rebuilt(saved, fake):
    # both had been searched without a word, every passage about as close to a question as another (a review's, session 53)
    folder, built = saved
    messages = []
    other = ArticleIndex.open(folder, ARTICLES, OtherModel(), SETTINGS, log=messages.append)
    assert messages == [f"Index at {folder} is corrupt (vectors that are not what the embedding model makes of its passages "
                        "(built with another model, or changed)); rebuilding it."]
    chunk = built.chunks[0]  # the other model's vectors now
    assert np.allclose(other.faiss.reconstruct(0), OtherModel().embed([_searched_text(built.articles[chunk.source], chunk.start, chunk.end)])[0])
    ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, log=messages.append)  # saved by the other: rebuilt again
    tamper(folder, "vectors", vectors_remade(lambda vectors: flat(faiss.IndexFlatIP, vectors[::-1])))
    messages.clear()
    assert same_index(built, ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, log=messages.append))
    assert len(messages) == 1 and "not what the embedding model makes" in messages[0]


def test_an_index_folder_that_cannot_be_read_is_built_anew_and_answered_from_memory(saved, fake, monkeypatch):
    folder, built = saved
    real_exists = Path.exists

    def exists(path):  # as a folder of mode 000 answers a process without root's powers
        if path.parent == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_exists(path)

    monkeypatch.setattr(Path, "exists", exists)
    monkeypatch.setattr(ArticleIndex, "save", lambda self, to: (_ for _ in ()).throw(PermissionError(13, "Permission denied")))
    messages = []
    assert same_index(built, ArticleIndex.open(folder, ARTICLES, fake, SETTINGS, log=messages.append))
    assert len(messages) == 2 and messages[0].startswith(f"Index at {folder} is unreadable (Permission denied); rebuilding it")
    assert messages[1] == f"Index at {folder} could not be saved (PermissionError: Permission denied); answering from the index in memory."


def test_a_data_file_that_cannot_be_read_is_named_as_unreadable_not_corrupt(saved, fake, monkeypatch):
    folder, _ = saved
    chunks = data_files(folder)["chunks"]
    real_read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: (_ for _ in ()).throw(PermissionError(13, "Permission denied", str(path)))
                        if path == chunks else real_read_bytes(path))
    with pytest.raises(UnreadableIndex, match=rf"^{chunks.name}: Permission denied$"):
        ArticleIndex.load(folder, ARTICLES, fake.name, SETTINGS)


def test_searching_several_articles_keeps_the_passage_closest_by_meaning_among_those_read(fake):
    # The question's common words ("when", "was", "the") fill another article's passages: by BM25 they outrank
    # the passage the embeddings put first (here the query's own vector), which then went unread.
    closest = "Closure came on March 4 after cracks were found."
    others = "\n\n".join(f"When was it that the {w} was there, and when was the {w} where it was?" for w in "abcdefghij")
    question, settings = "When was the bridge shut down?", ChunkSettings(max_tokens=20, overlap_sentences=0)
    query = fake.embed([closest])[0]
    index = ArticleIndex.build([Article("harbour.txt", closest), Article("life.txt", others)], fake, settings)
    assert "harbour.txt" not in [hit.chunk.source for hit in index.search(query, 4, None, question)]
    assert [hit.chunk.text for hit in index.search(query, 4, None, question, closest_within=4)][3] == closest
    # Within one article fusion's order stands: there it read better (SQuAD whole articles).
    for copies in (1, 2):  # one article, loaded once or twice
        alone = ArticleIndex.build([Article(f"both {n}.txt", f"{others}\n\n{closest}") for n in range(copies)], fake, settings)
        assert alone.search(query, 8, None, question, closest_within=4) == alone.search(query, 8, None, question)
        assert closest not in [hit.chunk.text for hit in alone.search(query, 4, None, question)]


def test_the_passage_holding_the_label_a_question_asks_for_is_read_whatever_its_rank(fake):
    # r23 audit: "Who is the landlord?" over a lease whose every clause says "Landlord": the schedule's row
    # "| Landlord | Corvell Estates Limited |" ranked 13th, unread.
    settings = ChunkSettings(max_tokens=20, overlap_sentences=0)
    clauses = [f"{n}. The Landlord shall keep clause {n} of this agreement, as the Landlord and the Tenant agree." for n in range(1, 9)]
    agent, row = "| Landlord's agent | Penhallow Lettings |", "| Landlord | Corvell Estates Limited |"
    index = ArticleIndex.build([Article("lease.pdf", "\n\n".join([agent, *clauses, row]))], fake, settings)
    query = fake.embed([clauses[0]])[0]
    unread = [hit.chunk.text for hit in index.search(query, 10, None, "Who is the landlord?")]
    assert unread.index(row) >= 4
    read = [hit.chunk.text for hit in index.search(query, 10, None, "Who is the landlord?", closest_within=4)]
    assert read.index(row) == 3 and read[:3] == unread[:3] and sorted(read) == sorted(unread)
    # Reading one passage over two articles, it is the labelled one: the one closest by meaning, kept among those read
    # too, had left it no place to take (a ValueError).
    both = ArticleIndex.build([Article("lease.pdf", "\n\n".join([agent, *clauses, row])), Article("notes.txt", "Rent is due monthly.")],
                              fake, settings)
    assert [hit.chunk.text for hit in both.search(query, 10, None, "Who is the landlord?", closest_within=1)][0] == row
    # A question naming no label is searched as before.
    assert index.search(query, 10, None, "Who keeps clause 3?", closest_within=4) == index.search(query, 10, None, "Who keeps clause 3?")


def test_the_passage_bm25_ranks_first_by_a_clear_lead_is_read_whatever_its_fused_rank(fake, monkeypatch):
    # Helper's test: "Who won the Aldermoor Open in 1972?" over sixty years of winners, the one passage holding
    # "1972" fused fifth under passages close in meaning, and the question was refused.
    from index import store

    settings = ChunkSettings(max_tokens=20, overlap_sentences=0)
    years = [f"In {year} the Aldermoor Open was won by player {n} of the club, who beat the runner-up." for n, year in
             enumerate(range(1960, 2020))]
    index = ArticleIndex.build([Article("champions.txt", "\n\n".join(years))], fake, settings)
    query = fake.embed([years[0]])[0]
    question, asked = "Who won the Aldermoor Open in 1972?", years[12]
    read = [hit.chunk.text for hit in index.search(query, 4, None, question, closest_within=4)]
    assert asked in read and read[:3] == [hit.chunk.text for hit in index.search(query, 3, None, question)]
    monkeypatch.setattr(store, "LEXICAL_LEAD", float("inf"))
    assert asked not in [hit.chunk.text for hit in index.search(query, 4, None, question, closest_within=4)]
    # Without a clear lead ("Who won the Aldermoor Open?": every passage alike) nothing moves.
    monkeypatch.setattr(store, "LEXICAL_LEAD", 1.4)
    assert index.search(query, 8, None, "Who won the Aldermoor Open?", closest_within=4) == \
        index.search(query, 8, None, "Who won the Aldermoor Open?")


def test_a_question_naming_what_one_article_alone_names_is_searched_in_that_article(fake):
    # r17 audit: "Who is the CEO of Veltrix?" among seven articles read a privacy policy's passages on its data
    # protection officer; the earnings release's passage naming its chief executive ranked sixth, unread
    settings = ChunkSettings(max_tokens=20, overlap_sentences=0)
    policy = "\n\n".join(["Our data protection officer is Priya Ramaswamy.", "The officer answers requests within 30 days."])
    release = "\n\n".join(["Veltrix reported revenue of 412 million dollars.", "Hanneke Vos, President and Chief Executive Officer, said it was a record quarter."])
    index = ArticleIndex.build([Article("policy.md", policy), Article("release.html", release)], fake, settings)
    query = fake.embed(["Our data protection officer is Priya Ramaswamy."])[0]  # by meaning, the policy's passage
    assert {hit.chunk.source for hit in index.search(query, 4, None, "Who is the CEO of Veltrix?")} == {"release.html"}
    assert {hit.chunk.source for hit in index.search(query, 4, ["release.html", "policy.md"], "Who is the CEO of Veltrix?")} == {"release.html"}
    # not a name opening the question, nor one both articles hold, nor names of two articles
    for question in ("Veltrix officer?", "Who is the officer of Priya and Veltrix?"):
        assert {hit.chunk.source for hit in index.search(query, 4, None, question)} == {"release.html", "policy.md"}
    both = ArticleIndex.build([Article("policy.md", policy + "\n\nVeltrix is our processor."), Article("release.html", release)], fake, settings)
    assert {hit.chunk.source for hit in both.search(query, 4, None, "Who is the CEO of Veltrix?")} == {"release.html", "policy.md"}


def test_in_a_two_passage_article_the_passage_sharing_more_of_the_question_s_words_ranks_first(fake):
    # With two passages every word is in half of them or in all: an idf that is zero or negative
    # there ranked the passage sharing more words lower and overturned the similarity.
    opened, reopened = "The Harbour Museum opened in 1987 on the east quay.", "In 2022 a storm flooded the museum; it reopened later."
    index = ArticleIndex.build([Article("one.txt", f"{opened}\n\n{reopened}\n")], fake, SETTINGS)
    assert [chunk.text for chunk in index.chunks] == [opened, reopened]
    query = fake.embed([opened])[0]  # similarity already favours the right passage
    hits = index.search(query, 2, text="When did the Harbour Museum open?")
    assert hits[0].chunk.text == opened


class RecordingEmbedder(FakeEmbedder):
    """The same vector for every text, so that only the words rank passages; keeps what it embedded."""

    def __init__(self):
        self.embedded: list[str] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.embedded += texts
        return np.ascontiguousarray(np.ones((len(texts), 16), np.float32) / 4)


def test_a_table_row_is_searched_with_each_cell_named_by_its_column():
    # A passage that starts inside a table has no header of its own: "Porto's revenue" found the
    # header's passage (which says "revenue") before the row's (which says only "Porto").
    table = ("Revenue by branch.\n\n| City | Revenue | Staff |\n|---|---|---|\n"
             "| Porto | 2.9 million euros | 75 |\n| Lisbon | 4.2 million euros | 120 |\n")
    embedder = RecordingEmbedder()
    index = ArticleIndex.build([Article("branches.md", table)], embedder, SETTINGS)
    row = next(chunk for chunk in index.chunks if "Porto" in chunk.text)
    assert row.text.endswith("| Porto | 2.9 million euros | 75 |")  # the chunk stays the article's text
    assert any(text.endswith("| City: Porto | Porto, Revenue: 2.9 million euros | Porto, Staff: 75 |") for text in embedder.embedded)
    hits = index.search(embedder.embed(["What was Porto's revenue?"])[0], 3, text="What was Porto's revenue?")
    assert hits[0].chunk == row
