# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import http
from odoo.http import request

from .portal import LaborPortal


class LaborSettlementPortal(LaborPortal):
    """Settlements: the vendor's computed, confirmed and cancelled settlements with their
    lines, deductions and amounts (drafts, notes and timesheets stay internal)."""

    def _labor_home_counters(self):
        return {**super()._labor_home_counters(), "labor_settlement_count": ("labor.settlement", [])}

    @http.route(
        ["/my/labor/settlements", "/my/labor/settlements/page/<int:page>"], type="http", auth="user", website=True
    )
    def portal_my_labor_settlements(self, page=1, **kw):
        return self._labor_render_list(
            model="labor.settlement",
            template="labor_outsourcing.portal_my_labor_settlements",
            url="/my/labor/settlements",
            title=request.env._("Settlements"),
            history="my_labor_settlements_history",
            sortings={
                "date": {"label": request.env._("Newest"), "order": "date_from desc, id desc"},
                "name": {"label": request.env._("Number"), "order": "name desc, id desc"},
                "amount": {"label": request.env._("Total"), "order": "amount_total desc, id desc"},
            },
            filters={
                "all": {"label": request.env._("All"), "domain": []},
                "computed": {"label": request.env._("To Confirm"), "domain": [("state", "=", "computed")]},
                "confirmed": {"label": request.env._("Confirmed"), "domain": [("state", "=", "confirmed")]},
                "cancel": {"label": request.env._("Cancelled"), "domain": [("state", "=", "cancel")]},
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

    @http.route("/my/labor/settlements/<int:settlement_id>", type="http", auth="public", website=True)
    def portal_my_labor_settlement(self, settlement_id, access_token=None, **kw):
        settlement = self._labor_check_document("labor.settlement", settlement_id, access_token)
        return self._labor_render_detail(
            settlement,
            "labor_outsourcing.portal_my_labor_settlement",
            breadcrumbs=[(request.env._("Settlements"), "/my/labor/settlements"), (settlement.name, None)],
            history="my_labor_settlements_history",
            access_token=access_token,
            values={"settlement": settlement},
            **self._labor_url_args(kw),
        )
