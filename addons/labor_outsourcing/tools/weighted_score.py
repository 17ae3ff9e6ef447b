# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Weighted vendor scores of the management plan (no database access).

An evaluation template has dimensions weighted in percent (they sum to 100) and, in each
dimension, criteria with positive relative weights (normalised within the dimension).
Every criterion is scored on a 1-5 scale. Then::

    dimension score = sum(criterion weight * score) / sum(criterion weight)      (1-5)
    total           = sum(dimension weight / 100 * dimension score / 5) * 100    (0-100)

so a vendor scoring 5 everywhere gets 100 and one scoring 1 everywhere gets 20.
"""

import math

SCALE_MIN = 1
SCALE_MAX = 5
_TOLERANCE = 0.01


def validate_dimension_weights(weights):
    """Raise ``ValueError`` unless every weight is > 0 and they sum to 100 (percent)."""
    weights = list(weights)
    if not weights:
        raise ValueError("A template needs at least one dimension.")
    if any(w is None or w <= 0 for w in weights):
        raise ValueError("Every dimension weight must be greater than 0.")
    total = math.fsum(weights)
    if abs(total - 100.0) > _TOLERANCE:
        raise ValueError("Dimension weights must sum to 100%%; they sum to %s%%." % _fmt(total))


def validate_criterion_weights(weights):
    """Raise ``ValueError`` unless there is at least one criterion and every weight is > 0."""
    weights = list(weights)
    if not weights:
        raise ValueError("A dimension needs at least one criterion.")
    if any(w is None or w <= 0 for w in weights):
        raise ValueError("Every criterion weight must be greater than 0.")


def validate_score(score):
    """Raise ``ValueError`` unless ``score`` is a whole number from 1 to 5."""
    if score is None or score != int(score) or not SCALE_MIN <= score <= SCALE_MAX:
        raise ValueError("A score must be a whole number from %d to %d, not %r." % (SCALE_MIN, SCALE_MAX, score))


def dimension_score(criteria):
    """Weighted mean (1-5) of ``criteria``, an iterable of ``(weight, score)`` pairs."""
    criteria = list(criteria)
    validate_criterion_weights(w for w, _s in criteria)
    for _w, score in criteria:
        validate_score(score)
    return math.fsum(w * s for w, s in criteria) / math.fsum(w for w, _s in criteria)


def total_score(dimensions):
    """Total 0-100 score of ``dimensions``, an iterable of ``(weight_percent, criteria)``
    where ``criteria`` is an iterable of ``(criterion_weight, score)``. Rounded to 2 digits.
    """
    dimensions = [(w, list(criteria)) for w, criteria in dimensions]
    validate_dimension_weights(w for w, _c in dimensions)
    total = math.fsum(w / 100.0 * dimension_score(criteria) / SCALE_MAX for w, criteria in dimensions)
    return round(total * 100.0, 2)


def average(values):
    """Mean of the values that are not ``None`` (rounded to 2 digits), or ``None`` if none."""
    values = [v for v in values if v is not None]
    if not values:
        return None
    return round(math.fsum(values) / len(values), 2)


def rank(scores):
    """Competition ranking ("1224") of ``scores``, a mapping key -> score or ``None``.

    The highest score ranks 1; equal scores share a rank and the next rank skips; keys
    without a score get ``None``.
    """
    ranked = sorted(((k, s) for k, s in scores.items() if s is not None), key=lambda ks: ks[1], reverse=True)
    result = {k: None for k, s in scores.items() if s is None}
    position, previous, previous_rank = 0, None, 0
    for key, score in ranked:
        position += 1
        if score != previous:
            previous_rank, previous = position, score
        result[key] = previous_rank
    return result


def _fmt(number):
    return ("%.2f" % number).rstrip("0").rstrip(".")
