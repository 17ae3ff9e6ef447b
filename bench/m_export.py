# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Section 1: the XLSX audit pack against Odoo's own list export to XLSX.

What is compared
----------------
The same records, the same columns, the same user, downloaded the way the web client
downloads them:

``audit_pack``
    The audit pack of ``labor_outsourcing_reports`` limited to its *Inspections* and *NCRs*
    sheets (the wizard's sheet checkboxes), over a period spanning every inspection date
    and NCR detection date of the database, for all the user's companies, no vendor
    filter. Measured: creating the wizard (the dialog's record) and the handler of
    ``/report/download`` that the web client calls for an ``xlsx`` report action
    (``report_xlsx``'s ``ReportController.report_download`` with the URL
    ``/report/xlsx/labor_outsourcing_reports.audit_pack_xlsx/<wizard id>?context=...``),
    which renders the workbook and returns the HTTP response.

``odoo_export``
    What a user does otherwise: in the *Inspections* list (then the *NCRs* list), select
    all records matching the filter and *Export* to XLSX, not import-compatible, with the
    fields that give the audit pack's columns. Measured: the handler of
    ``/web/export/xlsx`` (``web.controllers.export.ExcelExport.web_export_xlsx``) called
    with the JSON the list's ``downloadExport`` posts: ``ids=False`` (whole domain
    selected), the filter domain, the user's context, ``import_compat=False`` and the
    fields as ``/web/export/get_fields`` (the export dialog) describes them. Two
    downloads (one per model): their times and queries are added, their peak memory is
    that of the two in a row.

Both handlers are found in the routing map of the database (``ir.http.routing_map``, so
any override of an installed addon takes part, as in production) and called exactly as
Odoo's HTTP dispatcher calls an endpoint (``endpoint(**params)``, whose route wrapper
turns the result into a ``Response``), inside an ``odoo.http.Request`` built on a WSGI
environment and pushed on Odoo's request stack with the user's environment on the
current cursor. Left out on both sides, equally: the WSGI server, session loading,
authentication and CSRF check, a few milliseconds per request whatever the rows. The
cursor is the caller's: nothing is committed and the measure works on a test's data.

Columns: :data:`INSPECTION_COLUMNS` and :data:`NCR_COLUMNS` map each column of the audit
pack's sheet to the field path a user picks in the export dialog. A column that no field
gives in one row per record (counts and dates derived from the checklist answers or the
corrective actions) is mapped to ``None`` and left out of Odoo's export: the audit pack
computes them on top, which only makes the comparison harder for it. A link (vendor,
contract, user...) is exported as its sub-field *Name* (``vendor_id/name``, *Vendor/Name*
in the dialog): the very text the audit pack writes, and never slower for Odoo than the
link's display name it exports by default (a contract's display name adds its title and
vendor). Selections are exported as their labels, as in the audit pack. The test
(tests/test_bench_export.py) compares both files cell by cell.

Figures
-------
For each side: wall time and SQL queries (:class:`bench.common.Measure`), peak memory
growth of the process (:func:`bench.common.memory_growth`), and the number of data rows
of each sheet read back with ``openpyxl`` in read-only mode (header and the audit pack's
totals row left out), which must equal the records in scope (``search_count`` of the
same domain as the user) and these all the inspections and NCRs of the database.

Clean memory peaks: a process that already rendered one side has grown and reuses that
memory for the other, so each side runs in its own fresh process: ``ISOLATED = True`` and
``ISOLATED_RUNS`` tell ``bench/run.py`` to run ``measure(env, manifest, side=...)`` once per
side in a new process (``python -m bench.run ... --isolated bench.m_export``) and to
:func:`combine` their raw rows. ``measure(env, manifest)`` measures both sides in a row in
the current process (tests, quick runs: the second side's memory peak is then understated).

Options of :func:`measure`: ``side`` (``"audit_pack"``, ``"odoo_export"`` or None for both),
``user`` (login or id; default the manifest's manager, else the environment's user),
``vendor_id`` (limit both exports to one vendor), ``date_from``/``date_to`` (default: the
span of all inspection and NCR dates).
"""

import gc
import io
import json
import threading
from datetime import date
from urllib.parse import quote

from bench.common import Measure, memory_growth, row

ISOLATED = True
#: one fresh process per side (bench/run.py)
ISOLATED_RUNS = ({"side": "audit_pack"}, {"side": "odoo_export"})
SIDES = ("audit_pack", "odoo_export")
SECTION = 1
REPORT = "labor_outsourcing_reports.audit_pack_xlsx"
TIME_TARGET = 0.5
MEMORY_TARGET_MB = 150

#: audit pack column key (Inspections sheet) -> field path of Odoo's export (None: no field)
INSPECTION_COLUMNS = (
    ("name", "name"),
    ("date", "date"),
    ("kind", "kind"),
    ("state", "state"),
    ("result", "result"),
    ("vendor", "vendor_id/name"),
    ("contract", "contract_id/name"),
    ("site", "site_id/name"),
    ("plan", "plan_id/name"),
    ("inspector", "inspector_id/name"),
    ("auditor", "auditor_partner_id/name"),
    ("lot", "lot_reference"),
    ("lot_size", "lot_size"),
    ("sampling", "sampling_method"),
    ("severity", "severity"),
    ("code_letter", "code_letter"),
    ("sample_size", "sample_size"),
    ("ac", "accept_number"),
    ("re", "reject_number"),
    ("nonconforming", "nonconforming_qty"),
    ("lot_accepted", "lot_accepted"),
    ("checks", None),  # number of checklist answers: no field
    ("ncr", "ncr_id/name"),  # the audit pack lists every NCR of the inspection, the field its first
)
#: audit pack column key (NCRs sheet) -> field path of Odoo's export (None: no field)
NCR_COLUMNS = (
    ("name", "name"),
    ("title", "title"),
    ("detected_on", "detected_on"),
    ("state", "state"),
    ("source", "source"),
    ("category", "category_id/name"),
    ("severity", "severity"),
    ("vendor", "vendor_id/name"),
    ("contract", "contract_id/name"),
    ("site", "site_id/name"),
    ("inspection", "inspection_id/name"),
    ("qty_checked", "qty_checked"),
    ("qty_nonconforming", "qty_nonconforming"),
    ("responsible", "user_id/name"),
    ("detected_by", "detected_by_id/name"),
    ("containment_date", "containment_date"),
    ("disposition", "disposition"),
    ("cause_category", "cause_category"),
    ("root_cause", "root_cause"),
    ("actions", "action_count"),
    ("actions_done", None),  # counts of actions by state, overdue, next due: no field
    ("actions_verified", None),
    ("actions_overdue", None),
    ("next_due", None),
    ("effective", "effectiveness_verified"),
    ("verified_by", "verified_by_id/name"),
    ("closed", "date_closed"),
    ("penalty_state", "penalty_state"),
    ("penalty", "penalty_amount"),
    ("penalty_currency", "penalty_currency_id/name"),
)
#: (sheet builder key, model, date field, columns)
LOGS = (
    ("inspections", "labor.inspection", "date", INSPECTION_COLUMNS),
    ("ncrs", "labor.ncr", "detected_on", NCR_COLUMNS),
)


# Scope -----------------------------------------------------------------------------------
class Scope:
    """The records both exports cover: the user, his companies, the period, the vendor."""

    def __init__(self, env, manifest=None, user=None, vendor_id=None, date_from=None, date_to=None):
        manifest = manifest or {}
        if user is None:
            user = (manifest.get("users") or {}).get("manager", {}).get("user_id") or env.uid
        Users = env["res.users"].sudo().with_context(active_test=False)
        self.user = Users.search([("login", "=", user)]) if isinstance(user, str) else Users.browse(user)
        if len(self.user) != 1:
            raise ValueError(f"Unknown user {user!r}.")
        self.company_ids = self.user.company_ids.ids
        self.vendor_id = vendor_id or False
        if not (date_from and date_to):
            bounds = [
                bound
                for _key, model, fname, _columns in LOGS
                for bound in env[model].sudo()._read_group([], [], [f"{fname}:min", f"{fname}:max"])[0]
                if bound
            ]
            date_from = date_from or min(bounds, default=date.today())
            date_to = date_to or max(bounds, default=date.today())
        self.date_from, self.date_to = date_from, date_to
        self.context = {
            "lang": self.user.lang or "en_US",
            "tz": self.user.tz or "UTC",
            "uid": self.user.id,
            "allowed_company_ids": self.company_ids,
        }
        # the user's environment, as the request of a logged-in user has it
        self.env = env(user=self.user.id, su=False, context=dict(env.context, **self.context))

    def domain(self, fname):
        """The list filter giving the audit pack's records of a log (see its sheet builders)."""
        domain = [
            (fname, ">=", str(self.date_from)),
            (fname, "<=", str(self.date_to)),
            ("company_id", "in", self.company_ids),
        ]
        if self.vendor_id:
            domain.append(("vendor_id", "=", self.vendor_id))
        return domain

    def records_in_scope(self):
        """{sheet key: number of records the user reads with the filter}."""
        return {key: self.env[model].search_count(self.domain(fname)) for key, model, fname, _cols in LOGS}

    def records_in_database(self):
        """{sheet key: number of records of the database} (what the benchmark puts in scope)."""
        return {key: self.env[model].sudo().search_count([]) for key, model, _fname, _cols in LOGS}


# Calling the HTTP handlers as the dispatcher does ---------------------------------------------
class _Request:
    """An ``odoo.http.Request`` of ``env``'s user on the current cursor, pushed on the
    request stack for the duration of the block."""

    def __init__(self, env, path):
        self.env, self.path = env, path

    def __enter__(self):
        from werkzeug.test import EnvironBuilder

        from odoo import http

        environ = EnvironBuilder(
            path=self.path,
            method="POST",
            base_url="http://127.0.0.1:8069",
            environ_base={"REMOTE_ADDR": "127.0.0.1"},
        ).get_environ()
        request = http.Request(http.HTTPRequest(environ))
        request.registry = self.env.registry
        request.db = self.env.cr.dbname
        request.env = self.env
        request.session = http.Session(
            dict(
                http.get_default_session(),
                db=request.db,
                uid=self.env.uid,
                login=self.env.user.login,
                context=dict(self.env.context),
            ),
            "bench",
            new=True,
        )
        request.params = {}
        http._request_stack.push(request)
        return request

    def __exit__(self, *exc):
        from odoo import http

        http._request_stack.pop()
        return False


def _endpoint(env, path):
    """The endpoint of ``path`` in the database's routing map (overrides included)."""
    thread = threading.current_thread()
    saved = getattr(thread, "dbname", None)
    thread.dbname = env.cr.dbname
    try:
        rule, _args = env["ir.http"].routing_map().bind("127.0.0.1").match(path, method="POST", return_rule=True)
    finally:
        if saved is None:
            del thread.dbname
        else:
            thread.dbname = saved
    return rule.endpoint


def _call(env, path, **params):
    """The body of the response of the handler of ``path`` called with ``params``."""
    endpoint = _endpoint(env, path)
    with _Request(env, path):
        response = endpoint(**params)
    return response.get_data() if hasattr(response, "get_data") else response


# The two exports ---------------------------------------------------------------------------
def audit_pack_xlsx(scope):
    """The audit pack limited to its Inspections and NCRs sheets, as the user downloads it."""
    from odoo.addons.labor_outsourcing_reports.wizards.labor_audit_pack_wizard import SHEET_FIELDS

    env = scope.env
    sheets = {f"sheet_{key}" for key, _model, _fname, _columns in LOGS}
    wizard = env["labor.audit.pack.wizard"].create(
        dict(
            {fname: fname in sheets for fname in SHEET_FIELDS},
            date_from=scope.date_from,
            date_to=scope.date_to,
            vendor_id=scope.vendor_id,
            company_ids=[(6, 0, scope.company_ids)],
        )
    )
    action = wizard.action_download()
    context = json.dumps(scope.context)
    url = f"/report/xlsx/{action['report_name']}/{','.join(map(str, wizard.ids))}?context={quote(context)}"
    content = _call(env, "/report/download", data=json.dumps([url, action["report_type"]]), context=context)
    if not content.startswith(b"PK"):
        raise RuntimeError(f"The audit pack was not rendered: {content[:500]!r}")
    return content


def export_fields(scope, model, columns):
    """The fields of Odoo's export of ``model`` for ``columns``, as the export dialog offers
    them (``/web/export/get_fields``, expanding a relation for its sub-fields) and the list
    posts them (name, label, type)."""
    offered = {
        field["id"]: field
        for field in _call(scope.env, "/web/export/get_fields", model=model, domain=[], import_compat=False)
    }
    result = []
    for _key, path in columns:
        if not path:
            continue
        if path not in offered:
            parent = offered[path.split("/")[0]]
            params = parent["params"]
            offered.update(
                (field["id"], field)
                for field in _call(
                    # what the dialog posts when the user expands the relation
                    scope.env,
                    "/web/export/get_fields",
                    model=params["model"],
                    domain=[],
                    prefix=params["prefix"],
                    parent_name=parent["string"],
                    import_compat=False,
                    parent_field_type=parent["field_type"],
                    parent_field=json.loads(json.dumps(parent, default=str)),
                    exclude=[parent["relation_field"]],
                )
            )
        field = offered[path]
        result.append({"name": path, "label": field["string"], "store": None, "type": field["field_type"]})
    return result


def odoo_export_xlsx(scope, model, fname, columns, fields=None):
    """Odoo's list export to XLSX of the records of ``model`` in scope (whole domain selected)."""
    data = {
        "import_compat": False,
        "context": scope.context,
        "domain": scope.domain(fname),
        "fields": fields or export_fields(scope, model, columns),
        "groupby": [],
        "ids": False,
        "model": model,
    }
    return _call(scope.env, "/web/export/xlsx", data=json.dumps(data))


def read_sheet(content, name=None):
    """``(header, data rows)`` of the sheet ``name`` (default the first) of an XLSX file,
    read with openpyxl in read-only mode; the audit pack's totals row (SUBTOTAL formulas)
    is left out. Rows are tuples of values."""
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
    try:
        sheet = book[name] if name else book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = list(next(rows, ()))
        body = [row for row in rows if any(value is not None for value in row)]
    finally:
        book.close()
    if body and any(isinstance(value, str) and value.startswith("=SUBTOTAL(") for value in body[-1]):
        body.pop()
    return header, body


def _count_rows(content, name=None):
    """``(header, number of data rows)`` without keeping the rows."""
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
    try:
        sheet = book[name] if name else book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = list(next(rows, ()))
        count, last = 0, None
        for values in rows:
            if any(value is not None for value in values):
                count, last = count + 1, values
    finally:
        book.close()
    if last and any(isinstance(value, str) and value.startswith("=SUBTOTAL(") for value in last):
        count -= 1
    return header, count


def sheet_names(content):
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
    try:
        return book.sheetnames
    finally:
        book.close()


# Measuring ---------------------------------------------------------------------------------
def _warm_up(scope, side):
    """Run ``side`` once on a period without records: routing map, access rules, report
    and translation caches are ready before the measure, as in a running server."""
    empty = Scope(
        scope.env, user=scope.user.id, vendor_id=scope.vendor_id, date_from=date(1900, 1, 1), date_to=date(1900, 1, 1)
    )
    if side == "audit_pack":
        audit_pack_xlsx(empty)
    else:
        for _key, model, fname, columns in LOGS:
            odoo_export_xlsx(empty, model, fname, columns)


def measure_side(env, side, scope):
    """Time, queries, peak memory growth and rows of one side (see the module's docstring)."""
    if side not in SIDES:
        raise ValueError(f"Unknown side {side!r} (one of {', '.join(SIDES)}).")
    _warm_up(scope, side)
    # the dialog's field list is read when the user opens it, before he clicks Export
    fields = {model: export_fields(scope, model, columns) for _key, model, _fname, columns in LOGS}
    scope.env.invalidate_all()
    env.invalidate_all()
    gc.collect()
    files = {}
    per_file = {}
    with memory_growth() as memory, Measure(env) as total:
        if side == "audit_pack":
            files["audit_pack"] = audit_pack_xlsx(scope)
        else:
            for key, model, fname, columns in LOGS:
                with Measure(env) as one:
                    files[key] = odoo_export_xlsx(scope, model, fname, columns, fields[model])
                per_file[key] = {"seconds": one.seconds, "queries": one.queries}
    scope.env.invalidate_all()
    rows, headers = {}, {}
    if side == "audit_pack":
        # the workbook holds the chosen sheets only, in the order of the builders
        names = sheet_names(files["audit_pack"])
        if len(names) != len(LOGS):
            raise RuntimeError(f"The audit pack has the sheets {names}, expected {len(LOGS)}.")
        for (key, _model, _fname, _columns), sheet in zip(LOGS, names, strict=True):
            headers[key], rows[key] = _count_rows(files["audit_pack"], sheet)
        details = {"sheets": names}
    else:
        for key, _model, _fname, _columns in LOGS:
            headers[key], rows[key] = _count_rows(files[key])
        details = {"per_file": per_file}
    return {
        "side": side,
        "seconds": total.seconds,
        "queries": total.queries,
        "memory_mb": memory["mb"],
        "rows": rows,
        "headers": headers,
        "bytes": sum(len(content) for content in files.values()),
        "in_scope": scope.records_in_scope(),
        "in_database": scope.records_in_database(),
        "user": scope.user.login,
        "period": [str(scope.date_from), str(scope.date_to)],
        "vendor_id": scope.vendor_id,
        **details,
    }


def measure(env, manifest=None, side=None, **options):
    """Rows of section 1 (see the module's docstring). With ``side``, the raw row of that
    side only (a row named ``side`` whose details :func:`combine` reads)."""
    scope = Scope(env, manifest, **options)
    if side:
        result = measure_side(env, side, scope)
        return [row(SECTION, side, result["seconds"], "s", **result)]
    return combine([measure(env, manifest, side=name, **options) for name in SIDES], manifest)


def combine(runs, manifest=None):
    """The rows of the table from the raw rows of the two sides (one list per run)."""
    raw = {item["name"]: item["details"] for rows in runs for item in rows}
    missing = [side for side in SIDES if side not in raw]
    if missing:
        raise ValueError(f"No run of {', '.join(missing)}.")
    pack, odoo = raw["audit_pack"], raw["odoo_export"]
    pack_rows = sum(pack["rows"].get(key) or 0 for key, *_rest in LOGS)
    odoo_rows = sum(odoo["rows"].get(key) or 0 for key, *_rest in LOGS)
    counts = (manifest or {}).get("counts") or {}
    generated = {key: counts.get(model, counts.get(key)) for key, model, *_rest in LOGS}
    # both files hold every record in scope, and the scope is every record of the database
    same_rows = all(
        pack["rows"].get(key) == odoo["rows"].get(key) == pack["in_scope"][key] == pack["in_database"][key]
        for key, *_rest in LOGS
    )
    ratio = pack["seconds"] / odoo["seconds"] if odoo["seconds"] else None
    common = {"rows": pack_rows, "user": pack["user"], "period": pack["period"]}
    return [
        row(
            SECTION,
            "Audit pack XLSX (inspection + NCR logs): time",
            pack["seconds"],
            "s",
            reference="Odoo list export to XLSX, same rows and fields (2 files)",
            reference_value=odoo["seconds"],
            target=f"<= {TIME_TARGET} x",
            ok=ratio is not None and ratio <= TIME_TARGET,
            odoo_per_file=odoo.get("per_file"),
            **common,
        ),
        row(
            SECTION,
            "Audit pack XLSX: peak memory growth",
            pack["memory_mb"],
            "MB",
            reference="Odoo list export to XLSX: peak memory growth",
            reference_value=odoo["memory_mb"],
            target=f"< {MEMORY_TARGET_MB} MB at 100,000 rows",
            ok=pack["memory_mb"] < MEMORY_TARGET_MB,
            **common,
        ),
        row(
            SECTION,
            "Data rows in the files (audit pack / Odoo export)",
            pack_rows,
            "rows",
            reference="Odoo list export to XLSX",
            reference_value=odoo_rows,
            target="equal, = all records of the database",
            ok=same_rows,
            per_sheet={
                "audit_pack": pack["rows"],
                "odoo_export": odoo["rows"],
                "in_scope": pack["in_scope"],
                "in_database": pack["in_database"],
                "generated": generated,
            },
            bytes={"audit_pack": pack["bytes"], "odoo_export": odoo["bytes"]},
        ),
        row(
            SECTION,
            "Audit pack XLSX: SQL queries",
            pack["queries"],
            "queries",
            reference="Odoo list export to XLSX: SQL queries",
            reference_value=odoo["queries"],
            **common,
        ),
    ]
