# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError
from odoo.tests import new_test_user

from odoo.addons.labor_outsourcing.tests.common import LaborOutsourcingCommon


class TestQualityAccessRights(LaborOutsourcingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.inspector = new_test_user(
            cls.env, "lo_inspector", groups="labor_outsourcing_quality.group_labor_quality_inspector"
        )
        cls.category = cls.env.ref("labor_outsourcing_quality.ncr_category_safety")

    def test_inspector_group(self):
        self.assertTrue(self.inspector.has_group("labor_outsourcing.group_labor_user"))
        self.assertFalse(self.inspector.has_group("labor_outsourcing.group_labor_manager"))
        self.assertTrue(
            self.manager.has_group("labor_outsourcing_quality.group_labor_quality_inspector"),
            "outsourcing managers are quality inspectors too",
        )

    def test_default_categories(self):
        codes = set(self.env["labor.ncr.category"].search([]).mapped("code"))
        self.assertTrue({"QUAL", "QTY", "SAFE", "INFOSEC", "COND", "DELAY", "OTHER"} <= codes, codes)

    def test_user_without_outsourcing_group_is_refused(self):
        with self.assertRaises(AccessError):
            self.env["labor.ncr.category"].with_user(self.user_plain).search([])
        with self.assertRaises(AccessError):
            self.category.with_user(self.user_portal).read(["name"])

    def test_inspector_reads_manager_configures(self):
        self.assertEqual(self.category.with_user(self.inspector).name, "Safety")
        with self.assertRaises(AccessError):
            self.env["labor.ncr.category"].with_user(self.inspector).create({"name": "Noise", "code": "NOISE"})
        category = self.env["labor.ncr.category"].with_user(self.manager).create({"name": "Noise", "code": "NOISE"})
        category.action_archive()
        self.assertFalse(category.active)

    def test_configuration_menu(self):
        menu = "labor_outsourcing_quality.menu_labor_ncr_category"
        self.assertIn(menu, self.visible_menus(self.manager))
        self.assertNotIn(menu, self.visible_menus(self.inspector))
        self.assertIn("labor_outsourcing.menu_labor_root", self.visible_menus(self.inspector))
