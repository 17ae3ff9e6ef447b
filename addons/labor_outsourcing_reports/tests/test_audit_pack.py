# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io
from datetime import date, datetime
from unittest.mock import patch

import openpyxl

from odoo import Command, fields
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import Form, new_test_user

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_state_bypass
from odoo.addons.labor_outsourcing.tests.common import FixedClockMixin
from odoo.addons.labor_outsourcing_quality.tests.common import QualityCommon
from odoo.addons.labor_outsourcing_reports.report import audit_pack_reader
from odoo.addons.labor_outsourcing_reports.tools.xlsx_layout import Column, SheetSpec
from odoo.addons.labor_outsourcing_reports.wizards.labor_audit_pack_wizard import SHEET_FIELDS

REPORT = "labor_outsourcing_reports.audit_pack_xlsx"
SHEETS = [
    "Vendors",
    "Vendor Documents",
    "Contracts",
    "Contract Approvals",
    "Workers",
    "Inspections",
    "NCRs",
    "Issues",
    "Risks",
    "Evaluations",
]
CHINESE_VENDOR = "上海华信劳务派遣有限公司"


class Sheet:
    """A worksheet read back: header, data rows (as dicts by header) and totals row."""

    def __init__(self, worksheet, cached=None):
        self.worksheet = worksheet
        rows = list(worksheet.iter_rows(values_only=True))
        self.header = list(rows[0])
        body = rows[1:]
        self.totals = None
        if body and any(isinstance(value, str) and value.startswith("=SUBTOTAL(") for value in body[-1]):
            self.totals = dict(zip(self.header, body[-1], strict=True))
            body = body[:-1]
        self.cells = body
        self.rows = [dict(zip(self.header, row, strict=True)) for row in body]
        self.cached_totals = None
        if cached is not None and self.totals:
            cached_rows = list(cached.iter_rows(values_only=True))
            self.cached_totals = dict(zip(self.header, cached_rows[-1], strict=True))

    def column(self, label):
        return [row[label] for row in self.rows]

    def row(self, label, value):
        found = [row for row in self.rows if row[label] == value]
        assert len(found) == 1, f"{len(found)} rows with {label} = {value!r}"
        return found[0]


class AuditPackCase(FixedClockMixin, QualityCommon):
    #: 01:00 in Shanghai, where the pack's user works, on a day that is still the 16th in UTC
    #: (the suite failed every day after 16:00 UTC when the pack ended on the UTC day)
    fixed_clock = datetime(2026, 3, 16, 17, 0)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.date_from, cls.date_to = date(2025, 1, 1), date(2025, 12, 31)
        # a vendor named in Chinese, its contract, a worker, inspections, NCRs, an issue, a risk
        cls.cn_vendor = cls.create_vendor(CHINESE_VENDOR, state="approved", vat="91310000MA1K00001X")
        cls.cn_contract = cls.create_active_contract(cls.cn_vendor)
        cls.cn_contract.write({"title": "装配线劳务外包", "signed_date": date(2024, 12, 20)})
        cls.project = cls.env["project.project"].create({"name": "Assembly Line 2"})
        with labor_state_bypass():
            cls.cn_contract.write(
                {
                    "project_ids": [Command.set(cls.project.ids)],
                    "site_ids": [Command.set(cls.site.ids)],
                    "amount_estimated": 120000.0,
                }
            )
        cls.env["labor.approval.log"].create(
            [
                {
                    "res_model": "labor.contract",
                    "res_id": cls.cn_contract.id,
                    "contract_id": cls.cn_contract.id,
                    "decision": "requested",
                    "user_id": cls.user.id,
                    "date": datetime(2024, 12, 1, 2, 0),
                },
                {
                    "res_model": "labor.contract",
                    "res_id": cls.cn_contract.id,
                    "contract_id": cls.cn_contract.id,
                    "decision": "approved",
                    "tier": 1,
                    "tier_name": "Department Manager",
                    "user_id": cls.manager.id,
                    "date": datetime(2024, 12, 2, 2, 0),
                },
                {
                    "res_model": "labor.contract",
                    "res_id": cls.cn_contract.id,
                    "contract_id": cls.cn_contract.id,
                    "decision": "approved",
                    "tier": 2,
                    "tier_name": "Legal",
                    "user_id": cls.legal.id,
                    "date": datetime(2024, 12, 3, 2, 0),
                    "comment": "同意",
                },
            ]
        )
        cls.old_contract = cls.create_active_contract(cls.cn_vendor)
        cls.old_contract.write({"title": "Old staffing", "state": "expired"})
        with labor_state_bypass():
            cls.old_contract.write({"date_start": date(2023, 1, 1), "date_end": date(2023, 12, 31)})
        cls.worker_cn = cls.env["hr.employee"].create(
            {
                "name": "王小明",
                "is_labor_worker": True,
                "labor_vendor_id": cls.cn_vendor.id,
                "labor_contract_id": cls.cn_contract.id,
                "labor_site_id": cls.site.id,
                "labor_assignment_start": date(2025, 2, 1),
            }
        )
        cls.env["labor.worker.certificate"].create(
            {
                "employee_id": cls.worker_cn.id,
                "type_id": cls.env["labor.worker.certificate.type"].search([], limit=1).id,
                "number": "CERT-001",
                "expiry_date": date(2030, 1, 1),
                "state": "verified",
            }
        )
        plan = cls.env["labor.inspection.plan"].create(
            {
                "name": "Assembly inspection",
                "contract_id": cls.cn_contract.id,
                "site_id": cls.site.id,
                "frequency": "monthly",
                "user_id": cls.inspector.id,
            }
        )
        cls.inspections = cls.env["labor.inspection"].create(
            [
                {"plan_id": plan.id, "date": date(2025, 3, day), "inspector_id": cls.inspector.id, "lot_size": 100}
                for day in (3, 10, 17)
            ]
        )
        cls.inspection_before = cls.env["labor.inspection"].create(
            {"plan_id": plan.id, "date": date(2024, 12, 31), "inspector_id": cls.inspector.id}
        )
        ncr_vals = {
            "title": "安全帽佩戴不规范",
            "source": "inspection",
            "category_id": cls.category.id,
            "severity": "minor",
            "vendor_id": cls.cn_vendor.id,
            "contract_id": cls.cn_contract.id,
            "site_id": cls.site.id,
            "description": "<p>Helmets</p>",
        }
        cls.ncrs = cls.env["labor.ncr"].create(
            [
                dict(
                    ncr_vals,
                    detected_on=date(2025, 4, 1),
                    qty_checked=20,
                    qty_nonconforming=3,
                    inspection_id=cls.inspections[0].id,
                ),
                dict(
                    ncr_vals,
                    detected_on=date(2025, 5, 1),
                    qty_checked=10,
                    qty_nonconforming=1,
                    penalty_state="confirmed",
                    penalty_amount=150.0,
                ),
            ]
        )
        cls.ncr_before = cls.env["labor.ncr"].create(dict(ncr_vals, detected_on=date(2024, 6, 1)))
        cls.env["labor.ncr.action"].create(
            [
                {
                    "ncr_id": cls.ncrs[0].id,
                    "name": "Buy helmets",
                    "date_deadline": date(2025, 4, 10),
                    "state": "done",
                    "evidence": "Invoice",
                    "verified": True,
                },
                {"ncr_id": cls.ncrs[0].id, "name": "Train workers", "date_deadline": date(2025, 4, 20)},
            ]
        )
        cls.issue = cls.env["labor.issue"].create(
            {
                "title": "工牌无法识别",
                "vendor_id": cls.cn_vendor.id,
                "contract_id": cls.cn_contract.id,
                "date_reported": datetime(2025, 6, 1, 1, 0),
                "priority": "2",
            }
        )
        cls.risk = cls.env["labor.risk"].create(
            {
                "name": "供应商单一",
                "category": "continuity",
                "vendor_id": cls.cn_vendor.id,
                "likelihood": "4",
                "impact": "3",
                "residual_likelihood": "2",
                "residual_impact": "2",
            }
        )
        # the same kinds of records in the second company, which the first company's pack must not show
        cls.vendor_c2 = cls.create_vendor("Second Company Staffing", state="approved", company_id=cls.company_2.id)
        cls.contract_c2 = cls.create_active_contract(cls.vendor_c2, company=cls.company_2)
        cls.ncr_c2 = cls.env["labor.ncr"].create(
            dict(
                ncr_vals,
                vendor_id=cls.vendor_c2.id,
                contract_id=cls.contract_c2.id,
                site_id=False,
                company_id=cls.company_2.id,
                detected_on=date(2025, 4, 1),
                title="Company 2 NCR",
            )
        )
        cls.risk_c2 = cls.env["labor.risk"].create(
            {"name": "Company 2 risk", "category": "legal", "company_id": cls.company_2.id}
        )
        cls.env["res.users"].browse(cls.user.id).tz = "Asia/Shanghai"
        # the pack ends on the user's today (his time zone's), as its wizard proposes
        cls.today = fields.Date.context_today(cls.env(user=cls.user.id).user)

    def wizard(self, user=None, **values):
        vals = {"date_from": self.date_from, "date_to": self.today, "company_ids": [Command.set(self.company.ids)]}
        vals.update(values)
        return self.env["labor.audit.pack.wizard"].with_user(user or self.user).create(vals)

    def render(self, wizard, user=None):
        user = user or wizard.env.user
        content, kind = self.env["ir.actions.report"].with_user(user)._render_xlsx(REPORT, wizard.ids, None)
        self.assertEqual(kind, "xlsx")
        return content

    def read_xlsx(self, content):
        book = openpyxl.load_workbook(io.BytesIO(content))
        cached = openpyxl.load_workbook(io.BytesIO(content), data_only=True)
        return {name: Sheet(book[name], cached[name]) for name in book.sheetnames}, book.sheetnames

    def pack(self, user=None, **values):
        user = user or self.user
        return self.read_xlsx(self.render(self.wizard(user, **values), user))[0]


class TestAuditPack(AuditPackCase):
    def test_sheets_headers_and_layout(self):
        book = openpyxl.load_workbook(io.BytesIO(self.render(self.wizard())))
        self.assertEqual(book.sheetnames, SHEETS)
        expected_headers = {
            "Vendors": ["Vendor", "Tax ID", "Status", "Document Compliance"],
            "Vendor Documents": [
                "Vendor",
                "Document Type",
                "Number",
                "Issuing Authority",
                "Issue Date",
                "Expiry Date",
                "Expiry Status",
                "Verification",
            ],
            "Contracts": [
                "Number",
                "Title",
                "Vendor",
                "Company",
                "Service Type",
                "Projects",
                "Work Sites",
                "Department",
                "Responsible",
                "Signed On",
                "Start",
                "End",
                "Estimated Value",
                "Currency",
            ],
            "Contract Approvals": ["Contract", "Document", "Tier", "Approval Step", "Decision", "By"],
            "Workers": ["Worker", "Vendor", "Contract", "Job Type", "Work Site"],
            "Inspections": ["Number", "Date", "Type", "Status", "Result", "Vendor"],
            "NCRs": ["Number", "Title", "Detected On", "Status", "Source", "Category", "Severity", "Vendor"],
            "Issues": ["Number", "Title", "Reported On", "Type", "Priority", "Status", "Vendor"],
            "Risks": ["Reference", "Risk", "Category", "Status", "Vendor"],
        }
        for name, start in expected_headers.items():
            sheet = book[name]
            header = [cell.value for cell in sheet[1]]
            self.assertEqual(header[: len(start)], start, name)
            self.assertTrue(all(header), f"{name}: blank header")
            self.assertTrue(sheet[1][0].font.b, f"{name}: header not bold")
            self.assertEqual(sheet.freeze_panes, "A2", name)
            data_rows = len(Sheet(sheet).rows)
            last_column = openpyxl.utils.get_column_letter(len(header))
            self.assertEqual(sheet.auto_filter.ref, f"A1:{last_column}{data_rows + 1}", name)
            self.assertGreaterEqual(sheet.column_dimensions["A"].width, 14, name)
        self.assertIn("Approvals", [cell.value for cell in book["Contracts"][1]])
        self.assertIn("Pending Reviews", [cell.value for cell in book["Contracts"][1]])
        self.assertIn("Actions Done", [cell.value for cell in book["NCRs"][1]])

    def test_row_counts_equal_records_in_scope(self):
        sheets = self.pack()
        company = [("company_id", "in", self.company.ids)]
        shared = ["|", ("company_id", "=", False), ("company_id", "in", self.company.ids)]
        start, end = self.date_from, self.today
        env = self.env(user=self.user)
        end_utc = datetime(end.year, end.month, end.day, 16, 0)  # next midnight in Shanghai, in UTC
        start_utc = datetime(2024, 12, 31, 16, 0)
        expected = {
            "Vendors": env["res.partner"].search_count([("is_outsourcing_vendor", "=", True)] + shared),
            "Vendor Documents": env["labor.vendor.document"].search_count(
                [
                    ("vendor_id.is_outsourcing_vendor", "=", True),
                    "|",
                    ("issue_date", "=", False),
                    ("issue_date", "<=", end),
                    "|",
                    ("expiry_date", "=", False),
                    ("expiry_date", ">=", start),
                ]
                + shared
            ),
            "Contracts": env["labor.contract"].search_count(
                [("date_start", "<=", end), ("date_end", ">=", start)] + company
            ),
            "Contract Approvals": env["labor.approval.log"].search_count(
                [
                    ("contract_id.date_start", "<=", end),
                    ("contract_id.date_end", ">=", start),
                    ("contract_id.company_id", "in", self.company.ids),
                ]
            ),
            "Workers": env["hr.employee"]
            .with_context(active_test=False)
            .search_count(
                [
                    ("is_labor_worker", "=", True),
                    "|",
                    ("labor_assignment_start", "=", False),
                    ("labor_assignment_start", "<=", end),
                    "|",
                    ("labor_assignment_end", "=", False),
                    ("labor_assignment_end", ">=", start),
                    "|",
                    ("active", "=", True),
                    ("labor_exit_date", ">=", start),
                ]
                + company
            ),
            "Inspections": env["labor.inspection"].search_count([("date", ">=", start), ("date", "<=", end)] + company),
            "NCRs": env["labor.ncr"].search_count([("detected_on", ">=", start), ("detected_on", "<=", end)] + company),
            "Issues": env["labor.issue"].search_count(
                [("date_reported", ">=", start_utc), ("date_reported", "<", end_utc)] + company
            ),
            "Risks": env["labor.risk"].search_count([("create_date", "<", end_utc)] + company),
        }
        for name, count in expected.items():
            self.assertEqual(len(sheets[name].rows), count, name)
            self.assertTrue(count, f"{name}: the fixture should put records in scope")
        self.assertIn(self.inspections[0].name, sheets["Inspections"].column("Number"))
        self.assertEqual(len(sheets["Contract Approvals"].rows) >= 3, True)

    def test_typed_cells(self):
        sheets = self.pack(vendor_id=self.cn_vendor.id)
        contract = sheets["Contracts"].row("Number", self.cn_contract.name)
        self.assertEqual(contract["Start"], datetime(2025, 1, 1))
        self.assertEqual(contract["Signed On"], datetime(2024, 12, 20))
        self.assertIsInstance(contract["Estimated Value"], (int, float))
        self.assertEqual(contract["Estimated Value"], 120000)
        self.assertEqual(contract["Currency"], self.company.currency_id.name)
        self.assertEqual(contract["Projects"], "Assembly Line 2")
        self.assertEqual(contract["Work Sites"], "Plant 1")
        self.assertEqual(contract["Status"], "Active")
        self.assertIn("Department Manager: Approved by", contract["Approvals"])
        self.assertIn("Legal: Approved by", contract["Approvals"])
        # datetimes in the user's time zone (Shanghai, UTC+8)
        self.assertEqual(contract["Last Approval Decision"], datetime(2024, 12, 3, 10, 0))
        cell = sheets["Contracts"].worksheet.cell(row=2, column=sheets["Contracts"].header.index("Start") + 1)
        self.assertTrue(cell.is_date)
        self.assertEqual(cell.number_format, "yyyy-mm-dd")

        inspection = sheets["Inspections"].row("Number", self.inspections[0].name)
        self.assertEqual(inspection["Date"], datetime(2025, 3, 3))
        self.assertEqual(inspection["Lot Size"], 100)
        self.assertIsNone(inspection["Result"])  # a draft: blank, not "False"
        self.assertEqual(inspection["NCR"], self.ncrs[0].name)

        ncr = sheets["NCRs"].row("Number", self.ncrs[0].name)
        self.assertEqual(ncr["Detected On"], datetime(2025, 4, 1))
        self.assertEqual((ncr["Actions"], ncr["Actions Done"], ncr["Actions Verified"]), (2, 1, 1))
        self.assertEqual(ncr["Overdue Actions"], 1)
        self.assertEqual(ncr["Next Action Due"], datetime(2025, 4, 20))
        self.assertIs(ncr["Effectiveness Verified"], False)
        self.assertIsNone(ncr["Penalty"])
        self.assertEqual(ncr["Inspection"], self.inspections[0].name)
        penalised = sheets["NCRs"].row("Number", self.ncrs[1].name)
        self.assertEqual(penalised["Penalty"], 150)
        self.assertEqual(penalised["Penalty Status"], "Confirmed")

        issue = sheets["Issues"].row("Number", self.issue.name)
        self.assertEqual(issue["Reported On"], datetime(2025, 6, 1, 9, 0))
        self.assertEqual(issue["Priority"], "High")
        self.assertIsInstance(issue["SLA Breached"], bool)

        risk = sheets["Risks"].row("Reference", self.risk.reference)
        self.assertEqual((risk["Likelihood"], risk["Impact"], risk["Score"]), (4, 3, 12))
        self.assertEqual(risk["Residual Score"], 4)

        worker = sheets["Workers"].row("Worker", "王小明")
        self.assertEqual(worker["Assignment Start"], datetime(2025, 2, 1))
        self.assertEqual(worker["Valid Certificates"], 1)
        self.assertEqual(worker["Next Certificate Expiry"], datetime(2030, 1, 1))
        self.assertIn("CERT-001", worker["Certificates"])
        self.assertTrue(worker["Compliance"])

        vendor = sheets["Vendors"].row("Vendor", CHINESE_VENDOR)
        self.assertEqual(vendor["Documents"], 3)
        self.assertEqual(vendor["Verified Documents"], 3)
        self.assertEqual(
            vendor["Next Document Expiry"],
            datetime.combine(
                self.cn_vendor.vendor_document_ids.filtered("expiry_date").expiry_date, datetime.min.time()
            ),
        )
        self.assertIsNone(vendor["Registered Capital"])
        self.assertIsNone(vendor["Currency"])
        documents = sheets["Vendor Documents"]
        self.assertEqual(len(documents.rows), 3)
        self.assertEqual(set(documents.column("Verification")), {"Verified"})

    def test_totals(self):
        sheets = self.pack(vendor_id=self.cn_vendor.id)
        ncrs = sheets["NCRs"]
        column = openpyxl.utils.get_column_letter(ncrs.header.index("Quantity Nonconforming") + 1)
        self.assertEqual(ncrs.totals["Number"], "Total")
        self.assertEqual(ncrs.totals["Quantity Nonconforming"], f"=SUBTOTAL(109,{column}2:{column}3)")
        self.assertEqual(ncrs.cached_totals["Quantity Nonconforming"], 4)
        self.assertEqual(ncrs.cached_totals["Actions"], 2)
        self.assertEqual(ncrs.cached_totals["Penalty"], 150)
        self.assertIsNone(ncrs.totals["Detected On"])
        inspections = sheets["Inspections"]
        self.assertEqual(inspections.cached_totals["Lot Size"], 300)
        contracts = sheets["Contracts"]
        self.assertEqual(contracts.cached_totals["Estimated Value"], 120000)
        # sheets without anything to add up have no totals row
        self.assertIsNone(sheets["Risks"].totals)
        self.assertIsNone(sheets["Workers"].totals)

    def test_totals_left_blank_for_mixed_currencies(self):
        other = (
            self.env.ref("base.EUR")
            if self.company.currency_id != self.env.ref("base.EUR")
            else self.env.ref("base.USD")
        )
        other.active = True
        contract = self.create_active_contract(self.cn_vendor)
        with labor_state_bypass():
            contract.write({"currency_id": other.id, "amount_estimated": 1000.0})
        contracts = self.pack(vendor_id=self.cn_vendor.id)["Contracts"]
        self.assertEqual(len(contracts.rows), 2)
        self.assertIsNone(contracts.totals["Estimated Value"])
        self.assertTrue(contracts.totals["Value in Company Currency"].startswith("=SUBTOTAL("))

    def test_vendor_filter(self):
        sheets = self.pack(vendor_id=self.cn_vendor.id)
        self.assertEqual(sheets["Vendors"].column("Vendor"), [CHINESE_VENDOR])
        for name in ("Vendor Documents", "Contracts", "Workers", "Inspections", "NCRs", "Issues", "Risks"):
            self.assertEqual(set(sheets[name].column("Vendor")), {CHINESE_VENDOR}, name)
        self.assertEqual(len(sheets["Inspections"].rows), 3)
        self.assertEqual(len(sheets["NCRs"].rows), 2)
        self.assertEqual(len(sheets["Contract Approvals"].rows), 3)
        self.assertEqual(set(sheets["Contract Approvals"].column("Contract")), {self.cn_contract.name})
        other = self.pack(vendor_id=self.q_vendor.id)
        self.assertNotIn(CHINESE_VENDOR, other["Vendors"].column("Vendor"))
        self.assertFalse(other["NCRs"].rows)

    def test_period_filter(self):
        sheets = self.pack(vendor_id=self.cn_vendor.id, date_from=date(2025, 3, 5), date_to=date(2025, 4, 15))
        self.assertEqual(sheets["Inspections"].column("Number"), self.inspections[1:].mapped("name"))
        self.assertEqual(sheets["NCRs"].column("Number"), [self.ncrs[0].name])
        self.assertFalse(sheets["Issues"].rows)
        self.assertFalse(sheets["Risks"].rows)  # recorded after the period
        self.assertEqual(sheets["Contracts"].column("Number"), [self.cn_contract.name])
        # the earlier period shows what was before
        sheets = self.pack(vendor_id=self.cn_vendor.id, date_from=date(2023, 1, 1), date_to=date(2024, 12, 31))
        self.assertEqual(sheets["Contracts"].column("Number"), [self.old_contract.name])
        self.assertEqual(sheets["Inspections"].column("Number"), [self.inspection_before.name])
        self.assertEqual(sheets["NCRs"].column("Number"), [self.ncr_before.name])
        self.assertFalse(sheets["Workers"].rows)  # assigned from February 2025

    def test_other_company_records_absent(self):
        sheets = self.pack()
        self.assertNotIn("Second Company Staffing", sheets["Vendors"].column("Vendor"))
        self.assertNotIn(self.contract_c2.name, sheets["Contracts"].column("Number"))
        self.assertNotIn(self.ncr_c2.name, sheets["NCRs"].column("Number"))
        self.assertNotIn("Company 2 risk", sheets["Risks"].column("Risk"))
        # a user of the second company only: its records, nothing of the first
        sheets = self.pack(self.manager_company_2, company_ids=[Command.set(self.company_2.ids)])
        self.assertIn(self.ncr_c2.name, sheets["NCRs"].column("Number"))
        self.assertNotIn(self.ncrs[0].name, sheets["NCRs"].column("Number"))
        self.assertIn("Company 2 risk", sheets["Risks"].column("Risk"))
        self.assertIn("Second Company Staffing", sheets["Vendors"].column("Vendor"))
        self.assertNotIn(self.cn_contract.name, sheets["Contracts"].column("Number"))

    def test_companies_are_limited_to_the_users(self):
        # a wizard naming a company the user does not belong to prints the user's companies only
        wizard = self.wizard(company_ids=[Command.set((self.company | self.company_2).ids)])
        sheets = self.read_xlsx(self.render(wizard))[0]
        self.assertNotIn(self.ncr_c2.name, sheets["NCRs"].column("Number"))
        self.assertIn(self.ncrs[0].name, sheets["NCRs"].column("Number"))
        both = new_test_user(
            self.env,
            "lo_user_both",
            groups="labor_outsourcing.group_labor_user",
            company_ids=[Command.set((self.company | self.company_2).ids)],
        )
        sheets = self.pack(both, company_ids=[Command.set((self.company | self.company_2).ids)])
        self.assertIn(self.ncr_c2.name, sheets["NCRs"].column("Number"))
        self.assertIn(self.ncrs[0].name, sheets["NCRs"].column("Number"))

    def test_chinese_text_round_trips(self):
        content = self.render(self.wizard(vendor_id=self.cn_vendor.id))
        sheets, _names = self.read_xlsx(content)
        self.assertEqual(sheets["Vendors"].rows[0]["Vendor"], CHINESE_VENDOR)
        self.assertEqual(sheets["Contracts"].rows[0]["Title"], "装配线劳务外包")
        self.assertEqual(sheets["NCRs"].rows[0]["Title"], "安全帽佩戴不规范")
        self.assertEqual(sheets["Issues"].rows[0]["Title"], "工牌无法识别")
        self.assertEqual(sheets["Risks"].rows[0]["Risk"], "供应商单一")
        self.assertEqual(sheets["Workers"].rows[0]["Worker"], "王小明")
        self.assertIn("同意", [row["Comment"] for row in sheets["Contract Approvals"].rows])

    def test_access_rights(self):
        # an outsourcing user prints; what he cannot read is not in it (checked above)
        self.assertTrue(self.render(self.wizard(self.user)).startswith(b"PK"))
        wizard = self.wizard(self.user)
        for user in (self.user_portal, self.user_plain):
            with self.assertRaises(AccessError):
                self.env["labor.audit.pack.wizard"].with_user(user).create(
                    {"date_from": self.date_from, "date_to": self.date_to}
                )
            with self.assertRaises(AccessError):
                self.render(wizard, user)
        # the report only binds to the wizard and is restricted to outsourcing users
        report = self.env.ref("labor_outsourcing_reports.action_report_labor_audit_pack")
        self.assertEqual(report.model, "labor.audit.pack.wizard")
        self.assertEqual(report.groups_id, self.env.ref("labor_outsourcing.group_labor_user"))
        # another user's wizard is not readable: each user prints his own parameters
        with self.assertRaises(AccessError):
            self.render(wizard, self.manager_company_2)

    def test_wizard_and_menu(self):
        wizard = self.wizard()
        self.assertEqual(wizard.company_ids, self.company)
        action = wizard.action_download()
        self.assertEqual(action["type"], "ir.actions.report")
        self.assertEqual(action["report_type"], "xlsx")
        self.assertEqual(action["report_name"], REPORT)
        self.assertEqual(action["context"]["active_ids"], wizard.ids)
        with self.assertRefused(ValidationError, "before its start"):
            self.wizard(date_from=date(2025, 2, 1), date_to=date(2025, 1, 1))
        defaults = self.env["labor.audit.pack.wizard"].with_user(self.user).default_get(["date_from", "date_to"])
        self.assertEqual(
            fields.Date.to_date(defaults["date_from"]), fields.Date.context_today(self.env.user).replace(month=1, day=1)
        )
        self.assertIn("labor_outsourcing_reports.menu_labor_audit_pack", self.visible_menus(self.user))
        self.assertNotIn("labor_outsourcing_reports.menu_labor_audit_pack", self.visible_menus(self.user_plain))

    def test_chosen_sheets_only(self):
        """The user unticks sheets in the dialog: the workbook holds the others only, with
        the same rows as in the whole pack; at least one sheet is required."""
        whole = self.pack()
        form = Form(self.env["labor.audit.pack.wizard"].with_user(self.user))
        form.date_from = self.date_from
        for fname in SHEET_FIELDS:
            self.assertTrue(form[fname], f"{fname}: every sheet is ticked by default")
            if fname not in ("sheet_inspections", "sheet_ncrs"):
                form[fname] = False
        wizard = form.save()
        sheets, names = self.read_xlsx(self.render(wizard))
        self.assertEqual(names, ["Inspections", "NCRs"])
        for name in names:
            self.assertEqual(sheets[name].header, whole[name].header, name)
            self.assertEqual(sheets[name].rows, whole[name].rows, name)
            self.assertTrue(sheets[name].rows, name)
        _sheets, names = self.read_xlsx(self.render(self.wizard(sheet_vendors=False, sheet_evaluations=False)))
        self.assertEqual(names, [name for name in SHEETS if name not in ("Vendors", "Evaluations")])
        with self.assertRefused(ValidationError, "at least one sheet"):
            self.wizard(**dict.fromkeys(SHEET_FIELDS, False))
        with self.assertRefused(ValidationError, "at least one sheet"):
            wizard.write({"sheet_inspections": False, "sheet_ncrs": False})

    def test_extra_sheet_is_one_method(self):
        """Another addon adds a sheet by appending a builder to the list."""
        Report = type(self.env["report.labor_outsourcing_reports.audit_pack_xlsx"])
        original = Report._audit_pack_sheets

        def extra(scope):
            self.assertEqual(scope.vendor_id, False)
            return SheetSpec("Extra", (Column("vendor", "Vendor"),)), iter([(CHINESE_VENDOR,)])

        with patch.object(Report, "_audit_pack_sheets", lambda self: original(self) + [extra]):
            sheets, names = self.read_xlsx(self.render(self.wizard()))
        self.assertEqual(names, SHEETS + ["Extra"])
        self.assertEqual(sheets["Extra"].column("Vendor"), [CHINESE_VENDOR])


class TestAuditPackQueries(AuditPackCase):
    """The audit pack reads in batches: the number of queries does not grow with rows."""

    @classmethod
    def create_volume(cls, name, count):
        vendor = cls.create_vendor(name, state="approved")
        contract = cls.create_active_contract(vendor)
        plan = cls.env["labor.inspection.plan"].create(
            {
                "name": f"Plan {name}",
                "contract_id": contract.id,
                "site_id": cls.site.id,
                "frequency": "monthly",
                "user_id": cls.inspector.id,
            }
        )
        cls.env["labor.inspection"].create(
            [
                {
                    "plan_id": plan.id,
                    "date": date(2025, 1 + index % 12, 1 + index % 28),
                    "inspector_id": cls.inspector.id,
                    "lot_size": 10 + index,
                }
                for index in range(count)
            ]
        )
        ncrs = cls.env["labor.ncr"].create(
            [
                {
                    "title": f"NCR {index}",
                    "category_id": cls.category.id,
                    "vendor_id": vendor.id,
                    "contract_id": contract.id,
                    "site_id": cls.site.id,
                    "description": "<p>x</p>",
                    "detected_on": date(2025, 1 + index % 12, 1 + index % 28),
                    "qty_nonconforming": 1,
                }
                for index in range(count)
            ]
        )
        cls.env["labor.ncr.action"].create(
            [{"ncr_id": ncr.id, "name": "Fix", "date_deadline": date(2025, 12, 1)} for ncr in ncrs]
        )
        return vendor

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.vendor_10 = cls.create_volume("Ten Rows Staffing", 10)
        cls.vendor_1000 = cls.create_volume("Thousand Rows Staffing", 1000)

    def count_queries(self, vendor):
        wizard = self.wizard(vendor_id=vendor.id)
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        content = self.render(wizard)
        return self.env.cr.sql_log_count - before, content

    def test_query_count_does_not_depend_on_rows(self):
        self.count_queries(self.cn_vendor)  # warm the caches (access rights, translations...)
        queries_10, content_10 = self.count_queries(self.vendor_10)
        queries_1000, content_1000 = self.count_queries(self.vendor_1000)
        self.assertEqual(queries_10, queries_1000)
        sheets_10, sheets_1000 = self.read_xlsx(content_10)[0], self.read_xlsx(content_1000)[0]
        for name in ("Inspections", "NCRs"):
            self.assertEqual(len(sheets_10[name].rows), 10, name)
            self.assertEqual(len(sheets_1000[name].rows), 1000, name)
        self.assertEqual(sheets_1000["NCRs"].cached_totals["Actions"], 1000)
        self.assertEqual(sheets_1000["Inspections"].cached_totals["Lot Size"], sum(range(10, 1010)))

    def test_batches_keep_queries_proportional_to_batches(self):
        """With small batches, more rows cost a few queries per batch, never per row."""
        self.count_queries(self.cn_vendor)
        with patch.object(audit_pack_reader, "BATCH_SIZE", 250):
            queries_10, _content = self.count_queries(self.vendor_10)
            queries_1000, content = self.count_queries(self.vendor_1000)
        sheets = self.read_xlsx(content)[0]
        self.assertEqual(len(sheets["NCRs"].rows), 1000)
        extra_batches = 2 * 3  # inspections and NCRs: 4 batches of 250 instead of 1
        # per batch: the rows, their checklist answers and their NCRs (inspections); the
        # rows, their actions and their overdue actions (NCRs)
        self.assertEqual(queries_1000 - queries_10, extra_batches * 3)
