# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import SUPERUSER_ID, fields, models

from ..tools import local_time


class ResCompany(models.Model):
    _inherit = "res.company"

    labor_leadership_threshold = fields.Monetary(
        string="Leadership Approval From",
        currency_field="currency_id",
        default=0.0,
        help="Contracts and supplementary agreements whose estimated value (in the company's currency, "
        "converted at the contract's start date) reaches this amount also need the approval of company "
        "leadership. 0, the default: leadership approves every contract, as the management plan asks.",
    )
    labor_approval_escalation_days = fields.Integer(
        string="Escalate Reviews After (days)",
        default=3,
        help="A contract review pending longer than this is escalated to the reviewer's manager.",
    )
    labor_escalation_group_id = fields.Many2one(
        "res.groups",
        string="Escalation Fallback Group",
        help="Reviews of reviewers without a manager are escalated to this group.",
    )
    labor_contract_warning_days = fields.Char(
        string="Contract Expiry Warnings (days)",
        default="60,30,7",
        help="Comma-separated numbers of days before a contract ends at which its responsible is reminded.",
    )

    # "Today" and period boundaries ----------------------------------------------------------
    def _labor_tz(self):
        """Time zone of "today" and of period boundaries: the acting user's (the context's,
        else the user's) where a user acts; for crons and the superuser, the company's (its
        partner's time zone, else UTC)."""
        company = self[:1] or self.env.company
        if self.env.uid != SUPERUSER_ID:
            user_tz = self.env.context.get("tz") or self.env.user.tz
            if user_tz:
                return user_tz
        return company.sudo().partner_id.tz or "UTC"

    def _labor_today(self):
        """Today's date in :meth:`_labor_tz` (crons: the company's day, not the UTC date)."""
        return local_time.local_today(fields.Datetime.now(), self._labor_tz())

    def _labor_period_bounds(self, date_from, date_to):
        """The days ``date_from`` to ``date_to`` as naive UTC datetimes ``[start, end)`` cut at
        midnight in :meth:`_labor_tz`, for domains on datetime fields."""
        return local_time.period_bounds_utc(date_from, date_to, self._labor_tz())
