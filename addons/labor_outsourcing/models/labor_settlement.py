# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, time

import psycopg2
from dateutil.relativedelta import relativedelta

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL, format_date
from odoo.tools.misc import formatLang

from ..tools import settlement as arithmetic
from .labor_state_flow_mixin import labor_transition

SETTLEMENT_STATES = [
    ("draft", "Draft"),
    ("computed", "Computed"),
    ("confirmed", "Confirmed"),
    ("cancel", "Cancelled"),
]
SETTLEABLE_CONTRACT_STATES = ("active", "expired", "terminated", "renewed")
# Purchase order states in which the settlement can still be cancelled.
PO_CANCELLABLE_STATES = ("draft", "sent", "to approve", "cancel")
USER_GROUP = "labor_outsourcing.group_labor_user"
MANAGER_GROUP = "labor_outsourcing.group_labor_manager"


def _default_date_from(model):
    """First day of the previous month."""
    return fields.Date.context_today(model).replace(day=1) - relativedelta(months=1)


def _default_date_to(model):
    """Last day of the previous month."""
    return fields.Date.context_today(model).replace(day=1) - relativedelta(days=1)


class LaborSettlement(models.Model):
    """Monthly settlement of a contract: the timesheets of its workers on its projects in
    the period, priced with the rate card, minus the deductions; confirming it orders the
    services from the vendor (purchase order), whose bill follows the purchase flow.

    Draft -> (Compute) Computed -> (Confirm) Confirmed, Cancelled from any state while the
    purchase order is not confirmed. Computing links the timesheets to the settlement,
    which locks them until it is reset or cancelled."""

    _name = "labor.settlement"
    _description = "Outsourcing Settlement"
    _inherit = [
        "labor.portal.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "labor.sequence.mixin",
        "labor.state.flow.mixin",
    ]
    _labor_portal_path = "settlements"
    _labor_flow_fields = ("state", "purchase_order_id")
    _labor_unlink_states = False  # _unlink_except_in_progress
    _labor_transitions = {
        "action_compute": {"from": ("draft", "computed"), "to": ("computed",), "groups": USER_GROUP},
        "action_confirm": {"from": ("computed",), "to": ("confirmed",), "groups": USER_GROUP},
        # also cancels its purchase order while a draft (refused once it is confirmed)
        "action_cancel": {
            "from": ("draft", "computed", "confirmed", "cancel"),
            "to": ("cancel",),
            "groups": USER_GROUP,
        },
        # reopening a cancelled settlement: managers only
        "action_reset_draft": {
            "from": ("computed", "cancel"),
            "to": ("draft",),
            "groups": USER_GROUP,
            "check": "_labor_may_reset",
        },
    }
    _order = "date_from desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Number", required=True, readonly=True, copy=False, default=lambda self: self.env._("New")
    )
    contract_id = fields.Many2one(
        "labor.contract",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        domain=[("state", "in", SETTLEABLE_CONTRACT_STATES)],
    )
    vendor_id = fields.Many2one(related="contract_id.vendor_id", store=True, index=True)
    company_id = fields.Many2one(related="contract_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="contract_id.currency_id", store=True)
    date_from = fields.Date(string="From", required=True, default=_default_date_from, tracking=True)
    date_to = fields.Date(string="To", required=True, default=_default_date_to, tracking=True)
    state = fields.Selection(SETTLEMENT_STATES, default="draft", required=True, tracking=True, copy=False)
    user_id = fields.Many2one("res.users", string="Responsible", default=lambda self: self.env.user, tracking=True)
    line_ids = fields.One2many("labor.settlement.line", "settlement_id", string="Service Lines", copy=False)
    deduction_ids = fields.One2many(
        "labor.settlement.deduction",
        "settlement_id",
        string="Deduction Lines",
        copy=False,
        domain=[("kind", "=", "deduction")],
    )
    addition_ids = fields.One2many(
        "labor.settlement.deduction",
        "settlement_id",
        string="Additions (Rewards)",
        copy=False,
        domain=[("kind", "=", "addition")],
        context={"default_kind": "addition"},
    )
    amount_untaxed_lines = fields.Monetary(
        string="Services", compute="_compute_amounts", store=True, currency_field="currency_id"
    )
    amount_deductions = fields.Monetary(
        string="Deductions", compute="_compute_amounts", store=True, currency_field="currency_id"
    )
    amount_additions = fields.Monetary(
        string="Rewards", compute="_compute_amounts", store=True, currency_field="currency_id"
    )
    amount_total = fields.Monetary(
        string="Total (Untaxed)", compute="_compute_amounts", store=True, currency_field="currency_id", tracking=True
    )
    purchase_order_id = fields.Many2one("purchase.order", readonly=True, copy=False, index="btree_not_null")
    purchase_state = fields.Selection(related="purchase_order_id.state", string="Purchase Order Status")
    timesheet_ids = fields.One2many(
        "account.analytic.line",
        "labor_settlement_id",
        string="Timesheets",
        readonly=True,
        groups="hr_timesheet.group_hr_timesheet_user",
    )
    timesheet_count = fields.Integer(compute="_compute_timesheet_count", compute_sudo=True)
    note = fields.Text(groups="base.group_user")  # internal: not for the vendor

    # Computes -----------------------------------------------------------------------------
    @api.depends("line_ids.subtotal", "deduction_ids.amount", "addition_ids.amount", "currency_id")
    def _compute_amounts(self):
        for settlement in self:
            result = arithmetic.totals(
                settlement.line_ids.mapped("subtotal"),
                settlement.deduction_ids.mapped("amount"),
                settlement.currency_id.rounding or 0.01,
                additions=settlement.addition_ids.mapped("amount"),
            )
            settlement.amount_untaxed_lines = result.lines
            settlement.amount_deductions = result.deductions
            settlement.amount_additions = result.additions
            settlement.amount_total = result.total

    def _compute_timesheet_count(self):
        counts = dict(
            self.env["account.analytic.line"]._read_group(
                [("labor_settlement_id", "in", self.ids)], ["labor_settlement_id"], ["__count"]
            )
        )
        for settlement in self:
            settlement.timesheet_count = counts.get(settlement, 0)

    # Constraints ----------------------------------------------------------------------------
    @api.constrains("date_from", "date_to", "contract_id")
    def _check_period(self):
        for settlement in self:
            if settlement.date_to < settlement.date_from:
                raise ValidationError(
                    self.env._(
                        "%(settlement)s: the period ends (%(end)s) before it starts (%(start)s).",
                        settlement=settlement.name,
                        start=format_date(self.env, settlement.date_from),
                        end=format_date(self.env, settlement.date_to),
                    )
                )
            contract = settlement.contract_id
            contract_end = settlement._contract_end()
            if settlement.date_from < contract.date_start or settlement.date_to > contract_end:
                raise ValidationError(
                    self.env._(
                        "%(settlement)s: the period %(start)s to %(end)s is outside the contract %(contract)s, "
                        "which runs from %(contract_start)s to %(contract_end)s.",
                        settlement=settlement.name,
                        start=format_date(self.env, settlement.date_from),
                        end=format_date(self.env, settlement.date_to),
                        contract=contract.display_name,
                        contract_start=format_date(self.env, contract.date_start),
                        contract_end=format_date(self.env, contract_end),
                    )
                )

    def _contract_end(self):
        """Last day of the contract that can be settled: its end, or its termination."""
        self.ensure_one()
        contract = self.contract_id
        if contract.state == "terminated" and contract.termination_date:
            return min(contract.date_end, contract.termination_date)
        return contract.date_end

    # CRUD ---------------------------------------------------------------------------------

    def write(self, vals):
        if {"contract_id", "date_from", "date_to"} & set(vals):
            computed = self.filtered(lambda s: s.state != "draft")
            if computed:
                raise UserError(
                    self.env._(
                        "Reset %(settlements)s to draft before changing its contract or period.",
                        settlements=", ".join(computed.mapped("name")),
                    )
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_in_progress(self):
        for settlement in self:
            if settlement.state not in ("draft", "cancel"):
                raise UserError(
                    self.env._(
                        "%(settlement)s is %(state)s: reset it to draft or cancel it before deleting it.",
                        settlement=settlement.name,
                        state=dict(SETTLEMENT_STATES)[settlement.state],
                    )
                )

    @api.onchange("contract_id")
    def _onchange_contract_id(self):
        """Keep the default period inside the contract."""
        if self.contract_id and self.date_from and self.date_to:
            self.date_from = max(self.date_from, self.contract_id.date_start)
            self.date_to = max(min(self.date_to, self._contract_end()), self.date_from)

    def _check_lines_editable(self):
        """Lines and deductions change only while the settlement is a draft or computed."""
        for settlement in self:
            if settlement.state in ("confirmed", "cancel"):
                raise UserError(
                    self.env._(
                        "%(settlement)s is %(state)s: its lines and deductions can no longer change.",
                        settlement=settlement.name,
                        state=dict(SETTLEMENT_STATES)[settlement.state],
                    )
                )

    # Flow -----------------------------------------------------------------------------------
    def _labor_may_reset(self):
        """Reopening a cancelled settlement is a manager's decision."""
        return all(s.state != "cancel" for s in self) or self.env.user.has_group(MANAGER_GROUP)

    def _labor_lock(self):
        """Lock the settlements' rows for this transaction, then read their state again:
        two users confirming (or resetting) the same settlement at the same moment do it
        one after the other, and the second sees what the first did."""
        if not self.ids:
            return
        self.flush_recordset()
        try:
            with self.env.cr.savepoint(flush=False):
                self.env.cr.execute(
                    SQL("SELECT id FROM labor_settlement WHERE id = ANY(%s) FOR UPDATE NOWAIT", self.ids)
                )
        except psycopg2.errors.LockNotAvailable:
            raise UserError(
                self.env._(
                    "%(settlements)s is being changed by another user right now: try again in a moment.",
                    settlements=", ".join(self.mapped("name")),
                )
            ) from None
        self.invalidate_recordset(["state", "purchase_order_id"])

    def _labor_check_order_cancelled(self):
        """A settlement whose purchase order is not cancelled keeps its timesheets: they are
        ordered (and billed) once."""
        ordered = self.sudo().filtered(lambda s: s.purchase_order_id and s.purchase_order_id.state != "cancel")
        if ordered:
            raise UserError(
                self.env._(
                    "%(settlements)s ordered its timesheets on %(orders)s: cancel the settlement (which "
                    "cancels a draft order) before settling them again.",
                    settlements=", ".join(ordered.mapped("name")),
                    orders=", ".join(ordered.purchase_order_id.mapped("name")),
                )
            )

    @labor_transition("action_compute")
    def action_compute(self):
        """(Re)compute the lines from the unsettled timesheets of the period and link them."""
        self._labor_lock()
        for settlement in self:
            if settlement.state not in ("draft", "computed"):
                raise UserError(
                    self.env._(
                        "%(settlement)s is no longer a draft: it cannot be computed.", settlement=settlement.name
                    )
                )
            settlement._check_contract_settleable()
        self._release_timesheets()
        self.line_ids.sudo().unlink()
        for settlement in self:
            settlement._compute_settlement()
        return True

    def _check_contract_settleable(self):
        self.ensure_one()
        contract = self.contract_id
        if contract.state not in SETTLEABLE_CONTRACT_STATES:
            raise UserError(
                self.env._(
                    "%(contract)s is %(state)s: only active contracts, or expired, terminated and renewed ones "
                    "for periods before their end, can be settled.",
                    contract=contract.display_name,
                    state=dict(contract._fields["state"]._description_selection(self.env))[contract.state],
                )
            )

    def _settlement_timesheet_domain(self, workers):
        self.ensure_one()
        return [
            # every project of the contract, including those the user does not follow
            ("project_id", "in", self.contract_id.sudo().project_ids.ids),
            ("employee_id", "in", workers.ids),
            ("date", ">=", self.date_from),
            ("date", "<=", self.date_to),
            ("company_id", "=", self.company_id.id),
        ]

    def _compute_settlement(self):
        """Price the unsettled timesheets of the period: a handful of queries whatever the
        number of timesheets (one read of the workers, one of the timesheets, one batch
        create of the lines, one write linking the timesheets)."""
        self.ensure_one()
        contract = self.contract_id
        if not contract.sudo().project_ids:
            raise UserError(
                self.env._(
                    "Add the projects of %(contract)s: their timesheets are settled.", contract=contract.display_name
                )
            )
        workers = (
            self.env["hr.employee"]
            .sudo()
            .with_context(active_test=False)
            .search_fetch(
                [("labor_contract_id", "=", contract.id)],
                ["name", "labor_job_product_id", "labor_site_id", "labor_shift"],
            )
        )
        timesheets = (
            self.env["account.analytic.line"]
            .sudo()
            .search_fetch(
                self._settlement_timesheet_domain(workers) + [("labor_settlement_id", "=", False)],
                [
                    "employee_id",
                    "date",
                    "unit_amount",
                    "labor_settlement_id",
                    "labor_job_product_id",
                    "labor_site_id",
                    "labor_shift",
                ],
                order="date, id",
            )
        )
        if not timesheets:
            raise UserError(self._nothing_to_settle_message(workers))

        rates = [
            arithmetic.Rate(rate.id, rate.job_product_id.id, rate.site_id.id, rate.shift, rate.unit, rate.price)
            for rate in contract.rate_ids
        ]
        # each line with the worker's assignment when it was logged (the worker's current one
        # for lines logged before he had a job type)
        current = {w.id: (w.labor_job_product_id.id, w.labor_site_id.id, w.labor_shift) for w in workers}
        assignment = {
            t.id: (t.employee_id.id, t.labor_job_product_id.id, t.labor_site_id.id, t.labor_shift)
            if t.labor_job_product_id
            else (t.employee_id.id, *current[t.employee_id.id])
            for t in timesheets
        }
        rate_by_assignment, unmatched = arithmetic.assign_rates(
            (arithmetic.Worker(key, *key[1:]) for key in dict.fromkeys(assignment.values())), rates
        )
        if unmatched:
            shifts = dict(self.env["labor.contract.rate"]._fields["shift"]._description_selection(self.env))
            # read together: one query for the job types, one for the sites
            jobs = self.env["product.product"].browse({w.job_id for w in unmatched if w.job_id})
            sites = self.env["labor.work.site"].browse({w.site_id for w in unmatched if w.site_id})
            raise UserError(
                self.env._(
                    "No rate of %(contract)s applies to these workers; add a rate for their job type, "
                    "site and shift, or correct the workers (and the job type, site and shift of their "
                    "timesheets, kept as they were when logged):\n%(workers)s",
                    contract=contract.display_name,
                    workers="\n".join(
                        self.env._(
                            "- %(worker)s (job type: %(job)s, site: %(site)s, shift: %(shift)s)",
                            worker=workers.browse(w.key[0]).name,
                            job=jobs.browse(w.job_id).with_prefetch(jobs._prefetch_ids).display_name
                            or self.env._("none"),
                            site=sites.browse(w.site_id).with_prefetch(sites._prefetch_ids).display_name
                            or self.env._("none"),
                            shift=shifts[w.shift or "any"],
                        )
                        for w in unmatched
                    ),
                )
            )
        lines = arithmetic.build_lines(
            (arithmetic.Timesheet(t.id, t.employee_id.id, t.date, t.unit_amount, assignment[t.id]) for t in timesheets),
            rate_by_assignment,
            self.env["decimal.precision"].precision_get("Product Unit of Measure"),
        )
        self.env["labor.settlement.line"].create(
            [
                {
                    "settlement_id": self.id,
                    "sequence": sequence,
                    "job_product_id": line.rate.job_id,
                    "site_id": line.rate.site_id or False,
                    "shift": line.rate.shift,
                    "unit": line.rate.unit,
                    "quantity": line.quantity,
                    "price": line.rate.price,
                    "timesheet_count": len(line.timesheet_keys),
                    "worker_count": len(line.worker_keys),
                }
                for sequence, line in enumerate(lines, start=1)
            ]
        )
        self._link_timesheets(timesheets)
        self._refresh_automatic_deductions()
        self.write({"state": "computed"})

    def _nothing_to_settle_message(self, workers):
        settled = (
            self.env["account.analytic.line"]
            .sudo()
            ._read_group(
                self._settlement_timesheet_domain(workers) + [("labor_settlement_id", "!=", False)],
                ["labor_settlement_id"],
            )
        )
        if settled:
            return self.env._(
                "Nothing to settle: every timesheet of %(contract)s from %(start)s to %(end)s is already "
                "settled by %(settlements)s.",
                contract=self.contract_id.display_name,
                start=format_date(self.env, self.date_from),
                end=format_date(self.env, self.date_to),
                settlements=", ".join(s.name for (s,) in settled),
            )
        return self.env._(
            "Nothing to settle: no timesheet of the workers of %(contract)s on its projects from %(start)s to %(end)s.",
            contract=self.contract_id.display_name,
            start=format_date(self.env, self.date_from),
            end=format_date(self.env, self.date_to),
        )

    @api.model
    def _labor_settlement_sources(self):
        """The registry of the models whose records a settlement deducts or pays by itself;
        each addon extends it with its own (quality: non-conformances, reports: vendor
        rewards). A source model implements ``_labor_settlement_source_domain(settlement)``
        (its records due in the settlement) and ``_labor_settlement_entry(settlement)`` (the
        values of one record's line: ``reason``, ``amount`` in the settlement's currency,
        ``kind``, optionally ``date``, ``penalty_rule_id``, ``source_amount``,
        ``source_currency_id``)."""
        return ["labor.worker.sanction"]

    def _labor_source_entries(self, model):
        """Values of the automatic lines of ``model``'s records due in this settlement that
        no other live settlement took yet (two searches whatever the number of records)."""
        self.ensure_one()
        records = self.env[model].sudo().search(self.env[model]._labor_settlement_source_domain(self))
        if not records:
            return []
        taken = set(
            self.env["labor.settlement.deduction"]
            .sudo()
            .with_context(active_test=False)
            .search(
                [
                    ("source_model", "=", model),
                    ("source_id", "in", records.ids),
                    ("settlement_id", "!=", self.id),
                    ("settlement_id.state", "!=", "cancel"),
                ]
            )
            .mapped("source_id")
        )
        return [
            dict(record._labor_settlement_entry(self), source_model=model, source_id=record.id)
            for record in records
            if record.id not in taken
        ]

    def _labor_automatic_deductions(self):
        """Values of the automatic deductions and additions of the period, from every source
        of the registry. They are replaced at each computation; manual ones stay."""
        self.ensure_one()
        return [vals for model in self._labor_settlement_sources() for vals in self._labor_source_entries(model)]

    def _refresh_automatic_deductions(self):
        self.ensure_one()
        (self.deduction_ids | self.addition_ids).filtered("is_automatic").sudo().unlink()
        vals_list = [
            dict(vals, settlement_id=self.id, is_automatic=True) for vals in self._labor_automatic_deductions()
        ]
        if vals_list:
            self.env["labor.settlement.deduction"].create(vals_list)

    def _release_timesheets(self):
        """Unlink the settled timesheets, which unlocks them (one search, one write)."""
        if not self.ids:
            return
        self._labor_check_order_cancelled()
        Timesheet = self.env["account.analytic.line"].sudo()
        Timesheet.flush_model(["labor_settlement_id"])
        self.env.cr.execute(
            SQL(
                "UPDATE account_analytic_line SET labor_settlement_id = NULL, write_uid = %s, write_date = %s "
                "WHERE labor_settlement_id = ANY(%s) RETURNING id",
                self.env.uid,
                self.env.cr.now(),
                self.ids,
            )
        )
        self._timesheets_relinked(Timesheet.browse(row[0] for row in self.env.cr.fetchall()))

    def _link_timesheets(self, timesheets):
        """Link ``timesheets`` (unsettled, just read) to ``self`` in one statement whatever
        their number (the ORM writes 100 rows per query); refused if another settlement
        took any of them in the meantime."""
        self.ensure_one()
        timesheets.flush_recordset(["labor_settlement_id"])
        self.env.cr.execute(
            SQL(
                "UPDATE account_analytic_line SET labor_settlement_id = %s, write_uid = %s, write_date = %s "
                "WHERE id = ANY(%s) AND labor_settlement_id IS NULL",
                self.id,
                self.env.uid,
                self.env.cr.now(),
                timesheets.ids,
            )
        )
        if self.env.cr.rowcount != len(timesheets):
            raise UserError(
                self.env._(
                    "Some timesheets of %(settlement)s were settled by another settlement meanwhile: compute it again.",
                    settlement=self.name,
                )
            )
        self._timesheets_relinked(timesheets)

    def _timesheets_relinked(self, timesheets):
        """The ORM's view of timesheets whose settlement was set in SQL."""
        timesheets.invalidate_recordset(["labor_settlement_id", "write_uid", "write_date"])
        timesheets.modified(["labor_settlement_id"])
        self.invalidate_recordset(["timesheet_ids", "timesheet_count"])

    @labor_transition("action_confirm")
    def action_confirm(self):
        """Order the settled services from the vendor: one purchase order per settlement."""
        self._labor_lock()
        for settlement in self:
            if settlement.state != "computed":
                raise UserError(self.env._("Compute %(settlement)s before confirming it.", settlement=settlement.name))
            settlement._check_contract_settleable()
            if not settlement.line_ids:
                raise UserError(self.env._("%(settlement)s has no line to order.", settlement=settlement.name))
            if settlement.currency_id.compare_amounts(settlement.amount_total, 0) < 0:
                raise UserError(
                    self.env._(
                        "The deductions of %(settlement)s (%(deductions)s) exceed its services (%(services)s).",
                        settlement=settlement.name,
                        deductions=formatLang(
                            self.env, settlement.amount_deductions, currency_obj=settlement.currency_id
                        ),
                        services=formatLang(
                            self.env, settlement.amount_untaxed_lines, currency_obj=settlement.currency_id
                        ),
                    )
                )
        for settlement in self:
            # Outsourcing users order the settled services even without purchase rights;
            # the purchase department takes the order over from there.
            order = (
                self.env["purchase.order"]
                .sudo()
                .with_company(settlement.company_id)
                .create(settlement.sudo()._prepare_purchase_order())
            )
            settlement.write({"purchase_order_id": order.id, "state": "confirmed"})
            settlement.message_post(
                body=self.env._("Purchase order %(order)s created.", order=order.name), subtype_xmlid="mail.mt_note"
            )
        return True

    def _prepare_purchase_order(self):
        self.ensure_one()
        company = self.company_id
        vendor = self.vendor_id.with_company(company)
        fiscal_position = self.env["account.fiscal.position"].with_company(company)._get_fiscal_position(vendor)
        date_planned = datetime.combine(self.date_to, time(12))
        lines = [self._prepare_purchase_line(line, fiscal_position, date_planned) for line in self.line_ids]
        penalty = self.env.ref("labor_outsourcing.product_settlement_deduction")
        lines += [
            self._prepare_deduction_purchase_line(deduction, penalty, date_planned) for deduction in self.deduction_ids
        ]
        reward = self.env.ref("labor_outsourcing.product_settlement_reward")
        lines += [
            self._prepare_deduction_purchase_line(addition, reward, date_planned) for addition in self.addition_ids
        ]
        return {
            "partner_id": vendor.id,
            "company_id": company.id,
            "currency_id": self.currency_id.id,
            "fiscal_position_id": fiscal_position.id,
            "payment_term_id": (self.contract_id.payment_term_id or vendor.property_supplier_payment_term_id).id,
            "origin": self.name,
            "user_id": self.env.user.id,
            "labor_settlement_id": self.id,
            "order_line": [Command.create(vals) for vals in lines],
        }

    def _prepare_purchase_line(self, line, fiscal_position, date_planned):
        product = line.job_product_id
        taxes = product.supplier_taxes_id._filter_taxes_by_company(self.company_id)
        return {
            "product_id": product.id,
            "name": line._purchase_description(),
            "product_qty": line.quantity,
            "product_uom": line._purchase_uom().id,
            "price_unit": line.price,
            "taxes_id": [Command.set(fiscal_position.map_tax(taxes).ids)],
            "date_planned": date_planned,
        }

    def _prepare_deduction_purchase_line(self, deduction, product, date_planned):
        return {
            "product_id": product.id,
            "name": deduction._purchase_description(),
            "product_qty": 1.0,
            "product_uom": product.uom_po_id.id,
            "price_unit": deduction.amount if deduction.kind == "addition" else -deduction.amount,
            "taxes_id": [Command.clear()],
            "date_planned": date_planned,
        }

    @labor_transition("action_cancel")
    def action_cancel(self):
        """Cancel while the purchase order is not confirmed: releases the timesheets and
        cancels the draft purchase order."""
        self._labor_lock()
        for settlement in self:
            if settlement.state == "cancel":
                continue
            order = settlement.sudo().purchase_order_id
            if order and order.state not in PO_CANCELLABLE_STATES:
                raise UserError(
                    self.env._(
                        "%(settlement)s cannot be cancelled: its purchase order %(order)s is confirmed. "
                        "Settle corrections in a later settlement.",
                        settlement=settlement.name,
                        order=order.name,
                    )
                )
        settlements = self.filtered(lambda s: s.state != "cancel")
        orders = settlements.sudo().purchase_order_id.filtered(lambda o: o.state != "cancel")
        orders.button_cancel()
        settlements._release_timesheets()
        settlements.write({"state": "cancel"})
        return True

    @labor_transition("action_reset_draft")
    def action_reset_draft(self):
        """Back to draft from Computed or Cancelled (once its purchase order is cancelled):
        the timesheets are released."""
        self._labor_lock()
        for settlement in self:
            if settlement.state not in ("computed", "cancel"):
                raise UserError(
                    self.env._(
                        "Only computed or cancelled settlements can be reset to draft; cancel %(settlement)s first.",
                        settlement=settlement.name,
                    )
                )
        self._labor_check_order_cancelled()
        self._release_timesheets()
        self.line_ids.sudo().unlink()
        self.write({"state": "draft", "purchase_order_id": False})
        return True

    # Navigation -----------------------------------------------------------------------------
    def action_view_purchase_order(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "purchase.order",
            "res_id": self.purchase_order_id.id,
            "view_mode": "form",
        }

    def action_view_timesheets(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("hr_timesheet.timesheet_action_all")
        action.update(
            {
                "name": self.env._("Timesheets of %(settlement)s", settlement=self.name),
                "domain": [("labor_settlement_id", "=", self.id)],
                "context": {"create": False},
            }
        )
        return action
