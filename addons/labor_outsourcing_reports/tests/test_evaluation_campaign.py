# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError

from ..tools import kpi as kpi_tools
from .common import Q2_FROM, Q2_TO, EvaluationCommon

MANUAL = {
    "a": ([5, 5], [5, 5]),
    "b1": ([4, 4], [4, 4]),
    "b2": ([4, 4], [4, 4]),
    "c": ([3, 4], [3, 3]),
    "d": ([4, 5], [3, 4]),
}


class TestEvaluationCampaign(EvaluationCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.build_kpi_data_set()
        cls.vendors = {
            "a": cls.create_vendor("Vendor A", state="approved"),
            "b1": cls.create_vendor("Vendor B1", state="approved"),
            "b2": cls.create_vendor("Vendor B2", state="approved"),
            "c": cls.create_vendor("Vendor C", state="approved"),
            "d": cls.kpi_vendor,
        }
        cls.all_vendors = cls.env["res.partner"].union(*cls.vendors.values())
        cls.Sheet = cls.env["labor.vendor.evaluation.sheet"]

    def run_campaign(self, vendors=None, **values):
        campaign = self.create_campaign(vendors or self.all_vendors, **values)
        campaign.with_user(self.user).action_start()
        for key, vendor in self.vendors.items():
            if vendor in campaign.vendor_ids:
                self.score(campaign, vendor, self.evaluator_1, MANUAL[key][0])
                self.score(campaign, vendor, self.evaluator_2, MANUAL[key][1])
        campaign.with_user(self.user).action_close_scoring()
        return campaign

    def evaluation(self, campaign, key):
        return campaign.evaluation_ids.filtered(lambda e: e.vendor_id == self.vendors[key])

    # Generation ---------------------------------------------------------------------------------
    def test_start_generates_prescored_evaluations(self):
        campaign = self.create_campaign(self.all_vendors)
        self.assertEqual((campaign.date_from, campaign.date_to), (Q2_FROM, Q2_TO))
        self.assertTrue(campaign.number.startswith("EVC/"))
        self.assertEqual(campaign.name, "Vendor evaluation 2025 Q2")
        campaign.with_user(self.user).action_start()
        self.assertEqual(campaign.state, "in_progress")
        self.assertEqual(len(campaign.evaluation_ids), 5)
        self.assertEqual(set(campaign.evaluation_ids.mapped("state")), {"scoring"})

        evaluation = self.evaluation(campaign, "d")
        template_criteria = self.template.criterion_ids
        self.assertEqual(evaluation.line_ids.criterion_id, template_criteria)
        self.assertEqual(len(evaluation.kpi_value_ids), len(self.env["labor.kpi"].search([])))
        lines = {line.kpi_id.code: line for line in evaluation.line_ids if line.kpi_id}
        self.assertAlmostEqual(lines["quality_pass_rate"].kpi_value, 80.0)
        self.assertEqual(lines["quality_pass_rate"].kpi_score, 2)  # 80 reaches the band >= 80 -> 2
        self.assertEqual(lines["ncr_rate"].kpi_score, 3)  # 1.5 per 1,000 h reaches <= 2 -> 3
        self.assertEqual(lines["capa_on_time_rate"].kpi_score, 1)  # 33 % reaches no band -> 1
        self.assertEqual(lines["satisfaction"].kpi_score, 4)  # 84 reaches >= 80 -> 4
        self.assertEqual(lines["on_time_rate"].kpi_status, "met")  # the contract's target of 50
        self.assertEqual(lines["on_time_rate"].kpi_value_display, "50.00 %")
        self.assertFalse(evaluation.has_total, "manual criteria still to score")

        # evidence: the KPI values of the evaluation, with the drill-down to the records
        value = evaluation.kpi_value_ids.filtered(lambda v: v.kpi_id.code == "issue_resolution_rate")
        self.assertEqual(value.vendor_id, self.kpi_vendor)
        self.assertEqual(value.denominator, 3)
        drill = lines["issue_resolution_rate"].action_drilldown()
        self.assertEqual(len(self.env["labor.issue"].search(drill["domain"])), 3)

        # a sheet per evaluator and evaluation for the manual criteria, a to-do per evaluator
        manual = template_criteria.filtered("is_manual")
        sheets = self.Sheet.search([("campaign_id", "=", campaign.id)])
        self.assertEqual(len(sheets), 5 * 2)
        self.assertEqual(sheets.line_ids.criterion_id, manual)
        activities = campaign.activity_ids.filtered(
            lambda a: (
                a.activity_type_id == self.env.ref("labor_outsourcing_reports.mail_activity_type_evaluation_scoring")
            )
        )
        self.assertEqual(activities.user_id, self.evaluator_1 | self.evaluator_2)

    def test_add_vendors_with_contracts_in_the_period(self):
        campaign = self.create_campaign(self.env["res.partner"])
        campaign.with_user(self.user).action_add_vendors()
        self.assertIn(self.kpi_vendor, campaign.vendor_ids)
        self.assertIn(self.other_vendor, campaign.vendor_ids)
        self.assertNotIn(self.vendors["a"], campaign.vendor_ids, "no contract")
        empty = self.create_campaign(self.env["res.partner"], year=2001, period_index=1)
        with self.assertRefused(UserError, "No vendor has a contract"):
            empty.action_add_vendors()

    # Scores, totals, grades, ranking -----------------------------------------------------------
    def test_weighted_totals_grades_and_ranking_ties(self):
        campaign = self.run_campaign()
        results = {key: self.evaluation(campaign, key) for key in self.vendors}
        self.assertEqual(set(campaign.evaluation_ids.mapped("state")), {"to_confirm"})
        # vendors without data: only the partnership criteria count (weights normalised)
        self.assertEqual(results["a"].total_score, 100.0)  # 5 everywhere
        self.assertEqual(results["b1"].total_score, 80.0)  # 4 / 5
        self.assertEqual(results["b2"].total_score, 80.0)
        self.assertEqual(results["c"].total_score, 65.0)  # ((3 + 3) / 2 + (4 + 3) / 2) / 2 = 3.25 -> 65
        # the KPI vendor: Quality (2 x 2 + 3 + 1) / 4 = 2, Delivery (2 x 1 + 1) / 3 = 1, Cost 3,
        # Satisfaction 4, Personnel 1, Partnership (3.5 + 4.5) / 2 = 4
        # (30 x 2 + 20 x 1 + 15 x 3 + 15 x 4 + 10 x 1 + 10 x 4) / 5 = 47
        self.assertEqual(results["d"].total_score, 47.0)
        partnership = results["d"].line_ids.filtered("is_manual")
        self.assertEqual(sorted(partnership.mapped("score")), [3.5, 4.5])

        self.assertEqual(
            {k: e.grade_id.name for k, e in results.items()}, {"a": "A", "b1": "B", "b2": "B", "c": "C", "d": "D"}
        )
        self.assertEqual({k: e.rank for k, e in results.items()}, {"a": 1, "b1": 2, "b2": 2, "c": 4, "d": 5})
        self.assertEqual(
            {k: e.recommendation for k, e in results.items()},
            {"a": "renew", "b1": "continue", "b2": "continue", "c": "rectify", "d": "terminate"},
        )

        results["b1"].action_back_to_scoring()
        self.assertEqual(results["b1"].rank, 0)
        self.assertEqual(results["c"].rank, 3, "ranks follow the evaluations still scored")
        self.assertEqual(set(results["b1"].sudo().sheet_ids.mapped("state")), {"draft"})

    def test_totals_follow_the_template_weights_while_open(self):
        campaign = self.run_campaign(self.vendors["d"] | self.vendors["c"])
        d, c = self.evaluation(campaign, "d"), self.evaluation(campaign, "c")
        self.assertEqual(d.total_score, 47.0)
        dimensions = {dimension.name: dimension for dimension in self.template.dimension_ids}
        quality, partnership = dimensions["Quality"], dimensions["Partnership"]
        self.template.with_user(self.manager).write(
            {
                "dimension_ids": [
                    Command.update(quality.id, {"weight": 20}),
                    Command.update(partnership.id, {"weight": 20}),
                ]
            }
        )
        # (20 x 2 + 20 x 1 + 15 x 3 + 15 x 4 + 10 x 1 + 20 x 4) / 5 = 51
        self.assertEqual(d.total_score, 51.0)
        self.assertEqual(d.grade_id.name, "D")
        self.assertEqual((c.rank, d.rank), (1, 2))
        # a criterion's weight: NCRs (scored 3) 1 -> 3: Quality (2 x 2 + 3 x 3 + 1 x 1) / 6 = 7 / 3
        # -> (20 x 7 / 3 + 20 x 1 + 15 x 3 + 15 x 4 + 10 x 1 + 20 x 4) / 5 = 52.33
        ncr = quality.criterion_ids.filtered(lambda cr: cr.kpi_id.code == "ncr_rate")
        ncr.with_user(self.manager).weight = 3
        self.assertEqual(d.total_score, 52.33)
        # a confirmed evaluation keeps the total it was decided on
        d.with_user(self.manager).action_confirm()
        self.template.with_user(self.manager).write(
            {
                "dimension_ids": [
                    Command.update(quality.id, {"weight": 30}),
                    Command.update(partnership.id, {"weight": 10}),
                ]
            }
        )
        self.assertEqual(d.total_score, 52.33)

    def test_vendor_reward_is_paid_by_the_settlement(self):
        vendor = self.vendors["a"]
        contract = self.create_kpi_contract(vendor)
        reward = self.env["labor.vendor.reward"].create(
            {"vendor_id": vendor.id, "date": date(2025, 4, 15), "description": "Grade A bonus", "amount": 1500}
        )
        settlement = self.settlement(contract, date(2025, 4, 1), date(2025, 4, 30), 4000, confirm=False)
        settlement._refresh_automatic_deductions()
        addition = settlement.addition_ids
        self.assertEqual((addition.kind, addition.amount, addition.source_id), ("addition", 1500.0, reward.id))
        self.assertIn("Grade A bonus", addition.reason)
        self.assertEqual(settlement.amount_total, 4000 + 1500)
        # paid once: the next settlement of the period does not pay it again
        settlement.state = "confirmed"
        again = self.settlement(contract, date(2025, 4, 1), date(2025, 4, 30), 100, confirm=False)
        self.assertEqual(again._labor_source_entries("labor.vendor.reward"), [])

    def test_close_scoring_needs_every_sheet(self):
        campaign = self.create_campaign(self.vendors["a"])
        campaign.action_start()
        self.score(campaign, self.vendors["a"], self.evaluator_1, [5, 5])
        with self.assertRefused(UserError, "lo_ev_2"):
            campaign.with_user(self.user).action_close_scoring()
        sheet = self.Sheet.with_user(self.evaluator_2).search([("campaign_id", "=", campaign.id)])
        with self.assertRefused(UserError, "Score every criterion"):
            sheet.action_submit()

    # Confirmation and consequences -------------------------------------------------------------
    def test_confirmation_is_for_managers(self):
        campaign = self.run_campaign(self.vendors["a"] | self.kpi_vendor)
        evaluation = self.evaluation(campaign, "a")
        for user in (self.user, self.inspector, self.evaluator_1):
            with self.assertRefused(AccessError, "Only an Outsourcing Manager"):
                evaluation.with_user(user).action_confirm()
        # a recommendation other than the grade's needs a justification
        evaluation.recommendation = "continue"
        with self.assertRefused(UserError, "justify"):
            evaluation.with_user(self.manager).action_confirm()
        evaluation.recommendation_note = "Renewal decided at the next quarter."
        evaluation.with_user(self.manager).action_confirm()
        self.assertEqual(evaluation.state, "confirmed")
        self.assertEqual(evaluation.confirmed_by_id, self.manager)
        with self.assertRefused(UserError, "cannot change"):
            evaluation.with_user(self.manager).write({"recommendation": "renew"})
        with self.assertRefused(UserError, "Confirm or cancel every evaluation"):
            campaign.action_close()
        with self.assertRefused(UserError, "cannot be cancelled"):
            evaluation.action_cancel()

    def test_consequences_suspension_and_reward(self):
        campaign = self.run_campaign(self.vendors["a"] | self.vendors["c"] | self.kpi_vendor)
        campaign.with_user(self.manager).action_confirm_evaluations()
        self.assertEqual(set(campaign.evaluation_ids.mapped("state")), {"confirmed"})

        # D: the approved vendor is suspended, its purchasing responsible asked for a rectification
        self.assertEqual(self.kpi_vendor.vendor_state, "suspended")
        log = self.kpi_vendor.vendor_state_log_ids.sorted("id")[-1]
        self.assertIn("Grade D", log.reason)
        rectification = self.kpi_vendor.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref("labor_outsourcing_reports.mail_activity_type_rectification")
        )
        self.assertEqual(rectification.user_id, self.user)
        # A: a reward
        evaluation_a = self.evaluation(campaign, "a")
        reward = self.env["labor.vendor.reward"].search([("vendor_id", "=", self.vendors["a"].id)])
        self.assertEqual(reward.evaluation_id, evaluation_a)
        self.assertEqual(evaluation_a.reward_ids, reward)
        # C: nothing
        self.assertEqual(self.vendors["c"].vendor_state, "approved")
        self.assertFalse(self.env["labor.vendor.reward"].search([("vendor_id", "=", self.vendors["c"].id)]))
        # the vendors keep their last grade and score
        self.assertEqual(self.vendors["a"].labor_last_grade_id, self.grades["A"])
        self.assertEqual(self.kpi_vendor.labor_last_grade_id, self.grades["D"])
        self.assertEqual(self.kpi_vendor.labor_last_evaluation_score, 47.0)

        campaign.with_user(self.user).action_close()
        self.assertEqual(campaign.state, "done")

    def test_consequences_can_be_switched_off(self):
        self.company.write({"labor_eval_suspend_on_d": False, "labor_eval_reward_on_a": False})
        campaign = self.run_campaign(self.vendors["a"] | self.kpi_vendor)
        campaign.with_user(self.manager).action_confirm_evaluations()
        self.assertEqual(self.kpi_vendor.vendor_state, "approved")
        self.assertFalse(self.kpi_vendor.activity_ids)
        self.assertFalse(self.env["labor.vendor.reward"].search([("vendor_id", "=", self.vendors["a"].id)]))
        self.assertFalse(self.evaluation(campaign, "d").consequence_note)

    def test_suspension_respects_the_lifecycle(self):
        self.kpi_vendor.sudo()._labor_set_vendor_state("suspended", "Audit")
        campaign = self.run_campaign(self.kpi_vendor)
        campaign.with_user(self.manager).action_confirm_evaluations()
        evaluation = self.evaluation(campaign, "d")
        self.assertIn("stays Suspended", evaluation.consequence_note)
        self.assertTrue(self.kpi_vendor.activity_ids, "the rectification is still asked for")

    # Evaluators --------------------------------------------------------------------------------
    def test_evaluators_see_and_edit_only_their_sheets(self):
        campaign = self.create_campaign(self.vendors["a"])
        campaign.action_start()
        own = self.Sheet.with_user(self.evaluator_1).search([("campaign_id", "=", campaign.id)])
        self.assertEqual(own.evaluator_id, self.evaluator_1)
        other = self.Sheet.search([("campaign_id", "=", campaign.id), ("evaluator_id", "=", self.evaluator_2.id)])
        with self.assertRaises(AccessError):
            other.with_user(self.evaluator_1).read(["state"])
        with self.assertRaises(AccessError):
            other.line_ids.with_user(self.evaluator_1).write({"score": "1"})
        with self.assertRefused(UserError, "No score sheet"):
            self.Sheet.with_user(self.evaluator_1).record_scores(
                campaign.id, self.vendors["a"].id, self.evaluator_2.id, [1, 1]
            )
        with self.assertRefused(UserError, "Only lo_ev_1"):
            own.with_user(self.manager).write({"comment": "not mine"})
        self.assertEqual(len(self.Sheet.with_user(self.manager).search([("campaign_id", "=", campaign.id)])), 2)

        self.score(campaign, self.vendors["a"], self.evaluator_1, [5, 4])
        self.score(campaign, self.vendors["a"], self.evaluator_2, [3, 4])
        with self.assertRefused(UserError, "can no longer be changed"):
            own.line_ids[0].with_user(self.evaluator_1).write({"score": "1"})
        campaign.action_close_scoring()
        # scored: every evaluator sees the others' sheets, read-only
        visible = self.Sheet.with_user(self.evaluator_1).search([("campaign_id", "=", campaign.id)])
        self.assertEqual(len(visible), 2)
        self.assertFalse(campaign.activity_ids.filtered(lambda a: a.user_id == self.evaluator_1))

    # Satisfaction ----------------------------------------------------------------------------------
    def test_manual_satisfaction_needs_a_reason(self):
        campaign = self.create_campaign(self.kpi_vendor)
        campaign.action_start()
        evaluation = self.evaluation(campaign, "d")
        self.assertEqual(evaluation.satisfaction_survey, 84.0)
        self.assertEqual(evaluation.satisfaction_survey_count, 2)
        with self.assertRefused(ValidationError, "reason"):
            evaluation.write({"satisfaction_manual": True, "satisfaction_manual_score": 95})
        with self.assertRefused(ValidationError, "between 0 and 100"):
            evaluation.write(
                {"satisfaction_manual": True, "satisfaction_manual_score": 120, "satisfaction_reason": "x"}
            )
        evaluation.with_user(self.user).write(
            {"satisfaction_manual": True, "satisfaction_manual_score": 95, "satisfaction_reason": "Site survey lost"}
        )
        line = evaluation.line_ids.filtered(lambda line: line.kpi_id.code == "satisfaction")
        self.assertEqual((line.kpi_value, line.kpi_status, line.kpi_score), (95.0, "met", 5))
        evaluation.write({"satisfaction_manual": False})
        self.assertEqual((line.kpi_value, line.kpi_score), (84.0, 4))

    def test_survey_invitations_feed_the_satisfaction(self):
        vendor = self.vendors["a"]
        campaign = self.create_campaign(
            vendor, survey_id=self.survey.id, stakeholder_ids=[Command.set((self.manager | self.user).ids)]
        )
        campaign.action_start()
        evaluation = campaign.evaluation_ids
        invitations = evaluation.survey_input_ids
        self.assertEqual(len(invitations), 2)
        self.assertEqual(invitations.partner_id, (self.manager | self.user).partner_id)
        self.assertEqual(set(invitations.mapped("state")), {"new"})
        self.assertFalse(evaluation.satisfaction_has_value)
        pending = evaluation.with_user(self.manager)
        self.assertTrue(pending.my_survey_pending)
        self.assertIn("answer_token=", pending.action_answer_survey()["url"])
        with self.assertRefused(UserError, "no satisfaction survey"):
            evaluation.with_user(self.inspector).action_answer_survey()
        # the manager answers after the period: it counts for the evaluation of the period
        answer = invitations.filtered(lambda i: i.partner_id == self.manager.partner_id)
        answer.write(
            {
                "state": "done",
                "end_datetime": fields.Datetime.now(),
                "user_input_line_ids": [
                    Command.create(
                        {
                            "question_id": self.env.ref(
                                f"labor_outsourcing_reports.survey_vendor_satisfaction_q{q}"
                            ).id,
                            "answer_type": "suggestion",
                            "suggested_answer_id": self.env.ref(
                                f"labor_outsourcing_reports.survey_vendor_satisfaction_q{q}_a{score}"
                            ).id,
                        }
                    )
                    for q, score in enumerate([5, 4, 4, 5, 5], start=1)
                ],
            }
        )
        self.assertEqual(answer.scoring_percentage, 92.0)  # 23 / 25
        evaluation.with_user(self.user).action_refresh_kpis()
        self.assertEqual(evaluation.satisfaction_survey, 92.0)
        self.assertEqual(evaluation.satisfaction_survey_count, 1)
        line = evaluation.line_ids.filtered(lambda line: line.kpi_id.code == "satisfaction")
        self.assertEqual(line.kpi_score, 5)

    def test_start_checks_evaluators_and_survey(self):
        campaign = self.create_campaign(self.vendors["a"], evaluator_ids=[Command.clear()])
        with self.assertRefused(UserError, "manual criteria"):
            campaign.action_start()
        unscored = self.survey.copy({"scoring_type": "no_scoring"})
        campaign = self.create_campaign(self.vendors["a"], survey_id=unscored.id)
        with self.assertRefused(UserError, "has no scoring"):
            campaign.action_start()

    # Bad input --------------------------------------------------------------------------------------
    def test_campaign_bad_input(self):
        with self.assertRefused(ValidationError, "does not exist"):
            self.create_campaign(self.vendors["a"], period_index=5)
        with self.assertRefused(ValidationError, "does not exist"):
            self.create_campaign(self.vendors["a"], period_type="half_year", period_index=3)
        with self.assertRefused(ValidationError, "between 2000 and 2100"):
            self.create_campaign(self.vendors["a"], year=1990)
        with self.assertRefused(ValidationError, "before it starts"):
            self.create_campaign(self.vendors["a"], date_from=date(2025, 6, 30), date_to=date(2025, 4, 1))
        with self.assertRefused(UserError, "Add the vendors"):
            self.create_campaign(self.env["res.partner"]).action_start()
        today = fields.Date.context_today(self.env.user)
        current = self.create_campaign(self.vendors["a"], year=today.year, period_index=(today.month - 1) // 3 + 1)
        with self.assertRefused(UserError, "not over yet"):
            current.action_start()
        selection = self.env.ref("labor_outsourcing.evaluation_template_plan").copy({"usage": "selection"})
        with self.assertRefused(UserError, "not a periodic evaluation template"):
            self.create_campaign(self.vendors["a"], template_id=selection.id).action_start()
        started = self.create_campaign(self.vendors["a"])
        started.action_start()
        with self.assertRefused(UserError, "cannot change"):
            started.write({"period_index": 1})
        with self.assertRefused(UserError, "Only draft campaigns"):
            started.action_start()

    def test_half_year_and_year_periods(self):
        half = self.create_campaign(self.vendors["a"], period_type="half_year", period_index=2)
        self.assertEqual((half.date_from, half.date_to), (date(2025, 7, 1), date(2025, 12, 31)))
        self.assertEqual(half.name, "Vendor evaluation 2025 H2")
        year = self.create_campaign(self.vendors["a"], period_type="year", period_index=1, year=2024)
        self.assertEqual((year.date_from, year.date_to), (date(2024, 1, 1), date(2024, 12, 31)))
        edited = self.create_campaign(self.vendors["a"], date_from=date(2025, 4, 15))
        self.assertEqual(edited.date_from, date(2025, 4, 15), "the computed dates stay editable")

    def test_month_and_phase_periods(self):
        """The regulation's 考核周期: monthly, or at the end of a project phase (its own dates)."""
        month = self.create_campaign(self.vendors["a"], period_type="month", period_index=2, year=2024)
        self.assertEqual((month.date_from, month.date_to), (date(2024, 2, 1), date(2024, 2, 29)))
        self.assertEqual(month.name, "Vendor evaluation 2024-02")
        with self.assertRefused(ValidationError, "a month is 1 to 12"):
            self.create_campaign(self.vendors["a"], period_type="month", period_index=13)
        phase = self.create_campaign(
            self.vendors["a"],
            period_type="phase",
            phase_name="Line 7 ramp-up",
            date_from=date(2025, 3, 10),
            date_to=date(2025, 5, 20),
        )
        self.assertEqual((phase.date_from, phase.date_to), (date(2025, 3, 10), date(2025, 5, 20)))
        self.assertEqual(phase.name, "Vendor evaluation Line 7 ramp-up")
        phase.with_user(self.user).action_start()
        evaluation = phase.evaluation_ids
        self.assertEqual(
            (evaluation.date_from, evaluation.date_to, evaluation.period_label),
            (date(2025, 3, 10), date(2025, 5, 20), "Line 7 ramp-up"),
        )
        with self.assertRefused(ValidationError, "names the phase"):
            self.create_campaign(
                self.vendors["a"], period_type="phase", date_from=date(2025, 3, 10), date_to=date(2025, 5, 20)
            )
        draft = self.create_campaign(self.vendors["a"])
        draft.write({"period_type": "phase", "phase_name": "Commissioning"})
        self.assertEqual((draft.date_from, draft.date_to), (Q2_FROM, Q2_TO), "switching keeps the dates")

    def test_band_validation(self):
        dimension = self.template.dimension_ids[0]
        kpi = self.env.ref("labor_outsourcing_reports.kpi_quality_pass_rate")
        Criterion = self.env["labor.evaluation.criterion"].with_user(self.manager)

        def criterion(bands, kpi_id=kpi.id):
            return Criterion.create(
                {
                    "dimension_id": dimension.id,
                    "name": "Test",
                    "kpi_id": kpi_id,
                    "band_ids": [Command.create({"score": str(s), "threshold": t}) for t, s in bands],
                }
            )

        with self.assertRefused(ValidationError, "monotonic"):
            criterion([(90, 5), (95, 4), (0, 1)])
        with self.assertRefused(ValidationError, "scoring 1"):
            criterion([(95, 5), (90, 4)])
        with self.assertRefused(ValidationError, "same threshold"):
            criterion([(95, 5), (95, 4), (0, 1)])
        with self.assertRefused(ValidationError, "at least one band"):
            criterion([])
        with self.assertRefused(ValidationError, "need a KPI"):
            criterion([(95, 5), (0, 1)], kpi_id=False)
        good = criterion([(95, 5), (0, 1)])
        self.assertEqual(good.bands_display, "≥ 95 → 5, otherwise → 1")
        self.assertEqual(good._kpi_score(96), 5)
        self.assertEqual(good._kpi_score(50), 1)
        # the plain values the evaluation lines are scored from give the same scores
        ((code, direction, bands),) = good._kpi_scoring().values()
        self.assertEqual((code, direction, bands), (kpi.code, kpi.direction, [(95.0, 5), (0.0, 1)]))
        self.assertEqual([kpi_tools.band_score(v, bands, direction) for v in (96, 95, 50)], [5, 5, 1])
        with self.assertRefused(ValidationError, "monotonic"):
            good.band_ids.filtered(lambda b: b.score == "1").write({"threshold": 99})
        with self.assertRefused(ValidationError, "scoring 1"):
            good.write({"band_ids": [Command.unlink(good.band_ids.filtered(lambda b: b.score == "1").id)]})

    def test_kpi_catalog_bad_input(self):
        kpi = self.env.ref("labor_outsourcing_reports.kpi_quality_pass_rate").with_user(self.manager)
        with self.assertRefused(ValidationError, "between -100 and 100"):
            kpi.target = 150
        with self.assertRefused(ValidationError, "not a numeric field"):
            kpi.contract_target_field = "title"
        with self.assertRefused(ValidationError, "no formula"):
            self.env["labor.kpi"].with_user(self.manager).create({"code": "made_up", "name": "Made up"})
        kpi.target = 97
        self.assertEqual(kpi.target, 97)
        with self.assertRaises(AccessError):
            kpi.with_user(self.user).target = 90

    # Report, demo --------------------------------------------------------------------------------------
    def test_evaluation_report_renders(self):
        campaign = self.run_campaign(self.kpi_vendor)
        evaluation = campaign.evaluation_ids
        evaluation.with_user(self.manager).action_confirm()
        Report = self.env["ir.actions.report"].with_user(self.manager)
        report = "labor_outsourcing_reports.report_vendor_evaluation"
        html = Report._render_qweb_html(report, evaluation.ids)[0].decode()
        for text in (
            self.kpi_vendor.name,
            "Inspection Pass Rate",
            "80.00 %",
            "Scores by Dimension",
            "47.00",
            "Non-Conformances of the Period",
            "Leadership",
            "Purchasing Manager",
        ):
            self.assertIn(text, html)
        # Odoo prints HTML in test mode unless asked: force the real wkhtmltopdf rendering
        pdf, kind = Report.with_context(force_report_rendering=True)._render_qweb_pdf(report, evaluation.ids)
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))

    def test_report_trend_lists_previous_confirmed_evaluations(self):
        first = self.run_campaign(self.vendors["a"], period_index=1)
        first.evaluation_ids.with_user(self.manager).action_confirm()
        second = self.run_campaign(self.vendors["a"])
        self.assertEqual(second.evaluation_ids._previous_evaluations(), first.evaluation_ids)
        self.assertEqual(second.evaluation_ids._report_ncr_rows()[0]["total"], 0)
        rows = self.evaluation(self.run_campaign(self.kpi_vendor), "d")._report_ncr_rows()
        self.assertEqual({row["severity"]: row["total"] for row in rows}, {"Minor": 2, "Major": 1, "Critical": 1})
        self.assertEqual({row["severity"]: row["closed"] for row in rows}, {"Minor": 0, "Major": 1, "Critical": 1})


class TestDemoCampaign(EvaluationCommon):
    def test_demo_campaign_is_done_with_grades_a_to_d(self):
        campaign = self.env.ref("labor_outsourcing_reports.demo_eval_campaign")
        self.assertEqual(campaign.state, "done")
        self.assertEqual(campaign.period_type, "quarter")
        self.assertLess(campaign.date_to, fields.Date.context_today(campaign))
        evaluations = campaign.evaluation_ids
        self.assertEqual(set(evaluations.mapped("state")), {"confirmed"})
        self.assertEqual(sorted(evaluations.grade_id.mapped("name")), ["A", "B", "C", "D"])
        by_grade = {e.grade_id.name: e for e in evaluations}
        self.assertEqual([by_grade[g].rank for g in "ABCD"], [1, 2, 3, 4])
        self.assertEqual(by_grade["A"].vendor_id, self.env.ref("labor_outsourcing.demo_vendor_hengxin"))
        self.assertTrue(by_grade["A"].reward_ids)
        # the grades come from the computation: each total is the weighted sum of its lines
        for evaluation in evaluations:
            scores = {line.criterion_id.id: line.score if line.has_score else None for line in evaluation.line_ids}
            self.assertEqual(evaluation.total_score, evaluation.template_id._scorecard_total(scores))
            self.assertTrue(evaluation.kpi_value_ids.filtered(lambda v: v.status != "no_data"))
        self.assertEqual(self.env.ref("labor_outsourcing.demo_vendor_hengxin").labor_last_grade_id.name, "A")
