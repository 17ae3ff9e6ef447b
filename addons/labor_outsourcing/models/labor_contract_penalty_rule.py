# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

PENALTY_TRIGGERS = [
    ("ncr_minor", "Minor Non-Conformance"),
    ("ncr_major", "Major Non-Conformance"),
    ("ncr_critical", "Critical Non-Conformance"),
    ("delay_day", "Day of Delay"),
    ("other", "Other Breach"),
]


class LaborContractPenaltyRule(models.Model):
    """Penalty of a contract per occurrence (non-conformance by severity) or per day of
    delay; settlements deduct the penalties confirmed in their period."""

    _name = "labor.contract.penalty.rule"
    _inherit = ["labor.contract.term.line"]
    _description = "Contract Penalty Rule"
    _order = "contract_id, trigger"

    contract_id = fields.Many2one("labor.contract", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="contract_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="contract_id.currency_id")
    trigger = fields.Selection(PENALTY_TRIGGERS, required=True)
    amount = fields.Monetary(required=True, currency_field="currency_id")
    description = fields.Char()

    _sql_constraints = [
        ("contract_trigger_uniq", "unique (contract_id, trigger)", "One penalty rule per trigger and contract."),
    ]

    @api.constrains("amount")
    def _check_amount(self):
        for rule in self:
            if rule.amount <= 0:
                raise ValidationError(self.env._("A penalty amount must be positive."))
