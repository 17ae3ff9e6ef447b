# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Worker proposals in the back office: approval registers the worker through the core's
rules, rejection needs a reason, decided proposals are kept; constraints and access."""

import base64
from datetime import timedelta

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_state_bypass

from .common_portal import PDF, LaborPortalTransactionCase


class TestWorkerProposal(LaborPortalTransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.health = cls.env.ref("labor_outsourcing.worker_certificate_type_health")
        cls.supervisor = new_test_user(cls.env, "lo_portal_supervisor", groups="labor_outsourcing.group_labor_user")
        cls.Proposal = cls.env["labor.worker.proposal"]

    def propose(self, **values):
        return self.Proposal.create(
            {
                "vendor_id": self.vendor_a.id,
                "contract_id": self.contract_a.id,
                "job_product_id": self.job.id,
                "site_id": self.site.id,
                "worker_name": "Gao Yang",
                "id_number": "110101199003070011",
                "birthday": "1990-03-07",
                "gender": "male",
                "phone": "+86 131 0000 0001",
                "email": "gao@example.com",
                "emergency_contact": "Gao Senior",
                "emergency_phone": "+86 131 0000 0002",
                "date_start": self.today + timedelta(days=3),
                "supervisor_id": self.supervisor.id,
                "certificate_ids": [
                    Command.create(
                        {
                            "type_id": self.health.id,
                            "number": "HC-GAO",
                            "issue_date": self.today - timedelta(days=10),
                            "expiry_date": self.today + timedelta(days=355),
                            "attachment": base64.b64encode(PDF),
                            "attachment_name": "hc.pdf",
                        }
                    )
                ],
                **values,
            }
        )

    def test_submission_asks_the_vendors_responsible_to_review(self):
        proposal = self.propose()
        self.assertEqual(proposal.state, "submitted")
        self.assertTrue(proposal.name.startswith("WP/"))
        self.assertEqual(proposal.activity_ids.user_id, self.backoffice)
        self.assertEqual(proposal.access_url, f"/my/labor/proposals/{proposal.id}")

    def test_approval_registers_the_worker_through_the_core_rules(self):
        proposal = self.propose()
        proposal.with_user(self.backoffice).action_approve()
        employee = proposal.employee_id
        self.assertRecordValues(proposal, [{"state": "approved", "decided_by_id": self.backoffice.id}])
        self.assertRecordValues(
            employee,
            [
                {
                    "name": "Gao Yang",
                    "is_labor_worker": True,
                    "employee_type": "contractor",
                    "labor_vendor_id": self.vendor_a.id,
                    "labor_contract_id": self.contract_a.id,
                    "labor_job_product_id": self.job.id,
                    "labor_site_id": self.site.id,
                    "labor_assignment_start": self.today + timedelta(days=3),
                    "labor_supervisor_id": self.supervisor.id,
                    "labor_emergency_phone": "+86 131 0000 0002",
                }
            ],
        )
        private = employee.sudo()
        self.assertEqual(
            (private.labor_id_number, str(private.birthday), private.gender, private.private_email),
            ("110101199003070011", "1990-03-07", "male", "gao@example.com"),
        )
        certificate = employee.labor_certificate_ids
        self.assertRecordValues(
            certificate,
            [{"type_id": self.health.id, "number": "HC-GAO", "state": "draft", "attachment_name": "hc.pdf"}],
        )
        self.assertEqual(certificate.with_context(bin_size=False).attachment, base64.b64encode(PDF))
        onboarding = self.env.ref("labor_outsourcing.mail_activity_plan_worker_onboarding")
        self.assertEqual(len(employee.activity_ids), len(onboarding.template_ids))
        self.assertEqual(employee.activity_ids.user_id, self.supervisor)
        self.assertFalse(proposal.activity_ids, "the review activity is done")
        self.assertIn("Approved", proposal.message_ids[0].body)
        self.assertEqual(proposal.message_ids[0].subtype_id, self.env.ref("mail.mt_comment"))

    def test_approval_refused_by_the_core_rules_leaves_nothing(self):
        proposal = self.propose()
        with labor_state_bypass():
            self.vendor_a.write({"vendor_state": "suspended"})
        with self.assertRefused(UserError, "cannot get new workers"):
            proposal.with_user(self.backoffice).action_approve()
        self.assertEqual(proposal.state, "submitted")
        self.assertFalse(self.env["hr.employee"].search([("name", "=", "Gao Yang")]))

    def test_rejection_needs_a_reason(self):
        proposal = self.propose()
        with self.assertRefused(UserError, "rejection reason"):
            proposal.with_user(self.backoffice).action_reject()
        proposal.with_user(self.backoffice).write({"reject_reason": "Certificate unreadable"})
        proposal.with_user(self.backoffice).action_reject()
        self.assertEqual(proposal.state, "rejected")
        self.assertFalse(proposal.employee_id)
        self.assertIn("Certificate unreadable", proposal.message_ids[0].body)
        # decided proposals are kept as they are
        with self.assertRaises(UserError):
            proposal.write({"worker_name": "Someone else"})
        with self.assertRaises(UserError):
            proposal.action_approve()
        with self.assertRaises(UserError):
            proposal.unlink()
        with self.assertRaises(UserError):
            proposal.certificate_ids.write({"number": "X"})

    def test_constraints(self):
        other_site = self.env["labor.work.site"].create({"name": "Other Plant", "code": "OTH"})
        cases = [
            ({"contract_id": self.contract_b.id}, "is not with"),
            ({"job_product_id": self.other_job.id}, "is not a job type of the rate card"),
            ({"site_id": other_site.id}, "is not a work site of"),
            ({"date_start": self.contract_a.date_end + timedelta(days=1)}, "within the contract"),
            ({"birthday": self.today - timedelta(days=365 * 15)}, "at least 16 years old"),
            ({"email": "nope"}, "not a valid e-mail address"),
        ]
        for values, message in cases:
            with self.subTest(message=message), self.assertRefused(ValidationError, message):
                self.propose(**values)
        with self.assertRefused(ValidationError, "expiry date"):
            self.propose(
                certificate_ids=[Command.create({"type_id": self.health.id, "attachment": base64.b64encode(PDF)})]
            )
        self.propose()
        with self.assertRefused(ValidationError, "already proposed"):
            self.propose()
        self.contract_a.write({"state": "expired"})
        with self.assertRefused(ValidationError, "active contracts only"):
            self.propose(id_number="OTHER")

    def test_access_rights(self):
        proposal_a = self.propose()
        proposal_b = self.propose(vendor_id=self.vendor_b.id, contract_id=self.contract_b.id, id_number="B-1")
        Proposal = self.Proposal.with_user(self.portal_a)
        self.assertEqual(Proposal.search([]), proposal_a)
        with self.assertRaises(AccessError):
            proposal_b.with_user(self.portal_a).read(["worker_name"])
        with self.assertRaises(AccessError):
            proposal_a.with_user(self.portal_a).write({"worker_name": "Changed"})
        with self.assertRaises(AccessError):
            Proposal.create({"vendor_id": self.vendor_a.id})
        with self.assertRaises(AccessError):
            proposal_a.with_user(self.portal_a).read(["id_number"])
        self.assertFalse(self.Proposal.with_user(self.portal_customer).search([]))
        plain = new_test_user(self.env, "lo_portal_plain", groups="base.group_user")
        with self.assertRaises(AccessError):
            self.Proposal.with_user(plain).search([])
        both = proposal_a | proposal_b
        self.assertEqual(self.Proposal.with_user(self.backoffice).search([("id", "in", both.ids)]), both)
