# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestQualityUi(HttpCase):
    def test_failed_inspection_to_closed_ncr_tour(self):
        """In the browser: record a failed inspection, then drive the NCR it opened
        through containment, analysis, actions and verification to closure."""
        contract = self.env.ref("labor_outsourcing.demo_contract_active")
        vendor = contract.vendor_id
        self.env["labor.inspection.plan"].create(
            {
                "name": "Tour Site Plan",
                "contract_id": contract.id,
                "item_ids": [Command.create({"name": "Tour helmets worn", "kind": "pass_fail"})],
            }
        )
        self.start_tour("/odoo", "labor_outsourcing_quality_ncr_tour", login="admin")

        inspection = self.env["labor.inspection"].search([("plan_id.name", "=", "Tour Site Plan")])
        self.assertEqual((inspection.state, inspection.result), ("done", "failed"))
        ncr = inspection.ncr_id
        self.assertEqual(ncr.state, "closed")
        self.assertEqual(ncr.vendor_id, vendor)
        self.assertEqual(ncr.disposition, "rework")
        self.assertEqual(ncr.cause_category, "environment")
        self.assertEqual(ncr.why_ids.answer, "None at the entrance")
        self.assertEqual((ncr.action_ids.name, ncr.action_ids.state), ("Install a helmet rack", "done"))
        self.assertTrue(ncr.effectiveness_verified)
