# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Section 3 of the benchmark: SQL queries of the back-office list views and of the
vendor portal's list pages with few and with many records in scope (they must be equal).

**Back-office lists.** Every window action of the Outsourcing app's menus (configuration
left out) that has a list view is opened the way the web client opens it, as the
benchmark's manager: ``get_views`` of the action's list view, then ``web_search_read``
with the list's field specification, the action's domain and context, the list's default
order, 80 records and the count of the pager. The records in scope are those of one
vendor, filtered on the model's vendor field the way a user filters by vendor (the
manifest's two scope vendors: 10 and 1,000 records of each kind); where the model has no
vendor, or the vendors do not have more records on the large side than on the small
side, on the ids of as many records as the scope sizes (10 and 1,000, or fewer when the
database has fewer). Queries are counted after one warm-up call of each side, with the
ORM cache emptied before each call (each call of the web client comes in a new request).

**Portal pages.** The portal contact of each scope vendor GETs each list page of
/my/labor/... and /my (and the counters /my asks /my/counters for): the queries of each
request are counted on the process-wide counter, after one warm-up request. The HTTP
client is injected (``client_factory(login, password)`` returns an object with
``get(path) -> (status, body)`` and ``json(path, params) -> (status, result)``); by
default a werkzeug test client of ``odoo.http.root`` that logs in through /web/login. A
page is measured only when it answers 200 and lists the vendor's records (as many rows as
the vendor has, up to a page of 80): a page that fails cannot pass.
"""

import re

from lxml import etree

from .common import Measure, row

SECTION = 3
ROOT_MENU = "labor_outsourcing.menu_labor_root"
#: settings and master data, not records that grow with the vendors
EXCLUDED_MENUS = ("labor_outsourcing.menu_labor_configuration",)
LIMIT = 80  # the web client's default page size of a list view
COUNT_LIMIT = 10001  # and the limit of its pager's count
#: how a user narrows a list to one vendor: the first of these field paths the model has
VENDOR_PATHS = (
    "vendor_id",
    "labor_vendor_id",
    "employee_id.labor_vendor_id",
    "contract_id.vendor_id",
    "ncr_id.vendor_id",
    "evaluation_id.vendor_id",
    "candidate_ids.vendor_id",
    "vendor_ids",
)
#: lists opened from buttons rather than menus: (name, model, list view xmlid, domain),
#: the domain narrowed to outsourced workers' records
EXTRA_LISTS = (
    (
        "Timesheets of outsourced workers",
        "account.analytic.line",
        "hr_timesheet.hr_timesheet_line_tree",
        [("project_id", "!=", False), ("employee_id.is_labor_worker", "=", True)],
    ),
)
#: the vendor portal's list pages: (path, model, vendor field, domain of the page)
PORTAL_PAGES = (
    ("/my/labor/contracts", "labor.contract", "vendor_id", []),
    ("/my/labor/documents", "labor.vendor.document", "vendor_id", []),
    ("/my/labor/workers", "hr.employee", "labor_vendor_id", [("is_labor_worker", "=", True)]),
    ("/my/labor/proposals", "labor.worker.proposal", "vendor_id", []),
    ("/my/labor/reports", "labor.progress.report", "vendor_id", []),
    ("/my/labor/settlements", "labor.settlement", "vendor_id", []),
    ("/my/labor/inspections", "labor.inspection", "vendor_id", []),
    ("/my/labor/ncrs?filterby=all", "labor.ncr", "vendor_id", []),
    ("/my/labor/issues?filterby=all", "labor.issue", "vendor_id", []),
    ("/my/labor/evaluations", "labor.vendor.evaluation", "vendor_id", [("state", "=", "confirmed")]),
)
HOME_PATHS = ("/my", "/my/home")
TARGET = "equal"


# Back-office lists -------------------------------------------------------------------------
def menu_lists(env):
    """[{"name", "model", "view_id", "domain", "context", "action"}] of the window actions
    of the app's menus that open a list, plus :data:`EXTRA_LISTS`."""
    from odoo.tools.safe_eval import safe_eval

    root = env.ref(ROOT_MENU)
    excluded = [env.ref(xmlid, raise_if_not_found=False) for xmlid in EXCLUDED_MENUS]
    menus = (
        env["ir.ui.menu"]
        .sudo()
        .with_context(active_test=True)
        .search(
            [("id", "child_of", root.id), ("action", "=like", "ir.actions.act_window,%")],
            order="parent_path, sequence, id",
        )
    )
    lists, seen = [], set()
    eval_context = env["ir.actions.actions"]._get_eval_context()
    for menu in menus:
        if any(menu.parent_path.startswith(ex.parent_path) for ex in excluded if ex):
            continue
        action = menu.action
        if "list" not in (action.view_mode or "").split(",") or action.id in seen:
            continue
        seen.add(action.id)
        view = next((v.view_id for v in action.view_ids if v.view_mode == "list"), None)
        if not view and action.view_id.type == "list":
            view = action.view_id
        lists.append(
            {
                "name": menu.complete_name,
                "model": action.res_model,
                "view_id": view.id if view else False,
                "domain": safe_eval(action.domain or "[]", eval_context),
                "context": safe_eval(action.context or "{}", eval_context),
                "action": action.id,
            }
        )
    for name, model, view_xmlid, domain in EXTRA_LISTS:
        if model in env:
            view = env.ref(view_xmlid, raise_if_not_found=False)
            lists.append(
                {
                    "name": name,
                    "model": model,
                    "view_id": view.id if view else False,
                    "domain": domain,
                    "context": {},
                    "action": False,
                }
            )
    return lists


def list_specification(env, model, view_id, action_id=False):
    """(field specification, default order) of the list view as the web client builds them
    from ``get_views``: every field of the list with the display name of relational ones."""
    views = env[model].get_views([(view_id, "list")], {"action_id": action_id, "load_filters": False})
    arch = etree.fromstring(views["views"]["list"]["arch"])
    fields = views["models"][model]["fields"]
    spec = {}
    for node in arch.iterchildren("field"):
        name = node.get("name")
        field = fields.get(name)
        if not field or name in spec:
            continue
        if field["type"] == "many2one":
            spec[name] = {"fields": {"display_name": {}}}
        elif field["type"] in ("many2many", "one2many") and node.get("widget") in (
            "many2many_tags",
            "many2many_tags_avatar",
            "many2many_avatar_user",
            "many2many_avatar_employee",
        ):
            spec[name] = {"fields": {"display_name": {}}}
        else:
            spec[name] = {}
    return spec, arch.get("default_order") or None


def vendor_path(Model):
    """The first of :data:`VENDOR_PATHS` that leads from ``Model`` to a partner."""
    for path in VENDOR_PATHS:
        current, ok = Model, True
        for name in path.split("."):
            field = current._fields.get(name)
            if not field or field.type not in ("many2one", "many2many", "one2many"):
                ok = False
                break
            current = current.env[field.comodel_name]
        if ok and current._name == "res.partner":
            return path
    return None


def list_scopes(Model, domain, vendors, sizes, order=None):
    """({"small": domain, "large": domain}, how, {"small": n, "large": n}): the records of
    each scope vendor when the vendor has more records on the large side, else as many
    ids as ``sizes``: the first records of the list in its ``order``, the small side being
    the first ones of the large side (both sides list records of the same shape)."""
    path = vendor_path(Model)
    if path:
        scopes = {side: domain + [(path, "=", vendors[side])] for side in ("small", "large")}
        counts = {side: Model.search_count(scope) for side, scope in scopes.items()}
        if 0 < counts["small"] < counts["large"]:
            return scopes, f"vendor ({path})", counts
    ids = Model.search(domain, order=order, limit=sizes[1]).ids
    scopes = {"small": domain + [("id", "in", ids[: sizes[0]])], "large": domain + [("id", "in", ids)]}
    return scopes, "ids", {"small": len(ids[: sizes[0]]), "large": len(ids)}


def measure_list(env, entry, manifest, limit=LIMIT):
    """One row: queries of opening ``entry`` (see :func:`menu_lists`) on each side, with
    pages of ``limit`` records."""
    scope = manifest["scope"]
    sizes = scope["sizes"]
    manager = manifest["users"]["manager"]["user_id"]
    user = env["res.users"].browse(manager)
    context = dict(entry["context"], allowed_company_ids=user.company_id.ids, force_search_count=True)
    Model = env(user=manager, context=dict(env.context, **context))[entry["model"]]
    spec, order = list_specification(Model.env, entry["model"], entry["view_id"], entry["action"])
    vendors = {side: scope[side]["vendor_id"] for side in ("small", "large")}
    scopes, how, in_scope = list_scopes(Model, entry["domain"], vendors, sizes, order)

    def open_list(side):
        Model.env.invalidate_all()
        return Model.web_search_read(scopes[side], spec, offset=0, limit=limit, order=order, count_limit=COUNT_LIMIT)

    for side in ("small", "large"):  # warm-up: registry caches, prepared views
        open_list(side)
    queries, listed = {}, {}
    for side in ("small", "large"):
        with Measure(Model.env) as counter:
            result = open_list(side)
        queries[side] = counter.queries
        listed[side] = (len(result["records"]), result["length"])
    comparable = in_scope["large"] > in_scope["small"]
    correct = all(listed[side] == (min(in_scope[side], limit), in_scope[side]) for side in listed)
    return row(
        SECTION,
        f"List: {entry['name']}",
        queries["large"],
        "queries",
        reference=f"{in_scope['small']} records",
        reference_value=queries["small"],
        target=TARGET,
        ok=(queries["large"] == queries["small"] and correct) if comparable else None,
        kind="list",
        model=entry["model"],
        scope=how,
        records=[in_scope["small"], in_scope["large"]],
        listed=[listed["small"], listed["large"]],
        fields=len(spec),
        note=None if comparable else "not more records on the large side: no comparison",
    )


def measure_lists(env, manifest, limit=LIMIT):
    """A row per list of :func:`menu_lists`; a list the manager cannot open is a failed row."""
    from odoo.exceptions import AccessError, UserError

    rows = []
    manager = manifest["users"]["manager"]["user_id"]
    for entry in menu_lists(env):
        if not entry["action"] and not env(user=manager)[entry["model"]].has_access("read"):
            # a list opened from a button that needs another application's group
            rows.append(
                row(
                    SECTION,
                    f"List: {entry['name']}",
                    None,
                    "queries",
                    target=TARGET,
                    ok=None,
                    kind="list",
                    model=entry["model"],
                    note="the manager may not read these records: not measured",
                )
            )
            continue
        try:
            rows.append(measure_list(env, entry, manifest, limit))
        except (AccessError, UserError) as error:
            rows.append(
                row(
                    SECTION,
                    f"List: {entry['name']}",
                    None,
                    "queries",
                    target=TARGET,
                    ok=False,
                    kind="list",
                    model=entry["model"],
                    error=str(error),
                )
            )
    return rows


# Portal pages ---------------------------------------------------------------------------------
def default_client_factory(env):
    """``client_factory(login, password)``: a werkzeug test client of ``odoo.http.root``
    in this process, logged in through /web/login on ``env``'s database (the runner
    configures db_name/dbfilter so that odoo.http picks it)."""
    from werkzeug.test import Client

    import odoo.http

    dbname = env.cr.dbname
    ENVIRON = {"REMOTE_ADDR": "127.0.0.1"}  # noqa: N806 (odoo.http logs the client's address)

    class WerkzeugPortalClient:
        def __init__(self, login, password):
            self.client = Client(odoo.http.root)
            status, body = self.get(f"/web/login?db={dbname}")
            token = re.search(r'name="csrf_token"\s+value="([^"]+)"', body)
            if status != 200 or not token:
                raise RuntimeError(f"/web/login answered {status} without a CSRF token")
            response = self.client.post(
                "/web/login",
                environ_base=ENVIRON,
                data={"login": login, "password": password, "csrf_token": token.group(1), "db": dbname},
            )
            if response.status_code != 303 or "/web/login" in response.headers.get("Location", ""):
                raise RuntimeError(f"{login} could not log in ({response.status_code})")

        def get(self, path):
            response = self.client.get(path, follow_redirects=True, environ_base=ENVIRON)
            return response.status_code, response.get_data(as_text=True)

        def json(self, path, params):
            response = self.client.post(
                path, environ_base=ENVIRON, json={"jsonrpc": "2.0", "method": "call", "params": params, "id": 1}
            )
            payload = response.get_json() or {}
            if "error" in payload:
                return 500, payload["error"]
            return response.status_code, payload.get("result")

    return WerkzeugPortalClient


def counted(function):
    """(result of function(), SQL queries it made in this process)."""
    with Measure() as measure:
        result = function()
    return result, measure.queries


def page_rows(body, path):
    """Distinct records a list page links to (``<path>/<id>``)."""
    base = re.escape(path.split("?")[0])
    return set(re.findall(base + r"/(\d+)\b", body))


def portal_page_size():
    """Records per page of the portal's lists (``CustomerPortal._items_per_page``)."""
    from odoo.addons.portal.controllers.portal import CustomerPortal

    return CustomerPortal._items_per_page


def measure_portal(env, manifest, client_factory=None):
    scope = manifest["scope"]
    page_size = portal_page_size()
    client_factory = client_factory or default_client_factory(env)
    clients = {side: client_factory(scope[side]["login"], scope[side]["password"]) for side in ("small", "large")}
    rows = []
    for path, model, vendor_field, domain in PORTAL_PAGES:
        expected, queries, problems = {}, {}, []
        for side in ("small", "large"):
            user = scope[side]["user_id"]
            # the vendor's records the contact may read (record rules), as the page lists them
            readable = env[model].with_user(user)._search([])
            visible = (
                env[model]
                .sudo()
                .search_count(domain + [(vendor_field, "=", scope[side]["vendor_id"]), ("id", "in", readable)])
            )
            expected[side] = (visible, min(visible, page_size))
            clients[side].get(path)  # warm-up
            (status, body), queries[side] = counted(lambda side=side: clients[side].get(path))
            shown = len(page_rows(body, path))
            if status != 200 or not visible or shown != expected[side][1]:
                problems.append(f"{side}: status {status}, {shown} rows shown for {visible} records")
        comparable = expected["large"][0] > expected["small"][0]
        rows.append(
            row(
                SECTION,
                f"Portal: {path}",
                queries["large"],
                "queries",
                reference=f"{expected['small'][0]} records",
                reference_value=queries["small"],
                target=TARGET,
                ok=(not problems and queries["large"] == queries["small"]) if comparable or problems else None,
                kind="portal",
                model=model,
                records=[expected["small"][0], expected["large"][0]],
                listed=[expected["small"][1], expected["large"][1]],
                problems=problems,
                note=None if comparable else "not more records on the large side: no comparison",
            )
        )
    rows.extend(measure_home(clients, scope))
    return rows


def measure_home(clients, scope):
    """/my and /my/home, and the counters the home page asks /my/counters for."""
    rows = []
    counters = {}
    for path in HOME_PATHS:
        queries, problems = {}, []
        for side in ("small", "large"):
            clients[side].get(path)
            (status, body), queries[side] = counted(lambda side=side: clients[side].get(path))
            names = sorted(set(re.findall(r'data-placeholder_count="([^"]+)"', body)))
            if status != 200 or not any(name.startswith("labor_") for name in names):
                problems.append(f"{side}: status {status}, no vendor entries")
            counters[side] = names
        rows.append(
            row(
                SECTION,
                f"Portal: {path}",
                queries["large"],
                "queries",
                reference=f"{scope['sizes'][0]} records",
                reference_value=queries["small"],
                target=TARGET,
                ok=not problems and queries["large"] == queries["small"],
                kind="portal",
                problems=problems,
            )
        )
    queries, problems, values = {}, [], {}
    for side in ("small", "large"):
        call = lambda side=side: clients[side].json("/my/counters", {"counters": counters[side]})  # noqa: E731
        call()
        (status, result), queries[side] = counted(call)
        values[side] = {name: value for name, value in (result or {}).items() if name.startswith("labor_")}
        if status != 200 or not values[side] or not any(values[side].values()):
            problems.append(f"{side}: status {status}, counters {values[side]}")
    rows.append(
        row(
            SECTION,
            "Portal: /my/counters",
            queries["large"],
            "queries",
            reference=f"{scope['sizes'][0]} records",
            reference_value=queries["small"],
            target=TARGET,
            ok=not problems and queries["large"] == queries["small"],
            kind="portal",
            counters=values,
            problems=problems,
        )
    )
    return rows


def measure(env, manifest, client_factory=None, portal=True, lists=True, limit=LIMIT, **_options):
    """Rows of section 3: every back-office list (pages of ``limit`` records), then every
    portal page (see the module docstring); ``portal=False`` / ``lists=False`` leave a
    part out."""
    rows = []
    if lists:
        rows.extend(measure_lists(env, manifest, limit))
    if portal:
        rows.extend(measure_portal(env, manifest, client_factory))
    return rows
