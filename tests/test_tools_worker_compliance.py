"""Unit tests of the worker compliance helpers (no database)."""

from datetime import date

import pytest

from odoo.addons.labor_outsourcing.tools import worker_compliance as wc

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(
    "expiry, expected",
    [
        (None, "valid"),
        (date(2026, 3, 9), "expired"),
        (TODAY, "expiring"),  # valid the whole day it expires
        (date(2026, 4, 9), "expiring"),  # exactly 30 days ahead
        (date(2026, 4, 10), "valid"),
    ],
)
def test_certificate_status(expiry, expected):
    assert wc.certificate_status(expiry, TODAY, 30) == expected


def test_aggregate_compliant_without_issues():
    assert wc.aggregate([]) == ("compliant", [])


def test_aggregate_worst_status_and_reasons_worst_first():
    issues = [
        ("expiring", "Health certificate expires on 2026-03-20"),
        ("missing", "No safety induction"),
        ("expired", "Forklift licence expired"),
        ("missing", "No safety induction"),
        ("missing", "NDA not signed"),
    ]
    status, reasons = wc.aggregate(issues)
    assert status == "expired"
    assert reasons == [
        "Forklift licence expired",
        "No safety induction",
        "NDA not signed",
        "Health certificate expires on 2026-03-20",
    ]


def test_aggregate_ineligible_beats_everything_and_unknown_is_ignored():
    assert wc.aggregate([("expired", "a"), ("ineligible", "b"), ("bogus", "c")]) == ("ineligible", ["b", "a"])


def test_blocking_issues_and_exemptions():
    issues = [("expiring", "w"), ("missing", "m"), ("expired", "e"), ("ineligible", "i")]
    assert wc.blocking_issues(issues, exempt=False) == [("missing", "m"), ("expired", "e"), ("ineligible", "i")]
    assert wc.blocking_issues(issues, exempt=True) == [("ineligible", "i")]
    assert wc.blocking_issues([("expiring", "w")], exempt=False) == []


def test_headcount_gap():
    planned = {("v1", "op"): 5, ("v1", "driver"): 2}
    actual = {("v1", "op"): 3, ("v2", "op"): 1}
    assert wc.headcount_gap(planned, actual) == {
        ("v1", "op"): (5, 3, 2),
        ("v1", "driver"): (2, 0, 2),
        ("v2", "op"): (0, 1, -1),
    }
