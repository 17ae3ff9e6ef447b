"""Write the import templates that the import screen offers (get_import_templates) under
addons/labor_outsourcing/static/xls/. Run it after changing the templates below and commit
the files: $ODOO_PYTHON scripts/make_import_templates.py

Each template's first row holds the technical field paths, which Odoo's import maps to the
fields by itself; one2many lines (certificates, trainings, rates) go on the rows below their
record with the record's own columns left empty, as Odoo's import reads them. Records that
the rows refer to by name (vendor, contract, job type, work site) must exist first: the
vendors template creates the vendor that the other examples use; the job types (service
products), work sites and an approved contract come from the back office. Document types,
certificate types, training courses and service types are the ones the addon installs.
"""

import datetime
import pathlib
import sys

import xlsxwriter

ROOT = pathlib.Path(__file__).resolve().parent.parent
FOLDER = ROOT / "addons" / "labor_outsourcing" / "static" / "xls"
D = datetime.date
VENDOR = "Example Staffing Co., Ltd."
CONTRACT = "Example line staffing 2026"

TEMPLATES = {
    "labor_outsourcing_vendors.xlsx": (
        [
            "name",
            "is_company",
            "is_outsourcing_vendor",
            "vat",
            "street",
            "city",
            "zip",
            "country_id",
            "phone",
            "email",
            "outsourcing_service_type_ids",
            "registered_capital",
            "asset_liability_ratio",
            "current_ratio",
            "years_in_business",
            "outsourcing_headcount",
            "credit_standing",
            "tax_credit_rating",
        ],
        [
            [
                VENDOR,
                "True",
                "True",
                "91320500MA1XXXXX0A",
                "88 Xinghu Street",
                "Suzhou",
                "215000",
                "China",
                "+86 512 0000 0000",
                "hr@example-staffing.invalid",
                "Production Line Staffing,Warehousing and Logistics",
                5000000,
                45.5,
                1.6,
                12,
                850,
                "Good",
                "A",
            ],
            [
                "Example Services Group",
                "True",
                "True",
                "91310000MA1YYYYY0B",
                "1 Century Avenue",
                "Shanghai",
                "200120",
                "China",
                "+86 21 0000 0000",
                "contact@example-services.invalid",
                "Security Guarding",
                2000000,
                52.0,
                1.2,
                6,
                300,
                "Fair",
                "B",
            ],
        ],
    ),
    "labor_outsourcing_vendor_documents.xlsx": (
        ["vendor_id", "type_id", "number", "issuing_authority", "issue_date", "expiry_date", "note"],
        [
            [
                VENDOR,
                "Business License",
                "91320500MA1XXXXX0A",
                "Suzhou Administration for Market Regulation",
                D(2014, 3, 1),
                None,
                "",
            ],
            [VENDOR, "Tax Registration", "TAX-3205-0001", "Suzhou Tax Bureau", D(2014, 3, 15), None, ""],
            [
                VENDOR,
                "Labor Dispatch Permit",
                "LDP-3205-2025-018",
                "Suzhou Human Resources Bureau",
                D(2025, 1, 10),
                D(2028, 1, 9),
                "Renewed in 2025",
            ],
        ],
    ),
    "labor_outsourcing_workers.xlsx": (
        [
            "name",
            "is_labor_worker",
            "labor_vendor_id",
            "labor_contract_id",
            "labor_job_product_id",
            "labor_site_id",
            "labor_shift",
            "labor_assignment_start",
            "labor_nda_date",
            "labor_safety_induction_date",
            "labor_certificate_ids/type_id",
            "labor_certificate_ids/number",
            "labor_certificate_ids/issue_date",
            "labor_certificate_ids/expiry_date",
            "labor_training_ids/course_id",
            "labor_training_ids/date",
            "labor_training_ids/passed",
            "labor_training_ids/score",
        ],
        [
            [
                "Example Worker Li Ming",
                "True",
                VENDOR,
                CONTRACT,
                "Line Operator",
                "Plant 1",
                "Day Shift",
                D(2026, 7, 1),
                D(2026, 6, 28),
                D(2026, 6, 29),
                "Health Certificate",
                "HC-2026-0101",
                D(2026, 6, 1),
                D(2027, 5, 31),
                "Site Safety Rules",
                D(2026, 6, 29),
                "True",
                92,
            ],
            [
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                "Skill Certificate",
                "SK-2024-5531",
                D(2024, 9, 1),
                None,
                "Information Security Basics",
                D(2026, 6, 30),
                "True",
                85,
            ],
            [
                "Example Worker Wang Fang",
                "True",
                VENDOR,
                CONTRACT,
                "Line Operator",
                "Plant 1",
                "Night Shift",
                D(2026, 7, 1),
                D(2026, 6, 28),
                D(2026, 6, 29),
                "Health Certificate",
                "HC-2026-0102",
                D(2026, 6, 2),
                D(2027, 6, 1),
                "Site Safety Rules",
                D(2026, 6, 29),
                "True",
                88,
            ],
        ],
    ),
    "labor_outsourcing_contract_rates.xlsx": (
        [
            "title",
            "vendor_id",
            "date_start",
            "date_end",
            "rate_ids/job_product_id",
            "rate_ids/site_id",
            "rate_ids/shift",
            "rate_ids/unit",
            "rate_ids/price",
        ],
        [
            [
                CONTRACT,
                VENDOR,
                D(2026, 7, 1),
                D(2027, 6, 30),
                "Line Operator",
                "Plant 1",
                "Day Shift",
                "Per Hour",
                32.5,
            ],
            [None, None, None, None, "Line Operator", "Plant 1", "Night Shift", "Per Hour", 38.0],
            [None, None, None, None, "Forklift Driver", None, "Any Shift", "Per Day", 320.0],
        ],
    ),
}


def write(path, header, rows):
    workbook = xlsxwriter.Workbook(str(path))
    # a fixed creation date: the same templates give the same files
    workbook.set_properties({"created": datetime.datetime(2026, 1, 1), "author": "Labor Outsourcing"})
    sheet = workbook.add_worksheet("Import")
    bold = workbook.add_format({"bold": True, "bg_color": "#DDEBF7"})
    dates = workbook.add_format({"num_format": "yyyy-mm-dd"})
    for col, name in enumerate(header):
        sheet.write_string(0, col, name, bold)
        sheet.set_column(col, col, max(14, len(name) + 2))
    for row_index, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, datetime.date):
                sheet.write_datetime(row_index, col, datetime.datetime.combine(value, datetime.time()), dates)
            elif isinstance(value, (int, float)):
                sheet.write_number(row_index, col, value)
            else:
                sheet.write_string(row_index, col, value)
    sheet.freeze_panes(1, 0)
    workbook.close()


def main():
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, (header, rows) in TEMPLATES.items():
        write(FOLDER / name, header, rows)
        print(f"written {(FOLDER / name).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
