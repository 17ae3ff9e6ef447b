# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError

APPROVAL_GROUPS = ("labor_outsourcing.group_labor_legal", "labor_outsourcing.group_labor_leadership")


class LaborApprovalDelegation(models.Model):
    """A reviewer lets another user act on his pending contract reviews for a period; the
    history shows on whose behalf the delegate acted."""

    _name = "labor.approval.delegation"
    _description = "Approval Delegation"
    _inherit = ["mail.thread"]
    _order = "date_from desc, id desc"

    user_id = fields.Many2one(
        "res.users", string="Reviewer", required=True, default=lambda self: self.env.user, tracking=True
    )
    delegate_id = fields.Many2one("res.users", required=True, domain="[('share', '=', False)]", tracking=True)
    date_from = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    date_to = fields.Date(required=True, tracking=True)
    reason = fields.Char(tracking=True)
    active = fields.Boolean(default=True, tracking=True)
    is_current = fields.Boolean(compute="_compute_is_current")

    @api.depends("date_from", "date_to", "active")
    def _compute_is_current(self):
        today = fields.Date.context_today(self)
        for delegation in self:
            delegation.is_current = delegation.active and delegation.date_from <= today <= delegation.date_to

    @api.constrains("user_id", "delegate_id", "date_from", "date_to")
    def _check_delegation(self):
        for delegation in self:
            if delegation.date_to < delegation.date_from:
                raise ValidationError(self.env._("The delegation must end after it starts."))
            if delegation.user_id == delegation.delegate_id:
                raise ValidationError(self.env._("A reviewer cannot delegate to himself."))
            if not delegation.delegate_id.has_group("labor_outsourcing.group_labor_user"):
                raise ValidationError(
                    self.env._("%(user)s is not an Outsourcing user.", user=delegation.delegate_id.name)
                )
            for xmlid in APPROVAL_GROUPS:
                if delegation.user_id.has_group(xmlid) and not delegation.delegate_id.has_group(xmlid):
                    group = self.env.ref(xmlid)
                    raise ValidationError(
                        self.env._(
                            "%(delegate)s must belong to %(group)s, like %(user)s.",
                            delegate=delegation.delegate_id.name,
                            group=group.name,
                            user=delegation.user_id.name,
                        )
                    )

    @api.model
    def _current_delegations(self, users):
        """{reviewer: delegates} of the delegations valid today for ``users``."""
        today = fields.Date.context_today(self)
        delegations = self.sudo().search(
            [("user_id", "in", users.ids), ("date_from", "<=", today), ("date_to", ">=", today)]
        )
        result = {}
        for delegation in delegations:
            result.setdefault(delegation.user_id, self.env["res.users"])
            result[delegation.user_id] |= delegation.delegate_id
        return result

    def _check_own_delegation(self):
        """A reviewer delegates his own reviews; an Outsourcing Manager anybody's. The
        delegate cannot create, extend or move a delegation (the record rule lets him read it)."""
        if self.env.su or self.env.user.has_group("labor_outsourcing.group_labor_manager"):
            return
        others = self.filtered(lambda d: d.user_id != self.env.user)
        if others:
            raise AccessError(
                self.env._(
                    "Only the reviewer himself or an Outsourcing Manager creates or changes the delegation of "
                    "%(reviewer)s.",
                    reviewer=", ".join(others.user_id.mapped("name")),
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        delegations = super().create(vals_list)
        delegations._check_own_delegation()
        delegations._refresh_pending_reviews()
        return delegations

    def write(self, vals):
        self._check_own_delegation()
        res = super().write(vals)
        self._check_own_delegation()  # nor handed over to another reviewer
        self._refresh_pending_reviews()
        return res

    def unlink(self):
        self._check_own_delegation()
        return super().unlink()

    def _refresh_pending_reviews(self):
        self.env["tier.review"].sudo()._labor_refresh_reviewers()
