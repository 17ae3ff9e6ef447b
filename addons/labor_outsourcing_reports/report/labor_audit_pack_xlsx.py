# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import fields, models
from odoo.exceptions import UserError

from odoo.addons.labor_outsourcing.tools import worker_compliance
from odoo.addons.labor_outsourcing_quality.tools import sla

from ..tools.xlsx_layout import Column, SheetSpec, add_formats, write_sheet
from .audit_pack_reader import AuditScope, NameCache, read_batches, read_many2many, search_ids, selection_labels


class LaborAuditPackXlsx(models.AbstractModel):
    """The audit pack: one workbook, one sheet per register, for a period, the chosen
    companies and optionally one vendor. Streamed: the workbook is in ``constant_memory``
    mode and each sheet is written row after row from batched reads (see
    ``audit_pack_reader``), one sheet fully before the next."""

    _name = "report.labor_outsourcing_reports.audit_pack_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Audit Pack (XLSX)"

    def get_workbook_options(self):
        # constant_memory: rows are flushed to a temporary file as soon as the next row
        # starts (strings inline, no shared-strings table in memory)
        return {
            "constant_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        }

    def generate_xlsx_report(self, workbook, data, objs):  # pylint: disable=unused-argument
        wizard = objs.ensure_one()
        scope = self._audit_pack_scope(wizard)
        sheets = [builder(scope) for builder in self._audit_pack_selected_sheets(wizard)]
        formats = add_formats(workbook)
        taken = set()
        for spec, rows in sheets:
            write_sheet(workbook, spec, rows, formats, taken)

    def _audit_pack_scope(self, wizard):
        """The scope of ``wizard`` for the current user: the companies are those of the
        wizard the user belongs to (never more)."""
        # ids only: reading a company the user may not see would raise before the check
        allowed = self.env.user.company_ids.ids
        company_ids = [cid for cid in wizard.with_context(active_test=False).company_ids.ids if cid in allowed]
        if not company_ids:
            raise UserError(self.env._("Choose at least one of your companies for the audit pack."))
        if wizard.date_to < wizard.date_from:
            raise UserError(self.env._("The end of the period is before its start."))
        return AuditScope(self.env, wizard.date_from, wizard.date_to, wizard.vendor_id.id, company_ids)

    def _audit_pack_sheets(self):
        """The sheet builders in the order of the workbook. A builder takes the
        :class:`AuditScope` and returns ``(SheetSpec, rows)``: it checks the user's access
        when called, and ``rows`` is a lazy iterable of value tuples in the order of the
        spec's columns. Add a sheet by extending this list, e.g. in an override::

            return super()._audit_pack_sheets() + [self._sheet_evaluations]
        """
        return [
            self._sheet_vendors,
            self._sheet_vendor_documents,
            self._sheet_contracts,
            self._sheet_contract_approvals,
            self._sheet_workers,
            self._sheet_inspections,
            self._sheet_ncrs,
            self._sheet_issues,
            self._sheet_risks,
        ]

    def _audit_pack_selected_sheets(self, wizard):
        """The builders of :meth:`_audit_pack_sheets` whose sheet ``wizard`` includes: the
        sheet of builder ``_sheet_<key>`` is left out when the wizard's ``sheet_<key>`` is
        unset; the others (without such a field) are always written."""
        return [
            builder
            for builder in self._audit_pack_sheets()
            if wizard._includes_sheet(builder.__name__.removeprefix("_sheet_"))
        ]

    def _spec(self, name, columns):
        return SheetSpec(name, tuple(columns), total_label=self.env._("Total"))

    # Vendors ---------------------------------------------------------------------------
    def _sheet_vendors(self, scope):
        Partner = scope.env["res.partner"]
        Document = scope.env["labor.vendor.document"]
        Document.browse().check_access("read")
        spec = self._spec(
            self.env._("Vendors"),
            [
                Column("name", self.env._("Vendor"), width=30),
                Column("vat", self.env._("Tax ID"), width=20),
                Column("state", self.env._("Status")),
                Column("compliance", self.env._("Document Compliance"), width=18),
                Column("issues", self.env._("Compliance Issues"), width=40),
                Column("iso9001", self.env._("ISO 9001"), type="boolean", width=10),
                Column("services", self.env._("Services Offered"), width=24),
                Column("responsible", self.env._("Outsourcing Responsible"), width=20),
                Column("capital", self.env._("Registered Capital"), type="money", width=16),
                Column("capital_currency", self.env._("Currency"), width=9),
                Column("years", self.env._("Years in Business"), type="integer", width=10),
                Column("headcount", self.env._("Headcount"), type="integer", width=10, total=True),
                Column("credit", self.env._("Credit Standing")),
                Column("tax_rating", self.env._("Tax Credit Rating"), width=10),
                Column("city", self.env._("City")),
                Column("phone", self.env._("Phone")),
                Column("email", self.env._("Email"), width=24),
                Column("documents", self.env._("Documents"), type="integer", width=10, total=True),
                Column("verified", self.env._("Verified Documents"), type="integer", width=10, total=True),
                Column("expired", self.env._("Expired Documents"), type="integer", width=10, total=True),
                Column("next_expiry", self.env._("Next Document Expiry"), type="date", width=12),
            ],
        )
        domain = (
            [("is_outsourcing_vendor", "=", True)] + scope.company_domain(shared=True) + (scope.vendor_domain("id"))
        )
        fnames = [
            "name",
            "vat",
            "vendor_state",
            "outsourcing_user_id",
            "registered_capital",
            "registered_capital_currency_id",
            "years_in_business",
            "outsourcing_headcount",
            "credit_standing",
            "tax_credit_rating",
            "city",
            "phone",
            "email",
        ]
        states = selection_labels(Partner, "vendor_state")
        compliances = selection_labels(Partner, "labor_compliance")
        credit_labels = selection_labels(Partner, "credit_standing")
        ratings = selection_labels(Partner, "tax_credit_rating")

        def rows():
            names = NameCache(scope.env)
            for batch in read_batches(Partner, search_ids(Partner, domain, "name, id"), fnames):
                ids = [row.id for row in batch]
                compliance = Partner.browse(ids)._labor_compliance_results()
                services = read_many2many(Partner, "outsourcing_service_type_ids", ids)
                documents = defaultdict(lambda: defaultdict(int))
                next_expiry = {}
                for vendor, state, count, expiry in Document._read_group(
                    [("vendor_id", "in", ids)], ["vendor_id", "state"], ["__count", "expiry_date:min"]
                ):
                    documents[vendor.id][state] += count
                    if state == "verified" and expiry:
                        next_expiry[vendor.id] = expiry
                names.load("res.users", {row.outsourcing_user_id for row in batch})
                names.load("res.currency", {row.registered_capital_currency_id for row in batch})
                names.load("labor.service.type", {sid for sids in services.values() for sid in sids})
                scope.env.invalidate_all()
                for row in batch:
                    status, issues, iso = compliance.get(row.id, (False, [], False))
                    counts = documents[row.id]
                    yield (
                        row.name,
                        row.vat,
                        states.get(row.vendor_state),
                        compliances.get(status),
                        "\n".join(issues),
                        iso,
                        names.join("labor.service.type", services.get(row.id, ())),
                        names.get("res.users", row.outsourcing_user_id),
                        row.registered_capital,
                        names.get("res.currency", row.registered_capital_currency_id)
                        if row.registered_capital
                        else None,
                        row.years_in_business,
                        row.outsourcing_headcount,
                        credit_labels.get(row.credit_standing),
                        ratings.get(row.tax_credit_rating),
                        row.city,
                        row.phone,
                        row.email,
                        sum(counts.values()),
                        counts["verified"],
                        counts["expired"],
                        next_expiry.get(row.id),
                    )

        return spec, rows()

    def _sheet_vendor_documents(self, scope):
        """Documents in force at some time of the period: issued by its end (or without
        issue date) and not expired before its start (or without expiry), whatever their
        verification state."""
        Document = scope.env["labor.vendor.document"]
        spec = self._spec(
            self.env._("Vendor Documents"),
            [
                Column("vendor", self.env._("Vendor"), width=30),
                Column("type", self.env._("Document Type"), width=24),
                Column("number", self.env._("Number"), width=20),
                Column("authority", self.env._("Issuing Authority"), width=20),
                Column("issue_date", self.env._("Issue Date"), type="date", width=12),
                Column("expiry_date", self.env._("Expiry Date"), type="date", width=12),
                Column("expiry_status", self.env._("Expiry Status")),
                Column("state", self.env._("Verification")),
                Column("verified_by", self.env._("Verified By"), width=18),
                Column("verified_on", self.env._("Verified On"), type="datetime", width=16),
                Column("rejection", self.env._("Rejection Reason"), width=30),
            ],
        )
        domain = (
            [("vendor_id.is_outsourcing_vendor", "=", True)]
            + ["|", ("issue_date", "=", False), ("issue_date", "<=", scope.date_to)]
            + ["|", ("expiry_date", "=", False), ("expiry_date", ">=", scope.date_from)]
            + scope.company_domain(shared=True)
            + scope.vendor_domain()
        )
        fnames = [
            "vendor_id",
            "type_id",
            "number",
            "issuing_authority",
            "issue_date",
            "expiry_date",
            "state",
            "verified_by_id",
            "verified_on",
            "rejection_reason",
        ]
        states = selection_labels(Document, "state")
        expiry_labels = selection_labels(Document, "expiry_status")
        today, limit = Document._expiry_bounds()

        def expiry_status(expiry):
            if not expiry:
                return "no_expiry"
            return "expired" if expiry < today else ("expiring" if expiry <= limit else "valid")

        def rows():
            names = NameCache(scope.env)
            ids = search_ids(Document, domain, "vendor_id, type_id, expiry_date desc, id desc")
            for batch in read_batches(Document, ids, fnames):
                names.load("res.partner", {row.vendor_id for row in batch})
                names.load("labor.vendor.document.type", {row.type_id for row in batch})
                names.load("res.users", {row.verified_by_id for row in batch})
                for row in batch:
                    yield (
                        names.get("res.partner", row.vendor_id),
                        names.get("labor.vendor.document.type", row.type_id),
                        row.number,
                        row.issuing_authority,
                        row.issue_date,
                        row.expiry_date,
                        expiry_labels[expiry_status(row.expiry_date)],
                        states.get(row.state),
                        names.get("res.users", row.verified_by_id),
                        scope.to_local(row.verified_on),
                        row.rejection_reason,
                    )

        return spec, rows()

    # Contracts -------------------------------------------------------------------------
    def _contract_domain(self, scope):
        """Contracts running at some time of the period (whatever their state)."""
        return (
            [("date_start", "<=", scope.date_to), ("date_end", ">=", scope.date_from)]
            + scope.company_domain()
            + scope.vendor_domain()
        )

    def _sheet_contracts(self, scope):
        Contract = scope.env["labor.contract"]
        Log = scope.env["labor.approval.log"]
        Review = scope.env["tier.review"]
        Log.browse().check_access("read")
        Review.browse().check_access("read")
        spec = self._spec(
            self.env._("Contracts"),
            [
                Column("name", self.env._("Number"), width=16),
                Column("title", self.env._("Title"), width=28),
                Column("vendor", self.env._("Vendor"), width=30),
                Column("company", self.env._("Company"), width=20),
                Column("service", self.env._("Service Type"), width=16),
                Column("projects", self.env._("Projects"), width=24),
                Column("sites", self.env._("Work Sites"), width=20),
                Column("department", self.env._("Department"), width=18),
                Column("responsible", self.env._("Responsible"), width=18),
                Column("signed", self.env._("Signed On"), type="date", width=12),
                Column("start", self.env._("Start"), type="date", width=12),
                Column("end", self.env._("End"), type="date", width=12),
                Column(
                    "amount",
                    self.env._("Estimated Value"),
                    type="money",
                    width=16,
                    total=True,
                    total_unless_mixed="currency",
                ),
                Column("currency", self.env._("Currency"), width=9),
                Column(
                    "amount_company",
                    self.env._("Value in Company Currency"),
                    type="money",
                    width=16,
                    total=True,
                    total_unless_mixed="company_currency",
                ),
                Column("company_currency", self.env._("Company Currency"), width=9),
                Column("headcount", self.env._("Planned Headcount"), type="integer", width=10, total=True),
                Column("state", self.env._("Status")),
                Column("archive", self.env._("Archive Number"), width=16),
                Column("approvals", self.env._("Approvals"), width=60),
                Column("pending", self.env._("Pending Reviews"), width=30),
                Column("last_decision", self.env._("Last Approval Decision"), type="datetime", width=16),
            ],
        )
        fnames = [
            "name",
            "title",
            "vendor_id",
            "company_id",
            "service_type_id",
            "department_id",
            "user_id",
            "signed_date",
            "date_start",
            "date_end",
            "amount_estimated",
            "currency_id",
            "amount_company",
            "company_currency_id",
            "headcount_planned",
            "state",
            "archive_number",
        ]
        states = selection_labels(Contract, "state")
        decisions = selection_labels(Log, "decision")
        domain = self._contract_domain(scope)

        def rows():
            names = NameCache(scope.env)
            for batch in read_batches(Contract, search_ids(Contract, domain, "date_start, name, id"), fnames):
                ids = [row.id for row in batch]
                projects = read_many2many(Contract, "project_ids", ids)
                sites = read_many2many(Contract, "site_ids", ids)
                approvals = defaultdict(list)
                last_decision = {}
                log_ids = search_ids(Log, [("res_model", "=", "labor.contract"), ("res_id", "in", ids)], "date, id")
                for logs in read_batches(
                    Log, log_ids, ["res_id", "tier", "tier_name", "decision", "user_id", "on_behalf_of_id", "date"]
                ):
                    names.load("res.users", {log.user_id for log in logs} | {log.on_behalf_of_id for log in logs})
                    for log in logs:
                        if log.decision in ("approved", "rejected"):
                            approvals[log.res_id].append(log)
                            last_decision[log.res_id] = log.date
                pending = defaultdict(list)
                review_ids = search_ids(
                    Review,
                    [("model", "=", "labor.contract"), ("res_id", "in", ids), ("status", "in", ("waiting", "pending"))],
                    "sequence, id",
                )
                for reviews in read_batches(Review, review_ids, ["res_id", "sequence", "definition_id"]):
                    reviewers = read_many2many(Review, "reviewer_ids", [review.id for review in reviews])
                    names.load("tier.definition", {review.definition_id for review in reviews})
                    names.load("res.users", {uid for uids in reviewers.values() for uid in uids})
                    for review in reviews:
                        pending[review.res_id].append(
                            "%s: %s"
                            % (
                                names.get("tier.definition", review.definition_id) or review.sequence,
                                names.join("res.users", reviewers.get(review.id, ())) or "-",
                            )
                        )
                for model, key in (
                    ("res.partner", "vendor_id"),
                    ("res.company", "company_id"),
                    ("labor.service.type", "service_type_id"),
                    ("hr.department", "department_id"),
                    ("res.users", "user_id"),
                    ("res.currency", "currency_id"),
                    ("res.currency", "company_currency_id"),
                ):
                    names.load(model, {getattr(row, key) for row in batch})
                names.load("project.project", {pid for pids in projects.values() for pid in pids})
                names.load("labor.work.site", {sid for sids in sites.values() for sid in sids})
                for row in batch:
                    yield (
                        row.name,
                        row.title,
                        names.get("res.partner", row.vendor_id),
                        names.get("res.company", row.company_id),
                        names.get("labor.service.type", row.service_type_id),
                        names.join("project.project", projects.get(row.id, ())),
                        names.join("labor.work.site", sites.get(row.id, ())),
                        names.get("hr.department", row.department_id),
                        names.get("res.users", row.user_id),
                        row.signed_date,
                        row.date_start,
                        row.date_end,
                        row.amount_estimated,
                        names.get("res.currency", row.currency_id),
                        row.amount_company,
                        names.get("res.currency", row.company_currency_id),
                        row.headcount_planned,
                        states.get(row.state),
                        row.archive_number,
                        "\n".join(
                            self._approval_text(scope, names, decisions, log) for log in approvals.get(row.id, ())
                        ),
                        "\n".join(pending.get(row.id, ())),
                        scope.to_local(last_decision.get(row.id)),
                    )

        return spec, rows()

    def _approval_text(self, scope, names, decisions, log):
        text = self.env._(
            "%(tier)s: %(decision)s by %(user)s on %(date)s",
            tier=log.tier_name or log.tier or "",
            decision=decisions.get(log.decision),
            user=names.get("res.users", log.user_id),
            date=fields.Datetime.to_string(scope.to_local(log.date))[:16],
        )
        if log.on_behalf_of_id:
            text += " " + self.env._("(for %(user)s)", user=names.get("res.users", log.on_behalf_of_id))
        return text

    def _sheet_contract_approvals(self, scope):
        """The approval history of the contracts of the Contracts sheet and of their
        supplementary agreements, one row per decision."""
        Log = scope.env["labor.approval.log"]
        Contract = scope.env["labor.contract"]
        spec = self._spec(
            self.env._("Contract Approvals"),
            [
                Column("contract", self.env._("Contract"), width=16),
                Column("document", self.env._("Document"), width=22),
                Column("tier", self.env._("Tier"), type="integer", width=6),
                Column("tier_name", self.env._("Approval Step"), width=22),
                Column("decision", self.env._("Decision")),
                Column("user", self.env._("By"), width=18),
                Column("on_behalf_of", self.env._("On Behalf Of"), width=18),
                Column("date", self.env._("Date"), type="datetime", width=16),
                Column("comment", self.env._("Comment"), width=40),
            ],
        )
        decisions = selection_labels(Log, "decision")
        domain = [("contract_id", "in", Contract._search(self._contract_domain(scope)))]
        fnames = [
            "contract_id",
            "res_model",
            "res_id",
            "tier",
            "tier_name",
            "decision",
            "user_id",
            "on_behalf_of_id",
            "date",
            "comment",
        ]

        def rows():
            names = NameCache(scope.env)
            agreement = self.env._("Supplementary Agreement")
            for batch in read_batches(Log, search_ids(Log, domain, "contract_id, date, id"), fnames):
                names.load("labor.contract", {row.contract_id for row in batch})
                names.load(
                    "labor.contract.amendment",
                    {row.res_id for row in batch if row.res_model == "labor.contract.amendment"},
                )
                names.load("res.users", {row.user_id for row in batch} | {row.on_behalf_of_id for row in batch})
                for row in batch:
                    if row.res_model == "labor.contract.amendment":
                        document = "%s %s" % (agreement, names.get("labor.contract.amendment", row.res_id) or "")
                    else:
                        document = self.env._("Contract")
                    yield (
                        names.get("labor.contract", row.contract_id),
                        document,
                        row.tier or None,
                        row.tier_name,
                        decisions.get(row.decision),
                        names.get("res.users", row.user_id),
                        names.get("res.users", row.on_behalf_of_id),
                        scope.to_local(row.date),
                        row.comment,
                    )

        return spec, rows()

    # Workers ---------------------------------------------------------------------------
    def _sheet_workers(self, scope):
        """Outsourced workers assigned at some time of the period (archived ones who left
        during it included); compliance, certificates and trainings as of today."""
        Employee = scope.env["hr.employee"].with_context(active_test=False)
        Certificate = scope.env["labor.worker.certificate"]
        Training = scope.env["labor.worker.training"]
        Certificate.browse().check_access("read")
        Training.browse().check_access("read")
        spec = self._spec(
            self.env._("Workers"),
            [
                Column("name", self.env._("Worker"), width=22),
                Column("vendor", self.env._("Vendor"), width=30),
                Column("contract", self.env._("Contract"), width=16),
                Column("job", self.env._("Job Type"), width=20),
                Column("site", self.env._("Work Site"), width=18),
                Column("shift", self.env._("Shift"), width=10),
                Column("start", self.env._("Assignment Start"), type="date", width=12),
                Column("end", self.env._("Assignment End"), type="date", width=12),
                Column("supervisor", self.env._("Supervisor"), width=18),
                Column("compliance", self.env._("Compliance"), width=16),
                Column("reasons", self.env._("Compliance Issues"), width=40),
                Column("induction", self.env._("Safety Induction"), type="date", width=12),
                Column("nda", self.env._("NDA Signed On"), type="date", width=12),
                Column("background", self.env._("Background Check"), width=12),
                Column("certificates", self.env._("Certificates"), width=50),
                Column("valid_certificates", self.env._("Valid Certificates"), type="integer", width=10),
                Column("next_expiry", self.env._("Next Certificate Expiry"), type="date", width=12),
                Column("trainings_done", self.env._("Required Trainings Passed"), type="integer", width=10),
                Column("trainings_required", self.env._("Required Trainings"), type="integer", width=10),
                Column("exit", self.env._("Exit Date"), type="date", width=12),
            ],
        )
        domain = (
            [("is_labor_worker", "=", True)]
            + ["|", ("labor_assignment_start", "=", False), ("labor_assignment_start", "<=", scope.date_to)]
            + ["|", ("labor_assignment_end", "=", False), ("labor_assignment_end", ">=", scope.date_from)]
            + ["|", ("active", "=", True), ("labor_exit_date", ">=", scope.date_from)]
            + scope.company_domain()
            + scope.vendor_domain("labor_vendor_id")
        )
        fnames = [
            "name",
            "company_id",
            "labor_vendor_id",
            "labor_contract_id",
            "labor_job_product_id",
            "labor_site_id",
            "labor_shift",
            "labor_assignment_start",
            "labor_assignment_end",
            "labor_supervisor_id",
            "labor_safety_induction_date",
            "labor_nda_date",
            "labor_background_check_result",
            "labor_exit_date",
        ]
        compliances = selection_labels(Employee, "labor_compliance_state")
        shifts = selection_labels(Employee, "labor_shift")
        checks = selection_labels(Employee, "labor_background_check_result")
        cert_states = selection_labels(Certificate, "state")
        plans = scope.env["labor.training.plan"].search([("course_ids", "!=", False)])
        warning_days = Certificate._expiry_warning_days()

        required_cache = {}

        def required_courses(job_id, company_id):
            key = (job_id, company_id)
            if key not in required_cache:
                job = scope.env["product.product"].browse(job_id)
                company = scope.env["res.company"].browse(company_id)
                required_cache[key] = frozenset(
                    plans.filtered(lambda plan: plan._labor_applies_to(job, company)).course_ids.ids
                )
            return required_cache[key]

        def rows():
            names = NameCache(scope.env)
            ids = search_ids(Employee, domain, "name, id")
            for batch in read_batches(Employee, ids, fnames):
                batch_ids = [row.id for row in batch]
                compliance = Employee.browse(batch_ids)._labor_compliance_results()
                certificates = defaultdict(list)
                for certs in read_batches(
                    Certificate,
                    search_ids(Certificate, [("employee_id", "in", batch_ids)], "employee_id, expiry_date, id"),
                    ["employee_id", "type_id", "number", "expiry_date", "state"],
                ):
                    names.load("labor.worker.certificate.type", {cert.type_id for cert in certs})
                    for cert in certs:
                        certificates[cert.employee_id].append(cert)
                passed = defaultdict(set)
                for employee, course in Training._read_group(
                    [("employee_id", "in", batch_ids), ("passed", "=", True)], ["employee_id", "course_id"]
                ):
                    passed[employee.id].add(course.id)
                for model, key in (
                    ("res.partner", "labor_vendor_id"),
                    ("labor.contract", "labor_contract_id"),
                    ("product.product", "labor_job_product_id"),
                    ("labor.work.site", "labor_site_id"),
                    ("res.users", "labor_supervisor_id"),
                ):
                    names.load(model, {getattr(row, key) for row in batch})
                rows_out = []
                for row in batch:
                    issues, _exempt = compliance.get(row.id, ([], False))
                    status, reasons = worker_compliance.aggregate(issues)
                    certs = certificates.get(row.id, [])
                    valid = [
                        cert
                        for cert in certs
                        if cert.state == "verified"
                        and worker_compliance.certificate_status(cert.expiry_date, scope.today, warning_days)
                        != "expired"
                    ]
                    expiries = [cert.expiry_date for cert in valid if cert.expiry_date]
                    required = required_courses(row.labor_job_product_id, row.company_id)
                    rows_out.append(
                        (
                            row.name,
                            names.get("res.partner", row.labor_vendor_id),
                            names.get("labor.contract", row.labor_contract_id),
                            names.get("product.product", row.labor_job_product_id),
                            names.get("labor.work.site", row.labor_site_id),
                            shifts.get(row.labor_shift),
                            row.labor_assignment_start,
                            row.labor_assignment_end,
                            names.get("res.users", row.labor_supervisor_id),
                            compliances.get(status) if row.id in compliance else None,
                            "\n".join(reasons),
                            row.labor_safety_induction_date,
                            row.labor_nda_date,
                            checks.get(row.labor_background_check_result),
                            "\n".join(self._certificate_text(names, cert_states, cert) for cert in certs),
                            len(valid),
                            min(expiries, default=None),
                            len(required & passed[row.id]),
                            len(required),
                            row.labor_exit_date,
                        )
                    )
                # the compliance check read whole employee records: drop them before the next batch
                scope.env.invalidate_all()
                yield from rows_out

        return spec, rows()

    def _certificate_text(self, names, states, cert):
        return self.env._(
            "%(type)s %(number)s (expires %(expiry)s, %(state)s)",
            type=names.get("labor.worker.certificate.type", cert.type_id) or "",
            number=cert.number or "",
            expiry=cert.expiry_date or self.env._("never"),
            state=states.get(cert.state),
        )

    # Quality ---------------------------------------------------------------------------
    def _sheet_inspections(self, scope):
        """Inspections dated in the period, whatever their state."""
        Inspection = scope.env["labor.inspection"]
        Answer = scope.env["labor.inspection.answer"]
        Ncr = scope.env["labor.ncr"]
        Answer.browse().check_access("read")
        Ncr.browse().check_access("read")
        spec = self._spec(
            self.env._("Inspections"),
            [
                Column("name", self.env._("Number"), width=16),
                Column("date", self.env._("Date"), type="date", width=12),
                Column("kind", self.env._("Type"), width=16),
                Column("state", self.env._("Status"), width=12),
                Column("result", self.env._("Result"), width=10),
                Column("vendor", self.env._("Vendor"), width=30),
                Column("contract", self.env._("Contract"), width=16),
                Column("site", self.env._("Work Site"), width=18),
                Column("plan", self.env._("Inspection Plan"), width=22),
                Column("inspector", self.env._("Inspector"), width=18),
                Column("auditor", self.env._("Auditor Organisation"), width=20),
                Column("lot", self.env._("Delivery Lot"), width=14),
                Column("lot_size", self.env._("Lot Size"), type="integer", width=10, total=True),
                Column("sampling", self.env._("Sampling"), width=14),
                Column("severity", self.env._("Severity"), width=12),
                Column("code_letter", self.env._("Code Letter"), width=8),
                Column("sample_size", self.env._("Sample Size"), type="integer", width=10, total=True),
                Column("ac", self.env._("Ac"), type="integer", width=6),
                Column("re", self.env._("Re"), type="integer", width=6),
                Column("nonconforming", self.env._("Nonconforming in Sample"), type="integer", width=12, total=True),
                Column("lot_accepted", self.env._("Lot Accepted"), type="boolean", width=10),
                Column("checks", self.env._("Checks"), type="integer", width=8, total=True),
                Column("ncr", self.env._("NCR"), width=16),
            ],
        )
        domain = scope.dated_domain("date") + scope.company_domain() + scope.vendor_domain()
        fnames = [
            "name",
            "date",
            "kind",
            "state",
            "result",
            "vendor_id",
            "contract_id",
            "site_id",
            "plan_id",
            "inspector_id",
            "auditor_partner_id",
            "lot_reference",
            "lot_size",
            "sampling_method",
            "severity",
            "code_letter",
            "sample_size",
            "accept_number",
            "reject_number",
            "nonconforming_qty",
            "lot_accepted",
        ]
        kinds = selection_labels(Inspection, "kind")
        states = selection_labels(Inspection, "state")
        results = selection_labels(Inspection, "result")
        methods = selection_labels(Inspection, "sampling_method")
        severities = selection_labels(Inspection, "severity")

        def rows():
            names = NameCache(scope.env)
            for batch in read_batches(Inspection, search_ids(Inspection, domain, "date, name, id"), fnames):
                ids = [row.id for row in batch]
                checks = {
                    inspection.id: count
                    for inspection, count in Answer._read_group(
                        [("inspection_id", "in", ids)], ["inspection_id"], ["__count"]
                    )
                }
                ncrs = defaultdict(list)
                for ncr_rows in read_batches(
                    Ncr, search_ids(Ncr, [("inspection_id", "in", ids)], "name, id"), ["inspection_id", "name"]
                ):
                    for ncr in ncr_rows:
                        ncrs[ncr.inspection_id].append(ncr.name)
                for model, key in (
                    ("res.partner", "vendor_id"),
                    ("labor.contract", "contract_id"),
                    ("labor.work.site", "site_id"),
                    ("labor.inspection.plan", "plan_id"),
                    ("res.users", "inspector_id"),
                    ("res.partner", "auditor_partner_id"),
                ):
                    names.load(model, {getattr(row, key) for row in batch})
                sampled = ("iso2859", "fixed", "full")
                for row in batch:
                    has_sample = row.sampling_method in sampled and row.state == "done"
                    yield (
                        row.name,
                        row.date,
                        kinds.get(row.kind),
                        states.get(row.state),
                        results.get(row.result),
                        names.get("res.partner", row.vendor_id),
                        names.get("labor.contract", row.contract_id),
                        names.get("labor.work.site", row.site_id),
                        names.get("labor.inspection.plan", row.plan_id),
                        names.get("res.users", row.inspector_id),
                        names.get("res.partner", row.auditor_partner_id),
                        row.lot_reference,
                        row.lot_size or None,
                        methods.get(row.sampling_method),
                        severities.get(row.severity),
                        row.code_letter,
                        row.sample_size or None,
                        row.accept_number if has_sample else None,
                        row.reject_number if has_sample else None,
                        row.nonconforming_qty,
                        row.lot_accepted if has_sample else None,
                        checks.get(row.id, 0),
                        ", ".join(ncrs.get(row.id, ())),
                    )

        return spec, rows()

    def _sheet_ncrs(self, scope):
        """Non-conformance reports detected in the period, one row per NCR with the
        summary of its corrective and preventive actions."""
        Ncr = scope.env["labor.ncr"]
        Action = scope.env["labor.ncr.action"]
        Action.browse().check_access("read")
        spec = self._spec(
            self.env._("NCRs"),
            [
                Column("name", self.env._("Number"), width=16),
                Column("title", self.env._("Title"), width=30),
                Column("detected_on", self.env._("Detected On"), type="date", width=12),
                Column("state", self.env._("Status"), width=14),
                Column("source", self.env._("Source"), width=16),
                Column("category", self.env._("Category"), width=16),
                Column("severity", self.env._("Severity"), width=10),
                Column("vendor", self.env._("Vendor"), width=30),
                Column("contract", self.env._("Contract"), width=16),
                Column("site", self.env._("Work Site"), width=18),
                Column("inspection", self.env._("Inspection"), width=16),
                Column("qty_checked", self.env._("Quantity Checked"), type="integer", width=10, total=True),
                Column("qty_nonconforming", self.env._("Quantity Nonconforming"), type="integer", width=12, total=True),
                Column("responsible", self.env._("Responsible"), width=18),
                Column("detected_by", self.env._("Detected By"), width=18),
                Column("containment_date", self.env._("Containment Date"), type="date", width=12),
                Column("disposition", self.env._("Disposition"), width=14),
                Column("cause_category", self.env._("Cause Category"), width=12),
                Column("root_cause", self.env._("Root Cause"), width=40),
                Column("actions", self.env._("Actions"), type="integer", width=8, total=True),
                Column("actions_done", self.env._("Actions Done"), type="integer", width=8, total=True),
                Column("actions_verified", self.env._("Actions Verified"), type="integer", width=8, total=True),
                Column("actions_overdue", self.env._("Overdue Actions"), type="integer", width=8, total=True),
                Column("next_due", self.env._("Next Action Due"), type="date", width=12),
                Column("effective", self.env._("Effectiveness Verified"), type="boolean", width=10),
                Column("verified_by", self.env._("Verified By"), width=18),
                Column("closed", self.env._("Closed On"), type="date", width=12),
                Column("penalty_state", self.env._("Penalty Status"), width=12),
                Column(
                    "penalty",
                    self.env._("Penalty"),
                    type="money",
                    width=12,
                    total=True,
                    total_unless_mixed="penalty_currency",
                ),
                Column("penalty_currency", self.env._("Penalty Currency"), width=9),
            ],
        )
        domain = scope.dated_domain("detected_on") + scope.company_domain() + scope.vendor_domain()
        fnames = [
            "name",
            "title",
            "detected_on",
            "state",
            "source",
            "category_id",
            "severity",
            "vendor_id",
            "contract_id",
            "site_id",
            "inspection_id",
            "qty_checked",
            "qty_nonconforming",
            "user_id",
            "detected_by_id",
            "containment_date",
            "disposition",
            "cause_category",
            "root_cause",
            "effectiveness_verified",
            "verified_by_id",
            "date_closed",
            "penalty_state",
            "penalty_amount",
            "penalty_currency_id",
        ]
        labels = {
            fname: selection_labels(Ncr, fname)
            for fname in ("state", "source", "severity", "disposition", "cause_category", "penalty_state")
        }

        def rows():
            names = NameCache(scope.env)
            for batch in read_batches(Ncr, search_ids(Ncr, domain, "detected_on, name, id"), fnames):
                ids = [row.id for row in batch]
                actions = defaultdict(lambda: defaultdict(int))
                next_due = {}
                for ncr, state, verified, count, deadline in Action._read_group(
                    [("ncr_id", "in", ids)], ["ncr_id", "state", "verified"], ["__count", "date_deadline:min"]
                ):
                    counts = actions[ncr.id]
                    counts["all"] += count
                    counts[state] += count
                    if verified:
                        counts["verified"] += count
                    if state in ("todo", "in_progress") and deadline:
                        next_due[ncr.id] = min(deadline, next_due.get(ncr.id, deadline))
                overdue = dict(
                    Action._read_group([("ncr_id", "in", ids), ("is_overdue", "=", True)], ["ncr_id"], ["__count"])
                )
                for model, key in (
                    ("res.partner", "vendor_id"),
                    ("labor.contract", "contract_id"),
                    ("labor.work.site", "site_id"),
                    ("labor.ncr.category", "category_id"),
                    ("labor.inspection", "inspection_id"),
                    ("res.users", "user_id"),
                    ("res.users", "detected_by_id"),
                    ("res.users", "verified_by_id"),
                    ("res.currency", "penalty_currency_id"),
                ):
                    names.load(model, {getattr(row, key) for row in batch})
                overdue = {ncr.id: count for ncr, count in overdue.items()}
                for row in batch:
                    counts = actions[row.id]
                    has_penalty = row.penalty_state not in (False, None, "none")
                    yield (
                        row.name,
                        row.title,
                        row.detected_on,
                        labels["state"].get(row.state),
                        labels["source"].get(row.source),
                        names.get("labor.ncr.category", row.category_id),
                        labels["severity"].get(row.severity),
                        names.get("res.partner", row.vendor_id),
                        names.get("labor.contract", row.contract_id),
                        names.get("labor.work.site", row.site_id),
                        names.get("labor.inspection", row.inspection_id),
                        row.qty_checked,
                        row.qty_nonconforming,
                        names.get("res.users", row.user_id),
                        names.get("res.users", row.detected_by_id),
                        row.containment_date,
                        labels["disposition"].get(row.disposition),
                        labels["cause_category"].get(row.cause_category),
                        row.root_cause,
                        counts["all"],
                        counts["done"],
                        counts["verified"],
                        overdue.get(row.id, 0),
                        next_due.get(row.id),
                        bool(row.effectiveness_verified),
                        names.get("res.users", row.verified_by_id),
                        row.date_closed,
                        labels["penalty_state"].get(row.penalty_state),
                        row.penalty_amount if has_penalty else None,
                        names.get("res.currency", row.penalty_currency_id) if has_penalty else None,
                    )

        return spec, rows()

    def _sheet_issues(self, scope):
        """Issues reported in the period (in the user's time zone)."""
        Issue = scope.env["labor.issue"]
        spec = self._spec(
            self.env._("Issues"),
            [
                Column("name", self.env._("Number"), width=16),
                Column("title", self.env._("Title"), width=30),
                Column("reported", self.env._("Reported On"), type="datetime", width=16),
                Column("type", self.env._("Type"), width=12),
                Column("priority", self.env._("Priority"), width=10),
                Column("state", self.env._("Status"), width=12),
                Column("vendor", self.env._("Vendor"), width=30),
                Column("contract", self.env._("Contract"), width=16),
                Column("reporter", self.env._("Reported By"), width=18),
                Column("user", self.env._("Handled By"), width=18),
                Column("manager", self.env._("Escalation Manager"), width=18),
                Column("response_due", self.env._("Response Due"), type="datetime", width=16),
                Column("first_response", self.env._("First Response"), type="datetime", width=16),
                Column("resolution_due", self.env._("Resolution Due"), type="datetime", width=16),
                Column("resolved", self.env._("Resolved On"), type="datetime", width=16),
                Column("response_hours", self.env._("Response Hours"), type="number", width=10),
                Column("resolution_hours", self.env._("Resolution Hours"), type="number", width=10),
                Column("breached", self.env._("SLA Breached"), type="boolean", width=10),
                Column("escalated", self.env._("Escalated"), type="boolean", width=10),
            ],
        )
        start, end = scope.period_bounds_utc()
        domain = (
            [("date_reported", ">=", start), ("date_reported", "<", end)]
            + scope.company_domain()
            + scope.vendor_domain()
        )
        fnames = [
            "name",
            "title",
            "date_reported",
            "issue_type",
            "priority",
            "state",
            "vendor_id",
            "contract_id",
            "reporter_id",
            "user_id",
            "manager_id",
            "response_deadline",
            "date_first_response",
            "resolution_deadline",
            "date_resolved",
            "response_hours",
            "resolution_hours",
            "escalated_response",
            "escalated_resolution",
        ]
        types = selection_labels(Issue, "issue_type")
        priorities = selection_labels(Issue, "priority")
        states = selection_labels(Issue, "state")

        def rows():
            names = NameCache(scope.env)
            now = fields.Datetime.now()
            for batch in read_batches(Issue, search_ids(Issue, domain, "date_reported, name, id"), fnames):
                for model, key in (
                    ("res.partner", "vendor_id"),
                    ("labor.contract", "contract_id"),
                    ("res.users", "reporter_id"),
                    ("res.users", "user_id"),
                    ("res.users", "manager_id"),
                ):
                    names.load(model, {getattr(row, key) for row in batch})
                for row in batch:
                    breached = sla.is_breached(row.response_deadline, row.date_first_response, now) or sla.is_breached(
                        row.resolution_deadline, row.date_resolved, now
                    )
                    yield (
                        row.name,
                        row.title,
                        scope.to_local(row.date_reported),
                        types.get(row.issue_type),
                        priorities.get(row.priority),
                        states.get(row.state),
                        names.get("res.partner", row.vendor_id),
                        names.get("labor.contract", row.contract_id),
                        names.get("res.users", row.reporter_id),
                        names.get("res.users", row.user_id),
                        names.get("res.users", row.manager_id),
                        scope.to_local(row.response_deadline),
                        scope.to_local(row.date_first_response),
                        scope.to_local(row.resolution_deadline),
                        scope.to_local(row.date_resolved),
                        row.response_hours if row.date_first_response else None,
                        row.resolution_hours if row.date_resolved else None,
                        breached,
                        bool(row.escalated_response or row.escalated_resolution),
                    )

        return spec, rows()

    def _sheet_risks(self, scope):
        """The risk register as known at the end of the period: risks recorded until
        then, closed ones included (archived ones left out)."""
        Risk = scope.env["labor.risk"]
        spec = self._spec(
            self.env._("Risks"),
            [
                Column("reference", self.env._("Reference"), width=14),
                Column("name", self.env._("Risk"), width=30),
                Column("category", self.env._("Category"), width=18),
                Column("state", self.env._("Status"), width=10),
                Column("vendor", self.env._("Vendor"), width=30),
                Column("contract", self.env._("Contract"), width=16),
                Column("likelihood", self.env._("Likelihood"), type="integer", width=10),
                Column("impact", self.env._("Impact"), type="integer", width=10),
                Column("score", self.env._("Score"), type="integer", width=8),
                Column("level", self.env._("Level"), width=10),
                Column("strategy", self.env._("Response Strategy"), width=14),
                Column("measures", self.env._("Measures"), width=40),
                Column("owner", self.env._("Owner"), width=18),
                Column("review_date", self.env._("Review Date"), type="date", width=12),
                Column("residual_likelihood", self.env._("Residual Likelihood"), type="integer", width=10),
                Column("residual_impact", self.env._("Residual Impact"), type="integer", width=10),
                Column("residual_score", self.env._("Residual Score"), type="integer", width=8),
                Column("residual_level", self.env._("Residual Level"), width=10),
            ],
        )
        _start, end = scope.period_bounds_utc()
        domain = [("create_date", "<", end)] + scope.company_domain() + scope.vendor_domain()
        fnames = [
            "reference",
            "name",
            "category",
            "state",
            "vendor_id",
            "contract_id",
            "likelihood",
            "impact",
            "score",
            "level",
            "strategy",
            "measures",
            "user_id",
            "review_date",
            "residual_likelihood",
            "residual_impact",
            "residual_score",
            "residual_level",
        ]
        labels = {
            fname: selection_labels(Risk, fname)
            for fname in ("category", "state", "level", "strategy", "residual_level")
        }

        def rows():
            names = NameCache(scope.env)
            for batch in read_batches(Risk, search_ids(Risk, domain, "score desc, reference, id"), fnames):
                for model, key in (
                    ("res.partner", "vendor_id"),
                    ("labor.contract", "contract_id"),
                    ("res.users", "user_id"),
                ):
                    names.load(model, {getattr(row, key) for row in batch})
                for row in batch:
                    residual = bool(row.residual_likelihood and row.residual_impact)
                    yield (
                        row.reference,
                        row.name,
                        labels["category"].get(row.category),
                        labels["state"].get(row.state),
                        names.get("res.partner", row.vendor_id),
                        names.get("labor.contract", row.contract_id),
                        int(row.likelihood),
                        int(row.impact),
                        row.score,
                        labels["level"].get(row.level),
                        labels["strategy"].get(row.strategy),
                        row.measures,
                        names.get("res.users", row.user_id),
                        row.review_date,
                        int(row.residual_likelihood) if row.residual_likelihood else None,
                        int(row.residual_impact) if row.residual_impact else None,
                        row.residual_score if residual else None,
                        labels["residual_level"].get(row.residual_level),
                    )

        return spec, rows()
