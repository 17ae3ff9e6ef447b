# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_state_bypass

from .common import LaborOutsourcingCommon


class WorkerCommon(LaborOutsourcingCommon):
    """An Approved vendor with an active contract (operators and forklift drivers, a
    project), a forklift certificate required for drivers, a health certificate required
    for everybody, a safety course required for operators, and a compliant operator."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.worker_vendor = cls.create_vendor("Worker Staffing Co", state="approved")
        service = {"type": "service", "purchase_ok": True}
        cls.operator = cls.env["product.product"].create(dict(service, name="Worker Line Operator"))
        cls.driver = cls.env["product.product"].create(dict(service, name="Worker Forklift Driver"))
        cls.project = cls.env["project.project"].create({"name": "Worker Line", "allow_timesheets": True})
        cls.contract = cls.create_labor_contract(cls.worker_vendor)
        cls.supervisor = new_test_user(cls.env, "lo_supervisor", groups="labor_outsourcing.group_labor_user")
        cls.health = cls.env.ref("labor_outsourcing.worker_certificate_type_health")
        cls.health.required_for_all = True
        cls.forklift_licence = cls.env.ref("labor_outsourcing.worker_certificate_type_special_operation")
        cls.forklift_licence.job_product_ids = [Command.set(cls.driver.ids)]
        cls.safety_course = cls.env.ref("labor_outsourcing.training_course_safety")
        cls.env["labor.training.plan"].create(
            {
                "name": "Operators",
                "job_product_ids": [Command.set(cls.operator.ids)],
                "course_ids": [Command.set(cls.safety_course.ids)],
            }
        )
        cls.worker = cls.create_compliant_worker("Zhang Wei", cls.operator)

    @classmethod
    def create_labor_contract(cls, vendor, company=None):
        company = company or cls.company
        contract = cls.env["labor.contract"].create(
            {
                "title": "Worker staffing",
                "vendor_id": vendor.id,
                "company_id": company.id,
                "currency_id": company.currency_id.id,
                "date_start": cls.today - timedelta(days=60),
                "date_end": cls.today + timedelta(days=300),
                "allow_overlap": True,
                "project_ids": [Command.set(cls.project.ids)] if company == cls.company else [],
                "rate_ids": [
                    Command.create({"job_product_id": cls.operator.id, "unit": "hour", "price": 30}),
                    Command.create({"job_product_id": cls.driver.id, "unit": "hour", "price": 40}),
                ],
                "headcount_line_ids": [
                    Command.create({"job_product_id": cls.operator.id, "quantity": 5}),
                    Command.create({"job_product_id": cls.driver.id, "quantity": 2}),
                ],
            }
        )
        contract.write({"state": "active"})
        return contract

    @classmethod
    def create_worker(cls, name, job, contract=None, user=None, **values):
        contract = contract or cls.contract
        return (
            cls.env["hr.employee"]
            .with_user(user or cls.env.user)
            .create(
                {
                    "name": name,
                    "is_labor_worker": True,
                    "company_id": contract.company_id.id,
                    "labor_vendor_id": contract.vendor_id.id,
                    "labor_contract_id": contract.id,
                    "labor_job_product_id": job.id,
                    "labor_site_id": cls.site.id if contract.company_id == cls.company else False,
                    "labor_supervisor_id": cls.supervisor.id,
                    "labor_assignment_start": cls.today - timedelta(days=30),
                    "labor_assignment_end": cls.today + timedelta(days=200),
                    **values,
                }
            )
            .with_env(cls.env)
        )

    @classmethod
    def create_compliant_worker(cls, name, job, **values):
        """A worker with induction, NDA, a verified health certificate, the forklift
        licence for drivers and the safety course for operators."""
        worker = cls.create_worker(
            name,
            job,
            labor_safety_induction_date=cls.today - timedelta(days=20),
            labor_nda_date=cls.today - timedelta(days=20),
            **values,
        )
        cls.add_certificate(worker, cls.health, cls.today + timedelta(days=365))
        if job == cls.driver:
            cls.add_certificate(worker, cls.forklift_licence, cls.today + timedelta(days=365))
        if job == cls.operator:
            cls.add_training(worker, cls.safety_course)
        return worker

    @classmethod
    def add_certificate(cls, worker, cert_type, expiry, state="verified"):
        return cls.env["labor.worker.certificate"].create(
            {
                "employee_id": worker.id,
                "type_id": cert_type.id,
                "number": f"{cert_type.code}-{worker.id}",
                "expiry_date": expiry,
                "state": state,
            }
        )

    @classmethod
    def add_training(cls, worker, course, passed=True):
        return cls.env["labor.worker.training"].create(
            {"employee_id": worker.id, "course_id": course.id, "score": 90 if passed else 40, "passed": passed}
        )

    def log_timesheet(self, worker, hours=8, user=None):
        return (
            self.env["account.analytic.line"]
            .with_user(user or self.env.user)
            .create(
                {
                    "name": "Line work",
                    "project_id": self.project.id,
                    "employee_id": worker.id,
                    "date": self.today,
                    "unit_amount": hours,
                }
            )
        )

    def assertCompliance(self, worker, state, reason=None):
        worker.invalidate_recordset()
        self.assertEqual(worker.labor_compliance_state, state, worker.labor_compliance_reasons)
        if reason:
            self.assertIn(reason, worker.labor_compliance_reasons or "")


class TestWorkerCreation(WorkerCommon):
    def test_worker_is_a_contractor_of_an_approved_vendor_under_an_active_contract(self):
        self.assertEqual(self.worker.employee_type, "contractor")
        self.assertTrue(self.worker.is_labor_worker)
        # by a plain outsourcing user too
        worker = self.create_worker("Li Na", self.operator, user=self.user)
        self.assertEqual(worker.employee_type, "contractor")

    def test_vendor_must_be_approved(self):
        prospect = self.create_vendor("Prospect Staffing", state="qualified")
        contract = self.create_labor_contract(self.worker_vendor)
        # an inconsistent contract: the vendor check comes first
        with labor_state_bypass():
            contract.vendor_id = prospect
        with self.assertRefused(UserError, "Only Approved vendors get new workers"):
            self.create_worker("Li Na", self.operator, contract=contract)
        self.worker_vendor._labor_set_vendor_state("suspended", "Audit findings")
        with self.assertRefused(UserError, "is Suspended: it cannot get new workers"):
            self.create_worker("Li Na", self.operator)

    def test_contract_must_be_active(self):
        draft = self.env["labor.contract"].create(
            {
                "title": "Draft",
                "vendor_id": self.worker_vendor.id,
                "date_start": self.today,
                "date_end": self.today + timedelta(days=30),
                "allow_overlap": True,
            }
        )
        with self.assertRefused(ValidationError, "can only be assigned under an active contract"):
            self.create_worker("Li Na", self.operator, contract=draft)

    def test_vendor_and_contract_are_required(self):
        with self.assertRefused(ValidationError, "give the vendor and the contract"):
            self.env["hr.employee"].create({"name": "Nobody's worker", "is_labor_worker": True})
        with self.assertRefused(ValidationError, "give the vendor and the contract"):
            self.worker.labor_contract_id = False

    def test_job_type_from_the_rate_card(self):
        cleaner = self.env["product.product"].create({"name": "Cleaner", "type": "service"})
        with self.assertRefused(ValidationError, "is not a job type of the rate card"):
            self.worker.labor_job_product_id = cleaner

    def test_ordinary_employees_are_untouched(self):
        employee = self.env["hr.employee"].create({"name": "Own Staff"})
        self.assertFalse(employee.is_labor_worker)
        self.assertFalse(employee.labor_compliance_state)
        self.assertTrue(employee.labor_can_work)
        self.assertEqual(employee.employee_type, "employee")


class TestWorkerCompliance(WorkerCommon):
    def test_compliant(self):
        self.assertCompliance(self.worker, "compliant")
        self.assertTrue(self.worker.labor_can_work)
        self.assertFalse(self.worker.labor_compliance_reasons)

    def test_missing_induction_and_nda(self):
        self.worker.labor_safety_induction_date = False
        self.assertCompliance(self.worker, "missing", "No safety induction")
        self.worker.labor_nda_date = False
        self.assertCompliance(self.worker, "missing", "NDA")
        self.assertFalse(self.worker.labor_can_work)

    def test_missing_required_certificate_for_the_job_type(self):
        driver = self.create_compliant_worker("Driver", self.driver)
        self.assertCompliance(driver, "compliant")
        driver.labor_certificate_ids.filtered(lambda c: c.type_id == self.forklift_licence).state = "draft"
        self.assertCompliance(driver, "missing", "Special Operation Certificate (特种作业操作证) is missing")
        # an operator does not need it
        self.assertCompliance(self.worker, "compliant")

    def test_expiring_certificate_is_a_warning(self):
        self.worker.labor_certificate_ids.expiry_date = self.today + timedelta(days=10)
        self.assertCompliance(self.worker, "expiring", "Health Certificate expires on")
        self.assertTrue(self.worker.labor_can_work)

    def test_expired_certificate(self):
        self.worker.labor_certificate_ids.write({"expiry_date": self.today - timedelta(days=1)})
        self.assertCompliance(self.worker, "expired", "Health Certificate has expired")
        self.worker.labor_certificate_ids.state = "expired"
        self.assertCompliance(self.worker, "expired", "Health Certificate has expired")
        # a new verified certificate makes him compliant again
        self.add_certificate(self.worker, self.health, self.today + timedelta(days=400))
        self.assertCompliance(self.worker, "compliant")

    def test_required_training_not_passed(self):
        self.worker.labor_training_ids.passed = False
        self.assertCompliance(self.worker, "missing", "Training Site Safety Rules not passed")

    def test_vendor_suspended(self):
        self.worker_vendor._labor_set_vendor_state("suspended", "Audit findings")
        self.assertCompliance(self.worker, "ineligible", "Vendor Worker Staffing Co is Suspended")

    def test_assignment_ended_or_not_started(self):
        self.worker.write(
            {
                "labor_assignment_start": self.today - timedelta(days=60),
                "labor_assignment_end": self.today - timedelta(days=1),
            }
        )
        self.assertCompliance(self.worker, "ineligible", "The assignment ended on")
        self.worker.write(
            {
                "labor_assignment_start": self.today + timedelta(days=5),
                "labor_assignment_end": self.today + timedelta(days=50),
            }
        )
        self.assertCompliance(self.worker, "ineligible", "The assignment starts on")

    def test_contract_no_longer_active(self):
        self.contract.write({"state": "expired"})
        self.assertCompliance(self.worker, "ineligible", "is not active")

    def test_worst_status_and_all_reasons(self):
        self.worker.write({"labor_nda_date": False})
        self.worker.labor_certificate_ids.write({"expiry_date": self.today - timedelta(days=3)})
        self.assertCompliance(self.worker, "expired")
        reasons = self.worker.labor_compliance_reasons.splitlines()
        self.assertEqual(reasons[0], "Health Certificate has expired")
        self.assertIn("Information-security agreement (NDA) not signed", reasons)

    def test_search_and_batch_in_a_few_queries(self):
        workers = self.worker | self.create_worker("Missing Everything", self.operator)
        for index in range(10):
            workers |= self.create_compliant_worker(f"Batch {index}", self.driver)
        self.assertEqual(
            self.env["hr.employee"]
            .search([("labor_compliance_state", "=", "missing"), ("id", "in", workers.ids)])
            .mapped("name"),
            ["Missing Everything"],
        )
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        states = workers.mapped("labor_compliance_state")
        many = self.cr.sql_log_count - before
        self.assertEqual(states.count("compliant"), 11)
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        workers[:2].mapped("labor_compliance_state")
        self.assertEqual(self.cr.sql_log_count - before, many, "as many queries for 2 workers as for 12")


class TestWorkerGating(WorkerCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.worker_user = new_test_user(cls.env, "lo_worker_zhang", groups="hr_timesheet.group_hr_timesheet_user")
        cls.worker.user_id = cls.worker_user

    def test_compliant_worker_logs_timesheets_and_takes_tasks(self):
        line = self.log_timesheet(self.worker)
        self.assertEqual(line.employee_id, self.worker)
        task = self.env["project.task"].create(
            {"name": "Pack", "project_id": self.project.id, "user_ids": [Command.set(self.worker_user.ids)]}
        )
        self.assertEqual(task.user_ids, self.worker_user)

    def test_non_compliant_worker_is_blocked_with_the_reason(self):
        self.worker.labor_safety_induction_date = False
        with self.assertRefused(UserError, "Zhang Wei: No safety induction"):
            self.log_timesheet(self.worker)
        with self.assertRefused(UserError, "cannot be assigned to tasks"):
            self.env["project.task"].create(
                {"name": "Pack", "project_id": self.project.id, "user_ids": [Command.set(self.worker_user.ids)]}
            )
        task = self.env["project.task"].create({"name": "Sort", "project_id": self.project.id})
        with self.assertRefused(UserError, "No safety induction"):
            task.user_ids = self.worker_user
        # the worker himself, through his own timesheets
        with self.assertRefused(UserError, "log timesheets"):
            self.env["account.analytic.line"].with_user(self.worker_user).create(
                {"name": "Own", "project_id": self.project.id, "unit_amount": 2}
            )

    def test_existing_timesheet_cannot_be_changed_once_blocked(self):
        line = self.log_timesheet(self.worker)
        self.worker.labor_nda_date = False
        with self.assertRefused(UserError, "NDA"):
            line.unit_amount = 10

    def test_exemption_lets_work_until_it_expires(self):
        self.worker.labor_certificate_ids.write({"expiry_date": self.today - timedelta(days=1)})
        with self.assertRefused(UserError, "Health Certificate has expired"):
            self.log_timesheet(self.worker)
        # plain users cannot grant exemptions
        with self.assertRaises(AccessError):
            self.env["labor.worker.exemption"].with_user(self.user).create(
                {"employee_id": self.worker.id, "date_to": self.today, "reason": "Renewal under way"}
            )
        with self.assertRefused(ValidationError, "Justify"):
            self.env["labor.worker.exemption"].with_user(self.manager).create(
                {"employee_id": self.worker.id, "date_to": self.today, "reason": "  "}
            )
        exemption = (
            self.env["labor.worker.exemption"]
            .with_user(self.manager)
            .create(
                {
                    "employee_id": self.worker.id,
                    "date_to": self.today + timedelta(days=7),
                    "reason": "Renewal under way",
                }
            )
        )
        self.assertEqual(exemption.approved_by_id, self.manager)
        self.worker.invalidate_recordset()
        self.assertTrue(self.worker.labor_is_exempt)
        self.assertTrue(self.worker.labor_can_work)
        self.assertEqual(self.worker.labor_compliance_state, "expired", "the badge stays red")
        self.log_timesheet(self.worker)
        self.env["project.task"].create(
            {"name": "Pack", "project_id": self.project.id, "user_ids": [Command.set(self.worker_user.ids)]}
        )
        # it lapses by itself
        exemption.write({"date_from": self.today - timedelta(days=10), "date_to": self.today - timedelta(days=1)})
        self.assertFalse(exemption.is_current)
        with self.assertRefused(UserError, "Health Certificate has expired"):
            self.log_timesheet(self.worker)
        self.assertEqual(
            self.env["labor.worker.exemption"].search([("is_current", "=", False), ("id", "=", exemption.id)]),
            exemption,
        )

    def test_exemption_does_not_cover_a_suspended_vendor(self):
        self.env["labor.worker.exemption"].create(
            {"employee_id": self.worker.id, "date_to": self.today + timedelta(days=7), "reason": "Urgent order"}
        )
        self.worker_vendor._labor_set_vendor_state("suspended", "Audit findings")
        with self.assertRefused(UserError, "is Suspended"):
            self.log_timesheet(self.worker)

    def test_exemption_dates(self):
        with self.assertRefused(ValidationError, "90 days at most"):
            self.env["labor.worker.exemption"].create(
                {"employee_id": self.worker.id, "date_to": self.today + timedelta(days=120), "reason": "Long"}
            )
        with self.assertRefused(ValidationError, "cannot end before it starts"):
            self.env["labor.worker.exemption"].create(
                {"employee_id": self.worker.id, "date_to": self.today - timedelta(days=1), "reason": "Past"}
            )

    def test_ordinary_employees_log_timesheets_as_before(self):
        employee = self.env["hr.employee"].create({"name": "Own Staff"})
        self.assertTrue(self.log_timesheet(employee))


class TestWorkerCertificateExpiry(WorkerCommon):
    def test_cron_flips_expired_and_warns_the_supervisor_once(self):
        expiring = self.worker.labor_certificate_ids
        expiring.expiry_date = self.today + timedelta(days=10)
        other = self.create_compliant_worker("Expired Driver", self.driver)
        expired = other.labor_certificate_ids.filtered(lambda c: c.type_id == self.forklift_licence)
        expired.expiry_date = self.today - timedelta(days=2)
        Activity = self.env["mail.activity"]
        domain = [
            ("res_model", "=", "labor.worker.certificate"),
            ("res_id", "in", (self.worker | other).labor_certificate_ids.ids),
        ]
        self.env["labor.worker.certificate"]._cron_expiry()
        self.assertEqual(expired.state, "expired")
        self.assertEqual(expiring.state, "verified")
        activities = Activity.search(domain)
        self.assertEqual(activities.mapped("res_id"), expiring.ids)
        self.assertEqual(activities.user_id, self.supervisor)
        self.assertIn("Zhang Wei", activities.summary)
        # idempotent
        self.env["labor.worker.certificate"]._cron_expiry()
        self.assertEqual(Activity.search(domain), activities)
        self.assertCompliance(other, "expired", "has expired")

    def test_warning_days_are_configurable(self):
        self.worker.labor_certificate_ids.expiry_date = self.today + timedelta(days=50)
        self.assertCompliance(self.worker, "compliant")
        self.env["ir.config_parameter"].set_param("labor_outsourcing.worker_certificate_warning_days", "60")
        self.assertCompliance(self.worker, "expiring")
        self.env["labor.worker.certificate"]._cron_expiry()
        self.assertEqual(
            self.env["mail.activity"].search_count(
                [("res_model", "=", "labor.worker.certificate"), ("res_id", "=", self.worker.labor_certificate_ids.id)]
            ),
            1,
        )

    def test_certificate_verification(self):
        cert = self.add_certificate(self.worker, self.forklift_licence, self.today + timedelta(days=30), state="draft")
        cert.with_user(self.user).action_verify()
        self.assertEqual((cert.state, cert.verified_by_id), ("verified", self.user))
        with self.assertRefused(UserError, "Only certificates to verify"):
            cert.action_verify()
        with self.assertRefused(ValidationError, "must have an expiry date"):
            self.add_certificate(self.worker, self.forklift_licence, False)


class TestWorkerOnOffBoarding(WorkerCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.worker_user = new_test_user(cls.env, "lo_worker_exit", groups="base.group_user")
        cls.worker.user_id = cls.worker_user
        cls.portal_user = new_test_user(cls.env, "lo_worker_portal", groups="base.group_portal")
        cls.worker.work_contact_id = cls.portal_user.partner_id

    def test_onboarding_plan(self):
        self.worker.with_user(self.user).action_labor_launch_onboarding()
        activities = self.worker.activity_ids
        self.assertEqual(len(activities), 5)
        self.assertEqual(activities.user_id, self.supervisor)
        self.assertIn("Give the safety induction", activities.mapped("summary"))

    def offboard(self, **values):
        wizard = (
            self.env["labor.worker.offboard.wizard"]
            .with_user(self.user)
            .create(
                {
                    "employee_id": self.worker.id,
                    "reason": "End of the line 2 project",
                    "badge_returned": True,
                    "equipment_returned": True,
                    **values,
                }
            )
        )
        return wizard.action_offboard()

    def test_offboarding(self):
        task = self.env["project.task"].create(
            {"name": "Pack", "project_id": self.project.id, "user_ids": [Command.set(self.worker_user.ids)]}
        )
        self.offboard()
        self.assertFalse(self.worker.active)
        self.assertEqual(self.worker.labor_exit_date, self.today)
        self.assertEqual(self.worker.labor_assignment_end, self.today)
        self.assertFalse(self.worker_user.active)
        self.assertFalse(self.portal_user.active)
        self.assertFalse(task.user_ids)
        summary = self.worker.message_ids.filtered(lambda m: "Worker off-boarded" in (m.body or ""))
        self.assertTrue(summary)
        self.assertIn("lo_worker_exit", summary.body)
        self.assertIn("Access badge returned: yes", summary.body)
        self.assertIn("Documents and materials returned: no", summary.body)
        self.assertEqual(
            set(self.worker.activity_ids.mapped("summary")),
            {"Check the access badge is disabled", "Check equipment, documents and data were returned"},
        )
        self.worker.invalidate_recordset()
        self.assertEqual(self.worker.labor_compliance_state, "ineligible")
        with self.assertRaises(UserError):
            self.log_timesheet(self.worker)
        with self.assertRefused(UserError, "already left"):
            self.offboard()

    def test_offboarding_checks(self):
        with self.assertRefused(UserError, "on its day"):
            self.offboard(date=self.today + timedelta(days=3))
        self.worker.user_id = new_test_user(self.env, "lo_worker_admin", groups="base.group_system")
        with self.assertRefused(UserError, "administrator"):
            self.offboard()
        self.assertTrue(self.worker.active)


class TestWorkerAssessmentsAndSanctions(WorkerCommon):
    def test_assessment_average_and_outcome(self):
        assessment = (
            self.env["labor.worker.assessment"]
            .with_user(self.user)
            .create(
                {
                    "employee_id": self.worker.id,
                    "score_quality": "5",
                    "score_schedule": "4",
                    "score_attitude": "4",
                    "score_safety": "3",
                }
            )
        )
        self.assertEqual(assessment.score_average, 4.0)
        self.assertEqual(assessment.vendor_id, self.worker_vendor)
        with self.assertRefused(ValidationError, "Explain in the comment"):
            assessment.outcome = "remove"

    def test_confirmed_penalties_are_deducted_once_by_the_settlement(self):
        Sanction = self.env["labor.worker.sanction"]
        self.log_timesheet(self.worker, hours=10)
        penalty = Sanction.create({"employee_id": self.worker.id, "amount": 50, "reason": "Smoking on site"})
        Sanction.create(
            {
                "employee_id": self.worker.id,
                "amount": 100,
                "reason": "Good catch",
                "sanction_type": "reward",
                "state": "confirmed",
            }
        )
        self.assertEqual((penalty.vendor_id, penalty.contract_id), (self.worker_vendor, self.contract))
        settlement = self.env["labor.settlement"].create(
            {"contract_id": self.contract.id, "date_from": self.today, "date_to": self.today}
        )
        settlement.action_compute()
        self.assertFalse(settlement.deduction_ids, "draft penalties are not deducted")
        penalty.action_confirm()
        settlement.action_compute()
        deduction = settlement.deduction_ids
        self.assertEqual((deduction.amount, deduction.source_id), (50.0, penalty.id))
        self.assertIn("Smoking on site", deduction.reason)
        other = self.env["labor.settlement"].create(
            {"contract_id": self.contract.id, "date_from": self.today, "date_to": self.today}
        )
        self.assertEqual(other._labor_source_entries("labor.worker.sanction"), [])
        with self.assertRefused(UserError, "Cancel confirmed"):
            penalty.unlink()

    def test_sanctions_keep_their_contract_and_are_converted_to_its_currency(self):
        """A penalty is incurred under the worker's contract of the day and stays with it; the
        settlement of that contract deducts it (a reward: pays it) converted from the
        company's currency at the sanction's date, the original amount kept beside it."""
        eur = (
            self.env.ref("base.EUR")
            if self.company.currency_id != self.env.ref("base.EUR")
            else (self.env.ref("base.CNY"))
        )
        eur.active = True
        self.env["res.currency.rate"].create(
            [
                {"currency_id": eur.id, "name": date(2025, 1, 1), "rate": 0.5, "company_id": self.company.id},
                {"currency_id": eur.id, "name": date(2025, 6, 1), "rate": 2.0, "company_id": self.company.id},
            ]
        )
        eur_contract = self.env["labor.contract"].create(
            {
                "title": "Euro staffing",
                "vendor_id": self.worker_vendor.id,
                "currency_id": eur.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2025, 12, 31),
                "allow_overlap": True,
                "rate_ids": [Command.create({"job_product_id": self.operator.id, "unit": "hour", "price": 15})],
            }
        )
        eur_contract.write({"state": "active"})
        self.worker.labor_contract_id = eur_contract
        Sanction = self.env["labor.worker.sanction"]
        penalty = Sanction.create(
            {"employee_id": self.worker.id, "amount": 100, "reason": "No helmet", "date": date(2025, 3, 10)}
        )
        reward = Sanction.create(
            {
                "employee_id": self.worker.id,
                "amount": 40,
                "reason": "Good catch",
                "sanction_type": "reward",
                "date": date(2025, 3, 20),
            }
        )
        (penalty | reward).action_confirm()
        self.worker.labor_contract_id = self.contract  # moved to another contract afterwards
        self.assertEqual((penalty.contract_id, reward.contract_id), (eur_contract, eur_contract))
        self.assertEqual(penalty.vendor_id, self.worker_vendor)
        self.assertFalse(
            Sanction.search([("contract_id", "=", self.contract.id), ("id", "in", (penalty | reward).ids)])
        )

        settlement = self.env["labor.settlement"].create(
            {"contract_id": eur_contract.id, "date_from": date(2025, 3, 1), "date_to": date(2025, 3, 31)}
        )
        settlement._refresh_automatic_deductions()
        # at the March rate (0.5): 100 -> 50 deducted, 40 -> 20 paid (not 1:1, not today's rate)
        deduction, addition = settlement.deduction_ids, settlement.addition_ids
        self.assertEqual(
            (deduction.amount, deduction.source_amount, deduction.source_currency_id),
            (50.0, 100.0, self.company.currency_id),
        )
        self.assertEqual((addition.kind, addition.amount, addition.source_amount), ("addition", 20.0, 40.0))
        self.assertIn("Good catch", addition.reason)
        self.assertEqual(
            (settlement.amount_deductions, settlement.amount_additions, settlement.amount_total), (50.0, 20.0, -30.0)
        )
        prices = sorted(line[2]["price_unit"] for line in settlement._prepare_purchase_order()["order_line"])
        self.assertEqual(prices, [-50.0, 20.0], "the reward is a positive line of the purchase order")


class TestWorkerAccess(WorkerCommon):
    def test_id_number_is_for_managers(self):
        self.worker.labor_id_number = "110101199001011234"
        worker = self.worker.with_user(self.user)
        self.assertEqual(worker.name, "Zhang Wei")
        with self.assertRaises(AccessError):
            _number = worker.labor_id_number
        self.assertNotIn("labor_id_number", self.env["hr.employee"].with_user(self.user).fields_get())
        self.assertEqual(self.worker.with_user(self.manager).labor_id_number, "110101199001011234")
        with self.assertRaises(AccessError):
            _number = self.worker.with_user(self.user_plain).labor_id_number

    def test_multi_company_isolation(self):
        vendor = self.create_vendor("Company 2 Staffing", state="approved")
        contract_2 = self.create_labor_contract(vendor, company=self.company_2)
        worker_2 = self.create_compliant_worker("Worker of company 2", self.driver, contract=contract_2)
        Employee = self.env["hr.employee"].with_user(self.manager_company_2)
        found = Employee.search([("is_labor_worker", "=", True)])
        self.assertEqual(found, worker_2)
        self.assertEqual(
            self.env["labor.worker.certificate"].with_user(self.manager_company_2).search([]),
            worker_2.labor_certificate_ids,
        )
        self.assertNotIn(
            self.worker,
            self.env["hr.employee"].with_user(self.manager_company_2).search([("is_labor_worker", "=", True)]),
        )
        with self.assertRaises(AccessError):
            self.worker.labor_certificate_ids.with_user(self.manager_company_2).read(["number"])

    def test_menus(self):
        self.assertIn("labor_outsourcing.menu_labor_worker", self.visible_menus(self.user))
        self.assertNotIn("labor_outsourcing.menu_labor_worker_certificate_type", self.visible_menus(self.user))
        self.assertIn("labor_outsourcing.menu_labor_worker_certificate_type", self.visible_menus(self.manager))


class TestWorkerHeadcount(WorkerCommon):
    def test_headcount_against_the_plan(self):
        self.create_compliant_worker("Driver", self.driver)
        self.env.flush_all()
        rows = self.env["labor.worker.headcount.report"].search([("contract_id", "=", self.contract.id)])
        by_job = {}
        for row in rows:
            planned, actual, gap = by_job.get(row.job_product_id, (0, 0, 0))
            by_job[row.job_product_id] = (planned + row.planned, actual + row.actual, gap + row.gap)
        self.assertEqual(by_job[self.operator], (5, 1, 4))
        self.assertEqual(by_job[self.driver], (2, 1, 1))


class TestWorkerDemo(LaborOutsourcingCommon):
    def test_demo_workers(self):
        workers = self.env["hr.employee"].search(
            [
                ("is_labor_worker", "=", True),
                (
                    "name",
                    "in",
                    [
                        "Zhao Gang",
                        "Wu Tao",
                        "Zheng Hui",
                        "Wang Fang",
                        "Wei Qiang",
                        "Jiang Tao",
                        "Shen Lei",
                        "Xu Jing",
                        "Han Mei",
                    ],
                ),
            ]
        )
        states = {worker.name: worker.labor_compliance_state for worker in workers}
        self.assertEqual(
            states,
            {
                "Zhao Gang": "compliant",
                "Wu Tao": "missing",
                "Zheng Hui": "missing",
                "Wang Fang": "missing",
                "Wei Qiang": "expiring",
                "Jiang Tao": "expired",
                "Shen Lei": "missing",
                "Xu Jing": "missing",
                "Han Mei": "compliant",
            },
        )
        self.assertTrue(workers.filtered(lambda w: w.name == "Jiang Tao").labor_can_work, "exempted")
        self.assertGreaterEqual(self.env["hr.employee"].search_count([("is_labor_worker", "=", True)]), 20)
        self.assertEqual(len(self.env["labor.worker.assessment"].search([]).vendor_id), 1)
