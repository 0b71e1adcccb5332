"""What an evaluation run shows people: a console table, and a Markdown report with PNG plots of
the scores against the no-answer threshold, the reliability of the scores, latency, and the worst
misses with their passages."""
from __future__ import annotations

import math
import unicodedata
from pathlib import Path

from qa import compare
from qa.compare import escape_markdown, escape_inline
from qa.evaluate import BATCH_LATENCY, BATCH_SIZE, RELIABILITY_BINS, Outcome, Run, SweepPoint, reliability
from qa.writing import threshold_text
from qa.writing import naming_the_file

REPORT_FILE = "report.md"
THRESHOLD_PLOT, RELIABILITY_PLOT, LATENCY_PLOT = "threshold.png", "reliability.png", "latency.png"
FILES = (REPORT_FILE, THRESHOLD_PLOT, RELIABILITY_PLOT, LATENCY_PLOT)  # what `--report` writes in its folder
WORST_MISSES = 10


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def score_rows(summary: dict) -> list[tuple[str, str, str, str]]:
    """(what, n, EM, F1) rows, shared by the console table and the report."""
    answerable, unanswerable = summary["has_answer"], summary["no_answer"]
    rows = [("all", str(summary["n"]), _number(summary["exact_match"]), _number(summary["f1"])),
            ("answerable", str(answerable["n"]), _number(answerable["exact_match"]), _number(answerable["f1"])),
            # For an unanswerable question EM = F1 = whether the reply abstained.
            ("unanswerable: abstained", str(unanswerable["n"]), _number(unanswerable["accuracy"]), "")]
    rows += [(f"type {kind}", str(s["n"]), _number(s["exact_match"]), _number(s["f1"]))
             for kind, s in summary["by_type"].items()]
    return rows


def retrieval_line(summary: dict) -> str:
    r = summary["retrieval"]
    if r["mrr"] is None:
        return "not scored (no retrieval, or no answerable question)"
    return (f"recall@1 {_number(r['recall_at_1'])}, recall@3 {_number(r['recall_at_3'])}, "
            f"recall@5 {_number(r['recall_at_5'])}, MRR×100 {_number(r['mrr'])}")


def tied_ranges(points: list[SweepPoint], best: SweepPoint) -> list[tuple[float, float]]:
    """The stretches of the sweep's thresholds whose F1 is the best's, as (first, last)."""
    ranges: list[tuple[float, float]] = []
    for previous, point in zip([None, *points], points):
        if not math.isclose(point.f1, best.f1):
            continue
        if previous is not None and math.isclose(previous.f1, best.f1):
            ranges[-1] = (ranges[-1][0], point.threshold)
        else:
            ranges.append((point.threshold, point.threshold))
    return ranges


def threshold_line(summary: dict, points: list[SweepPoint], best: SweepPoint) -> str:
    """The threshold used and the best, with the others as good: a tie is no reason to prefer one."""
    abstained = "" if best.no_answer_accuracy is None else f", abstained on unanswerable {_number(best.no_answer_accuracy)}"
    ranges = tied_ranges(points, best)
    tied = "" if ranges == [(best.threshold, best.threshold)] else "; the same F1 at " + ", ".join(
        threshold_text(first) if first == last else f"{threshold_text(first)}–{threshold_text(last)}" for first, last in ranges)
    source = f" ({summary['threshold_source']})" if summary["threshold_source"] else ""  # a saved one had gone unnoticed
    return (f"{threshold_text(summary['threshold'])} used{source}; best F1 on this set at {threshold_text(best.threshold)} "
            f"(F1 {_number(best.f1)}, EM {_number(best.exact_match)}{abstained}{tied})")


def _display_width(text: str) -> int:
    """Columns a terminal gives the text: wide (CJK) characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def console_table(summary: dict, points: list[SweepPoint], best: SweepPoint, batched: str | None = None) -> str:
    """The scores as a table, then retrieval, latency (with how it was measured where questions were `batched`: a
    batch's mean is no question's own, and its p95 no tail) and the threshold."""
    rows = score_rows(summary)
    # The label column as wide as its longest label (a question type may be long, or in CJK), so that the numbers line up.
    width = max(26, 2 + max(_display_width(what) for what, *_ in rows))
    label = lambda what: what + " " * (width - _display_width(what))
    lines = [f"{label('')}{'n':>6}{'EM':>8}{'F1':>8}"]
    lines += [f"{label(what)}{n:>6}{em:>8}{f:>8}" for what, n, em, f in rows]
    latency = summary["latency_ms"]
    lines += ["", f"retrieval   {retrieval_line(summary)}",
              f"latency     p50 {latency['p50']:.0f} ms  p95 {latency['p95']:.0f} ms" + (f" ({batched})" if batched else ""),
              f"threshold   {threshold_line(summary, points, best)}"]
    return "\n".join(lines)


# ---------------------------------------------------------------- plots

def _pyplot():
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    return plt


def _superscript(number: int) -> str:
    return str(number).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))


def threshold_figure(points: list[SweepPoint], used: float, best: SweepPoint):
    """The scores as steps (each holds from the no-answer probability it passes to the next: they change only where
    a question's is passed; the sweep's threshold, of few decimals, may lie far above it), on a logit axis: readers put most of those
    probabilities within 0.01 of 0 or 1, and the best threshold with them, which a linear axis
    squeezed into its frame."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 4.2))
    thresholds = [p.threshold for p in points]
    inside = [t for t in [*thresholds, *(p.holds_from for p in points), used, best.threshold] if 0 < t < 1]
    if not inside:  # only 0 and 1 (a sweep of qa eval's always holds its steps of 0.01): nothing for a logit axis
        inside = [0.01, 0.99]
    low, high = min(inside) / 10, 1 - (1 - max(inside)) / 10  # a power of ten's room past the outermost
    framed = lambda t: min(max(t, low), high)  # 0 and 1 at the frame: a logit axis has no place for them
    # Each step where its scores start (past a question's probability), the last held to the frame's edge: drawn as
    # steps, it had ended where it starts, and a set whose probabilities are all near 0 showed nothing at 0.5 (eval audit).
    x = [framed(p.holds_from) for p in points] + [high]
    steps = dict(drawstyle="steps-post")

    def held(values: list) -> list:
        return [*values, values[-1]]

    ax.plot(x, held([p.f1 for p in points]), label="F1, all questions", linewidth=2, **steps)
    if points[0].has_answer_f1 is not None:
        ax.plot(x, held([p.has_answer_f1 for p in points]), label="F1, answerable", linestyle="--", **steps)
    if points[0].no_answer_accuracy is not None:
        ax.plot(x, held([p.no_answer_accuracy for p in points]), label="abstained, unanswerable", linestyle="--", **steps)
    lines = [(framed(used), "gray", f"used {threshold_text(used)}"),
             (framed(best.threshold), "red", f"best F1 {threshold_text(best.threshold)}")]
    if used == best.threshold:
        lines = [(lines[1][0], "red", f"used, the best F1: {threshold_text(used)}")]
    for at, color, label in lines:
        ax.axvline(at, color=color, linestyle=":", label=label)
    ax.set_xscale("logit")
    ax.set_xlim(low, high)
    # Every other power of ten: matplotlib's "1 − 10⁻²" labels at each ran into each other. Plain decimals to four places,
    # powers past them ("0.999999" beside "0.99999999" had run together too).
    ticks = {0.5: "0.5"}
    for k in range(2, 12, 2):
        power = f"10{_superscript(-k)}"
        ticks[10.0 ** -k] = f"{10.0 ** -k:.4f}".rstrip("0") if k <= 4 else power
        ticks[1 - 10.0 ** -k] = f"{1 - 10.0 ** -k:.4f}".rstrip("0") if k <= 4 else f"1−{power}"
    shown = sorted(t for t in ticks if low <= t <= high)
    ax.set_xticks(shown, [ticks[t] for t in shown])
    ax.minorticks_off()
    ax.set(xlabel="no-answer threshold, logit scale (abstain when P(no answer) ≥ threshold)", ylabel="%",
           ylim=(-2, 102), title="Scores against the no-answer threshold")
    ax.legend(loc="best", fontsize="small")
    fig.tight_layout()
    return fig


def reliability_figure(outcomes: list[Outcome], threshold: float):
    """Share of right replies (exact match; abstaining on an unanswerable question) per score bin;
    a bin without replies gets no bar and no dot (a bar of 0 would read as "all wrong")."""
    plt = _pyplot()
    from matplotlib.ticker import MaxNLocator

    bins = reliability(outcomes, threshold)
    filled = bins.counts > 0
    centers, width = (bins.edges[:-1] + bins.edges[1:]) / 2, 1 / RELIABILITY_BINS
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(6, 6), sharex=True, gridspec_kw={"height_ratios": [3, 1]})
    top.bar(centers[filled], bins.right[filled], width=width, edgecolor="black", alpha=0.8, label="share of replies right")
    # A dot on each bin with replies: one with none right has a bar of no height, and read as empty.
    top.plot(centers[filled], bins.right[filled], "o", color="black", markersize=4, clip_on=False)
    top.plot([0, 1], [0, 1], linestyle="--", color="gray", label="perfectly calibrated")
    top.set(ylabel="share right", ylim=(0, 1),
            title=f"Reliability of the reply scores (calibration error {bins.calibration_error:.1f})")
    top.legend(loc="upper left", fontsize="small")
    bottom.bar(centers[filled], bins.counts[filled], width=width, edgecolor="black", color="tab:gray")
    bottom.set(xlabel="score of the reply (probability of the span, or of no answer)", ylabel="replies", xlim=(0, 1))
    bottom.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))  # counts: no "2.5 replies"; few, in a short panel
    fig.tight_layout()
    return fig


def latency_figure(run: Run, summary: dict):
    """The questions' latencies as a histogram; where they were read in batches, labelled as the batches' means they
    are (`--reader-only` and `--documents`: "latency per question" had labelled them)."""
    plt = _pyplot()
    from matplotlib.ticker import MaxNLocator

    fig, ax = plt.subplots(figsize=(7, 3.8))
    ax.hist([o.latency_ms for o in run.outcomes], bins=30, edgecolor="black", alpha=0.8)
    for name, style in (("p50", "--"), ("p95", ":")):
        value = summary["latency_ms"][name]
        ax.axvline(value, color="red", linestyle=style, label=f"{name} {value:.0f} ms")
    # Milliseconds as they are: with all latencies equal (one batch) or close, matplotlib would label
    # the ticks as small offsets from "+1.733e3".
    ax.ticklabel_format(axis="x", useOffset=False, style="plain")
    if run.latency == BATCH_LATENCY:
        ax.set(xlabel="a batch's wall time ÷ its size (ms), each question at its batch's", ylabel="questions",
               title=f"Latency: batch means (batches of up to {BATCH_SIZE} questions), not a question's own")
    else:
        ax.set(xlabel="latency per question (ms)", ylabel="questions", title="Latency")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(fontsize="small")
    fig.tight_layout()
    return fig


def _save(fig, path: Path) -> None:
    try:
        with naming_the_file(path):
            fig.savefig(path, dpi=110)
    finally:
        _pyplot().close(fig)


# ---------------------------------------------------------------- Markdown

def _quote(text: str) -> str:
    """The passage as a block quote that keeps its lines: a line followed by another in its paragraph
    ends in a hard break, else Markdown would run a heading and the list under it into one paragraph."""
    lines = escape_markdown(text.strip()).splitlines()
    breaks = ["\\" if line and following else "" for line, following in zip(lines, [*lines[1:], ""])]
    return "\n".join(f"> {line}{hard_break}" for line, hard_break in zip(lines, breaks))


def worst_misses(run: Run) -> list[Outcome]:
    """The WORST_MISSES replies wrong by exact match: lowest F1 first, and of those the most confident first."""
    t = run.threshold
    misses = [o for o in run.outcomes if o.scores(t)[0] < 100]
    return sorted(misses, key=lambda o: (o.scores(t)[1], -o.score(t)))[:WORST_MISSES]


def _miss(number: int, outcome: Outcome, run: Run) -> str:
    t, question = run.threshold, outcome.question
    # Each gold once: SQuAD rows repeat the annotators' agreeing answers.
    gold = " | ".join(f"“{escape_inline(g)}”" for g in dict.fromkeys(question.golds)) or "none: the article does not say"
    if outcome.answered(t):
        reply = f"“{escape_inline(outcome.reply(t))}” (score {outcome.score(t):.2f}, F1 {outcome.scores(t)[1]:.1f})"
    else:
        reply = f"abstained (no-answer probability {outcome.no_answer_probability:.2f})"
    lines = [f"### {number}. {escape_inline(question.id)}: {escape_inline(question.text)}", "", f"- gold: {gold}", f"- reply: {reply}"]
    if run.retrieval and question.golds:
        rank = outcome.relevant_rank
        lines.append(f"- retrieval: a gold answer is in retrieved passage {rank}" if rank
                     else f"- retrieval: no gold answer in the {len(outcome.retrieved)} retrieved passages")
    for passage in outcome.cited:
        lines += ["", f"{escape_inline(passage.source)} \\[{passage.start}:{passage.end}\\]", "", _quote(passage.text)]
    return "\n".join(lines)


def markdown(questions: Path, run: Run, summary: dict, points: list[SweepPoint], best: SweepPoint,
             comparison: compare.Comparison | None = None) -> str:
    table = ["| | n | EM | F1 |", "|---|---:|---:|---:|"]
    table += [f"| {escape_inline(what)} | {n} | {em} | {f} |" for what, n, em, f in score_rows(summary)]
    latency = summary["latency_ms"]
    misses = worst_misses(run)
    missed = sum(o.scores(run.threshold)[0] < 100 for o in run.outcomes)
    # Said when the list is cut short, else a reader takes the ten shown for all the misses.
    shown = f"The {len(misses)} worst of the {missed} replies" if len(misses) < missed else "Replies"
    return "\n".join([
        f"# Evaluation of {escape_inline(questions.name)}", "",
        f"{summary['n']} questions, {escape_inline(run.description)}. EM and F1 are the official SQuAD metrics, in percent; "
        "an unanswerable question counts as right when the reply abstains."
        + (f" Reader: {escape_inline(run.reader)}." if run.reader else ""), "",
        *table, "",
        "Retrieval, over answerable questions (a passage is relevant when it holds a gold answer: its own occurrence "
        "where the set says where it is, as SQuAD rows do, else its words, whole): "
        f"{retrieval_line(summary)}.", "",
        f"Latency per question: p50 {latency['p50']:.0f} ms, p95 {latency['p95']:.0f} ms; measured as {run.latency}.", "",
        *([compare.markdown(comparison), ""] if comparison else []),
        "## No-answer threshold", "",
        "The assistant abstains when the reader's no-answer probability is at least the threshold. "
        f"Threshold: {threshold_line(summary, points, best)}. Of thresholds as good, the best is one that answers "
        "some question, and of those the closest to the one used. It is tuned on the very questions it is "
        "scored on, so its scores are optimistic; `qa eval --save-threshold` makes it the default for these articles (with `--reader-only`, the reader's).", "",
        f"![scores against the threshold]({THRESHOLD_PLOT})", "",
        "## Reliability of the scores", "",
        "A reply's score is the probability it gives to what it replied: the span, or no answer. A reply is right "
        "on exact match (for an unanswerable question: when it abstains). Calibrated scores follow the diagonal.", "",
        f"![reliability diagram]({RELIABILITY_PLOT})", "",
        "## Latency", "",
        f"![latency histogram]({LATENCY_PLOT})", "",
        "## Worst misses", "",
        f"{shown} wrong by exact match, lowest F1 first, the most confident first among equals, with the passages they cite."
        if misses else "No misses: every reply is right by exact match.", "",
        *(_miss(number, o, run) + "\n" for number, o in enumerate(misses, start=1)),
    ])


def write_report(folder: Path, questions: Path, run: Run, summary: dict, points: list[SweepPoint],
                 best: SweepPoint, comparison: compare.Comparison | None = None) -> Path:
    """Write report.md and its plots into `folder`; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    _save(threshold_figure(points, run.threshold, best), folder / THRESHOLD_PLOT)
    _save(reliability_figure(run.outcomes, run.threshold), folder / RELIABILITY_PLOT)
    _save(latency_figure(run, summary), folder / LATENCY_PLOT)
    # UTF-8 whatever the locale: the report quotes the articles, and is read as UTF-8 by Markdown viewers.
    with naming_the_file(folder / REPORT_FILE):
        (folder / REPORT_FILE).write_text(markdown(questions, run, summary, points, best, comparison), encoding="utf-8")
    return folder
