"""Average the weights of readers of one architecture into a new reader (a "model soup").

Readers fine-tuned from the same start end in one basin of the loss, and the mean of their weights
often answers better than either: averaging the stage-4 and stage-5 readers lifted SQuAD v1.1 dev
F1 from 81.9 and 82.0 to 82.3 (README, "Reader scores").

    qa average-readers --out FOLDER READER READER [READER ...]
"""
from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path

import torch

from qa.model_card import averaged_card, write_model_card
from qa.reader import READER_META, Reader, check_reader_folder_to_write, save_reader


def average_readers(folders: list[str | Path], out: str | Path, command: str = "") -> Path:
    """Write the reader whose every weight is the mean of the readers' in `folders`; the window
    settings, tokenizer and config are the first reader's."""
    if len(folders) < 2:
        raise ValueError("averaging needs at least two readers")
    if len({Path(folder).resolve() for folder in folders}) < len(folders):
        raise ValueError("a reader is given twice; its mean with itself is itself")
    check_reader_folder_to_write(Path(out))
    readers = [Reader.load(folder, precision="fp32") for folder in folders]  # weights, not reading: no bf16 copies
    states = [reader.model.state_dict() for reader in readers]
    for folder, state in zip(folders[1:], states[1:]):
        if {k: v.shape for k, v in state.items()} != {k: v.shape for k, v in states[0].items()}:
            raise ValueError(f"{folder} has another architecture than {folders[0]}; only readers of one architecture can be averaged")
    first = readers[0]
    first.model.load_state_dict({name: mean_weight([s[name] for s in states]) for name in states[0]})
    # Each by its whole path (one typed relative to where the command ran names nothing later), with its own history: a
    # reader averaged before keeps the readers it was averaged from (helper's eval test: the shipped reader's were lost).
    sources = [{"reader": str(Path(folder).expanduser().resolve()) if Path(folder).expanduser().exists() else str(folder),
                "training": reader.meta.get("training"), **({"averaged_from": reader.meta["averaged_from"]}
                                                            if reader.meta.get("averaged_from") else {})}
               for folder, reader in zip(folders, readers)]
    out = Path(out).expanduser()
    save_reader(first.model, first.tokenizer, out, first.settings, {"averaged_from": sources, "command": command})
    write_model_card(out, averaged_card(sources, command))
    return out


def mean_weight(tensors: list[torch.Tensor]) -> torch.Tensor:
    """The readers' mean of one weight; one they all share (the frozen word embeddings) stays bit for bit
    itself, since (a + a + a) / 3 is not always a: the reader would then store a changed copy of the base's."""
    if all(torch.equal(tensors[0], tensor) for tensor in tensors[1:]):
        return tensors[0]
    return torch.stack([tensor.float() for tensor in tensors]).mean(0)


def add_arguments(parser) -> None:
    parser.add_argument("readers", nargs="+", metavar="READER", help="reader folders (or local Hugging Face QA checkpoints)")
    parser.add_argument("--out", required=True, help="reader folder to write; it may be one of the readers")


def run(args) -> None:
    tuned = _tuned_settings(Path(args.out).expanduser())  # of a reader the average replaces
    windows = {_window_settings(Path(reader).expanduser()) for reader in args.readers} - {None}
    out = average_readers(args.readers, args.out, shlex.join(["qa", *sys.argv[1:]]))
    print(f"averaged {len(args.readers)} readers into {out}")
    if len(windows) > 1:
        sizes = "; ".join(f"{size} tokens with stride {stride}" for size, stride in sorted(windows))
        print(f"the readers read windows of other sizes ({sizes}); the average reads the first reader's")
    if tuned:
        print(f"the {' and '.join(tuned)} saved with the reader replaced fitted its probabilities, not the average's: "
              "fit them again (`qa eval … --save-threshold`, `qa calibrate … --save`)")


def _window_settings(folder: Path) -> tuple[int, int] | None:
    """A reader folder's window size and stride, as its reader.json keeps them; None for another checkpoint."""
    meta = _reader_meta(folder)
    try:
        return (int(meta.get("max_length", 384)), int(meta.get("stride", 128))) if meta else None
    except (TypeError, ValueError):
        return None


def _tuned_settings(folder: Path) -> list[str]:
    """What of a reader's reader.json was fitted to its probabilities: its threshold, its calibration."""
    meta = _reader_meta(folder)
    names = {"no_answer_threshold": "threshold", "calibration": "calibration"}
    return [name for key, name in names.items() if meta.get(key) is not None]


def _reader_meta(folder: Path) -> dict:
    """A reader folder's reader.json, {} where there is none or it is no JSON object (Reader.load says so)."""
    try:
        meta = json.loads((folder / READER_META).read_text())
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}
