"""Unit tests of the weighted vendor-selection score (no database)."""

import re

import pytest

from odoo.addons.labor_outsourcing.tools import weighted_score as ws

# The management plan's template: dimension weight (%) and criterion weights.
PLAN = {
    "qualification": (20, [2, 1, 1, 2]),
    "track_record": (30, [2, 1, 2]),
    "service": (30, [2, 1, 2]),
    "price": (20, [2, 1, 1]),
}


def plan_dimensions(scores):
    return [(PLAN[name][0], list(zip(PLAN[name][1], scores[name], strict=True))) for name in PLAN]


def test_plan_example_by_hand():
    scores = {
        "qualification": [5, 4, 3, 4],  # (10 + 4 + 3 + 8) / 6 = 4.1667
        "track_record": [4, 5, 3],  # (8 + 5 + 6) / 5 = 3.8
        "service": [5, 3, 4],  # (10 + 3 + 8) / 5 = 4.2
        "price": [3, 4, 5],  # (6 + 4 + 5) / 4 = 3.75
    }
    assert ws.dimension_score(zip([2, 1, 1, 2], [5, 4, 3, 4])) == pytest.approx(25 / 6)
    # (0.2*25/6 + 0.3*3.8 + 0.3*4.2 + 0.2*3.75) / 5 * 100 = 79.6667
    assert ws.total_score(plan_dimensions(scores)) == 79.67


def test_extremes():
    best = {name: [5] * len(w) for name, (_d, w) in PLAN.items()}
    worst = {name: [1] * len(w) for name, (_d, w) in PLAN.items()}
    assert ws.total_score(plan_dimensions(best)) == 100.0
    assert ws.total_score(plan_dimensions(worst)) == 20.0


def test_criterion_weights_are_normalised_within_dimension():
    # the same proportions with other magnitudes give the same dimension score
    assert ws.dimension_score([(2, 5), (1, 2)]) == pytest.approx(ws.dimension_score([(20, 5), (10, 2)]))
    assert ws.dimension_score([(2, 5), (1, 2)]) == pytest.approx(4.0)


@pytest.mark.parametrize(
    "weights, message",
    [
        ([], "at least one dimension"),
        ([50, 40], "sum to 100%; they sum to 90%"),
        ([60, 50], "they sum to 110%"),
        ([100, 0], "greater than 0"),
        ([120, -20], "greater than 0"),
    ],
)
def test_dimension_weight_errors(weights, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        ws.validate_dimension_weights(weights)


def test_dimension_weights_tolerate_rounding():
    ws.validate_dimension_weights([33.33, 33.33, 33.34])
    ws.validate_dimension_weights([20, 30, 30, 20])


@pytest.mark.parametrize("weights", [[], [1, 0], [2, -1]])
def test_criterion_weight_errors(weights):
    with pytest.raises(ValueError):
        ws.validate_criterion_weights(weights)


@pytest.mark.parametrize("score", [0, 6, 2.5, None, -1])
def test_score_errors(score):
    with pytest.raises(ValueError, match="whole number from 1 to 5"):
        ws.dimension_score([(1, score)])


def test_average_ignores_missing_sheets():
    assert ws.average([80, 90, None]) == 85.0
    assert ws.average([79.666, 80]) == 79.83
    assert ws.average([]) is None
    assert ws.average([None]) is None


def test_rank_with_ties_and_missing_scores():
    ranks = ws.rank({"a": 80.0, "b": 92.5, "c": 80.0, "d": None, "e": 70.0})
    assert ranks == {"b": 1, "a": 2, "c": 2, "e": 4, "d": None}
    assert ws.rank({}) == {}
