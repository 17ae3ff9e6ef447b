# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import date, timedelta
from unittest.mock import patch

from odoo import fields
from odoo.exceptions import AccessError, UserError

from .common import QualityCommon


class TestInspection(QualityCommon):
    def test_result_from_the_answers(self):
        plan = self.create_plan()
        inspection = self.create_inspection(plan)
        self.assertTrue(inspection.name.startswith("INS/"), inspection.name)
        self.assertEqual(
            (inspection.contract_id, inspection.vendor_id, inspection.site_id),
            (self.contract, self.q_vendor, self.site),
        )
        inspection.with_user(self.inspector).action_start()
        self.assertEqual(inspection.state, "in_progress")
        self.assertEqual(inspection.answer_ids.mapped("name"), ["Helmets worn", "Torque", "Housekeeping"])
        with self.assertRefused(UserError, "Torque, Housekeeping"):
            inspection.answer_ids[0].verdict = "pass"
            inspection.action_done()
        self.answer(inspection, value=10.5, choice="acceptable")  # at the tolerance; choices ignore case
        self.assertEqual(set(inspection.answer_ids.mapped("conforming")), {"yes"})
        inspection.with_user(self.inspector).action_done()
        self.assertEqual((inspection.state, inspection.result), ("done", "passed"))
        self.assertFalse(inspection.ncr_ids)
        with self.assertRefused(UserError, "cannot change"):
            inspection.answer_ids[0].verdict = "fail"

    def test_failed_inspection_opens_a_prefilled_ncr(self):
        plan = self.create_plan(ncr_severity="major")
        inspection = self.create_inspection(plan, employee_ids=[(6, 0, self.worker.ids)])
        inspection.action_start()
        self.answer(inspection, value=10.6)  # torque out of tolerance
        inspection.with_user(self.inspector).action_done()
        self.assertEqual(inspection.result, "failed")
        ncr = inspection.ncr_id
        self.assertTrue(ncr)
        self.assertEqual(ncr.state, "draft")
        self.assertEqual(
            (
                ncr.source,
                ncr.severity,
                ncr.vendor_id,
                ncr.contract_id,
                ncr.site_id,
                ncr.employee_ids,
                ncr.detected_by_id,
                ncr.detected_on,
                ncr.inspection_id,
            ),
            (
                "inspection",
                "major",
                self.q_vendor,
                self.contract,
                self.site,
                self.worker,
                self.inspector,
                date(2025, 3, 10),
                inspection,
            ),
        )
        self.assertEqual(ncr.category_id, self.env.ref("labor_outsourcing_quality.ncr_category_quality"))
        self.assertIn("Torque", ncr.description)
        self.assertEqual((ncr.qty_checked, ncr.qty_nonconforming), (3, 1))
        self.assertEqual(inspection.action_view_ncr()["res_id"], ncr.id)

    def test_photo_required(self):
        plan = self.create_plan()
        plan.item_ids.filtered(lambda i: i.name == "Helmets worn").photo_required = True
        inspection = self.create_inspection(plan)
        inspection.action_start()
        self.answer(inspection)
        with self.assertRefused(UserError, "Helmets worn"):
            inspection.action_done()
        photo = self.env["ir.attachment"].create(
            {"name": "helmets.jpg", "datas": base64.b64encode(b"jpeg"), "res_model": "labor.inspection.answer"}
        )
        inspection.answer_ids[0].attachment_ids = photo
        inspection.action_done()
        self.assertEqual(inspection.result, "passed")

    def test_fixed_and_full_sampling(self):
        plan = self.create_plan(sampling_method="fixed", sample_size=8, acceptance_number=1)
        inspection = self.create_inspection(plan, lot_size=40)
        inspection.action_start()
        self.assertEqual((inspection.sample_size, inspection.accept_number, inspection.reject_number), (8, 1, 2))
        self.answer(inspection)
        inspection.nonconforming_qty = 2
        inspection.action_done()
        self.assertEqual((inspection.result, inspection.lot_accepted), ("failed", False))
        self.assertIn("Lot not accepted", inspection.ncr_id.description)
        self.assertEqual((inspection.ncr_id.qty_checked, inspection.ncr_id.qty_nonconforming), (8, 2))

        plan.sampling_method = "full"
        full = self.create_inspection(plan, lot_size=6)
        with self.assertRefused(UserError, "lot size"):
            self.create_inspection(plan).action_start()
        full.action_start()
        self.assertEqual(full.sample_size, 6)
        self.answer(full)
        full.nonconforming_qty = 1
        full.action_done()
        self.assertEqual((full.result, full.lot_accepted), ("passed", True))

    def test_iso_2859_sampling_and_switching(self):
        """Lot 500, AQL 2.5, level II: code H, n 50; normal Ac 3, tightened Ac 2 (Tables 1,
        2-A, 2-B). Two lots not accepted in five switch the vendor to tightened inspection."""
        plan = self.create_plan(sampling_method="iso2859", aql="2.5", inspection_level="II", item_ids=[])
        results = []
        for nonconforming in (4, 0, 4):
            inspection = self.create_inspection(plan, lot_size=500, lot_reference=f"LOT-{nonconforming}")
            inspection.action_start()
            self.assertEqual(
                (
                    inspection.severity,
                    inspection.code_letter,
                    inspection.sample_size,
                    inspection.accept_number,
                    inspection.reject_number,
                ),
                ("normal", "H", 50, 3, 4),
            )
            inspection.nonconforming_qty = nonconforming
            inspection.action_done()
            results.append(inspection.result)
        self.assertEqual(results, ["failed", "passed", "failed"])
        switching = plan.switching_ids
        self.assertEqual(
            (switching.vendor_id, switching.severity, switching.lot_count), (self.q_vendor, "tightened", 3)
        )
        tightened = self.create_inspection(plan, lot_size=500)
        tightened.action_start()
        self.assertEqual((tightened.severity, tightened.sample_size, tightened.accept_number), ("tightened", 50, 2))
        tightened.nonconforming_qty = 3  # accepted under normal inspection, not under tightened
        tightened.action_done()
        self.assertEqual(tightened.result, "failed")
        self.assertEqual(len(plan.inspection_ids.ncr_ids), 3)
        # another vendor starts on normal inspection
        other = self.create_vendor("Other Lot Vendor", state="approved")
        inspection = self.create_inspection(plan, lot_size=500, vendor_id=other.id, contract_id=False)
        inspection.action_start()
        self.assertEqual(inspection.severity, "normal")

    def test_switching_state_is_read_under_a_row_lock(self):
        """Recording a lot locks the vendor's switching row and reads it again: what another
        transaction committed meanwhile (here written behind the ORM's back) is not lost."""
        plan = self.create_plan(sampling_method="iso2859", aql="2.5", item_ids=[])
        switching = plan._switching_for(self.q_vendor)
        self.assertEqual(switching.lot_count, 0)
        queries = []
        execute = type(self.env.cr).execute

        def spy(cr, query, params=None, log_exceptions=True):
            queries.append(str(query.code if hasattr(query, "code") else query))
            return execute(cr, query, params, log_exceptions)

        self.env.cr.execute("UPDATE labor_inspection_switching SET lot_count = 7 WHERE id = %s", [switching.id])
        with patch.object(type(self.env.cr), "execute", spy):
            switching._record(500, "2.5", 0, "II")
        self.assertTrue(any("FOR UPDATE" in q and "labor_inspection_switching" in q for q in queries))
        self.assertEqual(switching.lot_count, 8, "the committed count, not the cached one, plus one")

    def test_discontinued_inspection_needs_a_manager_to_resume(self):
        plan = self.create_plan(sampling_method="iso2859", aql="2.5", item_ids=[])
        switching = plan._switching_for(self.q_vendor)
        switching.state_data = {"severity": "tightened", "rejected_on_tightened": 5, "discontinued": True}
        self.assertTrue(switching.discontinued)
        with self.assertRefused(UserError, "discontinued"):
            self.create_inspection(plan, lot_size=500).action_start()
        with self.assertRaises(AccessError):
            switching.with_user(self.inspector).action_resume()
        switching.with_user(self.manager).action_resume()
        self.assertEqual((switching.severity, switching.discontinued), ("tightened", False))

    def test_scheduling_cron_is_idempotent(self):
        Plan = self.env["labor.inspection.plan"]
        today = fields.Date.context_today(Plan)
        monthly = self.create_plan(next_date=today - timedelta(days=40))  # one month missed
        weekly = self.create_plan(name="Weekly walk", frequency="weekly", next_date=today)
        self.create_plan(name="Per lot", frequency="lot", next_date=today)
        self.create_plan(name="Future", next_date=today + timedelta(days=3))
        created = Plan._cron_schedule_inspections()
        self.assertEqual(set(created.plan_id.ids), {monthly.id, weekly.id})
        self.assertEqual(set(created.mapped("kind")), {"scheduled"})
        self.assertEqual(set(created.mapped("inspector_id")), {self.inspector})
        monthly_inspection = created.filtered(lambda i: i.plan_id == monthly)
        self.assertEqual(len(monthly_inspection), 1, "missed periods do not pile up")
        self.assertLessEqual(monthly_inspection.date, today)
        self.assertGreater(monthly.next_date, today)
        self.assertEqual(weekly.next_date, today + timedelta(weeks=1))
        self.assertFalse(Plan._cron_schedule_inspections())
        # the same date again (plan moved back by hand) creates no duplicate
        weekly.next_date = today
        self.assertFalse(Plan._cron_schedule_inspections())
        with patch("odoo.fields.Date.context_today", return_value=today + timedelta(weeks=1)):
            self.assertIn(weekly, Plan._cron_schedule_inspections().plan_id)
