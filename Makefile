# Two commands do all set-up on a fresh machine:
#   make demo   crawl a local test site into policywatch-demo.db and open it in Datasette
#               (then give other commands --db policywatch-demo.db; PORT=8002 if 8001 is busy)
#   make test   lint, type-check, check the layer contracts and run every test (what CI runs)
# Both create .venv on first use from pyproject.toml (pinned by constraints.txt).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest notebooks browser benchmarks clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Datasette's port for the demo: make demo PORT=8002 if 8001 is taken.
PORT ?= 8001

demo: $(STAMP)
	$(BIN)/policywatch demo --port $(PORT)

test: lint typecheck browser pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/python scripts/typecheck.py

# Debian's Chromium for the browser tests (Playwright's own download is not
# reachable here). Installs it when run as root; otherwise those tests skip.
browser:
	@sh scripts/ensure-chromium.sh

pytest: $(STAMP)
	$(BIN)/pytest -p no:cacheprovider tests notebooks --nbmake

benchmarks: $(STAMP)
	for b in benchmarks/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .typecheck .pytest_cache .mypy_cache .ruff_cache policywatch-demo.db*
