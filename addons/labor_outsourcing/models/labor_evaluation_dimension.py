# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LaborEvaluationDimension(models.Model):
    _name = "labor.evaluation.dimension"
    _description = "Vendor Evaluation Dimension"
    _order = "template_id, sequence, id"

    template_id = fields.Many2one("labor.evaluation.template", required=True, ondelete="cascade", index=True)
    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    weight = fields.Float(
        string="Weight (%)", required=True, digits=(5, 2), help="Share of this dimension in the total."
    )
    criterion_ids = fields.One2many("labor.evaluation.criterion", "dimension_id", string="Criteria", copy=True)

    @api.constrains("weight")
    def _check_weight(self):
        for dimension in self:
            if dimension.weight <= 0:
                raise ValidationError(self.env._("The weight of %(name)s must be greater than 0.", name=dimension.name))
