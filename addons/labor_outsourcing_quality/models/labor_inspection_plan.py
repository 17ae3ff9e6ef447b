# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools import aql as iso2859

FREQUENCIES = [
    ("daily", "Daily"),
    ("weekly", "Weekly"),
    ("monthly", "Monthly"),
    ("quarterly", "Quarterly"),
    ("lot", "Per Delivery Lot"),
]
FREQUENCY_STEPS = {
    "daily": relativedelta(days=1),
    "weekly": relativedelta(weeks=1),
    "monthly": relativedelta(months=1),
    "quarterly": relativedelta(months=3),
}
SAMPLING_METHODS = [
    ("none", "Checklist Only"),
    ("full", "100% Inspection"),
    ("fixed", "Fixed Number"),
    ("iso2859", "ISO 2859-1 (AQL)"),
]


class LaborInspectionPlan(models.Model):
    """What is checked for a contract, service type or site, how often, by whom and with
    which sampling. Scheduled inspections are created by a daily cron from the
    frequency; ISO 2859-1 plans keep the switching state of each vendor."""

    _name = "labor.inspection.plan"
    _description = "Inspection Plan"
    _inherit = ["mail.thread"]
    _order = "name"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    contract_id = fields.Many2one("labor.contract", check_company=True, tracking=True, index="btree_not_null")
    vendor_id = fields.Many2one(
        "res.partner",
        compute="_compute_vendor_id",
        store=True,
        readonly=False,
        domain="[('is_outsourcing_vendor', '=', True)]",
        help="Vendor inspected by the scheduled inspections (the contract's vendor by default).",
    )
    service_type_id = fields.Many2one("labor.service.type")
    site_id = fields.Many2one("labor.work.site", check_company=True)
    item_ids = fields.One2many("labor.inspection.plan.item", "plan_id", string="Checklist", copy=True)
    frequency = fields.Selection(FREQUENCIES, required=True, default="monthly", tracking=True)
    next_date = fields.Date(
        string="Next Inspection",
        default=fields.Date.context_today,
        help="Date of the next scheduled inspection; the cron creates it on that day and moves this date on.",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Lead Inspector",
        domain="[('share', '=', False)]",
        help="Inspector of the scheduled inspections.",
    )
    inspector_ids = fields.Many2many("res.users", string="Inspectors", domain="[('share', '=', False)]")
    sampling_method = fields.Selection(SAMPLING_METHODS, required=True, default="none")
    sample_size = fields.Integer(string="Fixed Sample Size", default=5)
    acceptance_number = fields.Integer(
        default=0, help="100% and fixed-number sampling: most nonconforming items for which the lot is accepted."
    )
    aql = fields.Selection([(label, label) for label in iso2859.AQL_LABELS], string="AQL", default="2.5")
    inspection_level = fields.Selection([(level, level) for level in iso2859.LEVELS], default="II")
    ncr_category_id = fields.Many2one(
        "labor.ncr.category",
        string="NCR Category",
        default=lambda self: self.env.ref("labor_outsourcing_quality.ncr_category_quality", raise_if_not_found=False),
    )
    ncr_severity = fields.Selection(
        [("minor", "Minor"), ("major", "Major"), ("critical", "Critical")], string="NCR Severity", default="minor"
    )
    switching_ids = fields.One2many("labor.inspection.switching", "plan_id", string="Switching States")
    inspection_ids = fields.One2many("labor.inspection", "plan_id")
    inspection_count = fields.Integer(compute="_compute_inspection_count")

    @api.depends("contract_id")
    def _compute_vendor_id(self):
        for plan in self:
            if plan.contract_id:
                plan.vendor_id = plan.contract_id.vendor_id

    def _compute_inspection_count(self):
        counts = dict(self.env["labor.inspection"]._read_group([("plan_id", "in", self.ids)], ["plan_id"], ["__count"]))
        for plan in self:
            plan.inspection_count = counts.get(plan, 0)

    @api.constrains("sampling_method", "sample_size", "acceptance_number", "aql", "inspection_level")
    def _check_sampling(self):
        for plan in self:
            if plan.sampling_method == "fixed" and plan.sample_size <= 0:
                raise ValidationError(self.env._("%(plan)s: the fixed sample size must be positive.", plan=plan.name))
            if plan.acceptance_number < 0:
                raise ValidationError(self.env._("%(plan)s: the acceptance number cannot be negative.", plan=plan.name))
            if plan.sampling_method == "iso2859" and not (plan.aql and plan.inspection_level):
                raise ValidationError(
                    self.env._("%(plan)s: ISO 2859-1 sampling needs an AQL and an inspection level.", plan=plan.name)
                )

    # Switching -------------------------------------------------------------------------
    def _switching_for(self, vendor):
        """The switching record of this plan and ``vendor`` (created on first use)."""
        self.ensure_one()
        Switching = self.env["labor.inspection.switching"].sudo()
        record = Switching.search([("plan_id", "=", self.id), ("vendor_id", "=", vendor.id)], limit=1)
        return record or Switching.create({"plan_id": self.id, "vendor_id": vendor.id})

    # Scheduling ------------------------------------------------------------------------
    @api.model
    def _cron_schedule_inspections(self):
        """Create the scheduled inspections that are due: one per plan and due date, for
        the last due date if several were missed; moves each plan's next date past today.
        Running it again the same day creates nothing."""
        today = fields.Date.context_today(self)
        plans = self.search([("frequency", "!=", "lot"), ("next_date", "<=", today), ("vendor_id", "!=", False)])
        if not plans:
            return self.env["labor.inspection"]
        due = {}
        for plan in plans:
            date, step = plan.next_date, FREQUENCY_STEPS[plan.frequency]
            while date + step <= today:
                date += step
            due[plan] = (date, date + step)
        existing = set(
            self.env["labor.inspection"]
            .with_context(active_test=False)
            .search(
                [
                    ("plan_id", "in", plans.ids),
                    ("kind", "=", "scheduled"),
                    ("date", "in", list({d for d, _n in due.values()})),
                ]
            )
            .mapped(lambda i: (i.plan_id.id, i.date))
        )
        inspections = self.env["labor.inspection"].create(
            [
                plan._scheduled_inspection_vals(date)
                for plan, (date, _next) in due.items()
                if (plan.id, date) not in existing
            ]
        )
        for plan, (_date, next_date) in due.items():
            plan.next_date = next_date
        return inspections

    def _scheduled_inspection_vals(self, date):
        self.ensure_one()
        return {
            "plan_id": self.id,
            "kind": "scheduled",
            "company_id": self.company_id.id,
            "contract_id": self.contract_id.id,
            "vendor_id": self.vendor_id.id,
            "site_id": self.site_id.id,
            "date": date,
            "inspector_id": (self.user_id or self.inspector_ids[:1]).id,
        }

    def action_view_inspections(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("labor_outsourcing_quality.labor_inspection_action")
        action.update({"domain": [("plan_id", "=", self.id)], "context": {"default_plan_id": self.id}})
        return action
