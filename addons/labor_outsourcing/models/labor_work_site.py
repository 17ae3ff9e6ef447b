# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborWorkSite(models.Model):
    """A place where outsourced workers work: a plant, a warehouse, an office."""

    _name = "labor.work.site"
    _description = "Outsourcing Work Site"
    _order = "company_id, name"
    _check_company_auto = True

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True, help="Unique code of the site within the company.")
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    address_id = fields.Many2one(
        "res.partner",
        check_company=True,
        help="Postal address of the site, used on contracts and inspection reports.",
    )
    manager_id = fields.Many2one(
        "res.users",
        string="Site Supervisor",
        domain="[('share', '=', False), ('company_ids', 'in', company_id)]",
        help="Internal user who supervises the outsourced workers on this site.",
    )
    note = fields.Html()
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "code_company_uniq",
            "unique (company_id, code)",
            "The site code must be unique per company.",
        ),
    ]
