# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError

from odoo.addons.labor_outsourcing.tests.test_settlement import SettlementCommon


class TestNcrPenaltyInSettlement(SettlementCommon):
    def create_ncr(self, penalty_date, severity="minor"):
        ncr = self.env["labor.ncr"].create(
            {
                "title": f"Late start {penalty_date}",
                "category_id": self.env.ref("labor_outsourcing_quality.ncr_category_delay").id,
                "severity": severity,
                "vendor_id": self.settle_vendor.id,
                "contract_id": self.contract.id,
                "description": "<p>Shift started late.</p>",
                "detected_on": penalty_date,
                "penalty_date": penalty_date,
            }
        )
        ncr.action_propose_penalty()
        return ncr

    def test_confirmed_penalties_of_the_period_are_deducted_once(self):
        confirmed = self.create_ncr("2025-03-12")
        confirmed.with_user(self.manager).action_confirm_penalty()
        self.create_ncr("2025-03-20")  # proposed only: not deducted
        april = self.create_ncr("2025-04-02")
        april.with_user(self.manager).action_confirm_penalty()

        settlement = self.create_settlement()
        settlement.action_compute()
        automatic = settlement.deduction_ids.filtered("is_automatic")
        self.assertEqual(len(automatic), 1)
        self.assertEqual(automatic.amount, 150)
        self.assertEqual(automatic.penalty_rule_id, self.rule_minor)
        self.assertEqual((automatic.source_model, automatic.source_id), ("labor.ncr", confirmed.id))
        self.assertIn(confirmed.name, automatic.reason)
        self.assertEqual(settlement.amount_total, 2177 - 150)
        # recomputing replaces the automatic deductions, it does not add them twice
        settlement.action_compute()
        self.assertEqual(len(settlement.deduction_ids.filtered("is_automatic")), 1)
        # another settlement of the same period does not deduct it again
        settlement.action_confirm()
        second = self.create_settlement(date_from="2025-03-15", date_to="2025-04-30")
        self.assertEqual([d["source_id"] for d in second._labor_source_entries("labor.ncr")], [april.id])
        # a waived penalty of a confirmed settlement cannot be waived any more
        with self.assertRefused(UserError, "already deducted"):
            confirmed.with_user(self.manager).action_waive_penalty()
