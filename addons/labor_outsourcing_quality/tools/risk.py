# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Risk scoring of the risk register (no database access).

A risk is rated by its likelihood (1 rare ... 5 almost certain) and its impact (1
negligible ... 5 severe); its score is their product (1 to 25). Only the products of two
numbers from 1 to 5 can occur: 1-6, 8, 9, 10, 12, 15, 16, 20, 25 (never 7, 11, 13, 14, 17,
18, 19, 21-24). The level is therefore defined by two thresholds: *low up to*
``low_max`` (default 6) and *high from* ``high_min`` (default 15); a score in between is
medium (by default 8, 9, 10 and 12).
"""

LEVELS = ("low", "medium", "high")
DEFAULT_LOW_MAX = 6
DEFAULT_HIGH_MIN = 15
#: Every score a likelihood x impact product can give, ascending.
POSSIBLE_SCORES = tuple(sorted({likelihood * impact for likelihood in range(1, 6) for impact in range(1, 6)}))


def _check_rating(value, name):
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValueError("The %s must be an integer from 1 to 5, not %r." % (name, value))
    return value


def risk_score(likelihood: int, impact: int) -> int:
    """``likelihood x impact``, each an integer from 1 to 5; raises ``ValueError``
    otherwise."""
    return _check_rating(likelihood, "likelihood") * _check_rating(impact, "impact")


def check_thresholds(low_max: int = DEFAULT_LOW_MAX, high_min: int = DEFAULT_HIGH_MIN) -> tuple[int, int]:
    """``(low_max, high_min)`` when they are integers with ``1 <= low_max < high_min <=
    25``; raises ``ValueError`` otherwise."""
    for value in (low_max, high_min):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("Risk thresholds must be integers, not %r." % (value,))
    if not 1 <= low_max < high_min <= 25:
        raise ValueError("Risk thresholds need 1 <= low up to (%s) < high from (%s) <= 25." % (low_max, high_min))
    return low_max, high_min


def risk_level(score: int, low_max: int = DEFAULT_LOW_MAX, high_min: int = DEFAULT_HIGH_MIN) -> str:
    """``low`` for a score up to ``low_max``, ``high`` from ``high_min``, ``medium`` in
    between. Raises ``ValueError`` for a score outside 1-25 or invalid thresholds."""
    check_thresholds(low_max, high_min)
    if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 25:
        raise ValueError("A risk score is an integer from 1 to 25, not %r." % (score,))
    if score <= low_max:
        return "low"
    if score >= high_min:
        return "high"
    return "medium"
