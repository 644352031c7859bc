# openhands-client: every target installs what it needs itself, each environment from a lock
# (scripts/locks/, written by `make lock`).
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Every Python the package claims (pyproject.toml's classifiers): the unit suite runs on each, the
# contract suite and the type checks on the oldest and the newest. .venv (lint, drift check, demo,
# bench) is on DEV_PYTHON; the others are .venv-py<X.Y>.
PYTHONS := 3.10 3.11 3.12 3.13
OLDEST_PYTHON := 3.10
NEWEST_PYTHON := 3.13
DEV_PYTHON := 3.11
# The agent server the demo, the benchmarks and the contract tests run against (.venv-server), and
# the older ones `make test` also runs the contract tests against (.venv-server-<v>), oldest supported
# last. Each is installed from scripts/locks/server-<v>.txt (from scripts/servers/<v>.in).
PINNED_SERVER := 1.58.2
OLDER_SERVERS := 1.57.0 1.52.0 1.45.0
UV_VERSION := 0.13.9

VENV := .venv
BIN := $(VENV)/bin
SERVER_VENV := .venv-server
TOOLS := .venv-tools
export UV := $(CURDIR)/$(TOOLS)/bin/uv
export PATH := $(CURDIR)/$(BIN):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# A scratch uv cache would download every server again: keep uv's own (~/.cache/uv), quietly.
export UV_NO_PROGRESS := 1

# The venvs are files make builds through pattern rules: never delete them as intermediates.
.SECONDARY:
.PHONY: help setup demo batch-demo test unit pipeline contract contract-fake lint docs lock \
	test-latest regen check-drift export api-diff bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

# $(call venv,DIR,X.Y,LOCK,EDITABLE): DIR on Python X.Y, exactly LOCK's packages (plus this project).
define venv
	rm -rf $(1)
	py=$$(scripts/find_python.sh $(2)) && $(UV) venv --quiet --python "$$py" $(1)
	$(UV) pip sync --quiet --python $(1)/bin/python $(3)
	$(if $(4),$(UV) pip install --quiet --python $(1)/bin/python --no-deps -e .)
	touch $(1)/.installed
endef

# The editable install's metadata (its version) is read when it is installed.
PROJECT_FILES := pyproject.toml facade/openhands_client/_version.py

$(VENV)/.installed: scripts/locks/dev.txt $(PROJECT_FILES) scripts/find_python.sh | $(UV)
	$(call venv,$(VENV),$(DEV_PYTHON),scripts/locks/dev.txt,editable)

.venv-py%/.installed: scripts/locks/dev.txt $(PROJECT_FILES) scripts/find_python.sh | $(UV)
	$(call venv,.venv-py$*,$*,scripts/locks/dev.txt,editable)

.venv-lowest/.installed: scripts/locks/lowest.txt $(PROJECT_FILES) scripts/find_python.sh | $(UV)
	$(call venv,.venv-lowest,$(OLDEST_PYTHON),scripts/locks/lowest.txt,editable)

$(SERVER_VENV)/.installed: scripts/locks/server-$(PINNED_SERVER).txt scripts/find_python.sh | $(UV)
	$(call venv,$(SERVER_VENV),3.12,$<)

.venv-server-%/.installed: scripts/locks/server-%.txt scripts/find_python.sh | $(UV)
	$(call venv,.venv-server-$*,3.12,$<)

# The interpreter of the client venv on Python X.Y, and of the server venv of version V.
client_python = $(CURDIR)/$(if $(filter $(1),$(DEV_PYTHON)),$(VENV),.venv-py$(1))/bin/python
server_python = $(CURDIR)/$(if $(filter $(1),$(PINNED_SERVER)),$(SERVER_VENV),.venv-server-$(1))/bin/python
CLIENT_VENVS := $(foreach v,$(PYTHONS),$(if $(filter $(v),$(DEV_PYTHON)),$(VENV),.venv-py$(v))/.installed)
SERVER_VENVS := $(SERVER_VENV)/.installed $(OLDER_SERVERS:%=.venv-server-%/.installed)

setup: $(VENV)/.installed $(SERVER_VENV)/.installed ## create .venv (client) and .venv-server (the real agent server, Python 3.12)

demo: setup ## start a real agent server and a scripted LLM, run examples/quickstart.py live (KEEP=1: keep them up until Ctrl-C)
	$(BIN)/python examples/run_demo.py $(if $(KEEP),--keep)

batch-demo: setup ## 20 tasks on 2 local agent servers with `openhands-client batch` (rerun: resumes; FRESH=1 starts over)
	$(BIN)/python examples/batch_demo.py $(if $(FRESH),--fresh)

# The contract runs of `make test`: SERVER/PYTHON pairs, every tested server once and every claimed
# Python once: the pinned server with the newest Python, the oldest server with the oldest Python.
# (The unit suite runs on every Python; a fifth run, pinned server on the oldest Python, cost
# 5-8 minutes of a 20-minute budget and caught nothing the other four did not.)
CONTRACT_RUNS := $(PINNED_SERVER)/$(NEWEST_PYTHON) 1.57.0/3.11 1.52.0/3.12 1.45.0/$(OLDEST_PYTHON)
UNIT_RUNS := $(PYTHONS) lowest
# `make test` runs these side by side, each pytest session with its own temporary directory.
TEST_JOBS ?= 2
RUNS_TMP := $(or $(TMPDIR),/tmp)/openhands-client-runs-$(firstword $(shell printf %s '$(CURDIR)' | cksum))

# Every venv first; then the runs, the longest first (the contract runs, about 5 minutes each), so
# that the short ones fill the end.
test: ## lint, drift check, API reference; unit tests on every Python; contract tests against every tested server
	$(MAKE) --no-print-directory -j$(TEST_JOBS) $(CLIENT_VENVS) .venv-lowest/.installed $(SERVER_VENVS)
	$(MAKE) --no-print-directory -j$(TEST_JOBS) --output-sync=target \
	  $(subst /,@,$(CONTRACT_RUNS:%=contract-%)) lint check-drift docs pipeline contract-fake \
	  $(UNIT_RUNS:%=unit-%)

# $(call pytest,COMMAND,PATHS): one pytest session of `make test`, in its own temporary directory.
define pytest
	@mkdir -p $(RUNS_TMP)
	$(1) -m pytest -q -p no:cacheprovider --basetemp=$(RUNS_TMP)/$@ $(2)
endef

unit-lowest: .venv-lowest/.installed
	@echo "unit tests, Python $(OLDEST_PYTHON), the lowest runtime dependencies pyproject.toml allows"
	$(call pytest,.venv-lowest/bin/python,tests/unit)

unit-%: $(CLIENT_VENVS)
	@echo "unit tests, Python $*"
	$(call pytest,$(call client_python,$*),tests/unit)

run_server = $(word 1,$(subst @, ,$(1)))
# Against an older server, leave out the tests of what always runs the pinned one (pinned_server).
older_only = $(if $(filter-out $(PINNED_SERVER),$(1)),-m "not pinned_server")
run_python = $(word 2,$(subst @, ,$(1)))
contract-%: $(CLIENT_VENVS) $(SERVER_VENVS)
	@echo "contract tests: openhands-agent-server $(call run_server,$*), client on Python $(call run_python,$*)"
	$(call pytest,CONTRACT_TARGETS=real AGENT_SERVER_PYTHON=$(call server_python,$(call run_server,$*)) \
	  $(call client_python,$(call run_python,$*)),--durations=8 $(call older_only,$(call run_server,$*)) \
	  tests/contract)

# The contract checks of what the testing kit's fake claims, against the fake (seconds); each
# contract run above makes the same checks against its real server.
contract-fake: $(VENV)/.installed ## the testing kit's fake against the contract checks of its claims
	@echo "contract checks of the testing kit's fake (openhands_client.testing)"
	$(call pytest,CONTRACT_TARGETS=fake $(BIN)/python,tests/contract/test_fake_fidelity.py)

pipeline: $(VENV)/.installed $(SERVER_VENV)/.installed ## tests of scripts/ (spec pipeline, drift check, docs type check, the pinned server's evidence)
	@echo "pipeline tests (scripts/), Python $(DEV_PYTHON)"
	$(call pytest,$(BIN)/python,tests/pipeline)

unit: $(VENV)/.installed ## unit tests only (no server), on .venv's Python (PY=3.13: another claimed one)
	$(if $(PY),$(MAKE) --no-print-directory unit-$(PY),$(BIN)/python -m pytest -q tests/unit)

contract: setup $(if $(SERVER),.venv-server-$(SERVER)/.installed) ## contract tests against the pinned server (SERVER=1.57.0: an older one)
	$(if $(SERVER),AGENT_SERVER_PYTHON=$(call server_python,$(SERVER))) $(BIN)/python -m pytest -q \
	  $(if $(SERVER),$(call older_only,$(SERVER))) tests/contract

lint: $(VENV)/.installed ## ruff; mypy --strict on facade/ and README, examples, user script (and pyright strict) for the oldest and newest Python; on scripts/
	$(BIN)/ruff check facade scripts tests examples
	$(BIN)/ruff format --check facade scripts tests examples
	$(BIN)/mypy --strict --python-version $(DEV_PYTHON) scripts
	@for v in $(OLDEST_PYTHON) $(NEWEST_PYTHON); do \
	  echo "mypy --strict and pyright strict for Python $$v: facade/, README, examples, user script"; \
	  $(BIN)/mypy --strict --python-version $$v facade/openhands_client || exit 1; \
	  $(BIN)/python scripts/typecheck_docs.py --python-version $$v || exit 1; \
	done

docs: $(VENV)/.installed ## the API reference (pdoc) into build/docs; fails on an undocumented public name or a reference that does not resolve
	$(BIN)/python scripts/build_docs.py --strict

lock: $(VENV)/.installed ## write scripts/locks/ from a fresh resolve (after changing a dependency or a server)
	$(BIN)/python scripts/lock.py write

test-latest: $(VENV)/.installed ## the contract tests on a fresh, unlocked resolve of the client and the pinned server; names what differs from the locks
	rm -rf .latest && $(BIN)/python scripts/lock.py latest .latest
	$(call venv,.latest/client,$(NEWEST_PYTHON),.latest/dev.txt,editable)
	$(call venv,.latest/server,3.12,.latest/server-$(PINNED_SERVER).txt)
	AGENT_SERVER_PYTHON=$(CURDIR)/.latest/server/bin/python .latest/client/bin/python -m pytest -q \
	  -p no:cacheprovider tests/contract; status=$$?; \
	  echo "What a fresh resolve gives that the locks do not (client on Python $(NEWEST_PYTHON)):"; \
	  $(BIN)/python scripts/lock.py compare .latest; \
	  if [ $$status -ne 0 ]; then echo "make test-latest FAILED on a fresh resolve: suspect the packages above"; fi; \
	  exit $$status

export: $(SERVER_VENV)/.installed ## re-export the pinned server's OpenAPI into scripts/spec/ (and its always-sent fields)
	$(SERVER_VENV)/bin/python scripts/export_spec.py
	$(SERVER_VENV)/bin/python scripts/export_spec.py --always-sent

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
	rm -rf $(VENV) .venv-py* .venv-lowest $(SERVER_VENV) .venv-server-* $(TOOLS) .latest \
	  $(RUNS_TMP) .pytest_cache .mypy_cache .ruff_cache
