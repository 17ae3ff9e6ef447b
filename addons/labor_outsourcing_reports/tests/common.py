# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Fixtures of the evaluation tests: evaluators, a KPI vendor with a fixed data set in
2025 Q2 whose every KPI is computed by hand (see ``EXPECTED``), and helpers to build
vendors with records and campaigns."""

from datetime import date, datetime

from odoo import Command
from odoo.tests import new_test_user

from odoo.addons.labor_outsourcing_quality.tests.common import QualityCommon

Q2_FROM, Q2_TO = date(2025, 4, 1), date(2025, 6, 30)

#: KPIs of the fixed data set of ``kpi_vendor`` in 2025 Q2: (value, numerator,
#: denominator, target, status), each computed by hand in the comment.
EXPECTED = {
    # 5 done inspections in Q2: 4 passed (3 checklists + 1 sampled lot), 1 failed
    "quality_pass_rate": (80.0, 4, 5, 95.0, "not_met"),
    # 4 checklists x 3 answers = 12 answers, 10 conforming; the lot: 20 sampled, 1 nonconforming
    # -> (10 + 19) / (12 + 20) = 29 / 32
    "item_pass_rate": (90.625, 29, 32, 98.0, "not_met"),
    # 3 NCRs (minor from the failed inspection, major, critical) in 2,000 worked hours
    "ncr_rate": (1.5, 3, 2000, 1.0, "not_met"),
    "ncr_rate_minor": (0.5, 1, 2000, 1.0, "met"),
    "ncr_rate_major": (0.5, 1, 2000, 0.3, "not_met"),
    "ncr_rate_critical": (0.5, 1, 2000, 0.0, "not_met"),
    # actions due in Q2: done early, done late, overdue (cancelled and July ones left out)
    "capa_on_time_rate": (100 / 3, 1, 3, 90.0, "not_met"),
    # closed in Q2: major after 20 days, critical after 10 days -> 30 / 2
    "ncr_mean_close_days": (15.0, 30, 2, 30.0, "met"),
    # t1 on time, t2 5 days late, t3 on its deadline, milestone 5 days late -> 2 / 4;
    # the contract's own target (50) is used, not the catalog's (90)
    "on_time_rate": (50.0, 2, 4, 50.0, "met"),
    # delay 0 + 5 + 0 + 5 = 10 days over 10 + 15 + 30 + 30 = 85 planned days
    "delay_rate": (1000 / 85, 10, 85, 5.0, "not_met"),
    # 3 issues reported in Q2 (the cancelled and the July ones left out), 1 resolved
    "issue_resolution_rate": (100 / 3, 1, 3, 95.0, "not_met"),  # the plan's target: >= 95 %
    # first responses after 2 h and 4 h (the third issue has none)
    "issue_response_hours": (3.0, 6, 2, 24.0, "met"),
    # April settlement 27,000 for a budget of 30 days x 1,000; May 31,000 for 31 x 1,000
    # -> (61,000 - 58,000) / 61,000
    "cost_saving_rate": (3000 / 610, 3000, 61000, 5.0, "not_met"),
    # two completed surveys: 22 / 25 = 88 % and 20 / 25 = 80 %
    "satisfaction": (84.0, 168, 2, 80.0, "met"),
    # workers of Q2: W1, W2, W3 (W4 starts in July, W5 left in March) for 4 planned
    "headcount_fill_rate": (75.0, 3, 4, 95.0, "not_met"),
    # W3 has not signed the NDA
    "worker_compliance_rate": (200 / 3, 2, 3, 95.0, "not_met"),
    # 2 required courses each: W1 passed both, W2 one by June (the other in August), W3 none
    "training_completion_rate": (50.0, 3, 6, 95.0, "not_met"),
}
SATISFACTION_ANSWERS = ([5, 5, 4, 4, 4], [4, 4, 4, 4, 4])


class EvaluationCommon(QualityCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.evaluator_1 = new_test_user(cls.env, "lo_ev_1", groups="labor_outsourcing.group_labor_user")
        cls.evaluator_2 = new_test_user(cls.env, "lo_ev_2", groups="labor_outsourcing.group_labor_user")
        cls.Engine = cls.env["labor.kpi.engine"]
        cls.template = cls.env.ref("labor_outsourcing_reports.evaluation_template_periodic")
        cls.survey = cls.env.ref("labor_outsourcing_reports.survey_vendor_satisfaction")
        cls.job = cls.env["product.product"].create(
            {"name": "Line Operator (KPI tests)", "type": "service", "purchase_ok": True, "sale_ok": False}
        )
        cls.grades = {
            name: cls.env.ref(f"labor_outsourcing_reports.grade_{name.lower()}") for name in ("A", "B", "C", "D")
        }

    # Builders ------------------------------------------------------------------------------
    @classmethod
    def create_kpi_contract(cls, vendor, amount=365000, headcount=4, **values):
        project = cls.env["project.project"].create({"name": f"Project of {vendor.name}", "allow_timesheets": True})
        contract = cls.env["labor.contract"].create(
            {
                "title": f"Service of {vendor.name}",
                "vendor_id": vendor.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2025, 12, 31),
                "allow_overlap": True,
                "amount_estimated": amount,
                "project_ids": [Command.set(project.ids)],
                "rate_ids": [Command.create({"job_product_id": cls.job.id, "unit": "hour", "price": 40})],
                "headcount_line_ids": (
                    [Command.create({"job_product_id": cls.job.id, "quantity": headcount})] if headcount else []
                ),
                "user_id": cls.manager.id,
                **values,
            }
        )
        contract.write({"state": "active"})
        return contract

    @classmethod
    def create_worker(cls, name, contract, start=date(2025, 1, 1), nda=True, **values):
        return cls.env["hr.employee"].create(
            {
                "name": name,
                "is_labor_worker": True,
                "labor_vendor_id": contract.vendor_id.id,
                "labor_contract_id": contract.id,
                "labor_job_product_id": cls.job.id,
                "labor_assignment_start": start,
                "labor_nda_date": date(2024, 12, 20) if nda else False,
                "labor_safety_induction_date": date(2024, 12, 21),
                **values,
            }
        )

    @classmethod
    def timesheet(cls, worker, contract, day, hours):
        return cls.env["account.analytic.line"].create(
            {
                "name": "Work",
                "employee_id": worker.id,
                "project_id": contract.project_ids[:1].id,
                "date": day,
                "unit_amount": hours,
            }
        )

    @classmethod
    def kpi_plan(cls, contract, **values):
        """A plan of ``contract`` with the checklist of the quality tests (helmets, torque, housekeeping)."""
        vals = {
            "name": f"Inspection of {contract.vendor_id.name}",
            "contract_id": contract.id,
            "frequency": "monthly",
            "next_date": False,
            "item_ids": [
                Command.create({"name": "Helmets worn", "kind": "pass_fail", "sequence": 1}),
                Command.create(
                    {"name": "Torque", "kind": "measure", "target": 10.0, "tolerance": 0.5, "uom": "Nm", "sequence": 2}
                ),
                Command.create(
                    {
                        "name": "Housekeeping",
                        "kind": "choice",
                        "choice_options": "Clean, Acceptable, Dirty",
                        "choice_accepted": "Clean, Acceptable",
                        "sequence": 3,
                    }
                ),
            ],
        }
        vals.update(values)
        return cls.env["labor.inspection.plan"].create(vals)

    @classmethod
    def done_inspection(cls, plan, day, verdict="pass", value=10.2, choice="Clean", **values):
        inspection = cls.env["labor.inspection"].create(
            {"plan_id": plan.id, "date": day, "inspector_id": cls.inspector.id, **values}
        )
        inspection.action_start()
        by_name = {a.name: a for a in inspection.answer_ids}
        if "Helmets worn" in by_name:
            by_name["Helmets worn"].verdict = verdict
            by_name["Torque"].value = value
            by_name["Housekeeping"].choice = choice
        else:
            inspection.answer_ids.write({"verdict": verdict})
        inspection.action_done()
        return inspection

    @classmethod
    def ncr(cls, vendor, contract, day, severity="minor", **values):
        return cls.env["labor.ncr"].create(
            {
                "title": f"NCR {severity} {day}",
                "source": "internal_audit",
                "category_id": cls.env.ref("labor_outsourcing_quality.ncr_category_quality").id,
                "severity": severity,
                "vendor_id": vendor.id,
                "contract_id": contract.id,
                "description": "<p>Found on site.</p>",
                "detected_on": day,
                **values,
            }
        )

    @classmethod
    def issue(cls, vendor, contract, reported, response=None, resolved=None, state=None):
        vals = {
            "title": f"Issue {reported}",
            "vendor_id": vendor.id,
            "contract_id": contract.id,
            "date_reported": reported,
            "date_first_response": response,
            "date_resolved": resolved,
        }
        if state:
            vals["state"] = state
        elif resolved:
            vals.update(state="resolved", resolution="<p>Done</p>")
        elif response:
            vals["state"] = "in_progress"
        return cls.env["labor.issue"].create(vals)

    @classmethod
    def settlement(cls, contract, date_from, date_to, amount, confirm=True):
        settlement = cls.env["labor.settlement"].create(
            {
                "contract_id": contract.id,
                "date_from": date_from,
                "date_to": date_to,
                "line_ids": [
                    Command.create({"job_product_id": cls.job.id, "unit": "hour", "quantity": amount / 40, "price": 40})
                ],
            }
        )
        if confirm:
            settlement.state = "confirmed"
        return settlement

    @classmethod
    def survey_answer(cls, vendor, scores, end, state="done", **values):
        return cls.env["survey.user_input"].create(
            {
                "survey_id": cls.survey.id,
                "partner_id": cls.manager.partner_id.id,
                "labor_vendor_id": vendor.id,
                "state": state,
                "end_datetime": end,
                "user_input_line_ids": [
                    Command.create(
                        {
                            "question_id": cls.env.ref(f"labor_outsourcing_reports.survey_vendor_satisfaction_q{q}").id,
                            "answer_type": "suggestion",
                            "suggested_answer_id": cls.env.ref(
                                f"labor_outsourcing_reports.survey_vendor_satisfaction_q{q}_a{s}"
                            ).id,
                        }
                    )
                    for q, s in enumerate(scores, start=1)
                ],
                **values,
            }
        )

    @classmethod
    def task(cls, project, assigned, deadline, finished=None, state="1_done"):
        task = cls.env["project.task"].create(
            {
                "name": f"Task due {deadline}",
                "project_id": project.id,
                "date_assign": datetime.combine(assigned, datetime.min.time().replace(hour=8)) if assigned else False,
                "date_deadline": datetime.combine(deadline, datetime.min.time().replace(hour=18))
                if deadline
                else False,
                "state": state,
            }
        )
        if finished:
            task.date_end = datetime.combine(finished, datetime.min.time().replace(hour=17))
        return task

    # The fixed data set ---------------------------------------------------------------------
    @classmethod
    def build_kpi_data_set(cls):
        """``cls.kpi_vendor`` with one contract and the records of :data:`EXPECTED`."""
        vendor = cls.kpi_vendor = cls.create_vendor("KPI Staffing Co", state="approved")
        contract = cls.kpi_contract = cls.create_kpi_contract(vendor, target_on_time_rate=50)
        other = cls.create_vendor("Other Staffing Co", state="approved")
        other_contract = cls.create_kpi_contract(other, headcount=0)

        # workers and their hours (2,000 h in Q2)
        w1 = cls.create_worker("W1", contract)
        w2 = cls.create_worker("W2", contract)
        cls.workers = w1 | w2
        cls.timesheet(w1, contract, date(2025, 4, 15), 500)
        cls.timesheet(w1, contract, date(2025, 5, 15), 500)
        cls.timesheet(w2, contract, date(2025, 6, 15), 1000)
        cls.timesheet(w2, contract, date(2025, 7, 15), 300)  # July: out of the period
        cls.workers |= cls.create_worker("W3", contract, start=date(2025, 5, 1), nda=False)
        cls.create_worker("W4", contract, start=date(2025, 7, 1))  # starts after the period
        w5 = cls.create_worker("W5", contract)
        w5.write({"labor_assignment_end": date(2025, 3, 31), "labor_exit_date": date(2025, 3, 31), "active": False})
        other_worker = cls.create_worker("Other worker", other_contract)
        cls.timesheet(other_worker, other_contract, date(2025, 5, 2), 800)
        # training plan of the job: two courses; W1 passed both, W2 one in March and one in August
        course_1 = cls.env.ref("labor_outsourcing.training_course_safety")
        course_2 = cls.env.ref("labor_outsourcing.training_course_infosec")
        cls.env["labor.training.plan"].create(
            {
                "name": "KPI job",
                "job_product_ids": [Command.set(cls.job.ids)],
                "course_ids": [Command.set((course_1 | course_2).ids)],
            }
        )
        Training = cls.env["labor.worker.training"]
        for worker, course, day in (
            (w1, course_1, date(2025, 3, 1)),
            (w1, course_2, date(2025, 3, 2)),
            (w2, course_1, date(2025, 3, 1)),
            (w2, course_2, date(2025, 8, 1)),
        ):
            Training.create(
                {"employee_id": worker.id, "course_id": course.id, "date": day, "score": 90, "passed": True}
            )

        # inspections: 3 passed checklists, 1 failed (its NCR is the minor one), 1 sampled lot
        plan = cls.kpi_plan(contract)
        for day in (date(2025, 4, 10), date(2025, 5, 10), date(2025, 6, 10)):
            cls.done_inspection(plan, day)
        cls.failed_inspection = cls.done_inspection(plan, date(2025, 5, 20), verdict="fail", value=11.0)
        lot_plan = cls.kpi_plan(
            contract,
            name="Lot check",
            sampling_method="fixed",
            sample_size=20,
            acceptance_number=1,
            item_ids=[Command.create({"name": "Labels", "kind": "pass_fail"})],
        )
        lot = cls.env["labor.inspection"].create(
            {"plan_id": lot_plan.id, "date": date(2025, 6, 20), "lot_size": 200, "inspector_id": cls.inspector.id}
        )
        lot.action_start()
        lot.write({"nonconforming_qty": 1})
        lot.answer_ids.write({"verdict": "pass"})
        lot.action_done()
        cls.done_inspection(plan, date(2025, 7, 5))  # July: out of the period
        cls.env["labor.inspection"].create({"plan_id": plan.id, "date": date(2025, 5, 5)})  # draft: not done
        cls.done_inspection(cls.kpi_plan(other_contract), date(2025, 5, 5), verdict="fail")

        # NCRs and their corrective actions
        major = cls.ncr(vendor, contract, date(2025, 4, 10), "major", state="closed", date_closed=date(2025, 4, 30))
        cls.ncr(vendor, contract, date(2025, 5, 1), "critical", state="closed", date_closed=date(2025, 5, 11))
        cls.ncr(vendor, contract, date(2025, 5, 3), "minor", state="cancel", cancel_reason="Duplicate")
        cls.ncr(vendor, contract, date(2025, 3, 20), "minor")  # March: out of the period
        Action = cls.env["labor.ncr.action"]
        for name, due, state, done in (
            ("early", date(2025, 5, 10), "done", date(2025, 5, 8)),
            ("late", date(2025, 5, 20), "done", date(2025, 5, 25)),
            ("overdue", date(2025, 6, 10), "todo", False),
            ("cancelled", date(2025, 6, 15), "cancel", False),
            ("july", date(2025, 7, 10), "done", date(2025, 7, 9)),
        ):
            Action.create(
                {
                    "ncr_id": major.id,
                    "name": name,
                    "date_deadline": due,
                    "state": state,
                    "date_done": done,
                    "evidence": "ok",
                }
            )

        # tasks and a milestone of the contract's project
        project = contract.project_ids
        cls.task(project, date(2025, 4, 30), date(2025, 5, 10), date(2025, 5, 8))
        cls.task(project, date(2025, 5, 5), date(2025, 5, 20), date(2025, 5, 25))
        cls.task(project, date(2025, 5, 2), date(2025, 6, 1), date(2025, 6, 1))
        cls.task(project, date(2025, 5, 2), date(2025, 6, 20), state="01_in_progress")  # open
        cls.task(project, date(2025, 6, 2), date(2025, 6, 30), date(2025, 7, 2))  # finished in July
        cls.task(project, date(2025, 5, 2), None, date(2025, 5, 20))  # no deadline
        project.allow_milestones = True
        milestone = cls.env["project.milestone"].create(
            {"name": "Line 2 ready", "project_id": project.id, "deadline": date(2025, 6, 15)}
        )
        milestone.write({"is_reached": True})
        milestone.write({"reached_date": date(2025, 6, 20)})
        cls.env.cr.execute(
            "UPDATE project_milestone SET create_date = %s WHERE id = %s", (datetime(2025, 5, 16, 9), milestone.id)
        )
        milestone.invalidate_recordset(["create_date"])

        # issues
        cls.issue(vendor, contract, datetime(2025, 4, 2, 8), datetime(2025, 4, 2, 10), datetime(2025, 4, 3, 8))
        cls.issue(vendor, contract, datetime(2025, 5, 1, 8), datetime(2025, 5, 1, 12))
        cls.issue(vendor, contract, datetime(2025, 6, 1, 8))
        cls.issue(vendor, contract, datetime(2025, 6, 2, 8), state="cancel")
        cls.issue(vendor, contract, datetime(2025, 7, 1, 8), datetime(2025, 7, 1, 9), datetime(2025, 7, 1, 10))

        # settlements: April and May confirmed; June draft; March out of the period
        cls.settlement(contract, date(2025, 4, 1), date(2025, 4, 30), 27000)
        cls.settlement(contract, date(2025, 5, 1), date(2025, 5, 31), 31000)
        cls.settlement(contract, date(2025, 6, 1), date(2025, 6, 30), 20000, confirm=False)
        cls.settlement(contract, date(2025, 3, 1), date(2025, 3, 31), 10000)

        # satisfaction surveys: two completed in Q2, one in progress, one in August
        for scores in SATISFACTION_ANSWERS:
            cls.survey_answer(vendor, scores, datetime(2025, 5, 20, 10))
        cls.survey_answer(vendor, [1, 1, 1, 1, 1], False, state="in_progress")
        cls.survey_answer(vendor, [1, 1, 1, 1, 1], datetime(2025, 8, 1, 10))
        cls.other_vendor = other
        cls.other_contract = other_contract

    # Campaigns --------------------------------------------------------------------------------
    def create_campaign(self, vendors, user=None, evaluators=None, **values):
        campaign = (
            self.env["labor.evaluation.campaign"]
            .with_user(user or self.user)
            .create(
                {
                    "period_type": "quarter",
                    "year": 2025,
                    "period_index": 2,
                    "template_id": self.template.id,
                    "vendor_ids": [Command.set(vendors.ids)],
                    "evaluator_ids": [Command.set((evaluators or (self.evaluator_1 | self.evaluator_2)).ids)],
                    **values,
                }
            )
        )
        return campaign.with_env(self.env)

    def score(self, campaign, vendor, evaluator, scores):
        return (
            self.env["labor.vendor.evaluation.sheet"]
            .with_user(evaluator)
            .record_scores(campaign.id, vendor.id, evaluator.id, scores)
        )
