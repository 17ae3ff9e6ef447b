# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class LaborWorkerCertificate(models.Model):
    """A certificate held by an outsourced worker. It counts for compliance once verified
    and until it expires; the daily cron flips expired ones and reminds the supervisor."""

    _name = "labor.worker.certificate"
    _description = "Worker Certificate"
    _inherit = ["labor.worker.record.mixin", "mail.activity.mixin", "labor.expiry.mixin"]
    _order = "employee_id, type_id, expiry_date desc, id desc"
    _rec_names_search = ["number", "employee_id", "type_id"]
    _check_company_auto = True
    _expiry_days_param = "labor_outsourcing.worker_certificate_warning_days"

    type_id = fields.Many2one("labor.worker.certificate.type", string="Certificate Type", required=True, tracking=True)
    category = fields.Selection(related="type_id.category")
    number = fields.Char(tracking=True)
    issuing_authority = fields.Char()
    issue_date = fields.Date()
    expiry_date = fields.Date(tracking=True, index=True)
    attachment = fields.Binary(attachment=True, copy=False)
    attachment_name = fields.Char(copy=False)
    state = fields.Selection(
        [("draft", "To Verify"), ("verified", "Verified"), ("expired", "Expired")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    verified_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    verified_on = fields.Datetime(readonly=True, copy=False)
    note = fields.Text()
    active = fields.Boolean(default=True)

    @api.depends("type_id", "number", "employee_id")
    def _compute_display_name(self):
        for cert in self:
            parts = [cert.type_id.name or "", cert.number or ""]
            cert.display_name = " ".join(p for p in parts if p) or cert.employee_id.display_name

    @api.constrains("issue_date", "expiry_date", "type_id")
    def _check_dates(self):
        for cert in self:
            if cert.issue_date and cert.expiry_date and cert.expiry_date < cert.issue_date:
                raise ValidationError(
                    self.env._("%(cert)s: the expiry date cannot be before the issue date.", cert=cert.display_name)
                )
            if cert.type_id.expiry_required and not cert.expiry_date:
                raise ValidationError(
                    self.env._("%(type)s certificates must have an expiry date.", type=cert.type_id.name)
                )

    def action_verify(self):
        today = fields.Date.context_today(self)
        for cert in self:
            if cert.state != "draft":
                raise UserError(
                    self.env._("Only certificates to verify can be verified (%(cert)s).", cert=cert.display_name)
                )
            if cert.expiry_date and cert.expiry_date < today:
                raise UserError(
                    self.env._("%(cert)s has already expired: it cannot be verified.", cert=cert.display_name)
                )
        self.write({"state": "verified", "verified_by_id": self.env.user.id, "verified_on": fields.Datetime.now()})
        return True

    def action_reset_to_verify(self):
        self.write({"state": "draft", "verified_by_id": False, "verified_on": False})
        return True

    # Expiry mixin hooks --------------------------------------------------------------
    def _expiry_reminder_domain(self):
        return [("state", "=", "verified"), ("employee_id.active", "=", True)]

    def _expiry_expired_domain(self):
        today = fields.Date.context_today(self)
        return [("state", "=", "verified"), ("expiry_date", "<", today)]

    def _expiry_on_expired(self):
        self.write({"state": "expired"})

    def _expiry_reminder_user(self):
        self.ensure_one()
        worker = self.employee_id.sudo()
        user = worker.labor_supervisor_id or worker.labor_site_id.manager_id or worker.labor_vendor_id.outsourcing_user_id
        return user if user and not user.share and user.active else self.env.ref("base.user_admin")

    def _expiry_reminder_summary(self):
        self.ensure_one()
        return self.env._(
            "%(certificate)s of %(worker)s expires on %(date)s",
            certificate=self.type_id.name,
            worker=self.employee_id.name,
            date=self.expiry_date,
        )
