# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    labor_evaluation_ids = fields.One2many("labor.vendor.evaluation", "vendor_id", string="Periodic Evaluations")
    labor_evaluation_count = fields.Integer(compute="_compute_labor_evaluation_count", string="Evaluation Count")
    labor_last_grade_id = fields.Many2one(
        "labor.evaluation.grade",
        string="Last Grade",
        readonly=True,
        copy=False,
        help="Grade of the vendor's latest confirmed periodic evaluation.",
    )
    labor_last_evaluation_score = fields.Float(
        string="Last Evaluation Score",
        readonly=True,
        copy=False,
        digits=(5, 2),
        help="Score (0-100) of the vendor's latest confirmed periodic evaluation.",
    )
    labor_last_grade_color = fields.Integer(related="labor_last_grade_id.color", string="Last Grade Color")

    @api.depends("labor_evaluation_ids")
    def _compute_labor_evaluation_count(self):
        counts = dict(
            self.env["labor.vendor.evaluation"]._read_group([("vendor_id", "in", self.ids)], ["vendor_id"], ["__count"])
        )
        for partner in self:
            partner.labor_evaluation_count = counts.get(partner, 0)

    def _labor_update_last_evaluation(self):
        """Store the grade and score of each vendor's latest confirmed evaluation."""
        evaluations = (
            self.env["labor.vendor.evaluation"]
            .sudo()
            .search(
                [("vendor_id", "in", self.ids), ("state", "=", "confirmed")], order="date_to desc, confirmed_on desc"
            )
        )
        latest = {}
        for evaluation in evaluations:
            latest.setdefault(evaluation.vendor_id.id, evaluation)
        for vendor in self:
            evaluation = latest.get(vendor.id)
            vendor.sudo().write(
                {
                    "labor_last_grade_id": evaluation.grade_id.id if evaluation else False,
                    "labor_last_evaluation_score": evaluation.total_score if evaluation else 0.0,
                }
            )

    def action_view_labor_evaluations(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "labor_outsourcing_reports.labor_vendor_evaluation_action"
        )
        action["domain"] = [("vendor_id", "=", self.id)]
        action["context"] = {"create": False}
        return action
