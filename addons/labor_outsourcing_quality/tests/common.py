# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Fixtures of the quality tests: an inspector, an approved vendor with an active
contract carrying NCR penalty rules, and helpers for plans, inspections and NCRs."""

from datetime import date

from odoo import Command
from odoo.tests import new_test_user

from odoo.addons.labor_outsourcing.tests.common import LaborOutsourcingCommon


class QualityCommon(LaborOutsourcingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.inspector = new_test_user(
            cls.env, "lo_q_inspector", groups="labor_outsourcing_quality.group_labor_quality_inspector"
        )
        cls.inspector_company_2 = new_test_user(
            cls.env,
            "lo_q_inspector_c2",
            groups="labor_outsourcing_quality.group_labor_quality_inspector",
            company_id=cls.company_2.id,
            company_ids=[Command.set(cls.company_2.ids)],
        )
        cls.q_vendor = cls.create_vendor("Quality Staffing Co", state="approved")
        cls.contract = cls.create_active_contract(cls.q_vendor)
        cls.category = cls.env.ref("labor_outsourcing_quality.ncr_category_safety")
        cls.worker = cls.env["hr.employee"].create({"name": "Line Worker"})

    @classmethod
    def create_active_contract(cls, vendor, company=None):
        company = company or cls.company
        contract = cls.env["labor.contract"].create(
            {
                "title": "Quality staffing",
                "vendor_id": vendor.id,
                "company_id": company.id,
                "currency_id": company.currency_id.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2025, 12, 31),
                "allow_overlap": True,
                "user_id": cls.manager.id,
                "penalty_rule_ids": [
                    Command.create({"trigger": "ncr_minor", "amount": 150}),
                    Command.create({"trigger": "ncr_major", "amount": 500, "description": "Major non-conformance"}),
                ],
            }
        )
        contract.write({"state": "active"})
        return contract

    def create_ncr(self, user=None, **values):
        vals = {
            "title": "Helmets missing",
            "source": "inspection",
            "category_id": self.category.id,
            "severity": "minor",
            "vendor_id": self.q_vendor.id,
            "contract_id": self.contract.id,
            "site_id": self.site.id,
            "description": "<p>Two workers without helmets on line 2.</p>",
            "detected_on": "2025-03-10",
        }
        vals.update(values)
        return self.env["labor.ncr"].with_user(user or self.inspector).create(vals).with_env(self.env)

    def create_plan(self, **values):
        vals = {
            "name": "Line 2 inspection",
            "contract_id": self.contract.id,
            "site_id": self.site.id,
            "frequency": "monthly",
            "user_id": self.inspector.id,
            "item_ids": [
                Command.create({"name": "Helmets worn", "kind": "pass_fail", "sequence": 1}),
                Command.create(
                    {"name": "Torque", "kind": "measure", "target": 10.0, "tolerance": 0.5, "uom": "Nm", "sequence": 2}
                ),
                Command.create(
                    {
                        "name": "Housekeeping",
                        "kind": "choice",
                        "choice_options": "Clean, Acceptable, Dirty",
                        "choice_accepted": "Clean, Acceptable",
                        "sequence": 3,
                    }
                ),
            ],
        }
        vals.update(values)
        return self.env["labor.inspection.plan"].create(vals)

    def create_inspection(self, plan, user=None, **values):
        vals = {"plan_id": plan.id, "date": "2025-03-10", "inspector_id": (user or self.inspector).id}
        vals.update(values)
        return self.env["labor.inspection"].with_user(user or self.inspector).create(vals).with_env(self.env)

    @staticmethod
    def answer(inspection, verdict="pass", value=10.2, choice="Clean"):
        """Answer the three checks of :meth:`create_plan`."""
        by_name = {a.name: a for a in inspection.answer_ids}
        by_name["Helmets worn"].verdict = verdict
        by_name["Torque"].value = value
        by_name["Housekeeping"].choice = choice
