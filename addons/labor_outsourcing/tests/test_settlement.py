# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, new_test_user, tagged

from .common import LaborOutsourcingCommon


class SettlementCommon(LaborOutsourcingCommon):
    """A contract for 2025 with a rate card, four workers and their timesheets of March:

    ====== ======== ======== ===== ================ ===================== ==========
    worker job      site     shift rate             March                 amount
    ====== ======== ======== ===== ================ ===================== ==========
    ann    operator (none)   day   generic 30.00/h  8 + 8 + 4 + 3.5 h     23.5 x 30 = 705
    bob    operator Plant 1  day   Plant 1 32.00/h  8 + 7.5 h             15.5 x 32 = 496
    cid    operator (none)   night night 36.00/h   8 + 8 h               16 x 36   = 576
    dan    cleaner  Plant 1  day   200.00/day       4 + 4 (3rd), 8 (4th)  2 x 200   = 400
    ====== ======== ======== ===== ================ ===================== ==========

    2,177.00 of services, minus 77.50 (manual) and 150.00 (minor non-conformance) = 1,949.50.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.uom_hour = cls.env.ref("uom.product_uom_hour")
        cls.uom_day = cls.env.ref("uom.product_uom_day")
        cls.settle_vendor = cls.create_vendor("Settle Staffing Co", state="approved")
        service = {"type": "service", "purchase_ok": True}
        cls.operator = cls.env["product.product"].create(
            dict(service, name="Line Operator", uom_id=cls.uom_hour.id, uom_po_id=cls.uom_hour.id)
        )
        cls.cleaner = cls.env["product.product"].create(
            dict(service, name="Cleaner", uom_id=cls.uom_day.id, uom_po_id=cls.uom_day.id)
        )
        cls.forklift = cls.env["product.product"].create(dict(service, name="Forklift Driver"))
        cls.project = cls.env["project.project"].create({"name": "Line 2", "allow_timesheets": True})
        cls.other_project = cls.env["project.project"].create({"name": "Other", "allow_timesheets": True})
        cls.contract = cls.create_active_contract(cls.settle_vendor, cls.project)
        cls.rule_minor = cls.contract.penalty_rule_ids.filtered(lambda r: r.trigger == "ncr_minor")
        cls.ann = cls.create_worker("Ann", cls.operator, shift="day")
        cls.bob = cls.create_worker("Bob", cls.operator, site=cls.site, shift="day")
        cls.cid = cls.create_worker("Cid", cls.operator, shift="night")
        cls.dan = cls.create_worker("Dan", cls.cleaner, site=cls.site, shift="day")
        cls.outsider = cls.env["hr.employee"].create({"name": "Own Staff"})
        cls.march = cls.create_timesheets(
            [
                (cls.ann, "2025-03-03", 8),
                (cls.ann, "2025-03-04", 8),
                (cls.ann, "2025-03-05", 4),
                (cls.ann, "2025-03-05", 3.5),
                (cls.bob, "2025-03-03", 8),
                (cls.bob, "2025-03-04", 7.5),
                (cls.cid, "2025-03-03", 8),
                (cls.cid, "2025-03-04", 8),
                (cls.dan, "2025-03-03", 4),
                (cls.dan, "2025-03-03", 4),
                (cls.dan, "2025-03-04", 8),
                (cls.dan, "2025-03-06", 0),
            ]
        )
        cls.not_settled = cls.create_timesheets(
            [(cls.ann, "2025-02-28", 8), (cls.ann, "2025-04-01", 8), (cls.outsider, "2025-03-03", 8)]
        ) | cls.create_timesheets([(cls.ann, "2025-03-05", 2)], project=cls.other_project)

    @classmethod
    def create_active_contract(cls, vendor, project, company=None, **values):
        """Created in draft with its rate card, then activated (the approval chain is
        tested with the contracts)."""
        # a site of the contract's company (rates refuse another company's site)
        site = cls.site if (company or cls.company) == cls.company else cls.site_company_2
        contract = cls.env["labor.contract"].create(
            {
                "title": "Line 2 staffing",
                "vendor_id": vendor.id,
                "company_id": (company or cls.company).id,
                "currency_id": (company or cls.company).currency_id.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2025, 12, 31),
                "allow_overlap": True,
                "project_ids": [Command.set(project.ids)],
                "rate_ids": [
                    Command.create({"job_product_id": cls.operator.id, "unit": "hour", "price": 30}),
                    Command.create(
                        {"job_product_id": cls.operator.id, "site_id": site.id, "unit": "hour", "price": 32}
                    ),
                    Command.create({"job_product_id": cls.operator.id, "shift": "night", "unit": "hour", "price": 36}),
                    Command.create({"job_product_id": cls.cleaner.id, "unit": "day", "price": 200}),
                ],
                "penalty_rule_ids": [
                    Command.create({"trigger": "ncr_minor", "amount": 150, "description": "Minor non-conformance"}),
                    Command.create({"trigger": "delay_day", "amount": 80}),
                ],
                **values,
            }
        )
        contract.write({"state": "active"})
        return contract

    @classmethod
    def create_worker(cls, name, job, site=None, shift="any", contract=None, **values):
        contract = contract or cls.contract
        return cls.env["hr.employee"].create(
            {
                "name": name,
                "company_id": contract.company_id.id,
                "labor_vendor_id": contract.vendor_id.id,
                "labor_contract_id": contract.id,
                "labor_job_product_id": job.id if job else False,
                "labor_site_id": site.id if site else False,
                "labor_shift": shift,
                **values,
            }
        )

    @classmethod
    def create_timesheets(cls, entries, project=None):
        return cls.env["account.analytic.line"].create(
            [
                {
                    "name": f"{employee.name} on {day}",
                    "project_id": (project or cls.project).id,
                    "employee_id": employee.id,
                    "date": day,
                    "unit_amount": hours,
                }
                for employee, day, hours in entries
            ]
        )

    def create_settlement(self, user=None, contract=None, date_from="2025-03-01", date_to="2025-03-31"):
        settlement = (
            self.env["labor.settlement"]
            .with_user(user or self.user)
            .create({"contract_id": (contract or self.contract).id, "date_from": date_from, "date_to": date_to})
        )
        return settlement.with_env(self.env)

    def computed_settlement(self, deductions=True):
        settlement = self.create_settlement()
        settlement.action_compute()
        if deductions:
            settlement.write(
                {
                    "deduction_ids": [
                        Command.create({"reason": "Damaged safety gloves", "amount": 77.5}),
                        Command.create({"penalty_rule_id": self.rule_minor.id}),
                    ]
                }
            )
        return settlement


class TestSettlement(SettlementCommon):
    def test_computation_by_hand(self):
        settlement = self.computed_settlement()
        self.assertTrue(settlement.name.startswith("STL/"))
        self.assertEqual(settlement.state, "computed")
        self.assertEqual(settlement.vendor_id, self.settle_vendor)
        self.assertRecordValues(
            settlement.line_ids,
            [
                {
                    "job_product_id": self.operator.id,
                    "site_id": False,
                    "shift": "any",
                    "unit": "hour",
                    "quantity": 23.5,
                    "price": 30.0,
                    "subtotal": 705.0,
                    "timesheet_count": 4,
                    "worker_count": 1,
                },
                {
                    "job_product_id": self.operator.id,
                    "site_id": self.site.id,
                    "shift": "any",
                    "unit": "hour",
                    "quantity": 15.5,
                    "price": 32.0,
                    "subtotal": 496.0,
                    "timesheet_count": 2,
                    "worker_count": 1,
                },
                {
                    "job_product_id": self.operator.id,
                    "site_id": False,
                    "shift": "night",
                    "unit": "hour",
                    "quantity": 16.0,
                    "price": 36.0,
                    "subtotal": 576.0,
                    "timesheet_count": 2,
                    "worker_count": 1,
                },
                {
                    "job_product_id": self.cleaner.id,
                    "site_id": False,
                    "shift": "any",
                    "unit": "day",
                    "quantity": 2.0,
                    "price": 200.0,
                    "subtotal": 400.0,
                    "timesheet_count": 4,
                    "worker_count": 1,
                },
            ],
        )
        penalty = settlement.deduction_ids.filtered("penalty_rule_id")
        self.assertEqual((penalty.amount, penalty.reason), (150.0, "Minor non-conformance"))
        self.assertEqual(settlement.amount_untaxed_lines, 2177.0)
        self.assertEqual(settlement.amount_deductions, 227.5)
        self.assertEqual(settlement.amount_total, 1949.5)
        self.assertEqual(settlement.timesheet_ids, self.march)
        self.assertEqual(settlement.timesheet_count, 12)
        self.assertFalse(self.not_settled.labor_settlement_id)
        self.assertTrue(all(line.readonly_timesheet for line in self.march))
        with self.assertRefused(UserError, "Reset"):
            settlement.write({"date_to": "2025-03-15"})

    def test_each_timesheet_is_priced_with_the_assignment_of_its_day(self):
        # Eve works nights (36/h), then moves to Plant 1 (32/h) in the middle of the month
        eve = self.create_worker("Eve", self.operator, shift="night")
        nights = self.create_timesheets([(eve, "2025-03-10", 8), (eve, "2025-03-11", 8)])
        eve.write({"labor_site_id": self.site.id, "labor_shift": "day"})
        plant = self.create_timesheets([(eve, "2025-03-20", 6)])
        self.assertEqual(set(nights.mapped("labor_shift")), {"night"})
        self.assertFalse(nights.labor_site_id)
        self.assertEqual((plant.labor_site_id, plant.labor_shift), (self.site, "day"))
        # Fay logged a day before she had a job type: her current assignment prices it
        fay = self.create_worker("Fay", None)
        early = self.create_timesheets([(fay, "2025-03-12", 5)])
        self.assertFalse(early.labor_job_product_id)
        fay.labor_job_product_id = self.operator
        settlement = self.computed_settlement(deductions=False)
        self.assertRecordValues(
            settlement.line_ids,
            [
                {
                    "site_id": False,
                    "shift": "any",
                    "quantity": 28.5,
                    "price": 30.0,
                    "timesheet_count": 5,
                    "worker_count": 2,
                },
                {
                    "site_id": self.site.id,
                    "shift": "any",
                    "quantity": 21.5,
                    "price": 32.0,
                    "timesheet_count": 3,
                    "worker_count": 2,
                },
                {
                    "site_id": False,
                    "shift": "night",
                    "quantity": 32.0,
                    "price": 36.0,
                    "timesheet_count": 4,
                    "worker_count": 2,
                },
                {
                    "site_id": False,
                    "shift": "any",
                    "quantity": 2.0,
                    "price": 200.0,
                    "timesheet_count": 4,
                    "worker_count": 1,
                },
            ],
        )
        # giving a line to another worker gives it his assignment
        line = self.create_timesheets([(eve, "2025-04-02", 4)])
        line.employee_id = self.cid
        self.assertEqual((line.labor_site_id, line.labor_shift), (self.site.browse(), "night"))

    def test_a_timesheets_assignment_is_for_outsourcing_and_hr_users(self):
        own = new_test_user(self.env, "lo_ts_own", groups="hr_timesheet.group_hr_timesheet_user")
        self.cid.user_id = own
        line = self.create_timesheets([(self.cid, "2025-04-03", 2)])
        with self.assertRaises(AccessError):
            line.with_user(own).write({"labor_site_id": self.site.id})
        with self.assertRaises(AccessError):
            line.with_user(own).read(["labor_shift"])
        line.with_user(own).write({"unit_amount": 3})  # his own line stays his to log
        self.assertEqual((line.unit_amount, line.labor_site_id, line.labor_shift), (3, self.site.browse(), "night"))

    def test_recompute_keeps_manual_deductions(self):
        settlement = self.computed_settlement()
        # Bob was not on Plant 1 in March after all: his worker record and his March lines are
        # corrected, he is paid at the generic rate with Ann
        self.bob.labor_site_id = False
        bob_march = self.march.filtered(lambda t: t.employee_id == self.bob)
        approver = new_test_user(
            self.env,
            "lo_ts_approver",
            groups="labor_outsourcing.group_labor_user,hr_timesheet.group_hr_timesheet_approver",
        )
        with self.assertRefused(UserError, "settled and locked"):
            bob_march.with_user(approver).labor_site_id = False
        settlement.action_reset_draft()
        bob_march.with_user(approver).labor_site_id = False
        settlement.action_compute()
        self.assertEqual(len(settlement.line_ids), 3)
        self.assertEqual(settlement.line_ids[0].quantity, 39.0)
        self.assertEqual(settlement.amount_untaxed_lines, 2177.0 - 15.5 * 2)
        self.assertEqual(len(settlement.deduction_ids), 2)
        self.assertEqual(settlement.timesheet_ids, self.march)

    def test_confirm_creates_the_purchase_order(self):
        settlement = self.computed_settlement()
        settlement.action_confirm()
        order = settlement.purchase_order_id
        self.assertEqual(settlement.state, "confirmed")
        self.assertEqual(order.state, "draft")
        self.assertEqual(order.partner_id, self.settle_vendor)
        self.assertEqual(order.labor_settlement_id, settlement)
        self.assertEqual(order.origin, settlement.name)
        self.assertEqual(order.company_id, self.company)
        deduction_product = self.env.ref("labor_outsourcing.product_settlement_deduction")
        units = self.env.ref("uom.product_uom_unit")
        self.assertRecordValues(
            order.order_line,
            [
                {
                    "product_id": self.operator.id,
                    "product_qty": 23.5,
                    "price_unit": 30.0,
                    "product_uom": self.uom_hour.id,
                },
                {
                    "product_id": self.operator.id,
                    "product_qty": 15.5,
                    "price_unit": 32.0,
                    "product_uom": self.uom_hour.id,
                },
                {
                    "product_id": self.operator.id,
                    "product_qty": 16.0,
                    "price_unit": 36.0,
                    "product_uom": self.uom_hour.id,
                },
                {
                    "product_id": self.cleaner.id,
                    "product_qty": 2.0,
                    "price_unit": 200.0,
                    "product_uom": self.uom_day.id,
                },
                {"product_id": deduction_product.id, "product_qty": 1.0, "price_unit": -77.5, "product_uom": units.id},
                {"product_id": deduction_product.id, "product_qty": 1.0, "price_unit": -150.0, "product_uom": units.id},
            ],
        )
        self.assertFalse(order.order_line[4:].taxes_id, "deductions are not taxed")
        self.assertIn("Plant 1", order.order_line[1].name)
        self.assertIn("Night Shift", order.order_line[2].name)
        self.assertIn("Damaged safety gloves", order.order_line[4].name)
        self.assertEqual(order.amount_untaxed, 1949.5)
        self.assertEqual(order.action_view_labor_settlement()["res_id"], settlement.id)
        self.assertEqual(settlement.action_view_purchase_order()["res_id"], order.id)

        # the vendor bill follows the standard purchase flow
        order.button_confirm()
        order.action_create_invoice()
        self.assertEqual(order.invoice_ids.amount_untaxed, 1949.5)
        self.assertEqual(order.invoice_ids.partner_id, self.settle_vendor)

    def test_purchase_unit_of_measure(self):
        settlement = self.create_settlement()
        units = self.env.ref("uom.product_uom_unit")
        lines = self.env["labor.settlement.line"].create(
            [
                {"settlement_id": settlement.id, "job_product_id": self.operator.id, "unit": "hour"},
                {"settlement_id": settlement.id, "job_product_id": self.operator.id, "unit": "day"},
                {"settlement_id": settlement.id, "job_product_id": self.operator.id, "unit": "month"},
                {"settlement_id": settlement.id, "job_product_id": self.forklift.id, "unit": "hour"},
            ]
        )
        self.assertEqual(self.forklift.uom_id, units)
        self.assertEqual(
            [line._purchase_uom() for line in lines],
            [self.uom_hour, self.uom_day, self.uom_hour, units],
            "Hours/Days when the job type's unit is a working time; otherwise the job type's unit",
        )

    def test_settled_timesheets_are_locked(self):
        settlement = self.computed_settlement()
        settled = self.march[0]
        free = self.not_settled[0]
        for vals in (
            {"unit_amount": 10},
            {"date": "2025-03-10"},
            {"name": "Changed"},
            {"employee_id": self.bob.id},
            {"project_id": self.other_project.id},
        ):
            with self.assertRefused(UserError, settlement.name):
                (settled | free).write(vals)
        self.assertEqual((settled.unit_amount, free.unit_amount), (8.0, 8.0), "nothing half-saved")
        with self.assertRefused(UserError, "settled and locked"):
            settled.unlink()
        with self.assertRefused(UserError, "by computing the settlement"):
            free.write({"labor_settlement_id": settlement.id})
        with self.assertRefused(UserError, "by computing the settlement"):
            settled.write({"labor_settlement_id": False})
        with self.assertRefused(UserError, "by computing the settlement"):
            settled.with_user(self.manager).with_context(labor_settlement_link=True).write(
                {"labor_settlement_id": False}
            )
        self.assertTrue(settled.exists())
        self.assertEqual(settled.labor_settlement_id, settlement)
        settled.write({"ref": "Checked by the supervisor"})  # not priced: stays writable
        free.write({"unit_amount": 9})

        settlement.action_reset_draft()
        self.assertFalse(settlement.line_ids)
        self.assertFalse(self.march.labor_settlement_id)
        settled.write({"unit_amount": 10})
        self.assertEqual(settled.unit_amount, 10.0)

    def test_no_double_settlement(self):
        first = self.computed_settlement()
        first.action_confirm()
        second = self.create_settlement()
        with self.assertRefused(UserError, f"already settled by {first.name}"):
            second.action_compute()
        self.assertEqual(second.state, "draft")
        self.assertFalse(second.line_ids)
        # a late timesheet of the period is settled by the second settlement alone
        late = self.create_timesheets([(self.cid, "2025-03-28", 6)])
        second.action_compute()
        self.assertEqual(second.timesheet_ids, late)
        self.assertEqual(second.amount_untaxed_lines, 216.0)
        self.assertEqual(first.timesheet_ids, self.march)
        # the settlement cannot take lines another one took meanwhile (nothing linked)
        with self.assertRefused(UserError, "settled by another settlement meanwhile"):
            second._link_timesheets(self.march[:1] | self.not_settled[:1])
        self.assertEqual(self.march[:1].labor_settlement_id, first)
        self.assertFalse(self.not_settled[:1].labor_settlement_id)
        # a source is deducted once
        source = {"source_model": "res.partner", "source_id": self.settle_vendor.id}
        second.write({"deduction_ids": [Command.create(dict(source, reason="Late report", amount=10))]})
        third = self.create_settlement(date_from="2025-04-01", date_to="2025-04-30")
        with self.assertRefused(ValidationError, "already deducted"):
            third.write({"deduction_ids": [Command.create(dict(source, reason="Late report", amount=10))]})

    def test_cancel_while_the_purchase_order_is_a_draft(self):
        settlement = self.computed_settlement()
        settlement.action_confirm()
        order = settlement.purchase_order_id
        settlement.action_cancel()
        self.assertEqual(settlement.state, "cancel")
        self.assertEqual(order.state, "cancel")
        self.assertFalse(self.march.labor_settlement_id, "timesheets released")
        self.assertEqual(len(settlement.line_ids), 4, "the cancelled settlement keeps its lines")
        self.march[0].write({"unit_amount": 9})
        # settled again by a new settlement
        again = self.create_settlement()
        again.action_compute()
        self.assertEqual(again.timesheet_ids, self.march)
        self.assertEqual(again.amount_total, 2177.0 + 30.0)
        # the cancelled one can be reset (it is then empty) and deleted by a manager
        settlement.action_reset_draft()
        self.assertFalse(settlement.line_ids)
        self.assertFalse(settlement.purchase_order_id)
        settlement.with_user(self.manager).unlink()
        self.assertFalse(settlement.exists())

    def test_cancel_refused_once_the_purchase_order_is_confirmed(self):
        settlement = self.computed_settlement()
        settlement.action_confirm()
        settlement.purchase_order_id.button_confirm()
        self.assertEqual(settlement.purchase_order_id.state, "purchase")
        with self.assertRefused(UserError, "is confirmed"):
            settlement.action_cancel()
        self.assertEqual(settlement.state, "confirmed")
        self.assertEqual(settlement.timesheet_ids, self.march)
        with self.assertRefused(UserError, "can no longer change"):
            settlement.deduction_ids[0].write({"amount": 1})
        with self.assertRefused(UserError, "Only computed or cancelled"):
            settlement.action_reset_draft()
        with self.assertRefused(UserError, "reset it to draft or cancel it"):
            settlement.with_user(self.manager).unlink()

    def test_access_rights(self):
        for user in (self.user_plain, self.user_portal):
            with self.assertRaises(AccessError, msg=user.login):
                self.create_settlement(user=user)
        settlement = self.create_settlement(user=self.user)
        for user in (self.user_plain, self.user_portal):
            with self.assertRaises(AccessError, msg=user.login):
                settlement.with_user(user).read(["name"])
            with self.assertRaises(AccessError, msg=user.login):
                settlement.with_user(user).action_compute()
        # an Outsourcing User computes and confirms (without purchase rights) ...
        as_user = settlement.with_user(self.user)
        as_user.action_compute()
        as_user.write({"deduction_ids": [Command.create({"reason": "Manual", "amount": 5})]})
        as_user.deduction_ids.unlink()
        as_user.action_confirm()
        self.assertTrue(settlement.purchase_order_id)
        self.assertEqual(as_user.purchase_state, "draft")
        as_user.action_cancel()
        # ... but does not delete settlements; a manager does
        with self.assertRaises(AccessError):
            as_user.unlink()
        with self.assertRaises(AccessError):
            settlement.line_ids[0].with_user(self.user).unlink()
        settlement.with_user(self.manager).unlink()
        self.assertFalse(settlement.exists())

    def test_forms_open_without_purchase_or_timesheet_rights(self):
        settlement = self.computed_settlement()
        settlement.action_confirm()
        with Form(settlement.with_user(self.user)) as form:
            self.assertEqual(form.amount_total, 1949.5)
            self.assertEqual(form.state, "confirmed")
        buyer = new_test_user(self.env, "lo_buyer", groups="purchase.group_purchase_user")
        with Form(settlement.purchase_order_id.with_user(buyer)) as form:
            self.assertEqual(form.partner_id, self.settle_vendor)
        self.assertIn("labor_outsourcing.menu_labor_settlement", self.visible_menus(self.user))
        self.assertNotIn("labor_outsourcing.menu_labor_settlement", self.visible_menus(self.user_plain))

    def test_multi_company_isolation(self):
        contract_2 = self.create_active_contract(
            self.settle_vendor, self.env["project.project"], company=self.company_2
        )
        settlement_2 = (
            self.env["labor.settlement"]
            .with_user(self.manager_company_2)
            .create({"contract_id": contract_2.id, "date_from": "2025-03-01", "date_to": "2025-03-31"})
        )
        self.assertEqual(settlement_2.company_id, self.company_2)
        settlement_2.sudo().write({"deduction_ids": [Command.create({"reason": "Company 2", "amount": 1})]})
        settlement = self.create_settlement()
        Settlement = self.env["labor.settlement"]
        self.assertEqual(Settlement.with_user(self.manager).search([("date_from", "=", "2025-03-01")]), settlement)
        self.assertEqual(
            Settlement.with_user(self.manager_company_2).search([("date_from", "=", "2025-03-01")]), settlement_2
        )
        with self.assertRaises(AccessError):
            settlement_2.with_user(self.manager).read(["name"])
        with self.assertRaises(AccessError):
            settlement_2.deduction_ids.with_user(self.manager).read(["reason"])
        with self.assertRaises(AccessError):
            settlement.with_user(self.manager_company_2).read(["name"])

    def test_bad_input(self):
        with self.assertRefused(ValidationError, "before it starts"):
            self.create_settlement(date_from="2025-03-31", date_to="2025-03-01")
        with self.assertRefused(ValidationError, "outside the contract"):
            self.create_settlement(date_from="2024-12-01", date_to="2024-12-31")
        with self.assertRefused(ValidationError, "outside the contract"):
            self.create_settlement(date_from="2025-12-01", date_to="2026-01-31")

        eve = self.create_worker("Eve", self.forklift, shift="day")
        self.create_timesheets([(eve, "2025-03-10", 8)])
        self.create_worker("Fay", None)  # without timesheets: not a problem
        settlement = self.create_settlement()
        with self.assertRefused(UserError, "Eve (job type: Forklift Driver, site: none, shift: Day Shift)"):
            settlement.action_compute()
        self.assertEqual(settlement.state, "draft")
        self.assertFalse(self.march.labor_settlement_id, "nothing half-saved")

        with self.assertRefused(UserError, "no timesheet of the workers"):
            self.create_settlement(date_from="2025-06-01", date_to="2025-06-30").action_compute()

        with self.assertRefused(ValidationError, "positive amount"):
            settlement.write({"deduction_ids": [Command.create({"reason": "Nothing", "amount": 0})]})

        draft = self.env["labor.contract"].create(
            {
                "title": "Draft",
                "vendor_id": self.settle_vendor.id,
                "date_start": "2025-01-01",
                "date_end": "2025-12-31",
                "project_ids": [Command.set(self.project.ids)],
            }
        )
        with self.assertRefused(UserError, "only active contracts"):
            self.create_settlement(contract=draft).action_compute()

    def test_terminated_contract_settles_until_its_termination(self):
        self.contract.write({"state": "terminated", "termination_date": "2025-03-31"})
        settlement = self.create_settlement()
        settlement.action_compute()
        self.assertEqual(settlement.amount_untaxed_lines, 2177.0)
        with self.assertRefused(ValidationError, "outside the contract"):
            self.create_settlement(date_from="2025-04-01", date_to="2025-04-30")

    def test_demo_settlement_is_confirmed(self):
        demo = self.env.ref("labor_outsourcing.demo_settlement_last_month")
        self.assertEqual(demo.state, "confirmed")
        self.assertEqual(demo.purchase_order_id.partner_id, self.env.ref("labor_outsourcing.demo_vendor_hengxin"))
        self.assertEqual(demo.amount_untaxed_lines, 2638.0)
        self.assertEqual(demo.amount_total, 2562.0)
        self.assertEqual(demo.purchase_order_id.amount_untaxed, 2562.0)
        self.assertEqual(len(demo.timesheet_ids), 8)


@tagged("is_query_count")
class TestSettlementPerformance(SettlementCommon):
    def settle_month(self, month, count):
        """A settlement of ``month`` with ``count`` timesheets spread over the four workers."""
        workers = [self.ann, self.bob, self.cid, self.dan]
        self.create_timesheets(
            [(workers[i % 4], f"2025-{month:02d}-{1 + i % 28:02d}", 1 + i % 3) for i in range(count)]
        )
        return self.create_settlement(date_from=f"2025-{month:02d}-01", date_to=f"2025-{month:02d}-28")

    def count_queries(self, settlement):
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        settlement.with_user(self.user).action_compute()
        self.env.flush_all()
        return self.cr.sql_log_count - before

    def test_query_count_does_not_grow_with_the_timesheets(self):
        warmup, ten, hundred = self.settle_month(5, 8), self.settle_month(6, 10), self.settle_month(7, 100)
        self.count_queries(warmup)
        queries = self.count_queries(ten)
        self.assertEqual(len(ten.timesheet_ids), 10)
        self.env.invalidate_all()
        with self.assertQueryCount(queries):
            hundred.with_user(self.user).action_compute()
        self.assertEqual(len(hundred.line_ids), 4)
        self.assertEqual(hundred.timesheet_count, 100)
