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
        lines._check_terms_editable()
        return lines

    def write(self, vals):
        self._check_terms_editable()
        result = super().write(vals)
        if {"contract_id", "amendment_id"} & set(vals):
            self._check_terms_editable()  # nor moved onto a locked contract or agreement
        return result

    def unlink(self):
        self._check_terms_editable()
        return super().unlink()

    def _check_terms_editable(self):
        self.contract_id._check_terms_editable()
        if "amendment_id" in self._fields:
            self.amendment_id._check_lines_editable()
