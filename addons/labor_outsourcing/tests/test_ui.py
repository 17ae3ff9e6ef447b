# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestUi(HttpCase):
    def test_vendor_and_site_tour(self):
        """In the browser: register an outsourcing vendor and a work site."""
        self.start_tour("/odoo", "labor_outsourcing_vendor_site_tour", login="admin")
        vendor = self.env["res.partner"].search([("name", "=", "Tour Staffing Co., Ltd.")])
        self.assertTrue(vendor.is_outsourcing_vendor)
        self.assertTrue(vendor.is_company)
        self.assertEqual(
            vendor.outsourcing_service_type_ids,
            self.env.ref("labor_outsourcing.service_type_security"),
        )
        site = self.env["labor.work.site"].search([("code", "=", "TOUR-1")])
        self.assertEqual(site.name, "Tour Depot")
        self.assertEqual(site.company_id, self.env.ref("base.main_company"))
