# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

SCORES = [("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")]


class LaborVendorEvaluationSheetLine(models.Model):
    _name = "labor.vendor.evaluation.sheet.line"
    _description = "Vendor Evaluation Score Sheet Line"
    _order = "sheet_id, dimension_sequence, criterion_sequence, id"

    sheet_id = fields.Many2one("labor.vendor.evaluation.sheet", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="sheet_id.company_id", store=True, index=True)
    criterion_id = fields.Many2one("labor.evaluation.criterion", required=True, ondelete="restrict")
    dimension_id = fields.Many2one(related="criterion_id.dimension_id", store=True)
    dimension_sequence = fields.Integer(related="criterion_id.dimension_id.sequence", store=True,
                                        string="Dimension Sequence")
    criterion_sequence = fields.Integer(related="criterion_id.sequence", store=True, string="Criterion Sequence")
    score = fields.Selection(SCORES)
    score_description = fields.Char(compute="_compute_score_description")
    comment = fields.Char()

    @api.depends("score", "criterion_id")
    def _compute_score_description(self):
        for line in self:
            line.score_description = line.criterion_id._score_description(line.score)

    def write(self, vals):
        self.sheet_id._check_editable()
        return super().write(vals)
