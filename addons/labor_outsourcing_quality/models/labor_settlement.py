# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class LaborSettlement(models.Model):
    _inherit = "labor.settlement"

    @api.model
    def _labor_settlement_sources(self):
        """Also deduct the confirmed penalties of the contract's non-conformances."""
        return super()._labor_settlement_sources() + ["labor.ncr"]
