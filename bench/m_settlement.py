# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Section 4: the settlement of a contract's month of timesheets, as an outsourcing
manager does it from the settlement form: create the settlement of the period, Compute
(prices every unsettled timesheet with the rate card, creates the lines, links and locks
the timesheets, refreshes the automatic deductions), Confirm (creates the purchase order).

Measured twice, on the two contracts the generator made for it (``manifest["settlement"]``:
1,000 and 10,000 lines at the full scale): wall time and SQL queries of the whole
sequence. Targets: under 3 s for the large one; as many queries for both.
"""

from datetime import date

from .common import Measure, rolled_back, row

TARGET_SECONDS = 3.0


def settle(env, contract_id, date_from, date_to):
    """Create, compute and confirm the settlement; returns it."""
    settlement = env["labor.settlement"].create(
        {"contract_id": contract_id, "date_from": date_from, "date_to": date_to}
    )
    settlement.action_compute()
    settlement.action_confirm()
    return settlement


def _measure_one(env, spec):
    contract_id = spec["contract_id"]
    date_from, date_to = date.fromisoformat(spec["date_from"]), date.fromisoformat(spec["date_to"])
    env.invalidate_all()
    with rolled_back(env):
        with Measure(env) as measure:
            settlement = settle(env, contract_id, date_from, date_to)
        lines = env["account.analytic.line"].sudo().search_count([("labor_settlement_id", "=", settlement.id)])
        amount = settlement.amount_total
        order = bool(settlement.purchase_order_id)
    return measure, lines, amount, order


def measure(env, manifest, user=None, **_options):
    """Rows of section 4; ``user``: who settles (default: the bench manager)."""
    user_id = user or manifest["users"]["manager"]["user_id"]
    env = env(user=user_id, su=False)
    specs = manifest["settlement"]
    # warm-up (registry caches, the first purchase order of the company...) on the small one
    _measure_one(env, specs["small"])
    small, small_lines, _amount, _order = _measure_one(env, specs["small"])
    large, large_lines, amount, order = _measure_one(env, specs["large"])
    if small_lines != specs["small"]["lines"] or large_lines != specs["large"]["lines"]:
        raise AssertionError(
            f"settled {small_lines} and {large_lines} timesheets, expected {specs['small']['lines']} and "
            f"{specs['large']['lines']}"
        )
    if not order or not amount:
        raise AssertionError("the settlement created no purchase order")
    return [
        row(
            4,
            f"Settlement of {large_lines:,} timesheet lines: time",
            round(large.seconds, 3),
            "s",
            reference=f"{small_lines:,} lines",
            reference_value=round(small.seconds, 3),
            target=f"< {TARGET_SECONDS:g} s",
            ok=large.seconds < TARGET_SECONDS,
            amount=amount,
        ),
        row(
            4,
            f"Settlement of {large_lines:,} timesheet lines: SQL queries",
            large.queries,
            "queries",
            reference=f"{small_lines:,} lines",
            reference_value=small.queries,
            target="equal",
            ok=large.queries == small.queries,
        ),
    ]
