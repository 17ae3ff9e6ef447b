# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborWorkerCertificate(models.Model):
    """A certificate held by an outsourced worker. It counts for compliance once verified
    and until it expires; the daily cron flips expired ones and reminds the supervisor."""

    _name = "labor.worker.certificate"
    _description = "Worker Certificate"
    _inherit = ["labor.worker.record.mixin", "labor.verifiable.document.mixin", "mail.activity.mixin"]
    _order = "employee_id, type_id, expiry_date desc, id desc"
    _rec_names_search = ["number", "employee_id", "type_id"]
    _check_company_auto = True
    _expiry_days_param = "labor_outsourcing.worker_certificate_warning_days"
    _verifiable_owner_field = "employee_id"

    type_id = fields.Many2one("labor.worker.certificate.type", string="Certificate Type", required=True, tracking=True)
    category = fields.Selection(related="type_id.category")
    state = fields.Selection(
        [("draft", "To Verify"), ("verified", "Verified"), ("expired", "Expired")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )

    def _verifiable_plural(self):
        return self.env._("certificates")

    # Expiry mixin hooks --------------------------------------------------------------
    def _expiry_reminder_domain(self):
        return [("state", "=", "verified"), ("employee_id.active", "=", True)]

    def _expiry_expired_domain(self):
        today = self._expiry_today()
        return [("state", "=", "verified"), ("expiry_date", "<", today)]

    def _expiry_reminder_user(self):
        self.ensure_one()
        worker = self.employee_id.sudo()
        user = (
            worker.labor_supervisor_id or worker.labor_site_id.manager_id or worker.labor_vendor_id.outsourcing_user_id
        )
        return user if user and not user.share and user.active else self.env.ref("base.user_admin")

    def _expiry_reminder_summary(self):
        self.ensure_one()
        return self.env._(
            "%(certificate)s of %(worker)s expires on %(date)s",
            certificate=self.type_id.name,
            worker=self.employee_id.name,
            date=self.expiry_date,
        )
