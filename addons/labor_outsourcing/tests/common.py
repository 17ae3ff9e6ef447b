# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Shared fixtures of the suite: two companies, a user per group, a vendor; a fixed clock."""

from contextlib import contextmanager
from datetime import datetime, timedelta

import freezegun

from odoo import fields, sql_db
from odoo.tests import TransactionCase, new_test_user


def fixed_clock_patchers(moment, tick=True):
    """Patchers (``start``/``stop``) that put the process's clock at ``moment`` (a naive
    UTC datetime or an ISO string): Python's (``datetime.now``, ``date.today``, so
    ``fields.Date.context_today`` and ``fields.Datetime.now``, with freezegun) and the
    transaction time of the cursors (``cr.now()``, which Odoo reads from PostgreSQL's
    ``now()`` for ``create_date`` and ``write_date``), so that records created under the
    clock are dated by it. ``tick``: the clock runs on from ``moment`` (HTTP servers and
    clients wait on it)."""
    return [freezegun.freeze_time(moment, tick=tick), _CursorClock()]


class _CursorClock:
    """``cr.now()`` reads Python's clock (not a ``mock`` patcher: Odoo's test classes
    stop those left active before their own class clean-ups run, with a warning)."""

    def start(self):
        self.saved = sql_db.Cursor.now
        sql_db.Cursor.now = lambda cursor: datetime.now()

    def stop(self):
        sql_db.Cursor.now = self.saved


@contextmanager
def fixed_clock(moment, tick=True):
    """Run the block with the clock at ``moment`` (see :func:`fixed_clock_patchers`)."""
    patchers = fixed_clock_patchers(moment, tick)
    for patcher in patchers:
        patcher.start()
    try:
        yield
    finally:
        for patcher in reversed(patchers):
            patcher.stop()


class FixedClockMixin:
    """Test case mixin: the whole class (fixtures included) runs at ``fixed_clock`` (a
    naive UTC datetime), so that its dates do not depend on the day the suite runs."""

    fixed_clock = None

    @classmethod
    def setUpClass(cls):
        if cls.fixed_clock:
            for patcher in fixed_clock_patchers(cls.fixed_clock):
                cls.startClassPatcher(patcher)
        super().setUpClass()


class LaborOutsourcingCommon(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.company = cls.env.company
        cls.company_2 = cls.env["res.company"].create({"name": "Second Outsourcing Company"})
        cls.user_plain = new_test_user(cls.env, "lo_plain", groups="base.group_user")
        cls.user_portal = new_test_user(cls.env, "lo_portal", groups="base.group_portal")
        cls.user = new_test_user(cls.env, "lo_user", groups="labor_outsourcing.group_labor_user")
        cls.manager = new_test_user(cls.env, "lo_manager", groups="labor_outsourcing.group_labor_manager")
        cls.legal = new_test_user(cls.env, "lo_legal", groups="labor_outsourcing.group_labor_legal")
        cls.leadership = new_test_user(cls.env, "lo_leadership", groups="labor_outsourcing.group_labor_leadership")
        cls.manager_company_2 = new_test_user(
            cls.env,
            "lo_manager_c2",
            groups="labor_outsourcing.group_labor_manager",
            company_id=cls.company_2.id,
            company_ids=[(6, 0, cls.company_2.ids)],
        )
        cls.service_type = cls.env.ref("labor_outsourcing.service_type_logistics")
        cls.vendor = cls.env["res.partner"].create(
            {
                "name": "Acme Staffing Ltd",
                "is_company": True,
                "is_outsourcing_vendor": True,
                "outsourcing_service_type_ids": [(6, 0, cls.service_type.ids)],
            }
        )
        cls.today = fields.Date.context_today(cls.env.user)
        cls.doc_types = {
            code: cls.env.ref(f"labor_outsourcing.document_type_{code}")
            for code in ("business_license", "tax_registration", "dispatch_permit", "iso9001", "insurance")
        }
        cls.site = cls.env["labor.work.site"].create({"name": "Plant 1", "code": "P1"})
        cls.site_company_2 = cls.env["labor.work.site"].create(
            {"name": "Plant of company 2", "code": "P1", "company_id": cls.company_2.id}
        )

    @contextmanager
    def assertRefused(self, exception, message):
        """Like assertRaises (the savepoint rolls the failed change back, so nothing is
        half-saved) and the error shown to the user contains ``message``."""
        with self.assertRaises(exception) as catcher:
            yield catcher
        self.assertIn(message, str(catcher.exception))

    def visible_menus(self, user):
        """XML ids of the menus the web client shows to ``user`` (whole tree from the root)."""
        menus = self.env["ir.ui.menu"].with_user(user).load_menus(debug=False)
        return {menu["xmlid"] for key, menu in menus.items() if key != "root"}

    @classmethod
    def create_vendor(cls, name, state="prospect", documents=True, **values):
        """An outsourcing vendor; with ``documents`` it gets verified, unexpired documents of
        the three required types (the dispatch permit expires in a year)."""
        vendor = cls.env["res.partner"].create(
            {
                "name": name,
                "is_company": True,
                "is_outsourcing_vendor": True,
                "vendor_state": state,
                "outsourcing_user_id": cls.user.id,
                **values,
            }
        )
        if documents:
            cls.env["labor.vendor.document"].create(
                [
                    {
                        "vendor_id": vendor.id,
                        "type_id": cls.doc_types["business_license"].id,
                        "number": f"BL-{vendor.id}",
                        "state": "verified",
                    },
                    {
                        "vendor_id": vendor.id,
                        "type_id": cls.doc_types["tax_registration"].id,
                        "number": f"TAX-{vendor.id}",
                        "state": "verified",
                    },
                    {
                        "vendor_id": vendor.id,
                        "type_id": cls.doc_types["dispatch_permit"].id,
                        "number": f"LDP-{vendor.id}",
                        "state": "verified",
                        "expiry_date": cls.today + timedelta(days=365),
                    },
                ]
            )
        return vendor
