# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    labor_eval_suspend_on_d = fields.Boolean(
        string="Suspend Vendors Graded D",
        default=True,
        help="Confirming an evaluation whose grade suspends (D by default) suspends the vendor and asks "
        "its purchasing responsible for a rectification.",
    )
    labor_eval_reward_on_a = fields.Boolean(
        string="Reward Vendors Graded A",
        default=True,
        help="Confirming an evaluation whose grade rewards (A by default) creates a reward record.",
    )
