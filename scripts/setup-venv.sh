#!/usr/bin/env bash
# Prepare Odoo's interpreter for this suite (idempotent, quick when everything is there):
#  - fetch Odoo's source into ODOO_PATH when it is missing (scripts/fetch-odoo.sh: a shallow
#    clone of ODOO_BRANCH (18.0) of ODOO_GIT_URL, or the commit ODOO_REF);
#  - create the virtualenv at ODOO_PYTHON's location if it does not exist and install Odoo's
#    own requirements from $ODOO_PATH/requirements.txt (cbor2 needs setuptools<70 to build);
#  - install the OCA addons (--no-deps) and the test tools.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$LO_ROOT/scripts/fetch-odoo.sh"
[ "${1:-}" = "--fetch-only" ] && exit 0
[ -f "$ODOO_PATH/requirements.txt" ] || lo_die "No Odoo source tree at ODOO_PATH=$ODOO_PATH (requirements.txt missing)."
venv="$(dirname "$(dirname "$ODOO_PYTHON")")"
constraints="$LO_STATE/pip-constraints.txt"
mkdir -p "$LO_STATE"
echo "setuptools<70" >"$constraints"
export PIP_CONSTRAINT="$constraints" PIP_DISABLE_PIP_VERSION_CHECK=1

if [ ! -x "$ODOO_PYTHON" ]; then
    lo_log "Creating Odoo's virtualenv in $venv"
    python3 -m venv "$venv"
fi
if ! PYTHONPATH="$ODOO_PATH" "$ODOO_PYTHON" -c "import odoo.http, psycopg2, lxml, werkzeug, reportlab, xlsxwriter, openpyxl" 2>/dev/null; then
    lo_log "Installing Odoo's requirements into $venv"
    "$ODOO_PYTHON" -m pip install -q "setuptools<70" wheel
    "$ODOO_PYTHON" -m pip install -q -r "$ODOO_PATH/requirements.txt"
fi
lo_log "Installing the OCA addons and the test tools"
"$ODOO_PYTHON" -m pip install -q --no-deps -r "$LO_ROOT/requirements-oca.txt"
"$ODOO_PYTHON" -m pip install -q -r "$LO_ROOT/requirements-test.txt"
