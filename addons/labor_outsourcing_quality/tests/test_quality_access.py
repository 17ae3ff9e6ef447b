# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError

from .common import QualityCommon

MODELS = ("labor.ncr", "labor.ncr.action", "labor.inspection", "labor.inspection.plan", "labor.risk", "labor.issue")


class TestQualityAccess(QualityCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ncr = cls.env["labor.ncr"].create(
            {
                "title": "Access",
                "category_id": cls.category.id,
                "vendor_id": cls.q_vendor.id,
                "description": "<p>x</p>",
                "action_ids": [(0, 0, {"name": "Fix"})],
            }
        )
        cls.risk = cls.env["labor.risk"].create({"name": "Access risk", "category": "legal"})
        cls.plan = cls.env["labor.inspection.plan"].create({"name": "Access plan", "vendor_id": cls.q_vendor.id})

    def test_plain_and_portal_users_are_refused(self):
        for model in MODELS:
            with self.assertRaises(AccessError, msg=f"plain user on {model}"):
                self.env[model].with_user(self.user_plain).search([])
        # portal users read only their own vendor's records (the vendor portal), nothing else
        for model in ("labor.inspection.plan", "labor.risk"):
            with self.assertRaises(AccessError, msg=f"portal user on {model}"):
                self.env[model].with_user(self.user_portal).search([])
        for model in ("labor.ncr", "labor.ncr.action", "labor.inspection", "labor.issue"):
            self.assertFalse(self.env[model].with_user(self.user_portal).search([]), model)
        for model in ("labor.ncr", "labor.ncr.action", "labor.inspection", "labor.issue"):
            with self.assertRaises(AccessError, msg=f"portal user writes {model}"):
                self.env[model].with_user(self.user_portal).create({})

    def test_outsourcing_users_read_inspectors_write(self):
        self.assertEqual(self.ncr.with_user(self.user).title, "Access")
        self.assertEqual(self.risk.with_user(self.user).name, "Access risk")
        for record in (self.ncr, self.risk, self.plan, self.ncr.action_ids):
            with self.assertRaises(AccessError):
                record.with_user(self.user).write({"name" if "name" in record else "title": "Changed"})
        with self.assertRaises(AccessError):
            self.env["labor.ncr"].with_user(self.user).create(
                {"title": "No", "category_id": self.category.id, "vendor_id": self.q_vendor.id, "description": "x"}
            )
        # outsourcing users report issues
        issue = self.env["labor.issue"].with_user(self.user).create({"title": "Badge reader down"})
        self.assertEqual(issue.reporter_id, self.user)
        # inspectors maintain NCRs, actions, risks and plans but delete only actions
        self.ncr.with_user(self.inspector).title = "Changed"
        self.ncr.action_ids.with_user(self.inspector).name = "Fix it"
        self.risk.with_user(self.inspector).likelihood = "5"
        self.plan.with_user(self.inspector).name = "Renamed"
        with self.assertRaises(AccessError):
            self.risk.with_user(self.inspector).unlink()
        with self.assertRaises(AccessError):
            self.ncr.with_user(self.inspector).unlink()
        self.ncr.with_user(self.manager).unlink()
        self.risk.with_user(self.manager).unlink()

    def test_multi_company_isolation(self):
        contract_2 = self.create_active_contract(self.q_vendor, company=self.company_2)
        ncr_2 = (
            self.env["labor.ncr"]
            .with_user(self.inspector_company_2)
            .create(
                {
                    "title": "Company 2",
                    "category_id": self.category.id,
                    "vendor_id": self.q_vendor.id,
                    "contract_id": contract_2.id,
                    "description": "<p>x</p>",
                }
            )
        )
        self.assertEqual(ncr_2.company_id, self.company_2)
        risk_2 = (
            self.env["labor.risk"]
            .with_user(self.inspector_company_2)
            .create({"name": "Company 2 risk", "category": "legal"})
        )
        issue_2 = self.env["labor.issue"].with_user(self.inspector_company_2).create({"title": "Company 2"})
        for record in (ncr_2, risk_2, issue_2):
            with self.assertRaises(AccessError):
                record.with_user(self.inspector).read(["display_name"])
        for record in (self.ncr, self.risk, self.plan):
            with self.assertRaises(AccessError):
                record.with_user(self.inspector_company_2).read(["display_name"])
        self.assertEqual(
            self.env["labor.ncr"].with_user(self.inspector_company_2).search([("vendor_id", "=", self.q_vendor.id)]),
            ncr_2,
        )

    def test_menus(self):
        menus = self.visible_menus(self.inspector)
        for xmlid in (
            "menu_labor_quality",
            "menu_labor_inspection",
            "menu_labor_ncr",
            "menu_labor_ncr_action",
            "menu_labor_issue",
            "menu_labor_risk",
        ):
            self.assertIn(f"labor_outsourcing_quality.{xmlid}", menus)
        self.assertNotIn("labor_outsourcing_quality.menu_labor_inspection_plan", menus)
        self.assertIn("labor_outsourcing_quality.menu_labor_inspection_plan", self.visible_menus(self.manager))
        self.assertNotIn("labor_outsourcing_quality.menu_labor_quality", self.visible_menus(self.user_plain))
