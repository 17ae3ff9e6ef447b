# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user

from .common import LaborOutsourcingCommon

ALL = {score: [score] * 13 for score in range(1, 6)}


class TestSelectionEvent(LaborOutsourcingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.evaluator_1 = new_test_user(cls.env, "lo_eval_1", groups="labor_outsourcing.group_labor_user")
        cls.evaluator_2 = new_test_user(cls.env, "lo_eval_2", groups="labor_outsourcing.group_labor_user")
        cls.vendor_a = cls.create_vendor("Vendor A", state="evaluation")
        cls.vendor_b = cls.create_vendor("Vendor B", state="prospect")
        cls.vendor_c = cls.create_vendor("Vendor C", state="approved", documents=True)
        cls.Sheet = cls.env["labor.selection.score.sheet"]

    def create_event(self, vendors=None, evaluators=None, user=None):
        vendors = vendors or (self.vendor_a, self.vendor_b, self.vendor_c)
        evaluators = evaluators or (self.evaluator_1 | self.evaluator_2)
        event = (
            self.env["labor.selection.event"]
            .with_user(user or self.user)
            .create(
                {
                    "title": "Warehouse pickers",
                    "service_type_id": self.service_type.id,
                    "headcount": 40,
                    "evaluator_ids": [Command.set(evaluators.ids)],
                    "candidate_ids": [Command.create({"vendor_id": v.id}) for v in vendors],
                }
            )
        )
        return event.with_env(self.env)

    def score(self, event, vendor, evaluator, scores):
        return self.Sheet.with_user(evaluator).record_scores(event.id, vendor.id, evaluator.id, scores)

    def test_full_selection_and_award(self):
        event = self.create_event()
        self.assertTrue(event.name.startswith("SEL/"))
        event.action_start_scoring()
        self.assertEqual(event.state, "scoring")
        self.assertEqual(event.sheet_count, 6)
        self.assertEqual(len(event.sheet_ids.line_ids), 6 * 13)
        activities = event.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref("labor_outsourcing.mail_activity_type_scoring")
        )
        self.assertEqual(activities.user_id, self.evaluator_1 | self.evaluator_2)

        self.score(event, self.vendor_a, self.evaluator_1, ALL[5])  # 100
        self.score(event, self.vendor_a, self.evaluator_2, ALL[4])  # 80
        self.score(event, self.vendor_b, self.evaluator_1, ALL[4])  # 80
        self.score(event, self.vendor_b, self.evaluator_2, ALL[3])  # 60
        self.score(event, self.vendor_c, self.evaluator_1, ALL[4])  # 80
        with self.assertRefused(UserError, "lo_eval_2"):
            event.with_user(self.user).action_close_scoring()
        self.score(event, self.vendor_c, self.evaluator_2, ALL[4])  # 80
        self.assertFalse(event.activity_ids.filtered(lambda a: a.user_id == self.evaluator_2))
        event.with_user(self.user).action_close_scoring()

        results = {c.vendor_id: (c.average_score, c.rank) for c in event.candidate_ids}
        self.assertEqual(results[self.vendor_a], (90.0, 1))
        self.assertEqual(results[self.vendor_c], (80.0, 2))
        self.assertEqual(results[self.vendor_b], (70.0, 3))
        self.assertEqual(event.awarded_vendor_id, self.vendor_a, "best candidate preselected")

        with self.assertRefused(AccessError, "Only an Outsourcing Manager"):
            event.with_user(self.user).action_confirm_award()
        with self.assertRefused(UserError, "Justify"):
            event.with_user(self.manager).action_confirm_award()
        event.award_justification = "Best score and capacity"
        event.with_user(self.manager).action_confirm_award()
        self.assertEqual(event.state, "done")
        self.assertEqual(event.award_confirmed_by_id, self.manager)
        self.assertEqual(self.vendor_a.vendor_state, "qualified")
        self.assertIn(event.name, self.vendor_a.vendor_state_log_ids[0].reason)

    def test_award_can_approve_compliant_vendors(self):
        self.env["ir.config_parameter"].set_param("labor_outsourcing.award_vendor_state", "approved")
        missing_docs = self.create_vendor("No Documents", state="prospect", documents=False)
        for vendor in (self.vendor_b, missing_docs):
            event = self.create_event(vendors=vendor, evaluators=self.evaluator_1)
            event.action_start_scoring()
            self.score(event, vendor, self.evaluator_1, ALL[4])
            event.action_close_scoring()
            event.write({"award_justification": "Only candidate"})
            event.with_user(self.manager).action_confirm_award()
        self.assertEqual(self.vendor_b.vendor_state, "approved")
        self.assertEqual(missing_docs.vendor_state, "qualified", "documents missing: stays Qualified")

    def test_ties_share_the_rank_and_nothing_is_preselected(self):
        event = self.create_event(vendors=self.vendor_a | self.vendor_b, evaluators=self.evaluator_1)
        event.action_start_scoring()
        self.score(event, self.vendor_a, self.evaluator_1, ALL[3])
        self.score(event, self.vendor_b, self.evaluator_1, ALL[3])
        event.action_close_scoring()
        self.assertEqual(event.candidate_ids.mapped("rank"), [1, 1])
        self.assertFalse(event.awarded_candidate_id)
        with self.assertRefused(UserError, "Choose the awarded candidate"):
            event.with_user(self.manager).action_confirm_award()

    def test_missing_documents_are_flagged_before_scoring(self):
        no_docs = self.create_vendor("Paperless Ltd", documents=False)
        event = self.create_event(vendors=self.vendor_a | no_docs)
        self.assertIn("Paperless Ltd", event.document_warning)
        self.assertFalse(event.candidate_ids.filtered(lambda c: c.vendor_id == self.vendor_a).document_warning)
        event.action_start_scoring()
        self.assertIn("not in order", event.message_ids[0].body)

    def test_start_requires_candidates_and_evaluators(self):
        event = self.env["labor.selection.event"].create({"title": "Empty"})
        with self.assertRefused(UserError, "at least one candidate"):
            event.action_start_scoring()
        event.candidate_ids = [Command.create({"vendor_id": self.vendor_a.id})]
        with self.assertRefused(UserError, "at least one evaluator"):
            event.action_start_scoring()
        self.assertEqual(event.state, "draft")
        self.assertFalse(event.sheet_ids)

    def test_candidates_are_frozen_and_blacklisted_vendors_refused(self):
        blacklisted = self.create_vendor("Banned Ltd", state="blacklisted")
        event = self.create_event()
        with self.assertRefused(UserError, "Blacklisted vendors cannot be candidates"):
            event.candidate_ids = [Command.create({"vendor_id": blacklisted.id})]
        event.action_start_scoring()
        with self.assertRefused(UserError, "while the event is a draft"):
            event.candidate_ids[0].unlink()
        with self.assertRefused(UserError, "while the event is a draft"):
            event.write({"candidate_ids": [Command.create({"vendor_id": self.vendor.id})]})

    def test_evaluators_only_see_their_own_sheets_until_closed(self):
        event = self.create_event()
        event.action_start_scoring()
        mine = self.Sheet.with_user(self.evaluator_1).search([("event_id", "=", event.id)])
        self.assertEqual(len(mine), 3)
        self.assertEqual(mine.evaluator_id, self.evaluator_1)
        other = event.sheet_ids.filtered(lambda s: s.evaluator_id == self.evaluator_2)[0]
        with self.assertRaises(AccessError):
            other.with_user(self.evaluator_1).read(["total_score"])
        with self.assertRaises(AccessError):
            other.line_ids[0].with_user(self.evaluator_1).write({"score": "1"})
        self.assertEqual(
            len(self.Sheet.with_user(self.manager).search([("event_id", "=", event.id)])),
            6,
            "the manager sees every sheet",
        )
        with self.assertRefused(UserError, "Only lo_eval_2"):
            other.with_user(self.manager).write({"comment": "Adjusted"})

        for vendor in (self.vendor_a, self.vendor_b, self.vendor_c):
            self.score(event, vendor, self.evaluator_1, ALL[4])
            self.score(event, vendor, self.evaluator_2, ALL[3])
        sheet = mine[0]
        with self.assertRefused(UserError, "can no longer be changed"):
            sheet.line_ids[0].with_user(self.evaluator_1).write({"score": "5"})
        event.action_close_scoring()
        self.assertEqual(
            len(self.Sheet.with_user(self.evaluator_1).search([("event_id", "=", event.id)])),
            6,
            "after closing, the panel sees every sheet",
        )

    def test_incomplete_sheet_cannot_be_submitted(self):
        event = self.create_event(vendors=self.vendor_a, evaluators=self.evaluator_1)
        event.action_start_scoring()
        sheet = event.sheet_ids
        sheet.line_ids[0].with_user(self.evaluator_1).score = "4"
        with self.assertRefused(UserError, "Score every criterion"):
            sheet.with_user(self.evaluator_1).action_submit()
        self.assertEqual(sheet.state, "draft")
        with self.assertRefused(UserError, "13 scores expected, 2 given"):
            self.score(event, self.vendor_a, self.evaluator_1, [4, 4])

    def test_access_and_multi_company(self):
        event = self.create_event()
        with self.assertRaises(AccessError):
            event.with_user(self.user_plain).read(["title"])
        with self.assertRaises(AccessError):
            event.with_user(self.user_portal).read(["title"])
        with self.assertRaises(AccessError):
            event.with_user(self.user).unlink()
        event_c2 = (
            self.env["labor.selection.event"].with_user(self.manager_company_2).create({"title": "Company 2 selection"})
        )
        self.assertEqual(event_c2.company_id, self.company_2)
        self.assertNotIn(event_c2, self.env["labor.selection.event"].with_user(self.manager).search([]))
        with self.assertRaises(AccessError):
            event_c2.with_user(self.manager).read(["title"])

    def test_demo_selection_is_awarded(self):
        demo = self.env.ref("labor_outsourcing.demo_selection_event")
        self.assertEqual(demo.state, "done")
        self.assertEqual(len(demo.candidate_ids), 3)
        self.assertEqual(len(demo.evaluator_ids), 2)
        self.assertEqual(demo.awarded_vendor_id, self.env.ref("labor_outsourcing.demo_vendor_hengxin"))
        self.assertEqual(sorted(demo.candidate_ids.mapped("rank")), [1, 2, 3])
