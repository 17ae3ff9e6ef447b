# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The vendors' document compliance is stored (searched by SQL, not computed for every
vendor at each search), recomputed when a document or a required type changes and by
the nightly document cron, when expiry dates pass without any record changing."""

from datetime import date

from odoo.tests import freeze_time

from .common import LaborOutsourcingCommon


class TestVendorComplianceStorage(LaborOutsourcingCommon):
    @freeze_time("2025-06-01")
    def test_stored_recomputed_on_change_and_nightly(self):
        Partner = self.env["res.partner"]
        self.assertTrue(Partner._fields["labor_compliance"].store)
        vendor = self.create_vendor("Stored Compliance Co", state="approved", documents=False)
        docs = self.env["labor.vendor.document"].create(
            [
                {
                    "vendor_id": vendor.id,
                    "type_id": self.doc_types[code].id,
                    "number": f"{code}-1",
                    "state": "verified",
                    "expiry_date": date(2025, 12, 31),
                }
                for code in ("business_license", "tax_registration", "dispatch_permit")
            ]
        )
        self.assertEqual(vendor.labor_compliance, "complete")
        self.assertIn(vendor, Partner.search([("labor_compliance", "=", "complete")]))
        # on change: a document removed, a new required type
        docs[0].unlink()
        self.assertEqual(vendor.labor_compliance, "missing")
        self.assertIn(vendor, Partner.search([("labor_compliance", "=", "missing")]))
        self.env["labor.vendor.document"].create(
            {
                "vendor_id": vendor.id,
                "type_id": self.doc_types["business_license"].id,
                "number": "BL-2",
                "state": "verified",
                "expiry_date": date(2025, 12, 31),
            }
        )
        self.assertEqual(vendor.labor_compliance, "complete")
        self.doc_types["insurance"].required = True
        self.assertEqual(vendor.labor_compliance, "missing")
        self.doc_types["insurance"].required = False
        self.assertEqual(vendor.labor_compliance, "complete")
        # nightly: nothing changed but the date
        with freeze_time("2025-12-15"):
            self.assertEqual(vendor.labor_compliance, "complete", "stored until the nightly cron")
            self.env["labor.vendor.document"]._cron_document_expiry()
            self.assertEqual(vendor.labor_compliance, "expiring")
            self.assertIn(vendor, Partner.search([("labor_compliance", "=", "expiring")]))
