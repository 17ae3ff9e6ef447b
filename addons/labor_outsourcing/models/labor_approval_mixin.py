# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.exceptions import AccessError, UserError

from .labor_state_flow_mixin import labor_transition
from .tier_review import approval_flow, check_approval_flow

USER_GROUP = "labor_outsourcing.group_labor_user"
# The transitions of every approval chain: submit, decided by the reviewers of each tier
# (OCA checks that the user reviews the current tier), withdraw. Models add theirs.
APPROVAL_TRANSITIONS = {
    "action_submit": {"from": ("draft",), "to": ("to_approve",), "groups": USER_GROUP},
    # run by OCA's decision once the user's reviews are decided; who decides (a reviewer of
    # the current tier, or his delegate) is checked before, in _labor_decide
    "approve": {"from": ("to_approve",), "to": ("approved",)},
    "reject": {"from": ("to_approve",), "to": ("draft",)},
}
# Context keys of OCA that switch its checks off: never taken from a caller
OCA_SKIP_KEYS = ("skip_validation_check", "skip_check_state_condition")


class LaborApprovalMixin(models.AbstractModel):
    """The outsourcing approval chain on top of OCA tier validation.

    Draft -> (action_submit) Under Approval -> reviews by tier (department manager, legal,
    leadership: every record, or from the company's threshold) -> Approved as soon as every tier approved; a rejection
    returns the record to Draft with the reviewer's comment in the chatter. Every decision,
    including escalations and actions of delegates, is kept in ``labor.approval.log``.
    """

    _name = "labor.approval.mixin"
    _description = "Outsourcing Approval Chain"
    _inherit = ["tier.validation", "labor.state.flow.mixin"]
    _state_field = "state"
    _state_from = ["to_approve"]
    _state_to = ["approved"]
    _cancel_state = "draft"
    _tier_validation_manual_config = True
    _labor_transitions = APPROVAL_TRANSITIONS

    approval_log_ids = fields.One2many(
        "labor.approval.log",
        "res_id",
        string="Approval History",
        domain=lambda self: [("res_model", "=", self._name)],
    )

    def _labor_contract(self):
        """The contract the approval history is filed under."""
        raise NotImplementedError

    def _labor_before_submit(self):
        """Checks before the approval starts (raise UserError)."""

    def _labor_on_approved(self):
        return self.write({"state": "approved"})

    def _labor_my_current_reviews(self):
        """The user's open reviews (his own or as a delegate) of the current tier: the lowest
        tier not decided yet."""
        self.ensure_one()
        open_reviews = self.sudo().review_ids.filtered(lambda r: r.status in ("waiting", "pending"))
        if not open_reviews:
            return open_reviews
        current = min(open_reviews.mapped("sequence"))
        return open_reviews.filtered(lambda r: r.sequence == current and self.env.user in r.reviewer_ids)

    def _labor_invalidate_validation(self):
        # OCA computes these without dependencies: refresh them within the transaction
        self.invalidate_recordset(["need_validation", "validation_status", "can_review", "reviewer_ids"])

    def _labor_log(self, decision, reviews=None, comment=None, on_behalf_of=None):
        vals_list = []
        for record in self:
            base = {
                "res_model": record._name,
                "res_id": record.id,
                "contract_id": record._labor_contract().id,
                "decision": decision,
                "user_id": self.env.user.id,
            }
            if reviews:
                for review in reviews.filtered(lambda r, x=record: r.res_id == x.id):
                    vals_list.append(
                        dict(
                            base,
                            tier=review.sequence,
                            tier_name=review.name,
                            comment=comment or review.comment,
                            on_behalf_of_id=review.on_behalf_of_id.id,
                        )
                    )
            else:
                vals_list.append(dict(base, comment=comment, on_behalf_of_id=on_behalf_of and on_behalf_of.id))
        return self.env["labor.approval.log"].sudo().create(vals_list)

    # Reviews and states change only through the flow -----------------------------------
    # (the state through the transitions of labor.state.flow.mixin)
    def write(self, vals):
        if "review_ids" in vals:
            check_approval_flow(self.env)
        self._labor_guard_write(vals)
        if vals.get("state") in self._state_to and not self._labor_flow_trusted():
            for record in self:
                if record.validation_status != "validated":
                    raise UserError(
                        self.env._("%(record)s is approved once every tier approved.", record=record.display_name)
                    )
        # OCA's switches are ours to set, not the caller's
        self = self.with_context(**dict.fromkeys(OCA_SKIP_KEYS, False))
        # withdrawing (back to draft) removes the reviews
        with approval_flow():
            return super().write(vals)

    def unlink(self):
        with approval_flow():
            return super().unlink()

    # public in OCA for its own buttons, which these forms do not show: Submit requests the
    # reviews, Withdraw and rejections remove them
    def request_validation(self):
        check_approval_flow(self.env)
        return super().request_validation()

    def restart_validation(self):
        check_approval_flow(self.env)
        return super().restart_validation()

    # Flow -----------------------------------------------------------------------------
    @labor_transition("action_submit")
    def action_submit(self):
        for record in self:
            if record.state != "draft":
                raise UserError(self.env._("Only drafts can be submitted for approval."))
            record._labor_before_submit()
        with approval_flow():
            self.write({"state": "to_approve"})
            reviews = self.request_validation()
        # put the first tier(s) in "pending" now (OCA only does it when the requester reviews)
        reviews._compute_can_review()
        self._labor_invalidate_validation()
        if not reviews:
            raise UserError(self.env._("No approval tier applies: check the tier definitions."))
        self._labor_log("requested")
        return True

    def _labor_mark_delegated(self, reviews):
        for review in reviews:
            on_behalf = review._labor_on_behalf_of(self.env.user)
            if on_behalf:
                review.sudo().on_behalf_of_id = on_behalf

    def _labor_decide(self, decide, tiers, status):
        """Run OCA's decision ``decide`` (approve or reject) on ``tiers``, first noting on
        whose behalf a delegate acts; returns its result and the reviews it moved to
        ``status``. Only the reviewers of the current tier decide, and only their own
        reviews of it (an empty list means all reviews to OCA)."""
        if not self._labor_flow_trusted():
            mine = self._labor_my_current_reviews()
            if self.state not in self._state_from or not mine or (tiers and tiers - mine):
                raise AccessError(
                    self.env._(
                        "%(record)s: only the reviewers of its current tier decide it, on their own reviews.",
                        record=self.display_name,
                    )
                )
            tiers = tiers or mine
        before = {r.id: r.status for r in self.review_ids}
        self._labor_mark_delegated(
            (tiers or self.review_ids).filtered(
                lambda r: r.status in ("waiting", "pending") and self.env.user in r.reviewer_ids
            )
        )
        res = decide(tiers)
        decided = self.review_ids.filtered(lambda r: r.status == status and before.get(r.id) != status)
        return res, decided

    def _validate_tier(self, tiers=False):
        with approval_flow():
            res, approved = self._labor_decide(super()._validate_tier, tiers, "approved")
            if approved:
                self._labor_log("approved", approved)
            self._labor_invalidate_validation()
            if self.validation_status == "validated" and self.state in self._state_from:
                with self._labor_transition("approve"):
                    self._labor_on_approved()
            return res

    def _rejected_tier(self, tiers=False):
        with approval_flow():
            res, rejected = self._labor_decide(super()._rejected_tier, tiers, "rejected")
            if rejected:
                self._labor_log("rejected", rejected)
                comment = "; ".join(c for c in rejected.mapped("comment") if c)
                self.message_post(
                    body=self.env._(
                        "Rejected by %(user)s: %(comment)s",
                        user=self.env.user.name,
                        comment=comment or self.env._("no comment"),
                    ),
                    subtype_xmlid="mail.mt_note",
                )
                # back to draft: the reviews are removed, the history stays in the log
                with self._labor_transition("reject"):
                    self.sudo().write({"state": "draft"})
                self._labor_invalidate_validation()
            return res

    def _labor_notify_escalation(self, review, targets):
        self.ensure_one()
        body = self.env._(
            'Review "%(tier)s" pending since %(since)s escalated to %(users)s.',
            tier=review.name,
            since=review.pending_since,
            users=", ".join(targets.mapped("name")),
        )
        self.message_post(body=body, subtype_xmlid="mail.mt_note")
        for user in targets:
            self.activity_schedule(
                "labor_outsourcing.mail_activity_type_review_escalated",
                user_id=user.id,
                summary=self.env._("Escalated review: %(tier)s", tier=review.name),
            )
        self.sudo()._labor_log("escalated", comment=body)
