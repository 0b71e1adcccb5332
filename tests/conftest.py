"""Shared fixtures: the real embedding model, the shipped reader and an assistant over the seed article,
each loaded once per test session; short articles loaded together; a copy of the shipped reader to change; and tiny randomly
initialised QA checkpoints for training code."""
from __future__ import annotations

import shutil

import pytest

from index.articles import parse_article
from index.embedding import Embedder
from qa.assistant import Assistant
from qa.reader import SHIPPED_READER, Reader, base_encoder_path


@pytest.fixture(scope="session", autouse=True)
def index_cache(tmp_path_factory):
    """Indexes made without an index folder (the `qa` commands' default) go to a folder of the test
    session's, not into the user's cache."""
    import qa.assistant

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(qa.assistant, "INDEX_CACHE", tmp_path_factory.mktemp("index-cache"))
        yield qa.assistant.INDEX_CACHE


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="session")
def shipped_reader() -> Reader:
    # fp32: batched and one-by-one reading then agree to the last digit, which tests rely on;
    # bf16 autocast (the default where the CPU has it) is tested on its own in tests/qa/test_reader.py.
    return Reader.load(precision="fp32")


@pytest.fixture
def reader_copy(tmp_path):
    """Makes tmp_path/reader a copy of the shipped reader, less the files named, to change its small files in: its
    weights, which these tests leave as they are, linked, not copied (at 22 MB a copy, the suite's had filled 600 MB)."""
    def copy(*left_out: str):
        folder = shutil.copytree(SHIPPED_READER, tmp_path / "reader", ignore=shutil.ignore_patterns("model.safetensors", *left_out))
        (folder / "model.safetensors").symlink_to(SHIPPED_READER / "model.safetensors")
        return folder

    return copy


@pytest.fixture(scope="session")
def seed_assistant(tmp_path_factory, embedder, shipped_reader) -> Assistant:
    return Assistant.default(reader=shipped_reader, embedder=embedder,
                             index_dir=tmp_path_factory.mktemp("seed-index"), log=lambda message: None)


@pytest.fixture()
def two_articles(tmp_path, embedder, shipped_reader) -> Assistant:
    """A ferry's news story (its headline a line alone) and a kettle's Markdown page, loaded together."""
    articles = [parse_article("ferry.txt", b"Ferry back in service\n\nThe passenger ferry to Porthdowan resumed sailings on "
                                           b"Tuesday morning after a six-week repair to its engine.\n\nTickets cost \xc2\xa32.40.\n"),
                parse_article("kettle.md", b"# Aster kettle\n\n| Capacity | 1.7 litres |\n|---|---|\n\n"
                                           b"The Aster is a kettle for people who care about what goes into their cup, "
                                           b"with five preset temperatures.\n")]
    return Assistant.from_articles(articles, reader=shipped_reader, embedder=embedder, index_dir=tmp_path / "index",
                                   log=lambda message: None)


@pytest.fixture()
def three_towns(tmp_path, embedder, shipped_reader) -> Assistant:
    """Three short articles, two of them naming the harbour."""
    texts = {"fair.txt": "The summer fair opens on the village green at noon. The harbour choir will sing at three.",
             "bus.txt": "The number 4 bus now runs every twenty minutes. Its last stop is the harbour wall.",
             "shop.txt": "The corner shop has new owners. They plan to sell fresh bread and local honey."}
    return Assistant.from_articles([parse_article(name, text.encode()) for name, text in texts.items()], reader=shipped_reader,
                                   embedder=embedder, index_dir=tmp_path / "index", log=lambda message: None)


@pytest.fixture(scope="session")
def tiny_qa_model():
    """Writes a tiny random BERT QA checkpoint with the base encoder's tokenizer: tiny_qa_model(folder, seed, hidden=32, layers=2)."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForQuestionAnswering

    def write(folder, seed: int = 0, hidden: int = 32, layers: int = 2):
        tokenizer = AutoTokenizer.from_pretrained(str(base_encoder_path()))
        torch.manual_seed(seed)
        config = BertConfig(vocab_size=tokenizer.vocab_size, hidden_size=hidden, num_hidden_layers=layers,
                            num_attention_heads=2, intermediate_size=64, max_position_embeddings=128)
        BertForQuestionAnswering(config).save_pretrained(folder)
        tokenizer.save_pretrained(folder)
        return folder

    return write


# A two-page news story as a PDF: a running header, "Page N of 2" footers, a word hyphenated at a
# line end, and a sentence that runs over the page break (its text: tests/index/test_pdf.py).
NEWS_PDF_PAGES = [
    ["Talks to resume in Geneva",
     "", "The envoy, Albert Khorev, told reporters in Islamabad on Tuesday that the nego-",
     "tiations would resume next month after a pause of two years.",
     "", "He said both sides had agreed on the exchange of"],
    ["prisoners of war, which would begin in May.",
     "", "The next round of talks will be held in Geneva in March."],
]


def write_pdf(pages: list[list[str]], header: str | None = "The Daily Record - World news",
              password: str | None = None) -> bytes:
    """A PDF of A4 pages, one given line a line of 11-point text ("" leaves a paragraph's gap),
    with a running header and a page-number footer in the margins."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        if header:
            pdf.text(20, 12, header)
            pdf.text(95, 287, f"Page {number} of {len(pages)}")
        pdf.set_font("Helvetica", size=11)
        y = 45.0
        for line in lines:
            y += 4.0 if not line else 5.0
            if line:
                pdf.text(20, y, line)
    return bytes(pdf.output())


@pytest.fixture(scope="session")
def make_pdf():
    """write_pdf(pages, header=..., password=None) -> the PDF's bytes."""
    return write_pdf


@pytest.fixture(scope="session")
def news_pdf() -> bytes:
    return write_pdf(NEWS_PDF_PAGES)
