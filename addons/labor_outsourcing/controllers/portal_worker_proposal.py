# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import re

from dateutil.relativedelta import relativedelta

from odoo import Command, fields, http, tools
from odoo.http import request

from ..models.labor_worker_proposal import MINIMUM_AGE
from .portal import LaborFormError, LaborPortal

FORM_TEMPLATE = "labor_outsourcing.portal_my_labor_proposal_form"
GENDERS = ("male", "female", "other")
CERTIFICATE_KEY = re.compile(r"^cert_(\d+)_(type|number|issue|expiry|file)$")


class LaborWorkerProposalPortal(LaborPortal):
    """Worker proposals: the vendor proposes a worker (personal data, job type, site,
    start, certificates with files) for one of its active contracts, follows the decision
    and reads the reason of a rejection."""

    def _labor_home_counters(self):
        return {**super()._labor_home_counters(), "labor_proposal_count": ("labor.worker.proposal", [])}

    @http.route(["/my/labor/proposals", "/my/labor/proposals/page/<int:page>"], type="http", auth="user", website=True)
    def portal_my_labor_proposals(self, page=1, **kw):
        return self._labor_render_list(
            model="labor.worker.proposal",
            template="labor_outsourcing.portal_my_labor_proposals",
            url="/my/labor/proposals",
            title=request.env._("Worker Proposals"),
            history="my_labor_proposals_history",
            sortings={
                "date": {"label": request.env._("Newest"), "order": "create_date desc, id desc"},
                "name": {"label": request.env._("Worker"), "order": "worker_name asc, id desc"},
            },
            filters={
                "all": {"label": request.env._("All"), "domain": []},
                "submitted": {"label": request.env._("Awaiting Decision"), "domain": [("state", "=", "submitted")]},
                "approved": {"label": request.env._("Approved"), "domain": [("state", "=", "approved")]},
                "rejected": {"label": request.env._("Rejected"), "domain": [("state", "=", "rejected")]},
            },
            search_inputs={
                "worker": {"input": "worker", "label": request.env._("Search in Worker"), "fields": ["worker_name"]},
                "name": {"input": "name", "label": request.env._("Search in Number"), "fields": ["name"]},
            },
            page=page,
            **self._labor_url_args(kw),
        )

    @http.route("/my/labor/proposals/<int:proposal_id>", type="http", auth="public", website=True)
    def portal_my_labor_proposal(self, proposal_id, access_token=None, **kw):
        proposal = self._labor_check_document("labor.worker.proposal", proposal_id, access_token)
        return self._labor_render_detail(
            proposal,
            "labor_outsourcing.portal_my_labor_proposal",
            breadcrumbs=[(request.env._("Worker Proposals"), "/my/labor/proposals"), (proposal.name, None)],
            history="my_labor_proposals_history",
            access_token=access_token,
            values={"proposal": proposal, "submitted": bool(kw.get("submitted"))},
            **self._labor_url_args(kw),
        )

    # Proposing ----------------------------------------------------------------------------
    def _labor_proposal_form_values(self, vendor):
        contracts = (
            request.env["labor.contract"]
            .sudo()
            .search([("vendor_id", "=", vendor.id), ("state", "=", "active")], order="date_start desc, id desc")
        )
        return {
            "page_name": "labor_proposal_new",
            "labor_breadcrumbs": [
                (request.env._("Worker Proposals"), "/my/labor/proposals"),
                (request.env._("Propose a Worker"), None),
            ],
            "contracts": contracts,
            "certificate_types": request.env["labor.worker.certificate.type"].sudo().search([]),
            "certificate_rows": range(self._labor_upload_limits()[1]),
            "max_mb": self._labor_upload_limits()[0] // (1024 * 1024),
        }

    @http.route("/my/labor/proposals/new", type="http", auth="user", website=True, methods=["GET"])
    def portal_my_labor_proposal_form(self, **kw):
        vendor = self._labor_require_vendor()
        post = {"contract_id": kw["contract_id"]} if kw.get("contract_id") else {}
        return self._labor_render_form(FORM_TEMPLATE, self._labor_proposal_form_values(vendor), post)

    @http.route("/my/labor/proposals/new", type="http", auth="user", website=True, methods=["POST"])
    def portal_my_labor_proposal_submit(self, **post):
        vendor = self._labor_require_vendor()
        values = self._labor_proposal_form_values(vendor)
        try:
            vals = self._labor_proposal_vals(post, values)
            with self._labor_saving():
                proposal = request.env["labor.worker.proposal"].sudo().create(dict(vals, vendor_id=vendor.id))
        except LaborFormError as error:
            return self._labor_render_form(FORM_TEMPLATE, values, post, error.errors)
        return request.redirect(f"{proposal.access_url}?submitted=1")

    def _labor_proposal_vals(self, post, values):
        errors = {}
        today = fields.Date.context_today(request.env.user)
        contract = self._labor_parse_record(post, "contract_id", values["contracts"], errors, request.env._("Contract"))
        jobs = values["contracts"].rate_ids.job_product_id
        job = self._labor_parse_record(post, "job_product_id", jobs, errors, request.env._("Job type"))
        if contract and job and job not in contract.rate_ids.job_product_id:
            errors["job_product_id"] = request.env._(
                "%(job)s is not a job type of the rate card of %(contract)s.",
                job=job.display_name,
                contract=contract.name,
            )
        sites = values["contracts"].site_ids
        site = self._labor_parse_record(post, "site_id", sites, errors, request.env._("Work site"), required=False)
        if contract and site and contract.site_ids and site not in contract.site_ids:
            errors["site_id"] = request.env._(
                "%(site)s is not a work site of %(contract)s.", site=site.name, contract=contract.name
            )
        vals = {
            "worker_name": self._labor_parse_text(
                post, "worker_name", errors, request.env._("Name"), required=True, size=128
            ),
            "id_number": self._labor_parse_text(
                post, "id_number", errors, request.env._("ID document number"), required=True, size=32
            ),
            "phone": self._labor_parse_text(post, "phone", errors, request.env._("Phone"), size=32),
            "email": self._labor_parse_text(post, "email", errors, request.env._("E-mail"), size=128),
            "emergency_contact": self._labor_parse_text(
                post, "emergency_contact", errors, request.env._("Emergency contact"), size=128
            ),
            "emergency_phone": self._labor_parse_text(
                post, "emergency_phone", errors, request.env._("Emergency phone"), size=32
            ),
            "note": self._labor_parse_text(post, "note", errors, request.env._("Remarks"), size=2000),
            "birthday": self._labor_parse_date(post, "birthday", errors, request.env._("Date of birth")),
            "date_start": self._labor_parse_date(
                post, "date_start", errors, request.env._("Start date"), required=True
            ),
            "gender": post.get("gender") if post.get("gender") in GENDERS else False,
        }
        if vals["email"] and not tools.single_email_re.match(vals["email"]):
            errors["email"] = request.env._("%(email)s is not a valid e-mail address.", email=vals["email"])
        if vals["birthday"] and vals["birthday"] > today - relativedelta(years=MINIMUM_AGE):
            errors["birthday"] = request.env._("The worker must be at least %(age)s years old.", age=MINIMUM_AGE)
        if contract and vals["date_start"] and not contract.date_start <= vals["date_start"] <= contract.date_end:
            errors["date_start"] = request.env._(
                "The start must be within the contract, from %(start)s to %(end)s.",
                start=contract.date_start,
                end=contract.date_end,
            )
        files = self._labor_read_uploads(errors)
        certificates = self._labor_proposal_certificates(post, files, values["certificate_types"], errors, today)
        if errors:
            raise LaborFormError(errors)
        return dict(
            vals,
            contract_id=contract.id,
            job_product_id=job.id,
            site_id=site.id,
            certificate_ids=[Command.create(line) for line in certificates],
        )

    def _labor_proposal_certificates(self, post, files, types, errors, today):
        """The certificate rows filled in (cert_<n>_type, _number, _issue, _expiry, _file):
        a row with anything in it needs its type and its file."""
        rows = sorted({int(match.group(1)) for key in [*post, *files] if (match := CERTIFICATE_KEY.match(key))})
        certificates = []
        for row in rows:
            key = f"cert_{row}_"
            upload = files.get(f"{key}file")
            used = upload or any(
                (post.get(f"{key}{part}") or "").strip() for part in ("type", "number", "issue", "expiry")
            )
            if not used:
                continue
            cert_type = self._labor_parse_record(post, f"{key}type", types, errors, request.env._("Certificate type"))
            number = self._labor_parse_text(post, f"{key}number", errors, request.env._("Certificate number"), size=64)
            issue = self._labor_parse_date(post, f"{key}issue", errors, request.env._("Issue date"))
            expiry = self._labor_parse_date(
                post, f"{key}expiry", errors, request.env._("Expiry date"), required=bool(cert_type.expiry_required)
            )
            if issue and issue > today:
                errors[f"{key}issue"] = request.env._("The issue date cannot be in the future.")
            if issue and expiry and expiry < issue:
                errors[f"{key}expiry"] = request.env._("The expiry date is before the issue date.")
            elif expiry and expiry < today:
                errors[f"{key}expiry"] = request.env._("This certificate has already expired.")
            if not upload and f"{key}file" not in errors:
                errors[f"{key}file"] = request.env._("Attach the certificate's file.")
            if upload:
                certificates.append(
                    {
                        "type_id": cert_type.id,
                        "number": number,
                        "issue_date": issue,
                        "expiry_date": expiry,
                        "attachment": upload["data"],
                        "attachment_name": upload["name"],
                    }
                )
        return certificates
