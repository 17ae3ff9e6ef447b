# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo.exceptions import AccessError, UserError, ValidationError

from .common import LaborOutsourcingCommon


class TestVendorDocuments(LaborOutsourcingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Document = cls.env["labor.vendor.document"]
        cls.approved = cls.create_vendor("Approved Staffing", state="approved")
        cls.permit = cls.approved.vendor_document_ids.filtered(lambda d: d.type_id == cls.doc_types["dispatch_permit"])

    def add_doc(self, vendor, code, **values):
        return self.Document.create({"vendor_id": vendor.id, "type_id": self.doc_types[code].id, **values})

    # Compliance ---------------------------------------------------------------------
    def test_compliance_for_every_reason(self):
        self.assertEqual(self.approved.labor_compliance, "complete")
        self.assertFalse(self.approved.labor_compliance_issues)

        self.assertEqual(self.vendor.labor_compliance, "missing")
        self.assertIn("Business License is missing", self.vendor.labor_compliance_issues)
        self.assertIn("Labor Dispatch Permit is missing", self.vendor.labor_compliance_issues)

        self.permit.expiry_date = self.today + timedelta(days=10)
        self.approved.invalidate_recordset()
        self.assertEqual(self.approved.labor_compliance, "expiring")
        self.assertIn("Labor Dispatch Permit expires on", self.approved.labor_compliance_issues)

        self.permit.write({"expiry_date": self.today - timedelta(days=1)})
        self.approved.invalidate_recordset()
        self.assertEqual(self.approved.labor_compliance, "expired")
        self.assertIn("Labor Dispatch Permit has expired", self.approved.labor_compliance_issues)

    def test_unverified_documents_do_not_count(self):
        vendor = self.create_vendor("Draft Docs", documents=False)
        for code in ("business_license", "tax_registration"):
            self.add_doc(vendor, code, state="verified")
        permit = self.add_doc(vendor, "dispatch_permit", expiry_date=self.today + timedelta(days=200))
        self.assertEqual(vendor.labor_compliance, "missing")
        permit.action_verify()
        vendor.invalidate_recordset()
        self.assertEqual(vendor.labor_compliance, "complete")
        self.assertEqual(permit.verified_by_id, self.env.user)

    def test_iso9001_comes_from_a_valid_certificate(self):
        self.assertFalse(self.approved.is_iso9001_certified)
        cert = self.add_doc(self.approved, "iso9001", state="verified", expiry_date=self.today + timedelta(days=400))
        self.approved.invalidate_recordset()
        self.assertTrue(self.approved.is_iso9001_certified)
        cert.expiry_date = self.today - timedelta(days=1)
        self.approved.invalidate_recordset()
        self.assertFalse(self.approved.is_iso9001_certified)

    def test_search_filters(self):
        Partner = self.env["res.partner"]
        self.assertIn(self.vendor, Partner.search([("labor_compliance", "in", ("missing", "expired"))]))
        self.assertNotIn(self.approved, Partner.search([("labor_compliance", "in", ("missing", "expired"))]))
        self.assertIn(self.approved, Partner.search([("labor_compliance", "=", "complete")]))
        self.permit.expiry_date = self.today + timedelta(days=5)
        self.assertIn(self.permit, self.Document.search([("expiry_status", "=", "expiring")]))
        self.assertIn(self.approved, Partner.search([("labor_compliance", "=", "expiring")]))
        self.assertNotIn(self.permit, self.Document.search([("expiry_status", "!=", "expiring")]))

    def test_document_validation(self):
        with self.assertRefused(ValidationError, "cannot be before the issue date"):
            self.add_doc(
                self.vendor,
                "business_license",
                issue_date=self.today,
                expiry_date=self.today - timedelta(days=1),
            )
        with self.assertRefused(ValidationError, "must have an expiry date"):
            self.add_doc(self.vendor, "dispatch_permit")
        expired = self.add_doc(self.vendor, "insurance", expiry_date=self.today - timedelta(days=3))
        with self.assertRefused(UserError, "already expired"):
            expired.action_verify()
        self.assertEqual(expired.state, "draft")
        self.assertFalse(self.vendor.vendor_document_ids - expired)

    def test_reject_with_reason(self):
        doc = self.add_doc(self.vendor, "business_license", number="X-1")
        action = doc.action_reject()
        wizard = (
            self.env[action["res_model"]].with_context(**action["context"]).create({"reason": "Scan is unreadable"})
        )
        wizard.action_reject()
        self.assertEqual(doc.state, "rejected")
        self.assertEqual(doc.rejection_reason, "Scan is unreadable")

    # Cron ---------------------------------------------------------------------------
    def test_expiry_cron_is_idempotent(self):
        expiring_vendor = self.create_vendor("Expiring Staffing", state="approved")
        expiring = expiring_vendor.vendor_document_ids.filtered(
            lambda d: d.type_id == self.doc_types["dispatch_permit"]
        )
        expiring.expiry_date = self.today + timedelta(days=7)
        self.permit.expiry_date = self.today - timedelta(days=2)
        activity_type = self.env.ref("labor_outsourcing.mail_activity_type_expiry")
        Activity = self.env["mail.activity"]
        activities_before = Activity.search_count([("activity_type_id", "=", activity_type.id)])

        self.Document._cron_document_expiry()

        self.assertEqual(self.permit.state, "expired")
        self.assertEqual(self.approved.vendor_state, "suspended")
        self.assertIn("Suspended automatically", self.approved.vendor_state_log_ids[0].reason)
        self.assertEqual(expiring_vendor.vendor_state, "approved", "expiring is still compliant")
        reminders = Activity.search(
            [
                ("activity_type_id", "=", activity_type.id),
                ("res_id", "=", expiring.id),
                ("res_model", "=", "labor.vendor.document"),
            ]
        )
        self.assertEqual(len(reminders), 1)
        self.assertEqual(reminders.user_id, self.user, "the vendor's responsible purchaser")
        self.assertEqual(reminders.date_deadline, expiring.expiry_date)
        activities_after = Activity.search_count([("activity_type_id", "=", activity_type.id)])
        logs_after = self.env["labor.vendor.state.log"].search_count([])

        # second run: nothing new, nothing written
        self.env.flush_all()
        with self.assertQueryCount(__system__=12):
            self.Document._cron_document_expiry()
        self.assertEqual(Activity.search_count([("activity_type_id", "=", activity_type.id)]), activities_after)
        self.assertEqual(self.env["labor.vendor.state.log"].search_count([]), logs_after)
        self.assertGreater(activities_after, activities_before)

        # a renewed document (new expiry date) is reminded again when it approaches expiry
        expiring.expiry_date = self.today + timedelta(days=20)
        self.Document._cron_document_expiry()
        self.assertEqual(
            Activity.search_count([("res_id", "=", expiring.id), ("res_model", "=", "labor.vendor.document")]),
            2,
        )

    def test_auto_suspension_can_be_disabled(self):
        self.env["ir.config_parameter"].set_param("labor_outsourcing.auto_suspend_noncompliant", False)
        self.permit.expiry_date = self.today - timedelta(days=2)
        self.Document._cron_document_expiry()
        self.assertEqual(self.permit.state, "expired")
        self.assertEqual(self.approved.vendor_state, "approved")

    # Access -------------------------------------------------------------------------
    def test_access_rights(self):
        doc = self.Document.with_user(self.user).create(
            {"vendor_id": self.vendor.id, "type_id": self.doc_types["business_license"].id}
        )
        doc.write({"number": "91-1"})
        with self.assertRaises(AccessError):
            doc.with_user(self.user).unlink()
        with self.assertRaises(AccessError):
            doc.with_user(self.user_plain).read(["number"])
        with self.assertRaises(AccessError):
            doc.with_user(self.user_portal).read(["number"])
        with self.assertRaises(AccessError):
            self.doc_types["insurance"].with_user(self.user).write({"required": True})
        doc.with_user(self.manager).action_archive()
        self.assertFalse(doc.active)

    def test_multi_company_isolation(self):
        vendor_c2 = self.create_vendor("Company 2 Vendor", company_id=self.company_2.id)
        docs = self.Document.with_user(self.manager).search([("vendor_id", "=", vendor_c2.id)])
        self.assertFalse(docs)
        docs_c2 = self.Document.with_user(self.manager_company_2).search([("vendor_id", "=", vendor_c2.id)])
        self.assertEqual(len(docs_c2), 3)
        with self.assertRaises(AccessError):
            vendor_c2.vendor_document_ids[0].with_user(self.manager).read(["number"])
