# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LaborWorkerSanction(models.Model):
    """A worker's reward or penalty can come from a non-conformance report."""

    _inherit = "labor.worker.sanction"

    ncr_id = fields.Many2one(
        "labor.ncr",
        string="Non-Conformance",
        index="btree_not_null",
        domain="[('employee_ids', 'in', employee_id)]",
        tracking=True,
        check_company=True,
    )

    @api.constrains("ncr_id", "employee_id")
    def _check_ncr_worker(self):
        for sanction in self:
            if sanction.ncr_id and sanction.employee_id not in sanction.ncr_id.employee_ids:
                raise ValidationError(
                    self.env._(
                        "%(worker)s is not among the workers involved in %(ncr)s.",
                        worker=sanction.employee_id.name,
                        ncr=sanction.ncr_id.display_name,
                    )
                )
