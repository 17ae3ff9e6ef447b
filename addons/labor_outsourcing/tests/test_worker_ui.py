# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import AccessDenied
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestWorkerUi(HttpCase):
    def setUp(self):
        super().setUp()
        self.today = fields.Date.context_today(self.env.user)
        self.vendor = self.env["res.partner"].create(
            {
                "name": "Tour Worker Vendor",
                "is_company": True,
                "is_outsourcing_vendor": True,
                "vendor_state": "approved",
            }
        )
        self.job = self.env["product.product"].create(
            {"name": "Tour Worker Operator", "type": "service", "purchase_ok": True}
        )
        self.project = self.env["project.project"].create({"name": "Tour Worker Project", "allow_timesheets": True})
        self.contract = self.env["labor.contract"].create(
            {
                "title": "Tour Worker Contract",
                "vendor_id": self.vendor.id,
                "date_start": self.today - timedelta(days=30),
                "date_end": self.today + timedelta(days=300),
                "allow_overlap": True,
                "project_ids": [Command.set(self.project.ids)],
                "rate_ids": [Command.create({"job_product_id": self.job.id, "unit": "hour", "price": 30})],
            }
        )
        self.contract.write({"state": "active"})

    def test_onboard_worker_and_log_timesheet_tour(self):
        """In the browser: register a worker, launch his on-boarding plan, log his time."""
        self.start_tour("/odoo", "labor_outsourcing_worker_tour", login="admin")
        worker = self.env["hr.employee"].search([("name", "=", "Tour Worker Li")])
        self.assertTrue(worker.is_labor_worker)
        self.assertEqual(worker.employee_type, "contractor")
        self.assertEqual((worker.labor_vendor_id, worker.labor_contract_id), (self.vendor, self.contract))
        self.assertEqual(worker.labor_job_product_id, self.job)
        self.assertEqual(worker.labor_compliance_state, "compliant")
        self.assertEqual(len(worker.activity_ids), 5)
        timesheet = self.env["account.analytic.line"].search([("employee_id", "=", worker.id)])
        self.assertEqual((timesheet.project_id, timesheet.unit_amount), (self.project, 7.5))

    def test_offboarded_worker_can_no_longer_log_in(self):
        user = new_test_user(self.env, "lo_tour_worker", password="lo_tour_worker_pw", groups="base.group_user")
        worker = self.env["hr.employee"].create(
            {
                "name": "Leaving Worker",
                "is_labor_worker": True,
                "labor_vendor_id": self.vendor.id,
                "labor_contract_id": self.contract.id,
                "user_id": user.id,
            }
        )
        self.authenticate("lo_tour_worker", "lo_tour_worker_pw")
        self.logout()
        self.env["labor.worker.offboard.wizard"].create(
            {"employee_id": worker.id, "reason": "End of assignment"}
        ).action_offboard()
        with self.assertRaises(AccessDenied):
            self.authenticate("lo_tour_worker", "lo_tour_worker_pw")
