# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""ISO 2859-1:1999 single sampling plans and switching rules (no database access).

Sampling procedures for inspection by attributes, part 1: sampling schemes indexed by
acceptance quality limit (AQL) for lot-by-lot inspection, single sampling only. The same
tables are published as ANSI/ASQ Z1.4 (normal and tightened tables identical; Z1.4 keeps
the older reduced table with a gap between Ac and Re), GB/T 2828.1-2012 and IS 2500-1.

A plan is found in two steps:

1. Table 1 gives the *sample size code letter* of the lot size and inspection level
   (:func:`code_letter`);
2. the master table of the current severity (Table 2-A normal, 2-B tightened, 2-C
   reduced) gives, at that letter and the AQL, either a plan (Ac, Re) or an arrow. An
   arrow sends to the first plan below (v) or above (^) it in the same AQL column, and
   that plan's code letter and sample size are used (:func:`sampling_plan`). When the
   sample size reaches or exceeds the lot size, every item is inspected (100 %).

The lot is accepted when the number of nonconforming items (or of nonconformities, for
an AQL in nonconformities per 100 items) found in the sample is at most Ac, and not
accepted when it is at least Re. In the 1999 edition Re = Ac + 1 in every table.

The switching rules of clause 9 (normal, tightened, reduced, discontinuation) are kept in
a small immutable :class:`SwitchingState` that an inspection plan stores per vendor and
updates after each lot with :func:`next_severity` (or :func:`record_lot`, which also
finds the plan and decides the lot).
"""

from typing import NamedTuple

# --------------------------------------------------------------------------------------
# The standard's tables (data)
# --------------------------------------------------------------------------------------

#: Preferred AQL values, as printed at the head of Tables 2-A, 2-B and 2-C. AQLs up to 10
#: can be percent nonconforming or nonconformities per 100 items; above 10, only
#: nonconformities per 100 items.
AQL_LABELS = (
    "0.010",
    "0.015",
    "0.025",
    "0.040",
    "0.065",
    "0.10",
    "0.15",
    "0.25",
    "0.40",
    "0.65",
    "1.0",
    "1.5",
    "2.5",
    "4.0",
    "6.5",
    "10",
    "15",
    "25",
    "40",
    "65",
    "100",
    "150",
    "250",
    "400",
    "650",
    "1000",
)
AQL_VALUES = tuple(float(label) for label in AQL_LABELS)

LEVELS = ("S-1", "S-2", "S-3", "S-4", "I", "II", "III")
SEVERITIES = ("normal", "tightened", "reduced")

#: Table 1 - Sample size code letters: (lowest lot size, highest lot size or None for
#: "and over", then the letter of each level in the order of LEVELS).
TABLE_1 = (
    # lot size          S-1  S-2  S-3  S-4   I    II   III
    (2, 8, "A", "A", "A", "A", "A", "A", "B"),
    (9, 15, "A", "A", "A", "A", "A", "B", "C"),
    (16, 25, "A", "A", "B", "B", "B", "C", "D"),
    (26, 50, "A", "B", "B", "C", "C", "D", "E"),
    (51, 90, "B", "B", "C", "C", "C", "E", "F"),
    (91, 150, "B", "B", "C", "D", "D", "F", "G"),
    (151, 280, "B", "C", "D", "E", "E", "G", "H"),
    (281, 500, "B", "C", "D", "E", "F", "H", "J"),
    (501, 1200, "C", "C", "E", "F", "G", "J", "K"),
    (1201, 3200, "C", "D", "E", "G", "H", "K", "L"),
    (3201, 10000, "C", "D", "F", "G", "J", "L", "M"),
    (10001, 35000, "C", "D", "F", "H", "K", "M", "N"),
    (35001, 150000, "D", "E", "G", "J", "L", "N", "P"),
    (150001, 500000, "D", "E", "G", "J", "M", "P", "Q"),
    (500001, None, "D", "E", "H", "K", "N", "Q", "R"),
)

# Master tables, laid out as printed: one row per code letter with its sample size n, one
# column per AQL of AQL_LABELS. A cell is "Ac/Re", "v" (use the first plan below the
# arrow), "^" (use the first plan above the arrow) or "-" (no plan: row S of Table 2-B
# only has a plan at AQL 0.025, reached from rows Q and R through arrows).
# Where the printed arrows break the diagonal pattern (corners of the tables):
# - 2-A and 2-C: A/10 points down (there is no row above A);
# - 2-B: row A has no 0/1 plan, A/10 points down to D (8 items, 1/2) as in ANSI/ASQ Z1.4
#   and MIL-STD-105E, so that every tightened plan is at least as tight as the normal one;
# - the first cells of row R point up where no plan lies below them (2-A R/0.015, 2-B
#   R/0.015, 2-C R/0.010 to R/0.025 and Q/0.025).

_TABLE_2A_TEXT = """
Table 2-A - Single sampling plans for normal inspection (master table)
code    n 0.010 0.015 0.025 0.040 0.065  0.10  0.15  0.25  0.40  0.65   1.0   1.5   2.5   4.0   6.5    10    15    25    40    65   100   150   250   400   650  1000
A       2     v     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22 30/31
B       3     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22 30/31 44/45
C       5     v     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22 30/31 44/45     ^
D       8     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22 30/31 44/45     ^     ^
E      13     v     v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22 30/31 44/45     ^     ^     ^
F      20     v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^
G      32     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^     ^
H      50     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^     ^     ^
J      80     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^     ^     ^     ^
K     125     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
L     200     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
M     315     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
N     500     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
P     800     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
Q    1250   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
R    2000     ^     ^   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
"""

_TABLE_2B_TEXT = """
Table 2-B - Single sampling plans for tightened inspection (master table)
code    n 0.010 0.015 0.025 0.040 0.065  0.10  0.15  0.25  0.40  0.65   1.0   1.5   2.5   4.0   6.5    10    15    25    40    65   100   150   250   400   650  1000
A       2     v     v     v     v     v     v     v     v     v     v     v     v     v     v     v     v     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19 27/28
B       3     v     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19 27/28 41/42
C       5     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19 27/28 41/42     ^
D       8     v     v     v     v     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19 27/28 41/42     ^     ^
E      13     v     v     v     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19 27/28 41/42     ^     ^     ^
F      20     v     v     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^     ^
G      32     v     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^     ^     ^
H      50     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^     ^     ^     ^
J      80     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^     ^     ^     ^     ^
K     125     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
L     200     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
M     315     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
N     500     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
P     800     v     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
Q    1250     v   0/1     v     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
R    2000   0/1     ^     v   1/2   2/3   3/4   5/6   8/9 12/13 18/19     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
S    3150     -     -   1/2     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -
"""

# Table 2-C of the 1999 edition: Re = Ac + 1 everywhere (the acceptance/rejection gap of
# the earlier reduced table, still in ANSI/ASQ Z1.4, was removed), and its own sample
# sizes per code letter (A, B and C all take 2 items).
_TABLE_2C_TEXT = """
Table 2-C - Single sampling plans for reduced inspection (master table)
code    n 0.010 0.015 0.025 0.040 0.065  0.10  0.15  0.25  0.40  0.65   1.0   1.5   2.5   4.0   6.5    10    15    25    40    65   100   150   250   400   650  1000
A       2     v     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     v     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22 30/31
B       2     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22 30/31
C       2     v     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11 14/15 21/22     ^
D       3     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11 14/15 21/22     ^     ^
E       5     v     v     v     v     v     v     v     v     v     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11 14/15 21/22     ^     ^     ^
F       8     v     v     v     v     v     v     v     v     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11     ^     ^     ^     ^     ^     ^
G      13     v     v     v     v     v     v     v     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11     ^     ^     ^     ^     ^     ^     ^
H      20     v     v     v     v     v     v     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11     ^     ^     ^     ^     ^     ^     ^     ^
J      32     v     v     v     v     v     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11     ^     ^     ^     ^     ^     ^     ^     ^     ^
K      50     v     v     v     v     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
L      80     v     v     v     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
M     125     v     v     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
N     200     v     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
P     315     v   0/1     ^     v     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
Q     500   0/1     ^     ^     v   1/2   2/3   3/4   5/6   6/7   8/9 10/11     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
R     800     ^     ^     ^   1/2   2/3   3/4   5/6   6/7   8/9 10/11     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^
"""

DOWN = "down"
UP = "up"
_TOKENS = {"v": DOWN, "^": UP, "-": None}


def _parse_master_table(text):
    """``(sample sizes by code letter, cells by code letter)`` of a master table's text;
    a cell is an ``(Ac, Re)`` tuple, :data:`DOWN`, :data:`UP` or ``None`` (no plan)."""
    lines = [line.split() for line in text.strip().splitlines()[1:]]
    header, rows = lines[0], lines[1:]
    if tuple(header[2:]) != AQL_LABELS:
        raise ValueError("Master table columns differ from AQL_LABELS: %r" % header)
    sizes, cells = {}, {}
    for row in rows:
        letter, size, tokens = row[0], int(row[1]), row[2:]
        if len(tokens) != len(AQL_LABELS):
            raise ValueError("Row %s of a master table has %d cells." % (letter, len(tokens)))
        sizes[letter] = size
        cells[letter] = tuple(
            _TOKENS[token] if token in _TOKENS else tuple(int(x) for x in token.split("/")) for token in tokens
        )
    return sizes, cells


class MasterTable(NamedTuple):
    """A master table: its name, the sample size of each code letter and, per code
    letter (in the table's order), one cell per AQL of :data:`AQL_VALUES`."""

    name: str
    sample_sizes: dict[str, int]
    rows: dict[str, tuple]


#: The master tables by severity.
MASTER_TABLES = {
    severity: MasterTable(text.strip().splitlines()[0].split(" - ")[0], *_parse_master_table(text))
    for severity, text in (
        ("normal", _TABLE_2A_TEXT),
        ("tightened", _TABLE_2B_TEXT),
        ("reduced", _TABLE_2C_TEXT),
    )
}

# --------------------------------------------------------------------------------------
# Sampling plans
# --------------------------------------------------------------------------------------


class SamplingPlan(NamedTuple):
    """A single sampling plan: draw ``sample_size`` items; accept the lot with at most
    ``accept`` nonconforming items (Ac), do not accept it with ``reject`` (Re) or more.

    ``code_letter`` is the letter of the plan actually used, after following the table's
    arrows; ``sample_size`` equals the lot size when the whole lot is inspected."""

    code_letter: str
    sample_size: int
    accept: int
    reject: int


def _check_lot_size(lot_size):
    if isinstance(lot_size, bool) or not isinstance(lot_size, int) or lot_size < 2:
        raise ValueError("The lot size must be an integer of at least 2 (ISO 2859-1 Table 1), not %r." % (lot_size,))
    return lot_size


def _check_level(level):
    normalized = level.strip().upper() if isinstance(level, str) else level
    if normalized not in LEVELS:
        raise ValueError("Unknown inspection level %r; expected one of %s." % (level, ", ".join(LEVELS)))
    return normalized


def _check_severity(severity):
    normalized = severity.strip().lower() if isinstance(severity, str) else severity
    if normalized not in SEVERITIES:
        raise ValueError("Unknown severity %r; expected one of %s." % (severity, ", ".join(SEVERITIES)))
    return normalized


def aql_index(aql: float | str) -> int:
    """Position of ``aql`` (a number or its text, e.g. ``0.65`` or ``"0.65"``) in
    :data:`AQL_VALUES`; raises ``ValueError`` for anything but a preferred AQL value."""
    value = None
    if isinstance(aql, str):
        try:
            value = float(aql)
        except ValueError:
            value = None
    elif isinstance(aql, (int, float)) and not isinstance(aql, bool):
        value = float(aql)
    if value is not None:
        for index, preferred in enumerate(AQL_VALUES):
            if abs(value - preferred) <= 1e-9 * preferred:
                return index
    raise ValueError(
        "AQL %r is not one of the preferred values of ISO 2859-1 (Tables 2-A to 2-C): %s."
        % (aql, ", ".join(AQL_LABELS))
    )


def code_letter(lot_size: int, level: str = "II") -> str:
    """The sample size code letter of ISO 2859-1 Table 1 for ``lot_size`` (an integer
    >= 2) at inspection ``level`` (``S-1`` to ``S-4``, ``I``, ``II`` or ``III``).

    Raises ``ValueError`` for a lot size below 2 or not an integer, or an unknown level.
    """
    _check_lot_size(lot_size)
    column = LEVELS.index(_check_level(level))
    for lowest, highest, *letters in TABLE_1:
        if lowest <= lot_size and (highest is None or lot_size <= highest):
            return letters[column]
    raise AssertionError("Table 1 covers every lot size from 2 up.")  # pragma: no cover


def table_plan(letter: str, aql: float | str, severity: str = "normal") -> SamplingPlan:
    """The plan of master table ``severity`` at code letter ``letter`` and ``aql``, after
    following the arrows: the first plan below a "v" or above a "^" in the same AQL
    column, with the code letter and sample size of that plan. No lot-size adjustment.

    Raises ``ValueError`` for an unknown letter, AQL or severity, or a cell without plan.
    """
    table = MASTER_TABLES[_check_severity(severity)]
    column = aql_index(aql)
    letters = list(table.rows)
    if letter not in table.rows:
        raise ValueError(
            "Unknown code letter %r for %s; expected one of %s." % (letter, table.name, ", ".join(letters))
        )
    position = letters.index(letter)
    cell = table.rows[letter][column]
    if cell in (DOWN, UP):
        step = 1 if cell == DOWN else -1
        position += step
        while 0 <= position < len(letters) and not isinstance(table.rows[letters[position]][column], tuple):
            position += step
        if not 0 <= position < len(letters):
            raise ValueError(  # pragma: no cover - the tables' arrows always end at a plan
                "%s: the arrow at %s / AQL %s leads to no plan." % (table.name, letter, aql)
            )
    cell = table.rows[letters[position]][column]
    if not isinstance(cell, tuple):
        raise ValueError("%s has no plan at %s / AQL %s." % (table.name, letter, aql))
    found = letters[position]
    return SamplingPlan(found, table.sample_sizes[found], cell[0], cell[1])


def sampling_plan(lot_size: int, aql: float | str, level: str = "II", severity: str = "normal") -> SamplingPlan:
    """The ISO 2859-1:1999 single sampling plan of a lot.

    :param lot_size: number of items of the lot (integer >= 2)
    :param aql: a preferred AQL value of the tables (0.010 to 1000, see
        :data:`AQL_LABELS`), as a number or its text
    :param level: inspection level ``S-1`` ... ``S-4``, ``I``, ``II`` (default) or ``III``
    :param severity: ``normal`` (Table 2-A), ``tightened`` (2-B) or ``reduced`` (2-C)
    :return: a :class:`SamplingPlan` ``(code_letter, sample_size, accept, reject)``

    The code letter comes from Table 1. When the master table's cell is an arrow, the
    first plan below (or above) it is used, *with its own code letter and sample size*
    (the standard: the sample size is given by the new code letter, not the original
    one), e.g. lot 1000, AQL 0.065, level II: J -> L, n = 200, Ac 0, Re 1.

    100 % inspection: when the plan's sample size reaches or exceeds the lot size, the
    whole lot is inspected - ``sample_size`` is then the lot size, while the code letter,
    Ac and Re of the plan found are kept (e.g. lot 10, AQL 0.065: L, n = 10, Ac 0, Re 1).

    Raises ``ValueError`` for a lot size below 2 or not an integer, an AQL that is not a
    preferred value (the message lists them), an unknown level or severity.
    """
    aql_index(aql)
    severity = _check_severity(severity)
    plan = table_plan(code_letter(lot_size, level), aql, severity)
    if plan.sample_size >= lot_size:
        plan = plan._replace(sample_size=lot_size)
    return plan


def tighter_acceptance_number(lot_size: int, aql: float | str, level: str = "II") -> int | None:
    """Ac of the normal plan one AQL step tighter, for the switching score.

    Clause 9.3.3.2 adds 3 to the switching score for a lot accepted under a normal plan
    with Ac >= 2 only if the lot "would have been accepted if the AQL had been one step
    tighter". The lot's sample is the one of the normal plan actually used, so the tighter
    plan is read in the same row of Table 2-A (same code letter and sample size) one AQL
    column to the left; for Ac >= 2 that cell is always a plan. The lot would have been
    accepted if its number of nonconforming items is at most the returned Ac.

    Returns ``None`` when the normal plan's Ac is 0 or 1 (the score then adds 2 for an
    accepted lot and needs no tighter plan). Raises ``ValueError`` like
    :func:`sampling_plan`.
    """
    plan = sampling_plan(lot_size, aql, level, "normal")
    if plan.accept < 2:
        return None
    cell = MASTER_TABLES["normal"].rows[plan.code_letter][aql_index(aql) - 1]
    if not isinstance(cell, tuple):  # pragma: no cover - left of an Ac >= 2 plan is a plan
        raise AssertionError("Table 2-A has no plan left of %s / AQL %s." % (plan.code_letter, aql))
    return cell[0]


# --------------------------------------------------------------------------------------
# Switching rules (clause 9)
# --------------------------------------------------------------------------------------

#: Lots looked back on for the normal -> tightened rule (2 not accepted in 5 or fewer).
WINDOW = 5
#: Switching score from which normal inspection may switch to reduced (9.3.3).
REDUCED_SCORE = 30
#: Consecutive accepted lots that bring tightened inspection back to normal (9.3.2).
TIGHTENED_TO_NORMAL = 5
#: Lots not accepted while on tightened inspection that discontinue the inspection (9.4).
DISCONTINUE_AFTER = 5


class SwitchingState(NamedTuple):
    """Where a vendor (or a product) stands in the switching rules of ISO 2859-1 clause 9.

    ``SwitchingState()`` is the start: normal inspection, score 0.

    * ``severity``: ``normal``, ``tightened`` or ``reduced`` - the table of the next lot;
    * ``switching_score``: the score of 9.3.3 (meaningful on normal inspection only; set to
      0 at every change of severity, so it always starts at 0 on a return to normal);
    * ``recent_results``: results on original inspection of the last lots inspected since
      the last change of severity, ``True`` for an accepted lot, newest last, at most
      :data:`WINDOW` of them;
    * ``consecutive_accepted``: lots accepted in a row since the last change of severity
      or the last lot not accepted;
    * ``rejected_on_tightened``: lots not accepted since tightened inspection started
      (cumulative, not necessarily in a row); 0 on normal and reduced inspection;
    * ``discontinued``: inspection under the standard is discontinued (9.4) - no lot may
      be accepted under it until the vendor has improved and :func:`resume_inspection` is
      called by the responsible authority.
    """

    severity: str = "normal"
    switching_score: int = 0
    recent_results: tuple[bool, ...] = ()
    consecutive_accepted: int = 0
    rejected_on_tightened: int = 0
    discontinued: bool = False


def _is_count(value):
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check_state(state):
    if not isinstance(state, SwitchingState):
        raise ValueError("Expected a SwitchingState, not %r." % (state,))
    _check_severity(state.severity)
    if state.severity != state.severity.strip().lower():
        raise ValueError("Severity %r must be lower case." % (state.severity,))
    counters = (state.switching_score, state.consecutive_accepted, state.rejected_on_tightened)
    if not all(_is_count(value) for value in counters):
        raise ValueError("The counters of a SwitchingState must be integers >= 0: %r." % (state,))
    if (
        not isinstance(state.recent_results, tuple)
        or len(state.recent_results) > WINDOW
        or not all(isinstance(result, bool) for result in state.recent_results)
    ):
        raise ValueError(
            "recent_results must be a tuple of at most %d booleans, not %r." % (WINDOW, state.recent_results)
        )
    if not isinstance(state.discontinued, bool):
        raise ValueError("discontinued must be a boolean, not %r." % (state.discontinued,))
    if state.discontinued and state.severity != "tightened":
        raise ValueError("Only tightened inspection can be discontinued: %r." % (state,))
    return state


def _check_not_discontinued(state):
    if state.discontinued:
        raise ValueError(
            "Inspection under ISO 2859-1 is discontinued (9.4): resume it with "
            "resume_inspection() once the vendor's corrective action is accepted."
        )


def next_severity(
    state: SwitchingState,
    accepted: bool,
    accepted_one_step_tighter: bool | None = None,
    ac: int | None = None,
    steady_production: bool = True,
    authority_approves: bool = True,
    normal_requested: bool = False,
) -> SwitchingState:
    """The switching state after one more lot on *original* inspection (ISO 2859-1:1999
    clause 9). Resubmitted lots must not be passed here (9.3). Pure: ``state`` is left as
    it is and a new :class:`SwitchingState` is returned.

    :param state: the :class:`SwitchingState` the lot was inspected under
    :param accepted: whether the lot was accepted
    :param accepted_one_step_tighter: normal inspection, lot accepted with ``ac >= 2``
        only (required then): whether the lot would also have been accepted at the AQL
        one step tighter (see :func:`tighter_acceptance_number`); ignored otherwise
    :param ac: normal inspection only (required then): the acceptance number of the plan
        the lot was inspected with; ignored otherwise
    :param steady_production: production is at a steady rate; needed to switch from
        normal to reduced, and its absence (irregular or delayed production) brings
        reduced inspection back to normal
    :param authority_approves: the responsible authority considers reduced inspection
        desirable; needed to switch from normal to reduced
    :param normal_requested: reduced inspection only: other conditions warrant that
        normal inspection be reinstated (9.3.4 c)

    The rules:

    * normal - switching score (9.3.3.2): a lot not accepted resets it to 0; an accepted
      lot adds 2 when Ac is 0 or 1, and when Ac >= 2 adds 3 if it would also have been
      accepted one AQL step tighter, otherwise resets it to 0. Then:

      - to **tightened** as soon as 2 of the last 5 or fewer consecutive lots (on normal
        inspection) are not accepted (9.3.1);
      - to **reduced** when the score reaches 30 and ``steady_production`` and
        ``authority_approves`` (9.3.3); otherwise normal inspection goes on and the
        score keeps counting;
    * tightened - to **normal** after 5 consecutive accepted lots (9.3.2); inspection is
      **discontinued** (``discontinued=True``, still tightened) when the lots not
      accepted since tightened inspection started reach 5 (9.4);
    * reduced - to **normal** when a lot is not accepted, or production is not steady,
      or ``normal_requested`` (9.3.4); otherwise reduced inspection goes on.

    Every change of severity starts afresh (score, results and counters at 0).

    Raises ``ValueError`` for an invalid state, a discontinued state (see
    :func:`resume_inspection`), a non-boolean ``accepted``, a lot accepted one step
    tighter but not accepted, or a missing ``ac`` / ``accepted_one_step_tighter`` on
    normal inspection.
    """
    _check_state(state)
    _check_not_discontinued(state)
    if not isinstance(accepted, bool):
        raise ValueError("accepted must be a boolean, not %r." % (accepted,))
    if accepted_one_step_tighter is True and not accepted:
        raise ValueError("A lot not accepted cannot be accepted one AQL step tighter.")
    results = (state.recent_results + (accepted,))[-WINDOW:]
    consecutive = state.consecutive_accepted + 1 if accepted else 0

    if state.severity == "normal":
        if not _is_count(ac):
            raise ValueError(
                "On normal inspection, ac (the acceptance number of the plan used) is needed "
                "for the switching score; got %r." % (ac,)
            )
        if not accepted:
            score = 0
        elif ac >= 2:
            if not isinstance(accepted_one_step_tighter, bool):
                raise ValueError(
                    "On normal inspection with Ac >= 2, accepted_one_step_tighter (would the lot "
                    "have been accepted one AQL step tighter?) is needed; got %r." % (accepted_one_step_tighter,)
                )
            score = state.switching_score + 3 if accepted_one_step_tighter else 0
        else:
            score = state.switching_score + 2
        if results.count(False) >= 2:
            return SwitchingState("tightened")
        if score >= REDUCED_SCORE and steady_production and authority_approves:
            return SwitchingState("reduced")
        return SwitchingState("normal", score, results, consecutive)

    if state.severity == "tightened":
        rejected = state.rejected_on_tightened + (0 if accepted else 1)
        if consecutive >= TIGHTENED_TO_NORMAL:
            return SwitchingState("normal")
        return SwitchingState("tightened", 0, results, consecutive, rejected, rejected >= DISCONTINUE_AFTER)

    # reduced
    if not accepted or not steady_production or normal_requested:
        return SwitchingState("normal")
    return SwitchingState("reduced", 0, results, consecutive)


def resume_inspection(state: SwitchingState) -> SwitchingState:
    """The state after the responsible authority resumes a discontinued inspection
    (9.4): tightened inspection, starting afresh. Raises ``ValueError`` when ``state`` is
    not discontinued."""
    _check_state(state)
    if not state.discontinued:
        raise ValueError("Only a discontinued inspection can be resumed: %r." % (state,))
    return SwitchingState("tightened")


class LotResult(NamedTuple):
    """What :func:`record_lot` found: the plan used, whether the lot is accepted, and the
    switching state for the next lot."""

    plan: SamplingPlan
    accepted: bool
    state: SwitchingState


def record_lot(
    state: SwitchingState,
    lot_size: int,
    aql: float | str,
    nonconforming: int,
    level: str = "II",
    steady_production: bool = True,
    authority_approves: bool = True,
    normal_requested: bool = False,
) -> LotResult:
    """Inspect a lot on original inspection under ``state``: the plan of
    ``state.severity``, the decision for ``nonconforming`` (the number of nonconforming
    items - or of nonconformities for an AQL in nonconformities per 100 items - found in
    the sample), and the next state by :func:`next_severity`, including the AQL-one-step-
    tighter comparison of :func:`tighter_acceptance_number` on normal inspection.

    Raises ``ValueError`` like :func:`sampling_plan` and :func:`next_severity`, and for a
    ``nonconforming`` that is not an integer >= 0.
    """
    _check_state(state)
    _check_not_discontinued(state)
    if not _is_count(nonconforming):
        raise ValueError("The number of nonconforming items must be an integer >= 0, not %r." % (nonconforming,))
    plan = sampling_plan(lot_size, aql, level, state.severity)
    accepted = nonconforming <= plan.accept
    tighter = None
    if state.severity == "normal" and plan.accept >= 2:
        tighter = nonconforming <= tighter_acceptance_number(lot_size, aql, level)
    new_state = next_severity(
        state,
        accepted,
        accepted_one_step_tighter=tighter,
        ac=plan.accept,
        steady_production=steady_production,
        authority_approves=authority_approves,
        normal_requested=normal_requested,
    )
    return LotResult(plan, accepted, new_state)


def state_to_dict(state: SwitchingState) -> dict:
    """A JSON-able ``dict`` of ``state`` (for a JSON or text field)."""
    _check_state(state)
    values = state._asdict()
    values["recent_results"] = list(state.recent_results)
    return values


def state_from_dict(values: dict | None) -> SwitchingState:
    """The :class:`SwitchingState` of a ``dict`` made by :func:`state_to_dict`; ``None``
    or an empty dict give the initial state, missing keys their default. Raises
    ``ValueError`` for unknown keys or invalid values."""
    if not values:
        return SwitchingState()
    if not isinstance(values, dict):
        raise ValueError("Expected a dict, not %r." % (values,))
    unknown = set(values) - set(SwitchingState._fields)
    if unknown:
        raise ValueError("Unknown keys in a switching state: %s." % ", ".join(sorted(unknown)))
    values = dict(values)
    if "recent_results" in values:
        if not isinstance(values["recent_results"], (list, tuple)):
            raise ValueError("recent_results must be a list, not %r." % (values["recent_results"],))
        values["recent_results"] = tuple(values["recent_results"])
    return _check_state(SwitchingState(**values))
