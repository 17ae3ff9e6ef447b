# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

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
            [{"state": "draft", "type_id": self.doc_types["iso9001"].id, "attachment_name": "iso9001_tour.pdf",
              "issuing_authority": "China Quality Certification Centre"}],
        )
        self.assertEqual(document.with_context(bin_size=False).attachment, base64.b64encode(PDF))
        self.assertEqual(document.expiry_status, "valid")
        self.assertEqual(document.activity_ids.user_id, self.backoffice)
