# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_date

from ..tools import settlement as arithmetic
from .labor_contract_rate import RATE_UNITS, SHIFTS


class LaborSettlementLine(models.Model):
    """The timesheets of a settlement paid at one rate of the contract: quantity in the
    rate's unit (hours, worked days or months) x price. Computed, not typed in."""

    _name = "labor.settlement.line"
    _description = "Settlement Line"
    _order = "settlement_id, sequence, id"

    settlement_id = fields.Many2one("labor.settlement", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="settlement_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="settlement_id.currency_id")
    sequence = fields.Integer(default=10)
    job_product_id = fields.Many2one("product.product", string="Job Type", required=True)
    site_id = fields.Many2one("labor.work.site", help="Empty: the rate of every site.")
    shift = fields.Selection(SHIFTS, required=True, default="any")
    unit = fields.Selection(RATE_UNITS, required=True, default="hour")
    quantity = fields.Float(digits="Product Unit of Measure")
    price = fields.Monetary(currency_field="currency_id")
    subtotal = fields.Monetary(compute="_compute_subtotal", store=True, currency_field="currency_id")
    timesheet_count = fields.Integer(string="Timesheets")
    worker_count = fields.Integer(string="Workers")

    @api.depends("quantity", "price", "currency_id")
    def _compute_subtotal(self):
        for line in self:
            line.subtotal = arithmetic.subtotal(line.quantity, line.price, line.currency_id.rounding or 0.01)

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.settlement_id._check_lines_editable()
        return lines

    def write(self, vals):
        self.settlement_id._check_lines_editable()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_confirmed(self):
        confirmed = self.settlement_id.filtered(lambda s: s.state == "confirmed")
        if confirmed:
            raise UserError(
                self.env._(
                    "The lines of %(settlement)s cannot be deleted: it is confirmed.",
                    settlement=", ".join(confirmed.mapped("name")),
                )
            )

    def _purchase_description(self):
        """Description of the purchase order line: job type, site, shift, unit, period."""
        self.ensure_one()
        settlement = self.settlement_id
        return self.env._(
            "%(job)s - %(site)s, %(shift)s, %(unit)s\n%(settlement)s: %(start)s to %(end)s",
            job=self.job_product_id.display_name,
            site=self.site_id.display_name or self.env._("all sites"),
            shift=dict(self._fields["shift"]._description_selection(self.env))[self.shift],
            unit=dict(self._fields["unit"]._description_selection(self.env))[self.unit],
            settlement=settlement.name,
            start=format_date(self.env, settlement.date_from),
            end=format_date(self.env, settlement.date_to),
        )

    def _purchase_uom(self):
        """Hours or Days when the job type's unit of measure is a working time, otherwise
        the job type's purchase unit of measure."""
        self.ensure_one()
        product = self.job_product_id
        uom = {
            "hour": self.env.ref("uom.product_uom_hour", raise_if_not_found=False),
            "day": self.env.ref("uom.product_uom_day", raise_if_not_found=False),
        }.get(self.unit)
        if uom and uom.category_id == product.uom_id.category_id:
            return uom
        return product.uom_po_id or product.uom_id
