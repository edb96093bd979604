# Two commands from a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test lint suite install dev browsers messages bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev-installed

run: install
	$(BIN)/peerhaven serve --host $(HOST) --port $(PORT)

lint: dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	PEERHAVEN_DATA_DIR=$${PEERHAVEN_DATA_DIR:-$$(mktemp -d)} $(BIN)/peerhaven makemigrations --check --dry-run

browsers:
	@scripts/ensure-chromium

# Tests that commit to the database run one after another, the rest in parallel.
suite: dev browsers
	PEERHAVEN_DATA_DIR=$${PEERHAVEN_DATA_DIR:-$$(mktemp -d)} $(BIN)/python -m pytest -n auto -m "not serial" $(PYTEST_ARGS)
	PEERHAVEN_DATA_DIR=$${PEERHAVEN_DATA_DIR:-$$(mktemp -d)} $(BIN)/python -m pytest -p no:xdist -m serial $(PYTEST_ARGS)

test: lint suite

messages: dev
	cd peerhaven && PEERHAVEN_DATA_DIR=$$(mktemp -d) ../$(BIN)/peerhaven makemessages -l es --no-obsolete --ignore 'tests/*'
	cd peerhaven && PEERHAVEN_DATA_DIR=$$(mktemp -d) ../$(BIN)/peerhaven compilemessages -l es

bench: dev
	$(BIN)/python bench/baseline.py

clean:
	rm -rf $(VENV) build *.egg-info
