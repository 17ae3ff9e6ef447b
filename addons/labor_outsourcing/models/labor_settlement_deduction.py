# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class LaborSettlementDeduction(models.Model):
    """An amount deducted from a settlement (a penalty of the contract's penalty rules or a
    manual adjustment) or added to it (a reward), always with its reason. The sources of
    the settlement's registry (``labor.settlement._labor_settlement_sources``: worker
    penalties and rewards, non-conformances, vendor rewards) add theirs with a source
    reference, which a settlement that is not cancelled takes only once."""

    _name = "labor.settlement.deduction"
    _description = "Settlement Deduction or Addition"
    _order = "settlement_id, sequence, id"

    settlement_id = fields.Many2one("labor.settlement", required=True, ondelete="cascade", index=True)
    contract_id = fields.Many2one(related="settlement_id.contract_id")
    company_id = fields.Many2one(related="settlement_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="settlement_id.currency_id")
    sequence = fields.Integer(default=10)
    date = fields.Date(default=fields.Date.context_today)
    penalty_rule_id = fields.Many2one(
        "labor.contract.penalty.rule",
        domain="[('contract_id', '=', contract_id)]",
        help="Penalty rule of the contract applied; empty for a manual adjustment.",
    )
    reason = fields.Char(required=True)
    kind = fields.Selection(
        [("deduction", "Deduction"), ("addition", "Addition")],
        required=True,
        default="deduction",
        help="A deduction (penalty) lowers the settlement's total, an addition (reward) raises it.",
    )
    amount = fields.Monetary(
        required=True,
        currency_field="currency_id",
        help="Amount deducted or added (positive), in the settlement's currency.",
    )
    source_amount = fields.Monetary(
        string="Original Amount",
        currency_field="source_currency_id",
        readonly=True,
        help="The amount as its source recorded it, before the conversion to the settlement's currency at the "
        "source's date.",
    )
    source_currency_id = fields.Many2one("res.currency", string="Original Currency", readonly=True)
    source_model = fields.Char(index=True, readonly=True)
    source_id = fields.Many2oneReference(string="Source ID", model_field="source_model", index=True, readonly=True)
    source_name = fields.Char(string="Source", compute="_compute_source_name")
    is_automatic = fields.Boolean(
        readonly=True, help="Added by the computation from other records; replaced at each computation."
    )

    @api.depends("source_model", "source_id")
    def _compute_source_name(self):
        for deduction in self:
            model = deduction.source_model
            if model in self.env and deduction.source_id:
                deduction.source_name = self.env[model].sudo().browse(deduction.source_id).exists().display_name
            else:
                deduction.source_name = False

    @api.onchange("penalty_rule_id")
    def _onchange_penalty_rule_id(self):
        rule = self.penalty_rule_id
        if rule:
            self.amount = self.amount or rule.amount
            self.reason = self.reason or self._penalty_reason(rule)

    @api.model
    def _penalty_reason(self, rule):
        """Default reason of a penalty: the rule's description, else its trigger."""
        triggers = dict(rule._fields["trigger"]._description_selection(self.env))
        return rule.description or triggers[rule.trigger]

    @api.constrains("amount")
    def _check_amount(self):
        for deduction in self:
            if deduction.currency_id.compare_amounts(deduction.amount, 0) <= 0:
                raise ValidationError(
                    self.env._('The deduction "%(reason)s" must be a positive amount.', reason=deduction.reason)
                )

    @api.constrains("penalty_rule_id", "settlement_id")
    def _check_penalty_rule(self):
        for deduction in self:
            if deduction.penalty_rule_id and deduction.penalty_rule_id.contract_id != deduction.contract_id:
                raise ValidationError(
                    self.env._('The penalty rule of "%(reason)s" belongs to another contract.', reason=deduction.reason)
                )

    @api.constrains("source_model", "source_id")
    def _check_source_deducted_once(self):
        sourced = self.filtered(lambda d: d.source_model and d.source_id)
        if not sourced:
            return
        groups = self.sudo()._read_group(
            [
                ("source_model", "in", sourced.mapped("source_model")),
                ("source_id", "in", sourced.mapped("source_id")),
                ("settlement_id.state", "!=", "cancel"),
            ],
            ["source_model", "source_id"],
            ["settlement_id:array_agg"],
        )
        keys = {(d.source_model, d.source_id) for d in sourced}
        for model, res_id, settlement_ids in groups:
            if (model, res_id) in keys and len(settlement_ids) > 1:
                names = self.env["labor.settlement"].sudo().browse(settlement_ids).mapped("name")
                record = (
                    self.env[model].sudo().browse(res_id).display_name if model in self.env else f"{model},{res_id}"
                )
                raise ValidationError(
                    self.env._(
                        "%(record)s is already deducted (%(settlements)s).",
                        record=record,
                        settlements=", ".join(sorted(set(names))),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        rules = self.env["labor.contract.penalty.rule"].browse(
            [vals["penalty_rule_id"] for vals in vals_list if vals.get("penalty_rule_id")]
        )
        for vals in vals_list:
            rule = rules.browse(vals.get("penalty_rule_id"))
            if rule:
                vals.setdefault("amount", rule.amount)
                if not vals.get("reason"):
                    vals["reason"] = self._penalty_reason(rule)
        deductions = super().create(vals_list)
        deductions.settlement_id._check_lines_editable()
        return deductions

    def write(self, vals):
        self.settlement_id._check_lines_editable()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_confirmed(self):
        confirmed = self.settlement_id.filtered(lambda s: s.state in ("confirmed", "cancel"))
        if confirmed:
            raise UserError(
                self.env._(
                    "The deductions of %(settlement)s cannot be deleted any more.",
                    settlement=", ".join(confirmed.mapped("name")),
                )
            )

    def _purchase_description(self):
        self.ensure_one()
        if self.kind == "addition":
            description = self.env._("Reward: %(reason)s", reason=self.reason)
        else:
            description = self.env._("Deduction: %(reason)s", reason=self.reason)
        if self.source_name:
            description += f" ({self.source_name})"
        return f"{description}\n{self.settlement_id.name}"
