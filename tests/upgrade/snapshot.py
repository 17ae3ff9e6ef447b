# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Run inside ``odoo shell`` by tests/test_upgrade.py, before and after the upgrade: prints
``SNAPSHOT <json>`` with, for every model the three addons define or extend (plus workers,
purchase orders and attachments), the record count, the count per state and the sum of
each stored monetary field, and for every stored column the number of NULL values. Plain
SQL on the tables (one query per model and aggregate), no ORM reads, except for the stored
computed columns holding NULLs: how many of those records would get a value if computed
now (``unfilled``; many computed fields are legitimately empty, e.g. a vendor status on
partners that are not vendors), found by recomputing them in a savepoint rolled back."""

# pylint: disable=print-used
import json

MODULES = {"labor_outsourcing", "labor_outsourcing_quality", "labor_outsourcing_reports"}
EXTRA = {"hr.employee", "purchase.order", "purchase.order.line", "ir.attachment", "res.partner"}


def unfilled(env, model, name, limit=5000):
    """How many records with NULL in the computed column ``name`` get a value when the
    field is computed again (at most ``limit`` of them are looked at)."""
    cr = env.cr
    cr.execute(f'SELECT id FROM "{model._table}" WHERE "{name}" IS NULL ORDER BY id LIMIT %s', [limit])  # noqa: S608
    ids = [row[0] for row in cr.fetchall()]
    records = model.with_context(active_test=False).browse(ids)
    savepoint = cr.savepoint(flush=True)
    with savepoint:
        env.add_to_compute(model._fields[name], records)
        model.flush_model([name])
        cr.execute(f'SELECT count(*) FROM "{model._table}" WHERE id IN %s AND "{name}" IS NOT NULL', [tuple(ids)])  # noqa: S608
        count = cr.fetchone()[0]
        savepoint.close(rollback=True)
    env.invalidate_all()
    return count


def snapshot(env):
    cr = env.cr
    names = set(EXTRA)
    for model in env["ir.model"].search([]):
        if MODULES & set((model.modules or "").replace(" ", "").split(",")):
            names.add(model.model)
    result = {}
    for name in sorted(names):
        if name not in env.registry:
            continue
        model = env[name]
        if model._abstract or not model._auto or model._table_query is not None:
            continue
        table = model._table
        stored = {f.name: f for f in model._fields.values() if f.store and f.column_type}
        selects = ["count(*)"]
        monetary = sorted(f for f, field in stored.items() if field.type == "monetary")
        selects += [f'round(coalesce(sum("{f}"), 0)::numeric, 2)' for f in monetary]
        columns = sorted(stored)
        selects += [f'count(*) filter (where "{f}" is null)' for f in columns]
        cr.execute(f'SELECT {", ".join(selects)} FROM "{table}"')  # noqa: S608 - identifiers from the registry
        row = cr.fetchone()
        entry = {
            "count": row[0],
            "sums": {f: str(v) for f, v in zip(monetary, row[1 : 1 + len(monetary)])},
            "nulls": dict(zip(columns, row[1 + len(monetary) :])),
            "required": sorted(f for f, field in stored.items() if field.required),
            "computed": sorted(f for f, field in stored.items() if field.compute),
            "states": {},
        }
        entry["unfilled"] = {
            f: unfilled(env, model, f)
            for f in entry["computed"]
            if entry["nulls"].get(f) and stored[f].type not in ("boolean", "binary")
        }
        if "state" in stored:
            cr.execute(f'SELECT "state", count(*) FROM "{table}" GROUP BY 1')  # noqa: S608
            entry["states"] = {str(state): count for state, count in cr.fetchall()}
        result[name] = entry
    cr.execute("SELECT count(*) FROM hr_employee WHERE is_labor_worker")
    result["workers"] = {"count": cr.fetchone()[0]}
    cr.execute("SELECT count(*), coalesce(sum(file_size), 0) FROM ir_attachment WHERE res_model IS NOT NULL")
    result["attachments of records"] = dict(zip(("count", "bytes"), cr.fetchone()))
    cr.execute("SELECT name, latest_version FROM ir_module_module WHERE name in %s", [tuple(MODULES)])
    result["versions"] = dict(cr.fetchall())
    return result


print("SNAPSHOT " + json.dumps(snapshot(env), sort_keys=True), flush=True)  # noqa: F821 - odoo shell's env
