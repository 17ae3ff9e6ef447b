# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LaborEvaluationCriterion(models.Model):
    """A criterion scored 1-5, with a written description of each score."""

    _name = "labor.evaluation.criterion"
    _description = "Vendor Evaluation Criterion"
    _order = "template_id, dimension_sequence, sequence, id"

    dimension_id = fields.Many2one("labor.evaluation.dimension", required=True, ondelete="cascade", index=True)
    dimension_sequence = fields.Integer(related="dimension_id.sequence", store=True, string="Dimension Sequence")
    template_id = fields.Many2one(related="dimension_id.template_id", store=True, index=True, ondelete="cascade")
    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    weight = fields.Float(
        required=True,
        default=1.0,
        digits=(6, 2),
        help="Relative weight within the dimension (normalised: only proportions matter).",
    )
    score_1 = fields.Char(translate=True)
    score_2 = fields.Char(translate=True)
    score_3 = fields.Char(translate=True)
    score_4 = fields.Char(translate=True)
    score_5 = fields.Char(translate=True)

    @api.constrains("weight")
    def _check_weight(self):
        for criterion in self:
            if criterion.weight <= 0:
                raise ValidationError(self.env._("The weight of %(name)s must be greater than 0.", name=criterion.name))

    def _score_description(self, score):
        self.ensure_one()
        return self[f"score_{score}"] if score else False
