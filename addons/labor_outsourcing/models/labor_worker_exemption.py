# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LaborWorkerExemption(models.Model):
    """A manager's dated, justified permission for a worker to work despite missing or
    expired requirements (certificate, training, induction, agreement). It lapses by
    itself after its end date; it never overrides a suspended vendor or an ended assignment."""

    _name = "labor.worker.exemption"
    _description = "Worker Compliance Exemption"
    _inherit = ["labor.worker.record.mixin"]
    _order = "date_to desc, id desc"
    _check_company_auto = True

    date_from = fields.Date(string="From", required=True, default=fields.Date.context_today, tracking=True)
    date_to = fields.Date(string="Until", required=True, tracking=True)
    reason = fields.Text(required=True, tracking=True)
    approved_by_id = fields.Many2one(
        "res.users", string="Granted By", readonly=True, default=lambda self: self.env.user
    )
    is_current = fields.Boolean(string="Current", compute="_compute_is_current", search="_search_is_current")

    @api.depends("date_from", "date_to")
    @api.depends_context("date")
    def _compute_is_current(self):
        today = fields.Date.context_today(self)
        for exemption in self:
            exemption.is_current = exemption.date_from <= today <= exemption.date_to

    def _search_is_current(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            return NotImplemented
        today = fields.Date.context_today(self)
        current = [("date_from", "<=", today), ("date_to", ">=", today)]
        return current if (operator == "=") == value else ["!", "&", *current]

    @api.constrains("date_from", "date_to", "reason")
    def _check_dates(self):
        for exemption in self:
            if exemption.date_to < exemption.date_from:
                raise ValidationError(self.env._("An exemption cannot end before it starts."))
            if (exemption.date_to - exemption.date_from).days > 90:
                raise ValidationError(
                    self.env._("An exemption lasts 90 days at most: fix the worker's records instead.")
                )
            if not (exemption.reason or "").strip():
                raise ValidationError(self.env._("Justify the exemption."))

    @api.depends("employee_id", "date_to")
    def _compute_display_name(self):
        for exemption in self:
            exemption.display_name = self.env._(
                "Exemption of %(worker)s until %(date)s", worker=exemption.employee_id.name, date=exemption.date_to
            )
