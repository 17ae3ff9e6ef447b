# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models, tools


class LaborWorkerHeadcountReport(models.Model):
    """Headcount of outsourced workers by vendor, contract, site and job type against the
    headcount plan of the contracts (active and approved contracts)."""

    _name = "labor.worker.headcount.report"
    _description = "Outsourced Worker Headcount"
    _auto = False
    _order = "vendor_id, contract_id"

    company_id = fields.Many2one("res.company", readonly=True)
    vendor_id = fields.Many2one("res.partner", readonly=True)
    contract_id = fields.Many2one("labor.contract", readonly=True)
    site_id = fields.Many2one("labor.work.site", string="Work Site", readonly=True)
    job_product_id = fields.Many2one("product.product", string="Job Type", readonly=True)
    planned = fields.Integer(string="Planned Headcount", readonly=True)
    actual = fields.Integer(string="Workers", readonly=True)
    gap = fields.Integer(readonly=True, help="Planned minus actual: positive when workers are missing.")

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE OR REPLACE VIEW {self._table} AS (
                SELECT row_number() OVER () AS id, company_id, vendor_id, contract_id, site_id, job_product_id,
                       SUM(planned)::int AS planned, SUM(actual)::int AS actual,
                       (SUM(planned) - SUM(actual))::int AS gap
                  FROM (
                    SELECT c.company_id, c.vendor_id, c.id AS contract_id, h.site_id, h.job_product_id,
                           h.quantity AS planned, 0 AS actual
                      FROM labor_contract_headcount h
                      JOIN labor_contract c ON c.id = h.contract_id
                     WHERE c.state IN ('approved', 'active')
                    UNION ALL
                    SELECT e.company_id, e.labor_vendor_id, e.labor_contract_id, e.labor_site_id,
                           e.labor_job_product_id, 0, 1
                      FROM hr_employee e
                      JOIN labor_contract c ON c.id = e.labor_contract_id
                     WHERE e.active AND e.is_labor_worker AND c.state IN ('approved', 'active')
                  ) AS rows
                 GROUP BY company_id, vendor_id, contract_id, site_id, job_product_id
            )
            """
        )
