# coprod: `make run` and `make test` set up everything on a fresh machine (Python 3.11+, Node.js).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := .make
HOST ?= 127.0.0.1
PORT ?= 5000
export COPROD_ENV ?= development

.PHONY: run test lint setup assets db demo bench clean

run: setup db demo
	@echo
	@echo "coprod is running at http://$(HOST):$(PORT)/"
	@$(PY) -c "from coprod.demo import sign_in_help; print(sign_in_help())"
	@echo "Staff sign in at http://$(HOST):$(PORT)/sign-in"
	@echo
	$(VENV)/bin/gunicorn --bind $(HOST):$(PORT) --workers 3 --threads 4 --access-logfile - wsgi:app

test: setup
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check coprod tests bench scripts wsgi.py
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy coprod

setup: $(STAMP)/python $(STAMP)/node assets

$(STAMP)/python: pyproject.toml
	@mkdir -p $(STAMP)
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

$(STAMP)/node: package.json package-lock.json
	@mkdir -p $(STAMP)
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

assets: $(STAMP)/python $(STAMP)/node
	$(PY) scripts/build_assets.py

db: setup
	$(VENV)/bin/coprod init-db

demo: db
	$(VENV)/bin/coprod seed-demo --if-empty

bench: setup
	$(PY) bench/theming.py

clean:
	rm -rf $(VENV) node_modules $(STAMP) static/govuk static/css static/symbols
