# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The constraints that look for conflicting records (overlapping contracts, progress
reports of the same period, duplicate worker proposals) check a whole batch with one
query, and still find a conflict inside the batch."""

from datetime import date, datetime, timedelta

from odoo import Command
from odoo.exceptions import ValidationError

from .common import FixedClockMixin, LaborOutsourcingCommon

FEW, MANY = 3, 12


class TestBatchConstraints(FixedClockMixin, LaborOutsourcingCommon):
    #: proposals start a week after "today", inside the contract below (ending 2026-12-31:
    #: the class failed from 2026-12-25 on when it ran on the real day)
    fixed_clock = datetime(2025, 6, 16, 4, 0)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.job = cls.env["product.product"].create({"name": "Batch Operator", "type": "service", "purchase_ok": True})
        cls.batch_vendor = cls.create_vendor("Batch Staffing", state="approved")
        cls.contract = cls.env["labor.contract"].create(
            {
                "title": "Batch staffing",
                "vendor_id": cls.batch_vendor.id,
                "user_id": cls.manager.id,
                "date_start": date(2024, 1, 1),
                "date_end": date(2026, 12, 31),
                "rate_ids": [Command.create({"job_product_id": cls.job.id, "unit": "hour", "price": 40})],
            }
        )
        cls.contract.write({"state": "active"})

    def count_queries(self, records, method):
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        getattr(records, method)()
        return self.cr.sql_log_count - before

    # Contracts ------------------------------------------------------------------------------
    def contracts(self, count, overlap=False):
        vendor = self.create_vendor(f"Batch Staffing {count} {overlap}", state="approved", documents=False)
        contracts = self.env["labor.contract"].create(
            [
                {
                    "title": f"Year {year}",
                    "vendor_id": vendor.id,
                    "user_id": self.manager.id,
                    "date_start": date(2000 + year, 1, 1),
                    "date_end": date(2000 + year + (1 if overlap else 0), 12, 31),
                }
                for year in range(count)
            ]
        )
        contracts.write({"state": "active"})
        return contracts

    def test_contract_overlap_one_query(self):
        few, many = self.contracts(FEW), self.contracts(MANY)
        self.assertEqual(self.count_queries(few, "_check_overlap"), self.count_queries(many, "_check_overlap"))

    def test_contract_overlap_inside_batch(self):
        with self.assertRefused(ValidationError, "overlaps"):
            self.contracts(2, overlap=True)

    # Progress reports -----------------------------------------------------------------------
    def reports(self, count, start=date(2025, 1, 6), step=7):
        return self.env["labor.progress.report"].create(
            [
                {
                    "vendor_id": self.batch_vendor.id,
                    "contract_id": self.contract.id,
                    "period_type": "weekly",
                    "date_from": start + timedelta(days=step * week),
                    "date_to": start + timedelta(days=step * week + 6),
                    "work_done": f"Week {week}",
                }
                for week in range(count)
            ]
        )

    def test_progress_report_period_one_query(self):
        few, many = self.reports(FEW), self.reports(MANY, start=date(2025, 6, 2))
        self.assertEqual(self.count_queries(few, "_check_period"), self.count_queries(many, "_check_period"))

    def test_progress_report_period_inside_batch(self):
        with self.assertRefused(ValidationError, "already covers"):
            self.reports(2, step=3)

    # Worker proposals -----------------------------------------------------------------------
    def proposals(self, count, same_id=False):
        return self.env["labor.worker.proposal"].create(
            [
                {
                    "vendor_id": self.batch_vendor.id,
                    "contract_id": self.contract.id,
                    "job_product_id": self.job.id,
                    "worker_name": f"Worker {count} {index}",
                    "id_number": f"ID-{count}-{0 if same_id else index:04d}",
                    "date_start": self.today + timedelta(days=7),
                }
                for index in range(count)
            ]
        )

    def test_worker_proposal_duplicate_one_query(self):
        few, many = self.proposals(FEW), self.proposals(MANY)
        self.assertEqual(self.count_queries(few, "_check_duplicate"), self.count_queries(many, "_check_duplicate"))

    def test_worker_proposal_duplicate_inside_batch(self):
        with self.assertRefused(ValidationError, "already proposed"):
            self.proposals(2, same_id=True)
