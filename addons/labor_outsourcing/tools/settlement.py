# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Arithmetic of the monthly settlement of an outsourcing contract (no database access).

A contract's rate card prices a job type, optionally at one site and for one shift, per
hour, day or month. Every timesheet of a worker is paid at the best rate of the worker's
job type::

    candidates = rates of the job type whose site is the worker's site or empty,
                 and whose shift is the worker's shift or "any"
    best       = the candidate of the worker's site, else a site-less one;
                 among those, the one of the worker's shift, else "any"

The timesheets paid at the same rate form one settlement line whose quantity depends on
the rate's unit::

    hour   sum of the hours logged
    day    number of distinct (worker, date) with time logged (hours > 0)
    month  number of distinct (worker, calendar month) with time logged

and ``subtotal = round(quantity x price)``, ``total = sum(subtotals) - sum(deductions)``,
every amount rounded to the currency (half up).
"""

import math
from collections import defaultdict, namedtuple
from decimal import ROUND_HALF_UP, Decimal

ANY_SHIFT = "any"
UNITS = ("hour", "day", "month")

Rate = namedtuple("Rate", "key job_id site_id shift unit price")
Rate.__doc__ = """A rate of the card; ``key`` identifies it (a record id), ``site_id`` is
falsy for every site, ``shift`` is "any", "day" or "night"."""
Worker = namedtuple("Worker", "key job_id site_id shift")
Worker.__doc__ = """A worker's job type, site (falsy: none) and shift (falsy: "any")."""
Timesheet = namedtuple("Timesheet", "key worker date hours assignment", defaults=(None,))
Timesheet.__doc__ = """A timesheet: its key, the worker's key, a ``datetime.date``, hours, and
the key its rate is looked up by when the worker held another assignment (job type, site,
shift) then than now (``None``: the worker's key)."""
Line = namedtuple("Line", "rate quantity timesheet_keys worker_keys")
Line.__doc__ = """A settlement line: the rate, the quantity in the rate's unit, the keys of
its timesheets and of its workers."""
Totals = namedtuple("Totals", "lines deductions total additions", defaults=(0.0,))


def round_amount(value, rounding=0.01):
    """``value`` rounded half up to a multiple of ``rounding`` (a currency's rounding)."""
    if rounding <= 0:
        raise ValueError("The rounding must be positive, not %r." % rounding)
    step = Decimal(repr(rounding))
    units = (Decimal(repr(value)) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return float(units * step)


def match_rate(rates, job_id, site_id=None, shift=None):
    """The best rate of ``rates`` for a worker of job type ``job_id`` at ``site_id`` on
    ``shift``, or ``None`` when no rate applies.

    A rate of the worker's site beats a site-less one; then a rate of the worker's shift
    beats an "any shift" one. A worker without a site (or shift) only gets site-less (or
    "any shift") rates.
    """
    shift = shift or ANY_SHIFT
    best, best_score = None, None
    for rate in rates:
        if rate.job_id != job_id:
            continue
        if rate.site_id and rate.site_id != site_id:
            continue
        if rate.shift != ANY_SHIFT and rate.shift != shift:
            continue
        score = (bool(rate.site_id), rate.shift != ANY_SHIFT)
        if best_score is None or score > best_score:
            best, best_score = rate, score
    return best


def assign_rates(workers, rates):
    """Match every worker of ``workers`` to its rate.

    Returns ``(rate_by_worker, unmatched)``: a dict worker key -> ``Rate`` and the list of
    the workers without a rate (in the given order).
    """
    rates = list(rates)
    rate_by_worker, unmatched = {}, []
    for worker in workers:
        rate = match_rate(rates, worker.job_id, worker.site_id, worker.shift) if worker.job_id else None
        if rate is None:
            unmatched.append(worker)
        else:
            rate_by_worker[worker.key] = rate
    return rate_by_worker, unmatched


def quantity(unit, timesheets, digits=2):
    """Quantity of ``timesheets`` in ``unit`` ("hour", "day" or "month"); hours are
    rounded (half up) to ``digits`` decimals."""
    if unit not in UNITS:
        raise ValueError("Unknown unit %r: expected one of %s." % (unit, ", ".join(UNITS)))
    timesheets = list(timesheets)
    if unit == "hour":
        return round_amount(math.fsum(t.hours for t in timesheets), 10**-digits)
    hours = defaultdict(list)
    for timesheet in timesheets:
        period = timesheet.date if unit == "day" else (timesheet.date.year, timesheet.date.month)
        hours[(timesheet.worker, period)].append(timesheet.hours)
    return float(sum(1 for logged in hours.values() if math.fsum(logged) > 0))


def build_lines(timesheets, rate_by_worker, digits=2):
    """Group ``timesheets`` by the rate of their worker (``rate_by_worker``: worker key, or
    the timesheet's assignment key when it has one -> ``Rate``) into ``Line`` tuples, in the
    order the rates first appear. Quantities and worker counts stay per worker.

    Raises ``ValueError`` if a timesheet's worker has no rate.
    """
    groups = {}
    for timesheet in timesheets:
        key = timesheet.worker if timesheet.assignment is None else timesheet.assignment
        try:
            rate = rate_by_worker[key]
        except KeyError:
            raise ValueError("No rate for the worker %r." % (key,)) from None
        groups.setdefault(rate.key, (rate, []))[1].append(timesheet)
    lines = []
    for rate, group in groups.values():
        workers = list(dict.fromkeys(t.worker for t in group))
        lines.append(Line(rate, quantity(rate.unit, group, digits), [t.key for t in group], workers))
    return lines


def subtotal(qty, price, rounding=0.01):
    """``qty x price`` rounded to the currency."""
    return round_amount(qty * price, rounding)


def totals(subtotals, deductions, rounding=0.01, additions=()):
    """``Totals(lines, deductions, total, additions)`` of the line ``subtotals``, the
    (positive) ``deductions`` (penalties) and ``additions`` (rewards) amounts:
    ``total = lines - deductions + additions``, each rounded to the currency."""
    lines = round_amount(math.fsum(round_amount(s, rounding) for s in subtotals), rounding)
    deducted = round_amount(math.fsum(round_amount(d, rounding) for d in deductions), rounding)
    added = round_amount(math.fsum(round_amount(a, rounding) for a in additions), rounding)
    return Totals(lines, deducted, round_amount(lines - deducted + added, rounding), added)
