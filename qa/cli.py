"""The `qa` command: ask, index, chat, train-reader, eval, calibrate, average-readers (the bigger ones each in its own module)."""
from __future__ import annotations

import argparse
import codecs
import errno
import importlib
import importlib.metadata
import os
import re
import sys
from collections.abc import Sequence

from index.articles import suffix_list
from qa.answer import located, no_answer_message
from qa.overview import asks_for_opening
from qa.writing import json_line, threshold_text


PACKAGE = "article-qa"  # as pyproject.toml names it
INDEX_DIR_HELP = "where the article index is kept (default: a cache folder keyed by the articles)"


def _add_article_options(parser) -> None:
    parser.add_argument("--article", action="append", metavar="PATH",
                        help=f"article file ({suffix_list('or')}), a folder of them, or a web address; repeat for several (default: the seed article)")
    parser.add_argument("--reader", metavar="PATH_OR_HUB_ID",
                        help="question-answering checkpoint (default: the project's shipped reader)")
    parser.add_argument("--index-dir", metavar="DIR", help=INDEX_DIR_HELP)


def build_assistant(args):
    from qa.assistant import SEED_ARTICLE, Assistant

    return Assistant.from_files(args.article or [SEED_ARTICLE], reader=args.reader, index_dir=args.index_dir)


def _whole_number(text: str) -> int | None:
    """`text` as a whole number written in ASCII digits, else None: "²" is a digit to str.isdigit,
    yet no number to int, and "٣" is one to both, yet not one a user typing a count means."""
    return int(text) if text.isascii() and text.isdigit() else None


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    if (number := _whole_number(text)) is None or number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return number


def port_number(text: str) -> int:
    """An argparse type: a TCP port number, 1 to 65535 (a larger one fails deep in the socket library, and
    Gradio cannot serve on 0, "any free port": it checks its own address, with port 0 in it, and fails)."""
    if (number := _whole_number(text)) is None or not 1 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 1 to 65535, not {text!r}")
    return number


# A carriage return is shown as a code only on its own (it would overwrite the line); in a Windows
# line end ("\r\n") it is part of the line break.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
SURROGATE_ESCAPED = re.compile("[\udc80-\udcff]")  # how Python reads a command line's bytes that are not UTF-8
ASK_BATCH = 16  # questions retrieved and read together; each batch's answers are printed as it is done


def standard_input_text(stdin) -> str:
    """Standard input as text: UTF-8 (a byte order mark dropped), or UTF-16 behind its byte order mark,
    as Windows saves "Unicode" text. Other bytes are refused: Python would read them as codes that
    cleaning then drops, asking another question than the one typed."""
    from qa.questions import QuestionError

    if not hasattr(stdin, "buffer"):  # already text
        return stdin.read()
    data = stdin.buffer.read()
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].decode(encoding, errors="replace").count("\n") + 1
        raise QuestionError(f"standard input is not {encoding.removesuffix('-sig').upper()} text (line {line}); "
                            "give the questions as UTF-8") from None


def questions_to_ask(given: list[str], stdin) -> list[str]:
    """The questions in order, `-` standing for standard input's non-blank lines; each checked
    (see `clean_questions`) before any model is loaded."""
    from qa.questions import QuestionError, clean_questions

    questions, places = [], []  # where each was given, to name a bad one by: blank lines on standard input are skipped
    for position, question in enumerate(given, 1):
        if question == "-":
            # Lines end at "\n" only: splitlines() would also cut a question at a U+2028 or U+0085 inside it.
            lines = [(number, line.removesuffix("\r")) for number, line in enumerate(standard_input_text(stdin).split("\n"), 1)]
            if not any(line.strip() for _, line in lines):  # "-" beside questions too: it had been passed over in silence
                raise QuestionError("no questions on standard input")
            questions += [line for _, line in lines if line.strip()]
            places += [f"standard input line {number}" for number, line in lines if line.strip()]
        elif SURROGATE_ESCAPED.search(question):  # bytes of the command line that are not UTF-8, as Python passes them on
            raise QuestionError(f"question {position} on the command line is not UTF-8 text; give the questions as UTF-8")
        else:
            questions.append(question)
            places.append(f"question {position} on the command line")
    if not questions:
        raise QuestionError("no questions on standard input")
    clean_questions(questions, places if len(questions) > 1 or "-" in given else None, asked_alone=True)
    return questions


def shown(text: str, one_line: bool = False) -> str:
    """Article text made safe for a terminal: control characters (an escape sequence that would
    clear the screen or retitle the window) are printed as their codes, line breaks and tabs kept
    but for `one_line` (an error naming a path or a question with a line break in it)."""
    control = ANY_CONTROL if one_line else CONTROL
    return control.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


def marked(citation, bold: bool, read_as=None) -> str:
    """The passage, safe for a terminal (see `shown`), as its article reads given `read_as` (`Assistant.text_as_read`: a
    Markdown article's without its markup, as the chat shows it), with the answer in bold when `bold`."""
    def text(start: int, end: int) -> str:  # offsets within the passage
        return citation.text[start:end] if read_as is None else read_as(citation.source, citation.start + start, citation.start + end)

    if not bold or citation.answer_start is None:
        return shown(text(0, len(citation.text)))
    start, end = citation.answer_start, citation.answer_end
    return f"{shown(text(0, start))}\x1b[1m{shown(text(start, end))}\x1b[22m{shown(text(end, len(citation.text)))}"


def writes_any_character(stream) -> bool:
    """Whether `stream`'s encoding is a Unicode one (UTF-8, UTF-16…), not a code page like Latin-1."""
    try:
        return codecs.lookup(stream.encoding or "").name.startswith("utf")
    except LookupError:
        return False


def refusal_odds(no_answer_probability: float, threshold: float | None) -> str:
    """How likely no answer is, said beside a refusal; where no answer is the less likely yet reaches the no-answer
    `threshold` (a low one saved by `qa eval --save-threshold`), that the threshold refused it. A probability that
    rounds to 0% is "under 1%": "(no-answer probability 0%)" had seemed to say that nothing refused the answer."""
    shown = f"{no_answer_probability:.0%}" if round(no_answer_probability, 2) > 0 else "under 1%"
    # From one half up, no answer is the likelier: that says alone why the answer was refused.
    if threshold is not None and threshold <= no_answer_probability < 0.5:
        return f"no-answer probability {shown}, refused at the no-answer threshold {threshold_text(threshold)}"
    return f"no-answer probability {shown}"


def print_answer(answer, as_json: bool, several: bool, articles_searched: int = 1, as_read: str | None = None,
                 read_as=None, unmentioned: Sequence[str] = (), understood_as: str | None = None,
                 threshold: float | None = None) -> None:
    """Prints an answer as JSON (`Answer.to_dict()`, its text verbatim), or for a person: the answer `as_read`
    (as its article reads: a Markdown article's without the markup it holds), where it is, and its passage, read
    as its article reads given `read_as` (`Assistant.text_as_read`; it had been printed with its "**" and "###");
    a refusal saying the numbers the question names that the articles never do (`unmentioned`), and how likely no
    answer was (`refusal_odds`, given the assistant's `threshold`); first, the question as it was understood where
    a misspelt word was spelt right (`understood_as`), as the chat says it."""
    if as_json:  # \u escapes where the output cannot carry a character: JSON that reads back the same
        print(json_line(answer.to_dict(), ensure_ascii=not writes_any_character(sys.stdout)), flush=True)
        return
    if several:
        print(f"Q: {shown(answer.question)}")
    if understood_as is not None:
        print(f"(understood as: {shown(understood_as, one_line=True)})")
    if answer.answered:
        print(f"{shown(answer.text if as_read is None else as_read)}\n  confidence {answer.score:.0%} · {located(answer.source, answer.page)} [{answer.start}:{answer.end}]")
        for citation in answer.citations[:1]:
            print(f"  “{marked(citation, sys.stdout.isatty(), read_as)}”")
    else:
        odds = "" if asks_for_opening(answer.question) else f" ({refusal_odds(answer.no_answer_probability, threshold)})"
        print(f"{no_answer_message(answer.question, articles_searched, unmentioned)}{odds}")
        if answer.citations:
            closest = answer.citations[0]
            print(f"  closest passage ({located(closest.source, closest.page, closest.last_page)}): “{marked(closest, False, read_as)}”")
    if several:
        print()
    sys.stdout.flush()


def ask(args) -> int:
    """Each question answered, ASK_BATCH at a time; several typed as one ("Who gave the briefing and where was it
    held?", qa/compound.py) answered one by one, each later one a follow-up of the one before, and what every article
    is about with each one's lead ("What are these articles about?"), which articles speak of a topic with one
    statement of each ("Which articles mention Mill Lane?"), as the chat answers them."""
    from dataclasses import replace

    from qa.compound import asked_separately
    from qa.answer import left_out_message
    from qa.followup import answers_of_each, ask_resolved, asked_of_several, left_of_each, resolve_followup, turn_of_each

    questions = questions_to_ask(args.questions, sys.stdin)
    assistant = build_assistant(args)
    from qa.reader import DEFAULT_SOURCE  # imported once the questions are checked: it brings torch (seconds)

    if assistant.threshold_source != DEFAULT_SOURCE:  # one saved by `qa eval --save-threshold` had gone unnoticed
        print(f"qa: no-answer threshold {threshold_text(assistant.no_answer_threshold)}, {assistant.threshold_source}",
              file=sys.stderr)
    parts = [asked_separately(assistant.as_meant(question)) for question in questions]
    of_each = [len(assistant.articles) > 1 and any(asked_of_several(part) for part in asked) for asked in parts]
    several = len(questions) > 1 or any(len(asked) > 1 for asked in parts) or any(of_each)

    def show(answer, understood_as: str | None) -> None:
        print_answer(answer, args.json, several, len(assistant.articles), assistant.answer_as_read(answer),
                     assistant.text_as_read, () if answer.answered else assistant.not_mentioned(answer.question),
                     understood_as, assistant.no_answer_threshold)

    batch: list[str] = []

    def ask_batch() -> None:
        for answer in assistant.ask_many(batch, args.top_k):
            show(answer, spelt if (spelt := assistant.spelt(answer.question)) != answer.question else None)
        batch.clear()

    for question, asked, each in zip(questions, parts, of_each):
        if len(asked) == 1 and not each:
            batch.append(question)
            if len(batch) == ASK_BATCH:
                ask_batch()
            continue
        ask_batch()  # the answers printed in the order asked
        previous = None
        for part in asked:
            resolved = resolve_followup(part, previous)
            answer = ask_resolved(assistant, resolved, previous, top_k=args.top_k)
            answers = answers_of_each(assistant, resolved, answer, assistant.articles)
            for given in answers:
                show(replace(given, question=resolved.question), None)  # its "Q:" says how it was understood
            lacking, unasked = left_of_each(resolved, answers, assistant.articles)
            if (lacking or unasked) and not args.json:  # JSON Lines hold answers alone
                print(f"{left_out_message(resolved.question, lacking, unasked)}\n", flush=True)
            previous = turn_of_each(resolved, answers)
    ask_batch()
    return 0


def index(args) -> int:
    import time

    from index.articles import load_articles
    from index.embedding import Embedder
    from index.store import ArticleIndex, to_stderr
    from qa.assistant import index_folder_for, indexes_beside, say_if_unlike_english

    articles = load_articles(args.paths)
    folder = index_folder_for(articles, args.index_dir)
    embedder = Embedder()
    started = time.perf_counter()
    built = ArticleIndex.open(folder, articles, embedder, must_save=True, reuse_from=indexes_beside(folder, args.index_dir))
    for article in articles:
        say_if_unlike_english(article, to_stderr)
    how = "up to date, read" if built.read_from else "built"
    passages = len(built.chunks)
    print(f"{passages} passage{'' if passages == 1 else 's'} from {len(articles)} article{'' if len(articles) == 1 else 's'} "
          f"in {folder} ({how} in {time.perf_counter() - started:.1f} s)")
    return 0


def chat(args) -> int:
    from ui.app import ensure_port_free, launch

    ensure_port_free(args.host, args.port)  # before loading models, which takes a while
    launch(build_assistant(args), host=args.host, port=args.port, share=args.share)
    return 130  # Gradio serves until Ctrl-C, which it catches itself and returns from (SIGTERM ends the process)


LARGER_COMMANDS = [  # name, module, summary
    ("train-reader", "qa.train", "fine-tune an extractive reader on SQuAD-format data"),
    ("eval", "qa.evaluate", "score the assistant (or the reader) on a question set"),
    ("calibrate", "qa.calibrate", "calibrate the reader's probabilities on SQuAD v2-style rows"),
    ("average-readers", "qa.average", "average the weights of readers into a new reader"),
]


def _reader_errors() -> tuple[type[Exception], ...]:
    """ReaderNotFound, when the reader module was imported: only then can it have been raised
    (evaluated only once an error is being handled, so importing it costs nothing before)."""
    reader = sys.modules.get("qa.reader")
    return (reader.ReaderNotFound,) if reader else ()


def _version() -> str:
    """The installed package's version; a checkout run without installing has none."""
    try:
        return importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return "(not installed)"


def _written_to_stdout(error: OSError) -> bool:
    """Whether `error`, naming no file, is a write's to standard output that found no room (`qa ask … > answers.txt` on a
    full disk: a review's had been told only "No space left on device"): every file the commands write is named where it
    fails (`naming_the_file`). Standard output is then pointed at nothing, so that Python's flush on exit fails no more."""
    if error.filename or error.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return False
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return True


# The options naming files or folders, in every command; `questions` is a file only where a command reads a set of them.
PATH_OPTIONS = ("article", "index_dir", "paths", "json_out", "predictions", "report", "compare_to", "train", "dev", "out",
                "checkpoint_dir", "base", "teacher", "readers")
QUESTION_FILE_COMMANDS = ("eval", "calibrate")


def _expand_home(args: argparse.Namespace) -> None:
    """Paths opening "~" read as a shell reads them: it leaves "--index-dir=~/idx" as typed, and a folder named "~" had
    been made in the current one, and eval's outputs written in it (a review's)."""
    names = [*PATH_OPTIONS, *(["questions"] if args.subcommand in QUESTION_FILE_COMMANDS else [])]
    for name in names:
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, os.path.expanduser(value))
        elif isinstance(value, list):
            setattr(args, name, [os.path.expanduser(item) if isinstance(item, str) else item for item in value])


def main(argv: list[str] | None = None) -> int:
    from index.articles import ArticleError
    from qa.questions import QuestionError, QuestionSetError

    parser = argparse.ArgumentParser(prog="qa", description="Extractive question answering over articles.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="subcommand", required=True)

    ask_parser = commands.add_parser("ask", help="answer questions from the articles",
                                     description="Answer each question with a span copied from the articles, or say they don't answer it.")
    ask_parser.add_argument("questions", nargs="+", metavar="QUESTION",
                            help="one or more questions; - reads them from standard input, one per line")
    _add_article_options(ask_parser)
    ask_parser.add_argument("--top-k", type=positive, default=3,
                            help="passages to cite in --json (default: %(default)s); the text shows the first")
    ask_parser.add_argument("--json", action="store_true", help="print each answer as one line of JSON (Answer.to_dict())")
    ask_parser.set_defaults(handler=ask)

    index_parser = commands.add_parser("index", help="build (or check) the index of articles",
                                       description="Chunk and embed articles into a FAISS index; a fresh index is only checked.")
    index_parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders of them, or web addresses")
    index_parser.add_argument("--index-dir", metavar="DIR", help=INDEX_DIR_HELP)
    index_parser.set_defaults(handler=index)

    chat_parser = commands.add_parser("chat", help="chat with the articles in the browser",
                                      description="Start the browser chat (a Gradio app) over the articles.")
    _add_article_options(chat_parser)
    chat_parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    chat_parser.add_argument("--port", type=port_number, default=7860, help="port to listen on (default: %(default)s)")
    chat_parser.add_argument("--share", action="store_true", help="also serve through a temporary public Gradio link")
    chat_parser.set_defaults(handler=chat)

    # The bigger commands bring torch and transformers (seconds to import): each is imported only when
    # it is the one run, so `qa --help` and a bad question answer at once.
    argv = sys.argv[1:] if argv is None else argv
    for name, module, summary in LARGER_COMMANDS:
        if argv[:1] != [name]:
            commands.add_parser(name, help=summary)
            continue
        try:
            command = importlib.import_module(module)
        except KeyboardInterrupt:  # Ctrl-C while torch and transformers load: as anywhere else, no traceback
            return 130
        command_parser = commands.add_parser(name, help=summary, description=command.__doc__,
                                             formatter_class=argparse.RawDescriptionHelpFormatter)
        command.add_arguments(command_parser)
        if name == "eval":
            _add_article_options(command_parser)
        command_parser.set_defaults(handler=command.run)

    # A terminal that cannot show a character of an article or question (a Latin-1 console,
    # PYTHONIOENCODING=ascii) shows "?" for it, rather than the command failing half-way through an answer.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    args, extra = parser.parse_known_args(argv)
    if extra:  # `--article a.txt b.txt`: b.txt would be left over, with no word of why
        after_article = not extra[0].startswith("-") and any(arg == "--article" or arg.startswith("--article=") for arg in argv)
        hint = "; give --article once per file or folder: --article a.txt --article b.txt" if after_article else ""
        parser.error(f"unrecognized arguments: {' '.join(extra)}{hint}")
    _expand_home(args)
    if sys.stdout is None and args.subcommand == "ask":  # `qa ask … >&-`: Python gives no stream to print to
        print("qa: error: standard output is closed: nowhere to write the answers", file=sys.stderr)
        return 1
    try:
        return args.handler(args) or 0
    except (ArticleError, QuestionError, QuestionSetError, ValueError, *_reader_errors()) as error:
        print(f"qa: error: {shown(str(error), one_line=True)}", file=sys.stderr)  # it may quote a file name or question
        return 2
    except BrokenPipeError:  # the reader of our output stopped early (`qa ask - … | head -1`): nothing more to say
        try:  # Python flushes stdout again on exit; point it at nothing so that flush cannot fail
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 141  # as a command the pipe's SIGPIPE ends does (128 + 13), so that `set -o pipefail` scripts tell it apart
    except KeyboardInterrupt:  # Ctrl-C: the user knows why it stopped, and needs no traceback
        return 130
    except OSError as error:  # the machine refused (a read-only or full disk): a line naming the file, not a traceback
        where = f"{error.filename}: " if error.filename else "standard output: " if _written_to_stdout(error) else ""
        print(f"qa: error: {shown(where + (error.strerror or str(error)), one_line=True)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
