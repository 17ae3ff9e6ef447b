# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class LaborSelectionCandidate(models.Model):
    _name = "labor.selection.candidate"
    _description = "Vendor Selection Candidate"
    _order = "event_id, rank, id"
    _check_company_auto = True
    _rec_names_search = ["vendor_id"]

    event_id = fields.Many2one("labor.selection.event", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="event_id.company_id", store=True, index=True)
    event_state = fields.Selection(related="event_id.state", string="Event Status")
    vendor_id = fields.Many2one(
        "res.partner",
        required=True,
        domain="[('is_outsourcing_vendor', '=', True), ('vendor_state', '!=', 'blacklisted')]",
    )
    vendor_state = fields.Selection(related="vendor_id.vendor_state")
    quoted_amount = fields.Monetary(currency_field="currency_id")
    currency_id = fields.Many2one(related="event_id.currency_id")
    document_warning = fields.Text(compute="_compute_document_warning")
    site_visit_notes = fields.Html()
    interview_notes = fields.Html()
    attachment_ids = fields.Many2many("ir.attachment", string="Attachments")
    average_score = fields.Float(readonly=True, digits=(5, 2), copy=False)
    rank = fields.Integer(readonly=True, copy=False)
    is_awarded = fields.Boolean(compute="_compute_is_awarded")

    _sql_constraints = [
        ("event_vendor_uniq", "unique (event_id, vendor_id)", "A vendor is a candidate only once per event."),
    ]

    @api.depends("vendor_id")
    def _compute_display_name(self):
        for candidate in self:
            candidate.display_name = candidate.vendor_id.display_name

    @api.depends("vendor_id.labor_compliance")
    def _compute_document_warning(self):
        for candidate in self:
            vendor = candidate.vendor_id
            if vendor and vendor.labor_compliance in ("missing", "expired"):
                candidate.document_warning = vendor.labor_compliance_issues
            else:
                candidate.document_warning = False

    @api.depends("event_id.awarded_candidate_id")
    def _compute_is_awarded(self):
        for candidate in self:
            candidate.is_awarded = candidate.event_id.awarded_candidate_id == candidate

    @api.model_create_multi
    def create(self, vals_list):
        candidates = super().create(vals_list)
        candidates._check_event_draft()
        if candidates.vendor_id.filtered(lambda v: v.vendor_state == "blacklisted"):
            raise UserError(self.env._("Blacklisted vendors cannot be candidates."))
        return candidates

    def write(self, vals):
        if {"vendor_id", "event_id"} & vals.keys():
            self._check_event_draft()
        return super().write(vals)

    def unlink(self):
        self._check_event_draft()
        return super().unlink()

    def _check_event_draft(self):
        if self.filtered(lambda c: c.event_id.state != "draft"):
            raise UserError(self.env._("Candidates can only be changed while the event is a draft."))
