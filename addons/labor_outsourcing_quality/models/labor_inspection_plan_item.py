# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.inspection import split_choices

ITEM_KINDS = [("pass_fail", "Pass / Fail"), ("measure", "Measured Value"), ("choice", "Choice from a List")]


class LaborInspectionPlanItem(models.Model):
    """A checklist item of an inspection plan."""

    _name = "labor.inspection.plan.item"
    _description = "Inspection Checklist Item"
    _order = "plan_id, sequence, id"

    plan_id = fields.Many2one("labor.inspection.plan", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="plan_id.company_id", store=True, index=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Check", required=True, translate=True)
    kind = fields.Selection(ITEM_KINDS, required=True, default="pass_fail")
    target = fields.Float(digits=(16, 4))
    tolerance = fields.Float(digits=(16, 4), help="Conforms when |value - target| <= tolerance.")
    uom = fields.Char(string="Unit")
    choice_options = fields.Char(string="Options", help="Comma-separated options, e.g. Clean, Acceptable, Dirty.")
    choice_accepted = fields.Char(string="Accepted Options", help="Comma-separated options that conform.")
    photo_required = fields.Boolean()
    guidance = fields.Text()

    @api.constrains("kind", "tolerance", "choice_options", "choice_accepted")
    def _check_item(self):
        for item in self:
            if item.kind == "measure" and item.tolerance < 0:
                raise ValidationError(self.env._("%(item)s: the tolerance cannot be negative.", item=item.name))
            if item.kind == "choice":
                options = {o.casefold() for o in split_choices(item.choice_options)}
                accepted = {o.casefold() for o in split_choices(item.choice_accepted)}
                if not options or not accepted or not accepted <= options:
                    raise ValidationError(
                        self.env._(
                            "%(item)s: list the options and the accepted ones, which must be among the options.",
                            item=item.name,
                        )
                    )
