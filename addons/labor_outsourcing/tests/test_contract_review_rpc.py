# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException

from .test_contract import ContractCommon


@tagged("post_install", "-at_install")
class TestReviewsOverRpc(HttpCase, ContractCommon):
    """What a logged-in user could send by hand: the reviews of an outsourcing approval do
    not change, whatever context the call carries."""

    def call_kw(self, model, method, args, context=None):
        return self.make_jsonrpc_request(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": args, "kwargs": {"context": context or {}}},
        )

    def test_approving_in_a_reviewers_place_is_refused(self):
        contract = self.create_contract()
        contract.with_user(self.user).action_submit()
        manager_review = contract.review_ids.filtered(lambda r: r.status == "pending")
        self.authenticate(self.user.login, self.user.login)
        for context in ({}, {"labor_flow_changes_reviews": True, "active_test": False}):
            with self.subTest(context=context):
                with self.assertRaisesRegex(JsonRpcException, "odoo.exceptions.AccessError"):
                    self.call_kw("tier.review", "write", [manager_review.ids, {"status": "approved"}], context)
                with self.assertRaisesRegex(JsonRpcException, "odoo.exceptions.AccessError"):
                    self.call_kw("tier.review", "unlink", [contract.review_ids.ids], context)
                with self.assertRaisesRegex(JsonRpcException, "odoo.exceptions.AccessError"):
                    self.call_kw("labor.contract", "write", [contract.ids, {"state": "approved"}], context)
                with self.assertRaisesRegex(JsonRpcException, "odoo.exceptions.AccessError"):
                    self.call_kw("labor.contract", "restart_validation", [contract.ids], context)
        self.env.invalidate_all()
        self.assertEqual(manager_review.status, "pending")
        self.assertEqual(len(contract.review_ids), 2)
        self.assertEqual(contract.state, "to_approve")
        # the reviewer's own button, over the same route, still works
        self.authenticate(self.dept_manager.login, self.dept_manager.login)
        action = self.call_kw("labor.contract", "validate_tier", [contract.ids])
        self.assertEqual(action["res_model"], "comment.wizard")
        wizard_id = self.call_kw("comment.wizard", "create", [{"comment": "Budget fits"}], action["context"])
        self.call_kw("comment.wizard", "add_comment", [[wizard_id]], action["context"])
        self.env.invalidate_all()
        self.assertEqual(manager_review.status, "approved")
        self.assertEqual(manager_review.done_by, self.dept_manager)
