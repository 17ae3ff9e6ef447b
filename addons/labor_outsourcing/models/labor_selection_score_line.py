# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborSelectionScoreLine(models.Model):
    _name = "labor.selection.score.line"
    _inherit = ["labor.score.line.mixin"]
    _description = "Vendor Selection Score"
    _order = "sheet_id, dimension_sequence, criterion_sequence, id"

    sheet_id = fields.Many2one("labor.selection.score.sheet", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="sheet_id.company_id", store=True)
