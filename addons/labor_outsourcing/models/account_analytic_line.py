# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from .labor_contract_rate import SHIFTS

# What a settlement priced: locked once settled. Fields Odoo itself maintains on
# timesheets (invoicing, validation, analytic distribution...) stay writable.
SETTLED_LOCKED_FIELDS = (
    "date",
    "unit_amount",
    "employee_id",
    "project_id",
    "task_id",
    "amount",
    "name",
    "labor_job_product_id",
    "labor_site_id",
    "labor_shift",
)
# What a worker logs: changing it is logging work, which non-compliant workers cannot do.
# (Not ``amount``: hr_timesheet writes the cost of every new line one by one after its
# creation, which would check the workers once per line.)
WORK_FIELDS = ("date", "unit_amount", "employee_id", "project_id", "task_id")


class AccountAnalyticLine(models.Model):
    """Timesheets settled by an outsourcing settlement are linked to it and locked."""

    _inherit = "account.analytic.line"

    labor_settlement_id = fields.Many2one(
        "labor.settlement",
        string="Outsourcing Settlement",
        index="btree_not_null",
        copy=False,
        readonly=True,
        ondelete="restrict",
    )
    # The outsourced worker's assignment when the line was logged (or given to him): the
    # settlement prices the line with it, not with the assignment of the day it is computed.
    # Correctable line by line until settled.
    labor_job_product_id = fields.Many2one(
        "product.product",
        string="Job Type",
        compute="_compute_labor_assignment",
        store=True,
        readonly=False,
        groups="hr.group_hr_user,labor_outsourcing.group_labor_user",
    )
    labor_site_id = fields.Many2one(
        "labor.work.site",
        string="Work Site",
        compute="_compute_labor_assignment",
        store=True,
        readonly=False,
        groups="hr.group_hr_user,labor_outsourcing.group_labor_user",
    )
    labor_shift = fields.Selection(
        SHIFTS,
        string="Shift",
        compute="_compute_labor_assignment",
        store=True,
        readonly=False,
        groups="hr.group_hr_user,labor_outsourcing.group_labor_user",
    )

    @api.depends("employee_id")
    def _compute_labor_assignment(self):
        for line in self:
            # a worker of an outsourcing contract (those its settlements price)
            worker = line.employee_id if line.employee_id.labor_contract_id else line.employee_id.browse()
            line.labor_job_product_id = worker.labor_job_product_id
            line.labor_site_id = worker.labor_site_id
            line.labor_shift = worker.labor_shift or False

    @api.model_create_multi
    def create(self, vals_list):
        if any(vals.get("labor_settlement_id") for vals in vals_list):
            raise UserError(
                self.env._("Timesheets are linked to a settlement by computing the settlement, not by hand.")
            )
        lines = super().create(vals_list)
        lines._labor_snapshot_assignment()
        lines._labor_check_workers_can_work()
        return lines

    def _labor_snapshot_assignment(self):
        # computed now, not when first read: a change of the worker's assignment later in the
        # same transaction must not reach the lines logged before it
        self.sudo().mapped("labor_job_product_id")

    def _labor_check_workers_can_work(self):
        """Outsourced workers who are not compliant cannot log timesheets."""
        workers = self.filtered("project_id").sudo().employee_id.filtered("is_labor_worker")
        workers._labor_check_can_work(self.env._("log timesheets"))

    def _is_readonly(self):
        return super()._is_readonly() or bool(self.sudo().labor_settlement_id)

    def write(self, vals):
        # the settlement links its timesheets itself, in SQL (labor.settlement._link_timesheets)
        if "labor_settlement_id" in vals:
            raise UserError(
                self.env._("Timesheets are linked to a settlement by computing the settlement, not by hand.")
            )
        if set(vals) & set(SETTLED_LOCKED_FIELDS):
            self._check_not_settled()
        result = super().write(vals)
        if "employee_id" in vals:
            self._labor_snapshot_assignment()
        if set(vals) & set(WORK_FIELDS):
            self._labor_check_workers_can_work()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_settled(self):
        self._check_not_settled()

    def _check_not_settled(self):
        settled = self.sudo().filtered("labor_settlement_id")
        if settled:
            raise UserError(
                self.env._(
                    "These timesheets are settled and locked: reset or cancel %(settlements)s first.\n%(lines)s",
                    settlements=", ".join(settled.labor_settlement_id.mapped("name")),
                    lines=settled._labor_describe(),
                )
            )

    def _labor_describe(self, limit=10):
        lines = [
            f"- {line.employee_id.name or ''} {line.date} {line.unit_amount:g} h ({line.labor_settlement_id.name})"
            for line in self[:limit]
        ]
        if len(self) > limit:
            lines.append(self.env._("... and %(count)s more", count=len(self) - limit))
        return "\n".join(lines)
