#!/usr/bin/env bash
# Export the translation templates (addons/<addon>/i18n/<addon>.pot) with Odoo's own export,
# from the test database of `make test` (run it first; LO_KEEP_DB=1 keeps it up to date).
# Then update zh_CN.po (msgmerge or an editor), derive zh_TW.po with scripts/i18n_zh_tw.py,
# and check both with scripts/i18n_check.py. `make test` fails above 5 % untranslated.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

lo_check_env
lo_pg_setup test
DB="${LO_TEST_DB:-labor_outsourcing_test}"
CONF="$LO_STATE/odoo-test.conf"
[ -f "$CONF" ] || lo_die "No test configuration in $LO_STATE: run 'make test' first."
for module in ${LO_MODULES//,/ }; do
    mkdir -p "$LO_ROOT/addons/$module/i18n"
    lo_odoo -c "$CONF" -d "$DB" --i18n-export="$LO_ROOT/addons/$module/i18n/$module.pot" \
        --modules="$module" --stop-after-init --log-level=warn
    lo_log "addons/$module/i18n/$module.pot: $(grep -c '^msgid' "$LO_ROOT/addons/$module/i18n/$module.pot") entries"
done
