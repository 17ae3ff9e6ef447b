# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from odoo.addons.labor_outsourcing_quality.tests.common import QualityCommon


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
            {"vendor_id": self.q_vendor.id, "type_id": self.doc_types["dispatch_permit"].id,
             "number": "LDP-SOON", "state": "verified", "expiry_date": self.today + timedelta(days=5)}
        )
        self.env["labor.risk"].create(
            {"name": "Unlicensed subcontracting", "category": "legal", "likelihood": "5", "impact": "5",
             "vendor_id": self.q_vendor.id}
        )
        after = self.tiles()
        self.assertEqual(after["ncr_major"]["value"], before["ncr_major"]["value"] + 2)
        self.assertEqual(after["ncr_major"]["status"], "danger")
        self.assertEqual(after["ncr_critical"]["value"], before["ncr_critical"]["value"])
        self.assertEqual(after["documents_expiring"]["value"], before["documents_expiring"]["value"] + 1)
        self.assertEqual(after["risk_high"]["value"], before["risk_high"]["value"] + 1)
        risk_rows = [
            section for section in self.env["labor.dashboard"].with_user(self.manager).get_dashboard_data()["sections"]
            if section["key"] == "risk"
        ][0]["rows"]
        self.assertIn("Unlicensed subcontracting", [row["name"] for row in risk_rows])

    def test_every_figure_is_the_count_of_its_drilldown(self):
        self.create_ncr(severity="minor")
        for key, tile in self.tiles().items():
            with self.subTest(tile=key):
                self.assertEqual(len(self.records_behind(tile)), tile["value"])
                self.assertIn(tile["status"], ("success", "warning", "danger", "muted"))
                self.assertFalse([k for k in tile["action"]["context"] if k.startswith("search_default_")])
                self.assertEqual(tile["action"]["display_name"], tile["action"]["name"])

    def test_empty_figure_is_green(self):
        tiles = self.tiles()
        for key, tile in tiles.items():
            if tile["value"] == 0:
                self.assertEqual(tile["status"], "success", key)

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
                {"title": f"NCR {i}", "source": "inspection", "category_id": self.category.id,
                 "severity": ("minor", "major", "critical")[i % 3], "vendor_id": self.q_vendor.id,
                 "contract_id": self.contract.id, "description": "<p>x</p>", "detected_on": "2025-03-10"}
                for i in range(60)
            ]
        )
        self.env["labor.risk"].create(
            [{"name": f"Risk {i}", "category": "safety", "likelihood": "5", "impact": "4"} for i in range(20)]
        )
        self.env.invalidate_all()
        start = self.env.cr.sql_log_count
        dashboard.get_dashboard_data()
        self.assertEqual(self.env.cr.sql_log_count - start, few)


@tagged("post_install", "-at_install")
class TestDashboardUi(HttpCase):
    def test_dashboard_tour(self):
        """The Outsourcing app opens on the overview; a tile opens the records behind it."""
        vendor = self.env.ref("labor_outsourcing.demo_contract_active").vendor_id
        self.env["labor.ncr"].create(
            {"title": "Dashboard tour NCR", "source": "inspection",
             "category_id": self.env.ref("labor_outsourcing_quality.ncr_category_safety").id,
             "severity": "major", "vendor_id": vendor.id, "description": "<p>x</p>"}
        )
        self.start_tour("/odoo", "labor_outsourcing_reports_dashboard_tour", login="admin")
