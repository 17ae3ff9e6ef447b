# Labor Outsourcing for Odoo 18: developer entry points. See README.md.
# ODOO_PATH (default /opt/odoo) and ODOO_PYTHON (default /opt/odoo-venv/bin/python) locate Odoo.
.PHONY: help run test lint setup clean bench-data bench
SCALE ?= full
.DEFAULT_GOAL := help

help:
	@echo "make setup  - prepare Odoo's virtualenv (requirements, OCA addons, test tools)"
	@echo "make run    - Odoo 18 with the addons and demo data on http://127.0.0.1:8069 (admin/admin)"
	@echo "make test   - lint, fresh database, every test (pytest-odoo, browser tours); fails on any skip"
	@echo "make lint   - the pre-commit hooks over the tree: ruff, pylint-odoo, XML, translations, generated READMEs"
	@echo "make bench-data SCALE=small|full - a benchmark database with generated data (full: 200 vendors, 100k inspections+NCRs, 200k timesheets)"
	@echo "make bench SCALE=small|full      - the benchmark on it: table + bench-results-SCALE.json (see BENCHMARKS.md)"
	@echo "make clean  - remove the private PostgreSQL cluster and Odoo data under .run/"

setup:
	scripts/setup-venv.sh

run:
	scripts/run.sh

test:
	scripts/test.sh

lint:
	scripts/lint.sh

clean:
	scripts/clean.sh

bench-data:
	scripts/bench.sh data $(SCALE)

bench:
	scripts/bench.sh run $(SCALE)
