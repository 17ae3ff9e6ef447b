# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import date, timedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import freeze_time, new_test_user

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_state_bypass

from .common import LaborOutsourcingCommon


class ContractCommon(LaborOutsourcingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.approved_vendor = cls.create_vendor("Contract Staffing Co", state="approved")
        cls.director = new_test_user(cls.env, "lo_director", groups="labor_outsourcing.group_labor_user")
        cls.dept_manager = new_test_user(cls.env, "lo_dept_manager", groups="labor_outsourcing.group_labor_user")
        director_employee = cls.env["hr.employee"].create({"name": "Director", "user_id": cls.director.id})
        manager_employee = cls.env["hr.employee"].create(
            {"name": "Dept Manager", "user_id": cls.dept_manager.id, "parent_id": director_employee.id}
        )
        cls.department = cls.env["hr.department"].create({"name": "Assembly", "manager_id": manager_employee.id})
        cls.legal_2 = new_test_user(cls.env, "lo_legal_2", groups="labor_outsourcing.group_labor_legal")
        cls.job = cls.env["product.product"].create({"name": "Line Operator", "type": "service", "purchase_ok": True})
        cls.Contract = cls.env["labor.contract"]
        # these tests exercise a company that asks leadership only from 1,000,000 (the default,
        # 0, asks it for every contract: see test_leadership_approves_every_contract_by_default)
        cls.company.labor_leadership_threshold = 1000000

    def create_contract(self, amount=500000, vendor=None, user=None, **values):
        vals = {
            "title": "Line staffing",
            "vendor_id": (vendor or self.approved_vendor).id,
            "department_id": self.department.id,
            "service_type_id": self.service_type.id,
            "date_start": self.today,
            "date_end": self.today + timedelta(days=365),
            "amount_estimated": amount,
            "rate_ids": [Command.create({"job_product_id": self.job.id, "unit": "hour", "price": 40})],
            "headcount_line_ids": [Command.create({"job_product_id": self.job.id, "quantity": 20})],
        }
        vals.update(values)
        return self.Contract.with_user(user or self.user).create(vals).with_env(self.env)

    def review(self, record, user, approve=True, comment="Checked"):
        record = record.with_user(user)
        action = record.validate_tier() if approve else record.reject_tier()
        self.assertEqual(action["res_model"], "comment.wizard", "reviewers comment their decision")
        wizard = (
            self.env["comment.wizard"].with_user(user).with_context(**action["context"]).create({"comment": comment})
        )
        wizard.add_comment()

    def approve_all(self, record, users):
        for user in users:
            self.review(record, user)

    def sign(self, contract):
        contract.signed_attachment = base64.b64encode(b"%PDF-1.4 signed")
        contract.signed_attachment_name = "signed.pdf"


class TestContractApproval(ContractCommon):
    def test_chain_below_threshold(self):
        contract = self.create_contract(amount=500000)
        self.assertTrue(contract.name.startswith("CTR/"))
        self.assertEqual(contract.department_manager_user_id, self.dept_manager)
        contract.with_user(self.user).action_submit()
        self.assertEqual(contract.state, "to_approve")
        self.assertEqual(
            contract.review_ids.sorted("sequence").mapped("name"), ["Department manager review", "Legal review"]
        )
        # sequential: legal cannot act before the department manager
        self.assertFalse(contract.with_user(self.legal).can_review)
        self.assertTrue(contract.with_user(self.dept_manager).can_review)
        self.review(contract, self.dept_manager, comment="Budget fits")
        self.assertEqual(contract.state, "to_approve")
        self.review(contract, self.legal, comment="Clauses fine")
        self.assertEqual(contract.state, "approved")
        log = contract.contract_approval_log_ids.sorted("id")
        self.assertEqual(log.mapped("decision"), ["requested", "approved", "approved"])
        self.assertEqual(log[1:].mapped("user_id"), self.dept_manager | self.legal)
        self.assertEqual(log[1:].mapped("comment"), ["Budget fits", "Clauses fine"])

    def test_chain_above_threshold_needs_leadership(self):
        contract = self.create_contract(amount=1500000)
        self.assertTrue(contract.needs_leadership_approval)
        contract.action_submit()
        self.assertEqual(
            contract.review_ids.sorted("sequence").mapped("name"),
            ["Department manager review", "Legal review", "Leadership approval"],
        )
        self.approve_all(contract, [self.dept_manager, self.legal])
        self.assertEqual(contract.state, "to_approve")
        self.review(contract, self.leadership)
        self.assertEqual(contract.state, "approved")
        # the threshold is a company setting
        self.company.labor_leadership_threshold = 2000000
        self.assertFalse(self.create_contract(amount=1500000, allow_overlap=True).needs_leadership_approval)

    def test_leadership_approves_every_contract_by_default(self):
        """The plan: every contract goes 部门经理 → 法务 → 公司领导; the threshold is a setting."""
        self.assertEqual(self.env["res.company"].create({"name": "New Outsourcing Co"}).labor_leadership_threshold, 0)
        self.company.labor_leadership_threshold = 0
        contract = self.create_contract(amount=1)
        self.assertTrue(contract.needs_leadership_approval)
        contract.action_submit()
        self.assertEqual(
            contract.review_ids.sorted("sequence").mapped("name"),
            ["Department manager review", "Legal review", "Leadership approval"],
        )
        self.approve_all(contract, [self.dept_manager, self.legal])
        self.assertEqual(contract.state, "to_approve", "legal is not the last tier")
        self.review(contract, self.leadership)
        self.assertEqual(contract.state, "approved")

    def test_threshold_is_reached_with_greater_or_equal(self):
        exactly = self.create_contract(amount=1000000)
        self.assertTrue(exactly.needs_leadership_approval, "reaching the threshold asks leadership")
        self.assertFalse(self.create_contract(amount=999999.99, allow_overlap=True).needs_leadership_approval)

    @freeze_time("2025-07-01")
    def test_agreements_convert_the_threshold_as_contracts_do(self):
        """One rule: a contract and its agreements are converted to the company's currency at the
        contract's start date (not at today's rate), then compared with >=."""
        currency = (
            self.env.ref("base.EUR")
            if self.company.currency_id != self.env.ref("base.EUR")
            else (self.env.ref("base.CNY"))
        )
        currency.active = True
        # 1 unit = 2 company units at the start, 1 company unit today
        self.env["res.currency.rate"].create(
            [
                {"currency_id": currency.id, "name": date(2025, 1, 1), "rate": 0.5, "company_id": self.company.id},
                {"currency_id": currency.id, "name": date(2025, 6, 1), "rate": 1.0, "company_id": self.company.id},
            ]
        )
        self.company.labor_leadership_threshold = 1500000
        contract = self.create_contract(
            amount=800000, currency_id=currency.id, date_start=date(2025, 1, 1), date_end=date(2025, 12, 31)
        )
        self.assertEqual(contract.amount_company, 1600000)
        self.assertTrue(contract.needs_leadership_approval)
        contract.write({"state": "active"})
        amendment = self.env["labor.contract.amendment"].create(
            {"contract_id": contract.id, "reason": "More volume", "amount_estimated": 800000}
        )
        self.assertTrue(amendment.needs_leadership_approval, "800,000 at the start date's rate is 1,600,000")
        amendment.amount_estimated = 700000
        self.assertFalse(amendment.needs_leadership_approval, "1,400,000 at the start date's rate")

    def test_rejection_returns_to_draft_and_history_survives_restart(self):
        contract = self.create_contract()
        contract.action_submit()
        self.review(contract, self.dept_manager)
        self.review(contract, self.legal, approve=False, comment="Liability clause missing")
        self.assertEqual(contract.state, "draft")
        self.assertFalse(contract.review_ids)
        self.assertIn("Liability clause missing", contract.message_ids[0].body)
        contract.action_submit()
        self.approve_all(contract, [self.dept_manager, self.legal])
        self.assertEqual(contract.state, "approved")
        self.assertEqual(
            contract.contract_approval_log_ids.sorted("id").mapped("decision"),
            ["requested", "approved", "rejected", "requested", "approved", "approved"],
        )
        rejected = contract.contract_approval_log_ids.filtered(lambda entry: entry.decision == "rejected")
        self.assertEqual((rejected.user_id, rejected.comment), (self.legal, "Liability clause missing"))

    def test_submit_checks(self):
        no_manager = self.env["hr.department"].create({"name": "Nobody"})
        contract = self.create_contract(department_id=no_manager.id)
        with self.assertRefused(UserError, "manager has a user"):
            contract.action_submit()
        contract.department_id = self.department
        contract.rate_ids.unlink()
        with self.assertRefused(UserError, "rate card"):
            contract.action_submit()
        self.assertEqual(contract.state, "draft")
        self.assertFalse(contract.review_ids)

    def test_vendor_must_be_approved_and_compliant(self):
        with self.assertRefused(UserError, "Only Approved vendors get new contracts"):
            self.create_contract(vendor=self.vendor)
        contract = self.create_contract()
        permit = self.approved_vendor.vendor_document_ids.filtered(
            lambda d: d.type_id == self.doc_types["dispatch_permit"]
        )
        permit.expiry_date = self.today - timedelta(days=1)
        with self.assertRefused(UserError, "Labor Dispatch Permit has expired"):
            contract.action_submit()
        self.assertEqual(contract.state, "draft")

    def test_bad_input(self):
        with self.assertRefused(ValidationError, "end date must be after the start date"):
            self.create_contract(date_end=self.today - timedelta(days=1))
        with self.assertRefused(ValidationError, "must be positive"):
            self.create_contract(rate_ids=[Command.create({"job_product_id": self.job.id, "price": 0})])
        with self.assertRefused(ValidationError, "headcount of Line Operator must be positive"):
            self.create_contract(headcount_line_ids=[Command.create({"job_product_id": self.job.id, "quantity": 0})])
        with self.assertRefused(ValidationError, "between 0 and 100"):
            self.create_contract(target_quality_pass_rate=120)
        with self.assertRefused(ValidationError, "two rates for the same site and shift"):
            self.create_contract(
                rate_ids=[
                    Command.create({"job_product_id": self.job.id, "price": 40}),
                    Command.create({"job_product_id": self.job.id, "price": 41}),
                ]
            )
        self.assertFalse(self.Contract.search([("vendor_id", "=", self.approved_vendor.id)]), "nothing half-saved")

    def test_no_overlapping_active_contracts(self):
        first = self.create_contract()
        first.action_submit()
        self.approve_all(first, [self.dept_manager, self.legal])
        second = self.create_contract(date_start=self.today + timedelta(days=100))
        with self.assertRefused(ValidationError, "overlaps"):
            second.action_submit()
        self.assertEqual(second.state, "draft")
        second.allow_overlap = True
        second.action_submit()
        self.assertEqual(second.state, "to_approve")

    def test_terms_locked_after_approval(self):
        contract = self.create_contract()
        contract.action_submit()
        self.approve_all(contract, [self.dept_manager, self.legal])
        with self.assertRefused(UserError, "locked"):
            contract.write({"amount_estimated": 1})
        with self.assertRefused(UserError, "locked"):
            contract.rate_ids.write({"price": 1})
        with self.assertRefused(UserError, "locked"):
            contract.write(
                {"rate_ids": [Command.create({"job_product_id": self.job.id, "shift": "night", "price": 50})]}
            )
        self.assertEqual(contract.rate_ids.price, 40)
        contract.user_id = self.manager  # not a commercial term
        self.assertEqual(contract.user_id, self.manager)

    def test_activation_needs_signed_copy_and_archives(self):
        contract = self.create_contract()
        contract.action_submit()
        self.approve_all(contract, [self.dept_manager, self.legal])
        with self.assertRefused(UserError, "signed copy"):
            contract.action_activate()
        self.sign(contract)
        contract.action_activate()
        self.assertEqual(contract.state, "active")
        self.assertTrue(contract.archive_number.startswith("ARC-"))
        self.assertEqual(contract.archive_date, fields.Date.context_today(contract))
        self.assertEqual(contract.signed_date, fields.Date.context_today(contract))

    def test_termination_by_manager_with_reason(self):
        contract = self.create_contract()
        contract.action_submit()
        self.approve_all(contract, [self.dept_manager, self.legal])
        action = contract.action_terminate()
        with self.assertRaises(AccessError):
            self.env[action["res_model"]].with_user(self.user).with_context(**action["context"]).create(
                {"reason": "Breach"}
            )
        wizard = (
            self.env[action["res_model"]]
            .with_user(self.manager)
            .with_context(**action["context"])
            .create({"reason": "Repeated breaches of wage payment"})
        )
        wizard.action_terminate()
        self.assertEqual(contract.state, "terminated")
        self.assertEqual(contract.termination_reason, "Repeated breaches of wage payment")


class TestContractEscalationDelegation(ContractCommon):
    def test_escalation_to_the_reviewers_manager_is_idempotent(self):
        self.company.labor_approval_escalation_days = 2
        contract = self.create_contract()
        contract.action_submit()
        review = contract.review_ids.filtered(lambda r: r.status == "pending")
        self.assertEqual(review.name, "Department manager review")
        Review = self.env["tier.review"]
        self.assertFalse(Review._cron_labor_escalate_reviews(), "not pending long enough")
        review.pending_since = fields.Datetime.now() - timedelta(days=3)
        escalated = Review._cron_labor_escalate_reviews()
        self.assertEqual(escalated, review)
        self.assertEqual(review.escalated_to_ids, self.director)
        self.assertIn(self.director, review.reviewer_ids)
        activity = contract.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref("labor_outsourcing.mail_activity_type_review_escalated")
        )
        self.assertEqual(activity.user_id, self.director)
        logs = contract.contract_approval_log_ids.filtered(lambda entry: entry.decision == "escalated")
        self.assertEqual(len(logs), 1)
        # second run: nothing new
        self.assertFalse(Review._cron_labor_escalate_reviews())
        self.assertEqual(len(contract.activity_ids.filtered(lambda a: a.user_id == self.director)), 1)
        with self.assertRaises(AccessError):
            review.with_user(self.user).write({"escalated_to_ids": [Command.link(self.user.id)]})
        # the director can now decide in place of his subordinate
        self.review(contract, self.director, comment="Approved for the absent manager")
        self.assertEqual(review.status, "approved")

    def test_escalation_fallback_group(self):
        self.company.labor_approval_escalation_days = 1
        self.company.labor_escalation_group_id = self.env.ref("labor_outsourcing.group_labor_leadership")
        contract = self.create_contract()
        contract.action_submit()
        self.review(contract, self.dept_manager)
        legal_review = contract.review_ids.filtered(lambda r: r.status == "pending")
        legal_review.pending_since = fields.Datetime.now() - timedelta(days=2)
        self.env["tier.review"]._cron_labor_escalate_reviews()
        self.assertIn(self.leadership, legal_review.escalated_to_ids)

    def test_delegation_records_on_whose_behalf(self):
        deputy = new_test_user(self.env, "lo_deputy", groups="labor_outsourcing.group_labor_user")
        Delegation = self.env["labor.approval.delegation"]
        with self.assertRefused(ValidationError, "must belong to Legal Reviewer"):
            Delegation.with_user(self.legal).create(
                {"delegate_id": deputy.id, "date_to": self.today + timedelta(days=7)}
            )
        with self.assertRefused(ValidationError, "cannot delegate to himself"):
            Delegation.with_user(self.dept_manager).create(
                {"delegate_id": self.dept_manager.id, "date_to": self.today + timedelta(days=7)}
            )
        contract = self.create_contract()
        contract.action_submit()
        self.assertFalse(contract.with_user(deputy).can_review)
        delegation = Delegation.with_user(self.dept_manager).create(
            {"delegate_id": deputy.id, "date_to": self.today + timedelta(days=7), "reason": "Business trip"}
        )
        manager_review = contract.review_ids.filtered(lambda r: r.status == "pending")
        self.assertIn(deputy, manager_review.reviewer_ids)
        contract.invalidate_recordset(["can_review"])
        self.assertTrue(contract.with_user(deputy).can_review)
        self.review(contract, deputy, comment="Approved during the trip")
        entry = contract.contract_approval_log_ids.filtered(lambda e: e.decision == "approved" and e.user_id == deputy)
        self.assertEqual(entry.on_behalf_of_id, self.dept_manager)
        self.assertEqual(manager_review.on_behalf_of_id, self.dept_manager)
        # the delegation ends: the deputy no longer reviews for him
        delegation.write({"date_from": self.today - timedelta(days=10), "date_to": self.today - timedelta(days=1)})
        other = self.create_contract(allow_overlap=True)
        other.action_submit()
        self.assertNotIn(deputy, other.review_ids.filtered(lambda r: r.status == "pending").reviewer_ids)
        # a user sees only his own delegations
        self.assertFalse(Delegation.with_user(self.legal).search([]))
        self.assertEqual(Delegation.with_user(deputy).search([]), delegation)


class TestContractLifecycle(ContractCommon):
    def activate(self, contract):
        contract.action_submit()
        self.approve_all(contract, [self.dept_manager, self.legal])
        self.sign(contract)
        contract.action_activate()
        return contract

    def test_amendment_goes_through_the_chain_and_keeps_the_previous_version(self):
        contract = self.activate(self.create_contract())
        action = contract.with_user(self.user).action_new_amendment()
        amendment = self.env["labor.contract.amendment"].browse(action["res_id"])
        self.assertEqual(amendment.rate_ids.price, 40, "pre-filled with the current terms")
        new_end = contract.date_end + timedelta(days=90)
        amendment.write(
            {
                "reason": "Extension and a night-shift rate",
                "date_end": new_end,
                "rate_ids": [Command.create({"job_product_id": self.job.id, "shift": "night", "price": 48})],
            }
        )
        self.assertIn("48", amendment.diff_html)
        self.assertIn("(none)", amendment.diff_html)
        amendment.action_submit()
        with self.assertRefused(UserError, "already under approval"):
            self.env["labor.contract.amendment"].create(
                {"contract_id": contract.id, "reason": "Another", "amount_estimated": 1}
            ).action_submit()
        self.approve_all(amendment, [self.dept_manager, self.legal])
        self.assertEqual(amendment.state, "approved")
        self.assertEqual(contract.version, 2)
        self.assertEqual(contract.date_end, new_end)
        self.assertEqual(sorted(contract.rate_ids.mapped("price")), [40, 48])
        self.assertEqual(contract.version_ids.version, 1)
        self.assertIn("40", contract.version_ids.terms_html)
        self.assertIn("48", amendment.diff_html, "the applied changes stay readable")
        self.assertEqual(
            contract.contract_approval_log_ids.filtered(lambda e: e.res_model == amendment._name).mapped("decision"),
            ["approved", "approved", "requested"],
        )
        with self.assertRefused(UserError, "cannot be changed"):
            amendment.write({"reason": "Rewritten"})

    def test_amendment_that_changes_nothing_is_refused(self):
        contract = self.activate(self.create_contract())
        amendment = self.env["labor.contract.amendment"].create({"contract_id": contract.id, "reason": "Nothing"})
        with self.assertRefused(UserError, "changes nothing"):
            amendment.action_submit()
        with self.assertRefused(UserError, "approved or active contracts only"):
            self.env["labor.contract.amendment"].create(
                {"contract_id": self.create_contract(allow_overlap=True).id, "reason": "Draft"}
            )

    def test_renewal_is_prefilled_linked_and_reapproved(self):
        contract = self.activate(self.create_contract())
        action = contract.action_renew()
        renewal = self.Contract.browse(action["res_id"])
        self.assertEqual(renewal.previous_contract_id, contract)
        self.assertEqual(contract.next_contract_id, renewal)
        self.assertEqual(renewal.state, "draft")
        self.assertEqual(renewal.date_start, contract.date_end + timedelta(days=1))
        self.assertEqual(renewal.rate_ids.price, 40)
        self.assertEqual(renewal.headcount_planned, 20)
        with self.assertRefused(UserError, "already renewed"):
            contract.action_renew()
        self.activate(renewal)
        self.assertEqual(contract.state, "renewed")

    def test_expiry_cron_warns_at_each_offset_once_and_expires(self):
        contract = self.activate(
            self.create_contract(date_start=self.today - timedelta(days=300), date_end=self.today + timedelta(days=25))
        )
        activity_type = self.env.ref("labor_outsourcing.mail_activity_type_expiry")

        def reminders():
            return contract.activity_ids.filtered(lambda a: a.activity_type_id == activity_type)

        self.Contract._cron_contract_expiry()
        self.assertEqual(len(reminders()), 1)
        self.assertEqual(reminders().user_id, self.user)
        self.assertEqual(contract.expiry_reminded_offset, 30)
        self.Contract._cron_contract_expiry()
        self.assertEqual(len(reminders()), 1, "no duplicate")
        with labor_state_bypass():
            contract.date_end = self.today + timedelta(days=5)
        self.Contract._cron_contract_expiry()
        self.assertEqual(len(reminders()), 2, "the 7-day warning")
        with labor_state_bypass():
            contract.date_end = self.today - timedelta(days=1)
        self.Contract._cron_contract_expiry()
        self.assertEqual(contract.state, "expired")
        self.Contract._cron_contract_expiry()
        self.assertEqual(len(reminders()), 2)

    def test_access_rights(self):
        contract = self.create_contract()
        for user in (self.user_plain, self.user_portal):
            with self.assertRaises(AccessError):
                contract.with_user(user).read(["title"])
        with self.assertRaises(AccessError):
            contract.with_user(self.user).unlink()
        self.assertEqual(contract.with_user(self.legal).title, "Line staffing")
        self.assertEqual(contract.with_user(self.leadership).title, "Line staffing")
        with self.assertRaises(AccessError):
            self.env["labor.contract.clause.template"].with_user(self.user).create(
                {"name": "Mine", "clause_type": "termination", "body": "<p>x</p>"}
            )
        for log in contract.contract_approval_log_ids:
            with self.assertRaises(AccessError):
                log.with_user(self.manager).write({"comment": "rewritten"})
        contract.with_user(self.manager).unlink()

    def test_multi_company_isolation(self):
        vendor_c2 = self.create_vendor("Vendor of company 2", state="approved")
        contract_c2 = self.Contract.with_user(self.manager_company_2).create(
            {
                "title": "Company 2 staffing",
                "vendor_id": vendor_c2.id,
                "date_start": self.today,
                "date_end": self.today + timedelta(days=30),
            }
        )
        self.assertEqual(contract_c2.company_id, self.company_2)
        self.assertNotIn(contract_c2, self.Contract.with_user(self.manager).search([]))
        with self.assertRaises(AccessError):
            contract_c2.with_user(self.manager).read(["title"])

    def test_clause_templates_fill_empty_clauses(self):
        contract = self.create_contract(clause_termination="<p>Our own wording</p>")
        contract.action_apply_clause_templates()
        self.assertIn("confidential", contract.clause_confidentiality)
        self.assertIn("Our own wording", contract.clause_termination)

    def test_demo_contracts_cover_every_state(self):
        demo = self.Contract.search([("name", "!=", False)]).filtered(
            lambda c: c.get_external_id().get(c.id, "").startswith("labor_outsourcing.demo_contract")
        )
        self.assertEqual(
            set(demo.mapped("state")),
            {"draft", "to_approve", "approved", "active", "expired", "terminated", "renewed"},
        )
        active = self.env.ref("labor_outsourcing.demo_contract_active")
        self.assertTrue(active.needs_leadership_approval)
        self.assertTrue(active.amendment_ids)
        self.assertEqual(
            self.env.ref("labor_outsourcing.demo_contract_to_approve")
            .review_ids.sorted("sequence")
            .mapped("status")[:1],
            ["pending"],
        )


class TestReviewsOnlyThroughTheFlow(ContractCommon):
    """OCA lets every internal user create, write and delete tier reviews; the reviews of an
    outsourcing approval, and the states the chain leads to, change only through the
    approval buttons."""

    REFUSAL = "change only through its buttons"

    def setUp(self):
        super().setUp()
        self.contract = self.create_contract()
        self.contract.with_user(self.user).action_submit()
        self.manager_review, self.legal_review = self.contract.review_ids.sorted("sequence")
        self.assertEqual((self.manager_review.status, self.legal_review.status), ("pending", "waiting"))

    def assertChainUntouched(self):
        self.env.invalidate_all()
        self.assertEqual(self.contract.state, "to_approve")
        self.assertEqual(len(self.contract.review_ids), 2)
        self.assertEqual((self.manager_review.status, self.legal_review.status), ("pending", "waiting"))
        self.assertFalse(self.manager_review.done_by)

    def test_no_direct_write_create_or_delete(self):
        for user in (self.user_plain, self.user, self.legal, self.dept_manager):
            with self.subTest(user=user.login):
                with self.assertRefused(AccessError, self.REFUSAL):
                    self.manager_review.with_user(user).write(
                        {"status": "approved", "done_by": user.id, "reviewed_date": fields.Datetime.now()}
                    )
                with self.assertRefused(AccessError, self.REFUSAL):
                    self.legal_review.with_user(user).write({"status": "pending"})
                with self.assertRefused(AccessError, self.REFUSAL):
                    self.manager_review.with_user(user).write({"comment": "Looks fine"})
                with self.assertRefused(AccessError, self.REFUSAL):
                    (self.manager_review | self.legal_review).with_user(user).unlink()
                with self.assertRefused(AccessError, self.REFUSAL):
                    self.env["tier.review"].with_user(user).create(
                        {
                            "model": "labor.contract",
                            "res_id": self.contract.id,
                            "definition_id": self.manager_review.definition_id.id,
                            "sequence": 9,
                            "status": "approved",
                        }
                    )
        self.assertChainUntouched()

    def test_no_reviews_through_the_contract(self):
        with self.assertRefused(AccessError, self.REFUSAL):
            self.contract.with_user(self.user).write(
                {"review_ids": [Command.update(self.manager_review.id, {"status": "approved"})]}
            )
        with self.assertRefused(AccessError, self.REFUSAL):
            self.contract.with_user(self.user).write({"review_ids": [Command.unlink(self.manager_review.id)]})
        self.assertChainUntouched()

    def test_comment_wizard_carries_only_the_users_own_pending_reviews(self):
        Wizard = self.env["comment.wizard"]
        # legal's turn has not come; the manager's review is not legal's to decide
        for user, reviews in (
            (self.legal, self.manager_review),
            (self.legal, self.legal_review),
            (self.dept_manager, self.manager_review | self.legal_review),
            (self.user, self.manager_review),
        ):
            with self.subTest(user=user.login, reviews=reviews.mapped("name")):
                wizard = Wizard.with_user(user).create(
                    {
                        "res_model": "labor.contract",
                        "res_id": self.contract.id,
                        "review_ids": [Command.set(reviews.ids)],
                        "validate_reject": "validate",
                        "comment": "Forged",
                    }
                )
                with self.assertRefused(AccessError, "your own pending reviews of this record"):
                    wizard.add_comment()
        # another record's review cannot ride on a wizard of this contract
        other = self.create_contract(allow_overlap=True)
        other.action_submit()
        wizard = Wizard.with_user(self.dept_manager).create(
            {
                "res_model": "labor.contract",
                "res_id": self.contract.id,
                "review_ids": [Command.set(other.review_ids.filtered(lambda r: r.status == "pending").ids)],
                "validate_reject": "reject",
                "comment": "Forged",
            }
        )
        with self.assertRefused(AccessError, "your own pending reviews of this record"):
            wizard.add_comment()
        self.assertChainUntouched()
        self.assertEqual(other.state, "to_approve")

    def test_no_state_outside_the_flow(self):
        with self.assertRefused(AccessError, self.REFUSAL):
            self.contract.with_user(self.user).write({"state": "approved"})
        with self.assertRefused(AccessError, self.REFUSAL):
            self.contract.with_user(self.manager).write({"state": "active"})
        self.assertChainUntouched()
        draft = self.create_contract(allow_overlap=True)
        for state in ("approved", "active", "expired"):
            with self.assertRefused(AccessError, self.REFUSAL):
                draft.with_user(self.manager).write({"state": state})
        with self.assertRefused(AccessError, self.REFUSAL):
            draft.with_user(self.user).write({"state": "to_approve"})
        self.assertEqual(draft.state, "draft")
        with self.assertRefused(AccessError, "starts at the beginning of its flow"):
            self.create_contract(allow_overlap=True, state="active")
        # a supplementary agreement: the same chain
        self.review(self.contract, self.dept_manager)
        self.review(self.contract, self.legal)
        self.assertEqual(self.contract.state, "approved")
        amendment = (
            self.env["labor.contract.amendment"]
            .with_user(self.user)
            .create({"contract_id": self.contract.id, "reason": "Night shift", "amount_estimated": 600000})
        )
        with self.assertRefused(AccessError, self.REFUSAL):
            amendment.write({"state": "approved"})
        amendment.action_submit()
        with self.assertRefused(AccessError, self.REFUSAL):
            amendment.write({"state": "approved"})
        self.assertEqual(amendment.state, "to_approve")
        # the system (crons, server actions run as superuser) is not bound by the flow
        self.contract.sudo().write({"state": "active"})
        self.assertEqual(self.contract.state, "active")

    def test_the_flow_still_changes_them(self):
        # the buttons: approve, then withdraw (reviews removed), submit again, reject
        self.review(self.contract, self.dept_manager, comment="Budget fits")
        self.assertEqual(self.manager_review.status, "approved")
        self.assertEqual(self.manager_review.comment, "Budget fits")
        self.contract.with_user(self.user).action_reset_draft()
        self.assertEqual(self.contract.state, "draft")
        self.assertFalse(self.contract.review_ids)
        self.contract.with_user(self.user).action_submit()
        self.assertEqual(len(self.contract.review_ids), 2)
        self.review(self.contract, self.dept_manager, approve=False, comment="Wrong department")
        self.assertEqual(self.contract.state, "draft")
        self.assertFalse(self.contract.review_ids)
        self.assertEqual(
            self.contract.contract_approval_log_ids.sorted("id").mapped("decision"),
            ["requested", "approved", "restarted", "requested", "rejected"],
        )
