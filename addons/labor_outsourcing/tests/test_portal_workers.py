# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Workers in the vendor portal: roster with compliance, worker page, departure report,
worker proposals (form, refused input) and the back office's decision seen by the vendor."""

from datetime import timedelta

from odoo.tests import tagged

from .common_portal import EXE, PDF, LaborPortalHttpCase


@tagged("post_install", "-at_install")
class TestPortalWorkers(LaborPortalHttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.compliant = cls.create_worker(
            cls.vendor_a,
            cls.contract_a,
            "Compliant Chen",
            labor_nda_date=cls.today - timedelta(days=20),
            labor_safety_induction_date=cls.today - timedelta(days=20),
            labor_id_number="SECRET-ID-778899",
            labor_emergency_phone="+86 555 0001",
        )
        cls.missing = cls.create_worker(cls.vendor_a, cls.contract_a, "Missing Ma")
        cls.env["labor.worker.certificate"].create(
            {
                "employee_id": cls.compliant.id,
                "type_id": cls.env.ref("labor_outsourcing.worker_certificate_type_skill").id,
                "number": "SKILL-CHEN",
                "state": "verified",
            }
        )
        cls.Proposal = cls.env["labor.worker.proposal"]
        cls.health = cls.env.ref("labor_outsourcing.worker_certificate_type_health")

    def setUp(self):
        super().setUp()
        self.login_as(self.portal_a)

    # Roster -------------------------------------------------------------------------------
    def test_roster_shows_compliance_and_filters(self):
        response = self.assert_page("/my/labor/workers", "Compliant Chen", "Missing Ma", self.contract_a.name)
        self.assertIn('data-value="compliant"', response.text)
        self.assertIn('data-value="missing"', response.text)
        response = self.assert_page("/my/labor/workers?filterby=compliant", "Compliant Chen")
        self.assertNotIn("Missing Ma", response.text)
        response = self.assert_page("/my/labor/workers?filterby=not_compliant", "Missing Ma")
        self.assertNotIn("Compliant Chen", response.text)
        response = self.assert_page("/my/labor/workers?search=chen&search_in=name", "Compliant Chen")
        self.assertNotIn("Missing Ma", response.text)
        self.assert_page("/my/labor/workers?sortby=start&search=Operator&search_in=job", "Compliant Chen")

    def test_roster_queries_do_not_grow_with_the_workers(self):
        """The roster computes compliance for the whole page at once: 20 more workers cost
        no more queries than 2."""

        def roster_queries():
            self.get("/my/labor/workers")  # warm the caches
            before = self.cr.sql_log_count
            self.assert_page("/my/labor/workers", "Compliant Chen")
            return self.cr.sql_log_count - before

        few = roster_queries()
        for index in range(20):
            self.create_worker(self.vendor_a, self.contract_a, f"Extra Worker {index:02d}")
        self.env.flush_all()
        many = roster_queries()
        self.assertGreater(few, 0, "the requests run on the test cursor")
        self.assertLessEqual(many, few + 2, f"{few} queries for 2 workers, {many} for 22")

    def test_worker_page_shows_compliance_and_certificates_not_private_data(self):
        response = self.assert_page(
            f"/my/labor/workers/{self.compliant.id}", "Compliant Chen", "SKILL-CHEN", "Everything required is in order"
        )
        for secret in ("SECRET-ID-778899", "+86 555 0001"):
            self.assertNotIn(secret, response.text)
        self.assert_page(f"/my/labor/workers/{self.missing.id}", "No safety induction", "not signed")

    def test_report_departure(self):
        leaving = self.today + timedelta(days=14)
        response = self.post(
            f"/my/labor/workers/{self.compliant.id}/departure",
            {"departure_date": str(leaving), "departure_reason": "Moves back to his home town"},
        )
        self.assertEqual(response.status_code, 303)
        worker = self.compliant
        self.assertEqual(worker.labor_departure_date, leaving)
        self.assertEqual(worker.labor_departure_reason, "Moves back to his home town")
        self.assertEqual(worker.labor_departure_reported_by_id, self.portal_a)
        self.assertTrue(worker.active, "the off-boarding itself stays a back-office action")
        activity = worker.activity_ids.filtered(lambda a: "Off-board" in (a.summary or ""))
        self.assertEqual(activity.user_id, self.backoffice)
        self.assertEqual(activity.date_deadline, leaving)
        self.assertTrue(worker.message_ids.filtered(lambda m: "Moves back to his home town" in m.body))
        self.assert_page(f"/my/labor/workers/{worker.id}?reported=1", "reported to our HR department")
        self.assert_page("/my/labor/workers?filterby=leaving", "Compliant Chen")
        # the off-boarding wizard starts from what the vendor reported
        action = worker.with_user(self.backoffice).action_labor_offboard()
        self.assertEqual(action["context"]["default_reason"], "Moves back to his home town")
        self.assertEqual(action["context"]["default_date"], self.today)
        # reported once
        response = self.post(
            f"/my/labor/workers/{worker.id}/departure",
            {"departure_date": str(leaving), "departure_reason": "Again"},
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("already reported", response.text)
        self.assertEqual(worker.labor_departure_reason, "Moves back to his home town")

    def test_refused_departure_reports_save_nothing(self):
        url = f"/my/labor/workers/{self.missing.id}/departure"
        cases = [
            ({"departure_date": str(self.today)}, "Reason is required."),
            ({"departure_reason": "Leaves"}, "Departure date is required."),
            (
                {"departure_date": str(self.today - timedelta(days=40)), "departure_reason": "Late"},
                "cannot be before the start of the assignment",
            ),
            (
                {"departure_date": str(self.today + timedelta(days=800)), "departure_reason": "Far"},
                "within a month before and a year after today",
            ),
            ({"departure_date": "tomorrow", "departure_reason": "Bad date"}, "Departure date is not a valid date."),
        ]
        for data, message in cases:
            with self.subTest(message=message):
                response = self.post(url, data)
                self.assertEqual(response.status_code, 400)
                self.assertIn(message, response.text)
        self.assertFalse(self.missing.labor_departure_date)
        self.assertFalse(self.missing.activity_ids.filtered(lambda a: "Off-board" in (a.summary or "")))

    def test_departed_workers_are_listed_apart(self):
        self.missing.action_archive()
        response = self.assert_page("/my/labor/workers")
        self.assertNotIn("Missing Ma", response.text)
        self.assert_page("/my/labor/workers?filterby=departed", "Missing Ma")
        response = self.assert_page(f"/my/labor/workers/{self.missing.id}", "Departed")
        self.assertNotIn("Report the Departure", response.text)

    # Proposals ------------------------------------------------------------------------------
    def proposal_data(self, **values):
        return {
            "contract_id": self.contract_a.id,
            "job_product_id": self.job.id,
            "site_id": self.site.id,
            "date_start": str(self.today + timedelta(days=5)),
            "worker_name": "Proposed Pan",
            "id_number": "320100199501011234",
            "birthday": "1995-01-01",
            "gender": "male",
            "phone": "+86 138 1111 2222",
            "email": "pan@example.com",
            "emergency_contact": "Pan Senior",
            "emergency_phone": "+86 139 1111 2222",
            "note": "Experienced operator",
            "cert_0_type": self.health.id,
            "cert_0_number": "HEALTH-PAN",
            "cert_0_issue": str(self.today - timedelta(days=30)),
            "cert_0_expiry": str(self.today + timedelta(days=335)),
            **values,
        }

    def proposals_a(self):
        return self.Proposal.search([("vendor_id", "=", self.vendor_a.id)])

    def test_propose_a_worker(self):
        self.assert_page("/my/labor/proposals/new", self.contract_a.name, self.job.name, self.health.name)
        response = self.post(
            "/my/labor/proposals/new",
            self.proposal_data(),
            files={"cert_0_file": ("health.pdf", PDF, "application/pdf")},
        )
        self.assertEqual(response.status_code, 303, response.text[-2000:])
        proposal = self.proposals_a()
        self.assertRecordValues(
            proposal,
            [
                {
                    "state": "submitted",
                    "vendor_id": self.vendor_a.id,
                    "contract_id": self.contract_a.id,
                    "job_product_id": self.job.id,
                    "site_id": self.site.id,
                    "worker_name": "Proposed Pan",
                    "submitted_by_id": self.portal_a.id,
                    "gender": "male",
                }
            ],
        )
        self.assertEqual(proposal.sudo().id_number, "320100199501011234")
        self.assertRecordValues(
            proposal.certificate_ids,
            [{"type_id": self.health.id, "number": "HEALTH-PAN", "attachment_name": "health.pdf"}],
        )
        self.assertEqual(proposal.activity_ids.user_id, self.backoffice)
        self.assertIn(self.portal_a.partner_id, proposal.message_partner_ids)
        response = self.assert_page(
            f"{proposal.access_url}?submitted=1", "the proposal is sent", "Proposed Pan", "•••• 1234"
        )
        self.assertNotIn("320100199501011234", response.text)
        self.assert_page("/my/labor/proposals", "Proposed Pan")

    def test_refused_proposals_save_nothing(self):
        file = {"cert_0_file": ("health.pdf", PDF, "application/pdf")}
        cases = [
            ({"contract_id": self.contract_b.id}, file, "Choose Contract in the list."),
            ({"job_product_id": self.other_job.id}, file, "Choose Job type in the list."),
            ({"worker_name": ""}, file, "Name is required."),
            ({"id_number": ""}, file, "ID document number is required."),
            ({"date_start": ""}, file, "Start date is required."),
            ({"date_start": str(self.today + timedelta(days=400))}, file, "The start must be within the contract"),
            ({"birthday": str(self.today - timedelta(days=365 * 15))}, file, "must be at least 16 years old"),
            ({"email": "not-an-address"}, file, "is not a valid e-mail address"),
            ({}, {}, "Attach the certificate&#39;s file."),
            ({"cert_0_type": ""}, file, "Certificate type is required."),
            (
                {"cert_0_expiry": str(self.today - timedelta(days=1)), "cert_0_issue": ""},
                file,
                "This certificate has already expired.",
            ),
            ({"cert_0_expiry": ""}, file, "Expiry date is required."),
            ({}, {"cert_0_file": ("x.exe", EXE, "application/pdf")}, "x.exe is not accepted"),
            (
                {
                    **{f"cert_{i}_type": self.health.id for i in range(6)},
                    **{f"cert_{i}_expiry": str(self.today + timedelta(days=30)) for i in range(6)},
                },
                {f"cert_{i}_file": (f"c{i}.pdf", PDF, "application/pdf") for i in range(6)},
                "Send at most 5 files at once (6 sent).",
            ),
        ]
        for values, files, message in cases:
            with self.subTest(message=message):
                response = self.post("/my/labor/proposals/new", self.proposal_data(**values), files=files)
                self.assertEqual(response.status_code, 400)
                self.assertIn(message, response.text)
                self.assertIn("Nothing was saved", response.text)
        self.assertFalse(self.proposals_a())
        self.assertFalse(
            self.env["labor.worker.proposal.certificate"].search([("proposal_id.vendor_id", "=", self.vendor_a.id)])
        )

    def test_duplicate_proposal_is_refused_by_the_model(self):
        files = {"cert_0_file": ("health.pdf", PDF, "application/pdf")}
        self.assertEqual(self.post("/my/labor/proposals/new", self.proposal_data(), files=files).status_code, 303)
        response = self.post("/my/labor/proposals/new", self.proposal_data(), files=files)
        self.assertEqual(response.status_code, 400)
        self.assertIn("already proposed", response.text)
        self.assertEqual(len(self.proposals_a()), 1)
        self.assertEqual(len(self.proposals_a().certificate_ids), 1, "the refused proposal left no line behind")

    def test_decisions_are_shown_to_the_vendor(self):
        files = {"cert_0_file": ("health.pdf", PDF, "application/pdf")}
        self.post("/my/labor/proposals/new", self.proposal_data(), files=files)
        self.post(
            "/my/labor/proposals/new", self.proposal_data(worker_name="Refused Ren", id_number="R-1"), files=files
        )
        approved = self.proposals_a().filtered(lambda p: p.worker_name == "Proposed Pan")
        refused = self.proposals_a() - approved
        approved.with_user(self.backoffice).action_approve()
        refused.with_user(self.backoffice).write({"reject_reason": "No forklift experience for this line."})
        refused.with_user(self.backoffice).action_reject()
        self.assert_page(approved.access_url, "Approved: the worker is registered", "See the Worker")
        self.assert_page(refused.access_url, "No forklift experience for this line.")
        self.assert_page("/my/labor/workers", "Proposed Pan")
        self.assert_page(f"/my/labor/workers/{approved.employee_id.id}", "HEALTH-PAN")
        self.assert_page("/my/labor/proposals?filterby=rejected", "Refused Ren")
