# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class LaborVendorEvaluationSheet(models.Model):
    """One evaluator's scores of the manual criteria of one evaluation. Evaluators see
    and edit only their own sheets while the evaluation is scored (record rules); the
    criterion's score is the mean of the submitted sheets."""

    _name = "labor.vendor.evaluation.sheet"
    _inherit = ["labor.score.sheet.mixin"]
    _description = "Vendor Evaluation Score Sheet"
    _order = "campaign_id, evaluation_id, evaluator_id"
    _score_parent_field = "evaluation_id"
    _score_group_field = "campaign_id"
    _score_activity_xmlid = "labor_outsourcing_reports.mail_activity_type_evaluation_scoring"

    evaluation_id = fields.Many2one("labor.vendor.evaluation", required=True, ondelete="cascade", index=True)
    evaluation_state = fields.Selection(related="evaluation_id.state", string="Evaluation Status")
    campaign_id = fields.Many2one(related="evaluation_id.campaign_id", store=True, index=True)
    company_id = fields.Many2one(related="evaluation_id.company_id", store=True, index=True)
    vendor_id = fields.Many2one(related="evaluation_id.vendor_id", store=True)
    date_from = fields.Date(related="evaluation_id.date_from")
    date_to = fields.Date(related="evaluation_id.date_to")
    line_ids = fields.One2many("labor.vendor.evaluation.sheet.line", "sheet_id", string="Scores")
    is_complete = fields.Boolean(compute="_compute_is_complete", store=True)

    _sql_constraints = [
        (
            "evaluation_evaluator_uniq",
            "unique (evaluation_id, evaluator_id)",
            "An evaluator has one score sheet per evaluation.",
        ),
    ]

    @api.depends("line_ids.score")
    def _compute_is_complete(self):
        for sheet in self:
            sheet.is_complete = bool(sheet.line_ids) and all(sheet.line_ids.mapped("score"))
