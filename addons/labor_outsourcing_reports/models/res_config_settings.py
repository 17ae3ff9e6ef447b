# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    labor_eval_suspend_on_d = fields.Boolean(related="company_id.labor_eval_suspend_on_d", readonly=False)
    labor_eval_reward_on_a = fields.Boolean(related="company_id.labor_eval_reward_on_a", readonly=False)
