# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Labor Outsourcing Quality",
    "summary": "Inspections with ISO 2859-1 sampling, non-conformance reports with CAPA, "
    "issues and risks for outsourced services",
    "version": "18.0.1.1.0",
    "category": "Human Resources/Outsourcing",
    "website": "https://github.com/labor-outsourcing/odoo-labor-outsourcing",
    "author": "Labor Outsourcing contributors",
    "license": "LGPL-3",
    "depends": ["labor_outsourcing", "portal"],
    "data": [
        "security/labor_outsourcing_quality_security.xml",
        "security/ir.model.access.csv",
        "data/labor_ncr_category_data.xml",
        "data/labor_quality_data.xml",
        "views/labor_ncr_category_views.xml",
        "views/labor_ncr_views.xml",
        "views/labor_ncr_action_views.xml",
        "views/labor_inspection_plan_views.xml",
        "views/labor_inspection_views.xml",
        "views/labor_risk_views.xml",
        "views/labor_issue_views.xml",
        "views/res_config_settings_views.xml",
        "views/labor_worker_sanction_views.xml",
        "views/labor_ncr_portal_templates.xml",
        "views/labor_inspection_portal_templates.xml",
        "views/labor_issue_portal_templates.xml",
        "views/menus.xml",
    ],
    "demo": [
        "demo/labor_quality_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "labor_outsourcing_quality/static/tests/tours/**/*",
        ],
    },
}
