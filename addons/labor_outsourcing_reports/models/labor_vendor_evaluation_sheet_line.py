# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborVendorEvaluationSheetLine(models.Model):
    _name = "labor.vendor.evaluation.sheet.line"
    _inherit = ["labor.score.line.mixin"]
    _description = "Vendor Evaluation Score Sheet Line"
    _order = "sheet_id, dimension_sequence, criterion_sequence, id"

    sheet_id = fields.Many2one("labor.vendor.evaluation.sheet", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="sheet_id.company_id", store=True, index=True)
