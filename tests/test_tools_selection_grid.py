"""Unit tests of the plan's selection grid bands (no database): meeting the plan's threshold
(>= 3 projects, pass rate >= 95 %, response <= 24 h, satisfaction >= 90 %) is the top band."""

import pytest

from odoo.addons.labor_outsourcing.tools import selection_grid as grid


@pytest.mark.parametrize(
    "code, value, score",
    [
        # exactly the plan's threshold: 5, not 4
        ("similar_projects", 3, 5),
        ("quality_pass_rate", 95.0, 5),
        ("response_hours", 24.0, 5),
        ("satisfaction", 90.0, 5),
        # beyond the threshold: still 5
        ("similar_projects", 7, 5),
        ("quality_pass_rate", 100.0, 5),
        ("response_hours", 2.0, 5),
        ("satisfaction", 99.0, 5),
        # just short of it: 4
        ("similar_projects", 2, 4),
        ("quality_pass_rate", 94.99, 4),
        ("response_hours", 24.5, 4),
        ("satisfaction", 89.9, 4),
        # the lower bands, by hand
        ("similar_projects", 1, 3),
        ("similar_projects", 0, 1),
        ("quality_pass_rate", 90.0, 4),
        ("quality_pass_rate", 85.0, 3),
        ("quality_pass_rate", 80.0, 2),
        ("quality_pass_rate", 79.9, 1),
        ("response_hours", 36.0, 4),
        ("response_hours", 48.0, 3),
        ("response_hours", 72.0, 2),
        ("response_hours", 72.1, 1),
        ("satisfaction", 85.0, 4),
        ("satisfaction", 80.0, 3),
        ("satisfaction", 70.0, 2),
        ("satisfaction", 69.0, 1),
    ],
)
def test_grid_score(code, value, score):
    assert grid.grid_score(code, value) == score


def test_every_score_has_a_label_and_the_top_one_states_the_threshold():
    for code, (_direction, bands, labels) in grid.GRID.items():
        assert {score for _bound, score in bands} == set(labels), code
        assert bands[0][1] == 5, code
    assert grid.band_labels("similar_projects")[5] == "Three or more"
    assert grid.band_labels("quality_pass_rate")[5] == "95% or more"
    assert grid.band_labels("response_hours")[5] == "24 hours or less"
    assert grid.band_labels("satisfaction")[5] == "90% or more"


def test_bad_input():
    with pytest.raises(KeyError):
        grid.grid_score("made_up", 1)
    with pytest.raises(ValueError):
        grid.grid_score("satisfaction", None)
