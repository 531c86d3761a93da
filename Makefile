# make run   set-up, build the database and print the indicators of the bundled report
# make test  set-up and every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
JURISDICTION ?= 441284
YEAR ?= 2017

.PHONY: run test setup lint lab clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the package metadata changes; the stamp keeps repeated runs fast.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

setup: $(VENV)/.installed
	scripts/setup_system.sh run

run: setup
	$(BIN)/indicators build
	$(BIN)/indicators show --jurisdiction $(JURISDICTION) --year $(YEAR)

test: $(VENV)/.installed
	scripts/setup_system.sh test
	$(BIN)/ruff check src tests $(wildcard benchmarks)
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests $(wildcard benchmarks)

clean:
	rm -rf data/processed/*.duckdb reports
