# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Contracts and settlements in the vendor portal: lists with filters and search, the
contract's terms, rate card, KPI targets, amendments and approval progress, the signed
copy, and the settlements' lines, deductions and amounts."""

from datetime import timedelta

from odoo import Command
from odoo.tests import tagged

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_state_bypass

from .common_portal import PDF, LaborPortalHttpCase


@tagged("post_install", "-at_install")
class TestPortalContracts(LaborPortalHttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        # terms are locked once active: set them as an applied supplementary agreement would
        with labor_state_bypass():
            cls.contract_a.write(
                {
                    "penalty_rule_ids": [
                        Command.create({"trigger": "delay_day", "amount": 777, "description": "Per late day"})
                    ],
                    "clause_confidentiality": "<p>Keep our drawings secret.</p>",
                    "target_quality_pass_rate": 97.5,
                    "working_time": "Two shifts of eight hours",
                }
            )
        Amendment = env["labor.contract.amendment"]
        cls.applied = Amendment.create({"contract_id": cls.contract_a.id, "reason": "Night shift added"})
        cls.applied.write({"state": "approved", "version": 2, "applied_diff_html": "<p>Night rate 48.00</p>"})
        cls.draft_amendment = Amendment.create({"contract_id": cls.contract_a.id, "reason": "Internal draft idea"})
        manager_employee = env["hr.employee"].create({"name": "Portal Dept Manager", "user_id": cls.backoffice.id})
        department = env["hr.department"].create({"name": "Portal Dept", "manager_id": manager_employee.id})
        cls.to_approve = env["labor.contract"].create(
            {
                "title": "Next year staffing",
                "vendor_id": cls.vendor_a.id,
                "department_id": department.id,
                "date_start": cls.today + timedelta(days=280),
                "date_end": cls.today + timedelta(days=640),
                "allow_overlap": True,
                "rate_ids": [Command.create({"job_product_id": cls.job.id, "unit": "hour", "price": 42})],
            }
        )
        cls.to_approve.action_submit()
        cls.expired = env["labor.contract"].create(
            {
                "title": "Last year staffing",
                "vendor_id": cls.vendor_a.id,
                "date_start": cls.today - timedelta(days=500),
                "date_end": cls.today - timedelta(days=135),
                "allow_overlap": True,
                "rate_ids": [Command.create({"job_product_id": cls.job.id, "unit": "hour", "price": 39})],
            }
        )
        cls.expired.write({"state": "expired"})
        cls.records = cls.create_portal_records(cls.vendor_a, cls.contract_a, "ALPHA")

    def setUp(self):
        super().setUp()
        self.login_as(self.portal_a)

    def test_contract_list_filters_and_search(self):
        self.assert_page("/my/labor/contracts", self.contract_a.name, self.to_approve.name, self.expired.name)
        response = self.assert_page("/my/labor/contracts?filterby=active", self.contract_a.name)
        self.assertNotIn(self.expired.name, response.text)
        response = self.assert_page("/my/labor/contracts?filterby=ended", self.expired.name)
        self.assertNotIn(self.contract_a.name, response.text)
        response = self.assert_page("/my/labor/contracts?filterby=upcoming", self.to_approve.name)
        self.assertNotIn(self.expired.name, response.text)
        response = self.assert_page("/my/labor/contracts?search=Last year&search_in=name", self.expired.name)
        self.assertNotIn(self.to_approve.name, response.text)
        for sortby in ("date", "end", "name"):
            self.assert_page(f"/my/labor/contracts?sortby={sortby}", self.expired.name)

    def test_contract_page_shows_the_terms_not_internal_data(self):
        response = self.assert_page(
            self.contract_a.access_url,
            self.contract_a.title,
            "Rate Card",
            "40.00",
            "Headcount Plan",
            "KPI Targets",
            "97.5",
            "Per late day",
            "777.00",
            "Keep our drawings secret.",
            "Two shifts of eight hours",
            "Night shift added",
            "Night rate 48.00",
            "Signed Copy",
        )
        self.assertNotIn("Internal draft idea", response.text)
        self.assertNotIn("Estimated Value (Company Currency)", response.text)

    def test_contract_under_approval_shows_its_progress(self):
        response = self.assert_page(
            self.to_approve.access_url, "Under Approval", "being approved by the company", "Department manager review"
        )
        self.assertIn('data-value="pending"', response.text)
        self.assertIn("The signed copy is not available yet.", response.text)
        self.assertEqual(self.get(f"{self.to_approve.access_url}/signed").status_code, 404)

    def test_signed_copy_download(self):
        response = self.get(f"{self.contract_a.access_url}/signed")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, PDF)
        self.assertIn("signed-ALPHA.pdf", response.headers["Content-Disposition"])

    def test_settlements_list_and_page(self):
        settlement = self.records["settlement"]
        self.assert_page("/my/labor/settlements", settlement.name, "3,850.00")
        self.assert_page("/my/labor/settlements?filterby=computed", settlement.name)
        response = self.assert_page("/my/labor/settlements?filterby=confirmed")
        self.assertNotIn(settlement.name, response.text)
        self.assert_page(f"/my/labor/settlements?search={self.contract_a.name}&search_in=contract", settlement.name)
        response = self.assert_page(
            settlement.access_url, "Services", "4,000.00", "Deduction ALPHA", "150.00", "3,850.00", "Computed"
        )
        self.assertNotIn("Internal note ALPHA", response.text)
        # rewards the settlement pays are shown to the vendor too
        self.env["labor.settlement.deduction"].create(
            {"settlement_id": settlement.id, "kind": "addition", "reason": "Reward ALPHA", "amount": 50}
        )
        self.assert_page(settlement.access_url, "Rewards", "Reward ALPHA", "50.00", "3,900.00")
