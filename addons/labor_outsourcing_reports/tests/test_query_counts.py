# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo import Command
from odoo.models import INSERT_BATCH_SIZE

from .common import Q2_FROM, Q2_TO, EvaluationCommon

MANY = 20


class TestQueryCounts(EvaluationCommon):
    """The KPI engine and the start of a campaign read each source once for all the
    vendors: as many queries for 2 vendors as for 20."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.populated = cls.env["res.partner"]
        for index in range(MANY):
            cls.populated |= cls.populate(index)

    @classmethod
    def populate(cls, index):
        """A vendor with one record of every source in 2025 Q2."""
        vendor = cls.create_vendor(f"Busy Staffing {index}", state="approved", documents=False)
        contract = cls.create_kpi_contract(vendor)
        worker = cls.create_worker(f"Busy worker {index}", contract)
        cls.timesheet(worker, contract, date(2025, 5, 5), 160)
        cls.done_inspection(cls.kpi_plan(contract), date(2025, 5, 6), verdict="fail" if index % 3 else "pass")
        ncr = cls.ncr(vendor, contract, date(2025, 5, 7), "major", state="closed", date_closed=date(2025, 5, 17))
        cls.env["labor.ncr.action"].create(
            {
                "ncr_id": ncr.id,
                "name": "Fix",
                "date_deadline": date(2025, 5, 15),
                "state": "done",
                "date_done": date(2025, 5, 14),
                "evidence": "ok",
            }
        )
        cls.issue(vendor, contract, datetime(2025, 5, 8, 8), datetime(2025, 5, 8, 9), datetime(2025, 5, 9, 9))
        cls.settlement(contract, date(2025, 5, 1), date(2025, 5, 31), 31000)  # 31 days of 1,000
        cls.survey_answer(vendor, [4, 4, 5, 4, 4], datetime(2025, 5, 20, 10))
        cls.task(contract.project_ids, date(2025, 5, 1), date(2025, 5, 20), date(2025, 5, 19))
        return vendor

    def count_queries(self, function):
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        function()
        return self.cr.sql_log_count - before

    def test_engine_query_count_does_not_grow_with_vendors(self):
        Engine = self.Engine
        results = Engine._compute_kpis(self.populated, Q2_FROM, Q2_TO)  # warm the caches
        self.assertEqual(results[self.populated[0].id]["cost_saving_rate"]["value"], 0.0)
        self.assertEqual(results[self.populated[1].id]["quality_pass_rate"]["value"], 0.0)
        self.assertEqual(results[self.populated[3].id]["quality_pass_rate"]["value"], 100.0)
        few = self.count_queries(lambda: Engine._compute_kpis(self.populated[:2], Q2_FROM, Q2_TO))
        many = self.count_queries(lambda: Engine._compute_kpis(self.populated, Q2_FROM, Q2_TO))
        self.assertEqual(few, many, "as many queries for 2 vendors as for 20")
        self.assertLessEqual(many, 40)
        few = self.count_queries(lambda: Engine._compute_kpis(self.populated[:2], Q2_FROM, Q2_TO, group_by="contract"))
        many = self.count_queries(lambda: Engine._compute_kpis(self.populated, Q2_FROM, Q2_TO, group_by="contract"))
        self.assertEqual(few, many, "per contract too")

    def test_campaign_start_query_count_does_not_grow_with_vendors(self):
        def campaign(vendors):
            return self.env["labor.evaluation.campaign"].create(
                {
                    "year": 2025,
                    "period_index": 2,
                    "template_id": self.template.id,
                    "vendor_ids": [Command.set(vendors.ids)],
                    "evaluator_ids": [Command.set((self.evaluator_1 | self.evaluator_2).ids)],
                }
            )

        campaign(self.populated[:3]).action_start()  # warm the caches
        two, five, many = campaign(self.populated[:2]), campaign(self.populated[:5]), campaign(self.populated)
        two_count = self.count_queries(two.action_start)
        five_count = self.count_queries(five.action_start)
        many_count = self.count_queries(many.action_start)
        self.assertEqual(len(many.evaluation_ids), MANY)
        self.assertEqual(len(many.evaluation_ids.sheet_ids), 2 * MANY)
        self.assertEqual(two_count, five_count, "as many queries for 2 vendors as for 5")
        # for 20 vendors only Odoo's batched INSERTs (100 rows per query) add queries: 240 criterion
        # lines and 340 KPI values are inserted in 3 and 4 queries instead of 1
        lines = len(many.evaluation_ids.line_ids)
        values = len(many.evaluation_ids.kpi_value_ids)
        extra = (-(-lines // INSERT_BATCH_SIZE) - 1) + (-(-values // INSERT_BATCH_SIZE) - 1)
        self.assertEqual((lines, values, extra), (240, 340, 5))
        self.assertEqual(many_count, two_count + extra)
