"""Unit tests of the settlement arithmetic (no database)."""

from datetime import date

import pytest

from odoo.addons.labor_outsourcing.tools import settlement as st

OPERATOR, FORKLIFT = 1, 2
PLANT, WAREHOUSE = 10, 20

GENERIC = st.Rate("generic", OPERATOR, None, "any", "hour", 30.0)
NIGHT = st.Rate("night", OPERATOR, None, "night", "hour", 36.0)
PLANT_ANY = st.Rate("plant", OPERATOR, PLANT, "any", "hour", 32.0)
PLANT_NIGHT = st.Rate("plant-night", OPERATOR, PLANT, "night", "hour", 38.0)
FORKLIFT_DAY = st.Rate("forklift", FORKLIFT, None, "any", "day", 260.0)
CARD = [GENERIC, NIGHT, PLANT_ANY, PLANT_NIGHT, FORKLIFT_DAY]


@pytest.mark.parametrize(
    "rates, site, shift, expected",
    [
        (CARD, None, "day", GENERIC),  # no site, day shift: only the generic "any" rate
        (CARD, None, "any", GENERIC),
        (CARD, None, None, GENERIC),  # no shift = "any"
        (CARD, None, "night", NIGHT),  # the worker's shift beats "any"
        (CARD, WAREHOUSE, "night", NIGHT),  # another site's rates never apply
        (CARD, PLANT, "day", PLANT_ANY),  # the worker's site beats a site-less rate
        (CARD, PLANT, "night", PLANT_NIGHT),  # site and shift
        ([GENERIC, NIGHT, PLANT_ANY], PLANT, "night", PLANT_ANY),  # the site weighs more than the shift
        ([NIGHT, PLANT_NIGHT], PLANT, "day", None),  # night rates never pay a day worker
        ([FORKLIFT_DAY], PLANT, "day", None),  # another job type
        ([], PLANT, "day", None),
    ],
)
def test_match_rate_preferences(rates, site, shift, expected):
    assert st.match_rate(rates, OPERATOR, site, shift) == expected


def test_match_rate_ignores_the_card_order():
    assert st.match_rate(list(reversed(CARD)), OPERATOR, PLANT, "night") == PLANT_NIGHT
    assert st.match_rate(list(reversed(CARD)), OPERATOR, None, "night") == NIGHT


def test_assign_rates_reports_unmatched_workers():
    workers = [
        st.Worker("ann", OPERATOR, PLANT, "night"),
        st.Worker("bob", FORKLIFT, None, "day"),
        st.Worker("cid", 99, None, "day"),  # job type without a rate
        st.Worker("dan", False, None, "day"),  # no job type at all
    ]
    rate_by_worker, unmatched = st.assign_rates(workers, CARD)
    assert rate_by_worker == {"ann": PLANT_NIGHT, "bob": FORKLIFT_DAY}
    assert [w.key for w in unmatched] == ["cid", "dan"]


def ts(key, worker, day, hours, month=1, assignment=None):
    return st.Timesheet(key, worker, date(2026, month, day), hours, assignment)


def test_quantity_by_unit():
    sheets = [
        ts(1, "ann", 5, 4.0),
        ts(2, "ann", 5, 4.0),  # same worker and day: one day
        ts(3, "ann", 6, 8.0),
        ts(4, "bob", 5, 7.5),
        ts(5, "bob", 7, 0.0),  # nothing logged: no day
        ts(6, "bob", 3, 2.0, month=2),
    ]
    assert st.quantity("hour", sheets) == 25.5
    assert st.quantity("day", sheets) == 4.0  # ann 5th, ann 6th, bob 5th, bob 3 Feb
    assert st.quantity("month", sheets) == 3.0  # ann Jan, bob Jan, bob Feb
    assert st.quantity("hour", []) == 0.0
    assert st.quantity("day", []) == 0.0


def test_quantity_nets_corrections_and_rounds_hours():
    sheets = [ts(1, "ann", 5, 8.0), ts(2, "ann", 5, -8.0), ts(3, "ann", 6, 0.3333)]
    assert st.quantity("day", sheets) == 1.0  # the 5th was cancelled by a correction
    assert st.quantity("hour", sheets) == 0.33
    assert st.quantity("hour", sheets, digits=3) == 0.333
    assert st.quantity("hour", [ts(1, "ann", 5, 0.1)] * 3) == 0.3


def test_quantity_rejects_unknown_units():
    with pytest.raises(ValueError, match="Unknown unit 'week'"):
        st.quantity("week", [])


def test_build_lines_groups_by_rate():
    rate_by_worker = {"ann": PLANT_NIGHT, "bob": PLANT_NIGHT, "cid": GENERIC, "dan": FORKLIFT_DAY}
    sheets = [
        ts(1, "ann", 5, 8.0),
        ts(2, "cid", 5, 6.0),
        ts(3, "bob", 5, 7.5),
        ts(4, "dan", 5, 9.0),
        ts(5, "dan", 5, 1.0),
        ts(6, "dan", 6, 8.0),
        ts(7, "ann", 6, 8.0),
    ]
    lines = st.build_lines(sheets, rate_by_worker)
    assert [(line.rate, line.quantity) for line in lines] == [
        (PLANT_NIGHT, 23.5),
        (GENERIC, 6.0),
        (FORKLIFT_DAY, 2.0),
    ]
    assert lines[0].timesheet_keys == [1, 3, 7]
    assert lines[0].worker_keys == ["ann", "bob"]
    assert lines[2].timesheet_keys == [4, 5, 6]
    assert st.build_lines([], rate_by_worker) == []


def test_build_lines_prices_each_timesheet_with_the_assignment_of_its_day():
    # ann worked nights on the plant, then days (generic) and, one day, both shifts
    rate_by_assignment = {("ann", "night"): PLANT_NIGHT, ("ann", "day"): GENERIC, "bob": GENERIC}
    sheets = [
        ts(1, "ann", 5, 8.0, assignment=("ann", "night")),
        ts(2, "ann", 6, 8.0, assignment=("ann", "night")),
        ts(3, "ann", 7, 6.0, assignment=("ann", "day")),
        ts(4, "bob", 7, 8.0),
        ts(5, "ann", 8, 2.0, assignment=("ann", "night")),
        ts(6, "ann", 8, 4.0, assignment=("ann", "day")),
    ]
    lines = st.build_lines(sheets, rate_by_assignment)
    assert [(line.rate, line.quantity, line.timesheet_keys, line.worker_keys) for line in lines] == [
        (PLANT_NIGHT, 18.0, [1, 2, 5], ["ann"]),
        (GENERIC, 18.0, [3, 4, 6], ["ann", "bob"]),
    ]
    # a day rate counts a worker's day once, even split between two assignments
    by_day = {("ann", "plant"): FORKLIFT_DAY, ("ann", "yard"): FORKLIFT_DAY}
    [line] = st.build_lines(
        [ts(1, "ann", 5, 3.0, assignment=("ann", "plant")), ts(2, "ann", 5, 5.0, assignment=("ann", "yard"))], by_day
    )
    assert (line.quantity, line.worker_keys) == (1.0, ["ann"])
    with pytest.raises(ValueError, match="No rate for the worker \\('ann', 'night'\\)"):
        st.build_lines([ts(1, "ann", 5, 8.0, assignment=("ann", "night"))], {"ann": GENERIC})


def test_build_lines_requires_a_rate_for_every_worker():
    with pytest.raises(ValueError, match="No rate for the worker 'eve'"):
        st.build_lines([ts(1, "eve", 5, 8.0)], {})


def test_totals_by_hand():
    # 23.5 h x 38 = 893; 6 h x 30 = 180; 2 days x 260 = 520 -> 1,593 - 200 - 150.50
    subtotals = [st.subtotal(23.5, 38.0), st.subtotal(6.0, 30.0), st.subtotal(2.0, 260.0)]
    assert subtotals == [893.0, 180.0, 520.0]
    assert st.totals(subtotals, [200.0, 150.5]) == st.Totals(1593.0, 350.5, 1242.5)
    assert st.totals([], []) == st.Totals(0.0, 0.0, 0.0)
    assert st.totals([100.0], [120.0]).total == -20.0


def test_rounding_to_the_currency():
    assert st.subtotal(7.33, 33.33) == 244.31  # 244.3089
    assert st.subtotal(0.5, 0.01) == 0.01  # half up: 0.005 -> 0.01
    assert st.round_amount(2.675) == 2.68  # 2.675 is 2.67499... as a binary float
    assert st.round_amount(-2.675) == -2.68
    assert st.round_amount(1234.4, rounding=1.0) == 1234.0
    assert st.round_amount(1234.5, rounding=1.0) == 1235.0
    assert st.round_amount(0.1 + 0.2) == 0.3
    assert st.totals([0.1, 0.2], [0.3]).total == 0.0
    with pytest.raises(ValueError, match="rounding must be positive"):
        st.round_amount(1.0, rounding=0)
