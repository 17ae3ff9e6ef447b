# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.labor_outsourcing.tools import weighted_score

from ..tools import kpi as formulas
from .labor_kpi import KPI_STATUSES


class LaborVendorEvaluationLine(models.Model):
    """One criterion of an evaluation: scored from its KPI through the bands, or the mean
    of the evaluators' submitted scores for a manual criterion."""

    _name = "labor.vendor.evaluation.line"
    _description = "Vendor Evaluation Criterion Score"
    _order = "evaluation_id, dimension_sequence, criterion_sequence, id"

    evaluation_id = fields.Many2one("labor.vendor.evaluation", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="evaluation_id.company_id", store=True, index=True)
    evaluation_state = fields.Selection(related="evaluation_id.state", string="Evaluation Status")
    criterion_id = fields.Many2one("labor.evaluation.criterion", required=True, ondelete="restrict")
    dimension_id = fields.Many2one(related="criterion_id.dimension_id", store=True)
    dimension_sequence = fields.Integer(
        related="criterion_id.dimension_id.sequence", store=True, string="Dimension Sequence"
    )
    criterion_sequence = fields.Integer(related="criterion_id.sequence", store=True, string="Criterion Sequence")
    dimension_weight = fields.Float(related="dimension_id.weight")
    criterion_weight = fields.Float(related="criterion_id.weight")
    kpi_id = fields.Many2one("labor.kpi", string="KPI", readonly=True)
    is_manual = fields.Boolean(compute="_compute_is_manual", store=True)
    kpi_value = fields.Float(digits=(16, 2), readonly=True)
    kpi_has_value = fields.Boolean(readonly=True)
    kpi_target = fields.Float(digits=(16, 2), readonly=True)
    kpi_status = fields.Selection(KPI_STATUSES, readonly=True)
    kpi_value_display = fields.Char(string="Value", compute="_compute_displays")
    kpi_target_display = fields.Char(string="Target", compute="_compute_displays")
    bands_display = fields.Char(related="criterion_id.bands_display")
    kpi_score = fields.Integer(compute="_compute_kpi_score", store=True, help="Band score of the KPI value.")
    manual_score = fields.Float(
        compute="_compute_manual_score",
        store=True,
        digits=(3, 2),
        help="Mean of the scores of the submitted sheets.",
    )
    score = fields.Float(compute="_compute_score", store=True, digits=(3, 2))
    has_score = fields.Boolean(compute="_compute_score", store=True)
    comment = fields.Text()

    @api.depends("kpi_id")
    def _compute_is_manual(self):
        for line in self:
            line.is_manual = not line.kpi_id

    @api.depends("kpi_value", "kpi_has_value", "kpi_target", "kpi_id")
    def _compute_displays(self):
        for line in self:
            if line.kpi_id:
                line.kpi_value_display = line.kpi_id._format_value(line.kpi_value if line.kpi_has_value else None)
                line.kpi_target_display = line.kpi_id._format_value(line.kpi_target)
            else:
                line.kpi_value_display = line.kpi_target_display = False

    @api.depends("kpi_value", "kpi_has_value", "kpi_id")
    def _compute_kpi_score(self):
        # bands are read when the value changes: a later change of the bands does not
        # rescore past evaluations; the criteria are read once for all the lines
        scoring = self.criterion_id._kpi_scoring()
        for line in self:
            score = None
            if line.kpi_id and line.kpi_has_value:
                _code, direction, bands = scoring[line.criterion_id.id]
                score = formulas.band_score(line.kpi_value, bands, direction)
            line.kpi_score = score or 0

    @api.depends("evaluation_id.sheet_ids.state", "evaluation_id.sheet_ids.line_ids.score")
    def _compute_manual_score(self):
        # new evaluations (a campaign starting) have no sheet yet: no query for them, in
        # whatever number of recompute batches their lines come
        sheets = self.evaluation_id.sudo().sheet_ids
        if not sheets:
            for line in self:
                line.manual_score = 0.0
            return
        sheet_lines = (
            self.env["labor.vendor.evaluation.sheet.line"]
            .sudo()
            .search_fetch(
                [
                    ("sheet_id", "in", sheets.ids),
                    ("sheet_id.state", "=", "submitted"),
                    ("score", "!=", False),
                ],
                ["sheet_id", "criterion_id", "score"],
            )
        )
        scores = {}
        for sheet_line in sheet_lines:
            key = (sheet_line.sheet_id.evaluation_id.id, sheet_line.criterion_id.id)
            scores.setdefault(key, []).append(int(sheet_line.score))
        for line in self:
            mean = weighted_score.average(scores.get((line.evaluation_id.id, line.criterion_id.id), []))
            line.manual_score = mean or 0.0

    @api.depends("is_manual", "kpi_score", "manual_score")
    def _compute_score(self):
        for line in self:
            score = line.manual_score if line.is_manual else line.kpi_score
            line.score = score
            line.has_score = bool(score)

    def write(self, vals):
        if "comment" in vals and self.evaluation_id.filtered(lambda e: e.state in ("confirmed", "cancelled")):
            raise UserError(self.env._("The comments of a confirmed or cancelled evaluation cannot change."))
        return super().write(vals)

    def action_drilldown(self):
        """The records behind the KPI value of the line."""
        self.ensure_one()
        if not self.kpi_id:
            raise UserError(self.env._("%(criterion)s is scored by hand.", criterion=self.criterion_id.name))
        evaluation = self.evaluation_id
        return self.env["labor.kpi.engine"]._kpi_drilldown_action(
            self.kpi_id.code,
            evaluation.vendor_id,
            evaluation.date_from,
            evaluation.date_to,
            companies=evaluation.company_id,
        )
