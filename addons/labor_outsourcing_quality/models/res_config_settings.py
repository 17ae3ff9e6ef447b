# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    labor_risk_low_max = fields.Integer(related="company_id.labor_risk_low_max", readonly=False)
    labor_risk_high_min = fields.Integer(related="company_id.labor_risk_high_min", readonly=False)
