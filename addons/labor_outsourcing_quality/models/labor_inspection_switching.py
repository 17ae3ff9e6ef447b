# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import SQL

from ..tools import aql


class LaborInspectionSwitching(models.Model):
    """Where a vendor stands in the ISO 2859-1 switching rules of an inspection plan:
    the severity of its next lot and the switching score, updated when an inspection is
    done (:func:`aql.record_lot`)."""

    _name = "labor.inspection.switching"
    _description = "Inspection Switching State"
    _order = "plan_id, vendor_id"

    plan_id = fields.Many2one("labor.inspection.plan", required=True, ondelete="cascade", index=True)
    vendor_id = fields.Many2one("res.partner", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="plan_id.company_id", store=True, index=True)
    state_data = fields.Json(string="Switching State", copy=False)
    severity = fields.Selection(
        [("normal", "Normal"), ("tightened", "Tightened"), ("reduced", "Reduced")],
        compute="_compute_from_state",
        store=True,
    )
    switching_score = fields.Integer(compute="_compute_from_state", store=True)
    discontinued = fields.Boolean(compute="_compute_from_state", store=True)
    lot_count = fields.Integer(string="Lots Inspected", readonly=True)

    _sql_constraints = [
        ("plan_vendor_uniq", "unique (plan_id, vendor_id)", "One switching state per plan and vendor."),
    ]

    @api.depends("state_data")
    def _compute_from_state(self):
        for record in self:
            state = record._get_state()
            record.severity = state.severity
            record.switching_score = state.switching_score
            record.discontinued = state.discontinued

    def _get_state(self):
        self.ensure_one()
        return aql.state_from_dict(self.state_data)

    def _lock_for_update(self):
        """Lock the rows (SELECT ... FOR UPDATE) and forget their cached values: a concurrent
        transaction recording a lot of the same vendor waits for this one to commit, then
        reads its result instead of overwriting it (read-modify-write)."""
        if self.ids:
            self.env.cr.execute(
                SQL("SELECT id FROM %s WHERE id IN %s FOR UPDATE", SQL.identifier(self._table), tuple(self.ids))
            )
            self.invalidate_recordset(["state_data", "lot_count"])

    def _record(self, lot_size, aql_value, nonconforming, level):
        """Record a lot; returns the :class:`aql.LotResult`."""
        self.ensure_one()
        self._lock_for_update()
        result = aql.record_lot(self._get_state(), lot_size, aql_value, nonconforming, level)
        self.write({"state_data": aql.state_to_dict(result.state), "lot_count": self.lot_count + 1})
        return result

    def action_resume(self):
        """The responsible authority resumes a discontinued inspection (tightened)."""
        if not self.env.user.has_group("labor_outsourcing.group_labor_manager"):
            raise AccessError(self.env._("Only outsourcing managers resume a discontinued inspection."))
        for record in self:
            if not record.discontinued:
                raise UserError(
                    self.env._(
                        "The inspection of %(vendor)s is not discontinued.", vendor=record.vendor_id.display_name
                    )
                )
            record.sudo().state_data = aql.state_to_dict(aql.resume_inspection(record._get_state()))
        return True
