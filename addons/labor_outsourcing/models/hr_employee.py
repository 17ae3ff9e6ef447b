# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from dateutil.relativedelta import relativedelta
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import format_date, get_lang

from ..tools import worker_compliance
from .labor_contract_rate import SHIFTS

WORKER_GROUPS = "hr.group_hr_user,labor_outsourcing.group_labor_user"
WORKER_COMPLIANCE = [
    ("compliant", "Compliant"),
    ("expiring", "Expiring Soon"),
    ("missing", "Missing Requirements"),
    ("expired", "Expired Certificates"),
    ("ineligible", "Not Eligible"),
]
# Fields whose change on a worker checks the vendor and the contract again.
WORKER_ASSIGNMENT_FIELDS = ("is_labor_worker", "labor_vendor_id", "labor_contract_id")
# Fields of a worker the compliance rules read.
COMPLIANCE_FIELDS = (
    "is_labor_worker",
    "labor_vendor_id",
    "labor_contract_id",
    "labor_job_product_id",
    "company_id",
    "active",
    "labor_exit_date",
    "labor_assignment_start",
    "labor_assignment_end",
    "labor_safety_induction_date",
    "labor_nda_date",
)
# Fields deciding who approves (contract reviewers, escalations, off-boarding): HR officers only
APPROVER_FIELDS = ("user_id", "parent_id", "coach_id", "work_contact_id")


class HrEmployee(models.Model):
    """Outsourced workers are employees supplied by a vendor under a contract."""

    _inherit = "hr.employee"

    labor_vendor_id = fields.Many2one(
        "res.partner",
        string="Outsourcing Vendor",
        domain="[('is_outsourcing_vendor', '=', True)]",
        tracking=True,
        index=True,
        groups="hr.group_hr_user,labor_outsourcing.group_labor_user",
    )
    labor_contract_id = fields.Many2one(
        "labor.contract",
        string="Outsourcing Contract",
        domain="[('vendor_id', '=', labor_vendor_id), ('state', 'in', ('approved', 'active'))]",
        tracking=True,
        index=True,
        check_company=True,
        groups="hr.group_hr_user,labor_outsourcing.group_labor_user",
    )
    labor_job_product_id = fields.Many2one(
        "product.product",
        string="Job Type",
        domain="[('type', '=', 'service')]",
        tracking=True,
        groups="hr.group_hr_user,labor_outsourcing.group_labor_user",
        help="Job type of the contract's rate card that this worker is paid under.",
    )
    labor_site_id = fields.Many2one(
        "labor.work.site",
        string="Work Site",
        check_company=True,
        groups="hr.group_hr_user,labor_outsourcing.group_labor_user",
    )
    labor_shift = fields.Selection(
        SHIFTS, string="Shift", default="any", groups="hr.group_hr_user,labor_outsourcing.group_labor_user"
    )

    # Outsourced worker record ----------------------------------------------------------
    is_labor_worker = fields.Boolean(
        string="Outsourced Worker",
        tracking=True,
        index=True,
        groups=WORKER_GROUPS,
        help="Supplied by an outsourcing vendor (外协人员): a contractor with a vendor and a contract, "
        "checked for certificates, trainings, induction and agreement before working.",
    )
    labor_assignment_start = fields.Date(string="Assignment Start", tracking=True, groups=WORKER_GROUPS)
    labor_assignment_end = fields.Date(string="Assignment End", tracking=True, groups=WORKER_GROUPS)
    labor_supervisor_id = fields.Many2one(
        "res.users",
        string="Supervisor",
        domain="[('share', '=', False)]",
        tracking=True,
        groups=WORKER_GROUPS,
        help="Internal user who supervises the worker: receives certificate expiry reminders.",
    )
    labor_id_number = fields.Char(
        string="ID Document Number",
        copy=False,
        groups="hr.group_hr_manager,labor_outsourcing.group_labor_manager",
    )
    labor_emergency_contact = fields.Char(string="Emergency Contact", groups=WORKER_GROUPS)
    labor_emergency_phone = fields.Char(string="Emergency Phone", groups=WORKER_GROUPS)
    labor_background_check_date = fields.Date(string="Background Check Date", groups=WORKER_GROUPS)
    labor_background_check_result = fields.Selection(
        [("pending", "Pending"), ("passed", "Passed"), ("failed", "Failed")],
        string="Background Check",
        tracking=True,
        groups=WORKER_GROUPS,
    )
    labor_background_check_attachment = fields.Binary(
        string="Background Check Report", attachment=True, copy=False, groups=WORKER_GROUPS
    )
    labor_background_check_attachment_name = fields.Char(copy=False, groups=WORKER_GROUPS)
    labor_nda_date = fields.Date(
        string="NDA Signed On",
        tracking=True,
        copy=False,
        groups=WORKER_GROUPS,
        help="Date the non-disclosure / information-security agreement was signed.",
    )
    labor_nda_attachment = fields.Binary(string="Signed NDA", attachment=True, copy=False, groups=WORKER_GROUPS)
    labor_nda_attachment_name = fields.Char(copy=False, groups=WORKER_GROUPS)
    labor_safety_induction_date = fields.Date(
        string="Safety Induction", tracking=True, copy=False, groups=WORKER_GROUPS
    )
    labor_exit_date = fields.Date(string="Exit Date", readonly=True, copy=False, tracking=True, groups=WORKER_GROUPS)
    labor_exit_reason = fields.Text(string="Exit Reason", readonly=True, copy=False, groups=WORKER_GROUPS)
    labor_departure_date = fields.Date(
        string="Reported Departure",
        readonly=True,
        copy=False,
        tracking=True,
        groups=WORKER_GROUPS,
        help="Departure date the vendor reported through the portal; HR then off-boards the worker.",
    )
    labor_departure_reason = fields.Text(
        string="Reported Departure Reason", readonly=True, copy=False, groups=WORKER_GROUPS
    )
    labor_departure_reported_by_id = fields.Many2one(
        "res.users", string="Departure Reported By", readonly=True, copy=False, groups=WORKER_GROUPS
    )
    labor_certificate_ids = fields.One2many(
        "labor.worker.certificate", "employee_id", string="Certificates", groups=WORKER_GROUPS
    )
    labor_training_ids = fields.One2many(
        "labor.worker.training", "employee_id", string="Trainings", groups=WORKER_GROUPS
    )
    labor_exemption_ids = fields.One2many(
        "labor.worker.exemption", "employee_id", string="Exemptions", groups=WORKER_GROUPS
    )
    labor_compliance_state = fields.Selection(
        WORKER_COMPLIANCE,
        string="Worker Compliance",
        compute="_compute_labor_compliance",
        search="_search_labor_compliance_state",
        groups=WORKER_GROUPS,
    )
    labor_compliance_reasons = fields.Text(
        string="Compliance Issues", compute="_compute_labor_compliance", groups=WORKER_GROUPS
    )
    labor_is_exempt = fields.Boolean(
        string="Exempted",
        compute="_compute_labor_compliance",
        groups=WORKER_GROUPS,
        help="A current exemption lets the worker work despite missing or expired requirements.",
    )
    labor_can_work = fields.Boolean(
        string="May Work",
        compute="_compute_labor_compliance",
        groups=WORKER_GROUPS,
        help="The worker may log timesheets and be assigned to tasks today.",
    )

    # Compliance ------------------------------------------------------------------------
    @api.depends(
        "is_labor_worker",
        "active",
        "labor_vendor_id.vendor_state",
        "labor_contract_id.state",
        "labor_job_product_id",
        "labor_assignment_start",
        "labor_assignment_end",
        "labor_nda_date",
        "labor_safety_induction_date",
        "labor_certificate_ids.state",
        "labor_certificate_ids.expiry_date",
        "labor_training_ids.passed",
        "labor_exemption_ids.date_to",
    )
    @api.depends_context("date")
    def _compute_labor_compliance(self):
        results = self._labor_compliance_results()
        for employee in self:
            issues, exempt = results.get(employee.id, ([], False))
            status, reasons = worker_compliance.aggregate(issues)
            is_worker = employee.id in results
            employee.labor_compliance_state = status if is_worker else False
            employee.labor_compliance_reasons = "\n".join(reasons) or False
            employee.labor_is_exempt = exempt
            employee.labor_can_work = not worker_compliance.blocking_issues(issues, exempt)

    def _labor_compliance_results(self):
        """{employee id: ([(status, reason)], exempt)} for the outsourced workers of
        ``self``, in a handful of queries whatever their number (types, plans, then the
        certificates, passed trainings and current exemptions of all the workers)."""
        # the fields of the rules read in one query for all the workers (rather than by
        # prefetch batches of 1,000 records), then those of their vendors and contracts
        self.sudo().browse([eid for eid in self.ids if isinstance(eid, int)]).fetch(COMPLIANCE_FIELDS)
        workers = self.sudo().filtered("is_labor_worker")
        if not workers:
            return {}
        workers.labor_vendor_id.fetch(["name", "vendor_state"])
        workers.labor_contract_id.fetch(["name", "state"])
        env = self.env
        Certificate = env["labor.worker.certificate"].sudo()
        today = fields.Date.context_today(self)
        warning_days = Certificate._expiry_warning_days()
        real_ids = [worker.id for worker in workers if isinstance(worker.id, int)]
        # Everything the reasons may name is read here, whichever reasons the workers
        # turn out to have: the language of the dates, the names of the certificate types
        # and courses. Read lazily in the loop, they cost queries only for some data (a
        # certificate expiring soon, a training missing), so a list's queries grew with
        # the rows that happen to hold such a worker.
        lang_code = get_lang(env).code
        cert_types = (
            env["labor.worker.certificate.type"]
            .sudo()
            .search_fetch([("active", "=", True)], ["name", "required_for_all", "job_product_ids"])
        )
        plans = (
            env["labor.training.plan"]
            .sudo()
            .search_fetch([("active", "=", True)], ["company_id", "job_product_ids", "course_ids"])
        )
        plans.course_ids.fetch(["name"])

        def date_text(day):
            return format_date(env, day, lang_code=lang_code)

        certificates = defaultdict(list)
        for cert in Certificate.search_fetch(
            [("employee_id", "in", real_ids), ("state", "in", ("verified", "expired"))],
            ["employee_id", "type_id", "state", "expiry_date"],
        ):
            certificates[cert.employee_id.id, cert.type_id.id].append(cert)
        passed = {
            (training.employee_id.id, training.course_id.id)
            for training in env["labor.worker.training"]
            .sudo()
            .search_fetch([("employee_id", "in", real_ids), ("passed", "=", True)], ["employee_id", "course_id"])
        }
        exempt_ids = set(
            env["labor.worker.exemption"]
            .sudo()
            .search_fetch(
                [("employee_id", "in", real_ids), ("date_from", "<=", today), ("date_to", ">=", today)],
                ["employee_id"],
            )
            .employee_id.ids
        )
        vendor_states = dict(env["res.partner"]._fields["vendor_state"]._description_selection(env))

        # what a job type (and company) requires, worked out once per job and company
        required_types, required_courses = {}, {}

        results = {}
        for worker in workers:
            issues = []
            vendor, contract, job = worker.labor_vendor_id, worker.labor_contract_id, worker.labor_job_product_id
            if job.id not in required_types:
                required_types[job.id] = [cert_type for cert_type in cert_types if cert_type._labor_required_for(job)]
            courses_key = (job.id, worker.company_id.id)
            if courses_key not in required_courses:
                required_courses[courses_key] = [
                    course
                    for plan in plans
                    if plan._labor_applies_to(job, worker.company_id)
                    for course in plan.course_ids
                ]
            # eligibility: vendor, contract, assignment dates
            if vendor.vendor_state in ("suspended", "blacklisted"):
                issues.append(
                    (
                        "ineligible",
                        env._(
                            "Vendor %(vendor)s is %(state)s",
                            vendor=vendor.name,
                            state=vendor_states[vendor.vendor_state],
                        ),
                    )
                )
            if contract and contract.state != "active":
                issues.append(("ineligible", env._("Contract %(contract)s is not active", contract=contract.name)))
            if not worker.active or worker.labor_exit_date:
                issues.append(("ineligible", env._("The worker has left")))
            elif worker.labor_assignment_end and worker.labor_assignment_end < today:
                issues.append(
                    (
                        "ineligible",
                        env._("The assignment ended on %(date)s", date=date_text(worker.labor_assignment_end)),
                    )
                )
            if worker.labor_assignment_start and worker.labor_assignment_start > today:
                issues.append(
                    (
                        "ineligible",
                        env._("The assignment starts on %(date)s", date=date_text(worker.labor_assignment_start)),
                    )
                )
            # duties before working
            if not worker.labor_safety_induction_date:
                issues.append(("missing", env._("No safety induction")))
            if not worker.labor_nda_date:
                issues.append(("missing", env._("Information-security agreement (NDA) not signed")))
            # certificates required for the job type
            for cert_type in required_types[job.id]:
                found = certificates.get((worker.id, cert_type.id), [])
                statuses = {
                    worker_compliance.certificate_status(cert.expiry_date, today, warning_days)
                    if cert.state == "verified"
                    else "expired"
                    for cert in found
                }
                if "valid" in statuses:
                    continue
                if "expiring" in statuses:
                    expiry = max(c.expiry_date for c in found if c.state == "verified" and c.expiry_date)
                    issues.append(
                        ("expiring", env._("%(type)s expires on %(date)s", type=cert_type.name, date=date_text(expiry)))
                    )
                elif found:
                    issues.append(("expired", env._("%(type)s has expired", type=cert_type.name)))
                else:
                    issues.append(("missing", env._("%(type)s is missing", type=cert_type.name)))
            # courses required by the training plans of the job type
            for course in required_courses[courses_key]:
                if (worker.id, course.id) not in passed:
                    issues.append(("missing", env._("Training %(course)s not passed", course=course.name)))
            results[worker.id] = (issues, worker.id in exempt_ids)
        return results

    def _search_labor_compliance_state(self, operator, value):
        if operator not in ("=", "!=", "in", "not in"):
            return NotImplemented
        values = {value} if isinstance(value, str) or value is False else set(value)
        workers = self.with_context(active_test=False).search([("is_labor_worker", "=", True)])
        results = workers._labor_compliance_results()
        ids = [eid for eid, (issues, _exempt) in results.items() if worker_compliance.aggregate(issues)[0] in values]
        if operator in ("!=", "not in"):
            return [("id", "not in", ids)]
        return [("id", "in", ids)]

    def _labor_check_can_work(self, action):
        """Raise a clear error naming the reasons when an outsourced worker of ``self``
        may not work today (``action``: what was refused, e.g. "log timesheets")."""
        results = self._labor_compliance_results()
        blocked = []
        for employee in self.sudo():
            issues, exempt = results.get(employee.id, ([], False))
            blocking = worker_compliance.blocking_issues(issues, exempt)
            if blocking:
                _status, reasons = worker_compliance.aggregate(blocking)
                blocked.append(self.env._("%(worker)s: %(reasons)s", worker=employee.name, reasons="; ".join(reasons)))
        if blocked:
            raise UserError(
                self.env._(
                    "These outsourced workers are not compliant and cannot %(action)s:\n%(workers)s\n"
                    "Fix their records, or ask an outsourcing manager for an exemption.",
                    action=action,
                    workers="\n".join(blocked),
                )
            )
        return True

    # Creation rules ------------------------------------------------------------------
    def _labor_check_approver_fields(self, vals):
        """The fields that decide who approves (the user, the manager, the contact) are for
        HR officers: an Outsourcing user linking an employee to his own user could become a
        contract's first reviewer, or have a colleague's account closed by an off-boarding.
        The manager (and coach) Odoo derives from the department stays as Odoo computes it."""
        changed = {name for name in set(vals) & set(APPROVER_FIELDS) if vals[name] or self}
        if not changed or self.env.su or self.env.user.has_group("hr.group_hr_user"):
            return
        records = self or [self.browse()]
        for employee in records:
            department = (
                self.env["hr.department"].sudo().browse(vals["department_id"])
                if "department_id" in vals
                else employee.sudo().department_id
            )
            derived = department.manager_id.id or False
            parent = vals.get("parent_id", employee.sudo().parent_id.id or False)
            allowed = set()
            if "parent_id" in changed and vals["parent_id"] in (derived, employee.sudo().parent_id.id or False):
                allowed.add("parent_id")
            if "coach_id" in changed and vals["coach_id"] in (parent, employee.sudo().coach_id.id or False):
                allowed.add("coach_id")
            refused = changed - allowed
            for name in ("user_id", "work_contact_id"):
                if name in refused and employee and vals[name] == (employee.sudo()[name].id or False):
                    refused.discard(name)
            if refused:
                raise AccessError(
                    self.env._(
                        "Only HR officers set %(fields)s of an employee.",
                        fields=", ".join(self._fields[f].get_description(self.env)["string"] for f in sorted(refused)),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._labor_check_approver_fields(vals)
            if vals.get("is_labor_worker", self.env.context.get("default_is_labor_worker")):
                vals["employee_type"] = "contractor"
        employees = super().create(vals_list)
        employees._labor_check_worker_assignment()
        employees._labor_check_job_in_rate_card()
        return employees

    def write(self, vals):
        self._labor_check_approver_fields(vals)
        if vals.get("is_labor_worker"):
            vals = dict(vals, employee_type="contractor")
        result = super().write(vals)
        if set(WORKER_ASSIGNMENT_FIELDS) & set(vals):
            self._labor_check_worker_assignment()
        if {"is_labor_worker", "labor_contract_id", "labor_job_product_id"} & set(vals):
            self._labor_check_job_in_rate_card()
        return result

    def _labor_check_worker_assignment(self):
        """A worker is assigned only from an Approved vendor under one of its active contracts."""
        for employee in self.sudo().filtered("is_labor_worker"):
            if not employee.labor_vendor_id or not employee.labor_contract_id:
                raise ValidationError(
                    self.env._(
                        "%(worker)s is an outsourced worker: give the vendor and the contract.", worker=employee.name
                    )
                )
            employee.labor_vendor_id._labor_check_usable("worker")
            if employee.labor_contract_id.state != "active":
                raise ValidationError(
                    self.env._(
                        "%(worker)s can only be assigned under an active contract; %(contract)s is not active.",
                        worker=employee.name,
                        contract=employee.labor_contract_id.display_name,
                    )
                )

    @api.constrains("labor_assignment_start", "labor_assignment_end")
    def _check_labor_assignment_dates(self):
        for employee in self:
            start, end = employee.labor_assignment_start, employee.labor_assignment_end
            if start and end and end < start:
                raise ValidationError(
                    self.env._("%(worker)s: the assignment ends before it starts.", worker=employee.name)
                )

    def _labor_check_job_in_rate_card(self):
        for employee in self.sudo().filtered(lambda e: e.is_labor_worker and e.labor_job_product_id):
            if employee.labor_job_product_id not in employee.labor_contract_id.rate_ids.job_product_id:
                raise ValidationError(
                    self.env._(
                        "%(worker)s: %(job)s is not a job type of the rate card of %(contract)s.",
                        worker=employee.name,
                        job=employee.labor_job_product_id.display_name,
                        contract=employee.labor_contract_id.display_name,
                    )
                )

    @api.onchange("labor_contract_id")
    def _onchange_labor_contract_id(self):
        jobs = self.labor_contract_id.rate_ids.job_product_id
        if self.labor_contract_id and self.labor_job_product_id not in jobs:
            self.labor_job_product_id = jobs[:1]

    # Actions -------------------------------------------------------------------------
    def action_labor_launch_onboarding(self):
        """Start the outsourcing on-boarding plan (documents, induction, NDA, badge,
        account) on the workers, assigned to their supervisor."""
        self._labor_launch_plan(self.env.ref("labor_outsourcing.mail_activity_plan_worker_onboarding"))
        return True

    def _labor_launch_plan(self, plan):
        """Schedule the activities of ``plan`` on the workers, as the activity plan wizard
        does, the on-demand ones assigned to the worker's supervisor."""
        today = fields.Date.context_today(self)
        for employee in self:
            responsible_default = employee.sudo().labor_supervisor_id or self.env.user
            summaries = []
            for template in plan.template_ids:
                if template.responsible_type == "on_demand":
                    responsible = responsible_default
                else:
                    responsible = template._determine_responsible(responsible_default, employee)["responsible"]
                employee.activity_schedule(
                    activity_type_id=template.activity_type_id.id,
                    automated=False,
                    summary=template.summary,
                    note=template.note,
                    user_id=(responsible or responsible_default).id,
                    date_deadline=template._get_date_deadline(today),
                )
                summaries.append(template.summary or template.activity_type_id.name)
            employee.message_post(
                body=Markup("%s<ul>%s</ul>")
                % (
                    self.env._('The plan "%(plan)s" has been started', plan=plan.name),
                    Markup().join(Markup("<li>%s</li>") % summary for summary in summaries),
                ),
                subtype_xmlid="mail.mt_note",
            )

    def action_labor_view_timesheets(self):
        """The worker's timesheets, to log new ones on his behalf."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Timesheets of %(worker)s", worker=self.name),
            "res_model": "account.analytic.line",
            "view_mode": "list",
            "views": [(self.env.ref("hr_timesheet.hr_timesheet_line_tree").id, "list")],
            "domain": [("employee_id", "=", self.id), ("project_id", "!=", False)],
            "context": {"default_employee_id": self.id, "is_timesheet": 1},
        }

    def action_labor_offboard(self):
        self.ensure_one()
        context = {"default_employee_id": self.id}
        if self.labor_departure_date:
            # what the vendor reported; the exit is recorded on its day, not ahead
            context["default_date"] = min(self.labor_departure_date, fields.Date.context_today(self))
            context["default_reason"] = self.labor_departure_reason
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Off-board Worker"),
            "res_model": "labor.worker.offboard.wizard",
            "view_mode": "form",
            "target": "new",
            "context": context,
        }

    def _labor_report_departure(self, date, reason):
        """The vendor reports that the worker leaves on ``date`` (portal): the date and the
        reason are recorded on the worker, noted in his chatter, and HR (his supervisor,
        else the vendor's outsourcing responsible) gets an activity to off-board him. The
        off-boarding itself, which revokes his access, stays a back-office action."""
        self.ensure_one()
        worker = self.sudo()
        today = fields.Date.context_today(self)
        reason = (reason or "").strip()
        if not worker.is_labor_worker or not worker.active or worker.labor_exit_date:
            raise UserError(self.env._("%(worker)s is no longer working for you.", worker=worker.name))
        if worker.labor_departure_date:
            raise UserError(
                self.env._(
                    "The departure of %(worker)s is already reported for %(date)s.",
                    worker=worker.name,
                    date=format_date(self.env, worker.labor_departure_date),
                )
            )
        if not date:
            raise UserError(self.env._("Give the departure date."))
        if not reason:
            raise UserError(self.env._("Give the reason of the departure."))
        if worker.labor_assignment_start and date < worker.labor_assignment_start:
            raise UserError(
                self.env._(
                    "The departure date cannot be before the start of the assignment (%(date)s).",
                    date=format_date(self.env, worker.labor_assignment_start),
                )
            )
        if date < today - relativedelta(months=1) or date > today + relativedelta(years=1):
            raise UserError(self.env._("The departure date must be within a month before and a year after today."))
        worker.write(
            {
                "labor_departure_date": date,
                "labor_departure_reason": reason,
                "labor_departure_reported_by_id": self.env.user.id,
            }
        )
        worker.message_post(
            body=self.env._(
                "%(user)s (%(vendor)s) reported the departure of the worker on %(date)s: %(reason)s",
                user=self.env.user.name,
                vendor=worker.labor_vendor_id.name,
                date=format_date(self.env, date),
                reason=reason,
            ),
            subtype_xmlid="mail.mt_note",
        )
        responsible = worker.labor_supervisor_id
        if not responsible or not responsible.active or responsible.share:
            responsible = worker.labor_vendor_id._labor_responsible_user()
        worker.activity_schedule(
            "labor_outsourcing.mail_activity_type_portal_review",
            date_deadline=max(date, today),
            user_id=responsible.id,
            summary=self.env._(
                "Off-board %(worker)s (leaves on %(date)s)", worker=worker.name, date=format_date(self.env, date)
            ),
        )
        return True

    @api.constrains("company_id", "labor_contract_id", "labor_site_id")
    def _check_labor_company(self):
        """hr.employee does not check its companies by itself (no _check_company_auto): the
        worker's contract and site must be of his company."""
        self.sudo()._check_company(["labor_contract_id", "labor_site_id"])

    @api.constrains("labor_vendor_id", "labor_contract_id")
    def _check_labor_contract_vendor(self):
        for employee in self.sudo():
            if employee.labor_contract_id and employee.labor_contract_id.vendor_id != employee.labor_vendor_id:
                raise ValidationError(
                    self.env._(
                        "%(employee)s: the contract %(contract)s is not with %(vendor)s.",
                        employee=employee.name,
                        contract=employee.labor_contract_id.display_name,
                        vendor=employee.labor_vendor_id.display_name or "-",
                    )
                )

    @api.model
    def get_import_templates(self):
        """Odoo's employee template, plus the outsourced workers' one (with certificates and
        trainings as sub-rows) in the Outsourced Workers list, for outsourcing users."""
        templates = super().get_import_templates()
        if (
            self.env.context.get("default_is_labor_worker")
            and self.env.user.has_group("labor_outsourcing.group_labor_user")
            and self.has_access("create")
        ):
            templates.append(
                {
                    "label": self.env._("Import Template for Outsourced Workers"),
                    "template": "/labor_outsourcing/static/xls/labor_outsourcing_workers.xlsx",
                }
            )
        return templates
