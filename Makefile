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

CHROMIUM := /usr/bin/chromium

.PHONY: help generate check spec-corpus test lint format emulator screenshot browser bench clean

## generate: set up the environment, validate every spec and regenerate the clients that changed
generate: $(SYNCED)
	$(BIN)/python -m codegen.generate

## check: fail when the specs carry a breaking change since the last release that CHANGELOG.md does not record
check: $(SYNCED)
	$(BIN)/python -m codegen.changelog --check

## spec-corpus: judge every edit of tests/codegen/change_report/corpus.yaml (mypy + a user's script) against the change report (~2 min)
spec-corpus: $(SYNCED)
	$(BIN)/python -m tests.codegen.change_report.judge

## test: lint, check the changelog and run the whole test suite (what CI runs), the browser tests included
test: lint check $(CHROMIUM)
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

## emulator: serve the inbox and all four provider APIs on http://127.0.0.1:8025 (PORT=... to change), in the foreground
emulator: $(SYNCED)
	$(BIN)/sms-emulator --port $(PORT)

## screenshot: write docs/inbox.png, the web inbox at desktop and phone width (needs the browser)
screenshot: $(SYNCED) $(CHROMIUM)
	$(BIN)/python -m tests.emulator.inbox.screenshot docs/inbox.png

## browser: install Debian's chromium for the browser tests (apt-get; needs root) when it is missing
browser: $(CHROMIUM)

## bench: every speed goal as a ratio against a baseline measured in the same run (BENCH="requests generate" picks some); not part of `make test`
bench: $(SYNCED)
	$(BIN)/python -m benchmarks $(BENCH)

## clean: remove the environment, the bootstrapped uv and the tools' caches
clean:
	rm -rf $(VENV) .tools .mypy_cache .pytest_cache .ruff_cache

## help: list the targets with what each does
help:
	@sed -n 's/^## \([a-z-]*\): \(.*\)/\1\t\2/p' $(MAKEFILE_LIST) | awk -F'\t' '{ printf "  %-11s %s\n", $$1, $$2 }'

# The browser tests drive Debian's chromium with Playwright; without it they fail (never skip).
$(CHROMIUM):
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

$(SYNCED): pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --all-extras --python $(PYTHON)
	@touch $@
