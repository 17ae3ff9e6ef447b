# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborNcrWhy(models.Model):
    """One line of the 5-why analysis of a non-conformance."""

    _name = "labor.ncr.why"
    _description = "NCR 5-Why Line"
    _order = "ncr_id, sequence, id"

    ncr_id = fields.Many2one("labor.ncr", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="ncr_id.company_id", store=True, index=True)
    sequence = fields.Integer(default=10)
    question = fields.Char(string="Why?", required=True)
    answer = fields.Char(string="Because", required=True)
