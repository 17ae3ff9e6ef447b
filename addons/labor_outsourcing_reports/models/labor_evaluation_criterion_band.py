# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

SCORES = [("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")]


class LaborEvaluationCriterionBand(models.Model):
    """A KPI value reaching ``threshold`` (>= when higher is better, <= when lower is
    better) scores ``score``; the band scoring 1 catches the values reaching no other."""

    _name = "labor.evaluation.criterion.band"
    _description = "Evaluation Criterion Score Band"
    _order = "criterion_id, score desc"

    criterion_id = fields.Many2one("labor.evaluation.criterion", required=True, ondelete="cascade", index=True)
    score = fields.Selection(SCORES, required=True)
    threshold = fields.Float(digits=(16, 2), help="Value the KPI must reach for this score.")
    direction = fields.Selection(related="criterion_id.kpi_id.direction")

    @api.constrains("score", "threshold")
    def _check_criterion_bands(self):
        self.criterion_id._check_bands()
