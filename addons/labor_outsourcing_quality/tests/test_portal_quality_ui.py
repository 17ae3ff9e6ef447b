# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestPortalQualityUi(HttpCase):
    def test_vendor_answers_an_ncr(self):
        """In the browser: the demo portal user of Hengxin opens an NCR from /my, sends its
        root-cause analysis and a corrective action, and marks the action done with a
        photo as evidence."""
        vendor = self.env.ref("labor_outsourcing.demo_vendor_hengxin")
        user = self.env.ref("labor_outsourcing.demo_portal_user_hengxin")
        ncr = self.env["labor.ncr"].create(
            {
                "title": "Tour: safety shoes missing",
                "category_id": self.env.ref("labor_outsourcing_quality.ncr_category_safety").id,
                "severity": "major",
                "vendor_id": vendor.id,
                "user_id": self.env.ref("base.user_admin").id,
                "description": "<p>Three workers without safety shoes in the warehouse.</p>",
                "containment_action": "Workers sent to change shoes",
                "disposition": "rework",
                "state": "analysis",
            }
        )
        self.start_tour("/my", "labor_outsourcing_quality_portal_ncr_tour", login=user.login)
        self.assertEqual(ncr.root_cause, "No shoe check at the gate")
        self.assertEqual(ncr.cause_category, "method")
        self.assertEqual(ncr.why_ids.mapped("answer"), ["Nobody checked at the gate"])
        action = ncr.action_ids
        self.assertRecordValues(
            action,
            [
                {
                    "name": "Check shoes at the gate",
                    "owner_type": "vendor",
                    "action_type": "corrective",
                    "state": "done",
                    "evidence": "Guard checks shoes since Monday",
                }
            ],
        )
        self.assertEqual(action.attachment_ids.mapped("name"), ["gate.png"])
        messages = ncr.message_ids.filtered(lambda m: m.author_id == user.partner_id and m.message_type == "comment")
        self.assertEqual(len(messages), 3)
        self.assertEqual(ncr.activity_ids.user_id, self.env.ref("base.user_admin"))
        self.assertEqual(ncr.state, "analysis")
