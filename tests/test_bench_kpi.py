# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Section 2 of the benchmark on small data: the SQL floor gives the KPI engine's values
for every vendor and KPI (the hand-computed data set of the evaluation tests, busy
vendors with a record of every source, and a vendor with the edge cases of each rule);
the engine, the scorecards and the campaign start read as many queries for 10 % of the
vendors as for all of them. No time is asserted here (see BENCHMARKS.md)."""

from datetime import date, datetime, timedelta
from unittest.mock import patch

from odoo import Command
from odoo import fields as odoo_fields
from odoo import models as odoo_models

from odoo.addons.labor_outsourcing_reports.tests.common import Q2_FROM, Q2_TO, EvaluationCommon

from bench import m_kpi
from bench.kpi_floor import floor_aggregates, floor_values

BUSY = 12


class TestBenchKpi(EvaluationCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.busy = cls.env["res.partner"]
        for index in range(BUSY):
            cls.busy |= cls.populate(index)
        cls.edge_vendor = cls.build_edge_cases()
        # last: its training plan makes the other workers of the job non-compliant
        cls.build_kpi_data_set()
        cls.empty_vendor = cls.create_vendor("Empty Staffing Co", state="approved", documents=False)
        cls.vendors = cls.kpi_vendor | cls.other_vendor | cls.busy | cls.edge_vendor | cls.empty_vendor

    @classmethod
    def populate(cls, index):
        """A vendor with one record of every source in 2025 Q2."""
        vendor = cls.create_vendor(f"Bench Staffing {index}", state="approved", documents=False)
        contract = cls.create_kpi_contract(vendor)
        worker = cls.create_worker(f"Bench worker {index}", contract)
        cls.timesheet(worker, contract, date(2025, 5, 5), 150 + index)
        cls.done_inspection(cls.kpi_plan(contract), date(2025, 5, 6), verdict="fail" if index % 3 else "pass")
        ncr = cls.ncr(
            vendor,
            contract,
            date(2025, 5, 7),
            ("minor", "major", "critical")[index % 3],
            state="closed",
            date_closed=date(2025, 5, 10 + index),
        )
        cls.env["labor.ncr.action"].create(
            {
                "ncr_id": ncr.id,
                "name": "Fix",
                "date_deadline": date(2025, 5, 15),
                "state": "done",
                "date_done": date(2025, 5, 12 + index % 6),
                "evidence": "ok",
            }
        )
        cls.issue(
            vendor,
            contract,
            datetime(2025, 5, 8, 8),
            datetime(2025, 5, 8, 9 + index % 5),
            datetime(2025, 5, 9, 9) if index % 2 else None,
        )
        cls.settlement(contract, date(2025, 5, 1), date(2025, 5, 31), 30000 + 100 * index)
        cls.survey_answer(vendor, [4, 4, 5, 4, 3 + index % 3], datetime(2025, 5, 20, 10))
        cls.task(contract.project_ids, date(2025, 5, 1), date(2025, 5, 20), date(2025, 5, 15 + index))
        return vendor

    @classmethod
    def build_edge_cases(cls):
        """A vendor whose records hit the less common branch of every rule."""
        vendor = cls.create_vendor("Edge Staffing Co", state="approved", documents=False)
        company = cls.env.company
        foreign = cls.env.ref("base.EUR") if company.currency_id != cls.env.ref("base.EUR") else cls.env.ref("base.USD")
        foreign.active = True
        cls.env["res.currency.rate"].create(
            [
                {"currency_id": foreign.id, "name": date(2025, 1, 1), "rate": 0.125, "company_id": company.id},
                {"currency_id": foreign.id, "name": date(2025, 5, 15), "rate": 0.14, "company_id": company.id},
            ]
        )
        job = cls.env["product.product"].create({"name": "Crane Operator (bench)", "type": "service"})
        contract = cls.create_kpi_contract(
            vendor,
            amount=36500,
            headcount=3,
            rate_ids=[
                Command.create({"job_product_id": product.id, "unit": "hour", "price": 40}) for product in cls.job | job
            ],
        )
        euro_contract = cls.create_kpi_contract(vendor, amount=7300, headcount=1, currency_id=foreign.id)
        # settlements: one in the company currency, one in the foreign currency (rate of May 31)
        cls.settlement(contract, date(2025, 4, 1), date(2025, 4, 30), 3100)
        cls.settlement(euro_contract, date(2025, 5, 1), date(2025, 5, 31), 650)

        # workers: a job requiring a certificate; valid, expired, archived and no certificate
        cert_type = cls.env["labor.worker.certificate.type"].create(
            {"name": "Crane licence (bench)", "code": "CRANE-B", "job_product_ids": [Command.set(job.ids)]}
        )
        Certificate = cls.env["labor.worker.certificate"]
        valid = cls.create_worker("E valid", contract, labor_job_product_id=job.id)
        expired = cls.create_worker("E expired", contract, labor_job_product_id=job.id)
        archived = cls.create_worker("E archived certificate", contract, labor_job_product_id=job.id)
        cls.create_worker("E no certificate", contract, labor_job_product_id=job.id)
        cls.create_worker("E other job, no induction", contract, labor_safety_induction_date=False)
        left = cls.create_worker("E left in June", contract)
        for worker, state, active in (
            (valid, "verified", True),
            (expired, "expired", True),
            (archived, "verified", False),
        ):
            Certificate.create(
                {
                    "employee_id": worker.id,
                    "type_id": cert_type.id,
                    "number": f"CR-{worker.id}",
                    "state": state,
                    "expiry_date": cls.today + timedelta(days=300),
                    "active": active,
                }
            )
        cls.timesheet(left, contract, date(2025, 4, 20), 40)
        cls.timesheet(valid, contract, date(2025, 6, 30), 7.5)
        left.write({"labor_exit_date": date(2025, 6, 10), "active": False})

        # inspections: a measure on its tolerance, a choice typed differently, a required
        # photo missing (set on the item after the inspection: no conclusion for that answer)
        plan = cls.kpi_plan(contract)
        cls.done_inspection(plan, date(2025, 4, 10), value=10.5, choice=" clean ")
        cls.done_inspection(plan, date(2025, 4, 11), value=10.51, choice="Dirty")
        photo_plan = cls.kpi_plan(contract, name="Photo check")
        cls.done_inspection(photo_plan, date(2025, 4, 12))
        photo_plan.item_ids.filtered(lambda item: item.kind == "pass_fail").photo_required = True

        # a task done without an end date (its last stage change in the period), a milestone
        project = contract.project_ids
        task = cls.task(project, date(2025, 4, 1), date(2025, 4, 20), date(2025, 4, 25))
        cls.env.flush_all()
        cls.env.cr.execute(
            "UPDATE project_task SET date_end = NULL, date_last_stage_update = %s WHERE id = %s",
            (datetime(2025, 4, 24, 23, 30), task.id),
        )
        task.invalidate_recordset()
        # NCRs: cancelled (left out), closed the day it was detected, one without action
        cls.ncr(vendor, contract, date(2025, 6, 1), "minor", state="cancel", cancel_reason="Duplicate")
        cls.ncr(vendor, contract, date(2025, 6, 2), "major", state="closed", date_closed=date(2025, 6, 2))
        # issues: responded before being reported (clamped at 0 hours), not responded
        cls.issue(vendor, contract, datetime(2025, 6, 3, 10), datetime(2025, 6, 3, 9), datetime(2025, 6, 4, 9))
        cls.issue(vendor, contract, datetime(2025, 6, 30, 23, 59))
        # a test survey entry is left out
        cls.survey_answer(vendor, [5, 5, 5, 5, 5], datetime(2025, 5, 20, 10), test_entry=True)
        cls.survey_answer(vendor, [2, 3, 4, 5, 1], datetime(2025, 6, 30, 23, 59))
        return vendor

    # Helpers ----------------------------------------------------------------------------------
    def floor(self, vendors, date_from=Q2_FROM, date_to=Q2_TO):
        return m_kpi.run_floor(self.env, vendors.ids, date_from, date_to, self.env.company, self.today)

    def engine(self, vendors, date_from=Q2_FROM, date_to=Q2_TO):
        return m_kpi.run_engine(self.env, vendors, date_from, date_to, self.env.company)

    def count_queries(self, function):
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        function()
        return self.cr.sql_log_count - before

    # Floor == engine ---------------------------------------------------------------------------
    def test_floor_gives_the_engine_values_for_every_vendor_and_kpi(self):
        for date_from, date_to in (
            (Q2_FROM, Q2_TO),
            (date(2025, 7, 1), date(2025, 9, 30)),
            (date(2025, 1, 1), date(2025, 12, 31)),
        ):
            with self.subTest(period=(date_from, date_to)):
                engine = self.engine(self.vendors, date_from, date_to)
                floor = self.floor(self.vendors, date_from, date_to)
                self.assertEqual(set(engine), set(floor))
                self.assertEqual(m_kpi.compare(engine, floor), [])
        engine = self.engine(self.vendors)
        # the data is not empty: most KPIs have a value for the busy and edge vendors
        for vendor in self.busy | self.edge_vendor:
            with_value = [code for code, data in engine[vendor.id].items() if data["value"] is not None]
            self.assertGreaterEqual(len(with_value), 15, vendor.name)

    def test_floor_edge_cases_by_hand(self):
        """The edge vendor's figures that hit the rarer branches, computed by hand."""
        floor = floor_aggregates(self.env, self.edge_vendor.ids, Q2_FROM, Q2_TO, self.env.company.ids, self.today)
        kpis = floor[self.edge_vendor.id]
        # 3 checklists: 3 conforming of 3 (10.5 on the tolerance, " clean "), 1 of 3 (10.51 out
        # of tolerance, "Dirty"), 2 of 2 (the pass/fail answer waits for its photo)
        self.assertEqual(kpis["item_pass_rate"], (6.0, 8.0))
        # workers of the period: 6 (the one who left in June included); compliant: only the
        # one with a valid certificate (an archived one does not count; the workers of the
        # data set's job have not passed the courses of its training plan)
        self.assertEqual(kpis["headcount_fill_rate"], (6.0, 4.0))
        self.assertEqual(kpis["worker_compliance_rate"], (1.0, 6.0))
        # budget: 30 days of 36,500 / 365 + 31 days of 7,300 / 365 in euros at 0.14 (rounded)
        budget = 3000.0 + round(620.0 / 0.14, 2)
        settled = 3100.0 + round(650.0 / 0.14, 2)
        saving, total = kpis["cost_saving_rate"]
        self.assertAlmostEqual(total, budget, places=2)
        self.assertAlmostEqual(saving, budget - settled, places=2)
        # issues: 2, one resolved; one response, 0 hours (answered before the report)
        self.assertEqual(kpis["issue_resolution_rate"], (1.0, 2.0))
        self.assertEqual(kpis["issue_response_hours"], (0.0, 1.0))
        # the task without end date: finished on Apr 24 for Apr 20 -> 4 days late over 19 planned
        self.assertEqual(kpis["on_time_rate"], (0.0, 1.0))
        self.assertEqual(kpis["delay_rate"], (4.0, 19.0))

    def test_compare_reports_a_difference(self):
        engine = self.engine(self.busy[:2])
        floor = self.floor(self.busy[:2])
        vendor = self.busy[0].id
        value, numerator, denominator = floor[vendor]["quality_pass_rate"]
        floor[vendor]["quality_pass_rate"] = (value, numerator, denominator + 1)
        self.assertEqual([(v, c) for v, c, _e, _f in m_kpi.compare(engine, floor)], [(vendor, "quality_pass_rate")])
        with self.assertRaises(AssertionError):
            m_kpi.check_equal(engine, floor)

    def test_floor_values_use_the_engine_formulas(self):
        values = floor_values(
            {1: {"cost_saving_rate": (3000.0, 61000.0), "ncr_rate": (3.0, 2000.0)}},
            [1, 2],
            ["cost_saving_rate", "ncr_rate", "satisfaction"],
        )
        self.assertEqual(values[1]["cost_saving_rate"], (round(300000 / 61000, 4), 3000.0, 61000.0))
        self.assertEqual(values[1]["ncr_rate"], (1.5, 3.0, 2000.0))
        self.assertEqual(values[1]["satisfaction"], (None, 0.0, 0.0))
        self.assertEqual(values[2]["ncr_rate"], (None, 0.0, 0.0))

    # Scorecards ----------------------------------------------------------------------------------
    def test_scorecards_match_the_floor_and_the_campaign(self):
        template = m_kpi.scoring_template(self.env)
        self.assertFalse(template.criterion_ids.filtered("is_manual"))
        self.assertAlmostEqual(sum(template.dimension_ids.mapped("weight")), 100.0, places=2)
        cards = m_kpi.engine_scorecard(self.env, template, self.vendors, Q2_FROM, Q2_TO, self.env.company)
        expected = m_kpi.floor_scorecard(self.env, template.id, self.floor(self.vendors))
        m_kpi._check_cards(cards, expected)
        graded = {vendor for vendor, (_total, grade) in cards.items() if grade}
        self.assertIn(self.kpi_vendor.id, graded)
        self.assertNotIn(self.empty_vendor.id, graded)
        _measure, _kinds, campaign = m_kpi.start_campaign(self.env, template, self.vendors, Q2_FROM, Q2_TO)
        stored = {
            e.vendor_id.id: (e.total_score if e.has_total else None, e.grade_id.id or None)
            for e in campaign.evaluation_ids
        }
        m_kpi._check_cards(stored, expected)
        # with the real template (manual criteria unscored) neither side has a total
        periodic = self.env.ref("labor_outsourcing_reports.evaluation_template_periodic")
        manual = m_kpi.floor_scorecard(self.env, periodic.id, self.floor(self.kpi_vendor))
        self.assertEqual(manual, {self.kpi_vendor.id: (None, None)})

    # Query counts ----------------------------------------------------------------------------------
    def test_query_counts_do_not_grow_with_vendors(self):
        few, many = self.busy[:1], self.busy
        self.engine(many)  # warm the caches
        self.assertEqual(self.count_queries(lambda: self.engine(few)), self.count_queries(lambda: self.engine(many)))
        floor_few = self.count_queries(lambda: self.floor(few))
        self.assertEqual(floor_few, self.count_queries(lambda: self.floor(many)))
        # 11 GROUP BY queries, the catalog, and the company's time zone the period is cut in
        # (the company and its partner), as the engine cuts it
        self.assertEqual(floor_few, 14)
        template = m_kpi.scoring_template(self.env)

        def cards(vendors):
            return lambda: m_kpi.engine_scorecard(self.env, template, vendors, Q2_FROM, Q2_TO, self.env.company)

        cards(many)()
        self.assertEqual(self.count_queries(cards(few)), self.count_queries(cards(many)))

    def test_query_counts_do_not_depend_on_prefetch_batches(self):
        """The engine and the scorecards read what they need in one query per source,
        not through the ORM's prefetch (batches of 1,000 records: the full data set has
        2,000 workers and more than 1,000 answers, NCRs, timesheet employees). With
        batches of 2 records, 1 vendor and 12 take as many queries. (The campaign
        start writes through Odoo's recompute, which works by such batches: its reads
        are compared at the real batch size in test_measure_rows.)"""
        few, many = self.busy[:1], self.busy
        template = m_kpi.scoring_template(self.env)

        def cards(vendors):
            return lambda: m_kpi.engine_scorecard(self.env, template, vendors, Q2_FROM, Q2_TO, self.env.company)

        # the batch size is the default of BaseModel._in_cache_without (prefetch) and
        # PREFETCH_MAX (iteration, recompute)
        batches = odoo_models.BaseModel._in_cache_without
        with (
            patch.object(batches, "__defaults__", (2,)),
            patch.object(odoo_models, "PREFETCH_MAX", 2),
            patch.object(odoo_fields, "PREFETCH_MAX", 2),
        ):
            self.engine(many)  # warm the caches
            self.assertEqual(
                self.count_queries(lambda: self.engine(few)), self.count_queries(lambda: self.engine(many))
            )
            self.assertEqual(self.count_queries(cards(few)), self.count_queries(cards(many)))

    def test_measure_rows(self):
        manifest = {"quarter": {"date_from": str(Q2_FROM), "date_to": str(Q2_TO)}, "vendor_ids": self.busy.ids}
        rows = m_kpi.measure(self.env, manifest, runs=1)
        self.assertEqual(len(rows), 7)
        self.assertEqual({r["section"] for r in rows}, {2})
        for line in rows:
            with self.subTest(row=line["name"]):
                self.assertIsNotNone(line["value"])
                if line["unit"] == "queries" and line["ok"] is not None:
                    self.assertTrue(line["ok"], line)  # query counts: equal for 10 % and all vendors
        engine = rows[0]
        self.assertEqual(engine["details"]["values_compared"], BUSY * 17)
        self.assertEqual(engine["details"]["floor_queries"], 12)
        campaign = next(r for r in rows if r["name"].startswith("Campaign start (persists"))
        self.assertEqual(campaign["details"]["evaluations"], BUSY)
