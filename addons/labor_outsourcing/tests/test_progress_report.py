# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Progress reports in the back office: reviewers, the two-step review with activities,
returns with feedback, locked content, periods and access."""

from datetime import timedelta

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user

from .common_portal import LaborPortalTransactionCase

REVIEW = "labor_outsourcing.mail_activity_type_portal_review"


class TestProgressReport(LaborPortalTransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.director = new_test_user(cls.env, "lo_report_director", groups="labor_outsourcing.group_labor_manager")
        cls.colleague = new_test_user(cls.env, "lo_report_colleague", groups="labor_outsourcing.group_labor_user")
        cls.Report = cls.env["labor.progress.report"]
        cls.monday = cls.today - timedelta(days=cls.today.weekday() + 7)

    def create_report(self, **values):
        return self.Report.create(
            {
                "vendor_id": self.vendor_a.id,
                "contract_id": self.contract_a.id,
                "period_type": "weekly",
                "date_from": self.monday,
                "date_to": self.monday + timedelta(days=6),
                "work_done": "Shifts covered",
                "progress_status": "on_track",
                **values,
            }
        )

    def review_activities(self, report):
        return report.activity_ids.filtered(lambda a: a.activity_type_id == self.env.ref(REVIEW))

    def test_reviewers(self):
        report = self.create_report()
        self.assertEqual(report.pm_id, self.backoffice, "the contract's responsible")
        self.assertEqual(report.director_id, self.Report._default_director())
        manager_employee = self.env["hr.employee"].create({"name": "Director", "user_id": self.director.id})
        department = self.env["hr.department"].create({"name": "Reports Dept", "manager_id": manager_employee.id})
        project_manager = new_test_user(self.env, "lo_report_pm", groups="labor_outsourcing.group_labor_user")
        project = self.env["project.project"].create({"name": "PM project", "user_id": project_manager.id})
        contract = self.env["labor.contract"].create(
            {
                "title": "No responsible",
                "vendor_id": self.vendor_a.id,
                "user_id": False,
                "department_id": department.id,
                "date_start": self.contract_a.date_start,
                "date_end": self.contract_a.date_end,
                "allow_overlap": True,
                "project_ids": [Command.set(project.ids)],
                "rate_ids": [Command.create({"job_product_id": self.job.id, "unit": "hour", "price": 40})],
            }
        )
        contract.write({"state": "active"})
        report = self.create_report(contract_id=contract.id)
        self.assertEqual(report.pm_id, project_manager, "else the manager of the first project")
        self.assertEqual(report.director_id, self.director, "the department's manager, an Outsourcing Manager")

    def test_two_step_review(self):
        report = self.create_report()
        self.assertTrue(report.name.startswith("PR/"))
        report.action_submit()
        self.assertEqual(report.state, "submitted")
        self.assertEqual(self.review_activities(report).user_id, self.backoffice)
        # only the project manager (or a manager) reviews first, only a manager approves
        with self.assertRefused(UserError, "project manager"):
            report.with_user(self.colleague).action_pm_review()
        with self.assertRefused(UserError, "reviews the report before it is approved"):
            report.with_user(self.director).action_approve()
        report.with_user(self.backoffice).action_pm_review()
        self.assertRecordValues(report, [{"state": "pm_reviewed", "pm_reviewed_by_id": self.backoffice.id}])
        self.assertEqual(self.review_activities(report).user_id, report.director_id)
        with self.assertRefused(UserError, "Only an Outsourcing Manager"):
            report.with_user(self.backoffice).action_approve()
        report.with_user(self.director).action_approve()
        self.assertRecordValues(report, [{"state": "approved", "approved_by_id": self.director.id}])
        self.assertFalse(self.review_activities(report))
        self.assertEqual(report.message_ids[0].subtype_id, self.env.ref("mail.mt_comment"))

    def test_return_needs_feedback_and_reopens_the_report(self):
        report = self.create_report()
        report.action_submit()
        with self.assertRefused(UserError, "Write your feedback"):
            report.with_user(self.backoffice).action_return()
        report.with_user(self.backoffice).write({"pm_feedback": "Add the overtime hours."})
        report.with_user(self.backoffice).action_return()
        self.assertEqual(report.state, "returned")
        self.assertFalse(self.review_activities(report))
        self.assertIn("Add the overtime hours.", report.message_ids[0].body)
        report.write({"work_done": "Shifts covered, 12 hours of overtime"})
        report.action_submit()
        self.assertEqual(report.state, "submitted")
        self.assertFalse(report.pm_feedback, "the reviewers write anew; the chatter keeps the old feedback")
        report.with_user(self.backoffice).action_pm_review()
        with self.assertRefused(UserError, "Director's Feedback"):
            report.with_user(self.director).action_return()
        report.with_user(self.director).write({"director_feedback": "Split per site."})
        report.with_user(self.director).action_return()
        self.assertEqual(report.state, "returned")

    def test_content_is_locked_once_submitted(self):
        report = self.create_report()
        report.action_submit()
        for vals in (
            {"work_done": "Rewritten"},
            {"date_to": self.monday + timedelta(days=5)},
            {"contract_id": self.contract_a.id},
        ):
            with (
                self.subTest(vals=vals),
                self.assertRefused(UserError, "only a draft or returned report can be changed"),
            ):
                report.write(vals)
        report.with_user(self.backoffice).write({"pm_feedback": "Fine"})
        with self.assertRefused(UserError, "already submitted"):
            report.action_submit()
        with self.assertRefused(UserError, "Only draft"):
            report.unlink()

    def test_submission_needs_the_plans_columns(self):
        weekly = self.create_report(work_done=False)
        with self.assertRefused(UserError, "Fill in Work Done"):
            weekly.action_submit()
        last_day = self.today.replace(day=1) - timedelta(days=1)
        monthly = self.create_report(
            period_type="monthly",
            date_from=last_day.replace(day=1),
            date_to=last_day,
            work_done=False,
            progress_status=False,
            summary="Good month",
        )
        with self.assertRefused(UserError, "Fill in Next Month's Plan"):
            monthly.action_submit()
        monthly.next_month_plan = "More of the same"
        monthly.action_submit()
        self.assertEqual(monthly.state, "submitted")

    def test_periods(self):
        cases = [
            ({"date_to": self.monday + timedelta(days=7)}, "at most 7 days"),
            ({"date_to": self.monday - timedelta(days=1)}, "ends before it starts"),
            (
                {
                    "period_type": "monthly",
                    "date_from": self.today.replace(day=1) - timedelta(days=3),
                    "date_to": self.today.replace(day=1),
                },
                "single calendar month",
            ),
            (
                {
                    "date_from": self.contract_a.date_start - timedelta(days=2),
                    "date_to": self.contract_a.date_start + timedelta(days=2),
                },
                "within the contract",
            ),
            ({"contract_id": self.contract_b.id}, "is not with"),
        ]
        for values, message in cases:
            with self.subTest(message=message), self.assertRefused(ValidationError, message):
                self.create_report(**values)
        self.create_report()
        with self.assertRefused(ValidationError, "already covers"):
            self.create_report(date_from=self.monday + timedelta(days=3), date_to=self.monday + timedelta(days=9))
        # a monthly report over the same days is another report
        first = self.monday.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.create_report(period_type="monthly", date_from=first, date_to=last, summary="Month")
        draft = self.env["labor.contract"].create(
            {
                "title": "Unsigned",
                "vendor_id": self.vendor_a.id,
                "date_start": self.contract_a.date_start,
                "date_end": self.contract_a.date_end,
                "rate_ids": [Command.create({"job_product_id": self.job.id, "unit": "hour", "price": 40})],
            }
        )
        with self.assertRefused(ValidationError, "signed contracts"):
            self.create_report(contract_id=draft.id)

    def test_access_rights(self):
        report_a = self.create_report()
        report_b = self.create_report(vendor_id=self.vendor_b.id, contract_id=self.contract_b.id)
        Report = self.Report.with_user(self.portal_a)
        self.assertEqual(Report.search([]), report_a)
        with self.assertRaises(AccessError):
            report_b.with_user(self.portal_a).read(["work_done"])
        with self.assertRaises(AccessError):
            report_a.with_user(self.portal_a).write({"work_done": "Hacked"})
        with self.assertRaises(AccessError):
            report_a.with_user(self.portal_a).action_submit()
        self.assertFalse(self.Report.with_user(self.portal_customer).search([]))
        self.assertEqual(
            self.Report.with_user(self.colleague).search([("id", "in", (report_a | report_b).ids)]), report_a | report_b
        )
