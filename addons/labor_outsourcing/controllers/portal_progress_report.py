# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, http
from odoo.http import request

from ..models.labor_progress_report import (
    EDITABLE_STATES,
    MONTHLY_FIELDS,
    PROGRESS_STATUSES,
    REPORTABLE_CONTRACT_STATES,
    WEEKLY_FIELDS,
)
from ..tools import progress_period
from .portal import LaborFormError, LaborPortal

FORM_TEMPLATE = "labor_outsourcing.portal_my_labor_report_form"
TEXT_SIZE = 5000


class LaborProgressReportPortal(LaborPortal):
    """Progress reports: the vendor writes weekly and monthly reports per contract, saves
    them as drafts, submits them, and reads the reviewers' feedback; a returned report is
    corrected and submitted again."""

    def _labor_home_counters(self):
        return {**super()._labor_home_counters(), "labor_report_count": ("labor.progress.report", [])}

    @http.route(["/my/labor/reports", "/my/labor/reports/page/<int:page>"], type="http", auth="user", website=True)
    def portal_my_labor_reports(self, page=1, **kw):
        return self._labor_render_list(
            model="labor.progress.report",
            template="labor_outsourcing.portal_my_labor_reports",
            url="/my/labor/reports",
            title=request.env._("Progress Reports"),
            history="my_labor_reports_history",
            sortings={
                "date": {"label": request.env._("Newest"), "order": "date_from desc, id desc"},
                "contract": {"label": request.env._("Contract"), "order": "contract_id, date_from desc, id desc"},
            },
            filters={
                "all": {"label": request.env._("All"), "domain": []},
                "to_do": {"label": request.env._("Draft or Returned"), "domain": [("state", "in", EDITABLE_STATES)]},
                "in_review": {
                    "label": request.env._("In Review"),
                    "domain": [("state", "in", ("submitted", "pm_reviewed"))],
                },
                "approved": {"label": request.env._("Approved"), "domain": [("state", "=", "approved")]},
                "weekly": {"label": request.env._("Weekly"), "domain": [("period_type", "=", "weekly")]},
                "monthly": {"label": request.env._("Monthly"), "domain": [("period_type", "=", "monthly")]},
            },
            search_inputs={
                "name": {"input": "name", "label": request.env._("Search in Number"), "fields": ["name"]},
                "contract": {
                    "input": "contract",
                    "label": request.env._("Search in Contract"),
                    "fields": ["contract_id.name", "contract_id.title"],
                },
            },
            page=page,
            **self._labor_url_args(kw),
        )

    def _labor_report_breadcrumbs(self, report, last=None):
        crumbs = [(request.env._("Progress Reports"), "/my/labor/reports")]
        if report:
            crumbs.append((report.name, report.access_url if last else None))
        if last:
            crumbs.append((last, None))
        return crumbs

    @http.route("/my/labor/reports/<int:report_id>", type="http", auth="public", website=True)
    def portal_my_labor_report(self, report_id, access_token=None, **kw):
        report = self._labor_check_document("labor.progress.report", report_id, access_token)
        return self._labor_render_detail(
            report,
            "labor_outsourcing.portal_my_labor_report",
            breadcrumbs=self._labor_report_breadcrumbs(report),
            history="my_labor_reports_history",
            access_token=access_token,
            values=self._labor_report_values(report, saved=kw.get("saved")),
            **self._labor_url_args(kw),
        )

    def _labor_report_values(self, report, saved=None):
        return {
            "report": report,
            "saved": saved,
            "can_edit": report.state in EDITABLE_STATES and report.vendor_id == self._labor_vendor(),
        }

    # Writing ------------------------------------------------------------------------------
    def _labor_report_form_values(self, vendor, report=None):
        contracts = (
            request.env["labor.contract"]
            .sudo()
            .search(
                [("vendor_id", "=", vendor.id), ("state", "in", REPORTABLE_CONTRACT_STATES)],
                order="date_start desc, id desc",
            )
        )
        return {
            "page_name": "labor_report_form",
            "labor_breadcrumbs": self._labor_report_breadcrumbs(
                report, request.env._("Edit") if report else request.env._("New Report")
            ),
            "report": report,
            "contracts": contracts,
            "statuses": PROGRESS_STATUSES,
            "report_model": request.env["labor.progress.report"],
            "weekly_fields": WEEKLY_FIELDS,
            "monthly_fields": MONTHLY_FIELDS,
        }

    @http.route("/my/labor/reports/new", type="http", auth="user", website=True, methods=["GET"])
    def portal_my_labor_report_new(self, period_type="weekly", contract_id=None, **_kw):
        vendor = self._labor_require_vendor()
        period_type = period_type if period_type in ("weekly", "monthly") else "weekly"
        date_from, date_to = progress_period.default_period(period_type, fields.Date.context_today(request.env.user))
        post = {"period_type": period_type, "date_from": str(date_from), "date_to": str(date_to)}
        if contract_id:
            post["contract_id"] = contract_id
        return self._labor_render_form(FORM_TEMPLATE, self._labor_report_form_values(vendor), post)

    @http.route("/my/labor/reports/new", type="http", auth="user", website=True, methods=["POST"])
    def portal_my_labor_report_create(self, **post):
        vendor = self._labor_require_vendor()
        values = self._labor_report_form_values(vendor)
        try:
            vals = self._labor_report_vals(post, values["contracts"])
            with self._labor_saving():
                report = request.env["labor.progress.report"].sudo().create(dict(vals, vendor_id=vendor.id))
                if post.get("action") == "submit":
                    report.action_submit()
        except LaborFormError as error:
            return self._labor_render_form(FORM_TEMPLATE, values, post, error.errors)
        return request.redirect(f"{report.access_url}?saved={post.get('action') or 'draft'}")

    def _labor_editable_report(self, report_id):
        report = self._labor_check_document("labor.progress.report", report_id)
        self._labor_require_vendor()
        return report

    @http.route("/my/labor/reports/<int:report_id>/edit", type="http", auth="user", website=True, methods=["GET"])
    def portal_my_labor_report_edit(self, report_id, **_kw):
        report = self._labor_editable_report(report_id)
        if report.state not in EDITABLE_STATES:
            return request.redirect(report.access_url)
        post = {
            "contract_id": str(report.contract_id.id),
            "period_type": report.period_type,
            "date_from": str(report.date_from),
            "date_to": str(report.date_to),
            **{name: report[name] or "" for name in (*WEEKLY_FIELDS, *MONTHLY_FIELDS)},
        }
        return self._labor_render_form(FORM_TEMPLATE, self._labor_report_form_values(report.vendor_id, report), post)

    @http.route("/my/labor/reports/<int:report_id>/edit", type="http", auth="user", website=True, methods=["POST"])
    def portal_my_labor_report_save(self, report_id, **post):
        report = self._labor_editable_report(report_id)
        values = self._labor_report_form_values(report.vendor_id, report)
        try:
            if report.state not in EDITABLE_STATES:
                raise LaborFormError(
                    {"": request.env._("%(report)s is submitted: it can no longer be changed.", report=report.name)}
                )
            vals = self._labor_report_vals(post, values["contracts"])
            with self._labor_saving():
                report.write(vals)
                if post.get("action") == "submit":
                    report.action_submit()
        except LaborFormError as error:
            return self._labor_render_form(FORM_TEMPLATE, values, post, error.errors)
        return request.redirect(f"{report.access_url}?saved={post.get('action') or 'draft'}")

    @http.route("/my/labor/reports/<int:report_id>/submit", type="http", auth="user", website=True, methods=["POST"])
    def portal_my_labor_report_submit(self, report_id, **post):
        report = self._labor_editable_report(report_id)
        try:
            with self._labor_saving():
                report.action_submit()
        except LaborFormError as error:
            values = {
                **self._labor_report_values(report),
                "labor_breadcrumbs": self._labor_report_breadcrumbs(report),
                "object": report,
            }
            return self._labor_render_form("labor_outsourcing.portal_my_labor_report", values, post, error.errors)
        return request.redirect(f"{report.access_url}?saved=submit")

    def _labor_report_vals(self, post, contracts):
        errors = {}
        contract = self._labor_parse_record(post, "contract_id", contracts, errors, request.env._("Contract"))
        period_type = post.get("period_type")
        if period_type not in ("weekly", "monthly"):
            errors["period_type"] = request.env._("Choose a weekly or a monthly report.")
        date_from = self._labor_parse_date(post, "date_from", errors, request.env._("From"), required=True)
        date_to = self._labor_parse_date(post, "date_to", errors, request.env._("To"), required=True)
        if date_from and date_to and period_type in ("weekly", "monthly"):
            problem = progress_period.period_problem(period_type, date_from, date_to)
            messages = {
                "reversed": request.env._("The period ends before it starts."),
                "week_too_long": request.env._("A weekly report covers at most 7 days."),
                "not_one_month": request.env._("A monthly report covers days of a single calendar month."),
            }
            if problem:
                errors["date_to"] = messages[problem]
            elif contract and (date_from < contract.date_start or date_to > contract.date_end):
                errors["date_from"] = request.env._(
                    "The period must be within the contract, from %(start)s to %(end)s.",
                    start=contract.date_start,
                    end=contract.date_end,
                )
        names = WEEKLY_FIELDS if period_type == "weekly" else MONTHLY_FIELDS
        labels = request.env["labor.progress.report"]._fields
        vals = dict.fromkeys((*WEEKLY_FIELDS, *MONTHLY_FIELDS), False)
        for name in names:
            if name == "progress_status":
                status = post.get(name) or False
                if status and status not in dict(PROGRESS_STATUSES):
                    errors[name] = request.env._("Choose a status in the list.")
                vals[name] = status if status in dict(PROGRESS_STATUSES) else False
            else:
                label = labels[name].get_description(request.env)["string"]
                vals[name] = self._labor_parse_text(post, name, errors, label, size=TEXT_SIZE)
        if errors:
            raise LaborFormError(errors)
        return dict(vals, contract_id=contract.id, period_type=period_type, date_from=date_from, date_to=date_to)
