# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import plaintext2html

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_transition

from ..tools import sla
from .labor_issue_sla import ISSUE_PRIORITIES

ISSUE_STATES = [
    ("new", "New"),
    ("in_progress", "In Progress"),
    ("resolved", "Resolved"),
    ("closed", "Closed"),
    ("cancel", "Cancelled"),
]


class LaborIssue(models.Model):
    """An issue raised with a vendor (问题处理): the response and resolution deadlines come
    from the service levels of its priority; a cron escalates breaches to the manager."""

    _name = "labor.issue"
    _description = "Outsourcing Issue"
    _inherit = [
        "labor.portal.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "labor.sequence.mixin",
        "labor.state.flow.mixin",
    ]
    _labor_flow_fields = ("state", "date_first_response", "date_resolved")
    _labor_transitions = {
        "action_respond": {"from": ("new",), "to": ("in_progress",), "groups": "labor_outsourcing.group_labor_user"},
        "action_resolve": {
            "from": ("new", "in_progress"),
            "to": ("resolved",),
            "groups": "labor_outsourcing.group_labor_user",
        },
        "action_close": {"from": ("resolved",), "to": ("closed",), "groups": "labor_outsourcing.group_labor_user"},
        "action_cancel": {
            "from": ("new", "in_progress", "resolved", "cancel"),
            "to": ("cancel",),
            "groups": "labor_outsourcing.group_labor_user",
        },
        "action_reopen": {
            "from": ("resolved", "cancel", "new", "in_progress", "closed"),
            "to": ("in_progress",),
            "groups": "labor_outsourcing.group_labor_user",
        },
    }
    _labor_portal_path = "issues"
    # the vendor's contacts (read access) follow up in the portal chatter
    _mail_post_access = "read"
    _order = "priority desc, date_reported desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Number", required=True, readonly=True, copy=False, default=lambda self: self.env._("New")
    )
    title = fields.Char(required=True, tracking=True)
    state = fields.Selection(ISSUE_STATES, default="new", required=True, tracking=True, copy=False, index=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    issue_type = fields.Selection(
        [("technical", "Technical"), ("management", "Management"), ("contract", "Contract"), ("other", "Other")],
        string="Type",
        required=True,
        default="management",
    )
    priority = fields.Selection(ISSUE_PRIORITIES, required=True, default="1", tracking=True)
    reporter_id = fields.Many2one("res.users", string="Reported By", default=lambda self: self.env.user)
    vendor_id = fields.Many2one("res.partner", domain="[('is_outsourcing_vendor', '=', True)]", index=True)
    contract_id = fields.Many2one("labor.contract", check_company=True)
    user_id = fields.Many2one("res.users", string="Handled By", domain="[('share', '=', False)]", tracking=True)
    manager_id = fields.Many2one(
        "res.users",
        string="Escalation Manager",
        compute="_compute_manager_id",
        store=True,
        readonly=False,
        domain="[('share', '=', False)]",
        help="Gets an activity when a service level is breached.",
    )
    description = fields.Html()
    resolution = fields.Html()
    date_reported = fields.Datetime(required=True, default=fields.Datetime.now, readonly=True)
    date_first_response = fields.Datetime(readonly=True, copy=False)
    date_resolved = fields.Datetime(readonly=True, copy=False)
    response_deadline = fields.Datetime(compute="_compute_deadlines", store=True)
    resolution_deadline = fields.Datetime(compute="_compute_deadlines", store=True)
    response_hours = fields.Float(compute="_compute_elapsed", store=True, aggregator="avg")
    resolution_hours = fields.Float(compute="_compute_elapsed", store=True, aggregator="avg")
    sla_breached = fields.Boolean(compute="_compute_sla_breached", search="_search_sla_breached")
    escalated_response = fields.Boolean(readonly=True, copy=False)
    escalated_resolution = fields.Boolean(readonly=True, copy=False)

    @api.depends("contract_id")
    def _compute_manager_id(self):
        for issue in self:
            if issue.contract_id.user_id:
                issue.manager_id = issue.contract_id.user_id

    @api.depends("priority", "date_reported", "company_id")
    def _compute_deadlines(self):
        hours = self.env["labor.issue.sla"]._hours_by_key(self.company_id)
        for issue in self:
            response, resolution = hours.get((issue.company_id.id, issue.priority), (0, 0))
            start = issue.date_reported
            issue.response_deadline = sla.deadline(start, response) if start else False
            issue.resolution_deadline = sla.deadline(start, resolution) if start else False

    @api.depends("date_reported", "date_first_response", "date_resolved")
    def _compute_elapsed(self):
        for issue in self:
            issue.response_hours = (
                sla.elapsed_hours(issue.date_reported or None, issue.date_first_response or None) or 0.0
            )
            issue.resolution_hours = sla.elapsed_hours(issue.date_reported or None, issue.date_resolved or None) or 0.0

    def _breaches(self, now=None):
        """``(response breached, resolution breached)`` at ``now``."""
        self.ensure_one()
        now = now or fields.Datetime.now()
        return (
            sla.is_breached(self.response_deadline or None, self.date_first_response or None, now),
            sla.is_breached(self.resolution_deadline or None, self.date_resolved or None, now),
        )

    def _compute_sla_breached(self):
        now = fields.Datetime.now()
        for issue in self:
            issue.sla_breached = any(issue._breaches(now))

    def _search_sla_breached(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            return NotImplemented
        now = fields.Datetime.now()
        # a breached deadline is in the past; whether it was met needs the stored times
        late = (
            self.sudo()
            .search_fetch(
                ["|", ("response_deadline", "<", now), ("resolution_deadline", "<", now)],
                ["response_deadline", "resolution_deadline", "date_first_response", "date_resolved"],
            )
            .filtered(lambda i: any(i._breaches(now)))
        )
        return [("id", "in" if (operator == "=") == value else "not in", late.ids)]

    @api.model
    def _labor_portal_raise(self, vendor, vals):
        """An issue ``vendor`` raises through the portal (``vals``: title, issue_type,
        priority, description as plain text, contract_id), for that vendor whatever
        ``vals`` holds; the company's service levels apply and the vendor's outsourcing
        responsible handles it. The portal controller calls it with sudo once it has
        validated the input."""
        allowed = {"title", "issue_type", "priority", "description", "contract_id"}
        unexpected = set(vals) - allowed
        if unexpected:
            raise ValueError(f"Fields not allowed from the portal: {sorted(unexpected)}")
        contract = self.env["labor.contract"].browse(vals.get("contract_id"))
        if contract and contract.vendor_id != vendor:
            raise UserError(self.env._("Choose one of your contracts."))
        responsible = vendor._labor_responsible_user()
        issue = self.create(
            dict(
                vals,
                description=plaintext2html(vals.get("description") or ""),
                vendor_id=vendor.id,
                company_id=(contract.company_id or self.env.company).id,
                user_id=responsible.id,
            )
        )
        issue.message_subscribe(partner_ids=self.env.user.partner_id.ids)
        issue.message_post(
            body=self.env._("Raised by %(user)s through the vendor portal.", user=self.env.user.name),
            author_id=self.env.user.partner_id.id,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        issue.activity_schedule(
            "labor_outsourcing.mail_activity_type_portal_review",
            user_id=responsible.id,
            summary=self.env._("Answer the issue %(issue)s raised by the vendor", issue=issue.name),
        )
        return issue

    # Flow ------------------------------------------------------------------------------
    @labor_transition("action_respond")
    def action_respond(self):
        for issue in self:
            if issue.state != "new":
                raise UserError(self.env._("%(issue)s is already answered.", issue=issue.name))
        self.write({"state": "in_progress", "date_first_response": fields.Datetime.now()})
        for issue in self.filtered(lambda i: not i.user_id):
            issue.user_id = self.env.user
        return True

    @labor_transition("action_resolve")
    def action_resolve(self):
        for issue in self:
            if issue.state not in ("new", "in_progress"):
                raise UserError(self.env._("%(issue)s is not open.", issue=issue.name))
            if not issue.resolution:
                raise UserError(self.env._("Describe the resolution of %(issue)s.", issue=issue.name))
        now = fields.Datetime.now()
        for issue in self:
            issue.write(
                {"state": "resolved", "date_resolved": now, "date_first_response": issue.date_first_response or now}
            )
        return True

    @labor_transition("action_close")
    def action_close(self):
        if self.filtered(lambda i: i.state != "resolved"):
            raise UserError(self.env._("Resolve the issue before closing it."))
        self.write({"state": "closed"})
        return True

    @labor_transition("action_cancel")
    def action_cancel(self):
        if self.filtered(lambda i: i.state == "closed"):
            raise UserError(self.env._("Closed issues cannot be cancelled."))
        self.write({"state": "cancel"})
        return True

    @labor_transition("action_reopen")
    def action_reopen(self):
        self.filtered(lambda i: i.state in ("resolved", "cancel")).write(
            {"state": "in_progress", "date_resolved": False}
        )
        return True

    # Escalation and KPIs ---------------------------------------------------------------
    @api.model
    def _cron_escalate(self):
        """One activity to the escalation manager per issue and breached service level
        (response, resolution); running it again creates nothing."""
        now = fields.Datetime.now()
        candidates = self.search(
            [
                ("state", "in", ("new", "in_progress")),
                "|",
                "&",
                ("escalated_response", "=", False),
                ("response_deadline", "<", now),
                "&",
                ("escalated_resolution", "=", False),
                ("resolution_deadline", "<", now),
            ]
        )
        activity_type = self.env.ref("labor_outsourcing_quality.mail_activity_type_issue_escalation")
        model_id = self.env["ir.model"]._get_id(self._name)
        vals_list, response, resolution = [], self.browse(), self.browse()
        for issue in candidates:
            late_response, late_resolution = issue._breaches(now)
            user = issue.manager_id or issue.user_id or self.env.user
            if late_response and not issue.escalated_response:
                response |= issue
                vals_list.append(
                    issue._escalation_vals(
                        model_id, activity_type, user, self.env._("Response overdue: %(issue)s", issue=issue.name)
                    )
                )
            if late_resolution and not issue.escalated_resolution:
                resolution |= issue
                vals_list.append(
                    issue._escalation_vals(
                        model_id, activity_type, user, self.env._("Resolution overdue: %(issue)s", issue=issue.name)
                    )
                )
        if vals_list:
            self.env["mail.activity"].sudo().create(vals_list)
        response.write({"escalated_response": True})
        resolution.write({"escalated_resolution": True})
        return response | resolution

    def _escalation_vals(self, model_id, activity_type, user, summary):
        return {
            "res_model_id": model_id,
            "res_id": self.id,
            "activity_type_id": activity_type.id,
            "summary": summary,
            "date_deadline": fields.Date.context_today(self),
            "user_id": user.id,
        }

    @api.model
    def _labor_issue_kpis(self, domain=None):
        """Resolution rate, mean response and resolution hours and breaches of the issues
        of ``domain`` (:class:`sla.Kpis`; cancelled issues are left out)."""
        issues = self.search_fetch(
            (domain or []) + [("state", "!=", "cancel")],
            ["date_reported", "date_first_response", "date_resolved", "response_deadline", "resolution_deadline"],
        )
        return sla.kpis(
            (
                sla.IssueTimes(
                    i.date_reported,
                    i.date_first_response or None,
                    i.date_resolved or None,
                    i.response_deadline or None,
                    i.resolution_deadline or None,
                )
                for i in issues
            ),
            fields.Datetime.now(),
        )
