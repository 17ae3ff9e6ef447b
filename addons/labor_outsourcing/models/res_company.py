# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    labor_leadership_threshold = fields.Monetary(
        string="Leadership Approval From",
        currency_field="currency_id",
        default=0.0,
        help="Contracts and supplementary agreements whose estimated value (in the company's currency, "
        "converted at the contract's start date) reaches this amount also need the approval of company "
        "leadership. 0, the default: leadership approves every contract, as the management plan asks.",
    )
    labor_approval_escalation_days = fields.Integer(
        string="Escalate Reviews After (days)",
        default=3,
        help="A contract review pending longer than this is escalated to the reviewer's manager.",
    )
    labor_escalation_group_id = fields.Many2one(
        "res.groups",
        string="Escalation Fallback Group",
        help="Reviews of reviewers without a manager are escalated to this group.",
    )
    labor_contract_warning_days = fields.Char(
        string="Contract Expiry Warnings (days)",
        default="60,30,7",
        help="Comma-separated numbers of days before a contract ends at which its responsible "
        "is reminded.",
    )
