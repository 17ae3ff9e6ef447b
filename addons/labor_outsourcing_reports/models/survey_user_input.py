# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class SurveyUserInput(models.Model):
    """A stakeholder's answer to a satisfaction survey about an outsourcing vendor: its
    score (0-100) feeds the vendor's satisfaction KPI."""

    _inherit = "survey.user_input"

    labor_vendor_id = fields.Many2one(
        "res.partner",
        string="Evaluated Vendor",
        index="btree_not_null",
        domain="[('is_outsourcing_vendor', '=', True)]",
    )
    labor_contract_id = fields.Many2one("labor.contract", string="Evaluated Contract", index="btree_not_null")
    labor_evaluation_id = fields.Many2one(
        "labor.vendor.evaluation", string="Vendor Evaluation", index="btree_not_null", ondelete="set null"
    )
