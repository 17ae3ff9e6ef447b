# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Compliance of outsourced workers: how the issues found on a worker (certificates,
trainings, induction, agreement, vendor, assignment) make one status. No database here:
the models collect the facts and call these functions."""

from datetime import timedelta

#: Worst first. "ineligible" (vendor suspended or blacklisted, contract not active,
#: assignment not started or ended) cannot be exempted; "expired" and "missing" can.
STATUSES = ("ineligible", "expired", "missing", "expiring")
COMPLIANT = "compliant"
EXEMPTIBLE = frozenset({"expired", "missing"})


def certificate_status(expiry_date, today, warning_days):
    """ "expired", "expiring" (within ``warning_days`` of ``today``) or "valid" for a
    certificate expiring on ``expiry_date`` (None: never expires)."""
    if not expiry_date:
        return "valid"
    if expiry_date < today:
        return "expired"
    if expiry_date <= today + timedelta(days=warning_days):
        return "expiring"
    return "valid"


def aggregate(issues):
    """(status, reasons) of a worker from its ``issues``, pairs (status, reason) with status
    in STATUSES: the worst status found, or "compliant" when there is none; reasons are
    listed worst first, in their order within a status, without duplicates."""
    rank = {status: index for index, status in enumerate(STATUSES)}
    issues = [(status, reason) for status, reason in issues if status in rank]
    if not issues:
        return COMPLIANT, []
    ordered = sorted(enumerate(issues), key=lambda item: (rank[item[1][0]], item[0]))
    reasons = []
    for _index, (_status, reason) in ordered:
        if reason not in reasons:
            reasons.append(reason)
    return ordered[0][1][0], reasons


def blocking_issues(issues, exempt):
    """The issues that stop a worker from working: every issue but the warnings
    ("expiring"); with a current exemption, only the "ineligible" ones."""
    return [
        (status, reason) for status, reason in issues if status != "expiring" and not (exempt and status in EXEMPTIBLE)
    ]


def headcount_gap(planned, actual):
    """{key: (planned, actual, gap)} for the union of the keys of ``planned`` and
    ``actual`` (e.g. (vendor, site, job) -> headcount); gap = planned - actual, positive
    when workers are missing, negative when there are more than planned."""
    keys = set(planned) | set(actual)
    return {key: (planned.get(key, 0), actual.get(key, 0), planned.get(key, 0) - actual.get(key, 0)) for key in keys}
