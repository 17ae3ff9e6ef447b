# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborWorkerRecordMixin(models.AbstractModel):
    """A record about one outsourced worker (certificate, training, assessment, exemption):
    the worker, and his company and vendor stored for record rules, grouping and reports.
    The record goes with the worker when the worker is deleted."""

    _name = "labor.worker.record.mixin"
    _description = "Outsourced Worker Record"
    _inherit = ["mail.thread"]

    employee_id = fields.Many2one(
        "hr.employee",
        string="Worker",
        required=True,
        index=True,
        ondelete="cascade",
        domain="[('is_labor_worker', '=', True)]",
        check_company=True,
        tracking=True,
    )
    company_id = fields.Many2one(related="employee_id.company_id", store=True, index=True)
    vendor_id = fields.Many2one(related="employee_id.labor_vendor_id", store=True, string="Vendor", index=True)
