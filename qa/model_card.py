"""The README.md written into a reader folder: how the reader was made and what it scored."""
from __future__ import annotations

from pathlib import Path

EXPERIMENTS = "## Experiments"


def write_model_card(folder: Path, card: str) -> None:
    """Write `card` as the folder's README.md, keeping a hand-written Experiments section."""
    path = Path(folder) / "README.md"
    old = path.read_text() if path.exists() else ""
    kept = old[old.index(EXPERIMENTS):] if EXPERIMENTS in old else ""
    path.write_text(f"{card}\n{kept}")


def _dev_scores(meta: dict) -> str:
    history = meta["dev_history"]
    if not history:
        return "No dev questions were scored during training (it was run without --dev).\n"
    dev = Path(meta["settings"]["dev"]).name
    counts = sorted({h["n"] for h in history})
    rows = "\n".join(f"| {h['step']} | {h['exact_match']:.1f} | {h['f1']:.1f} |" for h in history)
    return f"""Dev-sample scores during training ({' or '.join(map(str, counts))} questions of {dev}, drawn with seed {meta['settings']['seed']}; official EM/F1):

| step | EM | F1 |
|---|---|---|
{rows}
"""


def training_card(meta: dict) -> str:
    """The card of a trained reader, from the training metadata qa/train.py stores with it."""
    settings = meta["settings"]
    return f"""# Extractive reader

The project's own SQuAD-style reader: {meta['base']} fine-tuned for span extraction.
Load it with `qa.reader.Reader.load(FOLDER)` (or `load_qa_model`), FOLDER being this one: it stores every weight
but the word embeddings, which were frozen during training and come from the base package.

| | |
|---|---|
| training data | {meta['train_data']} |
| steps | {meta['steps']} of {meta['total_steps']} ({meta['epochs_done']} epochs, {meta['windows_seen']} windows) |
| hardware | {meta['hardware']} |
| training wall time | {meta['wall_time_hours']} h |
| settings | max length {settings['max_length']}, stride {settings['stride']}, batch {settings['batch_size']}, lr {settings['learning_rate']}, warmup {settings['warmup']}, negatives {settings['negatives']}{' (closest by BM25)' if settings.get('closest_negatives') else ''}{', shared normalization' if settings.get('shared_normalization') else ''}, hard negatives {settings.get('hard_negatives', 0)}, seed {settings['seed']} |

Command (re-run it to resume or to retrain; the checkpoint folder decides which):

    {meta['command']}

{_dev_scores(meta)}
Measure it with `qa eval QUESTIONS --reader FOLDER` (SQuAD with `--reader-only` or `--documents`).
"""


def averaged_card(sources: list[dict], command: str) -> str:
    """The card of a reader whose weights are the mean of `sources`' (each: reader, training)."""
    rows = []
    for source in sources:
        training = source.get("training") or {}
        history = training.get("dev_history") or []
        last = f"{history[-1]['f1']:.1f}" if history else "—"
        steps = training.get("steps") or (f"the mean of {len(source['averaged_from'])} readers" if source.get("averaged_from") else "—")
        rows.append(f"| {source['reader']} | {steps} | {training.get('train_data', '—')} | {last} |")
    table = "\n".join(rows)
    return f"""# Extractive reader

The project's own SQuAD-style reader: the mean of the weights of {len(sources)} readers of one architecture
(a "model soup"). Load it with `qa.reader.Reader.load(FOLDER)` (or `load_qa_model`), FOLDER being this one.

| averaged reader | training steps | training data | its last dev-sample F1 |
|---|---|---|---|
{table}

Command:

    {command}

Measure it with `qa eval QUESTIONS --reader FOLDER` (SQuAD with `--reader-only` or `--documents`).
"""
