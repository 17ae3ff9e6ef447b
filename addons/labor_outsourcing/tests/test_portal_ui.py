# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import timedelta

from odoo.tests import tagged

from .common_portal import PDF, LaborPortalHttpCase


@tagged("post_install", "-at_install")
class TestPortalUi(LaborPortalHttpCase):
    def test_vendor_uploads_a_document(self):
        """In the browser: a vendor's contact opens his documents from /my and uploads a new
        ISO 9001 certificate, which waits for purchasing's verification."""
        self.start_tour("/my", "labor_outsourcing_portal_document_tour", login=self.portal_a.login)
        document = self.env["labor.vendor.document"].search(
            [("vendor_id", "=", self.vendor_a.id), ("number", "=", "ISO-TOUR-2026")]
        )
        self.assertRecordValues(
            document,
            [
                {
                    "state": "draft",
                    "type_id": self.doc_types["iso9001"].id,
                    "attachment_name": "iso9001_tour.pdf",
                    "issuing_authority": "China Quality Certification Centre",
                }
            ],
        )
        self.assertEqual(document.with_context(bin_size=False).attachment, base64.b64encode(PDF))
        self.assertEqual(document.expiry_status, "valid")
        self.assertEqual(document.activity_ids.user_id, self.backoffice)

    def test_vendor_corrects_a_returned_report(self):
        """In the browser: a vendor's contact reads the feedback of a returned progress report,
        answers in its conversation, corrects it and submits it again."""
        monday = self.today - timedelta(days=self.today.weekday() + 7)
        report = self.env["labor.progress.report"].create(
            {
                "vendor_id": self.vendor_a.id,
                "contract_id": self.contract_a.id,
                "period_type": "weekly",
                "date_from": monday,
                "date_to": monday + timedelta(days=6),
                "work_done": "Line staffed",
                "progress_status": "on_track",
                "problems": "Two absences",
            }
        )
        report.message_subscribe(partner_ids=self.portal_a.partner_id.ids)
        report.action_submit()
        report.with_user(self.backoffice).write({"pm_feedback": "Give the absences per shift."})
        report.with_user(self.backoffice).action_return()
        self.start_tour("/my", "labor_outsourcing_portal_report_tour", login=self.portal_a.login)
        self.assertEqual(report.state, "submitted")
        self.assertEqual(report.problems, "Day shift: 1 absence. Night shift: 1 absence.")
        message = report.message_ids.filtered(lambda m: "split per shift" in (m.body or ""))
        self.assertEqual(message.author_id, self.portal_a.partner_id)
        self.assertEqual(report.activity_ids.user_id, self.backoffice)
