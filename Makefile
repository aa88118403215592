# The pipeline: specs/ --(make generate)--> generated/ <-- overlays/ ; emulator/ serves specs/.
# Needs only Python 3.11+ and make: uv is installed into .tools/ when it is not on PATH.

PYTHON ?= python3
UV_VERSION := 0.13.8
export UV_PYTHON_DOWNLOADS := never
UV := $(or $(shell command -v uv 2>/dev/null),.tools/bin/uv)
VENV := .venv
BIN := $(VENV)/bin
SYNCED := $(VENV)/.synced
PORT ?= 8025

.PHONY: generate test lint format emulator bench clean

## generate: set up the environment, validate every spec and regenerate the clients that changed
generate: $(SYNCED)
	$(BIN)/python scripts/generate.py

## test: lint, type-check and run the whole test suite (what CI runs)
test: lint
	$(BIN)/python -m pytest

## lint: ruff (lint and format check) and mypy --strict on the hand-written code
lint: $(SYNCED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## format: apply ruff's fixes and formatting
format: $(SYNCED)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## emulator: serve all four provider APIs on http://127.0.0.1:$(PORT) in the foreground
emulator: $(SYNCED)
	$(BIN)/python -m sms_emulator --port $(PORT)

## bench: every speed goal as a ratio against a baseline measured in the same run (BENCH="requests generate" picks some); not part of `make test`
bench: $(SYNCED)
	$(BIN)/python -m benchmarks $(BENCH)

clean:
	rm -rf $(VENV) .tools .mypy_cache .pytest_cache .ruff_cache

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

$(SYNCED): pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --all-extras --python $(PYTHON)
	@touch $@
