#!/usr/bin/env bash
# `make lint`: the pre-commit hooks of .pre-commit-config.yaml over the whole tree (ruff lint
# and format check, pylint-odoo with .pylintrc, XML, translations, generated READMEs).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ -x "$ODOO_PYTHON" ] || lo_die "ODOO_PYTHON=$ODOO_PYTHON not found (see README: Installing from source)."
"$ODOO_PYTHON" -c "import pylint_odoo, pre_commit, ruff" 2>/dev/null || lo_die "pylint-odoo, pre-commit or ruff is not installed in $ODOO_PYTHON.
  Install them with: $ODOO_PYTHON -m pip install -r requirements-test.txt (or run scripts/setup-venv.sh)."
command -v git >/dev/null 2>&1 || lo_die "git is needed by pre-commit (it lists the files to check)."
lo_log "Linting with the pre-commit hooks (ruff, pylint-odoo, XML, i18n, READMEs)"
cd "$LO_ROOT"
export ODOO_PATH ODOO_PYTHON PRE_COMMIT_HOME="${PRE_COMMIT_HOME:-$LO_STATE/pre-commit}"
"$ODOO_PYTHON" -m pre_commit run --all-files --color never
lo_log "Lint clean"
