# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_date

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_transition

from ..tools import kpi as formulas
from .labor_kpi_engine import RUNNING_CONTRACT_STATES

#: The regulation's 考核周期: monthly or at the end of a project phase, and the usual calendar periods.
PERIOD_TYPES = [
    ("month", "Month"),
    ("quarter", "Quarter"),
    ("half_year", "Half-Year"),
    ("year", "Year"),
    ("phase", "Project Phase"),
]
CAMPAIGN_STATES = [
    ("draft", "Draft"),
    ("in_progress", "In Progress"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
]
#: Context of the batch creations of a campaign: one creation message on the campaign
#: instead of one per evaluation.
BATCH_CONTEXT = {"mail_create_nolog": True, "mail_create_nosubscribe": True, "tracking_disable": True}


def _default_period(today):
    """The quarter before ``today``'s: (year, index)."""
    index = (today.month - 1) // 3 + 1
    return (today.year, index - 1) if index > 1 else (today.year - 1, 4)


class LaborEvaluationCampaign(models.Model):
    """Periodic evaluation of vendors over a month, quarter, half-year, year or project phase
    (explicit dates and the phase's name): one evaluation
    per vendor, its KPI criteria scored from the period's records, its manual criteria
    by the evaluators; results ranked, confirmed by a manager, then closed."""

    _name = "labor.evaluation.campaign"
    _description = "Vendor Evaluation Campaign"
    _inherit = ["mail.thread", "mail.activity.mixin", "labor.sequence.mixin", "labor.state.flow.mixin"]
    _labor_flow_fields = ("state",)
    _labor_transitions = {
        "action_start": {
            "from": ("draft",),
            "to": ("in_progress",),
            "groups": "labor_outsourcing.group_labor_user",
            "cascade": ("labor.vendor.evaluation",),
        },
        "action_close": {"from": ("in_progress",), "to": ("done",), "groups": "labor_outsourcing.group_labor_user"},
        "action_cancel": {
            "from": ("draft", "in_progress", "cancelled"),
            "to": ("cancelled",),
            "groups": "labor_outsourcing.group_labor_user",
            "cascade": ("labor.vendor.evaluation",),
        },
        "action_reset_draft": {
            "from": ("cancelled",),
            "to": ("draft",),
            "groups": "labor_outsourcing.group_labor_user",
        },
    }
    _labor_sequence_field = "number"
    _order = "date_from desc, id desc"
    _check_company_auto = True

    number = fields.Char(required=True, readonly=True, copy=False, default=lambda self: self.env._("New"))
    name = fields.Char(
        required=True, tracking=True, compute="_compute_name", store=True, readonly=False, precompute=True
    )
    state = fields.Selection(CAMPAIGN_STATES, default="draft", required=True, tracking=True, copy=False)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True, tracking=True
    )
    user_id = fields.Many2one(
        "res.users",
        string="Responsible",
        default=lambda self: self.env.user,
        tracking=True,
        domain="[('share', '=', False)]",
    )
    period_type = fields.Selection(PERIOD_TYPES, required=True, default="quarter", tracking=True)
    year = fields.Integer(required=True, default=lambda self: _default_period(fields.Date.context_today(self))[0])
    period_index = fields.Integer(
        string="Period",
        required=True,
        default=lambda self: _default_period(fields.Date.context_today(self))[1],
        help="Month (1-12), quarter (1-4) or half-year (1-2) of the year; 1 for a year.",
    )
    phase_name = fields.Char(
        string="Project Phase",
        tracking=True,
        help="Name of the project phase evaluated at its end (period type Project Phase); the campaign's dates "
        "are the phase's.",
    )
    date_from = fields.Date(
        string="From",
        compute="_compute_dates",
        store=True,
        readonly=False,
        required=True,
        precompute=True,
        tracking=True,
    )
    date_to = fields.Date(
        string="To",
        compute="_compute_dates",
        store=True,
        readonly=False,
        required=True,
        precompute=True,
        tracking=True,
    )
    period_label = fields.Char(compute="_compute_period_label", string="Period Name")
    template_id = fields.Many2one(
        "labor.evaluation.template",
        required=True,
        check_company=True,
        domain="[('usage', 'in', ('periodic', 'both'))]",
        default=lambda self: self.env.ref(
            "labor_outsourcing_reports.evaluation_template_periodic", raise_if_not_found=False
        ),
        tracking=True,
    )
    vendor_ids = fields.Many2many(
        "res.partner",
        "labor_evaluation_campaign_vendor_rel",
        "campaign_id",
        "vendor_id",
        string="Vendors",
        domain="[('is_outsourcing_vendor', '=', True)]",
    )
    evaluator_ids = fields.Many2many(
        "res.users",
        "labor_evaluation_campaign_evaluator_rel",
        "campaign_id",
        "user_id",
        string="Evaluators",
        domain="[('share', '=', False)]",
        help="Score the manual criteria of every evaluation, each on his own sheet.",
    )
    survey_id = fields.Many2one(
        "survey.survey",
        string="Satisfaction Survey",
        domain="[('scoring_type', '!=', 'no_scoring')]",
        help="Scored survey sent to the stakeholders about each vendor; its mean score (0-100) is "
        "the vendor's satisfaction.",
    )
    stakeholder_ids = fields.Many2many(
        "res.users",
        "labor_evaluation_campaign_stakeholder_rel",
        "campaign_id",
        "user_id",
        string="Survey Respondents",
        domain="[('share', '=', False)]",
        help="Internal stakeholders who answer the satisfaction survey about each vendor; the evaluators when empty.",
    )
    evaluation_ids = fields.One2many("labor.vendor.evaluation", "campaign_id", string="Evaluations")
    evaluation_count = fields.Integer(compute="_compute_evaluation_stats")
    confirmed_count = fields.Integer(compute="_compute_evaluation_stats")
    note = fields.Html()

    _sql_constraints = [
        ("period_index_positive", "CHECK (period_index > 0)", "The period index starts at 1."),
    ]

    # Computes --------------------------------------------------------------------------------
    @api.depends("period_type", "year", "period_index")
    def _compute_dates(self):
        for campaign in self:
            if campaign.period_type == "phase":
                # a phase has no calendar bounds: its dates are entered
                campaign.date_from = campaign.date_from or fields.Date.context_today(self)
                campaign.date_to = campaign.date_to or campaign.date_from
                continue
            try:
                start, end = formulas.period_bounds(campaign.year, campaign.period_type, campaign.period_index)
                campaign.date_from, campaign.date_to = date(*start), date(*end)
            except (ValueError, TypeError):
                # an impossible period: the whole year (or today), refused by _check_period
                try:
                    campaign.date_from, campaign.date_to = date(campaign.year, 1, 1), date(campaign.year, 12, 31)
                except (ValueError, TypeError):
                    campaign.date_from = campaign.date_to = fields.Date.context_today(self)

    @api.depends("period_type", "year", "period_index", "date_from", "date_to", "phase_name")
    def _compute_period_label(self):
        for campaign in self:
            if campaign.period_type == "month":
                label = f"{campaign.year}-{campaign.period_index:02d}"
            elif campaign.period_type == "phase":
                label = campaign.phase_name or ""
            elif campaign.period_type == "quarter":
                label = f"{campaign.year} Q{campaign.period_index}"
            elif campaign.period_type == "half_year":
                label = f"{campaign.year} H{campaign.period_index}"
            else:
                label = str(campaign.year)
            campaign.period_label = label

    @api.depends("period_label")
    def _compute_name(self):
        for campaign in self:
            campaign.name = self.env._("Vendor evaluation %(period)s", period=campaign.period_label)

    @api.depends("evaluation_ids.state")
    def _compute_evaluation_stats(self):
        data = self.env["labor.vendor.evaluation"]._read_group(
            [("campaign_id", "in", self.ids)], ["campaign_id", "state"], ["__count"]
        )
        totals, confirmed = {}, {}
        for campaign, state, count in data:
            totals[campaign.id] = totals.get(campaign.id, 0) + count
            if state == "confirmed":
                confirmed[campaign.id] = confirmed.get(campaign.id, 0) + count
        for campaign in self:
            campaign.evaluation_count = totals.get(campaign.id, 0)
            campaign.confirmed_count = confirmed.get(campaign.id, 0)

    @api.depends("number", "name")
    def _compute_display_name(self):
        for campaign in self:
            campaign.display_name = f"{campaign.number} {campaign.name}" if campaign.number else campaign.name

    # Constraints -----------------------------------------------------------------------------
    @api.constrains("period_type", "year", "period_index", "date_from", "date_to", "phase_name")
    def _check_period(self):
        for campaign in self:
            if not 2000 <= campaign.year <= 2100:
                raise ValidationError(self.env._("The year of the campaign must lie between 2000 and 2100."))
            if campaign.period_type == "phase":
                if not (campaign.phase_name or "").strip():
                    raise ValidationError(
                        self.env._("A campaign at the end of a project phase names the phase it evaluates.")
                    )
            else:
                try:
                    formulas.period_bounds(campaign.year, campaign.period_type, campaign.period_index)
                except ValueError as error:
                    labels = dict(self._fields["period_type"]._description_selection(self.env))
                    raise ValidationError(
                        self.env._(
                            "%(type)s %(index)s does not exist: a month is 1 to 12, a quarter 1 to 4, a half-year "
                            "1 or 2, a year 1.",
                            type=labels[campaign.period_type],
                            index=campaign.period_index,
                        )
                    ) from error
            if campaign.date_to < campaign.date_from:
                raise ValidationError(
                    self.env._(
                        "%(campaign)s: the period ends (%(end)s) before it starts (%(start)s).",
                        campaign=campaign.name,
                        start=format_date(self.env, campaign.date_from),
                        end=format_date(self.env, campaign.date_to),
                    )
                )

    # CRUD ------------------------------------------------------------------------------------

    def write(self, vals):
        locked = {
            "vendor_ids",
            "template_id",
            "date_from",
            "date_to",
            "period_type",
            "year",
            "period_index",
            "phase_name",
            "company_id",
            "evaluator_ids",
            "survey_id",
            "stakeholder_ids",
        } & set(vals)
        if locked and self.filtered(lambda c: c.state != "draft"):
            raise UserError(
                self.env._(
                    "The period, template, vendors, evaluators and survey of a started campaign cannot change; "
                    "cancel it first."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_started(self):
        if self.filtered(lambda c: c.state not in ("draft", "cancelled")):
            raise UserError(self.env._("Cancel the campaign before deleting it."))
        if self.evaluation_ids.filtered(lambda e: e.state == "confirmed"):
            raise UserError(self.env._("A campaign with confirmed evaluations cannot be deleted."))

    # Vendors -----------------------------------------------------------------------------------
    def _vendors_with_contracts(self):
        """Outsourcing vendors with a contract of the company running in the period."""
        self.ensure_one()
        contracts = (
            self.env["labor.contract"]
            .sudo()
            .search_fetch(
                [
                    ("company_id", "=", self.company_id.id),
                    ("state", "in", RUNNING_CONTRACT_STATES),
                    ("date_start", "<=", self.date_to),
                    ("date_end", ">=", self.date_from),
                ],
                ["vendor_id"],
            )
        )
        return contracts.vendor_id.filtered("is_outsourcing_vendor")

    def action_add_vendors(self):
        """Add the vendors with a contract running in the period."""
        for campaign in self:
            if campaign.state != "draft":
                raise UserError(self.env._("Vendors are added while the campaign is a draft."))
            vendors = campaign._vendors_with_contracts()
            if not vendors:
                raise UserError(
                    self.env._(
                        "No vendor has a contract running from %(start)s to %(end)s.",
                        start=format_date(self.env, campaign.date_from),
                        end=format_date(self.env, campaign.date_to),
                    )
                )
            campaign.vendor_ids = [Command.link(vendor.id) for vendor in vendors]
        return True

    # Flow ----------------------------------------------------------------------------------------
    @labor_transition("action_start")
    def action_start(self):
        """Generate one evaluation per vendor, KPI criteria scored from the period and a
        score sheet per evaluator for the manual criteria; survey invitations if a survey
        is set; a to-do for each evaluator."""
        for campaign in self:
            if campaign.state != "draft":
                raise UserError(self.env._("Only draft campaigns can start."))
            if not campaign.vendor_ids:
                raise UserError(self.env._("Add the vendors to evaluate."))
            campaign.template_id._check_periodic_usable()
            if campaign.template_id.criterion_ids.filtered("is_manual") and not campaign.evaluator_ids:
                raise UserError(
                    self.env._(
                        "%(template)s has manual criteria: add the evaluators who score them.",
                        template=campaign.template_id.name,
                    )
                )
            if campaign.date_to >= fields.Date.context_today(self):
                raise UserError(
                    self.env._(
                        "The period is not over yet: start the campaign after %(end)s.",
                        end=format_date(self.env, campaign.date_to),
                    )
                )
            if campaign.survey_id:
                campaign._check_survey()
        for campaign in self:
            campaign._generate_evaluations()
        self.write({"state": "in_progress"})
        activity_type = "labor_outsourcing_reports.mail_activity_type_evaluation_scoring"
        for campaign in self:
            for evaluator in campaign.evaluator_ids:
                campaign.activity_schedule(
                    activity_type,
                    user_id=evaluator.id,
                    summary=self.env._("Score the vendors of %(campaign)s", campaign=campaign.display_name),
                )
            for respondent in campaign._survey_respondents():
                campaign.activity_schedule(
                    "mail.mail_activity_data_todo",
                    user_id=respondent.id,
                    summary=self.env._(
                        "Answer the satisfaction survey about the vendors of %(campaign)s",
                        campaign=campaign.display_name,
                    ),
                    note=self.env._("Open each vendor's evaluation and click Answer the Survey."),
                )
            campaign.message_post(
                body=self.env._("%(count)s evaluations generated.", count=len(campaign.vendor_ids)),
                subtype_xmlid="mail.mt_note",
            )
        return True

    def _survey_respondents(self):
        self.ensure_one()
        if not self.survey_id:
            return self.env["res.users"]
        return self.stakeholder_ids or self.evaluator_ids

    def _check_survey(self):
        self.ensure_one()
        survey = self.survey_id.sudo()
        if survey.scoring_type == "no_scoring":
            raise UserError(self.env._("The satisfaction survey %(survey)s has no scoring.", survey=survey.title))
        if not survey.active or not survey.question_ids:
            raise UserError(self.env._("The satisfaction survey %(survey)s cannot be answered.", survey=survey.title))
        if not self._survey_respondents():
            raise UserError(self.env._("Add the stakeholders who answer the satisfaction survey."))

    def _generate_evaluations(self):
        """One batch creation per model for all the vendors of the campaign."""
        self.ensure_one()
        template = self.template_id
        criteria = template.criterion_ids
        manual = criteria.filtered("is_manual")
        catalog = self.env["labor.kpi"].search([("active", "=", True)])
        results = self.env["labor.kpi.engine"]._compute_kpis(
            self.vendor_ids, self.date_from, self.date_to, companies=self.company_id
        )
        Evaluation = self.env["labor.vendor.evaluation"].with_context(**BATCH_CONTEXT)
        evaluations = Evaluation.create(
            [
                {
                    "campaign_id": self.id,
                    "vendor_id": vendor.id,
                    "company_id": self.company_id.id,
                    "date_from": self.date_from,
                    "date_to": self.date_to,
                    "template_id": template.id,
                    "state": "scoring",
                    **Evaluation._satisfaction_vals(results[vendor.id]),
                    "line_ids": [
                        Command.create(Evaluation._line_vals(criterion, results[vendor.id])) for criterion in criteria
                    ],
                }
                for vendor in self.vendor_ids
            ]
        )
        by_vendor = {evaluation.vendor_id.id: evaluation for evaluation in evaluations}
        self.env["labor.kpi.value"].sudo().create(
            self.env["labor.kpi.value"]._vals_from_results(
                results, catalog, self.date_from, self.date_to, self.company_id, "vendor", evaluations=by_vendor
            )
        )
        if manual:
            self.env["labor.vendor.evaluation.sheet"].sudo().with_context(**BATCH_CONTEXT).create(
                [
                    {
                        "evaluation_id": evaluation.id,
                        "evaluator_id": evaluator.id,
                        "line_ids": [Command.create({"criterion_id": criterion.id}) for criterion in manual],
                    }
                    for evaluation in evaluations
                    for evaluator in self.evaluator_ids
                ]
            )
        respondents = self._survey_respondents()
        if respondents:
            self.env["survey.user_input"].sudo().create(
                [
                    {
                        "survey_id": self.survey_id.id,
                        "partner_id": user.partner_id.id,
                        "email": user.email,
                        "nickname": user.name,
                        "labor_vendor_id": evaluation.vendor_id.id,
                        "labor_evaluation_id": evaluation.id,
                    }
                    for evaluation in evaluations
                    for user in respondents
                ]
            )
        return evaluations

    def action_close_scoring(self):
        """Close the scoring of every evaluation being scored (all sheets submitted)."""
        evaluations = self.evaluation_ids.filtered(lambda e: e.state == "scoring")
        if not evaluations:
            raise UserError(self.env._("No evaluation is being scored."))
        return evaluations.action_close_scoring()

    def action_confirm_evaluations(self):
        """A manager confirms every evaluation to confirm of the campaigns."""
        evaluations = self.evaluation_ids.filtered(lambda e: e.state == "to_confirm")
        if not evaluations:
            raise UserError(self.env._("No evaluation is to confirm."))
        return evaluations.action_confirm()

    @labor_transition("action_close")
    def action_close(self):
        """Close the campaign once every evaluation is confirmed or cancelled."""
        for campaign in self:
            if campaign.state != "in_progress":
                raise UserError(self.env._("Only campaigns in progress can be closed."))
            pending = campaign.evaluation_ids.filtered(lambda e: e.state not in ("confirmed", "cancelled"))
            if pending:
                raise UserError(
                    self.env._(
                        "Confirm or cancel every evaluation before closing the campaign; still open: %(vendors)s.",
                        vendors=", ".join(pending.mapped("vendor_id.display_name")),
                    )
                )
        self.write({"state": "done"})
        self.activity_unlink(
            ["labor_outsourcing_reports.mail_activity_type_evaluation_scoring", "mail.mail_activity_data_todo"]
        )
        return True

    @labor_transition("action_cancel")
    def action_cancel(self):
        for campaign in self:
            if campaign.state == "done":
                raise UserError(self.env._("A closed campaign cannot be cancelled."))
            if campaign.evaluation_ids.filtered(lambda e: e.state == "confirmed"):
                raise UserError(self.env._("Confirmed evaluations cannot be cancelled with their campaign."))
        self.evaluation_ids.filtered(lambda e: e.state != "cancelled").write({"state": "cancelled"})
        self.write({"state": "cancelled"})
        return True

    @labor_transition("action_reset_draft")
    def action_reset_draft(self):
        """Back to draft from Cancelled: the generated evaluations are deleted."""
        for campaign in self:
            if campaign.state != "cancelled":
                raise UserError(self.env._("Only cancelled campaigns can be reset to draft."))
        self.env["survey.user_input"].sudo().search([("labor_evaluation_id", "in", self.evaluation_ids.ids)]).unlink()
        self.evaluation_ids.sudo().unlink()
        self.write({"state": "draft"})
        return True

    def _compute_ranking(self):
        """Rank the scored evaluations of each campaign (ties share a rank), in one pass."""
        for campaign in self:
            scored = campaign.evaluation_ids.filtered(lambda e: e.state in ("to_confirm", "confirmed") and e.has_total)
            ranks = formulas.rank({e.id: e.total_score for e in scored})
            changed = campaign.evaluation_ids.filtered(lambda e: e.rank != (ranks.get(e.id) or 0))
            for new_rank, evaluations in changed.grouped(lambda e: ranks.get(e.id) or 0).items():
                evaluations.rank = new_rank

    # Navigation -------------------------------------------------------------------------------------
    def action_view_evaluations(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "labor_outsourcing_reports.labor_vendor_evaluation_action"
        )
        action["domain"] = [("campaign_id", "=", self.id)]
        action["context"] = {"create": False}
        return action

    def action_view_my_sheets(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "labor_outsourcing_reports.labor_vendor_evaluation_sheet_action"
        )
        action["domain"] = [("campaign_id", "=", self.id)]
        return action
