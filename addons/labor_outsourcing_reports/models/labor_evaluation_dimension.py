# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class LaborEvaluationDimension(models.Model):
    _inherit = "labor.evaluation.dimension"

    def write(self, vals):
        result = super().write(vals)
        if "weight" in vals:
            self.template_id._refresh_open_evaluations()
        return result
