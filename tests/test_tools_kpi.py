"""Unit tests of the KPI formulas, band scoring, weighted totals and ranking (no database).
Every expected value is computed by hand in the comment next to it."""

from datetime import date

import pytest

from odoo.addons.labor_outsourcing_reports.tools import kpi

PASS_RATE_BANDS = [(98, 5), (95, 4), (90, 3), (80, 2), (0, 1)]
NCR_RATE_BANDS = [(0.5, 5), (1, 4), (2, 3), (4, 2), (10, 1)]


# Ratios and "no data" ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "function, numerator, denominator, expected",
    [
        (kpi.quality_pass_rate, 19, 20, 95.0),  # 19 / 20
        (kpi.item_pass_rate, 57, 60, 95.0),  # 57 / 60
        (kpi.capa_on_time_rate, 3, 4, 75.0),  # 3 / 4
        (kpi.on_time_rate, 9, 10, 90.0),  # 9 / 10
        (kpi.delay_rate, 6, 120, 5.0),  # 6 delay days / 120 planned days
        (kpi.issue_resolution_rate, 4, 5, 80.0),  # 4 / 5
        (kpi.headcount_fill_rate, 114, 120, 95.0),  # 114 / 120
        (kpi.headcount_fill_rate, 11, 10, 110.0),  # more workers than planned
        (kpi.worker_compliance_rate, 7, 8, 87.5),  # 7 / 8
        (kpi.training_completion_rate, 1, 3, 100 / 3),  # 1 / 3
        (kpi.mean_days_to_close, 45, 3, 15.0),  # (10 + 15 + 20) / 3
        (kpi.mean_first_response_hours, 9, 4, 2.25),  # (1 + 2 + 2.5 + 3.5) / 4
        (kpi.satisfaction, 255, 3, 85.0),  # (80 + 85 + 90) / 3
        (kpi.ncr_rate, 3, 2000, 1.5),  # 3 NCRs in 2,000 hours: 1.5 per 1,000 h
        (kpi.ncr_rate, 1, 400, 2.5),  # 1 NCR in 400 hours
    ],
)
def test_kpi_formulas(function, numerator, denominator, expected):
    assert function(numerator, denominator) == pytest.approx(expected)


@pytest.mark.parametrize(
    "function",
    [
        kpi.quality_pass_rate,
        kpi.item_pass_rate,
        kpi.ncr_rate,
        kpi.capa_on_time_rate,
        kpi.mean_days_to_close,
        kpi.on_time_rate,
        kpi.delay_rate,
        kpi.issue_resolution_rate,
        kpi.mean_first_response_hours,
        kpi.satisfaction,
        kpi.headcount_fill_rate,
        kpi.worker_compliance_rate,
        kpi.training_completion_rate,
    ],
)
@pytest.mark.parametrize("denominator", [0, 0.0, None])
def test_empty_period_is_no_data(function, denominator):
    """An empty period has no value, not a ZeroDivisionError and not 0."""
    assert function(0, denominator) is None
    assert function(5, denominator) is None


def test_zero_numerator_is_a_value():
    assert kpi.quality_pass_rate(0, 4) == 0.0
    assert kpi.ncr_rate(0, 1500) == 0.0


def test_cost_saving_rate():
    assert kpi.cost_saving_rate(100000, 92000) == pytest.approx(8.0)  # 8,000 / 100,000
    assert kpi.cost_saving_rate(50000, 55000) == pytest.approx(-10.0)  # overrun of 5,000
    assert kpi.cost_saving_rate(0, 1000) is None
    assert kpi.cost_saving_rate(None, 0) is None


def test_period_helpers():
    assert kpi.overlap_days(date(2025, 1, 1), date(2025, 12, 31), date(2025, 4, 1), date(2025, 6, 30)) == 91
    assert kpi.overlap_days(date(2025, 1, 1), date(2025, 1, 31), date(2025, 2, 1), date(2025, 2, 28)) == 0
    # 365,000 over 2025 (365 days): April (30 days) is budgeted 30,000
    assert kpi.prorated_budget(365000, date(2025, 1, 1), date(2025, 12, 31), date(2025, 4, 1), date(2025, 4, 30)) == (
        pytest.approx(30000)
    )
    assert kpi.delay_days(date(2025, 3, 12), date(2025, 3, 10)) == 2
    assert kpi.delay_days(date(2025, 3, 8), date(2025, 3, 10)) == 0
    assert kpi.planned_days(date(2025, 3, 1), date(2025, 3, 11)) == 10
    assert kpi.planned_days(date(2025, 3, 11), date(2025, 3, 11)) == 1


@pytest.mark.parametrize(
    "year, period_type, index, bounds",
    [
        (2025, "quarter", 1, ((2025, 1, 1), (2025, 3, 31))),
        (2025, "quarter", 2, ((2025, 4, 1), (2025, 6, 30))),
        (2025, "quarter", 3, ((2025, 7, 1), (2025, 9, 30))),
        (2025, "quarter", 4, ((2025, 10, 1), (2025, 12, 31))),
        (2024, "half_year", 1, ((2024, 1, 1), (2024, 6, 30))),
        (2024, "half_year", 2, ((2024, 7, 1), (2024, 12, 31))),
        (2026, "year", 1, ((2026, 1, 1), (2026, 12, 31))),
        (2024, "month", 2, ((2024, 2, 1), (2024, 2, 29))),  # leap year
        (2025, "month", 2, ((2025, 2, 1), (2025, 2, 28))),
        (2025, "month", 12, ((2025, 12, 1), (2025, 12, 31))),
    ],
)
def test_period_bounds(year, period_type, index, bounds):
    assert kpi.period_bounds(year, period_type, index) == bounds


@pytest.mark.parametrize(
    "period_type, index",
    [
        ("quarter", 0),
        ("quarter", 5),
        ("half_year", 3),
        ("year", 2),
        ("month", 0),
        ("month", 13),
        ("phase", 1),
        ("week", 1),
    ],
)
def test_bad_periods(period_type, index):
    with pytest.raises(ValueError):
        kpi.period_bounds(2025, period_type, index)


# Status ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, target, direction, status",
    [
        (95.0, 95.0, "higher", "met"),
        (94.99, 95.0, "higher", "not_met"),
        (100 * 0.95, 95.0, "higher", "met"),  # 94.99999999999999 in floating point
        (1.0, 1.0, "lower", "met"),
        (1.01, 1.0, "lower", "not_met"),
        (0.0, 0.0, "lower", "met"),
        (None, 95.0, "higher", "no_data"),
        (None, 1.0, "lower", "no_data"),
    ],
)
def test_kpi_status(value, target, direction, status):
    assert kpi.kpi_status(value, target, direction) == status


def test_kpi_status_bad_input():
    with pytest.raises(ValueError):
        kpi.kpi_status(5, 4, "up")
    with pytest.raises(ValueError):
        kpi.kpi_status(5, None, "higher")


# Bands -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, score",
    [(100, 5), (98, 5), (97.99, 4), (95, 4), (94.9, 3), (90, 3), (85, 2), (80, 2), (79.9, 1), (0, 1), (-5, 1)],
)
def test_band_score_higher(value, score):
    assert kpi.band_score(value, PASS_RATE_BANDS, "higher") == score


@pytest.mark.parametrize(
    "value, score",
    [(0, 5), (0.5, 5), (0.51, 4), (1, 4), (1.5, 3), (2, 3), (3.9, 2), (4, 2), (4.01, 1), (25, 1)],
)
def test_band_score_lower(value, score):
    assert kpi.band_score(value, NCR_RATE_BANDS, "lower") == score


def test_band_score_sparse_bands_and_order():
    bands = [(0, 1), (90, 5), (70, 3)]  # in any order; no band for 2 and 4
    assert kpi.band_score(95, bands, "higher") == 5
    assert kpi.band_score(89.9, bands, "higher") == 3
    assert kpi.band_score(69, bands, "higher") == 1
    assert kpi.band_score(None, bands, "higher") is None
    assert kpi.validate_bands(bands, "higher") == [(90.0, 5), (70.0, 3), (0.0, 1)]


@pytest.mark.parametrize(
    "bands, direction, message",
    [
        ([], "higher", "at least one band"),
        ([(90, 5), (80, 5), (0, 1)], "higher", "same score"),
        ([(90, 5), (90, 4), (0, 1)], "higher", "same threshold"),
        ([(80, 5), (90, 4), (0, 1)], "higher", "monotonic"),
        ([(2, 5), (1, 4), (10, 1)], "lower", "monotonic"),
        ([(90, 5), (80, 4)], "higher", "scoring 1"),
        ([(90, 6), (0, 1)], "higher", "from 1 to 5"),
        ([(90, 4.5), (0, 1)], "higher", "from 1 to 5"),
        ([(90, 5), (0, 1)], "sideways", "direction"),
    ],
)
def test_invalid_bands(bands, direction, message):
    with pytest.raises(ValueError, match=message):
        kpi.validate_bands(bands, direction)


# Weighted totals ------------------------------------------------------------------------------
def test_weighted_total_all_scored():
    # Quality 60 % (criteria 2:5, 1:2 -> (10 + 2) / 3 = 4), Cost 40 % (3)
    # total = (60 * 4 / 5 + 40 * 3 / 5) / 100 * 100 = 48 + 24 = 72
    assert kpi.weighted_total([(60, [(2, 5), (1, 2)]), (40, [(1, 3)])]) == 72.0
    assert kpi.weighted_total([(50, [(1, 5)]), (50, [(1, 5)])]) == 100.0
    assert kpi.weighted_total([(50, [(1, 1)]), (50, [(1, 1)])]) == 20.0


def test_weighted_total_fractional_scores():
    # mean of two evaluators 4 and 5 -> 4.5; 100 % * 4.5 / 5 = 90
    assert kpi.weighted_total([(100, [(1, 4.5)])]) == 90.0


def test_weighted_total_leaves_out_no_data():
    # Quality: the second criterion has no data -> Quality = 5. Personnel has no data at
    # all: Quality (60) and Cost (20) share the weight: (60 * 5/5 + 20 * 3/5) / 80 * 100 = 90
    dims = [(60, [(2, 5), (1, None)]), (20, [(1, None)]), (20, [(1, 3)])]
    assert kpi.weighted_total(dims) == 90.0
    assert kpi.weighted_total([(100, [(1, None)])]) is None


def test_scorecard_total_of_a_layout():
    # the layout of a template (dimension weight, [(criterion, weight)]) scored by criterion
    layout = [(60, [("pass", 2), ("ncr", 1)]), (20, [("staff", 1)]), (20, [("cost", 1)])]
    assert kpi.scorecard_total(layout, {"pass": 5, "ncr": 2, "staff": 3, "cost": 3}) == kpi.weighted_total(
        [(60, [(2, 5), (1, 2)]), (20, [(1, 3)]), (20, [(1, 3)])]
    )
    # a criterion without a score, or missing from the scores, is left out
    assert kpi.scorecard_total(layout, {"pass": 5, "ncr": None, "cost": 3}) == 90.0
    assert kpi.scorecard_total(layout, {}) is None
    with pytest.raises(ValueError):
        kpi.scorecard_total([(100, [("pass", 1)])], {"pass": 6})


@pytest.mark.parametrize(
    "dims",
    [
        [(0, [(1, 3)])],
        [(100, [(0, 3)])],
        [(100, [(1, 6)])],
        [(100, [(1, 0)])],
    ],
)
def test_weighted_total_bad_input(dims):
    with pytest.raises(ValueError):
        kpi.weighted_total(dims)


# Ranking ---------------------------------------------------------------------------------------
def test_rank_competition_ties():
    assert kpi.rank({"a": 92.5, "b": 92.5, "c": 80, "d": 70}) == {"a": 1, "b": 1, "c": 3, "d": 4}
    assert kpi.rank({"a": 60, "b": 90, "c": 90, "d": 90, "e": None}) == {"a": 4, "b": 1, "c": 1, "d": 1, "e": None}


def test_rank_rounds_to_two_digits():
    assert kpi.rank({"a": 80.001, "b": 80.004}) == {"a": 1, "b": 1}
    assert kpi.rank({}) == {}
