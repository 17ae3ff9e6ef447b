# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import AccessError, ValidationError

from ..tools import selection_grid
from .common import LaborOutsourcingCommon

# The plan's example scores, in the template's criterion order (see tests/test_tools_weighted_score.py)
EXAMPLE = [5, 4, 3, 4, 4, 5, 3, 5, 3, 4, 3, 4, 5]


class TestEvaluationTemplate(LaborOutsourcingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plan = cls.env.ref("labor_outsourcing.evaluation_template_plan")

    def test_plan_template_is_shipped(self):
        self.assertEqual(
            [(d.name, d.weight) for d in self.plan.dimension_ids],
            [("Qualification", 20), ("Track Record", 30), ("Service Capability", 30), ("Price", 20)],
        )
        self.assertEqual(
            [d.criterion_ids.mapped("weight") for d in self.plan.dimension_ids],
            [[2, 1, 1, 2], [2, 1, 2], [2, 1, 2], [2, 1, 1]],
        )
        self.assertEqual(self.plan.total_weight, 100)

    def test_plan_threshold_is_the_top_band(self):
        """The grid describes its bands as tools/selection_grid.py scores them: a vendor exactly
        meeting the plan's threshold (3 projects, 95 %, 24 h, 90 %) is told it gets 5."""
        criteria = self.plan.dimension_ids.criterion_ids
        for code, name in (
            ("similar_projects", "Three or more similar projects in the last three years"),
            ("quality_pass_rate", "Project quality pass rate of 95% or more"),
            ("response_hours", "Response time of 24 hours or less"),
            ("satisfaction", "Customer satisfaction of 90% or more"),
        ):
            criterion = criteria.filtered(lambda c, name=name: c.name == name)
            with self.subTest(criterion=name):
                self.assertEqual(len(criterion), 1)
                labels = {score: criterion[f"score_{score}"] for score in range(1, 6) if criterion[f"score_{score}"]}
                self.assertEqual(labels, selection_grid.band_labels(code))
        self.assertEqual(
            [
                selection_grid.grid_score(code, value)
                for code, value in (
                    ("similar_projects", 3),
                    ("quality_pass_rate", 95),
                    ("response_hours", 24),
                    ("satisfaction", 90),
                )
            ],
            [5, 5, 5, 5],
        )

    def test_total_score_matches_hand_computation(self):
        criteria = self.plan.dimension_ids.criterion_ids
        self.assertEqual(len(criteria), 13)
        scores = dict(zip(criteria.ids, EXAMPLE, strict=True))
        # (0.2 * 25/6 + 0.3 * 19/5 + 0.3 * 21/5 + 0.2 * 15/4) / 5 * 100
        self.assertEqual(self.plan._total_score(scores), 79.67)
        self.assertIsNone(self.plan._total_score(dict(list(scores.items())[:-1])))

    def test_weights_are_validated(self):
        quality, track = self.plan.dimension_ids[:2]
        with self.assertRefused(ValidationError, "sum to 100%; they sum to 110%"):
            self.plan.write({"dimension_ids": [Command.update(quality.id, {"weight": 30})]})
        self.assertEqual(quality.weight, 20, "nothing half-saved")
        with self.assertRefused(ValidationError, "greater than 0"):
            self.plan.write(
                {"dimension_ids": [Command.update(quality.id, {"weight": 0}), Command.update(track.id, {"weight": 50})]}
            )
        with self.assertRefused(ValidationError, "greater than 0"):
            quality.criterion_ids[0].weight = -1
        # a consistent change of several weights at once is accepted
        self.plan.write(
            {"dimension_ids": [Command.update(quality.id, {"weight": 25}), Command.update(track.id, {"weight": 25})]}
        )
        self.assertEqual(self.plan.total_weight, 100)

    def test_dimension_needs_criteria(self):
        with self.assertRefused(ValidationError, "Empty: A dimension needs at least one criterion"):
            self.env["labor.evaluation.template"].create(
                {"name": "Broken", "dimension_ids": [Command.create({"name": "Empty", "weight": 100})]}
            )

    def test_access(self):
        self.assertEqual(self.plan.with_user(self.user).total_weight, 100)
        with self.assertRaises(AccessError):
            self.plan.with_user(self.user).write({"name": "Mine"})
        with self.assertRaises(AccessError):
            self.plan.with_user(self.user_plain).read(["name"])
        copy = self.plan.with_user(self.manager).copy({"name": "Copy"})
        self.assertEqual(len(copy.dimension_ids.criterion_ids), 13)
