# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.tools import SQL


class PurchaseOrder(models.Model):
    """Purchase orders created by confirming an outsourcing settlement."""

    _inherit = "purchase.order"

    labor_settlement_id = fields.Many2one(
        "labor.settlement", string="Outsourcing Settlement", readonly=True, copy=False, index="btree_not_null"
    )

    def init(self):
        res = super().init()
        # a settlement orders its services once: at most one purchase order that is not
        # cancelled per settlement, whatever the code path or the concurrency
        self.env.cr.execute(
            SQL(
                "CREATE UNIQUE INDEX IF NOT EXISTS purchase_order_labor_settlement_open_uniq "
                "ON purchase_order (labor_settlement_id) "
                "WHERE labor_settlement_id IS NOT NULL AND state != 'cancel'"
            )
        )
        return res

    def action_view_labor_settlement(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "labor.settlement",
            "res_id": self.labor_settlement_id.id,
            "view_mode": "form",
        }
