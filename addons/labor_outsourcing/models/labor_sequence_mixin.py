# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class LaborSequenceMixin(models.AbstractModel):
    """Documents numbered on creation by the ``ir.sequence`` whose code is the model's name,
    in the field ``_labor_sequence_field`` (left as given unless it is empty or "New")."""

    _name = "labor.sequence.mixin"
    _description = "Outsourcing Numbered Document"
    _labor_sequence_field = "name"

    @api.model_create_multi
    def create(self, vals_list):
        field, new = self._labor_sequence_field, self.env._("New")
        for vals in vals_list:
            if vals.get(field, new) == new:
                vals[field] = self.env["ir.sequence"].next_by_code(self._name) or "/"
        return super().create(vals_list)
