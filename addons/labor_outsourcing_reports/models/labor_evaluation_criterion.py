# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools import kpi as formulas


class LaborEvaluationCriterion(models.Model):
    """A criterion of a periodic evaluation is either scored by the evaluators (manual)
    or scored from a KPI through bands (pass rate >= 98 % -> 5, >= 95 % -> 4, ...)."""

    _inherit = "labor.evaluation.criterion"

    kpi_id = fields.Many2one(
        "labor.kpi",
        string="KPI",
        ondelete="restrict",
        help="Score this criterion from the KPI through the bands; leave empty for a criterion "
        "the evaluators score by hand.",
    )
    kpi_direction = fields.Selection(related="kpi_id.direction")
    kpi_unit = fields.Selection(related="kpi_id.unit")
    band_ids = fields.One2many("labor.evaluation.criterion.band", "criterion_id", string="Score Bands", copy=True)
    is_manual = fields.Boolean(compute="_compute_is_manual", string="Scored by Evaluators")
    bands_display = fields.Char(string="Bands", compute="_compute_bands_display")

    @api.model_create_multi
    def create(self, vals_list):
        criteria = super().create(vals_list)
        criteria.template_id._refresh_open_evaluations()
        return criteria

    def write(self, vals):
        templates = self.template_id
        result = super().write(vals)
        if {"weight", "dimension_id"} & set(vals):
            (templates | self.template_id)._refresh_open_evaluations()
        return result

    def unlink(self):
        templates = self.template_id
        result = super().unlink()
        templates.exists()._refresh_open_evaluations()
        return result

    @api.depends("kpi_id")
    def _compute_is_manual(self):
        for criterion in self:
            criterion.is_manual = not criterion.kpi_id

    @api.depends("band_ids.threshold", "band_ids.score", "kpi_id.direction")
    def _compute_bands_display(self):
        for criterion in self:
            if not criterion.kpi_id or not criterion.band_ids:
                criterion.bands_display = False
                continue
            sign = "≥" if criterion.kpi_id.direction == "higher" else "≤"
            bands = criterion.band_ids.sorted(lambda b: -int(b.score))
            otherwise = self.env._("otherwise")
            criterion.bands_display = ", ".join(
                f"{sign} {band.threshold:g} → {band.score}" if int(band.score) > 1 else f"{otherwise} → 1"
                for band in bands
            )

    @api.constrains("kpi_id", "band_ids")
    def _check_bands(self):
        for criterion in self:
            if not criterion.kpi_id:
                if criterion.band_ids:
                    raise ValidationError(
                        self.env._(
                            "%(criterion)s: score bands need a KPI; remove them for a criterion scored by hand.",
                            criterion=criterion.name,
                        )
                    )
                continue
            try:
                formulas.validate_bands(criterion._bands(), criterion.kpi_id.direction)
            except ValueError as error:
                raise ValidationError(
                    self.env._("Bands of %(criterion)s: %(error)s", criterion=criterion.name, error=error)
                ) from error

    def _bands(self):
        self.ensure_one()
        return [(band.threshold, int(band.score)) for band in self.band_ids]

    def _kpi_score(self, value):
        """1-5 score of the KPI ``value`` on the bands (``None`` without a value)."""
        self.ensure_one()
        return formulas.band_score(value, self._bands(), self.kpi_id.direction)

    def _kpi_scoring(self):
        """{criterion id: (KPI code, direction, bands)} of the criteria of ``self`` read
        once as plain values (code and direction ``False`` for a manual criterion): what
        :meth:`_kpi_score` reads, for scoring many values without a record call each
        (``tools.kpi.band_score(value, bands, direction)`` gives the same score)."""
        return {
            criterion.id: (criterion.kpi_id.code, criterion.kpi_id.direction, criterion._bands()) for criterion in self
        }
