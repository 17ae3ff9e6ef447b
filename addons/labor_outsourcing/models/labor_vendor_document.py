# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

# What a vendor may give when it uploads a document through the portal.
PORTAL_FIELDS = frozenset(
    {
        "type_id",
        "number",
        "issuing_authority",
        "issue_date",
        "expiry_date",
        "attachment",
        "attachment_name",
        "previous_document_id",
    }
)


class LaborVendorDocument(models.Model):
    """A qualification document of an outsourcing vendor: business license, labor-dispatch
    permit (劳务派遣经营许可证), ISO 9001 certificate, insurance..."""

    _name = "labor.vendor.document"
    _description = "Vendor Qualification Document"
    _inherit = ["labor.portal.mixin", "labor.verifiable.document.mixin", "mail.activity.mixin"]
    _labor_portal_path = "documents"
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
    type_id = fields.Many2one("labor.vendor.document.type", string="Document Type", required=True, tracking=True)
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
    previous_document_id = fields.Many2one(
        "labor.vendor.document",
        string="Replaces",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The document of which the vendor uploaded this one as a new version.",
    )

    @api.constrains("previous_document_id", "vendor_id", "type_id")
    def _check_previous_document(self):
        for doc in self.filtered("previous_document_id"):
            previous = doc.previous_document_id
            if previous == doc or (previous.vendor_id, previous.type_id) != (doc.vendor_id, doc.type_id):
                raise ValidationError(
                    self.env._("%(doc)s can only replace a document of the same vendor and type.", doc=doc.display_name)
                )

    @api.model
    def _labor_portal_submit(self, vendor, vals):
        """A document ``vendor`` uploaded through the portal: to verify, for that vendor
        whatever ``vals`` holds (only the fields of PORTAL_FIELDS are accepted), noted in its
        chatter, with a verification activity for the vendor's outsourcing responsible. The
        portal controller calls it with sudo once it has validated the input."""
        unexpected = set(vals) - PORTAL_FIELDS
        if unexpected:
            raise ValueError(f"Fields not allowed from the portal: {sorted(unexpected)}")
        doc = self.create(dict(vals, vendor_id=vendor.id, state="draft"))
        doc.message_post(
            body=self.env._("Uploaded by %(user)s through the vendor portal.", user=self.env.user.name),
            subtype_xmlid="mail.mt_note",
        )
        doc.activity_schedule(
            "labor_outsourcing.mail_activity_type_portal_review",
            user_id=vendor._labor_responsible_user().id,
            summary=self.env._("Verify the %(type)s uploaded by the vendor", type=doc.type_id.name),
        )
        return doc

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
        today = self._expiry_today()
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
        self.env["res.partner"]._labor_recompute_compliance()
        self.env["res.partner"]._labor_suspend_noncompliant_vendors()

    @api.model
    def get_import_templates(self):
        templates = super().get_import_templates()
        if self.has_access("create"):
            templates.append(
                {
                    "label": self.env._("Import Template for Qualification Documents"),
                    "template": "/labor_outsourcing/static/xls/labor_outsourcing_vendor_documents.xlsx",
                }
            )
        return templates
