# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, ValidationError

from odoo.addons.labor_outsourcing.tests.common import LaborOutsourcingCommon


class TestEvaluationGrade(LaborOutsourcingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Grade = cls.env["labor.evaluation.grade"]
        cls.grade_a = cls.env.ref("labor_outsourcing_reports.grade_a")
        cls.grade_b = cls.env.ref("labor_outsourcing_reports.grade_b")
        cls.grade_d = cls.env.ref("labor_outsourcing_reports.grade_d")

    def test_default_scale(self):
        self.assertEqual(self.Grade.grade_for_score(100), self.grade_a)
        self.assertEqual(self.Grade.grade_for_score(90), self.grade_a)
        self.assertEqual(self.Grade.grade_for_score(89.99), self.grade_b)
        self.assertEqual(self.Grade.grade_for_score(59.99), self.grade_d)
        self.assertEqual(self.Grade.grade_for_score(0), self.grade_d)

    def test_edited_scale_is_used(self):
        self.grade_a.min_score = 95
        self.assertEqual(self.Grade.grade_for_score(92), self.grade_b)

    def test_invalid_scales_are_refused(self):
        with self.assertRefused(ValidationError, "same minimum"):
            self.grade_b.write({"min_score": 90})
        with self.assertRefused(ValidationError, "outside 0-100"):
            self.grade_a.write({"min_score": 120})
        with self.assertRefused(ValidationError, "start at 0"):
            self.grade_d.action_archive()
        with self.assertRefused(ValidationError, "start at 0"):
            self.grade_d.unlink()
        self.assertTrue(self.grade_d.exists() and self.grade_d.active)
        self.assertEqual(self.grade_b.min_score, 75)

    def test_access(self):
        with self.assertRaises(AccessError):
            self.Grade.with_user(self.user_plain).search([])
        self.assertEqual(self.grade_a.with_user(self.user).name, "A")
        with self.assertRaises(AccessError):
            self.grade_a.with_user(self.user).write({"min_score": 91})
        self.grade_a.with_user(self.manager).write({"min_score": 91})
        self.assertEqual(self.grade_a.min_score, 91)
