# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from markupsafe import Markup, escape

from odoo import Command, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_transition

from ..tools import aql
from ..tools import inspection as arithmetic
from .labor_inspection_plan import SAMPLING_METHODS

INSPECTION_STATES = [("draft", "Draft"), ("in_progress", "In Progress"), ("done", "Done"), ("cancel", "Cancelled")]
INSPECTION_KINDS = [
    ("scheduled", "Scheduled"),
    ("site", "Site Inspection"),
    ("self", "Vendor Self-Inspection"),
    ("audit", "Third-Party Audit"),
]


class LaborInspection(models.Model):
    """An inspection of a vendor's service or delivery lot against a plan's checklist,
    with its sampling decision: Draft -> In progress -> Done (Passed / Failed), or
    Cancelled. A failed inspection opens a non-conformance report."""

    _name = "labor.inspection"
    _description = "Quality Inspection"
    _inherit = [
        "labor.portal.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "labor.sequence.mixin",
        "labor.state.flow.mixin",
    ]
    _labor_flow_fields = ("state", "result", "lot_accepted")
    _labor_transitions = {
        "action_start": {
            "from": ("draft",),
            "to": ("in_progress",),
            "groups": "labor_outsourcing_quality.group_labor_quality_inspector",
        },
        "action_done": {
            "from": ("in_progress",),
            "to": ("done",),
            "groups": "labor_outsourcing_quality.group_labor_quality_inspector",
        },
        "action_cancel": {
            "from": ("draft", "in_progress", "cancel"),
            "to": ("cancel",),
            "groups": "labor_outsourcing_quality.group_labor_quality_inspector",
        },
        "action_reset_draft": {
            "from": ("cancel",),
            "to": ("draft",),
            "groups": "labor_outsourcing_quality.group_labor_quality_inspector",
        },
    }
    _labor_portal_path = "inspections"
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Number", required=True, readonly=True, copy=False, default=lambda self: self.env._("New")
    )
    state = fields.Selection(INSPECTION_STATES, default="draft", required=True, tracking=True, copy=False, index=True)
    result = fields.Selection([("passed", "Passed"), ("failed", "Failed")], readonly=True, copy=False, tracking=True)
    kind = fields.Selection(INSPECTION_KINDS, required=True, default="site", tracking=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    plan_id = fields.Many2one("labor.inspection.plan", required=True, check_company=True, tracking=True, index=True)
    contract_id = fields.Many2one("labor.contract", check_company=True)
    vendor_id = fields.Many2one(
        "res.partner", required=True, index=True, domain="[('is_outsourcing_vendor', '=', True)]"
    )
    site_id = fields.Many2one("labor.work.site", check_company=True)
    employee_ids = fields.Many2many("hr.employee", string="Workers", check_company=True)
    lot_reference = fields.Char(string="Delivery Lot")
    lot_size = fields.Integer()
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True, index=True)
    inspector_id = fields.Many2one(
        "res.users",
        default=lambda self: self.env.user,
        domain="[('share', '=', False)]",
        tracking=True,
    )
    auditor_partner_id = fields.Many2one("res.partner", string="Auditor Organisation")
    audit_report = fields.Binary(attachment=True, copy=False)
    audit_report_name = fields.Char(copy=False)
    answer_ids = fields.One2many("labor.inspection.answer", "inspection_id", string="Answers", copy=False)
    note = fields.Html()

    # Sampling, fixed when the inspection starts
    sampling_method = fields.Selection(SAMPLING_METHODS, default="none", required=True)
    severity = fields.Selection(
        [("normal", "Normal"), ("tightened", "Tightened"), ("reduced", "Reduced")], readonly=True, copy=False
    )
    code_letter = fields.Char(readonly=True, copy=False)
    sample_size = fields.Integer(readonly=True, copy=False)
    accept_number = fields.Integer(string="Ac", readonly=True, copy=False)
    reject_number = fields.Integer(string="Re", readonly=True, copy=False)
    nonconforming_qty = fields.Integer(string="Nonconforming in Sample")
    lot_accepted = fields.Boolean(readonly=True, copy=False)

    ncr_ids = fields.One2many("labor.ncr", "inspection_id", string="NCRs")
    ncr_id = fields.Many2one("labor.ncr", compute="_compute_ncr_id", string="NCR")

    @api.model
    def _plan_defaults(self, plan):
        """Values an inspection takes from its plan unless given."""
        return {
            "contract_id": plan.contract_id.id,
            "vendor_id": (plan.vendor_id or plan.contract_id.vendor_id).id,
            "site_id": plan.site_id.id,
            "sampling_method": plan.sampling_method,
            "company_id": plan.company_id.id,
        }

    @api.onchange("plan_id")
    def _onchange_plan_id(self):
        if self.plan_id:
            for field, value in self._plan_defaults(self.plan_id).items():
                if field in ("sampling_method", "company_id") or not self[field]:
                    self[field] = value

    @api.depends("ncr_ids")
    def _compute_ncr_id(self):
        for inspection in self:
            inspection.ncr_id = inspection.ncr_ids[:1]

    @api.model_create_multi
    def create(self, vals_list):
        plans = self.env["labor.inspection.plan"].browse({vals["plan_id"] for vals in vals_list if vals.get("plan_id")})
        for vals in vals_list:
            if vals.get("plan_id"):
                for field, value in self._plan_defaults(plans.browse(vals["plan_id"])).items():
                    if field not in vals and value:
                        vals[field] = value
        return super().create(vals_list)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_done(self):
        if self.filtered(lambda i: i.state == "done"):
            raise UserError(self.env._("Done inspections cannot be deleted."))

    # Flow ------------------------------------------------------------------------------
    def _sampling_plan(self):
        """``(severity, SamplingPlan)`` of the lot, ``(False, None)`` without sampling."""
        self.ensure_one()
        method, plan = self.sampling_method, self.plan_id
        if method == "none":
            return False, None
        if self.lot_size < (2 if method == "iso2859" else 1):
            raise UserError(self.env._("Enter the lot size of %(inspection)s.", inspection=self.name))
        if method == "full":
            return False, aql.SamplingPlan("", self.lot_size, plan.acceptance_number, plan.acceptance_number + 1)
        if method == "fixed":
            size = arithmetic.fixed_sample(self.lot_size, plan.sample_size)
            return False, aql.SamplingPlan("", size, plan.acceptance_number, plan.acceptance_number + 1)
        state = plan._switching_for(self.vendor_id)._get_state()
        if state.discontinued:
            raise UserError(
                self.env._(
                    "ISO 2859-1 inspection of %(vendor)s under %(plan)s is discontinued: a manager resumes it "
                    "once the vendor's corrective action is accepted.",
                    vendor=self.vendor_id.display_name,
                    plan=plan.name,
                )
            )
        return state.severity, aql.sampling_plan(self.lot_size, plan.aql, plan.inspection_level, state.severity)

    def _sampling_vals(self, severity, plan):
        return {
            "severity": severity,
            "code_letter": plan.code_letter if plan else False,
            "sample_size": plan.sample_size if plan else 0,
            "accept_number": plan.accept if plan else 0,
            "reject_number": plan.reject if plan else 0,
        }

    @labor_transition("action_start")
    def action_start(self):
        """Draft -> In progress: the checklist of the plan and the sampling plan of the lot."""
        for inspection in self:
            if inspection.state != "draft":
                raise UserError(self.env._("%(inspection)s is not a draft.", inspection=inspection.name))
            severity, plan = inspection._sampling_plan()
            vals = inspection._sampling_vals(severity, plan)
            vals["state"] = "in_progress"
            if not inspection.answer_ids:
                vals["answer_ids"] = [
                    Command.create({"item_id": item.id, "sequence": item.sequence})
                    for item in inspection.plan_id.item_ids
                ]
            inspection.write(vals)
        return True

    def _compute_result(self):
        """The :class:`arithmetic.InspectionResult` of the answers and the sampling."""
        self.ensure_one()
        lot_accepted = None
        if self.sampling_method not in (False, "none"):
            lot_accepted = self.nonconforming_qty <= self.accept_number
        return arithmetic.inspection_result((a._to_answer() for a in self.answer_ids), lot_accepted)

    @labor_transition("action_done")
    def action_done(self):
        """In progress -> Done: the result of the answers and the sampling decision; ISO
        2859-1 lots update the vendor's switching state; failed inspections open an NCR."""
        for inspection in self:
            if inspection.state != "in_progress":
                raise UserError(self.env._("Start %(inspection)s before finishing it.", inspection=inspection.name))
            if inspection.nonconforming_qty < 0 or (
                inspection.sample_size and inspection.nonconforming_qty > inspection.sample_size
            ):
                raise UserError(
                    self.env._(
                        "%(inspection)s: the nonconforming items (%(qty)s) must be between 0 and the sample size "
                        "(%(size)s).",
                        inspection=inspection.name,
                        qty=inspection.nonconforming_qty,
                        size=inspection.sample_size,
                    )
                )
            result = inspection._compute_result()
            if result.result is None:
                names = inspection.answer_ids.mapped("name")
                raise UserError(
                    self.env._(
                        "Answer every check of %(inspection)s (and attach the photos required): %(items)s.",
                        inspection=inspection.name,
                        items=", ".join(names[i] for i in result.missing_items) or self.env._("no checklist"),
                    )
                )
            vals = {}
            if inspection.sampling_method == "iso2859":
                # the decision is the one of the plan of the vendor's current severity
                plan = inspection.plan_id
                severity, _plan = inspection._sampling_plan()
                lot = plan._switching_for(inspection.vendor_id)._record(
                    inspection.lot_size, plan.aql, inspection.nonconforming_qty, plan.inspection_level
                )
                inspection.write(inspection._sampling_vals(severity, lot.plan))
                result = inspection._compute_result()
            vals.update(state="done", result=result.result, lot_accepted=bool(result.lot_accepted))
            inspection.write(vals)
        self.filtered(lambda i: i.result == "failed" and not i.ncr_ids)._create_ncrs()
        return True

    def _ncr_description(self):
        self.ensure_one()
        failed = self.answer_ids.filtered(lambda a: a.conforming == "no")
        lines = [escape(self.env._("Inspection %(name)s failed.", name=self.name))]
        if self.sampling_method not in (False, "none") and not self.lot_accepted:
            lines.append(
                escape(
                    self.env._(
                        "Lot not accepted: %(qty)s nonconforming in a sample of %(size)s (Ac %(ac)s).",
                        qty=self.nonconforming_qty,
                        size=self.sample_size,
                        ac=self.accept_number,
                    )
                )
            )
        lines += [escape(f"- {answer.name}: {answer._display_answer()}") for answer in failed]
        return Markup("<p>%s</p>") % Markup("<br/>").join(lines)

    def _create_ncrs(self):
        """One pre-filled NCR per failed inspection."""
        category = self.env.ref("labor_outsourcing_quality.ncr_category_quality")
        return self.env["labor.ncr"].create(
            [
                {
                    "title": self.env._("Failed inspection %(name)s", name=inspection.name),
                    "source": "third_party_audit" if inspection.kind == "audit" else "inspection",
                    "company_id": inspection.company_id.id,
                    "category_id": (inspection.plan_id.ncr_category_id or category).id,
                    "severity": inspection.plan_id.ncr_severity or "minor",
                    "vendor_id": inspection.vendor_id.id,
                    "contract_id": inspection.contract_id.id,
                    "site_id": inspection.site_id.id,
                    "employee_ids": [Command.set(inspection.employee_ids.ids)],
                    "inspection_id": inspection.id,
                    "description": inspection._ncr_description(),
                    "qty_checked": inspection.sample_size or len(inspection.answer_ids),
                    "qty_nonconforming": inspection.nonconforming_qty
                    or len(inspection.answer_ids.filtered(lambda a: a.conforming == "no")),
                    "detected_by_id": inspection.inspector_id.id,
                    "detected_on": inspection.date,
                    "user_id": inspection.inspector_id.id or self.env.user.id,
                    "attachment_ids": [Command.set(inspection.answer_ids.attachment_ids.ids)],
                }
                for inspection in self
            ]
        )

    @labor_transition("action_cancel")
    def action_cancel(self):
        if self.filtered(lambda i: i.state == "done"):
            raise UserError(self.env._("Done inspections cannot be cancelled."))
        self.write({"state": "cancel"})
        return True

    @labor_transition("action_reset_draft")
    def action_reset_draft(self):
        if self.filtered(lambda i: i.state != "cancel"):
            raise UserError(self.env._("Only cancelled inspections can be reset to draft."))
        self.write({"state": "draft"})
        return True

    def action_view_ncr(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "labor.ncr",
            "res_id": self.ncr_id.id,
            "view_mode": "form",
        }
