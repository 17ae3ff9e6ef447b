# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models, tools
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_date

from .labor_state_flow_mixin import labor_transition

PROPOSAL_STATES = [("submitted", "Submitted"), ("approved", "Approved"), ("rejected", "Rejected")]
# Minimum working age (Labour Law of the PRC, art. 15).
MINIMUM_AGE = 16
# Fields of the worker a back-office user without HR rights may not write: set with sudo
# once the core's rules accepted the worker.
PRIVATE_EMPLOYEE_FIELDS = ("labor_id_number", "birthday", "gender", "private_phone", "private_email")


class LaborWorkerProposal(models.Model):
    """A worker an outsourcing vendor proposes through the portal for one of its active
    contracts: personal data, job type of the rate card, site, start date and certificates
    with their files. Purchasing or HR approves it, which registers the worker (an employee,
    with the core's rules on vendor, contract and job type) with his certificates to verify
    and starts his on-boarding; or rejects it with a reason the vendor reads in the portal."""

    _name = "labor.worker.proposal"
    _description = "Worker Proposal"
    _inherit = [
        "labor.portal.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "labor.sequence.mixin",
        "labor.state.flow.mixin",
    ]
    _labor_flow_fields = ("state", "employee_id", "decided_by_id", "decided_on")
    _labor_transitions = {
        "action_approve": {"from": ("submitted",), "to": ("approved",), "groups": "labor_outsourcing.group_labor_user"},
        "action_reject": {"from": ("submitted",), "to": ("rejected",), "groups": "labor_outsourcing.group_labor_user"},
    }
    _labor_portal_path = "proposals"
    _order = "create_date desc, id desc"
    _check_company_auto = True
    _mail_post_access = "read"

    name = fields.Char(
        string="Number", required=True, readonly=True, copy=False, default=lambda self: self.env._("New")
    )
    state = fields.Selection(PROPOSAL_STATES, default="submitted", required=True, tracking=True, copy=False)
    vendor_id = fields.Many2one(
        "res.partner",
        required=True,
        index=True,
        tracking=True,
        domain="[('is_outsourcing_vendor', '=', True)]",
    )
    contract_id = fields.Many2one(
        "labor.contract",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        domain="[('vendor_id', '=', vendor_id), ('state', '=', 'active')]",
    )
    company_id = fields.Many2one(related="contract_id.company_id", store=True, index=True)
    job_product_id = fields.Many2one(
        "product.product",
        string="Job Type",
        required=True,
        tracking=True,
        domain="[('id', 'in', allowed_job_product_ids)]",
    )
    allowed_job_product_ids = fields.Many2many("product.product", compute="_compute_allowed_job_product_ids")
    site_id = fields.Many2one("labor.work.site", string="Work Site", check_company=True)
    worker_name = fields.Char(string="Worker", required=True, tracking=True)
    gender = fields.Selection([("male", "Male"), ("female", "Female"), ("other", "Other")])
    birthday = fields.Date(string="Date of Birth")
    id_number = fields.Char(
        string="ID Document Number",
        required=True,
        copy=False,
        groups="hr.group_hr_manager,labor_outsourcing.group_labor_manager",
    )
    phone = fields.Char()
    email = fields.Char()
    emergency_contact = fields.Char()
    emergency_phone = fields.Char()
    date_start = fields.Date(string="Proposed Start", required=True, tracking=True)
    note = fields.Text(string="Vendor's Remarks")
    certificate_ids = fields.One2many(
        "labor.worker.proposal.certificate", "proposal_id", string="Certificates", copy=True
    )
    supervisor_id = fields.Many2one(
        "res.users",
        domain="[('share', '=', False)]",
        help="Internal user who will supervise the worker; he gets the on-boarding activities.",
    )
    submitted_by_id = fields.Many2one("res.users", default=lambda self: self.env.user, readonly=True, copy=False)
    decided_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    decided_on = fields.Datetime(readonly=True, copy=False)
    reject_reason = fields.Text(
        string="Rejection Reason", copy=False, tracking=True, help="Shown to the vendor in the portal."
    )
    employee_id = fields.Many2one("hr.employee", string="Registered Worker", readonly=True, copy=False)

    @api.depends("contract_id")
    def _compute_allowed_job_product_ids(self):
        for proposal in self:
            proposal.allowed_job_product_ids = proposal.contract_id.rate_ids.job_product_id

    # Constraints ------------------------------------------------------------------------
    @api.constrains("vendor_id", "contract_id", "job_product_id", "site_id", "date_start")
    def _check_contract_terms(self):
        for proposal in self:
            contract = proposal.contract_id
            if contract.vendor_id != proposal.vendor_id:
                raise ValidationError(
                    self.env._(
                        "The contract %(contract)s is not with %(vendor)s.",
                        contract=contract.display_name,
                        vendor=proposal.vendor_id.display_name,
                    )
                )
            if proposal.job_product_id not in contract.rate_ids.job_product_id:
                raise ValidationError(
                    self.env._(
                        "%(job)s is not a job type of the rate card of %(contract)s.",
                        job=proposal.job_product_id.display_name,
                        contract=contract.display_name,
                    )
                )
            if proposal.site_id and contract.site_ids and proposal.site_id not in contract.site_ids:
                raise ValidationError(
                    self.env._(
                        "%(site)s is not a work site of %(contract)s.",
                        site=proposal.site_id.display_name,
                        contract=contract.display_name,
                    )
                )
            if not contract.date_start <= proposal.date_start <= contract.date_end:
                raise ValidationError(
                    self.env._(
                        "The proposed start must be within the contract, from %(start)s to %(end)s.",
                        start=format_date(self.env, contract.date_start),
                        end=format_date(self.env, contract.date_end),
                    )
                )

    @api.constrains("birthday")
    def _check_birthday(self):
        today = fields.Date.context_today(self)
        for proposal in self.filtered("birthday"):
            if proposal.birthday > today - relativedelta(years=MINIMUM_AGE):
                raise ValidationError(
                    self.env._(
                        "%(worker)s must be at least %(age)s years old.", worker=proposal.worker_name, age=MINIMUM_AGE
                    )
                )

    @api.constrains("email")
    def _check_email(self):
        for proposal in self.filtered("email"):
            if not tools.single_email_re.match(proposal.email):
                raise ValidationError(self.env._("%(email)s is not a valid e-mail address.", email=proposal.email))

    @api.constrains("id_number", "vendor_id", "state")
    def _check_duplicate(self):
        submitted = self.sudo().filtered(lambda p: p.state == "submitted")
        if not submitted:
            return
        # one query for the whole batch: the submitted proposals of the same vendors with
        # one of the ID numbers, then each proposal's first duplicate
        candidates = self.sudo().search(
            [
                ("vendor_id", "in", submitted.vendor_id.ids),
                ("id_number", "in", list(set(submitted.mapped("id_number")))),
                ("state", "=", "submitted"),
            ]
        )
        for proposal in submitted:
            duplicate = candidates.filtered(
                lambda other, p=proposal: (
                    other != p and other.vendor_id == p.vendor_id and other.id_number == p.id_number
                )
            )[:1]
            if duplicate:
                raise ValidationError(
                    self.env._(
                        "%(worker)s is already proposed in %(proposal)s, which awaits a decision.",
                        worker=proposal.worker_name,
                        proposal=duplicate.name,
                    )
                )

    # CRUD ---------------------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        proposals = super().create(vals_list)
        for proposal in proposals:
            if proposal.contract_id.state != "active":
                raise ValidationError(
                    self.env._(
                        "Workers are proposed for active contracts only; %(contract)s is not active.",
                        contract=proposal.contract_id.display_name,
                    )
                )
            proposal.activity_schedule(
                "labor_outsourcing.mail_activity_type_portal_review",
                user_id=proposal.vendor_id._labor_responsible_user().id,
                summary=self.env._("Review the proposed worker %(worker)s", worker=proposal.worker_name),
            )
        return proposals

    def write(self, vals):
        decided = self.filtered(lambda p: p.state != "submitted")
        if decided and set(vals) - {
            "message_main_attachment_id",
            "activity_ids",
            "message_follower_ids",
            "access_token",
        }:
            raise UserError(self.env._("A proposal that was approved or rejected can no longer change."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_decided(self):
        if self.filtered(lambda p: p.state != "submitted"):
            raise UserError(self.env._("A proposal that was approved or rejected is kept: it cannot be deleted."))

    # Flow ---------------------------------------------------------------------------------
    def _check_submitted(self):
        for proposal in self:
            if proposal.state != "submitted":
                raise UserError(self.env._("%(proposal)s was already decided.", proposal=proposal.name))

    @labor_transition("action_approve")
    def action_approve(self):
        """Register the worker as the back office would (the core's rules on vendor,
        contract and job type apply to the current user's creation), with his certificates
        to verify, and start his on-boarding."""
        self._check_submitted()
        for proposal in self:
            employee = self.env["hr.employee"].create(proposal._prepare_employee_vals())
            employee.sudo().write(proposal.sudo()._prepare_private_employee_vals())
            if proposal.certificate_ids:
                self.env["labor.worker.certificate"].create(
                    [line._prepare_certificate_vals(employee) for line in proposal.certificate_ids]
                )
            employee.action_labor_launch_onboarding()
            proposal.write(
                {
                    "state": "approved",
                    "employee_id": employee.id,
                    "decided_by_id": self.env.user.id,
                    "decided_on": fields.Datetime.now(),
                }
            )
            proposal.activity_feedback(["labor_outsourcing.mail_activity_type_portal_review"])
            proposal.message_post(
                body=self.env._(
                    "Approved: %(worker)s is registered and his on-boarding has started.",
                    worker=employee.name,
                ),
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
        return True

    @labor_transition("action_reject")
    def action_reject(self):
        """Refuse the worker; the reason (required) is shown to the vendor."""
        self._check_submitted()
        for proposal in self:
            if not (proposal.reject_reason or "").strip():
                raise UserError(self.env._("Write the rejection reason first: the vendor reads it in the portal."))
        self.write({"state": "rejected", "decided_by_id": self.env.user.id, "decided_on": fields.Datetime.now()})
        for proposal in self:
            proposal.activity_feedback(["labor_outsourcing.mail_activity_type_portal_review"])
            proposal.message_post(
                body=self.env._("Rejected: %(reason)s", reason=proposal.reject_reason),
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
        return True

    def action_view_employee(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "hr.employee",
            "res_id": self.employee_id.id,
            "view_mode": "form",
        }

    def _prepare_employee_vals(self):
        self.ensure_one()
        return {
            "name": self.worker_name,
            "company_id": self.company_id.id,
            "is_labor_worker": True,
            "labor_vendor_id": self.vendor_id.id,
            "labor_contract_id": self.contract_id.id,
            "labor_job_product_id": self.job_product_id.id,
            "labor_site_id": self.site_id.id,
            "labor_assignment_start": self.date_start,
            "labor_supervisor_id": self.supervisor_id.id,
            "labor_emergency_contact": self.emergency_contact,
            "labor_emergency_phone": self.emergency_phone,
        }

    def _prepare_private_employee_vals(self):
        """The worker's private data (HR and outsourcing managers only)."""
        self.ensure_one()
        values = {
            "labor_id_number": self.id_number,
            "birthday": self.birthday,
            "gender": self.gender,
            "private_phone": self.phone,
            "private_email": self.email,
        }
        return {key: values[key] for key in PRIVATE_EMPLOYEE_FIELDS if values[key]}
