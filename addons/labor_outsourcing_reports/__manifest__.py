# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Labor Outsourcing Reports",
    "summary": "Periodic vendor evaluations, KPI scorecards, dashboards, PDF and XLSX audit exports",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Outsourcing",
    "website": "https://github.com/labor-outsourcing/odoo-labor-outsourcing",
    "author": "Labor Outsourcing contributors",
    "license": "LGPL-3",
    "depends": [
        "labor_outsourcing",
        "labor_outsourcing_quality",
        "report_xlsx",
    ],
    "external_dependencies": {"python": ["xlsxwriter"]},
    "data": [
        "security/labor_audit_pack_security.xml",
        "security/ir.model.access.csv",
        "data/labor_evaluation_grade_data.xml",
        "views/labor_evaluation_grade_views.xml",
        "views/labor_dashboard_views.xml",
        "wizards/labor_audit_pack_wizard_views.xml",
        "views/menus.xml",
        "report/labor_audit_pack_report.xml",
        "report/labor_contract_summary_report.xml",
        "report/labor_contract_summary_templates.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "labor_outsourcing_reports/static/src/dashboard/*",
        ],
        "web.assets_tests": [
            "labor_outsourcing_reports/static/tests/tours/**/*",
        ],
    },
}
