#!/usr/bin/env bash
# `make run`: Odoo 18 with the three addons on http://127.0.0.1:8069, on a database that
# has them installed with demo data (created on first run, updated on later runs).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

lo_check_env
lo_pg_setup run
DB="${LO_DB:-labor_outsourcing}"
CONF="$LO_STATE/odoo-run.conf"
lo_write_conf "$CONF" "$DB" <<CONF
without_demo = False
http_interface = ${LO_HTTP_INTERFACE:-127.0.0.1}
http_port = ${LO_HTTP_PORT:-8069}
list_db = False
proxy_mode = False
CONF

installed="$(lo_psql "$CONF" "$DB" "select count(*) from ir_module_module where state='installed' and name in ('labor_outsourcing','labor_outsourcing_quality','labor_outsourcing_reports')" 2>/dev/null || echo 0)"
if [ "$installed" != 3 ]; then
    lo_log "Installing the addons with demo data in database $DB (first run: a few minutes)"
    lo_odoo -c "$CONF" -d "$DB" -i "$LO_MODULES" --stop-after-init --log-level=warn
elif [ "${LO_UPDATE:-1}" = 1 ]; then
    lo_log "Updating the addons in database $DB"
    lo_odoo -c "$CONF" -d "$DB" -u "$LO_MODULES" --stop-after-init --log-level=warn
fi

lo_log "Odoo is starting on http://${LO_HTTP_INTERFACE:-127.0.0.1}:${LO_HTTP_PORT:-8069} (database $DB, login admin / admin). Ctrl-C stops it."
# Not exec: the EXIT trap must stop the private PostgreSQL cluster when Odoo ends.
PYTHONPATH="$ODOO_PATH${PYTHONPATH:+:$PYTHONPATH}" "$ODOO_PYTHON" -m odoo -c "$CONF" -d "$DB" "$@" &
odoo_pid=$!
lo_stop_odoo() {
    kill -TERM "$odoo_pid" 2>/dev/null || true
    local i
    for i in $(seq 60); do
        kill -0 "$odoo_pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -KILL "$odoo_pid" 2>/dev/null || true
    lo_pg_stop
}
trap lo_stop_odoo EXIT
trap 'exit 0' INT TERM
wait $odoo_pid
