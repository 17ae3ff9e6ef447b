# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class LaborScoreSheetMixin(models.AbstractModel):
    """One evaluator's 1-5 scores of the criteria of an evaluation template, for one
    vendor (vendor selection, periodic evaluation). Only the evaluator fills his sheet,
    while it is to score and the scored document is being scored; submitting needs every
    criterion scored and closes the evaluator's scoring to-do once all his sheets are in.

    Inheriting models define ``line_ids`` (lines inheriting ``labor.score.line.mixin``),
    ``vendor_id`` and ``is_complete``, and set:

    - ``_score_parent_field``: the scored document, whose state must be
      ``_score_parent_state`` while sheets change;
    - ``_score_group_field``: the record that groups the sheets (event, campaign): it holds
      the evaluators' scoring activities (``_score_activity_xmlid``) and
      :meth:`record_scores` looks for the sheet in it.
    """

    _name = "labor.score.sheet.mixin"
    _description = "Evaluator Score Sheet"
    _score_parent_field = None
    _score_parent_state = "scoring"
    _score_group_field = None
    _score_activity_xmlid = None

    evaluator_id = fields.Many2one("res.users", required=True, index=True)
    state = fields.Selection([("draft", "To Score"), ("submitted", "Submitted")], default="draft", required=True)
    comment = fields.Text()
    submitted_on = fields.Datetime(readonly=True)

    @api.depends("vendor_id", "evaluator_id")
    def _compute_display_name(self):
        for sheet in self:
            sheet.display_name = f"{sheet.vendor_id.display_name} / {sheet.evaluator_id.name}"

    def _check_editable(self):
        """Only the evaluator edits his sheet, while it is to score and its document is scored."""
        if self.env.su:
            return
        for sheet in self:
            if sheet.evaluator_id != self.env.user:
                raise UserError(self.env._("Only %(user)s can fill this score sheet.", user=sheet.evaluator_id.name))
            if sheet.state != "draft" or sheet[self._score_parent_field].state != self._score_parent_state:
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
        """Mark the evaluator's scoring to-do done once all his sheets of the group are in."""
        group_field = self._score_group_field
        groups = self[group_field]
        pending = {
            (sheet[group_field].id, sheet.evaluator_id.id)
            for sheet in self.search([(group_field, "in", groups.ids), ("state", "=", "draft")])
        }
        for group in groups:
            for evaluator in self.filtered(lambda s, g=group: s[group_field] == g).evaluator_id:
                if (group.id, evaluator.id) not in pending:
                    group.activity_feedback([self._score_activity_xmlid], user_id=evaluator.id)

    @api.model
    def record_scores(self, group_id, vendor_id, evaluator_id, scores, comment=None, submit=True):
        """Fill (and submit) the sheet of ``evaluator_id`` for ``vendor_id`` in the group
        ``group_id`` (selection event, evaluation campaign) with ``scores``, a list of 1-5
        scores in the template's order of the sheet's criteria. Used to import scores
        collected on paper or in a spreadsheet."""
        sheet = self.search(
            [
                (self._score_group_field, "=", group_id),
                ("vendor_id", "=", vendor_id),
                ("evaluator_id", "=", evaluator_id),
            ]
        )
        if len(sheet) != 1:
            raise UserError(self.env._("No score sheet for this vendor and evaluator."))
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
