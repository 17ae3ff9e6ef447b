# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import ValidationError

from odoo.addons.labor_outsourcing.tests.test_worker import WorkerCommon


class TestWorkerSanctionNcr(WorkerCommon):
    def test_penalty_comes_from_an_ncr_of_the_worker(self):
        other = self.create_compliant_worker("Li Na", self.operator)
        ncr = self.env["labor.ncr"].create(
            {
                "title": "Forklift driven without licence",
                "source": "incident",
                "category_id": self.env.ref("labor_outsourcing_quality.ncr_category_safety").id,
                "severity": "major",
                "vendor_id": self.worker_vendor.id,
                "contract_id": self.contract.id,
                "employee_ids": [Command.set(self.worker.ids)],
                "description": "<p>Seen on line 2.</p>",
            }
        )
        Sanction = self.env["labor.worker.sanction"]
        penalty = Sanction.create(
            {
                "employee_id": self.worker.id,
                "sanction_type": "penalty",
                "amount": 200,
                "reason": "Safety breach",
                "ncr_id": ncr.id,
            }
        )
        self.assertEqual(penalty.ncr_id, ncr)
        self.assertEqual(penalty.vendor_id, self.worker_vendor, "and through him his vendor")
        with self.assertRefused(ValidationError, "not among the workers involved"):
            Sanction.create(
                {
                    "employee_id": other.id,
                    "sanction_type": "penalty",
                    "amount": 50,
                    "reason": "Not involved",
                    "ncr_id": ncr.id,
                }
            )
