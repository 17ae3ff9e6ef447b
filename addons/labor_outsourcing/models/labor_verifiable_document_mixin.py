# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class LaborVerifiableDocumentMixin(models.AbstractModel):
    """A document that expires and counts once verified: a vendor's qualification document,
    a worker's certificate. Inheriting models define ``type_id`` (whose type has an
    ``expiry_required`` flag), a ``state`` selection with draft / verified / expired, and
    name their owner field in ``_verifiable_owner_field``."""

    _name = "labor.verifiable.document.mixin"
    _description = "Verifiable Document"
    _inherit = ["mail.thread", "labor.expiry.mixin"]
    _verifiable_owner_field = None
    _verify_from_states = ("draft",)

    number = fields.Char(tracking=True)
    issuing_authority = fields.Char()
    issue_date = fields.Date()
    expiry_date = fields.Date(tracking=True, index=True)
    attachment = fields.Binary(attachment=True, copy=False)
    attachment_name = fields.Char(copy=False)
    verified_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    verified_on = fields.Datetime(readonly=True, copy=False)
    note = fields.Text()
    active = fields.Boolean(default=True)

    def _verifiable_fields(self, *names):
        """The names among ``names`` that the concrete model has (the mixin itself has no
        ``type_id`` nor owner)."""
        return [name for name in names if name and name in self._fields]

    @api.depends(lambda self: self._verifiable_fields("type_id", "number", self._verifiable_owner_field))
    def _compute_display_name(self):
        owner = self._verifiable_owner_field
        for doc in self:
            parts = [doc.type_id.name or "", doc.number or ""]
            doc.display_name = " ".join(p for p in parts if p) or (owner and doc[owner].display_name) or ""

    @api.constrains(lambda self: self._verifiable_fields("issue_date", "expiry_date", "type_id"))
    def _check_dates(self):
        for doc in self:
            if doc.issue_date and doc.expiry_date and doc.expiry_date < doc.issue_date:
                raise ValidationError(
                    self.env._("%(doc)s: the expiry date cannot be before the issue date.", doc=doc.display_name)
                )
            if doc.type_id.expiry_required and not doc.expiry_date:
                raise ValidationError(self.env._("%(type)s documents must have an expiry date.", type=doc.type_id.name))

    def _verifiable_plural(self):
        """How the user calls these records, in error messages."""
        return self.env._("documents")

    def _verify_values(self):
        return {"state": "verified", "verified_by_id": self.env.user.id, "verified_on": fields.Datetime.now()}

    def action_verify(self):
        today = fields.Date.context_today(self)
        for doc in self:
            if doc.state not in self._verify_from_states:
                raise UserError(
                    self.env._(
                        "Only %(what)s to verify can be verified (%(doc)s).",
                        what=self._verifiable_plural(),
                        doc=doc.display_name,
                    )
                )
            if doc.expiry_date and doc.expiry_date < today:
                raise UserError(self.env._("%(doc)s has already expired: it cannot be verified.", doc=doc.display_name))
        self.write(self._verify_values())
        return True

    def action_reset_to_verify(self):
        self.write({"state": "draft", "verified_by_id": False, "verified_on": False})
        return True

    def _expiry_on_expired(self):
        self.write({"state": "expired"})
