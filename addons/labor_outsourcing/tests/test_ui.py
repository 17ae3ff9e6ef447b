# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestUi(HttpCase):
    def test_vendor_and_site_tour(self):
        """In the browser: register an outsourcing vendor and a work site."""
        self.start_tour("/odoo", "labor_outsourcing_vendor_site_tour", login="admin")
        vendor = self.env["res.partner"].search([("name", "=", "Tour Staffing Co., Ltd.")])
        self.assertTrue(vendor.is_outsourcing_vendor)
        self.assertTrue(vendor.is_company)
        self.assertEqual(
            vendor.outsourcing_service_type_ids,
            self.env.ref("labor_outsourcing.service_type_security"),
        )
        site = self.env["labor.work.site"].search([("code", "=", "TOUR-1")])
        self.assertEqual(site.name, "Tour Depot")
        self.assertEqual(site.company_id, self.env.ref("base.main_company"))

    def test_selection_scoring_award_tour(self):
        """In the browser: the evaluator scores both candidates of a selection event, then
        the manager closes the scoring and confirms the award to the best candidate."""
        admin = self.env.ref("base.user_admin")
        vendor_a, vendor_b = self.env["res.partner"].create(
            [
                {
                    "name": name,
                    "is_company": True,
                    "is_outsourcing_vendor": True,
                    "vendor_state": "evaluation",
                }
                for name in ("Tour Alpha Staffing", "Tour Beta Staffing")
            ]
        )
        event = self.env["labor.selection.event"].create(
            {
                "title": "Tour Warehouse Pickers",
                "user_id": admin.id,
                "template_id": self.env.ref("labor_outsourcing.evaluation_template_plan").id,
                "evaluator_ids": [Command.set(admin.ids)],
                "candidate_ids": [Command.create({"vendor_id": v.id}) for v in vendor_a | vendor_b],
            }
        )
        event.action_start_scoring()
        self.assertEqual(event.sheet_count, 2)

        self.start_tour("/odoo", "labor_outsourcing_selection_award_tour", login="admin")

        self.env.invalidate_all()
        sheets = {sheet.vendor_id: sheet for sheet in event.sheet_ids}
        self.assertEqual(set(sheets), {vendor_a, vendor_b})
        for vendor, total in ((vendor_a, 100.0), (vendor_b, 60.0)):
            self.assertEqual(sheets[vendor].state, "submitted")
            self.assertEqual(sheets[vendor].evaluator_id, admin)
            self.assertEqual(sheets[vendor].total_score, total)
        results = {c.vendor_id: (c.average_score, c.rank) for c in event.candidate_ids}
        self.assertEqual(results, {vendor_a: (100.0, 1), vendor_b: (60.0, 2)})
        self.assertEqual(event.state, "done")
        self.assertEqual(event.awarded_vendor_id, vendor_a)
        self.assertEqual(event.award_justification, "Best score on every criterion.")
        self.assertEqual(event.award_confirmed_by_id, admin)
        self.assertEqual(vendor_a.vendor_state, "qualified")
        log = vendor_a.vendor_state_log_ids[0]
        self.assertEqual((log.old_state, log.new_state), ("evaluation", "qualified"))
        self.assertIn(event.name, log.reason)
        self.assertEqual(vendor_b.vendor_state, "evaluation")

    def test_contract_approval_tour(self):
        """In the browser: a draft contract goes through the department manager and legal (in a
        company that asks leadership only from 1,000,000; by default leadership approves all)."""
        self.env.company.labor_leadership_threshold = 1000000
        admin = self.env.ref("base.user_admin")
        admin.groups_id = [Command.link(self.env.ref("labor_outsourcing.group_labor_legal").id)]
        admin_employee = admin.employee_id or self.env["hr.employee"].create(
            {"name": "Tour Admin", "user_id": admin.id}
        )
        self.env["hr.department"].create({"name": "Tour Department", "manager_id": admin_employee.id})
        vendor = self.env["res.partner"].create(
            {
                "name": "Tour Contract Vendor",
                "is_company": True,
                "is_outsourcing_vendor": True,
                "vendor_state": "approved",
            }
        )
        for xmlid in ("business_license", "tax_registration", "dispatch_permit"):
            self.env["labor.vendor.document"].create(
                {
                    "vendor_id": vendor.id,
                    "type_id": self.env.ref(f"labor_outsourcing.document_type_{xmlid}").id,
                    "state": "verified",
                    "expiry_date": "2040-01-01",
                }
            )
        self.env["product.product"].create({"name": "Tour Operator", "type": "service", "purchase_ok": True})
        self.start_tour("/odoo", "labor_outsourcing_contract_approval_tour", login="admin")
        contract = self.env["labor.contract"].search([("title", "=", "Tour staffing contract")])
        self.assertEqual(contract.state, "approved")
        self.assertEqual(contract.rate_ids.price, 42)
        self.assertFalse(contract.needs_leadership_approval)
        self.assertEqual(
            contract.contract_approval_log_ids.filtered(lambda e: e.decision == "approved").mapped("comment"),
            ["Clauses reviewed", "Department budget confirmed"],
        )
