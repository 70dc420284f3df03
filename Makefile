# zhidu — two commands on a fresh machine:  `make run`  and  `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: run test test-sqlite test-postgres lint bench openapi docs clean

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

venv: $(STAMP)

## Set up, load the five agencies and demo accounts, serve on http://127.0.0.1:8000 (SQLite).
run: $(STAMP)
	$(BIN)/zhidu serve --addr 127.0.0.1:8000

## Set up and run every test, on SQLite and on PostgreSQL (127.0.0.1:5432, database `test`).
test: $(STAMP)
	scripts/ensure-browser.sh
	scripts/run-tests.sh

test-sqlite: $(STAMP)
	ZHIDU_DB=sqlite $(BIN)/pytest

test-postgres: $(STAMP)
	ZHIDU_DB=postgres $(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

BENCH_VENV := .venv-bench

$(BENCH_VENV)/.installed: requirements.txt bench/requirements.txt pyproject.toml
	$(PY) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/pip install --quiet -r requirements.txt -r bench/requirements.txt
	$(BENCH_VENV)/bin/pip install --quiet --no-deps -e .
	touch $(BENCH_VENV)/.installed

## Benchmarks (print ratios to their targets): search, and the rule engine against SpiffWorkflow and OpenFisca.
bench: $(STAMP) $(BENCH_VENV)/.installed
	$(BIN)/python bench/search.py
	$(BENCH_VENV)/bin/python bench/checks.py

openapi: $(STAMP)
	DJANGO_SETTINGS_MODULE=zhidu.settings.test $(BIN)/python -m zhidu.api.openapi > docs/openapi.json

## Regenerate the committed generated documents (docs/openapi.json, docs/rules/<agency>.md, docs/permissions.md).
docs: openapi
	$(BIN)/zhidu docs rules --out docs/rules
	$(BIN)/zhidu access docs --out docs/permissions.md

clean:
	rm -rf $(VENV) $(BENCH_VENV) var .pytest_cache .mypy_cache .ruff_cache
