# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import AccessError


class HrDepartment(models.Model):
    """The department's manager is the first reviewer of the outsourcing contracts of his
    department: Odoo lets every employee write departments, only HR officers choose it."""

    _inherit = "hr.department"

    def _labor_check_manager_change(self, vals):
        if "manager_id" not in vals or self.env.su or self.env.user.has_group("hr.group_hr_user"):
            return
        if any(department.manager_id.id != (vals["manager_id"] or False) for department in self.sudo()) or (
            not self and vals["manager_id"]
        ):
            raise AccessError(self.env._("Only HR officers choose the manager of a department."))

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._labor_check_manager_change(vals)
        return super().create(vals_list)

    def write(self, vals):
        self._labor_check_manager_change(vals)
        return super().write(vals)
