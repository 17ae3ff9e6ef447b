# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

SHIFTS = [("any", "Any Shift"), ("day", "Day Shift"), ("night", "Night Shift")]
RATE_UNITS = [("hour", "Per Hour"), ("day", "Per Day"), ("month", "Per Month")]


class LaborContractRate(models.Model):
    """Rate card line: job type x site x shift -> price per hour, day or month. Belongs to
    a contract, or to a supplementary agreement that proposes new rates."""

    _name = "labor.contract.rate"
    _inherit = ["labor.contract.term.line"]
    _description = "Contract Rate"
    _order = "job_product_id, site_id, shift, id"
    _check_company_auto = True

    contract_id = fields.Many2one("labor.contract", ondelete="cascade", index=True)
    amendment_id = fields.Many2one("labor.contract.amendment", ondelete="cascade", index=True)
    company_id = fields.Many2one("res.company", compute="_compute_company_id", store=True)
    currency_id = fields.Many2one("res.currency", compute="_compute_company_id", store=True)
    job_product_id = fields.Many2one(
        "product.product",
        string="Job Type",
        required=True,
        domain="[('type', '=', 'service'), ('purchase_ok', '=', True)]",
        help="Service product used on the purchase orders of the settlements.",
    )
    site_id = fields.Many2one("labor.work.site", check_company=True, help="Leave empty for all sites of the contract.")
    shift = fields.Selection(SHIFTS, default="any", required=True)
    unit = fields.Selection(RATE_UNITS, default="hour", required=True)
    price = fields.Monetary(required=True, currency_field="currency_id")

    @api.depends("contract_id.company_id", "contract_id.currency_id", "amendment_id.contract_id")
    def _compute_company_id(self):
        for rate in self:
            contract = rate.contract_id or rate.amendment_id.contract_id
            rate.company_id = contract.company_id
            rate.currency_id = contract.currency_id

    @api.constrains("price", "contract_id", "amendment_id", "job_product_id", "site_id", "shift")
    def _check_rate(self):
        for rate in self:
            if rate.price <= 0:
                raise ValidationError(
                    self.env._("The rate of %(job)s must be positive.", job=rate.job_product_id.display_name)
                )
            if bool(rate.contract_id) == bool(rate.amendment_id):
                raise ValidationError(self.env._("A rate belongs to a contract or to an amendment."))
            siblings = (rate.contract_id or rate.amendment_id).rate_ids - rate
            if siblings.filtered(
                lambda r, x=rate: (r.job_product_id, r.site_id, r.shift) == (x.job_product_id, x.site_id, x.shift)
            ):
                raise ValidationError(
                    self.env._(
                        "%(job)s has two rates for the same site and shift.",
                        job=rate.job_product_id.display_name,
                    )
                )

    def _key(self):
        self.ensure_one()
        return (self.job_product_id.id, self.site_id.id, self.shift)
