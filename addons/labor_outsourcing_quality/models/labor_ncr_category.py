# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborNcrCategory(models.Model):
    """Classification of a non-conformance (ISO 9001 8.7: record and classify)."""

    _name = "labor.ncr.category"
    _description = "Non-Conformance Category"
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique (code)", "A non-conformance category with this code already exists."),
    ]
