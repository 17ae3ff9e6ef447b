# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The vendor portal's quality pages: non-conformance reports (the vendor answers them),
inspections of its services and the issues it raises."""

from odoo import fields, http
from odoo.http import request

from odoo.addons.labor_outsourcing.controllers.portal import LaborFormError, LaborPortal

from ..models.labor_ncr import CAUSE_CATEGORIES, PORTAL_ANALYSIS_STATES, PORTAL_DONE_STATES, PORTAL_PLAN_STATES

NCR_TEMPLATE = "labor_outsourcing_quality.portal_my_labor_ncr"
ISSUE_FORM_TEMPLATE = "labor_outsourcing_quality.portal_my_labor_issue_form"
MAX_WHYS = 5
MAX_ACTIONS = 5
TEXT_SIZE = 5000
ACTION_TYPES = ("correction", "corrective", "preventive")
ISSUE_TYPES = ("technical", "management", "contract", "other")
OPEN_NCR_DOMAIN = [("state", "not in", ("closed", "cancel"))]
OPEN_ISSUE_DOMAIN = [("state", "in", ("new", "in_progress"))]
ISSUE_CONTRACT_STATES = ("active", "suspended", "expired")


class LaborQualityPortal(LaborPortal):
    def _labor_home_counters(self):
        return {
            **super()._labor_home_counters(),
            "labor_ncr_count": ("labor.ncr", OPEN_NCR_DOMAIN),
            "labor_inspection_count": ("labor.inspection", []),
            "labor_issue_count": ("labor.issue", OPEN_ISSUE_DOMAIN),
        }

    # Non-conformances -----------------------------------------------------------------
    @http.route(["/my/labor/ncrs", "/my/labor/ncrs/page/<int:page>"], type="http", auth="user", website=True)
    def portal_my_labor_ncrs(self, page=1, **kw):
        return self._labor_render_list(
            model="labor.ncr",
            template="labor_outsourcing_quality.portal_my_labor_ncrs",
            url="/my/labor/ncrs",
            title=request.env._("Non-Conformances"),
            history="my_labor_ncrs_history",
            sortings={
                "date": {"label": request.env._("Newest"), "order": "detected_on desc, id desc"},
                "severity": {"label": request.env._("Severity"), "order": "severity desc, detected_on desc, id desc"},
                "name": {"label": request.env._("Number"), "order": "name desc, id desc"},
            },
            filters={
                "open": {"label": request.env._("Open"), "domain": OPEN_NCR_DOMAIN},
                "to_answer": {
                    "label": request.env._("Waiting for You"),
                    "domain": [("state", "in", ("analysis", "action_plan", "implementation"))],
                },
                "closed": {"label": request.env._("Closed"), "domain": [("state", "=", "closed")]},
                "all": {"label": request.env._("All"), "domain": []},
            },
            search_inputs={
                "name": {"input": "name", "label": request.env._("Search in Number"), "fields": ["name"]},
                "title": {"input": "title", "label": request.env._("Search in Title"), "fields": ["title"]},
            },
            page=page,
            **self._labor_url_args(kw),
        )

    def _labor_ncr_values(self, ncr):
        mine = ncr.vendor_id == self._labor_vendor()
        actions = ncr.action_ids.filtered(lambda a: a.owner_type == "vendor" and a.state != "cancel")
        return {
            "ncr": ncr,
            "vendor_actions": actions,
            "cause_categories": CAUSE_CATEGORIES,
            "action_types": [
                (key, label)
                for key, label in request.env["labor.ncr.action"]
                ._fields["action_type"]
                ._description_selection(request.env)
            ],
            "can_analyse": mine and ncr.state in PORTAL_ANALYSIS_STATES,
            "can_plan": mine and ncr.state in PORTAL_PLAN_STATES,
            "can_close_actions": mine and ncr.state in PORTAL_DONE_STATES,
            "max_whys": MAX_WHYS,
            "max_mb": self._labor_upload_limits()[0] // (1024 * 1024),
        }

    @http.route("/my/labor/ncrs/<int:ncr_id>", type="http", auth="public", website=True)
    def portal_my_labor_ncr(self, ncr_id, access_token=None, **kw):
        ncr = self._labor_check_document("labor.ncr", ncr_id, access_token)
        post = {}
        if ncr.state in PORTAL_ANALYSIS_STATES:
            post = {"root_cause": ncr.root_cause or "", "cause_category": ncr.cause_category or ""}
            for index, why in enumerate(ncr.why_ids[:MAX_WHYS], start=1):
                post.update({f"why_question_{index}": why.question, f"why_answer_{index}": why.answer})
        return self._labor_render_detail(
            ncr,
            NCR_TEMPLATE,
            breadcrumbs=[(request.env._("Non-Conformances"), "/my/labor/ncrs"), (ncr.name, None)],
            history="my_labor_ncrs_history",
            access_token=access_token,
            values={**self._labor_ncr_values(ncr), "saved": kw.get("saved"), "form": post, "errors": {}},
            **self._labor_url_args(kw),
        )

    def _labor_own_ncr(self, ncr_id):
        """The vendor's NCR (404 otherwise): writing needs the vendor's login, a token
        is not enough."""
        self._labor_require_vendor()
        return self._labor_check_document("labor.ncr", ncr_id)

    def _labor_ncr_refused(self, ncr, post, errors):
        values = {
            **self._labor_ncr_values(ncr),
            "labor_breadcrumbs": [(request.env._("Non-Conformances"), "/my/labor/ncrs"), (ncr.name, None)],
            "object": ncr,
            "page_name": "labor_labor_ncr",
        }
        return self._labor_render_form(NCR_TEMPLATE, values, post, errors)

    @http.route("/my/labor/ncrs/<int:ncr_id>/analysis", type="http", auth="user", website=True, methods=["POST"])
    def portal_my_labor_ncr_analysis(self, ncr_id, **post):
        ncr = self._labor_own_ncr(ncr_id)
        try:
            if ncr.state not in PORTAL_ANALYSIS_STATES:
                raise LaborFormError({"": self._labor_ncr_state_message(ncr)})
            errors = {}
            whys = []
            for index in range(1, MAX_WHYS + 1):
                question = self._labor_parse_text(
                    post, f"why_question_{index}", errors, request.env._("Why? (line %s)", index), size=256
                )
                answer = self._labor_parse_text(
                    post, f"why_answer_{index}", errors, request.env._("Because (line %s)", index), size=256
                )
                if question and not answer:
                    errors[f"why_answer_{index}"] = request.env._("Answer the why of line %s.", index)
                elif answer and not question:
                    errors[f"why_question_{index}"] = request.env._("Ask the why of line %s.", index)
                elif question and answer:
                    whys.append((question, answer))
            root_cause = self._labor_parse_text(
                post, "root_cause", errors, request.env._("Root cause"), required=True, size=TEXT_SIZE
            )
            cause_category = post.get("cause_category")
            if cause_category not in dict(CAUSE_CATEGORIES):
                errors["cause_category"] = request.env._("Choose the category of the cause in the list.")
            if errors:
                raise LaborFormError(errors)
            with self._labor_saving():
                ncr._labor_portal_submit_analysis(whys, root_cause, cause_category)
        except LaborFormError as error:
            return self._labor_ncr_refused(ncr, post, error.errors)
        return request.redirect(f"{ncr.access_url}?saved=analysis")

    @http.route("/my/labor/ncrs/<int:ncr_id>/actions", type="http", auth="user", website=True, methods=["POST"])
    def portal_my_labor_ncr_actions(self, ncr_id, **post):
        ncr = self._labor_own_ncr(ncr_id)
        try:
            if ncr.state not in PORTAL_PLAN_STATES:
                raise LaborFormError({"": self._labor_ncr_state_message(ncr)})
            errors = {}
            today = fields.Date.context_today(request.env.user)
            actions = []
            for index in range(1, MAX_ACTIONS + 1):
                name = self._labor_parse_text(
                    post, f"action_name_{index}", errors, request.env._("Action (line %s)", index), size=256
                )
                if not name:
                    continue
                action_type = post.get(f"action_type_{index}")
                if action_type not in ACTION_TYPES:
                    errors[f"action_type_{index}"] = request.env._("Choose the type of the action of line %s.", index)
                deadline = self._labor_parse_date(
                    post, f"action_deadline_{index}", errors, request.env._("Due date (line %s)", index), required=True
                )
                if deadline and deadline < today:
                    errors[f"action_deadline_{index}"] = request.env._("The due date of line %s is in the past.", index)
                description = self._labor_parse_text(
                    post,
                    f"action_description_{index}",
                    errors,
                    request.env._("Description (line %s)", index),
                    size=TEXT_SIZE,
                )
                actions.append(
                    {"name": name, "action_type": action_type, "date_deadline": deadline, "description": description}
                )
            if not actions and not errors:
                errors["action_name_1"] = request.env._("Propose at least one action.")
            if errors:
                raise LaborFormError(errors)
            with self._labor_saving():
                ncr._labor_portal_propose_actions(actions)
        except LaborFormError as error:
            return self._labor_ncr_refused(ncr, post, error.errors)
        return request.redirect(f"{ncr.access_url}?saved=actions")

    @http.route(
        "/my/labor/ncrs/<int:ncr_id>/actions/<int:action_id>/done",
        type="http",
        auth="user",
        website=True,
        methods=["POST"],
    )
    def portal_my_labor_ncr_action_done(self, ncr_id, action_id, **post):
        ncr = self._labor_own_ncr(ncr_id)
        action = ncr.action_ids.filtered(lambda a: a.id == action_id and a.owner_type == "vendor")
        if not action:
            raise request.not_found()
        try:
            if ncr.state not in PORTAL_DONE_STATES:
                raise LaborFormError({"": self._labor_ncr_state_message(ncr)})
            if action.state not in ("todo", "in_progress"):
                raise LaborFormError(
                    {"": request.env._('The action "%(action)s" is already closed.', action=action.name)}
                )
            errors = {}
            evidence = self._labor_parse_text(post, "evidence", errors, request.env._("Evidence"), size=TEXT_SIZE)
            files = self._labor_read_uploads(errors)
            if not evidence and not files and not errors:
                errors["evidence"] = request.env._("Describe what was done or attach the evidence files.")
            if errors:
                raise LaborFormError(errors)
            with self._labor_saving():
                action._labor_portal_done(evidence, list(files.values()))
        except LaborFormError as error:
            return self._labor_ncr_refused(ncr, dict(post, done_action_id=str(action.id)), error.errors)
        return request.redirect(f"{ncr.access_url}?saved=done")

    def _labor_ncr_state_message(self, ncr):
        return request.env._(
            "%(ncr)s is at the step %(state)s: this cannot be sent now.", ncr=ncr.name, state=ncr._labor_state_label()
        )

    # Inspections ----------------------------------------------------------------------
    @http.route(
        ["/my/labor/inspections", "/my/labor/inspections/page/<int:page>"], type="http", auth="user", website=True
    )
    def portal_my_labor_inspections(self, page=1, **kw):
        return self._labor_render_list(
            model="labor.inspection",
            template="labor_outsourcing_quality.portal_my_labor_inspections",
            url="/my/labor/inspections",
            title=request.env._("Inspections"),
            history="my_labor_inspections_history",
            sortings={
                "date": {"label": request.env._("Newest"), "order": "date desc, id desc"},
                "name": {"label": request.env._("Number"), "order": "name desc, id desc"},
            },
            filters={
                "all": {"label": request.env._("All"), "domain": []},
                "passed": {"label": request.env._("Passed"), "domain": [("result", "=", "passed")]},
                "failed": {"label": request.env._("Failed"), "domain": [("result", "=", "failed")]},
            },
            search_inputs={
                "name": {"input": "name", "label": request.env._("Search in Number"), "fields": ["name"]},
                "plan": {"input": "plan", "label": request.env._("Search in Plan"), "fields": ["plan_id.name"]},
            },
            page=page,
            **self._labor_url_args(kw),
        )

    @http.route("/my/labor/inspections/<int:inspection_id>", type="http", auth="public", website=True)
    def portal_my_labor_inspection(self, inspection_id, access_token=None, **kw):
        inspection = self._labor_check_document("labor.inspection", inspection_id, access_token)
        return self._labor_render_detail(
            inspection,
            "labor_outsourcing_quality.portal_my_labor_inspection",
            breadcrumbs=[(request.env._("Inspections"), "/my/labor/inspections"), (inspection.name, None)],
            history="my_labor_inspections_history",
            access_token=access_token,
            values={"inspection": inspection},
            **self._labor_url_args(kw),
        )

    # Issues ---------------------------------------------------------------------------
    @http.route(["/my/labor/issues", "/my/labor/issues/page/<int:page>"], type="http", auth="user", website=True)
    def portal_my_labor_issues(self, page=1, **kw):
        return self._labor_render_list(
            model="labor.issue",
            template="labor_outsourcing_quality.portal_my_labor_issues",
            url="/my/labor/issues",
            title=request.env._("Issues"),
            history="my_labor_issues_history",
            sortings={
                "date": {"label": request.env._("Newest"), "order": "date_reported desc, id desc"},
                "priority": {"label": request.env._("Priority"), "order": "priority desc, date_reported desc, id desc"},
            },
            filters={
                "open": {"label": request.env._("Open"), "domain": OPEN_ISSUE_DOMAIN},
                "resolved": {
                    "label": request.env._("Resolved or Closed"),
                    "domain": [("state", "in", ("resolved", "closed"))],
                },
                "all": {"label": request.env._("All"), "domain": []},
            },
            search_inputs={
                "title": {"input": "title", "label": request.env._("Search in Title"), "fields": ["title", "name"]},
            },
            page=page,
            **self._labor_url_args(kw),
        )

    @http.route("/my/labor/issues/<int:issue_id>", type="http", auth="public", website=True)
    def portal_my_labor_issue(self, issue_id, access_token=None, **kw):
        issue = self._labor_check_document("labor.issue", issue_id, access_token)
        return self._labor_render_detail(
            issue,
            "labor_outsourcing_quality.portal_my_labor_issue",
            breadcrumbs=[(request.env._("Issues"), "/my/labor/issues"), (issue.name, None)],
            history="my_labor_issues_history",
            access_token=access_token,
            values={"issue": issue, "raised": bool(kw.get("raised"))},
            **self._labor_url_args(kw),
        )

    def _labor_issue_form_values(self, vendor):
        Issue = request.env["labor.issue"]
        return {
            "page_name": "labor_issue_form",
            "labor_breadcrumbs": [
                (request.env._("Issues"), "/my/labor/issues"),
                (request.env._("Raise an Issue"), None),
            ],
            "contracts": request.env["labor.contract"]
            .sudo()
            .search(
                [("vendor_id", "=", vendor.id), ("state", "in", ISSUE_CONTRACT_STATES)],
                order="date_start desc, id desc",
            ),
            "issue_types": Issue._fields["issue_type"]._description_selection(request.env),
            "priorities": Issue._fields["priority"]._description_selection(request.env),
        }

    @http.route("/my/labor/issues/new", type="http", auth="user", website=True, methods=["GET"])
    def portal_my_labor_issue_new(self, **_kw):
        vendor = self._labor_require_vendor()
        return self._labor_render_form(
            ISSUE_FORM_TEMPLATE, self._labor_issue_form_values(vendor), {"issue_type": "management", "priority": "1"}
        )

    @http.route("/my/labor/issues/new", type="http", auth="user", website=True, methods=["POST"])
    def portal_my_labor_issue_create(self, **post):
        vendor = self._labor_require_vendor()
        values = self._labor_issue_form_values(vendor)
        try:
            errors = {}
            title = self._labor_parse_text(post, "title", errors, request.env._("Title"), required=True, size=200)
            issue_type = post.get("issue_type")
            if issue_type not in ISSUE_TYPES:
                errors["issue_type"] = request.env._("Choose the type of the issue in the list.")
            priority = post.get("priority")
            if priority not in dict(values["priorities"]):
                errors["priority"] = request.env._("Choose the priority in the list.")
            description = self._labor_parse_text(
                post, "description", errors, request.env._("Description"), required=True, size=TEXT_SIZE
            )
            contract = self._labor_parse_record(
                post, "contract_id", values["contracts"], errors, request.env._("Contract"), required=False
            )
            if errors:
                raise LaborFormError(errors)
            with self._labor_saving():
                issue = (
                    request.env["labor.issue"]
                    .sudo()
                    ._labor_portal_raise(
                        vendor,
                        {
                            "title": title,
                            "issue_type": issue_type,
                            "priority": priority,
                            "description": description,
                            "contract_id": contract.id,
                        },
                    )
                )
        except LaborFormError as error:
            return self._labor_render_form(ISSUE_FORM_TEMPLATE, values, post, error.errors)
        return request.redirect(f"{issue.access_url}?raised=1")
