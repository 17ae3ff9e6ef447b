# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase

#: the large tables' date fields their _order and the period domains (KPIs, audit pack) use
INDEXED = {
    "labor_inspection": ("date",),
    "labor_ncr": ("detected_on", "date_closed", "penalty_date"),
    "labor_ncr_action": ("date_deadline",),
    "account_analytic_line": ("labor_settlement_id",),
}


class TestIndexes(TransactionCase):
    def test_date_and_order_fields_are_indexed(self):
        self.env.cr.execute("SELECT tablename, indexdef FROM pg_indexes WHERE tablename IN %s", [tuple(INDEXED)])
        definitions = self.env.cr.fetchall()
        for table, columns in INDEXED.items():
            for column in columns:
                with self.subTest(table=table, column=column):
                    self.assertTrue(
                        any(t == table and f"({column})" in d.replace('"', "") for t, d in definitions),
                        f"no index on {table}.{column}",
                    )
