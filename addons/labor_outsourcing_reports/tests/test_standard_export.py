# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from lxml import etree

from odoo.addons.labor_outsourcing_quality.tests.common import QualityCommon

MODULES = ("labor_outsourcing", "labor_outsourcing_quality", "labor_outsourcing_reports")


class TestStandardExport(QualityCommon):
    """Every list of the suite exports with Odoo's standard export (Action > Export)."""

    def test_list_views_do_not_disable_export(self):
        view_ids = (
            self.env["ir.model.data"].search([("module", "in", MODULES), ("model", "=", "ir.ui.view")]).mapped("res_id")
        )
        views = self.env["ir.ui.view"].browse(view_ids).filtered(lambda v: v.type == "list")
        self.assertGreater(len(views), 20)
        for view in views:
            arch = etree.fromstring(view.arch_db.encode())
            for node in arch.iter("list"):
                value = (node.get("export_xlsx") or "1").strip().lower()
                self.assertNotIn(value, ("0", "false"), f"{view.xml_id} disables the export")

    def test_outsourcing_managers_may_export(self):
        # as in Odoo's own apps, the user group does not grant the export; managers have it
        self.assertTrue(self.manager.has_group("base.group_allow_export"))
        self.assertFalse(self.user.has_group("base.group_allow_export"))
        self.assertFalse(self.inspector.has_group("base.group_allow_export"))
        self.assertFalse(self.user.has_group("base.group_partner_manager"))
        self.assertFalse(self.user_portal.has_group("base.group_allow_export"))

    def test_export_data_of_key_models(self):
        worker = self.env["hr.employee"].create(
            {
                "name": "Export Worker",
                "is_labor_worker": True,
                "labor_vendor_id": self.q_vendor.id,
                "labor_contract_id": self.contract.id,
            }
        )
        inspection = self.create_inspection(self.create_plan())
        ncr = self.create_ncr()
        cases = [
            ("res.partner", self.q_vendor, ["name", "vendor_state", "labor_compliance", "vendor_document_ids/number"]),
            ("labor.contract", self.contract, ["name", "vendor_id/name", "date_start", "amount_estimated", "state"]),
            (
                "hr.employee",
                worker,
                ["name", "labor_vendor_id/name", "labor_contract_id/name", "labor_compliance_state"],
            ),
            ("labor.inspection", inspection, ["name", "date", "vendor_id/name", "state", "answer_ids/item_id/name"]),
            ("labor.ncr", ncr, ["name", "title", "detected_on", "severity", "vendor_id/name", "action_ids/name"]),
        ]
        for model, record, field_names in cases:
            rows = record.with_user(self.manager).export_data(field_names)["datas"]
            self.assertTrue(rows, model)
            self.assertEqual(rows[0][0], record.name, model)
        # several records export one row each (no one-to-many line here)
        contracts = self.contract | self.create_active_contract(self.q_vendor)
        rows = contracts.with_user(self.manager).export_data(["name", "vendor_id/name", "amount_estimated"])["datas"]
        self.assertEqual([row[0] for row in rows], contracts.mapped("name"))
        self.assertEqual({row[1] for row in rows}, {self.q_vendor.name})
