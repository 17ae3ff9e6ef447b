# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The import templates offered by the import screen import as shipped, through
base_import exactly as the web client drives it (create the import, parse_preview, then
execute_import with the columns it matched), and a bad row is refused with Odoo's per-row
messages, nothing of the file imported."""

import io
from datetime import timedelta

import openpyxl

from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tools.misc import file_open

from .common import LaborOutsourcingCommon

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
VENDOR = "Example Staffing Co., Ltd."
CONTRACT = "Example line staffing 2026"
OPTIONS = {
    "import_skip_records": [],
    "import_set_empty_fields": [],
    "fallback_values": {},
    "name_create_enabled_fields": {},
    "encoding": "",
    "separator": "",
    "quoting": '"',
    "date_format": "",
    "datetime_format": "",
    "float_thousand_separator": ",",
    "float_decimal_separator": ".",
    "advanced": True,
    "has_headers": True,
    "keep_matches": False,
    "limit": 2000,
    "skip": 0,
    "sheet": "Import",
    "tracking_disable": True,
}


@tagged("post_install", "-at_install")
class TestImportTemplates(LaborOutsourcingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        service = {"type": "service", "purchase_ok": True}
        product = cls.env["product.product"]
        for name in ("Line Operator", "Forklift Driver"):
            if not product.search_count([("name", "=", name)]):
                product.create(dict(service, name=name))

    def template(self, model, context=None):
        """The template of ``model`` that get_import_templates offers ``self.user``: its
        path and content."""
        templates = self.env[model].with_user(self.user).with_context(**(context or {})).get_import_templates()
        ours = [t for t in templates if t["template"].startswith("/labor_outsourcing/")]
        self.assertEqual(len(ours), 1, templates)
        with file_open(ours[0]["template"].lstrip("/"), "rb") as handle:
            return handle.read()

    def run_import(self, model, content, user=None):
        """Import ``content`` as the web client does; returns execute_import's result."""
        env = self.env(user=user or self.user)
        wizard = env["base_import.import"].create({"res_model": model, "file": content, "file_type": XLSX})
        preview = wizard.parse_preview(dict(OPTIONS))
        self.assertFalse(preview.get("error"), preview)
        # every column of the template is recognised by the import screen itself
        self.assertEqual(len(preview["matches"]), len(preview["headers"]), preview["headers"])
        fields = ["/".join(preview["matches"][index]) for index in range(len(preview["headers"]))]
        self.assertEqual(fields, preview["headers"])
        return wizard.execute_import(fields, [h.lower() for h in preview["headers"]], dict(OPTIONS))

    def assertImported(self, result, count):
        self.assertFalse(result["messages"], result["messages"])
        self.assertEqual(len(result["ids"]), count)

    def import_vendors(self):
        result = self.run_import("res.partner", self.template("res.partner", {"default_is_outsourcing_vendor": True}))
        self.assertImported(result, 2)
        return self.env["res.partner"].browse(result["ids"])

    def approved_vendor_with_contract(self):
        """The imported vendor, qualified and approved as in the back office, and the contract
        of the contracts template (draft)."""
        vendor = self.import_vendors().filtered(lambda p: p.name == VENDOR)
        self.env["labor.vendor.document"].create(
            [
                {"vendor_id": vendor.id, "type_id": self.doc_types[kind].id, "number": f"{kind}-1", "state": "verified"}
                for kind in ("business_license", "tax_registration")
            ]
            + [
                {
                    "vendor_id": vendor.id,
                    "type_id": self.doc_types["dispatch_permit"].id,
                    "number": "permit-1",
                    "state": "verified",
                    "expiry_date": self.today + timedelta(days=365),
                }
            ]
        )
        for state in ("evaluation", "qualified", "approved"):
            vendor._labor_set_vendor_state(state, reason="Import template test")
        result = self.run_import("labor.contract", self.template("labor.contract"))
        self.assertImported(result, 1)
        return vendor, self.env["labor.contract"].browse(result["ids"])

    def test_vendors_with_their_company_facts(self):
        vendors = self.import_vendors()
        vendor = vendors.filtered(lambda p: p.name == VENDOR)
        self.assertTrue(vendor.is_company and vendor.is_outsourcing_vendor)
        self.assertEqual(vendor.vendor_state, "prospect")
        self.assertEqual(vendor.registered_capital, 5000000)
        self.assertEqual(vendor.years_in_business, 12)
        self.assertEqual(vendor.outsourcing_headcount, 850)
        self.assertEqual((vendor.credit_standing, vendor.tax_credit_rating), ("good", "a"))
        self.assertEqual(vendor.country_id, self.env.ref("base.cn"))
        self.assertEqual(len(vendor.outsourcing_service_type_ids), 2)

    def test_qualification_documents(self):
        vendor = self.import_vendors().filtered(lambda p: p.name == VENDOR)
        result = self.run_import("labor.vendor.document", self.template("labor.vendor.document"))
        self.assertImported(result, 3)
        documents = self.env["labor.vendor.document"].browse(result["ids"])
        self.assertEqual(documents.vendor_id, vendor)
        self.assertEqual(set(documents.mapped("state")), {"draft"})  # purchasing verifies them
        permit = documents.filtered(lambda d: d.type_id == self.doc_types["dispatch_permit"])
        self.assertEqual(str(permit.expiry_date), "2028-01-09")

    def test_contract_with_its_rate_card(self):
        vendor, contract = self.approved_vendor_with_contract()
        self.assertEqual((contract.vendor_id, contract.state, contract.title), (vendor, "draft", CONTRACT))
        self.assertEqual(len(contract.rate_ids), 3)
        night = contract.rate_ids.filtered(lambda r: r.shift == "night")
        self.assertEqual((night.site_id, night.unit, night.price), (self.site, "hour", 38.0))
        self.assertEqual(contract.rate_ids.filtered(lambda r: r.unit == "day").price, 320.0)

    def test_workers_with_certificates_and_trainings(self):
        _vendor, contract = self.approved_vendor_with_contract()
        contract.write({"state": "active"})
        content = self.template("hr.employee", {"default_is_labor_worker": True})
        result = self.run_import("hr.employee", content)
        self.assertImported(result, 2)
        workers = self.env["hr.employee"].browse(result["ids"])
        self.assertTrue(all(workers.mapped("is_labor_worker")))
        self.assertEqual(set(workers.mapped("employee_type")), {"contractor"})
        self.assertEqual(workers.labor_contract_id, contract)
        li = workers.filtered(lambda w: w.name == "Example Worker Li Ming")
        self.assertEqual(len(li.labor_certificate_ids), 2)
        self.assertEqual(len(li.labor_training_ids), 2)
        self.assertTrue(all(li.labor_training_ids.mapped("passed")))
        self.assertEqual(li.labor_shift, "day")

    def test_a_bad_row_is_reported_and_nothing_is_imported(self):
        _vendor, contract = self.approved_vendor_with_contract()
        contract.write({"state": "active"})
        book = openpyxl.load_workbook(io.BytesIO(self.template("hr.employee", {"default_is_labor_worker": True})))
        sheet = book["Import"]
        header = [cell.value for cell in sheet[1]]
        sheet.cell(row=4, column=header.index("labor_certificate_ids/type_id") + 1, value="No Such Certificate")
        buffer = io.BytesIO()
        book.save(buffer)
        before = self.env["hr.employee"].search_count([])
        result = self.run_import("hr.employee", buffer.getvalue())
        self.assertFalse(result.get("ids"))
        errors = [m for m in result["messages"] if m["type"] == "error"]
        self.assertTrue(errors, result)
        self.assertIn("No Such Certificate", errors[0]["message"])
        self.assertEqual(errors[0]["rows"]["from"], 2)  # 0-based data row of the bad line
        self.assertEqual(self.env["hr.employee"].search_count([]), before)
        self.assertFalse(self.env["labor.worker.certificate"].search([("number", "=", "HC-2026-0101")]))

    def test_a_worker_refused_by_the_rules_is_reported_by_row(self):
        """The model's own controls apply to imports: a draft contract takes no worker."""
        self.approved_vendor_with_contract()  # the contract stays draft
        result = self.run_import("hr.employee", self.template("hr.employee", {"default_is_labor_worker": True}))
        self.assertFalse(result.get("ids"))
        self.assertTrue([m for m in result["messages"] if m["type"] == "error"], result)
        self.assertFalse(self.env["hr.employee"].search([("name", "like", "Example Worker")]))

    def test_templates_only_for_who_may_create(self):
        partner_ctx = {"default_is_outsourcing_vendor": True}
        for model, context in (
            ("res.partner", partner_ctx),
            ("labor.vendor.document", {}),
            ("hr.employee", {"default_is_labor_worker": True}),
            ("labor.contract", {}),
        ):
            with self.subTest(model=model):
                self.assertTrue(self.template(model, context))
                plain = self.env[model].with_user(self.user_plain).with_context(**context).get_import_templates()
                self.assertFalse([t for t in plain if t["template"].startswith("/labor_outsourcing/")], model)
        # Odoo's own templates stay, ours only in the outsourcing lists
        partner = self.env["res.partner"].with_user(self.user)
        self.assertEqual([t["template"] for t in partner.get_import_templates()], ["/base/static/xls/res_partner.xlsx"])
        self.assertIn(
            "/base/static/xls/res_partner.xlsx",
            [t["template"] for t in partner.with_context(**partner_ctx).get_import_templates()],
        )
        employee = self.env["hr.employee"].with_user(self.manager)
        self.assertNotIn(
            "/labor_outsourcing/static/xls/labor_outsourcing_workers.xlsx",
            [t["template"] for t in employee.get_import_templates()],
        )

    def test_a_user_without_the_right_cannot_import(self):
        self.import_vendors()
        content = self.template("labor.vendor.document")
        wizard = (
            self.env["base_import.import"]
            .with_user(self.user_plain)
            .create({"res_model": "labor.vendor.document", "file": content, "file_type": XLSX})
        )
        columns = ["vendor_id", "type_id", "number", "issuing_authority", "issue_date", "expiry_date", "note"]
        with self.assertRaises(AccessError):
            wizard.execute_import(columns, columns, dict(OPTIONS))
        self.assertFalse(self.env["labor.vendor.document"].search([("number", "=", "LDP-3205-2025-018")]))
