# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from ..tools import weighted_score
from .labor_state_flow_mixin import labor_transition


class LaborSelectionEvent(models.Model):
    """A tender or comparison of outsourcing vendors for a requirement, scored by a panel
    of evaluators on an evaluation template; ends with an award a manager confirms."""

    _name = "labor.selection.event"
    _description = "Vendor Selection Event"
    _inherit = ["mail.thread", "mail.activity.mixin", "labor.sequence.mixin", "labor.state.flow.mixin"]
    _labor_flow_fields = ("state",)
    _labor_transitions = {
        "action_start_scoring": {
            "from": ("draft",),
            "to": ("scoring",),
            "groups": "labor_outsourcing.group_labor_user",
        },
        "action_close_scoring": {
            "from": ("scoring",),
            "to": ("closed",),
            "groups": "labor_outsourcing.group_labor_user",
        },
        "action_confirm_award": {
            "from": ("closed",),
            "to": ("done",),
            "check": "_labor_check_award_manager",
            "groups": "labor_outsourcing.group_labor_manager",
        },
        "action_cancel": {
            "from": ("draft", "scoring", "closed", "cancel"),
            "to": ("cancel",),
            "groups": "labor_outsourcing.group_labor_user",
        },
        "action_reset_draft": {"from": ("cancel",), "to": ("draft",), "groups": "labor_outsourcing.group_labor_user"},
    }
    _order = "date_start desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default=lambda self: self.env._("New")
    )
    title = fields.Char(string="Requirement", required=True, tracking=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("scoring", "Scoring"),
            ("closed", "Scored"),
            ("done", "Awarded"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    user_id = fields.Many2one("res.users", string="Responsible", default=lambda self: self.env.user, tracking=True)
    method = fields.Selection(
        [
            ("public_tender", "Public Tender"),
            ("invitation", "Invitation to Tender"),
            ("direct", "Direct Negotiation"),
        ],
        required=True,
        default="invitation",
        tracking=True,
    )
    service_type_id = fields.Many2one("labor.service.type", tracking=True)
    job_product_ids = fields.Many2many(
        "product.product",
        string="Job Types",
        domain="[('type', '=', 'service'), ('purchase_ok', '=', True)]",
        help="Service products describing the jobs to staff.",
    )
    headcount = fields.Integer()
    date_start = fields.Date(string="Period Start")
    date_end = fields.Date(string="Period End")
    site_id = fields.Many2one("labor.work.site", check_company=True)
    budget = fields.Monetary(currency_field="currency_id")
    description = fields.Html()
    template_id = fields.Many2one(
        "labor.evaluation.template",
        required=True,
        check_company=True,
        domain="[('usage', 'in', ('selection', 'both'))]",
        default=lambda self: self.env.ref("labor_outsourcing.evaluation_template_plan", raise_if_not_found=False),
    )
    candidate_ids = fields.One2many("labor.selection.candidate", "event_id", string="Candidates")
    evaluator_ids = fields.Many2many(
        "res.users",
        "labor_selection_event_evaluator_rel",
        "event_id",
        "user_id",
        string="Evaluators",
        domain="[('share', '=', False)]",
    )
    sheet_ids = fields.One2many("labor.selection.score.sheet", "event_id", string="Score Sheets")
    sheet_count = fields.Integer(compute="_compute_sheet_stats")
    sheet_submitted_count = fields.Integer(compute="_compute_sheet_stats")
    document_warning = fields.Text(compute="_compute_document_warning")
    awarded_candidate_id = fields.Many2one(
        "labor.selection.candidate",
        domain="[('event_id', '=', id)]",
        tracking=True,
        copy=False,
    )
    awarded_vendor_id = fields.Many2one(related="awarded_candidate_id.vendor_id", string="Awarded Vendor", store=True)
    award_justification = fields.Text(tracking=True, copy=False)
    award_confirmed_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    award_confirmed_on = fields.Datetime(readonly=True, copy=False)

    @api.depends("sheet_ids.state")
    def _compute_sheet_stats(self):
        data = (
            self.env["labor.selection.score.sheet"]
            .sudo()
            ._read_group([("event_id", "in", self.ids)], ["event_id", "state"], ["__count"])
        )
        totals, submitted = {}, {}
        for event, state, count in data:
            totals[event.id] = totals.get(event.id, 0) + count
            if state == "submitted":
                submitted[event.id] = submitted.get(event.id, 0) + count
        for event in self:
            event.sheet_count = totals.get(event.id, 0)
            event.sheet_submitted_count = submitted.get(event.id, 0)

    @api.depends("candidate_ids.document_warning")
    def _compute_document_warning(self):
        for event in self:
            lines = [
                f"{c.vendor_id.display_name}: {'; '.join(c.document_warning.splitlines())}"
                for c in event.candidate_ids
                if c.document_warning
            ]
            event.document_warning = "\n".join(lines) or False

    @api.constrains("date_start", "date_end", "headcount", "budget")
    def _check_requirement(self):
        for event in self:
            if event.date_start and event.date_end and event.date_end < event.date_start:
                raise ValidationError(self.env._("The period must end after it starts."))
            if event.headcount < 0 or event.budget < 0:
                raise ValidationError(self.env._("Headcount and budget cannot be negative."))

    # Flow ---------------------------------------------------------------------------
    @labor_transition("action_start_scoring")
    def action_start_scoring(self):
        """Generate one score sheet per evaluator and candidate and open the scoring."""
        sheet_vals = []
        for event in self:
            if event.state != "draft":
                raise UserError(self.env._("Only draft selection events can start scoring."))
            if not event.candidate_ids:
                raise UserError(self.env._("Add at least one candidate vendor before scoring."))
            if not event.evaluator_ids:
                raise UserError(self.env._("Add at least one evaluator before scoring."))
            event.template_id._validate_weights()
            criteria = event.template_id.criterion_ids
            for candidate in event.candidate_ids:
                for evaluator in event.evaluator_ids:
                    sheet_vals.append(
                        {
                            "event_id": event.id,
                            "candidate_id": candidate.id,
                            "evaluator_id": evaluator.id,
                            "line_ids": [Command.create({"criterion_id": c.id}) for c in criteria],
                        }
                    )
        self.env["labor.selection.score.sheet"].sudo().create(sheet_vals)
        self.write({"state": "scoring"})
        for event in self:
            if event.document_warning:
                event.message_post(
                    body=self.env._(
                        "Qualification documents are not in order for some candidates:\n%(warning)s",
                        warning=event.document_warning,
                    ),
                    subtype_xmlid="mail.mt_note",
                )
            for evaluator in event.evaluator_ids:
                event.activity_schedule(
                    "labor_outsourcing.mail_activity_type_scoring",
                    user_id=evaluator.id,
                    summary=self.env._("Score the candidates of %(event)s", event=event.name),
                )
        return True

    @labor_transition("action_close_scoring")
    def action_close_scoring(self):
        """Close the scoring once every sheet is submitted; compute averages and ranking."""
        for event in self:
            if event.state != "scoring":
                raise UserError(self.env._("Only events being scored can be closed."))
            # sudo: record rules hide the other evaluators' sheets from the user closing
            pending = (
                self.env["labor.selection.score.sheet"]
                .sudo()
                .search([("event_id", "=", event.id), ("state", "!=", "submitted")])
            )
            if pending:
                raise UserError(
                    self.env._(
                        "%(count)s score sheets are not submitted yet (%(who)s).",
                        count=len(pending),
                        who=", ".join(sorted(set(pending.mapped("evaluator_id.name")))),
                    )
                )
        self._compute_results()
        self.write({"state": "closed"})
        return True

    def _compute_results(self):
        sheets = (
            self.env["labor.selection.score.sheet"]
            .sudo()
            .search_fetch(
                [("event_id", "in", self.ids), ("state", "=", "submitted")],
                ["candidate_id", "total_score"],
            )
        )
        by_candidate = {}
        for sheet in sheets:
            by_candidate.setdefault(sheet.candidate_id.id, []).append(sheet.total_score)
        for event in self:
            averages = {c.id: weighted_score.average(by_candidate.get(c.id, [])) for c in event.candidate_ids}
            ranks = weighted_score.rank(averages)
            for candidate in event.candidate_ids:
                candidate.write({"average_score": averages[candidate.id] or 0.0, "rank": ranks[candidate.id] or 0})
            best = event.candidate_ids.filtered(lambda c: c.rank == 1)
            if len(best) == 1 and not event.awarded_candidate_id:
                event.awarded_candidate_id = best

    def _labor_check_award_manager(self):
        if not self.env.user.has_group("labor_outsourcing.group_labor_manager"):
            raise AccessError(self.env._("Only an Outsourcing Manager can confirm an award."))
        return True

    @labor_transition("action_confirm_award")
    def action_confirm_award(self):
        """Manager confirms the award: the event is done and the awarded vendor moves to
        Qualified or Approved (configuration) if it was a prospect or under evaluation."""
        target = self.env["ir.config_parameter"].sudo().get_param("labor_outsourcing.award_vendor_state") or "qualified"
        for event in self:
            if event.state != "closed":
                raise UserError(self.env._("Only scored events can be awarded."))
            if not event.awarded_candidate_id:
                raise UserError(self.env._("Choose the awarded candidate."))
            if not (event.award_justification or "").strip():
                raise UserError(self.env._("Justify the award decision."))
            vendor = event.awarded_candidate_id.vendor_id
            if vendor.vendor_state == "blacklisted":
                raise UserError(
                    self.env._("%(vendor)s is blacklisted and cannot be awarded.", vendor=vendor.display_name)
                )
            event.write(
                {
                    "state": "done",
                    "award_confirmed_by_id": self.env.user.id,
                    "award_confirmed_on": fields.Datetime.now(),
                }
            )
            event._promote_awarded_vendor(vendor, target)
        return True

    def _promote_awarded_vendor(self, vendor, target):
        reason = self.env._("Awarded selection event %(event)s", event=self.name)
        path = {"prospect": ["evaluation", "qualified"], "evaluation": ["qualified"]}.get(vendor.vendor_state, [])
        if target == "approved" and vendor.vendor_state in ("prospect", "evaluation", "qualified"):
            path.append("approved")
        for state in path:
            if state == "approved" and vendor.labor_compliance in ("missing", "expired"):
                self.message_post(
                    body=self.env._(
                        "%(vendor)s stays Qualified: its qualification documents are not in order.",
                        vendor=vendor.display_name,
                    ),
                    subtype_xmlid="mail.mt_note",
                )
                break
            vendor._labor_set_vendor_state(state, reason)

    @labor_transition("action_cancel")
    def action_cancel(self):
        if self.filtered(lambda e: e.state == "done"):
            raise UserError(self.env._("An awarded event cannot be cancelled."))
        self.write({"state": "cancel"})
        return True

    @labor_transition("action_reset_draft")
    def action_reset_draft(self):
        for event in self:
            if event.state != "cancel":
                raise UserError(self.env._("Only cancelled events can be reset to draft."))
        self.env["labor.selection.score.sheet"].sudo().search([("event_id", "in", self.ids)]).unlink()
        self.candidate_ids.write({"average_score": 0.0, "rank": 0})
        self.write({"state": "draft", "awarded_candidate_id": False})
        return True

    def action_view_my_sheets(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("labor_outsourcing.labor_selection_score_sheet_action")
        action["domain"] = [("event_id", "=", self.id)]
        action["context"] = {"search_default_my_sheets": 0}
        return action
