# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The vendor portal's building blocks: every page of /my/labor/... (of this addon and of
the addons built on it) is a route of a subclass of :class:`LaborPortal`."""

import base64
import os
from contextlib import contextmanager
from datetime import date

from werkzeug.exceptions import Forbidden, NotFound, abort

from odoo.exceptions import AccessError, MissingError, UserError
from odoo.http import request
from odoo.osv import expression
from odoo.tools import consteq
from odoo.tools.mimetypes import guess_mimetype

from odoo.addons.portal.controllers.portal import CustomerPortal
from odoo.addons.portal.controllers.portal import pager as portal_pager

from ..tools import portal_upload

MAX_MB_PARAM = "labor_outsourcing.portal_upload_max_mb"
MAX_FILES_PARAM = "labor_outsourcing.portal_upload_max_files"
DEFAULT_MAX_MB = 10
DEFAULT_MAX_FILES = 5

# Query arguments of the list pages (see LaborPortal._labor_url_args)
LIST_URL_ARGS = ("sortby", "filterby", "search", "search_in")


class LaborFormError(Exception):
    """What is wrong with a portal form: ``errors`` maps an input name to its message
    (the key "" holds the messages about the whole form). Raised while validating; the
    route catches it and renders the form again with :meth:`LaborPortal._labor_render_form`."""

    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


class LaborPortal(CustomerPortal):
    """The outsourcing vendor portal: a portal user who is a contact of an outsourcing
    vendor (his commercial partner) sees and does what concerns that vendor, and nothing
    else. Subclass it (in this addon or another one) to add pages; each page states what
    it shows and this class does the rest the same way everywhere.

    **Who.** :meth:`_labor_vendor` is the vendor of the logged-in user (empty for the
    public user, internal users and contacts of other companies); :meth:`_labor_require_vendor`
    refuses the others with 403. Record rules (group Portal, ``vendor_id =
    user.commercial_partner_id``) bound every read; the pages add the same vendor condition
    and never trust an id, a vendor or a contract sent by the browser.

    **Home counters.** Extend :meth:`_labor_home_counters` with ``{counter: (model,
    domain)}``; the counter is computed with ``search_count`` under the user's record rules
    when he can read the model (``has_access('read')``, else 0) and shown on /my by a
    ``labor_outsourcing.portal_labor_docs_entry`` whose ``placeholder_count`` is the
    counter's name, inside ``<div id="portal_vendor_category">`` and ``t-if="labor_vendor"``
    (see ``labor_outsourcing.portal_my_home_labor``).

    **List pages.** A route states the model, template, url, title, sortings, filters and
    search inputs and calls :meth:`_labor_render_list`, which handles the pager, sortby,
    filterby, search and search_in arguments, the vendor and record-rule bounds and the
    session history used by the detail pages' previous/next buttons::

        @http.route(["/my/labor/ncrs", "/my/labor/ncrs/page/<int:page>"],
                    type="http", auth="user", website=True)
        def portal_labor_ncrs(self, page=1, **kw):
            return self._labor_render_list(
                model="labor.ncr", template="labor_outsourcing_quality.portal_my_labor_ncrs",
                url="/my/labor/ncrs", title=request.env._("Non-Conformances"),
                history="my_labor_ncrs_history",
                sortings={"date": {"label": request.env._("Newest"), "order": "date desc, id desc"}},
                filters={"all": {"label": request.env._("All"), "domain": []},
                         "open": {"label": request.env._("Open"), "domain": [("state", "!=", "closed")]}},
                search_inputs={"name": {"input": "name", "label": request.env._("Search in Number"),
                                        "fields": ["name"]}},
                page=page, **self._labor_url_args(kw))

    The template gets ``records`` (sudo records, already bounded: render only fields meant
    for the vendor), ``pager`` and the searchbar values; it calls ``portal.portal_searchbar``
    and ``portal.portal_table`` like Odoo's own lists (see ``portal_my_labor_contracts``).

    **Detail pages.** :meth:`_labor_check_document` returns the record (sudo) when the user
    may read it (record rules, and the record belongs to his vendor) or when the request
    carries the record's valid ``access_token`` (models with ``portal.mixin``); otherwise
    it raises 404 whatever the reason (missing record, another vendor's, wrong token), and
    sends a public visitor without token to the login page. :meth:`_labor_render_detail`
    renders it with breadcrumbs and the previous/next pager::

        @http.route("/my/labor/ncrs/<int:ncr_id>", type="http", auth="public", website=True)
        def portal_labor_ncr(self, ncr_id, access_token=None, **kw):
            ncr = self._labor_check_document("labor.ncr", ncr_id, access_token)
            return self._labor_render_detail(
                ncr, "labor_outsourcing_quality.portal_my_labor_ncr",
                breadcrumbs=[(request.env._("Non-Conformances"), "/my/labor/ncrs"), (ncr.name, None)],
                history="my_labor_ncrs_history", access_token=access_token, values={"ncr": ncr}, **self._labor_url_args(kw))

    The records returned are sudo but keep the user's uid: a model method called on them
    writes as the user (chatter author, ``create_uid``). Models without ``portal.mixin``
    (``hr.employee``) are opened by record rules only; pass ``vendor_field`` when the
    vendor is not ``vendor_id``.

    **Forms.** Write routes are POST only (CSRF-checked by Odoo: templates post
    ``csrf_token``), ``auth="user"``, for the vendor's contacts only; they validate every
    input (:meth:`_labor_parse_date`, :meth:`_labor_parse_record`, :meth:`_labor_parse_text`,
    :meth:`_labor_read_uploads`), raise :class:`LaborFormError` with one message per input,
    write with ``sudo()`` inside :meth:`_labor_saving` (a savepoint: a refused write leaves
    nothing behind and its message is shown) and always take the vendor from the session.
    :meth:`_labor_render_form` shows the form again with the user's input and the messages.
    Uploads are sniffed from their content (PDF, JPEG, PNG by default, see
    ``_labor_upload_mimetypes``), limited in size and count by the system parameters
    ``labor_outsourcing.portal_upload_max_mb`` (10) and ``..._max_files`` (5).

    **Templates** (``views/labor_portal_templates.xml``): ``portal_labor_record_layout``
    (a detail page: ``sidebar_title``, ``sidebar_entries`` and the body, with the form
    errors), ``portal_labor_badge`` (a selection as a coloured badge),
    ``portal_labor_form_errors``, ``portal_labor_input`` (an input with its error), and
    the breadcrumbs from ``labor_breadcrumbs`` = [(label, url or None)].

    **Tests**: ``tests/common_portal.py`` has two vendors with portal contacts, a portal
    customer, a public visitor and ``assert_refused`` / ``assert_refused_to_all`` to prove
    the refusal matrix of each new route over real HTTP.
    """

    _labor_upload_mimetypes = ("application/pdf", "image/jpeg", "image/png")

    # Who ----------------------------------------------------------------------------------
    def _labor_vendor(self):
        """The outsourcing vendor the logged-in user is a contact of, else an empty
        recordset (public user, internal user, contact of a customer...)."""
        user = request.env.user
        partner = request.env["res.partner"]
        if user._is_public() or not user.share:
            return partner
        commercial = user.sudo().commercial_partner_id
        return commercial if commercial.is_outsourcing_vendor and commercial.active else partner

    def _labor_require_vendor(self):
        vendor = self._labor_vendor()
        if not vendor:
            raise Forbidden()
        return vendor

    # Home ---------------------------------------------------------------------------------
    def _labor_home_counters(self):
        """{counter name: (model, domain)} of the vendor portal's entries on /my."""
        return {}

    def _prepare_portal_layout_values(self):
        values = super()._prepare_portal_layout_values()
        values["labor_vendor"] = self._labor_vendor()
        return values

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        vendor = self._labor_vendor()
        for counter, (model, domain) in self._labor_home_counters().items():
            if counter in counters:
                Model = request.env[model]
                values[counter] = Model.search_count(domain) if vendor and Model.has_access("read") else 0
        return values

    # Lists --------------------------------------------------------------------------------
    @staticmethod
    def _labor_url_args(kw):
        """The query arguments a page reads (pager, sorting, filter, search); any other
        argument of the url is ignored, never passed on to the rendering helpers."""
        return {key: value for key, value in kw.items() if key in LIST_URL_ARGS and isinstance(value, str)}

    def _labor_search_domain(self, search_input, search):
        return expression.OR([[(name, "ilike", search)] for name in search_input["fields"]])

    def _labor_render_list(
        self,
        model,
        template,
        url,
        title,
        sortings,
        filters=None,
        search_inputs=None,
        domain=None,
        vendor_field="vendor_id",
        history=None,
        values=None,
        page=1,
        sortby=None,
        filterby=None,
        search=None,
        search_in=None,
        **_kw,
    ):
        """Render the list ``template`` of the vendor's ``model`` records (see the class
        docstring). ``sortings``, ``filters`` and ``search_inputs`` are dicts keyed by the
        url argument whose first entry is the default; ``domain`` narrows the list."""
        vendor = self._labor_require_vendor()
        Model = request.env[model]
        try:
            page = max(int(page), 1)
        except (TypeError, ValueError):
            page = 1
        filters = filters or {}
        search_inputs = search_inputs or {}
        sortby = sortby if sortby in sortings else next(iter(sortings))
        filterby = filterby if filterby in filters else next(iter(filters), None)
        search_in = search_in if search_in in search_inputs else next(iter(search_inputs), None)
        search = (search or "").strip()
        full_domain = expression.AND(
            [
                domain or [],
                [(vendor_field, "=", vendor.id)],
                filters[filterby]["domain"] if filterby else [],
                self._labor_search_domain(search_inputs[search_in], search) if search and search_in else [],
                # the user's record rules bound the list, whatever the filters
                [("id", "in", Model.with_context(active_test=False)._search([]))],
            ]
        )
        # the bounded records are read with sudo: filters and sortings may use fields the
        # portal user cannot read himself (e.g. the outsourcing fields of employees)
        Records = Model.sudo()
        url_args = {"sortby": sortby, "filterby": filterby, "search_in": search_in, "search": search}
        pager = portal_pager(
            url=url,
            url_args={key: value for key, value in url_args.items() if value},
            total=Records.search_count(full_domain),
            page=page,
            step=self._items_per_page,
        )
        records = Records.search(
            full_domain, order=sortings[sortby]["order"], limit=self._items_per_page, offset=pager["offset"]
        )
        if history:
            request.session[history] = records.ids[:100]
        render_values = self._prepare_portal_layout_values()
        render_values.update(
            {
                "records": records,
                "page_name": f"labor_{url.rsplit('/', 1)[-1]}",
                "title": title,
                "labor_breadcrumbs": [(title, None)],
                "breadcrumbs_searchbar": True,
                "pager": pager,
                "default_url": url,
                "searchbar_sortings": sortings,
                "sortby": sortby,
                "searchbar_filters": filters,
                "filterby": filterby,
                "searchbar_inputs": search_inputs,
                "search_in": search_in,
                "search": search,
                **(values or {}),
            }
        )
        return request.render(template, render_values)

    # Details ------------------------------------------------------------------------------
    def _labor_check_document(self, model, record_id, access_token=None, vendor_field="vendor_id"):
        """The record, sudo (with the user's uid), if the user may see it (record rules and
        his vendor) or the request carries its access token; else 404 (missing, another
        vendor's, wrong token: the same answer), and a public visitor without token logs
        in first."""
        Model = request.env[model]
        token = access_token if "access_token" in Model._fields else None
        if request.env.user._is_public() and not token:
            abort(request.redirect_query("/web/login", {"redirect": request.httprequest.full_path}))
        try:
            record = self._document_check_access(model, int(record_id), access_token=token)
        except (AccessError, MissingError, ValueError) as error:
            raise NotFound() from error
        shared = bool(token and record.access_token and consteq(record.access_token, token))
        if request.env.user.share and not shared and record[vendor_field] != self._labor_vendor():
            raise NotFound()
        # sudo, but as the user (not as the superuser like _document_check_access): what he
        # writes through the page is his, in the chatter and in the record's fields
        return record.with_env(request.env(su=True))

    def _labor_render_detail(self, record, template, breadcrumbs, history=None, access_token=None, values=None, **kw):
        """Render ``template`` for ``record`` (from :meth:`_labor_check_document`):
        ``breadcrumbs`` is a list of (label, url) ending with the record's label."""
        render_values = self._prepare_portal_layout_values()
        render_values.update(
            {
                "page_name": f"labor_{record._name.replace('.', '_')}",
                "labor_breadcrumbs": breadcrumbs,
                **(values or {}),
            }
        )
        render_values = self._get_page_view_values(record, access_token, render_values, history, False, **kw)
        return request.render(template, render_values)

    def _labor_stream_binary(self, record, field, filename_field):
        """Download ``record``'s binary ``field`` (checked beforehand), 404 when empty."""
        if not record[field]:
            raise NotFound()
        stream = request.env["ir.binary"]._get_stream_from(record, field, filename_field=filename_field)
        return stream.get_response(as_attachment=True)

    # Forms --------------------------------------------------------------------------------
    def _labor_render_form(self, template, values, post=None, errors=None):
        """Render the form ``template`` with the user's input ``post`` (in ``form``) and the
        ``errors`` of :class:`LaborFormError` (in ``errors``, messages in
        ``error_messages``); answers 400 when there are errors."""
        errors = errors or {}
        render_values = self._prepare_portal_layout_values()
        render_values.update(
            {
                "form": {key: value for key, value in (post or {}).items() if isinstance(value, str)},
                "errors": errors,
                "error_messages": [message for message in errors.values() if message],
                **values,
            }
        )
        return request.render(template, render_values, status=400 if errors else 200)

    @contextmanager
    def _labor_saving(self):
        """Write inside a savepoint: a refused write (constraint, rule of the model) is
        rolled back whole and its message becomes a :class:`LaborFormError`."""
        try:
            with request.env.cr.savepoint():
                yield
        except UserError as error:
            raise LaborFormError({"": error.args[0]}) from error

    def _labor_parse_text(self, post, name, errors, label, required=False, size=None):
        value = (post.get(name) or "").strip()
        if required and not value:
            errors[name] = request.env._("%(field)s is required.", field=label)
        elif size and len(value) > size:
            errors[name] = request.env._("%(field)s is too long (%(size)s characters at most).", field=label, size=size)
        return value or False

    def _labor_parse_date(self, post, name, errors, label, required=False):
        value = (post.get(name) or "").strip()
        if not value:
            if required:
                errors[name] = request.env._("%(field)s is required.", field=label)
            return False
        try:
            return date.fromisoformat(value)
        except ValueError:
            errors[name] = request.env._("%(field)s is not a valid date.", field=label)
            return False

    def _labor_parse_record(self, post, name, records, errors, label, required=True):
        """The record of ``records`` whose id was posted under ``name``: the browser only
        chooses among what the page offered (e.g. the vendor's active contracts)."""
        value = (post.get(name) or "").strip()
        if not value:
            if required:
                errors[name] = request.env._("%(field)s is required.", field=label)
            return records.browse()
        record = records.filtered(lambda r: str(r.id) == value)
        if not record:
            errors[name] = request.env._("Choose %(field)s in the list.", field=label)
        return record

    def _labor_upload_limits(self):
        """(largest size in bytes, most files per form) from the system parameters."""
        params = request.env["ir.config_parameter"].sudo()
        return (
            portal_upload.megabytes_to_bytes(params.get_param(MAX_MB_PARAM), DEFAULT_MAX_MB),
            portal_upload.positive_int(params.get_param(MAX_FILES_PARAM), DEFAULT_MAX_FILES),
        )

    def _labor_upload_message(self, code, params):
        if code == "too_many":
            return request.env._("Send at most %(max)s files at once (%(count)s sent).", **params)
        if code == "empty":
            return request.env._("%(name)s is empty.", **params)
        if code == "too_big":
            return request.env._("%(name)s is larger than %(max_mb)s MB.", **params)
        return request.env._("%(name)s is not accepted: send %(allowed)s files.", **params)

    def _labor_read_uploads(self, errors, mimetypes=None):
        """The files of the request: {input name: {"name", "data" (base64), "mimetype"}}.
        Every file posted counts towards the limit, each is read no further than the size
        limit and its type is sniffed from its content; the problems go into ``errors``
        under the file's input name (the number of files under "")."""
        max_bytes, max_count = self._labor_upload_limits()
        posted = [
            (key, storage)
            for key, storage in request.httprequest.files.items(multi=True)
            if storage and storage.filename
        ]
        uploads, files = [], {}
        for key, storage in posted:
            content = storage.read(max_bytes + 1)
            name = os.path.basename(storage.filename.replace("\\", "/"))[:200] or "file"
            mimetype = guess_mimetype(content) if content else ""
            uploads.append(portal_upload.Upload(name, len(content), mimetype))
            files[key] = {"name": name, "data": base64.b64encode(content), "mimetype": mimetype}
        problems = portal_upload.check_uploads(uploads, mimetypes or self._labor_upload_mimetypes, max_bytes, max_count)
        for code, params in problems:
            key = posted[params["index"]][0] if "index" in params else ""
            errors.setdefault(key, self._labor_upload_message(code, params))
        return files
