# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

SCORES = [("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")]


class LaborScoreLineMixin(models.AbstractModel):
    """The 1-5 score of one criterion on an evaluator's score sheet. Inheriting models
    define ``sheet_id`` (a ``labor.score.sheet.mixin`` model) and ``company_id``; a line
    changes only when its sheet may."""

    _name = "labor.score.line.mixin"
    _description = "Evaluator Score Sheet Line"

    criterion_id = fields.Many2one("labor.evaluation.criterion", required=True, ondelete="restrict")
    dimension_id = fields.Many2one(related="criterion_id.dimension_id", store=True)
    dimension_sequence = fields.Integer(
        related="criterion_id.dimension_id.sequence", store=True, string="Dimension Sequence"
    )
    criterion_sequence = fields.Integer(related="criterion_id.sequence", store=True, string="Criterion Sequence")
    criterion_weight = fields.Float(related="criterion_id.weight")
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
