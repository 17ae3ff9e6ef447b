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
        "survey",
    ],
    "external_dependencies": {"python": ["xlsxwriter"]},
    "data": [
        "security/ir.model.access.csv",
        "security/labor_outsourcing_reports_security.xml",
        "data/labor_evaluation_grade_data.xml",
        "data/labor_kpi_data.xml",
        "data/labor_evaluation_data.xml",
        "data/labor_evaluation_template_data.xml",
        "data/labor_vendor_satisfaction_survey_data.xml",
        "report/labor_vendor_evaluation_report.xml",
        "report/labor_vendor_evaluation_templates.xml",
        "views/labor_evaluation_grade_views.xml",
        "views/labor_kpi_views.xml",
        "views/labor_kpi_value_views.xml",
        "views/labor_evaluation_template_views.xml",
        "views/labor_evaluation_campaign_views.xml",
        "views/labor_vendor_evaluation_views.xml",
        "views/labor_vendor_evaluation_sheet_views.xml",
        "views/labor_vendor_reward_views.xml",
        "views/res_partner_views.xml",
        "views/res_config_settings_views.xml",
        "wizards/labor_kpi_analysis_wizard_views.xml",
        "views/menus.xml",
    ],
    "demo": [
        "demo/labor_evaluation_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "labor_outsourcing_reports/static/tests/tours/**/*",
        ],
    },
}
