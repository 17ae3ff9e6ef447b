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
                # sudo: the creator may not be allowed in that company's environment
                Sequence = self.env["ir.sequence"].sudo().with_company(self._labor_sequence_company(vals))
                vals[field] = Sequence.next_by_code(self._name) or "/"
        return super().create(vals_list)

    @api.model
    def _labor_sequence_company(self, vals):
        """The company of the document being created, whose sequence numbers it (a
        company-specific sequence wins over a shared one), not the user's current company:
        its ``company_id``, else the company of the record its ``company_id`` is related to
        (a settlement's contract), else the current company."""
        field = self._fields.get("company_id")
        if field is None:
            return self.env.company
        if vals.get("company_id"):
            return self.env["res.company"].browse(vals["company_id"])
        path = (field.related or "").split(".") if isinstance(field.related, str) else list(field.related or ())
        if len(path) == 2 and vals.get(path[0]) and path[0] in self._fields:
            parent = self.env[self._fields[path[0]].comodel_name].browse(vals[path[0]])
            if "company_id" in parent._fields and parent.sudo().company_id:
                return parent.sudo().company_id
        return self.env.company
