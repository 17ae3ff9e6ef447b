# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class LaborContractSummaryReport(models.AbstractModel):
    """Contract summary PDF: the contracts are checked readable by the printing user
    before anything renders (a clear access error instead of a template error)."""

    _name = "report.labor_outsourcing_reports.report_contract_summary"
    _description = "Contract Summary"

    @api.model
    def _get_report_values(self, docids, data=None):
        contracts = self.env["labor.contract"].browse(docids)
        contracts.check_access("read")
        return {
            "doc_ids": docids,
            "doc_model": "labor.contract",
            "docs": contracts,
            "data": data,
        }
