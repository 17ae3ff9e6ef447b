# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo.exceptions import AccessError, ValidationError

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_state_bypass

from .common import QualityCommon


class TestRisk(QualityCommon):
    def create_risk(self, likelihood, impact, **values):
        vals = {
            "name": f"Risk {likelihood}x{impact}",
            "category": "supplier",
            "vendor_id": self.q_vendor.id,
            "likelihood": str(likelihood),
            "impact": str(impact),
        }
        vals.update(values)
        state = vals.pop("state", None)
        risk = self.env["labor.risk"].with_user(self.inspector).create(vals).with_env(self.env)
        if state:
            with labor_state_bypass():
                risk.state = state
        return risk

    def test_score_and_default_levels(self):
        expected = {
            (2, 3): (6, "low"),
            (2, 4): (8, "medium"),
            (3, 4): (12, "medium"),
            (3, 5): (15, "high"),
            (5, 5): (25, "high"),
            (1, 1): (1, "low"),
        }
        for (likelihood, impact), (score, level) in expected.items():
            risk = self.create_risk(likelihood, impact)
            self.assertEqual((risk.score, risk.level), (score, level), (likelihood, impact))
        self.assertTrue(risk.reference.startswith("RSK/"))

    def test_residual_risk_and_company_thresholds(self):
        risk = self.create_risk(4, 4, strategy="mitigate", measures="Second vendor on standby")
        self.assertEqual((risk.score, risk.level, risk.residual_score, risk.residual_level), (16, "high", 0, False))
        risk.write({"residual_likelihood": "2", "residual_impact": "4"})
        self.assertEqual((risk.residual_score, risk.residual_level), (8, "medium"))
        self.company.write({"labor_risk_low_max": 8, "labor_risk_high_min": 20})
        self.assertEqual((risk.level, risk.residual_level), ("medium", "low"))
        with self.assertRaises(ValidationError):
            self.company.write({"labor_risk_low_max": 12, "labor_risk_high_min": 10})

    def test_high_risks_and_heat_map(self):
        self.create_risk(5, 4)
        self.create_risk(1, 2)
        action = self.env.ref("labor_outsourcing_quality.labor_risk_action_high")
        self.assertIn("search_default_high", action.context)
        Risk = self.env["labor.risk"].with_user(self.user)
        self.assertEqual(Risk.search([("level", "=", "high"), ("vendor_id", "=", self.q_vendor.id)]).score, 20)
        groups = Risk.read_group(
            [("vendor_id", "=", self.q_vendor.id)], ["score:max"], ["likelihood", "impact"], lazy=False
        )
        self.assertEqual({(g["likelihood"], g["impact"]) for g in groups}, {("5", "4"), ("1", "2")})

    def test_review_reminder_cron_is_idempotent(self):
        due = self.create_risk(3, 3, review_date=self.today - timedelta(days=1), user_id=self.user.id)
        mine = due | self.create_risk(3, 3, review_date=self.today + timedelta(days=10))
        mine |= self.create_risk(3, 3, review_date=self.today, state="closed")
        Risk = self.env["labor.risk"]
        self.assertEqual(Risk._cron_review_reminders() & mine, due)
        self.assertEqual(due.activity_ids.user_id, self.user)
        self.assertFalse(Risk._cron_review_reminders() & mine)
        due.review_date = self.today
        self.assertEqual(Risk._cron_review_reminders() & mine, due)
        self.assertEqual(len(due.activity_ids), 2)

    def test_status_through_its_buttons(self):
        risk = self.create_risk(3, 3)
        with self.assertRaises(AccessError):
            risk.with_user(self.inspector).write({"state": "closed"})
        with self.assertRaises(AccessError):
            risk.with_user(self.user).action_close()
        risk.with_user(self.inspector).action_monitor()
        self.assertEqual(risk.state, "monitored")
        risk.with_user(self.inspector).action_close()
        self.assertEqual(risk.state, "closed")
        risk.with_user(self.inspector).action_reopen()
        self.assertEqual(risk.state, "open")
