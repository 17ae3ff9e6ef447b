#!/usr/bin/env bash
# `make test`: lint, then a fresh database with the three addons and their demo data,
# then every test (pure Python, Odoo TransactionCase/HttpCase, browser tours) under
# pytest-odoo. Exits non-zero on any failure or on any skipped test.
# Usage: scripts/test.sh [extra pytest arguments, e.g. -k vendor]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# LO_FAKETIME="2028-02-29 16:30:00" runs everything (PostgreSQL, Odoo, Chromium) with the
# clock started at that UTC moment (libfaketime, Debian package faketime): the suite must
# pass on any day of the year.
if [ -n "${LO_FAKETIME:-}" ] && [ -z "${LO_FAKETIME_ACTIVE:-}" ]; then
    command -v faketime >/dev/null 2>&1 || lo_die "LO_FAKETIME needs libfaketime: apt-get install faketime"
    lo_log "Running with the clock started at $LO_FAKETIME UTC"
    export LO_FAKETIME_ACTIVE=1 FAKETIME_DONT_RESET=1 TZ=UTC
    exec faketime -f "@$LO_FAKETIME" "$0" "$@"
fi

lo_check_env
lo_check_test_env

if [ "${LO_SKIP_LINT:-0}" != 1 ]; then
    "$LO_ROOT/scripts/lint.sh"
fi

lo_pg_setup test
DB="${LO_TEST_DB:-labor_outsourcing_test}"
CONF="$LO_STATE/odoo-test.conf"
lo_write_conf "$CONF" "$DB" <<CONF
without_demo = False
log_level = warn
workers = 0
max_cron_threads = 0
http_port = ${LO_TEST_HTTP_PORT:-8069}
CONF

if [ "${LO_KEEP_DB:-0}" = 1 ] && [ "$(lo_psql "$CONF" "$DB" "select count(*) from ir_module_module where state='installed' and name in ('labor_outsourcing','labor_outsourcing_quality','labor_outsourcing_reports')" 2>/dev/null || echo 0)" = 3 ]; then
    lo_log "Reusing database $DB (LO_KEEP_DB=1); updating the addons"
    lo_odoo -c "$CONF" -d "$DB" -u "$LO_MODULES" --stop-after-init --log-level=warn
else
    lo_log "Creating a fresh database $DB with the addons and demo data"
    lo_odoo db -c "$CONF" drop "$DB" >/dev/null 2>&1 || true
    lo_odoo -c "$CONF" -d "$DB" -i "$LO_MODULES" --stop-after-init --log-level=warn
fi

lo_log "Running the test suite"
cd "$LO_ROOT"
set +e
PYTHONPATH="$ODOO_PATH${PYTHONPATH:+:$PYTHONPATH}" "$ODOO_PYTHON" -m pytest \
    --odoo-config="$CONF" --odoo-database="$DB" --odoo-http --odoo-log-level=warn \
    "$@"
rc=$?
set -e
exit $rc
