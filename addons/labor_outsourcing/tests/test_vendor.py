# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import ValidationError
from odoo.tools.safe_eval import safe_eval

from .common import LaborOutsourcingCommon


class TestVendor(LaborOutsourcingCommon):
    def test_only_companies_are_outsourcing_vendors(self):
        with self.assertRefused(ValidationError, "only companies"):
            self.env["res.partner"].create({"name": "Zhang San", "is_company": False, "is_outsourcing_vendor": True})
        with self.assertRefused(ValidationError, "only companies"):
            self.vendor.write({"is_company": False})
        self.assertTrue(self.vendor.is_company, "nothing half-saved")

    def test_vendor_action_lists_flagged_companies(self):
        action = self.env["ir.actions.act_window"]._for_xml_id("labor_outsourcing.res_partner_action_labor_vendor")
        vendors = self.env["res.partner"].with_user(self.user).search(safe_eval(action["domain"]))
        self.assertIn(self.vendor, vendors)
        self.assertNotIn(self.env.ref("base.res_partner_1"), vendors)
        self.assertIn(self.env.ref("labor_outsourcing.demo_vendor_hengxin"), vendors, "demo vendor")
        by_service = self.env["res.partner"].search([("outsourcing_service_type_ids", "in", self.service_type.ids)])
        self.assertIn(self.vendor, by_service)
        self.assertNotIn(self.env.ref("labor_outsourcing.demo_vendor_jiaye"), by_service, "offers other services")
