# make run   set-up, build the database, print the indicators of the bundled report, export its tables to
#            data/processed/exports/ (xlsx, csv + datapackage.json, parquet) and run the notebook
#            suite for it into reports/<date>_<time>_441284_2017/ (HTML pages, executed notebooks, charts)
# make docs  regenerate docs/indicators.md (indicator cards) from the catalogs
# make test  set-up and every test (including nbval on the stored notebooks and the browser tests)
# make lab   JupyterLab on notebooks/ with the database built
# make kill-loop  kill `indicators build` with SIGKILL 20 times at random moments; the database must survive
# make bench the benchmarks on a reduced synthetic corpus (a few minutes) into build/benchmarks.md;
#            docs/benchmarks.md holds the national-corpus figures (make bench-national, ~15 min, 12 GB free RAM)
# make batch the notebook suite for 100 synthetic jurisdictions in parallel (JOBS=2) with an index page
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
JURISDICTION ?= 441284
YEAR ?= 2017
EXPORTS ?= data/processed/exports

BENCH_CORPUS ?= /tmp/fazhi-bench
BATCH_CORPUS ?= /tmp/fazhi-corpus
JOBS ?= 2
.PHONY: run test setup lint lab clean kill-loop docs bench bench-national batch

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
	$(BIN)/indicators export --format xlsx --jurisdiction $(JURISDICTION) --year $(YEAR) --out $(EXPORTS)
	$(BIN)/indicators export --format csv --jurisdiction $(JURISDICTION) --year $(YEAR) --out $(EXPORTS)
	$(BIN)/indicators export --format parquet --jurisdiction $(JURISDICTION) --year $(YEAR) --out $(EXPORTS)
	$(BIN)/indicators run --jurisdiction $(JURISDICTION) --year $(YEAR) --out reports --jobs $(JOBS)

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

# docs/indicators.md: one card per indicator, generated from data/raw/catalog (a test fails when stale)
docs: $(VENV)/.installed
	$(BIN)/indicators build
	$(BIN)/indicators describe --write-docs

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/run_benchmarks.py --sizes 1,10,100 --years 3 --corpus $(BENCH_CORPUS) --out build/benchmarks.md
	cat build/benchmarks.md

# The figures of docs/benchmarks.md: 1, 100 and 2,850 jurisdictions x 10 years (the table between its markers).
bench-national: $(VENV)/.installed
	$(BIN)/python benchmarks/run_benchmarks.py --sizes 1,100,2850 --years 10 --reuse --corpus $(BENCH_CORPUS) --out docs/benchmarks.md

# Synthetic data only, written outside the checkout; never into data/raw.
batch: setup
	$(BIN)/python benchmarks/make_corpus.py --jurisdictions 100 --years 3 --out $(BATCH_CORPUS)
	$(BIN)/indicators build --raw $(BATCH_CORPUS)/data/raw --db $(BATCH_CORPUS)/indicators.duckdb
	$(BIN)/indicators run --all --year $(YEAR) --jobs $(JOBS) --db $(BATCH_CORPUS)/indicators.duckdb --out $(BATCH_CORPUS)/reports

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests $(wildcard benchmarks)

clean:
	rm -rf data/processed/*.duckdb reports
