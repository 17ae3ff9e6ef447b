# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

ISSUE_PRIORITIES = [("0", "Low"), ("1", "Normal"), ("2", "High"), ("3", "Urgent")]


class LaborIssueSla(models.Model):
    """Response and resolution times of issues per priority; a company's own line wins
    over a line shared by every company."""

    _name = "labor.issue.sla"
    _description = "Issue Service Level"
    _order = "priority desc, company_id"

    priority = fields.Selection(ISSUE_PRIORITIES, required=True)
    company_id = fields.Many2one("res.company", help="Empty: every company without its own line.")
    response_hours = fields.Float(required=True, help="Hours to the first response.")
    resolution_hours = fields.Float(required=True, help="Hours to the resolution.")

    _sql_constraints = [
        ("priority_company_uniq", "unique (priority, company_id)", "One service level per priority and company."),
    ]

    @api.constrains("response_hours", "resolution_hours")
    def _check_hours(self):
        for sla in self:
            if (
                sla.response_hours < 0
                or sla.resolution_hours < 0
                or (sla.resolution_hours and sla.response_hours > sla.resolution_hours)
            ):
                raise ValidationError(
                    self.env._("Service level times are positive and the response comes before the resolution.")
                )

    @api.model
    def _hours_by_key(self, companies):
        """``{(company id, priority): (response hours, resolution hours)}`` for
        ``companies``, their own lines over the shared ones (one search)."""
        lines = self.sudo().search([("company_id", "in", [False, *companies.ids])])
        result = {}
        for line in lines.sorted(lambda s: bool(s.company_id)):
            targets = line.company_id.ids or companies.ids
            for company_id in targets:
                result[(company_id, line.priority)] = (line.response_hours, line.resolution_hours)
        return result
