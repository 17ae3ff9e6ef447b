# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Evaluations in the vendor portal, through real HTTP: the vendor's contacts see its
confirmed evaluations and their report, not the drafts nor other vendors' evaluations."""

import json

from odoo import Command
from odoo.tests import new_test_user, tagged

from odoo.addons.labor_outsourcing.tests.common_portal import LaborPortalHttpCase


@tagged("post_install", "-at_install")
class TestPortalEvaluations(LaborPortalHttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        evaluators = new_test_user(cls.env, "lo_pe_1", groups="labor_outsourcing.group_labor_user") | new_test_user(
            cls.env, "lo_pe_2", groups="labor_outsourcing.group_labor_user"
        )
        vendors = cls.vendor_a | cls.vendor_b
        cls.template = cls.env.ref("labor_outsourcing_reports.evaluation_template_periodic")
        campaign = cls.env["labor.evaluation.campaign"].create(
            {
                "period_type": "quarter",
                "year": 2025,
                "period_index": 2,
                "template_id": cls.template.id,
                "vendor_ids": [Command.set(vendors.ids)],
                "evaluator_ids": [Command.set(evaluators.ids)],
            }
        )
        campaign.action_start()
        for vendor, scores in ((cls.vendor_a, [5, 4]), (cls.vendor_b, [4, 4])):
            for evaluator in evaluators:
                cls.env["labor.vendor.evaluation.sheet"].with_user(evaluator).record_scores(
                    campaign.id, vendor.id, evaluator.id, scores
                )
        campaign.action_close_scoring()
        cls.eval_a = campaign.evaluation_ids.filtered(lambda e: e.vendor_id == cls.vendor_a)
        cls.eval_b = campaign.evaluation_ids - cls.eval_a
        cls.eval_a.conclusion = "<p>Conclusion ALPHA</p>"
        cls.eval_b.conclusion = "<p>Conclusion BRAVO</p>"
        (cls.eval_a | cls.eval_b).action_confirm()
        draft_campaign = cls.env["labor.evaluation.campaign"].create(
            {
                "period_type": "quarter",
                "year": 2025,
                "period_index": 3,
                "template_id": cls.template.id,
                "vendor_ids": [Command.set(cls.vendor_a.ids)],
                "evaluator_ids": [Command.set(evaluators.ids)],
            }
        )
        draft_campaign.action_start()
        cls.draft_a = draft_campaign.evaluation_ids
        cls.draft_a.conclusion = "<p>Draft conclusion ALPHA</p>"

    def test_vendor_reads_its_confirmed_evaluations(self):
        self.assertEqual(self.eval_a.access_url, f"/my/labor/evaluations/{self.eval_a.id}")
        self.login_as(self.portal_a)
        response = self.assert_page("/my/labor/evaluations", self.eval_a.name)
        self.assertNotIn(self.draft_a.name, response.text)
        self.assertNotIn(self.eval_b.name, response.text)
        response = self.assert_page(
            self.eval_a.access_url,
            self.eval_a.name,
            "Conclusion ALPHA",
            "%.2f" % self.eval_a.total_score,
            self.eval_a.grade_id.name,
            self.eval_a.line_ids[0].criterion_id.name,
            "report_type=pdf",
        )
        self.assertNotIn("Conclusion BRAVO", response.text)
        if self.eval_a.kpi_value_ids:
            self.assertIn(self.eval_a.kpi_value_ids[0].kpi_id.name, response.text)
        # the report (Odoo answers report_type=pdf with HTML in test mode; the PDF itself is
        # rendered by test_evaluation_campaign.test_evaluation_report_renders)
        response = self.assert_page(f"{self.eval_a.access_url}?report_type=html", "Conclusion ALPHA", self.eval_a.name)
        self.assertNotIn("Conclusion BRAVO", response.text)
        self.assert_page("/my/labor/evaluations?sortby=score")

    def test_refusal_matrix(self):
        for url in (
            self.eval_a.access_url,
            f"{self.eval_a.access_url}?report_type=html",
            f"{self.eval_a.access_url}?report_type=pdf&download=1",
        ):
            self.assert_refused_to_all(url, secrets=["Conclusion ALPHA"])
        self.login_as(self.portal_a)
        for url in (
            self.eval_b.access_url,
            f"{self.eval_b.access_url}?report_type=pdf",
            f"{self.eval_b.access_url}?report_type=html",
            "/my/labor/evaluations/999999",
        ):
            with self.subTest(url=url):
                self.assert_refused(url, secrets=["Conclusion BRAVO"])
        # drafts are not the vendor's to see, not even with their token
        for url in (self.draft_a.access_url, f"{self.draft_a.access_url}?report_type=html"):
            self.assert_refused(url, secrets=["Draft conclusion ALPHA"])
        token = self.draft_a.sudo()._portal_ensure_token()
        self.login_public()
        self.assert_refused(f"{self.draft_a.access_url}?access_token={token}", secrets=["Draft conclusion ALPHA"])
        # a confirmed evaluation's token opens it, a wrong one nothing
        token = self.eval_a.sudo()._portal_ensure_token()
        self.assert_page(f"{self.eval_a.access_url}?access_token={token}", "Conclusion ALPHA")
        self.assert_refused(f"{self.eval_a.access_url}?access_token=x{token}", secrets=["Conclusion ALPHA"])
        self.assert_refused(f"{self.eval_a.access_url}?access_token=", secrets=["Conclusion ALPHA"])
        self.assert_refused(f"{self.eval_b.access_url}?access_token={token}", secrets=["Conclusion BRAVO"])
        # lists
        self.login_as(self.portal_customer)
        self.assertEqual(self.get("/my/labor/evaluations").status_code, 403)
        self.login_public()
        self.assertIn("/web/login", self.get("/my/labor/evaluations").headers.get("Location", ""))

    def test_archived_portal_user_gets_nothing(self):
        self.login_as(self.portal_a)
        self.assert_page("/my/labor/evaluations", self.eval_a.name)
        self.portal_a.active = False
        for url in ("/my/labor/evaluations", self.eval_a.access_url, f"{self.eval_a.access_url}?report_type=html"):
            with self.subTest(url=url):
                self.assert_refused(url, secrets=["Conclusion ALPHA", self.eval_a.name])

    def test_home_counter(self):
        def counter():
            response = self.url_open(
                "/my/counters",
                data=json.dumps(
                    {"jsonrpc": "2.0", "method": "call", "params": {"counters": ["labor_evaluation_count"]}}
                ),
                headers={"Content-Type": "application/json"},
            )
            return response.json()["result"]["labor_evaluation_count"]

        self.login_as(self.portal_a)
        self.assertEqual(counter(), 1, "confirmed only, not the draft")
        self.assert_page("/my", "/my/labor/evaluations")
        self.login_as(self.portal_customer)
        self.assertEqual(counter(), 0)
