# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import http
from odoo.http import request

from .portal import LaborPortal

# Supplementary agreements the vendor sees: submitted or applied (drafts are internal).
VISIBLE_AMENDMENT_STATES = ("to_approve", "approved")


class LaborContractPortal(LaborPortal):
    """Contracts: list and detail (terms, rate card, headcount plan, KPI targets, penalty
    rules, clauses, supplementary agreements, approval progress) and the signed copy."""

    def _labor_home_counters(self):
        return {**super()._labor_home_counters(), "labor_contract_count": ("labor.contract", [])}

    @http.route(["/my/labor/contracts", "/my/labor/contracts/page/<int:page>"], type="http", auth="user", website=True)
    def portal_my_labor_contracts(self, page=1, **kw):
        return self._labor_render_list(
            model="labor.contract",
            template="labor_outsourcing.portal_my_labor_contracts",
            url="/my/labor/contracts",
            title=request.env._("Contracts"),
            history="my_labor_contracts_history",
            sortings={
                "date": {"label": request.env._("Newest"), "order": "date_start desc, id desc"},
                "end": {"label": request.env._("End Date"), "order": "date_end asc, id desc"},
                "name": {"label": request.env._("Number"), "order": "name asc, id asc"},
            },
            filters={
                "all": {"label": request.env._("All"), "domain": []},
                "active": {"label": request.env._("Active"), "domain": [("state", "=", "active")]},
                "upcoming": {
                    "label": request.env._("Under Approval or Approved"),
                    "domain": [("state", "in", ("to_approve", "approved"))],
                },
                "ended": {
                    "label": request.env._("Ended"),
                    "domain": [("state", "in", ("expired", "terminated", "renewed"))],
                },
            },
            search_inputs={
                "name": {
                    "input": "name",
                    "label": request.env._("Search in Number and Title"),
                    "fields": ["name", "title"],
                },
            },
            page=page,
            **self._labor_url_args(kw),
        )

    @http.route("/my/labor/contracts/<int:contract_id>", type="http", auth="public", website=True)
    def portal_my_labor_contract(self, contract_id, access_token=None, **kw):
        contract = self._labor_check_document("labor.contract", contract_id, access_token)
        return self._labor_render_detail(
            contract,
            "labor_outsourcing.portal_my_labor_contract",
            breadcrumbs=[(request.env._("Contracts"), "/my/labor/contracts"), (contract.name, None)],
            history="my_labor_contracts_history",
            access_token=access_token,
            values={
                "contract": contract,
                "amendments": contract.amendment_ids.filtered(lambda a: a.state in VISIBLE_AMENDMENT_STATES),
                "reviews": contract.review_ids.sorted("sequence") if contract.state == "to_approve" else [],
            },
            **self._labor_url_args(kw),
        )

    @http.route("/my/labor/contracts/<int:contract_id>/signed", type="http", auth="public", website=True)
    def portal_my_labor_contract_signed(self, contract_id, access_token=None, **_kw):
        """The signed copy of the contract attached by the back office."""
        contract = self._labor_check_document("labor.contract", contract_id, access_token)
        return self._labor_stream_binary(contract, "signed_attachment", "signed_attachment_name")
