# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

from ..models.res_partner import VENDOR_STATES


class LaborVendorStateWizard(models.TransientModel):
    _name = "labor.vendor.state.wizard"
    _description = "Change Vendor Status"

    vendor_ids = fields.Many2many("res.partner", string="Vendors", required=True)
    new_state = fields.Selection(VENDOR_STATES, string="New Status", required=True)
    reason = fields.Text(required=True)

    def action_apply(self):
        self.ensure_one()
        self.vendor_ids._labor_set_vendor_state(self.new_state, self.reason)
        return {"type": "ir.actions.act_window_close"}
