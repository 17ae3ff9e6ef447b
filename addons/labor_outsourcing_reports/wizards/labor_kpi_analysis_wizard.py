# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


def _previous_quarter(today):
    start = today.replace(day=1) - relativedelta(months=3 + (today.month - 1) % 3)
    return start, start + relativedelta(months=3, days=-1)


class LaborKpiAnalysisWizard(models.TransientModel):
    """Compute the KPIs of vendors (or of their contracts) over any period and keep them
    as analysis values, replacing the previous analysis of the same scope."""

    _name = "labor.kpi.analysis.wizard"
    _description = "KPI Analysis"
    _check_company_auto = True

    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company)
    date_from = fields.Date(required=True, default=lambda self: _previous_quarter(fields.Date.context_today(self))[0])
    date_to = fields.Date(required=True, default=lambda self: _previous_quarter(fields.Date.context_today(self))[1])
    group_by = fields.Selection(
        [("vendor", "Per Vendor"), ("contract", "Per Contract")], required=True, default="vendor"
    )
    vendor_ids = fields.Many2many(
        "res.partner",
        string="Vendors",
        domain="[('is_outsourcing_vendor', '=', True)]",
        help="Empty: every vendor with a contract running in the period.",
    )
    contract_ids = fields.Many2many(
        "labor.contract",
        string="Contracts",
        check_company=True,
        domain="[('company_id', '=', company_id), ('state', 'in', ('active', 'expired', 'terminated', 'renewed'))]",
        help="Only these contracts (optional).",
    )

    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for wizard in self:
            if wizard.date_to < wizard.date_from:
                raise ValidationError(self.env._("The period must end after it starts."))

    def _vendors(self):
        self.ensure_one()
        if self.vendor_ids:
            return self.vendor_ids
        if self.contract_ids:
            return self.contract_ids.vendor_id
        contracts = self.env["labor.contract"].search_fetch(
            [
                ("company_id", "=", self.company_id.id),
                ("state", "in", ("active", "expired", "terminated", "renewed")),
                ("date_start", "<=", self.date_to),
                ("date_end", ">=", self.date_from),
            ],
            ["vendor_id"],
        )
        return contracts.vendor_id

    def action_compute(self):
        """Compute the KPIs, replace the analysis values of the scope and open them."""
        self.ensure_one()
        if self.company_id not in self.env.companies:
            raise UserError(self.env._("Choose one of your companies."))
        vendors = self._vendors()
        if not vendors:
            raise UserError(self.env._("No vendor has a contract running in the period."))
        contracts = self.contract_ids or None
        results = self.env["labor.kpi.engine"]._compute_kpis(
            vendors,
            self.date_from,
            self.date_to,
            contracts=contracts,
            group_by=self.group_by,
            companies=self.company_id,
        )
        Value = self.env["labor.kpi.value"]
        catalog = self.env["labor.kpi"].search([("active", "=", True)])
        scope = [
            ("evaluation_id", "=", False),
            # each user's analysis replaces only his own rows: two users analysing the same
            # period at once do not delete each other's
            ("analysis_user_id", "=", self.env.uid),
            ("company_id", "=", self.company_id.id),
            ("date_from", "=", self.date_from),
            ("date_to", "=", self.date_to),
            ("vendor_id", "in", vendors.ids),
            ("contract_id", "!=" if self.group_by == "contract" else "=", False),
        ]
        if self.group_by == "contract":
            scope.append(("contract_id", "in", list(results)))
        # analysis values are only written here, for the scope the user may read (sudo:
        # users read KPI values, the analysis writes them)
        Value.sudo().search(scope).unlink()
        values = Value.sudo().create(
            [
                dict(vals, analysis_user_id=self.env.uid)
                for vals in Value._vals_from_results(
                    results,
                    catalog,
                    self.date_from,
                    self.date_to,
                    self.company_id,
                    self.group_by,
                    contracts=self.env["labor.contract"].browse(list(results)) if self.group_by == "contract" else None,
                )
            ]
        )
        action = self.env["ir.actions.act_window"]._for_xml_id("labor_outsourcing_reports.labor_kpi_value_action")
        action.update(
            {
                "name": self.env._("KPI Analysis"),
                "domain": [("id", "in", values.ids)],
                "context": {"search_default_group_vendor": 1},
            }
        )
        return action
