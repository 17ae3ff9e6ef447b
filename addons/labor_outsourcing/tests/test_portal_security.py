# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Access of portal users at the ORM level: they read their vendor's records of the models
the portal shows, and nothing else; they never write. Inviting a vendor's contacts."""

from odoo.exceptions import AccessError

from .common_portal import LaborPortalTransactionCase

# Models the vendor portal shows, and what of them a vendor's contact reads.
EXPOSED = {
    "labor.contract": "vendor_id",
    "labor.vendor.document": "vendor_id",
    "labor.settlement": "vendor_id",
    "labor.worker.proposal": "vendor_id",
    "labor.progress.report": "vendor_id",
    "hr.employee": "labor_vendor_id",
}


class TestPortalSecurity(LaborPortalTransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.records_a = cls.create_portal_records(cls.vendor_a, cls.contract_a, "ALPHA")
        cls.records_b = cls.create_portal_records(cls.vendor_b, cls.contract_b, "BRAVO")

    def core_models(self):
        """The concrete models this addon defines."""
        ids = (
            self.env["ir.model.data"]
            .search([("module", "=", "labor_outsourcing"), ("model", "=", "ir.model")])
            .mapped("res_id")
        )
        models = self.env["ir.model"].browse(ids).mapped("model")
        return [
            m
            for m in models
            if self.env[m]._original_module == "labor_outsourcing"
            and not self.env[m]._abstract
            and not self.env[m]._transient
        ]

    def test_portal_users_read_only_their_vendors_records(self):
        keys = {
            "labor.contract": "contract",
            "labor.vendor.document": "document",
            "labor.settlement": "settlement",
            "labor.worker.proposal": "proposal",
            "labor.progress.report": "report",
            "hr.employee": "worker",
        }
        for model, vendor_field in EXPOSED.items():
            with self.subTest(model=model):
                for user, vendor, own, other in (
                    (self.portal_a, self.vendor_a, self.records_a, self.records_b),
                    (self.portal_b, self.vendor_b, self.records_b, self.records_a),
                ):
                    found = self.env[model].with_user(user).search([])
                    self.assertTrue(found)
                    self.assertEqual(found.sudo().mapped(vendor_field), vendor)
                    self.assertIn(own[keys[model]], found)
                    with self.assertRaises(AccessError):
                        other[keys[model]].with_user(user).read(["display_name"])
                self.assertFalse(self.env[model].with_user(self.portal_customer).search([]))

    def test_internal_drafts_are_not_readable(self):
        for record in (self.records_a["draft_contract"], self.records_a["draft_settlement"]):
            with self.assertRaises(AccessError):
                record.with_user(self.portal_a).read(["display_name"])

    def test_portal_users_are_refused_every_other_model(self):
        models = self.core_models()
        self.assertIn("labor.contract.rate", models)
        for model in models:
            Model = self.env[model].with_user(self.portal_a)
            with self.subTest(model=model):
                self.assertEqual(Model.has_access("read"), model in EXPOSED, "portal read access")
                for operation in ("write", "create", "unlink"):
                    self.assertFalse(Model.has_access(operation), f"portal {operation} access")
        Employee = self.env["hr.employee"].with_user(self.portal_a)
        for operation in ("write", "create", "unlink"):
            self.assertFalse(Employee.has_access(operation))

    def test_contract_approval_reviews_stay_internal(self):
        """OCA lets portal users read tier reviews; not those of outsourcing contracts."""
        contract = self.env.ref("labor_outsourcing.demo_contract_to_approve")
        reviews = self.env["tier.review"].search([("model", "=", "labor.contract"), ("res_id", "=", contract.id)])
        self.assertTrue(reviews)
        Review = self.env["tier.review"].with_user(self.portal_a)
        self.assertFalse(Review.search([("model", "in", ("labor.contract", "labor.contract.amendment"))]))
        with self.assertRaises(AccessError):
            Review.browse(reviews.ids).read(["comment", "reviewer_ids"])

    def test_private_worker_fields_stay_closed(self):
        worker = self.records_a["worker"].with_user(self.portal_a)
        self.assertEqual(worker.name, "Worker ALPHA")
        for field in ("labor_id_number", "labor_compliance_state", "labor_vendor_id", "private_phone"):
            with self.subTest(field=field), self.assertRaises(AccessError):
                worker.read([field])

    def test_invite_vendor_contacts_to_the_portal(self):
        contact = self.env["res.partner"].create(
            {"name": "Invited Contact", "parent_id": self.vendor_a.id, "email": "invited@example.com"}
        )
        action = self.vendor_a.with_user(self.backoffice).action_labor_invite_portal()
        wizard = self.env["portal.wizard"].browse(action["res_id"])
        self.assertEqual(action["res_model"], "portal.wizard")
        line = wizard.user_ids.filtered(lambda u: u.partner_id == contact)
        self.assertTrue(line)
        line.with_user(self.backoffice).action_grant_access()
        user = contact.user_ids
        self.assertTrue(user.has_group("base.group_portal"))
        self.assertEqual(self.env["labor.contract"].with_user(user).search([]).sudo().vendor_id, self.vendor_a)
        with self.assertRefused(Exception, "is not an outsourcing vendor"):
            self.env["res.partner"].create({"name": "Customer", "is_company": True}).action_labor_invite_portal()

    def test_menus_per_group(self):
        visible = self.visible_menus(self.backoffice)
        for xmlid in ("menu_labor_worker_proposal", "menu_labor_progress_report"):
            self.assertIn(f"labor_outsourcing.{xmlid}", visible)

    def visible_menus(self, user):
        menus = self.env["ir.ui.menu"].with_user(user).load_menus(debug=False)
        return {menu["xmlid"] for key, menu in menus.items() if key != "root"}
