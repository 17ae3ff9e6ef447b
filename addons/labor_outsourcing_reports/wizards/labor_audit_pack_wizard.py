# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LaborAuditPackWizard(models.TransientModel):
    """Parameters of the audit pack: the period, an optional vendor, the companies. The
    XLSX report is bound to this model: its parameters travel as the wizard record and
    are read again on the server, and who may print it follows who may use the wizard."""

    _name = "labor.audit.pack.wizard"
    _description = "Audit Pack Export"

    date_from = fields.Date(
        string="From", required=True, default=lambda self: fields.Date.context_today(self).replace(month=1, day=1)
    )
    date_to = fields.Date(string="To", required=True, default=fields.Date.context_today)
    vendor_id = fields.Many2one(
        "res.partner",
        domain="[('is_outsourcing_vendor', '=', True)]",
        help="Leave empty for every vendor.",
    )
    company_ids = fields.Many2many(
        "res.company",
        string="Companies",
        required=True,
        default=lambda self: self.env.companies,
        domain=lambda self: [("id", "in", self.env.user.company_ids.ids)],
    )

    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for wizard in self:
            if wizard.date_to < wizard.date_from:
                raise ValidationError(self.env._("The end of the period is before its start."))

    def action_download(self):
        """Download the workbook (OCA report_xlsx)."""
        self.ensure_one()
        # the button closes the dialog once the file is downloaded (close="1": OCA's handler
        # mishandles close_on_report_download in Odoo 18)
        return self.env.ref("labor_outsourcing_reports.action_report_labor_audit_pack").report_action(
            self, config=False
        )
