# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Shared pieces of the generator and the benchmark: an Odoo registry outside the test
runner, environments that roll back, counting SQL queries and time, peak memory of the
process, and the rows of the result table.

Every measurement is a function ``measure_*(env, manifest, **options) -> list[dict]`` that
works on the environment it is given (the benchmark's own cursor, or a test's), returns
rows made by :func:`row` and leaves the database as it found it (the caller rolls back).
"""

import contextlib
import json
import os
import re
import time
from collections import Counter
from unittest.mock import patch

MANIFEST_KEY = "labor_outsourcing.bench_manifest"
#: context of every generator/benchmark environment: no chatter tracking, no log
#: messages, no followers: the figures measure the business code, not mail
QUIET_CONTEXT = {
    "tracking_disable": True,
    "mail_create_nolog": True,
    "mail_create_nosubscribe": True,
    "mail_notrack": True,
    "mail_auto_subscribe_no_notify": True,
}


def load_registry(conf, db):
    """Odoo's registry of ``db`` configured by the odoo.conf ``conf`` (as `odoo -c`)."""
    import odoo
    from odoo.tools import config

    config.parse_config(["-c", conf, "-d", db, "--log-level", os.environ.get("LO_BENCH_LOG", "warn")])
    config["dbfilter"] = f"^{db}$"  # in-process HTTP requests (portal pages) go to this database
    odoo.modules.module.initialize_sys_path()
    return odoo.modules.registry.Registry(db)


@contextlib.contextmanager
def environment(registry, uid=None, context=None, commit=False):
    """An environment on a new cursor; rolled back at the end unless ``commit``."""
    from odoo import SUPERUSER_ID, api

    with registry.cursor() as cr:
        env = api.Environment(cr, uid or SUPERUSER_ID, dict(QUIET_CONTEXT, **(context or {})))
        try:
            yield env
        except BaseException:
            cr.rollback()
            raise
        if commit:
            env.flush_all()
            cr.commit()
        else:
            cr.rollback()


@contextlib.contextmanager
def rolled_back(env):
    """Run the block in a savepoint rolled back at its end (the ORM caches are cleared):
    a measurement that creates or changes records leaves the database as it found it."""
    with env.cr.savepoint(flush=True) as savepoint:
        try:
            yield
        finally:
            savepoint.close(rollback=True)
    env.invalidate_all()


def sql_counter():
    """Queries executed so far by this process (every cursor, every thread)."""
    from odoo import sql_db

    return sql_db.sql_counter


class Measure:
    """Wall time and SQL queries of a block; the ORM's pending writes are flushed on both
    sides so that the queries the block causes are counted in the block."""

    def __init__(self, env=None):
        self.env = env
        self.seconds = self.queries = None

    def __enter__(self):
        if self.env is not None:
            self.env.flush_all()
        self._queries = sql_counter()
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        if self.env is not None and exc[0] is None:
            self.env.flush_all()
        self.seconds = time.perf_counter() - self._start
        self.queries = sql_counter() - self._queries
        return False


_WRITE = re.compile(r"^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?([a-z0-9_]+)\"?", re.IGNORECASE)


@contextlib.contextmanager
def recording_writes():
    """Counter {(statement, table): count} of the writes executed inside the block."""
    from odoo.sql_db import Cursor
    from odoo.tools import SQL

    writes = Counter()
    original = Cursor.execute

    def execute(cursor, query, params=None, log_exceptions=True):
        match = _WRITE.match(query.code if isinstance(query, SQL) else str(query))
        if match:
            writes[match.group(1).split()[0].upper(), match.group(2)] += 1
        return original(cursor, query, params, log_exceptions)

    with patch.object(Cursor, "execute", execute):
        yield writes


# Memory of this process (Linux): resident set size now and its peak since reset_peak().
def _status_kb(key):
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{key} not in /proc/self/status")


def rss_mb():
    return _status_kb("VmRSS") / 1024.0


def reset_peak():
    """Start a new peak-RSS window (Linux >= 4.0: writing 5 to clear_refs resets VmHWM)."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as clear_refs:
        clear_refs.write("5")


def peak_mb():
    return _status_kb("VmHWM") / 1024.0


@contextlib.contextmanager
def memory_growth():
    """``{"mb": peak RSS during the block - RSS before it}`` once the block is over."""
    result = {}
    reset_peak()
    before = rss_mb()
    yield result
    result["mb"] = max(0.0, peak_mb() - before)


def row(section, name, value, unit, *, reference=None, reference_value=None, target=None, ok=None, **details):
    """One line of the result table.

    ``section``: 1-5 as in BENCHMARKS.md; ``value``/``unit``: the figure measured;
    ``reference``/``reference_value``: what it is measured beside (Odoo's export, the SQL
    floor, the 10-record page...); ``target``: the target in words; ``ok``: whether it is met
    (None when the row is informative); ``details``: anything else worth keeping in the JSON.
    """
    ratio = None
    if isinstance(value, (int, float)) and isinstance(reference_value, (int, float)) and reference_value:
        ratio = value / reference_value
    return {
        "section": section,
        "name": name,
        "value": value,
        "unit": unit,
        "reference": reference,
        "reference_value": reference_value,
        "ratio": ratio,
        "target": target,
        "ok": ok,
        "details": details,
    }


def get_manifest(env):
    """What the generator made (ids of the records the measurements use), see generate.py."""
    raw = env["ir.config_parameter"].sudo().get_param(MANIFEST_KEY)
    if not raw:
        raise RuntimeError("No benchmark data in this database: run `make bench-data` first.")
    return json.loads(raw)
