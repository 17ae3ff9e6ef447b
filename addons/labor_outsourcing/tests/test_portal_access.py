# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The vendor portal's refusal matrix, through real HTTP: another vendor's contact, a
portal user who is no vendor's contact, a public visitor, a wrong or missing access token
and an archived portal user get nothing; lists and counters are the vendor's own."""

import json

from odoo.exceptions import AccessDenied
from odoo.tests import tagged

from .common_portal import PDF, LaborPortalHttpCase

LIST_URLS = (
    "/my/labor/contracts",
    "/my/labor/documents",
    "/my/labor/workers",
    "/my/labor/proposals",
    "/my/labor/reports",
    "/my/labor/settlements",
)


@tagged("post_install", "-at_install")
class TestPortalAccess(LaborPortalHttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.records_a = cls.create_portal_records(cls.vendor_a, cls.contract_a, "ALPHA")
        cls.records_b = cls.create_portal_records(cls.vendor_b, cls.contract_b, "BRAVO")

    def record_routes(self, records):
        """(method, url, data) of every page and action on one vendor's records."""
        contract, document, worker = records["contract"], records["document"], records["worker"]
        proposal, report, settlement = records["proposal"], records["report"], records["settlement"]
        upload = {"type_id": document.type_id.id, "number": "NEW", "replace": document.id}
        report_vals = {
            "contract_id": contract.id,
            "period_type": "weekly",
            "date_from": str(report.date_from),
            "date_to": str(report.date_to),
            "work_done": "Changed",
            "progress_status": "delayed",
        }
        return [
            ("GET", f"/my/labor/contracts/{contract.id}", None),
            ("GET", f"/my/labor/contracts/{contract.id}/signed", None),
            ("GET", f"/my/labor/documents/{document.id}", None),
            ("GET", f"/my/labor/documents/{document.id}/file", None),
            ("GET", f"/my/labor/documents/upload?replace={document.id}", None),
            ("POST", "/my/labor/documents/upload", upload),
            ("GET", f"/my/labor/workers/{worker.id}", None),
            (
                "POST",
                f"/my/labor/workers/{worker.id}/departure",
                {"departure_date": str(self.today), "departure_reason": "Refused"},
            ),
            ("GET", f"/my/labor/proposals/{proposal.id}", None),
            ("GET", f"/my/labor/reports/{report.id}", None),
            ("GET", f"/my/labor/reports/{report.id}/edit", None),
            ("POST", f"/my/labor/reports/{report.id}/edit", report_vals),
            ("POST", f"/my/labor/reports/{report.id}/submit", {}),
            ("GET", f"/my/labor/settlements/{settlement.id}", None),
        ]

    def secrets(self, records, tag):
        return [
            f"DOC-{tag}",
            f"Worker {tag}",
            f"Proposed {tag}",
            f"Work {tag}",
            f"Deduction {tag}",
            records["contract"].title,
            "%PDF",
        ]

    def assert_untouched(self, records):
        """Nothing the refused requests tried was written."""
        self.env.invalidate_all()
        self.assertFalse(records["worker"].labor_departure_date)
        self.assertEqual(records["report"].state, "draft")
        self.assertEqual(records["report"].work_done, f"Work {records['worker'].name.split()[-1]}")
        self.assertFalse(
            self.env["labor.vendor.document"].search([("previous_document_id", "=", records["document"].id)])
        )

    def test_owner_sees_every_page_of_its_records(self):
        self.login_as(self.portal_a)
        for method, url, _data in self.record_routes(self.records_a):
            if method == "GET" and not url.endswith(("/signed", "/file")):
                with self.subTest(url=url):
                    response = self.assert_page(url)
                    for secret in self.secrets(self.records_b, "BRAVO"):
                        self.assertNotIn(secret, response.text)
        for url in ("/my/labor/contracts/%s/signed", "/my/labor/documents/%s/file"):
            record = self.records_a["contract" if "contracts" in url else "document"]
            response = self.get(url % record.id)
            self.assertEqual(response.status_code, 200)
            self.assertEqual(response.content, PDF)
            self.assertIn("attachment", response.headers["Content-Disposition"])

    def test_refusal_matrix(self):
        """Every page and action on vendor A's records is refused to vendor B's contact, to a
        portal customer and to a public visitor, and writes nothing."""
        secrets = self.secrets(self.records_a, "ALPHA")
        for method, url, data in self.record_routes(self.records_a):
            self.assert_refused_to_all(url, method, data, secrets=secrets)
        self.assert_untouched(self.records_a)
        # and the other way round: B's records to A
        self.login_as(self.portal_a)
        for method, url, data in self.record_routes(self.records_b):
            with self.subTest(url=url):
                self.assert_refused(url, method, data, secrets=self.secrets(self.records_b, "BRAVO"))
        self.assert_untouched(self.records_b)

    def test_records_that_do_not_exist_are_refused_alike(self):
        self.login_as(self.portal_a)
        for url in (
            "/my/labor/contracts/999999",
            "/my/labor/documents/999999",
            "/my/labor/workers/999999",
            "/my/labor/proposals/999999",
            "/my/labor/reports/999999",
            "/my/labor/settlements/999999",
            "/my/labor/documents/upload?replace=abc",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.get(url).status_code, 404)

    def test_internal_drafts_are_not_shown_to_the_vendor(self):
        self.login_as(self.portal_a)
        for url in (
            f"/my/labor/contracts/{self.records_a['draft_contract'].id}",
            f"/my/labor/settlements/{self.records_a['draft_settlement'].id}",
        ):
            self.assert_refused(url, secrets=["Draft contract ALPHA", "Draft settlement ALPHA"])
        for url in ("/my/labor/contracts", "/my/labor/settlements"):
            response = self.assert_page(url)
            self.assertNotIn("Draft contract ALPHA", response.text)
            self.assertNotIn(self.records_a["draft_settlement"].name, response.text)
        self.assert_page(f"/my/labor/settlements/{self.records_a['settlement'].id}", "Deduction ALPHA")
        response = self.get(f"/my/labor/settlements/{self.records_a['settlement'].id}")
        self.assertNotIn("Internal note ALPHA", response.text)

    def test_list_pages_show_only_the_vendors_rows(self):
        for user, own, other in ((self.portal_a, "ALPHA", "BRAVO"), (self.portal_b, "BRAVO", "ALPHA")):
            self.login_as(user)
            records_other = self.records_b if other == "BRAVO" else self.records_a
            for url in LIST_URLS:
                for query in ("", "?filterby=all", "?sortby=name", "?search=o&search_in=name", "/page/2"):
                    with self.subTest(user=user.login, url=url + query):
                        response = self.get(url + query)
                        self.assertEqual(response.status_code, 200)
                        for secret in self.secrets(records_other, other):
                            self.assertNotIn(secret, response.text)
            # each list shows the vendor's own row
            self.assert_page("/my/labor/documents", f"DOC-{own}")
            self.assert_page("/my/labor/workers", f"Worker {own}")
            self.assert_page("/my/labor/proposals", f"Proposed {own}")
            self.assert_page(
                "/my/labor/contracts", (self.records_a if own == "ALPHA" else self.records_b)["contract"].name
            )

    def test_list_pages_refuse_visitors_and_other_portal_users(self):
        self.login_public()
        for url in LIST_URLS:
            response = self.get(url)
            self.assertTrue(response.is_redirect, url)
            self.assertIn("/web/login", response.headers["Location"])
        self.login_as(self.portal_customer)
        for url in LIST_URLS:
            self.assertEqual(self.get(url).status_code, 403, url)
        self.assertEqual(self.get("/my/labor/documents/upload").status_code, 403)
        self.assertEqual(self.get("/my/labor/proposals/new").status_code, 403)
        self.assertEqual(self.get("/my/labor/reports/new").status_code, 403)

    def counters(self):
        names = [
            "labor_contract_count",
            "labor_document_count",
            "labor_worker_count",
            "labor_proposal_count",
            "labor_report_count",
            "labor_settlement_count",
        ]
        response = self.url_open(
            "/my/counters",
            data=json.dumps({"jsonrpc": "2.0", "method": "call", "params": {"counters": names}}),
            headers={"Content-Type": "application/json"},
        )
        return response.json()["result"]

    def expected_counters(self, vendor):
        env = self.env
        return {
            "labor_contract_count": env["labor.contract"].search_count(
                [("vendor_id", "=", vendor.id), ("state", "!=", "draft")]
            ),
            "labor_document_count": env["labor.vendor.document"].search_count([("vendor_id", "=", vendor.id)]),
            "labor_worker_count": env["hr.employee"].search_count(
                [("labor_vendor_id", "=", vendor.id), ("is_labor_worker", "=", True)]
            ),
            "labor_proposal_count": env["labor.worker.proposal"].search_count([("vendor_id", "=", vendor.id)]),
            "labor_report_count": env["labor.progress.report"].search_count([("vendor_id", "=", vendor.id)]),
            "labor_settlement_count": env["labor.settlement"].search_count(
                [("vendor_id", "=", vendor.id), ("state", "!=", "draft")]
            ),
        }

    def test_home_counters_count_only_the_vendors_records(self):
        self.create_worker(self.vendor_b, self.contract_b, "Second worker of B")
        self.login_as(self.portal_a)
        counters_a = self.counters()
        self.assertEqual(counters_a, self.expected_counters(self.vendor_a))
        self.assertEqual(counters_a["labor_document_count"], 4)
        self.assertEqual(counters_a["labor_worker_count"], 1)
        self.login_as(self.portal_b)
        self.assertEqual(self.counters()["labor_worker_count"], 2)
        # the home page shows the entries to the vendor's contacts only
        self.assert_page("/my", "/my/labor/contracts", "labor_worker_count")
        self.login_as(self.portal_customer)
        self.assertEqual(set(self.counters().values()), {0})
        self.login_as(self.portal_a)
        self.assert_page("/my", "/my/labor/contracts", "/my/labor/reports", "labor_settlement_count")
        self.login_as(self.portal_customer)
        self.assertNotIn("/my/labor/contracts", self.get("/my").text)

    def test_access_token_opens_one_record_to_whoever_has_it(self):
        records = self.records_a
        shown = {
            "contract": self.contract_a.name,
            "document": "DOC-ALPHA",
            "proposal": "Proposed ALPHA",
            "report": "Work ALPHA",
            "settlement": "Deduction ALPHA",
        }
        for key, text in shown.items():
            record = records[key].sudo()
            url = record.access_url
            token = record._portal_ensure_token()
            with self.subTest(record=key):
                self.login_public()
                self.assert_page(f"{url}?access_token={token}", text)
                self.assert_refused(f"{url}?access_token=wrong{token}", secrets=self.secrets(records, "ALPHA"))
                self.assert_refused(f"{url}?access_token=", secrets=self.secrets(records, "ALPHA"))
                response = self.get(url)
                self.assertTrue(response.is_redirect and "/web/login" in response.headers["Location"])
                # a shared link is a shared link, whoever is logged in; it lets read, not act
                self.login_as(self.portal_b)
                response = self.assert_page(f"{url}?access_token={token}", text)
                for action in ("/edit", "/submit", "upload?replace="):
                    self.assertNotIn(action, response.text)
                self.assert_refused(url)
                # another record's token opens nothing
                self.login_public()
                other = self.records_b[key].sudo()
                other._portal_ensure_token()
                self.assert_refused(f"{other.access_url}?access_token={token}")
        self.login_public()
        contract = records["contract"].sudo()
        response = self.get(contract.get_portal_url(suffix="/signed"))
        self.assertEqual(response.content, PDF)
        self.assert_refused(f"{contract.access_url}/signed?access_token=nope")
        # a token does not allow to write
        report = records["report"].sudo()
        self.assert_refused(f"{report.access_url}/submit", "POST", {"access_token": report._portal_ensure_token()})
        self.assertEqual(report.state, "draft")

    def test_forms_are_csrf_protected(self):
        self.login_as(self.portal_a)
        documents = self.env["labor.vendor.document"].search_count([("vendor_id", "=", self.vendor_a.id)])
        response = self.post(
            "/my/labor/documents/upload",
            {"type_id": self.doc_types["insurance"].id, "number": "CSRF-1"},
            files={"attachment": ("scan.pdf", PDF, "application/pdf")},
            csrf=False,
        )
        self.assertEqual(response.status_code, 400)
        worker = self.records_a["worker"]
        response = self.post(
            f"/my/labor/workers/{worker.id}/departure",
            {"departure_date": str(self.today), "departure_reason": "No token"},
            csrf=False,
        )
        self.assertEqual(response.status_code, 400)
        response = self.post(f"/my/labor/reports/{self.records_a['report'].id}/submit", {}, csrf=False)
        self.assertEqual(response.status_code, 400)
        self.env.invalidate_all()
        self.assertEqual(
            self.env["labor.vendor.document"].search_count([("vendor_id", "=", self.vendor_a.id)]), documents
        )
        self.assertFalse(worker.labor_departure_date)
        self.assertEqual(self.records_a["report"].state, "draft")

    def test_archived_portal_user_gets_nothing(self):
        self.login_as(self.portal_a)
        self.assert_page("/my/labor/workers", "Worker ALPHA")
        self.portal_a.active = False
        for url in (*LIST_URLS, f"/my/labor/workers/{self.records_a['worker'].id}"):
            with self.subTest(url=url):
                response = self.assert_refused(url, secrets=self.secrets(self.records_a, "ALPHA"))
                self.assertTrue(response.is_redirect, "the session of an archived user is over")
        self.assert_refused(f"/my/labor/contracts/{self.contract_a.id}", secrets=[self.contract_a.title])
        with self.assertRaises(AccessDenied):
            self.authenticate(self.portal_a.login, self.portal_a.login)


@tagged("post_install", "-at_install")
class TestPortalDemo(LaborPortalHttpCase):
    def test_demo_portal_users(self):
        """The demo logins of README: each sees its vendor's portal, not the other's."""
        hengxin = self.env.ref("labor_outsourcing.demo_portal_user_hengxin")
        jiaye = self.env.ref("labor_outsourcing.demo_portal_user_jiaye")
        weekly = self.env.ref("labor_outsourcing.demo_progress_report_weekly")
        proposal = self.env.ref("labor_outsourcing.demo_worker_proposal_jiaye")
        self.assertEqual(hengxin.commercial_partner_id, self.env.ref("labor_outsourcing.demo_vendor_hengxin"))
        self.assertEqual(weekly.state, "approved")
        self.authenticate("portal.hengxin", "portal.hengxin")
        self.assert_page(
            "/my/labor/reports", weekly.name, self.env.ref("labor_outsourcing.demo_progress_report_monthly").name
        )
        self.assert_refused(proposal.access_url, secrets=["Sun Mei"])
        self.authenticate("portal.jiaye", "portal.jiaye")
        self.assert_page("/my/labor/proposals", "Sun Mei")
        self.assert_refused(weekly.access_url, secrets=[weekly.work_done])
        self.assertTrue(jiaye.has_group("base.group_portal"))
