# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborApprovalLog(models.Model):
    """Permanent approval history of contracts and supplementary agreements: it survives the
    restarts of the tier validation flow (which deletes its reviews)."""

    _name = "labor.approval.log"
    _description = "Approval History"
    _order = "date desc, id desc"

    res_model = fields.Char(required=True, index=True)
    res_id = fields.Many2oneReference(model_field="res_model", required=True, index=True)
    contract_id = fields.Many2one("labor.contract", index=True, ondelete="cascade")
    company_id = fields.Many2one(related="contract_id.company_id", store=True)
    tier = fields.Integer()
    tier_name = fields.Char()
    decision = fields.Selection(
        [
            ("requested", "Requested"),
            ("approved", "Approved"),
            ("rejected", "Rejected"),
            ("escalated", "Escalated"),
            ("restarted", "Restarted"),
        ],
        required=True,
    )
    user_id = fields.Many2one("res.users", string="By", required=True)
    on_behalf_of_id = fields.Many2one("res.users")
    comment = fields.Text()
    date = fields.Datetime(default=fields.Datetime.now, required=True)
