# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools import grading


class LaborEvaluationGrade(models.Model):
    """A grade of the vendor evaluation scale (A >= 90, B >= 75, C >= 60, D < 60)."""

    _name = "labor.evaluation.grade"
    _description = "Vendor Evaluation Grade"
    _order = "min_score desc"

    name = fields.Char(required=True, translate=True)
    min_score = fields.Float(
        string="Minimum Score",
        required=True,
        digits=(5, 2),
        help="A vendor whose evaluation score (0-100) reaches this minimum gets this grade.",
    )
    color = fields.Integer()
    description = fields.Text(translate=True)
    recommendation = fields.Selection(
        [("renew", "Renew"), ("continue", "Continue"), ("rectify", "Rectify"), ("terminate", "Terminate")],
        help="Recommendation suggested to the manager confirming an evaluation of this grade.",
    )
    consequence = fields.Selection(
        [("none", "None"), ("suspend", "Suspend and Rectify"), ("reward", "Reward")],
        default="none",
        required=True,
        help="What confirming an evaluation of this grade does to the vendor (when enabled in the settings).",
    )
    active = fields.Boolean(default=True)

    def _validate_scale(self, grades):
        try:
            grading.validate_scale([(g.min_score, g.id) for g in grades])
        except ValueError as error:
            raise ValidationError(self.env._("The grade scale is invalid: %(reason)s", reason=error)) from error

    @api.constrains("min_score", "active")
    def _check_scale(self):
        self._validate_scale(self.search([("active", "=", True)]))

    @api.ondelete(at_uninstall=False)
    def _unlink_keep_scale_valid(self):
        self._validate_scale(self.search([("id", "not in", self.ids)]))

    @api.model
    def grade_for_score(self, score):
        """Return the active grade record for a 0-100 score."""
        grades = self.search([("active", "=", True)])
        grade_id = grading.grade_for(score, [(g.min_score, g.id) for g in grades])
        return self.browse(grade_id)
