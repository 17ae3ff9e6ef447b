# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

KPI_CATEGORIES = [
    ("quality", "Quality"),
    ("safety", "Safety"),
    ("efficiency", "Efficiency"),
    ("cost", "Cost"),
    ("satisfaction", "Satisfaction"),
    ("partnership", "Partnership"),
]
KPI_UNITS = [
    ("percent", "%"),
    ("per_kh", "per 1,000 h"),
    ("days", "days"),
    ("hours", "hours"),
    ("score", "points"),
]
KPI_DIRECTIONS = [("higher", "Higher is better"), ("lower", "Lower is better")]
KPI_STATUSES = [("met", "Met"), ("not_met", "Not Met"), ("no_data", "No Data")]


class LaborKpi(models.Model):
    """A KPI of the vendor scorecard: how it is measured (its code names a formula of
    the KPI engine), whether higher or lower is better and the target it must reach."""

    _name = "labor.kpi"
    _description = "Vendor KPI"
    _order = "sequence, id"

    code = fields.Char(required=True, help="Technical code of the formula in the KPI engine.")
    name = fields.Char(required=True, translate=True)
    description = fields.Text(translate=True, help="How the KPI is computed and from which records.")
    sequence = fields.Integer(default=10)
    category = fields.Selection(KPI_CATEGORIES, required=True, default="quality")
    unit = fields.Selection(KPI_UNITS, required=True, default="percent")
    direction = fields.Selection(KPI_DIRECTIONS, required=True, default="higher")
    target = fields.Float(
        string="Default Target",
        digits=(16, 2),
        help="Target used when the contract gives none (per vendor with several contracts, "
        "or for KPIs without a contract target).",
    )
    contract_target_field = fields.Char(
        help="Field of the contract holding the contract's own target for this KPI, e.g. target_quality_pass_rate.",
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique (code)", "A KPI with this code already exists."),
    ]

    @api.constrains("code")
    def _check_code(self):
        formulas = self.env["labor.kpi.engine"]._kpi_formulas()
        for kpi in self:
            if kpi.code not in formulas:
                raise ValidationError(
                    self.env._("%(code)s: the KPI engine has no formula for this code.", code=kpi.code)
                )

    @api.constrains("target", "unit", "contract_target_field")
    def _check_target(self):
        contract_fields = self.env["labor.contract"]._fields
        for kpi in self:
            if kpi.unit == "percent" and kpi.direction == "higher" and not -100 <= kpi.target <= 100:
                raise ValidationError(self.env._("%(kpi)s: a rate target lies between -100 and 100 %%.", kpi=kpi.name))
            if kpi.unit in ("per_kh", "days", "hours") and kpi.target < 0:
                raise ValidationError(self.env._("%(kpi)s: the target cannot be negative.", kpi=kpi.name))
            if kpi.unit == "score" and not 0 <= kpi.target <= 100:
                raise ValidationError(self.env._("%(kpi)s: a score target lies between 0 and 100.", kpi=kpi.name))
            field = kpi.contract_target_field
            if field and (field not in contract_fields or contract_fields[field].type != "float"):
                raise ValidationError(
                    self.env._("%(kpi)s: %(field)s is not a numeric field of the contract.", kpi=kpi.name, field=field)
                )

    @api.depends("name", "unit")
    def _compute_display_name(self):
        units = dict(self._fields["unit"]._description_selection(self.env))
        for kpi in self:
            kpi.display_name = f"{kpi.name} ({units[kpi.unit]})" if kpi.name and kpi.unit else kpi.name

    def _format_value(self, value):
        """``value`` with the KPI's unit, e.g. "97.50 %" or "1.20 per 1,000 h"."""
        self.ensure_one()
        if value is None or value is False:
            return self.env._("No data")
        units = dict(self._fields["unit"]._description_selection(self.env))
        return f"{value:,.2f} {units[self.unit]}"
