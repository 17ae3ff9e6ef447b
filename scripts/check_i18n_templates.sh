#!/usr/bin/env bash
# pre-commit hook: every addon's translations (i18n/*.po) against its template
# (i18n/<addon>.pot) with scripts/i18n_check.py (placeholders, tags, unknown msgids).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rc=0
for pot in addons/*/i18n/*.pot; do
    for po in "$(dirname "$pot")"/*.po; do
        [ -f "$po" ] || continue
        scripts/odoo-python.sh scripts/i18n_check.py "$pot" "$po" || rc=1
    done
done
exit $rc
