# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from psycopg2 import IntegrityError

from odoo.exceptions import UserError
from odoo.tools import mute_logger

from .common import LaborOutsourcingCommon


class TestWorkSite(LaborOutsourcingCommon):
    def test_code_unique_per_company(self):
        """The same code may be used once per company, not twice in one."""
        self.assertEqual(self.site.code, self.site_company_2.code)
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            with self.env.cr.savepoint():
                self.env["labor.work.site"].create({"name": "Other", "code": "P1"})

    def test_address_must_belong_to_the_company(self):
        address_c2 = self.env["res.partner"].create({"name": "Address of company 2", "company_id": self.company_2.id})
        with self.assertRaises(UserError):
            self.site.write({"address_id": address_c2.id})
        self.assertFalse(self.site.address_id)

    def test_archive_keeps_history(self):
        self.site.action_archive()
        self.assertFalse(self.site.active)
        self.assertNotIn(self.site, self.env["labor.work.site"].search([]))
        self.assertIn(self.site, self.env["labor.work.site"].with_context(active_test=False).search([]))
