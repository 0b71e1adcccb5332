"""Distillation: the teacher reads the reader's windows as its own, and the soft-target loss."""
import pytest
import torch
from transformers import BertConfig, BertForQuestionAnswering, BertTokenizerFast

from qa.distill import Teacher, carried_over, distillation_loss
from qa.reader import load_qa_model


def test_windows_are_carried_over_with_a_separator_more_after_the_question():
    ids = torch.tensor([[0, 5, 6, 2, 7, 8, 2], [0, 5, 2, 7, 2, 1, 1]])  # the second padded with 1s
    mask = torch.tensor([[1] * 7, [1, 1, 1, 1, 1, 0, 0]])
    carried, carried_mask, question_end = carried_over(ids, mask, ids == 2, 1, 2)
    assert question_end.tolist() == [3, 2]
    assert carried.tolist() == [[0, 5, 6, 2, 2, 7, 8, 2], [0, 5, 2, 2, 7, 2, 1, 1]]
    assert carried_mask.tolist() == [[1] * 8, [1, 1, 1, 1, 1, 1, 0, 0]]


def test_the_distillation_loss_is_none_for_the_teacher_s_own_logits_and_its_gradients_are_finite():
    generator = torch.Generator().manual_seed(0)
    teacher = torch.randn(3, 6, generator=generator)
    student = torch.randn(3, 6, generator=generator, requires_grad=True)
    allowed = torch.tensor([[True, False, True, True, True, False]] * 3)
    assert distillation_loss(teacher, teacher, allowed, 2.0).item() == pytest.approx(0, abs=1e-6)
    loss = distillation_loss(student, teacher, allowed, 2.0)
    assert loss.item() > 0
    loss.backward()
    assert torch.isfinite(student.grad).all() and (student.grad[:, 1] == 0).all()  # a position out of the softmax learns nothing
    # Only the allowed positions count: what the teacher says elsewhere changes nothing.
    assert distillation_loss(student, teacher.index_fill(1, torch.tensor([1, 5]), 50.0), allowed, 2.0).item() == \
        pytest.approx(loss.item())


def test_a_teacher_cutting_text_as_the_reader_does_gives_its_own_logits_at_the_reader_s_positions(tmp_path, tiny_qa_model):
    folder = tiny_qa_model(tmp_path / "teacher", 3)
    model, tokenizer, _ = load_qa_model(folder)
    teacher = Teacher(folder, tokenizer, torch.device("cpu"), 100)
    assert teacher.extra == 0
    inputs = tokenizer(["Who won?"], ["Ann won the race."], return_tensors="pt")
    assert inputs["token_type_ids"].any()
    starts, ends = teacher.logits(inputs["input_ids"], inputs["attention_mask"])  # its token types made as its tokenizer makes them
    with torch.no_grad():
        own = model.eval()(**inputs)
    torch.testing.assert_close(starts, own.start_logits)
    torch.testing.assert_close(ends, own.end_logits)


def test_a_teacher_of_other_word_pieces_is_refused_in_one_line(tmp_path, tiny_qa_model):
    _, tokenizer, _ = load_qa_model(tiny_qa_model(tmp_path / "reader", 1))
    folder = tmp_path / "teacher"
    folder.mkdir()
    (folder / "vocab.txt").write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "ann", "won"]) + "\n")
    BertTokenizerFast(str(folder / "vocab.txt")).save_pretrained(folder)
    BertForQuestionAnswering(BertConfig(vocab_size=7, hidden_size=8, num_hidden_layers=1, num_attention_heads=2,
                                        intermediate_size=16)).save_pretrained(folder)
    with pytest.raises(ValueError, match=r"its vocabulary lacks \d+ of the reader's word pieces"):
        Teacher(folder, tokenizer, torch.device("cpu"), 100)


def test_a_teacher_whose_template_has_a_separator_more_gives_its_logits_back_at_the_reader_s_positions(tmp_path, tiny_qa_model,
                                                                                                       monkeypatch):
    # As MPNet's "</s></s>" between question and context: here a BERT teacher told its template has one [SEP] more.
    folder = tiny_qa_model(tmp_path / "teacher", 3)
    model, tokenizer, _ = load_qa_model(folder)
    monkeypatch.setattr("qa.distill._separators_between", lambda t: 1 if t is not tokenizer else 0)
    teacher = Teacher(folder, tokenizer, torch.device("cpu"), 100)
    assert teacher.extra == 1
    inputs = tokenizer(["Who won?", "Who ran in the race?"], ["Ann won the race.", "Bo ran."], return_tensors="pt", padding=True)
    starts, _ = teacher.logits(inputs["input_ids"], inputs["attention_mask"])
    for row in range(2):
        n = int(inputs["attention_mask"][row].sum())
        ids = inputs["input_ids"][row, :n].tolist()
        end = ids.index(tokenizer.sep_token_id)
        doubled = ids[: end + 1] + [tokenizer.sep_token_id] + ids[end + 1 :]
        types = [0] * (end + 2) + [1] * (n - end - 1)
        with torch.no_grad():
            own = model.eval()(input_ids=torch.tensor([doubled]), token_type_ids=torch.tensor([types])).start_logits[0]
        back = [i if i <= end else i + 1 for i in range(n)]  # each reader position's place in the teacher's window
        torch.testing.assert_close(starts[row, :n], own[back])


def test_windows_longer_than_the_teacher_reads_are_refused_before_any_data_is_read(tmp_path, tiny_qa_model):
    folder = tiny_qa_model(tmp_path / "teacher", 3)  # 128 positions
    _, tokenizer, _ = load_qa_model(folder)
    with pytest.raises(ValueError, match="reads at most 128 tokens, and windows of --max-length 256 take 256 there"):
        Teacher(folder, tokenizer, torch.device("cpu"), 256)
