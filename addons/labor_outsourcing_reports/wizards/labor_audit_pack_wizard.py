# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

#: the sheets of the audit pack a user may leave out: builder ``_sheet_<key>`` of the report
#: is written when the wizard's field ``sheet_<key>`` is set (a sheet without such a field,
#: e.g. one another addon appends, is always written)
SHEET_FIELDS = (
    "sheet_vendors",
    "sheet_vendor_documents",
    "sheet_contracts",
    "sheet_contract_approvals",
    "sheet_workers",
    "sheet_inspections",
    "sheet_ncrs",
    "sheet_issues",
    "sheet_risks",
    "sheet_evaluations",
)


class LaborAuditPackWizard(models.TransientModel):
    """Parameters of the audit pack: the period, an optional vendor, the companies and the
    sheets to write. The XLSX report is bound to this model: its parameters travel as the
    wizard record and are read again on the server, and who may print it follows who may
    use the wizard."""

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
    # the sheets of the workbook, all by default
    sheet_vendors = fields.Boolean(string="Vendors", default=True)
    sheet_vendor_documents = fields.Boolean(string="Vendor Documents", default=True)
    sheet_contracts = fields.Boolean(string="Contracts", default=True)
    sheet_contract_approvals = fields.Boolean(string="Contract Approvals", default=True)
    sheet_workers = fields.Boolean(string="Workers", default=True)
    sheet_inspections = fields.Boolean(string="Inspections", default=True)
    sheet_ncrs = fields.Boolean(string="NCRs", default=True)
    sheet_issues = fields.Boolean(string="Issues", default=True)
    sheet_risks = fields.Boolean(string="Risks", default=True)
    sheet_evaluations = fields.Boolean(string="Evaluations", default=True)

    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for wizard in self:
            if wizard.date_to < wizard.date_from:
                raise ValidationError(self.env._("The end of the period is before its start."))

    @api.constrains(*SHEET_FIELDS)
    def _check_sheets(self):
        for wizard in self:
            if not any(wizard[fname] for fname in SHEET_FIELDS):
                raise ValidationError(self.env._("Choose at least one sheet for the audit pack."))

    def _includes_sheet(self, key):
        """Whether the sheet ``key`` (builder ``_sheet_<key>`` of the report) is wanted."""
        self.ensure_one()
        fname = f"sheet_{key}"
        return fname not in self._fields or bool(self[fname])

    def action_download(self):
        """Download the workbook (OCA report_xlsx)."""
        self.ensure_one()
        # the button closes the dialog once the file is downloaded (close="1": OCA's handler
        # mishandles close_on_report_download in Odoo 18)
        return self.env.ref("labor_outsourcing_reports.action_report_labor_audit_pack").report_action(
            self, config=False
        )
