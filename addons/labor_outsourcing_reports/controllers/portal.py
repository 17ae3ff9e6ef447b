# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The vendor portal's evaluation pages: the vendor's confirmed evaluations, their
scorecard and the PDF report."""

from odoo import http
from odoo.http import request

from odoo.addons.labor_outsourcing.controllers.portal import LaborPortal

REPORT_REF = "labor_outsourcing_reports.action_report_vendor_evaluation"


class LaborEvaluationPortal(LaborPortal):
    def _labor_home_counters(self):
        # the portal record rule shows the vendor its confirmed evaluations only
        return {**super()._labor_home_counters(), "labor_evaluation_count": ("labor.vendor.evaluation", [])}

    @http.route(
        ["/my/labor/evaluations", "/my/labor/evaluations/page/<int:page>"], type="http", auth="user", website=True
    )
    def portal_my_labor_evaluations(self, page=1, **kw):
        return self._labor_render_list(
            model="labor.vendor.evaluation",
            template="labor_outsourcing_reports.portal_my_labor_evaluations",
            url="/my/labor/evaluations",
            title=request.env._("Evaluations"),
            history="my_labor_evaluations_history",
            sortings={
                "date": {"label": request.env._("Newest"), "order": "date_to desc, id desc"},
                "score": {"label": request.env._("Score"), "order": "total_score desc, date_to desc, id desc"},
            },
            domain=[("state", "=", "confirmed")],
            page=page,
            **self._labor_url_args(kw),
        )

    @http.route("/my/labor/evaluations/<int:evaluation_id>", type="http", auth="public", website=True)
    def portal_my_labor_evaluation(self, evaluation_id, access_token=None, report_type=None, download=False, **kw):
        evaluation = self._labor_check_document("labor.vendor.evaluation", evaluation_id, access_token)
        if evaluation.state != "confirmed":
            # a shared link of an evaluation that was not confirmed (yet) shows nothing
            raise request.not_found()
        if report_type in ("html", "pdf", "text"):
            return self._show_report(evaluation, report_type, REPORT_REF, download=download)
        return self._labor_render_detail(
            evaluation,
            "labor_outsourcing_reports.portal_my_labor_evaluation",
            breadcrumbs=[(request.env._("Evaluations"), "/my/labor/evaluations"), (evaluation.name, None)],
            history="my_labor_evaluations_history",
            access_token=access_token,
            values={"evaluation": evaluation},
            **self._labor_url_args(kw),
        )
