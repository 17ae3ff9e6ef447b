# Labor Outsourcing for Odoo 18: developer entry points. See README.md.
# ODOO_PATH (default /opt/odoo) and ODOO_PYTHON (default /opt/odoo-venv/bin/python) locate Odoo.
.PHONY: help run test lint setup clean
.DEFAULT_GOAL := help

help:
	@echo "make setup  - prepare Odoo's virtualenv (requirements, OCA addons, test tools)"
	@echo "make run    - Odoo 18 with the addons and demo data on http://127.0.0.1:8069 (admin/admin)"
	@echo "make test   - lint, fresh database, every test (pytest-odoo, browser tours); fails on any skip"
	@echo "make lint   - pylint-odoo over the addons"
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
