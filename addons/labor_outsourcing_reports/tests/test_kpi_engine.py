# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo.exceptions import UserError, ValidationError

from ..report.audit_pack_reader import AuditScope
from .common import EXPECTED, Q2_FROM, Q2_TO, EvaluationCommon


class TestKpiEngine(EvaluationCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.build_kpi_data_set()
        cls.empty_vendor = cls.create_vendor("Empty Staffing Co", state="approved")

    def test_catalog_has_a_formula_for_every_kpi(self):
        codes = set(self.env["labor.kpi"].search([]).mapped("code"))
        self.assertEqual(codes, set(EXPECTED))
        self.assertEqual(codes, set(self.Engine._kpi_formulas()))

    def test_every_kpi_against_hand_computed_values(self):
        results = self.Engine._compute_kpis(self.kpi_vendor | self.empty_vendor, Q2_FROM, Q2_TO)
        self.assertEqual(set(results), {self.kpi_vendor.id, self.empty_vendor.id})
        for code, (value, numerator, denominator, target, status) in EXPECTED.items():
            with self.subTest(kpi=code):
                data = results[self.kpi_vendor.id][code]
                self.assertAlmostEqual(data["value"], value, places=3)
                self.assertAlmostEqual(data["numerator"], numerator, places=2)
                self.assertAlmostEqual(data["denominator"], denominator, places=2)
                self.assertEqual(data["target"], target)
                self.assertEqual(data["status"], status)

    def test_cost_saving_counts_the_services_before_deductions(self):
        """Penalties lower what a vendor is paid, not what its services cost: a vendor with
        more NCR penalties must not score a better cost saving."""
        vendor = self.create_vendor("Penalized Staffing Co", state="approved")
        contract = self.create_kpi_contract(vendor)  # 365,000 a year: 1,000 a day
        settlement = self.settlement(contract, date(2025, 4, 1), date(2025, 4, 30), 27000, confirm=False)
        self.env["labor.settlement.deduction"].create(
            {"settlement_id": settlement.id, "reason": "Major non-conformance", "amount": 6000}
        )
        settlement.state = "confirmed"
        self.assertEqual((settlement.amount_untaxed_lines, settlement.amount_total), (27000, 21000))
        data = self.Engine._compute_kpis(vendor, Q2_FROM, Q2_TO)[vendor.id]["cost_saving_rate"]
        # budget 30 days x 1,000 = 30,000; services 27,000 -> 3,000 / 30,000 = 10 % (not 30 %)
        self.assertEqual((data["numerator"], data["denominator"]), (3000, 30000))
        self.assertAlmostEqual(data["value"], 10.0)
        description = self.env.ref("labor_outsourcing_reports.kpi_cost_saving_rate").description
        self.assertIn("before deductions", description)

    def test_technical_support_target_is_the_plans(self):
        """技术支持问题解决率 >= 95 %: the catalog's default and a new contract's own target."""
        self.assertEqual(self.env.ref("labor_outsourcing_reports.kpi_issue_resolution_rate").target, 95)
        self.assertEqual(self.env["labor.contract"].new({}).target_issue_resolution_rate, 95)

    def test_empty_vendor_and_empty_period_have_no_data(self):
        results = self.Engine._compute_kpis(self.kpi_vendor | self.empty_vendor, date(2024, 1, 1), date(2024, 3, 31))
        for vendor in self.kpi_vendor | self.empty_vendor:
            for code, data in results[vendor.id].items():
                with self.subTest(vendor=vendor.name, kpi=code):
                    self.assertIsNone(data["value"])
                    self.assertEqual(data["status"], "no_data")
        # the empty vendor in the period of the data set: no data either, and the catalog target
        empty = self.Engine._compute_kpis(self.empty_vendor, Q2_FROM, Q2_TO)[self.empty_vendor.id]
        self.assertIsNone(empty["quality_pass_rate"]["value"])
        self.assertEqual(empty["on_time_rate"]["target"], 90.0)

    def test_bad_period_is_refused(self):
        with self.assertRefused(UserError, "end after it starts"):
            self.Engine._compute_kpis(self.kpi_vendor, Q2_TO, Q2_FROM)
        with self.assertRefused(UserError, "vendor or by contract"):
            self.Engine._compute_kpis(self.kpi_vendor, Q2_FROM, Q2_TO, group_by="site")

    def test_per_contract_grouping_and_targets(self):
        vendor = self.create_vendor("Two Contracts Co", state="approved")
        strict = self.create_kpi_contract(vendor, target_quality_pass_rate=99)
        lenient = self.create_kpi_contract(vendor, target_quality_pass_rate=85)
        self.done_inspection(self.kpi_plan(strict), date(2025, 5, 5), verdict="fail")
        self.done_inspection(self.kpi_plan(lenient), date(2025, 5, 6))
        self.done_inspection(self.kpi_plan(lenient), date(2025, 5, 7))

        per_contract = self.Engine._compute_kpis(vendor, Q2_FROM, Q2_TO, group_by="contract")
        self.assertEqual(set(per_contract), {strict.id, lenient.id})
        self.assertEqual(per_contract[strict.id]["quality_pass_rate"]["value"], 0.0)  # 0 / 1
        self.assertEqual(per_contract[strict.id]["quality_pass_rate"]["target"], 99)
        self.assertEqual(per_contract[strict.id]["quality_pass_rate"]["status"], "not_met")
        self.assertEqual(per_contract[lenient.id]["quality_pass_rate"]["value"], 100.0)  # 2 / 2
        self.assertEqual(per_contract[lenient.id]["quality_pass_rate"]["status"], "met")
        self.assertEqual(per_contract[lenient.id]["ncr_rate"]["numerator"], 0)

        per_vendor = self.Engine._compute_kpis(vendor, Q2_FROM, Q2_TO)[vendor.id]["quality_pass_rate"]
        self.assertAlmostEqual(per_vendor["value"], 200 / 3, places=3)  # 2 / 3
        self.assertEqual(per_vendor["target"], 95.0, "two contracts: the catalog's target")

        only_lenient = self.Engine._compute_kpis(vendor, Q2_FROM, Q2_TO, contracts=lenient)[vendor.id]
        self.assertEqual(only_lenient["quality_pass_rate"]["value"], 100.0)
        self.assertEqual(only_lenient["quality_pass_rate"]["target"], 85, "one contract in scope: its target")

    def test_other_company_records_are_left_out(self):
        results = self.Engine._compute_kpis(self.kpi_vendor, Q2_FROM, Q2_TO, companies=self.company_2)
        self.assertIsNone(results[self.kpi_vendor.id]["quality_pass_rate"]["value"])
        self.assertIsNone(results[self.kpi_vendor.id]["cost_saving_rate"]["value"])

    def drill(self, code, contract=None):
        action = self.Engine._kpi_drilldown_action(code, self.kpi_vendor, Q2_FROM, Q2_TO, contract=contract)
        model = self.env[action["res_model"]].with_context(active_test=False)
        return action, model.search(action["domain"])

    def test_drilldown_shows_the_records_behind_each_value(self):
        action, inspections = self.drill("quality_pass_rate")
        self.assertEqual(action["type"], "ir.actions.act_window")
        self.assertEqual(action["res_model"], "labor.inspection")
        self.assertEqual(len(inspections), 5)
        self.assertEqual(set(inspections.mapped("state")), {"done"})
        self.assertEqual(inspections.vendor_id, self.kpi_vendor)
        self.assertIn(self.failed_inspection, inspections)

        _action, majors = self.drill("ncr_rate_major")
        self.assertEqual(majors.mapped("severity"), ["major"])
        _action, ncrs = self.drill("ncr_rate")
        self.assertEqual(len(ncrs), 3)
        _action, closed = self.drill("ncr_mean_close_days")
        self.assertEqual(set(closed.mapped("state")), {"closed"})
        self.assertEqual(len(closed), 2)
        _action, actions = self.drill("capa_on_time_rate")
        self.assertEqual(sorted(actions.mapped("name")), ["early", "late", "overdue"])
        _action, tasks = self.drill("on_time_rate")
        self.assertEqual(len(tasks), 3, "the finished tasks with a deadline (the milestone is counted apart)")
        _action, issues = self.drill("issue_resolution_rate")
        self.assertEqual(len(issues), 3)
        _action, settlements = self.drill("cost_saving_rate")
        self.assertEqual(sorted(settlements.mapped("amount_untaxed_lines")), [27000, 31000])
        _action, answers = self.drill("satisfaction")
        self.assertEqual(sorted(answers.mapped("scoring_percentage")), [80.0, 88.0])
        _action, workers = self.drill("headcount_fill_rate")
        self.assertEqual(workers, self.workers)
        _action, workers = self.drill("worker_compliance_rate", contract=self.kpi_contract)
        self.assertEqual(workers, self.workers)
        with self.assertRefused(UserError, "Unknown KPI"):
            self.Engine._kpi_drilldown_action("nothing", self.kpi_vendor, Q2_FROM, Q2_TO)

    def test_analysis_wizard_writes_and_replaces_the_values(self):
        wizard = (
            self.env["labor.kpi.analysis.wizard"]
            .with_user(self.user)
            .create({"date_from": Q2_FROM, "date_to": Q2_TO, "vendor_ids": [(6, 0, self.kpi_vendor.ids)]})
        )
        action = wizard.action_compute()
        values = self.env["labor.kpi.value"].search(action["domain"])
        self.assertEqual(len(values), len(EXPECTED))
        by_code = {value.kpi_id.code: value for value in values}
        self.assertAlmostEqual(by_code["quality_pass_rate"].value, 80.0)
        self.assertEqual(by_code["quality_pass_rate"].value_display, "80.00 %")
        self.assertEqual(by_code["ncr_rate"].status, "not_met")
        self.assertFalse(by_code["ncr_rate"].evaluation_id)
        drill = by_code["issue_resolution_rate"].with_user(self.user).action_drilldown()
        self.assertEqual(drill["res_model"], "labor.issue")

        # again: the analysis of the same scope is replaced, not duplicated
        wizard.action_compute()
        scope = [("vendor_id", "=", self.kpi_vendor.id), ("evaluation_id", "=", False), ("date_from", "=", Q2_FROM)]
        self.assertEqual(self.env["labor.kpi.value"].search_count(scope), len(EXPECTED))
        self.assertFalse(values.exists())

        per_contract = (
            self.env["labor.kpi.analysis.wizard"]
            .with_user(self.user)
            .create(
                {
                    "date_from": Q2_FROM,
                    "date_to": Q2_TO,
                    "group_by": "contract",
                    "vendor_ids": [(6, 0, self.kpi_vendor.ids)],
                }
            )
        )
        contract_values = self.env["labor.kpi.value"].search(per_contract.action_compute()["domain"])
        self.assertEqual(contract_values.contract_id, self.kpi_contract)
        self.assertEqual(self.env["labor.kpi.value"].search_count(scope), 2 * len(EXPECTED))

    def test_two_users_analysing_at_once_keep_their_rows(self):
        def analyse(user):
            wizard = (
                self.env["labor.kpi.analysis.wizard"]
                .with_user(user)
                .create({"date_from": Q2_FROM, "date_to": Q2_TO, "vendor_ids": [(6, 0, self.kpi_vendor.ids)]})
            )
            return self.env["labor.kpi.value"].search(wizard.action_compute()["domain"])

        mine = analyse(self.user)
        theirs = analyse(self.manager)
        self.assertTrue(mine.exists(), "the second user's analysis does not delete the first one's rows")
        self.assertEqual(len(mine.exists()), len(EXPECTED))
        self.assertEqual((mine.analysis_user_id, theirs.analysis_user_id), (self.user, self.manager))
        again = analyse(self.user)
        self.assertFalse(mine.exists(), "a user's new analysis replaces his own rows")
        self.assertEqual(len(theirs.exists() | again), 2 * len(EXPECTED))

    def test_analysis_wizard_bad_input(self):
        Wizard = self.env["labor.kpi.analysis.wizard"].with_user(self.user)
        with self.assertRefused(ValidationError, "end after it starts"):
            Wizard.create({"date_from": Q2_TO, "date_to": Q2_FROM})
        with self.assertRefused(UserError, "No vendor"):
            Wizard.create({"date_from": date(1999, 1, 1), "date_to": date(1999, 3, 31)}).action_compute()


class TestKpiPeriodEdges(EvaluationCommon):
    """The KPI engine and the audit pack cut periods at the same midnight: the acting user's
    (else the company's) time zone, through res.company._labor_period_bounds."""

    def test_quarter_edge_in_shanghai(self):
        self.env["res.users"].browse(self.user.id).tz = "Asia/Shanghai"
        vendor = self.create_vendor("Edge Staffing Co", state="approved")
        contract = self.create_kpi_contract(vendor)
        # reported at 00:30 on April 1st in Shanghai (16:30 UTC on March 31st): a Q2 issue
        self.issue(vendor, contract, datetime(2025, 3, 31, 16, 30))
        self.issue(vendor, contract, datetime(2025, 3, 31, 15, 30))  # 23:30 on March 31st: Q1
        engine = self.Engine.with_user(self.user)
        q1 = engine._compute_kpis(vendor, date(2025, 1, 1), date(2025, 3, 31))[vendor.id]
        q2 = engine._compute_kpis(vendor, Q2_FROM, Q2_TO)[vendor.id]
        self.assertEqual(q1["issue_resolution_rate"]["denominator"], 1)
        self.assertEqual(q2["issue_resolution_rate"]["denominator"], 1)
        scope, _running = engine._kpi_scope(vendor, Q2_FROM, Q2_TO, None, "vendor", None)
        audit = AuditScope(self.env(user=self.user.id), Q2_FROM, Q2_TO, vendor.id, self.company.ids)
        self.assertEqual((scope.dt_from, scope.dt_to), audit.period_bounds_utc())
        self.assertEqual(audit.period_bounds_utc(), (datetime(2025, 3, 31, 16, 0), datetime(2025, 6, 30, 16, 0)))
