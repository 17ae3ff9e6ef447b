# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo import api, fields, models
from odoo.osv import expression
from odoo.tools import format_date
from odoo.tools.safe_eval import safe_eval

from ..tools import kpi as formulas

PERIODS = ("quarter", "last_quarter", "year")


class LaborDashboard(models.AbstractModel):
    """Data of the Outsourcing overview (client action ``labor_outsourcing_reports.dashboard``).

    Every figure is counted with the user's own rights (record rules and companies apply),
    with one aggregated query per section, and comes with the window action that lists the
    records behind it.
    """

    _name = "labor.dashboard"
    _description = "Outsourcing Overview"

    @api.model
    def get_dashboard_data(self, period="quarter"):
        """Sections of tiles; ``period`` (this quarter to date, the last quarter or this
        year to date) applies to the KPIs."""
        self.env["labor.contract"].check_access("read")
        if period not in PERIODS:
            period = "quarter"
        date_from, date_to = self._dashboard_period(period)
        return {
            "period": period,
            "periods": [
                {"key": "quarter", "label": self.env._("This quarter")},
                {"key": "last_quarter", "label": self.env._("Last quarter")},
                {"key": "year", "label": self.env._("This year")},
            ],
            "sections": [
                section
                for section in (
                    self._dashboard_section_kpi(date_from, date_to),
                    self._dashboard_section_grade(),
                    self._dashboard_section_expiry(),
                    self._dashboard_section_ncr(),
                    self._dashboard_section_risk(),
                    self._dashboard_section_issue(),
                )
                if section
            ],
        }

    # Helpers -----------------------------------------------------------------------
    @api.model
    def _dashboard_action(self, xmlid, name, domain):
        """The window action ``xmlid`` restricted to ``domain`` and renamed ``name``, without
        its default filters (the list must show exactly the records that were counted)."""
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        context = safe_eval(
            action.get("context") or "{}",
            {"uid": self.env.uid, "context": self.env.context, "allowed_company_ids": self.env.companies.ids},
        )
        context = {key: value for key, value in context.items() if not key.startswith("search_default_")}
        action.update(name=name, display_name=name, domain=domain, context=context, target="current")
        return action

    @api.model
    def _dashboard_tile(self, key, label, value, status, action=None, detail=None):
        return {
            "key": key,
            "label": label,
            "value": value,
            "status": status,
            "action": action,
            "detail": detail or "",
        }

    @api.model
    def _dashboard_count_status(self, count, alarm="danger"):
        return alarm if count else "success"

    @api.model
    def _dashboard_period(self, period):
        """First and last day of ``period`` (the current ones end today)."""
        today = fields.Date.context_today(self)
        quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        if period == "last_quarter":
            last_day = quarter_start - timedelta(days=1)
            return date(last_day.year, 3 * ((last_day.month - 1) // 3) + 1, 1), last_day
        if period == "year":
            return date(today.year, 1, 1), today
        return quarter_start, today

    # Sections ----------------------------------------------------------------------
    @api.model
    def _dashboard_section_kpi(self, date_from, date_to):
        """Every active KPI of the catalog over all the vendors the user can see, against
        its default target: numerators and denominators of the vendors are added up
        before the formula is applied (a pass rate of all inspections, not an average of
        the vendors' rates)."""
        Engine = self.env["labor.kpi.engine"]
        vendors = self.env["res.partner"].search([("is_outsourcing_vendor", "=", True)])
        results = Engine._compute_kpis(vendors, date_from, date_to) if vendors else {}
        known = Engine._kpi_formulas()
        period = f"{format_date(self.env, date_from)} - {format_date(self.env, date_to)}"
        status_colour = {"met": "success", "not_met": "danger", "no_data": "muted"}
        tiles = []
        for kpi in self.env["labor.kpi"].search([("active", "=", True)]):
            if kpi.code not in known:
                continue
            numerator = sum(values[kpi.code]["numerator"] for values in results.values())
            denominator = sum(values[kpi.code]["denominator"] for values in results.values())
            value = known[kpi.code][1](numerator, denominator)
            status = formulas.kpi_status(value, kpi.target, kpi.direction)
            action = None
            if vendors:
                action = Engine._kpi_drilldown_action(kpi.code, vendors, date_from, date_to)
                action["name"] = action["display_name"] = f"{kpi.name}: {period}"
            tiles.append(
                self._dashboard_tile(
                    f"kpi_{kpi.code}",
                    kpi.name,
                    kpi._format_value(value),
                    status_colour[status],
                    action,
                    self.env._("target %(target)s", target=kpi._format_value(kpi.target)),
                )
            )
        return {"key": "kpi", "title": self.env._("KPIs"), "note": period, "tiles": tiles}

    @api.model
    def _dashboard_section_grade(self):
        """Vendors by the grade of their last confirmed evaluation."""
        Partner = self.env["res.partner"]
        domain = [("is_outsourcing_vendor", "=", True), ("labor_last_grade_id", "!=", False)]
        counts = dict(Partner._read_group(domain, ["labor_last_grade_id"], ["__count"]))
        status = ("success", "success", "warning", "danger")
        tiles = []
        for index, grade in enumerate(self.env["labor.evaluation.grade"].search([("active", "=", True)])):
            count = counts.get(grade, 0)
            title = self.env._("Grade %(grade)s vendors", grade=grade.name)
            minimum = "%g" % grade.min_score
            tiles.append(
                self._dashboard_tile(
                    f"grade_{grade.id}",
                    title,
                    count,
                    status[min(index, len(status) - 1)] if count else "muted",
                    self._dashboard_action(
                        "labor_outsourcing.res_partner_action_labor_vendor",
                        title,
                        [("is_outsourcing_vendor", "=", True), ("labor_last_grade_id", "=", grade.id)],
                    ),
                    self.env._("score from %(minimum)s", minimum=minimum),
                )
            )
        return {"key": "grade", "title": self.env._("Vendors by evaluation grade"), "tiles": tiles}

    @api.model
    def _dashboard_section_expiry(self):
        """Documents, contracts and certificates expiring soon or expired, and workers who
        may not work."""
        env = self.env
        sources = [
            (
                "documents",
                "labor.vendor.document",
                "labor_outsourcing.labor_vendor_document_action",
                self.env._("Qualification documents"),
                [("state", "=", "verified")],
                [("state", "=", "expired")],
            ),
            (
                "contracts",
                "labor.contract",
                "labor_outsourcing.labor_contract_action",
                self.env._("Contracts"),
                [("state", "=", "active")],
                [("state", "=", "expired")],
            ),
            (
                "certificates",
                "labor.worker.certificate",
                "labor_outsourcing.labor_worker_certificate_action",
                self.env._("Worker certificates"),
                [("state", "=", "verified"), ("employee_id.active", "=", True)],
                [("state", "=", "expired"), ("employee_id.active", "=", True)],
            ),
        ]
        tiles = []
        for key, model, xmlid, label, live_domain, expired_domain in sources:
            if not env[model].has_access("read"):
                continue
            expiring_domain = expression.AND([live_domain, [("expiry_status", "=", "expiring")]])
            expiring = env[model].search_count(expiring_domain)
            expired = env[model].search_count(expired_domain)
            tiles.append(
                self._dashboard_tile(
                    f"{key}_expiring",
                    self.env._("%(what)s expiring soon", what=label),
                    expiring,
                    "warning" if expiring else "success",
                    self._dashboard_action(xmlid, self.env._("%(what)s expiring soon", what=label), expiring_domain),
                )
            )
            tiles.append(
                self._dashboard_tile(
                    f"{key}_expired",
                    self.env._("%(what)s expired", what=label),
                    expired,
                    self._dashboard_count_status(expired),
                    self._dashboard_action(xmlid, self.env._("%(what)s expired", what=label), expired_domain),
                )
            )
        Employee = env["hr.employee"]
        if Employee.has_access("read"):
            blocked_domain = [
                ("is_labor_worker", "=", True),
                ("labor_compliance_state", "in", ("missing", "expired", "ineligible")),
            ]
            blocked = Employee.search_count(blocked_domain)
            tiles.append(
                self._dashboard_tile(
                    "workers_blocked",
                    self.env._("Workers who may not work"),
                    blocked,
                    self._dashboard_count_status(blocked),
                    self._dashboard_action(
                        "labor_outsourcing.hr_employee_action_labor_worker",
                        self.env._("Workers who may not work"),
                        blocked_domain,
                    ),
                    self.env._("missing or expired requirements"),
                )
            )
        return {"key": "expiry", "title": self.env._("Expiry and compliance"), "tiles": tiles}

    @api.model
    def _dashboard_section_ncr(self):
        Ncr = self.env["labor.ncr"]
        if not Ncr.has_access("read"):
            return None
        open_domain = [("state", "not in", ("closed", "cancel"))]
        counts = dict(Ncr._read_group(open_domain, ["severity"], ["__count"]))
        labels = dict(Ncr._fields["severity"]._description_selection(self.env))
        status = {"minor": "warning", "major": "danger", "critical": "danger"}
        tiles = []
        for severity, label in labels.items():
            count = counts.get(severity, 0)
            title = self.env._("Open %(severity)s NCRs", severity=label.lower())
            tiles.append(
                self._dashboard_tile(
                    f"ncr_{severity}",
                    title,
                    count,
                    status[severity] if count else "success",
                    self._dashboard_action(
                        "labor_outsourcing_quality.labor_ncr_action",
                        title,
                        expression.AND([open_domain, [("severity", "=", severity)]]),
                    ),
                )
            )
        Action = self.env["labor.ncr.action"]
        if Action.has_access("read"):
            overdue_domain = [("is_overdue", "=", True)]
            overdue = Action.search_count(overdue_domain)
            tiles.append(
                self._dashboard_tile(
                    "capa_overdue",
                    self.env._("Overdue corrective actions"),
                    overdue,
                    self._dashboard_count_status(overdue),
                    self._dashboard_action(
                        "labor_outsourcing_quality.labor_ncr_action_action",
                        self.env._("Overdue corrective actions"),
                        overdue_domain,
                    ),
                )
            )
        return {"key": "ncr", "title": self.env._("Non-conformances"), "tiles": tiles}

    @api.model
    def _dashboard_section_risk(self):
        Risk = self.env["labor.risk"]
        if not Risk.has_access("read"):
            return None
        open_domain = [("state", "!=", "closed")]
        counts = dict(Risk._read_group(open_domain, ["level"], ["__count"]))
        labels = dict(Risk._fields["level"]._description_selection(self.env))
        tiles = []
        for level, status in (("high", "danger"), ("medium", "warning")):
            count = counts.get(level, 0)
            title = self.env._("Open %(level)s risks", level=labels[level].lower())
            tiles.append(
                self._dashboard_tile(
                    f"risk_{level}",
                    title,
                    count,
                    status if count else "success",
                    self._dashboard_action(
                        "labor_outsourcing_quality.labor_risk_action",
                        title,
                        expression.AND([open_domain, [("level", "=", level)]]),
                    ),
                )
            )
        top = Risk.search_read(
            expression.AND([open_domain, [("level", "=", "high")]]),
            ["display_name", "score", "vendor_id"],
            order="score desc, id",
            limit=5,
        )
        return {
            "key": "risk",
            "title": self.env._("Risks"),
            "tiles": tiles,
            "rows": [
                {
                    "id": risk["id"],
                    "model": "labor.risk",
                    "name": risk["display_name"],
                    "value": risk["score"],
                    "detail": risk["vendor_id"][1] if risk["vendor_id"] else "",
                }
                for risk in top
            ],
        }

    @api.model
    def _dashboard_section_issue(self):
        Issue = self.env["labor.issue"]
        if not Issue.has_access("read"):
            return None
        open_domain = [("state", "in", ("new", "in_progress"))]
        breached_domain = expression.AND([open_domain, [("sla_breached", "=", True)]])
        open_count = Issue.search_count(open_domain)
        breached = Issue.search_count(breached_domain)
        return {
            "key": "issue",
            "title": self.env._("Issues"),
            "tiles": [
                self._dashboard_tile(
                    "issue_open",
                    self.env._("Open issues"),
                    open_count,
                    "warning" if open_count else "success",
                    self._dashboard_action(
                        "labor_outsourcing_quality.labor_issue_action", self.env._("Open issues"), open_domain
                    ),
                ),
                self._dashboard_tile(
                    "issue_breached",
                    self.env._("Issues past their SLA"),
                    breached,
                    self._dashboard_count_status(breached),
                    self._dashboard_action(
                        "labor_outsourcing_quality.labor_issue_action",
                        self.env._("Issues past their SLA"),
                        breached_domain,
                    ),
                ),
            ],
        }
