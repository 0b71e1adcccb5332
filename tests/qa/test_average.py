"""Averaging readers: every weight is the mean, the result loads as a reader, mismatches are refused."""
import pytest
import torch
from transformers import AutoTokenizer, BertConfig, BertForQuestionAnswering

from qa.average import average_readers
from qa.cli import main
from qa.reader import Reader, base_encoder_path, load_qa_model


def tiny_reader(folder, seed: int, hidden: int = 32):
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=30522, hidden_size=hidden, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128)
    BertForQuestionAnswering(config).save_pretrained(folder)
    AutoTokenizer.from_pretrained(str(base_encoder_path())).save_pretrained(folder)
    return folder


def test_every_weight_is_the_mean(tmp_path):
    first, second = tiny_reader(tmp_path / "a", 1), tiny_reader(tmp_path / "b", 2)
    out = average_readers([first, second], tmp_path / "avg")
    averaged = load_qa_model(out)[0].state_dict()
    a, b = load_qa_model(first)[0].state_dict(), load_qa_model(second)[0].state_dict()
    for name in ("qa_outputs.weight", "bert.encoder.layer.0.attention.self.query.weight"):
        assert not torch.allclose(a[name], b[name])
        torch.testing.assert_close(averaged[name], (a[name] + b[name]) / 2, atol=1e-3, rtol=1e-3)  # stored in fp16
    reading = Reader.load(out).read("What is the capital of France?", ["The capital of France is Paris."])
    assert 0.0 <= reading.no_answer_probability <= 1.0
    assert (out / "reader.json").read_text().count(str(first)) == 1


def test_the_output_may_be_one_of_the_inputs(tmp_path):
    first, second = tiny_reader(tmp_path / "a", 1), tiny_reader(tmp_path / "b", 2)
    before = load_qa_model(first)[0].state_dict()["qa_outputs.weight"]
    assert main(["average-readers", str(first), str(second), "--out", str(first)]) == 0
    assert not torch.allclose(load_qa_model(first)[0].state_dict()["qa_outputs.weight"], before)


def test_readers_of_different_architectures_are_refused(tmp_path, capsys):
    first, wider = tiny_reader(tmp_path / "a", 1), tiny_reader(tmp_path / "b", 2, hidden=64)
    with pytest.raises(ValueError, match="another architecture"):
        average_readers([first, wider], tmp_path / "avg")
    assert not (tmp_path / "avg").exists()
    assert main(["average-readers", str(first), "--out", str(tmp_path / "one")]) == 2
    assert "at least two readers" in capsys.readouterr().err
