# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class LaborSelectionScoreSheet(models.Model):
    """One evaluator's scores for one candidate. Evaluators see and edit only their own
    sheets until the event is scored (record rules); managers see all."""

    _name = "labor.selection.score.sheet"
    _description = "Vendor Selection Score Sheet"
    _order = "event_id, candidate_id, evaluator_id"

    event_id = fields.Many2one("labor.selection.event", required=True, ondelete="cascade", index=True)
    event_state = fields.Selection(related="event_id.state", string="Event Status")
    company_id = fields.Many2one(related="event_id.company_id", store=True, index=True)
    candidate_id = fields.Many2one(
        "labor.selection.candidate", required=True, ondelete="cascade", index=True
    )
    vendor_id = fields.Many2one(related="candidate_id.vendor_id", store=True)
    evaluator_id = fields.Many2one("res.users", required=True, index=True)
    state = fields.Selection(
        [("draft", "To Score"), ("submitted", "Submitted")], default="draft", required=True
    )
    line_ids = fields.One2many("labor.selection.score.line", "sheet_id", string="Scores")
    total_score = fields.Float(compute="_compute_total_score", store=True, digits=(5, 2))
    is_complete = fields.Boolean(compute="_compute_total_score", store=True)
    comment = fields.Text()
    submitted_on = fields.Datetime(readonly=True)

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

    @api.depends("vendor_id", "evaluator_id")
    def _compute_display_name(self):
        for sheet in self:
            sheet.display_name = f"{sheet.vendor_id.display_name} / {sheet.evaluator_id.name}"

    def _check_editable(self):
        """Only the evaluator edits his sheet, while it is to score and the event is scoring."""
        if self.env.su:
            return
        for sheet in self:
            if sheet.evaluator_id != self.env.user:
                raise UserError(self.env._("Only %(user)s can fill this score sheet.", user=sheet.evaluator_id.name))
            if sheet.state != "draft" or sheet.event_id.state != "scoring":
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
        """Mark the evaluator's scoring to-do done once all his sheets of the event are in."""
        pending = {
            (sheet.event_id.id, sheet.evaluator_id.id)
            for sheet in self.search(
                [("event_id", "in", self.event_id.ids), ("state", "=", "draft")]
            )
        }
        for event in self.event_id:
            for evaluator in self.filtered(lambda s, e=event: s.event_id == e).evaluator_id:
                if (event.id, evaluator.id) not in pending:
                    event.activity_feedback(
                        ["labor_outsourcing.mail_activity_type_scoring"], user_id=evaluator.id
                    )

    @api.model
    def record_scores(self, event_id, vendor_id, evaluator_id, scores, comment=None, submit=True):
        """Fill (and submit) the sheet of ``evaluator_id`` for ``vendor_id`` in ``event_id``
        with ``scores``, a list of 1-5 scores in the template's criterion order. Used to
        import scores collected on paper or in a spreadsheet."""
        sheet = self.search(
            [
                ("event_id", "=", event_id),
                ("vendor_id", "=", vendor_id),
                ("evaluator_id", "=", evaluator_id),
            ]
        )
        if len(sheet) != 1:
            raise UserError(self.env._("No score sheet for this event, vendor and evaluator."))
        lines = sheet.line_ids.sorted(lambda line: (line.dimension_sequence, line.criterion_sequence, line.id))
        if len(scores) != len(lines):
            raise UserError(
                self.env._(
                    "%(expected)s scores expected, %(given)s given.",
                    expected=len(lines),
                    given=len(scores),
                )
            )
        for line, score in zip(lines, scores, strict=True):
            line.score = str(score)
        if comment:
            sheet.comment = comment
        if submit:
            sheet.action_submit()
        return sheet
