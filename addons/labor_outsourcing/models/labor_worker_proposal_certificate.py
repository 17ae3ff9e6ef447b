# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class LaborWorkerProposalCertificate(models.Model):
    """A certificate of a proposed worker, with its file: it becomes a worker certificate
    to verify when the proposal is approved."""

    _name = "labor.worker.proposal.certificate"
    _description = "Certificate of a Proposed Worker"
    _order = "proposal_id, id"

    proposal_id = fields.Many2one("labor.worker.proposal", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="proposal_id.company_id", store=True, index=True)
    type_id = fields.Many2one("labor.worker.certificate.type", string="Certificate Type", required=True)
    number = fields.Char()
    issue_date = fields.Date()
    expiry_date = fields.Date()
    attachment = fields.Binary(string="File", attachment=True, required=True, copy=False)
    attachment_name = fields.Char(copy=False)

    @api.constrains("issue_date", "expiry_date", "type_id")
    def _check_dates(self):
        today = fields.Date.context_today(self)
        for line in self:
            if line.issue_date and line.expiry_date and line.expiry_date < line.issue_date:
                raise ValidationError(
                    self.env._("%(type)s: the expiry date cannot be before the issue date.", type=line.type_id.name)
                )
            if line.type_id.expiry_required and not line.expiry_date:
                raise ValidationError(
                    self.env._("%(type)s certificates must have an expiry date.", type=line.type_id.name)
                )
            if line.expiry_date and line.expiry_date < today:
                raise ValidationError(self.env._("%(type)s has already expired.", type=line.type_id.name))
            if line.issue_date and line.issue_date > today:
                raise ValidationError(self.env._("%(type)s: the issue date is in the future.", type=line.type_id.name))

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.proposal_id._check_submitted()
        return lines

    def write(self, vals):
        self.proposal_id._check_submitted()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_decided(self):
        if self.proposal_id.filtered(lambda p: p.state != "submitted"):
            raise UserError(self.env._("The certificates of a decided proposal cannot be removed."))

    def _prepare_certificate_vals(self, employee):
        self.ensure_one()
        return {
            "employee_id": employee.id,
            "type_id": self.type_id.id,
            "number": self.number,
            "issue_date": self.issue_date,
            "expiry_date": self.expiry_date,
            "attachment": self.attachment,
            "attachment_name": self.attachment_name,
        }
