# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestUi(HttpCase):
    def test_evaluation_tour(self):
        """In the browser: the evaluator scores his sheet, the manager closes the scoring and
        confirms the result from the campaign."""
        admin = self.env.ref("base.user_admin")
        vendor = self.env["res.partner"].create(
            {"name": "Tour Evaluated Staffing", "is_company": True, "is_outsourcing_vendor": True,
             "vendor_state": "evaluation"}
        )
        campaign = self.env["labor.evaluation.campaign"].create(
            {
                "name": "Tour evaluation",
                "year": 2025,
                "period_index": 2,
                "user_id": admin.id,
                "vendor_ids": [Command.set(vendor.ids)],
                "evaluator_ids": [Command.set(admin.ids)],
            }
        )
        campaign.action_start()

        self.start_tour("/odoo", "labor_outsourcing_evaluation_tour", login="admin")

        self.env.invalidate_all()
        evaluation = campaign.evaluation_ids
        self.assertEqual(evaluation.sheet_ids.state, "submitted")
        self.assertEqual(evaluation.total_score, 90.0)  # (5 + 4) / 2 = 4.5 of 5
        self.assertEqual(evaluation.grade_id, self.env.ref("labor_outsourcing_reports.grade_a"))
        self.assertEqual(evaluation.state, "confirmed")
        self.assertEqual(evaluation.confirmed_by_id, admin)
        self.assertEqual(evaluation.reward_ids.vendor_id, vendor)
