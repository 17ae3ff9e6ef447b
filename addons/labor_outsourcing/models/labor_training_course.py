# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

ASSESSMENT_METHODS = [("none", "None"), ("exam", "Exam"), ("practical", "Practical"), ("both", "Exam and Practical")]


class LaborTrainingCourse(models.Model):
    """A training course given to outsourced workers (safety, job skills, information security)."""

    _name = "labor.training.course"
    _description = "Worker Training Course"
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    code = fields.Char()
    sequence = fields.Integer(default=10)
    duration_hours = fields.Float(string="Hours", help="Default duration of a session.")
    assessment_method = fields.Selection(ASSESSMENT_METHODS, default="exam", required=True)
    pass_score = fields.Float(default=60.0, help="Minimum score to pass an assessed course.")
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)
