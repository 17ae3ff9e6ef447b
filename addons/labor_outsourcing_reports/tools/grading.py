# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Grade bands for evaluation scores (no database access).

A grade scale is a list of ``(min_score, grade)`` pairs on the 0-100 scale; a score
gets the grade of the highest band whose minimum it reaches. The management plan's
default scale is A >= 90, B >= 75, C >= 60, D below 60.
"""

DEFAULT_SCALE = ((90.0, "A"), (75.0, "B"), (60.0, "C"), (0.0, "D"))


def validate_scale(scale):
    """Check a grade scale and return it sorted from the highest minimum down.

    Raises ``ValueError`` when a minimum is outside 0-100, when two bands share a
    minimum, or when no band starts at 0 (some scores would get no grade).
    """
    bands = sorted(((float(low), grade) for low, grade in scale), reverse=True)
    if not bands:
        raise ValueError("A grade scale needs at least one band.")
    minimums = [low for low, _grade in bands]
    for low in minimums:
        if not 0.0 <= low <= 100.0:
            raise ValueError("Grade minimum %s is outside 0-100." % low)
    if len(set(minimums)) != len(minimums):
        raise ValueError("Two grades share the same minimum score.")
    if minimums[-1] != 0.0:
        raise ValueError("The lowest grade must start at 0 so that every score gets a grade.")
    return bands


def grade_for(score, scale=DEFAULT_SCALE):
    """Return the grade of ``score`` (0-100) on ``scale``.

    >>> grade_for(90)
    'A'
    >>> grade_for(89.99)
    'B'
    """
    if score is None:
        raise ValueError("No score to grade.")
    score = float(score)
    if not 0.0 <= score <= 100.0:
        raise ValueError("Score %s is outside 0-100." % score)
    for low, grade in validate_scale(scale):
        if score >= low:
            return grade
    raise AssertionError("unreachable: validate_scale guarantees a band at 0")
