# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .labor_training_course import ASSESSMENT_METHODS


class LaborWorkerTraining(models.Model):
    """A training an outsourced worker attended, with its assessment."""

    _name = "labor.worker.training"
    _description = "Worker Training Record"
    _inherit = ["labor.worker.record.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    course_id = fields.Many2one("labor.training.course", required=True, tracking=True)
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    hours = fields.Float(compute="_compute_hours", store=True, readonly=False, precompute=True)
    trainer_type = fields.Selection([("internal", "Internal"), ("vendor", "Vendor")], default="internal", required=True)
    trainer_user_id = fields.Many2one("res.users", string="Internal Trainer", domain="[('share', '=', False)]")
    trainer_name = fields.Char(string="Vendor Trainer")
    assessment_method = fields.Selection(
        ASSESSMENT_METHODS,
        compute="_compute_assessment_method",
        store=True,
        readonly=False,
        required=True,
        precompute=True,
    )
    score = fields.Float(tracking=True)
    passed = fields.Boolean(tracking=True)
    attachment = fields.Binary(attachment=True, copy=False)
    attachment_name = fields.Char(copy=False)
    note = fields.Text()

    @api.depends("course_id")
    def _compute_hours(self):
        for training in self:
            training.hours = training.course_id.duration_hours

    @api.depends("course_id")
    def _compute_assessment_method(self):
        for training in self:
            training.assessment_method = training.course_id.assessment_method or "none"

    @api.depends("course_id", "employee_id")
    def _compute_display_name(self):
        for training in self:
            training.display_name = f"{training.course_id.name or ''} - {training.employee_id.name or ''}"

    @api.onchange("score", "course_id")
    def _onchange_score(self):
        if self.course_id and self.assessment_method != "none":
            self.passed = self.score >= self.course_id.pass_score

    @api.constrains("score", "hours")
    def _check_score(self):
        for training in self:
            if not 0 <= training.score <= 100:
                raise ValidationError(
                    self.env._("%(training)s: the score is between 0 and 100.", training=training.display_name)
                )
            if training.hours < 0:
                raise ValidationError(
                    self.env._("%(training)s: the hours cannot be negative.", training=training.display_name)
                )
