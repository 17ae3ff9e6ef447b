# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io
from unittest.mock import patch

import openpyxl

from odoo.tests import HttpCase, new_test_user, tagged

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@tagged("post_install", "-at_install")
class TestReportsUi(HttpCase):
    def setUp(self):
        super().setUp()
        self.user = new_test_user(self.env, "lo_report_user", groups="labor_outsourcing.group_labor_user")
        self.portal = new_test_user(self.env, "lo_report_portal", groups="base.group_portal")
        self.vendor = self.env["res.partner"].create(
            {"name": "Tour Audit Vendor", "is_company": True, "is_outsourcing_vendor": True}
        )

    def test_audit_pack_tour(self):
        """In the browser, an outsourcing user opens Reporting > Audit Pack, picks a vendor
        and downloads the workbook."""
        Report = type(self.env["report.labor_outsourcing_reports.audit_pack_xlsx"])
        original = Report.generate_xlsx_report
        printed = []

        def spy(report, workbook, data, objs):
            printed.append((report.env.user.login, objs.vendor_id.name))
            return original(report, workbook, data, objs)

        with patch.object(Report, "generate_xlsx_report", spy):
            self.start_tour("/odoo", "labor_outsourcing_reports_audit_pack_tour", login="lo_report_user")
        self.assertEqual(printed, [("lo_report_user", "Tour Audit Vendor")])

    def test_report_routes(self):
        wizard = self.env["labor.audit.pack.wizard"].with_user(self.user).create({"vendor_id": self.vendor.id})
        contract = self.env.ref("labor_outsourcing.demo_contract_active")
        self.authenticate("lo_report_user", "lo_report_user")
        response = self.url_open(f"/report/xlsx/labor_outsourcing_reports.audit_pack_xlsx/{wizard.id}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], XLSX)
        book = openpyxl.load_workbook(io.BytesIO(response.content))
        self.assertEqual(book["Vendors"]["A2"].value, "Tour Audit Vendor")
        response = self.url_open(f"/report/html/labor_outsourcing_reports.report_contract_summary/{contract.id}")
        self.assertEqual(response.status_code, 200)
        self.assertIn(contract.name, response.text)
        # a portal user gets neither
        self.authenticate("lo_report_portal", "lo_report_portal")
        response = self.url_open(f"/report/xlsx/labor_outsourcing_reports.audit_pack_xlsx/{wizard.id}")
        self.assertNotEqual(response.headers.get("Content-Type"), XLSX)
        self.assertFalse(response.content.startswith(b"PK"))
        response = self.url_open(f"/report/html/labor_outsourcing_reports.report_contract_summary/{contract.id}")
        self.assertNotIn(contract.name, response.text)
