# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The benchmark's ``small`` scale in ``make test``: the generator makes what the
measurements rely on, and the targets that hold at any scale are asserted — settlement
queries independent of the number of timesheets, every daily cron idempotent (its second
run writes nothing) and doing real work on the first run, timesheets logged without a
query per line. Time ratios are the benchmark's business (BENCHMARKS.md), not the tests'."""

from datetime import date, datetime, time, timedelta

from odoo.tests import TransactionCase

from odoo.addons.labor_outsourcing.tests.common import fixed_clock_patchers

from bench import m_crons, m_settlement
from bench.common import Measure
from bench.generate import SCALES, generate

SMALL = SCALES["small"]


class BenchSmallCase(TransactionCase):
    """The ``small`` data set, generated once for the class (rolled back after it)."""

    # Odoo tags the test classes of its addons from their module path (odoo.addons.X);
    # this one lives in the repository's tests/ and exercises the three addons
    test_tags = {"standard", "at_install"}
    test_module = "labor_outsourcing_reports"
    test_sequence = 0

    #: the data's "today", and the clock's while the class runs (tests/test_anchored_dates.py
    #: runs the date-sensitive parts at the calendar's edges)
    anchor = date(2026, 6, 16)

    @classmethod
    def setUpClass(cls):
        for patcher in fixed_clock_patchers(datetime.combine(cls.anchor, time(4, 0))):
            cls.startClassPatcher(patcher)
        super().setUpClass()
        cls.manifest = generate(cls.env, "small", seed=7, anchor=cls.anchor)


class TestBenchSmall(BenchSmallCase):
    def test_generated_data(self):
        counts = self.manifest["counts"]
        self.assertEqual(len(self.manifest["vendor_ids"]), SMALL["vendors"])
        self.assertGreaterEqual(counts["hr.employee"], SMALL["workers"])
        self.assertGreaterEqual(counts["account.analytic.line"], SMALL["timesheets"])
        self.assertGreaterEqual(counts["labor.inspection"], SMALL["inspections"])
        vendors = self.env["res.partner"].browse(self.manifest["vendor_ids"])
        inspections = self.env["labor.inspection"].search([("vendor_id", "in", vendors.ids)])
        self.assertEqual(len(inspections), SMALL["inspections"])
        done = inspections.filtered(lambda i: i.state == "done")
        self.assertTrue(done.filtered(lambda i: i.result == "failed"), "some inspections failed")
        self.assertTrue(all(len(i.answer_ids) == 3 for i in done), "done inspections have their answers")
        ncrs = self.env["labor.ncr"].search([("vendor_id", "in", vendors.ids)])
        self.assertEqual(len(ncrs), SMALL["ncrs"])
        self.assertTrue(ncrs.filtered("inspection_id"), "failed inspections have their NCRs")
        self.assertLessEqual({"closed", "analysis", "action_plan"}, set(ncrs.mapped("state")))
        self.assertTrue(ncrs.action_ids.filtered("is_overdue"), "some corrective actions are overdue")
        campaign = self.env["labor.vendor.evaluation"].search([("vendor_id", "in", vendors.ids)]).campaign_id
        self.assertEqual(campaign.state, "done", "the campaign went through its buttons")
        self.assertEqual(len(campaign.evaluation_ids), SMALL["vendors"])

    def test_scope_vendors_have_exactly_their_records(self):
        small, large = self.manifest["scope"]["sizes"]
        models = {
            "labor.contract": "vendor_id",
            "labor.vendor.document": "vendor_id",
            "hr.employee": "labor_vendor_id",
            "labor.worker.proposal": "vendor_id",
            "labor.progress.report": "vendor_id",
            "labor.settlement": "vendor_id",
            "labor.inspection": "vendor_id",
            "labor.ncr": "vendor_id",
            "labor.issue": "vendor_id",
            "labor.vendor.evaluation": "vendor_id",
        }
        for key, size in (("small", small), ("large", large)):
            vendor_id = self.manifest["scope"][key]["vendor_id"]
            for model, field in models.items():
                with self.subTest(scope=key, model=model):
                    self.assertEqual(self.env[model].search_count([(field, "=", vendor_id)]), size)
            user = self.env["res.users"].browse(self.manifest["scope"][key]["user_id"])
            self.assertTrue(user.has_group("base.group_portal"))
            self.assertEqual(user.partner_id.commercial_partner_id.id, vendor_id)

    def test_settlement_queries_do_not_grow_with_timesheets(self):
        specs = self.manifest["settlement"]
        self.assertEqual((specs["small"]["lines"], specs["large"]["lines"]), SMALL["settlement_lines"])
        rows = m_settlement.measure(self.env, self.manifest)
        queries = next(r for r in rows if r["unit"] == "queries")
        self.assertEqual(queries["value"], queries["reference_value"], queries)
        self.assertTrue(queries["ok"])
        # the measurement left nothing behind
        self.assertFalse(self.env["labor.settlement"].search([("contract_id", "=", specs["large"]["contract_id"])]))

    def test_daily_crons_are_idempotent(self):
        rows = m_crons.measure(self.env, self.manifest)
        self.assertEqual(len(rows), 2 * len(m_crons.CRONS))
        for first, second in zip(rows[::2], rows[1::2]):
            with self.subTest(cron=first["name"]):
                self.assertEqual(second["value"], 0, second["details"]["wrote"])
                self.assertTrue(second["ok"])
        worked = {r["name"].split(":")[0] for r in rows[::2] if r["details"]["writes"]}
        # the data set gives every reminder cron something to do (the approval escalation
        # needs reviews pending for days: none in the generated data)
        expected = {label for _xmlid, label in m_crons.CRONS} - {"Approval escalation"}
        self.assertEqual(expected - worked, set(), "crons that found nothing to do")
        # rolled back: a second measurement finds the same work to do
        again = m_crons.measure(self.env, self.manifest)
        self.assertEqual([r["details"]["writes"] for r in again[::2]], [r["details"]["writes"] for r in rows[::2]])

    def test_logging_timesheets_has_no_query_per_line(self):
        contract = self.env["labor.contract"].browse(self.manifest["settlement"]["small"]["contract_id"])
        workers = self.env["hr.employee"].search([("labor_contract_id", "=", contract.id)])
        project = contract.project_ids[:1]
        day = date.fromisoformat(self.manifest["settlement"]["small"]["date_from"]) - timedelta(days=20)

        def log(count):
            vals = [
                {
                    "name": "Shift",
                    "employee_id": workers[i % len(workers)].id,
                    "project_id": project.id,
                    "date": day + timedelta(days=i % 15),
                    "unit_amount": 1.0,
                }
                for i in range(count)
            ]
            self.env.invalidate_all()
            with Measure(self.env) as measure:
                self.env["account.analytic.line"].create(vals)
            return measure.queries

        log(5)  # warm-up
        self.assertEqual(log(10), log(100))
