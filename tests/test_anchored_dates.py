# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The parts of the suite that depend on the day, run at fixed days of the calendar where
date arithmetic goes wrong: a month end, 31 December, 29 February of a leap year and the
first day of a quarter. At each anchor the clock of the process (and the transaction time
of the database cursors) is put at noon of that day in China (04:00 UTC), the benchmark's
``small`` data is generated with the anchor as its "today", and then:

* expiry windows: every expiring record (vendor documents, worker certificates,
  contracts) has the status its dates give at the anchor, and searching by status finds
  the same records, including records expiring the day before, on the day, on the last
  day of the warning window and the day after it;
* reminders: the eight daily crons do their work on the first run (reminders on the last
  day of the window included, on the day after it not) and write nothing on the second;
* KPI and evaluation periods: the overview's periods and an evaluation campaign's
  default quarter are the calendar's (written out for each anchor), and the KPI engine
  counts a record of the period's last day and not one of the next day;
* SLA clocks: an issue reported at the anchor is due when its SLA says, is not breached
  before, is escalated once after;
* settlement periods: a new settlement covers the previous calendar month (written out for
  each anchor) and settles exactly its timesheets, the month's last day included;
* every back-office list and vendor portal page makes as many queries for 10 records as
  for 80 (the benchmark's section 3, which went red on one day of the year).

Expected calendar values are literal, not computed with the code under test.
"""

from datetime import date, datetime, time, timedelta

from odoo.tests import HttpCase, tagged

from odoo.addons.labor_outsourcing.tests.common import fixed_clock, fixed_clock_patchers

from bench import m_crons, m_pages
from bench.generate import generate

#: what each anchor's calendar says: (overview quarter, last quarter, year to date),
#: the campaign's default (year, quarter index) and a new settlement's (first, last) day
CALENDAR = {
    date(2026, 8, 31): {
        "quarter": (date(2026, 7, 1), date(2026, 8, 31)),
        "last_quarter": (date(2026, 4, 1), date(2026, 6, 30)),
        "year": (date(2026, 1, 1), date(2026, 8, 31)),
        "campaign": (2026, 2),
        "settlement": (date(2026, 7, 1), date(2026, 7, 31)),
    },
    date(2026, 12, 31): {
        "quarter": (date(2026, 10, 1), date(2026, 12, 31)),
        "last_quarter": (date(2026, 7, 1), date(2026, 9, 30)),
        "year": (date(2026, 1, 1), date(2026, 12, 31)),
        "campaign": (2026, 3),
        "settlement": (date(2026, 11, 1), date(2026, 11, 30)),
    },
    date(2028, 2, 29): {
        "quarter": (date(2028, 1, 1), date(2028, 2, 29)),
        "last_quarter": (date(2027, 10, 1), date(2027, 12, 31)),
        "year": (date(2028, 1, 1), date(2028, 2, 29)),
        "campaign": (2027, 4),
        "settlement": (date(2028, 1, 1), date(2028, 1, 31)),
    },
    date(2027, 4, 1): {
        "quarter": (date(2027, 4, 1), date(2027, 4, 1)),
        "last_quarter": (date(2027, 1, 1), date(2027, 3, 31)),
        "year": (date(2027, 1, 1), date(2027, 4, 1)),
        "campaign": (2027, 1),
        "settlement": (date(2027, 3, 1), date(2027, 3, 31)),
    },
}
EXPIRY_MODELS = ("labor.vendor.document", "labor.worker.certificate", "labor.contract")


def noon_in_china(day):
    return datetime.combine(day, time(4, 0))


class AnchoredMixin:
    """The benchmark's small data generated at ``anchor`` with the clock at that day (a
    mixin of each anchor's HttpCase, so that no test class runs without an anchor)."""

    anchor = None

    @classmethod
    def setUpClass(cls):
        for patcher in fixed_clock_patchers(noon_in_china(cls.anchor)):
            cls.startClassPatcher(patcher)
        super().setUpClass()
        cls.manifest = generate(cls.env, "small", seed=5, anchor=cls.anchor)
        cls.calendar = CALENDAR[cls.anchor]

    # Expiry windows and reminders ---------------------------------------------------------------
    def expected_status(self, expiry, warning_days):
        if not expiry:
            return "no_expiry"
        if expiry < self.anchor:
            return "expired"
        return "expiring" if (expiry - self.anchor).days <= warning_days else "valid"

    def make_edge_documents(self):
        """Documents of a vendor expiring the day before the anchor, on it, on the last
        day of the warning window and on the day after it."""
        env = self.env
        warning_days = env["labor.vendor.document"]._expiry_warning_days()
        vendor = env["res.partner"].create({"name": "Edge Staffing", "is_company": True, "is_outsourcing_vendor": True})
        offsets = (-1, 0, warning_days, warning_days + 1)
        documents = env["labor.vendor.document"].create(
            [
                {
                    "vendor_id": vendor.id,
                    "type_id": env.ref("labor_outsourcing.document_type_insurance").id,
                    "number": f"EDGE-{offset}",
                    "state": "verified",
                    "issue_date": self.anchor - timedelta(days=300),
                    "expiry_date": self.anchor + timedelta(days=offset),
                }
                for offset in offsets
            ]
        )
        return dict(zip(offsets, documents)), warning_days

    def test_expiry_windows(self):
        edges, warning_days = self.make_edge_documents()
        self.assertEqual(
            [edges[offset].expiry_status for offset in sorted(edges)], ["expired", "expiring", "expiring", "valid"]
        )
        for model in EXPIRY_MODELS:
            Model = self.env[model].with_context(active_test=False)
            records = Model.search([])
            field, days = Model._expiry_date_field, Model._expiry_warning_days()
            by_status = {}
            for record in records:
                expected = self.expected_status(record[field], days)
                self.assertEqual(record.expiry_status, expected, (model, record[field], self.anchor))
                by_status.setdefault(expected, Model.browse())
                by_status[expected] |= record
            self.assertTrue(by_status.get("expiring"), f"{model}: the generator makes records expiring soon")
            for status, expected in by_status.items():
                found = Model.search([("id", "in", records.ids), ("expiry_status", "=", status)])
                self.assertEqual(found, expected, (model, status))

    def test_reminders(self):
        edges, warning_days = self.make_edge_documents()
        Activity = self.env["mail.activity"]
        work = {}
        for xmlid, label in m_crons.CRONS:
            first, first_writes, second, second_writes = m_crons.run_twice(self.env, self.env.ref(xmlid))
            work[label] = sum(first_writes.values())
            self.assertFalse(second_writes, f"{label}: the second run of the day writes nothing")
        for label in ("Vendor document expiry", "Worker certificate expiry", "Contract expiry"):
            self.assertTrue(work[label], f"{label}: the first run does the day's work")
        expiry_type = self.env.ref("labor_outsourcing.mail_activity_type_expiry")
        reminded = Activity.search(
            [
                ("res_model", "=", "labor.vendor.document"),
                ("res_id", "in", [doc.id for doc in edges.values()]),
                ("activity_type_id", "=", expiry_type.id),
            ]
        )
        self.assertEqual(
            {(activity.res_id, activity.date_deadline) for activity in reminded},
            {(edges[offset].id, self.anchor + timedelta(days=offset)) for offset in (0, warning_days)},
            "reminded: the documents expiring on the day and on the last day of the window",
        )
        self.assertEqual(edges[-1].state, "expired", "the document expired yesterday is flipped")
        self.assertEqual(edges[warning_days + 1].state, "verified")

    # Periods ---------------------------------------------------------------------------------
    def test_kpi_and_evaluation_periods(self):
        Dashboard = self.env["labor.dashboard"]
        for period in ("quarter", "last_quarter", "year"):
            self.assertEqual(Dashboard._dashboard_period(period), self.calendar[period], period)
        campaign = self.env["labor.evaluation.campaign"].new({})
        self.assertEqual((campaign.year, campaign.period_index), self.calendar["campaign"])
        # the engine's period runs from its first to its last day, both included: an
        # inspection moved onto either is counted, moved to the next day or the day before it
        # is not (dates set in SQL: the test moves data, not through the inspection's flow)
        first, last = self.calendar["last_quarter"]
        vendor = self.env["res.partner"].browse(self.manifest["scope"]["large"]["vendor_id"])
        inspection = self.env["labor.inspection"].search(
            [
                ("vendor_id", "=", vendor.id),
                ("state", "=", "done"),
                ("result", "!=", False),
                ("date", "<", first - timedelta(days=1)),
            ],
            limit=1,
        )
        self.assertTrue(inspection, "a done inspection before the period")

        def counted_on(day):
            self.env.cr.execute("UPDATE labor_inspection SET date = %s WHERE id = %s", (day, inspection.id))
            self.env.invalidate_all()
            results = self.env["labor.kpi.engine"]._compute_kpis(vendor, first, last)
            return results[vendor.id]["quality_pass_rate"]["denominator"]

        outside = counted_on(first - timedelta(days=1))
        self.assertEqual(counted_on(last + timedelta(days=1)), outside)
        self.assertGreater(counted_on(first), outside)
        self.assertEqual(counted_on(last), counted_on(first))

    def test_sla_clocks(self):
        contract = self.env["labor.contract"].search([("state", "=", "active")], limit=1)
        hours = self.env["labor.issue.sla"]._hours_by_key(contract.company_id)
        response_hours, resolution_hours = hours[contract.company_id.id, "2"]
        self.assertTrue(response_hours and resolution_hours, "the shipped SLAs cover priority 2")
        issue = self.env["labor.issue"].create(
            {
                "title": "Badge reader",
                "vendor_id": contract.vendor_id.id,
                "contract_id": contract.id,
                "priority": "2",
                "description": "<p>Broken</p>",
            }
        )
        reported = issue.date_reported
        self.assertEqual(reported.date(), self.anchor)
        self.assertEqual(issue.response_deadline, reported + timedelta(hours=response_hours))
        self.assertEqual(issue.resolution_deadline, reported + timedelta(hours=resolution_hours))
        self.assertFalse(issue.sla_breached)
        cron = self.env.ref("labor_outsourcing_quality.ir_cron_issue_escalation")
        with fixed_clock(issue.resolution_deadline + timedelta(minutes=1)):
            issue.invalidate_recordset()
            self.assertTrue(issue.sla_breached)
            _first, first_writes, _second, second_writes = m_crons.run_twice(self.env, cron)
            self.assertTrue(issue.escalated_response and issue.escalated_resolution)
            self.assertFalse(second_writes)
        escalations = self.env["mail.activity"].search([("res_model", "=", "labor.issue"), ("res_id", "=", issue.id)])
        self.assertEqual(len(escalations), 2, "one escalation per breached service level")

    def test_settlement_periods(self):
        spec = self.manifest["settlement"]["small"]
        self.assertEqual((spec["date_from"], spec["date_to"]), tuple(str(day) for day in self.calendar["settlement"]))
        manager = self.env["res.users"].browse(self.manifest["users"]["manager"]["user_id"])
        Settlement = self.env["labor.settlement"].with_user(manager)
        # a timesheet of the anchor's month, which the previous month's settlement leaves
        contract = self.env["labor.contract"].browse(spec["contract_id"])
        line = self.env["account.analytic.line"].search(
            [("project_id", "in", contract.project_ids.ids), ("labor_settlement_id", "=", False)], limit=1
        )
        later = line.copy({"date": self.calendar["settlement"][1] + timedelta(days=1)})
        settlement = Settlement.create({"contract_id": contract.id})
        self.assertEqual((settlement.date_from, settlement.date_to), self.calendar["settlement"])
        settlement.action_compute()
        settled = self.env["account.analytic.line"].search([("labor_settlement_id", "=", settlement.id)])
        self.assertEqual(len(settled), spec["lines"])
        self.assertEqual(max(settled.mapped("date")), self.calendar["settlement"][1], "the month's last day is in")
        self.assertNotIn(later, settled)

    # Query counts ----------------------------------------------------------------------------
    def test_lists_and_portal_pages(self):
        import test_bench_pages  # noqa: PLC0415 - its HTTP client of this test's server

        vendors = [self.manifest["scope"][side]["vendor_id"] for side in ("small", "large")]
        # the generator leaves the scope vendors' settlements in draft, which the portal does
        # not show: computed, they are listed like the other kinds
        self.env["labor.settlement"].search([("vendor_id", "in", vendors), ("state", "=", "draft")]).write(
            {"state": "computed"}
        )
        rows = m_pages.measure(
            self.env, self.manifest, client_factory=test_bench_pages.TestBenchPages.http_client_factory(self)
        )
        for row in rows:
            with self.subTest(row["name"]):
                self.assertIsNot(row["ok"], False, row)
        measured = {row["name"] for row in rows if row["ok"]}
        self.assertTrue(any(name.startswith("Portal: /my/labor/workers") for name in measured))
        for name in (
            "Contracts",
            "Workers",
            "Worker Proposals",
            "Progress Reports",
            "Settlements",
            "Inspections",
            "NCRs",
            "Corrective Actions",
            "Issues",
            "Vendor Evaluations",
            "Qualification Documents",
        ):
            self.assertTrue(any(n.startswith("List: ") and n.endswith(f"/{name}") for n in measured), name)


@tagged("post_install", "-at_install")
class TestAtMonthEnd(AnchoredMixin, HttpCase):
    anchor = date(2026, 8, 31)


@tagged("post_install", "-at_install")
class TestOn31December(AnchoredMixin, HttpCase):
    anchor = date(2026, 12, 31)


@tagged("post_install", "-at_install")
class TestOn29February(AnchoredMixin, HttpCase):
    anchor = date(2028, 2, 29)


@tagged("post_install", "-at_install")
class TestOnFirstDayOfQuarter(AnchoredMixin, HttpCase):
    anchor = date(2027, 4, 1)
