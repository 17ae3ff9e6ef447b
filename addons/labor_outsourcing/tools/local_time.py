# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
""" "Today" and period boundaries in a time zone (no database).

The database stores datetimes in UTC; a day, a month or a quarter is a local notion. In
Asia/Shanghai the day starts at 16:00 UTC the day before, so cutting periods at UTC
midnight (or taking the UTC date as today) puts eight hours of each day in the wrong day.
The models call these through ``res.company._labor_tz`` / ``_labor_today`` /
``_labor_period_bounds`` (which choose the time zone: the acting user's, else the company's).
"""

from datetime import datetime, time, timedelta

import pytz


def timezone(name):
    """The pytz time zone ``name``; UTC for an empty or unknown name."""
    try:
        return pytz.timezone(name or "UTC")
    except pytz.UnknownTimeZoneError:
        return pytz.utc


def local_today(now_utc, tz_name):
    """The date in ``tz_name`` at ``now_utc`` (a naive UTC datetime, as Odoo stores them)."""
    return pytz.utc.localize(now_utc).astimezone(timezone(tz_name)).date()


def period_bounds_utc(date_from, date_to, tz_name):
    """The days ``date_from`` to ``date_to`` (inclusive) as naive UTC datetimes
    ``[start, end)``: from the local midnight starting the first day to the local midnight
    after the last day, for comparisons with the datetime fields of the database."""
    tz = timezone(tz_name)
    start = tz.localize(datetime.combine(date_from, time.min)).astimezone(pytz.utc)
    end = tz.localize(datetime.combine(date_to + timedelta(days=1), time.min)).astimezone(pytz.utc)
    return start.replace(tzinfo=None), end.replace(tzinfo=None)


def to_local(value_utc, tz_name):
    """A naive UTC datetime of the database as a naive datetime in ``tz_name``, or None."""
    if not value_utc:
        return None
    return pytz.utc.localize(value_utc).astimezone(timezone(tz_name)).replace(tzinfo=None)
