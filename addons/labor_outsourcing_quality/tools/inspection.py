# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Results of inspections from their checklist answers and sampling (no database access).

A checklist item is one of:

* ``pass_fail``: the inspector answers ``pass`` or ``fail``;
* ``measure``: a measured value conforms when ``|value - target| <= tolerance``;
* ``choice``: a choice from a list conforms when it is one of the accepted choices.

An item that requires a photo is not complete without one. An inspection passes when
every answer conforms and the sampling decision (if any) accepts the lot; it fails as
soon as one answer does not conform or the lot is not accepted.
"""

from typing import NamedTuple

KINDS = ("pass_fail", "measure", "choice")
#: Slack for measured values stored as binary floats (e.g. 10.1 - 10.0 > 0.1).
EPSILON = 1e-9


class Answer(NamedTuple):
    """One answer: ``kind`` of its item and what the inspector recorded."""

    kind: str
    verdict: str | None = None  # pass_fail: "pass" / "fail" / None (not answered)
    value: float | None = None  # measure: the measured value, None if not measured
    target: float = 0.0
    tolerance: float = 0.0
    choice: str | None = None  # choice: the option chosen
    accepted_choices: tuple[str, ...] = ()
    photo_required: bool = False
    has_photo: bool = False


def split_choices(text: str | None) -> tuple[str, ...]:
    """The options of a comma-separated list, stripped, empty ones dropped."""
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


def measure_conforms(value: float, target: float, tolerance: float) -> bool:
    """``|value - target| <= tolerance`` (a negative tolerance raises ``ValueError``)."""
    if tolerance < 0:
        raise ValueError("A tolerance cannot be negative (%r)." % (tolerance,))
    return abs(value - target) <= tolerance + EPSILON


def answer_conforms(answer: Answer) -> bool | None:
    """``True`` / ``False`` for an answered item, ``None`` when it is not answered yet.
    A missing required photo leaves the answer incomplete (``None``)."""
    if answer.kind not in KINDS:
        raise ValueError("Unknown checklist item kind %r; expected one of %s." % (answer.kind, ", ".join(KINDS)))
    if answer.kind == "pass_fail":
        if answer.verdict not in ("pass", "fail"):
            return None
        conforms = answer.verdict == "pass"
    elif answer.kind == "measure":
        if answer.value is None:
            return None
        conforms = measure_conforms(answer.value, answer.target, answer.tolerance)
    else:
        if not answer.choice:
            return None
        conforms = answer.choice.strip().casefold() in {c.casefold() for c in answer.accepted_choices}
    if answer.photo_required and not answer.has_photo:
        return None
    return conforms


class InspectionResult(NamedTuple):
    """``result`` is ``passed``, ``failed`` or ``None`` (incomplete); ``failed_items`` and
    ``missing_items`` are the positions (0-based) of the answers concerned."""

    result: str | None
    failed_items: tuple[int, ...]
    missing_items: tuple[int, ...]
    lot_accepted: bool | None


def inspection_result(answers, lot_accepted: bool | None = None) -> InspectionResult:
    """The result of an inspection from its ``answers`` (:class:`Answer` values) and the
    sampling decision ``lot_accepted`` (``None`` when the inspection has no sampling).

    Failed as soon as an answer does not conform or the lot is not accepted (even while
    other answers are missing); passed when every answer conforms and the lot, if any, is
    accepted; otherwise incomplete (``None``). An inspection without answers and without
    sampling is incomplete."""
    verdicts = [answer_conforms(answer) for answer in answers]
    failed = tuple(i for i, v in enumerate(verdicts) if v is False)
    missing = tuple(i for i, v in enumerate(verdicts) if v is None)
    if failed or lot_accepted is False:
        result = "failed"
    elif missing or (not verdicts and lot_accepted is None):
        result = None
    else:
        result = "passed"
    return InspectionResult(result, failed, missing, lot_accepted)


def fixed_sample(lot_size: int, sample_size: int) -> int:
    """Items to inspect under a fixed-number plan: ``sample_size``, at most the lot."""
    if lot_size < 0 or sample_size < 0:
        raise ValueError("Lot and sample sizes cannot be negative.")
    return min(lot_size, sample_size)
