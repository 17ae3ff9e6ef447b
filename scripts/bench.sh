#!/usr/bin/env bash
# `make bench-data SCALE=small|full` and `make bench SCALE=small|full` (see BENCHMARKS.md).
#   scripts/bench.sh data SCALE   a new database labor_outsourcing_bench_SCALE: the three addons
#                                 without demo data, then the generator's data (bench/generate.py)
#   scripts/bench.sh run SCALE [bench.run options]
#                                 the benchmark on that database: a table on the terminal and
#                                 JSON in bench-results-SCALE.json (or --json PATH)
# The database lives in a private PostgreSQL cluster under .run/pg-bench (port 54331) unless
# PGHOST/PGPORT/PGUSER or LO_ODOO_CONF name another server, as for `make run`.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

action="${1:-}"
scale="${2:-full}"
shift 2 || true
case "$scale" in small|full) ;; *) lo_die "SCALE must be small or full, not '$scale'" ;; esac

lo_check_env
lo_pg_setup bench
DB="${LO_BENCH_DB:-labor_outsourcing_bench_$scale}"
CONF="$LO_STATE/odoo-bench.conf"
lo_write_conf "$CONF" "$DB" <<CONF
without_demo = all
log_level = warn
workers = 0
max_cron_threads = 0
list_db = False
CONF
export PYTHONPATH="$ODOO_PATH:$LO_ROOT${PYTHONPATH:+:$PYTHONPATH}"

case "$action" in
    data)
        lo_log "Creating database $DB with the addons (no demo data)"
        lo_odoo db -c "$CONF" drop "$DB" >/dev/null 2>&1 || true
        lo_odoo -c "$CONF" -d "$DB" -i "$LO_MODULES" --stop-after-init --log-level=warn
        lo_log "Generating the '$scale' data set"
        "$ODOO_PYTHON" -m bench.generate -c "$CONF" -d "$DB" --scale "$scale" "$@"
        ;;
    run)
        installed="$(lo_psql "$CONF" "$DB" "select count(*) from ir_config_parameter where key = 'labor_outsourcing.bench_manifest'" 2>/dev/null || echo 0)"
        [ "$installed" = 1 ] || lo_die "No benchmark data in database $DB: run 'make bench-data SCALE=$scale' first."
        if [ "${LO_UPDATE:-1}" = 1 ]; then
            lo_log "Updating the addons in database $DB (LO_UPDATE=0 skips this)"
            lo_odoo -c "$CONF" -d "$DB" -u "$LO_MODULES" --stop-after-init --log-level=warn
        fi
        lo_log "Benchmark on database $DB"
        "$ODOO_PYTHON" -m bench.run -c "$CONF" -d "$DB" --json "$LO_ROOT/bench-results-$scale.json" "$@"
        ;;
    *)
        lo_die "usage: scripts/bench.sh data|run small|full [options]"
        ;;
esac
