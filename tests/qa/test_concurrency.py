"""One Assistant shared by several threads (as the web app shares it) answers as it does alone."""
from __future__ import annotations

import random
import threading
from concurrent.futures import ThreadPoolExecutor


from index.articles import Article
from qa.assistant import Assistant
from qa.questions import QuestionError

from test_assistant import QUESTIONS, same

THREADS = 6


def run_together(jobs):
    """Run the callables on THREADS threads released at once; their results in order."""
    assert len(jobs) <= THREADS  # each job on a thread of its own, all waiting at the barrier
    start = threading.Barrier(len(jobs))

    def wait_then(job):
        start.wait(timeout=60)  # a broken barrier (the threads never met) fails the test
        return job()

    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(wait_then, jobs))


def test_threads_get_the_same_answers_as_one_thread(seed_assistant):
    alone = {q: seed_assistant.ask(q) for q in QUESTIONS}
    jobs = []
    for thread in range(THREADS):
        order = QUESTIONS[:]
        random.Random(thread).shuffle(order)
        jobs.append(lambda order=order: [(q, seed_assistant.ask(q)) for q in order])
    for results in run_together(jobs):
        for question, answer in results:
            assert same(answer, alone[question]), question


def test_bad_questions_in_some_threads_do_not_disturb_the_others(seed_assistant):
    good = QUESTIONS[:4]
    alone = {q: seed_assistant.ask(q) for q in good}

    def bad():
        errors = []
        for question in ["", "x" * 100_000, "\x00\x00", None]:
            try:
                seed_assistant.ask(question)
            except QuestionError as error:
                errors.append(str(error))
        return errors

    jobs = [bad if i % 2 else (lambda: [(q, seed_assistant.ask(q)) for q in good]) for i in range(THREADS)]
    for i, result in enumerate(run_together(jobs)):
        if i % 2:
            assert len(result) == 4
        else:
            assert all(same(answer, alone[q]) for q, answer in result)


def test_find_many_and_ask_from_threads_agree(seed_assistant):
    alone = [seed_assistant.decide(f) for f in seed_assistant.find_many(QUESTIONS)]
    jobs = [lambda: [seed_assistant.decide(f) for f in seed_assistant.find_many(QUESTIONS)],
            lambda: [seed_assistant.ask(q) for q in QUESTIONS]] * (THREADS // 2)
    for answers in run_together(jobs):  # batched and single reads differ by float noise only
        assert all(same(a, b, tolerance=1e-4) for a, b in zip(answers, alone))


def test_adding_an_article_while_other_threads_ask(tmp_path, embedder, shipped_reader, monkeypatch):
    import qa.assistant

    monkeypatch.setattr(qa.assistant, "INDEX_CACHE", tmp_path / "cache")
    first = Article("first.txt", "The lighthouse keeper is Ada Brown. She lit the lamp at dusk every evening.")
    assistant = Assistant.from_articles([first], reader=shipped_reader, embedder=embedder,
                                        index_dir=tmp_path / "index", log=lambda message: None)
    question = "Who is the lighthouse keeper?"
    alone = assistant.ask(question, sources=["first.txt"])
    seconds = [Article(f"second-{i}.txt", f"Story {i}: the baker opened a shop on Main Street.") for i in range(3)]

    def add(article):
        return lambda: assistant.add_article(article, log=lambda message: None)

    jobs = [lambda: [assistant.ask(question, sources=["first.txt"]) for _ in range(3)] for _ in range(THREADS - 3)]
    results = run_together(jobs + [add(article) for article in seconds])
    for answers in results[: THREADS - 3]:
        assert all(same(answer, alone) for answer in answers)
    assert sorted(assistant.articles) == ["first.txt", *(a.name for a in seconds)]
    assert set(assistant.index.articles) == set(assistant.articles)
    assert same(assistant.ask(question, sources=["first.txt"]), alone)


def test_questions_are_answered_while_a_long_article_is_indexed(tmp_path, embedder, shipped_reader, monkeypatch):
    import qa.assistant

    monkeypatch.setattr(qa.assistant, "INDEX_CACHE", tmp_path / "cache")
    first = Article("first.txt", "The lighthouse keeper is Ada Brown. She lit the lamp at dusk every evening.")
    assistant = Assistant.from_articles([first], reader=shipped_reader, embedder=embedder,
                                        index_dir=tmp_path / "index", log=lambda message: None)
    days = [f"Day {i}: the baker on Main Street sold {i} loaves of rye bread before noon." for i in range(2500)]
    days[1234] += " That evening the old mill burned down, and Tom Okafor rebuilt it within a month."
    long_article = Article("long.txt", "\n\n".join(days))
    embedding_started, progress = threading.Event(), []

    def log(message):
        progress.append(message)
        embedding_started.set()

    adding = threading.Thread(target=assistant.add_article, args=(long_article, log))
    adding.start()
    assert embedding_started.wait(timeout=120)
    answer = assistant.ask("Who is the lighthouse keeper?")
    still_indexing = adding.is_alive()
    adding.join(timeout=300)
    assert answer.text == "Ada Brown" and answer.source == "first.txt"
    assert still_indexing, "the question waited for the whole article to be indexed"
    assert assistant.articles == ["first.txt", "long.txt"]
    embedded = len(assistant.index.passages()["long.txt"][1])  # its passages' vectors and its "Day N: …" lines'
    assert progress[0] == f"Embedding long.txt: 64 of {embedded:,} passages and lines"
    assert progress[-1] == f"Embedding long.txt: {embedded:,} of {embedded:,} passages and lines"
    assert assistant.ask("Who rebuilt the old mill?").text == "Tom Okafor"


def test_an_article_replaced_while_a_question_is_read_waits_for_its_answer(tmp_path, embedder, shipped_reader):
    # A review's: replaced between the question's reading and its answer's deciding, the article's new text had been
    # sliced at the old offsets ("sting purpose", 0.9), or a removed one's name raised KeyError out of ask().
    first = "The café on Rue Amélie was founded by José Martínez in 1998. It serves 400 customers every day.\n"
    path = tmp_path / "cafe.txt"
    path.write_text(first, encoding="utf-8")
    assistant = Assistant.from_files([path], reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                     log=lambda message: None)
    find_many, replacing = assistant.find_many, []

    def find_then_replace(*args, **kwargs):
        findings = find_many(*args, **kwargs)
        if not replacing:  # once: another thread replaces the article, and is given its time to (it waits for the answer)
            path.write_text("A short preface line added here for testing purposes only.\n\n" + first, encoding="utf-8")
            replacing.append(threading.Thread(target=assistant.add_article, args=(path,)))
            replacing[0].start()
            replacing[0].join(timeout=2)
        return findings

    assistant.find_many = find_then_replace
    answer = assistant.ask("Who founded the café?")
    replacing[0].join(timeout=60)
    assert (answer.text, first[answer.start:answer.end]) == ("José Martínez", "José Martínez")
    assert assistant.ask("Who founded the café?").start == answer.start + len("A short preface line added here for testing purposes only.\n\n")
