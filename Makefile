# make run   set-up, build the database, print the indicators of the bundled report and run the notebook
#            suite for it into reports/<date>_<time>_441284_2017/ (HTML pages, executed notebooks, charts)
# make test  set-up and every test (including nbval on the stored notebooks and the browser tests)
# make lab   JupyterLab on notebooks/ with the database built
# make kill-loop  kill `indicators build` with SIGKILL 20 times at random moments; the database must survive
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
JURISDICTION ?= 441284
YEAR ?= 2017

.PHONY: run test setup lint lab clean kill-loop

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
	$(BIN)/indicators run --jurisdiction $(JURISDICTION) --year $(YEAR) --out reports

test: $(VENV)/.installed
	scripts/setup_system.sh test
	$(BIN)/ruff check src tests $(wildcard benchmarks)
	$(BIN)/python -m pytest

# Charts render offline in the lab: the notebooks use Altair's svg renderer (see README).
lab: setup
	$(BIN)/indicators build
	$(BIN)/jupyter lab --ServerApp.root_dir=notebooks --LabApp.news_url=None

# The full loop; `make test` runs 5 trials of it (tests/test_interrupted_builds.py).
kill-loop: $(VENV)/.installed
	$(BIN)/python tests/kill_loop.py --trials $(or $(TRIALS),20)

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests $(wildcard benchmarks)

clean:
	rm -rf data/processed/*.duckdb reports
