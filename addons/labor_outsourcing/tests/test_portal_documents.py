# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Qualification documents in the vendor portal: list with expiry status, detail, file,
upload of a document or of a new version (to verify), and refused uploads."""

import base64
from datetime import timedelta

from odoo.tests import tagged

from .common_portal import EXE, PDF, PNG, LaborPortalHttpCase

UPLOAD = "/my/labor/documents/upload"


@tagged("post_install", "-at_install")
class TestPortalDocuments(LaborPortalHttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Document = cls.env["labor.vendor.document"]
        cls.permit = cls.Document.search(
            [("vendor_id", "=", cls.vendor_a.id), ("type_id", "=", cls.doc_types["dispatch_permit"].id)]
        )
        cls.expiring = cls.Document.create(
            {
                "vendor_id": cls.vendor_a.id,
                "type_id": cls.doc_types["insurance"].id,
                "number": "INS-SOON",
                "state": "verified",
                "expiry_date": cls.today + timedelta(days=10),
            }
        )

    def setUp(self):
        super().setUp()
        self.login_as(self.portal_a)

    def documents_a(self):
        return self.Document.search([("vendor_id", "=", self.vendor_a.id)])

    def upload(self, data=None, files=None, **kw):
        values = {
            "type_id": self.doc_types["iso9001"].id,
            "number": "ISO-2026-01",
            "issuing_authority": "CQC",
            "issue_date": str(self.today - timedelta(days=10)),
            "expiry_date": str(self.today + timedelta(days=3 * 365)),
            **(data or {}),
        }
        if files is None:
            files = {"attachment": ("iso.pdf", PDF, "application/pdf")}
        return self.post(UPLOAD, values, files, **kw)

    def assert_upload_refused(self, response, *messages):
        self.assertEqual(response.status_code, 400)
        self.assertIn("Nothing was saved", response.text)
        for message in messages:
            self.assertIn(message, response.text)

    def test_list_with_expiry_status_filters_and_search(self):
        response = self.assert_page("/my/labor/documents", "INS-SOON", self.permit.number, "Expiring Soon")
        self.assertIn('data-value="expiring"', response.text)
        response = self.assert_page("/my/labor/documents?filterby=expiring", "INS-SOON")
        self.assertNotIn(self.permit.number, response.text)
        response = self.assert_page("/my/labor/documents?search=SOON&search_in=number", "INS-SOON")
        self.assertNotIn(self.permit.number, response.text)
        self.assert_page("/my/labor/documents?sortby=expiry", "INS-SOON")
        # unknown arguments fall back to the defaults
        self.assert_page("/my/labor/documents?sortby=nope&filterby=nope&search_in=nope&search=x")

    def test_upload_creates_a_document_to_verify_and_an_activity(self):
        before = self.documents_a()
        response = self.upload()
        self.assertEqual(response.status_code, 303)
        document = self.documents_a() - before
        self.assertEqual(len(document), 1)
        self.assertEqual(response.headers["Location"].split("?")[0].rsplit("/", 1)[-1], str(document.id))
        self.assertRecordValues(
            document,
            [
                {
                    "state": "draft",
                    "vendor_id": self.vendor_a.id,
                    "type_id": self.doc_types["iso9001"].id,
                    "number": "ISO-2026-01",
                    "issuing_authority": "CQC",
                    "attachment_name": "iso.pdf",
                    "previous_document_id": False,
                }
            ],
        )
        self.assertEqual(document.with_context(bin_size=False).attachment, base64.b64encode(PDF))
        activity = document.activity_ids
        self.assertEqual(activity.user_id, self.backoffice)
        self.assertEqual(activity.activity_type_id, self.env.ref("labor_outsourcing.mail_activity_type_portal_review"))
        self.assertIn("uploaded", document.message_ids[0].body.lower())
        self.assertEqual(document.message_ids[0].author_id, self.portal_a.partner_id)
        self.assert_page(f"{document.access_url}?uploaded=1", "waits for our verification", "ISO-2026-01")
        # the vendor contact's second upload, a PNG scan, is accepted too
        response = self.upload({"number": "ISO-PNG"}, {"attachment": ("iso.png", PNG, "image/png")})
        self.assertEqual(response.status_code, 303)

    def test_upload_new_version_keeps_type_and_links_previous(self):
        self.assert_page(f"{UPLOAD}?replace={self.permit.id}", "New version of", self.permit.type_id.name)
        before = self.documents_a()
        response = self.upload({"type_id": self.permit.type_id.id, "number": "LDP-NEW", "replace": self.permit.id})
        self.assertEqual(response.status_code, 303)
        new = self.documents_a() - before
        self.assertEqual(new.previous_document_id, self.permit)
        self.assertEqual(new.type_id, self.permit.type_id)
        # another type for a new version is refused
        response = self.upload({"type_id": self.doc_types["insurance"].id, "replace": self.permit.id})
        self.assert_upload_refused(response, "keeps the type of the document it replaces")

    def test_refused_uploads_save_nothing(self):
        before = self.documents_a()
        cases = [
            (
                {},
                {"attachment": ("virus.pdf", EXE, "application/pdf")},
                ["virus.pdf is not accepted: send PDF, JPEG, PNG files."],
            ),
            ({}, {"attachment": ("empty.pdf", b"", "application/pdf")}, ["empty.pdf is empty."]),
            ({"number": "", "type_id": ""}, None, ["Number is required.", "Document type is required."]),
            ({}, {}, ["Attach the scanned document."]),
            (
                {"issue_date": str(self.today), "expiry_date": str(self.today - timedelta(days=1))},
                None,
                ["The expiry date is before the issue date."],
            ),
            ({"issue_date": "", "expiry_date": str(self.today - timedelta(days=1))}, None, ["has already expired"]),
            ({"issue_date": str(self.today + timedelta(days=1))}, None, ["The issue date cannot be in the future."]),
            ({"expiry_date": "31/12/2030"}, None, ["Expiry date is not a valid date."]),
            ({"type_id": self.doc_types["dispatch_permit"].id, "expiry_date": ""}, None, ["Expiry date is required."]),
            ({"type_id": "999999"}, None, ["Choose Document type in the list."]),
        ]
        for data, files, messages in cases:
            with self.subTest(data=data, files=files and list(files)):
                response = self.upload(data, files)
                self.assert_upload_refused(response, *messages)
        self.assertEqual(self.documents_a(), before)

    def test_the_form_keeps_what_was_typed(self):
        response = self.upload({"number": "KEEP-ME-42", "issuing_authority": "Kept Authority", "type_id": ""})
        self.assert_upload_refused(response, "Document type is required.")
        self.assertIn('value="KEEP-ME-42"', response.text)
        self.assertIn('value="Kept Authority"', response.text)
        self.assertIn("is-invalid", response.text)

    def test_size_and_count_limits_come_from_the_settings(self):
        before = self.documents_a()
        params = self.env["ir.config_parameter"].sudo()
        params.set_param("labor_outsourcing.portal_upload_max_mb", "1")
        big = PDF + b"0" * (1024 * 1024)
        response = self.upload(files={"attachment": ("big.pdf", big, "application/pdf")})
        self.assert_upload_refused(response, "big.pdf is larger than 1 MB.")
        params.set_param("labor_outsourcing.portal_upload_max_files", "2")
        files = [("attachment", ("a.pdf", PDF, "application/pdf"))] + [
            (f"extra_{i}", (f"x{i}.pdf", PDF, "application/pdf")) for i in range(2)
        ]
        response = self.upload(files=files)
        self.assert_upload_refused(response, "Send at most 2 files at once (3 sent).")
        self.assertEqual(self.documents_a(), before)
        # within the limits it goes through
        response = self.upload(files={"attachment": ("small.pdf", PDF, "application/pdf")})
        self.assertEqual(response.status_code, 303)
