# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Reading the records of the audit pack in batches, with the user's access rules.

The ids of a sheet are searched once with the user's environment (access rights, record
rules of the chosen companies, archived records left out), then read in batches of
:data:`BATCH_SIZE` with one SQL query per batch selecting only the columns the sheet
shows. Names of linked records (vendors, users, sites...) come from a cache filled with
one query per linked model and batch, for the records not seen yet. Nothing goes through
the ORM record cache, so memory stays flat whatever the number of rows and the number of
queries only depends on the number of batches.
"""

from collections import defaultdict, namedtuple

from odoo.tools import SQL

from odoo.addons.labor_outsourcing.tools import local_time

#: Records read per query. The query count of a sheet is constant up to this many rows.
BATCH_SIZE = 2000


class AuditScope:
    """What the audit pack covers: the period, the vendor (optional), the companies; and
    the environment that reads it (the user's, restricted to those companies)."""

    def __init__(self, env, date_from, date_to, vendor_id, company_ids):
        self.env = env(context=dict(env.context, allowed_company_ids=list(company_ids), active_test=True))
        self.date_from = date_from
        self.date_to = date_to
        self.vendor_id = vendor_id or False
        self.company_ids = list(company_ids)
        # the KPI engine's time zone and day (res.company._labor_tz): the user's, else the company's
        # (the first chosen one; not env.company, which refuses companies the user may not use)
        company = env["res.company"].browse(self.company_ids[:1])
        self.tz_name = company._labor_tz()
        self.today = company._labor_today()
        self._bounds = company._labor_period_bounds(date_from, date_to)

    def period_bounds_utc(self):
        """The period as UTC datetimes ``[start, end)`` for datetime fields: from the first
        day's midnight to the midnight after the last day, in the time zone of
        ``res.company._labor_tz`` (the KPI engine cuts the same way)."""
        return self._bounds

    def to_local(self, value):
        """A UTC datetime of the database in that time zone (naive), or None."""
        return local_time.to_local(value, self.tz_name)

    def vendor_domain(self, field="vendor_id"):
        return [(field, "=", self.vendor_id)] if self.vendor_id else []

    def company_domain(self, field="company_id", shared=False):
        """Records of the chosen companies (``shared``: also those without a company)."""
        if shared:
            return ["|", (field, "=", False), (field, "in", self.company_ids)]
        return [(field, "in", self.company_ids)]

    def dated_domain(self, field):
        """Records whose date ``field`` falls in the period."""
        return [(field, ">=", self.date_from), (field, "<=", self.date_to)]


class NameCache:
    """Names of linked records, read once per record with one query per model and batch.
    Names are read as Odoo shows the name of a linked record (whatever the rules of the
    linked model): the rows themselves were filtered by the user's rules."""

    def __init__(self, env):
        self.env = env(su=True, context=dict(env.context, active_test=False))
        self._names = defaultdict(dict)

    def load(self, model, ids, fname="name"):
        """Make sure the names of the records ``ids`` of ``model`` are known."""
        known = self._names[model, fname]
        missing = {record_id for record_id in ids if record_id and record_id not in known}
        if not missing:
            return
        Model = self.env[model]
        query = Model.browse(missing)._as_query(ordered=False)
        rows = self.env.execute_query(
            query.select(SQL.identifier(Model._table, "id"), Model._field_to_sql(Model._table, fname, query))
        )
        known.update(rows)
        for record_id in missing:
            known.setdefault(record_id, None)

    def get(self, model, record_id, fname="name"):
        return self._names[model, fname].get(record_id) if record_id else None

    def join(self, model, record_ids, fname="name"):
        """The names of ``record_ids`` joined with ", " (sorted), or None."""
        names = self._names[model, fname]
        found = sorted(name for name in (names.get(record_id) for record_id in record_ids) if name)
        return ", ".join(found) or None


def selection_labels(model, fname):
    """{value: translated label} of the selection field ``fname`` of ``model``."""
    return dict(model._fields[fname]._description_selection(model.env))


def search_ids(model, domain, order):
    """Ids of the records of ``model`` matching ``domain`` that the user may read, in
    ``order`` (one query)."""
    model.browse().check_access("read")
    return list(model._search(domain, order=order))


def read_batches(model, ids, fnames):
    """Yield the rows of the records ``ids`` of ``model`` in batches, in the order of
    ``ids``: lists of named tuples with ``id`` and the stored fields ``fnames`` (many2one
    as ids, translated fields in the user's language). One query per batch; reading a
    field the user may not read raises an AccessError."""
    Row = namedtuple("Row", ["id", *fnames])
    table = model._table
    for start in range(0, len(ids), BATCH_SIZE):
        query = model.browse(ids[start : start + BATCH_SIZE])._as_query(ordered=True)
        terms = [SQL.identifier(table, "id")] + [model._field_to_sql(table, fname, query) for fname in fnames]
        yield [Row._make(row) for row in model.env.execute_query(query.select(*terms))]


def read_many2many(model, fname, ids):
    """{record id: [linked ids]} of the many2many ``fname`` of the records ``ids`` (one
    query on the relation table)."""
    if not ids:
        return {}
    field = model._fields[fname]
    rows = model.env.execute_query(
        SQL(
            "SELECT %s, %s FROM %s WHERE %s IN %s ORDER BY %s, %s",
            SQL.identifier(field.column1),
            SQL.identifier(field.column2),
            SQL.identifier(field.relation),
            SQL.identifier(field.column1),
            tuple(ids),
            SQL.identifier(field.column1),
            SQL.identifier(field.column2),
        )
    )
    result = defaultdict(list)
    for record_id, linked_id in rows:
        result[record_id].append(linked_id)
    return result
