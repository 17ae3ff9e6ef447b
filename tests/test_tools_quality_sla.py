"""Unit tests of the issue service levels (no database)."""

from datetime import datetime, timedelta

import pytest

from odoo.addons.labor_outsourcing_quality.tools import sla

T0 = datetime(2025, 3, 10, 8, 0)


def hours(n):
    return T0 + timedelta(hours=n)


def test_deadline():
    assert sla.deadline(T0, 4) == hours(4)
    assert sla.deadline(T0, 0.5) == T0 + timedelta(minutes=30)
    assert sla.deadline(T0, 0) is None
    assert sla.deadline(T0, None) is None
    with pytest.raises(ValueError):
        sla.deadline(T0, -1)
    with pytest.raises(ValueError):
        sla.deadline(None, 4)


def test_breach():
    due = hours(4)
    assert not sla.is_breached(due, None, hours(3))
    assert not sla.is_breached(due, None, hours(4)), "at the deadline is on time"
    assert sla.is_breached(due, None, hours(5))
    assert not sla.is_breached(due, hours(2), hours(100)), "answered in time stays on time"
    assert sla.is_breached(due, hours(6), hours(7)), "answered late stays breached"
    assert not sla.is_breached(None, None, hours(1000))


def test_elapsed_hours():
    assert sla.elapsed_hours(T0, hours(2.5)) == 2.5
    assert sla.elapsed_hours(T0, None) is None
    assert sla.elapsed_hours(hours(2), T0) == 0.0


def test_kpis():
    issues = [
        sla.IssueTimes(T0, hours(2), hours(10), hours(4), hours(24)),  # on time
        sla.IssueTimes(T0, hours(6), None, hours(4), hours(24)),  # late response, open
        sla.IssueTimes(T0, None, None, hours(8), hours(72)),  # not answered yet, on time at 5 h
        sla.IssueTimes(T0, hours(1), hours(30), hours(4), hours(24)),  # resolved late
    ]
    result = sla.kpis(issues, hours(5))
    assert (result.count, result.resolved, result.resolution_rate) == (4, 2, 0.5)
    assert result.mean_response_hours == pytest.approx(3.0)
    assert result.mean_resolution_hours == pytest.approx(20.0)
    assert result.breached == 2
    assert sla.kpis(issues, hours(9)).breached == 3


def test_kpis_of_nothing():
    result = sla.kpis([], T0)
    assert result == sla.Kpis(0, 0, 0.0, None, None, 0)
