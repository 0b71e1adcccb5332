"""The Assistant: retrieve passages of the articles, read them, answer or abstain, cite."""
from __future__ import annotations

import hashlib
import json
import math
import numbers
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

import numpy as np

from index.articles import (EMPTY_TEXT, NO_WORDS, Article, ArticleError, article_path, has_words, located_articles,
                            name_by_folder, untaken)
from index.bylines import writer
from index.embedding import Embedder
from index.lexical import search_words
from index.headings import heading_before, heading_ends, heading_words, headings, section_breaks
from index.openings import lead, title
from index.store import ArticleIndex, Hit, IndexFolderError, UnusableIndex, lists_articles, to_stderr
from index.tables import TableView, body_cell, header_over, in_header_row, row_label_cell, table_cells, table_view, text_as_read
from qa.about import DETAIL_SHAPES, NAMING_PROBABILITY, Statement, Topic, statements_naming, topic_asked
from qa.addresses import address_asked
from qa.attribution import said_by, someone_else_s, speaker_of_quote, speaks_in
from qa.bands import (band_cells, band_lines, band_rows, band_sentences, bands_of_places, bands_told, figures_given,
                      in_a_band_given, in_bands, of_another_band)
from qa.counted_lists import counted_in_prose, numbered_items
from qa.lists import items_on_one_line, lists_asked_for
from qa.keyed_rows import keyed_row_cells
from qa.label_lists import LEADER_LINE, NAME_SEPARATORS, in_a_label_list, in_a_line_not_named, listed_cells
from qa.time_ranges import end_asked
from qa.landmarks import placed_by_the_asked
from qa.negation import said_not_to
from qa.measures import (WEEKDAY_NAMED, another_measure, contrast_words, in_a_column_of_another_period, of_a_contrasted_row,
                         of_a_contrasted_thing, of_other_days, time_of_another_event)
from qa.answer import Answer, Citation
from qa.answer_kinds import MONEY, asked_kind, column_says_kind, contact_asked_of, is_of_kind, someone_else_s_contact
from qa.authorship import (as_read_for_author, asks_who_signed, document_asked, letter_described, not_asked_of_the_byline,
                           says_it_is, work_named)
from qa.casing import as_the_articles_write
from qa.comparatives import prose_comparison_cells
from qa.choices import TOGETHER, Choices, choices_offered, is_ruled_out, options_named
from qa.courtesies import question_after_context, told_before_question, without_courtesies
from qa.full_names import full_name_at
from qa.grammar import FRAMING_WORDS, asked_for
from qa.language import question_unlike_english, unlike_english
from qa.lead_ins import asking_sentence
from qa.metrics import normalize_answer
from qa.overview import SummaryRequest, named_by, names_it, summary_asked, title_asked
from qa.questions import as_a_question, as_the_reader_reads, clean_questions
from qa.read_on import read_on
from qa.reader import USER_CACHE, Reader, reader_place, same_reader
from qa.role_lists import of_another_role
from qa.subject_lines import subject_line
from qa.siblings import of_a_sibling, of_another_row
from qa.speakers import unasked_speaker
from qa.spelling import as_spelt
from qa.shorthand import in_full
from qa.acronyms import spelt_out
from qa.spans import (ASKING_STEMS, LINE_BREAK, WEEKDAY, Reading, SpanCandidate, a_part_s_number_unasked, answers,
                      answers_with_a_column, columns_named_by_value, crosses_line_ends, crosses_sentences, document_opening,
                      in_a_cell_the_question_does_not_name, in_a_field_the_question_does_not_name,
                      in_a_label_the_question_names_whole, in_label_the_question_names, name_words, named_cells, named_fields,
                      rows_named_by_value, sentence_at, sentence_bounds, table_words, without_table_named, words)
from qa.superlatives import asked_comparative, superlative_cells
from qa.table_view import passage_reading
from qa.unmentioned import names_other_numbers, unmentioned
from qa.unnamed_lines import of_an_unnamed_line
from qa.writing import naming_the_file
from qa.yes_or_no import asks_yes_or_no, statement_around

SEED_ARTICLE = Path(__file__).resolve().parent.parent / "seeds" / "russia-ukraine-peace-talks.txt"
INDEX_CACHE = USER_CACHE / "indexes"
# Indexes the cache keeps: every edit of an article, or article added, makes a new one, so the least
# recently used beyond these are removed (all but those holding a threshold the user saved).
CACHE_KEPT = 20
CACHE_ENTRY = re.compile(r"[0-9a-f]{16}")
# Where add_article keeps the index of an enlarged set when the assistant was given an index folder:
# a folder of that one's (the folder itself keeps the index of the articles it was opened with).
ADDED_INDEXES = "added-articles"
SETTINGS_FILE = "assistant.json"  # per-index settings, such as a threshold tuned by `qa eval --save-threshold`
GIVEN_SOURCE = "given to the assistant"  # where a threshold given as no_answer_threshold= comes from (`threshold_source`)
# Passages read per question. Reading more only when the first few left the reader unsure (3, and
# 8 when unsure) beat reading 4 by 2.4 F1 on SQuAD articles with the retrieval before session 6;
# with today's retrieval reading 4 for every question scores 75.1 against 74.6 on 1,000 questions
# at a third of the seed article's p95, and the second reading was removed in session 7 (docs/measurements.md,
# "How many passages to read").
PASSAGES_TO_READ = 4
# The spans read for a question offering choices, of which those naming an option are kept: the right option's may be far
# down the reader's list ("borosilicate glass", of the body's sentence, for "Is the body of the kettle made of glass or
# plastic?", below five of the handle's "plastic").
CHOICE_SPANS = 40
# How likely an article's lead is said to answer what it is about (qa/overview.py): as sure as a statement naming a
# topic's every word is said to be (qa/about.py).
LEAD_PROBABILITY = NAMING_PROBABILITY
# The most passages searched for the statements of a question asking which article speaks of something (`_which`).
WHICH_PASSAGES = 40
PRONOUN_OPENING = re.compile(r"\s*(?:it|they|he|she|this|these|its|their|his|her)\b", re.IGNORECASE)
# How likely a table's cell is the answer where the question names its row and column, and the reader finds it no more
# likely: of 52 questions on five sets' tables (bench/tab-tables, plain-tables, genres, reference, mixed-tables) that
# named one such cell, 51 were answered by it (the other asked for a sauna's opening time, in a table of the pool's).
NAMED_CELL_PROBABILITY = 0.9
# How much of the text after a span tells its kind (qa/answer_kinds.py): "17" is a share before " per cent".
KIND_CONTEXT = 30
ASKS_WHY = re.compile(r"\s*(?:why|how come)\b", re.IGNORECASE)
# Spans kept for a question asked for another answer than those given ("Who else?"): the reader's
# best five are often the given answer again ("Albert P. Khorev", "Ambassador Albert P. Khorev", …).
SPANS_BESIDE_GIVEN = 20


@dataclass(frozen=True)
class Region:
    """A stretch of an article the reader reads: retrieved chunks, overlapping ones merged."""

    source: str
    start: int
    end: int


class ChosenSpan(NamedTuple):
    """A span of a reading of a question offering choices (`Assistant._chosen`)."""

    options: frozenset[int]  # those it names: one, or all together
    about_subject: bool  # whether its statement names what the question is about
    text: str


@dataclass(frozen=True)
class Finding:
    """Retrieval and reading for one question, before deciding whether to answer."""

    question: str
    hits: list[Hit]  # every retrieved passage, closest first; the reader read the first ones (see `regions`)
    regions: list[Region]
    reading: Reading
    top_k: int  # how many passages to cite


# Between an answer and a phrase in apposition to it: "Gerald Pike, a State Senator", "Amani Wekesa, a graduate student".
APPOSITION = re.compile(r"[ \t]*,[ \t]*(?:(?:a|an|the)[ \t]+)?", re.IGNORECASE)
ARTICLE_OPENING = re.compile(r"(?:a|an|the)\b", re.IGNORECASE)
LINE_END_WITHIN = re.compile(rf"[ \t]*(?:{LINE_BREAK.pattern})\s*")  # and the spaces around it: an answer shown on one line
# A title in lower case that "a", "an" or "the" opens, then a comma, before a name: "The deputy mayor for
# transport, " of "The deputy mayor for transport, Valentin Lungenstrass" (the title, without its article: group 1).
TITLE_BEFORE_NAME = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+((?:(?!(?:an?|the)\b)[a-z][\w’'-]*[ \t]+)*(?!(?:an?|the)\b)[a-z][\w’'-]*)"
                               r"[ \t]*,[ \t]*\Z")
TITLE_CHARS = 200  # how far before a name its title is looked for
TITLE_REST = re.compile(r"(?:[ \t]+[A-Z][\w.’'-]*)+[ \t]+")  # " Representative " between "State" and the name



def names_its_headings(asked: set[str], article: Article, start: int, passage: str) -> bool:
    """Whether a question (its `words`) names what the headings over a passage starting at `start` say, its article's title
    among them, and the passage does not: then the reader reads the passage after them (docs/measurements.md, session 39:
    over six list-heavy articles F1 44.7 → 70.1, a passage's "500 g strong white bread flour" under "For the dough" had been
    refused at 100 % for "How much bread flour do I need for the Harbourside lemon and thyme focaccia?"). Not otherwise:
    read under its headings whatever the question, the seed article's passages had lost answers (sessions 24 and 39)."""
    over = heading_before(article.text, start, article.headings, with_title=True)
    return over is not None and bool((asked - FRAMING_WORDS) & words(over) - words(passage))


def in_a_heading_of_other_numbers(question: str, article: Article, at: int) -> bool:
    """Whether article.text[at] is in a heading naming numbers, none of those the question names that the document's
    headings name (qa/unmentioned.py): a changelog's "## 4.1.0 — 2025-09-09" heads another release's section than "On
    what date was 4.2.0 released?" asks about, whose date the reader had answered from it (sure at 0.99)."""
    line = heading_line(article.text, at, article.headings)
    return line is not None and names_other_numbers(question, line, heading_words(article.text, article.headings))


def said_of(text: str, at: int) -> str:
    """The sentence holding text[at], or its line where leader dots set a label before it ("Monday to Friday .......
    7.30 am to 7.00 pm", whose dots had ended a sentence, its days left out: bench/unseen27, written blind)."""
    line = line_at(text, at)
    return line if LEADER_LINE.fullmatch(line) else sentence_at(text, at)


def line_at(text: str, at: int) -> str:
    """The line of text[at]."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:len(text) if end < 0 else end]


def names_a_section(heading: str) -> bool:
    """Whether a heading is written as a section's name, in title case ("Western Support and Strategic Concerns"), not as
    a sentence ("The café closes at 4pm"): two thirds of its words of four letters or more capitalised."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", heading) if len(word) >= 4]
    return bool(words) and 3 * sum(word[0].isupper() for word in words) >= 2 * len(words)


def heading_line(text: str, at: int, marked: frozenset[str] = frozenset()) -> str | None:
    """The line of text[at] where it is a heading (index/headings.py; `marked`: the document's own), else None."""
    line = line_at(text, at).rstrip()
    return line if text.rfind("\n", 0, at) + 1 + len(line) in heading_ends(text, marked) else None


def _beside(text: str, span: tuple[int, int], given: tuple[int, int]) -> bool:
    """Whether a span is the given answer's, overlapping it or right beside it: apart by spaces only
    (not a line end: the next item of a list a line each is another) or the rest of a title before
    it ("State" of "State Representative Gerald Pike"), or in apposition, after a comma with "a" or
    "the" ("Gerald Pike, a Republican", "A graduate student, Amani Wekesa"; "Poland, Hungary" are two),
    or in a title apposed before it ("deputy" of "The deputy mayor for transport, Valentin Lungenstrass")."""
    gap = text[min(span[1], given[1]):max(span[0], given[0])]
    if not gap.strip(" \t") or (span[1] <= given[0] and TITLE_REST.fullmatch(gap)):
        return True
    if _in_title_before(text, span, given) or _in_title_before(text, given, span):
        return True
    return bool(APPOSITION.fullmatch(gap)) and (bool(ARTICLE_OPENING.search(gap)) or bool(ARTICLE_OPENING.match(text, span[0])))


def _in_title_before(text: str, part: tuple[int, int], name: tuple[int, int]) -> bool:
    """Whether `part` lies in the title apposed before the name at `name` (TITLE_BEFORE_NAME). Only a title in lower
    case before a capitalised name: "the apples, pears and plums" and "the cities of Lyon, Porto" are lists."""
    title = text[name[0]:name[0] + 1].isupper() and TITLE_BEFORE_NAME.search(text, max(name[0] - TITLE_CHARS, 0), name[0])
    return bool(title) and title.start() <= part[0] and part[1] <= title.end(1)


def _of_a_contrasted_thing(question: str, text: str, start: int, end: int) -> bool:
    """qa/measures.py `of_a_contrasted_thing` of text[start:end] in its sentence."""
    first, last = sentence_bounds(text, start)
    return end <= last and of_a_contrasted_thing(question, text[first:last], start - first, end - first)


def of_the_kind(text: str, start: int, end: int, kind: str | None) -> bool:
    """Whether text[start:end] is of the kind a question asks for (qa/answer_kinds.py `is_of_kind`), as told by the
    text after it and, in a table's cell, by its column's name, within one sentence (qa/spans.py `crosses_sentences`)."""
    if kind is None:
        return True
    cell = body_cell(text, start)
    return is_of_kind(text[start:end], kind, text[end:end + KIND_CONTEXT], cell.column if cell else None,
                      text[max(start - KIND_CONTEXT, 0):start]) and not crosses_sentences(text, start, end)


def articles_named(question: str, texts: dict[str, str]) -> set[str]:
    """Of several articles, those the question names by a word of their file's name or opening line that not all of them
    have ("Ashgrove" of "ashgrove_riding_school_prices.html"); none of one."""
    if len(texts) < 2:
        return set()
    own = {name: set(search_words(f"{NAME_SEPARATORS.sub(' ', name)} {document_opening(text)}")) for name, text in texts.items()}
    asked, shared = set(search_words(question)), set.intersection(*own.values())
    return {name for name, words in own.items() if (words - shared) & asked}


def covering(hits: list[Hit], cell: tuple[str, int, int], text: str) -> list[Hit]:
    """The passages that hold an article's `text`[start:end] (`cell`: its article, start and end): the one holding it
    whole, first ranked, or else those that do together, each running on from the last but for spaces between (a list
    of several passages' length, qa/lists.py); none where they do not."""
    source, start, end = cell
    whole = next((hit for hit in hits if hit.chunk.source == source and hit.chunk.start <= start and end <= hit.chunk.end), None)
    if whole is not None:
        return [whole]
    parts = sorted((hit for hit in hits if hit.chunk.source == source and hit.chunk.start < end and start < hit.chunk.end),
                   key=lambda hit: hit.chunk.start)
    reached = start
    for part in parts:
        if text[reached:part.chunk.start].strip():
            return []
        reached = max(reached, part.chunk.end)
    return parts if reached >= end else []


def joined_over(regions: list[Region], cell: tuple[str, int, int]) -> list[Region]:
    """`regions`, those of the cell's article that it runs over joined into one, so that it is read whole (`covering`)."""
    source, start, end = cell
    over = [region for region in regions if region.source == source and region.start < end and start < region.end]
    if len(over) < 2:
        return regions
    joined = Region(source, min(region.start for region in over), max(region.end for region in over))
    return [joined if region is over[0] else region for region in regions if region is over[0] or region not in over]


def merge_regions(hits: list[Hit]) -> list[Region]:
    """Union of the hits' chunks per article, so that one article span is read (and answered) once."""
    regions: list[Region] = []
    for hit in sorted(hits, key=lambda h: (h.chunk.source, h.chunk.start)):
        last = regions[-1] if regions else None
        if last and last.source == hit.chunk.source and hit.chunk.start <= last.end:
            regions[-1] = Region(last.source, last.start, max(last.end, hit.chunk.end))
        else:
            regions.append(Region(hit.chunk.source, hit.chunk.start, hit.chunk.end))
    return regions


def distinct_passages(hits: list[Hit], articles: list[str]) -> list[Hit]:
    """The hits with each passage once where it repeats word for word (the same article loaded under
    two names): read twice, one answer would split its probability between them, and cited twice it
    would fill two of the citations. It is kept where the first hit holding it was, as the copy in
    the article loaded first (`articles`, in load order), which the answer is then credited to."""
    loaded = {name: order for order, name in enumerate(articles)}
    kept: dict[str, Hit] = {}  # a passage's text: its hit (a key keeps its place when its hit is replaced)
    for hit in hits:
        other = kept.get(hit.chunk.text)
        if other is None or loaded[hit.chunk.source] < loaded[other.chunk.source]:
            kept[hit.chunk.text] = hit
    return list(kept.values())


def say_if_unlike_english(article: Article, log) -> None:
    """Tell, in one line, of an article the reader may read poorly: not English prose."""
    note = unlike_english(article.text)
    if note:
        log(f"{article.name} {note}.")


def say_nothing(message: str) -> None:
    """The log of an assistant given log=None."""


def index_folder(articles: list[Article], root: Path | None = None) -> Path:
    """The folder for the index of exactly these articles, in any order, under `root` (by default the user's cache)."""
    key = hashlib.sha256("\n".join(sorted(f"{a.name}\t{a.sha256}" for a in articles)).encode()).hexdigest()[:16]
    return (root or INDEX_CACHE) / key


def check_index_dir(index_dir: str | Path) -> None:
    """An index folder given as "" would be taken for the current folder, or for none."""
    if not str(index_dir).strip():
        raise ValueError("the index folder (index_dir=, --index-dir) is empty: give a folder, or leave it out to keep the "
                         "index in the user's cache")


def index_folder_for(articles: list[Article], index_dir: str | Path | None) -> Path:
    """Where the index of these articles is kept: in the user's cache, or in the folder given; but
    where that folder holds another set's index and add_article indexed these articles beside it, in
    its added-articles/, with their saved threshold (the folder's own index is left as it is)."""
    if index_dir is None:
        return index_folder(articles)
    check_index_dir(index_dir)  # `qa index --index-dir ""` had built in the cache, where `qa ask` refuses it
    folder = Path(index_dir)
    enlarged = index_folder(articles, folder / ADDED_INDEXES)
    return enlarged if lists_articles(enlarged, articles) and not lists_articles(folder, articles) else folder


def indexes_beside(folder: Path, index_dir: str | Path | None) -> list[Path]:
    """The other saved indexes an index of `folder` may take unchanged articles' passages from: the cache's,
    or a given folder's own and those of articles added beside it; the most recently used first."""
    root = Path(index_dir) if index_dir is not None else None
    try:
        entries = [f for f in (root / ADDED_INDEXES if root else INDEX_CACHE).iterdir() if f.is_dir() and CACHE_ENTRY.fullmatch(f.name)]
        entries.sort(key=lambda f: f.stat().st_mtime, reverse=True)
    except OSError:  # none there yet
        entries = []
    return [f for f in ([root] if root else []) + entries if f != folder]


def keep_cache_small(used: Path) -> None:
    """Mark the cached index `used` as just used, and remove the least recently used cached
    indexes beyond CACHE_KEPT. Folders other than the cache's own entries are never touched."""
    try:
        os.utime(used)
        entries = [f for f in used.parent.iterdir() if f.is_dir() and CACHE_ENTRY.fullmatch(f.name)
                   and not (f / SETTINGS_FILE).exists()]
        entries.sort(key=lambda f: f.stat().st_mtime, reverse=True)
    except OSError:  # a cache that cannot be tidied still serves
        return
    for old in entries[CACHE_KEPT:]:
        if old != used:
            shutil.rmtree(old, ignore_errors=True)


def is_probability(value) -> bool:
    """A number from 0 to 1, NumPy's too (True is none, though Python takes it for 1; NaN is none)."""
    return not isinstance(value, bool) and isinstance(value, numbers.Real) and 0 <= value <= 1


def is_count(value) -> bool:
    """A whole number of at least 1, NumPy's too (True is no count, though Python takes it for 1)."""
    return not isinstance(value, bool) and isinstance(value, numbers.Integral) and value >= 1


def check_articles(articles: list) -> None:
    """Refuse what is no Article, or one with no words, as a file of it would be (ArticleError, naming it):
    indexing it had failed deep in FAISS or NumPy."""
    for article in articles:
        if not isinstance(article, Article):
            raise TypeError(f"expected Article objects (or use from_files for paths), not {type(article).__name__}")
        if not has_words(article.text):
            raise ArticleError(f"{article.name}: {EMPTY_TEXT if not article.text.strip() else NO_WORDS['text file']}")


class BetweenQuestions:
    """The embedder as an article's indexing uses it while questions are being answered: each call,
    and each batch of passages embedded, takes the assistant's lock on its own."""

    BATCH = 64  # texts (passages, or their lines of a label and a value): at most about 0.6 s of this CPU

    def __init__(self, embedder: Embedder, lock: threading.Lock, article_name: str, log, progress=None):
        self.embedder, self.lock, self.article_name, self.log, self.progress = embedder, lock, article_name, log, progress
        self.name = embedder.name

    def count_tokens(self, text: str) -> int:
        with self.lock:
            return self.embedder.count_tokens(text)

    def embed(self, texts: list[str]) -> np.ndarray:
        batches = []
        for start in range(0, max(len(texts), 1), self.BATCH):
            with self.lock:
                batches.append(self.embedder.embed(texts[start:start + self.BATCH]))
            done = min(start + self.BATCH, len(texts))
            # passages and their lines of a label and a value, each embedded too (index/store.py `_rows`)
            self.log(f"Embedding {self.article_name}: {done:,} of {len(texts):,} passages and lines")
            if self.progress:
                self.progress(done / max(len(texts), 1))
        return np.vstack(batches)


LOADING_OPTIONS = ("reader", "index_dir", "embedder", "log")  # from_articles' own
ASSISTANT_OPTIONS = ("no_answer_threshold", "passages_to_read")
PER_QUESTION_OPTIONS = ("top_k", "sources")  # ask()'s, easily given to from_files by mistake


def _check_options(options: dict) -> None:
    """Refuse an option that none of from_articles and the Assistant takes (`options` may hold both
    kinds), or an Assistant's option of a value it cannot take."""
    unknown = sorted(set(options) - set(LOADING_OPTIONS) - set(ASSISTANT_OPTIONS))
    if not unknown:
        _check_settings(options.get("no_answer_threshold"), options.get("passages_to_read", PASSAGES_TO_READ))
        return
    per_question = [name for name in unknown if name in PER_QUESTION_OPTIONS]
    hint = (f"; {', '.join(per_question)} {'is' if len(per_question) == 1 else 'are'} given to each question: "
            f"ask(question, {per_question[0]}=…)" if per_question else "")
    raise TypeError(f"unknown option{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}: an Assistant takes "
                    f"{', '.join(LOADING_OPTIONS + ASSISTANT_OPTIONS)}{hint}")


def _check_loading(reader, embedder, log) -> None:
    """Refuse loading options of a kind that would fail only later (an embedder at the first article
    indexed, a log at its first line) or be taken for another ("" for the shipped reader)."""
    if not (reader is None or isinstance(reader, (str, os.PathLike, Reader))) or isinstance(reader, str) and not reader.strip():
        raise ValueError(f"reader is a folder, a hub id or a Reader (None: the shipped reader), not {reader!r}")
    if embedder is not None and not all(hasattr(embedder, name) for name in ("name", "embed", "count_tokens")):
        raise TypeError(f"embedder is an index.embedding.Embedder or one like it (None: all-MiniLM-L6-v2), not {type(embedder).__name__}")
    if log is not None and not callable(log) and not callable(getattr(log, "write", None)):
        raise TypeError(f"log is a function given each line, or a stream such as sys.stderr (None: say nothing), "
                        f"not {type(log).__name__}")


def _without_copies(located: list[tuple[Article, Path | str]], log) -> list[tuple[Article, Path | str]]:
    """The articles `from_files` read, but a copy of one before it under another name, said to `log`: `add_article`
    refuses one, and `from_files` had loaded both, each passage cited twice (an API user's)."""
    kept, names = [], {}
    for article, place in located:
        if (first := names.get(article.sha256)) is not None:
            log(f"{article.name} is a copy of {first}: read once, as {first}")
            continue
        names[article.sha256] = article.name
        kept.append((article, place))
    return kept


def logging_to(log):
    """What `log` (a function given each line, a stream written a line at a time, or None) is called with each line:
    log=sys.stderr had been refused as no function (the script author's)."""
    if log is None:
        return say_nothing
    if callable(log):
        return log

    def to_stream(line: str) -> None:
        log.write(f"{line}\n")
        if callable(flush := getattr(log, "flush", None)):  # a stream without one is written all the same (review)
            flush()
    return to_stream


def _check_settings(no_answer_threshold: float | None = None, passages_to_read: int = PASSAGES_TO_READ) -> None:
    if no_answer_threshold is not None and not is_probability(no_answer_threshold):
        raise ValueError(f"no_answer_threshold must be a probability from 0 to 1, not {no_answer_threshold!r}")
    if not is_count(passages_to_read):
        raise ValueError(f"passages_to_read must be a whole number of at least 1, not {passages_to_read!r}")


class Assistant:
    """Answers questions from a set of articles. Thread-safe: one instance can serve a web app."""

    def __init__(self, index: ArticleIndex, embedder: Embedder, reader: Reader, index_dir: Path | None = None,
                 no_answer_threshold: float | None = None, passages_to_read: int = PASSAGES_TO_READ, log=to_stderr,
                 added_indexes: Path | None = None):
        self.index, self.embedder, self.reader, self.index_dir = index, embedder, reader, index_dir
        self.log = logging_to(log)
        self.added_indexes = added_indexes  # where add_article saves enlarged sets' indexes; None: the user's cache
        _check_settings(no_answer_threshold, passages_to_read)
        self.passages_to_read = int(passages_to_read)  # NumPy's counts and numbers as Python's
        # torch modules and the FAISS index are shared: one question at a time, found and decided on one index (an
        # article replaced between the two had sliced the new text at the old offsets, or raised KeyError: a review's)
        self._lock = threading.RLock()
        self._adding = threading.Lock()  # one article indexed at a time
        # Where the articles read from files or web pages were read (resolved path, or address), by name:
        # add_article knows a file given again by it.
        self._read_from: dict[str, Path | str] = {}
        self._given_threshold = no_answer_threshold  # None: the one saved for the articles asked, else the reader's
        # where the threshold comes from, in words, for commands to say: a saved one had gone unnoticed (eval review)
        self.no_answer_threshold, self.threshold_source = self._threshold_in_force()

    def _article_keys(self) -> list[dict]:
        return sorted(({"name": a.name, "sha256": a.sha256} for a in self.index.articles.values()), key=lambda key: key["name"])

    def _threshold_in_force(self) -> tuple[float, str]:
        """The threshold given to this assistant, else the one saved for its articles, else the reader's; and where it
        comes from, in words."""
        if self._given_threshold is not None:
            return float(self._given_threshold), GIVEN_SOURCE
        return self._saved_threshold()

    def _saved_threshold(self) -> tuple[float, str]:
        """The threshold saved for exactly these articles and this reader (`qa eval --save-threshold`),
        else the reader's, and where it comes from (`threshold_source`). A saved file that is unreadable, or was
        saved for other articles (an index folder reused) or another reader, is reported in one line and set
        aside, as a stale index is."""
        path = self.index_dir / SETTINGS_FILE if self.index_dir else None
        readers = self.reader.no_answer_threshold, self.reader.threshold_source
        try:
            if path is None or not path.is_file():
                return readers
            saved = json.loads(path.read_text())
            if not isinstance(saved, dict):
                raise ValueError(f"a JSON {type(saved).__name__}, not the settings' object")
            missing = [key for key in ("no_answer_threshold", "articles", "reader") if key not in saved]
            if missing:
                raise ValueError(f"no {' or '.join(missing)} in it")
            threshold, articles, reader = saved["no_answer_threshold"], saved["articles"], saved["reader"]
            articles = sorted(articles, key=lambda key: key["name"])  # the same articles in any order
            if not is_probability(threshold):
                raise ValueError(f"a threshold of {threshold!r}, not a number from 0 to 1")
            if not isinstance(reader, str):
                raise ValueError(f"a reader of {reader!r}, not a reader's name")
        except OSError as error:
            problem = f"is unreadable ({type(error).__name__}: {error})"
        except ValueError as error:  # JSON's errors too
            problem = f"is damaged ({error})"
        except (LookupError, TypeError) as error:  # articles not listed as names and checksums
            problem = f"is damaged ({type(error).__name__}: {error})"
        else:
            if articles == self._article_keys() and same_reader(reader, self.reader.identity):
                return threshold, f"saved for these articles in {path}"
            problem = "was saved for other articles" if articles != self._article_keys() else f"was saved for {self._reader_named(reader)}"
        self.log(f"{path} {problem}; using the reader's no-answer threshold, {self.reader.no_answer_threshold:g}.")
        return readers

    def _reader_named(self, identity: str) -> str:
        """The reader a threshold was saved for, as told apart from this one: its folder's, as it was
        before a retraining, averaging or calibration rewrote it, or another reader (see `reader_identity`)."""
        if self.reader.identity and reader_place(identity) == reader_place(self.reader.identity):
            return f"an earlier version of this reader ({identity})"
        return f"another reader ({identity})"

    def save_threshold(self, threshold: float) -> Path:
        """Make `threshold` the default for this set of articles."""
        if not is_probability(threshold):  # True or "0.3" would be saved, then set aside as damaged when read
            raise ValueError(f"a no-answer threshold is a probability from 0 to 1, not {threshold!r}")
        if self.index_dir is None:  # an Assistant made by hand, without a folder
            raise ValueError("this assistant has no index folder to save a threshold in; give it index_dir=, "
                             "or set no_answer_threshold for this session")
        threshold = float(threshold)
        path = self.index_dir / SETTINGS_FILE
        if not self.index_dir.is_dir():  # the cache let it go (it keeps CACHE_KEPT sets): FileNotFoundError (a review's)
            self.index.save(self.index_dir)
        with naming_the_file(path):
            path.write_text(json.dumps({"no_answer_threshold": threshold, "articles": self._article_keys(),
                                        "reader": self.reader.identity}, indent=2) + "\n")
        # once saved: a save that failed changes nothing
        self.no_answer_threshold, self.threshold_source = threshold, f"saved for these articles in {path}"
        return path

    def reset_threshold(self) -> Path | None:
        """Forget the threshold saved for this set of articles (`save_threshold`), so that the reader's holds
        again, or the one given to this assistant; the settings file removed, or None where there was none."""
        path = self.index_dir / SETTINGS_FILE if self.index_dir else None
        if path is None or not path.is_file():
            return None
        with naming_the_file(path):
            path.unlink()
        self.no_answer_threshold, self.threshold_source = self._threshold_in_force()
        return path

    @classmethod
    def from_articles(cls, articles: list[Article], reader: str | Path | Reader | None = None,
                      index_dir: str | Path | None = None, embedder: Embedder | None = None, log=to_stderr, **options) -> "Assistant":
        articles = list(articles)  # a generator would be used up by naming the index folder
        if not articles:
            raise ValueError("no articles given")
        check_articles(articles)
        if index_dir is not None:
            check_index_dir(index_dir)
            index_dir = Path(index_dir).expanduser()  # "~/idx" had made a folder named "~" in the current one
        _check_options(options)  # before the minutes an index may take, not after
        _check_loading(reader, embedder, log)
        log = logging_to(log)
        reader = reader if isinstance(reader, Reader) else Reader.load(reader)
        embedder = embedder or Embedder()
        folder = index_folder_for(articles, index_dir)
        try:
            index = ArticleIndex.open(folder, articles, embedder, log=log, reuse_from=indexes_beside(folder, index_dir))
        except IndexFolderError as error:
            if index_dir:  # the user's own choice of folder: theirs to fix
                raise
            # The user's cache cannot be made (a read-only home): answer all the same, as from a read-only folder.
            log(f"{error}; answering from the index in memory.")
            index = ArticleIndex.build(articles, embedder)
        if not index_dir:
            keep_cache_small(folder)
        for article in articles:
            say_if_unlike_english(article, log)
        return cls(index, embedder, reader, folder, log=log, added_indexes=Path(index_dir) / ADDED_INDEXES if index_dir else None,
                   **options)

    @classmethod
    def from_files(cls, paths: list[str | Path] | str | Path, **options) -> "Assistant":
        """An assistant over these article files (any kind `load_article` reads), or over one. Options: reader
        (folder, hub id or Reader), index_dir, embedder (an Embedder), log (a function given each line, a stream
        such as sys.stderr, or None), no_answer_threshold, passages_to_read."""
        paths = [paths] if isinstance(paths, (str, bytes, os.PathLike)) else paths  # a string is one path, not its letters
        if not isinstance(paths, Iterable):
            raise TypeError(f"from_files takes an article's path or a list of them, not {type(paths).__name__}")
        paths = [os.fsdecode(path) if isinstance(path, bytes) else path for path in paths]
        _check_options(options)  # before the articles are read (web pages fetched), not after
        _check_loading(options.get("reader"), options.get("embedder"), options.get("log", print))
        located = _without_copies(located_articles(paths), logging_to(options.get("log", to_stderr)))
        assistant = cls.from_articles([article for article, _ in located], **options)
        assistant._read_from = {article.name: place for article, place in located}
        return assistant

    @classmethod
    def default(cls, **options) -> "Assistant":
        """An assistant over the seed article, with the shipped reader."""
        return cls.from_files([SEED_ARTICLE], **options)

    @property
    def articles(self) -> list[str]:
        return list(self.index.articles)

    def text_as_read(self, source: str, start: int, end: int) -> str:
        """source's text[start:end] as the article reads: a Markdown article's without the markup it holds
        ("Mayor Elena Vasquez" for "Mayor [Elena Vasquez](https://…)"), as the chat shows it and `qa eval` scores it."""
        article = self.index.articles[source]
        return text_as_read(article.text, start, end, article.is_markdown)

    def table_header_over(self, source: str, start: int) -> str:
        """The header and delimiter rows of the Markdown table of `source` one of whose body rows starts at `start`, as
        they read, with a line end after them (index/tables.py `header_over`); "" where none does."""
        article = self.index.articles[source]
        header = header_over(article.text, start)
        return f"{self.text_as_read(source, *header)}\n" if header else ""

    def answer_as_read(self, answer: Answer) -> str:
        """An answer's text as its article reads (`text_as_read`), on one line: a list asked for whole, its items apart
        by "; " (qa/lists.py `items_on_one_line`); else a line end inside it, with the indent after it, read as a space,
        as a Markdown list item's wrapped line or hard-wrapped prose reads ("every\n  five minutes" had been printed by
        `qa ask` over two lines, the second taken for its confidence line); "" for no answer."""
        if not answer.answered or answer.source not in self.index.articles:
            return answer.text
        read = self.text_as_read(answer.source, answer.start, answer.end)
        article = self.index.articles[answer.source]
        if (answer.start, answer.end) in lists_asked_for(answer.question, article.text, article.headings):
            return items_on_one_line(read) or LINE_END_WITHIN.sub(" ", read)  # a list asked for whole (qa/lists.py)
        return LINE_END_WITHIN.sub(" ", read)

    def add_article(self, article: Article | str | Path, log=None, progress=None) -> str:
        """Index another article (an `Article`, or a file or web address read as `from_files` reads
        one) beside the current ones, and return the name it is cited by; only the new one is embedded,
        and the index of the enlarged set is saved (or loaded, when this set was indexed before): in the
        user's cache, or, for an assistant given an index folder, in that folder's `added-articles/`.
        An index that cannot be saved (a read-only folder) is used from memory, said in one line.

        A file of a loaded one's name from another folder is named by its folder, as `from_files` names
        the two ("2024/annual.txt"); the loaded one keeps its name, which answers given already cite.
        The file or web address of a loaded article given again replaces it, in its place, where its text
        changed, and changes nothing where it did not; so does an `Article` of a loaded one's name.

        Questions go on being answered meanwhile: the indexing takes the models a batch at a time
        (a question waits for one batch, under a second, not for a long article's whole index), and
        they see the new article once it is indexed. `log` (by default the assistant's) hears how far
        the embedding is, and `progress`, if given, the share of passages embedded (0 to 1)."""
        log = logging_to(log) if log else self.log  # as before, a falsy log is the assistant's
        read_from = None  # a file's resolved path, or a web address
        if not isinstance(article, Article):
            if article_path(article).is_dir():
                raise ValueError(f"{article} is a folder; add its articles one at a time, or give it to Assistant.from_files")
            [(article, read_from)] = located_articles([article])
        check_articles([article])
        with self._adding:
            if read_from is not None:
                name = self._name_for(article, read_from)
                copy = next((a.name for a in self.index.articles.values() if a.sha256 == article.sha256), None)
                if copy not in (None, name):
                    raise ValueError(f"{article.name} is already loaded, as {copy}")
                article = replace(article, name=name)
            before = self.index.articles.get(article.name)
            if before is None or before.sha256 != article.sha256:
                say_if_unlike_english(article, log)
                embedder = BetweenQuestions(self.embedder, self._lock, article.name, log, progress)
                if before is None:
                    self._index_articles([*self.index.articles.values(), article], lambda: self.index.with_article(article, embedder), log)
                else:
                    self._index_articles([article if a.name == article.name else a for a in self.index.articles.values()],
                                         lambda: self.index.with_article_replaced(article, embedder), log)
            if read_from is None:
                self._read_from.pop(article.name, None)
            else:
                self._read_from[article.name] = read_from
            return article.name

    def remove_article(self, name: str) -> None:
        """Stop answering from the article `name` (as loaded): its passages leave the index, nothing is
        embedded again, and the index of the articles left is saved (or loaded) as `add_article` saves
        it. The last one is kept: an assistant answers from one article at least."""
        if not isinstance(name, str):
            raise TypeError(f"remove_article takes an article's name as loaded, not {type(name).__name__}")
        with self._adding:
            if name not in self.index.articles:
                raise ValueError(f"no article named {name}; loaded: {', '.join(self.articles)}")
            if len(self.index.articles) == 1:
                raise ValueError(f"{name} is the only article loaded; an assistant answers from one at least")
            self._index_articles([a for a in self.index.articles.values() if a.name != name],
                                 lambda: self.index.without_article(name), self.log)
            self._read_from.pop(name, None)

    def _name_for(self, article: Article, read_from: Path | str) -> str:
        """The name of an article read from a file or web address: that of the one read from it before,
        which it replaces; else its name as `load_articles` names files read together, after its folders
        where a file of its name in another folder is loaded, and numbered where that is taken still."""
        before = next((name for name, place in self._read_from.items() if place == read_from), None)
        if before is not None:
            return before
        files = [place for place in self._read_from.values() if isinstance(place, Path)]
        return untaken(article.name if isinstance(read_from, str) else name_by_folder(article.name, read_from, files),
                       self.index.articles)

    def _index_articles(self, articles: list[Article], build, log) -> None:
        """Answer from now on from an index of `articles`: the one saved for them (`_folder_for`), or, where
        there is none, the one `build()` makes, saved there."""
        folder = self._folder_for(articles)
        try:
            index = ArticleIndex.load(folder, articles, self.embedder.name, self.index.settings)
        except UnusableIndex:
            index = build()
            index.save_or_say_why(folder, log)
        if self.added_indexes is None:
            keep_cache_small(folder)
        with self._lock:
            self.index, self.index_dir = index, folder
            if self._given_threshold is None:  # a threshold saved for the earlier set was tuned on it, not on this one
                self.no_answer_threshold, self.threshold_source = self._saved_threshold()

    def _folder_for(self, articles: list[Article]) -> Path:
        """Where the index of a set of articles that add_article or remove_article made is kept: in the
        user's cache, or in the added-articles/ of the index folder given; but in that folder itself where
        it holds the index of these articles (one added there, then removed), with their saved threshold."""
        if self.added_indexes is not None and lists_articles(self.added_indexes.parent, articles):
            return self.added_indexes.parent
        return index_folder(articles, self.added_indexes)

    def find_many(self, questions: list[str], top_k: int = 3, sources: list[str] | str | None = None,
                  spans: int | None = None) -> list[Finding]:
        """Retrieve and read for several questions, all checked first, keeping each question's `spans`
        best spans (by default the reader's `top_k`). Each is embedded and read on its own, as `find`
        reads it: in bf16 a window's logits depend on the batch it is read in (by 0.03 between a batch
        of 1 and of 3), and batched with others a question's no-answer probability moved by up to 0.015,
        so that a question could be answered by `ask` and refused by `ask_many`."""
        if isinstance(questions, str):
            raise TypeError("ask_many takes a list of questions; ask one with ask()")
        if isinstance(questions, (bytes, Mapping)) or not isinstance(questions, Iterable):  # None had met "'NoneType' object is not iterable"
            raise TypeError(f"ask_many takes a list of questions, not {type(questions).__name__}")
        if not is_count(top_k):
            raise ValueError(f"top_k (passages to cite) must be a whole number of at least 1, not {top_k!r}")
        questions = clean_questions(list(questions))
        if isinstance(sources, (bytes, os.PathLike)):  # would be read as numbers, or refused as no list
            raise TypeError(f"sources names articles as loaded ({', '.join(self.articles)}), as str, not {type(sources).__name__}")
        if sources is not None and not isinstance(sources, (str, Iterable)):
            raise TypeError(f"sources names articles as loaded ({', '.join(self.articles)}): a name or a list of them, "
                            f"not {type(sources).__name__}")
        if sources is not None and not isinstance(sources, str):
            sources = list(sources)  # a generator, once read for the names' check, would leave nothing to search
        if sources is not None and not sources:  # an empty choice is a mistake, not "all of them"
            raise ValueError(f"sources names no article; name at least one ({', '.join(self.articles)}), or give None to ask them all")
        sources = [sources] if isinstance(sources, str) else sources  # one article's name, not its letters
        unknown = set(sources or []) - set(self.index.articles)
        if unknown:
            raise ValueError(f"no article named {sorted(unknown)[0]}; loaded: {', '.join(self.articles)}")
        depth = max(top_k, self.passages_to_read)
        findings = []
        for typed in questions:
            question = self.as_meant(typed)
            with self._lock:  # held for one question: other threads' questions wait for it, not for a long list
                # searched as the reader reads it: "wexcombe clinic nurse advice line number" as "What is the Wexcombe …?",
                # whose first word then names an article, as a sentence's first word does not
                searched_as = as_a_question(question)
                [vector] = self.embedder.embed([searched_as])
                # Every passage ranked, so that `depth` remain once the copies of a passage loaded twice are left out.
                ranked = self.index.search(vector, len(self.index.chunks), sources, searched_as, closest_within=self.passages_to_read)
                hits = distinct_passages(ranked, list(self.index.articles))[:depth]
                # A question about who wrote the article is read with its byline or signature, asked as the reader
                # understands it.
                as_read, signed = as_read_for_author(question), asks_who_signed(question)
                writers = self.index.byline_hits(sources, signed) if as_read else []
                if document := document_asked(question):  # "Who signed the statement?": one saying it is one, if any
                    writers = [hit for hit in writers if says_it_is(document, self.index.articles[hit.chunk.source].text)]
                    as_read, signed = (as_read, signed) if writers else (None, False)
                if as_read and not signed and not writers:
                    # who wrote an article: its byline; a signature only where none searched has one (a letter's had
                    # competed with a news story's byline for "Who wrote the article?": the session's code review)
                    signed, writers = True, self.index.byline_hits(sources, True)
                # each with its similarity, where search found it
                bylines = [next((hit for hit in hits if hit.chunk is given.chunk), given) for given in writers]
                searched = list(dict.fromkeys(sources or self.index.articles))
                if as_read and len(searched) > 1:  # "the transfer story": it alone; who signed a letter: a signed one
                    work = work_named(question)
                    named = {source for source in searched
                             if work and names_it(named_by(work), source, self.index.articles[source].text, 0)}
                    signers = {hit.chunk.source for hit in bylines if signed
                               and not letter_described(question, self.index.articles[hit.chunk.source].text)}
                    # "Who signed the letter?" had been answered from the minutes of a meeting that wrote one (0.50)
                    named = named & signers or named or signers
                    if named:
                        bylines = [hit for hit in bylines if hit.chunk.source in named]
                        hits = [hit for hit in hits if hit.chunk.source in named] or \
                            [hit for hit in distinct_passages(ranked, list(self.index.articles)) if hit.chunk.source in named][:depth]
                hits = distinct_passages([*bylines, *hits], list(self.index.articles))
                # What an article is about, its lead; its title: no phrase the reader looks for (qa/overview.py)
                openings = self._openings(request, ranked, self._lead) if (request := summary_asked(question)) else \
                    self._openings(request, ranked, self._title) if (request := title_asked(question)) else None
                if openings is not None:
                    findings.append(self._overview(typed, openings, hits, top_k))
                    continue
                read_from = {hit.chunk.source for hit in hits[: self.passages_to_read]}
                # a feature's row of a spec table, for a question settling no yes or no nor choosing ("Is there free
                # Wi-Fi?" had been answered "No", bench/yes-no's "| Wi-Fi | No |" of another thing)
                settles = asks_yes_or_no(question) or choices_offered(question)
                asked = without_table_named(question)  # "According to the key dates table, in what year …?": "in what year …?"
                # "… for a 10-night stay?" as the schedule's line "Stays of 8 to 14 nights" names it, and a figure the user
                # told before asking ("We live 6 miles from Quillbrook.") as its band does (qa/bands.py)
                # of the articles the question names, where it names some ("… late for our Lockhouse game": its lateness
                # bands, not a paddle hire's, bench/unseen27, written blind)
                read_texts = {source: self.index.articles[source].text for source in sorted(read_from)}
                read_texts = [text for source, text in read_texts.items()
                              if source in (articles_named(typed, read_texts) or read_texts)]
                told = told_before_question(typed)  # and a day told: "… want a Friday at Lanthorne Hall." names "Friday or Sunday"
                # what it tells with its figures as the bands holding them ("My daughter is in Year 8 and wants online
                # tutoring …" names "Years 7 to 9" and "Online": bench/unseen27, written blind) where they name one each
                told_in_bands = in_bands(told, read_texts, asked)[0] \
                    if 0 < len(bands_told(told, read_texts, asked)) == len(figures_given(told)) else ""
                besides = [*filter(None, [told_in_bands]), *bands_of_places(typed, read_texts), *WEEKDAY.findall(told)]
                in_each = [" ".join([banded, *besides]) for banded in in_bands(asked, read_texts)]
                # of a figure several schedules' bands hold, the narrowest band whose table or list the question names a
                # cell or a line of ("… a 5-day group course for my 9-year-old": the lessons' "Junior (7–15)", not the
                # hire's "Child (under 16)"); as asked where none does
                for ask in in_each:
                    named = self._named_cell(ask, read_from, settles)
                    if len(in_each) == 1 or (named[1] if named else not settles and (
                            listed := self._one_cell(ask, read_from, listed_cells, by_name=True)) and listed[1]):
                        asked = ask
                        break
                else:
                    asked = " ".join([asked, *besides])
                    named = self._named_cell(asked, read_from, settles)
                # a line of a list in dot leaders or a table of two columns, a cast's or a menu's, leads as a compared
                # cell does: the prose's "Our designer, Kit Oyelaran" (0.98) had answered "Who is the director?" beside
                # "Director ..... Verity Blackwood"
                compared = None if named else (None if settles else self._one_cell(asked, read_from, listed_cells, by_name=True)) \
                    or self._one_cell(asked, read_from, superlative_cells) \
                    or self._one_cell(asked, read_from, prose_comparison_cells)
                column = None if named or compared else self._one_cell(asked, read_from, columns_named_by_value) \
                    or self._one_cell(asked, read_from, rows_named_by_value)
                found = compared or column
                cell = (named[0], *named[1]) if named and named[1] else (found[0], *found[1]) if found else None
                signing = self.index.articles[bylines[0].chunk.source].text if len(bylines) == 1 else ""
                if as_read and signing and not letter_described(question, signing):  # the one byline's, as a named cell
                    cell = (bylines[0].chunk.source, *writer(signing, signed))
                # who says a quoted statement, as the article tells it: ahead of the reader's guesses (`leads`), which
                # had put a probe's "Simon Castellane" (99 %) before the Amira Haddad her sentence names
                speaking = None if cell else self._speaker_cell(question, searched)
                cell = cell or speaking or (None if settles else self._list_cell(question, read_from, searched))
                cell_hits = covering(ranked, cell, self.index.articles[cell[0]].text) if cell else []
                to_read = hits[: self.passages_to_read]
                for cell_hit in cell_hits:
                    if not any(hit.chunk is cell_hit.chunk for hit in to_read):
                        hits, to_read = [*hits, cell_hit], [*to_read, cell_hit]  # read and cited whatever its rank
                regions = self._in_sections(question, merge_regions(to_read))
                regions = joined_over(regions, cell) if cell_hits else regions
                topic, choices = topic_asked(question), choices_offered(question)
                if topic and topic.which and len(searched) < 2:  # "Which document mentioned the rights of barons?"
                    topic = None  # asks of documents one article names: read as any question
                not_said = self._not_mentioned(question, sources)  # about what the articles do not have: "LumenKit 4.5"
                which = topic and topic.which and not not_said and self._which(question, topic, ranked)
                if which:
                    naming, regions, reading = which
                    findings.append(Finding(typed, [*naming, *(hit for hit in hits if hit not in naming)], regions, reading, top_k))
                    continue
                if not_said:
                    reading = Reading([], 1.0)
                else:  # what is said about a topic, in statements naming it, is not read for a phrase too
                    read_cell, leads = cell if cell_hits else None, compared is not None or speaking is not None
                    reading = topic and self._about(topic, to_read, regions) or \
                        self._read(as_read if bylines else question, regions, CHOICE_SPANS if choices else spans,
                                   read_cell, leads=leads)
                    if choices:
                        reading = self._chosen(reading, regions, choices, spans)
                    if choices and choices.asked_alone:  # "Which quote did they accept?", as the reader was taught
                        alone = self._read(choices.asked_alone, regions, CHOICE_SPANS, read_cell, leads=leads)
                        reading = min(reading, self._chosen(alone, regions, choices, spans),
                                      key=lambda read: read.no_answer_probability)
                if named and not named[1]:
                    reading = self._unlikelier(reading)
            findings.append(Finding(typed, hits, regions, reading, top_k))
        return findings

    def _texts(self) -> tuple[str, ...]:
        return tuple(article.text for article in self.index.articles.values())

    def as_meant(self, question: str) -> str:
        """The question as searched and read: "hey, mr patel's deposit? thanks" as "Mr Patel's deposit?", whose capitals
        name him, "applciants" as "applicants", one typed without its "?" with one, and one after sentences telling the
        user's situation without them (qa/courtesies.py, qa/spelling.py, qa/casing.py, qa/questions.py `as_the_reader_reads`)."""
        texts = self._texts()
        return as_the_articles_write(spelt_out(in_full(as_spelt(as_the_reader_reads(without_courtesies(question_after_context(question))),
                                                                texts), texts), texts), texts)

    def asked_in_another_language(self, question: str) -> bool:
        """Whether the question reads as another language than English, which the articles do not write either
        (qa/language.py): the reader understands English questions only."""
        return question_unlike_english(without_courtesies(question), self._texts())  # not "pls" of "deposit amt pls"

    def spelt(self, question: str) -> str:
        """The question with its misspelt words spelt as it is asked (qa/spelling.py), its acronyms the articles do not say
        spelt out (qa/acronyms.py), its shorthand written in full (qa/shorthand.py): the chat shows it where it differs."""
        texts = self._texts()
        return spelt_out(in_full(as_spelt(question, texts), texts), texts)

    def not_mentioned(self, question: str, sources: list[str] | str | None = None) -> list[str]:
        """The numbers and names `question` gives that none of the articles searched (all, or those named in `sources`)
        does, as it is read (`as_meant`: "the CEO" as "the chief executive"), as the question writes them
        (qa/unmentioned.py): a question naming one is refused without reading."""
        return self._not_mentioned(self.as_meant(question), sources)

    def _not_mentioned(self, question: str, sources: list[str] | str | None = None) -> list[str]:
        names = [sources] if isinstance(sources, str) else sources or list(self.index.articles)
        return unmentioned(question, [self.index.articles[name].text for name in names])

    def _named_cell(self, asked: str, read_from: set[str], settles: bool) -> tuple[str, tuple[int, int] | None] | None:
        """The one cell or listed value the question names, if any: an item of a list in prose or a numbered list at the
        place asked for, ahead of a table's row of another document counted alike ("… the second instalment for the autumn
        term …": a student residence's "Second" instalment), a table's cell named by its row and column or by a key, a
        field, a line a band the question says labels, the row a band holds its figure in where it asks which row that is,
        the cell of a row a band the question says holds, the sentence of prose a band holding its figure is in where it
        asks for a yes or a no;
        first, the address of the business a document is about, where the question asks where it is (qa/addresses.py)."""
        return self._one_cell(asked, read_from, address_asked, by_name=True) \
            or self._one_cell(asked, read_from, counted_in_prose) or self._one_cell(asked, read_from, numbered_items) \
            or self._one_cell(asked, read_from, named_cells) or self._one_cell(asked, read_from, keyed_row_cells) \
            or (None if settles else self._one_cell(asked, read_from, named_fields)) \
            or self._one_cell(asked, read_from, band_lines) or self._one_cell(asked, read_from, band_rows) \
            or self._one_cell(asked, read_from, band_cells) or self._one_cell(asked, read_from, band_sentences)

    def _one_cell(self, question: str, sources: set[str], cells_of, by_name: bool = False) -> tuple[str, tuple[int, int] | None] | None:
        """(article, [start, end) of its text or None where empty) of the one table cell in the `sources` articles (those
        of the passages read: not another branch's report where the question names this one's) that `cells_of` finds
        for the question: one whose row and column it names (qa/spans.py `named_cells`), or that answers its superlative
        over a column (qa/superlatives.py `superlative_cells`), or the item of a list in prose at the place it asks for
        (qa/counted_lists.py `counted_in_prose`: not a cell), or the option its comparative picks by the figures the
        prose gives them (qa/comparatives.py, not a cell), or a column's header cell it names by a value of its
        (qa/spans.py `columns_named_by_value`), and holds text of the kind the question asks for
        (qa/answer_kinds.py), as the reader's spans must; None where it finds none, or several, or the question asks why.
        `by_name`: `cells_of` takes the article's file name too (qa/label_lists.py `listed_cells`).
        "What percentage of the vote did Helen Marsh get?" names her row and, by "vote", its Votes column: "4,212" had
        been the answer, the share in the next column unread."""
        if ASKS_WHY.match(question):
            return None  # "Why did North's Q2 sales fall?" names a cell, whose value is no reason
        texts, kind = {name: self.index.articles[name].text for name in sources}, asked_kind(question)
        cells = {(name, cell) for name, text in texts.items() for cell in (cells_of(question, text, name) if by_name else cells_of(question, text))
                 if cell is None or of_the_kind(text, *cell, kind)}
        # of several, those whose column says the kind: "What percentage of council seats do the Greens hold?" names Seats and Pct
        saying = {(name, cell) for name, cell in cells
                  if cell and (found := body_cell(texts[name], cell[0])) and column_says_kind(found.column, kind)}
        found = saying or cells
        # of several articles', the one's the question names: "… the second instalment … for the Ashgrove adult
        # beginners' course?" of the riding school's, not an optician's (bench/unseen25, written blind)
        named = articles_named(question, {name: texts[name] for name, _ in found})
        return self._the_one({(name, cell) for name, cell in found if name in named} or found)

    def _the_one(self, found):
        """The one (article, cell) of `found`, where an article loaded twice holds its cell twice, one cell still (of
        the article first by name); None where there is none, or several."""
        distinct = {(self.index.articles[name].text, cell) for name, cell in found}
        return min(found, key=lambda item: item[0]) if len(distinct) == 1 else None

    def _list_cell(self, question: str, read_from: set[str], searched: list[str]) -> tuple[str, int, int] | None:
        """(article, [start, end)) of the one list the question asks for whole by its heading (qa/lists.py), in the
        articles of the passages read, or else in any searched ("what are the ingredients" had read a leaflet's "other
        ingredients" passages alone, the recipe's list unread), as a named cell; None where there is none, or several."""
        found = {name: lists_asked_for(question, self.index.articles[name].text, self.index.articles[name].headings)
                 for name in searched}
        for sources in (read_from, searched):
            if spans := [(name, span) for name in sources for span in found.get(name, [])]:
                one = self._the_one(spans)
                return (one[0], *one[1]) if one else None
        return None

    def _speaker_cell(self, question: str, sources: list[str]) -> tuple[str, int, int] | None:
        """(article, [start, end)) of the name of who says the statement "Who said “…”?" quotes (qa/attribution.py
        `speaker_of_quote`), in the one article holding it, as a named cell; None for another question."""
        one = self._the_one([(name, span) for name in sources
                             if (span := speaker_of_quote(question, self.index.articles[name].text))])
        return (one[0], *one[1]) if one else None

    def _unlikelier(self, reading: Reading) -> Reading:
        """`reading` where the question names an empty table cell by its row and column (`_one_cell`): no answer at
        least NAMED_CELL_PROBABILITY likely, its spans as likely against each other as they were ("What were the costs in
        June?", of a month whose costs were not in yet, had been answered "margin are missing"), but where the reader
        finds a span as likely as that at least."""
        spans = sum(candidate.probability for candidate in reading.candidates)
        if reading.no_answer_probability >= NAMED_CELL_PROBABILITY or spans <= 0 \
                or reading.best.probability >= NAMED_CELL_PROBABILITY:  # "South's Q3 figure, 88, arrived after the table"
            return reading
        scale = (1 - NAMED_CELL_PROBABILITY) / spans
        return Reading([replace(c, probability=c.probability * scale) for c in reading.candidates], NAMED_CELL_PROBABILITY)

    def _lead(self, article: Article) -> tuple[int, int] | None:
        return lead(article.text, article.headings)

    def _title(self, article: Article) -> tuple[int, int] | None:
        return title(article.text, article.is_markdown, article.headings, article.is_laid_out)

    def _openings(self, request: SummaryRequest, ranked: list[Hit], span_of: Callable[[Article], tuple[int, int] | None]
                  ) -> list[tuple[list[Hit], int, int]] | None:
        """Of each article searched that is the one the request names ("the Fernbrook letter"; any, where it names none),
        closest first (`ranked`, its passages all), the span `span_of` finds of it (its lead, its title: qa/overview.py)
        as (the smallest passage holding it, or those it runs over, start, end): none where such an article has none (a
        letter has no title), None where no article is the one named ("What was the Plos Pathogens paper about?" asks of
        a paper an article cites: the reader reads for it)."""
        openings, named = [], False
        for source in dict.fromkeys(hit.chunk.source for hit in ranked):
            article = self.index.articles[source]
            span = span_of(article)
            if not names_it(request, source, article.text, span[1] if span else 0):
                continue
            named = True
            if span:
                over = [hit for hit in ranked
                        if hit.chunk.source == source and hit.chunk.start < span[1] and span[0] < hit.chunk.end]
                holding = [hit for hit in over if hit.chunk.start <= span[0] and span[1] <= hit.chunk.end]
                openings.append(([min(holding, key=lambda h: h.chunk.end - h.chunk.start)] if holding else over, *span))
        return openings if named else None

    def _overview(self, question: str, openings: list[tuple[list[Hit], int, int]], hits: list[Hit], top_k: int) -> Finding:
        """The finding for a question asking what the articles are about, or their titles: their leads or titles
        (`_openings`), the closest article's first, each as likely as LEAD_PROBABILITY, the next one then for "What
        else?" (`other_than`); their passages cited first. No answer where there are none."""
        regions = [merge_regions(passages)[0] for passages, _, _ in openings]
        logit = self.reader.calibration.logit_of(LEAD_PROBABILITY)
        candidates = [SpanCandidate(context, start - region.start, end - region.start, logit, LEAD_PROBABILITY)
                      for context, (region, (_, start, end)) in enumerate(zip(regions, openings))]
        cited = distinct_passages([*(hit for passages, _, _ in openings for hit in passages), *hits], list(self.index.articles))
        return Finding(question, cited, regions, Reading(candidates, 1 - LEAD_PROBABILITY if candidates else 1.0, each_alone=True),
                       top_k)

    def _which(self, question: str, topic: Topic, ranked: list[Hit]) -> tuple[list[Hit], list[Region], Reading] | None:
        """Which article speaks of `topic` ("Which article mentions the ferry timetable?"): the passages of those searched
        (`ranked`) naming a word of it, each article's closest first (one long article's had filled the reading, another's
        never reached), then the others closest first, WHICH_PASSAGES at most; their regions, and the statements naming
        it (`_about`): of the closest four alone, another article's mention had been "no other answer"; None where none
        does."""
        naming = self.index.naming(set(topic.words)) | (self.index.shaped(DETAIL_SHAPES[topic.shape]) if topic.shape else frozenset())
        hits = [hit for hit in distinct_passages(ranked, list(self.index.articles)) if hit.chunk in naming]
        firsts: dict[str, Hit] = {}
        for hit in hits:
            firsts.setdefault(hit.chunk.source, hit)
        first_chunks = {hit.chunk for hit in firsts.values()}
        hits = [*firsts.values(), *(hit for hit in hits if hit.chunk not in first_chunks)][:WHICH_PASSAGES]
        regions = self._in_sections(question, merge_regions(hits))
        reading = self._about(topic, hits, regions) if hits else None
        return (hits, regions, reading) if reading else None

    def _section_headings(self, article: Article) -> dict[int, str]:
        """The words of each heading of the article by where it ends, but its title's, which heads no section: every
        statement under "Ferry back in service" had named the ferry ("The bus timetable changes in May." had answered
        "Which article mentions the ferry timetable?")."""
        span = self._title(article)
        title_words = " ".join(article.text[span[0]:span[1]].split()) if span else None
        return {end: words for end, words in headings(article.text, article.headings) if " ".join(words.split()) != title_words}

    def _about(self, topic: Topic, hits: list[Hit], regions: list[Region]) -> Reading | None:
        """A reading of a question asking what the articles say about `topic` (qa/about.py): the statements of the `hits`
        read naming it, in `Statement.rank`'s order, in the hits' order then; each as likely as `Statement.probability`,
        the next one then for "What else?" (`other_than`); None where none names it, and no answer where each that does
        is said by another than the one whose words are asked for (qa/attribution.py)."""
        found: dict[tuple[int, int, int], Statement] = {}
        sections: dict[str, dict[int, str]] = {}  # each article's, found once: up to WHICH_PASSAGES hits read
        for hit in hits:
            article = self.index.articles[hit.chunk.source]
            if hit.chunk.source not in sections:
                sections[hit.chunk.source] = self._section_headings(article)
            for statement in statements_naming(topic, article.text, [(hit.chunk.start, hit.chunk.end)],
                                               sections[hit.chunk.source]):
                context = next((k for k, region in enumerate(regions) if region.source == hit.chunk.source
                                and region.start <= statement.start and statement.end <= region.end), None)
                if context is not None:  # not one running over a section's cut (`_in_sections`)
                    found.setdefault((context, statement.start, statement.end), statement)
        if not found:
            return None
        if topic.sayer:  # not a statement the article gives as another's ("What did Trump say…?" of Khorev's words)
            found = {key: statement for key, statement in found.items()
                     if not someone_else_s(self.index.articles[regions[key[0]].source].text, statement.start, topic.sayer)}
            if not found:
                return Reading([], 1.0)
        # the sayer's own statements first, then those of no speaker told (a probe's: a headline had come first); only
        # theirs, where the article gives them any: "What did Jones say about the bridge?" is none of its headline
        own = {key for key, statement in found.items()
               if topic.sayer and said_by(self.index.articles[regions[key[0]].source].text, statement.start, topic.sayer)}
        if topic.sayer and not own and any(speaks_in(self.index.articles[region.source].text, topic.sayer) for region in regions):
            return Reading([], 1.0)
        ordered = sorted(found.items(), key=lambda item: (item[0] not in own, item[1].rank))
        candidates = [SpanCandidate(context, start - regions[context].start, end - regions[context].start,
                                    self.reader.calibration.logit_of(statement.probability), statement.probability)
                      for (context, start, end), statement in ordered]
        return Reading(candidates, 1 - candidates[0].probability, each_alone=True)

    def _chosen(self, reading: Reading, regions: list[Region], choices: Choices, spans: int | None = None) -> Reading:
        """A reading of a question offering choices (qa/choices.py). Of its spans, those naming one option within a statement
        that does not rule it out ("…, not in the Net Loft"), or all of them together ("cash and card" for "Can I pay by
        cash or card?"): those whose statement is about what the question names first come first ("the body" of "Is the
        body of the kettle made of glass or plastic?": "plastic", of the handle's sentence, had been the answer), then
        as the reader ranks them. Each is as likely as the reader finds it against the others and no answer; but the
        first, its copies left out, is as likely as any is, times its option's share of the spans about the question's
        subject (of all, where none is); the first naming all together where more than one may answer and each option's
        share, with theirs, is half or more. The reading as it was where no span names an option ("a dummy tablet" may
        answer "… a placebo or a medicine?"), but for a comparative between them, which only an option answers: "Which is
        cheaper, the Standard or the Student plan?" had been answered "VAT" (76 %, a chat user's)."""
        found: dict[int, ChosenSpan] = {}  # by the candidate's place in the reading
        for place, candidate in enumerate(reading.candidates):
            region = regions[candidate.context]
            text, start, end = self.index.articles[region.source].text, region.start + candidate.start, region.start + candidate.end
            named = options_named(choices, text[start:end])
            together = not choices.one_alone and len(named) == len(choices.options) and TOGETHER.search(text, start, end)
            if len(named) != 1 and not together:
                continue
            first, last = statement_around(text, start, start + 1, (region.start, region.end), cells_alone=False)
            if end <= last and not is_ruled_out(text[first:last], start - first, end - first):
                # Read under its headings ("11. Date of next meeting"), and after the sentence before where it opens with a
                # pronoun ("It is closed on Mondays").
                about = f"{heading_before(text, first, self.index.articles[region.source].headings) or ''} {text[first:last]}"
                if PRONOUN_OPENING.match(text, first) and first > region.start:
                    about += text[statement_around(text, first - 2, first - 1, (region.start, region.end), cells_alone=False)[0]:first]
                found[place] = ChosenSpan(frozenset(named), choices.subject in search_words(about), text[start:end])
        if not found:
            comparing = asked_comparative([word.lower() for word in re.findall(r"[^\W_]+", choices.asked_alone or "")])
            return Reading([], 1.0) if comparing else reading
        kept = list(found)
        probabilities = self.reader.calibration.probabilities([reading.candidates[place].logit for place in kept])
        about_it = any(found[place].about_subject for place in kept)
        ranked = sorted(zip(kept, probabilities[1:]), key=lambda pair: about_it and not found[pair[0]].about_subject)  # stable
        running = [(found[place].options, p) for place, p in ranked if found[place].about_subject or not about_it]
        support = [sum(p for options, p in running if option in options) / sum(p for _, p in running)
                   for option in range(len(choices.options))]
        together = not choices.one_alone and min(support) >= 0.5  # each as likely as not: "cash and card", not "cash"
        chosen = next((place for place, _ in ranked if (len(found[place].options) > 1) == together), ranked[0][0])
        share = min(support) if together else support[min(found[chosen].options)]
        said = normalize_answer(found[chosen].text)
        others = [replace(reading.candidates[place], probability=float(p)) for place, p in ranked
                  if place != chosen and normalize_answer(found[place].text) != said]
        best = replace(reading.candidates[chosen], probability=float(share * (1 - probabilities[0])))
        return Reading([best, *others][: spans or self.reader.top_k], float(probabilities[0]))

    def _read(self, question: str, regions: list[Region], spans: int | None = None,
              cell: tuple[str, int, int] | None = None, leads: bool = False) -> Reading:
        """Read the question's regions, Markdown tables' cells named by their columns and a Markdown
        article's inline markup left out (index/tables.py); the reading's spans are offsets into the regions' article
        text. No answer is a column's name, a table label the question names, in an article read from a layout a span
        over a line end (qa/spans.py), or text of another kind than the question asks for (qa/answer_kinds.py: a name
        for a phone number) or of another measure (qa/measures.py: a length for a depth).
        The title and headings, read before a passage as a column's name is read before its cell where the question
        names them (`names_its_headings`), tell the reader what the passage is about: a question naming the article's
        subject ("… for the Harbourside focaccia?") had been refused for the ingredients' passage not naming it."""
        articles = self.index.articles
        passages = [articles[r.source].text[r.start:r.end] for r in regions]
        asking = asking_sentence(question)  # past the statements leading into it (qa/lead_ins.py)
        asked, kind = table_words(question), asked_kind(asking)
        contact_of = contact_asked_of(question, kind)  # "Mr Okafor's email address"
        views = [self._view(question, asked, articles[r.source], r.start, r.end) for r in regions]
        # Of several articles, one never naming a number the question names answers nothing ("When was Quillpad 4.2
        # released?" had been answered from Quillpad's changelog, which has no 4.2, another app's notes having one).
        lacking = {source for source in {r.source for r in regions} if unmentioned(question, [articles[source].text])}
        # A heading naming a section says nothing of it: no reason ("Why?" had been answered "Western Support and
        # Strategic Concerns", 44 %) nor what settles a yes or no ("Pakistan's Neutral Role…", a review's); one written as
        # a sentence may ("## The café closes at 4pm")
        no_heading = asked_for(asking) == "reason" or asks_yes_or_no(without_courtesies(question))
        days_asked = WEEKDAY_NAMED.search(asking) is not None  # a sentence's days are looked up only then
        contrasts_asked = bool(contrast_words(asking))  # and a figure's words only then

        def answerable(context: int, start: int, end: int) -> bool:
            span = views[context].passage_span(start, end)
            if span is None or regions[context].source in lacking:
                return False
            article, at = articles[regions[context].source], regions[context].start  # the spans in article offsets
            if a_part_s_number_unasked(asking, article.text, at + span[0], at + span[1]):
                return False
            if (views[context].names_only(start, end) and row_label_cell(article.text, at + span[0]) is None
                    or in_header_row(article.text, at + span[0])) \
                    and not answers_with_a_column(asking, asked, article.text[at + span[0]:at + span[1]]):
                return False  # a column's name read before its cell, or in its header (a probe's "Owner" for who sends…)
            if in_a_heading_of_other_numbers(question, article, at + span[0]):
                return False
            if no_heading and (heading := line_at(views[context].text, start) if span[0] < 0 else
                               heading_line(article.text, at + span[0], article.headings)) is not None \
                    and names_a_section(heading):
                return False
            of_kind = of_the_kind(article.text, at + span[0], at + span[1], kind) \
                and not another_measure(asking, article.text[at + span[0]:at + span[1]],
                                        article.text[at + span[1]:at + span[1] + KIND_CONTEXT]) \
                and not time_of_another_event(asking, article.text[max(at + span[0] - KIND_CONTEXT, 0):at + span[0]],
                                              article.text[at + span[0]:at + span[1]]) \
                and not (days_asked and of_other_days(asking, said_of(article.text, at + span[0]))) \
                and not (contrasts_asked and _of_a_contrasted_thing(asking, article.text, at + span[0], at + span[1])) \
                and not (contrasts_asked and of_a_contrasted_row(asking, article.text, at + span[0])) \
                and not in_a_column_of_another_period(asking, article.text, at + span[0]) \
                and not said_not_to(asking, article.text, at + span[0]) \
                and not of_a_sibling(asking, article.text, at + span[0]) \
                and not of_another_row(asking, article.text, at + span[0]) \
                and not in_a_line_not_named(asking, article.text, at + span[0], article.name) \
                and not placed_by_the_asked(asking, article.text, at + span[0], at + span[1]) \
                and not in_a_band_given(asking, article.text, at + span[0], at + span[1]) \
                and not of_another_band(asking, article.text, at + span[0]) \
                and not of_another_role(asking, article.text, at + span[0]) \
                and not (kind == MONEY and of_an_unnamed_line(question, article.text, at + span[0], at + span[1])) \
                and not someone_else_s_contact(contact_of, article.text, at + span[0], at + span[1]) \
                and not unasked_speaker(asking, article.text, at + span[0], at + span[1]) \
                and not not_asked_of_the_byline(asking, article.text, at + span[0], at + span[1])
            if span[0] < 0:  # in a heading over the passage: no table's, nor laid out over lines
                return of_kind
            return not in_label_the_question_names(asked, passages[context], *span) \
                and not (article.is_laid_out and crosses_line_ends(passages[context], *span)) \
                and not in_a_cell_the_question_does_not_name(asked, article.text, at + span[0]) \
                and not in_a_field_the_question_does_not_name(asked, article.text, at + span[0], kind) \
                and not in_a_label_the_question_names_whole(asked, article.text, at + span[0], at + span[1]) \
                and of_kind

        # words naming what is asked for alone are read as typed and as a question ("What is the … number?"), the surer
        # kept: "wexcombe clinic nurse advice line number" had been refused (100 %), "League Cup final score?" is not
        reading = min((self.reader.read_many([as_read], [[view.text for view in views]], spans, answerable)[0]
                       for as_read in dict.fromkeys([asking, as_a_question(asking)])),
                      key=lambda read: read.no_answer_probability)
        reading = self._one_of_each(passage_reading(reading, views), regions)
        return self._with_named_cell(asking, reading, regions, cell, leads) if cell else reading

    def _in_sections(self, question: str, regions: list[Region]) -> list[Region]:
        """`regions`, each read under its headings (`names_its_headings`) cut where a section of its outermost heading's
        level starts (index/headings.py `section_breaks`), so that each part is read under its own: a changelog's passage
        running on from 3.3.1's fixes into "## 3.3.0" had read 3.3.1's under no heading that could answer which version."""
        asked, cut = table_words(question), []
        for region in regions:
            article = self.index.articles[region.source]
            passage = article.text[region.start:region.end]
            breaks = section_breaks(article.text, region.start, region.end, article.headings) \
                if names_its_headings(asked, article, region.start, passage) else []
            edges = [region.start, *breaks, region.end]
            cut += [Region(region.source, a, b) for a, b in zip(edges, edges[1:]) if article.text[a:b].strip()]
        return cut

    def _one_of_each(self, reading: Reading, regions: list[Region]) -> Reading:
        """`reading` with each span of the article read in several regions (a heading over two passages read under it)
        once, as likely as all its readings together, in the first's place."""
        kept: dict[tuple[str, int, int], SpanCandidate] = {}
        for candidate in reading.candidates:
            region = regions[candidate.context]
            key = (region.source, region.start + candidate.start, region.start + candidate.end)
            if key in kept:
                first = kept[key]
                kept[key] = replace(first, probability=first.probability + candidate.probability,
                                    logit=self.reader.calibration.logit_of_sum(first.logit, candidate.logit))
            else:
                kept[key] = candidate
        if len(kept) == len(reading.candidates):
            return reading
        return Reading(sorted(kept.values(), key=lambda c: -c.probability), reading.no_answer_probability)

    def _view(self, question: str, asked: set[str], article: Article, start: int, end: int) -> TableView:
        """How the reader reads article.text[start:end] for a question (`asked`: its `table_words`): under its headings where the
        question names them (`names_its_headings`), and after the line of the document's details naming the question's
        subject where the passage and its headings do not (qa/subject_lines.py)."""
        passage = article.text[start:end]
        under = names_its_headings(asked, article, start, passage)
        over = heading_before(article.text, start, article.headings, with_title=True)
        subject = subject_line(question, article.text, start, end, over)
        return table_view(article.text, start, end, article.is_markdown, under, article.headings, with_title=True, subject=subject)

    def _with_named_cell(self, question: str, reading: Reading, regions: list[Region], cell: tuple[str, int, int],
                         leads: bool = False) -> Reading:
        """`reading` with the table cell the question names by its row and column (`_one_cell`, read in one of the
        `regions`) its best span, at least NAMED_CELL_PROBABILITY likely, its other spans' probabilities scored with it
        as the reader scores its spans (`other_than`) and as likely against each other as they were; but where the
        reader finds another span that likely at least, in a paragraph saying what the question names the row by
        (`_says_the_row`), which stays ahead of it ("What was the North's restated Q2 figure?" is answered from the
        prose, "102", not the table's 95: a review's, session 43; "How much is the deposit for the trip?" not with "The
        full cost is £295", 0.99, beside a payments table's "Deposit" row: bench/unseen14, written blind). The reader,
        taught on SQuAD's prose, seldom finds a table's cell: "What was the East region's volume in Q1 2025?" had been
        refused beside "East, 2025 Q1: 941". A cell that `leads`, found by comparing a column's figures, stays ahead of
        every span, as the reader compares none ("Which bike got the highest test score?" had been answered with
        another's name), but a sure one in the prose naming another of its column's."""
        source, start, end = cell
        context = next(k for k, region in enumerate(regions) if region.source == source and region.start <= start and end <= region.end)
        span = (context, start - regions[context].start, end - regions[context].start)
        # spans inside the cell are its own ("Lab Block" of "Lab Block L4")
        inside = [c for c in reading.candidates if c.context == span[0] and span[1] <= c.start and c.end <= span[2]]
        others = [c for c in reading.candidates if c not in inside]
        floor = self.reader.calibration.logit_of(NAMED_CELL_PROBABILITY)
        # such a prose span may say what the table does not ("Last week Marcus made the most calls", a review's); a
        # heading's "House" or the prose's "sex", sure as they were, named no cell of the column compared
        column = self._column_cells(source, start) if leads else set()
        # no answer beside a cell named by its row, a sentence naming its row with others, saying what they share: "Extra
        # users on the Growth and Practice plans cost £4 each per month" (0.93) had answered what the Practice plan costs
        # (an API user's); a compared cell's rival names another row (above)
        shared = None if leads else self._rows_together(source, start)
        others = [c for c in others if shared is None or self._in_a_table(regions[c.context], c)
                  or not shared.search(sentence_at(self.index.articles[regions[c.context].source].text,
                                                   regions[c.context].start + c.start))]
        # never another cell of a table: the reader, reading a table as prose, had been sure of the row above's ("31" for
        # "How many accidents were there in 2020?" of a web page's Year/Accidents table: a review's, session 53)
        rivals = [c for c in others if not self._in_a_table(regions[c.context], c)
                  and (self._prose_naming(regions[c.context], c, column) if leads else self._says_the_row(question, regions[c.context], c, cell))]
        contested = max((c.probability for c in rivals), default=0.0) >= NAMED_CELL_PROBABILITY
        if contested:
            logit = max([c.logit for c in inside] + [floor])  # a span the reader finds as likely stays ahead of it
        else:  # else the best, as a prose distractor is no answer the cell is not ("£8,900 of the Midlands figure")
            logit = max([c.logit for c in reading.candidates] + [floor])
        candidates = sorted([SpanCandidate(*span, logit), *others], key=lambda c: -c.logit)[: max(len(reading.candidates), 1)]
        probabilities = self.reader.calibration.probabilities([c.logit for c in candidates])
        read = Reading([replace(c, probability=float(p)) for c, p in zip(candidates, probabilities[1:])], float(probabilities[0]))
        # uncontested, the cell is NAMED_CELL_PROBABILITY likely at least, not as likely as the distractor it passed: 86
        # of the bench sets' named cells had been answered at 20-50 % ("£60", the trip's deposit, 50 %), 80 of them right
        return read if contested else read.best_at_least(NAMED_CELL_PROBABILITY)

    def _says_the_row(self, question: str, region: Region, candidate: SpanCandidate, cell: tuple[str, int, int]) -> bool:
        """Whether the paragraph of a span of the prose says a word the question names the table cell's row by (its
        label's or its other cells'), in its sentence or one before ("A fire hit the North region. … its Q2 figure was
        restated to 102": a code review's); true where the cell is no table's body cell (a list's line) or the question
        names its row by no word of it."""
        found = body_cell(self.index.articles[cell[0]].text, cell[1])
        if found is None:
            return True
        naming = name_words(" ".join([found.row_label or "", *(value for _, value in found.row)])) & name_words(question) - ASKING_STEMS
        text, at = self.index.articles[region.source].text, region.start + candidate.start
        end = text.find("\n\n", at)
        paragraph = text[text.rfind("\n\n", 0, at) + 1 : len(text) if end < 0 else end]
        return not naming or bool(naming & name_words(paragraph))

    def _column_cells(self, source: str, at: int) -> set[str]:
        """The texts, SQuAD-normalised, of the cells of the column of the table cell at text[at]."""
        text = self.index.articles[source].text
        for table in table_cells(text):
            named = next((name for start, end, name, _, _ in table.cells if start <= at < end), None)
            if named is not None:
                return {normalize_answer(text[start:end]) for start, end, name, _, _ in table.cells if name == named}
        return set()

    def _prose_naming(self, region: Region, candidate: SpanCandidate, cells: set[str]) -> bool:
        """Whether a span is outside the article's tables and names one of `cells` (`_column_cells`)."""
        text, at = self.index.articles[region.source].text, region.start + candidate.start
        return not self._in_a_table(region, candidate) and normalize_answer(text[at:region.start + candidate.end]) in cells

    def _rows_together(self, source: str, at: int) -> re.Pattern | None:
        """A pattern of the label of the row of the table cell at `at` said in a list with another row's ("the Growth and
        Practice plans", "Practice, Starter"); None where the cell has no label, or the table no other."""
        cell = body_cell(self.index.articles[source].text, at)
        others = [re.escape(label) for label in (cell.labels if cell else ()) if label != cell.row_label
                  and any(ch.isalpha() for ch in label)]
        if not others or not cell.row_label:
            return None
        own, other, joined = re.escape(cell.row_label), "|".join(others), r"(?:\s*,\s*|\s+(?:and|or|&)\s+)(?:the\s+)?"
        return re.compile(rf"(?<!\w)(?:(?:{other}){joined}{own}|{own}{joined}(?:{other}))(?!\w)", re.IGNORECASE)

    def _in_a_table(self, region: Region, candidate: SpanCandidate) -> bool:
        """Whether a span starts inside one of its article's tables (`table_cells`), or a list of a label and its value a
        line (qa/label_lists.py)."""
        at, text = region.start + candidate.start, self.index.articles[region.source].text
        return any(table.start <= at < table.end for table in table_cells(text)) or in_a_label_list(text, at)

    def find(self, question: str, top_k: int = 3, sources: list[str] | str | None = None, spans: int | None = None) -> Finding:
        return self.find_many([question], top_k, sources, spans)[0]

    def decide(self, finding: Finding, threshold: float | None = None, given: tuple[Answer, ...] = ()) -> Answer:
        """Answer with the best span, or abstain when no answer is at least `threshold` likely (a
        probability; math.inf: answer with any span there is, as `qa eval` asks to score its sweep).
        Answers `given` before are not given again (`other_than`)."""
        threshold = self.no_answer_threshold if threshold is None else threshold
        if not (is_probability(threshold) or threshold == math.inf):
            raise ValueError(f"a no-answer threshold is a probability from 0 to 1 (or math.inf, to always answer), not {threshold!r}")
        if given:
            finding = replace(finding, reading=self.other_than(finding, given))
        best, reading = finding.reading.best, finding.reading
        answer_probability = None if best is None else reading.answer_probability(lambda span: self.span_text(finding, span))
        if not answers(answer_probability, reading.no_answer_probability, threshold):
            citations = [self._passage(h) for h in finding.hits[: finding.top_k]]
            return Answer(finding.question, "", False, reading.no_answer_probability, citations=citations,
                          no_answer_probability=reading.no_answer_probability)
        region = finding.regions[best.context]
        start, end = region.start + best.start, region.start + best.end
        if asks_yes_or_no(without_courtesies(finding.question)):
            start, end = statement_around(self.index.articles[region.source].text, start, end, (region.start, region.end))
        else:  # "What time does it close?" of "09:00–13:00"; "Callum" as "Callum Reyes"
            start, end = end_asked(finding.question, self.index.articles[region.source].text, start, end)
            start, end = full_name_at(finding.question, self.index.articles[region.source].text, start, end)
        text = self.index.articles[region.source].text[start:end]
        return Answer(finding.question, text, True, best.probability, region.source, start, end,
                      self._citations(finding, region.source, start, end), reading.no_answer_probability,
                      self.index.articles[region.source].page_at(start))

    def span_text(self, finding: Finding, span: SpanCandidate) -> str:
        """The article's text of one of the finding's spans."""
        region = finding.regions[span.context]
        return self.index.articles[region.source].text[region.start + span.start:region.start + span.end]

    def other_than(self, finding: Finding, given: tuple[Answer, ...]) -> Reading:
        """The finding's reading without the spans that give an answer `given` before again: its
        stretch of the article or one beside it (`_beside`: "Russian Ambassador" before "Albert P.
        Khorev"), or its words elsewhere (SQuAD-normalised, either within the other: "Soviet-era symbols
        and the term …" after "Soviet-era symbols"); of a question asking which article speaks of a topic, none of the
        articles given ("Which other article mentions it?"). The rest are scored as the reader scores its best
        spans, so that the abstention rule means for them what it means for any question: "nothing
        else" where no other span is likely enough; statements and leads (`Reading.each_alone`) as likely as each is."""
        said = [f" {normalize_answer(answer.text)} " for answer in given if answer.answered]

        def repeats(candidate) -> bool:
            region = finding.regions[candidate.context]
            start, end = region.start + candidate.start, region.start + candidate.end
            text = self.index.articles[region.source].text
            if any(a.answered and a.source == region.source and _beside(text, (start, end), (a.start, a.end)) for a in given):
                return True
            words = normalize_answer(text[start:end])
            return not words or any(f" {words} " in other or other in f" {words} " for other in said)

        topic = topic_asked(finding.question)
        if topic and topic.which and finding.reading.each_alone:
            # "Which other article mentions it?": not those given, whatever the words of those it does, which all name
            # the topic (the minutes' "… at the Riverside Community Library." had repeated the library page's answer,
            # "Riverside Community Library": the chat user's "Any others?" was told of none).
            answered_in = {answer.source for answer in given if answer.answered}
            others = [c for c in finding.reading.candidates if finding.regions[c.context].source not in answered_in]
        else:
            others = [c for c in finding.reading.candidates if not repeats(c)]
        others = others[: self.reader.top_k]
        if not others:
            return Reading([], 1.0)
        if finding.reading.each_alone:
            return Reading(others, 1 - others[0].probability, each_alone=True)
        probabilities = self.reader.calibration.probabilities([c.logit for c in others])
        return Reading([replace(c, probability=float(p)) for c, p in zip(others, probabilities[1:])], float(probabilities[0]))

    def _passage(self, hit: Hit, answer: tuple[str, int, int] | None = None) -> Citation:
        """The hit's passage, the answer (source, start, end) located in it where it holds it whole."""
        chunk, article = hit.chunk, self.index.articles[hit.chunk.source]
        holds = answer is not None and answer[0] == chunk.source and chunk.start <= answer[1] and answer[2] <= chunk.end
        return Citation(chunk.source, chunk.start, chunk.end, chunk.text, hit.score,
                        answer[1] - chunk.start if holds else None, answer[2] - chunk.start if holds else None,
                        article.page_at(chunk.start), article.page_at(chunk.end - 1))

    def _citations(self, finding: Finding, source: str, start: int, end: int) -> list[Citation]:
        """The passage holding the answer first (the smallest read chunk around it, or the merged
        stretch when the answer crosses chunks), then the other top retrieved passages."""
        article = self.index.articles[source]
        overlapping = [h for h in finding.hits if h.chunk.source == source and h.chunk.start < end and start < h.chunk.end]
        if not overlapping:  # a heading over a passage read (`_view`): its own passage first, as close as the one read
            heading = next(chunk for chunk in self.index.chunks if chunk.source == source and chunk.start <= start and end <= chunk.end)
            overlapping = [Hit(heading, max(h.score for h in finding.hits if h.chunk.source == source))]
        holding = [h for h in overlapping if h.chunk.start <= start and end <= h.chunk.end]
        if holding:
            best = min(holding, key=lambda h: h.chunk.end - h.chunk.start)
            passage_start, passage_end, relevance = best.chunk.start, best.chunk.end, best.score
        else:
            passage_start = min(h.chunk.start for h in overlapping)
            passage_end = max(h.chunk.end for h in overlapping)
            relevance = max(h.score for h in overlapping)
        cited = Citation(source, passage_start, passage_end, article.text[passage_start:passage_end], relevance,
                         start - passage_start, end - passage_start, article.page_at(passage_start),
                         article.page_at(passage_end - 1))
        others = [h for h in finding.hits[: finding.top_k]
                  if not (h.chunk.source == source and passage_start <= h.chunk.start and h.chunk.end <= passage_end)]
        # Another passage may hold the answer too (chunks overlap by a sentence): it is marked there as well.
        return [cited, *(self._passage(h, (source, start, end)) for h in others[: finding.top_k - 1])]

    def ask(self, question: str, top_k: int = 3, sources: list[str] | str | None = None,
            other_than: Answer | Iterable[Answer] = ()) -> Answer:
        """Answer `question` from the articles (or only those named in `sources`: a list of names, or one),
        with another answer than those in `other_than` (one or several Answers, as "Who else?" asks)."""
        given = (other_than,) if isinstance(other_than, Answer) else other_than
        if isinstance(given, (str, bytes, Mapping)) or not isinstance(given, Iterable):  # a dict, such as to_dict() gives, is no Answer
            raise TypeError(f"other_than takes the Answers not to give again, not {type(other_than).__name__}")
        given = tuple(given)
        if not all(isinstance(answer, Answer) for answer in given):
            wrong = next(answer for answer in given if not isinstance(answer, Answer))
            raise TypeError(f"other_than takes the Answers not to give again, not {type(wrong).__name__}")
        clean_questions([question], asked_alone=True)
        with self._lock:
            return self.decide(self.find(question, top_k, sources, SPANS_BESIDE_GIVEN if given else None), given=given)

    def answers_in_turn(self, question: str, top_k: int, sources: list[str], most: int) -> list[Answer]:
        """The answers one reading of `question` gives in turn, each another than those before (`decide`'s `given`), up
        to `most`: "Which articles mention Mill Lane?", a statement of each; found and decided on one index, as `ask`."""
        with self._lock:
            finding, answers = self.find(question, top_k, sources), []
            while len(answers) < most and (other := self.decide(finding, given=tuple(answers))).answered:
                answers.append(other)
            return answers

    def read_on(self, answer: Answer, question: str = "Tell me more", top_k: int = 3) -> Answer:
        """What the article says on from `answer`, as "Tell me more" asks after it (qa/read_on.py): the whole
        statement holding a phrase, else the sentences that follow it, as likely as the answer was, being its context;
        no answer at the article's end. `question`, what was typed, is the Answer's."""
        if not isinstance(answer, Answer):
            raise TypeError(f"read_on goes on from an Answer, not {type(answer).__name__}")
        if not is_count(top_k):
            raise ValueError(f"top_k (passages to cite) must be a whole number of at least 1, not {top_k!r}")
        if not answer.answered:
            raise ValueError("There is nothing to read on from: the article gave no answer before.")
        with self._lock:  # the index as one article's adding or removing leaves it
            article = self.index.articles.get(answer.source)
            if article is None or article.text[answer.start:answer.end] != answer.text:
                raise ValueError(f"There is nothing to read on from: {answer.source} is no longer loaded as it was when it "
                                 "gave that answer.")
            span = read_on(article.text, answer.start, answer.end, article.headings)
            start, end = span or (answer.start, answer.end)
            # Not retrieved: the passages it runs over are cited, as close as the answer's own was.
            relevance = max((citation.relevance for citation in answer.citations if citation.source == answer.source),
                            default=0.0)
            hits = [Hit(chunk, relevance) for chunk in self.index.chunks
                    if chunk.source == answer.source and chunk.start < end and start < chunk.end]
            if span is None:
                return self.decide(Finding(question, hits, [], Reading([], 1.0), top_k))
            region = merge_regions(hits)[0]
            likely = min(max(answer.score, 1e-6), 1 - 1e-6)  # an answer's score may be 1.0 to the last digit
            candidate = SpanCandidate(0, start - region.start, end - region.start, self.reader.calibration.logit_of(likely), likely)
            return self.decide(Finding(question, hits, [region], Reading([candidate], 1 - likely), top_k), threshold=math.inf)

    def ask_many(self, questions: list[str], top_k: int = 3, sources: list[str] | str | None = None) -> list[Answer]:
        """Answer several questions, all checked before any is read; each answered as `ask` answers it."""
        if isinstance(questions, Iterable) and not isinstance(questions, (str, bytes, Mapping)):
            questions = clean_questions(list(questions), asked_alone=True)
            self.find_many([], top_k, sources)  # top_k and sources checked before any question is read
        else:
            self.find_many(questions, top_k, sources)  # refused, saying why
        answers = []
        for question in questions:  # each found and decided on one index, as `ask` does
            with self._lock:
                answers.append(self.decide(self.find(question, top_k, sources)))
        return answers
