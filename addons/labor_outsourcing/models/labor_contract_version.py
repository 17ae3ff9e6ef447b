# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborContractVersion(models.Model):
    """The terms of a contract as they were before a supplementary agreement changed them."""

    _name = "labor.contract.version"
    _description = "Contract Version"
    _order = "contract_id, version desc"

    contract_id = fields.Many2one("labor.contract", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="contract_id.company_id", store=True)
    version = fields.Integer(required=True)
    amendment_id = fields.Many2one("labor.contract.amendment", string="Replaced By", readonly=True)
    date = fields.Datetime(default=fields.Datetime.now, required=True)
    terms_html = fields.Html(string="Terms", sanitize_attributes=False, readonly=True)
