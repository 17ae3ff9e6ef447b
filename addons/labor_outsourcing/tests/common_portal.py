# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Shared fixtures of the vendor portal's tests, for this addon and those that add portal
pages (import them from ``odoo.addons.labor_outsourcing.tests.common_portal``):

- :class:`LaborPortalFixtures` creates two approved vendors A and B with compliant
  documents, an active contract each (rate card, site, project), a contact of each with a
  portal login (``portal_a`` / ``portal_b``, password = login), a portal user who is no
  vendor's contact (``portal_customer``) and a back-office Outsourcing user;
- :class:`LaborPortalHttpCase` (real HTTP) adds ``login_as`` / ``login_public``, ``get`` /
  ``post`` (with the CSRF token unless told not to) and the refusal checks
  ``assert_refused`` and ``assert_refused_to_all``;
- :class:`LaborPortalTransactionCase` is the same data for ORM-level tests.

A page is refused when the answer is 403, 404 or a redirection to the login page, and the
answer shows none of the given secrets (texts that only the owner may see)."""

import base64
from contextlib import contextmanager
from datetime import timedelta

from odoo import Command, fields, http
from odoo.tests import HttpCase, TransactionCase, new_test_user

PDF = b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48
REFUSED_STATUSES = (403, 404)


class LaborPortalFixtures:
    """Two vendors and their portal contacts (see the module docstring)."""

    @classmethod
    def setup_portal_fixtures(cls):
        env = cls.env
        cls.today = fields.Date.context_today(env.user)
        cls.doc_types = {
            code: env.ref(f"labor_outsourcing.document_type_{code}")
            for code in ("business_license", "tax_registration", "dispatch_permit", "iso9001", "insurance")
        }
        cls.site = env["labor.work.site"].create({"name": "Portal Test Plant", "code": "PTP"})
        cls.job = env["product.product"].create(
            {"name": "Portal Test Operator", "type": "service", "purchase_ok": True}
        )
        cls.other_job = env["product.product"].create(
            {"name": "Portal Test Welder", "type": "service", "purchase_ok": True}
        )
        cls.backoffice = new_test_user(
            env, "lo_portal_backoffice", groups="labor_outsourcing.group_labor_user", email="bo@example.com"
        )
        cls.vendor_a, cls.contract_a, cls.portal_a = cls.create_portal_vendor("Portal Vendor A", "lo_portal_a")
        cls.vendor_b, cls.contract_b, cls.portal_b = cls.create_portal_vendor("Portal Vendor B", "lo_portal_b")
        customer = env["res.partner"].create({"name": "Portal Customer Ltd", "is_company": True})
        cls.portal_customer = new_test_user(
            env, "lo_portal_customer", groups="base.group_portal", parent_id=customer.id
        )

    @classmethod
    def create_portal_vendor(cls, name, login):
        """An Approved vendor with verified documents, an active contract (rate card of
        ``cls.job`` at ``cls.site``, a project) and a contact with a portal login."""
        env = cls.env
        vendor = env["res.partner"].create(
            {
                "name": name,
                "is_company": True,
                "is_outsourcing_vendor": True,
                "vendor_state": "approved",
                "outsourcing_user_id": cls.backoffice.id,
            }
        )
        env["labor.vendor.document"].create(
            [
                {
                    "vendor_id": vendor.id,
                    "type_id": cls.doc_types[code].id,
                    "number": f"{code}-{login}",
                    "state": "verified",
                    "expiry_date": cls.today + timedelta(days=365),
                }
                for code in ("business_license", "tax_registration", "dispatch_permit")
            ]
        )
        project = env["project.project"].create({"name": f"{name} Project", "allow_timesheets": True})
        contract = env["labor.contract"].create(
            {
                "title": f"Staffing by {name}",
                "vendor_id": vendor.id,
                "user_id": cls.backoffice.id,
                "date_start": cls.today - timedelta(days=90),
                "date_end": cls.today + timedelta(days=270),
                "allow_overlap": True,
                "project_ids": [Command.set(project.ids)],
                "site_ids": [Command.set(cls.site.ids)],
                "rate_ids": [Command.create({"job_product_id": cls.job.id, "unit": "hour", "price": 40})],
                "headcount_line_ids": [Command.create({"job_product_id": cls.job.id, "quantity": 5})],
            }
        )
        contract.write({"state": "active"})
        user = new_test_user(env, login, groups="base.group_portal", parent_id=vendor.id, email=f"{login}@example.com")
        return vendor, contract, user

    @classmethod
    def create_worker(cls, vendor, contract, name, **values):
        return cls.env["hr.employee"].create(
            {
                "name": name,
                "is_labor_worker": True,
                "labor_vendor_id": vendor.id,
                "labor_contract_id": contract.id,
                "labor_job_product_id": cls.job.id,
                "labor_site_id": cls.site.id,
                "labor_assignment_start": cls.today - timedelta(days=30),
                **values,
            }
        )

    @classmethod
    def create_portal_records(cls, vendor, contract, tag):
        """One record of each kind the portal shows, for ``vendor``, each carrying ``tag``
        in a text its pages show: {"document", "worker", "proposal", "report",
        "settlement", "draft_settlement", "draft_contract", "contract"}. The contract gets a
        signed copy."""
        env = cls.env
        contract.write({"signed_attachment": base64.b64encode(PDF), "signed_attachment_name": f"signed-{tag}.pdf"})
        document = env["labor.vendor.document"].create(
            {
                "vendor_id": vendor.id,
                "type_id": cls.doc_types["insurance"].id,
                "number": f"DOC-{tag}",
                "state": "verified",
                "expiry_date": cls.today + timedelta(days=200),
                "attachment": base64.b64encode(PDF),
                "attachment_name": f"insurance-{tag}.pdf",
            }
        )
        worker = cls.create_worker(vendor, contract, f"Worker {tag}")
        proposal = env["labor.worker.proposal"].create(
            {
                "vendor_id": vendor.id,
                "contract_id": contract.id,
                "job_product_id": cls.job.id,
                "worker_name": f"Proposed {tag}",
                "id_number": f"ID-{tag}-0001",
                "date_start": cls.today + timedelta(days=7),
                "certificate_ids": [
                    Command.create(
                        {
                            "type_id": env.ref("labor_outsourcing.worker_certificate_type_skill").id,
                            "number": f"CERT-{tag}",
                            "attachment": base64.b64encode(PDF),
                            "attachment_name": "skill.pdf",
                        }
                    )
                ],
            }
        )
        report = env["labor.progress.report"].create(
            {
                "vendor_id": vendor.id,
                "contract_id": contract.id,
                "period_type": "weekly",
                "date_from": cls.today - timedelta(days=13),
                "date_to": cls.today - timedelta(days=7),
                "work_done": f"Work {tag}",
                "progress_status": "on_track",
            }
        )
        settlements = env["labor.settlement"].create(
            [
                {
                    "contract_id": contract.id,
                    "date_from": cls.today - timedelta(days=60),
                    "date_to": cls.today - timedelta(days=31),
                },
                {
                    "contract_id": contract.id,
                    "date_from": cls.today - timedelta(days=30),
                    "date_to": cls.today - timedelta(days=1),
                    "note": f"Draft settlement {tag}",
                },
            ]
        )
        env["labor.settlement.line"].create(
            {
                "settlement_id": settlements[0].id,
                "job_product_id": cls.job.id,
                "unit": "hour",
                "quantity": 100,
                "price": 40,
                "worker_count": 1,
                "timesheet_count": 12,
            }
        )
        env["labor.settlement.deduction"].create(
            {"settlement_id": settlements[0].id, "reason": f"Deduction {tag}", "amount": 150}
        )
        settlements[0].write({"state": "computed", "note": f"Internal note {tag}"})
        draft_contract = env["labor.contract"].create(
            {
                "title": f"Draft contract {tag}",
                "vendor_id": vendor.id,
                "date_start": cls.today + timedelta(days=300),
                "date_end": cls.today + timedelta(days=600),
                "rate_ids": [Command.create({"job_product_id": cls.job.id, "unit": "hour", "price": 41})],
            }
        )
        return {
            "contract": contract,
            "document": document,
            "worker": worker,
            "proposal": proposal,
            "report": report,
            "settlement": settlements[0],
            "draft_settlement": settlements[1],
            "draft_contract": draft_contract,
        }


class LaborPortalTransactionCase(LaborPortalFixtures, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.setup_portal_fixtures()

    @contextmanager
    def assertRefused(self, exception, message):
        """assertRaises (whose savepoint rolls the refused change back) and the error shown
        to the user contains ``message``."""
        with self.assertRaises(exception) as catcher:
            yield catcher
        self.assertIn(message, str(catcher.exception))


class LaborPortalHttpCase(LaborPortalFixtures, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.setup_portal_fixtures()

    # Sessions ------------------------------------------------------------------------
    def login_as(self, user):
        """Log ``user`` in (test users' password is their login)."""
        self.authenticate(user.login, user.login)

    def login_public(self):
        self.authenticate(None, None)

    # Requests ------------------------------------------------------------------------
    def get(self, url):
        return self.url_open(url, allow_redirects=False)

    def post(self, url, data=None, files=None, csrf=True):
        """POST ``data`` (and ``files``: {name: (filename, bytes, mimetype)}) with the CSRF
        token of the current session unless ``csrf`` is False."""
        data = dict(data or {})
        if csrf:
            data["csrf_token"] = http.Request.csrf_token(self)
        data.setdefault("_", "1")  # never an empty body: url_open would GET
        return self.url_open(url, data=data, files=files, allow_redirects=False)

    # Checks --------------------------------------------------------------------------
    def assert_refused(self, url, method="GET", data=None, files=None, secrets=()):
        """The current session gets nothing from ``url``: 403, 404 or a redirection to the
        login page, and none of ``secrets`` in the answer."""
        response = self.post(url, data, files) if method == "POST" else self.get(url)
        if response.is_redirect:
            self.assertIn("/web/login", response.headers.get("Location", ""), f"{method} {url} redirects elsewhere")
        else:
            self.assertIn(response.status_code, REFUSED_STATUSES, f"{method} {url} answered {response.status_code}")
        for secret in secrets:
            self.assertNotIn(secret, response.text, f"{method} {url} shows {secret!r}")
        return response

    def assert_refused_to_all(self, url, method="GET", data=None, files=None, secrets=(), owner=None):
        """``url`` (a page or an action on a record of ``owner``'s vendor, default vendor A)
        is refused to the other vendor's contact, to a portal user who is no vendor's
        contact and to a public visitor."""
        owner = owner or self.portal_a
        others = [u for u in (self.portal_a, self.portal_b) if u != owner] + [self.portal_customer]
        for user in others:
            with self.subTest(url=url, user=user.login):
                self.login_as(user)
                self.assert_refused(url, method, data, files, secrets)
        with self.subTest(url=url, user="public"):
            self.login_public()
            self.assert_refused(url, method, data, files, secrets)

    def assert_page(self, url, *texts):
        """``url`` answers 200 and shows each of ``texts``; returns the answer."""
        response = self.get(url)
        self.assertEqual(response.status_code, 200, f"GET {url}")
        for text in texts:
            self.assertIn(text, response.text, f"GET {url} does not show {text!r}")
        return response
