# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class LaborSelectionScoreSheet(models.Model):
    """One evaluator's scores for one candidate. Evaluators see and edit only their own
    sheets until the event is scored (record rules); managers see all."""

    _name = "labor.selection.score.sheet"
    _inherit = ["labor.score.sheet.mixin"]
    _description = "Vendor Selection Score Sheet"
    _order = "event_id, candidate_id, evaluator_id"
    _score_parent_field = "event_id"
    _score_group_field = "event_id"
    _score_activity_xmlid = "labor_outsourcing.mail_activity_type_scoring"

    event_id = fields.Many2one("labor.selection.event", required=True, ondelete="cascade", index=True)
    event_state = fields.Selection(related="event_id.state", string="Event Status")
    company_id = fields.Many2one(related="event_id.company_id", store=True, index=True)
    candidate_id = fields.Many2one("labor.selection.candidate", required=True, ondelete="cascade", index=True)
    vendor_id = fields.Many2one(related="candidate_id.vendor_id", store=True)
    line_ids = fields.One2many("labor.selection.score.line", "sheet_id", string="Scores")
    total_score = fields.Float(compute="_compute_total_score", store=True, digits=(5, 2))
    is_complete = fields.Boolean(compute="_compute_total_score", store=True)

    _sql_constraints = [
        (
            "candidate_evaluator_uniq",
            "unique (candidate_id, evaluator_id)",
            "An evaluator has one score sheet per candidate.",
        ),
    ]

    @api.depends("line_ids.score", "event_id.template_id")
    def _compute_total_score(self):
        for sheet in self:
            scores = {line.criterion_id.id: int(line.score) for line in sheet.line_ids if line.score}
            total = sheet.event_id.template_id._total_score(scores) if sheet.event_id else None
            sheet.total_score = total or 0.0
            sheet.is_complete = total is not None
