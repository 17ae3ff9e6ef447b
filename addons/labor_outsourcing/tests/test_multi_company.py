# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Integrity across companies: relations to company-scoped records are checked, the lines
of a contract follow its company's rules, documents are numbered by their own company, and
the overlap check of contracts sees every contract."""

from datetime import date

from odoo import Command
from odoo.exceptions import UserError, ValidationError

from .test_contract import ContractCommon


class TestMultiCompanyIntegrity(ContractCommon):
    def test_sites_of_another_company_are_refused(self):
        contract = self.create_contract()
        with self.assertRaises(UserError):
            contract.write(
                {
                    "rate_ids": [
                        Command.create(
                            {
                                "job_product_id": self.job.id,
                                "site_id": self.site_company_2.id,
                                "unit": "hour",
                                "price": 41,
                            }
                        )
                    ]
                }
            )
        with self.assertRaises(UserError):
            contract.write(
                {
                    "headcount_line_ids": [
                        Command.create(
                            {"job_product_id": self.job.id, "site_id": self.site_company_2.id, "quantity": 2}
                        )
                    ]
                }
            )
        worker = self.env["hr.employee"].create({"name": "Li Lei", "company_id": self.company.id})
        with self.assertRaises(UserError):
            worker.labor_site_id = self.site_company_2
        other_contract = self.create_contract(
            company_id=self.company_2.id,
            currency_id=self.company_2.currency_id.id,
            allow_overlap=True,
            department_id=False,
            user=self.env.user,
        )
        with self.assertRaises(UserError):  # (a ValidationError is a UserError)
            worker.write({"labor_vendor_id": self.approved_vendor.id, "labor_contract_id": other_contract.id})

    def test_headcount_lines_and_penalty_rules_follow_the_company_rules(self):
        contract = self.create_contract(penalty_rule_ids=[Command.create({"trigger": "ncr_major", "amount": 500})])
        self.assertEqual(contract.headcount_line_ids.company_id, self.company)
        self.assertEqual(contract.penalty_rule_ids.company_id, self.company)
        outsider = self.manager_company_2
        self.assertFalse(
            self.env["labor.contract.headcount"]
            .with_user(outsider)
            .search([("id", "in", contract.headcount_line_ids.ids)])
        )
        self.assertFalse(
            self.env["labor.contract.penalty.rule"]
            .with_user(outsider)
            .search([("id", "in", contract.penalty_rule_ids.ids)])
        )

    def test_documents_are_numbered_by_their_company(self):
        self.env["ir.sequence"].create(
            {
                "name": "Contracts of company 2",
                "code": "labor.contract",
                "prefix": "C2-CTR/",
                "padding": 3,
                "company_id": self.company_2.id,
            }
        )
        self.env["ir.sequence"].create(
            {
                "name": "Settlements of company 2",
                "code": "labor.settlement",
                "prefix": "C2-STL/",
                "padding": 3,
                "company_id": self.company_2.id,
            }
        )
        # created from company 1's environment, for company 2
        contract = self.create_contract(
            company_id=self.company_2.id,
            currency_id=self.company_2.currency_id.id,
            department_id=False,
            date_start=date(2025, 1, 1),
            date_end=date(2025, 12, 31),
            user=self.env.user,
        )
        self.assertEqual(self.env.company, self.company)
        self.assertTrue(contract.name.startswith("C2-CTR/"), contract.name)
        self.assertFalse(self.create_contract(allow_overlap=True).name.startswith("C2-"))
        contract.write({"state": "active"})
        settlement = self.env["labor.settlement"].create(
            {"contract_id": contract.id, "date_from": date(2025, 3, 1), "date_to": date(2025, 3, 31)}
        )
        self.assertTrue(settlement.name.startswith("C2-STL/"), settlement.name)

    def test_overlap_check_sees_archived_contracts(self):
        first = self.create_contract(date_start=date(2025, 1, 1), date_end=date(2025, 12, 31))
        first.write({"state": "active"})
        first.active = False
        second = self.create_contract(date_start=date(2025, 6, 1), date_end=date(2026, 5, 31))
        with self.assertRefused(ValidationError, "overlaps"):
            second.action_submit()
