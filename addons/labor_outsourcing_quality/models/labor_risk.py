# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

from odoo.addons.labor_outsourcing.models.labor_state_flow_mixin import labor_transition

from ..tools import risk as arithmetic

RISK_CATEGORIES = [
    ("legal", "Legal Compliance"),
    ("safety", "Safety Production"),
    ("quality", "Quality"),
    ("financial", "Economic / Financial"),
    ("supplier", "Supplier"),
    ("continuity", "Business Continuity"),
    ("technical", "Technical"),
    ("infosec", "Information Security"),
]
LIKELIHOODS = [
    ("1", "1 - Rare"),
    ("2", "2 - Unlikely"),
    ("3", "3 - Possible"),
    ("4", "4 - Likely"),
    ("5", "5 - Almost Certain"),
]
IMPACTS = [("1", "1 - Negligible"), ("2", "2 - Minor"), ("3", "3 - Moderate"), ("4", "4 - Major"), ("5", "5 - Severe")]
LEVELS = [("low", "Low"), ("medium", "Medium"), ("high", "High")]


class LaborRisk(models.Model):
    """An entry of the outsourcing risk register: likelihood x impact gives the score,
    the company's thresholds its level; a response strategy with measures, an owner and
    a review date (reminded by a daily cron); the residual risk after the measures."""

    _name = "labor.risk"
    _description = "Outsourcing Risk"
    _inherit = ["mail.thread", "mail.activity.mixin", "labor.sequence.mixin", "labor.state.flow.mixin"]
    _labor_flow_fields = ("state",)
    _labor_transitions = {
        "action_monitor": {
            "from": ("open",),
            "to": ("monitored",),
            "groups": "labor_outsourcing_quality.group_labor_quality_inspector",
        },
        "action_close": {
            "from": ("open", "monitored"),
            "to": ("closed",),
            "groups": "labor_outsourcing_quality.group_labor_quality_inspector",
        },
        "action_reopen": {
            "from": ("monitored", "closed"),
            "to": ("open",),
            "groups": "labor_outsourcing_quality.group_labor_quality_inspector",
        },
    }
    _labor_sequence_field = "reference"
    _order = "score desc, review_date, id desc"
    _check_company_auto = True

    name = fields.Char(string="Risk", required=True, tracking=True)
    reference = fields.Char(readonly=True, copy=False, default=lambda self: self.env._("New"))
    active = fields.Boolean(default=True)
    state = fields.Selection(
        [("open", "Open"), ("monitored", "Monitored"), ("closed", "Closed")],
        default="open",
        required=True,
        tracking=True,
    )
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    category = fields.Selection(RISK_CATEGORIES, required=True, tracking=True)
    vendor_id = fields.Many2one("res.partner", domain="[('is_outsourcing_vendor', '=', True)]", index=True)
    contract_id = fields.Many2one("labor.contract", check_company=True)
    description = fields.Text()
    likelihood = fields.Selection(LIKELIHOODS, required=True, default="3", tracking=True)
    impact = fields.Selection(IMPACTS, required=True, default="3", tracking=True)
    score = fields.Integer(compute="_compute_score", store=True, aggregator="max")
    level = fields.Selection(LEVELS, compute="_compute_score", store=True, tracking=True)
    strategy = fields.Selection(
        [("avoid", "Avoid"), ("mitigate", "Mitigate"), ("transfer", "Transfer"), ("accept", "Accept")],
        string="Response Strategy",
        tracking=True,
    )
    measures = fields.Text()
    user_id = fields.Many2one(
        "res.users",
        string="Owner",
        default=lambda self: self.env.user,
        domain="[('share', '=', False)]",
        tracking=True,
    )
    review_date = fields.Date(tracking=True)
    review_reminded_for = fields.Date(readonly=True, copy=False)
    residual_likelihood = fields.Selection(LIKELIHOODS)
    residual_impact = fields.Selection(IMPACTS)
    residual_score = fields.Integer(compute="_compute_score", store=True, aggregator="max")
    residual_level = fields.Selection(LEVELS, compute="_compute_score", store=True)

    @api.depends(
        "likelihood",
        "impact",
        "residual_likelihood",
        "residual_impact",
        "company_id.labor_risk_low_max",
        "company_id.labor_risk_high_min",
    )
    def _compute_score(self):
        for risk in self:
            thresholds = risk.company_id._labor_risk_thresholds()
            risk.score = arithmetic.risk_score(int(risk.likelihood), int(risk.impact))
            risk.level = arithmetic.risk_level(risk.score, *thresholds)
            if risk.residual_likelihood and risk.residual_impact:
                risk.residual_score = arithmetic.risk_score(int(risk.residual_likelihood), int(risk.residual_impact))
                risk.residual_level = arithmetic.risk_level(risk.residual_score, *thresholds)
            else:
                risk.residual_score = 0
                risk.residual_level = False

    # Flow ---------------------------------------------------------------------------------
    def _labor_move(self, transition, state):
        self._labor_check_from_states(transition)
        self.write({"state": state})
        return True

    @labor_transition("action_monitor")
    def action_monitor(self):
        """The risk is treated: keep watching it."""
        return self._labor_move("action_monitor", "monitored")

    @labor_transition("action_close")
    def action_close(self):
        return self._labor_move("action_close", "closed")

    @labor_transition("action_reopen")
    def action_reopen(self):
        return self._labor_move("action_reopen", "open")

    @api.model
    def _cron_review_reminders(self):
        """One review activity per open risk and review date, once the date has come."""
        risks = self.search(
            [
                ("state", "!=", "closed"),
                ("review_date", "!=", False),
                ("review_date", "<=", self.env.company._labor_today()),
            ]
        ).filtered(lambda r: r.review_reminded_for != r.review_date)
        if not risks:
            return risks
        activity_type = self.env.ref("labor_outsourcing_quality.mail_activity_type_risk_review")
        model_id = self.env["ir.model"]._get_id(self._name)
        self.env["mail.activity"].sudo().create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": risk.id,
                    "activity_type_id": activity_type.id,
                    "summary": self.env._("Review the risk %(risk)s", risk=risk.name),
                    "date_deadline": risk.review_date,
                    "user_id": (risk.user_id or self.env.user).id,
                }
                for risk in risks
            ]
        )
        for date, group in risks.grouped("review_date").items():
            group.write({"review_reminded_for": date})
        return risks
