# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import http
from odoo.http import request

from .portal import LaborFormError, LaborPortal

WORKER_TEMPLATE = "labor_outsourcing.portal_my_labor_worker"


class LaborWorkerPortal(LaborPortal):
    """Workers: the vendor's roster with compliance status, each worker's assignment,
    compliance issues and certificates, and the report of his departure. The ID number,
    private data, background check and supervisor's notes are not shown."""

    def _labor_home_counters(self):
        # the portal rule limits employees to the vendor's outsourced workers
        return {**super()._labor_home_counters(), "labor_worker_count": ("hr.employee", [])}

    @http.route(["/my/labor/workers", "/my/labor/workers/page/<int:page>"], type="http", auth="user", website=True)
    def portal_my_labor_workers(self, page=1, **kw):
        return self._labor_render_list(
            model="hr.employee",
            template="labor_outsourcing.portal_my_labor_workers",
            url="/my/labor/workers",
            title=request.env._("Workers"),
            history="my_labor_workers_history",
            vendor_field="labor_vendor_id",
            domain=[("is_labor_worker", "=", True)],
            sortings={
                "name": {"label": request.env._("Name"), "order": "name asc, id asc"},
                "start": {"label": request.env._("Assignment Start"), "order": "labor_assignment_start desc, id desc"},
            },
            filters={
                "current": {"label": request.env._("Current Workers"), "domain": []},
                "compliant": {
                    "label": request.env._("Compliant"),
                    "domain": [("labor_compliance_state", "=", "compliant")],
                },
                "not_compliant": {
                    "label": request.env._("Not Compliant"),
                    "domain": [("labor_compliance_state", "not in", ("compliant", False))],
                },
                "leaving": {
                    "label": request.env._("Departure Reported"),
                    "domain": [("labor_departure_date", "!=", False)],
                },
                "departed": {"label": request.env._("Departed"), "domain": [("active", "=", False)]},
            },
            search_inputs={
                "name": {"input": "name", "label": request.env._("Search in Name"), "fields": ["name"]},
                "job": {
                    "input": "job",
                    "label": request.env._("Search in Job Type"),
                    "fields": ["labor_job_product_id.name"],
                },
            },
            page=page,
            **self._labor_url_args(kw),
        )

    def _labor_worker_values(self, worker):
        results = worker._labor_compliance_results().get(worker.id, ([], False))
        return {
            "page_name": "labor_worker",
            "worker": worker,
            "compliance_reasons": (worker.labor_compliance_reasons or "").splitlines(),
            "is_exempt": results[1],
            "certificates": worker.labor_certificate_ids,
            "can_report_departure": worker.active and not worker.labor_exit_date and not worker.labor_departure_date,
        }

    def _labor_worker_breadcrumbs(self, worker):
        return [(request.env._("Workers"), "/my/labor/workers"), (worker.name, None)]

    @http.route("/my/labor/workers/<int:worker_id>", type="http", auth="user", website=True)
    def portal_my_labor_worker(self, worker_id, **kw):
        worker = self._labor_check_document("hr.employee", worker_id, vendor_field="labor_vendor_id")
        return self._labor_render_detail(
            worker,
            WORKER_TEMPLATE,
            breadcrumbs=self._labor_worker_breadcrumbs(worker),
            history="my_labor_workers_history",
            values={**self._labor_worker_values(worker), "departure_reported": bool(kw.get("reported"))},
        )

    @http.route("/my/labor/workers/<int:worker_id>/departure", type="http", auth="user", website=True, methods=["POST"])
    def portal_my_labor_worker_departure(self, worker_id, **post):
        """The vendor reports the worker's departure: HR off-boards him."""
        self._labor_require_vendor()
        worker = self._labor_check_document("hr.employee", worker_id, vendor_field="labor_vendor_id")
        try:
            errors = {}
            departure = self._labor_parse_date(
                post, "departure_date", errors, request.env._("Departure date"), required=True
            )
            reason = self._labor_parse_text(
                post, "departure_reason", errors, request.env._("Reason"), required=True, size=2000
            )
            if errors:
                raise LaborFormError(errors)
            with self._labor_saving():
                worker._labor_report_departure(departure, reason)
        except LaborFormError as error:
            values = {
                **self._labor_worker_values(worker),
                "labor_breadcrumbs": self._labor_worker_breadcrumbs(worker),
                "object": worker,
            }
            return self._labor_render_form(WORKER_TEMPLATE, values, post, error.errors)
        return request.redirect(f"/my/labor/workers/{worker.id}?reported=1")
