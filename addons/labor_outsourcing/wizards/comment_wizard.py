# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models
from odoo.exceptions import AccessError

from ..models.tier_review import LABOR_APPROVAL_MODELS, approval_flow


class CommentWizard(models.TransientModel):
    """The reviewer's comment on his decision (OCA base_tier_validation); for outsourcing
    approvals it may only carry the reviews the user decides now, on this record."""

    _inherit = "comment.wizard"

    def add_comment(self):
        if self.res_model not in LABOR_APPROVAL_MODELS:
            return super().add_comment()
        self.ensure_one()
        record = self.env[self.res_model].browse(self.res_id)
        reviews = self.review_ids.sudo()
        own = set(record._get_sequences_to_approve(self.env.user))
        if not self.env.su and not reviews:
            # OCA decides every review of the record when given none
            raise AccessError(self.env._("You can only decide and comment your own pending reviews of this record."))
        if not self.env.su and any(
            review.model != self.res_model
            or review.res_id != self.res_id
            or review.status not in ("waiting", "pending")
            or review.sequence not in own
            for review in reviews
        ):
            raise AccessError(self.env._("You can only decide and comment your own pending reviews of this record."))
        with approval_flow():
            return super().add_comment()
