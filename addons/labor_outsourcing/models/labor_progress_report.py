# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import SUPERUSER_ID, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_date

from ..tools import progress_period
from .labor_state_flow_mixin import labor_transition

MANAGER_GROUP = "labor_outsourcing.group_labor_manager"
REPORT_STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("pm_reviewed", "Reviewed by the Project Manager"),
    ("approved", "Approved"),
    ("returned", "Returned"),
]
PROGRESS_STATUSES = [
    ("on_track", "On Track"),
    ("at_risk", "At Risk"),
    ("delayed", "Delayed"),
    ("completed", "Completed"),
]
PERIOD_TYPES = [("weekly", "Weekly"), ("monthly", "Monthly")]
# The plan's columns of each report type.
WEEKLY_FIELDS = ("work_done", "progress_status", "problems", "coordination_needed", "remarks")
MONTHLY_FIELDS = ("summary", "problems", "improvement_measures", "next_month_plan")
# What the vendor writes: it changes only while the report is a draft or returned.
CONTENT_FIELDS = frozenset(
    {"vendor_id", "contract_id", "period_type", "date_from", "date_to", *WEEKLY_FIELDS, *MONTHLY_FIELDS}
)
REQUIRED_TO_SUBMIT = {"weekly": ("work_done", "progress_status"), "monthly": ("summary", "next_month_plan")}
EDITABLE_STATES = ("draft", "returned")
REPORTABLE_CONTRACT_STATES = ("active", "expired", "terminated", "renewed")


class LaborProgressReport(models.Model):
    """A vendor's weekly or monthly progress report on a contract, with the management
    plan's columns. The vendor writes and submits it through the portal; the project
    manager (the contract's responsible, else its first project's manager) reviews it, then
    a director (an Outsourcing Manager) approves it; either may return it with feedback the
    vendor reads in the portal, and the vendor corrects and submits it again.

    Draft -> Submitted -> Reviewed by the Project Manager -> Approved; Submitted or Reviewed
    -> Returned -> Submitted."""

    _name = "labor.progress.report"
    _description = "Vendor Progress Report"
    _inherit = [
        "labor.portal.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "labor.sequence.mixin",
        "labor.state.flow.mixin",
    ]
    _labor_portal_path = "reports"
    _labor_flow_fields = (
        "state",
        "submitted_on",
        "pm_reviewed_by_id",
        "pm_reviewed_on",
        "approved_by_id",
        "approved_on",
    )
    # the vendor submits through the portal; the project manager (or a manager) reviews and
    # a manager approves (checked again by _check_reviewer)
    _labor_transitions = {
        "action_submit": {
            "from": ("draft", "returned"),
            "to": ("submitted",),
            "groups": "labor_outsourcing.group_labor_user,base.group_portal",
        },
        "action_pm_review": {
            "from": ("submitted",),
            "to": ("pm_reviewed",),
            "check": "_labor_check_reviewer",
            "groups": "labor_outsourcing.group_labor_user",
        },
        "action_approve": {
            "from": ("pm_reviewed",),
            "to": ("approved",),
            "check": "_labor_check_reviewer",
            "groups": "labor_outsourcing.group_labor_manager",
        },
        "action_return": {
            "from": ("submitted", "pm_reviewed"),
            "to": ("returned",),
            "check": "_labor_check_reviewer",
            "groups": "labor_outsourcing.group_labor_user",
        },
    }
    _order = "date_from desc, id desc"
    _check_company_auto = True
    _mail_post_access = "read"

    name = fields.Char(
        string="Number", required=True, readonly=True, copy=False, default=lambda self: self.env._("New")
    )
    state = fields.Selection(REPORT_STATES, default="draft", required=True, tracking=True, copy=False)
    vendor_id = fields.Many2one(
        "res.partner", required=True, index=True, tracking=True, domain="[('is_outsourcing_vendor', '=', True)]"
    )
    contract_id = fields.Many2one(
        "labor.contract",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        domain="[('vendor_id', '=', vendor_id), ('state', 'in', %s)]" % (REPORTABLE_CONTRACT_STATES,),
    )
    company_id = fields.Many2one(related="contract_id.company_id", store=True, index=True)
    period_type = fields.Selection(PERIOD_TYPES, string="Report", required=True, default="weekly", tracking=True)
    date_from = fields.Date(string="From", required=True, tracking=True)
    date_to = fields.Date(string="To", required=True, tracking=True)
    # weekly report
    work_done = fields.Text()
    progress_status = fields.Selection(PROGRESS_STATUSES, string="Status")
    problems = fields.Text()
    coordination_needed = fields.Text()
    remarks = fields.Text()
    # monthly report
    summary = fields.Text()
    improvement_measures = fields.Text()
    next_month_plan = fields.Text(string="Next Month's Plan")
    # review
    pm_id = fields.Many2one(
        "res.users",
        string="Project Manager",
        compute="_compute_reviewers",
        store=True,
        readonly=False,
        domain="[('share', '=', False)]",
        tracking=True,
        help="First reviewer: the contract's responsible, else the manager of its first project.",
    )
    director_id = fields.Many2one(
        "res.users",
        compute="_compute_reviewers",
        store=True,
        readonly=False,
        domain="[('share', '=', False)]",
        tracking=True,
        help="Second reviewer, who gets the approval activity: the contract department's manager when he is "
        "an Outsourcing Manager, else the first Outsourcing Manager. Any Outsourcing Manager may approve.",
    )
    pm_feedback = fields.Text(string="Project Manager's Feedback", tracking=True, help="Shown to the vendor.")
    director_feedback = fields.Text(string="Director's Feedback", tracking=True, help="Shown to the vendor.")
    submitted_on = fields.Datetime(readonly=True, copy=False)
    pm_reviewed_by_id = fields.Many2one("res.users", string="Reviewed By", readonly=True, copy=False)
    pm_reviewed_on = fields.Datetime(string="Reviewed On", readonly=True, copy=False)
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    approved_on = fields.Datetime(readonly=True, copy=False)

    @api.depends("contract_id")
    def _compute_reviewers(self):
        fallback = self._default_director()
        for report in self:
            contract = report.contract_id.sudo()
            report.pm_id = contract.user_id or contract.project_ids[:1].user_id
            director = contract.department_manager_user_id
            report.director_id = director if director and director.has_group(MANAGER_GROUP) else fallback

    @api.model
    def _default_director(self):
        managers = (
            self.env.ref(MANAGER_GROUP)
            .sudo()
            .users.filtered(lambda u: u.active and not u.share and u.id != SUPERUSER_ID)
        )
        return managers.sorted("id")[:1]

    # Constraints ------------------------------------------------------------------------
    @api.constrains("period_type", "date_from", "date_to", "contract_id", "vendor_id")
    def _check_period(self):
        messages = {
            "reversed": self.env._("The period ends before it starts."),
            "week_too_long": self.env._("A weekly report covers at most 7 days."),
            "not_one_month": self.env._("A monthly report covers days of a single calendar month."),
        }
        # one query for the whole batch: the reports of the same contracts and kinds whose
        # period may overlap one of them (each report is matched below)
        candidates = (
            self.sudo().search(
                [
                    ("contract_id", "in", self.contract_id.ids),
                    ("period_type", "in", list(set(self.mapped("period_type")))),
                    ("date_from", "<=", max(self.mapped("date_to"))),
                    ("date_to", ">=", min(self.mapped("date_from"))),
                ]
            )
            if self
            else self
        )
        for report in self:
            contract = report.contract_id
            if contract.vendor_id != report.vendor_id:
                raise ValidationError(
                    self.env._(
                        "The contract %(contract)s is not with %(vendor)s.",
                        contract=contract.display_name,
                        vendor=report.vendor_id.display_name,
                    )
                )
            problem = progress_period.period_problem(report.period_type, report.date_from, report.date_to)
            if problem:
                raise ValidationError(messages[problem])
            if report.date_from < contract.date_start or report.date_to > contract.date_end:
                raise ValidationError(
                    self.env._(
                        "The period must be within the contract %(contract)s, from %(start)s to %(end)s.",
                        contract=contract.display_name,
                        start=format_date(self.env, contract.date_start),
                        end=format_date(self.env, contract.date_end),
                    )
                )
            others = candidates.filtered(
                lambda other, r=report: (
                    other != r
                    and other.contract_id == r.contract_id
                    and other.period_type == r.period_type
                    and other.date_from <= r.date_to
                    and other.date_to >= r.date_from
                )
            )[:1]
            if others:
                raise ValidationError(
                    self.env._(
                        "%(report)s already covers %(start)s to %(end)s for this contract.",
                        report=others.name,
                        start=format_date(self.env, others.date_from),
                        end=format_date(self.env, others.date_to),
                    )
                )

    # CRUD ---------------------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        reports = super().create(vals_list)
        for report in reports:
            if report.contract_id.state not in REPORTABLE_CONTRACT_STATES:
                raise ValidationError(
                    self.env._(
                        "Progress reports are written on signed contracts; %(contract)s is not active.",
                        contract=report.contract_id.display_name,
                    )
                )
        return reports

    def write(self, vals):
        locked = self.filtered(lambda r: r.state not in EDITABLE_STATES)
        if locked and CONTENT_FIELDS & set(vals):
            raise UserError(
                self.env._(
                    "%(report)s is submitted: only a draft or returned report can be changed.",
                    report=locked[0].name,
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_submitted(self):
        if self.filtered(lambda r: r.state != "draft"):
            raise UserError(self.env._("Only draft progress reports can be deleted."))

    # Flow ---------------------------------------------------------------------------------
    def _missing_to_submit(self):
        """Labels of the columns that must be filled in before submitting."""
        self.ensure_one()
        return [
            self._fields[name].get_description(self.env)["string"]
            for name in REQUIRED_TO_SUBMIT[self.period_type]
            if not (self[name] or "").strip()
        ]

    @labor_transition("action_submit")
    def action_submit(self):
        for report in self:
            if report.state not in EDITABLE_STATES:
                raise UserError(self.env._("%(report)s is already submitted.", report=report.name))
            missing = report._missing_to_submit()
            if missing:
                raise UserError(
                    self.env._("Fill in %(fields)s before submitting the report.", fields=", ".join(missing))
                )
        # the feedback of a previous round stays in the chatter; the reviewers write anew
        self.write(
            {
                "state": "submitted",
                "submitted_on": fields.Datetime.now(),
                "pm_feedback": False,
                "director_feedback": False,
            }
        )
        for report in self:
            report.message_post(
                body=self.env._("Submitted for review by %(user)s.", user=self.env.user.name),
                subtype_xmlid="mail.mt_note",
            )
            reviewer = report.pm_id if report.pm_id.active else report.vendor_id._labor_responsible_user()
            report._schedule_review(reviewer, self.env._("Review the progress report %(report)s", report=report.name))
        return True

    def _schedule_review(self, user, summary):
        self.ensure_one()
        self.activity_schedule("labor_outsourcing.mail_activity_type_portal_review", user_id=user.id, summary=summary)

    def _labor_check_reviewer(self):
        self._check_reviewer()
        return True

    def _check_reviewer(self):
        """Only the project manager of the report or an Outsourcing Manager reviews a
        submitted report; only an Outsourcing Manager approves a reviewed one."""
        is_manager = self.env.user.has_group(MANAGER_GROUP)
        for report in self:
            if report.state == "submitted" and not (is_manager or self.env.user == report.pm_id):
                raise UserError(
                    self.env._(
                        "Only %(pm)s, the project manager of %(report)s, or an Outsourcing Manager can review it.",
                        pm=report.pm_id.name or self.env._("its project manager"),
                        report=report.name,
                    )
                )
            if report.state == "pm_reviewed" and not is_manager:
                raise UserError(self.env._("Only an Outsourcing Manager can approve %(report)s.", report=report.name))
            if report.state not in ("submitted", "pm_reviewed"):
                raise UserError(self.env._("%(report)s is not waiting for a review.", report=report.name))

    def _post_feedback(self, body, feedback):
        self.ensure_one()
        if feedback:
            body = self.env._("%(decision)s Feedback: %(feedback)s", decision=body, feedback=feedback)
        self.message_post(body=body, message_type="comment", subtype_xmlid="mail.mt_comment")

    @labor_transition("action_pm_review")
    def action_pm_review(self):
        """The project manager accepts the report: it goes to the director."""
        self._check_reviewer()
        if self.filtered(lambda r: r.state != "submitted"):
            raise UserError(self.env._("Only submitted reports are reviewed by the project manager."))
        self.write(
            {"state": "pm_reviewed", "pm_reviewed_by_id": self.env.user.id, "pm_reviewed_on": fields.Datetime.now()}
        )
        for report in self:
            report.activity_feedback(["labor_outsourcing.mail_activity_type_portal_review"])
            report._post_feedback(self.env._("Reviewed by the project manager."), report.pm_feedback)
            director = report.director_id if report.director_id.active else self._default_director()
            report._schedule_review(
                director or self.env.ref("base.user_admin"),
                self.env._("Approve the progress report %(report)s", report=report.name),
            )
        return True

    @labor_transition("action_approve")
    def action_approve(self):
        """The director approves the report reviewed by the project manager."""
        self._check_reviewer()
        if self.filtered(lambda r: r.state != "pm_reviewed"):
            raise UserError(self.env._("The project manager reviews the report before it is approved."))
        self.write({"state": "approved", "approved_by_id": self.env.user.id, "approved_on": fields.Datetime.now()})
        for report in self:
            report.activity_feedback(["labor_outsourcing.mail_activity_type_portal_review"])
            report._post_feedback(self.env._("Approved."), report.director_feedback)
        return True

    @labor_transition("action_return")
    def action_return(self):
        """Send the report back to the vendor with the feedback of the current step."""
        self._check_reviewer()
        feedbacks = {}
        for report in self:
            field = "pm_feedback" if report.state == "submitted" else "director_feedback"
            feedbacks[report] = (report[field] or "").strip()
            if not feedbacks[report]:
                raise UserError(
                    self.env._(
                        'Write your feedback in "%(field)s" first: it tells the vendor what to correct.',
                        field=self._fields[field].get_description(self.env)["string"],
                    )
                )
        self.write({"state": "returned"})
        for report in self:
            report.activity_feedback(["labor_outsourcing.mail_activity_type_portal_review"])
            report._post_feedback(self.env._("Returned to the vendor for corrections."), feedbacks[report])
        return True
