# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import contextlib
import contextvars
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError

LABOR_APPROVAL_MODELS = ("labor.contract", "labor.contract.amendment")

# Set while the approval flow itself (submit, approve, reject, withdraw) changes reviews.
# A context variable, not a context key: a remote call chooses its context, not this.
_FLOW_CHANGES_REVIEWS = contextvars.ContextVar("labor_flow_changes_reviews", default=False)


@contextlib.contextmanager
def approval_flow():
    """Let the approval flow create, decide and remove the reviews of outsourcing records."""
    token = _FLOW_CHANGES_REVIEWS.set(True)
    try:
        yield
    finally:
        _FLOW_CHANGES_REVIEWS.reset(token)


def check_approval_flow(env):
    """Refuse a change of outsourcing reviews made outside the approval flow: OCA lets every
    internal user create, write and delete reviews, and anybody could then approve a tier in
    a reviewer's place."""
    if env.su or _FLOW_CHANGES_REVIEWS.get():
        return
    raise AccessError(
        env._(
            "The reviews of an outsourcing approval change only through its buttons "
            "(submit, approve, reject, withdraw)."
        )
    )


class TierReview(models.Model):
    """Delegation and escalation of the reviews of outsourcing contracts."""

    _inherit = "tier.review"

    pending_since = fields.Datetime(readonly=True)
    escalated_on = fields.Datetime(readonly=True)
    escalated_to_ids = fields.Many2many("res.users", "labor_tier_review_escalation_rel", "review_id", "user_id")
    on_behalf_of_id = fields.Many2one("res.users", readonly=True)

    @api.model
    def _get_reviewer_fields(self):
        return super()._get_reviewer_fields() + ["escalated_to_ids"]

    def _get_base_reviewers(self):
        """Reviewers given by the tier definition, before delegation and escalation."""
        return self.sudo().with_context(labor_base_reviewers=True)._get_reviewers()

    def _get_reviewers(self):
        reviewers = super()._get_reviewers()
        if self.model not in LABOR_APPROVAL_MODELS or self.env.context.get("labor_base_reviewers"):
            return reviewers
        delegations = self.env["labor.approval.delegation"].sudo()._current_delegations(reviewers)
        for delegates in delegations.values():
            reviewers |= delegates
        return reviewers | self.escalated_to_ids

    def _labor_check_flow(self, models_):
        if set(models_) & set(LABOR_APPROVAL_MODELS):
            check_approval_flow(self.env)

    def _compute_can_review(self):
        # OCA's compute also moves the first open tier to "pending": the flow's own step
        with approval_flow():
            return super()._compute_can_review()

    @api.model_create_multi
    def create(self, vals_list):
        self._labor_check_flow([vals.get("model") for vals in vals_list])
        reviews = super().create(vals_list)
        reviews.filtered(lambda r: r.status == "pending" and not r.pending_since).write(
            {"pending_since": fields.Datetime.now()}
        )
        return reviews

    def write(self, vals):
        protected = {"escalated_to_ids", "escalated_on", "on_behalf_of_id"} & set(vals)
        if protected and not self.env.su:
            # OCA lets internal users write reviews; who may review in whose place is ours to decide
            raise AccessError(self.env._("Escalations and delegations are recorded by the system only."))
        self._labor_check_flow(self.sudo().mapped("model"))
        if vals.get("status") == "pending" and "pending_since" not in vals:
            vals = dict(vals, pending_since=fields.Datetime.now())
        return super().write(vals)

    def unlink(self):
        self._labor_check_flow(self.sudo().mapped("model"))
        return super().unlink()

    @api.model
    def _labor_refresh_reviewers(self):
        """Recompute the reviewers of open outsourcing reviews (delegations start and end)."""
        reviews = self.search([("model", "in", LABOR_APPROVAL_MODELS), ("status", "in", ("waiting", "pending"))])
        # only those whose reviewers changed: assigning the same reviewers again still
        # writes the review (its write date), so the daily cron wrote every escalated or
        # delegated review on each run
        changed = reviews.filtered(lambda review: review._get_reviewers() != review.reviewer_ids)
        changed._compute_reviewer_ids()
        return reviews

    def _labor_on_behalf_of(self, user):
        """The reviewer on whose behalf ``user`` acts on this review, if he is a delegate."""
        self.ensure_one()
        base = self._get_base_reviewers()
        if user in base:
            return self.env["res.users"]
        for reviewer, delegates in self.env["labor.approval.delegation"].sudo()._current_delegations(base).items():
            if user in delegates:
                return reviewer
        return self.env["res.users"]

    def _labor_escalation_targets(self, company):
        """Managers (HR hierarchy) of the reviewers, else the company's fallback group, else
        the outsourcing managers."""
        self.ensure_one()
        base = self._get_base_reviewers()
        managers = base.employee_ids.parent_id.user_id - base
        if not managers and company.labor_escalation_group_id:
            managers = company.labor_escalation_group_id.users - base
        if not managers:
            managers = (
                self.env.ref("labor_outsourcing.group_labor_manager").users.filtered(
                    lambda u: not u.share and u.active and u.id != self.env.ref("base.user_root").id
                )
                - base
            )
        return managers

    @api.model
    def _cron_labor_escalate_reviews(self):
        """Escalate outsourcing reviews pending longer than the company's delay (once)."""
        self._labor_refresh_reviewers()
        reviews = self.search(
            [
                ("model", "in", LABOR_APPROVAL_MODELS),
                ("status", "=", "pending"),
                ("escalated_on", "=", False),
                ("pending_since", "!=", False),
            ]
        )
        now = fields.Datetime.now()
        escalated = self.browse()
        for review in reviews:
            record = self.env[review.model].browse(review.res_id)
            company = record.company_id or self.env.company
            if review.pending_since > now - timedelta(days=company.labor_approval_escalation_days):
                continue
            targets = review._labor_escalation_targets(company)
            if not targets:
                continue
            review.write({"escalated_to_ids": [(4, u.id) for u in targets], "escalated_on": now})
            record._labor_notify_escalation(review, targets)
            escalated |= review
        return escalated
