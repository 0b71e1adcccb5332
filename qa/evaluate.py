"""Evaluation runs: ask a question set, score the replies with the official SQuAD metrics, and
sweep the no-answer threshold over the same readings.

Three ways to run:
- the article question format, asked one question at a time through the Assistant over the
  given articles (real per-question latency);
- SQuAD rows read by the reader on each question's own paragraph (`--reader-only`);
- SQuAD rows asked through the Assistant over whole SQuAD articles, each one's paragraphs joined
  into one document and each question restricted to its own article (`--documents`), so that
  retrieval is tested too.
Every question is retrieved and read once; the reply at any threshold follows from that reading.
`--compare-to` sets this run's replies beside an earlier run's (qa/compare.py).
"""
from __future__ import annotations

import bisect
import gzip
import json
import math
import sys
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

import numpy as np
from tqdm import tqdm

from index.articles import SUFFIXES, load_articles
from index.chunking import Chunk
from qa.answer import Answer, Citation
from qa.cli import positive
from qa.metrics import holds_words, normalize_answer, reply_scores
from qa.questions import (NO_TYPE, AnswerSpan, Question, QuestionSet, QuestionSetError, answer_spans, check_answers_in,
                          load_questions, sample, squad_articles)
from qa.reader import DEFAULT_THRESHOLD, READER_META, SHIPPED_READER, Reader, is_hub_id, reset_threshold, save_threshold
from qa.spans import answers, no_answer_share
from qa.writing import MOST_DECIMALS, json_line, naming_the_file, threshold_text, why_unwritable

if TYPE_CHECKING:  # the Assistant brings the article index; reading own paragraphs (and training) needs none of it
    from qa.assistant import Assistant, Finding

GRID = tuple(i / 100 for i in range(101))  # the sweep's no-answer thresholds, with those `sweep_thresholds` adds
RETRIEVAL_DEPTH = 5  # passages retrieved per question, for recall@1/3/5 and MRR
CITED = 3  # passages a reply cites, as `Assistant.ask` does
BATCH_SIZE = 32  # questions per batch in the batched runs
FEW_TO_TUNE_ON = 30  # a threshold saved from fewer questions is said to be tuned on few (API audit: 0.0002 from 6)
# A threshold within FAR_FROM_DEFAULT of 0 or 1 turns on the few questions whose no-answer probabilities lie that far
# out: saved from fewer than FEW_FOR_A_FAR_ONE questions it is said to be, and what it does (0.000005 from 40, unsaid:
# eval review).
FAR_FROM_DEFAULT = 0.01
FEW_FOR_A_FAR_ONE = 200
BATCH_LATENCY = f"a batch's wall time divided by its size (batches of up to {BATCH_SIZE} questions)"


# ---------------------------------------------------------------- outcomes

@dataclass(frozen=True)
class Passage:
    source: str
    start: int  # [start, end) in its article
    end: int
    text: str

    def holds(self, span: AnswerSpan) -> bool:
        return span.document == self.source and self.start <= span.start and span.end <= self.end

    def holds_words_of(self, gold: str) -> bool:
        """Whether the gold's words are in the passage, as whole words (`holds_words`), both normalised as
        SQuAD's metrics do ("four" is not in "fourth", "L" not in "London")."""
        return holds_words(normalize_answer(self.text), normalize_answer(gold))


@dataclass(frozen=True)
class Outcome:
    """What the system made of one question, kept so that the reply can be re-decided at any threshold."""

    question: Question
    span: str | None  # the best span: the reply whenever the system answers
    span_probability: float
    no_answer_probability: float
    latency_ms: float
    retrieved: tuple[Passage, ...] = ()  # closest first; empty when the run retrieves nothing
    cited: tuple[Passage, ...] = ()  # the passages the reply at the run's threshold cites
    logits: tuple[float, ...] = ()  # the reading's candidates' uncalibrated log-odds, best first (for `qa calibrate`)
    answer_spans: tuple[AnswerSpan, ...] = ()  # where the golds are in the documents searched, when known (SQuAD)
    answer_probability: float | None = None  # the span's and its same answer's read otherwise (qa/spans.py); None: the span's own

    def answered(self, threshold: float) -> bool:
        return answers(None if self.span is None else self.answer_likelihood, self.no_answer_probability, threshold)

    @property
    def answer_likelihood(self) -> float:
        """How likely the best span's answer is (`answer_probability`, else the span's own)."""
        return self.span_probability if self.answer_probability is None else self.answer_probability

    @property
    def deciding_probabilities(self) -> set[float]:
        """Where the abstention rule's outcome may turn, as the threshold rises (qa/spans.py `answers`)."""
        return {self.no_answer_probability, no_answer_share(self.answer_likelihood, self.no_answer_probability)}

    def reply(self, threshold: float) -> str:
        return self.span if self.answered(threshold) else ""

    def score(self, threshold: float) -> float:
        """The probability of the reply given: the span's, or that of no answer."""
        return self.span_probability if self.answered(threshold) else self.no_answer_probability

    def scores(self, threshold: float) -> tuple[float, float]:
        """(EM, F1) of the reply, 0-100."""
        return self._span_scores if self.answered(threshold) else self._abstain_scores

    # Computed once: a sweep asks for them at every threshold.
    @cached_property
    def _span_scores(self) -> tuple[float, float]:
        return self._scores_of(self.span or "")

    @cached_property
    def _abstain_scores(self) -> tuple[float, float]:
        return self._scores_of("")

    def _scores_of(self, reply: str) -> tuple[float, float]:
        return reply_scores(reply, list(self.question.golds))

    @cached_property
    def relevant_rank(self) -> int | None:
        """Rank (from 1) of the first retrieved passage holding a gold answer; None if none does.
        Where the golds' places are known, a passage holds one when it holds that very occurrence
        (not the same words elsewhere); else when it holds its words (`Passage.holds_words_of`)."""
        return next((rank for rank, passage in enumerate(self.retrieved, start=1)
                     if holds_gold(passage, self.question.golds, self.answer_spans)), None)


def holds_gold(passage: Passage, golds: list[str], spans: tuple[AnswerSpan, ...] = ()) -> bool:
    """Whether a retrieved passage is relevant: it holds a gold's own occurrence where those are
    known (`spans`, SQuAD), else a gold's words (`Passage.holds_words_of`)."""
    if spans:
        return any(passage.holds(span) for span in spans)
    return any(passage.holds_words_of(gold) for gold in golds)


@dataclass(frozen=True)
class Run:
    outcomes: list[Outcome]  # in the question set's order
    threshold: float  # the no-answer threshold of the reported replies
    retrieval: bool  # whether passages were retrieved (not when each question's paragraph is given)
    description: str  # what was asked of what, in words
    latency: str  # how latency was measured, in words
    reader: str | None = None  # which reader read (`Reader.identity`): reports of readers compared must say so
    # where the threshold comes from, in words (`Assistant.threshold_source`, `Reader.threshold_source`): a saved one
    # had gone unnoticed (eval review); None where unknown (a run made by hand)
    threshold_source: str | None = None


def _progress(total: int, show: bool) -> tqdm:
    """A progress bar on stderr, only where stderr is a terminal: redirected, its frames would fill a log."""
    return tqdm(total=total, unit="q", desc="questions", file=sys.stderr, disable=not (show and sys.stderr.isatty()),
                dynamic_ncols=True)


def passage_of(assistant: Assistant, place: Chunk | Citation) -> Passage:
    """A retrieved or cited passage, its text as its article reads (a Markdown article's without its markup)."""
    return Passage(place.source, place.start, place.end, assistant.text_as_read(place.source, place.start, place.end))


def _reply(assistant: Assistant, finding: Finding) -> Answer:
    """The reply `Assistant.ask` would give: retrieval goes RETRIEVAL_DEPTH deep, citations CITED."""
    return assistant.decide(replace(finding, top_k=CITED))


def _assistant_outcome(assistant: Assistant, question: Question, finding: Finding, reply: Answer,
                       latency_ms: float, spans: tuple[AnswerSpan, ...] = ()) -> Outcome:
    best = assistant.decide(finding, math.inf)  # the span it gives whenever it answers, scored as it reads
    return Outcome(question, assistant.answer_as_read(best) if best.answered else None, best.score if best.answered else 0.0,
                   finding.reading.no_answer_probability, latency_ms,
                   tuple(passage_of(assistant, hit.chunk) for hit in finding.hits[:RETRIEVAL_DEPTH]),
                   tuple(passage_of(assistant, c) for c in reply.citations),
                   tuple(c.logit for c in finding.reading.candidates), spans,
                   finding.reading.answer_probability(lambda span: assistant.span_text(finding, span)))


WARM_UP_QUESTION = "Where did it happen?"


def ask_one_by_one(assistant: Assistant, questions: list[Question], progress: bool = True) -> Run:
    """Each question asked alone (retrieve, read, decide), so its latency is a real question's; after one asked untimed,
    as the models' first use takes longer (the first of 40 had taken 797 ms against 60–170, the script author's)."""
    outcomes = []
    if questions:  # a question of its own: the first one's work cached would time it low (the session's review)
        assistant.find(WARM_UP_QUESTION, RETRIEVAL_DEPTH)
    with _progress(len(questions), progress) as bar:
        for question in questions:
            started = time.perf_counter()
            finding = assistant.find(question.text, RETRIEVAL_DEPTH)
            reply = _reply(assistant, finding)
            latency_ms = 1000 * (time.perf_counter() - started)
            outcomes.append(_assistant_outcome(assistant, question, finding, reply, latency_ms))
            bar.update()
    names = ", ".join(assistant.articles)
    return Run(outcomes, assistant.no_answer_threshold, True,
               f"asked one at a time through the Assistant over {names}",
               "per question, asked alone: retrieval, reading and the decision", assistant.reader.identity,
               assistant.threshold_source)


def _batches(questions: list[Question], key: Callable[[Question], object]) -> Iterator[list[int]]:
    """Indexes of questions sharing a key, at most BATCH_SIZE at a time."""
    groups: dict[object, list[int]] = {}
    for index, question in enumerate(questions):
        groups.setdefault(key(question), []).append(index)
    for members in groups.values():
        for first in range(0, len(members), BATCH_SIZE):
            yield members[first : first + BATCH_SIZE]


def ask_by_article(assistant: Assistant, questions: list[Question], progress: bool = True) -> Run:
    """SQuAD questions asked through the Assistant a batch at a time (each read on its own, as `ask`
    reads it), each restricted to its own article."""
    outcomes: list[Outcome | None] = [None] * len(questions)
    with _progress(len(questions), progress) as bar:
        for batch in _batches(questions, lambda q: q.document):
            started = time.perf_counter()
            document = questions[batch[0]].document
            findings = assistant.find_many([questions[i].text for i in batch], RETRIEVAL_DEPTH, sources=[document])
            replies = [_reply(assistant, finding) for finding in findings]
            latency_ms = 1000 * (time.perf_counter() - started) / len(batch)
            text = assistant.index.articles[document].text
            for index, finding, reply in zip(batch, findings, replies):
                outcomes[index] = _assistant_outcome(assistant, questions[index], finding, reply, latency_ms,
                                                     answer_spans(questions[index], text))
            bar.update(len(batch))
    return Run(outcomes, assistant.no_answer_threshold, True,
               f"asked through the Assistant over {len(assistant.articles)} SQuAD article(s), "
               "each question restricted to its own article", BATCH_LATENCY, assistant.reader.identity,
               assistant.threshold_source)


def read_own_paragraphs(reader: Reader, questions: list[Question], threshold: float, progress: bool = True) -> Run:
    """SQuAD questions read by the reader on their own paragraphs, in batches: no retrieval."""
    outcomes = []
    with _progress(len(questions), progress) as bar:
        for batch in _batches(questions, lambda q: None):
            started = time.perf_counter()
            readings = reader.read_many([questions[i].text for i in batch], [[questions[i].context] for i in batch])
            latency_ms = 1000 * (time.perf_counter() - started) / len(batch)
            for index, reading in zip(batch, readings):
                question, best = questions[index], reading.best
                paragraph = Passage(question.document, 0, len(question.context), question.context)
                outcomes.append(Outcome(question, question.context[best.start : best.end] if best else None,
                                        best.probability if best else 0.0, reading.no_answer_probability,
                                        latency_ms, cited=(paragraph,), logits=tuple(c.logit for c in reading.candidates),
                                        answer_probability=reading.answer_probability(
                                            lambda span: question.context[span.start:span.end])))
            bar.update(len(batch))
    return Run(outcomes, threshold, False, "read by the reader on each question's own paragraph", BATCH_LATENCY,
               reader.identity)


# ---------------------------------------------------------------- metrics

def _mean(values: list[float]) -> float | None:
    return float(np.mean(values)) if values else None


def _em_f1(outcomes: list[Outcome], threshold: float) -> dict:
    scores = [o.scores(threshold) for o in outcomes]
    return {"exact_match": _mean([em for em, _ in scores]), "f1": _mean([f for _, f in scores])}


def _abstained(outcomes: list[Outcome], threshold: float) -> float | None:
    """The share of unanswerable questions abstained on: their exact match, so that a reply that
    normalises to nothing ("the") counts as an abstention here as in EM and F1 (the official v2 script)."""
    return _mean([o.scores(threshold)[0] for o in outcomes])


def _by_type(outcomes: list[Outcome], threshold: float) -> dict:
    """Scores per question type in name order, so that every question is in one row: those
    without a type last, in the NO_TYPE row. Types differing only in case are one row ("Date" and
    "date"), named as the first outcome spells it (a loaded set's are spelt alike, as its file first
    spells them: `load_questions`). A set without types has no rows."""
    if not any(o.question.type for o in outcomes):
        return {}
    names: dict[str, str] = {}
    for o in outcomes:
        if o.question.type:
            names.setdefault(o.question.type.casefold(), o.question.type)
    groups: dict[str, list[Outcome]] = {}
    for o in sorted(outcomes, key=lambda o: (not o.question.type, (o.question.type or "").casefold())):
        groups.setdefault(names[o.question.type.casefold()] if o.question.type else NO_TYPE, []).append(o)
    return {kind: {"n": len(group), **_em_f1(group, threshold)} for kind, group in groups.items()}


def summarize(run: Run) -> dict:
    """The run's metrics (0-100, None where not applicable) at its threshold: the schema of `qa eval --json-out`."""
    if not run.outcomes:
        raise QuestionSetError("no questions to evaluate")
    t = run.threshold
    answerable = [o for o in run.outcomes if o.question.golds]
    unanswerable = [o for o in run.outcomes if not o.question.golds]
    # Retrieval is scored on answerable questions only: for the others no passage is relevant.
    ranks = [o.relevant_rank for o in answerable] if run.retrieval else []
    latencies = [o.latency_ms for o in run.outcomes]
    return {
        "n": len(run.outcomes),
        **_em_f1(run.outcomes, t),
        "has_answer": {"n": len(answerable), **_em_f1(answerable, t)},
        "no_answer": {"n": len(unanswerable), "accuracy": _abstained(unanswerable, t)},
        "retrieval": {
            **{f"recall_at_{k}": _mean([100.0 if r and r <= k else 0.0 for r in ranks]) for k in (1, 3, 5)},
            "mrr": _mean([100 / r if r else 0.0 for r in ranks]),
        },
        "latency_ms": {"p50": float(np.percentile(latencies, 50)), "p95": float(np.percentile(latencies, 95))},
        "threshold": run.threshold,
        "threshold_source": run.threshold_source,
        "reader": run.reader,
        "by_type": _by_type(run.outcomes, t),
    }


RELIABILITY_BINS = 10


@dataclass(frozen=True)
class Reliability:
    """Reply scores against how often the replies are right (exact match; abstaining on an
    unanswerable question), in RELIABILITY_BINS equal bins of the score."""

    edges: np.ndarray
    counts: np.ndarray  # replies per bin
    right: np.ndarray  # share right per bin (0 in empty bins)
    mean_score: np.ndarray  # mean score per bin (0 in empty bins)

    @property
    def calibration_error(self) -> float:
        """Expected calibration error, 0-100: the count-weighted gap between score and share right."""
        return float(100 * np.sum(self.counts * np.abs(self.right - self.mean_score)) / max(self.counts.sum(), 1))


def reliability(outcomes: list[Outcome], threshold: float) -> Reliability:
    scores = np.array([o.score(threshold) for o in outcomes])
    right = np.array([o.scores(threshold)[0] == 100 for o in outcomes], dtype=float)
    edges = np.linspace(0, 1, RELIABILITY_BINS + 1)
    bins = np.clip(np.digitize(scores, edges) - 1, 0, RELIABILITY_BINS - 1)
    counts = np.bincount(bins, minlength=RELIABILITY_BINS)
    per_bin = lambda values: np.array([values[bins == b].mean() if counts[b] else 0.0 for b in range(RELIABILITY_BINS)])
    return Reliability(edges, counts, per_bin(right), per_bin(scores))


@dataclass(frozen=True)
class SweepPoint:
    threshold: float
    exact_match: float
    f1: float
    has_answer_f1: float | None
    no_answer_accuracy: float | None
    answered: int  # questions answered
    # The scores hold at any threshold above this, up to `threshold`: the highest probability where a decision turns
    # under it (`Outcome.deciding_probabilities`; 0 for none); the report's plot steps there, not at the threshold, which has few decimals.
    holds_from: float = 0.0


def _shortest_decimal_above(low: float, high: float) -> float | None:
    """The number of fewest decimals (2 to MOST_DECIMALS) in (low, high], or None where there is none."""
    for places in range(2, MOST_DECIMALS + 1):
        candidate = round(low, places)
        if candidate <= low:
            candidate = round(candidate + 10 ** -places, places)
        if candidate <= high:
            return candidate
    return None


def _deciding_probabilities(outcomes: list[Outcome]) -> list[float]:
    """Every probability where an outcome's decision may turn as the threshold rises, in order."""
    return sorted(set().union(*(o.deciding_probabilities for o in outcomes if o.span is not None)))


def sweep_thresholds(outcomes: list[Outcome]) -> list[float]:
    """GRID, and a threshold between each two neighbouring probabilities where a decision turns
    (`Outcome.deciding_probabilities`) that it falls between: readers put most no-answer probabilities
    within 0.01 of 0 or 1, where GRID's steps would hide every choice."""
    probabilities = _deciding_probabilities(outcomes)
    added = (_shortest_decimal_above(low, high) for low, high in zip(probabilities, [*probabilities[1:], 1.0]))
    return sorted(set(GRID) | {t for t in added if t is not None})


def sweep(run: Run) -> list[SweepPoint]:
    """The scores the run's readings would get at each threshold of `sweep_thresholds`, and at the run's own (of
    any decimals): a tie with it keeps it (`best_threshold`), where 0.004 used had been replaced by 0.01, its equal."""
    answerable = [o for o in run.outcomes if o.question.golds]
    unanswerable = [o for o in run.outcomes if not o.question.golds]
    probabilities = _deciding_probabilities(run.outcomes)
    used = {run.threshold} if 0 <= run.threshold <= 1 else set()  # not one over 1 ("always answer"), which no setting is
    points = []
    for t in sorted(set(sweep_thresholds(run.outcomes)) | used):
        overall = _em_f1(run.outcomes, t)
        passed = probabilities[:bisect.bisect_left(probabilities, t)]
        points.append(SweepPoint(t, overall["exact_match"], overall["f1"], _em_f1(answerable, t)["f1"],
                                 _abstained(unanswerable, t), sum(o.answered(t) for o in run.outcomes), passed[-1] if passed else 0.0))
    return points


def best_threshold(points: list[SweepPoint], current: float) -> SweepPoint:
    """The point of highest F1. Of equally good ones, one that answers some question (refusing
    every question is no setting for an assistant, and `--save-threshold` keeps none), and of those
    the closest to the current threshold: the set gives no reason to move it further."""
    top = max(p.f1 for p in points)
    return min((p for p in points if math.isclose(p.f1, top)), key=lambda p: (p.answered == 0, abs(p.threshold - current)))


def prediction_records(run: Run) -> list[dict]:
    """One record per question for `--predictions`: the reply at the run's threshold and its scores,
    what the reader would have said where it abstained (`best_span`), the passages cited and where
    those retrieved lie, and the threshold and reader, so that a file read alone says what made it."""
    records = []
    for o in run.outcomes:
        em, f = o.scores(run.threshold)
        records.append({"id": o.question.id, "question": o.question.text, "type": o.question.type,
                        "gold": list(o.question.golds), "prediction": o.reply(run.threshold),
                        "answered": o.answered(run.threshold), "score": o.score(run.threshold),
                        "best_span": o.span, "span_probability": o.span_probability,
                        "answer_probability": o.answer_likelihood,
                        "no_answer_probability": o.no_answer_probability, "exact_match": em, "f1": f,
                        "latency_ms": o.latency_ms, "passages": [asdict(p) for p in o.cited],
                        # Where, not what: the texts of every question's retrieved passages would multiply the file.
                        "retrieved": [{"source": p.source, "start": p.start, "end": p.end} for p in o.retrieved],
                        "relevant_rank": o.relevant_rank if run.retrieval and o.question.golds else None,
                        "threshold": run.threshold, "reader": run.reader})
    return records


@contextmanager
def _written(path: Path):
    """`path` opened to write text: UTF-8 whatever the locale (which may not hold the articles'
    characters), gzipped when the name ends in `.gz`."""
    with naming_the_file(path), (gzip.open if path.suffix.lower() == ".gz" else open)(path, "wt", encoding="utf-8") as file:
        yield file


def write_predictions(path: Path, records: list[dict]) -> None:
    """The records as JSON Lines, as `--compare-to` reads them back."""
    with _written(path) as file:
        file.writelines(json_line(r) + "\n" for r in records)


# ---------------------------------------------------------------- the `qa eval` command

def add_arguments(parser) -> None:
    """`qa eval`'s own options (cli.py adds --article, --reader and --index-dir)."""
    parser.add_argument("questions", metavar="QUESTIONS",
                        help="JSON Lines (.jsonl or .jsonl.gz): the article question format, or SQuAD rows")
    way = parser.add_mutually_exclusive_group()
    way.add_argument("--reader-only", action="store_true",
                     help="SQuAD rows: the reader reads each question's own paragraph (no retrieval)")
    way.add_argument("--documents", action="store_true",
                     help="SQuAD rows: each article's paragraphs joined into one document, asked end to end")
    parser.add_argument("--limit", type=positive, metavar="N", help="evaluate only N questions")
    parser.add_argument("--seed", type=int, help="shuffle the questions with this seed before --limit (default: file order)")
    parser.add_argument("--json-out", metavar="FILE", help="write the metrics as JSON")
    parser.add_argument("--predictions", metavar="FILE", help="write one JSON line per question")
    parser.add_argument("--report", metavar="DIR", help="write a Markdown report with plots")
    parser.add_argument("--compare-to", metavar="FILE",
                        help="an earlier run's --predictions file: show which questions got better or worse since")
    threshold = parser.add_mutually_exclusive_group()
    threshold.add_argument("--save-threshold", action="store_true",
                           help="make the best-F1 no-answer threshold the default: the assistant's for these articles, "
                                "or with --reader-only the reader's (in its reader.json)")
    threshold.add_argument("--reset-threshold", action="store_true",
                           help="forget the threshold --save-threshold kept, for these articles (or with --reader-only "
                                "the reader's), before the run: the default holds again")


def _check_options(args, question_set: QuestionSet) -> None:
    """Refuse option mixes that cannot work, before any model is loaded."""
    if question_set.squad:
        if args.article:
            raise ValueError("--article is for the article question format; SQuAD rows bring their own paragraphs")
        if not (args.reader_only or args.documents):
            raise ValueError(f"{question_set.path} holds SQuAD rows: choose --reader-only (each question's own "
                             "paragraph) or --documents (end to end over whole articles)")
    elif args.reader_only or args.documents:
        raise ValueError(f"--reader-only and --documents are for SQuAD rows; {question_set.path} is in the article question format")
    if args.reader_only and args.index_dir:
        raise ValueError("--index-dir is for runs that search articles; --reader-only reads each question's own paragraph, with no index")


def _outputs(args) -> list[tuple[str, Path, bool]]:
    """(option, path, whether it names a folder) for each output asked for."""
    outputs = [(option, Path(path), False) for option, path in (("--json-out", args.json_out), ("--predictions", args.predictions)) if path]
    return outputs + ([("--report", Path(args.report), True)] if args.report else [])


def _check_output_kinds(args) -> None:
    """Refuse a folder given for an output file, or a file for the report's folder: first, since what
    else is wrong with such a path (`report.md` in the file `x.md`) would be about a path that cannot be."""
    for option, path, is_folder in _outputs(args):
        if path.exists() and path.is_dir() != is_folder:
            raise ValueError(f"{option} {path}: is a {'file' if is_folder else 'folder'}; give {'a folder' if is_folder else 'a file name'}")


def _prepare_outputs(args, report_files: tuple[str, ...]) -> list[Path]:
    """Make the folders the outputs go in, and refuse paths that cannot be written, before the run
    rather than after it (when its results would be lost); the folders made, outermost first."""
    made: list[Path] = []
    try:
        for option, path, is_folder in _outputs(args):
            folder = path if is_folder else path.parent
            # Judged resolved: "new/../rep" does not exist until "new" is made, but "rep" may, and is not ours to remove.
            missing = [f for f in [folder, *folder.parents] if not f.resolve().exists()]
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise ValueError(f"{option} {path}: cannot be written ({error.strerror or error})") from None
            made += reversed(missing)
            for file in [path / name for name in report_files] if is_folder else [path]:
                _check_can_write(option, file)
    except ValueError:
        _remove_empty(made)
        raise
    return made


def _remove_empty(folders: list[Path]) -> None:
    """Remove what is still empty of `folders` (made outermost first): a run refused or stopped
    before writing its outputs leaves no folder made for them behind."""
    for folder in reversed(folders):
        try:
            folder.rmdir()
        except OSError:
            pass


def _check_can_write(option: str, path: Path) -> None:
    """Refuse a file that cannot be written."""
    if why := why_unwritable(path):
        raise ValueError(f"{option} {path}: cannot be written ({why})")


def _check_outputs_are_distinct(args, report_files: tuple[str, ...]) -> None:
    """Refuse an output that is an input or another output (paths compared resolved, so that
    `./q.jsonl` and `q.jsonl` are one): writing it would overwrite the other."""
    inputs = [("the question file", args.questions), ("--compare-to", args.compare_to)]
    inputs += [("--article", article) for article in args.article or []]
    outputs = [("--json-out", args.json_out), ("--predictions", args.predictions)]
    outputs += [("--report", Path(args.report) / name) for name in report_files] if args.report else []
    taken = {Path(path).resolve(): what for what, path in inputs if path}
    article_folders = [Path(article).resolve() for article in args.article or [] if Path(article).is_dir()]
    for option, path in outputs:
        if not path:
            continue
        resolved = Path(path).resolve()
        if resolved in taken:
            raise ValueError(f"{option} {path}: is {taken[resolved]} too, which it would overwrite; give another file")
        if resolved.suffix.lower() in SUFFIXES and any(resolved.is_relative_to(folder) for folder in article_folders):
            raise ValueError(f"{option} {path}: is in a folder given as --article, whose articles it would join; give another place")
        taken[resolved] = option


def check_reader_keeps_threshold(reader: str | None, option: str) -> None:
    """Refuse, before a run, a reader that cannot keep a threshold: only a reader folder with a
    reader.json, written by `qa train-reader`, can (not a hub id, nor another checkpoint)."""
    folder = Path(reader or SHIPPED_READER)
    meta_file = folder / READER_META
    if not folder.exists() and not is_hub_id(str(folder)):  # said before the threshold: the reader itself is missing
        raise ValueError(f"{option}: no reader model at {folder}")
    if not meta_file.is_file():
        raise ValueError(f"{option}: {folder} has no {READER_META}; only reader folders written by `qa train-reader` keep a threshold")
    if why := why_unwritable(meta_file.with_suffix(".tmp")):  # written there, then moved over it
        raise ValueError(f"{option}: {meta_file} cannot be written ({why})")


def _check_threshold_can_be_saved(args, questions: list[Question]) -> None:
    """--save-threshold needs both kinds of question: on answerable ones alone the best threshold
    is to always answer, on unanswerable ones alone never to; and a place to keep it."""
    kinds = {bool(q.golds) for q in questions}
    if len(kinds) < 2:
        kind = "answerable" if True in kinds else "unanswerable"
        which = "the one question is" if len(questions) == 1 else f"all {len(questions):,} questions are"
        raise ValueError(f"--save-threshold: {which} {kind}, so the best threshold would be to always answer "
                         "or never; use a set with both")
    if args.reader_only:
        check_reader_keeps_threshold(args.reader, "--save-threshold")


def _check_articles_keep_threshold(assistant: Assistant) -> None:
    """Refuse, before the run, an index folder the threshold cannot be written to (a read-only one,
    which the assistant answers from memory): the save comes after the whole run."""
    from qa.assistant import SETTINGS_FILE

    settings = assistant.index_dir / SETTINGS_FILE
    if why := why_unwritable(settings):
        raise ValueError(f"--save-threshold: {settings} cannot be written ({why}); give an --index-dir where it can be")


def _save_threshold(assistant: Assistant | None, reader: str | None, threshold: float) -> Path:
    """Keep the threshold for the articles (or, with no assistant, in the reader)."""
    return assistant.save_threshold(threshold) if assistant else save_threshold(Path(reader or SHIPPED_READER), threshold)


def _say_reset(removed: Path | None, place: str) -> None:
    """Say what --reset-threshold did: the file it removed the saved threshold from, or that none had been saved
    in its `place` ("for these articles")."""
    print(f"--reset-threshold: removed the no-answer threshold saved in {removed}" if removed
          else f"--reset-threshold: no threshold had been saved {place}")


def _log(message: str) -> None:
    print(message, file=sys.stderr)


def run(args) -> int:
    from qa import report

    question_set = load_questions(args.questions)
    if question_set.warning:
        _log(f"qa eval: {question_set.warning}")
    _check_options(args, question_set)
    _check_output_kinds(args)
    _check_outputs_are_distinct(args, report.FILES)
    made = _prepare_outputs(args, report.FILES)
    try:
        return _evaluate(args, question_set)
    except BaseException:
        _remove_empty(made)
        raise


def _evaluate(args, question_set: QuestionSet) -> int:
    """`qa eval` once its options are checked and its outputs' folders made."""
    from qa import compare, report
    from qa.assistant import SEED_ARTICLE, Assistant

    earlier = compare.load_predictions(args.compare_to) if args.compare_to else None
    questions = sample(question_set.questions, args.limit, args.seed)
    if earlier is not None:
        compare.check_overlap([q.id for q in questions], earlier, args.compare_to)
    if args.save_threshold:
        _check_threshold_can_be_saved(args, questions)
    if args.reset_threshold and args.reader_only:
        check_reader_keeps_threshold(args.reader, "--reset-threshold")
    assistant = None
    if args.reader_only:
        if args.reset_threshold:
            _say_reset(reset_threshold(Path(args.reader or SHIPPED_READER)), "with the reader")
        reader = Reader.load(args.reader)
        result = replace(read_own_paragraphs(reader, questions, reader.no_answer_threshold),
                         threshold_source=reader.threshold_source)
    else:
        if question_set.squad:  # --documents
            documents = {q.document for q in questions}
            # Whole articles, also the paragraphs of questions a --limit left out: retrieval must search them all.
            articles = [a for a in squad_articles(question_set.questions) if a.name in documents]
            ask = ask_by_article
        else:
            articles = load_articles(args.article or [SEED_ARTICLE])
            check_answers_in(question_set, questions, articles)
            ask = ask_one_by_one
        assistant = Assistant.from_articles(articles, reader=args.reader, index_dir=args.index_dir, log=_log)
        if args.save_threshold:
            _check_articles_keep_threshold(assistant)
        if args.reset_threshold:
            _say_reset(assistant.reset_threshold(), "for these articles")
        result = ask(assistant, questions)

    summary, points = summarize(result), sweep(result)
    best = best_threshold(points, result.threshold)
    records = prediction_records(result)
    comparison = compare.compare(records, earlier, args.compare_to) if earlier is not None else None
    print(report.console_table(summary, points, best, result.latency if result.latency == BATCH_LATENCY else None))
    if comparison:
        print(compare.console_text(comparison))
    if args.json_out:
        with _written(Path(args.json_out)) as file:
            file.write(json.dumps(summary, indent=2) + "\n")
    if args.predictions:
        write_predictions(Path(args.predictions), records)
    if args.report:
        folder = report.write_report(Path(args.report), question_set.path, result, summary, points, best, comparison)
        print(f"report: {folder / report.REPORT_FILE}")
    if args.save_threshold:
        if not any(o.answered(best.threshold) for o in result.outcomes):
            # Known only now, the run done and its outputs written: not a refusal of the input (exit 2).
            print(f"qa eval: --save-threshold: not saved: at {threshold_text(best.threshold)}, the best on this set, every "
                  "question is refused (any threshold that answers scores lower)", file=sys.stderr)
            return 1
        saved = _save_threshold(assistant, args.reader, best.threshold)
        print(f"saved no-answer threshold {threshold_text(best.threshold)} to {saved} (the same command with "
              "--reset-threshold in place of --save-threshold forgets it)")
        if warning := tuned_on_few(result, best.threshold):
            print(f"qa eval: --save-threshold: {warning}", file=sys.stderr)
    return 0


def tuned_on_few(run: Run, threshold: float) -> str | None:
    """What to say of a threshold saved from the run's questions where they are few (it fits them, and may fit others
    less well), the more so for one within FAR_FROM_DEFAULT of 0 or 1, with what it does; None where they are enough."""
    n, far = len(run.outcomes), not FAR_FROM_DEFAULT <= threshold <= 1 - FAR_FROM_DEFAULT
    enough = FEW_FOR_A_FAR_ONE if far else FEW_TO_TUNE_ON
    if n >= enough:
        return None
    unanswerable = sum(not o.question.golds for o in run.outcomes)
    few = (f"tuned on only {n} questions ({unanswerable} unanswerable): it fits them, and may fit others less well; "
           f"{enough} or more make a steadier one")
    if not far:
        return few
    does = (f"answers only where the no-answer probability is under {threshold_text(threshold)}, refusing nearly every question"
            if threshold < FAR_FROM_DEFAULT else
            f"refuses only where the no-answer probability is at least {threshold_text(threshold)}, answering nearly every question")
    answered = lambda t: sum(o.answered(t) for o in run.outcomes)
    return (f"{threshold_text(threshold)} is far from the default {threshold_text(DEFAULT_THRESHOLD)}: it {does} (here "
            f"{answered(threshold)} of {n} answered; at the default, {answered(DEFAULT_THRESHOLD)}); {few}")
