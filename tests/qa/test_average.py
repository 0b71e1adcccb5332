"""Averaging readers: every weight is the mean, the result loads as a reader, mismatches are refused."""
import json

import pytest
import torch

from qa.average import average_readers, mean_weight
from qa.cli import main
from qa.reader import Reader, load_qa_model


def test_every_weight_is_the_mean(tmp_path, tiny_qa_model):
    first, second = tiny_qa_model(tmp_path / "a", 1, layers=1), tiny_qa_model(tmp_path / "b", 2, layers=1)
    out = average_readers([first, second], tmp_path / "avg")
    averaged = load_qa_model(out)[0].state_dict()
    a, b = load_qa_model(first)[0].state_dict(), load_qa_model(second)[0].state_dict()
    for name in ("qa_outputs.weight", "bert.encoder.layer.0.attention.self.query.weight"):
        assert not torch.allclose(a[name], b[name])
        torch.testing.assert_close(averaged[name], (a[name] + b[name]) / 2, atol=1e-3, rtol=1e-3)  # stored in fp16
    reading = Reader.load(out).read("What is the capital of France?", ["The capital of France is Paris."])
    assert 0.0 <= reading.no_answer_probability <= 1.0
    assert (out / "reader.json").read_text().count(str(first)) == 1
    assert (out / "model.safetensors").stat().st_mode & 0o777 == 0o644  # readable by whoever loads it


def test_a_weight_every_reader_shares_stays_bit_for_bit_itself_so_frozen_word_embeddings_are_not_stored():
    shared, other = torch.randn(1000, generator=torch.Generator().manual_seed(0)), torch.zeros(1000)
    assert not torch.equal(torch.stack([shared] * 3).mean(0), shared)  # what a plain mean of three gives
    assert torch.equal(mean_weight([shared] * 3), shared)
    torch.testing.assert_close(mean_weight([shared, other]), shared / 2)


def test_the_output_may_be_one_of_the_inputs_and_a_threshold_it_loses_is_said(tmp_path, tiny_qa_model, capsys):
    first, second = tiny_qa_model(tmp_path / "a", 1, layers=1), tiny_qa_model(tmp_path / "b", 2, layers=1)
    before = load_qa_model(first)[0].state_dict()["qa_outputs.weight"]
    (first / "reader.json").write_text('{"no_answer_threshold": 0.7}')
    assert main(["average-readers", str(first), str(second), "--out", str(first)]) == 0
    assert not torch.allclose(load_qa_model(first)[0].state_dict()["qa_outputs.weight"], before)
    assert "the threshold saved with the reader replaced fitted its probabilities, not the average's" in capsys.readouterr().out


def test_readers_reading_windows_of_other_sizes_are_averaged_and_said_to(tmp_path, tiny_qa_model, capsys):
    first, second = tiny_qa_model(tmp_path / "a", 1, layers=1), tiny_qa_model(tmp_path / "b", 2, layers=1)
    (first / "reader.json").write_text('{"max_length": 200, "stride": 64}')
    (second / "reader.json").write_text('{"max_length": 256, "stride": 64}')
    assert main(["average-readers", str(first), str(second), "--out", str(tmp_path / "avg")]) == 0
    assert ("the readers read windows of other sizes (200 tokens with stride 64; 256 tokens with stride 64); "
            "the average reads the first reader's") in capsys.readouterr().out


def test_readers_of_different_architectures_are_refused(tmp_path, capsys, tiny_qa_model):
    first, wider = tiny_qa_model(tmp_path / "a", 1, layers=1), tiny_qa_model(tmp_path / "b", 2, hidden=64, layers=1)
    with pytest.raises(ValueError, match="another architecture"):
        average_readers([first, wider], tmp_path / "avg")
    assert not (tmp_path / "avg").exists()
    assert main(["average-readers", str(first), "--out", str(tmp_path / "one")]) == 2
    assert "at least two readers" in capsys.readouterr().err


def test_an_out_that_is_a_file_is_refused_in_one_line(tmp_path, capsys, tiny_qa_model):
    first, second = tiny_qa_model(tmp_path / "a", 1, layers=1), tiny_qa_model(tmp_path / "b", 2, layers=1)
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["average-readers", str(first), str(second), "--out", str(tmp_path / "notes.txt")]) == 2
    assert capsys.readouterr().err == f"qa: error: {tmp_path}/notes.txt: is a file, not a folder to write a reader in\n"
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_an_out_holding_someone_else_s_files_or_a_reader_given_twice_is_refused_before_averaging(tmp_path, capsys, tiny_qa_model):
    first, second = tiny_qa_model(tmp_path / "a", 1, layers=1), tiny_qa_model(tmp_path / "b", 2, layers=1)
    (tmp_path / "proj").mkdir()
    (tmp_path / "proj" / "README.md").write_text("# My notes")
    assert main(["average-readers", str(first), str(second), "--out", str(tmp_path / "proj")]) == 2
    assert "proj: holds files of its own and no reader" in capsys.readouterr().err
    assert (tmp_path / "proj" / "README.md").read_text() == "# My notes" and len(list((tmp_path / "proj").iterdir())) == 1
    assert main(["average-readers", str(first), f"{first}/", "--out", str(tmp_path / "same")]) == 2
    assert "a reader is given twice" in capsys.readouterr().err and not (tmp_path / "same").exists()


def test_averaging_onto_a_trained_reader_writes_the_card_of_an_average_and_keeps_its_experiments(tmp_path, tiny_qa_model):
    first, second = tiny_qa_model(tmp_path / "a", 1, layers=1), tiny_qa_model(tmp_path / "b", 2, layers=1)
    (first / "README.md").write_text("# Extractive reader\n\nfine-tuned for 500 steps\n\n## Experiments\n\nStage 1 scored 70.\n")
    average_readers([first, second], first, "qa average-readers A B --out A")
    card = (first / "README.md").read_text()
    assert "mean of the weights of 2 readers" in card and f"| {second} |" in card and "qa average-readers A B --out A" in card
    assert "500 steps" not in card and card.endswith("## Experiments\n\nStage 1 scored 70.\n")


def test_an_average_of_an_average_keeps_what_it_was_averaged_from_each_reader_by_its_whole_path(tmp_path, tiny_qa_model,
                                                                                                 monkeypatch):
    # helper's eval test: the shipped reader's own stage-4 and stage-5 history had been lost, and paths kept as typed
    first, second, third = (tiny_qa_model(tmp_path / name, seed, layers=1) for name, seed in (("a", 1), ("b", 2), ("c", 3)))
    monkeypatch.chdir(tmp_path)
    average_readers(["a", "b"], "ab")
    out = average_readers(["ab", "c"], tmp_path / "abc")
    sources = json.loads((out / "reader.json").read_text())["averaged_from"]
    assert [source["reader"] for source in sources] == [str(tmp_path / "ab"), str(third)]
    assert [source["reader"] for source in sources[0]["averaged_from"]] == [str(first), str(second)]
    assert "| the mean of 2 readers |" in (out / "README.md").read_text()
