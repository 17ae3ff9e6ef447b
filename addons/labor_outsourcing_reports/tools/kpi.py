# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""KPI formulas of the vendor scorecard, band scoring, weighted totals and ranking
(no database access).

Every KPI is a ratio ``numerator / denominator`` (rates in percent, means, rates per
1,000 worked hours). A KPI whose denominator is 0 has no value: the functions return
``None``, shown as "no data", never a division by zero.

Band scoring turns a KPI value into a 1-5 score. A band is ``(threshold, score)``: for
a KPI where higher is better the value scores the best band whose threshold it reaches
(value >= threshold); where lower is better, the best band whose threshold it does not
exceed (value <= threshold). The band scoring 1 catches every value that reaches no
other band, so a band set must contain score 1.
"""

import calendar
import math

HIGHER = "higher"
LOWER = "lower"
DIRECTIONS = (HIGHER, LOWER)
MET, NOT_MET, NO_DATA = "met", "not_met", "no_data"
SCORE_MIN, SCORE_MAX = 1, 5
#: Values are compared after rounding to this many digits (97.99999 reaches 98).
PRECISION = 6


# Ratios ----------------------------------------------------------------------------------
def ratio(numerator, denominator):
    """``numerator / denominator``, or ``None`` ("no data") when the denominator is 0 or
    missing."""
    if not denominator:
        return None
    return (numerator or 0.0) / denominator


def percent(numerator, denominator):
    """``numerator / denominator`` in percent, or ``None`` when the denominator is 0."""
    value = ratio(numerator, denominator)
    return None if value is None else value * 100.0


def per_thousand(count, hours):
    """``count`` per 1,000 ``hours``, or ``None`` when no hour was worked."""
    value = ratio(count, hours)
    return None if value is None else value * 1000.0


# One function per KPI --------------------------------------------------------------------
def quality_pass_rate(passed, done):
    """Passed inspections / done inspections (%)."""
    return percent(passed, done)


def item_pass_rate(passed_items, inspected_items):
    """Conforming items / inspected items (%) (checklist answers or sampled units)."""
    return percent(passed_items, inspected_items)


def ncr_rate(ncr_count, worked_hours):
    """Non-conformance reports per 1,000 worked hours (all or one severity)."""
    return per_thousand(ncr_count, worked_hours)


def capa_on_time_rate(closed_on_time, due):
    """Corrective actions done by their due date / actions due (%)."""
    return percent(closed_on_time, due)


def mean_days_to_close(total_days, closed):
    """Mean days from detection to closure of the closed non-conformance reports."""
    return ratio(total_days, closed)


def on_time_rate(on_time, finished):
    """Tasks and milestones finished by their deadline / finished (%)."""
    return percent(on_time, finished)


def delay_rate(delay_days, planned_days):
    """Days of delay past the deadlines / planned days (%)."""
    return percent(delay_days, planned_days)


def issue_resolution_rate(resolved, total):
    """Resolved issues / issues raised (%)."""
    return percent(resolved, total)


def mean_first_response_hours(total_hours, responded):
    """Mean hours from the report of an issue to its first response."""
    return ratio(total_hours, responded)


def cost_saving_rate(budget, actual):
    """(budget - actual settled) / budget (%): negative when the settlements overran the
    budget; ``None`` without a budget. ``actual`` is the services' amount before
    deductions, so penalties do not read as savings."""
    if not budget or budget <= 0:
        return None
    return (budget - (actual or 0.0)) / budget * 100.0


def satisfaction(total_score, answers):
    """Mean satisfaction score (0-100) of the completed survey answers."""
    return ratio(total_score, answers)


def headcount_fill_rate(actual, planned):
    """Workers assigned / headcount planned by the contracts (%)."""
    return percent(actual, planned)


def worker_compliance_rate(compliant, workers):
    """Workers meeting their requirements / workers (%)."""
    return percent(compliant, workers)


def training_completion_rate(completed, required):
    """Required courses passed / required courses (%)."""
    return percent(completed, required)


# Period helpers --------------------------------------------------------------------------
def overlap_days(start_a, end_a, start_b, end_b):
    """Days (inclusive) shared by the date ranges a and b; 0 when they do not meet."""
    start, end = max(start_a, start_b), min(end_a, end_b)
    return max((end - start).days + 1, 0)


def prorated_budget(amount, contract_start, contract_end, date_from, date_to):
    """Share of a contract's ``amount`` that falls in ``date_from``-``date_to``, in
    proportion of the days (a settlement of 30 days of a 365-day contract of 365,000
    is budgeted 30,000)."""
    total = overlap_days(contract_start, contract_end, contract_start, contract_end)
    if total <= 0:
        return 0.0
    return amount * overlap_days(contract_start, contract_end, date_from, date_to) / total


def delay_days(finished, deadline):
    """Days a task finished on ``finished`` was late for ``deadline`` (0 if on time)."""
    return max((finished - deadline).days, 0)


def planned_days(start, deadline):
    """Days planned from ``start`` to ``deadline`` (at least 1)."""
    return max((deadline - start).days, 1)


def period_bounds(year, period_type, index):
    """``(first day, last day)`` of a month (index 1-12), quarter (1-4), half-year (1-2) or
    year (1) as ``(year, month, day)`` tuples. Raises ``ValueError`` on a bad index or on a
    period type without calendar bounds (a project phase has explicit dates)."""
    months = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}.get(period_type)
    if months is None:
        raise ValueError("Unknown period type %r." % (period_type,))
    count = 12 // months
    if not isinstance(index, int) or not 1 <= index <= count:
        raise ValueError("The period index of a %s is between 1 and %d, not %r." % (period_type, count, index))
    first_month = (index - 1) * months + 1
    last_month = first_month + months - 1
    return (year, first_month, 1), (year, last_month, calendar.monthrange(year, last_month)[1])


# Status and bands ------------------------------------------------------------------------
def _check_direction(direction):
    if direction not in DIRECTIONS:
        raise ValueError("The direction is 'higher' or 'lower', not %r." % (direction,))


def reaches(value, threshold, direction):
    """Whether ``value`` reaches ``threshold``: >= when higher is better, <= when lower."""
    _check_direction(direction)
    value, threshold = round(value, PRECISION), round(threshold, PRECISION)
    return value >= threshold if direction == HIGHER else value <= threshold


def kpi_status(value, target, direction):
    """ "met" when ``value`` reaches ``target`` in ``direction``, "not_met" otherwise,
    "no_data" when there is no value."""
    _check_direction(direction)
    if value is None:
        return NO_DATA
    if target is None:
        raise ValueError("A KPI status needs a target.")
    return MET if reaches(value, target, direction) else NOT_MET


def validate_bands(bands, direction):
    """Check ``bands`` (``(threshold, score)`` pairs) and return them best first.

    Raises ``ValueError`` unless the scores are whole numbers from 1 to 5 used once, the
    thresholds differ, better thresholds give better scores (monotonic) and a band
    scores 1 (it catches every value that reaches no other band).
    """
    _check_direction(direction)
    bands = [(float(threshold), score) for threshold, score in bands]
    if not bands:
        raise ValueError("A KPI criterion needs at least one band.")
    scores = [score for _threshold, score in bands]
    for score in scores:
        if score is None or score != int(score) or not SCORE_MIN <= score <= SCORE_MAX:
            raise ValueError("A band score is a whole number from 1 to 5, not %r." % (score,))
    if len(set(scores)) != len(scores):
        raise ValueError("Two bands give the same score.")
    thresholds = [threshold for threshold, _score in bands]
    if len(set(thresholds)) != len(thresholds):
        raise ValueError("Two bands share the same threshold.")
    ordered = sorted(bands, key=lambda band: band[1], reverse=True)
    for (better, _s1), (worse, _s2) in zip(ordered, ordered[1:]):
        if (better <= worse) if direction == HIGHER else (better >= worse):
            raise ValueError(
                "Bands must be monotonic: a better score needs a %s threshold."
                % ("higher" if direction == HIGHER else "lower")
            )
    if min(scores) != SCORE_MIN:
        raise ValueError("Add a band scoring 1: it catches the values that reach no other band.")
    return [(threshold, int(score)) for threshold, score in ordered]


def band_score(value, bands, direction):
    """1-5 score of ``value`` on ``bands`` (see :func:`validate_bands`), ``None`` when
    there is no value.

    >>> band_score(96.0, [(98, 5), (95, 4), (90, 3), (80, 2), (0, 1)], "higher")
    4
    """
    ordered = validate_bands(bands, direction)
    if value is None:
        return None
    for threshold, score in ordered:
        if reaches(value, threshold, direction):
            return score
    return SCORE_MIN


# Totals, grades, ranking -----------------------------------------------------------------
def weighted_total(dimensions):
    """0-100 score of ``dimensions``, an iterable of ``(weight_percent, criteria)`` where
    ``criteria`` is an iterable of ``(criterion_weight, score)`` with a 1-5 score (may be
    fractional, e.g. the mean of evaluators) or ``None`` (no data).

    Criteria without a score are left out and the weights of the others normalised; a
    dimension without any scored criterion is left out and the other dimensions share
    its weight. Returns ``None`` when nothing is scored. Rounded to 2 digits::

        total = sum(w_d * mean_d / 5) / sum(w_d) * 100
    """
    weighted, weights = 0.0, 0.0
    for dim_weight, criteria in dimensions:
        if dim_weight is None or dim_weight <= 0:
            raise ValueError("Every dimension weight must be greater than 0.")
        scored = []
        for weight, score in criteria:
            if weight is None or weight <= 0:
                raise ValueError("Every criterion weight must be greater than 0.")
            if score is None:
                continue
            if not SCORE_MIN <= score <= SCORE_MAX:
                raise ValueError("A score is between 1 and 5, not %r." % (score,))
            scored.append((weight, score))
        if not scored:
            continue
        mean = math.fsum(w * s for w, s in scored) / math.fsum(w for w, _s in scored)
        weighted += dim_weight * mean / SCORE_MAX
        weights += dim_weight
    if not weights:
        return None
    return round(weighted / weights * 100.0, 2)


def scorecard_total(layout, scores):
    """:func:`weighted_total` of a template ``layout`` ``[(dimension weight,
    [(criterion, criterion weight)])]`` scored by ``scores`` ({criterion: 1-5 score or
    ``None``}; a criterion missing from ``scores`` has no score).

    >>> scorecard_total([(60, [("a", 2), ("b", 1)]), (40, [("c", 1)])], {"a": 5, "b": 2, "c": 3})
    72.0
    """
    return weighted_total(
        (dim_weight, [(weight, scores.get(criterion)) for criterion, weight in criteria])
        for dim_weight, criteria in layout
    )


def rank(scores):
    """Competition ranking ("1, 1, 3") of ``scores``, a mapping key -> score or ``None``.

    The highest score ranks 1; equal scores (to 2 digits) share a rank and the next rank
    skips as many places; keys without a score get ``None``.
    """
    ranked = sorted(
        ((key, round(score, 2)) for key, score in scores.items() if score is not None),
        key=lambda item: item[1],
        reverse=True,
    )
    result = {key: None for key, score in scores.items() if score is None}
    previous, previous_rank = None, 0
    for position, (key, score) in enumerate(ranked, start=1):
        if score != previous:
            previous, previous_rank = score, position
        result[key] = previous_rank
    return result
