# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class LaborContractTermLine(models.AbstractModel):
    """Lines that are commercial terms of a contract (rates, headcount, penalties): they
    follow the contract's lock once it is approved."""

    _name = "labor.contract.term.line"
    _description = "Contract Term Line"

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.contract_id._check_terms_editable()
        return lines

    def write(self, vals):
        self.contract_id._check_terms_editable()
        return super().write(vals)

    def unlink(self):
        self.contract_id._check_terms_editable()
        return super().unlink()
