# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Data generator and benchmark of the labor outsourcing addons (see BENCHMARKS.md)."""
