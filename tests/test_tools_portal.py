"""Unit tests of the vendor portal helpers: upload checks and report periods (no database)."""

from datetime import date

import pytest

from odoo.addons.labor_outsourcing.tools import portal_upload as pu
from odoo.addons.labor_outsourcing.tools import progress_period as pp

MB = 1024 * 1024
ALLOWED = ("application/pdf", "image/jpeg", "image/png")


def test_accepted_uploads_have_no_problem():
    uploads = [pu.Upload("a.pdf", 100, "application/pdf"), pu.Upload("b.png", 10 * MB, "image/png")]
    assert pu.check_uploads(uploads, ALLOWED, 10 * MB, 5) == []


def test_too_many_files_is_reported_once_before_the_files():
    uploads = [pu.Upload(f"{i}.pdf", 10, "application/pdf") for i in range(6)]
    assert pu.check_uploads(uploads, ALLOWED, 10 * MB, 5) == [("too_many", {"count": 6, "max": 5})]


def test_each_file_gets_its_first_problem():
    uploads = [
        pu.Upload("empty.pdf", 0, "application/pdf"),
        pu.Upload("big.pdf", 10 * MB + 1, "application/pdf"),
        pu.Upload("evil.exe", 20, "application/octet-stream"),
        pu.Upload("ok.jpg", 20, "image/jpeg"),
    ]
    assert pu.check_uploads(uploads, ALLOWED, 10 * MB, 5) == [
        ("empty", {"index": 0, "name": "empty.pdf"}),
        ("too_big", {"index": 1, "name": "big.pdf", "max_mb": 10}),
        ("bad_type", {"index": 2, "name": "evil.exe", "allowed": "PDF, JPEG, PNG"}),
    ]


def test_fractional_limits_are_shown_as_such():
    problems = pu.check_uploads([pu.Upload("x.pdf", MB, "application/pdf")], ALLOWED, MB // 2, 5)
    assert problems == [("too_big", {"index": 0, "name": "x.pdf", "max_mb": 0.5})]


@pytest.mark.parametrize(
    "value, expected",
    [("10", 10 * MB), ("2.5", int(2.5 * MB)), (None, 10 * MB), ("abc", 10 * MB), ("0", 10 * MB), ("-3", 10 * MB)],
)
def test_megabytes_to_bytes(value, expected):
    assert pu.megabytes_to_bytes(value, 10) == expected


@pytest.mark.parametrize("value, expected", [("3", 3), (None, 5), ("x", 5), ("0", 5), ("2.5", 5)])
def test_positive_int(value, expected):
    assert pu.positive_int(value, 5) == expected


@pytest.mark.parametrize(
    "period_type, start, end, expected",
    [
        ("weekly", date(2026, 3, 2), date(2026, 3, 8), None),
        ("weekly", date(2026, 3, 2), date(2026, 3, 2), None),
        ("weekly", date(2026, 3, 2), date(2026, 3, 9), "week_too_long"),
        ("weekly", date(2026, 3, 8), date(2026, 3, 2), "reversed"),
        ("monthly", date(2026, 2, 1), date(2026, 2, 28), None),
        ("monthly", date(2026, 2, 15), date(2026, 3, 14), "not_one_month"),
        ("monthly", date(2026, 3, 31), date(2026, 3, 1), "reversed"),
        ("monthly", date(2025, 12, 1), date(2026, 12, 31), "not_one_month"),
    ],
)
def test_period_problem(period_type, start, end, expected):
    assert pp.period_problem(period_type, start, end) == expected


def test_default_period_is_the_last_finished_week_or_month():
    wednesday = date(2026, 3, 11)
    assert pp.default_period("weekly", wednesday) == (date(2026, 3, 2), date(2026, 3, 8))
    monday = date(2026, 3, 9)
    assert pp.default_period("weekly", monday) == (date(2026, 3, 2), date(2026, 3, 8))
    assert pp.default_period("monthly", date(2026, 3, 1)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert pp.default_period("monthly", date(2026, 1, 20)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_periods_overlap():
    assert pp.periods_overlap((date(2026, 3, 1), date(2026, 3, 7)), (date(2026, 3, 7), date(2026, 3, 9)))
    assert not pp.periods_overlap((date(2026, 3, 1), date(2026, 3, 7)), (date(2026, 3, 8), date(2026, 3, 9)))
