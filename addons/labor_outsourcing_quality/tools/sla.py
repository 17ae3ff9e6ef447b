# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Service levels of issues: deadlines, breaches and KPIs (no database access).

An issue reported at ``reported`` must get a first response within the response time
and be resolved within the resolution time of its priority, both in elapsed hours
(round the clock). Times are naive UTC ``datetime`` values, as Odoo stores them.
"""

from datetime import datetime, timedelta
from typing import NamedTuple


def deadline(start: datetime, hours: float) -> datetime | None:
    """``start`` plus ``hours`` (> 0); ``None`` when ``hours`` is 0 or missing (no SLA).
    Raises ``ValueError`` for negative hours or a missing start."""
    if not hours:
        return None
    if hours < 0:
        raise ValueError("An SLA time cannot be negative (%r hours)." % (hours,))
    if start is None:
        raise ValueError("An SLA deadline needs a start time.")
    return start + timedelta(hours=hours)


def is_breached(due: datetime | None, done: datetime | None, now: datetime) -> bool:
    """Whether a deadline is breached: done after it, or not done and ``now`` past it.
    No deadline is never breached."""
    if due is None:
        return False
    return (done or now) > due


def elapsed_hours(start: datetime | None, end: datetime | None) -> float | None:
    """Hours from ``start`` to ``end`` (not below 0), ``None`` if either is missing."""
    if start is None or end is None:
        return None
    return max((end - start).total_seconds(), 0.0) / 3600.0


class IssueTimes(NamedTuple):
    """The timestamps of one issue for :func:`kpis`."""

    reported: datetime
    first_response: datetime | None = None
    resolved: datetime | None = None
    response_due: datetime | None = None
    resolution_due: datetime | None = None


class Kpis(NamedTuple):
    count: int
    resolved: int
    #: resolved / count (0.0 when there is no issue)
    resolution_rate: float
    #: mean hours to first response of the issues responded to (None if none)
    mean_response_hours: float | None
    #: mean hours to resolution of the resolved issues (None if none)
    mean_resolution_hours: float | None
    #: issues whose response or resolution SLA is breached at ``now``
    breached: int


def kpis(issues, now: datetime) -> Kpis:
    """Resolution rate, mean response and resolution times and breaches of ``issues``
    (an iterable of :class:`IssueTimes`)."""
    issues = list(issues)
    responses = [elapsed_hours(i.reported, i.first_response) for i in issues if i.first_response]
    resolutions = [elapsed_hours(i.reported, i.resolved) for i in issues if i.resolved]
    breached = sum(
        1
        for i in issues
        if is_breached(i.response_due, i.first_response, now) or is_breached(i.resolution_due, i.resolved, now)
    )
    count = len(issues)
    return Kpis(
        count=count,
        resolved=len(resolutions),
        resolution_rate=len(resolutions) / count if count else 0.0,
        mean_response_hours=sum(responses) / len(responses) if responses else None,
        mean_resolution_hours=sum(resolutions) / len(resolutions) if resolutions else None,
        breached=breached,
    )
