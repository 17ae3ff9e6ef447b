# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_transition

from ..tools import grading
from ..tools import kpi as formulas

EVALUATION_STATES = [
    ("draft", "Draft"),
    ("scoring", "Scoring"),
    ("to_confirm", "To Confirm"),
    ("confirmed", "Confirmed"),
    ("cancelled", "Cancelled"),
]
RECOMMENDATIONS = [
    ("renew", "Renew"),
    ("continue", "Continue"),
    ("rectify", "Rectify"),
    ("terminate", "Terminate"),
]
SATISFACTION_CODE = "satisfaction"
#: What a confirmation freezes.
LOCKED_FIELDS = {
    "campaign_id",
    "vendor_id",
    "company_id",
    "date_from",
    "date_to",
    "template_id",
    "recommendation",
    "recommendation_note",
    "conclusion",
}


class LaborVendorEvaluation(models.Model):
    """The scorecard of one vendor for the period of a campaign: KPI criteria scored from
    the period's records through bands, manual criteria scored by the evaluators on their
    own sheets; a 0-100 total, a grade, a rank in the campaign and a recommendation that
    an Outsourcing Manager confirms, with its consequences (suspension, reward)."""

    _name = "labor.vendor.evaluation"
    _description = "Vendor Periodic Evaluation"
    _inherit = ["mail.thread", "mail.activity.mixin", "labor.portal.mixin", "labor.state.flow.mixin"]
    _labor_flow_fields = ("state", "confirmed_by_id", "confirmed_on")
    # confirmed only by a manager, and never reopened (but by the superuser)
    _labor_transitions = {
        "action_close_scoring": {
            "from": ("scoring",),
            "to": ("to_confirm",),
            "groups": "labor_outsourcing.group_labor_user",
        },
        "action_back_to_scoring": {
            "from": ("to_confirm",),
            "to": ("scoring",),
            "groups": "labor_outsourcing.group_labor_user",
        },
        "action_confirm": {
            "from": ("to_confirm",),
            "to": ("confirmed",),
            "check": "_labor_check_confirm_manager",
            "groups": "labor_outsourcing.group_labor_manager",
        },
        "action_cancel": {
            "from": ("draft", "scoring", "to_confirm", "cancelled"),
            "to": ("cancelled",),
            "groups": "labor_outsourcing.group_labor_user",
        },
    }
    _labor_portal_path = "evaluations"
    _order = "date_to desc, total_score desc, id"
    _check_company_auto = True
    _rec_names_search = ["name", "vendor_id"]

    name = fields.Char(compute="_compute_name", store=True, string="Reference")
    campaign_id = fields.Many2one(
        "labor.evaluation.campaign", required=True, ondelete="cascade", index=True, check_company=True
    )
    vendor_id = fields.Many2one(
        "res.partner", required=True, index=True, tracking=True, domain="[('is_outsourcing_vendor', '=', True)]"
    )
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(string="To", required=True)
    period_label = fields.Char(related="campaign_id.period_label", string="Period")
    template_id = fields.Many2one("labor.evaluation.template", required=True, check_company=True)
    state = fields.Selection(EVALUATION_STATES, default="draft", required=True, tracking=True, copy=False, index=True)
    evaluator_ids = fields.Many2many(related="campaign_id.evaluator_ids")
    line_ids = fields.One2many("labor.vendor.evaluation.line", "evaluation_id", string="Criteria", copy=False)
    kpi_value_ids = fields.One2many("labor.kpi.value", "evaluation_id", string="KPIs", copy=False)
    sheet_ids = fields.One2many("labor.vendor.evaluation.sheet", "evaluation_id", string="Score Sheets", copy=False)
    sheet_count = fields.Integer(compute="_compute_sheet_stats")
    sheet_submitted_count = fields.Integer(compute="_compute_sheet_stats")

    # Satisfaction: surveys, or a manual entry with its reason
    satisfaction_survey = fields.Float(string="Survey Satisfaction", digits=(5, 2), readonly=True)
    satisfaction_survey_count = fields.Integer(string="Completed Surveys", readonly=True)
    satisfaction_manual = fields.Boolean(string="Manual Satisfaction", tracking=True)
    satisfaction_manual_score = fields.Float(string="Manual Satisfaction Score", digits=(5, 2), tracking=True)
    satisfaction_reason = fields.Text(string="Reason of the Manual Entry", tracking=True)
    satisfaction = fields.Float(compute="_compute_satisfaction", store=True, digits=(5, 2))
    satisfaction_has_value = fields.Boolean(compute="_compute_satisfaction", store=True)
    survey_input_ids = fields.One2many(
        "survey.user_input", "labor_evaluation_id", string="Survey Answers", groups="survey.group_survey_user"
    )
    my_survey_pending = fields.Boolean(compute="_compute_my_survey_pending", string="My Survey to Answer")

    # Result
    is_complete = fields.Boolean(compute="_compute_total", store=True, help="Every manual criterion is scored.")
    has_total = fields.Boolean(compute="_compute_total", store=True)
    total_score = fields.Float(compute="_compute_total", store=True, digits=(5, 2), tracking=True, aggregator="avg")
    grade_id = fields.Many2one("labor.evaluation.grade", compute="_compute_grade_id", store=True, tracking=True)
    grade_color = fields.Integer(related="grade_id.color")
    rank = fields.Integer(readonly=True, copy=False, aggregator=False, help="Rank in the campaign; ties share a rank.")
    recommendation_suggested = fields.Selection(
        RECOMMENDATIONS, compute="_compute_grade_id", store=True, string="Suggested Recommendation"
    )
    recommendation = fields.Selection(
        RECOMMENDATIONS, compute="_compute_recommendation", store=True, readonly=False, tracking=True
    )
    recommendation_note = fields.Text(
        string="Justification",
        tracking=True,
        groups="base.group_user",
        help="Why the recommendation differs from the one the grade suggests.",
    )
    conclusion = fields.Html(help="Summary of the evaluation for the vendor and the management.")
    confirmed_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    confirmed_on = fields.Datetime(readonly=True, copy=False)
    reward_ids = fields.One2many("labor.vendor.reward", "evaluation_id", string="Rewards")
    consequence_note = fields.Text(readonly=True, copy=False, help="What the confirmation did to the vendor.")

    _sql_constraints = [
        ("campaign_vendor_uniq", "unique (campaign_id, vendor_id)", "A vendor is evaluated once per campaign."),
    ]

    # Computes ---------------------------------------------------------------------------------
    @api.depends("campaign_id.number", "vendor_id")
    def _compute_name(self):
        for evaluation in self:
            evaluation.name = f"{evaluation.campaign_id.number or ''} {evaluation.vendor_id.name or ''}".strip()

    @api.depends("sheet_ids.state")
    def _compute_sheet_stats(self):
        data = (
            self.env["labor.vendor.evaluation.sheet"]
            .sudo()
            ._read_group([("evaluation_id", "in", self.ids)], ["evaluation_id", "state"], ["__count"])
        )
        totals, submitted = defaultdict(int), defaultdict(int)
        for evaluation, state, count in data:
            totals[evaluation.id] += count
            if state == "submitted":
                submitted[evaluation.id] += count
        for evaluation in self:
            evaluation.sheet_count = totals[evaluation.id]
            evaluation.sheet_submitted_count = submitted[evaluation.id]

    def _compute_my_survey_pending(self):
        data = (
            self.env["survey.user_input"]
            .sudo()
            ._read_group(
                [
                    ("labor_evaluation_id", "in", self.ids),
                    ("partner_id", "=", self.env.user.partner_id.id),
                    ("state", "!=", "done"),
                ],
                ["labor_evaluation_id"],
            )
        )
        pending = {evaluation.id for (evaluation,) in data}
        for evaluation in self:
            evaluation.my_survey_pending = evaluation.id in pending

    @api.depends("satisfaction_manual", "satisfaction_manual_score", "satisfaction_survey", "satisfaction_survey_count")
    def _compute_satisfaction(self):
        for evaluation in self:
            if evaluation.satisfaction_manual:
                evaluation.satisfaction = evaluation.satisfaction_manual_score
                evaluation.satisfaction_has_value = True
            else:
                evaluation.satisfaction = evaluation.satisfaction_survey
                evaluation.satisfaction_has_value = bool(evaluation.satisfaction_survey_count)

    @api.depends("line_ids.score", "line_ids.has_score", "line_ids.is_manual", "template_id")
    def _compute_total(self):
        layouts = {}  # template id: its weights, read once
        for evaluation in self:
            manual = evaluation.line_ids.filtered("is_manual")
            evaluation.is_complete = all(manual.mapped("has_score"))
            total = None
            template = evaluation.template_id
            if evaluation.is_complete and template:
                scores = {line.criterion_id.id: line.score if line.has_score else None for line in evaluation.line_ids}
                if template.id not in layouts:
                    layouts[template.id] = template._scorecard_layout()
                total = formulas.scorecard_total(layouts[template.id], scores)
            evaluation.has_total = total is not None
            evaluation.total_score = total or 0.0

    @api.depends("total_score", "has_total")
    def _compute_grade_id(self):
        grades = self.env["labor.evaluation.grade"].search([("active", "=", True)])
        scale = [(grade.min_score, grade.id) for grade in grades]
        # only a new total changes the grade: a confirmed grade does not follow later scale changes
        for evaluation in self:
            if not evaluation.has_total or not scale:
                evaluation.grade_id = False
                evaluation.recommendation_suggested = False
                continue
            grade = grades.browse(grading.grade_for(evaluation.total_score, scale))
            evaluation.grade_id = grade
            evaluation.recommendation_suggested = grade.recommendation

    @api.depends("recommendation_suggested")
    def _compute_recommendation(self):
        for evaluation in self:
            evaluation.recommendation = evaluation.recommendation_suggested

    # Constraints -------------------------------------------------------------------------------
    @api.constrains("satisfaction_manual", "satisfaction_manual_score", "satisfaction_reason")
    def _check_satisfaction(self):
        for evaluation in self:
            if not evaluation.satisfaction_manual:
                continue
            if not 0 <= evaluation.satisfaction_manual_score <= 100:
                raise ValidationError(self.env._("A satisfaction score lies between 0 and 100."))
            if not (evaluation.satisfaction_reason or "").strip():
                raise ValidationError(
                    self.env._(
                        "%(evaluation)s: give the reason of the manual satisfaction score.",
                        evaluation=evaluation.name,
                    )
                )

    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for evaluation in self:
            if evaluation.date_to < evaluation.date_from:
                raise ValidationError(self.env._("The evaluation period must end after it starts."))

    # CRUD ----------------------------------------------------------------------------------------
    def write(self, vals):
        if set(vals) & LOCKED_FIELDS and self.filtered(lambda e: e.state == "confirmed"):
            raise UserError(self.env._("A confirmed evaluation cannot change."))
        if {"satisfaction_manual", "satisfaction_manual_score", "satisfaction_reason"} & set(vals):
            if self.filtered(lambda e: e.state in ("confirmed", "cancelled")):
                raise UserError(self.env._("The satisfaction of a confirmed or cancelled evaluation cannot change."))
        result = super().write(vals)
        if {"satisfaction_manual", "satisfaction_manual_score"} & set(vals):
            self._apply_satisfaction()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_confirmed(self):
        if self.filtered(lambda e: e.state == "confirmed"):
            raise UserError(self.env._("Confirmed evaluations cannot be deleted."))

    def _get_report_base_filename(self):
        self.ensure_one()
        return self.env._("Evaluation %(name)s", name=self.name)

    # Lines ---------------------------------------------------------------------------------------
    @api.model
    def _line_vals(self, criterion, kpis):
        """Values of the line of ``criterion``, with its KPI taken from ``kpis`` (one vendor's
        results of the KPI engine)."""
        vals = {"criterion_id": criterion.id, "kpi_id": criterion.kpi_id.id}
        if criterion.kpi_id:
            vals.update(self._kpi_line_vals(kpis.get(criterion.kpi_id.code)))
        return vals

    @api.model
    def _kpi_line_vals(self, data):
        if not data:
            return {"kpi_value": 0.0, "kpi_has_value": False, "kpi_target": 0.0, "kpi_status": "no_data"}
        return {
            "kpi_value": data["value"] or 0.0,
            "kpi_has_value": data["value"] is not None,
            "kpi_target": data["target"],
            "kpi_status": data["status"],
        }

    @api.model
    def _satisfaction_vals(self, kpis):
        data = kpis.get(SATISFACTION_CODE) or {}
        return {
            "satisfaction_survey": data.get("value") or 0.0,
            "satisfaction_survey_count": int(data.get("denominator") or 0),
        }

    def _apply_satisfaction(self):
        """The satisfaction criterion takes the manual score when one is entered."""
        for evaluation in self:
            lines = evaluation.line_ids.filtered(lambda line: line.kpi_id.code == SATISFACTION_CODE)
            if not lines:
                continue
            target = lines[0].kpi_target
            value = evaluation.satisfaction if evaluation.satisfaction_has_value else None
            status = self.env["labor.kpi.engine"]._kpi_status(value, target, lines[0].kpi_id)
            lines.write(
                {
                    "kpi_value": value or 0.0,
                    "kpi_has_value": value is not None,
                    "kpi_status": status,
                }
            )

    def _refresh_kpis(self):
        """Compute the KPIs of the evaluations again (late records, new survey answers):
        the KPI values, the KPI criteria and the survey satisfaction, campaign by campaign."""
        for campaign in self.campaign_id:
            evaluations = self.filtered(lambda e, c=campaign: e.campaign_id == c)
            results = self.env["labor.kpi.engine"]._compute_kpis(
                evaluations.vendor_id, campaign.date_from, campaign.date_to, companies=campaign.company_id
            )
            catalog = self.env["labor.kpi"].search([("active", "=", True)])
            evaluations.kpi_value_ids.sudo().unlink()
            self.env["labor.kpi.value"].sudo().create(
                self.env["labor.kpi.value"]._vals_from_results(
                    results,
                    catalog,
                    campaign.date_from,
                    campaign.date_to,
                    campaign.company_id,
                    "vendor",
                    evaluations={e.vendor_id.id: e for e in evaluations},
                )
            )
            updates = defaultdict(lambda: self.env["labor.vendor.evaluation.line"])
            for evaluation in evaluations:
                kpis = results[evaluation.vendor_id.id]
                evaluation.write(self._satisfaction_vals(kpis))
                for line in evaluation.line_ids.filtered("kpi_id"):
                    vals = self._kpi_line_vals(kpis.get(line.kpi_id.code))
                    updates[tuple(sorted(vals.items()))] |= line
            for vals, lines in updates.items():
                lines.write(dict(vals))
            evaluations._apply_satisfaction()

    # Flow ------------------------------------------------------------------------------------------
    def action_refresh_kpis(self):
        if self.filtered(lambda e: e.state not in ("draft", "scoring")):
            raise UserError(self.env._("KPIs are refreshed while the evaluation is being scored."))
        self._refresh_kpis()
        return True

    @labor_transition("action_close_scoring")
    def action_close_scoring(self):
        """Scoring -> To confirm: every sheet submitted; the KPIs are refreshed, the total,
        grade and suggested recommendation computed and the campaign ranked again."""
        if self.filtered(lambda e: e.state != "scoring"):
            raise UserError(self.env._("Only evaluations being scored can be closed."))
        # sudo: record rules hide the other evaluators' sheets
        pending = self.sudo().sheet_ids.filtered(lambda s: s.state != "submitted")
        if pending:
            raise UserError(
                self.env._(
                    "%(count)s score sheets are not submitted yet:\n%(sheets)s",
                    count=len(pending),
                    sheets="\n".join(f"- {sheet.evaluation_id.name}: {sheet.evaluator_id.name}" for sheet in pending),
                )
            )
        self._refresh_kpis()
        for evaluation in self:
            if not evaluation.is_complete:
                raise UserError(self.env._("%(evaluation)s: score every manual criterion.", evaluation=evaluation.name))
            if not evaluation.has_total:
                raise UserError(
                    self.env._(
                        "%(evaluation)s has no score: no KPI has data and no criterion is scored by hand.",
                        evaluation=evaluation.name,
                    )
                )
        self.write({"state": "to_confirm"})
        self.campaign_id._compute_ranking()
        return True

    @labor_transition("action_back_to_scoring")
    def action_back_to_scoring(self):
        """To confirm -> Scoring: the evaluators' sheets open again."""
        for evaluation in self:
            if evaluation.state != "to_confirm":
                raise UserError(self.env._("Only evaluations to confirm go back to scoring."))
        self.sudo().sheet_ids.write({"state": "draft", "submitted_on": False})
        self.write({"state": "scoring", "rank": 0})
        self.campaign_id._compute_ranking()
        return True

    def _labor_check_confirm_manager(self):
        if not self.env.user.has_group("labor_outsourcing.group_labor_manager"):
            raise AccessError(self.env._("Only an Outsourcing Manager can confirm an evaluation."))
        return True

    @labor_transition("action_confirm")
    def action_confirm(self):
        """An Outsourcing Manager confirms the result and the recommendation; confirmed D
        grades suspend the vendor and open a rectification, A grades create a reward (both
        configurable)."""
        for evaluation in self:
            if evaluation.state != "to_confirm":
                raise UserError(self.env._("%(evaluation)s is not to confirm.", evaluation=evaluation.name))
            if not evaluation.recommendation:
                raise UserError(self.env._("%(evaluation)s: choose a recommendation.", evaluation=evaluation.name))
            if (
                evaluation.recommendation != evaluation.recommendation_suggested
                and not (evaluation.recommendation_note or "").strip()
            ):
                raise UserError(
                    self.env._(
                        "%(evaluation)s: justify a recommendation that differs from the one of grade %(grade)s.",
                        evaluation=evaluation.name,
                        grade=evaluation.grade_id.name,
                    )
                )
        self.write({"state": "confirmed", "confirmed_by_id": self.env.user.id, "confirmed_on": fields.Datetime.now()})
        for evaluation in self:
            evaluation._apply_consequences()
        self.vendor_id._labor_update_last_evaluation()
        self.campaign_id._compute_ranking()
        return True

    def _apply_consequences(self):
        self.ensure_one()
        company = self.company_id
        consequence = self.grade_id.consequence
        notes = []
        if consequence == "suspend" and company.labor_eval_suspend_on_d:
            notes += self._suspend_vendor()
        elif consequence == "reward" and company.labor_eval_reward_on_a:
            score = "%.2f" % self.total_score
            reward = (
                self.env["labor.vendor.reward"]
                .sudo()
                .create(
                    {
                        "vendor_id": self.vendor_id.id,
                        "evaluation_id": self.id,
                        "company_id": company.id,
                        "date": fields.Date.context_today(self),
                        "description": self.env._(
                            "Grade %(grade)s (%(score)s) in %(campaign)s",
                            grade=self.grade_id.name,
                            score=score,
                            campaign=self.campaign_id.display_name,
                        ),
                    }
                )
            )
            notes.append(self.env._("Reward %(reward)s created.", reward=reward.name))
        if notes:
            self.consequence_note = "\n".join(notes)
            self.message_post(body=Markup("<br/>").join(notes), subtype_xmlid="mail.mt_note")

    def _suspend_vendor(self):
        """Suspend the vendor (if its lifecycle allows it) and ask its purchasing
        responsible for a rectification."""
        vendor = self.vendor_id
        notes = []
        labels = dict(vendor._fields["vendor_state"]._description_selection(self.env))
        score = "%.2f" % self.total_score
        reason = self.env._(
            "Grade %(grade)s (%(score)s) confirmed in %(evaluation)s",
            grade=self.grade_id.name,
            score=score,
            evaluation=self.name,
        )
        if vendor.vendor_state in ("approved", "qualified"):
            vendor._labor_set_vendor_state("suspended", reason)
            notes.append(self.env._("%(vendor)s suspended.", vendor=vendor.display_name))
        else:
            notes.append(
                self.env._(
                    "%(vendor)s stays %(state)s: only approved or qualified vendors are suspended.",
                    vendor=vendor.display_name,
                    state=labels[vendor.vendor_state],
                )
            )
        responsible = vendor.outsourcing_user_id or self.campaign_id.user_id or self.env.user
        vendor.activity_schedule(
            "labor_outsourcing_reports.mail_activity_type_rectification",
            user_id=responsible.id,
            summary=self.env._("Rectification after evaluation %(evaluation)s", evaluation=self.name),
            note=reason,
        )
        notes.append(self.env._("Rectification requested from %(user)s.", user=responsible.name))
        return notes

    @labor_transition("action_cancel")
    def action_cancel(self):
        if self.filtered(lambda e: e.state == "confirmed"):
            raise UserError(self.env._("Confirmed evaluations cannot be cancelled."))
        self.write({"state": "cancelled", "rank": 0})
        self.campaign_id._compute_ranking()
        return True

    # Navigation -------------------------------------------------------------------------------------
    def action_answer_survey(self):
        """Open the current user's satisfaction survey about the vendor."""
        self.ensure_one()
        answer = (
            self.env["survey.user_input"]
            .sudo()
            .search(
                [
                    ("labor_evaluation_id", "=", self.id),
                    ("partner_id", "=", self.env.user.partner_id.id),
                    ("state", "!=", "done"),
                ],
                limit=1,
            )
        )
        if not answer:
            raise UserError(
                self.env._(
                    "You have no satisfaction survey to answer about %(vendor)s.", vendor=self.vendor_id.display_name
                )
            )
        return {"type": "ir.actions.act_url", "url": answer.get_start_url(), "target": "self"}

    def action_view_sheets(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "labor_outsourcing_reports.labor_vendor_evaluation_sheet_action"
        )
        action["domain"] = [("evaluation_id", "=", self.id)]
        action["context"] = {}
        return action

    def action_view_trend(self):
        """The vendor's confirmed scores over the periods."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "labor_outsourcing_reports.labor_vendor_evaluation_action_trend"
        )
        action["domain"] = [("vendor_id", "=", self.vendor_id.id)]
        return action

    def _previous_evaluations(self, limit=4):
        """The vendor's previous confirmed evaluations (for the trend of the report)."""
        self.ensure_one()
        return self.search(
            [
                ("vendor_id", "=", self.vendor_id.id),
                ("company_id", "=", self.company_id.id),
                ("state", "=", "confirmed"),
                ("date_to", "<", self.date_from),
            ],
            order="date_to desc",
            limit=limit,
        ).sorted("date_to")

    # Report -------------------------------------------------------------------------------------------
    def _report_ncr_rows(self):
        """Counts of the vendor's NCRs detected in the period, by severity: open, closed,
        cancelled and total (one query)."""
        self.ensure_one()
        data = (
            self.env["labor.ncr"]
            .sudo()
            ._read_group(
                [
                    ("vendor_id", "=", self.vendor_id.id),
                    ("company_id", "=", self.company_id.id),
                    ("detected_on", ">=", self.date_from),
                    ("detected_on", "<=", self.date_to),
                ],
                ["severity", "state"],
                ["__count"],
            )
        )
        severities = self.env["labor.ncr"]._fields["severity"]._description_selection(self.env)
        counts = defaultdict(lambda: defaultdict(int))
        for severity, state, count in data:
            column = state if state in ("closed", "cancel") else "open"
            counts[severity][column] += count
        return [
            {
                "severity": label,
                "open": counts[key]["open"],
                "closed": counts[key]["closed"],
                "cancelled": counts[key]["cancel"],
                "total": counts[key]["open"] + counts[key]["closed"] + counts[key]["cancel"],
            }
            for key, label in severities
        ]

    def _report_dimensions(self):
        """[(dimension, lines, dimension score or None)] of the scorecard."""
        self.ensure_one()
        rows = []
        for dimension in self.template_id.dimension_ids:
            lines = self.line_ids.filtered(lambda line, d=dimension: line.dimension_id == d)
            scored = lines.filtered("has_score")
            weights = sum(scored.mapped("criterion_weight"))
            score = sum(line.score * line.criterion_weight for line in scored) / weights if weights else None
            rows.append((dimension, lines, score))
        return rows

    def _report_ranked_count(self):
        self.ensure_one()
        return len(self.campaign_id.evaluation_ids.filtered("rank"))
