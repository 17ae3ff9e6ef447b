# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from ..tools import kpi as formulas


class LaborEvaluationTemplate(models.Model):
    _inherit = "labor.evaluation.template"

    kpi_criterion_count = fields.Integer(compute="_compute_criterion_kinds", string="KPI Criteria")
    manual_criterion_count = fields.Integer(compute="_compute_criterion_kinds", string="Manual Criteria")

    @api.depends("criterion_ids.kpi_id")
    def _compute_criterion_kinds(self):
        for template in self:
            kpi_criteria = template.criterion_ids.filtered("kpi_id")
            template.kpi_criterion_count = len(kpi_criteria)
            template.manual_criterion_count = len(template.criterion_ids) - len(kpi_criteria)

    def _check_periodic_usable(self):
        """Raise a clear error unless the template can score periodic evaluations."""
        for template in self:
            if template.usage not in ("periodic", "both"):
                raise UserError(
                    self.env._("%(template)s is not a periodic evaluation template.", template=template.name)
                )
            template._validate_weights()
            inactive = template.criterion_ids.kpi_id.filtered(lambda k: not k.active)
            if inactive:
                raise UserError(
                    self.env._(
                        "%(template)s scores archived KPIs: %(kpis)s.",
                        template=template.name,
                        kpis=", ".join(inactive.mapped("name")),
                    )
                )

    def _scorecard_total(self, scores):
        """0-100 total of ``scores`` ({criterion id: 1-5 score or None}) on this template:
        criteria without a score (a KPI without data) are left out and the weights of the
        others normalised (see ``tools.kpi.weighted_total``)."""
        self.ensure_one()
        return formulas.scorecard_total(self._scorecard_layout(), scores)

    def _scorecard_layout(self):
        """The weights of this template read once as plain values:
        ``[(dimension weight, [(criterion id, criterion weight)])]`` in the template's
        order (``tools.kpi.scorecard_total(layout, scores)`` gives :meth:`_scorecard_total`)."""
        self.ensure_one()
        return [
            (dimension.weight, [(criterion.id, criterion.weight) for criterion in dimension.criterion_ids])
            for dimension in self.dimension_ids
        ]

    def _refresh_open_evaluations(self):
        """Totals (and grades, ranks) of the evaluations of open campaigns follow a change of
        the weights of these templates; confirmed or cancelled evaluations and closed
        campaigns keep the totals they were decided on."""
        if not self:
            return
        evaluations = (
            self.env["labor.vendor.evaluation"]
            .sudo()
            .search(
                [
                    ("template_id", "in", self.ids),
                    ("state", "not in", ("confirmed", "cancelled")),
                    ("campaign_id.state", "in", ("draft", "in_progress")),
                ]
            )
        )
        if evaluations:
            evaluations.modified(["template_id"])  # recomputes total, grade, recommendation
            evaluations.campaign_id._compute_ranking()
