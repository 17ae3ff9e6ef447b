# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class LaborVendorEvaluationSheet(models.Model):
    """One evaluator's scores of the manual criteria of one evaluation. Evaluators see
    and edit only their own sheets while the evaluation is scored (record rules); the
    criterion's score is the mean of the submitted sheets."""

    _name = "labor.vendor.evaluation.sheet"
    _description = "Vendor Evaluation Score Sheet"
    _order = "campaign_id, evaluation_id, evaluator_id"

    evaluation_id = fields.Many2one("labor.vendor.evaluation", required=True, ondelete="cascade", index=True)
    evaluation_state = fields.Selection(related="evaluation_id.state", string="Evaluation Status")
    campaign_id = fields.Many2one(related="evaluation_id.campaign_id", store=True, index=True)
    company_id = fields.Many2one(related="evaluation_id.company_id", store=True, index=True)
    vendor_id = fields.Many2one(related="evaluation_id.vendor_id", store=True)
    date_from = fields.Date(related="evaluation_id.date_from")
    date_to = fields.Date(related="evaluation_id.date_to")
    evaluator_id = fields.Many2one("res.users", required=True, index=True)
    state = fields.Selection([("draft", "To Score"), ("submitted", "Submitted")], default="draft", required=True)
    line_ids = fields.One2many("labor.vendor.evaluation.sheet.line", "sheet_id", string="Scores")
    is_complete = fields.Boolean(compute="_compute_is_complete", store=True)
    comment = fields.Text()
    submitted_on = fields.Datetime(readonly=True)

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

    @api.depends("vendor_id", "evaluator_id")
    def _compute_display_name(self):
        for sheet in self:
            sheet.display_name = f"{sheet.vendor_id.display_name} / {sheet.evaluator_id.name}"

    def _check_editable(self):
        """Only the evaluator edits his sheet, while it is to score and the evaluation is scored."""
        if self.env.su:
            return
        for sheet in self:
            if sheet.evaluator_id != self.env.user:
                raise UserError(self.env._("Only %(user)s can fill this score sheet.", user=sheet.evaluator_id.name))
            if sheet.state != "draft" or sheet.evaluation_id.state != "scoring":
                raise UserError(
                    self.env._("This score sheet can no longer be changed (%(sheet)s).", sheet=sheet.display_name)
                )

    def write(self, vals):
        self._check_editable()
        return super().write(vals)

    def action_submit(self):
        self._check_editable()
        for sheet in self:
            if not sheet.is_complete:
                missing = sheet.line_ids.filtered(lambda line: not line.score)
                raise UserError(
                    self.env._(
                        "Score every criterion before submitting: %(criteria)s.",
                        criteria=", ".join(missing.mapped("criterion_id.name")),
                    )
                )
        self.sudo().write({"state": "submitted", "submitted_on": fields.Datetime.now()})
        self.sudo()._close_scoring_activities()
        return True

    def _close_scoring_activities(self):
        """Mark the evaluator's scoring to-do of the campaign done once all his sheets are in."""
        pending = {
            (sheet.campaign_id.id, sheet.evaluator_id.id)
            for sheet in self.search([("campaign_id", "in", self.campaign_id.ids), ("state", "=", "draft")])
        }
        for campaign in self.campaign_id:
            for evaluator in self.filtered(lambda s, c=campaign: s.campaign_id == c).evaluator_id:
                if (campaign.id, evaluator.id) not in pending:
                    campaign.activity_feedback(
                        ["labor_outsourcing_reports.mail_activity_type_evaluation_scoring"], user_id=evaluator.id
                    )

    @api.model
    def record_scores(self, campaign_id, vendor_id, evaluator_id, scores, comment=None, submit=True):
        """Fill (and submit) the sheet of ``evaluator_id`` for ``vendor_id`` in the campaign
        ``campaign_id`` with ``scores``, 1-5 scores in the template's order of the manual
        criteria. Used to import scores collected on paper or in a spreadsheet."""
        sheet = self.search(
            [("campaign_id", "=", campaign_id), ("vendor_id", "=", vendor_id), ("evaluator_id", "=", evaluator_id)]
        )
        if len(sheet) != 1:
            raise UserError(self.env._("No score sheet for this campaign, vendor and evaluator."))
        lines = sheet.line_ids.sorted(lambda line: (line.dimension_sequence, line.criterion_sequence, line.id))
        if len(scores) != len(lines):
            raise UserError(
                self.env._("%(expected)s scores expected, %(given)s given.", expected=len(lines), given=len(scores))
            )
        for line, score in zip(lines, scores, strict=True):
            line.score = str(score)
        if comment:
            sheet.comment = comment
        if submit:
            sheet.action_submit()
        return sheet
