# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import Command
from odoo.exceptions import AccessError, UserError

from .common import QualityCommon


class TestNcr(QualityCommon):
    def drive_to(self, ncr, state):
        """Fill each step and move forward until ``state``."""
        user_ncr = ncr.with_user(self.inspector)
        steps = {
            "draft": lambda: None,
            "containment": lambda: user_ncr.write(
                {"containment_action": "Workers removed from the line", "disposition": "rework"}
            ),
            "analysis": lambda: user_ncr.write(
                {
                    "why_ids": [Command.create({"question": "Why no helmet?", "answer": "None in stock"})],
                    "root_cause": "No minimum stock for helmets",
                    "cause_category": "material",
                }
            ),
            "action_plan": lambda: user_ncr.write(
                {
                    "action_ids": [
                        Command.create(
                            {
                                "name": "Set a minimum stock",
                                "user_id": self.inspector.id,
                                "date_deadline": self.today + timedelta(days=7),
                            }
                        )
                    ]
                }
            ),
            "implementation": lambda: user_ncr.action_ids.write({"evidence": "Stock rule created", "state": "done"}),
            "verification": lambda: user_ncr.write(
                {"effectiveness_verified": True, "verification_note": "No finding in 2 audits"}
            ),
        }
        while ncr.state != state:
            steps[ncr.state]()
            user_ncr.action_next_step()

    def test_number_and_flow_to_closure(self):
        ncr = self.create_ncr()
        self.assertTrue(ncr.name.startswith("NCR/"), ncr.name)
        self.assertEqual(ncr.state, "draft")
        self.drive_to(ncr, "closed")
        self.assertEqual(ncr.state, "closed")
        self.assertTrue(ncr.containment_date)
        self.assertEqual(ncr.verified_by_id, self.inspector)
        self.assertEqual(ncr.date_closed, self.today)

    def test_each_step_requires_its_fields(self):
        ncr = self.create_ncr()
        ncr.action_next_step()
        self.assertEqual(ncr.state, "containment")
        with self.assertRefused(UserError, "the immediate action"):
            ncr.action_next_step()
        ncr.write({"containment_action": "Stopped the line", "disposition": "concession"})
        with self.assertRefused(UserError, "who granted the concession"):
            ncr.action_next_step()
        ncr.concession_granted_by = "Customer quality manager"
        ncr.action_next_step()
        self.assertEqual(ncr.state, "analysis")
        with self.assertRefused(UserError, "at least one 5-why line"):
            ncr.action_next_step()
        ncr.write(
            {"why_ids": [Command.create({"question": "Why?", "answer": "Because"})], "root_cause": "Training gap"}
        )
        with self.assertRefused(UserError, "the cause category"):
            ncr.action_next_step()
        ncr.cause_category = "man"
        ncr.action_next_step()
        self.assertEqual(ncr.state, "action_plan")
        with self.assertRefused(UserError, "at least one corrective or preventive action"):
            ncr.action_next_step()
        ncr.write({"action_ids": [Command.create({"name": "Retrain", "user_id": self.inspector.id})]})
        with self.assertRefused(UserError, "a due date on every action"):
            ncr.action_next_step()
        ncr.action_ids.date_deadline = self.today
        ncr.action_next_step()
        self.assertEqual(ncr.state, "implementation")

    def test_closing_needs_every_action_done_and_effectiveness(self):
        ncr = self.create_ncr()
        self.drive_to(ncr, "implementation")
        ncr.write(
            {
                "action_ids": [
                    Command.create({"name": "Audit again", "user_id": self.inspector.id, "date_deadline": self.today})
                ]
            }
        )
        first, second = ncr.action_ids.sorted("id")
        first.write({"evidence": "Done"})
        first.action_done()
        with self.assertRefused(UserError, "every action done"):
            ncr.action_next_step()
        with self.assertRefused(UserError, "Record the evidence"):
            second.action_done()
        second.write({"evidence": "Re-audited", "state": "done"})
        ncr.action_next_step()
        self.assertEqual(ncr.state, "verification")
        with self.assertRefused(UserError, "the effectiveness verified"):
            ncr.action_next_step()
        ncr.write({"effectiveness_verified": True, "verification_note": "OK"})
        second.state = "in_progress"  # reopened after the verification
        with self.assertRefused(UserError, "every action done"):
            ncr.action_next_step()
        second.state = "done"
        ncr.action_next_step()
        self.assertEqual(ncr.state, "closed")
        with self.assertRefused(UserError, "cannot move forward"):
            ncr.action_next_step()
        with self.assertRefused(UserError, "is closed"):
            ncr.action_cancel()

    def test_cancel_needs_a_reason(self):
        ncr = self.create_ncr()
        self.drive_to(ncr, "analysis")
        with self.assertRefused(UserError, "reason"):
            ncr.action_cancel()
        ncr.cancel_reason = "Recorded twice"
        ncr.action_cancel()
        self.assertEqual(ncr.state, "cancel")
        with self.assertRefused(UserError, "cannot move forward"):
            ncr.action_next_step()
        ncr.action_reset_draft()
        self.assertEqual(ncr.state, "draft")

    def test_similar_ncrs_same_vendor_and_category_last_12_months(self):
        ncr = self.create_ncr(detected_on="2025-03-10")
        older = self.create_ncr(detected_on="2024-04-01")
        self.create_ncr(detected_on="2024-03-01")  # more than 12 months before
        self.create_ncr(
            detected_on="2025-02-01", category_id=self.env.ref("labor_outsourcing_quality.ncr_category_quality").id
        )
        other_vendor = self.create_vendor("Other Vendor", state="approved")
        self.create_ncr(detected_on="2025-02-01", vendor_id=other_vendor.id, contract_id=False)
        self.assertEqual(ncr.similar_ncr_ids, older)
        self.assertEqual(ncr.similar_ncr_count, 1)
        self.assertEqual(ncr.action_view_similar()["domain"], [("id", "in", older.ids)])

    def test_overdue_actions_cron_is_idempotent(self):
        ncr = self.create_ncr()
        self.drive_to(ncr, "action_plan")
        ncr.write(
            {
                "action_ids": [
                    Command.create(
                        {
                            "name": "Late internal",
                            "user_id": self.user.id,
                            "date_deadline": self.today - timedelta(days=2),
                        }
                    ),
                    Command.create(
                        {"name": "Late vendor", "owner_type": "vendor", "date_deadline": self.today - timedelta(days=1)}
                    ),
                    Command.create(
                        {
                            "name": "Late but done",
                            "user_id": self.user.id,
                            "state": "done",
                            "date_deadline": self.today - timedelta(days=1),
                        }
                    ),
                ]
            }
        )
        Action = self.env["labor.ncr.action"]
        self.assertEqual(len(Action.search([("ncr_id", "=", ncr.id), ("is_overdue", "=", True)])), 2)
        mine = ncr.action_ids
        reminded = Action._cron_overdue_actions() & mine
        self.assertEqual(set(reminded.mapped("name")), {"Late internal", "Late vendor"})
        activities = ncr.activity_ids.filtered(
            lambda a: (
                a.activity_type_id == self.env.ref("labor_outsourcing_quality.mail_activity_type_ncr_action_overdue")
            )
        )
        self.assertEqual(len(activities), 2)
        # the vendor's action is followed up by the NCR's responsible
        self.assertEqual(activities.user_id, self.user | self.inspector)
        self.assertFalse(Action._cron_overdue_actions() & mine)
        self.assertEqual(len(ncr.activity_ids), 2)
        # a new due date, once overdue, is reminded again
        late = ncr.action_ids.filtered(lambda a: a.name == "Late vendor")
        late.date_deadline = self.today - timedelta(days=1, weeks=1)
        self.assertEqual(Action._cron_overdue_actions() & mine, late)
        self.assertEqual(len(ncr.activity_ids), 3)

    def test_penalty_proposed_by_severity_and_confirmed_by_a_manager(self):
        ncr = self.create_ncr(severity="major")
        self.assertEqual(ncr.penalty_rule_id.amount, 500)
        ncr.with_user(self.inspector).action_propose_penalty()
        self.assertEqual((ncr.penalty_state, ncr.penalty_amount), ("proposed", 500))
        with self.assertRaises(AccessError):
            ncr.with_user(self.inspector).action_confirm_penalty()
        ncr.with_user(self.manager).action_confirm_penalty()
        self.assertEqual(ncr.penalty_state, "confirmed")
        self.assertEqual(ncr.penalty_confirmed_by_id, self.manager)
        no_rule = self.create_ncr(severity="critical")
        with self.assertRefused(UserError, "no penalty rule"):
            no_rule.action_propose_penalty()
        ncr.cancel_reason = "Duplicate"
        with self.assertRefused(UserError, "Waive the confirmed penalty"):
            ncr.action_cancel()
        ncr.with_user(self.manager).action_waive_penalty()
        self.assertEqual(ncr.penalty_state, "waived")
        ncr.action_cancel()
