# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark data: a company buying labor from many agencies for a year, made through the
ORM in batches, reproducible from a seed and an anchor date (default: today).

    python -m bench.generate -c odoo.conf -d DB --scale small|full [--seed 42] [--anchor 2026-11-21]

or ``make bench-data SCALE=small|full``. What is made (``full``):

* 200 approved vendors with their documents (business licence, tax registration, dispatch
  permit, sometimes ISO 9001 and insurance; some expiring within 30 days, some expired),
  one active contract each (rate card of two jobs, headcount plan, penalty rules, a
  timesheet project, a work site; some ending within 60 days), a contact each, a worker
  proposal and the monthly progress reports of the last three months;
* 2,000 outsourced workers (hr.employee) with their health certificate (required for the
  jobs; some expiring soon, some expired) and their safety training;
* 200,000 timesheet lines over the twelve months before the anchor;
* an inspection plan per contract (three checks: pass/fail, measure, choice; some plans
  due) and 90,000 inspections over the year, done with their answers (about 8 % failed)
  except the last days' ones, in progress or draft;
* 10,000 NCRs (the failed inspections', then internal audits and complaints) in every step
  of their flow, with their corrective actions (some overdue);
* 5,000 issues (some open past their SLA), 400 risks (some due for review), monthly
  settlements with their purchase order price, two satisfaction surveys per vendor and
  quarter, project tasks with deadlines, and a closed evaluation campaign of the quarter
  before the benchmark quarter (started, scored by two evaluators, confirmed: the real flow);
* the records the measurements need (see ``bench-interface`` in BENCHMARKS.md): two
  portal vendors with exactly 10 and 1,000 records of each kind they see on the portal,
  two contracts with 1,000 and 10,000 unsettled timesheet lines, bench users.

``small`` makes the same shapes with a few vendors, in seconds (used by the tests).

Everything goes through ``create``/``write`` of the models (with their constraints and
computes) in batches; records are created in the state they would have reached, with the
dates of the year, rather than walked through each button one by one — except the
evaluation campaign, which is run through its buttons.
"""

import argparse
import json
import logging
import random
import time
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from .common import MANIFEST_KEY, environment, load_registry

_logger = logging.getLogger("bench.generate")

SCALES = {
    "small": {
        "vendors": 10,
        "workers": 50,
        "timesheets": 2000,
        "inspections": 600,
        "ncrs": 120,
        "issues": 60,
        "risks_per_vendor": 2,
        "scope_sizes": (10, 100),
        "settlement_lines": (100, 1000),
    },
    "full": {
        "vendors": 200,
        "workers": 2000,
        "timesheets": 200000,
        "inspections": 90000,
        "ncrs": 10000,
        "issues": 5000,
        "risks_per_vendor": 2,
        "scope_sizes": (10, 1000),
        "settlement_lines": (1000, 10000),
    },
}
BATCH = 2000
CITIES = ["Suzhou", "Kunshan", "Wuxi", "Shanghai", "Ningbo", "Hangzhou", "Dongguan", "Shenzhen", "Tianjin", "Chengdu"]
WORDS = ["Hengxin", "Jiaye", "Ruida", "Xinli", "Huacheng", "Tianhe", "Yongsheng", "Dafu", "Mingde", "Zhongtai"]
KINDS = ["Staffing", "Human Resources", "Labor Services", "Facility Services", "Logistics Services"]
JOBS = [
    ("Bench Line Operator", "hour", 38.0),
    ("Bench Forklift Driver", "hour", 45.0),
    ("Bench Cleaner", "day", 220.0),
    ("Bench Security Guard", "day", 260.0),
]
PORTAL_KINDS = (
    "contracts",
    "documents",
    "workers",
    "proposals",
    "progress_reports",
    "settlements",
    "inspections",
    "ncrs",
    "issues",
    "evaluations",
)


def quarter_before(day):
    """(first day, last day) of the last complete quarter before ``day``."""
    start = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1) - relativedelta(months=3)
    return start, start + relativedelta(months=3, days=-1)


def chunks(items, size=BATCH):
    for index in range(0, len(items), size):
        yield items[index : index + size]


class Generator:
    """One run of the generator on ``env`` (superuser, quiet context)."""

    def __init__(self, env, scale="small", seed=42, anchor=None, log=None):
        if scale not in SCALES:
            raise ValueError(f"unknown scale {scale!r}: {', '.join(SCALES)}")
        self.env = env
        self.scale = scale
        self.size = SCALES[scale]
        self.seed = seed
        self.rng = random.Random(seed)
        self.anchor = anchor or date.today()
        self.start = self.anchor - timedelta(days=365)
        self.quarter = quarter_before(self.anchor)
        self.log = log or _logger.info
        self.counts = {}
        self._t0 = time.perf_counter()

    # Helpers ------------------------------------------------------------------------------
    def create(self, model, vals_list, batch=BATCH):
        """Create ``vals_list`` in batches; the cache is emptied between batches."""
        Model = self.env[model]
        ids = []
        for chunk in chunks(vals_list, batch):
            ids += Model.create(chunk).ids
            self.env.flush_all()
            self.env.invalidate_all()
        self.counts[model] = self.counts.get(model, 0) + len(ids)
        return Model.browse(ids)

    def step(self, message):
        self.log("%6.1fs  %s" % (time.perf_counter() - self._t0, message))

    def day(self, start=None, end=None):
        start, end = start or self.start, end or self.anchor
        return start + timedelta(days=self.rng.randrange(max(1, (end - start).days + 1)))

    def workday(self, start=None, end=None):
        for _attempt in range(10):
            day = self.day(start, end)
            if day.weekday() < 5:
                return day
        return day

    def ref(self, xmlid):
        return self.env.ref(xmlid)

    # Reference data -----------------------------------------------------------------------
    def make_reference(self):
        env = self.env
        self.company = env.company
        Users = env["res.users"].with_context(no_reset_password=True)
        groups = {
            "manager": [
                "labor_outsourcing.group_labor_manager",
                "labor_outsourcing_quality.group_labor_quality_inspector",
                "hr_timesheet.group_hr_timesheet_approver",
            ],
            "user": ["labor_outsourcing.group_labor_user"],
            "inspector": ["labor_outsourcing_quality.group_labor_quality_inspector"],
        }
        self.users = {}
        for key, xmlids in groups.items():
            login = f"bench.{key}"
            self.users[key] = Users.create(
                {
                    "name": f"Bench {key.title()}",
                    "login": login,
                    "password": login,
                    "email": f"{login}@bench.invalid",
                    "groups_id": [(6, 0, [env.ref("base.group_user").id] + [env.ref(x).id for x in xmlids])],
                }
            )
        uom_hour, uom_day = env.ref("uom.product_uom_hour"), env.ref("uom.product_uom_day")
        self.jobs = self.create(
            "product.product",
            [
                {
                    "name": name,
                    "type": "service",
                    "purchase_ok": True,
                    "sale_ok": False,
                    "standard_price": price,
                    "uom_id": (uom_hour if unit == "hour" else uom_day).id,
                    "uom_po_id": (uom_hour if unit == "hour" else uom_day).id,
                }
                for name, unit, price in JOBS
            ],
        )
        self.job_units = {job.id: JOBS[i][1] for i, job in enumerate(self.jobs)}
        self.job_prices = {job.id: JOBS[i][2] for i, job in enumerate(self.jobs)}
        self.sites = self.create(
            "labor.work.site", [{"name": f"Bench {city} Plant", "code": f"B{i:02d}"} for i, city in enumerate(CITIES)]
        )
        # the health certificate and the safety course are required for the bench jobs
        self.cert_type = env.ref("labor_outsourcing.worker_certificate_type_health")
        self.cert_type.write({"job_product_ids": [(4, job.id) for job in self.jobs]})
        self.course = env.ref("labor_outsourcing.training_course_safety")
        self.create(
            "labor.training.plan",
            [
                {
                    "name": "Bench jobs",
                    "job_product_ids": [(6, 0, self.jobs.ids)],
                    "course_ids": [(6, 0, self.course.ids)],
                }
            ],
        )
        self.service_types = env["labor.service.type"].search([])
        self.doc_types = {
            code: env.ref(f"labor_outsourcing.document_type_{code}")
            for code in ("business_license", "tax_registration", "dispatch_permit", "iso9001", "insurance")
        }
        self.ncr_categories = env["labor.ncr.category"].search([])
        self.template = env.ref("labor_outsourcing_reports.evaluation_template_periodic")
        self.survey = env.ref("labor_outsourcing_reports.survey_vendor_satisfaction")
        self.survey_answers = {
            q: [env.ref(f"labor_outsourcing_reports.survey_vendor_satisfaction_q{q}_a{s}").id for s in range(1, 6)]
            for q in range(1, 6)
        }
        self.survey_questions = {
            q: env.ref(f"labor_outsourcing_reports.survey_vendor_satisfaction_q{q}").id for q in range(1, 6)
        }
        self.step("reference data")

    # Vendors, documents, contracts ----------------------------------------------------------
    def vendor_vals(self, index, name=None):
        return {
            "name": name
            or "%s %s %s %03d" % (self.rng.choice(CITIES), self.rng.choice(WORDS), self.rng.choice(KINDS), index),
            "is_company": True,
            "is_outsourcing_vendor": True,
            "vendor_state": "approved",
            "outsourcing_user_id": self.users["user"].id,
            "outsourcing_service_type_ids": [(6, 0, self.rng.sample(self.service_types.ids, 2))],
            "email": f"contact{index}@vendor{index}.bench.invalid",
            "phone": "+86 512 %04d %04d" % (self.rng.randrange(10000), index),
            "city": self.rng.choice(CITIES),
        }

    def make_vendors(self):
        self.vendors = self.create("res.partner", [self.vendor_vals(i) for i in range(self.size["vendors"])])
        self.contacts = self.create(
            "res.partner",
            [
                {
                    "name": f"Coordinator of {vendor.name}",
                    "parent_id": vendor.id,
                    "email": f"hr@{vendor.id}.bench.invalid",
                }
                for vendor in self.vendors
            ],
        )
        docs = []
        for vendor in self.vendors:
            for code in ("business_license", "tax_registration", "dispatch_permit", "iso9001", "insurance"):
                if code in ("iso9001", "insurance") and self.rng.random() < 0.5:
                    continue
                roll = self.rng.random()
                if code in ("business_license", "tax_registration") and roll < 0.8:
                    expiry = False
                elif roll < 0.05:
                    expiry = self.anchor - timedelta(days=self.rng.randrange(1, 60))  # expired
                elif roll < 0.15:
                    expiry = self.anchor + timedelta(days=self.rng.randrange(0, 30))  # expiring
                else:
                    expiry = self.anchor + timedelta(days=self.rng.randrange(60, 900))
                docs.append(
                    {
                        "vendor_id": vendor.id,
                        "type_id": self.doc_types[code].id,
                        "number": f"{code[:3].upper()}-{vendor.id}",
                        "issue_date": self.start - timedelta(days=self.rng.randrange(30, 900)),
                        "expiry_date": expiry,
                        "state": "verified",
                    }
                )
        self.create("labor.vendor.document", docs)
        self.step(f"{len(self.vendors)} vendors and {len(docs)} documents")

    def contract_vals(self, vendor, index, project=None, start=None, end=None, site=None):
        start = start or self.start - timedelta(days=self.rng.randrange(0, 60))
        end = end or self.anchor + timedelta(
            days=self.rng.choice([self.rng.randrange(5, 60), self.rng.randrange(60, 500)])
        )
        jobs = self.rng.sample(self.jobs.ids, 2)
        site = site or self.rng.choice(self.sites.ids)
        return {
            "title": f"Outsourced staffing {index:04d}",
            "vendor_id": vendor.id,
            "state": "active",
            "allow_overlap": True,
            "service_type_id": vendor.outsourcing_service_type_ids[:1].id,
            "user_id": self.users["manager"].id,
            "date_start": start,
            "date_end": end,
            "signed_date": start - timedelta(days=5),
            "amount_estimated": self.rng.randrange(200, 2000) * 1000,
            "project_ids": [(6, 0, project.ids)] if project else [],
            "site_ids": [(6, 0, [site])],
            "rate_ids": [
                (0, 0, {"job_product_id": job, "unit": self.job_units[job], "price": self.job_prices[job]})
                for job in jobs
            ],
            "headcount_line_ids": [
                (0, 0, {"job_product_id": job, "site_id": site, "quantity": self.rng.randrange(3, 9)}) for job in jobs
            ],
            "penalty_rule_ids": [
                (0, 0, {"trigger": "ncr_minor", "amount": 500}),
                (0, 0, {"trigger": "ncr_major", "amount": 3000}),
            ],
        }

    def make_contracts(self):
        projects = self.create(
            "project.project",
            [
                {"name": f"Bench project of {vendor.name}", "allow_timesheets": True, "allow_milestones": True}
                for vendor in self.vendors
            ],
        )
        self.contracts = self.create(
            "labor.contract",
            [self.contract_vals(vendor, i, project) for i, (vendor, project) in enumerate(zip(self.vendors, projects))],
        )
        self.step(f"{len(self.contracts)} contracts")

    # Workers, certificates, trainings, timesheets ----------------------------------------------
    def worker_vals(self, contract, index, job=None):
        job = job or self.rng.choice(contract.rate_ids.job_product_id.ids)
        return {
            "name": "%s %s %04d"
            % (
                self.rng.choice(["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang"]),
                self.rng.choice(["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Yan"]),
                index,
            ),
            "is_labor_worker": True,
            "labor_vendor_id": contract.vendor_id.id,
            "labor_contract_id": contract.id,
            "labor_job_product_id": job,
            "labor_site_id": contract.site_ids[:1].id,
            "labor_assignment_start": contract.date_start,
            "labor_nda_date": contract.date_start - timedelta(days=3),
            "labor_safety_induction_date": contract.date_start - timedelta(days=2),
        }

    def make_workers(self, contracts, count, first_index=0, cycle_jobs=False):
        """``count`` workers spread over ``contracts``, each with a verified health
        certificate and the passed safety course; with ``cycle_jobs`` their jobs take the
        rate card's jobs in turn (instead of at random)."""
        vals = []
        for i in range(count):
            contract = contracts[i % len(contracts)]
            jobs = contract.rate_ids.job_product_id.ids
            vals.append(self.worker_vals(contract, first_index + i, jobs[i % len(jobs)] if cycle_jobs else None))
        workers = self.create("hr.employee", vals, batch=500)
        certificates, trainings = [], []
        for worker, worker_vals in zip(workers, vals):
            roll = self.rng.random()
            if roll < 0.03:
                expiry = self.anchor + timedelta(days=self.rng.randrange(0, 20))  # expiring soon
            else:
                expiry = self.anchor + timedelta(days=self.rng.randrange(60, 700))
            certificates.append(
                {
                    "employee_id": worker.id,
                    "type_id": self.cert_type.id,
                    "number": f"HC-{worker.id}",
                    "issue_date": worker_vals["labor_assignment_start"] - timedelta(days=30),
                    "expiry_date": expiry,
                    "state": "verified",
                }
            )
            trainings.append(
                {
                    "employee_id": worker.id,
                    "course_id": self.course.id,
                    "score": self.rng.randrange(70, 100),
                    "date": worker_vals["labor_assignment_start"] - timedelta(days=1),
                    "passed": True,
                }
            )
        self.create("labor.worker.certificate", certificates)
        self.create("labor.worker.training", trainings)
        return workers

    def timesheet_vals(self, worker_id, project_id, day, hours=8.0):
        return {
            "name": "Shift work",
            "employee_id": worker_id,
            "project_id": project_id,
            "date": day,
            "unit_amount": hours,
        }

    def make_timesheets(self, workers, total, end=None):
        """``total`` lines over the year: each worker gets its share of distinct workdays."""
        end = end or self.anchor
        per_worker, extra = divmod(total, len(workers))
        project_of = {c.id: c.project_ids[:1].id for c in workers.labor_contract_id}
        days = [d for d in (self.start + timedelta(days=i) for i in range((end - self.start).days)) if d.weekday() < 6]
        vals = []
        for index, worker in enumerate(workers):
            count = per_worker + (1 if index < extra else 0)
            chosen = sorted(self.rng.sample(days, min(count, len(days))))
            while len(chosen) < count:  # more lines than days: a second line on some days
                chosen.append(self.rng.choice(days))
            for day in chosen:
                vals.append(
                    self.timesheet_vals(
                        worker.id,
                        project_of[worker.labor_contract_id.id],
                        day,
                        self.rng.choice([4.0, 8.0, 8.0, 8.0, 10.0]),
                    )
                )
        self.create("account.analytic.line", vals)
        return len(vals)

    # Quality ----------------------------------------------------------------------------
    def plan_vals(self, contract, due=False):
        return {
            "name": f"Site inspection of {contract.name}",
            "contract_id": contract.id,
            "site_id": contract.site_ids[:1].id,
            "frequency": "monthly",
            "next_date": self.anchor - timedelta(days=self.rng.randrange(0, 10))
            if due
            else self.anchor + timedelta(days=self.rng.randrange(5, 30)),
            "user_id": self.users["inspector"].id,
            "item_ids": [
                (0, 0, {"name": "Protective equipment worn", "kind": "pass_fail", "sequence": 1}),
                (
                    0,
                    0,
                    {"name": "Torque", "kind": "measure", "target": 10.0, "tolerance": 0.5, "uom": "Nm", "sequence": 2},
                ),
                (
                    0,
                    0,
                    {
                        "name": "Housekeeping",
                        "kind": "choice",
                        "choice_options": "Clean, Acceptable, Dirty",
                        "choice_accepted": "Clean, Acceptable",
                        "sequence": 3,
                    },
                ),
            ],
        }

    def inspection_vals(self, plan, items, day, workers=()):
        """A done inspection with its three answers (about 8 % fail), or an open one in the
        last days before the anchor."""
        state = "done" if day < self.anchor - timedelta(days=3) else self.rng.choice(["draft", "in_progress", "done"])
        failed = state == "done" and self.rng.random() < 0.08
        vals = {
            "plan_id": plan.id,
            "date": day,
            "kind": "site",
            "inspector_id": self.users["inspector"].id,
            "state": state,
            "employee_ids": [(6, 0, list(workers))],
        }
        if state != "draft":
            bad = self.rng.randrange(3) if failed else -1
            verdict = "fail" if bad == 0 else "pass"
            value = 11.2 if bad == 1 else round(10 + self.rng.uniform(-0.4, 0.4), 2)
            choice = "Dirty" if bad == 2 else self.rng.choice(["Clean", "Acceptable"])
            answers = [{"verdict": verdict}, {"value": value, "value_recorded": True}, {"choice": choice}]
            vals["answer_ids"] = [
                (0, 0, dict(item_id=item.id, sequence=item.sequence, **answer)) for item, answer in zip(items, answers)
            ]
        if state == "done":
            # answers cannot be added to a done inspection: created in progress, then closed
            # in batch with the result of its answers
            vals.update(state="in_progress", _final={"state": "done", "result": "failed" if failed else "passed"})
        return vals

    def create_then_close(self, model, vals_list, batch=1000):
        """Create records whose final values (key ``_final`` of their vals) can only be
        reached once their lines exist (done inspections, confirmed settlements): create
        them open, then write the final values in batches of equal values."""
        finals = [vals.pop("_final", None) for vals in vals_list]
        records = self.create(model, vals_list, batch=batch)
        groups = {}
        for record_id, final in zip(records.ids, finals):
            if final:
                groups.setdefault(tuple(sorted(final.items())), []).append(record_id)
        for final, ids in groups.items():
            for chunk in chunks(ids, 5000):
                self.env[model].browse(chunk).write(dict(final))
                self.env.flush_all()
                self.env.invalidate_all()
        return records

    def make_inspections(self, contracts, total, workers_by_contract):
        self.plans = self.create(
            "labor.inspection.plan",
            [self.plan_vals(contract, due=index % 5 == 0) for index, contract in enumerate(contracts)],
        )
        items = {plan.id: plan.item_ids.sorted("sequence") for plan in self.plans}
        vals = []
        for index in range(total):
            plan = self.plans[index % len(self.plans)]
            crew = workers_by_contract.get(plan.contract_id.id, [])
            vals.append(
                self.inspection_vals(plan, items[plan.id], self.workday(), self.rng.sample(crew, min(2, len(crew))))
            )
        return self.create_then_close("labor.inspection", vals)

    NCR_FLOW = ["draft", "containment", "analysis", "action_plan", "implementation", "verification", "closed"]

    def ncr_vals(self, vendor, contract, day, inspection=None, cancel=True):
        age = (self.anchor - day).days
        # older NCRs are further in their flow: most of those older than two months are closed
        if age > 60 and self.rng.random() < 0.9:
            state = "closed"
        elif cancel and self.rng.random() < 0.03:
            state = "cancel"
        else:
            state = self.rng.choice(self.NCR_FLOW[:-1])
        severity = self.rng.choices(["minor", "major", "critical"], [80, 17, 3])[0]
        step = self.NCR_FLOW.index(state) if state in self.NCR_FLOW else 0
        vals = {
            "title": f"Failed inspection {inspection.name}"
            if inspection
            else self.rng.choice(
                [
                    "Missing protective equipment",
                    "Late shift handover",
                    "Wrong torque on line 2",
                    "Untidy workplace",
                    "Unregistered worker on site",
                    "Badge shared between workers",
                ]
            ),
            "source": "inspection" if inspection else self.rng.choice(["internal_audit", "complaint", "incident"]),
            "category_id": self.rng.choice(self.ncr_categories.ids),
            "severity": severity,
            "vendor_id": vendor.id,
            "contract_id": contract.id,
            "inspection_id": inspection.id if inspection else False,
            "description": "<p>Found on site during the inspection.</p>",
            "detected_on": day,
            "detected_by_id": self.users["inspector"].id,
            "user_id": self.users["manager"].id,
            "qty_checked": 3,
            "qty_nonconforming": 1,
            "state": state,
        }
        if step >= 1 or state == "closed":
            vals.update(containment_action="Stopped the work and briefed the team.", containment_date=day)
        if step >= 3 or state == "closed":
            vals.update(root_cause="Instruction not followed by a new worker.", cause_category="man")
        if state == "closed":
            vals.update(
                effectiveness_verified=True,
                verification_note="No repeat in the following inspections.",
                date_closed=min(self.anchor, day + timedelta(days=self.rng.randrange(5, 45))),
            )
        if state == "cancel":
            vals["cancel_reason"] = "Duplicate"
        actions = []
        if step >= 3 or state == "closed":
            for number in range(self.rng.choice([1, 1, 2])):
                deadline = day + timedelta(days=self.rng.randrange(7, 40))
                done = state == "closed" or (state in ("implementation", "verification") and self.rng.random() < 0.5)
                actions.append(
                    (
                        0,
                        0,
                        {
                            "name": ["Retrain the crew", "Update the work instruction"][number],
                            "action_type": ["corrective", "preventive"][number],
                            "owner_type": self.rng.choice(["internal", "vendor"]),
                            "user_id": self.users["manager"].id,
                            "date_deadline": deadline,
                            "state": "done" if done else "todo",
                            "date_done": min(self.anchor, deadline + timedelta(days=self.rng.randrange(-5, 4)))
                            if done
                            else False,
                            "evidence": "Attendance sheet" if done else False,
                        },
                    )
                )
        vals["action_ids"] = actions
        return vals

    def make_ncrs(self, failed_inspections, total):
        vals = [self.ncr_vals(i.vendor_id, i.contract_id, i.date, i) for i in failed_inspections[:total]]
        for _index in range(total - len(vals)):
            contract = self.contracts[self.rng.randrange(len(self.contracts))]
            vals.append(self.ncr_vals(contract.vendor_id, contract, self.workday()))
        return self.create("labor.ncr", vals, batch=1000)

    def issue_vals(self, contract):
        reported = datetime.combine(self.day(), datetime.min.time()) + timedelta(hours=self.rng.randrange(7, 19))
        age_days = (datetime.combine(self.anchor, datetime.min.time()) - reported).days
        vals = {
            "title": self.rng.choice(
                [
                    "Worker absent without notice",
                    "Overtime not approved",
                    "Badge lost",
                    "Shift schedule conflict",
                    "Complaint about canteen",
                    "Safety shoes missing",
                ]
            ),
            "vendor_id": contract.vendor_id.id,
            "contract_id": contract.id,
            "priority": self.rng.choice(["0", "1", "1", "2", "3"]),
            "date_reported": reported,
            "reporter_id": self.users["user"].id,
            "user_id": self.users["manager"].id,
            "description": "<p>Reported by the site supervisor.</p>",
        }
        if age_days > 20 and self.rng.random() < 0.92:
            response = reported + timedelta(hours=self.rng.randrange(1, 30))
            vals.update(
                state="resolved",
                date_first_response=response,
                resolution="<p>Settled with the vendor.</p>",
                date_resolved=response + timedelta(hours=self.rng.randrange(2, 120)),
            )
        elif self.rng.random() < 0.5:
            vals.update(state="in_progress", date_first_response=reported + timedelta(hours=self.rng.randrange(1, 30)))
        return vals

    def make_issues(self, total):
        return self.create("labor.issue", [self.issue_vals(self.rng.choice(self.contracts)) for _i in range(total)])

    def make_risks(self):
        vals = []
        for contract in self.contracts:
            for _index in range(self.size["risks_per_vendor"]):
                vals.append(
                    {
                        "name": self.rng.choice(
                            [
                                "Key workers leave before the peak",
                                "Wage arrears of the vendor",
                                "Data leak by a temporary worker",
                                "Injury on the forklift route",
                            ]
                        ),
                        "category": self.rng.choice(["supplier", "legal", "infosec", "safety"]),
                        "vendor_id": contract.vendor_id.id,
                        "contract_id": contract.id,
                        "likelihood": str(self.rng.randrange(1, 6)),
                        "impact": str(self.rng.randrange(1, 6)),
                        "user_id": self.users["manager"].id,
                        "measures": "Back-up workers; monthly check of payslips.",
                        "review_date": self.anchor + timedelta(days=self.rng.randrange(-20, 90)),
                    }
                )
        return self.create("labor.risk", vals)

    # Settlements, surveys, tasks, progress reports, proposals -----------------------------------
    def settlement_vals(self, contract, month_start, state="confirmed"):
        month_end = month_start + relativedelta(months=1, days=-1)
        budget = contract.amount_estimated / 12
        rate = contract.rate_ids[:1]
        amount = budget * self.rng.uniform(0.85, 1.02)
        return {
            "contract_id": contract.id,
            "date_from": max(month_start, contract.date_start),
            "date_to": min(month_end, contract.date_end),
            "_final": {"state": state} if state != "draft" else None,
            "line_ids": [
                (
                    0,
                    0,
                    {
                        "job_product_id": rate.job_product_id.id,
                        "unit": rate.unit,
                        "quantity": round(amount / rate.price, 2),
                        "price": rate.price,
                    },
                )
            ],
        }

    def make_settlements(self):
        vals = []
        month = date(self.start.year, self.start.month, 1) + relativedelta(months=1)
        while month + relativedelta(months=1) <= date(self.anchor.year, self.anchor.month, 1):
            for contract in self.contracts:
                if contract.date_start <= month and contract.date_end >= month:
                    vals.append(self.settlement_vals(contract, month))
            month += relativedelta(months=1)
        return self.create_then_close("labor.settlement", vals, batch=500)

    def make_surveys(self):
        vals = []
        quarter = self.quarter[0] - relativedelta(months=9)
        while quarter <= self.quarter[0]:
            for vendor in self.vendors:
                for _index in range(2):
                    end = datetime.combine(
                        self.day(quarter, quarter + relativedelta(months=3, days=-1)), datetime.min.time()
                    ) + timedelta(hours=10)
                    vals.append(
                        {
                            "survey_id": self.survey.id,
                            "partner_id": self.users["manager"].partner_id.id,
                            "labor_vendor_id": vendor.id,
                            "state": "done",
                            "end_datetime": end,
                            "user_input_line_ids": [
                                (
                                    0,
                                    0,
                                    {
                                        "question_id": self.survey_questions[q],
                                        "answer_type": "suggestion",
                                        "suggested_answer_id": self.survey_answers[q][
                                            self.rng.choice([2, 3, 3, 4, 4, 4])
                                        ],
                                    },
                                )
                                for q in range(1, 6)
                            ],
                        }
                    )
            quarter += relativedelta(months=3)
        return self.create("survey.user_input", vals, batch=500)

    def make_tasks(self):
        vals = []
        for contract in self.contracts:
            project = contract.project_ids[:1]
            for _index in range(12):
                assigned = self.day(self.start, self.anchor - timedelta(days=30))
                deadline = assigned + timedelta(days=self.rng.randrange(5, 30))
                late = self.rng.random() < 0.12
                finished = deadline + timedelta(days=self.rng.randrange(1, 8) if late else -self.rng.randrange(0, 4))
                vals.append(
                    {
                        "name": "Staff the line for week %s" % assigned.isocalendar()[1],
                        "project_id": project.id,
                        "date_assign": datetime.combine(assigned, datetime.min.time()) + timedelta(hours=8),
                        "date_deadline": datetime.combine(deadline, datetime.min.time()) + timedelta(hours=18),
                        "state": "1_done",
                        "date_end": datetime.combine(min(finished, self.anchor), datetime.min.time())
                        + timedelta(hours=17),
                    }
                )
        return self.create("project.task", vals)

    def progress_report_vals(self, contract, month_start, state="submitted"):
        return {
            "vendor_id": contract.vendor_id.id,
            "contract_id": contract.id,
            "period_type": "monthly",
            "date_from": max(month_start, contract.date_start),
            "date_to": min(month_start + relativedelta(months=1, days=-1), contract.date_end),
            "work_done": "Staffed both shifts; trained the new workers.",
            "progress_status": "on_track",
            "state": state,
        }

    def make_progress_reports(self):
        vals = []
        first = date(self.anchor.year, self.anchor.month, 1)
        for contract in self.contracts:
            for months in (3, 2, 1):
                month = first - relativedelta(months=months)
                if contract.date_start <= month:
                    vals.append(self.progress_report_vals(contract, month, "approved" if months > 1 else "submitted"))
        return self.create("labor.progress.report", vals, batch=500)

    def proposal_vals(self, contract, index):
        return {
            "vendor_id": contract.vendor_id.id,
            "contract_id": contract.id,
            "job_product_id": contract.rate_ids[:1].job_product_id.id,
            "site_id": contract.site_ids[:1].id,
            "worker_name": f"Candidate {index:04d}",
            "date_start": min(self.anchor + timedelta(days=14), contract.date_end),
            "id_number": "3205%014d" % (contract.id * 10000 + index),
        }

    def make_proposals(self):
        return self.create("labor.worker.proposal", [self.proposal_vals(c, i) for i, c in enumerate(self.contracts)])

    # Evaluations ----------------------------------------------------------------------------
    def make_campaign(self):
        """The quarter before the benchmark quarter, run through the campaign's buttons."""
        q_from = self.quarter[0] - relativedelta(months=3)
        evaluators = self.users["manager"] | self.users["user"]
        campaign = self.env["labor.evaluation.campaign"].create(
            {
                "period_type": "quarter",
                "year": q_from.year,
                "period_index": (q_from.month - 1) // 3 + 1,
                "template_id": self.template.id,
                "user_id": self.users["manager"].id,
                "vendor_ids": [(6, 0, self.vendors.ids)],
                "evaluator_ids": [(6, 0, evaluators.ids)],
            }
        )
        campaign.action_start()
        Sheet = self.env["labor.vendor.evaluation.sheet"]
        manual = len(self.template.criterion_ids.filtered("is_manual"))
        for vendor in self.vendors:
            for evaluator in evaluators:
                Sheet.record_scores(
                    campaign.id, vendor.id, evaluator.id, [self.rng.choice([2, 3, 4, 4, 5]) for _i in range(manual)]
                )
        campaign.action_close_scoring()
        # the manager takes the suggested recommendation where none is set yet
        for evaluation in campaign.evaluation_ids.filtered(lambda e: not e.recommendation):
            if evaluation.recommendation_suggested:
                evaluation.recommendation = evaluation.recommendation_suggested
            else:
                evaluation.write(
                    {
                        "recommendation": "continue",
                        "recommendation_note": "No recommendation set for this grade: continue.",
                    }
                )
        campaign.action_confirm_evaluations()
        campaign.action_close()
        self.counts["labor.vendor.evaluation"] = self.counts.get("labor.vendor.evaluation", 0) + len(
            campaign.evaluation_ids
        )
        return campaign

    # Scopes: the vendors with exactly N records of each portal kind ----------------------------
    def make_scope_vendor(self, key, size):
        env = self.env
        vendor = self.create("res.partner", [self.vendor_vals(9000 + size, name=f"Bench Portal Vendor {size}")])
        contact = self.create(
            "res.partner",
            [{"name": f"Portal of {size}", "parent_id": vendor.id, "email": f"portal{size}@bench.invalid"}],
        )
        login = f"bench.portal.{key}"
        user = (
            env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": f"Bench Portal {size}",
                    "login": login,
                    "password": login,
                    "partner_id": contact.id,
                    "groups_id": [(6, 0, [env.ref("base.group_portal").id])],
                }
            )
        )
        doc_types = list(self.doc_types.values())
        self.create(
            "labor.vendor.document",
            [
                {
                    "vendor_id": vendor.id,
                    "type_id": doc_types[i % len(doc_types)].id,
                    "number": f"SC-{size}-{i}",
                    "expiry_date": self.anchor + timedelta(days=400 + i),
                    "state": "verified",
                }
                for i in range(size)
            ],
        )
        project = self.create("project.project", [{"name": f"Bench portal project {size}", "allow_timesheets": True}])
        site = self.sites[0].id
        contracts = self.create(
            "labor.contract",
            [
                self.contract_vals(
                    vendor,
                    i,
                    project if i == 0 else None,
                    start=self.start,
                    end=self.anchor + timedelta(days=400),
                    site=site,
                )
                for i in range(size)
            ],
            batch=500,
        )
        workers = self.make_workers(contracts[:1], size, first_index=size * 10)
        self.create("labor.worker.proposal", [self.proposal_vals(c, i) for i, c in enumerate(contracts)], batch=500)
        month = date(self.anchor.year, self.anchor.month, 1) - relativedelta(months=1)
        self.create("labor.progress.report", [self.progress_report_vals(c, month) for c in contracts], batch=500)
        # computed (drafts are not on the portal)
        self.create_then_close(
            "labor.settlement", [self.settlement_vals(c, month, state="computed") for c in contracts], batch=500
        )
        plan = self.create("labor.inspection.plan", [self.plan_vals(contracts[0])])
        items = plan.item_ids.sorted("sequence")
        inspections = self.create_then_close(
            "labor.inspection",
            [
                self.inspection_vals(plan, items, self.workday(end=self.anchor - timedelta(days=5)))
                for _i in range(size)
            ],
        )
        # (cancelled NCRs are not on the portal: none here)
        ncr_vals = [self.ncr_vals(vendor, contracts[0], self.workday(), cancel=False) for _i in range(size)]
        self.create("labor.ncr", ncr_vals)
        self.create("labor.issue", [self.issue_vals(contracts[0]) for _i in range(size)])
        # confirmed evaluations, one per past campaign (created in their final state)
        campaigns = self.create(
            "labor.evaluation.campaign",
            [
                {
                    "period_type": "quarter",
                    "year": self.anchor.year - 1 - i % 20,
                    "period_index": i // 20 % 4 + 1,
                    "template_id": self.template.id,
                    "state": "done",
                    "user_id": self.users["manager"].id,
                }
                for i in range(size)
            ],
            batch=500,
        )
        grades = env["labor.evaluation.grade"].search([])
        self.create(
            "labor.vendor.evaluation",
            [
                {
                    "campaign_id": c.id,
                    "vendor_id": vendor.id,
                    "date_from": c.date_from,
                    "date_to": c.date_to,
                    "template_id": self.template.id,
                    "state": "confirmed",
                    "recommendation": "continue",
                    "confirmed_by_id": self.users["manager"].id,
                }
                for c in campaigns
            ],
            batch=500,
        )
        del grades, inspections
        self.make_scope_extras(vendor, contracts, workers, size)
        return {"vendor_id": vendor.id, "user_id": user.id, "login": login, "password": login}

    def make_scope_extras(self, vendor, contracts, workers, size):
        """The back-office records around the scope vendor, ``size`` of each: supplementary
        agreements, worker assessments, rewards and penalties, exemptions, vendor rewards,
        selection events (with their score sheets) and approval delegations."""
        self.create(
            "labor.contract.amendment",
            [{"contract_id": c.id, "reason": "Second shift: more operators and a night rate."} for c in contracts],
            batch=500,
        )
        day = self.anchor - timedelta(days=10)
        self.create(
            "labor.worker.assessment",
            [
                {
                    "employee_id": w.id,
                    "date": day,
                    "period_type": "monthly",
                    "score_quality": "4",
                    "score_schedule": "4",
                    "score_attitude": "3",
                    "score_safety": "4",
                }
                for w in workers
            ],
            batch=500,
        )
        self.create(
            "labor.worker.sanction",
            [
                {
                    "employee_id": w.id,
                    "sanction_type": "penalty",
                    "date": day,
                    "amount": 100,
                    "reason": "Late for the shift twice",
                }
                for w in workers
            ],
            batch=500,
        )
        self.create(
            "labor.worker.exemption",
            [
                {
                    "employee_id": w.id,
                    "date_from": day,
                    "date_to": day + timedelta(days=30),
                    "reason": "Health certificate renewal under way",
                }
                for w in workers
            ],
            batch=500,
        )
        self.create(
            "labor.vendor.reward",
            [
                {"vendor_id": vendor.id, "date": day, "amount": 1000, "description": "No NCR during the peak season"}
                for _i in range(size)
            ],
            batch=500,
        )
        events = self.create(
            "labor.selection.event",
            [
                {
                    "title": f"Staffing of line {i}",
                    "method": "invitation",
                    "user_id": self.users["manager"].id,
                    "job_product_ids": [(6, 0, self.jobs[:1].ids)],
                    "headcount": 10,
                    "candidate_ids": [(0, 0, {"vendor_id": vendor.id, "quoted_amount": 100000})],
                    "evaluator_ids": [(6, 0, self.users["user"].ids)],
                }
                for i in range(size)
            ],
            batch=500,
        )
        for chunk in chunks(events.ids, 500):
            self.env["labor.selection.event"].browse(chunk).action_start_scoring()
            self.env.flush_all()
            self.env.invalidate_all()
        self.create(
            "labor.approval.delegation",
            [
                {
                    "user_id": self.users["manager"].id,
                    "delegate_id": self.users["user"].id,
                    "date_from": self.anchor - timedelta(days=400 + 2 * i),
                    "date_to": self.anchor - timedelta(days=400 + 2 * i),
                }
                for i in range(size)
            ],
            batch=500,
        )

    # Settlement contracts ------------------------------------------------------------------------
    def make_settlement_contract(self, lines):
        """An active contract whose last month holds ``lines`` unsettled timesheet lines."""
        if not getattr(self, "settlement_vendor", None):
            # its own vendor: the evaluation campaign may suspend the others
            self.settlement_vendor = self.create(
                "res.partner", [self.vendor_vals(8000, name="Bench Settlement Vendor")]
            )
        vendor = self.settlement_vendor
        project = self.create(
            "project.project", [{"name": f"Bench settlement project {lines}", "allow_timesheets": True}]
        )
        month = date(self.anchor.year, self.anchor.month, 1) - relativedelta(months=1)
        # the same jobs for both contracts, so that they differ only by their number of lines
        self.rng.seed(self.seed + 1)
        contract = self.create(
            "labor.contract",
            [
                self.contract_vals(
                    vendor, 5000 + lines, project, start=self.start, end=self.anchor + timedelta(days=300)
                )
            ],
        )
        workers = self.make_workers(contract, max(2, lines // 40), first_index=50000 + lines, cycle_jobs=True)
        days = [month + timedelta(days=i) for i in range((month + relativedelta(months=1) - month).days)]
        vals = [
            self.timesheet_vals(
                workers[i % len(workers)].id,
                project.id,
                days[(i // len(workers)) % len(days)],
                self.rng.choice([2.0, 4.0, 8.0]),
            )
            for i in range(lines)
        ]
        self.create("account.analytic.line", vals)
        return {
            "contract_id": contract.id,
            "lines": lines,
            "date_from": str(month),
            "date_to": str(month + relativedelta(months=1, days=-1)),
        }

    # The whole run ----------------------------------------------------------------------------
    def run(self):
        size = self.size
        self.make_reference()
        self.make_vendors()
        self.make_contracts()
        workers = self.make_workers(self.contracts, size["workers"])
        self.step(f"{len(workers)} workers with certificates and trainings")
        timesheets = self.make_timesheets(workers, size["timesheets"])
        self.step(f"{timesheets} timesheet lines")
        crews = {}
        for worker in workers:
            crews.setdefault(worker.labor_contract_id.id, []).append(worker.id)
        inspections = self.make_inspections(self.contracts, size["inspections"], crews)
        self.step(f"{len(inspections)} inspections with answers")
        failed = self.env["labor.inspection"].search(
            [("id", "in", inspections.ids), ("result", "=", "failed")], order="date, id"
        )
        ncrs = self.make_ncrs(failed, size["ncrs"])
        self.step(f"{len(ncrs)} NCRs with their actions")
        self.make_issues(size["issues"])
        self.make_risks()
        self.step("issues and risks")
        self.make_settlements()
        self.make_surveys()
        self.make_tasks()
        self.make_progress_reports()
        self.make_proposals()
        self.step("settlements, surveys, tasks, progress reports, proposals")
        small, large = size["scope_sizes"]
        scope = {
            "sizes": [small, large],
            "small": self.make_scope_vendor("small", small),
            "large": self.make_scope_vendor("large", large),
        }
        self.step("portal scope vendors")
        settle_small, settle_large = size["settlement_lines"]
        settlement = {
            "small": self.make_settlement_contract(settle_small),
            "large": self.make_settlement_contract(settle_large),
        }
        self.step("settlement contracts")
        # last: its consequences suspend the vendors graded D
        self.make_campaign()
        self.step("evaluation campaign of the previous quarter")
        manifest = {
            "scale": self.scale,
            "seed": self.seed,
            "anchor": str(self.anchor),
            "counts": self.counts,
            "vendor_ids": self.vendors.ids,
            "quarter": {"date_from": str(self.quarter[0]), "date_to": str(self.quarter[1])},
            "scope": scope,
            "settlement": settlement,
            "users": {
                key: {"user_id": user.id, "login": user.login, "password": user.login}
                for key, user in self.users.items()
            },
            "seconds": round(time.perf_counter() - self._t0, 1),
        }
        self.env["ir.config_parameter"].set_param(MANIFEST_KEY, json.dumps(manifest))
        self.env.flush_all()
        return manifest


def generate(env, scale="small", seed=42, anchor=None, log=None):
    """Make the data of ``scale`` in ``env``'s database and return the manifest (also
    stored in the ``labor_outsourcing.bench_manifest`` system parameter)."""
    if env["ir.config_parameter"].sudo().get_param(MANIFEST_KEY):
        raise RuntimeError("This database already holds benchmark data: use a new database.")
    return Generator(env(su=True), scale, seed, anchor, log).run()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", maxsplit=1)[0])
    parser.add_argument("-c", "--config", required=True, help="odoo.conf")
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--anchor", type=date.fromisoformat, default=None, help="the data's 'today' (default: today)")
    args = parser.parse_args(argv)
    registry = load_registry(args.config, args.database)
    logging.getLogger("bench").setLevel(logging.INFO)
    with environment(registry, commit=True) as env:
        manifest = generate(env, args.scale, args.seed, args.anchor, log=print)
    print(json.dumps({k: manifest[k] for k in ("scale", "seed", "anchor", "counts", "seconds")}, indent=2))


if __name__ == "__main__":
    main()
