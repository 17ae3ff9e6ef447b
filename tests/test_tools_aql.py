"""Unit tests of the ISO 2859-1:1999 sampling plans and switching rules (no database)."""

import inspect
import json
import math

import pytest

from odoo.addons.labor_outsourcing_quality.tools import aql

LETTERS = "ABCDEFGHJKLMNPQR"
# One lot size in each lot-size range of Table 1, smallest first.
LOT_PER_RANGE = (5, 12, 20, 40, 70, 120, 200, 400, 1000, 2000, 5000, 20000, 100000, 300000, 600000)


# ------------------------------------------------------------------------------------
# Table 1: sample size code letters
# ------------------------------------------------------------------------------------

LEVEL_II_BOUNDARIES = [
    (2, 8, "A"),
    (9, 15, "B"),
    (16, 25, "C"),
    (26, 50, "D"),
    (51, 90, "E"),
    (91, 150, "F"),
    (151, 280, "G"),
    (281, 500, "H"),
    (501, 1200, "J"),
    (1201, 3200, "K"),
    (3201, 10000, "L"),
    (10001, 35000, "M"),
    (35001, 150000, "N"),
    (150001, 500000, "P"),
    (500001, 10**9, "Q"),
]


@pytest.mark.parametrize("lowest, highest, letter", LEVEL_II_BOUNDARIES)
def test_code_letter_level_ii_boundaries(lowest, highest, letter):
    assert aql.code_letter(lowest) == letter
    assert aql.code_letter(highest, "II") == letter
    if lowest > 2:
        assert aql.code_letter(lowest - 1) != letter  # the range really starts there


@pytest.mark.parametrize(
    "lot_size, level, letter",
    [
        (500, "II", "H"),
        (1000, "I", "G"),
        (1000, "III", "K"),
        (2, "III", "B"),
        (600000, "III", "R"),
        (600000, "I", "N"),
        # special levels
        (8, "S-1", "A"),
        (50, "S-1", "A"),
        (51, "S-1", "B"),
        (100000, "S-1", "D"),
        (100000, "S-2", "E"),
        (100000, "S-3", "G"),
        (100000, "S-4", "J"),
        (500001, "S-3", "H"),
        (500001, "S-4", "K"),
        (3200, "S-2", "D"),
        (1200, "S-2", "C"),
        (26, "S-2", "B"),
        (16, "S-3", "B"),
        (91, "S-4", "D"),
        (500, "ii", "H"),  # case and spaces of the level are ignored
        (500, " s-4 ", "E"),
    ],
)
def test_code_letter_other_levels(lot_size, level, letter):
    assert aql.code_letter(lot_size, level) == letter


def test_table_1_is_complete_and_contiguous():
    previous_highest = 1
    for lowest, highest, *letters in aql.TABLE_1:
        assert lowest == previous_highest + 1
        assert len(letters) == len(aql.LEVELS)
        previous_highest = highest
    assert previous_highest is None  # the last range has no upper bound
    for column in range(len(aql.LEVELS)):  # letters never decrease with the lot size
        column_letters = [row[2 + column] for row in aql.TABLE_1]
        ranks = [LETTERS.index(x) for x in column_letters]
        assert ranks == sorted(ranks)


@pytest.mark.parametrize("lot_size", [1, 0, -5, 2.5, 100.0, "100", None, True])
def test_code_letter_rejects_bad_lot_sizes(lot_size):
    with pytest.raises(ValueError, match="lot size"):
        aql.code_letter(lot_size)


@pytest.mark.parametrize("level", ["IV", "S-5", "", None, 2])
def test_code_letter_rejects_unknown_levels(level):
    with pytest.raises(ValueError, match="inspection level"):
        aql.code_letter(100, level)


# ------------------------------------------------------------------------------------
# Sampling plans
# ------------------------------------------------------------------------------------


def test_examples_of_the_issue():
    assert aql.sampling_plan(500, 1.0) == ("H", 50, 1, 2)
    assert aql.sampling_plan(1000, 1.0, "II", "normal") == aql.SamplingPlan("J", 80, 2, 3)
    # J/0.065 is an arrow down: the first plan below is L's, with L's sample size
    assert aql.sampling_plan(1000, 0.065) == ("L", 200, 0, 1)


def test_plan_fields():
    plan = aql.sampling_plan(1000, 1.0)
    assert (plan.code_letter, plan.sample_size, plan.accept, plan.reject) == ("J", 80, 2, 3)


# The usual "AQL chart" of general level II, normal inspection: (n, Ac) per lot-size range.
LEVEL_II_NORMAL_CHART_AQLS = (0.65, 1.0, 1.5, 2.5, 4.0, 6.5)
LEVEL_II_NORMAL_CHART = [
    # lot    AQL 0.65    1.0         1.5         2.5         4.0         6.5
    (5, (20, 0), (13, 0), (8, 0), (5, 0), (3, 0), (2, 0)),  # 2-8
    (12, (20, 0), (13, 0), (8, 0), (5, 0), (3, 0), (2, 0)),  # 9-15
    (20, (20, 0), (13, 0), (8, 0), (5, 0), (3, 0), (8, 1)),  # 16-25
    (40, (20, 0), (13, 0), (8, 0), (5, 0), (13, 1), (8, 1)),  # 26-50
    (70, (20, 0), (13, 0), (8, 0), (20, 1), (13, 1), (13, 2)),  # 51-90
    (120, (20, 0), (13, 0), (32, 1), (20, 1), (20, 2), (20, 3)),  # 91-150
    (200, (20, 0), (50, 1), (32, 1), (32, 2), (32, 3), (32, 5)),  # 151-280
    (400, (80, 1), (50, 1), (50, 2), (50, 3), (50, 5), (50, 7)),  # 281-500
    (1000, (80, 1), (80, 2), (80, 3), (80, 5), (80, 7), (80, 10)),  # 501-1200
    (2000, (125, 2), (125, 3), (125, 5), (125, 7), (125, 10), (125, 14)),  # 1201-3200
    (5000, (200, 3), (200, 5), (200, 7), (200, 10), (200, 14), (200, 21)),  # 3201-10000
    (20000, (315, 5), (315, 7), (315, 10), (315, 14), (315, 21), (200, 21)),  # 10001-35000
    (100000, (500, 7), (500, 10), (500, 14), (500, 21), (315, 21), (200, 21)),  # 35001-150000
    (300000, (800, 10), (800, 14), (800, 21), (500, 21), (315, 21), (200, 21)),  # 150001-500000
    (600000, (1250, 14), (1250, 21), (800, 21), (500, 21), (315, 21), (200, 21)),  # 500001 and over
]


@pytest.mark.parametrize("lot_size, plans", [(row[0], row[1:]) for row in LEVEL_II_NORMAL_CHART])
def test_level_ii_normal_chart(lot_size, plans):
    found = [aql.table_plan(aql.code_letter(lot_size), value) for value in LEVEL_II_NORMAL_CHART_AQLS]
    assert [(plan.sample_size, plan.accept) for plan in found] == list(plans)
    assert all(plan.reject == plan.accept + 1 for plan in found)


@pytest.mark.parametrize(
    "lot_size, aql_value, level, expected",
    [
        (5000, 0.065, "II", ("L", 200, 0, 1)),  # a plan read directly
        (5000, 0.10, "II", ("K", 125, 0, 1)),  # L/0.10 arrow up: K's plan and sample size
        (120, 10, "II", ("F", 20, 5, 6)),
        (20000, 6.5, "II", ("L", 200, 21, 22)),  # M/6.5 arrow up: L's plan and sample size
        (600000, 0.010, "II", ("Q", 1250, 0, 1)),
        (600000, 0.010, "III", ("Q", 1250, 0, 1)),  # R/0.010 arrow up to Q
        (600000, 0.015, "III", ("P", 800, 0, 1)),  # R/0.015 arrow up through Q's arrow
        (600000, 0.025, "III", ("R", 2000, 1, 2)),
        (6, 10, "II", ("C", 5, 1, 2)),  # A/10 points down (nothing above row A)
        (200, 1000, "II", ("B", 3, 44, 45)),  # G/1000 arrow up to the last plan of B
        (5, 1000, "II", ("A", 2, 30, 31)),
        (100000, 2.5, "S-3", ("G", 32, 2, 3)),
        (100000, 2.5, "S-4", ("J", 80, 5, 6)),
        (100000, 0.65, "S-1", ("F", 20, 0, 1)),  # D/0.65 arrow down to F
    ],
)
def test_normal_plans(lot_size, aql_value, level, expected):
    assert aql.sampling_plan(lot_size, aql_value, level) == expected


def test_arrows_use_the_code_letter_and_sample_size_of_the_plan_found():
    assert aql.table_plan("L", 0.10) == ("K", 125, 0, 1)  # up
    assert aql.table_plan("J", 0.065) == ("L", 200, 0, 1)  # down, through K's arrow
    assert aql.table_plan("L", 0.065) == ("L", 200, 0, 1)  # a plan: no move


@pytest.mark.parametrize(
    "lot_size, aql_value, expected",
    [
        (10, 0.065, ("L", 10, 0, 1)),  # L, n = 200 >= 10: the whole lot
        (8, 1.0, ("E", 8, 0, 1)),
        (2, 6.5, ("A", 2, 0, 1)),  # n equals the lot size: 100 % too
        (60, 0.65, ("F", 20, 0, 1)),  # n < lot size: a real sample
        (20, 0.65, ("F", 20, 0, 1)),  # n == lot size
        (19, 0.65, ("F", 19, 0, 1)),
    ],
)
def test_full_inspection_when_the_sample_reaches_the_lot_size(lot_size, aql_value, expected):
    assert aql.sampling_plan(lot_size, aql_value) == expected


@pytest.mark.parametrize(
    "lot_size, aql_value, level, expected",
    [
        (1000, 1.0, "II", ("J", 80, 1, 2)),
        (1000, 0.65, "II", ("K", 125, 1, 2)),  # J/0.65 tightened: two arrows down to K
        (3000, 2.5, "II", ("K", 125, 5, 6)),
        (5000, 2.5, "II", ("L", 200, 8, 9)),
        (20000, 2.5, "II", ("M", 315, 12, 13)),
        (100000, 2.5, "II", ("N", 500, 18, 19)),
        (600000, 2.5, "II", ("N", 500, 18, 19)),  # arrow up from Q
        (600000, 0.025, "II", ("S", 3150, 1, 2)),  # Q -> R -> S: the only plan of row S
        (600000, 0.025, "III", ("S", 3150, 1, 2)),
        (600000, 0.010, "III", ("R", 2000, 0, 1)),
        (600000, 0.015, "III", ("Q", 1250, 0, 1)),  # R/0.015 points up
        (600000, 0.040, "III", ("R", 2000, 1, 2)),
        (200, 40, "II", ("G", 32, 18, 19)),
        (5, 1000, "II", ("A", 2, 27, 28)),
    ],
)
def test_tightened_plans(lot_size, aql_value, level, expected):
    assert aql.sampling_plan(lot_size, aql_value, level, "tightened") == expected


def test_tightened_row_a_and_row_s():
    assert aql.table_plan("A", 10, "tightened") == ("D", 8, 1, 2)  # no 0/1 plan in row A
    assert aql.table_plan("A", 6.5, "tightened") == ("B", 3, 0, 1)
    assert aql.table_plan("S", 0.025, "tightened") == ("S", 3150, 1, 2)
    with pytest.raises(ValueError, match="no plan"):
        aql.table_plan("S", 0.010, "tightened")
    with pytest.raises(ValueError, match="code letter"):
        aql.table_plan("S", 0.025, "normal")


@pytest.mark.parametrize(
    "lot_size, aql_value, expected",
    [
        (2000, 1.0, ("K", 50, 2, 3)),
        (2000, 4.0, ("K", 50, 6, 7)),  # 1999 edition: Re = Ac + 1 (formerly 5/8)
        (2000, 6.5, ("K", 50, 8, 9)),  # formerly 7/10
        (2000, 10, ("K", 50, 10, 11)),
        (20000, 6.5, ("L", 80, 10, 11)),  # M/6.5 arrow up to L
        (1000, 1.0, ("J", 32, 1, 2)),
        (500, 1.0, ("J", 32, 1, 2)),  # H/1.0: two arrows down to J
        (300, 0.65, ("K", 50, 1, 2)),
        (60, 1.0, ("E", 5, 0, 1)),
        (600000, 0.025, ("N", 200, 0, 1)),  # Q/0.025 points up (no plan below)
        (600000, 0.040, ("R", 800, 1, 2)),
        (120, 65, ("F", 8, 10, 11)),
    ],
)
def test_reduced_plans(lot_size, aql_value, expected):
    assert aql.sampling_plan(lot_size, aql_value, severity="reduced") == expected


def test_reduced_sample_sizes_and_small_lots():
    sizes = aql.MASTER_TABLES["reduced"].sample_sizes
    assert [sizes[x] for x in LETTERS] == [2, 2, 2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800]
    assert aql.sampling_plan(5, 10, severity="reduced") == ("D", 3, 1, 2)  # A/10 points down
    assert aql.sampling_plan(12, 15, severity="reduced") == ("C", 2, 1, 2)
    assert aql.sampling_plan(20, 6.5, severity="reduced") == ("E", 5, 1, 2)


def test_sample_sizes_of_normal_and_tightened_tables():
    sizes = aql.MASTER_TABLES["normal"].sample_sizes
    assert [sizes[x] for x in LETTERS] == [2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000]
    assert aql.MASTER_TABLES["tightened"].sample_sizes == dict(sizes, S=3150)


@pytest.mark.parametrize("severity", aql.SEVERITIES)
def test_every_cell_leads_to_a_plan_with_re_equal_to_ac_plus_one(severity):
    for letter in LETTERS:
        for value in aql.AQL_VALUES:
            plan = aql.table_plan(letter, value, severity)
            assert plan.reject == plan.accept + 1, (severity, letter, value)
            assert plan.sample_size == aql.MASTER_TABLES[severity].sample_sizes[plan.code_letter]


# Every cell of the three master tables once the arrows are followed: the code letter of the
# plan used and its Ac (Re = Ac + 1; n is the sample size of that letter in that table), one
# token per AQL of aql.AQL_LABELS. Cross-checked cell by cell, when written, against two
# independent transcriptions: GB/T 2828.1-2012 (identical to ISO 2859-1:1999; the 1248 cells
# agree except tightened A/10, see aql.py) and ANSI/ASQ Z1.4 (normal and tightened agree
# everywhere; Z1.4 keeps the pre-1999 reduced table, whose Ac/Re gap plans were replaced).
RESOLVED_TABLES = {
    "normal": {
        "A": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 C0 B0 A0 C1 B1 A1 A2 A3 A5 A7 A10 A14 A21 A30",
        "B": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 C0 B0 A0 C1 B1 B2 B3 B5 B7 B10 B14 B21 B30 B44",
        "C": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 C0 B0 D1 C1 C2 C3 C5 C7 C10 C14 C21 C30 C44 B44",
        "D": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 C0 E1 D1 D2 D3 D5 D7 D10 D14 D21 D30 D44 C44 B44",
        "E": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 F1 E1 E2 E3 E5 E7 E10 E14 E21 E30 E44 D44 C44 B44",
        "F": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 G1 F1 F2 F3 F5 F7 F10 F14 F21 E21 E30 E44 D44 C44 B44",
        "G": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 H1 G1 G2 G3 G5 G7 G10 G14 G21 F21 E21 E30 E44 D44 C44 B44",
        "H": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 J1 H1 H2 H3 H5 H7 H10 H14 H21 G21 F21 E21 E30 E44 D44 C44 B44",
        "J": "Q0 P0 N0 M0 L0 K0 J0 H0 K1 J1 J2 J3 J5 J7 J10 J14 J21 H21 G21 F21 E21 E30 E44 D44 C44 B44",
        "K": "Q0 P0 N0 M0 L0 K0 J0 L1 K1 K2 K3 K5 K7 K10 K14 K21 J21 H21 G21 F21 E21 E30 E44 D44 C44 B44",
        "L": "Q0 P0 N0 M0 L0 K0 M1 L1 L2 L3 L5 L7 L10 L14 L21 K21 J21 H21 G21 F21 E21 E30 E44 D44 C44 B44",
        "M": "Q0 P0 N0 M0 L0 N1 M1 M2 M3 M5 M7 M10 M14 M21 L21 K21 J21 H21 G21 F21 E21 E30 E44 D44 C44 B44",
        "N": "Q0 P0 N0 M0 P1 N1 N2 N3 N5 N7 N10 N14 N21 M21 L21 K21 J21 H21 G21 F21 E21 E30 E44 D44 C44 B44",
        "P": "Q0 P0 N0 Q1 P1 P2 P3 P5 P7 P10 P14 P21 N21 M21 L21 K21 J21 H21 G21 F21 E21 E30 E44 D44 C44 B44",
        "Q": "Q0 P0 R1 Q1 Q2 Q3 Q5 Q7 Q10 Q14 Q21 P21 N21 M21 L21 K21 J21 H21 G21 F21 E21 E30 E44 D44 C44 B44",
        "R": "Q0 P0 R1 R2 R3 R5 R7 R10 R14 R21 Q21 P21 N21 M21 L21 K21 J21 H21 G21 F21 E21 E30 E44 D44 C44 B44",
    },
    "tightened": {
        "A": "R0 Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 C0 B0 D1 C1 B1 A1 A2 A3 A5 A8 A12 A18 A27",
        "B": "R0 Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 C0 B0 D1 C1 B1 B2 B3 B5 B8 B12 B18 B27 B41",
        "C": "R0 Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 C0 E1 D1 C1 C2 C3 C5 C8 C12 C18 C27 C41 B41",
        "D": "R0 Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 F1 E1 D1 D2 D3 D5 D8 D12 D18 D27 D41 C41 B41",
        "E": "R0 Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 G1 F1 E1 E2 E3 E5 E8 E12 E18 E27 E41 D41 C41 B41",
        "F": "R0 Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 H1 G1 F1 F2 F3 F5 F8 F12 F18 E18 E27 E41 D41 C41 B41",
        "G": "R0 Q0 P0 N0 M0 L0 K0 J0 H0 G0 J1 H1 G1 G2 G3 G5 G8 G12 G18 F18 E18 E27 E41 D41 C41 B41",
        "H": "R0 Q0 P0 N0 M0 L0 K0 J0 H0 K1 J1 H1 H2 H3 H5 H8 H12 H18 G18 F18 E18 E27 E41 D41 C41 B41",
        "J": "R0 Q0 P0 N0 M0 L0 K0 J0 L1 K1 J1 J2 J3 J5 J8 J12 J18 H18 G18 F18 E18 E27 E41 D41 C41 B41",
        "K": "R0 Q0 P0 N0 M0 L0 K0 M1 L1 K1 K2 K3 K5 K8 K12 K18 J18 H18 G18 F18 E18 E27 E41 D41 C41 B41",
        "L": "R0 Q0 P0 N0 M0 L0 N1 M1 L1 L2 L3 L5 L8 L12 L18 K18 J18 H18 G18 F18 E18 E27 E41 D41 C41 B41",
        "M": "R0 Q0 P0 N0 M0 P1 N1 M1 M2 M3 M5 M8 M12 M18 L18 K18 J18 H18 G18 F18 E18 E27 E41 D41 C41 B41",
        "N": "R0 Q0 P0 N0 Q1 P1 N1 N2 N3 N5 N8 N12 N18 M18 L18 K18 J18 H18 G18 F18 E18 E27 E41 D41 C41 B41",
        "P": "R0 Q0 P0 R1 Q1 P1 P2 P3 P5 P8 P12 P18 N18 M18 L18 K18 J18 H18 G18 F18 E18 E27 E41 D41 C41 B41",
        "Q": "R0 Q0 S1 R1 Q1 Q2 Q3 Q5 Q8 Q12 Q18 P18 N18 M18 L18 K18 J18 H18 G18 F18 E18 E27 E41 D41 C41 B41",
        "R": "R0 Q0 S1 R1 R2 R3 R5 R8 R12 R18 Q18 P18 N18 M18 L18 K18 J18 H18 G18 F18 E18 E27 E41 D41 C41 B41",
    },
    "reduced": {
        "A": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 C0 B0 A0 D1 C1 A1 A2 A3 A5 A7 A10 A14 A21 A30",
        "B": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 C0 B0 A0 D1 C1 B1 B2 B3 B5 B7 B10 B14 B21 B30",
        "C": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 C0 B0 E1 D1 C1 C2 C3 C5 C6 C8 C10 C14 C21 B30",
        "D": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 C0 F1 E1 D1 D2 D3 D5 D6 D8 D10 D14 D21 C21 B30",
        "E": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 D0 G1 F1 E1 E2 E3 E5 E6 E8 E10 E14 E21 D21 C21 B30",
        "F": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 E0 H1 G1 F1 F2 F3 F5 F6 F8 F10 E10 E14 E21 D21 C21 B30",
        "G": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 F0 J1 H1 G1 G2 G3 G5 G6 G8 G10 F10 E10 E14 E21 D21 C21 B30",
        "H": "Q0 P0 N0 M0 L0 K0 J0 H0 G0 K1 J1 H1 H2 H3 H5 H6 H8 H10 G10 F10 E10 E14 E21 D21 C21 B30",
        "J": "Q0 P0 N0 M0 L0 K0 J0 H0 L1 K1 J1 J2 J3 J5 J6 J8 J10 H10 G10 F10 E10 E14 E21 D21 C21 B30",
        "K": "Q0 P0 N0 M0 L0 K0 J0 M1 L1 K1 K2 K3 K5 K6 K8 K10 J10 H10 G10 F10 E10 E14 E21 D21 C21 B30",
        "L": "Q0 P0 N0 M0 L0 K0 N1 M1 L1 L2 L3 L5 L6 L8 L10 K10 J10 H10 G10 F10 E10 E14 E21 D21 C21 B30",
        "M": "Q0 P0 N0 M0 L0 P1 N1 M1 M2 M3 M5 M6 M8 M10 L10 K10 J10 H10 G10 F10 E10 E14 E21 D21 C21 B30",
        "N": "Q0 P0 N0 M0 Q1 P1 N1 N2 N3 N5 N6 N8 N10 M10 L10 K10 J10 H10 G10 F10 E10 E14 E21 D21 C21 B30",
        "P": "Q0 P0 N0 R1 Q1 P1 P2 P3 P5 P6 P8 P10 N10 M10 L10 K10 J10 H10 G10 F10 E10 E14 E21 D21 C21 B30",
        "Q": "Q0 P0 N0 R1 Q1 Q2 Q3 Q5 Q6 Q8 Q10 P10 N10 M10 L10 K10 J10 H10 G10 F10 E10 E14 E21 D21 C21 B30",
        "R": "Q0 P0 N0 R1 R2 R3 R5 R6 R8 R10 Q10 P10 N10 M10 L10 K10 J10 H10 G10 F10 E10 E14 E21 D21 C21 B30",
    },
}


@pytest.mark.parametrize("severity", aql.SEVERITIES)
def test_every_cell_of_the_master_tables(severity):
    for letter, expected in RESOLVED_TABLES[severity].items():
        plans = [aql.table_plan(letter, value, severity) for value in aql.AQL_VALUES]
        assert " ".join(f"{plan.code_letter}{plan.accept}" for plan in plans) == expected, letter


@pytest.mark.parametrize("severity", aql.SEVERITIES)
def test_tables_are_monotonic(severity):
    """Down an AQL column the sample size never decreases; along a row Ac never does."""
    for value in aql.AQL_VALUES:
        sizes = [aql.table_plan(letter, value, severity).sample_size for letter in LETTERS]
        assert sizes == sorted(sizes), (severity, value)
    for letter in LETTERS:
        accepts = [aql.table_plan(letter, value, severity).accept for value in aql.AQL_VALUES]
        assert accepts == sorted(accepts), (severity, letter)


def _poisson_acceptance(plan, per_item):
    mean = plan.sample_size * per_item
    return sum(math.exp(-mean) * mean**k / math.factorial(k) for k in range(plan.accept + 1))


def test_tightened_plans_are_never_looser_than_normal_ones():
    for letter in LETTERS:
        for value in aql.AQL_VALUES:
            normal = aql.table_plan(letter, value, "normal")
            tightened = aql.table_plan(letter, value, "tightened")
            for step in range(1, 400, 3):
                per_item = step / 100  # nonconformities per item
                assert _poisson_acceptance(tightened, per_item) <= (_poisson_acceptance(normal, per_item) + 1e-12), (
                    letter,
                    value,
                    per_item,
                )


def test_acceptance_numbers_of_the_tables():
    def plans(severity):
        table = aql.MASTER_TABLES[severity]
        return {cell for row in table.rows.values() for cell in row if isinstance(cell, tuple)}

    assert {ac for ac, _re in plans("normal")} == {0, 1, 2, 3, 5, 7, 10, 14, 21, 30, 44}
    assert {ac for ac, _re in plans("tightened")} == {0, 1, 2, 3, 5, 8, 12, 18, 27, 41}
    assert {ac for ac, _re in plans("reduced")} == {0, 1, 2, 3, 5, 6, 7, 8, 10, 14, 21, 30}


@pytest.mark.parametrize("value", ["0.65", " 1.0 ", 1, 10, 1000, 0.010, "0.01"])
def test_aql_given_as_text_or_integer(value):
    assert aql.AQL_VALUES[aql.aql_index(value)] == float(value)


def test_every_preferred_aql_is_accepted():
    assert len(aql.AQL_VALUES) == 26
    for label, value in zip(aql.AQL_LABELS, aql.AQL_VALUES):
        assert aql.sampling_plan(1000, value) == aql.sampling_plan(1000, label)


@pytest.mark.parametrize("value", [0.5, 0, -1, 2.0, 7, 2000, 0.001, "abc", "", None, True, [1.0]])
def test_bad_aql_is_refused_with_the_accepted_values(value):
    with pytest.raises(ValueError) as error:
        aql.sampling_plan(1000, value)
    assert "0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5" in str(error.value)
    assert "0.010" in str(error.value) and "1000" in str(error.value)


@pytest.mark.parametrize("lot_size", [1, 0, -10, 50.0, "50", None])
def test_sampling_plan_rejects_bad_lot_sizes(lot_size):
    with pytest.raises(ValueError, match="lot size"):
        aql.sampling_plan(lot_size, 1.0)


def test_sampling_plan_rejects_unknown_levels_and_severities():
    with pytest.raises(ValueError, match="inspection level"):
        aql.sampling_plan(100, 1.0, "IV")
    for severity in ("strict", "", None, "Normal inspection"):
        with pytest.raises(ValueError, match="severity"):
            aql.sampling_plan(100, 1.0, "II", severity)
    tightened = aql.sampling_plan(100, 1.0, "II", "tightened")
    assert aql.sampling_plan(100, 1.0, "II", " Tightened ") == tightened


# ------------------------------------------------------------------------------------
# One AQL step tighter (switching score)
# ------------------------------------------------------------------------------------


def test_tighter_acceptance_number():
    assert aql.tighter_acceptance_number(1000, 1.0) == 1  # J 2/3 -> J/0.65 1/2
    assert aql.tighter_acceptance_number(20000, 6.5) == 14  # L 21/22 (arrow up) -> L/4.0 14/15
    assert aql.tighter_acceptance_number(1000, 0.65) is None  # Ac 1: not needed
    assert aql.tighter_acceptance_number(1000, 0.065) is None


def test_tighter_plan_exists_with_the_same_sample_for_every_ac_of_2_or_more():
    checked = 0
    for level in aql.LEVELS:
        for lot_size in LOT_PER_RANGE:
            for value in aql.AQL_VALUES:
                plan = aql.sampling_plan(lot_size, value, level)
                tighter = aql.tighter_acceptance_number(lot_size, value, level)
                if plan.accept < 2:
                    assert tighter is None
                else:
                    assert 1 <= tighter < plan.accept
                    checked += 1
    assert checked > 500


# ------------------------------------------------------------------------------------
# Switching rules
# ------------------------------------------------------------------------------------


def _run(results, state=None, ac=1, **conditions):
    """The states after each lot of ``results`` ("A" accepted, "R" not accepted; on
    normal inspection with Ac ``ac`` >= 2, "A" is also accepted one step tighter and "a"
    is not)."""
    state = state or aql.SwitchingState()
    states = []
    for result in results:
        accepted = result in "Aa"
        tighter = (result == "A") if accepted else None
        state = aql.next_severity(state, accepted, accepted_one_step_tighter=tighter, ac=ac, **conditions)
        states.append(state)
    return states


def test_initial_state():
    assert aql.SwitchingState() == ("normal", 0, (), 0, 0, False)


def test_normal_to_tightened_on_2_lots_not_accepted_within_5():
    states = _run("ARAR")
    assert [s.severity for s in states] == ["normal", "normal", "normal", "tightened"]
    assert states[-1] == aql.SwitchingState("tightened")
    assert _run("RR")[-1].severity == "tightened"
    assert _run("RAAAR")[-1].severity == "tightened"  # 2 in 5 consecutive lots


def test_two_lots_not_accepted_more_than_5_apart_stay_normal():
    states = _run("RAAAAR")
    assert [s.severity for s in states] == ["normal"] * 6
    assert states[-1].recent_results == (True, True, True, True, False)
    assert _run("R", states[-1])[-1].severity == "tightened"  # AAARR in the last 5


def test_tightened_back_to_normal_after_5_consecutive_accepted():
    tightened = aql.SwitchingState("tightened")
    states = _run("AAAA", tightened)
    assert [s.severity for s in states] == ["tightened"] * 4
    assert states[-1].consecutive_accepted == 4
    assert _run("A", states[-1])[-1] == aql.SwitchingState()  # normal, score 0
    # a lot not accepted restarts the count
    states = _run("AAAARAAAA", tightened)
    assert states[-1].severity == "tightened"
    assert states[-1].rejected_on_tightened == 1
    assert _run("A", states[-1])[-1].severity == "normal"


def test_discontinued_after_5_lots_not_accepted_on_tightened():
    states = _run("RARARARAR", aql.SwitchingState("tightened"))
    assert [s.rejected_on_tightened for s in states] == [1, 1, 2, 2, 3, 3, 4, 4, 5]
    assert not any(s.discontinued for s in states[:-1])
    last = states[-1]
    assert last.discontinued and last.severity == "tightened"
    with pytest.raises(ValueError, match="discontinued"):
        aql.next_severity(last, True)
    with pytest.raises(ValueError, match="discontinued"):
        aql.record_lot(last, 1000, 1.0, 0)
    assert aql.resume_inspection(last) == aql.SwitchingState("tightened")
    with pytest.raises(ValueError, match="Only a discontinued"):
        aql.resume_inspection(aql.SwitchingState("tightened"))


def test_discontinuation_counts_from_the_start_of_tightened_inspection():
    # back to normal after 5 accepts, then tightened again: the count starts over
    states = _run("RRRRAAAAARR", aql.SwitchingState("tightened"))
    assert states[3].rejected_on_tightened == 4
    assert states[8].severity == "normal"
    assert states[-1] == aql.SwitchingState("tightened")


def test_switching_score_arithmetic():
    # Ac 0 or 1: +2 per accepted lot, reset by a lot not accepted
    assert [s.switching_score for s in _run("AAARA", ac=1)] == [2, 4, 6, 0, 2]
    assert [s.switching_score for s in _run("AA", ac=0)] == [2, 4]
    # Ac >= 2: +3 when also accepted one step tighter, else reset
    assert [s.switching_score for s in _run("AAaA", ac=2)] == [3, 6, 0, 3]
    assert [s.switching_score for s in _run("AAR", ac=5)] == [3, 6, 0]


def test_normal_to_reduced_when_the_score_reaches_30():
    states = _run("A" * 15, ac=1)
    assert [s.severity for s in states] == ["normal"] * 14 + ["reduced"]
    assert states[13].switching_score == 28
    assert states[-1] == aql.SwitchingState("reduced")
    states = _run("A" * 10, ac=3)
    assert states[8].switching_score == 27 and states[8].severity == "normal"
    assert states[-1].severity == "reduced"


@pytest.mark.parametrize("condition", ["steady_production", "authority_approves"])
def test_no_reduced_inspection_without_steady_production_and_approval(condition):
    states = _run("A" * 17, ac=1, **{condition: False})
    assert [s.severity for s in states] == ["normal"] * 17
    assert states[-1].switching_score == 34  # the score keeps counting
    assert _run("A", states[-1], ac=1)[-1].severity == "reduced"  # once both hold


def test_reduced_back_to_normal():
    reduced = aql.SwitchingState("reduced")
    states = _run("AAA", reduced)
    assert [s.severity for s in states] == ["reduced"] * 3
    assert states[-1].consecutive_accepted == 3
    assert _run("R", states[-1])[-1] == aql.SwitchingState()  # one lot not accepted
    assert aql.next_severity(reduced, True, steady_production=False) == aql.SwitchingState()
    assert aql.next_severity(reduced, True, normal_requested=True) == aql.SwitchingState()
    # the switching score starts again from 0 on normal inspection
    assert [s.switching_score for s in _run("RAA", reduced)] == [0, 2, 4]


def test_ac_and_one_step_tighter_are_only_needed_on_normal_inspection():
    with pytest.raises(ValueError, match="ac"):
        aql.next_severity(aql.SwitchingState(), True)
    with pytest.raises(ValueError, match="accepted_one_step_tighter"):
        aql.next_severity(aql.SwitchingState(), True, ac=2)
    assert aql.next_severity(aql.SwitchingState(), False, ac=2).switching_score == 0
    assert aql.next_severity(aql.SwitchingState("tightened"), True).consecutive_accepted == 1
    assert aql.next_severity(aql.SwitchingState("reduced"), False).severity == "normal"


@pytest.mark.parametrize(
    "state, kwargs",
    [
        (aql.SwitchingState(), {"accepted": 1, "ac": 1}),
        (aql.SwitchingState(), {"accepted": False, "accepted_one_step_tighter": True, "ac": 2}),
        (aql.SwitchingState(), {"accepted": True, "ac": -1}),
        (aql.SwitchingState(), {"accepted": True, "ac": 2, "accepted_one_step_tighter": 1}),
        (aql.SwitchingState("strict"), {"accepted": True}),
        (aql.SwitchingState("normal", -1), {"accepted": True, "ac": 0}),
        (aql.SwitchingState("normal", 0, (True,) * 6), {"accepted": True, "ac": 0}),
        (aql.SwitchingState("normal", 0, [True]), {"accepted": True, "ac": 0}),
        (aql.SwitchingState("normal", discontinued=True), {"accepted": True, "ac": 0}),
        (("normal", 0, (), 0, 0, False), {"accepted": True, "ac": 0}),
    ],
)
def test_next_severity_rejects_invalid_input(state, kwargs):
    with pytest.raises(ValueError):
        aql.next_severity(state, **kwargs)


def test_next_severity_is_pure():
    state = aql.SwitchingState("normal", 4, (True, True), 2)
    new = aql.next_severity(state, True, ac=1)
    assert state == aql.SwitchingState("normal", 4, (True, True), 2)
    assert new == aql.SwitchingState("normal", 6, (True, True, True), 3)
    assert aql.next_severity(state, True, ac=1) == new


def test_record_lot_on_normal_inspection():
    # lot 1000, AQL 1.0: J, n = 80, Ac 2; one step tighter (0.65) J has Ac 1
    result = aql.record_lot(aql.SwitchingState(), 1000, 1.0, 1)
    assert result == (("J", 80, 2, 3), True, aql.SwitchingState("normal", 3, (True,), 1))
    result = aql.record_lot(result.state, 1000, 1.0, 2)  # accepted, not one step tighter
    assert result.accepted and result.state.switching_score == 0
    result = aql.record_lot(result.state, 1000, 1.0, 3)
    assert not result.accepted and result.state.recent_results == (True, True, False)
    result = aql.record_lot(result.state, 1000, 0.65, 1)  # Ac 1: +2
    assert result.plan == ("J", 80, 1, 2) and result.state.switching_score == 2


def test_record_lot_uses_the_table_of_the_current_severity():
    tightened = aql.record_lot(aql.SwitchingState("tightened"), 1000, 1.0, 2)
    assert tightened.plan == ("J", 80, 1, 2) and not tightened.accepted
    assert tightened.state.rejected_on_tightened == 1
    reduced = aql.record_lot(aql.SwitchingState("reduced"), 1000, 1.0, 1, level="II")
    assert reduced.plan == ("J", 32, 1, 2) and reduced.accepted
    assert reduced.state.severity == "reduced"
    full = aql.record_lot(aql.SwitchingState(), 10, 0.065, 0)
    assert full.plan == ("L", 10, 0, 1) and full.accepted


def test_record_lot_drives_the_switching_rules():
    state = aql.SwitchingState()
    for nonconforming in (3, 0, 3):  # two lots not accepted in three
        state = aql.record_lot(state, 1000, 1.0, nonconforming).state
    assert state == aql.SwitchingState("tightened")
    for _lot in range(5):
        state = aql.record_lot(state, 1000, 1.0, 0).state
    assert state == aql.SwitchingState()
    for _lot in range(10):  # +3 ten times with Ac 2 and no nonconforming item
        state = aql.record_lot(state, 1000, 1.0, 0).state
    assert state == aql.SwitchingState("reduced")
    state = aql.record_lot(state, 1000, 1.0, 2).state  # reduced J: n = 32, Ac 1
    assert state == aql.SwitchingState()


@pytest.mark.parametrize("nonconforming", [-1, 1.0, None, True])
def test_record_lot_rejects_bad_counts(nonconforming):
    with pytest.raises(ValueError, match="nonconforming"):
        aql.record_lot(aql.SwitchingState(), 1000, 1.0, nonconforming)


# ------------------------------------------------------------------------------------
# Serialisation
# ------------------------------------------------------------------------------------


def test_state_round_trips_through_json():
    state = aql.SwitchingState("tightened", 0, (True, False, True), 1, 1, False)
    data = aql.state_to_dict(state)
    assert data == {
        "severity": "tightened",
        "switching_score": 0,
        "recent_results": [True, False, True],
        "consecutive_accepted": 1,
        "rejected_on_tightened": 1,
        "discontinued": False,
    }
    assert aql.state_from_dict(json.loads(json.dumps(data))) == state


def test_state_from_dict_defaults():
    assert aql.state_from_dict(None) == aql.SwitchingState()
    assert aql.state_from_dict({}) == aql.SwitchingState()
    assert aql.state_from_dict({"severity": "reduced"}) == aql.SwitchingState("reduced")


@pytest.mark.parametrize(
    "data",
    [
        {"severity": "strict"},
        {"severity": "normal", "score": 3},
        {"switching_score": -2},
        {"switching_score": 1.5},
        {"recent_results": [True] * 6},
        {"recent_results": [1, 0]},
        {"recent_results": "AR"},
        {"discontinued": True},  # only tightened inspection can be discontinued
        {"discontinued": "no"},
        ["normal"],
    ],
)
def test_state_from_dict_rejects_invalid_data(data):
    with pytest.raises(ValueError):
        aql.state_from_dict(data)


def test_the_module_is_pure_python():
    source = inspect.getsource(aql)
    assert "import odoo" not in source and "from odoo" not in source
    assert "env[" not in source and ".cr" not in source
