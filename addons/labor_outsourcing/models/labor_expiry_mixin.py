# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.osv import expression


class LaborExpiryMixin(models.AbstractModel):
    """Records that expire: a computed, searchable status, a reminder activity sent once
    per expiry date to a responsible user, and a hook to flip expired records.

    Inheriting models set ``_expiry_date_field`` and may override
    ``_expiry_reminder_user``, ``_expiry_reminder_domain``, ``_expiry_expired_domain`` and
    ``_expiry_on_expired``; a daily cron calls ``_cron_expiry``.
    """

    _name = "labor.expiry.mixin"
    _description = "Expiring Record"
    _expiry_date_field = "expiry_date"
    _expiry_days_param = "labor_outsourcing.expiry_warning_days"
    _expiry_default_days = 30

    expiry_status = fields.Selection(
        [
            ("valid", "Valid"),
            ("expiring", "Expiring Soon"),
            ("expired", "Expired"),
            ("no_expiry", "No Expiry"),
        ],
        compute="_compute_expiry_status",
        search="_search_expiry_status",
    )
    expiry_reminded_for = fields.Date(
        copy=False,
        readonly=True,
        help="Expiry date for which reminders were scheduled.",
    )
    expiry_reminded_offset = fields.Integer(
        copy=False,
        readonly=True,
        help="Smallest number of days before expiry for which a reminder was scheduled.",
    )

    @api.model
    def _expiry_warning_days(self):
        value = self.env["ir.config_parameter"].sudo().get_param(self._expiry_days_param)
        try:
            return max(int(value), 0) if value else self._expiry_default_days
        except ValueError:
            return self._expiry_default_days

    @api.model
    def _expiry_warning_offsets(self):
        """Days before expiry at which a reminder is due, largest first (one by default)."""
        return [self._expiry_warning_days()]

    @api.model
    def _expiry_today(self):
        """Today in the company's time zone (the user's where a user acts): a cron running as
        the superuser must not take the UTC date, a day late in Asia/Shanghai until 08:00."""
        return self.env.company._labor_today()

    @api.model
    def _expiry_bounds(self):
        today = self._expiry_today()
        return today, today + timedelta(days=self._expiry_warning_days())

    @api.depends(lambda self: [self._expiry_date_field])
    def _compute_expiry_status(self):
        today, limit = self._expiry_bounds()
        for record in self:
            date = record[self._expiry_date_field]
            if not date:
                record.expiry_status = "no_expiry"
            elif date < today:
                record.expiry_status = "expired"
            elif date <= limit:
                record.expiry_status = "expiring"
            else:
                record.expiry_status = "valid"

    def _search_expiry_status(self, operator, value):
        if operator not in ("=", "!=", "in", "not in"):
            return NotImplemented
        values = {value} if isinstance(value, str) else set(value or ())
        today, limit = self._expiry_bounds()
        field = self._expiry_date_field
        domains = {
            "no_expiry": [(field, "=", False)],
            "expired": [(field, "<", today)],
            "expiring": [(field, ">=", today), (field, "<=", limit)],
            "valid": [(field, ">", limit)],
        }
        domain = expression.OR([domains[status] for status in values & domains.keys()] or [[("id", "=", False)]])
        if operator in ("!=", "not in"):
            domain = ["!"] + expression.normalize_domain(domain)
        return domain

    # Hooks -------------------------------------------------------------------------
    def _expiry_reminder_domain(self):
        """Records that deserve a reminder when they approach expiry."""
        return []

    def _expiry_expired_domain(self):
        """Records past their expiry date that still have to be flipped."""
        return [("id", "=", False)]

    def _expiry_on_expired(self):
        """Flip expired records (``self``) to their expired state."""

    def _expiry_reminder_user(self):
        self.ensure_one()
        return self.env.user

    def _expiry_reminder_summary(self):
        self.ensure_one()
        return self.env._(
            "%(record)s expires on %(date)s",
            record=self.display_name,
            date=self[self._expiry_date_field],
        )

    # Cron --------------------------------------------------------------------------
    @api.model
    def _cron_expiry(self):
        """Flip what has expired, then schedule one reminder per record and expiry date.
        Running it again the same day creates and writes nothing."""
        expired = self.search(self._expiry_expired_domain())
        if expired:
            expired._expiry_on_expired()
        self._expiry_schedule_reminders()

    @api.model
    def _expiry_schedule_reminders(self):
        """One reminder per record, expiry date and warning offset (e.g. 60, 30 and 7 days
        before): a record is reminded again only when it reaches a smaller offset or when its
        expiry date changes."""
        today = self._expiry_today()
        offsets = sorted(set(self._expiry_warning_offsets()), reverse=True)
        if not offsets:
            return self.browse()
        field = self._expiry_date_field
        candidates = self.search(
            self._expiry_reminder_domain() + [(field, ">=", today), (field, "<=", today + timedelta(days=offsets[0]))]
        )
        due = {}
        for record in candidates:
            days_left = (record[field] - today).days
            stage = min(o for o in offsets if days_left <= o)
            if (
                record.expiry_reminded_for != record[field]
                or not record.expiry_reminded_offset
                or (record.expiry_reminded_offset > stage)
            ):
                due[record] = stage
        records = self.browse([r.id for r in due])
        if not records:
            return records
        activity_type = self.env.ref("labor_outsourcing.mail_activity_type_expiry")
        model_id = self.env["ir.model"]._get_id(self._name)
        vals_list = []
        for record in records:
            user = record._expiry_reminder_user()
            vals_list.append(
                {
                    "res_model_id": model_id,
                    "res_id": record.id,
                    "activity_type_id": activity_type.id,
                    "summary": record._expiry_reminder_summary(),
                    "date_deadline": record[field],
                    "user_id": user.id,
                }
            )
        self.env["mail.activity"].sudo().create(vals_list)
        for (date, stage), group in records.grouped(lambda r: (r[field], due[r])).items():
            group.write({"expiry_reminded_for": date, "expiry_reminded_offset": stage})
        return records
