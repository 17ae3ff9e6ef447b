"""Unit tests of "today" and period boundaries in a time zone (no database)."""

from datetime import date, datetime

from odoo.addons.labor_outsourcing.tools import local_time


def test_local_today_around_midnight_in_shanghai():
    # 23:30 and 00:30 in Asia/Shanghai (UTC+8) on the last day of 2025 Q1
    assert local_time.local_today(datetime(2025, 3, 31, 15, 30), "Asia/Shanghai") == date(2025, 3, 31)
    assert local_time.local_today(datetime(2025, 3, 31, 16, 30), "Asia/Shanghai") == date(2025, 4, 1)
    assert local_time.local_today(datetime(2025, 3, 31, 16, 30), "UTC") == date(2025, 3, 31)
    assert local_time.local_today(datetime(2025, 3, 31, 16, 30), False) == date(2025, 3, 31)
    assert local_time.local_today(datetime(2025, 3, 31, 16, 30), "Not/AZone") == date(2025, 3, 31)


def test_period_bounds_utc():
    assert local_time.period_bounds_utc(date(2025, 4, 1), date(2025, 6, 30), "Asia/Shanghai") == (
        datetime(2025, 3, 31, 16, 0),
        datetime(2025, 6, 30, 16, 0),
    )
    assert local_time.period_bounds_utc(date(2025, 4, 1), date(2025, 6, 30), "UTC") == (
        datetime(2025, 4, 1),
        datetime(2025, 7, 1),
    )
    # daylight saving: Europe/Berlin is UTC+1 in March before the 30th, UTC+2 after
    assert local_time.period_bounds_utc(date(2025, 3, 1), date(2025, 3, 31), "Europe/Berlin") == (
        datetime(2025, 2, 28, 23, 0),
        datetime(2025, 3, 31, 22, 0),
    )


def test_to_local():
    assert local_time.to_local(datetime(2025, 3, 31, 16, 30), "Asia/Shanghai") == datetime(2025, 4, 1, 0, 30)
    assert local_time.to_local(None, "Asia/Shanghai") is None
