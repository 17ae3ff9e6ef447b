# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A settlement never bills twice: its state moves only through its buttons, its
timesheets stay with it while its purchase order is open, and two confirmations at the same
moment give one purchase order."""

import psycopg2

from odoo import sql_db
from odoo.exceptions import AccessError, UserError
from odoo.tools import SQL, mute_logger

from ..models.labor_state_flow_mixin import labor_state_bypass
from .test_settlement import SettlementCommon


class TestSettlementNeverBillsTwice(SettlementCommon):
    def confirmed_as_user(self):
        settlement = self.create_settlement()
        settlement.with_user(self.user).action_compute()
        settlement.with_user(self.user).action_confirm()
        self.assertEqual(settlement.state, "confirmed")
        return settlement

    def orders_of(self, settlement):
        return self.env["purchase.order"].search([("labor_settlement_id", "=", settlement.id)])

    def test_headline_reproduction(self):
        """confirmed -> write state -> reset -> compute -> confirm: no second order."""
        settlement = self.confirmed_as_user()
        order = settlement.purchase_order_id
        as_user = settlement.with_user(self.user)
        with self.assertRefused(UserError, "change only through its buttons"):
            as_user.write({"state": "computed"})
        with self.assertRefused(UserError, "change only through its buttons"):
            as_user.write({"purchase_order_id": False})
        with self.assertRefused(UserError, "Only computed or cancelled"):
            as_user.action_reset_draft()
        with self.assertRefused(UserError, "no longer a draft"):
            as_user.action_compute()
        with self.assertRefused(UserError, "Compute"):
            as_user.action_confirm()
        self.assertEqual(settlement.state, "confirmed")
        self.assertEqual(self.orders_of(settlement), order)
        self.assertEqual(self.march.labor_settlement_id, settlement)

    def test_a_draft_is_not_confirmed_by_writing_its_state(self):
        settlement = self.create_settlement().with_user(self.user)
        for state in ("computed", "confirmed", "cancel"):
            with self.assertRefused(UserError, "change only through its buttons"):
                settlement.write({"state": state})
        self.assertEqual(settlement.state, "draft")
        with self.assertRefused(UserError, "starts at the beginning of its flow"):
            self.env["labor.settlement"].with_user(self.user).create(
                {
                    "contract_id": self.contract.id,
                    "date_from": "2025-04-01",
                    "date_to": "2025-04-30",
                    "state": "confirmed",
                }
            )
        # nor through the caller's context defaults
        created = (
            self.env["labor.settlement"]
            .with_user(self.user)
            .with_context(default_state="confirmed")
            .create({"contract_id": self.contract.id, "date_from": "2025-04-01", "date_to": "2025-04-30"})
        )
        self.assertEqual(created.state, "draft")

    def test_copy_starts_a_new_flow(self):
        settlement = self.confirmed_as_user()
        copy = settlement.copy({"date_from": "2025-04-01", "date_to": "2025-04-30"})
        self.assertEqual(copy.state, "draft")
        self.assertFalse(copy.purchase_order_id)

    def test_reset_refused_while_the_order_is_open(self):
        """Even a settlement brought back to "computed" some other way keeps its timesheets
        while its purchase order is not cancelled."""
        settlement = self.confirmed_as_user()
        order = settlement.purchase_order_id
        with labor_state_bypass():
            settlement.write({"state": "computed"})
        for user in (self.user, self.manager):
            with self.assertRefused(UserError, f"ordered its timesheets on {order.name}"):
                settlement.with_user(user).action_reset_draft()
            with self.assertRefused(UserError, f"ordered its timesheets on {order.name}"):
                settlement.with_user(user).action_compute()
        self.assertEqual(self.march.labor_settlement_id, settlement)
        self.assertEqual(settlement.purchase_order_id, order)

    def test_reopening_a_cancelled_settlement_is_for_managers(self):
        settlement = self.confirmed_as_user()
        as_user = settlement.with_user(self.user)
        as_user.action_cancel()
        self.assertEqual(settlement.purchase_order_id.state, "cancel")
        with self.assertRaises(AccessError):
            as_user.action_reset_draft()
        for user in (self.user_plain, self.user_portal):
            with self.assertRaises(AccessError):
                settlement.with_user(user).action_reset_draft()
        settlement.with_user(self.manager).action_reset_draft()
        self.assertEqual(settlement.state, "draft")
        # a computed one is the user's to reset (and recompute)
        as_user.action_compute()
        as_user.action_reset_draft()
        self.assertEqual(settlement.state, "draft")

    def test_one_open_order_per_settlement_in_the_database(self):
        settlement = self.confirmed_as_user()
        with self.assertRaises(psycopg2.errors.UniqueViolation), mute_logger("odoo.sql_db"), self.env.cr.savepoint():
            self.env["purchase.order"].create(
                {"partner_id": self.settle_vendor.id, "labor_settlement_id": settlement.id}
            ).flush_recordset()
        # a cancelled order does not count
        settlement.purchase_order_id.button_cancel()
        self.env.flush_all()
        self.env["purchase.order"].create({"partner_id": self.settle_vendor.id, "labor_settlement_id": settlement.id})
        self.env.flush_all()

    def test_confirm_reads_the_state_again_under_lock(self):
        """Another user confirmed the settlement meanwhile (committed while this one held the
        form): this confirmation sees it and creates no second order."""
        settlement = self.create_settlement().with_user(self.user)
        settlement.action_compute()
        self.assertEqual(settlement.state, "computed")
        self.env.flush_all()
        self.env.cr.execute(SQL("UPDATE labor_settlement SET state = 'confirmed' WHERE id = %s", settlement.id))
        with self.assertRefused(UserError, "Compute"):
            settlement.action_confirm()
        self.assertFalse(self.orders_of(settlement))

    def test_concurrent_confirmation_waits_for_none(self):
        """A second transaction holds the settlement's row (it is confirming it): this one
        is refused at once instead of ordering the same services again."""
        demo = self.env.ref("labor_outsourcing.demo_settlement_last_month")
        other = sql_db.db_connect(self.env.cr.dbname).cursor()
        try:
            other.execute(SQL("SELECT id FROM labor_settlement WHERE id = %s FOR UPDATE", demo.id))
            for action in ("action_confirm", "action_reset_draft"):
                with self.assertRefused(UserError, "being changed by another user"):
                    getattr(demo.with_user(self.manager), action)()
        finally:
            other.rollback()
            other.close()
        self.assertEqual(self.orders_of(demo), demo.purchase_order_id)
