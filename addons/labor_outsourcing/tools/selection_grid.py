# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The management plan's measurable criteria of the supplier selection grid (供应商选择评分表).

The plan states a threshold for four criteria: three or more similar projects in the last
three years, a project quality pass rate of 95 % or more, a response time of 24 hours or
less and a customer satisfaction of 90 % or more. A vendor meeting the threshold exactly
gets the top band (5): the threshold is what the plan asks for, not a middle grade.

``GRID`` is the one place of these bands; the template of ``data/`` describes each band
with the labels of :func:`band_labels`, and :func:`grid_score` scores a measured value.
"""

#: criterion code -> (direction, ((bound, score), ...) best band first, {score: label}).
#: "higher": a value >= bound gets the score; "lower": a value <= bound gets it. The last
#: band catches every other value.
GRID = {
    "similar_projects": (
        "higher",
        ((3, 5), (2, 4), (1, 3), (0, 1)),
        {5: "Three or more", 4: "Two", 3: "One", 1: "None"},
    ),
    "quality_pass_rate": (
        "higher",
        ((95.0, 5), (90.0, 4), (85.0, 3), (80.0, 2), (float("-inf"), 1)),
        {5: "95% or more", 4: "90 to 95%", 3: "85 to 90%", 2: "80 to 85%", 1: "Under 80%"},
    ),
    "response_hours": (
        "lower",
        ((24.0, 5), (36.0, 4), (48.0, 3), (72.0, 2), (float("inf"), 1)),
        {5: "24 hours or less", 4: "24 to 36 hours", 3: "36 to 48 hours", 2: "48 to 72 hours", 1: "More than 72 hours"},
    ),
    "satisfaction": (
        "higher",
        ((90.0, 5), (85.0, 4), (80.0, 3), (70.0, 2), (float("-inf"), 1)),
        {5: "90% or more", 4: "85 to 90%", 3: "80 to 85%", 2: "70 to 80%", 1: "Under 70%"},
    ),
}


def grid_score(code, value):
    """Band (1-5) of ``value`` for the grid's criterion ``code``; the plan's threshold is the
    top band. Raises ``KeyError`` on an unknown criterion, ``ValueError`` on no value."""
    direction, bands, _labels = GRID[code]
    if value is None:
        raise ValueError("No value to score for %s." % code)
    for bound, score in bands:
        if (value >= bound) if direction == "higher" else (value <= bound):
            return score
    raise ValueError("%r is outside the bands of %s." % (value, code))  # pragma: no cover


def band_labels(code):
    """{score: label} describing the bands of ``code`` (the template's score_N texts)."""
    return dict(GRID[code][2])
