# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class ProjectTask(models.Model):
    """Outsourced workers who are not compliant cannot be assigned to tasks."""

    _inherit = "project.task"

    @api.model_create_multi
    def create(self, vals_list):
        tasks = super().create(vals_list)
        tasks.filtered("user_ids")._labor_check_assignees(tasks.user_ids)
        return tasks

    def write(self, vals):
        before = {task.id: task.user_ids for task in self} if "user_ids" in vals else {}
        result = super().write(vals)
        if before:
            added = self.env["res.users"]
            for task in self:
                added |= task.user_ids - before[task.id]
            self._labor_check_assignees(added)
        return result

    def _labor_check_assignees(self, users):
        if not users:
            return
        workers = (
            self.env["hr.employee"]
            .sudo()
            .search(
                [
                    ("user_id", "in", users.ids),
                    ("is_labor_worker", "=", True),
                    ("company_id", "in", self.company_id.ids or self.env.companies.ids),
                ]
            )
        )
        workers._labor_check_can_work(self.env._("be assigned to tasks"))
