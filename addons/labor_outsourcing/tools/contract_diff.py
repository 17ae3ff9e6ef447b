# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Differences between two versions of a contract's terms (no database access).

A version is a dict as built by ``labor.contract._labor_snapshot()``: plain values for the
dates, the amount and the clauses, and for the rate card and the headcount plan a mapping
``key -> tuple`` whose last element is the value compared (price or headcount) and whose
first elements describe the line.
"""

SCALAR_KEYS = ("date_start", "date_end", "amount_estimated")
LINE_KEYS = ("rates", "headcount")


def diff_terms(old, new, clause_keys=()):
    """Rows ``(section, label, old_value, new_value)`` for every difference, in a stable
    order: scalar terms, rate card, headcount plan, clauses. ``None`` marks an added or a
    removed line."""
    rows = []
    for key in SCALAR_KEYS:
        if old.get(key) != new.get(key):
            rows.append(("terms", key, old.get(key), new.get(key)))
    for section in LINE_KEYS:
        old_lines, new_lines = old.get(section, {}), new.get(section, {})
        for key in sorted(set(old_lines) | set(new_lines), key=_sort_key):
            before, after = old_lines.get(key), new_lines.get(key)
            if before == after:
                continue
            label = _describe(after or before)
            rows.append((section, label, _value(before), _value(after)))
    for key in clause_keys:
        if _normalise(old.get(key)) != _normalise(new.get(key)):
            rows.append(("clauses", key, old.get(key) or "", new.get(key) or ""))
    return rows


def _describe(line):
    return " / ".join(str(part) for part in line[:-1] if part not in (None, ""))


def _value(line):
    if line is None:
        return None
    return line[-1]


def _sort_key(key):
    return tuple("" if part is None or part is False else str(part) for part in key)


def _normalise(html):
    return " ".join(str(html or "").split())
