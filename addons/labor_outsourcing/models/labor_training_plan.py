# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class LaborTrainingPlan(models.Model):
    """The courses a worker of a job type must have passed before working."""

    _name = "labor.training.plan"
    _description = "Worker Training Plan"
    _order = "name"

    name = fields.Char(required=True, translate=True)
    company_id = fields.Many2one("res.company", default=lambda self: self.env.company, index=True)
    job_product_ids = fields.Many2many(
        "product.product",
        "labor_training_plan_job_rel",
        "plan_id",
        "product_id",
        string="Job Types",
        domain="[('type', '=', 'service')]",
        help="Workers of these job types follow the plan; empty: every outsourced worker.",
    )
    course_ids = fields.Many2many(
        "labor.training.course",
        "labor_training_plan_course_rel",
        "plan_id",
        "course_id",
        string="Required Courses",
        required=True,
    )
    active = fields.Boolean(default=True)

    def _labor_applies_to(self, job_product, company):
        """Whether a worker of ``job_product`` in ``company`` must follow this plan."""
        self.ensure_one()
        if self.company_id and self.company_id != company:
            return False
        return not self.job_product_ids or bool(job_product and job_product in self.job_product_ids)
