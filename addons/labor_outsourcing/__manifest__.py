# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Labor Outsourcing",
    "summary": "Outsourcing agencies, contracts, outsourced workers and settlement",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Outsourcing",
    "website": "https://github.com/labor-outsourcing/odoo-labor-outsourcing",
    "author": "Labor Outsourcing contributors",
    "license": "LGPL-3",
    "application": True,
    "sequence": 60,
    "depends": [
        "purchase",
        "hr",
        "hr_timesheet",
        "project",
        "portal",
        "base_tier_validation",
    ],
    "data": [
        "security/labor_outsourcing_security.xml",
        "security/ir.model.access.csv",
        "data/labor_outsourcing_data.xml",
        "data/labor_service_type_data.xml",
        "data/labor_vendor_document_type_data.xml",
        "data/labor_evaluation_template_data.xml",
        "views/labor_work_site_views.xml",
        "views/labor_service_type_views.xml",
        "views/labor_vendor_document_type_views.xml",
        "views/labor_vendor_document_views.xml",
        "views/res_partner_views.xml",
        "views/labor_evaluation_template_views.xml",
        "views/labor_selection_event_views.xml",
        "views/res_config_settings_views.xml",
        "wizards/labor_vendor_state_wizard_views.xml",
        "wizards/labor_vendor_document_reject_wizard_views.xml",
        "views/menus.xml",
    ],
    "demo": [
        "demo/labor_outsourcing_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "labor_outsourcing/static/tests/tours/**/*",
        ],
    },
}
