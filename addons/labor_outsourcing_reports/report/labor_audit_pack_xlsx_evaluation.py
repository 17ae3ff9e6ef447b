# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import models

from ..tools.xlsx_layout import Column
from .audit_pack_reader import NameCache, read_batches, search_ids, selection_labels


class LaborAuditPackXlsx(models.AbstractModel):
    _inherit = "report.labor_outsourcing_reports.audit_pack_xlsx"

    def _audit_pack_sheets(self):
        return super()._audit_pack_sheets() + [self._sheet_evaluations]

    def _sheet_evaluations(self, scope):
        """Vendor evaluations whose period overlaps the audit period (cancelled ones left
        out): one row per evaluation with its score, grade, rank and recommendation, then
        one column per KPI of the catalog with the value the evaluation recorded (blank
        when the period had no data)."""
        Evaluation = scope.env["labor.vendor.evaluation"]
        KpiValue = scope.env["labor.kpi.value"]
        kpis = scope.env["labor.kpi"].search([("active", "=", True)])
        units = selection_labels(kpis, "unit")
        columns = [
            Column("name", self.env._("Reference"), width=16),
            Column("campaign", self.env._("Campaign"), width=28),
            Column("vendor", self.env._("Vendor"), width=30),
            Column("date_from", self.env._("From"), type="date", width=12),
            Column("date_to", self.env._("To"), type="date", width=12),
            Column("state", self.env._("Status"), width=12),
            Column("total_score", self.env._("Score (0-100)"), type="number", width=10),
            Column("grade", self.env._("Grade"), width=8),
            Column("rank", self.env._("Rank"), type="integer", width=8),
            Column("recommendation", self.env._("Recommendation"), width=14),
            Column("satisfaction", self.env._("Satisfaction (0-100)"), type="number", width=12),
            Column("confirmed_by", self.env._("Confirmed by"), width=18),
        ] + [Column(f"kpi_{kpi.id}", f"{kpi.name} ({units.get(kpi.unit)})", type="number", width=14) for kpi in kpis]
        spec = self._spec(self.env._("Evaluations"), columns)
        domain = (
            [
                ("state", "!=", "cancelled"),
                ("date_from", "<=", scope.date_to),
                ("date_to", ">=", scope.date_from),
            ]
            + scope.company_domain()
            + scope.vendor_domain()
        )
        fnames = [
            "name",
            "campaign_id",
            "vendor_id",
            "date_from",
            "date_to",
            "state",
            "has_total",
            "total_score",
            "grade_id",
            "rank",
            "recommendation",
            "satisfaction_has_value",
            "satisfaction",
            "confirmed_by_id",
        ]
        labels = {fname: selection_labels(Evaluation, fname) for fname in ("state", "recommendation")}
        kpi_ids = kpis.ids

        def rows():
            names = NameCache(scope.env)
            for batch in read_batches(Evaluation, search_ids(Evaluation, domain, "date_to desc, rank, id"), fnames):
                for model, key in (
                    ("labor.evaluation.campaign", "campaign_id"),
                    ("res.partner", "vendor_id"),
                    ("labor.evaluation.grade", "grade_id"),
                    ("res.users", "confirmed_by_id"),
                ):
                    names.load(model, {getattr(row, key) for row in batch})
                values = defaultdict(dict)
                value_ids = search_ids(KpiValue, [("evaluation_id", "in", [row.id for row in batch])], "id")
                for value_batch in read_batches(KpiValue, value_ids, ["evaluation_id", "kpi_id", "has_value", "value"]):
                    for value in value_batch:
                        if value.has_value:
                            values[value.evaluation_id][value.kpi_id] = value.value
                for row in batch:
                    yield (
                        row.name,
                        names.get("labor.evaluation.campaign", row.campaign_id),
                        names.get("res.partner", row.vendor_id),
                        row.date_from,
                        row.date_to,
                        labels["state"].get(row.state),
                        row.total_score if row.has_total else None,
                        names.get("labor.evaluation.grade", row.grade_id),
                        row.rank or None,
                        labels["recommendation"].get(row.recommendation),
                        row.satisfaction if row.satisfaction_has_value else None,
                        names.get("res.users", row.confirmed_by_id),
                        *(values[row.id].get(kpi_id) for kpi_id in kpi_ids),
                    )

        return spec, rows()
