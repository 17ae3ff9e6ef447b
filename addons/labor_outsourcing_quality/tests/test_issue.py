# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, timedelta
from unittest.mock import patch

from odoo.exceptions import UserError

from .common import QualityCommon

T0 = datetime(2025, 3, 10, 8, 0)


class TestIssue(QualityCommon):
    def create_issue(self, priority="2", reported=T0, **values):
        issue = (
            self.env["labor.issue"]
            .with_user(self.user)
            .create(
                {
                    "title": "Night shift late",
                    "priority": priority,
                    "vendor_id": self.q_vendor.id,
                    "contract_id": self.contract.id,
                    "date_reported": reported,
                    **values,
                }
            )
        )
        return issue.with_env(self.env)

    def at(self, hours, method, records):
        with patch("odoo.fields.Datetime.now", return_value=T0 + timedelta(hours=hours)):
            return method(records) if records is not None else method()

    def test_deadlines_from_the_service_levels(self):
        high = self.create_issue("2")
        self.assertTrue(high.name.startswith("ISS/"))
        self.assertEqual(high.date_reported, T0)
        self.assertEqual(
            (high.response_deadline, high.resolution_deadline), (T0 + timedelta(hours=4), T0 + timedelta(hours=24))
        )
        self.assertEqual(high.manager_id, self.manager, "the contract's responsible is the escalation manager")
        # a company's own service level wins over the shared one
        self.env["labor.issue.sla"].create(
            {"priority": "2", "company_id": self.company.id, "response_hours": 2, "resolution_hours": 10}
        )
        own = self.create_issue("2")
        self.assertEqual(own.resolution_deadline, T0 + timedelta(hours=10))
        self.assertEqual(self.create_issue("0").response_deadline, T0 + timedelta(hours=24))

    def test_flow_and_kpis(self):
        issue = self.create_issue("2")
        self.at(3, lambda r: r.with_user(self.user).action_respond(), issue)
        self.assertEqual(
            (issue.state, issue.date_first_response, issue.user_id), ("in_progress", T0 + timedelta(hours=3), self.user)
        )
        self.assertEqual(issue.response_hours, 3)
        with self.assertRefused(UserError, "Describe the resolution"):
            issue.action_resolve()
        issue.resolution = "<p>Bus schedule changed</p>"
        self.at(30, lambda r: r.action_resolve(), issue)
        self.assertEqual((issue.state, issue.resolution_hours), ("resolved", 30))
        open_issue = self.create_issue("1")
        kpis = self.at(
            40, lambda: self.env["labor.issue"]._labor_issue_kpis([("id", "in", (issue | open_issue).ids)]), None
        )
        self.assertEqual((kpis.count, kpis.resolved, kpis.resolution_rate), (2, 1, 0.5))
        self.assertEqual(kpis.mean_response_hours, 3)
        # resolved after 30 h (SLA 24 h) and the open one unanswered after 40 h (SLA 8 h)
        self.assertEqual(kpis.breached, 2)
        issue.action_close()
        self.assertEqual(issue.state, "closed")

    def test_breach_escalation_is_idempotent(self):
        issue = self.create_issue("2")
        on_time = self.create_issue("0")
        self.at(1, lambda r: r.action_respond(), on_time)
        Issue = self.env["labor.issue"]
        self.assertFalse(self.at(3, Issue._cron_escalate, None))
        escalated = self.at(5, Issue._cron_escalate, None)
        self.assertEqual(escalated, issue)
        self.assertTrue(issue.escalated_response)
        self.assertFalse(issue.escalated_resolution)
        self.assertEqual(issue.activity_ids.user_id, self.manager)
        self.assertIn("Response overdue", issue.activity_ids.summary)
        self.assertFalse(self.at(6, Issue._cron_escalate, None))
        self.assertEqual(self.at(25, Issue._cron_escalate, None), issue)
        self.assertEqual(len(issue.activity_ids), 2)
        self.assertFalse(self.at(26, Issue._cron_escalate, None))
        self.assertFalse(on_time.activity_ids)
        with patch("odoo.fields.Datetime.now", return_value=T0 + timedelta(hours=6)):
            self.assertEqual(Issue.search([("sla_breached", "=", True), ("id", "in", (issue | on_time).ids)]), issue)
            self.assertTrue(issue.sla_breached)
            issue.invalidate_recordset(["sla_breached"])
            self.assertEqual(Issue.search([("sla_breached", "=", False), ("id", "in", (issue | on_time).ids)]), on_time)
