# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from .labor_state_flow_mixin import labor_state_bypassed, running_transition, transition_running

VENDOR_STATES = [
    ("prospect", "Prospect"),
    ("evaluation", "Under Evaluation"),
    ("qualified", "Qualified"),
    ("approved", "Approved"),
    ("suspended", "Suspended"),
    ("blacklisted", "Blacklisted"),
]
# Allowed lifecycle moves. Suspended vendors come back to Approved after rectification.
VENDOR_TRANSITIONS = {
    "prospect": {"evaluation", "blacklisted"},
    "evaluation": {"prospect", "qualified", "blacklisted"},
    "qualified": {"evaluation", "approved", "suspended", "blacklisted"},
    "approved": {"suspended", "blacklisted"},
    "suspended": {"approved", "evaluation", "blacklisted"},
    "blacklisted": {"evaluation"},
}
# Moves that only an Outsourcing Manager may make.
MANAGER_STATES = {"approved", "blacklisted"}
COMPLIANCE = [
    ("complete", "Complete"),
    ("expiring", "Expiring Soon"),
    ("missing", "Missing Documents"),
    ("expired", "Expired Documents"),
]


class ResPartner(models.Model):
    # (res.partner cannot take labor.state.flow.mixin: its many2many fields would be set
    # up twice; the same guard, through the same context variable, is written here)
    _inherit = "res.partner"

    is_outsourcing_vendor = fields.Boolean(
        string="Outsourcing Vendor",
        tracking=True,
        help="This company supplies outsourced labor (劳务外包供应商).",
    )
    vendor_state = fields.Selection(
        VENDOR_STATES,
        string="Vendor Status",
        default="prospect",
        tracking=True,
        copy=False,
        group_expand="_group_expand_vendor_state",
        help="Lifecycle of the outsourcing vendor. Only Approved vendors get new contracts and "
        "workers; change it with the Change Status button, which records a reason.",
    )
    outsourcing_user_id = fields.Many2one(
        "res.users",
        string="Outsourcing Responsible",
        domain="[('share', '=', False)]",
        tracking=True,
        help="Purchaser in charge of this vendor: receives document expiry reminders.",
    )
    outsourcing_service_type_ids = fields.Many2many(
        "labor.service.type",
        "labor_service_type_partner_rel",
        "partner_id",
        "service_type_id",
        string="Services Offered",
    )
    # Company facts used by the evaluation
    registered_capital = fields.Monetary(currency_field="registered_capital_currency_id")
    registered_capital_currency_id = fields.Many2one("res.currency", default=lambda self: self.env.company.currency_id)
    asset_liability_ratio = fields.Float(string="Asset-Liability Ratio (%)", digits=(5, 2))
    current_ratio = fields.Float(digits=(6, 2))
    years_in_business = fields.Integer()
    outsourcing_headcount = fields.Integer(string="Headcount", help="Number of workers the vendor employs.")
    outsourcing_region_ids = fields.Many2many(
        "res.country.state",
        "labor_vendor_region_rel",
        "partner_id",
        "state_id",
        string="Regions Served",
    )
    credit_standing = fields.Selection(
        [("good", "Good"), ("fair", "Fair"), ("poor", "Poor")], tracking=True, groups="base.group_user"
    )
    tax_credit_rating = fields.Selection(
        [("a", "A"), ("b", "B"), ("m", "M"), ("c", "C"), ("d", "D")],
        help="Tax credit rating published by the tax authority (纳税信用等级).",
        tracking=True,
        groups="base.group_user",
    )
    vendor_document_ids = fields.One2many("labor.vendor.document", "vendor_id", string="Qualification Documents")
    vendor_document_count = fields.Integer(compute="_compute_vendor_document_count")
    labor_selection_candidate_ids = fields.One2many("labor.selection.candidate", "vendor_id", string="Selection Events")
    vendor_state_log_ids = fields.One2many("labor.vendor.state.log", "vendor_id", string="Status History")
    is_iso9001_certified = fields.Boolean(
        string="ISO 9001 Certified",
        compute="_compute_labor_compliance",
        help="The vendor has a verified, unexpired ISO 9001 certificate.",
    )
    # stored: searched and grouped by SQL, recomputed when a document changes and nightly
    # (an expiry date passes without any record changing: labor.vendor.document's cron)
    labor_compliance = fields.Selection(
        COMPLIANCE,
        string="Document Compliance",
        compute="_compute_labor_compliance_status",
        store=True,
        index="btree_not_null",
    )
    labor_compliance_issues = fields.Text(string="Compliance Issues", compute="_compute_labor_compliance")

    @api.model
    def _group_expand_vendor_state(self, states, domain):  # pylint: disable=unused-argument
        return [key for key, _label in VENDOR_STATES]

    @api.depends("vendor_document_ids")
    def _compute_vendor_document_count(self):
        counts = dict(
            self.env["labor.vendor.document"]._read_group([("vendor_id", "in", self.ids)], ["vendor_id"], ["__count"])
        )
        for partner in self:
            partner.vendor_document_count = counts.get(partner, 0)

    @api.depends(
        "is_outsourcing_vendor",
        "vendor_document_ids.state",
        "vendor_document_ids.expiry_date",
        "vendor_document_ids.type_id",
    )
    def _compute_labor_compliance_status(self):
        results = self._labor_compliance_results()
        for partner in self:
            partner.labor_compliance = results.get(partner.id, (False, [], False))[0]

    @api.depends(
        "is_outsourcing_vendor",
        "vendor_document_ids.state",
        "vendor_document_ids.expiry_date",
        "vendor_document_ids.type_id",
    )
    def _compute_labor_compliance(self):
        results = self._labor_compliance_results()
        for partner in self:
            _status, issues, iso = results.get(partner.id, (False, [], False))
            partner.labor_compliance_issues = "\n".join(issues) or False
            partner.is_iso9001_certified = iso

    @api.model
    def _labor_recompute_compliance(self):
        """Recompute the stored document compliance of every vendor (batch-wise: three
        queries per batch): nightly, and when the required document types change."""
        vendors = self.with_context(active_test=False).search([("is_outsourcing_vendor", "=", True)])
        self.env.add_to_compute(self._fields["labor_compliance"], vendors)
        vendors.flush_recordset(["labor_compliance"])
        return vendors

    def _labor_compliance_results(self):
        """{partner id: (status, [issue, ...], iso9001)} for the outsourcing vendors of
        ``self``, in three queries whatever their number."""
        vendors = self.filtered("is_outsourcing_vendor")
        if not vendors:
            return {}
        Document = self.env["labor.vendor.document"].sudo()
        today, limit = Document._expiry_bounds()
        required = self.env["labor.vendor.document.type"].sudo().search([("required", "=", True)])
        docs = Document.search_fetch(
            [("vendor_id", "in", vendors.ids), ("state", "in", ("verified", "expired"))],
            ["vendor_id", "type_id", "state", "expiry_date"],
        )
        by_key = defaultdict(list)
        iso_vendors = set()
        for doc in docs:
            by_key[doc.vendor_id.id, doc.type_id.id].append(doc)
            valid = doc.state == "verified" and (not doc.expiry_date or doc.expiry_date >= today)
            if valid and doc.type_id.is_iso9001:
                iso_vendors.add(doc.vendor_id.id)
        results = {}
        for vendor in vendors:
            found = set()
            issues = []
            for doc_type in required:
                type_docs = by_key.get((vendor.id, doc_type.id), [])
                valid = [
                    d for d in type_docs if d.state == "verified" and (not d.expiry_date or d.expiry_date >= today)
                ]
                if valid:
                    if all(d.expiry_date and d.expiry_date <= limit for d in valid):
                        found.add("expiring")
                        issues.append(
                            self.env._(
                                "%(type)s expires on %(date)s",
                                type=doc_type.name,
                                date=max(d.expiry_date for d in valid),
                            )
                        )
                elif type_docs:
                    found.add("expired")
                    issues.append(self.env._("%(type)s has expired", type=doc_type.name))
                else:
                    found.add("missing")
                    issues.append(self.env._("%(type)s is missing", type=doc_type.name))
            status = next((s for s in ("expired", "missing", "expiring") if s in found), "complete")
            results[vendor.id] = (status, issues, vendor.id in iso_vendors)
        return results

    # Constraints ---------------------------------------------------------------------
    @api.constrains("is_outsourcing_vendor", "is_company")
    def _check_outsourcing_vendor_is_company(self):
        for partner in self:
            if partner.is_outsourcing_vendor and not partner.is_company:
                raise ValidationError(
                    self.env._(
                        "%(name)s is an individual: only companies can be outsourcing vendors.",
                        name=partner.display_name,
                    )
                )

    @api.constrains(
        "registered_capital",
        "asset_liability_ratio",
        "current_ratio",
        "years_in_business",
        "outsourcing_headcount",
    )
    def _check_company_facts(self):
        labels = {
            "registered_capital": self.env._("Registered capital"),
            "asset_liability_ratio": self.env._("Asset-liability ratio"),
            "current_ratio": self.env._("Current ratio"),
            "years_in_business": self.env._("Years in business"),
            "outsourcing_headcount": self.env._("Headcount"),
        }
        for partner in self:
            for field, label in labels.items():
                if partner[field] < 0:
                    raise ValidationError(
                        self.env._(
                            "%(field)s of %(vendor)s cannot be negative.",
                            field=label,
                            vendor=partner.display_name,
                        )
                    )

    # Lifecycle -----------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        if not self._labor_vendor_state_unlocked():
            for vals in vals_list:
                if vals.get("vendor_state", "prospect") != "prospect":
                    raise AccessError(
                        self.env._(
                            "A new vendor starts as a Prospect: its status changes with the Change Status button."
                        )
                    )
                vals["vendor_state"] = "prospect"  # nor from the caller's context defaults
        partners = super().create(vals_list)
        vendors = partners.filtered("is_outsourcing_vendor")
        if vendors:
            self.env["labor.vendor.state.log"].sudo().create(
                [
                    {
                        "vendor_id": vendor.id,
                        "new_state": vendor.vendor_state,
                        "reason": self.env._("Vendor registered"),
                    }
                    for vendor in vendors
                ]
            )
        return partners

    @api.model
    def _labor_vendor_state_unlocked(self):
        return self.env.su or labor_state_bypassed() or transition_running(self._name)

    def write(self, vals):
        if "vendor_state" in vals and not self._labor_vendor_state_unlocked():
            changed = self.filtered(lambda p: p.vendor_state != vals["vendor_state"])
            if changed:
                raise AccessError(
                    self.env._(
                        "Vendor Status of Contact change only through its buttons, not directly: "
                        "use the Change Status button, every change needs a reason."
                    )
                )
        return super().write(vals)

    def copy_data(self, default=None):
        return super().copy_data(dict(default or {}, vendor_state="prospect"))

    def _labor_set_vendor_state(self, new_state, reason):
        """Move vendors to ``new_state``, checking the lifecycle and recording ``reason``."""
        if new_state not in dict(VENDOR_STATES):
            raise UserError(self.env._("Unknown vendor status %(state)s.", state=new_state))
        if not (reason or "").strip():
            raise UserError(self.env._("Give a reason for the status change."))
        labels = dict(self._fields["vendor_state"]._description_selection(self.env))
        is_manager = self.env.user.has_group("labor_outsourcing.group_labor_manager")
        for vendor in self:
            if not vendor.is_outsourcing_vendor:
                raise UserError(self.env._("%(name)s is not an outsourcing vendor.", name=vendor.display_name))
            old = vendor.vendor_state
            if new_state not in VENDOR_TRANSITIONS.get(old, set()):
                raise UserError(
                    self.env._(
                        "%(vendor)s cannot go from %(old)s to %(new)s.",
                        vendor=vendor.display_name,
                        old=labels[old],
                        new=labels[new_state],
                    )
                )
            if (new_state in MANAGER_STATES or old == "blacklisted") and not is_manager:
                raise AccessError(
                    self.env._(
                        "Only an Outsourcing Manager can move a vendor to %(new)s or out of Blacklisted.",
                        new=labels[new_state],
                    )
                )
            if new_state == "approved" and vendor.labor_compliance in ("missing", "expired"):
                raise UserError(
                    self.env._(
                        "%(vendor)s cannot be approved: its qualification documents are not in order.\n%(issues)s",
                        vendor=vendor.display_name,
                        issues=vendor.labor_compliance_issues,
                    )
                )
        logs = [
            {
                "vendor_id": vendor.id,
                "old_state": vendor.vendor_state,
                "new_state": new_state,
                "reason": reason.strip(),
            }
            for vendor in self
        ]
        with running_transition(self._name, "change_state"):
            self.write({"vendor_state": new_state})
        self.env["labor.vendor.state.log"].sudo().create(logs)
        for vendor in self:
            vendor.message_post(
                body=self.env._("Status changed to %(new)s: %(reason)s", new=labels[new_state], reason=reason),
                subtype_xmlid="mail.mt_note",
            )
        return True

    def action_labor_change_state(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Change Vendor Status"),
            "res_model": "labor.vendor.state.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_vendor_ids": self.ids},
        }

    def _labor_check_usable(self, purpose):
        """Raise a clear error unless every vendor of ``self`` may get new ``purpose``
        records ("contract" or "worker"): it must be an Approved outsourcing vendor."""
        labels = dict(self._fields["vendor_state"]._description_selection(self.env))
        what = {"contract": self.env._("contracts"), "worker": self.env._("workers")}[purpose]
        for vendor in self:
            if not vendor.is_outsourcing_vendor:
                raise UserError(self.env._("%(name)s is not an outsourcing vendor.", name=vendor.display_name))
            if vendor.vendor_state in ("suspended", "blacklisted"):
                raise UserError(
                    self.env._(
                        "%(vendor)s is %(state)s: it cannot get new %(what)s.",
                        vendor=vendor.display_name,
                        state=labels[vendor.vendor_state],
                        what=what,
                    )
                )
            if vendor.vendor_state != "approved":
                raise UserError(
                    self.env._(
                        "Only Approved vendors get new %(what)s; %(vendor)s is %(state)s.",
                        vendor=vendor.display_name,
                        state=labels[vendor.vendor_state],
                        what=what,
                    )
                )
        return True

    @api.model
    def _labor_suspend_noncompliant_vendors(self):
        """Suspend Approved vendors whose required documents are missing or expired (when
        configured so). Idempotent: suspended vendors are not touched again."""
        # the parameter is installed as True; unticking the setting removes it
        param = self.env["ir.config_parameter"].sudo().get_param("labor_outsourcing.auto_suspend_noncompliant")
        if not param or param in ("False", "0"):
            return self.browse()
        vendors = self.search(
            [
                ("is_outsourcing_vendor", "=", True),
                ("vendor_state", "=", "approved"),
                ("labor_compliance", "in", ("missing", "expired")),
            ]
        )
        for vendor in vendors:
            vendor.sudo()._labor_set_vendor_state(
                "suspended",
                self.env._(
                    "Suspended automatically: qualification documents not in order.\n%(issues)s",
                    issues=vendor.labor_compliance_issues,
                ),
            )
        return vendors

    def action_view_vendor_documents(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("labor_outsourcing.labor_vendor_document_action")
        action["domain"] = [("vendor_id", "=", self.id)]
        action["context"] = {"default_vendor_id": self.id}
        return action

    # Vendor portal ---------------------------------------------------------------------
    def _labor_responsible_user(self):
        """The internal user who handles what the vendor sends through the portal: its
        outsourcing responsible when active, else the administrator."""
        self.ensure_one()
        user = self.sudo().outsourcing_user_id
        return user if user and user.active and not user.share else self.env.ref("base.user_admin")

    def action_labor_invite_portal(self):
        """The standard portal access wizard on the vendor and its contacts: the contacts
        granted access see the vendor's contracts, documents, workers, reports and
        settlements on /my."""
        self.ensure_one()
        if not self.is_outsourcing_vendor:
            raise UserError(self.env._("%(name)s is not an outsourcing vendor.", name=self.display_name))
        wizard = self.env["portal.wizard"].with_context(active_ids=self.ids, active_model="res.partner").create({})
        return wizard._action_open_modal()

    @api.model
    def get_import_templates(self):
        """Odoo's templates, plus the outsourcing vendors' one (with their company facts) in
        the Outsourcing > Vendors list, for the users who manage vendors."""
        templates = super().get_import_templates()
        if (
            self.env.context.get("default_is_outsourcing_vendor")
            and self.env.user.has_group("labor_outsourcing.group_labor_user")
            and self.has_access("create")
        ):
            templates.append(
                {
                    "label": self.env._("Import Template for Outsourcing Vendors"),
                    "template": "/labor_outsourcing/static/xls/labor_outsourcing_vendors.xlsx",
                }
            )
        return templates
