# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

CLAUSE_TYPES = [
    ("confidentiality", "Confidentiality / NDA"),
    ("ip_ownership", "Intellectual Property"),
    ("breach_liability", "Liability for Breach"),
    ("termination", "Termination Conditions"),
    ("dispute_resolution", "Dispute Resolution"),
]


class LaborContractClauseTemplate(models.Model):
    """Standard wording of a contract clause, applied to new contracts."""

    _name = "labor.contract.clause.template"
    _description = "Contract Clause Template"
    _order = "clause_type, sequence, id"

    name = fields.Char(required=True, translate=True)
    clause_type = fields.Selection(CLAUSE_TYPES, required=True)
    sequence = fields.Integer(default=10)
    body = fields.Html(required=True, translate=True)
    company_id = fields.Many2one("res.company")
    active = fields.Boolean(default=True)
