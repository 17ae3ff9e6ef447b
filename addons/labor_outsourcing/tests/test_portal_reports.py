# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Progress reports in the vendor portal: weekly and monthly forms, drafts, submission,
refused input, and the back office's two-step review with feedback seen by the vendor."""

from datetime import timedelta

from odoo.tests import new_test_user, tagged

from ..tools import progress_period
from .common_portal import LaborPortalHttpCase


@tagged("post_install", "-at_install")
class TestPortalReports(LaborPortalHttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Report = cls.env["labor.progress.report"]
        cls.director = new_test_user(cls.env, "lo_portal_director", groups="labor_outsourcing.group_labor_manager")
        cls.week = progress_period.default_period("weekly", cls.today)
        cls.month = progress_period.default_period("monthly", cls.today)

    def setUp(self):
        super().setUp()
        self.login_as(self.portal_a)

    def weekly(self, **values):
        return {
            "contract_id": self.contract_a.id,
            "period_type": "weekly",
            "date_from": str(self.week[0]),
            "date_to": str(self.week[1]),
            "work_done": "Line 1 staffed",
            "progress_status": "at_risk",
            "problems": "Two absences",
            "coordination_needed": "Badges",
            "remarks": "None",
            **values,
        }

    def reports_a(self):
        return self.Report.search([("vendor_id", "=", self.vendor_a.id)])

    def test_new_forms_propose_the_last_period(self):
        response = self.assert_page(
            "/my/labor/reports/new?period_type=weekly",
            "Weekly Progress Report",
            str(self.week[0]),
            "Coordination needed",
        )
        self.assertNotIn("Improvement measures", response.text)
        response = self.assert_page(
            "/my/labor/reports/new?period_type=monthly",
            "Monthly Progress Report",
            str(self.month[0]),
            "Improvement measures",
            "Next month",
        )
        self.assertNotIn("Coordination needed", response.text)

    def test_save_draft_edit_and_submit(self):
        response = self.post("/my/labor/reports/new", self.weekly(action="draft"))
        self.assertEqual(response.status_code, 303)
        report = self.reports_a()
        self.assertRecordValues(
            report,
            [
                {
                    "state": "draft",
                    "vendor_id": self.vendor_a.id,
                    "period_type": "weekly",
                    "work_done": "Line 1 staffed",
                    "progress_status": "at_risk",
                    "pm_id": self.backoffice.id,
                    "summary": False,
                }
            ],
        )
        self.assert_page(f"{report.access_url}?saved=draft", "saved as a draft", "Line 1 staffed", "/edit")
        self.assert_page(f"{report.access_url}/edit", 'value="%s"' % self.week[0], "Line 1 staffed")
        response = self.post(f"{report.access_url}/edit", self.weekly(work_done="Line 1 and 2 staffed", action="draft"))
        self.assertEqual(response.status_code, 303)
        self.assertEqual(report.work_done, "Line 1 and 2 staffed")
        response = self.post(f"{report.access_url}/submit")
        self.assertEqual(response.status_code, 303)
        self.assertEqual(report.state, "submitted")
        activity = report.activity_ids
        self.assertEqual(activity.user_id, self.backoffice, "the contract's responsible reviews first")
        response = self.assert_page(report.access_url, "Submitted")
        self.assertNotIn("/edit", response.text)
        # a submitted report is locked
        response = self.post(f"{report.access_url}/edit", self.weekly(work_done="Too late"))
        self.assertEqual(response.status_code, 400)
        self.assertIn("can no longer be changed", response.text)
        self.assertEqual(report.work_done, "Line 1 and 2 staffed")
        self.assertTrue(self.get(f"{report.access_url}/edit").is_redirect)

    def test_monthly_report_created_and_submitted_at_once(self):
        data = {
            "contract_id": self.contract_a.id,
            "period_type": "monthly",
            "date_from": str(self.month[0]),
            "date_to": str(self.month[1]),
            "summary": "All good",
            "problems": "None",
            "improvement_measures": "More training",
            "next_month_plan": "Peak season",
            "action": "submit",
            "work_done": "ignored for a monthly report",
        }
        response = self.post("/my/labor/reports/new", data)
        self.assertEqual(response.status_code, 303)
        report = self.reports_a()
        self.assertRecordValues(
            report, [{"state": "submitted", "period_type": "monthly", "summary": "All good", "work_done": False}]
        )
        self.assert_page(f"{report.access_url}?saved=submit", "submitted for review", "Peak season")

    def test_refused_reports_save_nothing(self):
        cases = [
            ({"contract_id": self.contract_b.id}, "Choose Contract in the list."),
            ({"date_to": str(self.week[0] + timedelta(days=7))}, "A weekly report covers at most 7 days."),
            ({"date_to": str(self.week[0] - timedelta(days=1))}, "The period ends before it starts."),
            (
                {
                    "period_type": "monthly",
                    "date_from": str(self.month[0]),
                    "date_to": str(self.month[1] + timedelta(days=1)),
                    "summary": "x",
                    "next_month_plan": "y",
                },
                "A monthly report covers days of a single calendar month.",
            ),
            (
                {
                    "date_from": str(self.contract_a.date_start - timedelta(days=7)),
                    "date_to": str(self.contract_a.date_start - timedelta(days=1)),
                },
                "The period must be within the contract",
            ),
            ({"period_type": "yearly"}, "Choose a weekly or a monthly report."),
            ({"progress_status": "excellent"}, "Choose a status in the list."),
            ({"date_from": ""}, "From is required."),
            ({"work_done": "", "action": "submit"}, "Fill in Work Done before submitting the report."),
            ({"progress_status": "", "action": "submit"}, "Fill in Status before submitting the report."),
        ]
        for values, message in cases:
            with self.subTest(message=message):
                response = self.post("/my/labor/reports/new", self.weekly(**values))
                self.assertEqual(response.status_code, 400)
                self.assertIn(message, response.text)
                self.assertIn("Nothing was saved", response.text)
        self.assertFalse(self.reports_a())
        # the same period twice is refused by the model
        self.assertEqual(self.post("/my/labor/reports/new", self.weekly()).status_code, 303)
        response = self.post("/my/labor/reports/new", self.weekly(date_from=str(self.week[0] + timedelta(days=1))))
        self.assertEqual(response.status_code, 400)
        self.assertIn("already covers", response.text)
        self.assertEqual(len(self.reports_a()), 1)

    def test_two_step_review_with_feedback_returned_to_the_portal(self):
        self.post("/my/labor/reports/new", self.weekly(action="submit"))
        report = self.reports_a()
        # the project manager returns it with feedback
        report.with_user(self.backoffice).write({"pm_feedback": "Give the absences per shift."})
        report.with_user(self.backoffice).action_return()
        self.assertEqual(report.state, "returned")
        self.assert_page(report.access_url, "returned to you", "Give the absences per shift.", "/edit")
        self.assert_page("/my/labor/reports?filterby=to_do", report.name)
        # the vendor corrects and submits again
        response = self.post(
            f"{report.access_url}/edit", self.weekly(problems="Night shift: 2 absences", action="submit")
        )
        self.assertEqual(response.status_code, 303)
        self.assertEqual(report.state, "submitted")
        # project manager, then director
        report.with_user(self.backoffice).write({"pm_feedback": "Complete."})
        report.with_user(self.backoffice).action_pm_review()
        self.assertEqual(report.state, "pm_reviewed")
        self.assertEqual(report.activity_ids.user_id, report.director_id)
        report.with_user(self.director).write({"director_feedback": "Approved, thank you."})
        report.with_user(self.director).action_approve()
        self.assertEqual(report.state, "approved")
        self.assert_page(report.access_url, "Approved", "Complete.", "Approved, thank you.")
        self.assert_page("/my/labor/reports?filterby=approved", report.name)
