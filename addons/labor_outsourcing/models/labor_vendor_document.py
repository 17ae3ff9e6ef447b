# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class LaborVendorDocument(models.Model):
    """A qualification document of an outsourcing vendor: business license, labor-dispatch
    permit (劳务派遣经营许可证), ISO 9001 certificate, insurance..."""

    _name = "labor.vendor.document"
    _description = "Vendor Qualification Document"
    _inherit = ["labor.verifiable.document.mixin", "mail.activity.mixin"]
    _order = "vendor_id, type_id, expiry_date desc, id desc"
    _rec_names_search = ["number", "vendor_id", "type_id"]
    _verifiable_owner_field = "vendor_id"
    _verify_from_states = ("draft", "rejected")

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
    rejection_reason = fields.Text(copy=False, tracking=True)

    def _verify_values(self):
        return dict(super()._verify_values(), rejection_reason=False)

    def action_reject(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Reject Document"),
            "res_model": "labor.vendor.document.reject.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_document_ids": self.ids},
        }

    # Expiry mixin hooks --------------------------------------------------------------
    def _expiry_reminder_domain(self):
        return [("state", "=", "verified")]

    def _expiry_expired_domain(self):
        today = fields.Date.context_today(self)
        return [("state", "in", ("draft", "verified")), ("expiry_date", "<", today)]

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
