# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from markupsafe import Markup, escape

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import contract_diff
from .labor_approval_mixin import APPROVAL_TRANSITIONS, USER_GROUP
from .labor_contract import CLAUSE_FIELDS, contract_terms_are_unlocked, contract_terms_unlocked, terms_snapshot
from .labor_state_flow_mixin import labor_state_bypassed, labor_transition


class LaborContractAmendment(models.Model):
    """Supplementary agreement (补充协议): a versioned change of an active contract's
    terms, approved by the same chain as the contract, then applied to it."""

    _name = "labor.contract.amendment"
    _description = "Supplementary Agreement"
    _inherit = ["mail.thread", "mail.activity.mixin", "labor.approval.mixin"]
    _labor_transitions = {
        **APPROVAL_TRANSITIONS,
        "action_cancel": {"from": ("draft", "to_approve"), "to": ("cancel",), "groups": USER_GROUP},
    }
    _order = "contract_id, sequence_number desc, id desc"

    name = fields.Char(compute="_compute_name", store=True)
    contract_id = fields.Many2one(
        "labor.contract",
        required=True,
        index=True,
        ondelete="cascade",
        domain="[('state', 'in', ('approved', 'active'))]",
    )
    sequence_number = fields.Integer(readonly=True, copy=False)
    state = fields.Selection(
        [("draft", "Draft"), ("to_approve", "Under Approval"), ("approved", "Applied"), ("cancel", "Cancelled")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    company_id = fields.Many2one(related="contract_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="contract_id.currency_id")
    vendor_id = fields.Many2one(related="contract_id.vendor_id", store=True)
    department_manager_user_id = fields.Many2one(related="contract_id.department_manager_user_id")
    reason = fields.Text(required=True, tracking=True, default="")
    date_start = fields.Date(readonly=True)
    date_end = fields.Date(tracking=True)
    amount_estimated = fields.Monetary(string="Estimated Value", currency_field="currency_id", tracking=True)
    needs_leadership_approval = fields.Boolean(compute="_compute_needs_leadership_approval", store=True)
    rate_ids = fields.One2many("labor.contract.rate", "amendment_id", string="New Rate Card")
    headcount_line_ids = fields.One2many("labor.contract.headcount", "amendment_id", string="New Headcount Plan")
    clause_confidentiality = fields.Html(string="Confidentiality / NDA")
    clause_ip_ownership = fields.Html(string="Intellectual Property")
    clause_breach_liability = fields.Html(string="Liability for Breach")
    clause_termination = fields.Html(string="Termination Conditions")
    clause_dispute_resolution = fields.Html(string="Dispute Resolution")
    version = fields.Integer(string="Resulting Version", readonly=True, copy=False)
    diff_html = fields.Html(string="Changes", compute="_compute_diff_html", sanitize=False)
    applied_diff_html = fields.Html(readonly=True, sanitize=False, copy=False)
    applied_on = fields.Datetime(readonly=True, copy=False)

    @api.depends("contract_id.name", "sequence_number")
    def _compute_name(self):
        for amendment in self:
            amendment.name = f"{amendment.contract_id.name or ''}/SA{amendment.sequence_number or ''}"

    @api.depends(
        "amount_estimated", "contract_id.currency_id", "contract_id.date_start", "company_id.labor_leadership_threshold"
    )
    def _compute_needs_leadership_approval(self):
        for amendment in self:
            contract = amendment.contract_id
            # the contract's rule: converted at the contract's start date, compared with >=
            amendment.needs_leadership_approval = bool(contract) and contract._labor_needs_leadership(
                contract._labor_amount_in_company_currency(amendment.amount_estimated)
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            contract = self.env["labor.contract"].browse(vals.get("contract_id"))
            if contract.state not in ("approved", "active"):
                raise UserError(self.env._("Supplementary agreements change approved or active contracts only."))
            numbers = contract.amendment_ids.mapped("sequence_number")
            vals["sequence_number"] = max(numbers, default=0) + 1
            defaults = {
                "date_start": contract.date_start,
                "date_end": contract.date_end,
                "amount_estimated": contract.amount_estimated,
                **{field: contract[field] for field in CLAUSE_FIELDS.values()},
            }
            for key, value in defaults.items():
                vals.setdefault(key, value)
            if "rate_ids" not in vals:
                vals["rate_ids"] = [
                    Command.create(
                        {
                            "job_product_id": r.job_product_id.id,
                            "site_id": r.site_id.id,
                            "shift": r.shift,
                            "unit": r.unit,
                            "price": r.price,
                        }
                    )
                    for r in contract.rate_ids
                ]
            if "headcount_line_ids" not in vals:
                vals["headcount_line_ids"] = [
                    Command.create(
                        {"job_product_id": h.job_product_id.id, "site_id": h.site_id.id, "quantity": h.quantity}
                    )
                    for h in contract.headcount_line_ids
                ]
        # the agreement is created with its lines (whatever its state, e.g. imported)
        with contract_terms_unlocked():
            return super().create(vals_list)

    @api.constrains("date_end", "date_start")
    def _check_dates(self):
        for amendment in self:
            if amendment.date_end and amendment.date_start and amendment.date_end <= amendment.date_start:
                raise ValidationError(self.env._("The end date must be after the start date."))

    def write(self, vals):
        if self.filtered(lambda a: a.state in ("approved", "cancel")) and set(vals) - {
            "message_main_attachment_id",
            "activity_ids",
            "message_follower_ids",
        }:
            raise UserError(self.env._("An applied or cancelled supplementary agreement cannot be changed."))
        return super().write(vals)

    def _check_lines_editable(self):
        """The new terms (rate card, headcount) change only while the agreement is a draft."""
        if labor_state_bypassed() or contract_terms_are_unlocked():
            return
        locked = self.filtered(lambda a: a.state != "draft")
        if locked:
            raise UserError(
                self.env._(
                    "The terms of %(amendment)s are locked since its submission.",
                    amendment=", ".join(locked.mapped("name")),
                )
            )

    def _labor_snapshot(self):
        self.ensure_one()
        return terms_snapshot(self)

    @api.depends(
        "date_end",
        "amount_estimated",
        "rate_ids.price",
        "rate_ids.unit",
        "rate_ids.job_product_id",
        "rate_ids.site_id",
        "rate_ids.shift",
        "headcount_line_ids.quantity",
        *CLAUSE_FIELDS.values(),
    )
    def _compute_diff_html(self):
        for amendment in self:
            if amendment.state == "approved":
                amendment.diff_html = amendment.applied_diff_html
                continue
            if not amendment.contract_id:
                amendment.diff_html = False
                continue
            rows = contract_diff.diff_terms(
                amendment.contract_id._labor_snapshot(), amendment._labor_snapshot(), CLAUSE_FIELDS.values()
            )
            amendment.diff_html = amendment._render_diff(rows)

    def _render_diff(self, rows):
        labels = {
            "date_start": self.env._("Start Date"),
            "date_end": self.env._("End Date"),
            "amount_estimated": self.env._("Estimated Value"),
            **{f: self.contract_id._fields[f].get_description(self.env)["string"] for f in CLAUSE_FIELDS.values()},
        }
        sections = {
            "terms": self.env._("Terms"),
            "rates": self.env._("Rate"),
            "headcount": self.env._("Headcount"),
            "clauses": self.env._("Clause"),
        }
        if not rows:
            return Markup("<p>%s</p>") % self.env._("No change yet.")
        body = Markup("")
        for section, label, old, new in rows:
            if section == "clauses":
                old, new = self.env._("(previous wording)"), self.env._("(new wording)")
            body += Markup("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>") % (
                sections[section],
                labels.get(label, label),
                escape(self.env._("(none)") if old is None else old),
                escape(self.env._("(removed)") if new is None else new),
            )
        head = Markup("<tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>") % (
            self.env._("What"),
            self.env._("Item"),
            self.env._("Current"),
            self.env._("Proposed"),
        )
        return Markup('<table class="table table-sm o_labor_diff"><thead>%s</thead><tbody>%s</tbody></table>') % (
            head,
            body,
        )

    # Approval chain hooks ----------------------------------------------------------------
    def _labor_contract(self):
        return self.contract_id

    def _labor_before_submit(self):
        self.ensure_one()
        if self.contract_id.state not in ("approved", "active"):
            raise UserError(self.env._("The contract is no longer approved or active."))
        if not (self.reason or "").strip():
            raise UserError(self.env._("Explain the reason of the supplementary agreement."))
        if not self.rate_ids:
            raise UserError(self.env._("The rate card cannot be empty."))
        others = self.contract_id.amendment_ids.filtered(lambda a: a.state == "to_approve") - self
        if others:
            raise UserError(self.env._("%(other)s is already under approval for this contract.", other=others[0].name))
        rows = contract_diff.diff_terms(
            self.contract_id._labor_snapshot(), self._labor_snapshot(), CLAUSE_FIELDS.values()
        )
        if not rows:
            raise UserError(self.env._("The supplementary agreement changes nothing."))

    def _labor_on_approved(self):
        for amendment in self:
            contract = amendment.contract_id
            applied_diff = amendment._render_diff(
                contract_diff.diff_terms(
                    contract._labor_snapshot(), amendment._labor_snapshot(), CLAUSE_FIELDS.values()
                )
            )
            self.env["labor.contract.version"].sudo().create(
                {
                    "contract_id": contract.id,
                    "version": contract.version,
                    "amendment_id": amendment.id,
                    "terms_html": contract._labor_render_terms(),
                }
            )
            vals = {
                "date_end": amendment.date_end,
                "amount_estimated": amendment.amount_estimated,
                "version": contract.version + 1,
                **{field: amendment[field] for field in CLAUSE_FIELDS.values()},
                **contract._labor_replace_lines_vals(amendment),
            }
            with contract_terms_unlocked():
                contract.sudo().write(vals)
            contract.message_post(
                body=self.env._(
                    "Supplementary agreement %(name)s applied: version %(version)s.",
                    name=amendment.name,
                    version=contract.version,
                ),
                subtype_xmlid="mail.mt_note",
            )
            amendment.write(
                {
                    "state": "approved",
                    "version": contract.version,
                    "applied_on": fields.Datetime.now(),
                    "applied_diff_html": applied_diff,
                }
            )

    @labor_transition("action_cancel")
    def action_cancel(self):
        if self.filtered(lambda a: a.state == "approved"):
            raise UserError(self.env._("An applied supplementary agreement cannot be cancelled."))
        self.write({"state": "cancel"})
        return True
