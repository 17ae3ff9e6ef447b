# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborVendorDocumentRejectWizard(models.TransientModel):
    _name = "labor.vendor.document.reject.wizard"
    _description = "Reject Qualification Document"

    document_ids = fields.Many2many("labor.vendor.document", required=True)
    reason = fields.Text(required=True)

    def action_reject(self):
        self.ensure_one()
        self.document_ids.write({"state": "rejected", "rejection_reason": self.reason})
        return {"type": "ir.actions.act_window_close"}
