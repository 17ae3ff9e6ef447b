# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Fixtures of the quality pages of the vendor portal: the two vendors of the core's
portal fixtures get each an NCR in each portal step, a draft NCR, a done and a draft
inspection and an issue, each carrying a tag in a text its pages show."""

from datetime import timedelta

from odoo import Command

from odoo.addons.labor_outsourcing.tests.common_portal import LaborPortalHttpCase


class QualityPortalHttpCase(LaborPortalHttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.category = cls.env.ref("labor_outsourcing_quality.ncr_category_quality")
        cls.quality_a = cls.create_quality_records(cls.vendor_a, cls.contract_a, "ALPHA")
        cls.quality_b = cls.create_quality_records(cls.vendor_b, cls.contract_b, "BRAVO")

    @classmethod
    def create_ncr(cls, vendor, contract, title, state="analysis", **values):
        return cls.env["labor.ncr"].create(
            {
                "title": title,
                "category_id": cls.category.id,
                "severity": "major",
                "vendor_id": vendor.id,
                "contract_id": contract.id,
                "user_id": cls.backoffice.id,
                "description": f"<p>Description of {title}</p>",
                "containment_action": f"Containment of {title}",
                "disposition": "rework",
                "state": state,
                **values,
            }
        )

    @classmethod
    def create_done_inspection(cls, contract, tag):
        plan = cls.env["labor.inspection.plan"].create(
            {
                "name": f"Plan {tag}",
                "contract_id": contract.id,
                "frequency": "monthly",
                "item_ids": [
                    Command.create({"name": f"Helmets {tag}", "kind": "pass_fail", "sequence": 1}),
                    Command.create(
                        {
                            "name": "Torque",
                            "kind": "measure",
                            "target": 10.0,
                            "tolerance": 0.5,
                            "uom": "Nm",
                            "sequence": 2,
                        }
                    ),
                ],
            }
        )
        inspection = cls.env["labor.inspection"].create(
            {"plan_id": plan.id, "date": cls.today - timedelta(days=3), "note": f"<p>Internal note {tag}</p>"}
        )
        inspection.action_start()
        inspection.answer_ids[0].write({"verdict": "pass", "comment": f"Inspector comment {tag}"})
        inspection.answer_ids[1].value = 10.2
        inspection.answer_ids[1].value_recorded = True
        inspection.action_done()
        draft = cls.env["labor.inspection"].create({"plan_id": plan.id, "lot_reference": f"Draft lot {tag}"})
        return inspection, draft

    @classmethod
    def create_quality_records(cls, vendor, contract, tag):
        """{"ncr" (analysis), "ncr_plan" (action plan, with a vendor and an internal
        action), "ncr_impl" (implementation, with an open vendor action), "draft_ncr",
        "inspection" (done), "draft_inspection", "issue"}."""
        ncr = cls.create_ncr(vendor, contract, f"Helmets missing {tag}")
        ncr_plan = cls.create_ncr(
            vendor,
            contract,
            f"Late shift {tag}",
            state="action_plan",
            root_cause=f"Root cause {tag}",
            cause_category="method",
            why_ids=[Command.create({"question": "Why late?", "answer": f"Bus {tag}"})],
            action_ids=[
                Command.create(
                    {
                        "name": f"Vendor action {tag}",
                        "owner_type": "vendor",
                        "date_deadline": cls.today + timedelta(days=10),
                    }
                ),
                Command.create(
                    {
                        "name": f"Internal action {tag}",
                        "owner_type": "internal",
                        "user_id": cls.backoffice.id,
                        "date_deadline": cls.today + timedelta(days=10),
                    }
                ),
            ],
        )
        ncr_impl = cls.create_ncr(
            vendor,
            contract,
            f"Badge missing {tag}",
            state="implementation",
            action_ids=[
                Command.create(
                    {
                        "name": f"Badge action {tag}",
                        "owner_type": "vendor",
                        "date_deadline": cls.today + timedelta(days=5),
                    }
                )
            ],
        )
        draft_ncr = cls.create_ncr(vendor, contract, f"Draft NCR {tag}", state="draft")
        inspection, draft_inspection = cls.create_done_inspection(contract, tag)
        issue = cls.env["labor.issue"].create(
            {
                "title": f"Issue {tag}",
                "vendor_id": vendor.id,
                "contract_id": contract.id,
                "description": f"<p>Issue text {tag}</p>",
            }
        )
        return {
            "ncr": ncr,
            "ncr_plan": ncr_plan,
            "ncr_impl": ncr_impl,
            "draft_ncr": draft_ncr,
            "inspection": inspection,
            "draft_inspection": draft_inspection,
            "issue": issue,
        }

    @staticmethod
    def quality_secrets(tag):
        """Texts only the vendor whose records carry ``tag`` may see."""
        return [
            f"Helmets missing {tag}",
            f"Late shift {tag}",
            f"Badge missing {tag}",
            f"Plan {tag}",
            f"Issue {tag}",
            f"Vendor action {tag}",
            f"Description of Helmets missing {tag}",
        ]
