# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools import weighted_score


class LaborEvaluationTemplate(models.Model):
    """Weighted scoring grid for vendors: dimensions weighted in percent, criteria with
    relative weights scored 1-5. Used by vendor selection and periodic evaluations."""

    _name = "labor.evaluation.template"
    _description = "Vendor Evaluation Template"
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    usage = fields.Selection(
        [("selection", "Vendor Selection"), ("periodic", "Periodic Evaluation"), ("both", "Both")],
        default="both",
        required=True,
    )
    company_id = fields.Many2one("res.company", help="Leave empty to share the template between companies.")
    description = fields.Html(translate=True)
    dimension_ids = fields.One2many("labor.evaluation.dimension", "template_id", string="Dimensions", copy=True)
    criterion_ids = fields.One2many("labor.evaluation.criterion", "template_id")
    total_weight = fields.Float(compute="_compute_total_weight", string="Total Weight (%)")
    active = fields.Boolean(default=True)

    @api.depends("dimension_ids.weight")
    def _compute_total_weight(self):
        for template in self:
            template.total_weight = sum(template.dimension_ids.mapped("weight"))

    @api.constrains("dimension_ids")
    def _check_weights(self):
        for template in self:
            template._validate_weights()

    def _validate_weights(self):
        """Raise a ValidationError naming the template unless its weights are usable."""
        self.ensure_one()
        try:
            weighted_score.validate_dimension_weights(self.dimension_ids.mapped("weight"))
            for dimension in self.dimension_ids:
                try:
                    weighted_score.validate_criterion_weights(dimension.criterion_ids.mapped("weight"))
                except ValueError as error:
                    raise ValueError(f"{dimension.name}: {error}") from error
        except ValueError as error:
            raise ValidationError(self.env._("Template %(name)s: %(error)s", name=self.name, error=error)) from error

    def _total_score(self, scores):
        """0-100 score of ``scores`` ({criterion id: 1-5}) on this template, or ``None`` if a
        criterion has no score."""
        self.ensure_one()
        dimensions = []
        for dimension in self.dimension_ids:
            criteria = []
            for criterion in dimension.criterion_ids:
                score = scores.get(criterion.id)
                if not score:
                    return None
                criteria.append((criterion.weight, score))
            dimensions.append((dimension.weight, criteria))
        return weighted_score.total_score(dimensions)
