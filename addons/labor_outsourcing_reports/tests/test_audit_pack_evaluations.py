# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io
from datetime import date

import openpyxl

from odoo import Command

from .common import Q2_FROM, Q2_TO, EvaluationCommon
from .test_audit_pack import REPORT, Sheet
from .test_evaluation_campaign import MANUAL


class TestAuditPackEvaluations(EvaluationCommon):
    """The Evaluations sheet of the audit pack: one row per evaluation of the period with
    its score, grade, rank, recommendation and the KPI values it recorded."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.build_kpi_data_set()
        cls.vendor_a = cls.create_vendor("Vendor A", state="approved")
        campaign = (
            cls.env["labor.evaluation.campaign"]
            .with_user(cls.user)
            .create(
                {
                    "period_type": "quarter",
                    "year": 2025,
                    "period_index": 2,
                    "template_id": cls.template.id,
                    "vendor_ids": [Command.set((cls.vendor_a | cls.kpi_vendor).ids)],
                    "evaluator_ids": [Command.set((cls.evaluator_1 | cls.evaluator_2).ids)],
                }
            )
        )
        campaign.action_start()
        for vendor, key in ((cls.vendor_a, "a"), (cls.kpi_vendor, "d")):
            for evaluator, scores in zip((cls.evaluator_1, cls.evaluator_2), MANUAL[key], strict=True):
                cls.env["labor.vendor.evaluation.sheet"].with_user(evaluator).record_scores(
                    campaign.id, vendor.id, evaluator.id, scores
                )
        campaign.action_close_scoring()
        cls.campaign = campaign

    def evaluations_sheet(self, user=None, **values):
        user = user or self.user
        vals = {"date_from": Q2_FROM, "date_to": Q2_TO, "company_ids": [Command.set(user.company_id.ids)], **values}
        wizard = self.env["labor.audit.pack.wizard"].with_user(user).create(vals)
        content, _kind = self.env["ir.actions.report"].with_user(user)._render_xlsx(REPORT, wizard.ids, None)
        book = openpyxl.load_workbook(io.BytesIO(content))
        return Sheet(book["Evaluations"])

    def test_rows_scores_and_kpi_values(self):
        sheet = self.evaluations_sheet()
        self.assertEqual(len(sheet.rows), 2)
        row = sheet.row("Vendor", "KPI Staffing Co")
        evaluation = self.campaign.evaluation_ids.filtered(lambda e: e.vendor_id == self.kpi_vendor)
        self.assertEqual(row["Score (0-100)"], 47.0)
        self.assertEqual((row["Grade"], row["Rank"], row["Recommendation"]), ("D", 2, "Terminate"))
        self.assertEqual(row["From"].date(), date(2025, 4, 1))
        self.assertEqual(row["Status"], "To Confirm")
        units = dict(self.env["labor.kpi"]._fields["unit"]._description_selection(self.env))
        self.assertTrue(evaluation.kpi_value_ids)
        for value in evaluation.kpi_value_ids:
            header = f"{value.kpi_id.name} ({units[value.kpi_id.unit]})"
            expected = round(value.value, 2) if value.has_value else None
            self.assertEqual(row[header], expected, header)
        # numbers are typed, "no data" is blank rather than 0
        self.assertTrue(any(isinstance(row[h], (int, float)) for h in sheet.header if h.endswith("(%)")))
        row_a = sheet.row("Vendor", "Vendor A")
        self.assertEqual(row_a["Grade"], "A")
        pass_rate = self.env.ref("labor_outsourcing_reports.kpi_quality_pass_rate")
        self.assertIsNone(row_a[f"{pass_rate.name} (%)"], "a vendor without inspections has no pass rate")

    def test_vendor_and_period_filters(self):
        self.assertEqual(self.evaluations_sheet(vendor_id=self.vendor_a.id).column("Vendor"), ["Vendor A"])
        self.assertFalse(self.evaluations_sheet(date_from=date(2025, 7, 1), date_to=date(2025, 9, 30)).rows)

    def test_cancelled_and_other_company_evaluations_are_left_out(self):
        evaluation = self.campaign.evaluation_ids.filtered(lambda e: e.vendor_id == self.vendor_a)
        evaluation.sudo().state = "cancelled"
        self.assertEqual(self.evaluations_sheet().column("Vendor"), ["KPI Staffing Co"])
        self.assertFalse(self.evaluations_sheet(user=self.inspector_company_2).rows)
