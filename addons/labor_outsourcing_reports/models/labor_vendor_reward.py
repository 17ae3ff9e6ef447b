# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LaborVendorReward(models.Model):
    """A reward granted to a vendor, e.g. for an A grade in a periodic evaluation
    (preferred status, bonus, larger share of the next requirement). A bonus is paid by the
    first settlement of the vendor's contracts in the company whose period holds its date."""

    _name = "labor.vendor.reward"
    _description = "Vendor Reward"
    _inherit = ["mail.thread", "labor.sequence.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Number", required=True, readonly=True, copy=False, default=lambda self: self.env._("New")
    )
    vendor_id = fields.Many2one(
        "res.partner", required=True, index=True, tracking=True, domain="[('is_outsourcing_vendor', '=', True)]"
    )
    evaluation_id = fields.Many2one(
        "labor.vendor.evaluation", index="btree_not_null", check_company=True, tracking=True
    )
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    description = fields.Text(required=True, tracking=True)
    amount = fields.Monetary(currency_field="currency_id", tracking=True, help="Optional bonus.")
    active = fields.Boolean(default=True)

    # Source of settlements (labor.settlement._labor_settlement_sources) ---------------------
    @api.model
    def _labor_settlement_source_domain(self, settlement):
        """Bonuses of the settlement's vendor and company dated in its period."""
        return [
            ("vendor_id", "=", settlement.vendor_id.id),
            ("company_id", "=", settlement.company_id.id),
            ("amount", ">", 0),
            ("date", ">=", settlement.date_from),
            ("date", "<=", settlement.date_to),
        ]

    def _labor_settlement_entry(self, settlement):
        """The bonus, paid in the contract's currency converted at the reward's date."""
        self.ensure_one()
        target = settlement.currency_id or self.currency_id
        return {
            "reason": self.env._(
                "Vendor reward %(reward)s: %(description)s", reward=self.name, description=self.description
            ),
            "kind": "addition",
            "amount": self.currency_id._convert(self.amount, target, self.company_id, self.date),
            "date": self.date,
            "source_amount": self.amount,
            "source_currency_id": self.currency_id.id,
        }

    @api.constrains("amount")
    def _check_amount(self):
        for reward in self:
            if reward.amount < 0:
                raise ValidationError(self.env._("The amount of a reward cannot be negative."))
