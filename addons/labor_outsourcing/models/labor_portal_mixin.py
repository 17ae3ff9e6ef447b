# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class LaborPortalMixin(models.AbstractModel):
    """A document an outsourcing vendor reaches in the portal, at
    ``/my/labor/<_labor_portal_path>/<id>`` (pages of ``controllers/portal*.py``, built on
    ``LaborPortal``); shared links carry Odoo's access token."""

    _name = "labor.portal.mixin"
    _inherit = ["portal.mixin"]
    _description = "Outsourcing Portal Document"
    _labor_portal_path = None

    def _compute_access_url(self):
        result = super()._compute_access_url()
        for record in self:
            record.access_url = f"/my/labor/{self._labor_portal_path}/{record.id}"
        return result
