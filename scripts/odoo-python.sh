#!/usr/bin/env bash
# Run ODOO_PYTHON (default /opt/odoo-venv/bin/python) with Odoo's source on the path: the
# interpreter of the pre-commit hooks (.pre-commit-config.yaml), which has pylint-odoo, ruff,
# lxml, babel and docutils. Usage: scripts/odoo-python.sh -m ruff check ...
ODOO_PATH="${ODOO_PATH:-/opt/odoo}"
ODOO_PYTHON="${ODOO_PYTHON:-/opt/odoo-venv/bin/python}"
export PYTHONPATH="$ODOO_PATH${PYTHONPATH:+:$PYTHONPATH}"
exec "$ODOO_PYTHON" "$@"
