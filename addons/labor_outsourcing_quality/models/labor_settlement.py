# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class LaborSettlement(models.Model):
    _inherit = "labor.settlement"

    def _labor_automatic_deductions(self):
        """Also deduct the confirmed penalties of the contract's non-conformances."""
        return super()._labor_automatic_deductions() + self.env["labor.ncr"]._labor_settlement_deductions(self)
