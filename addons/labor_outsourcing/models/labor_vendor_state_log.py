# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

from .res_partner import VENDOR_STATES


class LaborVendorStateLog(models.Model):
    """One status change of an outsourcing vendor, with who, when and why (read-only)."""

    _name = "labor.vendor.state.log"
    _description = "Vendor Status Change"
    _order = "date desc, id desc"

    vendor_id = fields.Many2one("res.partner", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="vendor_id.company_id", store=True)
    old_state = fields.Selection(VENDOR_STATES, string="From")
    new_state = fields.Selection(VENDOR_STATES, string="To", required=True)
    reason = fields.Text(required=True)
    user_id = fields.Many2one("res.users", default=lambda self: self.env.user, required=True)
    date = fields.Datetime(default=fields.Datetime.now, required=True)
