# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The refusal matrix of the quality pages of the vendor portal, through real HTTP:
another vendor's contact, a portal user who is no vendor's contact, a public visitor, a
wrong or missing access token and an archived portal user get nothing; lists and counters
are the vendor's own; inspections and issues for the owning vendor."""

import json

from dateutil.relativedelta import relativedelta

from odoo.tests import tagged

from .common_portal import QualityPortalHttpCase

LIST_URLS = ("/my/labor/ncrs", "/my/labor/inspections", "/my/labor/issues")


@tagged("post_install", "-at_install")
class TestPortalQualityAccess(QualityPortalHttpCase):
    def record_routes(self, records):
        ncr, plan, impl = records["ncr"], records["ncr_plan"], records["ncr_impl"]
        due = str(self.today + relativedelta(years=1))
        return [
            ("GET", ncr.access_url, None),
            ("GET", plan.access_url, None),
            ("POST", f"{ncr.access_url}/analysis", {"root_cause": "Refused", "cause_category": "man"}),
            (
                "POST",
                f"{plan.access_url}/actions",
                {"action_name_1": "Refused", "action_type_1": "corrective", "action_deadline_1": due},
            ),
            ("POST", f"{impl.access_url}/actions/{impl.action_ids.id}/done", {"evidence": "Refused"}),
            ("GET", records["inspection"].access_url, None),
            ("GET", records["issue"].access_url, None),
        ]

    def assert_untouched(self, records):
        self.env.invalidate_all()
        self.assertFalse(records["ncr"].root_cause)
        self.assertFalse(records["ncr_plan"].action_ids.filtered(lambda a: a.name == "Refused"))
        self.assertEqual(records["ncr_impl"].action_ids.state, "todo")
        self.assertFalse(
            (records["ncr"] | records["ncr_plan"] | records["ncr_impl"]).message_ids.filtered(
                lambda m: m.author_id.user_ids.share
            )
        )

    def test_owner_sees_every_page(self):
        self.login_as(self.portal_a)
        secrets_b = self.quality_secrets("BRAVO")
        for method, url, _data in self.record_routes(self.quality_a):
            if method == "GET":
                with self.subTest(url=url):
                    response = self.assert_page(url)
                    for secret in secrets_b:
                        self.assertNotIn(secret, response.text)
        inspection = self.quality_a["inspection"]
        response = self.assert_page(
            inspection.access_url, inspection.name, "Plan ALPHA", "Helmets ALPHA", "Torque", "10.2", "Passed"
        )
        self.assertNotIn("Internal note ALPHA", response.text)
        self.assertNotIn("Inspector comment ALPHA", response.text)
        self.assert_page(self.quality_a["issue"].access_url, "Issue ALPHA", "Issue text ALPHA")

    def test_refusal_matrix(self):
        secrets = self.quality_secrets("ALPHA")
        for method, url, data in self.record_routes(self.quality_a):
            self.assert_refused_to_all(url, method, data, secrets=secrets)
        self.assert_untouched(self.quality_a)
        self.login_as(self.portal_a)
        for method, url, data in self.record_routes(self.quality_b):
            with self.subTest(url=url):
                self.assert_refused(url, method, data, secrets=self.quality_secrets("BRAVO"))
        self.assert_untouched(self.quality_b)

    def test_missing_records_and_internal_drafts_are_refused(self):
        self.login_as(self.portal_a)
        for url in (
            "/my/labor/ncrs/999999",
            "/my/labor/inspections/999999",
            "/my/labor/issues/999999",
            self.quality_a["draft_ncr"].access_url,
            self.quality_a["draft_inspection"].access_url,
        ):
            with self.subTest(url=url):
                self.assertEqual(self.get(url).status_code, 404)
        for url in LIST_URLS:
            response = self.assert_page(f"{url}?filterby=all")
            self.assertNotIn("Draft NCR ALPHA", response.text)
            self.assertNotIn(self.quality_a["draft_inspection"].name, response.text)

    def test_list_pages_show_only_the_vendors_rows(self):
        for user, own, other in ((self.portal_a, self.quality_a, "BRAVO"), (self.portal_b, self.quality_b, "ALPHA")):
            self.login_as(user)
            for url in LIST_URLS:
                for query in ("", "?filterby=all", "?sortby=name", "?search=a&search_in=name", "/page/2"):
                    with self.subTest(user=user.login, url=url + query):
                        response = self.get(url + query)
                        self.assertEqual(response.status_code, 200)
                        for secret in self.quality_secrets(other):
                            self.assertNotIn(secret, response.text)
            self.assert_page("/my/labor/ncrs", own["ncr"].name, own["ncr_plan"].name)
            self.assert_page("/my/labor/inspections", own["inspection"].name)
            self.assert_page("/my/labor/issues", own["issue"].name)

    def test_list_pages_refuse_visitors_and_other_portal_users(self):
        self.login_public()
        for url in (*LIST_URLS, "/my/labor/issues/new"):
            response = self.get(url)
            self.assertTrue(response.is_redirect and "/web/login" in response.headers["Location"], url)
        self.login_as(self.portal_customer)
        for url in (*LIST_URLS, "/my/labor/issues/new"):
            self.assertEqual(self.get(url).status_code, 403, url)
        response = self.post(
            "/my/labor/issues/new", {"title": "Customer", "issue_type": "other", "priority": "1", "description": "x"}
        )
        self.assertEqual(response.status_code, 403)
        self.assertFalse(self.env["labor.issue"].search([("title", "=", "Customer")]))

    def counters(self):
        response = self.url_open(
            "/my/counters",
            data=json.dumps(
                {
                    "jsonrpc": "2.0",
                    "method": "call",
                    "params": {"counters": ["labor_ncr_count", "labor_inspection_count", "labor_issue_count"]},
                }
            ),
            headers={"Content-Type": "application/json"},
        )
        return response.json()["result"]

    def test_home_counters_count_only_the_vendors_records(self):
        self.quality_a["ncr_plan"].state = "closed"
        self.quality_b["issue"].state = "closed"
        self.login_as(self.portal_a)
        self.assertEqual(self.counters(), {"labor_ncr_count": 2, "labor_inspection_count": 1, "labor_issue_count": 1})
        self.assert_page("/my", "/my/labor/ncrs", "/my/labor/inspections", "/my/labor/issues", "labor_ncr_count")
        self.login_as(self.portal_b)
        self.assertEqual(self.counters(), {"labor_ncr_count": 3, "labor_inspection_count": 1, "labor_issue_count": 0})
        self.login_as(self.portal_customer)
        self.assertEqual(set(self.counters().values()), {0})
        self.assertNotIn("/my/labor/ncrs", self.get("/my").text)

    def test_access_token_opens_one_record_to_whoever_has_it(self):
        secrets = self.quality_secrets("ALPHA")
        for key, text in (
            ("ncr", "Helmets missing ALPHA"),
            ("inspection", "Plan ALPHA"),
            ("issue", "Issue text ALPHA"),
        ):
            record = self.quality_a[key].sudo()
            token = record._portal_ensure_token()
            with self.subTest(record=key):
                self.login_public()
                self.assert_page(f"{record.access_url}?access_token={token}", text)
                self.assert_refused(f"{record.access_url}?access_token=wrong{token}", secrets=secrets)
                self.assert_refused(f"{record.access_url}?access_token=", secrets=secrets)
                response = self.get(record.access_url)
                self.assertTrue(response.is_redirect and "/web/login" in response.headers["Location"])
                other = self.quality_b[key].sudo()
                other._portal_ensure_token()
                self.assert_refused(f"{other.access_url}?access_token={token}")
                # a shared link lets read, not act
                self.login_as(self.portal_b)
                response = self.assert_page(f"{record.access_url}?access_token={token}", text)
                self.assertNotIn("/analysis", response.text)
        ncr = self.quality_a["ncr"].sudo()
        self.login_public()
        self.assert_refused(
            f"{ncr.access_url}/analysis",
            "POST",
            {"access_token": ncr.access_token, "root_cause": "Token", "cause_category": "man"},
        )
        self.assertFalse(ncr.root_cause)

    def test_archived_portal_user_gets_nothing(self):
        self.login_as(self.portal_a)
        self.assert_page("/my/labor/ncrs", "Helmets missing ALPHA")
        self.portal_a.active = False
        secrets = self.quality_secrets("ALPHA")
        for method, url, data in [("GET", url, None) for url in LIST_URLS] + self.record_routes(self.quality_a):
            with self.subTest(url=url):
                self.assert_refused(url, method, data, secrets=secrets)
        self.assert_untouched(self.quality_a)

    def test_vendor_raises_an_issue_and_follows_it(self):
        self.login_as(self.portal_a)
        self.assert_page("/my/labor/issues/new", "Raise an Issue", self.contract_a.name)
        response = self.post(
            "/my/labor/issues/new",
            {
                "title": "Canteen closed at night",
                "issue_type": "management",
                "priority": "2",
                "description": "Night shift has no <b>meal</b>.",
                "contract_id": str(self.contract_a.id),
            },
        )
        self.assertTrue(response.is_redirect, response.text[:500])
        issue = self.env["labor.issue"].search([("title", "=", "Canteen closed at night")])
        self.assertRecordValues(
            issue,
            [
                {
                    "vendor_id": self.vendor_a.id,
                    "contract_id": self.contract_a.id,
                    "priority": "2",
                    "state": "new",
                    "reporter_id": self.portal_a.id,
                    "user_id": self.backoffice.id,
                }
            ],
        )
        self.assertIn("&lt;b&gt;meal&lt;/b&gt;", issue.description, "the text is escaped")
        self.assertTrue(issue.response_deadline and issue.resolution_deadline, "the company's service levels apply")
        self.assertEqual(issue.activity_ids.user_id, self.backoffice)
        self.assertIn(self.portal_a.partner_id, issue.message_partner_ids)
        self.assertTrue(issue.message_ids.filtered(lambda m: m.author_id == self.portal_a.partner_id))
        self.assertIn(f"{issue.access_url}?raised=1", response.headers["Location"])
        self.assert_page(f"{issue.access_url}?raised=1", "the issue is raised", "Canteen closed at night")
        # follow-up in the portal chatter
        response = self.url_open(
            "/mail/message/post",
            data=json.dumps(
                {
                    "jsonrpc": "2.0",
                    "method": "call",
                    "params": {
                        "thread_model": "labor.issue",
                        "thread_id": issue.id,
                        "post_data": {"body": "Any news?", "message_type": "comment"},
                    },
                }
            ),
            headers={"Content-Type": "application/json"},
        )
        self.assertNotIn("error", response.json(), response.text[:500])
        self.assertTrue(issue.message_ids.filtered(lambda m: "Any news?" in (m.body or "")))
        # and another vendor cannot post there
        self.login_as(self.portal_b)
        response = self.url_open(
            "/mail/message/post",
            data=json.dumps(
                {
                    "jsonrpc": "2.0",
                    "method": "call",
                    "params": {
                        "thread_model": "labor.issue",
                        "thread_id": issue.id,
                        "post_data": {"body": "Intruder", "message_type": "comment"},
                    },
                }
            ),
            headers={"Content-Type": "application/json"},
        )
        self.assertFalse(issue.message_ids.filtered(lambda m: "Intruder" in (m.body or "")))

    def test_issue_bad_input_saves_nothing(self):
        self.login_as(self.portal_a)
        count = self.env["labor.issue"].search_count([])
        response = self.post(
            "/my/labor/issues/new",
            {
                "title": "",
                "issue_type": "gossip",
                "priority": "9",
                "description": "",
                "contract_id": str(self.contract_b.id),
            },
        )
        self.assertEqual(response.status_code, 400)
        for message in (
            "Title is required.",
            "Choose the type of the issue in the list.",
            "Choose the priority in the list.",
            "Description is required.",
            "Choose Contract in the list.",
        ):
            self.assertIn(message, response.text)
        self.assertNotIn(self.contract_b.title, response.text)
        self.assertEqual(self.env["labor.issue"].search_count([]), count)
