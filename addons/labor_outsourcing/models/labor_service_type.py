# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborServiceType(models.Model):
    """Kind of service an outsourcing agency provides (cleaning, security, assembly...).

    Used to tag vendors with what they offer and contracts with what they cover.
    """

    _name = "labor.service.type"
    _description = "Outsourced Service Type"
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(help="Short code used in reports and exports.")
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    color = fields.Integer()
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_uniq", "unique (name)", "A service type with this name already exists."),
        ("code_uniq", "unique (code)", "A service type with this code already exists."),
    ]
