# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborContractTerminateWizard(models.TransientModel):
    _name = "labor.contract.terminate.wizard"
    _description = "Terminate Contract"

    contract_ids = fields.Many2many("labor.contract", required=True)
    reason = fields.Text(required=True)
    date = fields.Date(required=True, default=fields.Date.context_today)

    def action_terminate(self):
        self.ensure_one()
        self.contract_ids._terminate(self.reason, self.date)
        return {"type": "ir.actions.act_window_close"}
