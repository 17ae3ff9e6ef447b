# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The RPC refusal matrix: what a logged-in user could send by hand to
``/web/dataset/call_kw`` is refused, and leaves the database as it was.

Generated from the registry: every model of the three addons that uses the guarded state
flow (``labor.state.flow.mixin``) and its declared fields and transitions, for every role
below, on a record of each state the demo data has:

- ``create`` in a later state and ``write`` of each guarded field (state and decisions);
- every ``action_*`` transition the role may not run (not in its groups, or not from the
  record's state);
- ``unlink`` of records past their first state, and of every record of the three addons
  for the roles without any Outsourcing group.

A new model that inherits the mixin, or a new transition or guarded field, is covered
without a new test."""

import json
import logging

from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from odoo.addons.labor_outsourcing.tests.common import LaborOutsourcingCommon

_logger = logging.getLogger(__name__)

MODULES = ("labor_outsourcing", "labor_outsourcing_quality", "labor_outsourcing_reports")
# a stored field of this kind is compared before and after the calls
SNAPSHOT_TYPES = {
    "char",
    "text",
    "html",
    "selection",
    "integer",
    "float",
    "monetary",
    "boolean",
    "date",
    "datetime",
    "many2one",
}
SKIP_SNAPSHOT = {"write_date", "write_uid", "message_main_attachment_id"}


@tagged("post_install", "-at_install")
class TestRpcRefusalMatrix(HttpCase, LaborOutsourcingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.inspector = new_test_user(
            cls.env, "lo_matrix_inspector", groups="labor_outsourcing_quality.group_labor_quality_inspector"
        )
        other_vendor = cls.create_vendor("Matrix Other Vendor", state="approved")
        contact = other_vendor.create({"name": "Matrix Portal Contact", "parent_id": other_vendor.id})
        cls.portal_other = new_test_user(cls.env, "lo_matrix_portal", groups="base.group_portal", partner_id=contact.id)
        cls.roles = {
            "plain internal user": cls.user_plain,
            "Outsourcing / User": cls.user,
            "Quality Inspector": cls.inspector,
            "Legal Reviewer": cls.legal,
            "Leadership Approver": cls.leadership,
            "user of another company": cls.manager_company_2,
            "portal contact of another vendor": cls.portal_other,
        }
        cls.flow_models = sorted(name for name, model in cls.env.registry.items() if cls._uses_flow(model))

    @classmethod
    def _uses_flow(cls, model):
        return (
            not model._abstract
            and not model._transient
            and issubclass(model, cls.env.registry["labor.state.flow.mixin"])
            and cls._module_of(model._name) in MODULES
        )

    @classmethod
    def _module_of(cls, model_name):
        return cls.env.registry[model_name]._original_module

    # Helpers -------------------------------------------------------------------------------
    def call_kw(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def assertRefusedOverRpc(self, role, model, method, args, kwargs=None):
        with self.subTest(role=role, model=model, method=method, args=str(args)[:80]):
            with self.assertRaises(JsonRpcException, msg=f"{role}: {model}.{method} accepted"):
                self.call_kw(model, method, args, kwargs)

    def snapshot(self, records):
        self.env.invalidate_all()
        names = [
            name
            for name, field in records._fields.items()
            if field.store and field.type in SNAPSHOT_TYPES and name not in SKIP_SNAPSHOT
        ]
        return records.sudo().read(names)

    def other_value(self, record, name):
        field = record._fields[name]
        value = record.sudo()[name]
        if field.type == "selection":
            values = [key for key, _label in field._description_selection(self.env)]
            return next(key for key in reversed(values) if key != value)
        if field.type == "many2one":
            if value:
                return False
            return self.env[field.comodel_name].sudo().search([], limit=1).id or False
        if field.type == "date":
            return "2020-01-01"
        if field.type == "datetime":
            return "2020-01-01 00:00:00"
        if field.type in ("float", "monetary", "integer"):
            return (value or 0) + 1
        if field.type == "boolean":
            return not value
        return "forged"

    def samples(self, model_name):
        """A record of each state the database has (read as superuser)."""
        Model = self.env[model_name].sudo().with_context(active_test=False)
        state_field = Model._labor_flow_fields[0]
        groups = Model._read_group([], [state_field], ["id:min"])
        return Model.browse(record_id for _state, record_id in groups)

    def allowed(self, user, model_name, transition, record):
        spec = self.env[model_name]._labor_transitions[transition]
        groups = spec.get("groups")
        if groups and not any(user.has_group(group) for group in groups.split(",")):
            return False
        state = record[self.env[model_name]._labor_flow_fields[0]]
        return "from" not in spec or state in spec["from"]

    # The matrix ----------------------------------------------------------------------------
    @mute_logger("odoo.http", "odoo.addons.base.models.ir_rule", "odoo.models")
    def test_refusal_matrix(self):
        self.assertIn("labor.settlement", self.flow_models)
        self.assertIn("labor.ncr", self.flow_models)
        self.assertIn("labor.vendor.evaluation", self.flow_models)
        plan = []  # (model, records, snapshot)
        for model_name in self.flow_models:
            records = self.samples(model_name)
            if not records:
                _logger.warning("No record of %s in the database: its refusals are not exercised", model_name)
                continue
            plan.append((model_name, records, self.snapshot(records)))
        plan_counts = {
            name: self.env[name].sudo().with_context(active_test=False).search_count([]) for name, *_x in plan
        }
        calls = 0
        for role, user in self.roles.items():
            self.authenticate(user.login, user.login)
            for model_name, records, _snapshot in plan:
                Model = self.env[model_name]
                flow_fields = Model._labor_flow_fields
                state_field = flow_fields[0]
                first = records.sudo()[:1]
                for record in records.sudo():
                    for name in flow_fields:
                        if Model.with_user(user)._labor_may_write_directly(name):
                            continue
                        self.assertRefusedOverRpc(
                            role, model_name, "write", [record.ids, {name: self.other_value(record, name)}]
                        )
                        calls += 1
                    for transition in Model._labor_transitions:
                        if not transition.startswith("action_") or self.allowed(user, model_name, transition, record):
                            continue
                        self.assertRefusedOverRpc(role, model_name, transition, [record.ids])
                        calls += 1
                    if record[state_field] not in Model._labor_deletable_states():
                        self.assertRefusedOverRpc(role, model_name, "unlink", [record.ids])
                        calls += 1
                # a new record in a later state, with valid values otherwise (the sample's)
                vals = first.copy_data()[0]
                later = (
                    next(r[state_field] for r in records if r[state_field] != vals.get(state_field, None))
                    if len(records) > 1
                    else self.other_value(first, state_field)
                )
                vals[state_field] = later
                # as the web client sends them
                vals = json.loads(json.dumps(vals, default=str))
                self.assertRefusedOverRpc(role, model_name, "create", [[vals]])
                calls += 1
        _logger.info("RPC refusal matrix: %s calls refused", calls)
        for model_name, records, snapshot in plan:
            with self.subTest(model=model_name):
                self.assertEqual(self.snapshot(records), snapshot, f"{model_name} changed over RPC")
        counts = {name: self.env[name].sudo().with_context(active_test=False).search_count([]) for name, *_x in plan}
        self.assertEqual(counts, plan_counts, "a record was created or deleted over RPC")

    @mute_logger("odoo.http", "odoo.models")
    def test_no_unlink_without_an_outsourcing_group(self):
        """Every model of the three addons: nothing deleted by the roles without any
        Outsourcing group."""
        models_ = [
            name
            for name, model in self.env.registry.items()
            if not model._abstract
            and not model._transient
            and model._auto
            and self._module_of(name) in MODULES
            and name.startswith("labor.")
        ]
        plan = {}
        for name in models_:
            record = self.env[name].sudo().with_context(active_test=False).search([], limit=1, order="id")
            if record:
                plan[name] = record
        self.assertGreater(len(plan), 30)
        for role in ("plain internal user", "user of another company", "portal contact of another vendor"):
            user = self.roles[role]
            self.authenticate(user.login, user.login)
            for name, record in plan.items():
                if (
                    role == "user of another company"
                    and "company_id" in record._fields
                    and not record.sudo().company_id
                ):
                    continue  # shared records (configuration): the other company's manager may manage them
                if role == "user of another company" and "company_id" not in record._fields:
                    continue
                self.assertRefusedOverRpc(role, name, "unlink", [record.ids])
        for name, record in plan.items():
            self.assertTrue(record.exists(), f"{name} deleted over RPC")

    @mute_logger("odoo.http")
    def test_headline_reproduction_over_rpc(self):
        """Confirmed settlement -> write state -> reset -> compute -> confirm: refused, no
        second purchase order."""
        settlement = self.env.ref("labor_outsourcing.demo_settlement_last_month")
        self.assertEqual(settlement.state, "confirmed")
        orders = self.env["purchase.order"].search([("labor_settlement_id", "=", settlement.id)])
        self.authenticate(self.user.login, self.user.login)
        for method, args in (
            ("write", [settlement.ids, {"state": "computed"}]),
            ("write", [settlement.ids, {"state": "computed"}]),
            ("action_reset_draft", [settlement.ids]),
            ("action_compute", [settlement.ids]),
            ("action_confirm", [settlement.ids]),
        ):
            self.assertRefusedOverRpc("Outsourcing / User", "labor.settlement", method, args)
        # the same with a context that tries to switch the controls off
        context = {"skip_validation_check": True, "labor_vendor_state_change": True, "labor_contract_amendment": True}
        self.assertRefusedOverRpc(
            "Outsourcing / User",
            "labor.settlement",
            "write",
            [settlement.ids, {"state": "computed"}],
            {"context": context},
        )
        self.env.invalidate_all()
        self.assertEqual(settlement.state, "confirmed")
        self.assertEqual(self.env["purchase.order"].search([("labor_settlement_id", "=", settlement.id)]), orders)
        self.assertEqual(len(orders.filtered(lambda o: o.state != "cancel")), 1)

    @mute_logger("odoo.http")
    def test_vendor_state_over_rpc(self):
        """The vendor lifecycle (res.partner, which cannot take the mixin): neither written
        nor created in a later state, whatever the context."""
        vendor = self.env.ref("labor_outsourcing.demo_vendor_hengxin")
        state = vendor.vendor_state
        context = {"labor_vendor_state_change": True}
        for role, user in self.roles.items():
            self.authenticate(user.login, user.login)
            target = "blacklisted" if state != "blacklisted" else "approved"
            self.assertRefusedOverRpc(
                role, "res.partner", "write", [vendor.ids, {"vendor_state": target}], {"context": context}
            )
            self.assertRefusedOverRpc(
                role,
                "res.partner",
                "create",
                [[{"name": "Forged", "is_company": True, "is_outsourcing_vendor": True, "vendor_state": "approved"}]],
                {"context": context},
            )
        self.env.invalidate_all()
        self.assertEqual(vendor.vendor_state, state)
        self.assertFalse(self.env["res.partner"].search([("name", "=", "Forged")]))

    def test_every_stateful_model_uses_the_guarded_flow(self):
        """A new model of the three addons with a stored state selection uses the mixin (and
        is then in the matrix above), or is listed here with its reason."""
        own_guard = {
            # verified documents: state set by verify/expiry buttons of their own mixin
            "labor.vendor.document": "labor.verifiable.document.mixin",
            "labor.worker.certificate": "labor.verifiable.document.mixin",
            # score sheets: their own submit guard (labor.score.sheet.mixin)
            "labor.selection.score.sheet": "labor.score.sheet.mixin",
            "labor.vendor.evaluation.sheet": "labor.score.sheet.mixin",
        }
        missing = []
        for name, model in self.env.registry.items():
            if model._abstract or model._transient or not model._auto or self._module_of(name) not in MODULES:
                continue
            field = model._fields.get("state")
            if not field or field.type != "selection" or not field.store or field.compute or field.related:
                continue
            if not self._uses_flow(model) and name not in own_guard:
                missing.append(name)
        self.assertFalse(missing, "stateful models outside labor.state.flow.mixin")
