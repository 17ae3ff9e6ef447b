# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Controls held by the models, whatever the channel: approvals decided by the reviewers of
the current tier, locked terms, delegations, employees, internal fields, vendor states."""

from datetime import timedelta

from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common_portal import LaborPortalHttpCase
from .test_contract import ContractCommon
from .test_worker import WorkerCommon


class TestApprovalControls(ContractCommon):
    def setUp(self):
        super().setUp()
        self.contract = self.create_contract()
        self.contract.with_user(self.user).action_submit()
        self.manager_review, self.legal_review = self.contract.review_ids.sorted("sequence")

    def test_empty_comment_wizard_does_not_reject_every_review(self):
        """An empty review list is "every review" to OCA: refused, whoever sends it."""
        for user in (self.legal, self.dept_manager, self.user):
            for decision in ("reject", "validate"):
                wizard = (
                    self.env["comment.wizard"]
                    .with_user(user)
                    .create(
                        {
                            "res_model": "labor.contract",
                            "res_id": self.contract.id,
                            "validate_reject": decision,
                            "comment": "Forged",
                        }
                    )
                )
                with self.assertRefused(AccessError, "your own pending reviews"):
                    wizard.add_comment()
        self.assertEqual(self.contract.state, "to_approve")
        self.assertEqual((self.manager_review.status, self.legal_review.status), ("pending", "waiting"))

    def test_only_the_current_tier_decides(self):
        # legal's turn has not come: neither approving nor rejecting with all reviews
        for decide in ("_rejected_tier", "_validate_tier"):
            with self.assertRefused(AccessError, "only the reviewers of its current tier"):
                getattr(self.contract.with_user(self.legal), decide)()
        self.assertEqual(self.contract.state, "to_approve")
        self.review(self.contract, self.dept_manager)
        self.review(self.contract, self.legal, approve=False, comment="Clause 4 missing")
        self.assertEqual(self.contract.state, "draft")

    def test_skip_validation_check_from_the_caller_is_ignored(self):
        with self.assertRaises(UserError):
            self.contract.with_user(self.user).with_context(
                skip_validation_check=True, skip_check_state_condition=True
            ).write({"title": "Changed under approval"})
        self.assertEqual(self.contract.title, "Line staffing")

    def test_terms_locked_from_the_submission(self):
        rate = self.contract.rate_ids
        with self.assertRefused(UserError, "locked since its submission"):
            rate.with_user(self.user).write({"price": 1})
        with self.assertRefused(UserError, "locked since its submission"):
            self.env["labor.contract.rate"].with_user(self.user).create(
                {
                    "contract_id": self.contract.id,
                    "job_product_id": self.job.id,
                    "site_id": self.site.id,
                    "unit": "day",
                    "price": 1,
                }
            )
        with self.assertRefused(UserError, "locked since its submission"):
            self.contract.headcount_line_ids.with_user(self.user).unlink()
        self.assertEqual(rate.price, 40)
        # a supplementary agreement's lines, once submitted
        self.review(self.contract, self.dept_manager)
        self.review(self.contract, self.legal)
        amendment = (
            self.env["labor.contract.amendment"]
            .with_user(self.user)
            .create({"contract_id": self.contract.id, "reason": "Night shift"})
        )
        amendment.rate_ids.write({"price": 45})
        amendment.action_submit()
        with self.assertRefused(UserError, "locked since its submission"):
            amendment.rate_ids.with_user(self.user).write({"price": 99})
        # nor with the former context key
        with self.assertRefused(UserError, "locked"):
            self.contract.rate_ids.with_user(self.user).with_context(labor_contract_amendment=True).write({"price": 1})
        self.assertEqual(amendment.rate_ids.price, 45)

    def test_reviews_of_outsourcing_approvals_are_not_for_everybody(self):
        Review = self.env["tier.review"]
        domain = [("model", "=", "labor.contract"), ("res_id", "=", self.contract.id)]
        self.assertFalse(Review.with_user(self.user_plain).search(domain))
        self.assertFalse(Review.with_user(self.user_portal).search(domain))
        with self.assertRaises(AccessError):
            self.manager_review.with_user(self.user_plain).read(["comment"])
        self.assertEqual(len(Review.with_user(self.user).search(domain)), 2)
        # a reviewer without Outsourcing group still sees his own review
        self.assertEqual(Review.with_user(self.dept_manager).search(domain), self.contract.review_ids)


class TestDelegationControls(ContractCommon):
    def test_only_the_reviewer_or_a_manager_delegates(self):
        Delegation = self.env["labor.approval.delegation"]
        vals = {"user_id": self.legal.id, "delegate_id": self.legal_2.id, "date_to": self.today + timedelta(days=5)}
        # forged: someone else's reviews delegated to himself
        forged = dict(vals, delegate_id=self.legal_2.id)
        with self.assertRefused(AccessError, "Only the reviewer himself or an Outsourcing Manager"):
            Delegation.with_user(self.legal_2).create(forged)
        delegation = Delegation.with_user(self.legal).create(vals)
        # the delegate cannot extend it, nor move it to another reviewer
        with self.assertRefused(AccessError, "Only the reviewer himself"):
            delegation.with_user(self.legal_2).write({"date_to": self.today + timedelta(days=300)})
        with self.assertRefused(AccessError, "Only the reviewer himself"):
            delegation.with_user(self.legal).write({"user_id": self.user.id})
        delegation.with_user(self.legal).write({"date_to": self.today + timedelta(days=10)})
        delegation.with_user(self.manager).with_context(tracking_disable=False).write(
            {"date_to": self.today + timedelta(days=3)}
        )
        self.assertEqual(delegation.date_to, self.today + timedelta(days=3))
        self.env.cr.precommit.run()  # the tracking is written at commit
        tracked = delegation.sudo().message_ids.tracking_value_ids.field_id.mapped("name")
        self.assertIn("date_to", tracked)


class TestEmployeeControls(WorkerCommon):
    def test_outsourcing_users_manage_the_outsourced_workers_only(self):
        colleague = self.env["hr.employee"].create({"name": "Own Staff Member"})
        with self.assertRaises(AccessError):
            colleague.with_user(self.user).read(["name"])
        with self.assertRaises(AccessError):
            colleague.with_user(self.user).write({"name": "Renamed"})
        self.assertEqual(self.env["hr.employee"].with_user(self.user).search([("id", "=", colleague.id)]).ids, [])
        # still readable through hr.employee.public, as in Odoo's own apps
        self.assertEqual(self.env["hr.employee.public"].with_user(self.user).browse(colleague.id).name, colleague.name)
        self.worker.with_user(self.user).write({"labor_shift": "night"})

    def test_approver_fields_are_for_hr_officers(self):
        colleague_user = new_test_user(self.env, "lo_colleague", groups="base.group_user")
        for vals in (
            {"user_id": self.user.id},
            {"user_id": colleague_user.id},
            {"work_contact_id": colleague_user.partner_id.id},
        ):
            with self.assertRefused(AccessError, "Only HR officers"):
                self.worker.with_user(self.user).write(vals)
        department = self.env["hr.department"].create({"name": "Controls Dept"})
        boss = self.env["hr.employee"].create({"name": "Boss"})
        with self.assertRefused(AccessError, "Only HR officers choose the manager"):
            department.with_user(self.user).write({"manager_id": boss.id})
        with self.assertRefused(AccessError, "Only HR officers choose the manager"):
            department.with_user(self.user_plain).write({"manager_id": boss.id})
        self.assertFalse(self.worker.user_id)
        self.assertFalse(department.manager_id)

    def test_offboarding_closes_the_workers_own_account_only(self):
        colleague_user = new_test_user(self.env, "lo_colleague_2", groups="base.group_user")
        self.env["hr.employee"].create({"name": "Colleague", "user_id": colleague_user.id})
        # a wrong link (made by someone with HR rights): the worker's contact is the
        # colleague's; the off-boarding would close the colleague's account
        self.worker.sudo().work_contact_id = colleague_user.partner_id
        wizard = (
            self.env["labor.worker.offboard.wizard"]
            .with_user(self.user)
            .create({"employee_id": self.worker.id, "reason": "End of assignment"})
        )
        with self.assertRefused(UserError, "closes the worker's own account only"):
            wizard.action_offboard()
        self.assertTrue(colleague_user.active)


class TestVendorAndInternalFields(ContractCommon):
    def test_vendor_state_only_through_the_change_status_button(self):
        Partner = self.env["res.partner"].with_user(self.user)
        with self.assertRefused(AccessError, "starts as a Prospect"):
            Partner.create(
                {"name": "Forged Vendor", "is_company": True, "is_outsourcing_vendor": True, "vendor_state": "approved"}
            )
        vendor = Partner.with_context(default_vendor_state="approved").create(
            {"name": "New Vendor", "is_company": True, "is_outsourcing_vendor": True}
        )
        self.assertEqual(vendor.vendor_state, "prospect")
        with self.assertRefused(AccessError, "change only through its buttons"):
            vendor.with_context(labor_vendor_state_change=True).write({"vendor_state": "approved"})
        self.assertEqual(vendor.vendor_state, "prospect")
        self.assertEqual(self.approved_vendor.copy().vendor_state, "prospect")

    def test_internal_fields_are_not_for_portal_users(self):
        fields_by_model = {
            "labor.settlement": ["note"],
            "labor.contract": ["termination_reason", "amount_company"],
            "res.partner": ["credit_standing", "tax_credit_rating"],
        }
        for model, names in fields_by_model.items():
            for name in names:
                with self.subTest(model=model, field=name):
                    self.assertEqual(self.env[model]._fields[name].groups, "base.group_user")
                    with self.assertRaises(AccessError):
                        self.env[model].with_user(self.user_portal).search_read([], [name], limit=1)

    def test_outsourcing_users_no_longer_create_any_contact(self):
        self.assertFalse(self.user.has_group("base.group_partner_manager"))
        with self.assertRaises(AccessError):
            self.env["res.partner"].with_user(self.user).create({"name": "A customer"})
        customer = self.env["res.partner"].create({"name": "A customer"})
        with self.assertRaises(AccessError):
            customer.with_user(self.user).write({"name": "Renamed"})
        # their vendors and the vendors' contacts stay theirs
        contact = (
            self.env["res.partner"]
            .with_user(self.user)
            .create({"name": "Vendor Contact", "parent_id": self.approved_vendor.id})
        )
        contact.write({"phone": "123"})
        self.approved_vendor.with_user(self.user).write({"phone": "456"})


@tagged("post_install", "-at_install")
class TestPortalListArguments(LaborPortalHttpCase):
    def test_unknown_query_arguments_are_ignored(self):
        """Arguments the list pages do not read never reach the rendering helpers (they
        answered 500, e.g. ?vendor_field=company_id)."""
        self.login_as(self.portal_a)
        forged = "vendor_field=company_id&domain=x&values=1&model=res.users&template=web.login&history=x"
        for url in (
            "/my/labor/contracts",
            "/my/labor/settlements",
            "/my/labor/workers",
            "/my/labor/documents",
            "/my/labor/reports",
            "/my/labor/proposals",
        ):
            with self.subTest(url=url):
                response = self.get(f"{url}?{forged}&page=abc&sortby=nope")
                self.assertEqual(response.status_code, 200)
        response = self.get(f"/my/labor/contracts/{self.contract_a.id}?values=1&history=x&record=1")
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.contract_a.name, response.text)
        self.assertNotIn(self.contract_b.name, self.get(f"/my/labor/contracts?{forged}").text)
