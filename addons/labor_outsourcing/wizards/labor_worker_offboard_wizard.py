# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_date


class LaborWorkerOffboardWizard(models.TransientModel):
    """Exit of an outsourced worker: ends the assignment, unassigns him from open tasks,
    revokes his access (users deactivated), records what he returned, launches the
    off-boarding plan, posts a summary and archives him."""

    _name = "labor.worker.offboard.wizard"
    _description = "Off-board Outsourced Worker"

    employee_id = fields.Many2one(
        "hr.employee", string="Worker", required=True, domain="[('is_labor_worker', '=', True)]"
    )
    date = fields.Date(string="Exit Date", required=True, default=fields.Date.context_today)
    reason = fields.Text(required=True)
    badge_returned = fields.Boolean(string="Access Badge Returned")
    equipment_returned = fields.Boolean()
    documents_returned = fields.Boolean(string="Documents and Materials Returned")
    note = fields.Text(string="Notes")

    @api.model
    def _offboarding_plan(self):
        return self.env.ref("labor_outsourcing.mail_activity_plan_worker_offboarding", raise_if_not_found=False)

    def action_offboard(self):
        self.ensure_one()
        employee = self.employee_id
        if not employee.is_labor_worker:
            raise UserError(self.env._("%(name)s is not an outsourced worker.", name=employee.name))
        if not employee.active:
            raise UserError(self.env._("%(name)s has already left.", name=employee.name))
        if self.date > fields.Date.context_today(self):
            raise UserError(self.env._("Record the exit on its day: access is revoked at once."))
        if not (self.reason or "").strip():
            raise UserError(self.env._("Give the reason of the exit."))
        users = self._users_to_deactivate()
        tasks = self._unassign_open_tasks(users)
        employee.write(
            {
                "labor_assignment_end": max(self.date, employee.labor_assignment_start or self.date),
                "labor_exit_date": self.date,
                "labor_exit_reason": self.reason.strip(),
            }
        )
        employee.message_post(body=self._summary(users, tasks), subtype_xmlid="mail.mt_note")
        users.sudo().write({"active": False})
        employee.sudo().write({"active": False, "departure_date": self.date, "departure_description": self.reason})
        # after archiving, which drops the activities of the employee
        plan = self._offboarding_plan()
        if plan:
            employee._labor_launch_plan(plan)
        return {"type": "ir.actions.act_window_close"}

    def _users_to_deactivate(self):
        """The worker's user and the portal users of his contact. Administrators and the
        current user are refused (a wrong link must not lock out the company)."""
        employee = self.employee_id.sudo()
        users = employee.user_id
        if employee.work_contact_id:
            users |= self.env["res.users"].sudo().search([("partner_id", "=", employee.work_contact_id.id)])
        for user in users:
            others = user.sudo().with_context(active_test=False).employee_ids - employee
            if others:
                # the account of another employee (a wrong or forged link): not the worker's own
                raise UserError(
                    self.env._(
                        "%(user)s is also the user of %(others)s: unlink it from %(worker)s first; the "
                        "off-boarding closes the worker's own account only.",
                        user=user.name,
                        others=", ".join(others.mapped("name")),
                        worker=employee.name,
                    )
                )
            if user == self.env.user or user.has_group("base.group_system"):
                raise UserError(
                    self.env._(
                        "%(user)s is an administrator or yourself: unlink the user from %(worker)s first.",
                        user=user.name,
                        worker=employee.name,
                    )
                )
        return users

    def _unassign_open_tasks(self, users):
        if not users:
            return self.env["project.task"]
        tasks = self.env["project.task"].sudo().search([("user_ids", "in", users.ids), ("is_closed", "=", False)])
        for task in tasks:
            task.write({"user_ids": [Command.unlink(user.id) for user in users & task.user_ids]})
        return tasks

    def _summary(self, users, tasks):
        yes, no = self.env._("yes"), self.env._("no")
        items = [
            self.env._("Exit date: %(date)s", date=format_date(self.env, self.date)),
            self.env._("Reason: %(reason)s", reason=self.reason),
            self.env._("Access badge returned: %(value)s", value=yes if self.badge_returned else no),
            self.env._("Equipment returned: %(value)s", value=yes if self.equipment_returned else no),
            self.env._("Documents and materials returned: %(value)s", value=yes if self.documents_returned else no),
            self.env._("Users deactivated: %(users)s", users=", ".join(users.mapped("login")) or self.env._("none")),
            self.env._(
                "Removed from open tasks: %(tasks)s", tasks=", ".join(tasks.mapped("name")) or self.env._("none")
            ),
        ]
        if self.note:
            items.append(self.note)
        return Markup("<p>%s</p><ul>%s</ul>") % (
            self.env._("Worker off-boarded"),
            Markup().join(Markup("<li>%s</li>") % item for item in items),
        )
