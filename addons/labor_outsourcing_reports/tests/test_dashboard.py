# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from odoo.addons.labor_outsourcing_quality.tests.common import QualityCommon

from .common import EXPECTED, Q2_FROM, Q2_TO, EvaluationCommon


class TestDashboard(QualityCommon):
    def tiles(self, user=None):
        data = self.env["labor.dashboard"].with_user(user or self.manager).get_dashboard_data()
        return {tile["key"]: tile for section in data["sections"] for tile in section["tiles"]}

    def records_behind(self, tile, user=None):
        action = tile["action"]
        return self.env[action["res_model"]].with_user(user or self.manager).search(action["domain"])

    def test_figures_follow_the_records(self):
        before = self.tiles()
        self.create_ncr(severity="major")
        self.create_ncr(severity="major", title="Ladder unsafe")
        closed = self.create_ncr(severity="critical")
        closed.write({"state": "cancel", "cancel_reason": "Duplicate"})
        self.env["labor.vendor.document"].create(
            {
                "vendor_id": self.q_vendor.id,
                "type_id": self.doc_types["dispatch_permit"].id,
                "number": "LDP-SOON",
                "state": "verified",
                "expiry_date": self.today + timedelta(days=5),
            }
        )
        self.env["labor.risk"].create(
            {
                "name": "Unlicensed subcontracting",
                "category": "legal",
                "likelihood": "5",
                "impact": "5",
                "vendor_id": self.q_vendor.id,
            }
        )
        after = self.tiles()
        self.assertEqual(after["ncr_major"]["value"], before["ncr_major"]["value"] + 2)
        self.assertEqual(after["ncr_major"]["status"], "danger")
        self.assertEqual(after["ncr_critical"]["value"], before["ncr_critical"]["value"])
        self.assertEqual(after["documents_expiring"]["value"], before["documents_expiring"]["value"] + 1)
        self.assertEqual(after["risk_high"]["value"], before["risk_high"]["value"] + 1)
        risk_rows = [
            section
            for section in self.env["labor.dashboard"].with_user(self.manager).get_dashboard_data()["sections"]
            if section["key"] == "risk"
        ][0]["rows"]
        self.assertIn("Unlicensed subcontracting", [row["name"] for row in risk_rows])

    def test_every_figure_is_the_count_of_its_drilldown(self):
        self.create_ncr(severity="minor")
        for key, tile in self.tiles().items():
            if key.startswith("kpi_"):
                continue  # KPI values, not counts: see TestDashboardKpis
            with self.subTest(tile=key):
                self.assertEqual(len(self.records_behind(tile)), tile["value"])
                self.assertIn(tile["status"], ("success", "warning", "danger", "muted"))
                self.assertFalse([k for k in tile["action"]["context"] if k.startswith("search_default_")])
                self.assertEqual(tile["action"]["display_name"], tile["action"]["name"])

    def test_empty_figure_is_green(self):
        tiles = self.tiles()
        for key, tile in tiles.items():
            if tile["value"] == 0:
                self.assertEqual(tile["status"], "muted" if key.startswith("grade_") else "success", key)

    def test_periods(self):
        Dashboard = self.env["labor.dashboard"]
        today = self.today
        start, end = Dashboard._dashboard_period("quarter")
        self.assertEqual((start.day, (start.month - 1) % 3, end), (1, 0, today))
        self.assertLessEqual(start, today)
        last_start, last_end = Dashboard._dashboard_period("last_quarter")
        self.assertEqual(last_end, start - timedelta(days=1))
        self.assertEqual((last_start.day, (last_start.month - 1) % 3), (1, 0))
        self.assertEqual(Dashboard._dashboard_period("year"), (today.replace(month=1, day=1), today))
        data = Dashboard.with_user(self.manager).get_dashboard_data(period="nonsense")
        self.assertEqual(data["period"], "quarter")
        self.assertEqual([p["key"] for p in data["periods"]], ["quarter", "last_quarter", "year"])

    def test_vendors_by_grade(self):
        grade_b = self.env.ref("labor_outsourcing_reports.grade_b")
        before = self.tiles()[f"grade_{grade_b.id}"]["value"]
        self.q_vendor.sudo().labor_last_grade_id = grade_b
        tile = self.tiles()[f"grade_{grade_b.id}"]
        self.assertEqual(tile["value"], before + 1)
        self.assertIn(self.q_vendor, self.records_behind(tile))

    def test_companies_and_rights_apply(self):
        self.create_ncr(severity="critical")
        mine = self.tiles(self.inspector)["ncr_critical"]["value"]
        self.assertGreaterEqual(mine, 1)
        other = self.tiles(self.inspector_company_2)
        self.assertEqual(other["ncr_critical"]["value"], 0)
        self.assertFalse(self.records_behind(other["ncr_critical"], self.inspector_company_2))
        with self.assertRaises(AccessError):
            self.env["labor.dashboard"].with_user(self.user_plain).get_dashboard_data()
        with self.assertRaises(AccessError):
            self.env["labor.dashboard"].with_user(self.user_portal).get_dashboard_data()

    def test_query_count_does_not_grow_with_records(self):
        dashboard = self.env["labor.dashboard"].with_user(self.manager)
        dashboard.get_dashboard_data()  # warm the caches
        self.env.invalidate_all()
        start = self.env.cr.sql_log_count
        dashboard.get_dashboard_data()
        few = self.env.cr.sql_log_count - start
        self.env["labor.ncr"].create(
            [
                {
                    "title": f"NCR {i}",
                    "source": "inspection",
                    "category_id": self.category.id,
                    "severity": ("minor", "major", "critical")[i % 3],
                    "vendor_id": self.q_vendor.id,
                    "contract_id": self.contract.id,
                    "description": "<p>x</p>",
                    "detected_on": "2025-03-10",
                }
                for i in range(60)
            ]
        )
        self.env["labor.risk"].create(
            [{"name": f"Risk {i}", "category": "safety", "likelihood": "5", "impact": "4"} for i in range(20)]
        )
        self.env.flush_all()  # the new records' pending writes are not the dashboard's queries
        self.env.invalidate_all()
        start = self.env.cr.sql_log_count
        dashboard.get_dashboard_data()
        # not more queries with more records (one fewer can happen: a vendor read by the
        # NCR section is then already in the cache when the KPI section needs it)
        self.assertLessEqual(self.env.cr.sql_log_count - start, few)


class TestDashboardKpis(EvaluationCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.build_kpi_data_set()

    def test_kpis_add_up_the_vendors_records(self):
        """A company-wide KPI is the formula over the summed numerators and denominators
        of all vendors (not an average of their rates)."""
        section = self.env["labor.dashboard"].with_user(self.manager)._dashboard_section_kpi(Q2_FROM, Q2_TO)
        tiles = {tile["key"]: tile for tile in section["tiles"]}
        vendors = self.env["res.partner"].with_user(self.manager).search([("is_outsourcing_vendor", "=", True)])
        per_vendor = self.Engine._compute_kpis(vendors, Q2_FROM, Q2_TO)
        self.assertEqual(per_vendor[self.kpi_vendor.id]["quality_pass_rate"]["value"], EXPECTED["quality_pass_rate"][0])
        passed = sum(values["quality_pass_rate"]["numerator"] for values in per_vendor.values())
        done = sum(values["quality_pass_rate"]["denominator"] for values in per_vendor.values())
        self.assertGreater(done, EXPECTED["quality_pass_rate"][2], "other vendors have inspections too")
        pass_rate = tiles["kpi_quality_pass_rate"]
        self.assertEqual(pass_rate["value"], f"{100.0 * passed / done:.2f} %")
        self.assertEqual(pass_rate["status"], "danger" if 100.0 * passed / done < 95 else "success")
        self.assertEqual(pass_rate["detail"], "target 95.00 %")
        behind = self.env[pass_rate["action"]["res_model"]].search(pass_rate["action"]["domain"])
        self.assertEqual(len(behind), done, "the drill-down lists the done inspections of every vendor")
        self.assertEqual(self.kpi_vendor.name in pass_rate["action"]["name"], False)
        codes = set(self.env["labor.kpi"].search([]).mapped("code"))
        self.assertEqual({key[4:] for key in tiles}, codes)

    def test_empty_period_is_no_data(self):
        section = self.env["labor.dashboard"]._dashboard_section_kpi(date(2001, 1, 1), date(2001, 3, 31))
        for tile in section["tiles"]:
            self.assertEqual((tile["value"], tile["status"]), ("No data", "muted"), tile["key"])

    def test_kpi_query_count_does_not_grow_with_vendors(self):
        Dashboard = self.env["labor.dashboard"].with_user(self.manager)
        Dashboard._dashboard_section_kpi(Q2_FROM, Q2_TO)
        self.env.invalidate_all()
        start = self.env.cr.sql_log_count
        Dashboard._dashboard_section_kpi(Q2_FROM, Q2_TO)
        few = self.env.cr.sql_log_count - start
        for index in range(15):
            self.create_kpi_contract(self.create_vendor(f"Extra vendor {index}", state="approved"))
        self.env.invalidate_all()
        start = self.env.cr.sql_log_count
        Dashboard._dashboard_section_kpi(Q2_FROM, Q2_TO)
        self.assertEqual(self.env.cr.sql_log_count - start, few)


@tagged("post_install", "-at_install")
class TestDashboardUi(HttpCase):
    def test_dashboard_tour(self):
        """The Outsourcing app opens on the overview; a tile opens the records behind it."""
        vendor = self.env.ref("labor_outsourcing.demo_contract_active").vendor_id
        self.env["labor.ncr"].create(
            {
                "title": "Dashboard tour NCR",
                "source": "inspection",
                "category_id": self.env.ref("labor_outsourcing_quality.ncr_category_safety").id,
                "severity": "major",
                "vendor_id": vendor.id,
                "description": "<p>x</p>",
            }
        )
        self.start_tour("/odoo", "labor_outsourcing_reports_dashboard_tour", login="admin")
