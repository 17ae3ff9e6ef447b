# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Guarded state flows: the state and decision fields of a document change only through
its declared transitions, whoever calls (button, JSON-RPC, import, ``copy``).

A model inherits ``labor.state.flow.mixin`` and declares::

    _labor_flow_fields = ("state", "purchase_order_id")   # state first, then decisions
    _labor_transitions = {
        # name: from states, to state(s), who may run it
        "action_confirm": {"from": ("computed",), "to": ("confirmed",),
                           "groups": "labor_outsourcing.group_labor_user"},
        "action_approve": {"from": ("pm_reviewed",), "to": ("approved",),
                           "check": "_labor_is_director"},          # a role: method -> bool
        "action_cancel": {"from": (...), "to": ("cancel",), "cascade": ("labor.ncr.action",)},
    }

and decorates the methods that run them with ``@labor_transition("action_confirm")``
(or wraps the code in ``with records._labor_transition("action_confirm"):``).

* ``create`` may only set the initial state (the field's default) and leave the decision
  fields empty (or at their default);
* ``write`` of a guarded field is refused unless a transition of the model runs, and then
  only from its ``from`` states to its ``to`` states;
* ``copy`` resets the guarded fields to their defaults;
* a transition checks who runs it: ``check``, a method of the records returning whether
  the current user may run it on them (or raising its own error), then ``groups``, any of
  the comma-separated groups.

Internal bypasses are Python context variables, never ``env.context`` keys (a remote
caller chooses its context): ``labor_state_bypass()`` for data loaders, the bench
generator and test fixtures that create records in the state they would have reached.
The superuser environment (``env.su``: crons, data files, code that deliberately calls
``sudo()``) passes too: no remote call can obtain it, and Odoo's own checks (record rules,
``check_company``) make the same exception.
"""

import contextlib
import contextvars
import functools

from odoo import api, models
from odoo.exceptions import AccessError, UserError

# (model name, transition name) of the transitions running, innermost last
_RUNNING = contextvars.ContextVar("labor_state_flow_running", default=())
_BYPASS = contextvars.ContextVar("labor_state_flow_bypass", default=False)


@contextlib.contextmanager
def labor_state_bypass():
    """Let trusted server code (data loaders, the bench generator, test fixtures) create
    and write states and decisions directly, outside the transitions."""
    token = _BYPASS.set(True)
    try:
        yield
    finally:
        _BYPASS.reset(token)


def labor_state_bypassed():
    """Whether trusted code runs inside ``labor_state_bypass()``."""
    return _BYPASS.get()


@contextlib.contextmanager
def running_transition(model_name, name):
    """Mark the transition ``name`` of ``model_name`` as running (who may run it is checked
    by the caller). For models that cannot inherit the mixin (res.partner)."""
    token = _RUNNING.set(_RUNNING.get() + ((model_name, name),))
    try:
        yield
    finally:
        _RUNNING.reset(token)


def transition_running(model_name):
    return any(model == model_name for model, _name in _RUNNING.get())


def labor_transition(name):
    """Decorate the method that runs the transition ``name`` of its model."""

    def decorate(method):
        @functools.wraps(method)
        def run(self, *args, **kwargs):
            with self._labor_transition(name):
                return method(self, *args, **kwargs)

        run._labor_transition = name
        return run

    return decorate


class LaborStateFlowMixin(models.AbstractModel):
    _name = "labor.state.flow.mixin"
    _description = "Outsourcing Guarded State Flow"

    # the state field first, then the decision fields
    _labor_flow_fields = ("state",)
    _labor_transitions = {}
    # guarded fields that some groups may also write directly (e.g. a manager adjusting a
    # proposed penalty): {field: "group_xmlid,group_xmlid"}
    _labor_flow_field_groups = {}
    # states in which a user may delete a record (default: the initial state and the
    # cancelled ones); past them, the record is part of the history. False: the model
    # refuses the deletion itself, in its own words (same default states).
    _labor_unlink_states = None

    # Who is running -------------------------------------------------------------------------
    @api.model
    def _labor_flow_trusted(self):
        return self.env.su or _BYPASS.get()

    @api.model
    def _labor_running_transitions(self):
        """Transitions running that may write this model's guarded fields."""
        return [
            (model, name)
            for model, name in _RUNNING.get()
            if model == self._name or self._name in self.env[model]._labor_transitions[name].get("cascade", ())
        ]

    @contextlib.contextmanager
    def _labor_transition(self, name):
        """Run the transition ``name`` on ``self``: check who may, then let its writes of the
        guarded fields through."""
        spec = self._labor_transitions[name]
        if not self._labor_flow_trusted():
            self._labor_check_transition_who(name, spec)
        with running_transition(self._name, name):
            yield

    def _labor_check_from_states(self, name):
        """Refuse the records the transition ``name`` cannot start from (for methods that
        do not check it themselves)."""
        spec = self._labor_transitions[name]
        state_field = self._labor_flow_fields[0]
        wrong = self.filtered(lambda r: "from" in spec and r[state_field] not in spec["from"])
        if wrong:
            labels = dict(self._fields[state_field]._description_selection(self.env))
            raise UserError(
                self.env._(
                    "%(records)s is %(state)s: it cannot %(action)s.",
                    records=", ".join(wrong.mapped("display_name")),
                    state=labels.get(wrong[0][state_field], wrong[0][state_field]),
                    action=self._labor_transition_label(name),
                )
            )

    def _labor_transition_label(self, name):
        return self._labor_transitions[name].get("label") or name.removeprefix("action_").replace("_", " ")

    def _labor_check_transition_who(self, name, spec):
        # the model's own check first: it explains the refusal in its own words
        check = spec.get("check")
        if check and not getattr(self, check)():
            raise AccessError(
                self.env._(
                    "You are not allowed to %(action)s %(records)s.",
                    action=self._labor_transition_label(name),
                    records=", ".join(self.mapped("display_name")),
                )
            )
        groups = spec.get("groups")
        if groups and not any(self.env.user.has_group(group) for group in groups.split(",")):
            raise AccessError(
                self.env._(
                    "You are not allowed to %(action)s %(model)s records.",
                    action=self._labor_transition_label(name),
                    model=self._description,
                )
            )

    # Guard ----------------------------------------------------------------------------------
    @api.model
    def _labor_flow_defaults(self):
        """The value each guarded field starts with: the default in the code, never one
        from the caller's context (``default_state``) or a user default."""
        defaults = {}
        for name in self._labor_flow_fields:
            field = self._fields[name]
            value = field.default(self) if field.default else False
            defaults[name] = field.convert_to_write(field.convert_to_cache(value, self), self) if value else False
        return defaults

    def _labor_flow_labels(self, fields_):
        return ", ".join(self._fields[f].get_description(self.env)["string"] for f in fields_)

    @staticmethod
    def _labor_same_value(field, value, default):
        if field.type in ("many2one", "one2many", "many2many"):
            return not value or value == default
        return value == default or (not value and not default)

    @api.model_create_multi
    def create(self, vals_list):
        # a transition of another document may create these in a later state (cascade)
        if not self._labor_flow_trusted() and not self._labor_running_transitions():
            defaults = self._labor_flow_defaults()
            for vals in vals_list:
                wrong = [
                    name
                    for name in self._labor_flow_fields
                    if name in vals and not self._labor_same_value(self._fields[name], vals[name], defaults[name])
                ]
                if wrong:
                    raise AccessError(
                        self.env._(
                            "A new %(model)s starts at the beginning of its flow: %(fields)s change only "
                            "through its actions.",
                            model=self._description,
                            fields=self._labor_flow_labels(wrong),
                        )
                    )
                # not from the caller's context defaults either
                for name, value in defaults.items():
                    vals.setdefault(name, value)
        return super().create(vals_list)

    def write(self, vals):
        self._labor_guard_write(vals)
        return super().write(vals)

    def _labor_guard_write(self, vals):
        guarded = [
            name for name in self._labor_flow_fields if name in vals and not self._labor_may_write_directly(name)
        ]
        if guarded and self and not self._labor_flow_trusted():
            self._labor_check_flow_write(vals, guarded)

    @api.model
    def _labor_may_write_directly(self, name):
        groups = self._labor_flow_field_groups.get(name)
        return bool(groups) and any(self.env.user.has_group(group) for group in groups.split(","))

    def _labor_check_flow_write(self, vals, guarded):
        running = self._labor_running_transitions()
        if not running:
            raise AccessError(
                self.env._(
                    "%(fields)s of %(model)s change only through its buttons, not directly.",
                    fields=self._labor_flow_labels(guarded),
                    model=self._description,
                )
            )
        model, name = running[-1]
        if model != self._name:
            return  # a cascade of another document's transition
        state_field = self._labor_flow_fields[0]
        spec = self._labor_transitions[name]
        if state_field not in guarded:
            return
        new = vals[state_field]
        labels = dict(self._fields[state_field]._description_selection(self.env))
        for record in self:
            old = record[state_field]
            if old == new:
                continue
            if ("from" in spec and old not in spec["from"]) or ("to" in spec and new not in spec["to"]):
                raise UserError(
                    self.env._(
                        "%(record)s cannot go from %(old)s to %(new)s.",
                        record=record.display_name,
                        old=labels.get(old, old),
                        new=labels.get(new, new),
                    )
                )

    @api.model
    def _labor_deletable_states(self):
        if self._labor_unlink_states:
            return self._labor_unlink_states
        return (self._labor_flow_defaults()[self._labor_flow_fields[0]], "cancel", "cancelled")

    @api.ondelete(at_uninstall=False)
    def _labor_unlink_except_in_flow(self):
        if self._labor_unlink_states is False or self._labor_flow_trusted() or self._labor_running_transitions():
            return
        state_field = self._labor_flow_fields[0]
        states = self._labor_deletable_states()
        kept = self.filtered(lambda r: r[state_field] not in states)
        if kept:
            labels = dict(self._fields[state_field]._description_selection(self.env))
            raise UserError(
                self.env._(
                    "%(records)s is %(state)s: it is part of the history and cannot be deleted.",
                    records=", ".join(kept.mapped("display_name")),
                    state=labels.get(kept[0][state_field], kept[0][state_field]),
                )
            )

    def copy_data(self, default=None):
        default = dict(default or {})
        if not self._labor_flow_trusted():
            for name, value in self._labor_flow_defaults().items():
                default[name] = value
        return super().copy_data(default)
