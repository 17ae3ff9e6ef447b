"""Unit tests of inspection results from checklist answers and sampling (no database)."""

import pytest

from odoo.addons.labor_outsourcing_quality.tools.inspection import (
    Answer,
    answer_conforms,
    fixed_sample,
    inspection_result,
    measure_conforms,
    split_choices,
)

PASS = Answer("pass_fail", verdict="pass")
FAIL = Answer("pass_fail", verdict="fail")
UNANSWERED = Answer("pass_fail")


def test_pass_fail():
    assert answer_conforms(PASS) is True
    assert answer_conforms(FAIL) is False
    assert answer_conforms(UNANSWERED) is None


@pytest.mark.parametrize(
    "value, conforms",
    [(10.0, True), (10.5, True), (9.5, True), (10.1 + 0.4, True), (10.51, False), (9.49, False)],
)
def test_measure_within_tolerance(value, conforms):
    assert measure_conforms(value, 10.0, 0.5) is conforms
    assert answer_conforms(Answer("measure", value=value, target=10.0, tolerance=0.5)) is conforms


def test_measure_zero_is_a_value():
    assert answer_conforms(Answer("measure", value=0.0, target=0.0, tolerance=0.0)) is True
    assert answer_conforms(Answer("measure", value=None, target=0.0)) is None
    with pytest.raises(ValueError):
        measure_conforms(1.0, 1.0, -0.1)


def test_choice():
    accepted = split_choices(" Clean, Acceptable ,, ")
    assert accepted == ("Clean", "Acceptable")
    assert answer_conforms(Answer("choice", choice="acceptable", accepted_choices=accepted)) is True
    assert answer_conforms(Answer("choice", choice="Dirty", accepted_choices=accepted)) is False
    assert answer_conforms(Answer("choice", choice="", accepted_choices=accepted)) is None


def test_photo_required():
    assert answer_conforms(PASS._replace(photo_required=True)) is None
    assert answer_conforms(PASS._replace(photo_required=True, has_photo=True)) is True
    assert answer_conforms(FAIL._replace(photo_required=True, has_photo=True)) is False


def test_unknown_kind():
    with pytest.raises(ValueError):
        answer_conforms(Answer("essay"))


def test_result():
    assert inspection_result([PASS, PASS]).result == "passed"
    result = inspection_result([PASS, FAIL, UNANSWERED])
    assert (result.result, result.failed_items, result.missing_items) == ("failed", (1,), (2,))
    assert inspection_result([PASS, UNANSWERED]).result is None
    assert inspection_result([]).result is None


def test_result_with_sampling():
    assert inspection_result([PASS], lot_accepted=True).result == "passed"
    assert inspection_result([PASS], lot_accepted=False).result == "failed"
    assert inspection_result([UNANSWERED], lot_accepted=False).result == "failed"
    assert inspection_result([], lot_accepted=True).result == "passed", "sampling only"
    assert inspection_result([], lot_accepted=False).lot_accepted is False


def test_fixed_sample():
    assert fixed_sample(40, 8) == 8
    assert fixed_sample(5, 8) == 5
    with pytest.raises(ValueError):
        fixed_sample(-1, 8)
