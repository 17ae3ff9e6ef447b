# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResPartner(models.Model):
    _inherit = "res.partner"

    is_outsourcing_vendor = fields.Boolean(
        string="Outsourcing Vendor",
        tracking=True,
        help="This company supplies outsourced labor (劳务外包供应商).",
    )
    outsourcing_service_type_ids = fields.Many2many(
        "labor.service.type",
        "labor_service_type_partner_rel",
        "partner_id",
        "service_type_id",
        string="Services Offered",
    )

    @api.constrains("is_outsourcing_vendor", "is_company")
    def _check_outsourcing_vendor_is_company(self):
        for partner in self:
            if partner.is_outsourcing_vendor and not partner.is_company:
                raise ValidationError(
                    self.env._(
                        "%(name)s is an individual: only companies can be outsourcing vendors.",
                        name=partner.display_name,
                    )
                )
