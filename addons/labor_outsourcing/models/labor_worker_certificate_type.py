# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

CERTIFICATE_CATEGORIES = [
    ("special_operation", "Special Operation Certificate"),
    ("health", "Health Certificate"),
    ("skill", "Skill Certificate"),
    ("safety_training", "Safety Training"),
    ("other", "Other"),
]


class LaborWorkerCertificateType(models.Model):
    """Kind of qualification an outsourced worker holds: special-operation certificate
    (特种作业操作证), health certificate, skill certificate, safety training..."""

    _name = "labor.worker.certificate.type"
    _description = "Worker Certificate Type"
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    category = fields.Selection(CERTIFICATE_CATEGORIES, required=True, default="other")
    required_for_all = fields.Boolean(
        string="Required for All Workers",
        help="Every outsourced worker must hold a verified, unexpired certificate of this type.",
    )
    job_product_ids = fields.Many2many(
        "product.product",
        "labor_worker_certificate_type_job_rel",
        "type_id",
        "product_id",
        string="Required for Job Types",
        domain="[('type', '=', 'service')]",
        help="Workers of these job types must hold a verified, unexpired certificate of this type.",
    )
    expiry_required = fields.Boolean(help="Certificates of this type must have an expiry date.")
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique (code)", "A certificate type with this code already exists."),
    ]

    def _labor_required_for(self, job_product):
        """Whether a worker of ``job_product`` (may be empty) needs this certificate."""
        self.ensure_one()
        return self.required_for_all or bool(job_product and job_product in self.job_product_ids)
