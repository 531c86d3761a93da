# make run   set-up, build the database, print the indicators of the bundled report, export its tables to
#            data/processed/exports/ (xlsx, csv + datapackage.json, parquet) and run the notebook
#            suite for it into reports/<date>_<time>_441284_2017/ (HTML pages, executed notebooks, charts)
# make notebooks  re-execute the stored notebooks against the reference database (bundled report only)
# make docs  regenerate docs/indicators.md (indicator cards) and docs/targets.md (target sources) from the catalogs
# make test  set-up and every test (including nbval on the stored notebooks and the browser tests)
# make lab   JupyterLab on notebooks/ with the database built (--allow-root as root, --no-browser without a display)
# make lock  refresh requirements.lock (pinned versions with hashes) from pyproject.toml
# make kill-loop  kill `indicators build` with SIGKILL 20 times at random moments; the database must survive
# make bench the benchmarks on a reduced synthetic corpus (a few minutes) into build/benchmarks.md, then
#            the batch throughput with 1, 2 and 4 local Dask workers on BENCH_SAMPLE jurisdictions;
#            docs/benchmarks.md holds the national-corpus figures (make bench-national, ~17 min, 12 GB free RAM)
# make batch the notebook suite for 100 synthetic jurisdictions in parallel (JOBS=2) with an index page
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
JURISDICTION ?= 441284
YEAR ?= 2017
EXPORTS ?= data/processed/exports

BENCH_CORPUS ?= /tmp/fazhi-bench
BENCH_SAMPLE ?= 8
BATCH_CORPUS ?= /tmp/fazhi-corpus
JOBS ?= 2
.PHONY: run test setup lint lab lock docs notebooks reference clean kill-loop bench bench-national batch

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Install exactly the locked versions (every file checked against its hash), then the package itself
# without resolving anything; pip check fails when pyproject.toml asks for what the lock lacks
# (run `make lock`). The stamp keeps repeated runs fast and is renewed when either file changes.
$(VENV)/.installed: pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m pip check
	touch $@

# Refresh requirements.lock from pyproject.toml (newest versions its ranges allow, hashes of every
# file, any platform): uv runs from a throwaway venv, so it is never part of the product's install.
lock: | $(BIN)/python
	$(PYTHON) -m venv build/uv-venv
	build/uv-venv/bin/python -m pip install --quiet uv
	build/uv-venv/bin/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--generate-hashes --no-header --quiet --output-file requirements.lock $(LOCK_FLAGS)

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
	scripts/lab.sh $(VENV)

# The full loop; `make test` runs 5 trials of it (tests/test_interrupted_builds.py).
kill-loop: $(VENV)/.installed
	$(BIN)/python tests/kill_loop.py --trials $(or $(TRIALS),20)

# docs/indicators.md (one card per indicator) and docs/targets.md (every target with its document and quote),
# generated from the catalogs and the bundled report only (tests/reference_data.py), as the tests check them:
# reports an analyst onboards into data/raw change neither document nor the tests.
REFERENCE := build/reference
docs: reference
	$(BIN)/indicators describe --write-docs --db $(REFERENCE)/indicators.duckdb

# Re-execute the stored notebooks (their outputs are what nbval compares) against the reference database.
notebooks: reference
	INDICATORS_DB=$(CURDIR)/$(REFERENCE)/indicators.duckdb $(BIN)/jupyter nbconvert --to notebook --execute --inplace notebooks/0*.ipynb

reference: $(VENV)/.installed
	rm -rf $(REFERENCE)
	$(BIN)/python tests/reference_data.py $(REFERENCE)/raw
	$(BIN)/indicators build --raw $(REFERENCE)/raw --db $(REFERENCE)/indicators.duckdb

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/run_benchmarks.py --sizes 1,10,100 --years 3 --corpus $(BENCH_CORPUS) --out build/benchmarks.md
	$(BIN)/python benchmarks/batch_scaling.py --db $(BENCH_CORPUS)/100x3/indicators.duckdb --sample $(BENCH_SAMPLE) \
		--workers 1,2,4 --out build/benchmarks.md
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
