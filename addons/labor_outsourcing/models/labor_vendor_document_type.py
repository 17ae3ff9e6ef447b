# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class LaborVendorDocumentType(models.Model):
    """Kind of qualification document an outsourcing vendor provides."""

    _name = "labor.vendor.document.type"
    _description = "Vendor Qualification Document Type"
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    required = fields.Boolean(
        help="Every outsourcing vendor must have a verified, unexpired document of this type to be compliant."
    )
    expiry_required = fields.Boolean(
        help="Documents of this type must have an expiry date.",
    )
    is_iso9001 = fields.Boolean(
        string="ISO 9001 Certificate",
        help="A verified, unexpired document of this type makes the vendor ISO 9001 certified.",
    )
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique (code)", "A document type with this code already exists."),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        types = super().create(vals_list)
        if types.filtered(lambda t: t.required):
            self.env["res.partner"]._labor_recompute_compliance()
        return types

    def write(self, vals):
        result = super().write(vals)
        if {"required", "active"} & set(vals):
            # the vendors' stored document compliance depends on which types are required
            self.env["res.partner"]._labor_recompute_compliance()
        return result
