"""Unit tests of the pure grade-band helper (no database)."""

import pytest

from odoo.addons.labor_outsourcing_reports.tools import grading


@pytest.mark.parametrize(
    "score, grade",
    [(100, "A"), (90, "A"), (89.99, "B"), (75, "B"), (74.5, "C"), (60, "C"), (59.99, "D"), (0, "D")],
)
def test_default_scale(score, grade):
    assert grading.grade_for(score) == grade


def test_custom_scale_order_does_not_matter():
    scale = [(0, "fail"), (80, "pass"), (50, "warn")]
    assert grading.grade_for(79.9, scale) == "warn"
    assert grading.grade_for(80, scale) == "pass"
    assert grading.validate_scale(scale) == [(80.0, "pass"), (50.0, "warn"), (0.0, "fail")]


@pytest.mark.parametrize(
    "scale, message",
    [
        ([], "at least one band"),
        ([(90, "A"), (10, "B")], "start at 0"),
        ([(90, "A"), (90, "B"), (0, "C")], "same minimum"),
        ([(101, "A"), (0, "B")], "outside 0-100"),
        ([(-1, "A")], "outside 0-100"),
    ],
)
def test_invalid_scales(scale, message):
    with pytest.raises(ValueError, match=message):
        grading.validate_scale(scale)


@pytest.mark.parametrize("score", [-0.01, 100.01, None])
def test_scores_outside_range(score):
    with pytest.raises(ValueError):
        grading.grade_for(score)
