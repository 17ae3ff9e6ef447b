# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_transition

ACTION_STATES = [("todo", "To Do"), ("in_progress", "In Progress"), ("done", "Done"), ("cancel", "Cancelled")]


class LaborNcrAction(models.Model):
    """Corrective or preventive action of a non-conformance (ISO 9001 10.2): owned by an
    internal user or by the vendor, due by a date, done with evidence and verified. A
    daily cron schedules one activity per overdue action and due date."""

    _name = "labor.ncr.action"
    _description = "Corrective / Preventive Action"
    _inherit = ["labor.state.flow.mixin"]
    _labor_flow_fields = ("state", "date_done")
    # the inspectors also set the status in the action list of the NCR form (the vendor
    # closes his actions through the portal, with evidence)
    _labor_flow_field_groups = {
        "state": "labor_outsourcing_quality.group_labor_quality_inspector",
        "date_done": "labor_outsourcing_quality.group_labor_quality_inspector",
    }
    _labor_transitions = {
        "action_start": {
            "from": ("todo", "in_progress", "done", "cancel"),
            "to": ("in_progress",),
            "groups": "labor_outsourcing.group_labor_user",
        },
        "action_done": {
            "from": ("todo", "in_progress"),
            "to": ("done",),
            "groups": "labor_outsourcing.group_labor_user",
        },
    }
    _order = "date_deadline, id"
    _check_company_auto = True

    ncr_id = fields.Many2one("labor.ncr", string="NCR", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="ncr_id.company_id", store=True, index=True)
    vendor_id = fields.Many2one(related="ncr_id.vendor_id", store=True)
    ncr_state = fields.Selection(related="ncr_id.state", string="NCR Status")
    action_type = fields.Selection(
        [("correction", "Correction"), ("corrective", "Corrective"), ("preventive", "Preventive")],
        string="Type",
        required=True,
        default="corrective",
    )
    name = fields.Char(string="Action", required=True)
    description = fields.Text()
    owner_type = fields.Selection([("internal", "Internal"), ("vendor", "Vendor")], required=True, default="internal")
    user_id = fields.Many2one(
        "res.users",
        string="Owner",
        domain="[('share', '=', False)]",
        help="Internal owner; for a vendor action, the user who follows it up (the NCR's responsible by default).",
    )
    date_deadline = fields.Date(string="Due Date", index=True)
    state = fields.Selection(ACTION_STATES, default="todo", required=True)
    date_done = fields.Date(readonly=True, copy=False)
    evidence = fields.Text()
    attachment_ids = fields.Many2many("ir.attachment", string="Evidence Files")
    verified = fields.Boolean(copy=False)
    verification_note = fields.Char(copy=False)
    is_overdue = fields.Boolean(compute="_compute_is_overdue", search="_search_is_overdue")
    overdue_reminded_for = fields.Date(
        readonly=True, copy=False, help="Due date for which the overdue activity was scheduled."
    )

    def _compute_is_overdue(self):
        today = self.env.company._labor_today()
        for action in self:
            action.is_overdue = bool(
                action.state in ("todo", "in_progress") and action.date_deadline and action.date_deadline < today
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            return NotImplemented
        domain = [("state", "in", ("todo", "in_progress")), ("date_deadline", "<", self.env.company._labor_today())]
        return domain if (operator == "=") == value else ["!", "&", *domain]

    @api.onchange("state")
    def _onchange_state(self):
        if self.state == "done" and not self.date_done:
            self.date_done = fields.Date.context_today(self)

    def write(self, vals):
        vals = dict(vals)
        if vals.get("state") == "done" and "date_done" not in vals:
            vals["date_done"] = fields.Date.context_today(self)
        if vals.get("state") in ("todo", "in_progress"):
            vals["date_done"] = False
        return super().write(vals)

    @labor_transition("action_start")
    def action_start(self):
        self.filtered(lambda a: a.state == "todo").write({"state": "in_progress"})
        return True

    @labor_transition("action_done")
    def action_done(self):
        for action in self:
            if action.state not in ("todo", "in_progress"):
                raise UserError(self.env._('The action "%(action)s" is not open.', action=action.name))
            if not action.evidence and not action.attachment_ids:
                raise UserError(
                    self.env._(
                        'Record the evidence of the action "%(action)s" before marking it done.', action=action.name
                    )
                )
        self.write({"state": "done"})
        return True

    def _labor_portal_done(self, evidence, files):
        """The vendor marks its action done with ``evidence`` (text) and ``files``
        [{name, data (base64), mimetype}] (validated by the portal controller): the files are
        attached to the NCR and to the action, the NCR's chatter records it and its
        responsible is asked to verify it."""
        self.ensure_one()
        ncr = self.ncr_id
        if self.owner_type != "vendor":
            raise UserError(self.env._('The action "%(action)s" is not yours to close.', action=self.name))
        ncr._labor_portal_check_state(ncr._labor_portal_done_states())
        if not evidence and not files:
            raise UserError(
                self.env._('Record the evidence of the action "%(action)s" before marking it done.', action=self.name)
            )
        # pending attachments of the poster: message_post links them to the NCR (also
        # when a portal user posts) and they are shown with the message
        attachments = self.env["ir.attachment"].create(
            [
                {
                    "name": f["name"],
                    "datas": f["data"],
                    "mimetype": f["mimetype"],
                    "res_model": "mail.compose.message",
                    "res_id": 0,
                }
                for f in files
            ]
        )
        self.write({"evidence": evidence, "attachment_ids": [Command.link(a.id) for a in attachments]})
        self.action_done()
        body = Markup("<p>%s</p>%s") % (
            self.env._(
                'Action "%(action)s" done, reported by %(user)s through the vendor portal.',
                action=self.name,
                user=self.env.user.name,
            ),
            Markup("<p>%s</p>") % evidence if evidence else "",
        )
        ncr._labor_portal_notify(
            body,
            self.env._('Verify the action "%(action)s" of %(ncr)s', action=self.name, ncr=ncr.name),
            attachment_ids=attachments.ids,
        )
        return True

    def _overdue_user(self):
        self.ensure_one()
        return self.user_id or self.ncr_id.user_id or self.env.user

    @api.model
    def _cron_overdue_actions(self):
        """One activity on the NCR per overdue action and due date: running it again does
        nothing until a due date changes."""
        actions = self.search([("is_overdue", "=", True)]).filtered(lambda a: a.overdue_reminded_for != a.date_deadline)
        if not actions:
            return actions
        activity_type = self.env.ref("labor_outsourcing_quality.mail_activity_type_ncr_action_overdue")
        model_id = self.env["ir.model"]._get_id("labor.ncr")
        self.env["mail.activity"].sudo().create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": action.ncr_id.id,
                    "activity_type_id": activity_type.id,
                    "summary": self.env._("Overdue action: %(action)s", action=action.name),
                    "note": self.env._("Due on %(date)s.", date=action.date_deadline),
                    "date_deadline": self.env.company._labor_today(),
                    "user_id": action._overdue_user().id,
                }
                for action in actions
            ]
        )
        for deadline, group in actions.grouped("date_deadline").items():
            group.write({"overdue_reminded_for": deadline})
        return actions
