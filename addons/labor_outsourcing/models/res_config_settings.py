# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    labor_expiry_warning_days = fields.Integer(
        string="Expiry Warning (days)",
        config_parameter="labor_outsourcing.expiry_warning_days",
        default=30,
        help="Documents expiring within this many days are flagged and their responsible is reminded.",
    )
    labor_auto_suspend_noncompliant = fields.Boolean(
        string="Suspend Non-Compliant Vendors",
        config_parameter="labor_outsourcing.auto_suspend_noncompliant",
        help="The daily check suspends Approved vendors whose required documents are missing or expired.",
    )
    labor_award_vendor_state = fields.Selection(
        [("qualified", "Qualified"), ("approved", "Approved")],
        string="Awarded Vendors Become",
        config_parameter="labor_outsourcing.award_vendor_state",
        default="qualified",
        help="Status given to a prospect or vendor under evaluation that wins a selection event.",
    )

    labor_portal_upload_max_mb = fields.Integer(
        string="Largest Upload (MB)",
        config_parameter="labor_outsourcing.portal_upload_max_mb",
        default=10,
        help="Largest file a vendor may upload through the portal.",
    )
    labor_portal_upload_max_files = fields.Integer(
        string="Files per Form",
        config_parameter="labor_outsourcing.portal_upload_max_files",
        default=5,
        help="Most files a vendor may upload with one portal form.",
    )

    labor_leadership_threshold = fields.Monetary(
        related="company_id.labor_leadership_threshold", readonly=False, currency_field="company_currency_id"
    )
    company_currency_id = fields.Many2one(related="company_id.currency_id")
    labor_approval_escalation_days = fields.Integer(related="company_id.labor_approval_escalation_days", readonly=False)
    labor_escalation_group_id = fields.Many2one(related="company_id.labor_escalation_group_id", readonly=False)
    labor_contract_warning_days = fields.Char(related="company_id.labor_contract_warning_days", readonly=False)

    @api.constrains("labor_expiry_warning_days")
    def _check_labor_expiry_warning_days(self):
        for settings in self:
            if settings.labor_expiry_warning_days < 0:
                raise ValidationError(self.env._("The expiry warning cannot be negative."))

    @api.constrains("labor_portal_upload_max_mb", "labor_portal_upload_max_files")
    def _check_labor_portal_upload_limits(self):
        for settings in self:
            if settings.labor_portal_upload_max_mb < 1 or settings.labor_portal_upload_max_files < 1:
                raise ValidationError(self.env._("The portal upload limits must be at least 1."))
