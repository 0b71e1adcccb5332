"""Distillation: a larger teacher reader's span logits as soft targets for the reader in training.

The teacher reads the reader's own windows. Its word pieces must be the reader's: all-mpnet-base-v2's
are all-MiniLM-L6-v2's, under other ids. Each window is carried over id by id, with the separators its
pair template puts between question and context (MPNet's "</s></s>" for BERT's "[SEP]"), and the
teacher's logits are taken back at the reader's positions.
"""
from __future__ import annotations

import inspect
from pathlib import Path

import torch

from qa.reader import load_qa_model

MASKED = -1e4  # log-odds of what a softmax leaves out: finite, so no NaN gradient where all of a row is out


class Teacher:
    def __init__(self, folder: str | Path, tokenizer, device: torch.device, max_length: int):
        model, teacher_tokenizer, _ = load_qa_model(folder)
        self.model = model.to(device).eval().requires_grad_(False)
        # Token types where the teacher's tokenizer makes them (BERT's), from the layout carried over: the student's
        # own are zeros where its tokenizer makes none (DistilBERT's).
        self.takes_token_types = "token_type_ids" in teacher_tokenizer.model_input_names and \
            "token_type_ids" in inspect.signature(self.model.forward).parameters
        specials = {tokenizer.cls_token_id: teacher_tokenizer.cls_token_id, tokenizer.sep_token_id: teacher_tokenizer.sep_token_id,
                    tokenizer.pad_token_id: teacher_tokenizer.pad_token_id, tokenizer.unk_token_id: teacher_tokenizer.unk_token_id}
        vocabulary = teacher_tokenizer.get_vocab()
        pieces = sorted(tokenizer.get_vocab().items(), key=lambda item: item[1])
        missing = [piece for piece, id_ in pieces if id_ not in specials and piece not in vocabulary]
        if missing:
            raise ValueError(f"--teacher {folder}: its vocabulary lacks {len(missing)} of the reader's word pieces "
                             f"({', '.join(missing[:3])}…); a teacher must cut text into the reader's pieces")
        self.ids = torch.tensor([specials.get(id_, vocabulary.get(piece)) for piece, id_ in pieces], device=device)
        self.sep, self.teacher_sep = tokenizer.sep_token_id, teacher_tokenizer.sep_token_id
        self.extra = _separators_between(teacher_tokenizer) - _separators_between(tokenizer)
        if self.extra < 0 or _leading(teacher_tokenizer) != _leading(tokenizer):
            raise ValueError(f"--teacher {folder}: its question-and-context template is not the reader's with separators added")
        longest = _longest_input(model.config, teacher_tokenizer)
        if max_length + self.extra > longest:
            raise ValueError(f"--teacher {folder} reads at most {longest} tokens, and windows of --max-length {max_length} "
                             f"take {max_length + self.extra} there: give --max-length {longest - self.extra} or less")

    @torch.no_grad()
    def logits(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """The teacher's start and end logits at each of the reader's positions in these windows."""
        ids, mask, question_end = carried_over(self.ids[input_ids], attention_mask, input_ids == self.sep, self.extra,
                                               self.teacher_sep)
        inputs = {"input_ids": ids, "attention_mask": mask}
        if self.takes_token_types:  # 1 from the context on, as BERT's tokenizer gives them
            carried = torch.arange(ids.shape[1], device=ids.device)[None, :]
            inputs["token_type_ids"] = (carried > question_end[:, None] + self.extra).long() * mask
        output = self.model(**inputs)
        positions = torch.arange(input_ids.shape[1], device=input_ids.device)[None, :]
        back = positions + self.extra * (positions > question_end[:, None])
        return output.start_logits.gather(1, back), output.end_logits.gather(1, back)


def carried_over(ids: torch.Tensor, mask: torch.Tensor, separators: torch.Tensor, extra: int, separator: int):
    """The windows with `extra` more `separator`s after each one's first separator (the question's end),
    their attention mask likewise, and where each question ends."""
    question_end = separators.int().argmax(1)
    if not extra:
        return ids, mask, question_end
    positions = torch.arange(ids.shape[1] + extra, device=ids.device)[None, :].expand(len(ids), -1)
    after = positions > question_end[:, None] + extra
    source = torch.where(after, positions - extra, positions).clamp(max=ids.shape[1] - 1)
    inserted = (positions > question_end[:, None]) & ~after
    return (ids.gather(1, source).masked_fill(inserted, separator), mask.gather(1, source).masked_fill(inserted, 1),
            question_end)


def distillation_loss(student: torch.Tensor, teacher: torch.Tensor, allowed: torch.Tensor, temperature: float) -> torch.Tensor:
    """Mean over windows of KL(teacher ‖ student), each a softmax at `temperature` over the allowed positions
    (the context and no answer), times temperature² so that its gradients keep their size (Hinton et al. 2015)."""
    student_log = (student.float() / temperature).masked_fill(~allowed, MASKED).log_softmax(1)
    teacher_log = (teacher.float() / temperature).masked_fill(~allowed, MASKED).log_softmax(1)
    return (teacher_log.exp() * (teacher_log - student_log)).masked_fill(~allowed, 0).sum(1).mean() * temperature ** 2


def _separators_between(tokenizer) -> int:
    ids = tokenizer("a", "b")["input_ids"]
    return ids.index(tokenizer.convert_tokens_to_ids("b")) - ids.index(tokenizer.convert_tokens_to_ids("a")) - 1


def _leading(tokenizer) -> int:
    return tokenizer("a", "b")["input_ids"].index(tokenizer.convert_tokens_to_ids("a"))


def _longest_input(config, tokenizer) -> int:
    """The most tokens the teacher reads: its position embeddings' (less those that MPNet's and RoBERTa's
    position ids skip, counting from after the padding id), or its tokenizer's limit where that is lower."""
    skipped = config.pad_token_id + 1 if config.model_type in ("mpnet", "roberta", "xlm-roberta", "camembert") else 0
    return min(config.max_position_embeddings - skipped, tokenizer.model_max_length)
