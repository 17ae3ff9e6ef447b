# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .labor_contract_rate import SHIFTS


class HrEmployee(models.Model):
    """Outsourced workers are employees supplied by a vendor under a contract."""

    _inherit = "hr.employee"

    labor_vendor_id = fields.Many2one(
        "res.partner",
        string="Outsourcing Vendor",
        domain="[('is_outsourcing_vendor', '=', True)]",
        tracking=True,
        index=True,
        groups="hr.group_hr_user,labor_outsourcing.group_labor_user",
    )
    labor_contract_id = fields.Many2one(
        "labor.contract",
        string="Outsourcing Contract",
        domain="[('vendor_id', '=', labor_vendor_id), ('state', 'in', ('approved', 'active'))]",
        tracking=True,
        index=True,
        groups="hr.group_hr_user,labor_outsourcing.group_labor_user",
    )
    labor_job_product_id = fields.Many2one(
        "product.product",
        string="Job Type",
        domain="[('type', '=', 'service')]",
        tracking=True,
        groups="hr.group_hr_user,labor_outsourcing.group_labor_user",
        help="Job type of the contract's rate card that this worker is paid under.",
    )
    labor_site_id = fields.Many2one(
        "labor.work.site", string="Work Site", groups="hr.group_hr_user,labor_outsourcing.group_labor_user"
    )
    labor_shift = fields.Selection(
        SHIFTS, string="Shift", default="any", groups="hr.group_hr_user,labor_outsourcing.group_labor_user"
    )

    @api.constrains("labor_vendor_id", "labor_contract_id")
    def _check_labor_contract_vendor(self):
        for employee in self.sudo():
            if employee.labor_contract_id and employee.labor_contract_id.vendor_id != employee.labor_vendor_id:
                raise ValidationError(
                    self.env._(
                        "%(employee)s: the contract %(contract)s is not with %(vendor)s.",
                        employee=employee.name,
                        contract=employee.labor_contract_id.display_name,
                        vendor=employee.labor_vendor_id.display_name or "-",
                    )
                )
