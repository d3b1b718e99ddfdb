# Fiefs — developer commands. Run `make help`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
BUILD ?= build
PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
export QT_QPA_PLATFORM ?= offscreen
export FIEFS_BUILD_DIR ?= $(CURDIR)/$(BUILD)
PYTEST_ARGS ?=
PARTY ?= MP
# PostGIS for the election-store tests and benchmark: reuses the server FIEFS_PG_DSN points at,
# else starts a throw-away one for the command and stops it afterwards (scripts/pg_test_server.sh).
WITH_PG := scripts/pg_test_server.sh run --

.PHONY: help deps test test-unit test-qgis test-gui lint i18n stage package deploy bench clean

help:
	@echo "make deps      system packages (apt, if missing) + .venv with pinned test tools"
	@echo "make test      deps, then unit, headless QGIS and desktop (Xvfb) tests"
	@echo "make lint      ruff, flake8 QGS rules, Qt6-readiness check"
	@echo "make i18n      update i18n/*.ts from the sources and compile .qm"
	@echo "make package   build/fiefs_plugin + dist/fiefs_plugin-$(VERSION).zip (checked)"
	@echo "make deploy    install the staged plugin into PROFILE=$(PROFILE)"
	@echo "make demo      the whole pipeline on the Moroccan sample (PARTY=MP) -> out/"
	@echo "make bench     benchmarks (medians, ratios against reference runs)"

deps:
	@scripts/deps.sh

.PHONY: demo
demo: deps
	$(PY) scripts/demo.py --party $(PARTY) --out out

test: deps
	$(MAKE) test-unit test-qgis test-gui

test-unit:
	$(PY) -m pytest -p no:qgis tests/unit $(PYTEST_ARGS)

test-qgis:
	$(WITH_PG) $(PY) -m pytest tests/qgis $(PYTEST_ARGS)

test-gui:
	$(PY) -m pytest -p no:qgis tests/gui $(PYTEST_ARGS)

lint: deps
	$(PY) -m ruff check fiefs_plugin tests scripts
	$(PY) -m flake8 fiefs_plugin
	$(PY) scripts/check_qt6.py fiefs_plugin

i18n:
	pylupdate5 -noobsolete $$(find fiefs_plugin -name '*.py' -o -name '*.ui' | sort) \
		-ts i18n/fiefs_fr.ts i18n/fiefs_ar.ts
	for ts in i18n/*.ts; do lrelease -silent $$ts -qm $${ts%.ts}.qm; done

stage:
	/usr/bin/python3 scripts/package.py stage --build $(BUILD)

package:
	/usr/bin/python3 scripts/package.py zip --build $(BUILD)

deploy:
	/usr/bin/python3 scripts/package.py deploy --build $(BUILD) --profile "$(PROFILE)"

bench: deps .bench-site/.stamp
	PYTHONPATH=$(CURDIR)/.bench-site $(WITH_PG) $(PY) -m pytest -p no:qgis tests/bench -s $(PYTEST_ARGS)

.bench-site/.stamp: tests/bench/requirements.txt
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --target .bench-site -r tests/bench/requirements.txt
	touch $@

clean:
	rm -rf build dist out .pytest_cache .ruff_cache
