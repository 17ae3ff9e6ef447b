"""Unit tests of the risk register's scoring (no database)."""

import pytest

from odoo.addons.labor_outsourcing_quality.tools import risk


def test_possible_scores_skip_impossible_products():
    assert risk.POSSIBLE_SCORES == (1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25)
    for impossible in (7, 11, 13, 14, 17, 18, 19, 21, 22, 23, 24):
        assert impossible not in risk.POSSIBLE_SCORES


@pytest.mark.parametrize(
    "likelihood, impact, score, level",
    [
        (1, 1, 1, "low"),
        (2, 3, 6, "low"),
        (2, 4, 8, "medium"),
        (3, 3, 9, "medium"),
        (3, 4, 12, "medium"),
        (3, 5, 15, "high"),
        (4, 4, 16, "high"),
        (5, 5, 25, "high"),
    ],
)
def test_default_levels(likelihood, impact, score, level):
    assert risk.risk_score(likelihood, impact) == score
    assert risk.risk_level(score) == level


def test_every_possible_score_has_exactly_one_level():
    levels = [risk.risk_level(score) for score in risk.POSSIBLE_SCORES]
    assert levels == ["low"] * 6 + ["medium"] * 4 + ["high"] * 4


def test_custom_thresholds():
    assert risk.risk_level(8, low_max=8, high_min=20) == "low"
    assert risk.risk_level(16, low_max=8, high_min=20) == "medium"
    assert risk.risk_level(20, low_max=8, high_min=20) == "high"
    assert risk.risk_level(2, low_max=1, high_min=2) == "high"


@pytest.mark.parametrize("low_max, high_min", [(6, 6), (10, 8), (0, 15), (6, 26), (6.0, 15), (True, 15)])
def test_bad_thresholds(low_max, high_min):
    with pytest.raises(ValueError):
        risk.check_thresholds(low_max, high_min)


@pytest.mark.parametrize("likelihood, impact", [(0, 3), (6, 1), (3, "3"), (2.0, 2), (True, 2)])
def test_bad_ratings(likelihood, impact):
    with pytest.raises(ValueError):
        risk.risk_score(likelihood, impact)


@pytest.mark.parametrize("score", [0, 26, 3.5, None])
def test_bad_scores(score):
    with pytest.raises(ValueError):
        risk.risk_level(score)
