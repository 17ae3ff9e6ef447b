# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .labor_state_flow_mixin import labor_transition


class LaborWorkerSanction(models.Model):
    """A reward or a penalty of an outsourced worker, and through him of his vendor. It keeps
    the contract (and vendor) the worker was under when it was recorded: the settlement of
    that contract deducts confirmed penalties and pays confirmed rewards, converted from the
    company's currency to the contract's at the sanction's date."""

    _name = "labor.worker.sanction"
    _description = "Worker Reward or Penalty"
    _inherit = ["mail.thread", "labor.state.flow.mixin"]
    _labor_flow_fields = ("state",)
    _labor_transitions = {
        "action_confirm": {"from": ("draft",), "to": ("confirmed",), "groups": "labor_outsourcing.group_labor_user"},
        "action_cancel": {
            "from": ("draft", "confirmed", "cancel"),
            "to": ("cancel",),
            "groups": "labor_outsourcing.group_labor_user",
        },
    }
    _order = "date desc, id desc"
    _check_company_auto = True

    employee_id = fields.Many2one(
        "hr.employee",
        string="Worker",
        required=True,
        index=True,
        domain="[('is_labor_worker', '=', True)]",
        check_company=True,
        tracking=True,
    )
    company_id = fields.Many2one(related="employee_id.company_id", store=True, index=True)
    # the contract it was incurred under, set from the worker when recorded: moving the worker
    # to another contract (vendor) later does not move his past sanctions
    contract_id = fields.Many2one(
        "labor.contract",
        compute="_compute_contract_id",
        store=True,
        readonly=False,
        precompute=True,
        index=True,
        check_company=True,
        tracking=True,
    )
    vendor_id = fields.Many2one(
        "res.partner",
        compute="_compute_contract_id",
        store=True,
        readonly=False,
        precompute=True,
        index=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    sanction_type = fields.Selection(
        [("reward", "Reward"), ("penalty", "Penalty")], string="Type", required=True, default="penalty", tracking=True
    )
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    amount = fields.Monetary(currency_field="currency_id", tracking=True)
    reason = fields.Char(required=True, tracking=True)
    assessment_id = fields.Many2one("labor.worker.assessment", domain="[('employee_id', '=', employee_id)]")
    source_reference = fields.Char(string="NCR / Reference", help="Non-conformance report or other source.")
    state = fields.Selection(
        [("draft", "Draft"), ("confirmed", "Confirmed"), ("cancel", "Cancelled")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )

    @api.depends("employee_id")
    def _compute_contract_id(self):
        for sanction in self:
            sanction.contract_id = sanction.employee_id.labor_contract_id
            sanction.vendor_id = sanction.employee_id.labor_vendor_id

    @api.constrains("amount")
    def _check_amount(self):
        for sanction in self:
            if sanction.amount < 0:
                raise ValidationError(
                    self.env._('The amount of "%(reason)s" cannot be negative.', reason=sanction.reason)
                )

    @labor_transition("action_confirm")
    def action_confirm(self):
        if self.filtered(lambda s: s.state != "draft"):
            raise UserError(self.env._("Only draft rewards and penalties can be confirmed."))
        self.write({"state": "confirmed"})
        return True

    @labor_transition("action_cancel")
    def action_cancel(self):
        deducted = (
            self.env["labor.settlement.deduction"]
            .sudo()
            .search_count(
                [
                    ("source_model", "=", self._name),
                    ("source_id", "in", self.ids),
                    ("settlement_id.state", "=", "confirmed"),
                ]
            )
        )
        if deducted:
            raise UserError(self.env._("A confirmed settlement already deducted this penalty."))
        self.write({"state": "cancel"})
        return True

    @api.ondelete(at_uninstall=False)
    def _unlink_except_confirmed(self):
        if self.filtered(lambda s: s.state == "confirmed"):
            raise UserError(self.env._("Cancel confirmed rewards and penalties instead of deleting them."))

    # Source of settlements (labor.settlement._labor_settlement_sources) ---------------------
    @api.model
    def _labor_settlement_source_domain(self, settlement):
        """Confirmed penalties and rewards incurred under the settlement's contract in its period."""
        return [
            ("contract_id", "=", settlement.contract_id.id),
            ("state", "=", "confirmed"),
            ("amount", ">", 0),
            ("date", ">=", settlement.date_from),
            ("date", "<=", settlement.date_to),
        ]

    def _labor_settlement_entry(self, settlement):
        """A penalty deducted, a reward paid: in the contract's currency, converted at the
        sanction's date; the original amount kept beside it."""
        self.ensure_one()
        target = settlement.currency_id or self.currency_id
        amount = self.currency_id._convert(self.amount, target, self.company_id, self.date)
        if self.sanction_type == "reward":
            reason = self.env._("Reward of %(worker)s: %(reason)s", worker=self.employee_id.name, reason=self.reason)
        else:
            reason = self.env._("Penalty of %(worker)s: %(reason)s", worker=self.employee_id.name, reason=self.reason)
        return {
            "reason": reason,
            "kind": "addition" if self.sanction_type == "reward" else "deduction",
            "amount": amount,
            "date": self.date,
            "source_amount": self.amount,
            "source_currency_id": self.currency_id.id,
        }
