# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import LaborOutsourcingCommon


class TestVendorLifecycle(LaborOutsourcingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.compliant = cls.create_vendor("Compliant Staffing", state="qualified")

    def set_state(self, vendor, state, user=None, reason="Checked"):
        vendor.with_user(user or self.manager)._labor_set_vendor_state(state, reason)

    def test_new_vendor_is_a_prospect_with_history(self):
        self.assertEqual(self.vendor.vendor_state, "prospect")
        self.assertEqual(self.vendor.vendor_state_log_ids.new_state, "prospect")

    def test_forward_path_records_reason_and_user(self):
        self.set_state(self.vendor, "evaluation", user=self.user, reason="Documents received")
        log = self.vendor.vendor_state_log_ids[0]
        self.assertEqual((log.old_state, log.new_state), ("prospect", "evaluation"))
        self.assertEqual(log.reason, "Documents received")
        self.assertEqual(log.user_id, self.user)
        self.assertIn("Documents received", self.vendor.message_ids[0].body)

    def test_refused_transitions(self):
        with self.assertRefused(UserError, "cannot go from Prospect to Approved"):
            self.set_state(self.vendor, "approved")
        with self.assertRefused(UserError, "Give a reason"):
            self.set_state(self.vendor, "evaluation", reason="  ")
        with self.assertRefused(UserError, "change only through its buttons"):
            self.vendor.with_user(self.user).write({"vendor_state": "approved"})
        self.assertEqual(self.vendor.vendor_state, "prospect", "nothing half-saved")
        self.assertEqual(len(self.vendor.vendor_state_log_ids), 1)

    def test_only_managers_approve_and_blacklist(self):
        with self.assertRefused(AccessError, "Only an Outsourcing Manager"):
            self.set_state(self.compliant, "approved", user=self.user)
        self.set_state(self.compliant, "approved")
        self.assertEqual(self.compliant.vendor_state, "approved")
        with self.assertRefused(AccessError, "Only an Outsourcing Manager"):
            self.set_state(self.compliant, "blacklisted", user=self.user)
        self.set_state(self.compliant, "suspended", user=self.user, reason="Wages paid late")
        # back to Approved after rectification
        self.set_state(self.compliant, "approved", reason="Wages settled, rectification verified")
        self.assertEqual(self.compliant.vendor_state, "approved")
        self.assertEqual(
            self.compliant.vendor_state_log_ids.mapped("new_state")[:3],
            ["approved", "suspended", "approved"],
        )

    def test_blacklisted_vendor_comes_back_only_through_a_manager(self):
        self.set_state(self.vendor, "blacklisted", reason="Forged permit")
        with self.assertRefused(AccessError, "out of Blacklisted"):
            self.set_state(self.vendor, "evaluation", user=self.user)
        self.set_state(self.vendor, "evaluation", reason="New management, permit reissued")
        self.assertEqual(self.vendor.vendor_state, "evaluation")

    def test_non_compliant_vendor_cannot_be_approved(self):
        self.set_state(self.vendor, "evaluation")
        self.set_state(self.vendor, "qualified")
        with self.assertRefused(UserError, "Labor Dispatch Permit is missing"):
            self.set_state(self.vendor, "approved")
        self.assertEqual(self.vendor.vendor_state, "qualified")

    def test_blocked_states_block_contracts_and_workers(self):
        self.set_state(self.compliant, "approved")
        self.assertTrue(self.compliant._labor_check_usable("contract"))
        self.assertTrue(self.compliant._labor_check_usable("worker"))
        with self.assertRefused(UserError, "Only Approved vendors get new contracts"):
            self.vendor._labor_check_usable("contract")
        self.set_state(self.compliant, "suspended", reason="Safety incident")
        with self.assertRefused(UserError, "is Suspended: it cannot get new contracts"):
            self.compliant._labor_check_usable("contract")
        with self.assertRefused(UserError, "is Suspended: it cannot get new workers"):
            self.compliant._labor_check_usable("worker")
        self.set_state(self.compliant, "blacklisted", reason="Repeated breaches")
        with self.assertRefused(UserError, "is Blacklisted"):
            self.compliant._labor_check_usable("worker")
        with self.assertRefused(UserError, "not an outsourcing vendor"):
            self.env.ref("base.res_partner_1")._labor_check_usable("contract")

    def test_change_status_wizard(self):
        action = self.vendor.with_user(self.user).action_labor_change_state()
        wizard = (
            self.env[action["res_model"]]
            .with_user(self.user)
            .with_context(**action["context"])
            .create({"new_state": "evaluation", "reason": "Site visit planned"})
        )
        wizard.action_apply()
        self.assertEqual(self.vendor.vendor_state, "evaluation")

    def test_company_facts_cannot_be_negative(self):
        with self.assertRefused(ValidationError, "cannot be negative"):
            self.vendor.write({"outsourcing_headcount": -5})
        self.assertEqual(self.vendor.outsourcing_headcount, 0)

    def test_history_is_read_only(self):
        log = self.vendor.vendor_state_log_ids
        with self.assertRaises(AccessError):
            log.with_user(self.manager).write({"reason": "Rewritten"})
        with self.assertRaises(AccessError):
            log.with_user(self.manager).unlink()
        with self.assertRaises(AccessError):
            log.with_user(self.user_plain).read(["reason"])
