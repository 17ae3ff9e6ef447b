# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Periods of the vendors' progress reports (no database access).

A weekly report covers one to seven consecutive days; a monthly report covers days of a
single calendar month. :func:`period_problem` names what is wrong with a period, or returns
None; :func:`default_period` proposes the period a vendor is most likely to report on.
"""

from datetime import timedelta

WEEKLY, MONTHLY = "weekly", "monthly"


def period_problem(period_type, date_from, date_to):
    """None when the period suits the report type, else one of "reversed" (ends before it
    starts), "week_too_long" (a weekly report over more than 7 days) or "not_one_month" (a
    monthly report that spans two calendar months)."""
    if date_to < date_from:
        return "reversed"
    if period_type == WEEKLY and (date_to - date_from).days > 6:
        return "week_too_long"
    if period_type == MONTHLY and (date_from.year, date_from.month) != (date_to.year, date_to.month):
        return "not_one_month"
    return None


def default_period(period_type, today):
    """The period just finished before ``today``: the previous Monday-to-Sunday week, or the
    previous calendar month."""
    if period_type == WEEKLY:
        monday = today - timedelta(days=today.weekday() + 7)
        return monday, monday + timedelta(days=6)
    last_day = today.replace(day=1) - timedelta(days=1)
    return last_day.replace(day=1), last_day


def periods_overlap(first, second):
    """Whether two periods (pairs of dates, both ends included) share a day."""
    return first[0] <= second[1] and second[0] <= first[1]
