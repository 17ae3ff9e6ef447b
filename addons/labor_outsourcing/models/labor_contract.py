# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import contextlib
import contextvars

from dateutil.relativedelta import relativedelta
from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools.misc import formatLang

from .labor_approval_mixin import APPROVAL_TRANSITIONS
from .labor_state_flow_mixin import labor_state_bypassed, labor_transition

CONTRACT_STATES = [
    ("draft", "Draft"),
    ("to_approve", "Under Approval"),
    ("approved", "Approved"),
    ("active", "Active"),
    ("expired", "Expired"),
    ("terminated", "Terminated"),
    ("renewed", "Renewed"),
]
LOCKED_STATES = ("approved", "active", "expired", "terminated", "renewed")
USER_GROUP = "labor_outsourcing.group_labor_user"
MANAGER_GROUP = "labor_outsourcing.group_labor_manager"
# Set while an approved supplementary agreement is applied to its contract (the only change
# of an approved contract's terms), and while a contract is created with its lines.
_TERMS_UNLOCKED = contextvars.ContextVar("labor_contract_terms_unlocked", default=False)


@contextlib.contextmanager
def contract_terms_unlocked():
    """Let the code applying a supplementary agreement (or creating a contract) change the
    terms and term lines of a contract that is no longer a draft."""
    token = _TERMS_UNLOCKED.set(True)
    try:
        yield
    finally:
        _TERMS_UNLOCKED.reset(token)


def contract_terms_are_unlocked():
    return _TERMS_UNLOCKED.get()


# Commercial terms: locked once approved, changed only through a supplementary agreement.
TERM_FIELDS = [
    "vendor_id",
    "company_id",
    "currency_id",
    "date_start",
    "date_end",
    "service_type_id",
    "project_ids",
    "scope",
    "site_ids",
    "rate_ids",
    "headcount_line_ids",
    "penalty_rule_ids",
    "payment_term_id",
    "amount_estimated",
    "working_time",
    "benefit_wages_on_time",
    "benefit_social_insurance",
    "benefit_training",
    "benefits_note",
    "clause_confidentiality",
    "clause_ip_ownership",
    "clause_breach_liability",
    "clause_termination",
    "clause_dispute_resolution",
    "target_quality_pass_rate",
    "target_on_time_rate",
    "target_cost_saving_rate",
    "target_satisfaction",
    "target_issue_resolution_rate",
]
CLAUSE_FIELDS = {
    "confidentiality": "clause_confidentiality",
    "ip_ownership": "clause_ip_ownership",
    "breach_liability": "clause_breach_liability",
    "termination": "clause_termination",
    "dispute_resolution": "clause_dispute_resolution",
}


def terms_snapshot(record):
    """Plain values of the terms of a contract or of a supplementary agreement (both have
    the same term fields), compared by ``tools.contract_diff``."""
    return {
        "date_start": record.date_start,
        "date_end": record.date_end,
        "amount_estimated": record.amount_estimated,
        "rates": {
            rate._key(): (
                rate.job_product_id.display_name,
                rate.site_id.display_name or "",
                rate.shift,
                rate.unit,
                rate.price,
            )
            for rate in record.rate_ids
        },
        "headcount": {
            (line.job_product_id.id, line.site_id.id): (
                line.job_product_id.display_name,
                line.site_id.display_name or "",
                line.quantity,
            )
            for line in record.headcount_line_ids
        },
        **{field: record[field] or "" for field in CLAUSE_FIELDS.values()},
    }


class LaborContract(models.Model):
    """A labor outsourcing contract with a vendor: scope, rate card, headcount plan,
    clauses, KPI targets and penalty rules; approved by the department manager, legal and
    company leadership (every contract by default; from a threshold if the company sets one)
    before it is signed."""

    _name = "labor.contract"
    _description = "Outsourcing Contract"
    _inherit = [
        "labor.portal.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "labor.approval.mixin",
        "labor.expiry.mixin",
        "labor.sequence.mixin",
    ]
    _labor_portal_path = "contracts"
    _labor_flow_fields = ("state", "termination_reason", "termination_date")
    _labor_transitions = {
        **APPROVAL_TRANSITIONS,
        "action_reset_draft": {"from": ("to_approve",), "to": ("draft",), "groups": USER_GROUP},
        "action_activate": {"from": ("approved",), "to": ("active",), "groups": USER_GROUP},
        # the previous contract, when its renewal is activated
        "renewed": {"from": ("active", "expired"), "to": ("renewed",)},
        "terminate": {"from": ("approved", "active"), "to": ("terminated",), "groups": MANAGER_GROUP},
        "expire": {"from": ("active",), "to": ("expired",)},
    }
    _order = "date_start desc, id desc"
    _check_company_auto = True
    _expiry_date_field = "date_end"
    _rec_names_search = ["name", "title", "vendor_id"]

    name = fields.Char(
        string="Number", required=True, readonly=True, copy=False, default=lambda self: self.env._("New")
    )
    title = fields.Char(required=True, tracking=True)
    state = fields.Selection(CONTRACT_STATES, default="draft", required=True, tracking=True, copy=False)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True, tracking=True
    )
    currency_id = fields.Many2one("res.currency", required=True, default=lambda self: self.env.company.currency_id)
    vendor_id = fields.Many2one(
        "res.partner",
        required=True,
        tracking=True,
        index=True,
        domain="[('is_outsourcing_vendor', '=', True), ('vendor_state', '=', 'approved')]",
    )
    department_id = fields.Many2one("hr.department", check_company=True, tracking=True)
    department_manager_user_id = fields.Many2one(
        "res.users",
        string="Department Manager",
        compute="_compute_department_manager_user_id",
        store=True,
        help="First reviewer of the approval chain: the user of the department's manager.",
    )
    user_id = fields.Many2one("res.users", string="Responsible", default=lambda self: self.env.user, tracking=True)
    project_ids = fields.Many2many("project.project", string="Projects", check_company=True)
    service_type_id = fields.Many2one("labor.service.type", tracking=True)
    scope = fields.Html(string="Service Scope")
    site_ids = fields.Many2many("labor.work.site", string="Work Sites", check_company=True)
    date_start = fields.Date(required=True, tracking=True)
    date_end = fields.Date(required=True, tracking=True)
    rate_ids = fields.One2many("labor.contract.rate", "contract_id", string="Rate Card", copy=True)
    headcount_line_ids = fields.One2many("labor.contract.headcount", "contract_id", string="Headcount Plan", copy=True)
    headcount_planned = fields.Integer(compute="_compute_headcount_planned", store=True)
    penalty_rule_ids = fields.One2many("labor.contract.penalty.rule", "contract_id", string="Penalty Rules", copy=True)
    payment_term_id = fields.Many2one("account.payment.term", check_company=True)
    amount_estimated = fields.Monetary(string="Estimated Value", currency_field="currency_id", tracking=True)
    amount_company = fields.Monetary(
        string="Estimated Value (Company Currency)",
        compute="_compute_amount_company",
        groups="base.group_user",
        store=True,
        currency_field="company_currency_id",
    )
    company_currency_id = fields.Many2one(related="company_id.currency_id", string="Company Currency")
    needs_leadership_approval = fields.Boolean(compute="_compute_amount_company", store=True)
    working_time = fields.Text(string="Working Time Arrangement")
    benefit_wages_on_time = fields.Boolean(string="Wages Paid on Time", default=True)
    benefit_social_insurance = fields.Boolean(string="Social Insurance", default=True)
    benefit_training = fields.Boolean(string="Training Provided", default=True)
    benefits_note = fields.Text(string="Other Obligations")
    clause_confidentiality = fields.Html(string="Confidentiality / NDA")
    clause_ip_ownership = fields.Html(string="Intellectual Property")
    clause_breach_liability = fields.Html(string="Liability for Breach")
    clause_termination = fields.Html(string="Termination Conditions")
    clause_dispute_resolution = fields.Html(string="Dispute Resolution")
    target_quality_pass_rate = fields.Float(string="Quality Pass Rate Target (%)", default=95.0)
    target_on_time_rate = fields.Float(string="On-Time Rate Target (%)", default=90.0)
    target_cost_saving_rate = fields.Float(string="Cost Saving Target (%)", default=5.0)
    target_satisfaction = fields.Float(string="Satisfaction Target (0-100)", default=80.0)
    target_issue_resolution_rate = fields.Float(string="Issue Resolution Target (%)", default=95.0)
    allow_overlap = fields.Boolean(
        string="Allow Overlapping Contracts",
        help="Tick to allow this contract to run at the same time as another active contract "
        "with the same vendor for the same service.",
    )
    signed_attachment = fields.Binary(string="Signed Copy", attachment=True, copy=False)
    signed_attachment_name = fields.Char(copy=False)
    signed_date = fields.Date(copy=False, tracking=True)
    archive_number = fields.Char(copy=False, readonly=True, tracking=True)
    archive_date = fields.Date(copy=False, readonly=True)
    termination_reason = fields.Text(copy=False, tracking=True, groups="base.group_user")
    termination_date = fields.Date(copy=False)
    previous_contract_id = fields.Many2one("labor.contract", string="Renews", copy=False, index=True)
    renewal_ids = fields.One2many("labor.contract", "previous_contract_id", string="Renewals")
    next_contract_id = fields.Many2one("labor.contract", string="Renewed By", compute="_compute_next_contract_id")
    version = fields.Integer(default=1, copy=False, readonly=True)
    amendment_ids = fields.One2many("labor.contract.amendment", "contract_id", string="Supplementary Agreements")
    amendment_count = fields.Integer(compute="_compute_amendment_count")
    version_ids = fields.One2many("labor.contract.version", "contract_id", string="Previous Versions")
    contract_approval_log_ids = fields.One2many(
        "labor.approval.log", "contract_id", string="Approval History (with amendments)"
    )

    # Computes ---------------------------------------------------------------------------
    @api.depends("department_id.manager_id.user_id")
    def _compute_department_manager_user_id(self):
        for contract in self:
            contract.department_manager_user_id = contract.department_id.manager_id.user_id

    @api.depends("headcount_line_ids.quantity")
    def _compute_headcount_planned(self):
        for contract in self:
            contract.headcount_planned = sum(contract.headcount_line_ids.mapped("quantity"))

    @api.depends("amount_estimated", "currency_id", "company_id.labor_leadership_threshold", "date_start")
    def _compute_amount_company(self):
        for contract in self:
            amount = contract._labor_amount_in_company_currency(contract.amount_estimated)
            contract.amount_company = amount
            contract.needs_leadership_approval = contract._labor_needs_leadership(amount)

    def _labor_amount_in_company_currency(self, amount):
        """``amount`` (in the contract's currency) in the company's currency, converted at the
        contract's start date: the one rule of the contract and of its supplementary agreements."""
        self.ensure_one()
        if not (self.currency_id and self.company_id):
            return amount
        return self.currency_id._convert(
            amount,
            self.company_id.currency_id,
            self.company_id,
            self.date_start or fields.Date.context_today(self),
        )

    def _labor_needs_leadership(self, amount_company):
        """Leadership approves when ``amount_company`` reaches the company's threshold (0 by
        default: every contract, as the management plan asks)."""
        self.ensure_one()
        currency = self.company_id.currency_id
        threshold = self.company_id.labor_leadership_threshold
        if currency:
            return currency.compare_amounts(amount_company, threshold) >= 0
        return amount_company >= threshold

    @api.depends("renewal_ids")
    def _compute_next_contract_id(self):
        for contract in self:
            contract.next_contract_id = contract.renewal_ids[:1]

    @api.depends("amendment_ids")
    def _compute_amendment_count(self):
        for contract in self:
            contract.amendment_count = len(contract.amendment_ids)

    # Constraints ------------------------------------------------------------------------
    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for contract in self:
            if contract.date_end <= contract.date_start:
                raise ValidationError(
                    self.env._(
                        "%(contract)s: the end date must be after the start date.", contract=contract.display_name
                    )
                )

    @api.constrains(
        "target_quality_pass_rate",
        "target_on_time_rate",
        "target_cost_saving_rate",
        "target_satisfaction",
        "target_issue_resolution_rate",
        "amount_estimated",
    )
    def _check_targets(self):
        for contract in self:
            for field in (
                "target_quality_pass_rate",
                "target_on_time_rate",
                "target_cost_saving_rate",
                "target_satisfaction",
                "target_issue_resolution_rate",
            ):
                if not 0 <= contract[field] <= 100:
                    raise ValidationError(
                        self.env._(
                            "%(target)s must be between 0 and 100.",
                            target=self._fields[field].get_description(self.env)["string"],
                        )
                    )
            if contract.amount_estimated < 0:
                raise ValidationError(self.env._("The estimated value cannot be negative."))

    @api.constrains("state", "vendor_id", "service_type_id", "date_start", "date_end", "allow_overlap")
    def _check_overlap(self):
        contracts = self.filtered(lambda c: c.state in ("to_approve", "approved", "active") and not c.allow_overlap)
        if not contracts:
            return
        # one query for the whole batch: the approved and active contracts of the same
        # vendors that may overlap one of them, then each contract's first one; archived
        # contracts and contracts the user cannot read count too
        others = (
            self.sudo()
            .with_context(active_test=False)
            .search(
                [
                    ("company_id", "in", contracts.company_id.ids),
                    ("vendor_id", "in", contracts.vendor_id.ids),
                    ("state", "in", ("approved", "active")),
                    ("allow_overlap", "=", False),
                    ("date_start", "<=", max(contracts.mapped("date_end"))),
                    ("date_end", ">=", min(contracts.mapped("date_start"))),
                ]
            )
        )
        for contract in contracts:
            overlapping = others.filtered(
                lambda other, c=contract: (
                    other != c
                    and other.company_id == c.company_id
                    and other.vendor_id == c.vendor_id
                    and other.service_type_id == c.service_type_id
                    and other.date_start <= c.date_end
                    and other.date_end >= c.date_start
                )
            )[:1]
            if overlapping:
                raise ValidationError(
                    self.env._(
                        "%(contract)s overlaps %(other)s (same vendor and service, %(start)s to %(end)s). "
                        'Tick "Allow Overlapping Contracts" if this is intended.',
                        contract=contract.display_name,
                        other=overlapping.display_name,
                        start=overlapping.date_start,
                        end=overlapping.date_end,
                    )
                )

    # CRUD --------------------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        with contract_terms_unlocked():
            contracts = super().create(vals_list)
        # new contracts only: records imported in a later state keep their history
        contracts.filtered(lambda c: c.state == "draft").vendor_id._labor_check_usable("contract")
        return contracts

    def write(self, vals):
        if not (_TERMS_UNLOCKED.get() or labor_state_bypassed()):
            locked = set(vals) & set(TERM_FIELDS)
            if locked and self.filtered(lambda c: c.state in LOCKED_STATES):
                raise UserError(
                    self.env._(
                        "The commercial terms of an approved contract are locked (%(fields)s). "
                        "Change them with a supplementary agreement.",
                        fields=", ".join(self._fields[f].get_description(self.env)["string"] for f in sorted(locked)),
                    )
                )
        return super().write(vals)

    def _check_terms_editable(self):
        if _TERMS_UNLOCKED.get() or labor_state_bypassed():
            return
        # the lines are locked from the submission on (OCA locks the contract itself under
        # approval, not its lines)
        locked = self.filtered(lambda c: c.state != "draft")
        if locked:
            raise UserError(
                self.env._(
                    "The commercial terms of %(contract)s are locked since its submission. "
                    "Withdraw it, or change them with a supplementary agreement once approved.",
                    contract=", ".join(locked.mapped("display_name")),
                )
            )

    @api.depends("name", "title")
    def _compute_display_name(self):
        for contract in self:
            contract.display_name = f"{contract.name} {contract.title}" if contract.title else contract.name

    # Approval chain hooks ----------------------------------------------------------------
    def _labor_contract(self):
        return self

    def _labor_check_vendor_compliance(self):
        for contract in self:
            if contract.vendor_id.labor_compliance in ("missing", "expired"):
                raise UserError(
                    self.env._(
                        "%(vendor)s's qualification documents are not in order:\n%(issues)s",
                        vendor=contract.vendor_id.display_name,
                        issues=contract.vendor_id.labor_compliance_issues,
                    )
                )

    def _labor_before_submit(self):
        self.ensure_one()
        self.vendor_id._labor_check_usable("contract")
        self._labor_check_vendor_compliance()
        if not self.rate_ids:
            raise UserError(self.env._("Fill in the rate card before submitting the contract."))
        if not self.department_manager_user_id:
            raise UserError(
                self.env._("Choose a department whose manager has a user: the manager reviews the contract first.")
            )

    def _labor_on_approved(self):
        self._labor_check_vendor_compliance()
        return super()._labor_on_approved()

    # Flow --------------------------------------------------------------------------------
    @labor_transition("action_activate")
    def action_activate(self):
        """Record the signature: needs the signed copy; numbers the contract in the archive."""
        for contract in self:
            if contract.state != "approved":
                raise UserError(self.env._("Only approved contracts can be activated."))
            if not contract.signed_attachment:
                raise UserError(self.env._("Attach the signed copy before activating %(c)s.", c=contract.display_name))
        today = fields.Date.context_today(self)
        for contract in self:
            contract.write(
                {
                    "state": "active",
                    "signed_date": contract.signed_date or today,
                    "archive_number": contract.archive_number
                    or self.env["ir.sequence"].next_by_code("labor.contract.archive"),
                    "archive_date": today,
                }
            )
            previous = contract.previous_contract_id
            if previous.state in ("active", "expired"):
                with previous._labor_transition("renewed"):
                    previous.write({"state": "renewed"})
                previous.message_post(
                    body=self.env._("Renewed by %(c)s.", c=contract.display_name), subtype_xmlid="mail.mt_note"
                )
        return True

    def action_terminate(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Terminate Contract"),
            "res_model": "labor.contract.terminate.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_contract_ids": self.ids},
        }

    @labor_transition("terminate")
    def _terminate(self, reason, date):
        if not (reason or "").strip():
            raise UserError(self.env._("Give the reason of the termination."))
        for contract in self:
            if contract.state not in ("approved", "active"):
                raise UserError(self.env._("Only approved or active contracts can be terminated."))
        self.write({"state": "terminated", "termination_reason": reason, "termination_date": date})
        return True

    @labor_transition("action_reset_draft")
    def action_reset_draft(self):
        """Withdraw a contract under approval: back to draft, the history stays."""
        for contract in self:
            if contract.state != "to_approve":
                raise UserError(self.env._("Only contracts under approval can be withdrawn."))
        self.write({"state": "draft"})
        self._labor_log("restarted")
        return True

    def action_renew(self):
        """Create the next contract, pre-filled and linked; it goes through approval again."""
        self.ensure_one()
        if self.state not in ("active", "expired"):
            raise UserError(self.env._("Only active or expired contracts can be renewed."))
        if self.next_contract_id:
            raise UserError(
                self.env._(
                    "%(c)s is already renewed by %(n)s.", c=self.display_name, n=self.next_contract_id.display_name
                )
            )
        self.vendor_id._labor_check_usable("contract")
        duration = relativedelta(self.date_end, self.date_start)
        start = self.date_end + relativedelta(days=1)
        new = self.copy(
            {
                "previous_contract_id": self.id,
                "date_start": start,
                "date_end": start + duration,
                "title": self.title,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": new.id,
            "view_mode": "form",
        }

    def action_apply_clause_templates(self):
        """Fill the empty clauses with the first matching clause template."""
        templates = self.env["labor.contract.clause.template"].search([("clause_type", "in", list(CLAUSE_FIELDS))])
        for contract in self:
            contract._check_terms_editable()
            vals = {}
            for clause_type, field in CLAUSE_FIELDS.items():
                if contract[field]:
                    continue
                template = templates.filtered(
                    lambda t, ct=clause_type, c=contract: (
                        t.clause_type == ct and t.company_id in (c.company_id, self.env["res.company"])
                    )
                )[:1]
                if template:
                    vals[field] = template.body
            if vals:
                contract.write(vals)
        return True

    def action_new_amendment(self):
        self.ensure_one()
        amendment = self.env["labor.contract.amendment"].create({"contract_id": self.id})
        return {
            "type": "ir.actions.act_window",
            "res_model": amendment._name,
            "res_id": amendment.id,
            "view_mode": "form",
        }

    def action_view_amendments(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("labor_outsourcing.labor_contract_amendment_action")
        action["domain"] = [("contract_id", "=", self.id)]
        action["context"] = {"default_contract_id": self.id}
        return action

    # Expiry ------------------------------------------------------------------------------
    @api.model
    def _expiry_warning_offsets(self):
        raw = self.env.company.labor_contract_warning_days or "60,30,7"
        offsets = []
        for part in raw.split(","):
            part = part.strip()
            if part.isdigit():
                offsets.append(int(part))
        return offsets or [30]

    def _expiry_reminder_domain(self):
        return [("state", "=", "active")]

    def _expiry_expired_domain(self):
        return [("state", "=", "active"), ("date_end", "<", self._expiry_today())]

    @labor_transition("expire")
    def _expiry_on_expired(self):
        self.write({"state": "expired"})

    def _expiry_reminder_user(self):
        self.ensure_one()
        return self.user_id if self.user_id and self.user_id.active else self.env.ref("base.user_admin")

    def _expiry_reminder_summary(self):
        self.ensure_one()
        return self.env._("Contract %(c)s ends on %(date)s", c=self.display_name, date=self.date_end)

    @api.model
    def _cron_contract_expiry(self):
        self._cron_expiry()

    def _labor_snapshot(self):
        """The current terms as plain values (used by versions and amendment diffs)."""
        self.ensure_one()
        return terms_snapshot(self)

    def _labor_render_terms(self):
        """The current terms as an HTML summary (kept in the contract's versions)."""
        self.ensure_one()
        shifts = dict(self.env["labor.contract.rate"]._fields["shift"]._description_selection(self.env))
        units = dict(self.env["labor.contract.rate"]._fields["unit"]._description_selection(self.env))
        html = Markup("<p>%s: %s → %s<br/>%s: %s</p>") % (
            self.env._("Period"),
            self.date_start,
            self.date_end,
            self.env._("Estimated Value"),
            formatLang(self.env, self.amount_estimated, currency_obj=self.currency_id),
        )
        rows = Markup("").join(
            Markup("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>")
            % (
                rate.job_product_id.display_name,
                rate.site_id.display_name or "",
                shifts[rate.shift],
                units[rate.unit],
                formatLang(self.env, rate.price, currency_obj=self.currency_id),
            )
            for rate in self.rate_ids
        )
        html += Markup('<table class="table table-sm"><tbody>%s</tbody></table>') % rows
        rows = Markup("").join(
            Markup("<tr><td>%s</td><td>%s</td><td>%s</td></tr>")
            % (line.job_product_id.display_name, line.site_id.display_name or "", line.quantity)
            for line in self.headcount_line_ids
        )
        html += Markup('<table class="table table-sm"><tbody>%s</tbody></table>') % rows
        for field in CLAUSE_FIELDS.values():
            if self[field]:
                html += Markup("<h5>%s</h5>%s") % (self._fields[field].get_description(self.env)["string"], self[field])
        return html

    def _labor_replace_lines_vals(self, amendment):
        return {
            "rate_ids": [Command.clear()]
            + [
                Command.create(
                    {
                        "job_product_id": r.job_product_id.id,
                        "site_id": r.site_id.id,
                        "shift": r.shift,
                        "unit": r.unit,
                        "price": r.price,
                    }
                )
                for r in amendment.rate_ids
            ],
            "headcount_line_ids": [Command.clear()]
            + [
                Command.create({"job_product_id": h.job_product_id.id, "site_id": h.site_id.id, "quantity": h.quantity})
                for h in amendment.headcount_line_ids
            ],
        }

    @api.model
    def get_import_templates(self):
        templates = super().get_import_templates()
        if self.has_access("create"):
            templates.append(
                {
                    "label": self.env._("Import Template for Contracts with their Rate Cards"),
                    "template": "/labor_outsourcing/static/xls/labor_outsourcing_contract_rates.xlsx",
                }
            )
        return templates
