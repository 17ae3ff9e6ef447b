# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import format_date

from .labor_kpi import KPI_STATUSES


class LaborKpiValue(models.Model):
    """The value of a KPI for a vendor (or one of its contracts) over a period, kept as
    the evidence of an evaluation or as the result of a KPI analysis."""

    _name = "labor.kpi.value"
    _description = "Vendor KPI Value"
    _order = "date_to desc, vendor_id, contract_id, kpi_sequence, id"
    _check_company_auto = True
    _rec_names_search = ["vendor_id", "kpi_id"]

    kpi_id = fields.Many2one("labor.kpi", string="KPI", required=True, ondelete="restrict", index=True)
    kpi_code = fields.Char(related="kpi_id.code")
    kpi_sequence = fields.Integer(related="kpi_id.sequence", store=True, string="KPI Sequence")
    category = fields.Selection(related="kpi_id.category", store=True)
    unit = fields.Selection(related="kpi_id.unit")
    direction = fields.Selection(related="kpi_id.direction")
    vendor_id = fields.Many2one(
        "res.partner", required=True, index=True, domain="[('is_outsourcing_vendor', '=', True)]"
    )
    contract_id = fields.Many2one("labor.contract", index="btree_not_null", check_company=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    date_from = fields.Date(required=True)
    date_to = fields.Date(required=True)
    evaluation_id = fields.Many2one("labor.vendor.evaluation", ondelete="cascade", index="btree_not_null")
    analysis_user_id = fields.Many2one(
        "res.users",
        string="Analysed By",
        ondelete="cascade",
        index="btree_not_null",
        readonly=True,
        help="The user whose KPI analysis wrote the value: each user's analysis replaces only his own values.",
    )
    value = fields.Float(digits=(16, 2), aggregator="avg", help="0 when there is no data (see the status).")
    has_value = fields.Boolean(string="Has Data")
    numerator = fields.Float(digits=(16, 2), aggregator="sum")
    denominator = fields.Float(digits=(16, 2), aggregator="sum")
    target = fields.Float(digits=(16, 2), aggregator="avg")
    status = fields.Selection(KPI_STATUSES, required=True, default="no_data")
    value_display = fields.Char(string="Value with Unit", compute="_compute_value_display")
    target_display = fields.Char(string="Target with Unit", compute="_compute_value_display")

    @api.depends("kpi_id", "vendor_id", "contract_id", "date_from", "date_to")
    def _compute_display_name(self):
        for value in self:
            who = value.contract_id.display_name or value.vendor_id.display_name or ""
            period = f"{format_date(self.env, value.date_from)} - {format_date(self.env, value.date_to)}"
            value.display_name = f"{value.kpi_id.name or ''}: {who}, {period}"

    @api.depends("value", "has_value", "target", "kpi_id")
    def _compute_value_display(self):
        for record in self:
            kpi = record.kpi_id
            record.value_display = kpi._format_value(record.value if record.has_value else None) if kpi else False
            record.target_display = kpi._format_value(record.target) if kpi else False

    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for value in self:
            if value.date_to < value.date_from:
                raise ValidationError(self.env._("The period of a KPI value must end after it starts."))

    @api.model
    def _vals_from_results(
        self, results, kpis, date_from, date_to, company, group_by, contracts=None, evaluations=None
    ):
        """Values of the records of ``results`` (see ``labor.kpi.engine._compute_kpis``);
        ``evaluations`` maps a vendor id to its evaluation."""
        contracts = contracts or self.env["labor.contract"]
        vals_list = []
        for key, per_kpi in results.items():
            if group_by == "contract":
                contract = contracts.browse(key)
                vendor_id, contract_id = contract.vendor_id.id, contract.id
            else:
                vendor_id, contract_id = key, False
            for kpi in kpis:
                data = per_kpi.get(kpi.code)
                if data is None:
                    continue
                vals_list.append(
                    {
                        "kpi_id": kpi.id,
                        "vendor_id": vendor_id,
                        "contract_id": contract_id,
                        "company_id": company.id,
                        "date_from": date_from,
                        "date_to": date_to,
                        "evaluation_id": evaluations[vendor_id].id if evaluations else False,
                        "value": data["value"] or 0.0,
                        "has_value": data["value"] is not None,
                        "numerator": data["numerator"],
                        "denominator": data["denominator"],
                        "target": data["target"],
                        "status": data["status"],
                    }
                )
        return vals_list

    def action_drilldown(self):
        """The records behind the value."""
        self.ensure_one()
        return self.env["labor.kpi.engine"]._kpi_drilldown_action(
            self.kpi_id.code,
            self.vendor_id,
            self.date_from,
            self.date_to,
            self.contract_id or None,
            companies=self.company_id,
        )
