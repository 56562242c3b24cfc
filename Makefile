# claimwatch — every target installs what it needs into .venv first.
# `make run` is the main job; `make test` is the whole suite on a real broker.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
CW     := $(BIN)/claimwatch
PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help install run test test-unit lint format bench eval schemas kafka-up kafka-down clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is required: set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## Create .venv with claimwatch and its dev tools

run: $(STAMP) ## Local broker + worker + replay of the bundled sample feed, alerts shown (Ctrl-C stops)
	@bash deploy/run-local.sh

test: $(STAMP) ## The whole suite; starts a local broker if none answers, stops it afterwards
	@bash deploy/with-kafka.sh $(BIN)/pytest $(PYTEST_ARGS)

test-unit: $(STAMP) ## Only the tests that need no broker
	$(BIN)/pytest -m "not kafka" $(PYTEST_ARGS)

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## ruff fix and format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP) ## Throughput and memory of every stage (no broker)
	$(CW) bench

eval: $(STAMP) ## Quality figures of every stage on the labelled fixtures
	$(CW) eval

schemas: $(STAMP) ## Re-export schemas/json from the models
	$(CW) schemas export schemas/json

kafka-up: $(STAMP) ## Start the local broker
	$(CW) kafka up

kafka-down: $(STAMP) ## Stop the local broker
	$(CW) kafka down

clean: ## Remove .venv, worker state and the broker's data (keeps downloaded jars)
	-$(CW) kafka down 2>/dev/null
	rm -rf $(VENV) .data .cache/kafka/data-* .pytest_cache .ruff_cache
