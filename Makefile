# coprod: `make run` and `make test` set up everything on a fresh machine (Python 3.11+, Node.js).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := .make
HOST ?= 127.0.0.1
PORT ?= 5000
export COPROD_ENV ?= development

.PHONY: run test lint lock setup assets db demo bench clean

# --keep-alive 0: each answer page on a connection of its own. With threads and keep-alive,
# gunicorn can close an idle connection just as a client sends on it: an independent check saw
# 3 and 8 of 100 scripted respondents at once lose a page that way, and none with connections
# closed after each answer (the race is intermittent: 200 of 200 finished either way in a rerun).
run: setup db demo
	@echo
	@echo "coprod is running at http://$(HOST):$(PORT)/"
	@$(PY) -c "from coprod.demo import sign_in_help; print(sign_in_help())"
	@echo "Staff sign in at http://$(HOST):$(PORT)/sign-in"
	@echo
	$(VENV)/bin/gunicorn --bind $(HOST):$(PORT) --workers 3 --threads 4 --keep-alive 0 --access-logfile - wsgi:app

test: setup
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check coprod tests bench scripts wsgi.py
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy coprod

setup: $(STAMP)/python $(STAMP)/node assets

# Exactly the versions in requirements.lock (the ranges stay in pyproject.toml; `make lock`
# picks the newest versions they allow and writes the lock again).
$(STAMP)/python: pyproject.toml requirements.lock
	@mkdir -p $(STAMP)
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $@

lock: $(STAMP)/python
	$(VENV)/bin/pip-compile --quiet --extra dev --strip-extras --no-emit-index-url \
		--no-emit-find-links --upgrade --output-file requirements.lock pyproject.toml

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
