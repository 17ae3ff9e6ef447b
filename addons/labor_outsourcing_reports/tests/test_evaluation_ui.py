# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io
from unittest.mock import patch

import openpyxl

from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestUi(HttpCase):
    def test_evaluation_tour(self):
        """In the browser: a campaign is created and started, the evaluator scores his
        sheet, the manager closes the scoring and confirms the result from the campaign,
        then downloads the audit pack of the vendor with its evaluation."""
        admin = self.env.ref("base.user_admin")
        vendor = self.env["res.partner"].create(
            {
                "name": "Tour Evaluated Staffing",
                "is_company": True,
                "is_outsourcing_vendor": True,
                "vendor_state": "evaluation",
            }
        )
        Report = type(self.env["report.labor_outsourcing_reports.audit_pack_xlsx"])
        original = Report.create_xlsx_report
        downloads = []

        def spy(report, docids, data):
            content, kind = original(report, docids, data)
            downloads.append(content)
            return content, kind

        with patch.object(Report, "create_xlsx_report", spy):
            self.start_tour("/odoo", "labor_outsourcing_evaluation_tour", login="admin")

        self.env.invalidate_all()
        campaign = self.env["labor.evaluation.campaign"].search([("name", "=", "Tour evaluation")])
        self.assertEqual(campaign.evaluator_ids, admin)
        evaluation = campaign.evaluation_ids
        self.assertEqual(evaluation.vendor_id, vendor)
        self.assertEqual(evaluation.sheet_ids.state, "submitted")
        self.assertEqual(evaluation.total_score, 90.0)  # (5 + 4) / 2 = 4.5 of 5
        self.assertEqual(evaluation.grade_id, self.env.ref("labor_outsourcing_reports.grade_a"))
        self.assertEqual(evaluation.state, "confirmed")
        self.assertEqual(evaluation.confirmed_by_id, admin)
        self.assertEqual(evaluation.reward_ids.vendor_id, vendor)

        self.assertEqual(len(downloads), 1, "the audit pack was generated once")
        book = openpyxl.load_workbook(io.BytesIO(downloads[0]))
        rows = list(book["Evaluations"].iter_rows(values_only=True))
        header, data = rows[0], rows[1:]
        self.assertEqual(len(data), 1)
        row = dict(zip(header, data[0], strict=True))
        self.assertEqual((row["Vendor"], row["Grade"], row["Score (0-100)"]), (vendor.name, "A", 90.0))
