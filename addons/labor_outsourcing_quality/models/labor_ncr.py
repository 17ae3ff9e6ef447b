# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta
from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_transition

NCR_STATES = [
    ("draft", "Draft"),
    ("containment", "Containment"),
    ("analysis", "Analysis"),
    ("action_plan", "Action Plan"),
    ("implementation", "Implementation"),
    ("verification", "Verification"),
    ("closed", "Closed"),
    ("cancel", "Cancelled"),
]
#: The forward flow; each state is left only when its own fields are filled.
NCR_FLOW = ["draft", "containment", "analysis", "action_plan", "implementation", "verification", "closed"]
NCR_SOURCES = [
    ("inspection", "Inspection"),
    ("complaint", "Customer Complaint"),
    ("internal_audit", "Internal Audit"),
    ("third_party_audit", "Third-Party Audit"),
    ("self_report", "Vendor Self-Report"),
    ("incident", "Incident"),
]
SEVERITIES = [("minor", "Minor"), ("major", "Major"), ("critical", "Critical")]
CAUSE_CATEGORIES = [
    ("man", "Man"),
    ("machine", "Machine"),
    ("method", "Method"),
    ("material", "Material"),
    ("measurement", "Measurement"),
    ("environment", "Environment"),
]
DISPOSITIONS = [
    ("rework", "Rework"),
    ("replace", "Replace"),
    ("concession", "Concession"),
    ("reject", "Reject / Return"),
    ("suspend", "Suspend Service"),
]
PENALTY_STATES = [("none", "None"), ("proposed", "Proposed"), ("confirmed", "Confirmed"), ("waived", "Waived")]
SIMILAR_MONTHS = 12
#: Steps of the NCR in which the vendor answers through the portal: the root cause in the
#: analysis, the actions in the analysis and the action plan (a vendor sends its 8D report
#: at once), and a vendor action is done from then on until the NCR is verified (an
#: immediate correction is often done before the plan is accepted).
PORTAL_ANALYSIS_STATES = ("analysis",)
PORTAL_PLAN_STATES = ("analysis", "action_plan")
PORTAL_DONE_STATES = ("analysis", "action_plan", "implementation")


class LaborNcr(models.Model):
    """Non-conformance report (ISO 9001 8.7 and 10.2): record and contain the
    non-conformance, find its root cause, plan and implement corrective and preventive
    actions, verify their effectiveness, close. A confirmed penalty of the contract's
    penalty rules is deducted by the contract's settlement of the period."""

    _name = "labor.ncr"
    _description = "Non-Conformance Report"
    _inherit = [
        "labor.portal.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "labor.sequence.mixin",
        "labor.state.flow.mixin",
    ]
    _labor_flow_fields = (
        "state",
        "date_closed",
        "verified_by_id",
        "penalty_state",
        "penalty_amount",
        "penalty_date",
        "penalty_confirmed_by_id",
    )
    # a manager may adjust the proposed penalty before confirming it
    _labor_flow_field_groups = {
        "penalty_amount": "labor_outsourcing.group_labor_manager",
        "penalty_date": "labor_outsourcing.group_labor_manager",
    }
    _labor_transitions = {
        "action_next_step": {
            "from": tuple(NCR_FLOW[:-1]),
            "to": tuple(NCR_FLOW[1:]),
            "groups": "labor_outsourcing_quality.group_labor_quality_inspector",
        },
        "action_cancel": {
            "from": tuple(NCR_FLOW[:-1]) + ("cancel",),
            "to": ("cancel",),
            "groups": "labor_outsourcing_quality.group_labor_quality_inspector",
            "cascade": ("labor.ncr.action",),
        },
        "action_reset_draft": {
            "from": ("cancel",),
            "to": ("draft",),
            "groups": "labor_outsourcing_quality.group_labor_quality_inspector",
        },
        "action_propose_penalty": {"groups": "labor_outsourcing_quality.group_labor_quality_inspector"},
        "action_confirm_penalty": {
            "check": "_check_penalty_manager",
            "groups": "labor_outsourcing.group_labor_manager",
        },
        "action_waive_penalty": {
            "check": "_check_penalty_manager",
            "groups": "labor_outsourcing.group_labor_manager",
        },
    }
    _labor_portal_path = "ncrs"
    # the vendor's contacts (read access) follow up in the portal chatter
    _mail_post_access = "read"
    _order = "detected_on desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Number", required=True, readonly=True, copy=False, default=lambda self: self.env._("New")
    )
    title = fields.Char(required=True, tracking=True)
    state = fields.Selection(NCR_STATES, default="draft", required=True, tracking=True, copy=False, index=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    user_id = fields.Many2one(
        "res.users",
        string="Responsible",
        default=lambda self: self.env.user,
        tracking=True,
        domain="[('share', '=', False)]",
    )
    source = fields.Selection(NCR_SOURCES, required=True, default="inspection", tracking=True)
    category_id = fields.Many2one("labor.ncr.category", required=True, tracking=True)
    severity = fields.Selection(SEVERITIES, required=True, default="minor", tracking=True)
    vendor_id = fields.Many2one(
        "res.partner",
        required=True,
        tracking=True,
        index=True,
        domain="[('is_outsourcing_vendor', '=', True)]",
    )
    contract_id = fields.Many2one(
        "labor.contract",
        tracking=True,
        index=True,
        check_company=True,
        domain="[('vendor_id', '=', vendor_id)]",
    )
    site_id = fields.Many2one("labor.work.site", check_company=True)
    employee_ids = fields.Many2many("hr.employee", string="Workers Involved", check_company=True)
    inspection_id = fields.Many2one("labor.inspection", readonly=True, copy=False, index="btree_not_null")
    description = fields.Html(required=True)
    attachment_ids = fields.Many2many("ir.attachment", string="Evidence")
    qty_checked = fields.Integer(string="Quantity Checked")
    qty_nonconforming = fields.Integer(string="Quantity Nonconforming")
    detected_by_id = fields.Many2one("res.users", default=lambda self: self.env.user)
    detected_on = fields.Date(required=True, default=fields.Date.context_today, tracking=True, index=True)

    # Containment and disposition (ISO 8.7)
    containment_action = fields.Text(string="Immediate Action")
    containment_date = fields.Date()
    disposition = fields.Selection(DISPOSITIONS, tracking=True)
    concession_granted_by = fields.Char(help="Who granted the concession (customer, authority, manager).")

    # Analysis
    why_ids = fields.One2many("labor.ncr.why", "ncr_id", string="5 Whys", copy=False)
    root_cause = fields.Text()
    cause_category = fields.Selection(CAUSE_CATEGORIES, tracking=True)
    similar_ncr_ids = fields.Many2many("labor.ncr", compute="_compute_similar_ncr_ids", string="Similar NCRs")
    similar_ncr_count = fields.Integer(compute="_compute_similar_ncr_ids")

    # Actions and verification (ISO 10.2)
    action_ids = fields.One2many("labor.ncr.action", "ncr_id", string="Corrective Actions", copy=False)
    action_count = fields.Integer(compute="_compute_action_count")
    effectiveness_verified = fields.Boolean(tracking=True, copy=False)
    verification_note = fields.Text(copy=False, groups="base.group_user")
    verified_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    date_closed = fields.Date(readonly=True, copy=False, index="btree_not_null")
    cancel_reason = fields.Text(copy=False)

    # Penalty
    penalty_rule_id = fields.Many2one("labor.contract.penalty.rule", compute="_compute_penalty_rule_id")
    penalty_state = fields.Selection(PENALTY_STATES, default="none", required=True, tracking=True, copy=False)
    penalty_amount = fields.Monetary(currency_field="penalty_currency_id", tracking=True, copy=False)
    penalty_currency_id = fields.Many2one(related="contract_id.currency_id", string="Penalty Currency")
    penalty_date = fields.Date(
        copy=False, index="btree_not_null", help="Date of the penalty: the settlement of its period deducts it."
    )
    penalty_confirmed_by_id = fields.Many2one("res.users", readonly=True, copy=False)

    # Computes -------------------------------------------------------------------------
    @api.depends("contract_id.penalty_rule_ids.trigger", "severity")
    def _compute_penalty_rule_id(self):
        for ncr in self:
            trigger = f"ncr_{ncr.severity}"
            ncr.penalty_rule_id = ncr.contract_id.penalty_rule_ids.filtered(lambda r: r.trigger == trigger)[:1]

    @api.depends("action_ids")
    def _compute_action_count(self):
        for ncr in self:
            ncr.action_count = len(ncr.action_ids)

    @api.depends("vendor_id", "category_id", "detected_on")
    def _compute_similar_ncr_ids(self):
        """NCRs of the same vendor and category detected in the 12 months before (one
        search for all the records)."""
        ready = self.filtered(lambda n: n.vendor_id and n.category_id and n.detected_on)
        candidates = self.browse()
        if ready:
            oldest = min(ready.mapped("detected_on")) - relativedelta(months=SIMILAR_MONTHS)
            candidates = self.search(
                [
                    ("vendor_id", "in", ready.vendor_id.ids),
                    ("category_id", "in", ready.category_id.ids),
                    ("detected_on", ">=", oldest),
                    ("detected_on", "<=", max(ready.mapped("detected_on"))),
                    ("state", "!=", "cancel"),
                ]
            )
        for ncr in self:
            similar = self.browse()
            if ncr in ready:
                since = ncr.detected_on - relativedelta(months=SIMILAR_MONTHS)
                similar = candidates.filtered(
                    lambda o: (
                        o.vendor_id == ncr.vendor_id
                        and o.category_id == ncr.category_id
                        and since <= o.detected_on <= ncr.detected_on
                        and o.id != ncr.id
                    )
                )
            ncr.similar_ncr_ids = similar
            ncr.similar_ncr_count = len(similar)

    # CRUD -----------------------------------------------------------------------------

    @api.onchange("contract_id")
    def _onchange_contract_id(self):
        if self.contract_id:
            self.vendor_id = self.contract_id.vendor_id

    @api.ondelete(at_uninstall=False)
    def _unlink_except_started(self):
        started = self.filtered(lambda n: n.state not in ("draft", "cancel"))
        if started:
            raise UserError(
                self.env._("Cancel %(ncrs)s instead of deleting it.", ncrs=", ".join(started.mapped("name")))
            )

    # Flow -----------------------------------------------------------------------------
    def _step_missing(self):
        """Labels of what the current state still needs before moving forward."""
        self.ensure_one()
        missing = []
        if self.state == "draft":
            for field in ("title", "category_id", "severity", "vendor_id", "description"):
                if not self[field]:
                    missing.append(self._fields[field].get_description(self.env)["string"])
        elif self.state == "containment":
            if not self.containment_action:
                missing.append(self.env._("the immediate action"))
            if not self.disposition:
                missing.append(self.env._("the disposition"))
            elif self.disposition == "concession" and not self.concession_granted_by:
                missing.append(self.env._("who granted the concession"))
        elif self.state == "analysis":
            if not self.why_ids:
                missing.append(self.env._("at least one 5-why line"))
            if not self.root_cause:
                missing.append(self.env._("the root cause"))
            if not self.cause_category:
                missing.append(self.env._("the cause category"))
        elif self.state == "action_plan":
            actions = self.action_ids.filtered(lambda a: a.state != "cancel")
            if not actions:
                missing.append(self.env._("at least one corrective or preventive action"))
            if actions.filtered(lambda a: not a.date_deadline):
                missing.append(self.env._("a due date on every action"))
            if actions.filtered(lambda a: a.owner_type == "internal" and not a.user_id):
                missing.append(self.env._("an owner on every internal action"))
        elif self.state == "implementation":
            if self.action_ids.filtered(lambda a: a.state not in ("done", "cancel")):
                missing.append(self.env._("every action done"))
        elif self.state == "verification":
            if self.action_ids.filtered(lambda a: a.state not in ("done", "cancel")):
                missing.append(self.env._("every action done"))
            if not self.effectiveness_verified:
                missing.append(self.env._("the effectiveness verified"))
            if not self.verification_note:
                missing.append(self.env._("the verification note"))
        return missing

    @labor_transition("action_next_step")
    def action_next_step(self):
        """Move each NCR one step forward once the fields of its current step are filled."""
        for ncr in self:
            if ncr.state not in NCR_FLOW[:-1]:
                raise UserError(
                    self.env._(
                        "%(ncr)s is %(state)s: it cannot move forward.",
                        ncr=ncr.name,
                        state=dict(ncr._fields["state"]._description_selection(self.env))[ncr.state],
                    )
                )
            missing = ncr._step_missing()
            if missing:
                raise UserError(
                    self.env._(
                        "%(ncr)s cannot leave the step %(state)s; fill in: %(missing)s.",
                        ncr=ncr.name,
                        state=dict(ncr._fields["state"]._description_selection(self.env))[ncr.state],
                        missing=", ".join(missing),
                    )
                )
            next_state = NCR_FLOW[NCR_FLOW.index(ncr.state) + 1]
            vals = {"state": next_state}
            if ncr.state == "containment" and not ncr.containment_date:
                vals["containment_date"] = fields.Date.context_today(self)
            if next_state == "closed":
                vals.update(date_closed=fields.Date.context_today(self), verified_by_id=self.env.user.id)
            ncr.write(vals)
        return True

    @labor_transition("action_cancel")
    def action_cancel(self):
        for ncr in self:
            if ncr.state == "closed":
                raise UserError(self.env._("%(ncr)s is closed: it cannot be cancelled.", ncr=ncr.name))
            if not ncr.cancel_reason:
                raise UserError(self.env._("Enter the reason to cancel %(ncr)s.", ncr=ncr.name))
            if ncr.penalty_state == "confirmed":
                raise UserError(
                    self.env._("Waive the confirmed penalty of %(ncr)s before cancelling it.", ncr=ncr.name)
                )
        self.write({"state": "cancel"})
        self.action_ids.filtered(lambda a: a.state not in ("done", "cancel")).write({"state": "cancel"})
        return True

    @labor_transition("action_reset_draft")
    def action_reset_draft(self):
        for ncr in self:
            if ncr.state != "cancel":
                raise UserError(self.env._("Only cancelled NCRs can be reset to draft."))
        self.write({"state": "draft", "cancel_reason": False})
        return True

    # Penalty --------------------------------------------------------------------------
    @labor_transition("action_propose_penalty")
    def action_propose_penalty(self):
        """Propose the penalty of the contract's rule for the severity."""
        for ncr in self:
            if ncr.state == "cancel":
                raise UserError(self.env._("%(ncr)s is cancelled.", ncr=ncr.name))
            if ncr.penalty_state == "confirmed":
                raise UserError(self.env._("The penalty of %(ncr)s is already confirmed.", ncr=ncr.name))
            rule = ncr.penalty_rule_id
            if not rule:
                raise UserError(
                    self.env._(
                        "%(contract)s has no penalty rule for a %(severity)s non-conformance.",
                        contract=ncr.contract_id.display_name or self.env._("No contract"),
                        severity=dict(ncr._fields["severity"]._description_selection(self.env))[ncr.severity],
                    )
                )
            ncr.write(
                {
                    "penalty_state": "proposed",
                    "penalty_amount": rule.amount,
                    "penalty_date": ncr.penalty_date or fields.Date.context_today(self),
                }
            )
        return True

    def _check_penalty_manager(self):
        if not self.env.user.has_group("labor_outsourcing.group_labor_manager"):
            raise AccessError(self.env._("Only outsourcing managers confirm or waive penalties."))
        return True

    @labor_transition("action_confirm_penalty")
    def action_confirm_penalty(self):
        self._check_penalty_manager()
        for ncr in self:
            if ncr.penalty_state != "proposed":
                raise UserError(self.env._("Propose the penalty of %(ncr)s first.", ncr=ncr.name))
            if ncr.penalty_amount <= 0 or not ncr.contract_id:
                raise UserError(
                    self.env._("The penalty of %(ncr)s needs a contract and a positive amount.", ncr=ncr.name)
                )
        self.write(
            {
                "penalty_state": "confirmed",
                "penalty_confirmed_by_id": self.env.user.id,
            }
        )
        for ncr in self.filtered(lambda n: not n.penalty_date):
            ncr.penalty_date = fields.Date.context_today(self)
        return True

    @labor_transition("action_waive_penalty")
    def action_waive_penalty(self):
        self._check_penalty_manager()
        deducted = (
            self.env["labor.settlement.deduction"]
            .sudo()
            .search(
                [
                    ("source_model", "=", self._name),
                    ("source_id", "in", self.ids),
                    ("settlement_id.state", "=", "confirmed"),
                ]
            )
        )
        if deducted:
            raise UserError(
                self.env._(
                    "The penalty is already deducted by %(settlements)s.",
                    settlements=", ".join(deducted.settlement_id.mapped("name")),
                )
            )
        self.write({"penalty_state": "waived"})
        return True

    # Source of settlements (labor.settlement._labor_settlement_sources) ---------------------
    @api.model
    def _labor_settlement_source_domain(self, settlement):
        """Confirmed NCR penalties of the settlement's contract dated in its period."""
        return [
            ("contract_id", "=", settlement.contract_id.id),
            ("penalty_state", "=", "confirmed"),
            ("penalty_amount", ">", 0),
            ("penalty_date", ">=", settlement.date_from),
            ("penalty_date", "<=", settlement.date_to),
        ]

    def _labor_settlement_entry(self, _settlement):
        """The penalty, deducted (already in the contract's currency)."""
        self.ensure_one()
        return {
            "reason": self.env._("Non-conformance %(ncr)s: %(title)s", ncr=self.name, title=self.title),
            "kind": "deduction",
            "amount": self.penalty_amount,
            "date": self.penalty_date,
            "penalty_rule_id": self.penalty_rule_id.id,
        }

    # Vendor portal --------------------------------------------------------------------
    def _labor_state_label(self):
        return dict(self._fields["state"]._description_selection(self.env))[self.state]

    def _labor_portal_check_state(self, states):
        self.ensure_one()
        if self.state not in states:
            raise UserError(
                self.env._(
                    "%(ncr)s is at the step %(state)s: this cannot be sent now.",
                    ncr=self.name,
                    state=self._labor_state_label(),
                )
            )

    def _labor_portal_notify(self, body, summary, attachment_ids=None):
        """Record what the vendor sent in the chatter (authored by the portal user's
        partner, visible to the vendor) and ask the NCR's responsible to review it."""
        self.ensure_one()
        self.message_post(
            body=body,
            author_id=self.env.user.partner_id.id,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
            attachment_ids=attachment_ids or [],
        )
        user = (
            self.user_id if self.user_id.active and not self.user_id.share else self.vendor_id._labor_responsible_user()
        )
        self.activity_schedule("labor_outsourcing.mail_activity_type_portal_review", user_id=user.id, summary=summary)

    def _labor_portal_submit_analysis(self, whys, root_cause, cause_category):
        """The vendor's root-cause analysis: the 5-why lines ``whys`` [(question,
        answer)] replace the previous ones; called with sudo by the portal controller
        once the input is validated."""
        self.ensure_one()
        self._labor_portal_check_state(PORTAL_ANALYSIS_STATES)
        if not root_cause or cause_category not in dict(CAUSE_CATEGORIES):
            raise UserError(self.env._("Give the root cause and its category."))
        self.write(
            {
                "why_ids": [Command.clear()]
                + [
                    Command.create({"sequence": index, "question": q, "answer": a}) for index, (q, a) in enumerate(whys)
                ],
                "root_cause": root_cause,
                "cause_category": cause_category,
            }
        )
        category = dict(self._fields["cause_category"]._description_selection(self.env))[cause_category]
        lines = Markup("").join(Markup("<li>%s %s</li>") % (q, a) for q, a in whys)
        body = Markup("<p>%s</p><p><strong>%s</strong> (%s)</p>%s") % (
            self.env._("Root-cause analysis sent by %(user)s through the vendor portal:", user=self.env.user.name),
            root_cause,
            category,
            Markup("<ol>%s</ol>") % lines if whys else "",
        )
        self._labor_portal_notify(body, self.env._("Review the root-cause analysis of %(ncr)s", ncr=self.name))
        return True

    def _labor_portal_done_states(self):
        return PORTAL_DONE_STATES

    def _labor_portal_propose_actions(self, actions):
        """The vendor's corrective and preventive actions ``actions`` [{name, action_type,
        date_deadline, description}], owned by the vendor and followed up by the NCR's
        responsible."""
        self.ensure_one()
        self._labor_portal_check_state(PORTAL_PLAN_STATES)
        if not actions:
            raise UserError(self.env._("Propose at least one action."))
        allowed = {"name", "action_type", "date_deadline", "description"}
        created = self.env["labor.ncr.action"].create(
            [
                {
                    **{key: value for key, value in action.items() if key in allowed},
                    "ncr_id": self.id,
                    "owner_type": "vendor",
                    "user_id": self.user_id.id,
                }
                for action in actions
            ]
        )
        types = dict(created._fields["action_type"]._description_selection(self.env))
        lines = Markup("").join(
            Markup("<li>%s: %s (%s)</li>") % (types[a.action_type], a.name, a.date_deadline) for a in created
        )
        body = Markup("<p>%s</p><ul>%s</ul>") % (
            self.env._("Actions proposed by %(user)s through the vendor portal:", user=self.env.user.name),
            lines,
        )
        self._labor_portal_notify(body, self.env._("Review the actions proposed for %(ncr)s", ncr=self.name))
        return created

    # Navigation -----------------------------------------------------------------------
    def action_view_similar(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Similar NCRs"),
            "res_model": self._name,
            "view_mode": "list,form",
            "domain": [("id", "in", self.similar_ncr_ids.ids)],
        }
