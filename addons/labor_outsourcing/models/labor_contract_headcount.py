# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LaborContractHeadcount(models.Model):
    """Planned headcount of a job type (and site) under a contract or an amendment."""

    _name = "labor.contract.headcount"
    _inherit = ["labor.contract.term.line"]
    _description = "Contract Headcount Plan"
    _order = "job_product_id, site_id, id"
    _check_company_auto = True

    contract_id = fields.Many2one("labor.contract", ondelete="cascade", index=True)
    amendment_id = fields.Many2one("labor.contract.amendment", ondelete="cascade", index=True)
    job_product_id = fields.Many2one(
        "product.product", string="Job Type", required=True, domain="[('type', '=', 'service')]"
    )
    company_id = fields.Many2one("res.company", compute="_compute_company_id", store=True, index=True)
    site_id = fields.Many2one("labor.work.site", check_company=True)
    quantity = fields.Integer(string="Headcount", required=True, default=1)

    @api.depends("contract_id.company_id", "amendment_id.contract_id.company_id")
    def _compute_company_id(self):
        for line in self:
            line.company_id = (line.contract_id or line.amendment_id.contract_id).company_id

    @api.constrains("quantity", "contract_id", "amendment_id")
    def _check_quantity(self):
        for line in self:
            if line.quantity <= 0:
                raise ValidationError(
                    self.env._("The headcount of %(job)s must be positive.", job=line.job_product_id.display_name)
                )
            if bool(line.contract_id) == bool(line.amendment_id):
                raise ValidationError(self.env._("A headcount line belongs to a contract or to an amendment."))
