#!/usr/bin/env bash
# Shared helpers for `make run`, `make test` and `make lint`.
# Sourced, not executed. Everything runtime-related lives under $LO_STATE (git-ignored).
set -euo pipefail

LO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LO_STATE="${LO_STATE:-$LO_ROOT/.run}"
ODOO_PATH="${ODOO_PATH:-/opt/odoo}"
ODOO_PYTHON="${ODOO_PYTHON:-/opt/odoo-venv/bin/python}"
LO_MODULES="labor_outsourcing,labor_outsourcing_quality,labor_outsourcing_reports"
OCA_ADDONS="base_tier_validation report_xlsx"

lo_die() { echo "ERROR: $*" >&2; exit 2; }
lo_log() { echo "==> $*" >&2; }

# ---------------------------------------------------------------------------
# Environment checks: fail within seconds, naming what is missing and how to fix it.
# ---------------------------------------------------------------------------
lo_check_env() {
    [ -d "$ODOO_PATH" ] || lo_die "Odoo 18 source tree not found at ODOO_PATH=$ODOO_PATH.
  Run make setup (scripts/setup-venv.sh clones Odoo 18.0 there: ODOO_GIT_URL, ODOO_BRANCH, ODOO_REF)
  or point ODOO_PATH at the directory that contains the 'odoo' package."
    [ -f "$ODOO_PATH/odoo/release.py" ] || lo_die "ODOO_PATH=$ODOO_PATH does not contain the 'odoo' package (odoo/release.py missing)."
    [ -x "$ODOO_PYTHON" ] || lo_die "Odoo's Python interpreter not found at ODOO_PYTHON=$ODOO_PYTHON.
  Create it with: python3 -m venv /opt/odoo-venv && /opt/odoo-venv/bin/pip install -r $ODOO_PATH/requirements.txt
  (or run scripts/setup-venv.sh), or point ODOO_PYTHON at an interpreter that has Odoo's requirements."
    local out
    out="$(PYTHONPATH="$ODOO_PATH" "$ODOO_PYTHON" - <<PY 2>&1
import sys
try:
    import odoo.release
except Exception as e:  # noqa
    print("cannot import odoo from ODOO_PATH: %s" % e); sys.exit(1)
if odoo.release.version_info[:2] != (18, 0):
    print("ODOO_PATH holds Odoo %s, this suite needs 18.0" % odoo.release.version); sys.exit(1)
PY
)" || lo_die "$out"
    local p missing=""
    for p in $OCA_ADDONS; do
        [ -f "$(lo_oca_dir)/$p/__manifest__.py" ] || missing="$missing $p"
    done
    [ -z "$missing" ] || lo_die "OCA addons not importable by $ODOO_PYTHON:$missing.
  Install them with: $ODOO_PYTHON -m pip install --no-deps odoo-addon-base_tier_validation==18.0.* odoo-addon-report_xlsx==18.0.*
  (or run scripts/setup-venv.sh)."
}

lo_check_test_env() {
    local out
    out="$("$ODOO_PYTHON" - <<'PY' 2>&1
import importlib.util, sys
need = {"pytest_odoo": "pytest-odoo", "websocket": "websocket-client",
        "openpyxl": "openpyxl", "xlsxwriter": "xlsxwriter", "pylint_odoo": "pylint-odoo",
        "whool": "whool", "manifestoo_core": "manifestoo-core", "pre_commit": "pre-commit", "ruff": "ruff"}
missing = [pkg for mod, pkg in need.items() if importlib.util.find_spec(mod) is None]
if missing:
    print("missing Python packages in ODOO_PYTHON: " + " ".join(missing)); sys.exit(1)
PY
)" || lo_die "$out
  Install them with: $ODOO_PYTHON -m pip install -r $LO_ROOT/requirements-test.txt
  (or run scripts/setup-venv.sh)."
    lo_chrome >/dev/null || lo_die "No Chromium/Chrome found for Odoo's browser tours (tried chromium, google-chrome, chromium-browser).
  Install it with: apt-get install chromium chromium-driver"
    command -v wkhtmltopdf >/dev/null 2>&1 || lo_die "No wkhtmltopdf found: Odoo prints PDF reports with it and the tests render them.
  Install it with: apt-get install wkhtmltopdf"
    # wkhtmltopdf silently drops the glyphs it has no font for: Chinese reports print without words
    [ -n "$(fc-list :lang=zh family 2>/dev/null)" ] || lo_die "No CJK font found (fc-list :lang=zh is empty): PDF reports in Chinese would print without their words.
  Install one with: apt-get install fontconfig fonts-noto-cjk"
    command -v pdftotext >/dev/null 2>&1 || lo_die "No pdftotext found: the tests read the text of the PDF reports with it.
  Install it with: apt-get install poppler-utils"
}

lo_chrome() {
    local b
    for b in chromium google-chrome chromium-browser google-chrome-stable; do
        command -v "$b" && return 0
    done
    return 1
}

# Directory where pip puts OCA addons wheels (odoo/addons inside the venv's site-packages).
lo_oca_dir() {
    "$ODOO_PYTHON" -c 'import sysconfig, os; print(os.path.join(sysconfig.get_paths()["purelib"], "odoo", "addons"))'
}

lo_addons_path() {
    local paths="$LO_ROOT/addons"
    [ -d "$ODOO_PATH/addons" ] && paths="$paths,$ODOO_PATH/addons"
    [ -d "$ODOO_PATH/odoo/addons" ] && paths="$paths,$ODOO_PATH/odoo/addons"
    paths="$paths,$(lo_oca_dir)"
    echo "$paths"
}

# ---------------------------------------------------------------------------
# PostgreSQL: an external server (PGHOST/PGPORT/PGUSER, or LO_ODOO_CONF naming an
# odoo.conf) or, by default, a private throwaway cluster under $LO_STATE.
# ---------------------------------------------------------------------------
LO_PG_STARTED=""

lo_pg_bindir() {
    local d
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"; return 0
    fi
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
    done
    return 1
}

# Run a PostgreSQL server binary as an unprivileged user: the server refuses to run as root.
lo_pg_as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u "${LO_PG_OS_USER:-postgres}" -- "$@"
    else
        "$@"
    fi
}

lo_pg_setup() {
    # $1: cluster name (run|test|bench); sets PGHOST/PGPORT/PGUSER for Odoo.
    local name="$1"
    if [ -n "${LO_ODOO_CONF:-}" ] || [ -n "${PGHOST:-}" ] || [ -n "${PGPORT:-}" ] || [ -n "${PGUSER:-}" ]; then
        lo_log "Using the PostgreSQL server given by ${LO_ODOO_CONF:+$LO_ODOO_CONF }${PGHOST:+PGHOST=$PGHOST }${PGPORT:+PGPORT=$PGPORT }${PGUSER:+PGUSER=$PGUSER}"
        return 0
    fi
    local bindir
    bindir="$(lo_pg_bindir)" || lo_die "No PostgreSQL server binaries (initdb, pg_ctl) found.
  Install PostgreSQL (apt-get install postgresql) or point PGHOST/PGPORT/PGUSER at a running server."
    local dir="$LO_STATE/pg-$name" port
    case "$name" in
        test) port="${LO_PG_PORT:-54330}" ;;
        bench) port="${LO_PG_PORT:-54331}" ;;
        *) port="${LO_PG_PORT:-54329}" ;;
    esac
    mkdir -p "$LO_STATE"
    if [ "$(id -u)" = 0 ]; then
        id "${LO_PG_OS_USER:-postgres}" >/dev/null 2>&1 || lo_die "Running as root: PostgreSQL needs an unprivileged OS user (${LO_PG_OS_USER:-postgres}); create it or set LO_PG_OS_USER."
        # the server user must be able to reach its data directory
        chmod o+x "$LO_ROOT" "$LO_STATE" 2>/dev/null || true
    fi
    if [ ! -f "$dir/PG_VERSION" ]; then
        lo_log "Creating a private PostgreSQL cluster in $dir (loopback only, port $port)"
        mkdir -p "$dir"
        [ "$(id -u)" = 0 ] && chown "${LO_PG_OS_USER:-postgres}" "$dir"
        lo_pg_as_owner "$bindir/initdb" -D "$dir" -U odoo --auth=trust -E UTF8 --locale=C.UTF-8 >"$LO_STATE/initdb-$name.log" 2>&1 \
            || { cat "$LO_STATE/initdb-$name.log" >&2; lo_die "initdb failed"; }
        cat >>"$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
CONF
    fi
    export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=odoo
    if ! lo_pg_as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        lo_log "Starting private PostgreSQL on 127.0.0.1:$port"
        lo_pg_as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null \
            || { tail -20 "$dir/server.log" >&2; lo_die "could not start PostgreSQL"; }
        LO_PG_STARTED="$bindir/pg_ctl -D $dir"
        trap lo_pg_stop EXIT
        trap 'exit 130' INT TERM
    fi
}

lo_pg_stop() {
    if [ -n "$LO_PG_STARTED" ]; then
        lo_log "Stopping private PostgreSQL"
        # shellcheck disable=SC2086
        lo_pg_as_owner $LO_PG_STARTED -m fast -w stop >/dev/null 2>&1 || true
        LO_PG_STARTED=""
    fi
}

# Write an odoo.conf for this run: $1 = path, $2 = db name, extra "key = value" lines on stdin.
lo_write_conf() {
    local conf="$1" db="$2"
    mkdir -p "$(dirname "$conf")" "$LO_STATE/data"
    {
        if [ -n "${LO_ODOO_CONF:-}" ]; then
            # start from the user's config (its [options] db_* settings are kept)
            grep -v -E '^\s*(addons_path|db_name|dbfilter|data_dir)\s*=' "$LO_ODOO_CONF"
        else
            echo "[options]"
            echo "db_host = ${PGHOST:-False}"
            echo "db_port = ${PGPORT:-False}"
            echo "db_user = ${PGUSER:-odoo}"
            echo "db_password = ${PGPASSWORD:-False}"
        fi
        echo "addons_path = $(lo_addons_path)"
        echo "data_dir = $LO_STATE/data"
        echo "db_name = $db"
        echo "dbfilter = ^$db\$"
        cat
    } >"$conf"
}

lo_odoo() {
    PYTHONPATH="$ODOO_PATH${PYTHONPATH:+:$PYTHONPATH}" "$ODOO_PYTHON" -m odoo "$@"
}

lo_psql() {
    local conf="$1"; shift
    PYTHONPATH="$ODOO_PATH" "$ODOO_PYTHON" - "$conf" "$@" <<'PY'
import sys
import psycopg2
from odoo.tools import config
config.parse_config(["-c", sys.argv[1]])
db, sql = sys.argv[2], sys.argv[3]
kw = {k: config["db_" + k] for k in ("host", "port", "user", "password") if config["db_" + k]}
try:
    conn = psycopg2.connect(dbname=db, **kw)
except psycopg2.OperationalError:
    sys.exit(3)
cur = conn.cursor()
cur.execute(sql)
print(cur.fetchone()[0] if cur.description else "")
PY
}
