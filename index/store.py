"""The article index on disk: chunks, their FAISS vectors and a manifest that vouches for both.

Data files are named by their content hash and written atomically (temporary file, fsync,
rename) before the manifest that names them replaces the old one; a process killed at any
point leaves either the old index or the new one, never a mix. On load the manifest is checked
against the files (corruption) and against the articles and settings asked for (staleness).
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import re
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import faiss
import numpy as np

from index.articles import Article
from index.bylines import writer
from index.chunking import Chunk, ChunkSettings, chunk_article
from index.labels import asked_label, field_lines, label_words
from index.lexical import PassageBM25, names, search_words
from index.tables import table_view

# 2: chunks end at paragraph breaks (index/chunking.py), so indexes of format 1 are stale; 3: line
# ends inside hard-wrapped prose read as spaces and long paragraphs split a piece at a time; 4: the
# vectors of passages holding Markdown table rows are of the rows with each cell named by its column;
# 5: the vectors of passages that start inside a fenced code block are of them after its opening line;
# 6: a Markdown article's passages are embedded without their inline markup (index/markup.py); 7: nor
# its reference links' labels, their definitions' lines, footnotes' labels, block quotes' marks, inline
# HTML and struck-out text, its HTML entities read as their characters; and a hard-wrapped paragraph
# whose first line ends a sentence, or in a block quote, is one paragraph (index/chunking.py); 8: a chunk
# holds at most 8 characters a token (a 300,000-character run without spaces had been one chunk); 9: a
# table's rows are one paragraph, its header row kept with its first rows, and no chunk is only the
# sentence it shares with the one before; 10: no chunk ends on a heading, nor inside a table row; 11: a
# passage is embedded with the heading it falls under (index/headings.py); 12: headings read in
# unwrapped prose, Windows line ends, Markdown's underlined ones, none from code or lists; 13: a blank
# line parts a heading from a short line above it; 14: no chunk ends on a paragraph's question; 15: rules
# sized and searched as "===" (index/rules.py), a hanging indent's lines one paragraph, a passage searched
# under the Markdown headings above its own; 16: no chunk ends on a paragraph ending in a colon, and a
# hanging indent is none where either line is set in columns; 17: a row of columns over a rule, or a
# speaker's turn, is no heading; 18: a web page's advertisement boxes are left out (index/webpage.py); 19:
# a line of links only (a README's badges) is no heading; 20: a web page's headings kept where trafilatura
# found no story container; 21: a table row's cells also named by the row's label (index/tables.py); 22: a
# definition list's term written before its definitions, and a class holding a furniture word only inside
# another word ("timetable") kept (index/webpage.py); 23: a byline marked in a date line kept; 24: a table's
# rows labelled by its first column (or the one after a count), a first row of years a header row; 25: a
# Word paragraph in a list written after its number (index/word_numbering.py); 26: a web page's numbered list
# items written after their numbers; 27: a paginated text's page furniture read and searched as nothing; 28:
# a web page table's first row of one cell across it is its title, not its header; 29: no chunk ends on a
# time alone on its line; 30: a wiki page's tagline and the heading over its references left out; 31: a live
# blog's entries named "entry" no longer taken each for the story; 32: a class naming furniture in one word
# ("relatedposts") names furniture again; a run of headings only is not cut back to one line a chunk; 33: page
# furniture only lines repeated or set in columns, or holding a page's number; 34: an <article> read whole where
# the element trafilatura takes for its story holds under two thirds of it; 35: a Word table laid out as a page
# written a paragraph a line; 36: an accordion's questions and hidden answers read as opened; 37: a PDF's
# range over a line end ("2021–" + "2023") closed; 38: a PDF's raised note marks in raised digits; 39: a Word
# note's mark written where the text refers to it; 40: a PDF's text turned on its side left out; 41: subtitles'
# cue numbers and timings read, searched and sized as nothing, their sentences run on over cues; 42: a web
# page's elements named alike as its story (a forum's posts) all read, and a table of values marked as layout read;
# 43: a Markdown article's block HTML tags (<details>, <summary>, <div>) read as nothing; 44: an old web page's
# layout table read as the blocks its cells hold, and its <center> read; 45: a table's caption written as a
# paragraph beside it kept; 46: a Word table of contents left out; 47: a PDF table that runs over a page break one;
# 48: a narrow column's lines going on in lower case read as wrapped prose, and an indented heading starts a chunk;
# 49: a paragraph that ends its page ends a chunk a quarter full; 50: an old web page's <font> tags read through;
# 51: a layout table's cells keep all their text, a table of named columns is none; a narrow column is no wrapped prose
# again; a PDF table joined over a page break keeps the blank line after it; 52: a newsletter's footer and a
# code listing's line numbers left out; a page number beside a Word footer's words left out; a text quoting a few
# cues amid its prose is no subtitles; a web page's rows of a label and a value read as "Weight: 1.2 kg"; an FAQ's
# toggle buttons (aria-expanded, or a question) read with the answer they open; a recipe's rating and details read;
# a PDF's next numbered clause never run on into, and a line indented under its clause's number read in its place;
# a PDF's raised mark of 80 % of its line's type written raised; Markdown: an HTML block's tags, a badge's image in its
# link and an alert's marks read as markup, a comment alone in an HTML block as nothing; a PDF table in one of two
# columns found beside the other column's prose; a plain text e-mail's quote marks unread; a web page's text for
# screen readers only left out; a PDF table's rows on the next page under its header again joined to it, a header-less
# table's empty cells kept, a running header over a table's header row no longer taking it; 53: a Markdown HTML
# block's headings, lists and tables read without their tags (a space between two cells' words), its entities decoded;
# 54: a Markdown article's math read as Unicode (index/latex.py); tables side by side (a label column's name again) name
# each side's cells by its own labels; a table's delimiter row read with its runs of "-" cut to three; a PDF box's short
# lines set one under another (an address, a contact) read a line each; a table of numbers around one column of words
# labelled by it; a web page's <article>s side by side (reviews, live posts) read as its items, an <aside> in its
# story read, symbols alone read by their aria-label ("2 out of 5 stars"), a date line of up to 16 words kept, a block's
# inline parts set apart where their words would meet; a plain-text grid table ("+----+") read as a table, its borders'
# dashes cut to three, and a long table chunked between rows; a forum post's "user-info" line (who answered) kept; an
# e-mail's header one paragraph; a web page's definition list of metadata read; a quote's attribution line kept with it;
# a list item's bullet read as a zero-width mark that opens an item; a web page's rating given ("4.3 out of 5") read;
# 55: an indented list item's bullet read as that mark where a passage starts at it; a Markdown article's front matter
# read as lines of a label and a value ("Effective date: 2025-09-01"; index/front_matter.py); a web page's headings and
# captions read without their permalinks ("¶"), which had an empty one's dropped; a PDF or Word table's first row
# with a corner left empty over the rows' labels a header row; a web page's <article> header and lead picture read with
# the story trafilatura takes inside it, and a date line's <time> kept; a Markdown admonition's and content tab's body read
# as Markdown, not code, its marker line as its title (index/admonitions.py); Python's ">>> " prompts no quote marks; a
# Word footer's "· Page" with no number laid out left out; a web table's header abbreviations ("Pts") written out; a
# table's rows labelled by the second column beside a group's name repeated down the first; a PDF's running headers and
# footers written once at the end. 56: a web page's story named as furniture read; its line breaks read as spaces
# but in preformatted text; a PDF's running line keeps an address among its words (a DOI); lines set out in
# columns never unwrapped; a PDF table's header row over two empty corners a header; a speaker's name and time
# ("Tom Aldridge  0:38") chunked with their turn; an e-mail's quoted line opening with a number read without its ">".
# 57: a PDF's labels and amounts beside a paragraph read as a table; a PDF table's header caption over its rows'
# labels ("Year ended 31 December") heads their column; a PDF table cell's lines joined as a paragraph's ("AF-35"), a
# line-end hyphen after a prefix written with one kept ("mid-single"); a PDF's figure in large type read with its caption;
# a ruled PDF table's subscripts read on their lines ("VIN + 0.3"), its header of two rows one ("PIN NO."); a
# YAML list's dash in fenced code read as written; a table of one row labelled by none of its values; a Word
# table's header row over two empty corners a header.
# 58: a web page's or Word document's headings, as its markup or styles mark them, head what follows them, stacked or not;
# a web page's items' dates and "meta" details lines read.
# 59: a web page's items' dates from one day to another ("Fri 18 – Sun 20 Oct") read as their headings; a line over
# each page of a PDF or a paginated text whose numbers change unlike a page's ("Invoice 1043 – issued 3 May") its page's;
# a PDF's Hebrew and Arabic read in the order they were written, Arabic in its letters, not their drawn forms; a Word
# document's equations, symbols and drop caps read, its hidden text not, its legal-style numbers in figures, a lowered
# number in lowered digits ("CO₂"); a web page's
# <q> in its sentence, a quote's attribution, MathML and a linked note mark read, struck text not, a <div> in a <dl> not;
# a PDF table's header set clear of its figures names their column.
# 60: a PDF form's fields set out as a grid, labels beside or over their values, read a field a line ("Telephone: 07700
# 900412"); a field's line read with an end (index/tables.py FIELD_END).
# 61: a web page's lists kept where no element holds its story (trafilatura asked for recall); a table's body cell
# spanning columns beside others, in a Word document or a web page, written in each of them.
# 62: a web page's story header (headline, byline, date) beside the story's element, in no <article>, read with it (not a
# site's masthead); a caption named by its class or id ("caption", "wp-caption-text") read.
# 63: a passage searched after its article's title too.
# 64: a list item of a label and its value ("- Annual leave: 27 days") read with an end, as a field's line is; no field's
# line in code.
# 65: no field's line amid hard-wrapped prose ("    packs: 18 packs recovered … taken at" between two lines of it).
# 66: a list item's label ("- Closing date: 14 March 2025") a label a question may ask for, as a line's is.
# 67: a label in Markdown's emphasis ("- **Salary:** £42,000") a field's; no field's end where its value runs on into an
# indented line under it.
# 68: a passage searched by each of its lines of a label and its value too, a vector each after its chunks' (`_rows`).
# 69: a table set out in spaces under a header line (index/spaced_tables.py) searched with its cells named as a Markdown
# table's are.
# 70: such a table's header told from a list's first line (a rule under it, or a column of figures it names), and its
# rows from a note after it.
# 71: a table set out in tabs, a spreadsheet's cells pasted (index/tab_tables.py), searched with its cells named too.
# 72: a table's rows named by a later column of words each different where its first two repeat (`_key_column`).
# 73: a tab table's header and rows told as a review asked (index/tab_tables.py); a later column names rows in four rows or more.
# 74: a spaced table's row running a cell over the others' columns read whole, its columns told by the rest.
# 75: a spaced table's header under a line naming groups of its columns named with them ("2024 Q1").
# 76: a spaced table's header over a line of its columns' units named with them ("Rainfall (mm)"), which had made no table.
# 77: a column of keys may say a word or two again ("Break") and run to 12 words: a programme's sessions (`_key_column`).
FORMAT = 77
MANIFEST = "manifest.json"
CHANGED_NAMED = 3  # articles named as changed since their index was built, the rest counted
# What save() writes, and so all it may clear away: other files in the folder are the user's
# (an `--index-dir` may be any folder) or another component's, such as the assistant's settings.
# A file of that name is removed only when it is certainly ours: listed by our previous manifest,
# named by its own checksum, or a temporary file of a process that died.
DATA_FILE = re.compile(r"chunks-[0-9a-f]{16}\.jsonl|vectors-[0-9a-f]{16}\.faiss")
OWN_FILE = re.compile(rf"(?:{DATA_FILE.pattern}|manifest\.json)(?:\.tmp\d+)?")
# Reciprocal rank fusion: score = 1 / (RRF_K + dense rank) + LEXICAL_WEIGHT / (RRF_K + BM25 rank).
# Chosen on SQuAD v1.1 *train* questions over their articles (recall@3 94.2 -> 95.9 against the
# usual k = 60, equal weights and unstemmed words), then confirmed on 1,000 dev questions (recall@3
# 90.5 -> 91.9, recall@1 74.7 -> 78.5): `python bench/retrieval.py`, docs/measurements.md "Retrieval".
RRF_K = 10
UNIT_LENGTH_TOLERANCE = 1e-2  # embeddings are normalised in float32 (after bf16 layers, where used)
# The least cosine of a passage's saved vector and the one the embedding model makes of it again for the two to be one:
# bf16 and float32 embeddings of a passage differ by 2e-5 (docs/measurements.md), another model's by far more.
SAME_VECTOR = 0.99
LEXICAL_WEIGHT = 1.5
# How far BM25's best passage must lead the next (its score over theirs) to be read whatever its fused rank: the
# only passage holding a question's rare word ("Who won in 1972?" of a 60-year list of winners) had ranked fifth,
# under passages close in meaning, and the question was refused. On SQuAD v1.1 dev articles it changes nothing
# read (1,000 questions: the passage holding the answer among the 4 read for 947 with the rule and without), nor any
# answer to the r20–r23 audits' 836 questions.
LEXICAL_LEAD = 1.4


class UnusableIndex(Exception):
    """Base of the reasons a saved index cannot be used as it is."""


class CorruptIndex(UnusableIndex):
    pass


class StaleIndex(UnusableIndex):
    pass


class UnreadableIndex(UnusableIndex):
    """An index folder or file this process may not read (another user's, or its mode): no damage, so not "corrupt"."""


class IndexFolderError(ValueError):
    """A folder that cannot hold an index (a file, not writable, or holding someone else's
    manifest.json), named with the reason."""


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float


@contextmanager
def _saving_alone(folder: Path):
    """Holds the folder's lock while an index is saved into it: two processes saving at once would each
    remove the other's data files as replaced (they are named by their content, so taken for its own
    left over), leaving a manifest naming files that are gone. An advisory lock on the folder itself
    (no lock file among the user's); where there is none to take (no fcntl), saves are unguarded."""
    try:
        import fcntl
        descriptor = os.open(folder, os.O_RDONLY)
    except (ImportError, OSError):
        yield
        return
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    try:
        with open(tmp, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a folder that cannot take the file is left as it was
        raise
    folder = os.open(path.parent, os.O_RDONLY)  # make the rename itself durable, not only the data
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _orphaned(name: str) -> bool:
    """Whether `name` is a temporary file of a process that died before renaming it into place."""
    pid = name.rpartition(".tmp")[2]
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        pass
    return False


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


UNREADABLE = object()  # a manifest.json that is there but is not JSON


def _manifest_there(folder: Path) -> object:
    """The parsed manifest.json in `folder`; None where there is none, UNREADABLE where it is not JSON."""
    try:
        return json.loads((folder / MANIFEST).read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return UNREADABLE


def _is_foreign(manifest: object, folder: Path) -> bool:
    """Whether a manifest.json is someone else's: JSON without an index manifest's shape (a whole-number
    format, the embedding model, and data files of ours listed), or a file of text that is not JSON
    (JSON with comments, say), with no data file of ours beside it. Beside one, it is taken for a
    damaged manifest of ours (ours are written atomically, so this is rare), and rebuilt."""
    if manifest is UNREADABLE:
        return _has_text(folder / MANIFEST) and not _holds_own_data(folder)
    if manifest is None:
        return False
    shaped = isinstance(manifest, dict) and type(manifest.get("format")) is int and "embedding_model" in manifest \
        and bool(_listed_files(manifest))
    return not shaped and not _holds_own_data(folder)


def _has_text(path: Path) -> bool:
    """Whether `path` is a file that can be read and holds more than spaces: an empty manifest, or one
    that cannot be read, is a damaged one of ours as far as anyone can tell (it is rebuilt, or saving
    over it says why it cannot be)."""
    try:
        return path.is_file() and bool(path.read_bytes().strip())
    except OSError:
        return False


def _holds_own_data(folder: Path) -> bool:
    """Whether `folder` holds a data file that save() wrote (see `_named_by_content`)."""
    try:
        return any(DATA_FILE.fullmatch(path.name) and _named_by_content(path) for path in folder.iterdir())
    except OSError:  # a folder that cannot be listed cannot take an index either: saving will say so
        return True


def refuse_a_foreign_manifest(folder: Path, manifest: object = None) -> None:
    """Raise IndexFolderError where `folder` holds someone else's manifest.json (read unless given)."""
    if _is_foreign(manifest if manifest is not None else _manifest_there(folder), folder):
        raise IndexFolderError(f"{folder}: holds a {MANIFEST} that is not an article index's; "
                               "keep the index in another folder")


def _listed_files(manifest: object) -> set[str]:
    """The data files an index manifest of ours names."""
    try:
        names = {entry["file"] for entry in manifest["files"].values()}
    except (AttributeError, LookupError, TypeError):
        return set()
    return {name for name in names if isinstance(name, str) and DATA_FILE.fullmatch(name)}


def _named_by_content(path: Path) -> bool:
    """Whether a data file's name is the start of its content's checksum, as only save() names them:
    one of ours that a build killed before its manifest was written left unreferenced."""
    try:
        return path.name.split("-", 1)[1].startswith(_sha256(path.read_bytes())[:16] + ".")
    except (OSError, IndexError):
        return False


def lists_articles(folder: Path, articles: list[Article]) -> bool:
    """Whether the manifest in `folder` (if any, and readable) is of an index of exactly these articles."""
    try:
        return _how_articles_differ(json.loads((folder / MANIFEST).read_text()).get("articles"), articles) is None
    except (OSError, ValueError, AttributeError):
        return False


def _how_articles_differ(saved: object, articles: list[Article]) -> str | None:
    """How a manifest's article list differs from these articles, in words; None where it names exactly
    them, in any order (`--article b --article a` is the same index)."""
    try:
        listed = sorted((entry["name"], entry["sha256"], entry["chars"]) for entry in saved)
    except (TypeError, LookupError):  # not a list of entries, or entries that do not sort
        return "built with other articles"
    now = sorted((a.name, a.sha256, len(a.text)) for a in articles)
    if listed == now:
        return None
    if [name for name, *_ in listed] == [name for name, *_ in now]:  # the same files, edited since
        changed = [name for (name, *before), (_, *after) in zip(listed, now) if before != after]
        named = ", ".join(changed[:CHANGED_NAMED]) + (f" and {len(changed) - CHANGED_NAMED} more" if len(changed) > CHANGED_NAMED else "")
        return f"{named} changed since it was built"
    return "built with other articles"


def _read_chunks(name: str, data: bytes, texts: dict[str, str], others: frozenset[str] = frozenset()) -> list[Chunk]:
    """The chunks of a chunks file, each of an article in `texts` checked to be the slice of its text it says it
    is; those of `others` (articles changed since: their text is not at hand) only read."""
    chunks, done = [], set()  # articles whose chunks are behind us: an article's are consecutive (`_rows`)
    try:
        # One chunk per "\n"-ended line. Not splitlines(): that also splits at U+2028, U+0085 and
        # others, which json.dumps(ensure_ascii=False) leaves unescaped inside a chunk's text.
        for number, line in enumerate(data.decode("utf-8").split("\n"), 1):
            if line:
                chunk = Chunk.from_dict(json.loads(line))
                if not (type(chunk.start) is int and type(chunk.end) is int and 0 <= chunk.start < chunk.end
                        and (chunk.source in others or texts[chunk.source][chunk.start:chunk.end] == chunk.text)):
                    raise ValueError(f"line {number} is not the text of {chunk.source} at {chunk.start}-{chunk.end}")
                if chunks and chunks[-1].source != chunk.source:
                    done.add(chunks[-1].source)
                if chunk.source in done:  # its vectors' rows would be told apart otherwise than they were saved
                    raise ValueError(f"line {number} is a chunk of {chunk.source} apart from its others")
                chunks.append(chunk)
    except (ValueError, LookupError, TypeError) as error:
        raise CorruptIndex(f"{name} is not chunks of these articles ({type(error).__name__}: {error})") from None
    return chunks


def _rows(chunks: list[Chunk]) -> list[tuple[int, int, int]]:
    """What each row of an index's vectors is of: the chunk's number and the [start, end) in its article that is embedded.
    Article by article (its chunks are consecutive), a row for each of its chunks, then one for each line of a label and its
    value in them (index/labels.py's `field_lines`), a passage's closeness to a question the most of its rows': among a fact
    sheet's dozen "Label: value" lines, the one a question asks for ("What is the battery life?") is lost in the passage's
    vector. Over five fact sheets (bench/facts/) F1 52.7 → 55.7, six list-heavy articles (bench/lists/) 75.9 → 77.6, four
    other sets' answers the same (docs/measurements.md, session 41)."""
    rows, first = [], 0
    for last in range(1, len(chunks) + 1):
        if last == len(chunks) or chunks[last].source != chunks[first].source:
            run = range(first, last)
            rows += [(i, chunks[i].start, chunks[i].end) for i in run]
            rows += [(i, chunks[i].start + start, chunks[i].start + end) for i in run
                     for start, end in field_lines(chunks[i].text) if (start, end) != (0, len(chunks[i].text))]  # not a chunk's own again
            first = last
    return rows


def _searched_text(article: Article, start: int, end: int) -> str:
    """What is embedded of a chunk or a line of one (`_rows`), and keyword-indexed of a chunk: its text, after its article's
    title and the heading it falls under (index/headings.py), with each Markdown table cell named by its column (index/tables.py). With the
    heading, answerable F1 over an audit's six articles rose 90.9 → 91.9, refusals over another's 70.0 →
    73.3 %, the seed article's answers unchanged (docs/how-it-works.md); with the title too, over six list-heavy articles
    whose questions name their subject (bench/lists/) recall@1 32 → 66 %, @3 86 → 96 %, F1 70.1 → 71.8, on the seed
    article recall@3 94.1 → 100 %, its answers unchanged (docs/measurements.md, session 39). A passage that starts inside a table has no header of its
    own, so "Porto's revenue" found the header's passage before the row's: on 132 questions about three
    long tables the row's passage came first for 71.2 % of them, not 58.3 % (62.1 % before
    index/lexical.py's idf), and among the first 4 for 97.0 %."""
    return table_view(article.text, start, end, article.is_markdown, True, article.headings, with_title=True).text


def _read_first(order: list[int], chunks: list[int], read: int) -> list[int]:
    """`order` with each of `chunks` among its first `read`, in the place of the last of them that is none of the
    `chunks` before it, while there is one; those it displaces and the rest keep their order."""
    first, kept = order[:read], []
    for chunk in chunks:  # the first first: reading one passage, it takes its place
        places = [n for n, other in enumerate(first) if other not in kept]
        if chunk in first or places:
            first[first.index(chunk) if chunk in first else max(places)] = chunk
            kept.append(chunk)
    return first + [i for i in order if i not in first]


def _built_otherwise(manifest: dict, embedding_model: str, settings: ChunkSettings) -> str | None:
    """The first of format, embedding model, chunking and library versions that a manifest says its index was built
    with otherwise than an index would be now; None where it was built alike."""
    expected = ArticleIndex([], [], np.zeros((0, 1), np.float32), embedding_model, settings).manifest()
    return next((key for key in ("format", "embedding_model", "chunking", "versions") if manifest.get(key) != expected[key]), None)


def _not_remade(embedder, articles: dict[str, Article], chunks: list[Chunk], saved_row, last_too: bool = False) -> str | None:
    """Why the vectors saved for `chunks` (a row of each of `_rows(chunks)`, `saved_row(number)` giving one) are not what
    `embedder` makes again of the first row's text (and, `last_too`, the last row's: a passage or a line of one), as `build`
    embedded it; None where they are, or where there are no rows. Two rows take some 20 ms."""
    rows = _rows(chunks)
    if not rows:
        return None
    picked = sorted({0, len(rows) - 1}) if last_too else [0]
    made = embedder.embed([_searched_text(articles[chunks[rows[row][0]].source], *rows[row][1:]) for row in picked])
    saved = np.stack([saved_row(row) for row in picked])
    if made.shape[1] != saved.shape[1]:
        return f"vectors of {saved.shape[1]} dimensions, where the embedding model makes {made.shape[1]}"
    if float(np.min(np.sum(made * saved, axis=1))) < SAME_VECTOR:
        return "vectors that are not what the embedding model makes of its passages (built with another model, or changed)"
    return None


def _read_saved(folder: Path, embedding_model: str, settings: ChunkSettings) -> tuple[dict, tuple[str, bytes], faiss.Index]:
    """The manifest of the index saved in `folder`, its chunks file (name and bytes) and its vectors, each checked
    to be what the manifest says and of this format, embedding model and chunking: all but which articles it holds."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
        entries = {kind: (manifest["files"][kind]["file"], manifest["files"][kind]["sha256"]) for kind in ("chunks", "vectors")}
        if any(not isinstance(name, str) or Path(name).name != name for name, _ in entries.values()):
            raise ValueError("a data file named outside the index folder")
        data = {kind: (folder / name).read_bytes() for kind, (name, _) in entries.items()}
    except FileNotFoundError as error:
        raise CorruptIndex(f"missing file {Path(error.filename).name}") from None
    except PermissionError as error:  # the file it names, which may be a data file's, not the manifest's
        raise UnreadableIndex(f"{Path(error.filename).name}: {error.strerror}") from None
    except (OSError, ValueError, LookupError, TypeError) as error:
        raise CorruptIndex(f"unreadable manifest ({type(error).__name__}: {error})") from None
    for kind, (name, checksum) in entries.items():
        if _sha256(data[kind]) != checksum:
            raise CorruptIndex(f"{name} does not match its checksum")
    built_otherwise = _built_otherwise(manifest, embedding_model, settings)
    if built_otherwise:
        raise StaleIndex(f"built with other {built_otherwise.replace('_', ' ')}")
    vectors_file = entries["vectors"][0]
    try:
        vectors = faiss.deserialize_index(np.frombuffer(data["vectors"], dtype=np.uint8))
    except RuntimeError:  # whose message says where in faiss's C++ it stopped ("Error in void faiss::read_xb_vector(…) at …")
        raise CorruptIndex(f"{vectors_file} is not a FAISS index (faiss cannot read it: damaged or cut short)") from None
    if not isinstance(vectors, faiss.IndexFlatIP):  # what build() makes: any other kind searches otherwise, or not at all
        raise CorruptIndex(f"{vectors_file} is a FAISS {type(vectors).__name__}, not the IndexFlatIP an index keeps")
    lengths = np.linalg.norm(vectors.reconstruct_n(0, vectors.ntotal), axis=1) if vectors.ntotal else np.ones(0)
    if not np.all(np.abs(lengths - 1) < UNIT_LENGTH_TOLERANCE):  # NaN too: every search would find nothing
        raise CorruptIndex(f"{vectors_file} holds vectors that are not of unit length, as embeddings are")
    return manifest, (entries["chunks"][0], data["chunks"]), vectors


Passages = dict[str, tuple[list[Chunk], np.ndarray]]  # an article's name: its chunks and their vectors' rows (`_rows`)


def _by_article(chunks: list[Chunk], vectors: np.ndarray, names) -> Passages:
    """The chunks and their vectors' rows of each article of `names`."""
    kept: dict[str, tuple[list[Chunk], list[int]]] = {name: ([], []) for name in names}
    for chunk in chunks:
        if chunk.source in kept:
            kept[chunk.source][0].append(chunk)
    for row, (number, *_) in enumerate(_rows(chunks)):
        if chunks[number].source in kept:
            kept[chunks[number].source][1].append(row)
    return {name: (article_chunks, vectors[rows]) for name, (article_chunks, rows) in kept.items()}


def _unchanged(manifest: object, articles: list[Article]) -> tuple[dict[str, str], frozenset[str]]:
    """Of `articles`, the texts of those `manifest` lists as they are now, by name; and the other names it lists."""
    listed = {(entry["name"], entry["sha256"], entry["chars"]) for entry in manifest["articles"]}
    unchanged = {a.name: a.text for a in articles if (a.name, a.sha256, len(a.text)) in listed}
    return unchanged, frozenset(name for name, *_ in listed) - set(unchanged)


def saved_passages(folder: Path, articles: list[Article], embedding_model: str, settings: ChunkSettings) -> Passages:
    """The passages, chunks and vectors, of those of `articles` that the index saved in `folder` was built from as
    they are now, with this embedding model and chunking; none where there is no such index, or it is unusable."""
    try:
        glance = json.loads((folder / MANIFEST).read_text())
        # Known from the manifest alone, before its data files are read and checked: a stale index's are not.
        if _built_otherwise(glance, embedding_model, settings) or not _unchanged(glance, articles)[0]:
            return {}
        # The articles are told again from the manifest whose data files are read: another process may have saved
        # another index over it meanwhile.
        manifest, (chunks_file, chunks_data), vectors = _read_saved(folder, embedding_model, settings)
        unchanged, others = _unchanged(manifest, articles)
        chunks = _read_chunks(chunks_file, chunks_data, unchanged, others)
    except (UnusableIndex, OSError, ValueError, LookupError, TypeError, AttributeError):  # no index there, or one of no use
        return {}
    if vectors.ntotal != len(_rows(chunks)):
        return {}
    return _by_article(chunks, vectors.reconstruct_n(0, vectors.ntotal), unchanged)


def to_stderr(message: str) -> None:
    """Where what the index says of its work (building it, a stale or corrupt one) goes by default: beside a script's
    output, not into it (printed, it had been mixed into what scripts wrote to standard output: a review's)."""
    print(message, file=sys.stderr)


class ArticleIndex:
    def __init__(self, articles: list[Article], chunks: list[Chunk], vectors: np.ndarray, embedding_model: str, settings: ChunkSettings):
        self.articles = {a.name: a for a in articles}
        self.chunks, self.embedding_model, self.settings = chunks, embedding_model, settings
        self.faiss = faiss.IndexFlatIP(vectors.shape[1])
        self.faiss.add(vectors)
        self._words = [search_words(_searched_text(self.articles[c.source], c.start, c.end)) for c in chunks]
        self._row_chunk = np.array([number for number, *_ in _rows(chunks)], dtype=np.int64)  # of each row of the vectors
        self._labels = [label_words(chunk.text) for chunk in chunks]
        self._lexical: dict[frozenset[str] | None, tuple[PassageBM25 | None, dict[int, int]]] = {}
        self._article_words: dict[str, set[str]] | None = None  # each article's search words, once a name is looked for
        self.read_from: Path | None = None  # the folder it was loaded from, up to date; None when built

    @classmethod
    def build(cls, articles: list[Article], embedder, settings: ChunkSettings = ChunkSettings(), saved: Passages | None = None) -> "ArticleIndex":
        """The index of `articles`; those with `saved` passages (`saved_passages`) are not chunked and embedded again."""
        names = [a.name for a in articles]
        if len(set(names)) != len(names):
            raise ValueError(f"two articles share a name: {sorted(n for n in names if names.count(n) > 1)[0]}")
        passages = dict(saved or {})
        new = [a for a in articles if a.name not in passages]
        if new:
            chunked = {a.name: chunk_article(a, embedder.count_tokens, settings) for a in new}
            rows = {a.name: _rows(chunked[a.name]) for a in new}
            vectors = embedder.embed([_searched_text(a, start, end) for a in new for _, start, end in rows[a.name]])
            at = 0
            for article in new:
                passages[article.name] = chunked[article.name], vectors[at:at + len(rows[article.name])]
                at += len(rows[article.name])
        chunks = [c for a in articles for c in passages[a.name][0]]
        vectors = np.vstack([passages[a.name][1] for a in articles])
        return cls(articles, chunks, vectors, embedder.name, settings)

    def passages(self) -> Passages:
        """Each article's chunks and their vectors, as `build` takes them to embed nothing again."""
        return _by_article(self.chunks, self.faiss.reconstruct_n(0, self.faiss.ntotal), self.articles)

    def with_article(self, article: Article, embedder) -> "ArticleIndex":
        """This index plus one more article: only the new article is chunked and embedded."""
        if article.name in self.articles:
            raise ValueError(f"an article named {article.name} is already loaded")
        return self.build([*self.articles.values(), article], embedder, self.settings, self.passages())

    def without_article(self, name: str) -> "ArticleIndex":
        """This index less the article `name`: nothing is embedded again."""
        kept = [chunk for chunk in self.chunks if chunk.source != name]
        rows = [row for row, number in enumerate(self._row_chunk) if self.chunks[number].source != name]
        return ArticleIndex([a for a in self.articles.values() if a.name != name], kept,
                            self.faiss.reconstruct_n(0, self.faiss.ntotal)[rows], self.embedding_model, self.settings)

    def with_article_replaced(self, article: Article, embedder) -> "ArticleIndex":
        """This index with the article of `article`'s name replaced by it, in its place: only it is chunked and embedded."""
        kept = {name: passages for name, passages in self.passages().items() if name != article.name}
        return self.build([article if a.name == article.name else a for a in self.articles.values()], embedder, self.settings, kept)

    def manifest(self) -> dict:
        return {"format": FORMAT, "embedding_model": self.embedding_model, "chunking": asdict(self.settings),
                "articles": [{"name": a.name, "sha256": a.sha256, "chars": len(a.text)} for a in self.articles.values()],
                "versions": {"faiss": faiss.__version__}}

    def _lexical_scorer(self, sources: list[str] | None) -> tuple[PassageBM25 | None, dict[int, int]]:
        """BM25 over the chunks of the articles searched (all without `sources`), and where each
        chunk is in it: a word frequent in the article searched says little about which of its
        passages is meant, whatever other articles are loaded. Per-article statistics retrieve
        better on SQuAD v1.1 dev (recall@1 78.5 -> 79.3, docs/measurements.md "Retrieval"). Built when first asked."""
        key = frozenset(sources) if sources else None
        if key not in self._lexical:
            ids = [i for i, c in enumerate(self.chunks) if key is None or c.source in key]
            words = [self._words[i] for i in ids]
            self._lexical[key] = (PassageBM25(words) if any(words) else None,  # BM25 needs at least one word
                                  {chunk: row for row, chunk in enumerate(ids)})
        return self._lexical[key]

    def search(self, vector: np.ndarray, k: int, sources: list[str] | None = None, text: str | None = None,
               closest_within: int = 0) -> list[Hit]:
        """Best chunks, optionally only from the named articles: by cosine similarity to `vector`,
        fused with BM25 ranks for `text` when it is given (reciprocal rank fusion). Measured on
        SQuAD v1.1 dev articles, fusion lifts recall@3 from 85.1 to 92.7 and recall@1 from 67.8 to
        79.3 (docs/measurements.md). Each hit's score stays its cosine similarity: its own vector's or, closer, one of its lines'
        (`_rows`).

        Searching several articles, the chunk closest by meaning is kept among the first
        `closest_within` hits (those read): BM25 on a question's common words ("When was the bridge
        shut down?") could rank another article's short passages above it. Within one article it is
        not, as fusion's ranks there scored better (SQuAD whole articles: F1 75.6 against 75.2).

        A question that names what only one of the articles searched names ("Who is the CEO of Veltrix?") is
        searched in that article alone (`_article_named`): among seven articles of other kinds, the
        earnings release's passage naming its CEO had ranked sixth, under a privacy policy's on its
        data protection officer (audits r12–r18: answerable F1 up on four sets of seven, by up to 1.4, none down)."""
        several = text is not None and len({self.articles[name].text for name in sources or self.articles}) > 1  # one loaded twice is one
        if several and (named := self._article_named(text, sources or list(self.articles))):
            sources, several = [named], False
        # Each row's similarity, read in place from the IndexFlatIP (no copy), and each chunk's the most of its rows':
        # sorting every row (a FAISS search of them all) had cost 7x the search where lines outnumber passages 9 to 1.
        stored = faiss.rev_swig_ptr(self.faiss.get_xb(), self.faiss.ntotal * self.faiss.d) if self.faiss.ntotal else np.zeros(0, np.float32)
        best = np.full(len(self.chunks), -np.inf, np.float32)
        np.maximum.at(best, self._row_chunk, stored.reshape(self.faiss.ntotal, self.faiss.d) @ vector.reshape(-1).astype(np.float32))
        dense = [(int(i), float(best[i])) for i in np.argsort(-best, kind="stable")
                 if not sources or self.chunks[i].source in sources]
        similarity = dict(dense)
        order = [i for i, _ in dense]
        bm25, rows = self._lexical_scorer(sources) if text is not None and order else (None, {})
        if bm25 is not None:
            scores_by_row = bm25.get_scores(search_words(text))
            lexical = sorted(order, key=lambda i: -scores_by_row[rows[i]])
            fused = {i: 1 / (RRF_K + rank) for rank, i in enumerate(order)}
            for rank, i in enumerate(lexical):
                fused[i] += LEXICAL_WEIGHT / (RRF_K + rank)
            order = sorted(order, key=lambda i: -fused[i])
            leader = lexical[0] if len(lexical) > 1 and scores_by_row[rows[lexical[0]]] > 0 and \
                scores_by_row[rows[lexical[0]]] >= LEXICAL_LEAD * scores_by_row[rows[lexical[1]]] else None
        else:
            leader = None
        if text is not None and 0 < closest_within < len(order):
            order = _read_first(order, self._to_read(order, text, several, dense[0][0], leader), closest_within)
        return [Hit(self.chunks[i], similarity[i]) for i in order[:k]]

    def _to_read(self, order: list[int], question: str, several: bool, closest: int, lexical_leader: int | None) -> list[int]:
        """The chunks to read whatever their rank: the first (in `order`) of those holding the label the question
        asks for (index/labels.py), naming most of its words; searching several articles, the chunk closest by meaning;
        and the chunk BM25 ranks first by a clear lead (LEXICAL_LEAD), if any."""
        asked = {i: asked_label(question, self._labels[i]) for i in order if self._labels[i]}
        most = max(asked.values(), default=0)
        chosen = [next(i for i in order if asked.get(i) == most)] if most else []
        chosen += [closest] if several and closest not in chosen else []
        return chosen + ([lexical_leader] if lexical_leader is not None and lexical_leader not in chosen else [])

    def naming(self, words: set[str]) -> frozenset[Chunk]:
        """The chunks whose searched words (their own and their headings': `_searched_text`) hold any of `words`."""
        return frozenset(chunk for chunk, chunk_words in zip(self.chunks, self._words) if not words.isdisjoint(chunk_words))

    def shaped(self, shape: re.Pattern) -> frozenset[Chunk]:
        """The chunks whose text holds a match of `shape` (an e-mail address's, say)."""
        return frozenset(chunk for chunk in self.chunks if shape.search(chunk.text))

    def byline_hits(self, sources: list[str] | None = None, signed: bool = False) -> list[Hit]:
        """For each article searched (all without `sources`) that says who wrote it (index/bylines.py `writer`, by its
        signature alone where the question asks who `signed` it), the passage holding its names, as a hit of no similarity."""
        hits = []
        for name in sources or self.articles:
            where = writer(self.articles[name].text, signed)
            chunk = next((chunk for chunk in self.chunks if where and chunk.source == name and chunk.start <= where[0] < chunk.end), None)
            hits += [Hit(chunk, 0.0)] if chunk else []
        return hits

    def _article_named(self, question: str, searched: list[str]) -> str | None:
        """The article among `searched` that the question's names point to: those of its names (index/lexical.py's
        `names`) that one article alone holds, when they are all held by the same one; None otherwise."""
        if self._article_words is None:
            words: dict[str, set[str]] = {name: set() for name in self.articles}
            for chunk, chunk_words in zip(self.chunks, self._words):
                words[chunk.source].update(chunk_words)
            self._article_words = words
        owner = None
        for name in names(question):
            holding = [article for article in searched if all(word in self._article_words[article] for word in name)]
            if len(holding) == 1:
                if owner not in (None, holding[0]):
                    return None
                owner = holding[0]
        return owner

    def save(self, folder: str | Path) -> None:
        """Write the index into `folder`, then remove the files of the index it replaces. Refuses a
        folder whose manifest.json is not an index's; raises OSError, leaving the folder as it was
        but for its files that were already there, when the folder cannot take the index."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        with _saving_alone(folder):
            self._save_into(folder)

    def _save_into(self, folder: Path) -> None:
        previous = _manifest_there(folder)
        refuse_a_foreign_manifest(folder, previous)
        chunks = "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in self.chunks).encode("utf-8")
        vectors = faiss.serialize_index(self.faiss).tobytes()
        files, new = {}, []
        try:
            for kind, data, suffix in (("chunks", chunks, "jsonl"), ("vectors", vectors, "faiss")):
                digest = _sha256(data)
                name = f"{kind}-{digest[:16]}.{suffix}"
                if not (folder / name).exists():
                    new.append(folder / name)
                _write_atomic(folder / name, data)
                files[kind] = {"file": name, "sha256": digest}
            _write_atomic(folder / MANIFEST, json.dumps(self.manifest() | {"files": files}, indent=2).encode())
        except BaseException:
            for path in new:
                path.unlink(missing_ok=True)
            raise
        self._clear_replaced(folder, _listed_files(previous), {MANIFEST, *(f["file"] for f in files.values())})

    @staticmethod
    def _clear_replaced(folder: Path, listed: set[str], current: set[str]) -> None:
        for path in folder.iterdir():
            name = path.name
            if name in current or not OWN_FILE.fullmatch(name):
                continue
            if _orphaned(name) if ".tmp" in name else (name in listed or _named_by_content(path)):
                path.unlink(missing_ok=True)

    @classmethod
    def load(cls, folder: str | Path, articles: list[Article], embedding_model: str, settings: ChunkSettings) -> "ArticleIndex":
        """The saved index, if it is intact and was built from these articles with these settings."""
        folder = Path(folder)
        manifest, (chunks_file, chunks_data), vectors = _read_saved(folder, embedding_model, settings)
        differ = _how_articles_differ(manifest.get("articles"), articles)
        if differ:
            raise StaleIndex(differ)
        # The checksums vouch only for what the manifest says; a file tampered with and its checksum
        # updated must still be chunks that are slices of these articles, and a FAISS index.
        chunks = _read_chunks(chunks_file, chunks_data, {a.name: a.text for a in articles})
        index = cls(articles, chunks, np.zeros((0, vectors.d), np.float32), embedding_model, settings)
        if vectors.ntotal != len(index._row_chunk):
            lines = len(index._row_chunk) - len(chunks)
            raise CorruptIndex(f"{vectors.ntotal} vectors for {len(chunks)} chunks" + (f" and {lines} lines of theirs" if lines else ""))
        index.faiss, index.read_from = vectors, folder
        return index

    @classmethod
    def open(cls, folder: str | Path, articles: list[Article], embedder, settings: ChunkSettings = ChunkSettings(), log=to_stderr,
             must_save: bool = False, reuse_from: list[Path] = ()) -> "ArticleIndex":
        """Load the index saved in `folder`, or build (and save) it when it is missing, stale or corrupt.
        Building, the passages of articles unchanged since the index saved in `folder`, or one in a folder of
        `reuse_from`, was built are taken from it: one article edited among many is the only one embedded again.
        An index that cannot be saved is answered from memory, or, with `must_save` (`qa index`, run
        only to save it), refused with IndexFolderError: before building where the folder is not writable."""
        folder = Path(folder)
        try:  # before any building, which may take minutes for a long article
            folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise IndexFolderError(f"{folder}: is a file, not a folder to keep the index in") from None
        except OSError as error:
            raise IndexFolderError(f"{folder}: cannot keep the index there ({error.strerror or error})") from None
        refuse_a_foreign_manifest(folder)
        unusable = ""  # why the saved index cannot be used, if there is one
        try:
            saved_there = (folder / MANIFEST).exists()
            if not saved_there and any(DATA_FILE.fullmatch(path.name) for path in folder.iterdir()):
                # its data files without the manifest naming them: deleted, or a build killed before it wrote one (a review's)
                unusable = f"corrupt (no {MANIFEST} beside its data files)"
        except OSError as error:  # a folder this process may not look into: built anew, answered from memory
            saved_there, unusable = False, f"unreadable ({error.strerror or error})"
        if saved_there:
            try:
                index = cls.load(folder, articles, embedder.name, settings)
                index.check_vectors(embedder)
                return index
            except UnusableIndex as problem:
                unusable = f"{type(problem).__name__.replace('Index', '').lower()} ({problem})"
        if must_save and not os.access(folder, os.W_OK):
            raise IndexFolderError(f"{folder}: cannot keep the index there (not writable)"
                                   + (f"; the index in it is {unusable}" if unusable else ""))
        saved = cls._saved_elsewhere([folder, *reuse_from], articles, embedder, settings)
        kept = f" (the passages of {len(saved)} unchanged article{'' if len(saved) == 1 else 's'} kept)" if saved else ""
        if unusable:
            log(f"Index at {folder} is {unusable}; rebuilding it{kept}.")
        index = cls.build(articles, embedder, settings, saved)
        if not must_save:
            index.save_or_say_why(folder, log)
            return index
        try:
            index.save(folder)
        except OSError as error:
            raise IndexFolderError(f"{folder}: the index could not be saved there "
                                   f"({type(error).__name__}: {error.strerror or error})") from None
        return index

    def check_vectors(self, embedder) -> None:
        """Raise CorruptIndex unless `embedder` makes again the vectors saved for the index's first and last rows:
        another model saved under the same folder name (`embedder=`), or vectors changed behind an updated checksum, had
        been searched without a word, each passage about as close to a question as any other (a review's, session 53)."""
        problem = _not_remade(embedder, self.articles, self.chunks, self.faiss.reconstruct, last_too=True)
        if problem:
            raise CorruptIndex(problem)

    @staticmethod
    def _saved_elsewhere(folders: list[Path], articles: list[Article], embedder, settings: ChunkSettings) -> Passages:
        """The passages of those of `articles` that an index saved in one of `folders` holds unchanged, the first
        folder's first, of vectors that `embedder` makes (another model may be saved under the same name: `_not_remade`)."""
        passages: Passages = {}
        by_name = {article.name: article for article in articles}
        for folder in folders:
            if len(passages) == len(articles):
                break
            found = saved_passages(folder, [a for a in articles if a.name not in passages], embedder.name, settings)
            checked = next(((chunks, vectors) for chunks, vectors in found.values() if chunks), None)  # one model made a folder's
            if checked is None or not _not_remade(embedder, by_name, checked[0], checked[1].__getitem__):
                passages.update(found)
        return passages

    def save_or_say_why(self, folder: Path, log) -> None:
        """Save, or log in one line why the index could not be saved: it still answers from memory."""
        try:
            self.save(folder)
        except (OSError, IndexFolderError) as error:
            reason = error if isinstance(error, IndexFolderError) else f"{type(error).__name__}: {error.strerror or error}"
            log(f"Index at {folder} could not be saved ({reason}); answering from the index in memory.")
