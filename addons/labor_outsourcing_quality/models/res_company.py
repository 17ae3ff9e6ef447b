# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools import risk


class ResCompany(models.Model):
    _inherit = "res.company"

    labor_risk_low_max = fields.Integer(
        string="Low Risk up to", default=risk.DEFAULT_LOW_MAX, help="Risk scores up to this value are low."
    )
    labor_risk_high_min = fields.Integer(
        string="High Risk from", default=risk.DEFAULT_HIGH_MIN, help="Risk scores from this value are high."
    )

    @api.constrains("labor_risk_low_max", "labor_risk_high_min")
    def _check_labor_risk_thresholds(self):
        for company in self:
            try:
                risk.check_thresholds(company.labor_risk_low_max, company.labor_risk_high_min)
            except ValueError as error:
                raise ValidationError(self.env._("Risk levels need 1 <= low up to < high from <= 25.")) from error

    def _labor_risk_thresholds(self):
        """``(low_max, high_min)`` of the company (defaults when unset)."""
        self.ensure_one()
        return (self.labor_risk_low_max or risk.DEFAULT_LOW_MAX, self.labor_risk_high_min or risk.DEFAULT_HIGH_MIN)
