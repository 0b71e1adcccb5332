# `make chat` and `make test` set everything up on a fresh machine, then start the chat / run the tests.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup chat test bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# The CPU build of torch first: a plain `torch` requirement would pull a CUDA build of several GB.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

chat: setup
	$(BIN)/qa chat

test: setup
	bash .ci/install-browser
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/latency.py
