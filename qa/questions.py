"""Questions: one checked before it is asked, and question sets in JSON Lines, SQuAD rows or the
article question format: reading them, with a malformed row named by file and line, sampling
them, and SQuAD articles rebuilt from their rows."""
from __future__ import annotations

import codecs
import difflib
import gzip
import hashlib
import io
import itertools
import json
import random
import re
import unicodedata
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

from index.articles import Article
from index.tables import text_as_read
from qa.answer_kinds import NO_ASKING_WORD
from qa.metrics import holds_words, normalize_answer

MAX_QUESTION_CHARS = 1000
# no question word, verb nor bidding: not "Any mention of assistance dogs?"
KEYWORDS_ONLY = re.compile(rf"\W*{NO_ASKING_WORD}(?!(?:any|anything|anyone|anybody|mention|mentions|mentioned)\b)[^\W\d_]", re.IGNORECASE)
GZIP_MAGIC = b"\x1f\x8b"
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


# What a question asking nothing alone ("When?") is told to ask instead: an example would be of one article only
# (a results note had been told to ask "When were the talks held?", the seed article's).
ASK_A_WHOLE_QUESTION = "ask a whole question that names what it asks about"
BARE_QUESTION_WORDS = 6  # the most words a question asking nothing alone has: loading SQuAD dev had taken twice as long
NO_TYPE = "(no type)"  # the `by_type` row of the questions without a type, in a set where others have one
# The keys a row of each format may hold. "article" names the article a question asks of (bench's sets), and
# "is_impossible" and "plausible_answers" are SQuAD v2's own: kept for people, read as nothing.
ARTICLE_QUESTION_KEYS = ("id", "question", "answers", "type", "article")
SQUAD_KEYS = ("id", "title", "context", "question", "answers", "type", "is_impossible", "plausible_answers")


class QuestionError(ValueError):
    """A question that cannot be asked as it is; the message says why."""


# Format characters that sit inside a word (a soft hyphen from a web page, the joiners of emoji and of
# Indic scripts): dropped, where a space would split the word ("Khor\u00adev" is "Khorev", not "Khor ev").
IN_WORD = dict.fromkeys(map(ord, "\u00ad\u200c\u200d\u2060\ufeff"))


# How a question or request ends where its writer ended it: "?", or a full stop or "!", before closing quotes or brackets.
ENDED = re.compile(r"[?？!.…][\"'”’)\]]*\s*$")


def as_the_reader_reads(question: str) -> str:
    """The question ending "?" where it ends without a mark: the reader, taught on SQuAD's questions, each ending so,
    had answered "How fast can the Ardent Glide 2 scooter go" with "50 psi" ("25 km/h" asked with "?"); of 425
    questions of eight sets asked without their "?", 21 had turned wrong (a review of how people type, session 54).
    Searched with it too, as the rules finding what a question asks read it, they score F1 77.5 as with their "?" (76.8
    where only the reader had read it so)."""
    return question if ENDED.search(question) or not question.strip() else f"{question.rstrip()}?"


def as_a_question(words: str) -> str:
    """A question typed as words naming what it asks for alone ("wexcombe clinic nurse advice line number?") as the
    reader's teaching asked them: "What is the wexcombe clinic nurse advice line number?". SQuAD's questions each ask
    with a question word, and the reader had refused that one (100 %), answered at 98 % asked "What is …?"."""
    return f"What is the {words}" if KEYWORDS_ONLY.match(words) else words


def clean_question(question: str) -> str:
    """The question with control characters turned to spaces (those inside a word dropped);
    refuses empty, wordless and over-long ones. Lone surrogates (which JSON can carry, but no
    tokenizer takes) go the same way."""
    if not isinstance(question, str):
        raise QuestionError("The question must be text.")
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs") else ch for ch in question.translate(IN_WORD))
    text = " ".join(text.split())
    if not text:
        raise QuestionError("The question is empty.")
    if not any(ch.isalnum() for ch in text):  # "?" or "…": nothing to look for, so no "the article doesn't say"
        raise QuestionError("The question has no words.")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(f"The question is {len(text):,} characters long; the limit is {MAX_QUESTION_CHARS:,}.")
    return text


def clean_questions(questions: list[str], places: list[str] | None = None, asked_alone: bool = False) -> list[str]:
    """Each question cleaned (see `clean_question`); a bad one among several is named by its
    place (from 1), or by where it was read (`places`, one for each), so that it can be found in a long list.
    Questions `asked_alone` (`Assistant.ask`, `qa ask`: no chat before them to follow) may not be a bare
    question word ("When?", "And why?", "Who else?"): answered, one had been given "May 2025" as if it asked
    something. A question set, `qa eval`'s, is refused for one, its line named (`load_questions`): scored, its
    reply was one the assistant never gives."""
    from qa.followup import asks_nothing_alone  # it reads questions within this module's limits

    cleaned = []
    for number, question in enumerate(questions, 1):
        try:
            cleaned.append(clean_question(question))
            # A bare question is a few words ("And since when exactly?"): longer ones are not parsed for it.
            if asked_alone and len(cleaned[-1].split()) <= BARE_QUESTION_WORDS and asks_nothing_alone(cleaned[-1]):
                raise QuestionError(f"“{cleaned[-1]}” asks nothing on its own; {ASK_A_WHOLE_QUESTION}.")
        except QuestionError as error:
            place = places[number - 1] if places else f"question {number}" if len(questions) > 1 else None
            raise QuestionError(f"{place}: {error}" if place else str(error)) from None
    return cleaned


class QuestionSetError(ValueError):
    """A question file that cannot be read, with the file and line named."""


def is_gzipped(path: Path) -> bool:
    """Whether the file is gzip, told by its first bytes, not its name: a `.jsonl` may have been gzipped,
    and a `.jsonl.gz` may be plain text (a review's had failed with "Not a gzipped file")."""
    with open(path, "rb") as raw:
        return raw.read(len(GZIP_MAGIC)) == GZIP_MAGIC


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """The numbered lines of a JSON Lines file as text: gzipped or not whatever its name (`is_gzipped`);
    UTF-8, with or without the byte order mark some editors save it with, or UTF-16 behind one (Windows'
    "Unicode"). A line that is not UTF-8 is refused by its number: the decoder's position counts from
    wherever its buffer began."""
    with (gzip.open if is_gzipped(path) else open)(path, "rb") as data:
        if data.peek(2)[:2] in UTF16_BOMS:
            yield from enumerate(io.TextIOWrapper(data, encoding="utf-16"), start=1)
            return
        # Lines end at "\n", "\r\n" or a lone "\r", as text mode reads them.
        lines = (line for chunk in data for line in chunk.splitlines(keepends=True))
        for number, line in enumerate(lines, start=1):
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8):]
            try:
                yield number, line.decode("utf-8")
            except UnicodeDecodeError as error:
                raise QuestionSetError(f"{path}:{number}: not UTF-8 text (byte 0x{line[error.start]:02x}, the line's byte "
                                       f"{error.start + 1:,}); save the file as UTF-8") from None


def read_jsonl(path: str | Path) -> list[dict]:
    """Rows of a `.jsonl` or `.jsonl.gz` file; a malformed line names file and line number."""
    path = Path(path)
    rows = []
    try:
        for number, line in _lines(path):
            if not line.strip():
                continue
            if not rows and line.lstrip().startswith("["):  # a JSON file's array of rows, on one line or over many
                raise QuestionSetError(f"{path}:{number}: a JSON array, not JSON Lines: give one object per line "
                                       "(`jq -c '.[]'` writes an array's so)")
            try:
                row = json.loads(line.rstrip("\r\n"))  # with its line end, a line cut short had been told "column 1" of the next
            except json.JSONDecodeError as error:
                # json's "Invalid control character at" (a tab or other control inside a string) says where only with the column
                raise QuestionSetError(f"{path}:{number}: not valid JSON ({error.msg.removesuffix(' at')}, column {error.colno})") from None
            if not isinstance(row, dict) or not isinstance(row.get("question"), str):
                raise QuestionSetError(f"{path}:{number}: expected an object with a 'question' string"
                                       f"{_misspelt(row, 'question') if isinstance(row, dict) else ''}")
            rows.append(row)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as error:  # EOFError, zlib.error: a cut or damaged .gz
        # The reason alone: an OSError's text would name the file again.
        raise QuestionSetError(f"{path}: cannot be read ({getattr(error, 'strerror', None) or error})") from None
    if not rows:
        raise QuestionSetError(f"{path}: holds no questions")
    return rows


def _near_miss(key: str, keys) -> str | None:
    """The one of `keys` that `key` is likely a misspelling of ("anwsers" of "answers", "tpye" of "type", "ID" of "id");
    None if none."""
    by_folded = {k.casefold(): k for k in keys}
    return next((by_folded[k] for k in difflib.get_close_matches(key.casefold(), list(by_folded), n=1, cutoff=0.6)), None)


def _misspelt(row: dict, key: str) -> str:
    """Where `key` is missing from the row, what of it seems to be misspelt ("; the row has 'anwsers': misspelt?"),
    for the error saying it is missing: the row's keys that no format has are the candidates; else ""."""
    unknown = [k for k in row if k not in ARTICLE_QUESTION_KEYS + SQUAD_KEYS]
    near = None if key in row else _near_miss(key, unknown)
    return f"; the row has {near!r}: misspelt?" if near else ""


def _unknown_keys_warning(path: Path, rows: list[dict], squad: bool) -> str | None:
    """What to say, once, of the keys of the rows that their format does not have ("tpye"): read as nothing, a
    misspelt optional key had gone unnoticed. Names each, with the known key it seems a misspelling of, and the
    first line holding one."""
    known = SQUAD_KEYS if squad else ARTICLE_QUESTION_KEYS
    unknown = dict.fromkeys(key for row in rows for key in row if key not in known)  # in the order met
    if not unknown:
        return None
    first = next(number for number, row in enumerate(rows) if any(key in unknown for key in row))
    # Misspelt of any format's key: a misspelt "context" makes the row one of the article question format.
    every_key = set(ARTICLE_QUESTION_KEYS + SQUAD_KEYS)
    named = ", ".join(f"{key!r}" + (f" ({near!r} misspelt?)" if (near := _near_miss(key, every_key - {key})) else "")
                      for key in unknown)
    keys = "key" if len(unknown) == 1 else "keys"
    return (f"{path}:{line_number(path, first)}: unknown {keys} {named} read as nothing (this is the first line holding "
            f"{'it' if len(unknown) == 1 else 'one'}); a row {'of SQuAD ' if squad else ''}may hold {', '.join(known)}")


def line_number(path: Path, row: int) -> int:
    """The line number of the row-th row of a JSON Lines file (read_jsonl skips blank lines)."""
    numbers = (number for number, line in _lines(path) if line.strip())
    return next(itertools.islice(numbers, row, None))


def answer_texts(row: dict) -> list[str]:
    """Gold answer strings of a row in either format (SQuAD dicts or plain strings)."""
    return [a["text"] if isinstance(a, dict) else a for a in row.get("answers", [])]


PARAGRAPH_BREAK = "\n\n"  # between the paragraphs of a SQuAD document


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    golds: tuple[str, ...]  # any of them counts; none: the right reply is to abstain
    type: str | None = None
    title: str | None = None  # SQuAD rows: the Wikipedia article, when the row names one
    context: str | None = None  # SQuAD rows: the question's own paragraph
    answer_starts: tuple[int, ...] = ()  # SQuAD rows: where each gold starts in the paragraph

    @property
    def document(self) -> str | None:
        """SQuAD rows: the name of the document the question belongs to. A row without a title is
        an article of its own paragraph (named by the paragraph's checksum, so rows that share the
        paragraph share it), for `--documents` and `qa calibrate`'s split alike."""
        if self.title or self.context is None:
            return self.title
        return f"untitled paragraph {hashlib.sha256(self.context.encode()).hexdigest()[:12]}"


@dataclass(frozen=True)
class QuestionSet:
    path: Path
    questions: list[Question]
    squad: bool  # SQuAD rows, each with its paragraph (else the article question format)
    warning: str | None = None  # what the commands say of the file, once, before using it: keys it holds that are read as nothing

    def location(self, question: Question) -> str:
        """"file:line" of a question's row, for messages about it."""
        row = next(number for number, q in enumerate(self.questions) if q.id == question.id)
        return f"{self.path}:{line_number(self.path, row)}"


def _answer_starts(answers: list[dict], context: str) -> tuple[int, ...]:
    """Where each SQuAD answer starts in its paragraph: its 'answer_start', which must point at the
    answer; a row without one gets the answer's first occurrence."""
    starts = []
    for answer in answers:
        text, start = answer["text"], answer.get("answer_start")
        if start is None:
            start = context.index(text)
        elif isinstance(start, bool) or not isinstance(start, int) or start < 0 or context[start : start + len(text)] != text:
            raise ValueError(f"the answer_start {start!r} does not point at the answer {text!r} in the question's paragraph")
        starts.append(start)
    return tuple(starts)


def _title(row: dict) -> str | None:
    """A SQuAD row's title; None when it has none."""
    if "title" not in row:
        return None
    if not isinstance(row["title"], str) or not row["title"].strip():
        raise ValueError("expected 'title' as a non-empty string (or no 'title': the paragraph is then an article of its own)")
    return row["title"]


def _question(row: dict, squad: bool) -> Question:
    """The Question of one row; a ValueError says what is wrong with it."""
    if not isinstance(row.get("id"), str) or not row["id"]:
        raise ValueError(f"expected an 'id' string{_misspelt(row, 'id')}")
    answers = row.get("answers")
    if not isinstance(answers, list):
        if squad and isinstance(answers, dict) and isinstance(answers.get("text"), list):  # a Hugging Face dataset's columns
            raise ValueError("expected 'answers' as a list of objects with 'text' and 'answer_start', one an answer, as SQuAD's "
                             "files write them (not {'text': [...], 'answer_start': [...]})")
        raise ValueError(f"expected 'answers' as a list ([] when the question is unanswerable){_misspelt(row, 'answers')}")
    if squad:
        if not isinstance(row["context"], str):
            raise ValueError("expected 'context' as a string")
        if not all(isinstance(a, dict) and isinstance(a.get("text"), str) for a in answers):
            raise ValueError("expected SQuAD answers as objects with a 'text' string")
    elif not all(isinstance(a, str) for a in answers):
        raise ValueError("expected answers as strings")
    golds = tuple(answer_texts(row))
    if any(not gold.strip() for gold in golds):
        raise ValueError("an answer is empty; an unanswerable question has 'answers': []")
    if golds and not squad and not any(normalize_answer(gold) for gold in golds):
        # The metrics drop such a gold, so an answerable question would be scored as unanswerable. SQuAD's
        # own rows are kept as they are: its train set has a few ("$", "."), which its script scores so.
        raise ValueError(f"the answer {' or '.join(map(repr, golds))} has no words to score once normalised (SQuAD's "
                         "metrics drop case, punctuation and a/an/the); an unanswerable question has 'answers': []")
    if squad and (missing := next((g for g in golds if g not in row["context"]), None)):
        raise ValueError(f"the answer {missing!r} is not in the question's paragraph")
    kind = row.get("type")
    if kind is not None and not isinstance(kind, str):
        raise ValueError("expected 'type' as a string")
    if kind is not None:  # its spacing is no part of it: " date" and "date" are one row of scores, a blank type none
        kind = " ".join(kind.split()) or None
    if kind is not None and kind.casefold() == NO_TYPE.casefold():
        raise ValueError(f"the type {kind!r} names the row of scores of the questions without a type: "
                         "give these questions another type, or none")
    text = clean_questions([row["question"]], asked_alone=True)[0]  # as `ask` would take it (an API audit's "When?" was scored)
    if not squad:
        return Question(row["id"], text, golds, kind)
    return Question(row["id"], text, golds, kind, _title(row), row["context"],
                    _answer_starts(answers, row["context"]))


def load_questions(path: str | Path) -> QuestionSet:
    """The questions of a JSON Lines file, its format told by the rows: SQuAD rows have a 'context'.
    A malformed row is refused with its file and line number."""
    path = Path(path)
    rows = read_jsonl(path)
    squad = "context" in rows[0]
    questions, seen = [], {}  # the row of each id read
    for number, row in enumerate(rows):
        try:
            if ("context" in row) != squad:
                raise ValueError("mixes SQuAD rows (with 'context') and article questions (without)")
            question = _question(row, squad)
            if question.id in seen:  # both lines named: the first may be far above the second
                raise ValueError(f"the id {question.id} is used twice, first on line {line_number(path, seen[question.id])}")
        except ValueError as problem:
            raise QuestionSetError(f"{path}:{line_number(path, number)}: {problem}") from None
        seen[question.id] = number
        questions.append(question)
    return QuestionSet(path, _types_spelt_alike(questions), squad, _unknown_keys_warning(path, rows, squad))


def _types_spelt_alike(questions: list[Question]) -> list[Question]:
    """The questions with types differing only in case ("Date", "date") spelt as the file first spells them: one type,
    named alike however the questions are drawn (`--seed` had named the `by_type` row by whichever was drawn first)."""
    spellings: dict[str, str] = {}
    for question in questions:
        if question.type:
            spellings.setdefault(question.type.casefold(), question.type)
    return [replace(q, type=spellings[q.type.casefold()]) if q.type else q for q in questions]


def sample(items: list, limit: int | None, seed: int | None) -> list:
    """The first `limit` items (all when None), after a shuffle by `seed` when one is given."""
    items = list(items)
    if seed is not None:
        random.Random(seed).shuffle(items)
    return items if limit is None else items[:limit]


MISSING_GOLDS_NAMED = 10  # questions an error names whose answers are not in the articles; the others counted


def check_answers_in(question_set: QuestionSet, questions: list[Question], articles: list[Article]) -> None:
    """A question none of whose gold answers is in the articles means the questions are about other
    articles. One of several may be written otherwise ("9800" beside the article's "9,800"): the
    metrics take the best of them. A gold is in an article as the metrics read it: as whole words ("Kend" is
    not in "Kendal": no reply would match it), after SQuAD's normalisation, so that "islamabad" for the article's
    "Islamabad" is no reason to refuse the set; and in an article as read, so that a Markdown article's
    "Cmd+Shift+S", written "<kbd>Cmd</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>", is in it, as its answers are shown (an
    r18 audit's set had been refused). Every such question is named, up to MISSING_GOLDS_NAMED, in one error: the
    first alone had been, a set fixed one question a run."""
    read = [text_as_read(article.text, 0, len(article.text), article.is_markdown) for article in articles]
    texts = [article.text for article in articles] + read
    normalised = [normalize_answer(text) for text in read]
    in_articles = lambda gold: (any(holds_words(text, gold) for text in texts)
                                or any(holds_words(text, normalize_answer(gold)) for text in normalised))
    missing = [q for q in questions if q.golds and not any(in_articles(gold) for gold in q.golds)]
    if not missing:
        return
    answers = lambda question: " or ".join(_gold_as_found(gold, read) for gold in dict.fromkeys(question.golds))
    first, *others = missing
    message = (f"{question_set.location(first)}: question {first.id}: the answer {answers(first)} is not in "
               f"{', '.join(a.name for a in articles)}")
    if others:
        named = [f"{question_set.location(q)} ({q.id}: {answers(q)})" for q in others[: MISSING_GOLDS_NAMED - 1]]
        more = len(others) - len(named)
        message += (f"; nor are those of {len(others)} more question{'s' if len(others) > 1 else ''}: {', '.join(named)}"
                    + (f" and {more} more" if more else ""))
    if any(not any(_word_holding(gold, read) for gold in q.golds) for q in missing):
        message += "; are these the articles the questions are about?"
    if any(_word_holding(gold, read) for q in missing for gold in q.golds):
        message += "; an answer counts only as whole words, as the metrics compare them: no reply matches part of a word"
    raise QuestionSetError(message)


def _word_holding(gold: str, texts: list[str]) -> str | None:
    """The first word of the texts that holds the gold as a part ("Kendal" of "Kend"), whatever its case; None if none."""
    part = re.compile(rf"\w*{re.escape(gold)}\w*", re.IGNORECASE)
    return next((found.group() for text in texts if (found := part.search(text))), None)


def _gold_as_found(gold: str, texts: list[str]) -> str:
    """A gold answer missing from the articles, quoted for an error, with the word holding it where one does."""
    word = _word_holding(gold, texts)
    return f"{gold!r} (only inside {word!r})" if word else repr(gold)


def squad_articles(questions: list[Question]) -> list[Article]:
    """One document per SQuAD title (see `Question.document`): its distinct paragraphs in order,
    a blank line between them."""
    paragraphs: dict[str, dict[str, None]] = {}  # a dict as an ordered set
    for question in questions:
        paragraphs.setdefault(question.document, {})[question.context] = None
    return [Article(name, PARAGRAPH_BREAK.join(texts)) for name, texts in paragraphs.items()]


@dataclass(frozen=True)
class AnswerSpan:
    """Where a gold answer is: [start, end) in a document."""

    document: str
    start: int
    end: int


def _paragraph_start(document: str, paragraph: str) -> int:
    """Where `paragraph` starts in a document made by `squad_articles`: its first occurrence as a
    whole paragraph (its text may also occur inside another one)."""
    start = document.find(paragraph)
    while start != -1:
        end = start + len(paragraph)
        if ((start == 0 or document.endswith(PARAGRAPH_BREAK, 0, start))
                and (end == len(document) or document.startswith(PARAGRAPH_BREAK, end))):
            return start
        start = document.find(paragraph, start + 1)
    raise ValueError("the paragraph is not in the document")


def answer_spans(question: Question, document: str) -> tuple[AnswerSpan, ...]:
    """The question's gold answers' own occurrences in its SQuAD document (the text of
    `question.document` as `squad_articles` made it): its paragraph's place plus each answer_start."""
    try:
        offset = _paragraph_start(document, question.context)
    except ValueError:
        raise ValueError(f"question {question.id}: its paragraph is not in the document {question.document}") from None
    return tuple(AnswerSpan(question.document, offset + start, offset + start + len(gold))
                 for gold, start in zip(question.golds, question.answer_starts))
