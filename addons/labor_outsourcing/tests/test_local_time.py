# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
""" "Today" in the company's time zone (the user's where a user acts): crons run as the
superuser with no time zone, so the UTC date made expiries and reminders land a day late
in Asia/Shanghai. Frozen at 23:30 and 00:30 Asia/Shanghai around the end of 2025 Q1."""

from datetime import date, datetime

from odoo.tests import freeze_time, new_test_user

from .test_contract import ContractCommon

#: 2025-03-31 23:30 and 2025-04-01 00:30 in Asia/Shanghai (UTC+8), as naive UTC
BEFORE_MIDNIGHT = datetime(2025, 3, 31, 15, 30)
AFTER_MIDNIGHT = datetime(2025, 3, 31, 16, 30)


class TestLocalToday(ContractCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.partner_id.tz = "Asia/Shanghai"
        cls.env.ref("base.user_root").tz = False  # what crons run as
        cls.company.labor_contract_warning_days = "60"

    def test_today_and_period_bounds_of_the_company(self):
        company = self.company
        with freeze_time(BEFORE_MIDNIGHT):
            self.assertEqual(company._labor_today(), date(2025, 3, 31))
        with freeze_time(AFTER_MIDNIGHT):
            self.assertEqual(company._labor_today(), date(2025, 4, 1), "not the UTC date")
            # a user acting: his time zone; without one, the company's
            london = new_test_user(self.env, "lo_tz_london", tz="Europe/London")
            self.assertEqual(company.with_user(london)._labor_today(), date(2025, 3, 31))
            no_tz = new_test_user(self.env, "lo_tz_none", tz=False)
            self.assertEqual(company.with_user(no_tz)._labor_today(), date(2025, 4, 1))
        # Q2 in Shanghai starts at 16:00 UTC the day before and ends at 16:00 UTC on June 30
        self.assertEqual(
            company._labor_period_bounds(date(2025, 4, 1), date(2025, 6, 30)),
            (datetime(2025, 3, 31, 16, 0), datetime(2025, 6, 30, 16, 0)),
        )

    def test_expiry_cron_at_the_end_of_the_quarter(self):
        ending = self.create_contract(date_start=date(2025, 1, 1), date_end=date(2025, 3, 31))
        # 60 days before its end (the warning offset) is 2025-04-01 in Shanghai
        reminded = self.create_contract(date_start=date(2025, 1, 1), date_end=date(2025, 5, 31), allow_overlap=True)
        (ending | reminded).write({"state": "active"})
        Contract = self.env["labor.contract"]
        with freeze_time(BEFORE_MIDNIGHT):
            Contract._cron_contract_expiry()
            self.assertEqual(ending.state, "active", "its last day is not over in Shanghai")
            self.assertFalse(reminded.activity_ids, "61 days before its end")
        with freeze_time(AFTER_MIDNIGHT):
            Contract._cron_contract_expiry()
            self.assertEqual(ending.state, "expired", "00:30 on April 1st in Shanghai")
            self.assertEqual(len(reminded.activity_ids), 1)
            self.assertEqual(reminded.expiry_reminded_offset, 60)
