# openhands-client: every target installs what it needs itself.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
SERVER_VENV := .venv-server
# Older agent servers `make test` also runs the contract tests against, each in .venv-server-<v>
# from scripts/servers/<v>.txt (the server and its era's dependencies). Oldest supported last.
OLDER_SERVERS := 1.57.0 1.52.0
BIN := $(VENV)/bin
export PATH := $(CURDIR)/$(BIN):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help setup demo test unit contract lint regen check-drift export api-diff bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

$(SERVER_VENV)/.installed: scripts/server-requirements.txt scripts/find_python312.sh
	py312=$$(scripts/find_python312.sh) && $$py312 -m venv $(SERVER_VENV)
	$(SERVER_VENV)/bin/pip install --quiet --upgrade pip
	$(SERVER_VENV)/bin/pip install --quiet -r scripts/server-requirements.txt
	touch $@

.venv-server-%/.installed: scripts/servers/%.txt scripts/servers/%-constraints.txt scripts/find_python312.sh
	py312=$$(scripts/find_python312.sh) && $$py312 -m venv .venv-server-$*
	.venv-server-$*/bin/pip install --quiet --upgrade pip
	.venv-server-$*/bin/pip install --quiet -r scripts/servers/$*.txt
	touch $@

setup: $(VENV)/.installed $(SERVER_VENV)/.installed ## create .venv (client) and .venv-server (the real agent server, Python 3.12)

demo: setup ## start a real agent server and a scripted LLM, run examples/quickstart.py live (KEEP=1: keep them up until Ctrl-C)
	$(BIN)/python examples/run_demo.py $(if $(KEEP),--keep)

test: setup lint check-drift $(OLDER_SERVERS:%=.venv-server-%/.installed) ## lint, drift check, unit tests, contract tests against every tested server
	@echo "unit tests, and contract tests against the pinned openhands-agent-server"
	$(BIN)/python -m pytest -q tests
	@for v in $(OLDER_SERVERS); do \
	  echo "contract tests against openhands-agent-server $$v"; \
	  AGENT_SERVER_PYTHON=$(CURDIR)/.venv-server-$$v/bin/python $(BIN)/python -m pytest -q tests/contract || exit 1; \
	done

unit: $(VENV)/.installed ## unit tests only (no server)
	$(BIN)/python -m pytest -q tests/unit

contract: setup $(if $(SERVER),.venv-server-$(SERVER)/.installed) ## contract tests against the pinned server (SERVER=1.57.0: an older one)
	$(if $(SERVER),AGENT_SERVER_PYTHON=$(CURDIR)/.venv-server-$(SERVER)/bin/python) $(BIN)/python -m pytest -q tests/contract

lint: $(VENV)/.installed ## ruff; mypy --strict on facade/ and scripts/; README, examples, user script: mypy --strict and pyright strict
	$(BIN)/ruff check facade scripts tests examples
	$(BIN)/ruff format --check facade scripts tests examples
	$(BIN)/mypy --strict facade/openhands_client scripts
	$(BIN)/python scripts/typecheck_docs.py

export: $(SERVER_VENV)/.installed ## re-export the pinned server's OpenAPI into scripts/spec/upstream-openapi.json
	$(SERVER_VENV)/bin/python scripts/export_spec.py

regen: $(VENV)/.installed ## curate openapi.yaml from the export, regenerate generated/openhands_api
	$(BIN)/python scripts/curate_spec.py
	$(BIN)/python scripts/regen.py

check-drift: $(VENV)/.installed ## fail if openapi.yaml or generated/ differ from what the scripts produce
	$(BIN)/python scripts/check_drift.py

api-diff: $(VENV)/.installed ## what changed upstream (default: the committed export vs the working tree's; NEW=, OLD= to choose)
	@old="$(OLD)"; if [ -z "$$old" ]; then \
	  if [ -n "$(NEW)" ]; then old=scripts/spec/upstream-openapi.json; \
	  else old=$$(mktemp --suffix=.json) && git show HEAD:scripts/spec/upstream-openapi.json > $$old; fi; fi; \
	$(BIN)/python scripts/api_diff.py "$$old" $(or $(NEW),scripts/spec/upstream-openapi.json) --overlay scripts/spec/curation.yaml

bench: setup ## benchmarks against the reference client (ONLY=attach,ingest for a subset)
	PYTHONPATH=scripts:. $(BIN)/python -m bench $(if $(ONLY),--only $(ONLY))

clean: ## remove the virtualenvs and caches
	rm -rf $(VENV) $(SERVER_VENV) .venv-server-* .pytest_cache .mypy_cache .ruff_cache
