# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The vendor answers its NCRs through the portal (real HTTP): root-cause analysis,
actions, actions done with evidence; each submission is in the chatter and asks the
NCR's responsible for a review; bad input and wrong steps save nothing."""

from dateutil.relativedelta import relativedelta

from odoo.tests import tagged

from odoo.addons.labor_outsourcing.tests.common_portal import EXE, PDF, PNG

from .common_portal import QualityPortalHttpCase


@tagged("post_install", "-at_install")
class TestPortalNcr(QualityPortalHttpCase):
    def portal_messages(self, ncr):
        return ncr.message_ids.filtered(
            lambda m: m.author_id == self.portal_a.partner_id and m.message_type == "comment"
        )

    def test_vendor_reads_its_ncr_without_internal_fields(self):
        ncr = self.quality_a["ncr_plan"]
        ncr.write(
            {
                "penalty_state": "proposed",
                "penalty_amount": 777,
                "cancel_reason": "Secret reason",
                "verification_note": "Internal verification",
            }
        )
        self.login_as(self.portal_a)
        response = self.assert_page(
            ncr.access_url,
            ncr.name,
            "Late shift ALPHA",
            "Description of Late shift ALPHA",
            "Containment of Late shift ALPHA",
            "Root cause ALPHA",
            "Bus ALPHA",
            "Vendor action ALPHA",
            "Major",
        )
        for hidden in ("Internal action ALPHA", "777.00", "Secret reason", "Internal verification"):
            self.assertNotIn(hidden, response.text)
        response = self.assert_page("/my/labor/ncrs", ncr.name, self.quality_a["ncr"].name)
        self.assertNotIn("Draft NCR ALPHA", response.text)
        self.assert_page("/my/labor/ncrs?filterby=all&sortby=severity&search_in=title&search=Late", ncr.name)

    def test_vendor_sends_the_root_cause_analysis(self):
        ncr = self.quality_a["ncr"]
        self.login_as(self.portal_a)
        response = self.post(
            f"{ncr.access_url}/analysis",
            {
                "why_question_1": "Why no helmet?",
                "why_answer_1": "None in size L",
                "why_question_2": "Why none in size L?",
                "why_answer_2": "Stock not checked",
                "root_cause": "No stock check of the protective equipment",
                "cause_category": "method",
            },
        )
        self.assertTrue(response.is_redirect, response.text[:500])
        self.assertIn("saved=analysis", response.headers["Location"])
        self.assertEqual(ncr.state, "analysis", "the company moves the NCR forward")
        self.assertEqual(ncr.root_cause, "No stock check of the protective equipment")
        self.assertEqual(ncr.cause_category, "method")
        self.assertEqual(ncr.why_ids.mapped("answer"), ["None in size L", "Stock not checked"])
        message = self.portal_messages(ncr)
        self.assertEqual(len(message), 1)
        self.assertIn("No stock check", message.body)
        self.assertEqual(message.subtype_id, self.env.ref("mail.mt_comment"))
        activity = ncr.activity_ids
        self.assertEqual(activity.user_id, self.backoffice)
        self.assertEqual(activity.activity_type_id, self.env.ref("labor_outsourcing.mail_activity_type_portal_review"))
        # the analysis is complete: the back office moves on
        ncr.with_user(self.backoffice).sudo().action_next_step()
        self.assertEqual(ncr.state, "action_plan")
        # sent again at this step: refused, nothing saved
        response = self.post(f"{ncr.access_url}/analysis", {"root_cause": "Changed", "cause_category": "man"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("this cannot be sent now", response.text)
        self.assertEqual((ncr.root_cause, ncr.cause_category), ("No stock check of the protective equipment", "method"))

    def test_analysis_bad_input_saves_nothing(self):
        ncr = self.quality_a["ncr"]
        self.login_as(self.portal_a)
        response = self.post(
            f"{ncr.access_url}/analysis",
            {
                "why_question_1": "Why no helmet?",
                "why_answer_1": "",
                "why_question_2": "x" * 300,
                "why_answer_2": "y",
                "root_cause": "  ",
                "cause_category": "astrology",
            },
        )
        self.assertEqual(response.status_code, 400)
        for message in (
            "Nothing was saved",
            "Answer the why of line 1.",
            "Root cause is required.",
            "Choose the category of the cause in the list.",
            "too long",
        ):
            self.assertIn(message, response.text)
        self.assertIn("Why no helmet?", response.text, "the input is shown again")
        self.assertFalse(ncr.why_ids or ncr.root_cause or ncr.cause_category)
        self.assertFalse(self.portal_messages(ncr) or ncr.activity_ids)

    def test_vendor_proposes_actions(self):
        ncr = self.quality_a["ncr_plan"]
        self.login_as(self.portal_a)
        due = self.today + relativedelta(years=1)
        response = self.post(
            f"{ncr.access_url}/actions",
            {
                "action_name_1": "Buy helmets in every size",
                "action_type_1": "corrective",
                "action_deadline_1": str(due),
                "action_name_2": "Monthly stock check",
                "action_type_2": "preventive",
                "action_deadline_2": str(due),
            },
        )
        self.assertTrue(response.is_redirect, response.text[:500])
        new = ncr.action_ids.filtered(lambda a: a.name in ("Buy helmets in every size", "Monthly stock check"))
        self.assertRecordValues(
            new.sorted("name"),
            [
                {
                    "owner_type": "vendor",
                    "action_type": "corrective",
                    "date_deadline": due,
                    "user_id": self.backoffice.id,
                    "state": "todo",
                },
                {
                    "owner_type": "vendor",
                    "action_type": "preventive",
                    "date_deadline": due,
                    "user_id": self.backoffice.id,
                    "state": "todo",
                },
            ],
        )
        self.assertIn("Monthly stock check", self.portal_messages(ncr).body)
        self.assertTrue(ncr.activity_ids.filtered(lambda a: a.user_id == self.backoffice))

    def test_actions_bad_input_and_wrong_step(self):
        ncr = self.quality_a["ncr_plan"]
        count = len(ncr.action_ids)
        self.login_as(self.portal_a)
        past = self.today - relativedelta(years=1)
        response = self.post(
            f"{ncr.access_url}/actions",
            {
                "action_name_1": "Good one",
                "action_type_1": "corrective",
                "action_deadline_1": str(self.today + relativedelta(years=1)),
                "action_name_2": "Bad date",
                "action_type_2": "corrective",
                "action_deadline_2": "31/02/2026",
                "action_name_3": "Old",
                "action_type_3": "magic",
                "action_deadline_3": str(past),
            },
        )
        self.assertEqual(response.status_code, 400)
        for message in ("is not a valid date", "is in the past", "Choose the type of the action of line 3."):
            self.assertIn(message, response.text)
        response = self.post(f"{ncr.access_url}/actions", {"action_name_1": ""})
        self.assertEqual(response.status_code, 400)
        self.assertIn("Propose at least one action.", response.text)
        self.assertEqual(len(ncr.action_ids), count, "nothing half-saved: not even the good line")
        # implementation step: no new actions
        impl = self.quality_a["ncr_impl"]
        response = self.post(
            f"{impl.access_url}/actions",
            {
                "action_name_1": "Late",
                "action_type_1": "corrective",
                "action_deadline_1": str(self.today + relativedelta(years=1)),
            },
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("Implementation", response.text)
        self.assertEqual(len(impl.action_ids), 1)
        self.assertFalse(self.portal_messages(ncr) | self.portal_messages(impl))

    def test_vendor_marks_an_action_done_with_evidence(self):
        ncr = self.quality_a["ncr_impl"]
        action = ncr.action_ids
        self.login_as(self.portal_a)
        response = self.post(
            f"{ncr.access_url}/actions/{action.id}/done",
            {"evidence": "Badges printed for all 12 workers"},
            files={
                "evidence_file_1": ("badges.pdf", PDF, "application/pdf"),
                "evidence_file_2": ("photo.png", PNG, "image/png"),
            },
        )
        self.assertTrue(response.is_redirect, response.text[:500])
        self.assertEqual(action.state, "done")
        self.assertEqual(action.date_done, self.today)
        self.assertEqual(action.evidence, "Badges printed for all 12 workers")
        self.assertEqual(sorted(action.attachment_ids.mapped("name")), ["badges.pdf", "photo.png"])
        self.assertEqual(set(action.attachment_ids.mapped("res_model")), {"labor.ncr"})
        message = self.portal_messages(ncr)
        self.assertIn("Badges printed", message.body)
        self.assertEqual(message.attachment_ids, action.attachment_ids)
        self.assertEqual(ncr.activity_ids.user_id, self.backoffice)
        self.assertFalse(action.verified, "the company verifies")
        # done is done
        response = self.post(f"{ncr.access_url}/actions/{action.id}/done", {"evidence": "Again"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("already closed", response.text)
        self.assertEqual(action.evidence, "Badges printed for all 12 workers")
        # the company verifies and closes
        ncr.with_user(self.backoffice).sudo().action_next_step()
        self.assertEqual(ncr.state, "verification")

    def test_done_checks_the_evidence_and_the_uploads(self):
        ncr = self.quality_a["ncr_impl"]
        action = ncr.action_ids
        self.login_as(self.portal_a)
        url = f"{ncr.access_url}/actions/{action.id}/done"
        response = self.post(url, {"evidence": ""})
        self.assertEqual(response.status_code, 400)
        self.assertIn("Describe what was done or attach the evidence files.", response.text)
        response = self.post(
            url, {"evidence": "Virus"}, files={"evidence_file_1": ("badges.exe", EXE, "application/pdf")}
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("badges.exe is not accepted", response.text)
        self.env["ir.config_parameter"].set_param("labor_outsourcing.portal_upload_max_files", "1")
        response = self.post(
            url,
            {"evidence": "Two"},
            files={
                "evidence_file_1": ("a.pdf", PDF, "application/pdf"),
                "evidence_file_2": ("b.pdf", PDF, "application/pdf"),
            },
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("Send at most 1 files at once", response.text)
        self.assertEqual(action.state, "todo")
        self.assertFalse(action.evidence or action.attachment_ids)
        self.assertFalse(self.env["ir.attachment"].search([("res_model", "=", "labor.ncr"), ("res_id", "=", ncr.id)]))
        self.assertFalse(self.portal_messages(ncr))
        # an internal action, or the action of another NCR, is not the vendor's to close
        internal = self.quality_a["ncr_plan"].action_ids.filtered(lambda a: a.owner_type == "internal")
        vendor_plan = self.quality_a["ncr_plan"].action_ids - internal
        self.assertEqual(self.post(f"{ncr.access_url}/actions/{internal.id}/done", {"evidence": "x"}).status_code, 404)
        self.assertEqual(
            self.post(f"{ncr.access_url}/actions/{vendor_plan.id}/done", {"evidence": "x"}).status_code, 404
        )
        self.assertEqual(internal.state, "todo")
        # once the NCR is in verification, the vendor's actions are frozen
        ncr.state = "verification"
        response = self.post(url, {"evidence": "Late"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("Verification", response.text)
        self.assertEqual(action.state, "todo")

    def test_forms_are_csrf_protected(self):
        ncr, plan, impl = self.quality_a["ncr"], self.quality_a["ncr_plan"], self.quality_a["ncr_impl"]
        self.login_as(self.portal_a)
        due = str(self.today + relativedelta(years=1))
        for url, data in (
            (f"{ncr.access_url}/analysis", {"root_cause": "CSRF", "cause_category": "man"}),
            (
                f"{plan.access_url}/actions",
                {"action_name_1": "CSRF", "action_type_1": "corrective", "action_deadline_1": due},
            ),
            (f"{impl.access_url}/actions/{impl.action_ids.id}/done", {"evidence": "CSRF"}),
            ("/my/labor/issues/new", {"title": "CSRF", "issue_type": "other", "priority": "1", "description": "x"}),
        ):
            with self.subTest(url=url):
                self.assertEqual(self.post(url, data, csrf=False).status_code, 400)
        self.assertFalse(ncr.root_cause)
        self.assertFalse(plan.action_ids.filtered(lambda a: a.name == "CSRF"))
        self.assertEqual(impl.action_ids.state, "todo")
        self.assertFalse(self.env["labor.issue"].search([("title", "=", "CSRF")]))
