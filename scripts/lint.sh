#!/usr/bin/env bash
# `make lint`: OCA's pylint-odoo checks over the three addons and the project's Python.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ -x "$ODOO_PYTHON" ] || lo_die "ODOO_PYTHON=$ODOO_PYTHON not found (see README: Installing from source)."
"$ODOO_PYTHON" -c "import pylint_odoo" 2>/dev/null || lo_die "pylint-odoo is not installed in $ODOO_PYTHON.
  Install it with: $ODOO_PYTHON -m pip install pylint-odoo (or run scripts/setup-venv.sh)."
lo_log "Linting with pylint-odoo"
cd "$LO_ROOT"
PYTHONPATH="$ODOO_PATH${PYTHONPATH:+:$PYTHONPATH}" "$ODOO_PYTHON" -m pylint --rcfile="$LO_ROOT/.pylintrc" \
    addons/labor_outsourcing addons/labor_outsourcing_quality addons/labor_outsourcing_reports
lo_log "Lint clean"
