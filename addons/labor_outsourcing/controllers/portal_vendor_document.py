# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, http
from odoo.http import request

from .portal import LaborFormError, LaborPortal


class LaborVendorDocumentPortal(LaborPortal):
    """Qualification documents: list with expiry status, detail with the file, and the
    upload of a new document or of a new version of one, which purchasing verifies."""

    def _labor_home_counters(self):
        return {**super()._labor_home_counters(), "labor_document_count": ("labor.vendor.document", [])}

    @http.route(["/my/labor/documents", "/my/labor/documents/page/<int:page>"], type="http", auth="user", website=True)
    def portal_my_labor_documents(self, page=1, **kw):
        return self._labor_render_list(
            model="labor.vendor.document",
            template="labor_outsourcing.portal_my_labor_documents",
            url="/my/labor/documents",
            title=request.env._("Qualification Documents"),
            history="my_labor_documents_history",
            sortings={
                "type": {"label": request.env._("Type"), "order": "type_id, expiry_date desc, id desc"},
                "expiry": {"label": request.env._("Expiry Date"), "order": "expiry_date asc, id desc"},
                "date": {"label": request.env._("Newest"), "order": "create_date desc, id desc"},
            },
            filters={
                "all": {"label": request.env._("All"), "domain": []},
                "to_verify": {"label": request.env._("To Verify"), "domain": [("state", "=", "draft")]},
                "verified": {"label": request.env._("Verified"), "domain": [("state", "=", "verified")]},
                "expiring": {
                    "label": request.env._("Expiring Soon"),
                    "domain": [("state", "=", "verified"), ("expiry_status", "=", "expiring")],
                },
                "expired": {"label": request.env._("Expired"), "domain": [("state", "=", "expired")]},
                "rejected": {"label": request.env._("Rejected"), "domain": [("state", "=", "rejected")]},
            },
            search_inputs={
                "number": {"input": "number", "label": request.env._("Search in Number"), "fields": ["number"]},
                "type": {"input": "type", "label": request.env._("Search in Type"), "fields": ["type_id.name"]},
            },
            page=page,
            **self._labor_url_args(kw),
        )

    @http.route("/my/labor/documents/<int:document_id>", type="http", auth="public", website=True)
    def portal_my_labor_document(self, document_id, access_token=None, **kw):
        document = self._labor_check_document("labor.vendor.document", document_id, access_token)
        return self._labor_render_detail(
            document,
            "labor_outsourcing.portal_my_labor_document",
            breadcrumbs=[
                (request.env._("Qualification Documents"), "/my/labor/documents"),
                (document.display_name, None),
            ],
            history="my_labor_documents_history",
            access_token=access_token,
            values={"document": document, "uploaded": bool(kw.get("uploaded"))},
            **self._labor_url_args(kw),
        )

    @http.route("/my/labor/documents/<int:document_id>/file", type="http", auth="public", website=True)
    def portal_my_labor_document_file(self, document_id, access_token=None, **_kw):
        document = self._labor_check_document("labor.vendor.document", document_id, access_token)
        return self._labor_stream_binary(document, "attachment", "attachment_name")

    # Upload -------------------------------------------------------------------------------
    def _labor_document_form_values(self, previous):
        return {
            "page_name": "labor_document_upload",
            "labor_breadcrumbs": [
                (request.env._("Qualification Documents"), "/my/labor/documents"),
                (request.env._("New Version") if previous else request.env._("Upload"), None),
            ],
            "document_types": request.env["labor.vendor.document.type"].sudo().search([]),
            "previous": previous,
            "max_mb": self._labor_upload_limits()[0] // (1024 * 1024),
        }

    def _labor_previous_document(self, replace):
        """The vendor's document of which a new version is uploaded (404 if not his)."""
        if not replace:
            return request.env["labor.vendor.document"].sudo()
        return self._labor_check_document("labor.vendor.document", replace)

    @http.route("/my/labor/documents/upload", type="http", auth="user", website=True, methods=["GET"])
    def portal_my_labor_document_upload_form(self, replace=None, **_kw):
        self._labor_require_vendor()
        previous = self._labor_previous_document(replace)
        post = {"type_id": str(previous.type_id.id)} if previous else {}
        return self._labor_render_form(
            "labor_outsourcing.portal_my_labor_document_upload", self._labor_document_form_values(previous), post
        )

    @http.route("/my/labor/documents/upload", type="http", auth="user", website=True, methods=["POST"])
    def portal_my_labor_document_upload(self, **post):
        vendor = self._labor_require_vendor()
        previous = self._labor_previous_document(post.get("replace"))
        values = self._labor_document_form_values(previous)
        try:
            vals = self._labor_document_vals(post, values["document_types"], previous)
            with self._labor_saving():
                document = request.env["labor.vendor.document"].sudo()._labor_portal_submit(vendor, vals)
        except LaborFormError as error:
            return self._labor_render_form(
                "labor_outsourcing.portal_my_labor_document_upload", values, post, error.errors
            )
        return request.redirect(f"{document.access_url}?uploaded=1")

    def _labor_document_vals(self, post, document_types, previous):
        errors = {}
        doc_type = self._labor_parse_record(post, "type_id", document_types, errors, request.env._("Document type"))
        if previous and doc_type and doc_type != previous.type_id:
            errors["type_id"] = request.env._(
                "A new version keeps the type of the document it replaces (%(type)s).", type=previous.type_id.name
            )
        number = self._labor_parse_text(post, "number", errors, request.env._("Number"), required=True, size=64)
        authority = self._labor_parse_text(
            post, "issuing_authority", errors, request.env._("Issuing authority"), size=128
        )
        issue_date = self._labor_parse_date(post, "issue_date", errors, request.env._("Issue date"))
        expiry_date = self._labor_parse_date(
            post, "expiry_date", errors, request.env._("Expiry date"), required=bool(doc_type.expiry_required)
        )
        today = fields.Date.context_today(request.env.user)
        if issue_date and issue_date > today:
            errors["issue_date"] = request.env._("The issue date cannot be in the future.")
        if issue_date and expiry_date and expiry_date < issue_date:
            errors["expiry_date"] = request.env._("The expiry date is before the issue date.")
        elif expiry_date and expiry_date < today:
            errors["expiry_date"] = request.env._("This document has already expired: upload its renewal.")
        files = self._labor_read_uploads(errors)
        upload = files.get("attachment")
        if not upload and "attachment" not in errors:
            errors["attachment"] = request.env._("Attach the scanned document.")
        if errors:
            raise LaborFormError(errors)
        return {
            "type_id": doc_type.id,
            "number": number,
            "issuing_authority": authority,
            "issue_date": issue_date,
            "expiry_date": expiry_date,
            "attachment": upload["data"],
            "attachment_name": upload["name"],
            "previous_document_id": previous.id,
        }
