# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError

from .common import LaborOutsourcingCommon


class TestAccessRights(LaborOutsourcingCommon):
    def test_groups_are_chained(self):
        """Manager, legal and leadership all imply the Outsourcing user group."""
        for user in (self.manager, self.legal, self.leadership):
            self.assertTrue(user.has_group("labor_outsourcing.group_labor_user"), user.login)
        self.assertFalse(self.legal.has_group("labor_outsourcing.group_labor_manager"))
        self.assertTrue(
            self.env.ref("base.user_admin").has_group("labor_outsourcing.group_labor_manager"),
            "the admin user gets the Outsourcing Manager group",
        )

    def test_user_without_outsourcing_group_is_refused(self):
        for model in ("labor.work.site", "labor.service.type"):
            with self.assertRaises(AccessError, msg=model):
                self.env[model].with_user(self.user_plain).search([])
            with self.assertRaises(AccessError, msg=model):
                self.env[model].with_user(self.user_portal).search([])

    def test_user_reads_but_cannot_configure(self):
        sites = self.env["labor.work.site"].with_user(self.user).search([])
        self.assertIn(self.site, sites)
        with self.assertRaises(AccessError):
            self.env["labor.work.site"].with_user(self.user).create({"name": "X", "code": "X"})
        with self.assertRaises(AccessError):
            self.site.with_user(self.user).write({"name": "Renamed"})
        with self.assertRaises(AccessError):
            self.service_type.with_user(self.legal).write({"name": "Renamed"})

    def test_manager_configures(self):
        site = self.env["labor.work.site"].with_user(self.manager).create({"name": "Depot", "code": "D1"})
        self.assertEqual(site.company_id, self.company)
        site.write({"name": "Depot North"})
        stype = self.env["labor.service.type"].with_user(self.manager).create({"name": "Catering"})
        stype.unlink()
        self.assertFalse(stype.exists())

    def test_multi_company_isolation(self):
        """A user only sees the work sites of the companies he is allowed in."""
        sites = self.env["labor.work.site"].with_user(self.manager).search([("code", "=", "P1")])
        self.assertEqual(sites, self.site)
        sites_c2 = self.env["labor.work.site"].with_user(self.manager_company_2).search([("code", "=", "P1")])
        self.assertEqual(sites_c2, self.site_company_2)
        with self.assertRaises(AccessError):
            self.site.with_user(self.manager_company_2).read(["name"])

    def test_menus_visible_per_group(self):
        root, vendors, config = (
            "labor_outsourcing.menu_labor_root",
            "labor_outsourcing.menu_labor_vendor",
            "labor_outsourcing.menu_labor_configuration",
        )
        self.assertNotIn(root, self.visible_menus(self.user_plain))
        self.assertNotIn("labor_outsourcing.menu_labor_vendor_purchase", self.visible_menus(self.user_plain))
        visible_user = self.visible_menus(self.user)
        self.assertTrue({root, vendors} <= visible_user, visible_user)
        self.assertNotIn(config, visible_user)
        for xmlid in ("menu_labor_vendor_document", "menu_labor_selection_event", "menu_labor_score_sheet"):
            self.assertIn(f"labor_outsourcing.{xmlid}", visible_user)
        visible_manager = self.visible_menus(self.manager)
        for xmlid in ("menu_labor_work_site", "menu_labor_vendor_document_type", "menu_labor_evaluation_template"):
            self.assertIn(f"labor_outsourcing.{xmlid}", visible_manager)
            self.assertNotIn(f"labor_outsourcing.{xmlid}", visible_user)
