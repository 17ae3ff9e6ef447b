# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark section 1 (bench/m_export.py) on small data: the audit pack and Odoo's list
export of the same records hold the same rows and the same columns, the measure reports
them, and the audit pack's query count does not grow with the rows (10 vs 200)."""

from datetime import date, timedelta

from odoo import Command

from odoo.addons.labor_outsourcing_quality.tests.common import QualityCommon
from odoo.addons.labor_outsourcing_reports.report.audit_pack_reader import AuditScope

from bench import m_export

#: columns the audit pack leaves blank where the value means nothing (sample figures of an
#: inspection without sampling, the currency of an NCR without penalty) and Odoo's export
#: writes the stored value: there the audit pack's cell is blank or equal
BLANKED_BY_PACK = {"inspections": {"ac", "re", "lot_accepted"}, "ncrs": {"penalty", "penalty_currency"}}


def empty(value):
    """Blank cells: the audit pack leaves 0 and False blank where Odoo writes them."""
    return value in (None, "", False, 0)


class TestBenchExport(QualityCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Odoo's export, which the audit pack is measured against, needs the export right:
        # Outsourcing users no longer have it by default (managers do), an auditor is given it
        cls.user.write({"groups_id": [Command.link(cls.env.ref("base.group_allow_export").id)]})
        cls.vendor_10 = cls.populate("Ten Rows Staffing", 10)
        cls.vendor_200 = cls.populate("Two Hundred Rows Staffing", 200)

    @classmethod
    def populate(cls, name, count):
        """A vendor with ``count`` inspections (a few done through the flow, with ISO
        sampling and a failed one opening an NCR) and ``count`` NCRs with actions."""
        vendor = cls.create_vendor(name, state="approved")
        contract = cls.create_active_contract(vendor)
        plan = cls.env["labor.inspection.plan"].create(
            {
                "name": f"Plan {name}",
                "contract_id": contract.id,
                "site_id": cls.site.id,
                "frequency": "monthly",
                "user_id": cls.inspector.id,
                "sampling_method": "fixed",
                "sample_size": 5,
                "acceptance_number": 1,
                "item_ids": [
                    Command.create({"name": "Helmets worn", "kind": "pass_fail"}),
                    Command.create({"name": "Badges", "kind": "pass_fail"}),
                ],
            }
        )
        start = date(2025, 1, 6)
        inspections = cls.env["labor.inspection"].create(
            [
                {
                    "plan_id": plan.id,
                    "date": start + timedelta(days=index % 300),
                    "inspector_id": cls.inspector.id,
                    "lot_size": 20 + index,
                    "lot_reference": f"{name[:3]}-{index}",
                }
                for index in range(count)
            ]
        )
        for index, inspection in enumerate(inspections[:3]):
            inspection.action_start()
            inspection.answer_ids.write({"verdict": "fail" if index == 2 else "pass"})
            inspection.action_done()
        ncrs = cls.env["labor.ncr"].create(
            [
                {
                    "title": f"{name} NCR {index}",
                    "category_id": cls.category.id,
                    "vendor_id": vendor.id,
                    "contract_id": contract.id,
                    "site_id": cls.site.id,
                    "description": "<p>x</p>",
                    "detected_on": start + timedelta(days=index % 300),
                    "qty_checked": 10,
                    "qty_nonconforming": 1 + index % 3,
                    "root_cause": "Training gap" if index % 2 else False,
                    "cause_category": "man" if index % 2 else False,
                }
                for index in range(count - 1)
            ]  # the failed inspection opened the last one
        )
        cls.env["labor.ncr.action"].create(
            [
                {
                    "ncr_id": ncr.id,
                    "name": "Fix",
                    "date_deadline": date(2025, 12, 1),
                    "state": "done" if i % 2 else "todo",
                }
                for i, ncr in enumerate(ncrs)
            ]
        )
        ncrs[:1].write({"penalty_state": "proposed", "penalty_amount": 150.0})
        return vendor

    def scope(self, **options):
        return m_export.Scope(self.env, {}, user=self.user.id, **options)

    def test_same_rows_and_columns(self):
        scope = self.scope()
        in_scope = scope.records_in_scope()
        self.assertGreaterEqual(in_scope["inspections"], 210)
        self.assertGreaterEqual(in_scope["ncrs"], 210)
        # every inspection and NCR of the user's company is in scope (period spans them all)
        Inspection = self.env["labor.inspection"].with_user(self.user)
        self.assertEqual(in_scope["inspections"], Inspection.search_count([("company_id", "=", self.company.id)]))
        pack = m_export.audit_pack_xlsx(scope)
        self.assertEqual(m_export.sheet_names(pack), ["Inspections", "NCRs"])
        Report = self.env["report.labor_outsourcing_reports.audit_pack_xlsx"].with_user(self.user)
        audit_scope = AuditScope(Report.env, scope.date_from, scope.date_to, False, scope.company_ids)
        specs = {"inspections": Report._sheet_inspections(audit_scope)[0], "ncrs": Report._sheet_ncrs(audit_scope)[0]}
        for index, (key, model, fname, columns) in enumerate(m_export.LOGS):
            spec = specs[key]
            # the mapping names every column of the audit pack's sheet, in order
            self.assertEqual(tuple(column_key for column_key, _path in columns), spec.keys, key)
            fields = m_export.export_fields(scope, model, columns)
            self.assertEqual([field["name"] for field in fields], [path for _key, path in columns if path])
            pack_header, pack_rows = m_export.read_sheet(pack, m_export.sheet_names(pack)[index])
            odoo_header, odoo_rows = m_export.read_sheet(m_export.odoo_export_xlsx(scope, model, fname, columns))
            self.assertEqual(pack_header, [column.label for column in spec.columns], key)
            self.assertEqual(odoo_header, [field["label"] for field in fields], key)
            self.assertEqual(len(pack_rows), in_scope[key], key)
            self.assertEqual(len(odoo_rows), in_scope[key], key)
            # the same records, and the same values in every column both files have
            odoo_by_number = {values[0]: values for values in odoo_rows}
            self.assertEqual(len(odoo_by_number), len(odoo_rows), f"{key}: numbers are unique")
            self.assertEqual(sorted(odoo_by_number), sorted(values[0] for values in pack_rows), key)
            paths = [path for _key, path in columns if path]
            compared = 0
            for values in pack_rows:
                other = odoo_by_number[values[0]]
                for column_index, (column_key, path) in enumerate(columns):
                    if not path:
                        continue
                    mine, theirs = values[column_index], other[paths.index(path)]
                    if empty(mine) and (empty(theirs) or column_key in BLANKED_BY_PACK[key]):
                        continue
                    self.assertEqual(mine, theirs, f"{key} {values[0]} {column_key}")
                    compared += 1
            self.assertGreater(compared, 10 * len(pack_rows), f"{key}: cells compared")
        names = {values[0] for values in m_export.read_sheet(pack, "Inspections")[1]}
        self.assertTrue(
            set(self.env["labor.inspection"].search([("vendor_id", "=", self.vendor_200.id)]).mapped("name")) <= names
        )

    def test_measure_rows(self):
        rows = m_export.measure(self.env, {}, user=self.user.id)
        self.assertEqual([row["section"] for row in rows], [1, 1, 1, 1])
        by_name = {row["name"]: row for row in rows}
        timing = by_name["Audit pack XLSX (inspection + NCR logs): time"]
        self.assertGreater(timing["value"], 0)
        self.assertGreater(timing["reference_value"], 0)
        self.assertEqual(timing["target"], "<= 0.5 x")
        self.assertEqual(set(timing["details"]["odoo_per_file"]), {"inspections", "ncrs"})
        counted = by_name["Data rows in the files (audit pack / Odoo export)"]
        in_scope = counted["details"]["per_sheet"]["in_scope"]
        self.assertEqual(counted["details"]["per_sheet"]["audit_pack"], in_scope)
        self.assertEqual(counted["details"]["per_sheet"]["odoo_export"], in_scope)
        self.assertEqual(counted["value"], sum(in_scope.values()))
        self.assertEqual(counted["reference_value"], counted["value"])
        self.assertTrue(counted["ok"])
        memory = by_name["Audit pack XLSX: peak memory growth"]
        self.assertEqual(memory["unit"], "MB")
        self.assertGreaterEqual(memory["value"], 0)
        queries = by_name["Audit pack XLSX: SQL queries"]
        self.assertGreater(queries["value"], 0)
        self.assertGreater(queries["reference_value"], 0)
        self.assertEqual(counted["details"]["per_sheet"]["in_database"], in_scope)
        # an NCR the user may not read (another company): the files no longer hold every
        # record of the database, which the row reports
        self.ncr_other_company()
        counted = m_export.combine(
            [m_export.measure(self.env, {}, side=side, user=self.user.id) for side in m_export.SIDES]
        )[2]
        per_sheet = counted["details"]["per_sheet"]
        self.assertEqual(per_sheet["in_database"]["ncrs"], per_sheet["in_scope"]["ncrs"] + 1)
        self.assertEqual(per_sheet["audit_pack"], per_sheet["in_scope"])
        self.assertFalse(counted["ok"])

    def ncr_other_company(self):
        vendor = self.create_vendor("Second Company Staffing", state="approved", company_id=self.company_2.id)
        contract = self.create_active_contract(vendor, company=self.company_2)
        return self.env["labor.ncr"].create(
            {
                "title": "Company 2 NCR",
                "category_id": self.category.id,
                "vendor_id": vendor.id,
                "contract_id": contract.id,
                "company_id": self.company_2.id,
                "description": "<p>x</p>",
                "detected_on": date(2025, 4, 1),
            }
        )

    def test_one_side_at_a_time(self):
        [raw] = m_export.measure(self.env, {}, side="audit_pack", user=self.user.id, vendor_id=self.vendor_10.id)
        self.assertEqual(raw["name"], "audit_pack")
        self.assertEqual(raw["details"]["rows"], {"inspections": 10, "ncrs": 10})
        self.assertEqual(raw["details"]["sheets"], ["Inspections", "NCRs"])
        [raw] = m_export.measure(self.env, {}, side="odoo_export", user=self.user.id, vendor_id=self.vendor_10.id)
        self.assertEqual(raw["details"]["rows"], {"inspections": 10, "ncrs": 10})
        with self.assertRaises(ValueError):
            m_export.measure(self.env, {}, side="csv", user=self.user.id)
        with self.assertRaises(ValueError):
            m_export.combine([[raw]])

    def test_audit_pack_queries_do_not_grow_with_rows(self):
        def queries(vendor):
            [raw] = m_export.measure(self.env, {}, side="audit_pack", user=self.user.id, vendor_id=vendor.id)
            return raw["details"]["queries"], raw["details"]["rows"]

        queries(self.vendor_10)  # warm the caches of the first call in this process
        few, few_rows = queries(self.vendor_10)
        many, many_rows = queries(self.vendor_200)
        self.assertEqual(few_rows, {"inspections": 10, "ncrs": 10})
        self.assertEqual(many_rows, {"inspections": 200, "ncrs": 200})
        self.assertEqual(few, many, "as many queries for 10 rows per log as for 200")
