# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from ..tools import inspection as arithmetic


class LaborInspectionAnswer(models.Model):
    """The answer to one checklist item of an inspection, with its evidence."""

    _name = "labor.inspection.answer"
    _description = "Inspection Answer"
    _order = "inspection_id, sequence, id"

    inspection_id = fields.Many2one("labor.inspection", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="inspection_id.company_id", store=True, index=True)
    item_id = fields.Many2one("labor.inspection.plan.item", required=True, ondelete="restrict")
    sequence = fields.Integer(default=10)
    name = fields.Char(related="item_id.name")
    kind = fields.Selection(related="item_id.kind")
    target = fields.Float(related="item_id.target")
    tolerance = fields.Float(related="item_id.tolerance")
    uom = fields.Char(related="item_id.uom")
    choice_options = fields.Char(related="item_id.choice_options")
    photo_required = fields.Boolean(related="item_id.photo_required")
    verdict = fields.Selection([("pass", "Pass"), ("fail", "Fail")])
    value = fields.Float(digits=(16, 4))
    value_recorded = fields.Boolean(
        string="Measured", help="Set when the value is measured (a measured value can be 0)."
    )
    choice = fields.Char()
    attachment_ids = fields.Many2many("ir.attachment", string="Evidence")
    comment = fields.Char()
    conforming = fields.Selection(
        [("yes", "Conforming"), ("no", "Nonconforming"), ("pending", "Not Answered")],
        compute="_compute_conforming",
    )

    @api.onchange("value")
    def _onchange_value(self):
        self.value_recorded = True

    def _to_answer(self):
        self.ensure_one()
        item = self.item_id
        return arithmetic.Answer(
            kind=item.kind,
            verdict=self.verdict or None,
            value=self.value if self.value_recorded else None,
            target=item.target,
            tolerance=item.tolerance,
            choice=self.choice or None,
            accepted_choices=arithmetic.split_choices(item.choice_accepted),
            photo_required=item.photo_required,
            has_photo=bool(self.attachment_ids),
        )

    @api.depends("verdict", "value", "value_recorded", "choice", "attachment_ids", "item_id")
    def _compute_conforming(self):
        for answer in self:
            conforms = arithmetic.answer_conforms(answer._to_answer()) if answer.item_id else None
            answer.conforming = "pending" if conforms is None else ("yes" if conforms else "no")

    def _display_answer(self):
        self.ensure_one()
        if self.kind == "measure":
            return f"{self.value:g} {self.uom or ''} (target {self.target:g} ± {self.tolerance:g})".strip()
        if self.kind == "choice":
            return self.choice or ""
        return dict(self._fields["verdict"]._description_selection(self.env)).get(self.verdict, "")

    @api.model_create_multi
    def create(self, vals_list):
        answers = super().create(vals_list)
        answers._check_editable()
        return answers

    def write(self, vals):
        vals = dict(vals)
        if "value" in vals and "value_recorded" not in vals:
            vals["value_recorded"] = True
        self._check_editable()
        return super().write(vals)

    def _check_editable(self):
        if self.inspection_id.filtered(lambda i: i.state in ("done", "cancel")):
            raise UserError(self.env._("The answers of a done or cancelled inspection cannot change."))
