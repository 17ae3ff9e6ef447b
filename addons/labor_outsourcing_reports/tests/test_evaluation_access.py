# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import Form

from .common import EvaluationCommon

MODELS = (
    "labor.kpi",
    "labor.kpi.value",
    "labor.evaluation.criterion.band",
    "labor.evaluation.campaign",
    "labor.vendor.evaluation",
    "labor.vendor.evaluation.line",
    "labor.vendor.evaluation.sheet",
    "labor.vendor.evaluation.sheet.line",
    "labor.vendor.reward",
)


class TestEvaluationAccess(EvaluationCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.vendor_a = cls.create_vendor("Access Vendor", state="approved")
        cls.campaign = cls.env["labor.evaluation.campaign"].create(
            {
                "year": 2025,
                "period_index": 2,
                "template_id": cls.template.id,
                "vendor_ids": [Command.set(cls.vendor_a.ids)],
                "evaluator_ids": [Command.set((cls.evaluator_1 | cls.evaluator_2).ids)],
            }
        )
        cls.campaign.action_start()
        cls.evaluation = cls.campaign.evaluation_ids
        for evaluator in cls.evaluator_1 | cls.evaluator_2:
            cls.env["labor.vendor.evaluation.sheet"].with_user(evaluator).record_scores(
                cls.campaign.id, cls.vendor_a.id, evaluator.id, [5, 5]
            )
        cls.campaign.action_close_scoring()

    def test_users_without_the_app_see_nothing(self):
        for user in (self.user_plain, self.user_portal):
            for model in MODELS:
                if user == self.user_portal and model == "labor.vendor.evaluation":
                    continue  # the vendor portal: see below
                with self.subTest(user=user.login, model=model), self.assertRaises(AccessError):
                    self.env[model].with_user(user).search([])
        # a portal user reads the confirmed evaluations of his own vendor only (none here)
        self.evaluation.action_confirm()
        self.assertFalse(self.env["labor.vendor.evaluation"].with_user(self.user_portal).search([]))

    def test_outsourcing_user_reads_and_scores_but_does_not_confirm(self):
        campaign = self.campaign.with_user(self.user)
        self.assertEqual(campaign.evaluation_ids.total_score, 100.0)
        self.assertTrue(self.evaluation.with_user(self.user).kpi_value_ids)
        self.evaluation.line_ids[:1].with_user(self.user).write({"comment": "Seen on site"})
        with self.assertRaises(AccessError):
            self.evaluation.with_user(self.user).action_confirm()
        with self.assertRaises(AccessError):
            self.evaluation.with_user(self.user).unlink()
        with self.assertRaises(AccessError):
            self.env["labor.vendor.reward"].with_user(self.user).create(
                {"vendor_id": self.vendor_a.id, "description": "Bonus"}
            )
        with self.assertRaises(AccessError):
            self.env.ref("labor_outsourcing_reports.kpi_satisfaction").with_user(self.user).write({"target": 60})
        with self.assertRaises(AccessError):
            self.template.criterion_ids.band_ids[:1].with_user(self.user).write({"threshold": 1})
        # users run campaigns
        new = (
            self.env["labor.evaluation.campaign"]
            .with_user(self.user)
            .create({"year": 2025, "period_index": 1, "vendor_ids": [Command.set(self.vendor_a.ids)]})
        )
        self.assertEqual(new.template_id, self.template, "the periodic template by default")

    def test_quality_inspector_reads_evaluations(self):
        evaluation = self.evaluation.with_user(self.inspector)
        self.assertEqual(evaluation.grade_id, self.grades["A"])
        with self.assertRaises(AccessError):
            evaluation.action_confirm()

    def test_manager_confirms_and_configures(self):
        self.evaluation.with_user(self.manager).action_confirm()
        self.assertEqual(self.evaluation.state, "confirmed")
        self.env.ref("labor_outsourcing_reports.kpi_satisfaction").with_user(self.manager).write({"target": 75})
        reward = self.env["labor.vendor.reward"].with_user(self.manager).search([("vendor_id", "=", self.vendor_a.id)])
        self.assertEqual(reward.evaluation_id, self.evaluation)
        reward.action_archive()
        self.assertFalse(reward.active)

    def test_evaluator_sees_own_sheets_while_scoring(self):
        campaign = self.env["labor.evaluation.campaign"].create(
            {
                "year": 2025,
                "period_index": 1,
                "vendor_ids": [Command.set(self.vendor_a.ids)],
                "evaluator_ids": [Command.set((self.evaluator_1 | self.evaluator_2).ids)],
            }
        )
        campaign.action_start()
        Sheet = self.env["labor.vendor.evaluation.sheet"]
        for evaluator in self.evaluator_1 | self.evaluator_2:
            sheets = Sheet.with_user(evaluator).search([("campaign_id", "=", campaign.id)])
            self.assertEqual(sheets.evaluator_id, evaluator)
            lines = (
                self.env["labor.vendor.evaluation.sheet.line"]
                .with_user(evaluator)
                .search([("sheet_id.campaign_id", "=", campaign.id)])
            )
            self.assertEqual(lines.sheet_id, sheets)
        # the inspector is no evaluator: no sheet of the campaign being scored
        self.assertFalse(Sheet.with_user(self.inspector).search([("campaign_id", "=", campaign.id)]))
        # once scored, the sheets of the closed evaluation are visible
        self.assertEqual(len(Sheet.with_user(self.inspector).search([("campaign_id", "=", self.campaign.id)])), 2)

    def test_other_company_sees_nothing(self):
        other = self.manager_company_2
        for model in (
            "labor.evaluation.campaign",
            "labor.vendor.evaluation",
            "labor.vendor.evaluation.line",
            "labor.kpi.value",
            "labor.vendor.evaluation.sheet",
        ):
            with self.subTest(model=model):
                self.assertFalse(self.env[model].with_user(other).search([("company_id", "=", self.company.id)]))
        with self.assertRaises(AccessError):
            self.evaluation.with_user(other).read(["total_score"])
        # a campaign of the second company computes the KPIs of its own records only
        campaign = (
            self.env["labor.evaluation.campaign"]
            .with_user(other)
            .create(
                {
                    "year": 2025,
                    "period_index": 2,
                    "company_id": self.company_2.id,
                    "vendor_ids": [Command.set(self.vendor_a.ids)],
                    "evaluator_ids": [Command.set(other.ids)],
                }
            )
        )
        campaign.action_start()
        self.assertEqual(campaign.evaluation_ids.company_id, self.company_2)
        self.assertEqual(set(campaign.evaluation_ids.kpi_value_ids.mapped("status")), {"no_data"})

    def test_menus_per_group(self):
        user_menus = self.visible_menus(self.user)
        self.assertIn("labor_outsourcing_reports.menu_labor_evaluation_campaign", user_menus)
        self.assertIn("labor_outsourcing_reports.menu_labor_vendor_evaluation_sheet", user_menus)
        self.assertIn("labor_outsourcing_reports.menu_labor_reporting_kpi_analysis", user_menus)
        self.assertNotIn("labor_outsourcing_reports.menu_labor_kpi", user_menus)
        manager_menus = self.visible_menus(self.manager)
        self.assertIn("labor_outsourcing_reports.menu_labor_kpi", manager_menus)
        self.assertNotIn("labor_outsourcing_reports.menu_labor_evaluation_root", self.visible_menus(self.user_plain))

    def test_forms_as_a_user(self):
        with Form(self.env["labor.evaluation.campaign"].with_user(self.user)) as form:
            form.period_type = "half_year"
            form.year = 2025
            form.period_index = 1
            self.assertEqual(str(form.date_to), "2025-06-30")
            self.assertEqual(form.name, "Vendor evaluation 2025 H1")
        with Form(self.env["labor.kpi.analysis.wizard"].with_user(self.user)) as wizard_form:
            wizard_form.group_by = "contract"
        self.assertTrue(wizard_form.record.date_from)
        evaluation_form = Form(self.evaluation.with_user(self.manager))
        self.assertEqual(evaluation_form.recommendation, "renew")
        evaluation_form.recommendation = "continue"
        evaluation_form.recommendation_note = "Price renegotiation first"
        evaluation_form.save()
