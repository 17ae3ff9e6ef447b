# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class LaborVendorDocument(models.Model):
    """A qualification document of an outsourcing vendor: business license, labor-dispatch
    permit (劳务派遣经营许可证), ISO 9001 certificate, insurance..."""

    _name = "labor.vendor.document"
    _description = "Vendor Qualification Document"
    _inherit = ["mail.thread", "mail.activity.mixin", "labor.expiry.mixin"]
    _order = "vendor_id, type_id, expiry_date desc, id desc"
    _rec_names_search = ["number", "vendor_id", "type_id"]

    vendor_id = fields.Many2one(
        "res.partner",
        required=True,
        index=True,
        ondelete="cascade",
        domain="[('is_outsourcing_vendor', '=', True)]",
        tracking=True,
    )
    company_id = fields.Many2one(related="vendor_id.company_id", store=True, index=True)
    type_id = fields.Many2one(
        "labor.vendor.document.type", string="Document Type", required=True, tracking=True
    )
    number = fields.Char(tracking=True)
    issuing_authority = fields.Char()
    issue_date = fields.Date()
    expiry_date = fields.Date(tracking=True, index=True)
    attachment = fields.Binary(attachment=True, copy=False)
    attachment_name = fields.Char(copy=False)
    state = fields.Selection(
        [
            ("draft", "To Verify"),
            ("verified", "Verified"),
            ("expired", "Expired"),
            ("rejected", "Rejected"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    verified_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    verified_on = fields.Datetime(readonly=True, copy=False)
    rejection_reason = fields.Text(copy=False, tracking=True)
    note = fields.Text()
    active = fields.Boolean(default=True)

    @api.depends("type_id", "number", "vendor_id")
    def _compute_display_name(self):
        for doc in self:
            parts = [doc.type_id.name or "", doc.number or ""]
            doc.display_name = " ".join(p for p in parts if p) or doc.vendor_id.display_name

    @api.constrains("issue_date", "expiry_date", "type_id")
    def _check_dates(self):
        for doc in self:
            if doc.issue_date and doc.expiry_date and doc.expiry_date < doc.issue_date:
                raise ValidationError(
                    self.env._(
                        "%(doc)s: the expiry date cannot be before the issue date.",
                        doc=doc.display_name,
                    )
                )
            if doc.type_id.expiry_required and not doc.expiry_date:
                raise ValidationError(
                    self.env._(
                        "%(type)s documents must have an expiry date.", type=doc.type_id.name
                    )
                )

    def action_verify(self):
        for doc in self:
            if doc.state not in ("draft", "rejected"):
                raise UserError(
                    self.env._("Only documents to verify can be verified (%(doc)s).", doc=doc.display_name)
                )
            if doc.expiry_date and doc.expiry_date < fields.Date.context_today(doc):
                raise UserError(
                    self.env._("%(doc)s has already expired: it cannot be verified.", doc=doc.display_name)
                )
        self.write(
            {
                "state": "verified",
                "verified_by_id": self.env.user.id,
                "verified_on": fields.Datetime.now(),
                "rejection_reason": False,
            }
        )
        return True

    def action_reject(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Reject Document"),
            "res_model": "labor.vendor.document.reject.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_document_ids": self.ids},
        }

    def action_reset_to_verify(self):
        self.write({"state": "draft", "verified_by_id": False, "verified_on": False})
        return True

    # Expiry mixin hooks --------------------------------------------------------------
    def _expiry_reminder_domain(self):
        return [("state", "=", "verified")]

    def _expiry_expired_domain(self):
        today = fields.Date.context_today(self)
        return [("state", "in", ("draft", "verified")), ("expiry_date", "<", today)]

    def _expiry_on_expired(self):
        self.write({"state": "expired"})

    def _expiry_reminder_user(self):
        self.ensure_one()
        user = self.vendor_id.outsourcing_user_id or self.create_uid
        return user if user and not user.share and user.active else self.env.ref("base.user_admin")

    @api.model
    def _cron_document_expiry(self):
        """Daily: flip expired documents, remind the purchaser of expiring ones, and move
        vendors that are no longer compliant to the right state."""
        self._cron_expiry()
        self.env["res.partner"]._labor_suspend_noncompliant_vendors()
