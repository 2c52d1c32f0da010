# newsledger: every target bootstraps what it needs from the project's own files.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
STAMP := $(VENV)/.installed
DAGSTER_HOME_DIR := $(CURDIR)/.dagster_home
HOST ?= 127.0.0.1
PORT ?= 3000

export DAGSTER_TELEMETRY_DISABLED := 1
export GX_ANALYTICS_ENABLED := false

.PHONY: run test ui eval bench lint format clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# uv installs from the hashed lock; take the one on PATH or put a pinned one in the venv.
	command -v uv >/dev/null 2>&1 || $(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)"
	$$(command -v uv || echo $(BIN)/uv) pip sync --python $(BIN)/python requirements.lock
	$$(command -v uv || echo $(BIN)/uv) pip install --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

## run: set up, process seeds/articles/ as one batch, print what was found
run: $(STAMP)
	$(BIN)/newsledger run seeds/articles

## test: the whole test suite
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -q

## ui: Dagster webserver and daemon on $(HOST):$(PORT), state kept in .dagster_home/
ui: $(STAMP)
	mkdir -p $(DAGSTER_HOME_DIR)
	cp -n pipelines/dagster.yaml $(DAGSTER_HOME_DIR)/dagster.yaml || true
	DAGSTER_HOME=$(DAGSTER_HOME_DIR) $(BIN)/dagster dev -m pipelines.definitions -h $(HOST) -p $(PORT)

## eval: precision and recall on the development split and the seed, with the misses
eval: $(STAMP)
	$(BIN)/newsledger eval tests/gold/dev $(wildcard ../shared/gold) --misses

## bench: the whole pipeline against its baselines, one table (BENCHMARKS.md; about an
## hour; BENCH_ARGS=--quick for a one-minute smoke run), then the NLP stage alone
bench: $(STAMP)
	$(BIN)/python bench/bench_pipeline.py $(BENCH_ARGS)
	$(BIN)/python bench/bench_nlp.py $(if $(findstring --quick,$(BENCH_ARGS)),--articles 20 --repeat 1,)

lint: $(STAMP)
	$(BIN)/ruff check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf warehouse/lake warehouse/newsledger.sqlite* warehouse/attach.sql .pytest_cache
