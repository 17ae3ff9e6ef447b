# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

SCORES = [("1", "1 - Poor"), ("2", "2 - Fair"), ("3", "3 - Good"), ("4", "4 - Very Good"), ("5", "5 - Excellent")]
SCORE_FIELDS = ("score_quality", "score_schedule", "score_attitude", "score_safety")


class LaborWorkerAssessment(models.Model):
    """Periodic assessment of an outsourced worker (monthly or per project phase); its
    scores feed the evaluation of the worker's vendor."""

    _name = "labor.worker.assessment"
    _description = "Worker Assessment"
    _inherit = ["labor.worker.record.mixin", "mail.activity.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    period_type = fields.Selection(
        [("monthly", "Monthly"), ("phase", "Project Phase")], default="monthly", required=True
    )
    project_id = fields.Many2one("project.project", check_company=True)
    assessor_id = fields.Many2one("res.users", default=lambda self: self.env.user)
    score_quality = fields.Selection(SCORES, string="Quality", required=True, default="3")
    score_schedule = fields.Selection(SCORES, string="Schedule", required=True, default="3")
    score_attitude = fields.Selection(SCORES, string="Attitude and Cooperation", required=True, default="3")
    score_safety = fields.Selection(SCORES, string="Safety", required=True, default="3")
    score_average = fields.Float(string="Average", compute="_compute_score_average", store=True, aggregator="avg")
    comment = fields.Text()
    outcome = fields.Selection(
        [("continue", "Continue"), ("warning", "Warning"), ("reward", "Reward"), ("remove", "Remove")],
        required=True,
        default="continue",
        tracking=True,
    )

    @api.depends(*SCORE_FIELDS)
    def _compute_score_average(self):
        for assessment in self:
            scores = [int(assessment[name]) for name in SCORE_FIELDS if assessment[name]]
            assessment.score_average = round(sum(scores) / len(scores), 2) if scores else 0.0

    @api.constrains("outcome", "comment")
    def _check_comment(self):
        for assessment in self:
            if assessment.outcome in ("warning", "remove") and not (assessment.comment or "").strip():
                raise ValidationError(
                    self.env._(
                        "Explain in the comment why %(worker)s gets this outcome.", worker=assessment.employee_id.name
                    )
                )

    @api.depends("employee_id", "date")
    def _compute_display_name(self):
        for assessment in self:
            assessment.display_name = f"{assessment.employee_id.name or ''} {assessment.date or ''}".strip()
