"""The same job done by Haystack and txtai: the same reader weights and the same embedding model,
but their splitting, retrieval, span decoding and no-answer rules, against this project's engine, on
the article question set (answerable F1, refusals of the unanswerable, latency per question).

    pip install 'haystack-ai>=2.10,<3' accelerate txtai     # Haystack 3 moved ExtractiveReader to transformers-haystack
    python bench/compare.py [QUESTIONS] [--article PATH ...]     # default: the seed article's dev questions
    python bench/compare.py ../shared/data/squad/squad-v1.1-dev.jsonl.gz --limit 300 --seed 0   # whole SQuAD articles

Each reads 4 passages, as this project does. Haystack's pipeline is its documented hybrid one:
DocumentSplitter (by words: its sentence splitting needs NLTK data, a download), BM25 and embedding
retrievers fused by reciprocal rank, then ExtractiveReader, which answers "no answer" when that is
its highest-scored answer. txtai's is its RAG pipeline with an extractive model: a hybrid (BM25 +
dense) Embeddings index of the article's paragraphs, the best 4 joined into one context, and its
Questions pipeline, which answers with the best start and best end token, or nothing under 0.05.
SQuAD rows are asked as `qa eval --documents` asks them: each SQuAD article's paragraphs joined
into one document, each question searched within its own article. A system that is not installed is
left out.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.cli import positive  # noqa: E402  (after the path is set)
from index.articles import load_articles  # noqa: E402
from qa.questions import load_questions, sample, squad_articles  # noqa: E402
from qa import Assistant  # noqa: E402
from qa.assistant import PASSAGES_TO_READ, SEED_ARTICLE  # noqa: E402
from qa.metrics import best_over_golds, exact_match, f1  # noqa: E402
from qa.reader import Reader, base_encoder_path  # noqa: E402


def haystack_pipeline(articles, reader_folder: Path, passages: int, words: int, overlap: int):
    from haystack import Document, Pipeline
    from haystack.components.embedders import SentenceTransformersDocumentEmbedder, SentenceTransformersTextEmbedder
    from haystack.components.joiners import DocumentJoiner
    from haystack.components.preprocessors import DocumentSplitter
    from haystack.components.readers import ExtractiveReader
    from haystack.components.retrievers.in_memory import InMemoryBM25Retriever, InMemoryEmbeddingRetriever
    from haystack.document_stores.in_memory import InMemoryDocumentStore

    embedding_model = str(base_encoder_path())
    store = InMemoryDocumentStore()
    splitter = DocumentSplitter(split_by="word", split_length=words, split_overlap=overlap)
    chunks = splitter.run([Document(content=a.text, meta={"name": a.name}) for a in articles])["documents"]
    embedder = SentenceTransformersDocumentEmbedder(model=embedding_model, progress_bar=False)
    embedder.warm_up()
    store.write_documents(embedder.run(chunks)["documents"])

    pipeline = Pipeline()
    pipeline.add_component("query_embedder", SentenceTransformersTextEmbedder(model=embedding_model, progress_bar=False))
    pipeline.add_component("embedding_retriever", InMemoryEmbeddingRetriever(store, top_k=passages))
    pipeline.add_component("bm25_retriever", InMemoryBM25Retriever(store, top_k=passages))
    pipeline.add_component("joiner", DocumentJoiner(join_mode="reciprocal_rank_fusion", top_k=passages))
    pipeline.add_component("reader", ExtractiveReader(model=str(reader_folder), top_k=1, no_answer=True))
    pipeline.connect("query_embedder.embedding", "embedding_retriever.query_embedding")
    pipeline.connect("embedding_retriever", "joiner")
    pipeline.connect("bm25_retriever", "joiner")
    pipeline.connect("joiner", "reader.documents")
    pipeline.warm_up()

    def ask(question: str, source: str | None) -> tuple[str, bool]:
        only = {"field": "meta.name", "operator": "==", "value": source} if source else None
        result = pipeline.run({"query_embedder": {"text": question}, "embedding_retriever": {"filters": only},
                               "bm25_retriever": {"query": question, "filters": only}, "reader": {"query": question}})
        best = result["reader"]["answers"][0]
        return (best.data or "", best.data is not None)

    return ask


def txtai_pipeline(articles, reader_folder: Path, passages: int):
    from txtai import Embeddings
    from txtai.pipeline import RAG

    embeddings = Embeddings(path=str(base_encoder_path()), content=True, hybrid=True)
    embeddings.index([{"text": line, "name": article.name} for article in articles
                      for line in article.text.splitlines() if line.strip()])
    asked_in: dict[str, str | None] = {}

    def search(queries: list[str], limit: int) -> list[list[dict]]:
        """txtai's own hybrid search, within the question's article when it has one."""
        within = " and name = :name" if asked_in["source"] else ""
        return [embeddings.search(f"select id, text, score from txtai where similar(:query){within}", limit,
                                  parameters={"query": query, "name": asked_in["source"]}) for query in queries]

    rag = RAG(search, str(reader_folder), context=passages, task="question-answering")

    def ask(question: str, source: str | None) -> tuple[str, bool]:
        asked_in["source"] = source
        try:
            answer = rag(question)["answer"]
        except TypeError:  # its decoder fails when the best start or end is a special token ("no answer")
            raise Failure from None
        return (answer or "", bool(answer))

    return ask


class Failure(Exception):
    """The system raised an error instead of answering."""


def score(name: str, ask, questions) -> dict:
    """Ask every question once (after one untimed warm-up). A failure scores 0 on an answerable
    question and is not a refusal of an unanswerable one: the user got an error, not "no answer"."""
    try:
        ask(questions[0].text, questions[0].title)
    except Failure:
        pass
    answerable, refused, latencies, failures = [], [], [], 0
    for question in questions:
        started = time.perf_counter()
        failed = False
        try:
            text, answered = ask(question.text, question.title)
        except Failure:
            text, answered, failed = "", False, True
        latencies.append(1000 * (time.perf_counter() - started))
        failures += failed
        if question.golds:
            prediction = text if answered else ""
            answerable.append((best_over_golds(exact_match, prediction, question.golds),
                               best_over_golds(f1, prediction, question.golds)))
        else:
            refused.append(not answered and not failed)
    em, f = (100 * float(np.mean(column)) for column in zip(*answerable))
    return {"system": name, "answerable_em": round(em, 1), "answerable_f1": round(f, 1),
            "refused": f"{sum(refused)} of {len(refused)}", "failed": failures,
            "p50_ms": round(float(np.percentile(latencies, 50)), 1), "p95_ms": round(float(np.percentile(latencies, 95)), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("questions", nargs="?", default=str(ROOT.parent / "shared" / "data" / "article-questions-dev.jsonl"))
    parser.add_argument("--article", action="append", metavar="PATH", help="articles for article-format questions (default: the seed)")
    parser.add_argument("--limit", type=positive, help="ask only this many questions")
    parser.add_argument("--seed", type=int, help="shuffle with this seed before --limit")
    parser.add_argument("--words", type=positive, default=100, help="Haystack passage length in words (default: %(default)s)")
    parser.add_argument("--overlap", type=int, default=20, help="Haystack passage overlap in words (default: %(default)s)")
    args = parser.parse_args()
    question_set = load_questions(args.questions)
    questions = sample(question_set.questions, args.limit, args.seed)
    if questions[0].context is not None:  # SQuAD rows: whole articles, each question within its own
        titles = {q.title for q in questions}
        articles = [a for a in squad_articles(question_set.questions) if a.name in titles]
    else:
        articles = load_articles(args.article or [SEED_ARTICLE])
        questions = [replace(q, title=None) for q in questions]

    with tempfile.TemporaryDirectory() as folder:
        # Our reader as a plain Hugging Face checkpoint (word embeddings included), so the others load it.
        reader = Reader.load()
        reader.model.save_pretrained(folder)
        reader.tokenizer.save_pretrained(folder)
        assistant = Assistant.from_articles(articles, reader=reader, index_dir=Path(folder) / "index", log=None)

        def ask_ours(question: str, source: str | None) -> tuple[str, bool]:
            answer = assistant.ask(question, sources=[source] if source else None)
            return answer.text, answer.answered

        systems = {"this project": ask_ours}
        if importlib.util.find_spec("haystack"):
            from haystack import __version__ as haystack_version

            systems[f"Haystack {haystack_version}"] = haystack_pipeline(articles, Path(folder), PASSAGES_TO_READ, args.words, args.overlap)
        if importlib.util.find_spec("txtai"):
            from txtai.version import __version__ as txtai_version

            systems[f"txtai {txtai_version}"] = txtai_pipeline(articles, Path(folder), PASSAGES_TO_READ)
        rows = [score(name, ask, questions) for name, ask in systems.items()]
    print(f"{len(questions)} questions over {len(articles)} article(s); each system reads {PASSAGES_TO_READ} passages")
    for row in rows:
        print(json.dumps(row))


if __name__ == "__main__":
    main()
