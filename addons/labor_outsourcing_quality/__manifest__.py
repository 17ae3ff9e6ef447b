# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Labor Outsourcing Quality",
    "summary": "Inspections with ISO 2859-1 sampling, non-conformance reports with CAPA, "
    "issues and risks for outsourced services",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Outsourcing",
    "website": "https://github.com/labor-outsourcing/odoo-labor-outsourcing",
    "author": "Labor Outsourcing contributors",
    "license": "LGPL-3",
    "depends": ["labor_outsourcing"],
    "data": [
        "security/labor_outsourcing_quality_security.xml",
        "security/ir.model.access.csv",
        "data/labor_ncr_category_data.xml",
        "views/labor_ncr_category_views.xml",
        "views/menus.xml",
    ],
}
