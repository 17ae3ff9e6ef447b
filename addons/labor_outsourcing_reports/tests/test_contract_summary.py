# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo import Command
from odoo.exceptions import AccessError

from odoo.addons.labor_outsourcing_quality.tests.common import QualityCommon

REPORT = "labor_outsourcing_reports.report_contract_summary"


class TestContractSummary(QualityCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.vendor_cn = cls.create_vendor("苏州恒信人力资源有限公司", state="approved", vat="91320500MA1X00002Y")
        cls.job = cls.env["product.product"].create(
            {"name": "Assembly Operator", "type": "service", "purchase_ok": True}
        )
        cls.project = cls.env["project.project"].create({"name": "Line 7 Ramp-up"})
        cls.contract = cls.env["labor.contract"].create(
            {
                "title": "装配线劳务外包 2025",
                "vendor_id": cls.vendor_cn.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2025, 12, 31),
                "amount_estimated": 480000.0,
                "user_id": cls.manager.id,
                "project_ids": [Command.set(cls.project.ids)],
                "site_ids": [Command.set(cls.site.ids)],
                "target_quality_pass_rate": 97.5,
                "rate_ids": [
                    Command.create(
                        {
                            "job_product_id": cls.job.id,
                            "site_id": cls.site.id,
                            "shift": "night",
                            "unit": "hour",
                            "price": 42.5,
                        }
                    )
                ],
                "headcount_line_ids": [Command.create({"job_product_id": cls.job.id, "quantity": 12})],
                "penalty_rule_ids": [
                    Command.create({"trigger": "ncr_major", "amount": 800, "description": "Major non-conformance"})
                ],
            }
        )
        cls.contract.write({"state": "active", "signed_date": date(2024, 12, 28)})
        cls.amendment = cls.env["labor.contract.amendment"].create(
            {"contract_id": cls.contract.id, "reason": "Add a night shift rate"}
        )
        cls.env["labor.approval.log"].create(
            [
                {
                    "res_model": "labor.contract",
                    "res_id": cls.contract.id,
                    "contract_id": cls.contract.id,
                    "decision": "approved",
                    "tier": 2,
                    "tier_name": "Legal Review",
                    "user_id": cls.legal.id,
                    "date": datetime(2024, 12, 20, 3, 0),
                    "comment": "Clauses checked",
                },
                {
                    "res_model": "labor.contract.amendment",
                    "res_id": cls.amendment.id,
                    "contract_id": cls.contract.id,
                    "decision": "requested",
                    "user_id": cls.user.id,
                    "date": datetime(2025, 2, 1, 3, 0),
                },
            ]
        )

    def render_html(self, user):
        html, _kind = self.env["ir.actions.report"].with_user(user)._render_qweb_html(REPORT, self.contract.ids)
        return html.decode()

    def test_summary_content(self):
        html = self.render_html(self.user)
        for text in (
            self.contract.name,
            "装配线劳务外包 2025",
            "苏州恒信人力资源有限公司",
            "91320500MA1X00002Y",
            self.company.name,
            "Line 7 Ramp-up",
            "Plant 1",
            "Assembly Operator",
            "Night Shift",
            "42.50",
            "Headcount Plan",
            "97.5",
            "Major Non-Conformance",
            "800.00",
            self.amendment.name,
            "Add a night shift rate",
            "Legal Review",
            "Clauses checked",
            self.legal.name,
            "Requested",
            "Signature and seal",
            "For the vendor",
        ):
            self.assertIn(text, html)

    def test_pdf_renders(self):
        report = self.env.ref("labor_outsourcing_reports.action_report_labor_contract_summary")
        self.assertEqual(report.binding_model_id.model, "labor.contract")
        self.assertEqual(report.binding_type, "report")
        # Odoo prints HTML in test mode unless asked: force the real wkhtmltopdf rendering
        pdf, kind = (
            self.env["ir.actions.report"]
            .with_user(self.user)
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(REPORT, self.contract.ids)
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        self.assertGreater(len(pdf), 10000)

    def test_access(self):
        for user in (self.user_portal, self.user_plain):
            with self.assertRaises(AccessError):
                self.render_html(user)
        # a user of another company cannot print the first company's contract
        with self.assertRaises(AccessError):
            self.render_html(self.manager_company_2)
