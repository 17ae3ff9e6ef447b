# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Section 3 of the benchmark on small data: every back-office list of the Outsourcing app
and every list page of the vendor portal makes as many SQL queries for a vendor with 10
records of each kind as for one with 30 (more than the 10 rows of the small side, fewer
than a page of 80, so every row is rendered)."""

from datetime import date, timedelta
from unittest.mock import patch

from odoo import Command
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.portal.controllers.portal import CustomerPortal

from bench import m_pages

SIZES = (10, 30)
#: the lists the benchmark must measure (the issue's list)
LIST_MODELS = {
    "res.partner",
    "labor.vendor.document",
    "labor.selection.event",
    "labor.contract",
    "labor.contract.amendment",
    "hr.employee",
    "labor.worker.proposal",
    "labor.progress.report",
    "labor.settlement",
    "account.analytic.line",
    "labor.inspection",
    "labor.ncr",
    "labor.ncr.action",
    "labor.issue",
    "labor.risk",
    "labor.vendor.evaluation",
    "labor.evaluation.campaign",
    "labor.kpi.value",
}
PORTAL_PAGES = {
    "/my/labor/contracts",
    "/my/labor/documents",
    "/my/labor/workers",
    "/my/labor/proposals",
    "/my/labor/reports",
    "/my/labor/settlements",
    "/my/labor/inspections",
    "/my/labor/ncrs",
    "/my/labor/issues",
    "/my/labor/evaluations",
    "/my",
    "/my/home",
    "/my/counters",
}


@tagged("post_install", "-at_install")
class TestBenchPages(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(
            context=dict(
                cls.env.context,
                tracking_disable=True,
                mail_create_nolog=True,
                mail_notrack=True,
                mail_create_nosubscribe=True,
            )
        )
        env = cls.env
        cls.manager = new_test_user(
            env,
            "bench_t_manager",
            groups="labor_outsourcing.group_labor_manager,hr_timesheet.group_hr_timesheet_approver",
        )
        cls.job = env["product.product"].create({"name": "Bench Operator", "type": "service", "purchase_ok": True})
        cls.site = env["labor.work.site"].create({"name": "Bench Plant", "code": "BENCH"})
        cls.category = env.ref("labor_outsourcing_quality.ncr_category_quality")
        cls.template = env.ref("labor_outsourcing_reports.evaluation_template_periodic")
        cls.kpi = env["labor.kpi"].search([], limit=1)
        # enough vendors and delegations for the lists without a vendor (ids 10 vs 30)
        env["res.partner"].create(
            [{"name": f"Bench Filler {i}", "is_company": True, "is_outsourcing_vendor": True} for i in range(SIZES[1])]
        )
        reviewers = [
            new_test_user(env, f"bench_t_reviewer_{i}", groups="labor_outsourcing.group_labor_user") for i in range(2)
        ]
        env["labor.approval.delegation"].create(
            [
                {
                    "user_id": reviewers[0].id,
                    "delegate_id": reviewers[1].id,
                    "date_from": date(2020, 1, 1) + timedelta(days=10 * i),
                    "date_to": date(2020, 1, 1) + timedelta(days=10 * i + 5),
                }
                for i in range(SIZES[1])
            ]
        )
        # campaigns: the large vendor is evaluated in all of them, the small one in 10
        cls.campaigns = env["labor.evaluation.campaign"].create(
            [
                {
                    "period_type": "quarter",
                    "year": 2010 + i // 4,
                    "period_index": i % 4 + 1,
                    "template_id": cls.template.id,
                }
                for i in range(SIZES[1])
            ]
        )
        cls.scope = {}
        for side, size in zip(("small", "large"), SIZES):
            cls.scope[side] = cls.build_vendor(side, size)

    @classmethod
    def build_vendor(cls, side, size):
        """A vendor with ``size`` records of each kind and a portal contact."""
        env = cls.env
        vendor = env["res.partner"].create(
            {
                "name": f"Bench {side} vendor",
                "is_company": True,
                "is_outsourcing_vendor": True,
                "vendor_state": "approved",
            }
        )
        login = f"bench_t_portal_{side}"
        user = new_test_user(env, login, groups="base.group_portal", parent_id=vendor.id, email=f"{login}@example.com")
        today = date.today()
        env["labor.vendor.document"].create(
            [
                {
                    "vendor_id": vendor.id,
                    "type_id": env.ref("labor_outsourcing.document_type_insurance").id,
                    "number": f"DOC-{side}-{i}",
                    "state": ("verified", "draft", "expired")[i % 3],
                    "expiry_date": today + timedelta(days=200 + i),
                }
                for i in range(size)
            ]
        )
        projects = env["project.project"].create(
            [{"name": f"Bench {side} project {i}", "allow_timesheets": True} for i in range(size)]
        )
        contracts = env["labor.contract"].create(
            [
                {
                    "title": f"Bench {side} contract {i}",
                    "vendor_id": vendor.id,
                    "user_id": cls.manager.id,
                    "date_start": date(2020, 1, 1),
                    "date_end": today + timedelta(days=365),
                    "allow_overlap": True,
                    "project_ids": [Command.set(projects[i].ids)],
                    "site_ids": [Command.set(cls.site.ids)],
                    "rate_ids": [Command.create({"job_product_id": cls.job.id, "unit": "hour", "price": 40})],
                }
                for i in range(size)
            ]
        )
        contracts.write({"state": "active"})
        workers = env["hr.employee"].create(
            [
                {
                    "name": f"Bench {side} worker {i}",
                    "is_labor_worker": True,
                    "labor_vendor_id": vendor.id,
                    "labor_contract_id": contracts[i].id,
                    "labor_job_product_id": cls.job.id,
                    "labor_site_id": cls.site.id,
                    "labor_assignment_start": date(2020, 1, 1),
                    "labor_nda_date": date(2019, 12, 20),
                    "labor_safety_induction_date": date(2019, 12, 21),
                }
                for i in range(size)
            ]
        )
        env["account.analytic.line"].create(
            [
                {
                    "name": "Work",
                    "employee_id": workers[i].id,
                    "project_id": projects[i].id,
                    "date": today - timedelta(days=1),
                    "unit_amount": 8,
                }
                for i in range(size)
            ]
        )
        proposals = env["labor.worker.proposal"].create(
            [
                {
                    "vendor_id": vendor.id,
                    "contract_id": contracts[i].id,
                    "job_product_id": cls.job.id,
                    "worker_name": f"Proposed {side} {i}",
                    "id_number": f"ID-{side}-{i:04d}",
                    "date_start": today + timedelta(days=7),
                }
                for i in range(size)
            ]
        )
        reports = env["labor.progress.report"].create(
            [
                {
                    "vendor_id": vendor.id,
                    "contract_id": contracts[i].id,
                    "period_type": "weekly",
                    "date_from": today - timedelta(days=13),
                    "date_to": today - timedelta(days=7),
                    "work_done": f"Work {side} {i}",
                    "progress_status": "on_track",
                }
                for i in range(size)
            ]
        )
        settlements = env["labor.settlement"].create(
            [
                {
                    "contract_id": contracts[i].id,
                    "date_from": date(2021, 1, 1),
                    "date_to": date(2021, 1, 31),
                    "line_ids": [
                        Command.create({"job_product_id": cls.job.id, "unit": "hour", "quantity": 10, "price": 40})
                    ],
                }
                for i in range(size)
            ]
        )
        env["labor.contract.amendment"].create(
            [{"contract_id": contracts[i].id, "reason": f"Amendment {side} {i}"} for i in range(size)]
        )
        plans = env["labor.inspection.plan"].create(
            [
                {
                    "name": f"Plan {side} {i}",
                    "contract_id": contracts[i].id,
                    "frequency": "monthly",
                    "item_ids": [Command.create({"name": "Helmets", "kind": "pass_fail", "sequence": 1})],
                }
                for i in range(size)
            ]
        )
        inspections = env["labor.inspection"].create(
            [{"plan_id": plans[i].id, "date": today - timedelta(days=3)} for i in range(size)]
        )
        inspections.action_start()
        for i, inspection in enumerate(inspections):
            inspection.answer_ids.write({"verdict": "fail" if i % 3 == 2 else "pass"})
        inspections.action_done()
        ncrs = env["labor.ncr"].create(
            [
                {
                    "title": f"NCR {side} {i}",
                    "category_id": cls.category.id,
                    "severity": "minor",
                    "vendor_id": vendor.id,
                    "contract_id": contracts[i].id,
                    "user_id": cls.manager.id,
                    "description": "<p>Found on site.</p>",
                    "state": "analysis",
                    "action_ids": [
                        Command.create(
                            {
                                "name": f"Action {side} {i}",
                                "owner_type": "vendor",
                                "date_deadline": today + timedelta(days=10),
                            }
                        )
                    ],
                }
                for i in range(size)
            ]
        )
        issues = env["labor.issue"].create(
            [
                {
                    "title": f"Issue {side} {i}",
                    "vendor_id": vendor.id,
                    "contract_id": contracts[i].id,
                    "description": "<p>Issue</p>",
                }
                for i in range(size)
            ]
        )
        env["labor.risk"].create(
            [
                {
                    "name": f"Risk {side} {i}",
                    "vendor_id": vendor.id,
                    "contract_id": contracts[i].id,
                    "category": "quality",
                }
                for i in range(size)
            ]
        )
        cls.vary_states(proposals, reports, settlements, ncrs, issues)
        for worker_record in cls.worker_records(workers):
            env[worker_record[0]].create(worker_record[1])
        campaigns = cls.campaigns[:size]
        campaigns.write({"vendor_ids": [Command.link(vendor.id)]})
        evaluations = env["labor.vendor.evaluation"].create(
            [
                {
                    "campaign_id": campaign.id,
                    "vendor_id": vendor.id,
                    "template_id": cls.template.id,
                    "date_from": campaign.date_from,
                    "date_to": campaign.date_to,
                }
                for campaign in campaigns
            ]
        )
        evaluations.write({"state": "confirmed"})
        env["labor.vendor.evaluation.sheet"].create(
            [{"evaluation_id": evaluation.id, "evaluator_id": cls.manager.id} for evaluation in evaluations]
        )
        env["labor.kpi.value"].create(
            [
                {
                    "kpi_id": cls.kpi.id,
                    "vendor_id": vendor.id,
                    "date_from": campaign.date_from,
                    "date_to": campaign.date_to,
                    "value": 90,
                    "status": "met",
                }
                for campaign in campaigns
            ]
        )
        env["labor.vendor.reward"].create(
            [{"vendor_id": vendor.id, "description": f"Reward {side} {i}", "amount": 100} for i in range(size)]
        )
        events = env["labor.selection.event"].create(
            [
                {"title": f"Selection {side} {i}", "candidate_ids": [Command.create({"vendor_id": vendor.id})]}
                for i in range(size)
            ]
        )
        env["labor.selection.score.sheet"].create(
            [
                {"event_id": event.id, "candidate_id": event.candidate_ids.id, "evaluator_id": cls.manager.id}
                for event in events
            ]
        )
        return {"vendor_id": vendor.id, "user_id": user.id, "login": login, "password": login}

    @staticmethod
    def vary_states(proposals, reports, settlements, ncrs, issues):
        """Records of each kind in the states a vendor sees (the pages show each state
        its own way)."""
        for index, state in enumerate(("submitted", "approved", "rejected")):
            proposals[index::3].write({"state": state})
        for index, state in enumerate(("draft", "submitted", "approved", "returned")):
            reports[index::4].write({"state": state})
        for index, state in enumerate(("computed", "confirmed")):
            settlements[index::2].write({"state": state})
        for index, state in enumerate(("analysis", "action_plan", "implementation", "verification")):
            ncrs[index::4].write({"state": state})
        issues[1::3].write({"state": "in_progress"})
        issues[2::3].write({"state": "resolved", "resolution": "<p>Done</p>"})

    @classmethod
    def worker_records(cls, workers):
        env = cls.env
        course = env.ref("labor_outsourcing.training_course_safety")
        certificate_type = env.ref("labor_outsourcing.worker_certificate_type_skill")
        return [
            (
                "labor.worker.certificate",
                [{"employee_id": w.id, "type_id": certificate_type.id, "number": f"C-{w.id}"} for w in workers],
            ),
            (
                "labor.worker.training",
                [{"employee_id": w.id, "course_id": course.id, "score": 90, "passed": True} for w in workers],
            ),
            ("labor.worker.assessment", [{"employee_id": w.id} for w in workers]),
            (
                "labor.worker.sanction",
                [
                    {"employee_id": w.id, "sanction_type": "reward", "reason": "Good work", "amount": 50}
                    for w in workers
                ],
            ),
            (
                "labor.worker.exemption",
                [
                    {"employee_id": w.id, "date_to": date.today() + timedelta(days=30), "reason": "Pending renewal"}
                    for w in workers
                ],
            ),
        ]

    def manifest(self):
        return {
            "scale": "test",
            "scope": {"sizes": list(SIZES), "small": self.scope["small"], "large": self.scope["large"]},
            "users": {
                "manager": {"user_id": self.manager.id, "login": self.manager.login, "password": self.manager.login}
            },
        }

    def http_client_factory(self):
        """``client_factory`` of the measure on this test's server: a session per user."""
        test = self

        class HttpCaseClient:
            def __init__(self, login, password):
                import requests

                session = test.authenticate(login, password)
                test.session = None  # keep it: the next authenticate() deletes the current session
                self.http = requests.Session()
                self.http.cookies.set("session_id", session.sid, domain="127.0.0.1", path="/")

            def get(self, path):
                response = self.http.get(test.base_url() + path, timeout=60)
                return response.status_code, response.text

            def json(self, path, params):
                response = self.http.post(
                    test.base_url() + path,
                    timeout=60,
                    json={"jsonrpc": "2.0", "method": "call", "params": params, "id": 1},
                )
                payload = response.json()
                return (500, payload["error"]) if "error" in payload else (response.status_code, payload["result"])

        return HttpCaseClient

    def assert_equal_counts(self, rows):
        for row in rows:
            with self.subTest(row["name"]):
                self.assertIs(row["ok"], True, row)
                self.assertEqual(row["value"], row["reference_value"], row)

    def test_list_views(self):
        """Every list of the app's menus (and the workers' timesheets) lists the 10 and the
        30 records of the scope vendors with the same queries."""
        rows = m_pages.measure(self.env, self.manifest(), portal=False)
        self.assert_equal_counts(rows)
        models = {row["details"]["model"] for row in rows}
        self.assertTrue(LIST_MODELS <= models, LIST_MODELS - models)
        for row in rows:
            small, large = row["details"]["records"]
            # failed inspections add draft NCRs to the vendors' 10 and 30
            self.assertEqual((small, large), SIZES if row["details"]["model"] != "labor.ncr" else (13, 40), row)
            self.assertEqual(row["details"]["listed"], [(small, small), (large, large)], row)
            self.assertEqual(row["unit"], "queries")
            self.assertGreater(row["value"], 0)
        by_model = {row["details"]["model"]: row for row in rows}
        self.assertEqual(by_model["labor.contract"]["details"]["scope"], "vendor (vendor_id)")
        self.assertEqual(by_model["hr.employee"]["details"]["scope"], "vendor (labor_vendor_id)")
        self.assertEqual(by_model["res.partner"]["details"]["scope"], "ids")

    def test_portal_pages(self):
        """Every portal list page, /my and its counters make the same queries for the
        contact of the vendor with 10 records of each kind as for the one with 30."""
        rows = m_pages.measure(self.env, self.manifest(), client_factory=self.http_client_factory(), lists=False)
        self.assert_equal_counts(rows)
        pages = {row["name"].split(": ", 1)[1].split("?")[0] for row in rows}
        self.assertEqual(pages, PORTAL_PAGES)
        for row in rows:
            if row["details"].get("model"):
                self.assertEqual(row["details"]["records"], list(SIZES), row)
                self.assertEqual(row["details"]["listed"], list(SIZES), row)
        counters = next(row for row in rows if row["name"] == "Portal: /my/counters")["details"]["counters"]
        self.assertEqual(counters["small"]["labor_contract_count"], SIZES[0])
        self.assertEqual(counters["large"]["labor_evaluation_count"], SIZES[1])

    def test_full_pages(self):
        """Pages of 20: the large side shows a full page and counts the rest."""
        with patch.object(CustomerPortal, "_items_per_page", 20):
            rows = m_pages.measure(self.env, self.manifest(), client_factory=self.http_client_factory(), limit=20)
        self.assert_equal_counts(rows)
        lists = [row for row in rows if row["details"]["kind"] == "list"]
        self.assertEqual({tuple(row["details"]["listed"][1]) for row in lists}, {(20, 30), (20, 40)})
        pages = [row for row in rows if row["details"].get("model") and row["details"]["kind"] == "portal"]
        self.assertEqual({tuple(row["details"]["listed"]) for row in pages}, {(10, 20)})

    def test_workers_list_queries_do_not_depend_on_their_compliance(self):
        """The workers list makes the same queries whichever compliance issues its rows
        have: the small vendor's workers are all compliant, the large vendor's have every
        kind of issue past its tenth worker (a certificate expiring soon, one expired, one
        missing, a training not passed, an assignment ended or not started yet), each of
        which names a certificate type, a course or a date in the reasons the list computes
        with the status. Before the fix the reasons read these lazily (one worker with a
        certificate expiring soon cost two more queries), so a list's count depended on
        the data of its rows (issue: the workers list red on 2026-12-04)."""
        env = self.env
        today = date.today()
        certificate_type = env["labor.worker.certificate.type"].create(
            {"name": "Bench Forklift Licence", "code": "BFL", "job_product_ids": [Command.set(self.job.ids)]}
        )
        course = env["labor.training.course"].create({"name": "Bench Forklift Course"})
        env["labor.training.plan"].create(
            {
                "name": "Bench Forklift Plan",
                "job_product_ids": [Command.set(self.job.ids)],
                "course_ids": [Command.set(course.ids)],
                "company_id": False,
            }
        )
        Worker = env["hr.employee"].with_context(active_test=False)
        workers = {
            side: Worker.search([("labor_vendor_id", "=", self.scope[side]["vendor_id"])], order="id")
            for side in ("small", "large")
        }
        compliant = workers["small"] | workers["large"][: SIZES[0]]
        env["labor.worker.certificate"].create(
            [
                {
                    "employee_id": worker.id,
                    "type_id": certificate_type.id,
                    "number": f"BFL-{worker.id}",
                    "state": "verified",
                    "expiry_date": today + timedelta(days=400),
                }
                for worker in compliant
            ]
        )
        env["labor.worker.training"].create(
            [{"employee_id": worker.id, "course_id": course.id, "score": 90, "passed": True} for worker in compliant]
        )
        with_issues = workers["large"][SIZES[0] :]
        expiries = (today + timedelta(days=5), today - timedelta(days=5), False)
        env["labor.worker.certificate"].create(
            [
                {
                    "employee_id": worker.id,
                    "type_id": certificate_type.id,
                    "number": f"BFL-{worker.id}",
                    "state": "verified",
                    "expiry_date": expiries[index % 3],
                }
                for index, worker in enumerate(with_issues)
                if expiries[index % 3]
            ]
        )
        env["labor.worker.training"].create(
            [
                {"employee_id": worker.id, "course_id": course.id, "score": 90, "passed": True}
                for index, worker in enumerate(with_issues)
                if index % 7 != 6
            ]
        )
        with_issues[3::5].write({"labor_assignment_end": today - timedelta(days=2)})
        with_issues[4::5].write({"labor_assignment_start": today + timedelta(days=2)})
        states = with_issues.mapped("labor_compliance_state")
        self.assertTrue({"expiring", "expired", "missing", "ineligible"} <= set(states), states)
        self.assertEqual(set(workers["small"].mapped("labor_compliance_state")), {"compliant"})
        entry = next(
            entry
            for entry in m_pages.menu_lists(self.env)
            if entry["model"] == "hr.employee" and entry["name"].endswith("/Workers")
        )
        for lang in (None, "en_US"):
            with self.subTest(lang=lang):
                if lang:
                    entry = dict(entry, context=dict(entry["context"], lang=lang))
                row = m_pages.measure_list(self.env, entry, self.manifest())
                self.assertEqual(row["details"]["records"], list(SIZES), row)
                self.assertIs(row["ok"], True, row)

    def test_measure_finds_a_query_per_record(self):
        """A contract's display name read with a query per contract is caught in the list
        of settlements (each settlement of the fixture has its own contract)."""
        Contract = type(self.env["labor.contract"])
        compute = Contract._compute_display_name

        def one_query_per_contract(records):
            for record in records:
                record.env.cr.execute("SELECT 1")
            compute(records)

        entry = next(entry for entry in m_pages.menu_lists(self.env) if entry["model"] == "labor.settlement")
        self.assertIs(m_pages.measure_list(self.env, entry, self.manifest())["ok"], True)
        with patch.object(Contract, "_compute_display_name", one_query_per_contract):
            row = m_pages.measure_list(self.env, entry, self.manifest())
        self.assertIs(row["ok"], False)
        self.assertEqual(row["value"] - row["reference_value"], SIZES[1] - SIZES[0], row)

    def test_default_client_logs_in_through_the_login_page(self):
        """The benchmark's own client (werkzeug, in this process) logs the vendor's contact
        in with his password and gets his pages."""
        client = m_pages.default_client_factory(self.env)(self.scope["small"]["login"], self.scope["small"]["password"])
        status, body = client.get("/my/labor/contracts")
        self.assertEqual(status, 200)
        self.assertEqual(len(m_pages.page_rows(body, "/my/labor/contracts")), SIZES[0])
        status, result = client.json("/my/counters", {"counters": ["labor_worker_count"]})
        self.assertEqual((status, result["labor_worker_count"]), (200, SIZES[0]))
        with self.assertRaises(RuntimeError):
            m_pages.default_client_factory(self.env)(self.scope["small"]["login"], "wrong password")
