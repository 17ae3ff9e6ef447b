# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from .tier_review import approval_flow, check_approval_flow


class LaborApprovalMixin(models.AbstractModel):
    """The outsourcing approval chain on top of OCA tier validation.

    Draft -> (action_submit) Under Approval -> reviews by tier (department manager, legal,
    leadership: every record, or from the company's threshold) -> Approved as soon as every tier approved; a rejection
    returns the record to Draft with the reviewer's comment in the chatter. Every decision,
    including escalations and actions of delegates, is kept in ``labor.approval.log``.
    """

    _name = "labor.approval.mixin"
    _description = "Outsourcing Approval Chain"
    _inherit = ["tier.validation"]
    _state_field = "state"
    _state_from = ["to_approve"]
    _state_to = ["approved"]
    _cancel_state = "draft"
    _tier_validation_manual_config = True
    # state -> states its buttons and crons lead to; other users' writes may not leave the
    # chain (e.g. a draft written straight to Approved)
    _labor_state_transitions = {
        "draft": ("to_approve",),
        "to_approve": ("approved", "draft"),
    }

    approval_log_ids = fields.One2many(
        "labor.approval.log", "res_id", string="Approval History",
        domain=lambda self: [("res_model", "=", self._name)],
    )

    def _labor_contract(self):
        """The contract the approval history is filed under."""
        raise NotImplementedError

    def _labor_before_submit(self):
        """Checks before the approval starts (raise UserError)."""

    def _labor_on_approved(self):
        return self.write({"state": "approved"})

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
    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su and any(vals.get("state", "draft") != "draft" for vals in vals_list):
            raise UserError(self.env._("A new record starts as a draft; the approval flow moves it on."))
        return super().create(vals_list)

    def _labor_check_transition(self, state):
        """Refuse, to everybody but the system, a state the record's flow cannot lead to from
        its current state; under approval and approved only within the approval flow, and
        approved only once every tier approved."""
        if self.env.su:
            return
        labels = dict(self._fields["state"]._description_selection(self.env))
        for record in self.filtered(lambda r: r.state != state):
            if state not in self._labor_state_transitions.get(record.state, ()):
                raise UserError(
                    self.env._(
                        "%(record)s cannot go from %(old)s to %(new)s.",
                        record=record.display_name, old=labels[record.state], new=labels[state],
                    )
                )
            if state == "to_approve" or state in self._state_to:
                check_approval_flow(self.env)
            if state in self._state_to and record.validation_status != "validated":
                raise UserError(
                    self.env._("%(record)s is approved once every tier approved.", record=record.display_name)
                )

    def write(self, vals):
        if "review_ids" in vals:
            check_approval_flow(self.env)
        if "state" in vals:
            self._labor_check_transition(vals["state"])
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
        ``status``."""
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
                self.sudo().write({"state": "draft"})
                self._labor_invalidate_validation()
            return res

    def _labor_notify_escalation(self, review, targets):
        self.ensure_one()
        body = self.env._(
            "Review \"%(tier)s\" pending since %(since)s escalated to %(users)s.",
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
