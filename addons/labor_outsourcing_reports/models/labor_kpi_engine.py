# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict
from typing import NamedTuple

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL, format_date

from odoo.addons.labor_outsourcing_quality.tools import inspection as inspection_tools
from odoo.addons.labor_outsourcing_quality.tools import sla

from ..tools import kpi as formulas

#: Contracts whose records count in a period (drafts and contracts under approval do not).
RUNNING_CONTRACT_STATES = ("active", "expired", "terminated", "renewed")
SEVERITY_CODES = {"ncr_rate_minor": "minor", "ncr_rate_major": "major", "ncr_rate_critical": "critical"}


class Scope(NamedTuple):
    """What a KPI computation looks at: the vendors, optionally only some contracts,
    the period, the companies and the key the results are grouped by."""

    vendor_ids: tuple
    contract_ids: tuple | None
    date_from: object
    date_to: object
    company_ids: tuple
    group_by: str
    today: object
    #: the period as naive UTC datetimes [dt_from, dt_to) cut at midnight in the time zone of
    #: res.company._labor_tz (the audit pack cuts the same way); datetimes are compared with <
    dt_from: object
    dt_to: object


class LaborKpiEngine(models.AbstractModel):
    """Computes the scorecard KPIs of vendors (or of their contracts) over a period from
    the operational records: inspections, NCRs and their actions, timesheets, tasks and
    milestones, issues, settlements, surveys and workers.

    Every source is read once for all the vendors (a fixed number of queries whatever
    their number); the formulas are the pure functions of ``tools/kpi.py``. The same
    domains feed the computation and the drill-down to the records behind a value."""

    _name = "labor.kpi.engine"
    _description = "Vendor KPI Engine"

    # Catalog of formulas --------------------------------------------------------------------
    @api.model
    def _kpi_formulas(self):
        """{code: (source, value function (numerator, denominator) -> value or None)}.
        Other addons add KPIs by extending this and :meth:`_kpi_gather`."""
        return {
            "quality_pass_rate": ("inspection", formulas.quality_pass_rate),
            "item_pass_rate": ("inspection", formulas.item_pass_rate),
            "ncr_rate": ("ncr", formulas.ncr_rate),
            "ncr_rate_minor": ("ncr", formulas.ncr_rate),
            "ncr_rate_major": ("ncr", formulas.ncr_rate),
            "ncr_rate_critical": ("ncr", formulas.ncr_rate),
            "capa_on_time_rate": ("capa", formulas.capa_on_time_rate),
            "ncr_mean_close_days": ("ncr_closed", formulas.mean_days_to_close),
            "on_time_rate": ("task", formulas.on_time_rate),
            "delay_rate": ("task", formulas.delay_rate),
            "issue_resolution_rate": ("issue", formulas.issue_resolution_rate),
            "issue_response_hours": ("issue", formulas.mean_first_response_hours),
            "cost_saving_rate": (
                "settlement",
                lambda saving, budget: formulas.cost_saving_rate(budget, budget - saving) if budget else None,
            ),
            "satisfaction": ("survey", formulas.satisfaction),
            "headcount_fill_rate": ("worker", formulas.headcount_fill_rate),
            "worker_compliance_rate": ("worker", formulas.worker_compliance_rate),
            "training_completion_rate": ("worker", formulas.training_completion_rate),
        }

    # Public API -----------------------------------------------------------------------------
    @api.model
    def _compute_kpis(self, vendors, date_from, date_to, contracts=None, group_by="vendor", companies=None):
        """KPIs of ``vendors`` (or of their ``contracts`` with ``group_by="contract"``)
        from ``date_from`` to ``date_to``.

        Returns ``{key id: {kpi code: {"value", "numerator", "denominator", "target",
        "status"}}}`` for every vendor (or contract) and active KPI of the catalog; the
        value is ``None`` and the status "no_data" when the period has nothing to measure.
        With ``group_by="vendor"``, ``contracts`` restricts the records to those contracts.
        Targets: the contract's own target per contract, and per vendor the target of its
        only contract running in the period, else the catalog's default target.
        """
        scope, running = self._kpi_scope(vendors, date_from, date_to, contracts, group_by, companies)
        keys = list(running.ids) if group_by == "contract" else list(scope.vendor_ids)
        catalog = self.env["labor.kpi"].sudo().search([("active", "=", True)])
        gathered = self._kpi_gather(scope, running, {kpi.code for kpi in catalog})
        known = self._kpi_formulas()
        targets = self._kpi_targets(scope, running, catalog, keys)
        results = {}
        for key in keys:
            per_key = {}
            for kpi in catalog:
                numerator, denominator = gathered.get(kpi.code, {}).get(key, (0.0, 0.0))
                value = known[kpi.code][1](numerator, denominator) if kpi.code in known else None
                value = None if value is None else round(value, 4)
                target = targets[key].get(kpi.code, kpi.target)
                per_key[kpi.code] = {
                    "value": value,
                    "numerator": numerator,
                    "denominator": denominator,
                    "target": target,
                    "status": formulas.kpi_status(value, target, kpi.direction),
                }
            results[key] = per_key
        return results

    @api.model
    def _kpi_drilldown_action(self, kpi_code, vendor, date_from, date_to, contract=None, companies=None):
        """Window action listing the records behind the value of ``kpi_code`` for
        ``vendor`` (and ``contract``) in the period, in ``companies`` (default: the
        allowed companies)."""
        if kpi_code not in self._kpi_formulas():
            raise UserError(self.env._("Unknown KPI %(code)s.", code=kpi_code))
        scope, running = self._kpi_scope(vendor, date_from, date_to, contract or None, "vendor", companies)
        model, domain = self._kpi_drilldown_domain(kpi_code, scope, running)
        kpi = self.env["labor.kpi"].with_context(active_test=False).search([("code", "=", kpi_code)], limit=1)
        subject = contract or vendor
        who = subject.display_name if len(subject) == 1 else self.env._("%(count)s vendors", count=len(subject))
        action = {
            "type": "ir.actions.act_window",
            "name": self.env._(
                "%(kpi)s: %(who)s, %(start)s - %(end)s",
                kpi=kpi.name or kpi_code,
                who=who,
                start=format_date(self.env, date_from),
                end=format_date(self.env, date_to),
            ),
            "res_model": model,
            "domain": domain,
            "view_mode": "list,form",
            "views": [(False, "list"), (False, "form")],
            "context": {"create": False, "active_test": False},
            "target": "current",
        }
        if model == "account.analytic.line":
            action["views"] = [(self.env.ref("hr_timesheet.hr_timesheet_line_tree").id, "list"), (False, "form")]
        return action

    @api.model
    def _kpi_status(self, value, target, kpi):
        """ "met", "not_met" or "no_data" of ``value`` against ``target`` for ``kpi``."""
        return formulas.kpi_status(value, target, kpi.direction)

    # Scope and domains ----------------------------------------------------------------------
    @api.model
    def _kpi_scope(self, vendors, date_from, date_to, contracts, group_by, companies):
        if group_by not in ("vendor", "contract"):
            raise UserError(self.env._("KPIs are grouped by vendor or by contract."))
        date_from, date_to = fields.Date.to_date(date_from), fields.Date.to_date(date_to)
        if not date_from or not date_to or date_to < date_from:
            raise UserError(self.env._("The KPI period must end after it starts."))
        companies = companies or self.env.companies
        if contracts is not None and not contracts:
            contracts = None
        Contract = self.env["labor.contract"].sudo().with_context(active_test=False)
        domain = [
            ("vendor_id", "in", vendors.ids),
            ("company_id", "in", companies.ids),
            ("state", "in", RUNNING_CONTRACT_STATES),
            ("date_start", "<=", date_to),
            ("date_end", ">=", date_from),
        ]
        if contracts is not None:
            domain.append(("id", "in", contracts.ids))
        running = Contract.search_fetch(
            domain,
            [
                "vendor_id",
                "project_ids",
                "headcount_planned",
                "date_start",
                "date_end",
                "amount_estimated",
                "currency_id",
                "company_id",
            ]
            + [f for f in Contract._fields if f.startswith("target_")],
        )
        if group_by == "contract":
            contract_ids = tuple(running.ids)
        else:
            contract_ids = tuple(contracts.ids) if contracts is not None else None
        company = self.env.company
        dt_from, dt_to = company._labor_period_bounds(date_from, date_to)
        scope = Scope(
            vendor_ids=tuple(vendors.ids),
            contract_ids=contract_ids,
            date_from=date_from,
            date_to=date_to,
            company_ids=tuple(companies.ids),
            group_by=group_by,
            today=company._labor_today(),
            dt_from=dt_from,
            dt_to=dt_to,
        )
        return scope, running

    def _contract_filter(self, scope, field="contract_id"):
        return [] if scope.contract_ids is None else [(field, "in", list(scope.contract_ids))]

    def _kpi_domain(self, source, scope, running=None, severity=None):
        """(model, domain) of the records of ``source`` in ``scope``."""
        vendors, companies = list(scope.vendor_ids), list(scope.company_ids)
        if source == "inspection":
            return "labor.inspection", [
                ("vendor_id", "in", vendors),
                ("company_id", "in", companies),
                ("state", "=", "done"),
                ("date", ">=", scope.date_from),
                ("date", "<=", scope.date_to),
            ] + self._contract_filter(scope)
        if source == "ncr":
            domain = [
                ("vendor_id", "in", vendors),
                ("company_id", "in", companies),
                ("state", "!=", "cancel"),
                ("detected_on", ">=", scope.date_from),
                ("detected_on", "<=", scope.date_to),
            ] + self._contract_filter(scope)
            return "labor.ncr", domain + ([("severity", "=", severity)] if severity else [])
        if source == "ncr_closed":
            return "labor.ncr", [
                ("vendor_id", "in", vendors),
                ("company_id", "in", companies),
                ("state", "=", "closed"),
                ("date_closed", ">=", scope.date_from),
                ("date_closed", "<=", scope.date_to),
            ] + self._contract_filter(scope)
        if source == "capa":
            # actions due in the period whose outcome is known: done, or overdue
            return "labor.ncr.action", [
                ("vendor_id", "in", vendors),
                ("company_id", "in", companies),
                ("state", "!=", "cancel"),
                ("date_deadline", ">=", scope.date_from),
                ("date_deadline", "<=", scope.date_to),
                "|",
                ("state", "=", "done"),
                ("date_deadline", "<", scope.today),
            ] + self._contract_filter(scope, "ncr_id.contract_id")
        if source == "timesheet":
            domain = [
                ("employee_id.labor_vendor_id", "in", vendors),
                ("company_id", "in", companies),
                ("project_id", "!=", False),
                ("date", ">=", scope.date_from),
                ("date", "<=", scope.date_to),
            ]
            return "account.analytic.line", domain + self._contract_filter(scope, "employee_id.labor_contract_id")
        if source == "task":
            return "project.task", [
                ("project_id", "in", running.project_ids.ids),
                ("state", "=", "1_done"),
                ("date_deadline", "!=", False),
                "|",
                "&",
                "&",
                ("date_end", "!=", False),
                ("date_end", ">=", scope.dt_from),
                ("date_end", "<", scope.dt_to),
                "&",
                "&",
                ("date_end", "=", False),
                ("date_last_stage_update", ">=", scope.dt_from),
                ("date_last_stage_update", "<", scope.dt_to),
            ]
        if source == "milestone":
            return "project.milestone", [
                ("project_id", "in", running.project_ids.ids),
                ("is_reached", "=", True),
                ("deadline", "!=", False),
                ("reached_date", ">=", scope.date_from),
                ("reached_date", "<=", scope.date_to),
            ]
        if source == "issue":
            return "labor.issue", [
                ("vendor_id", "in", vendors),
                ("company_id", "in", companies),
                ("state", "!=", "cancel"),
                ("date_reported", ">=", scope.dt_from),
                ("date_reported", "<", scope.dt_to),
            ] + self._contract_filter(scope)
        if source == "settlement":
            return "labor.settlement", [
                ("vendor_id", "in", vendors),
                ("company_id", "in", companies),
                ("state", "=", "confirmed"),
                ("date_to", ">=", scope.date_from),
                ("date_to", "<=", scope.date_to),
            ] + self._contract_filter(scope)
        if source == "survey":
            # answered in the period, or answered for an evaluation of the period
            return "survey.user_input", [
                ("labor_vendor_id", "in", vendors),
                ("state", "=", "done"),
                ("test_entry", "=", False),
                "|",
                "&",
                ("end_datetime", ">=", scope.dt_from),
                ("end_datetime", "<", scope.dt_to),
                "&",
                ("labor_evaluation_id.date_from", ">=", scope.date_from),
                ("labor_evaluation_id.date_to", "<=", scope.date_to),
            ] + self._contract_filter(scope, "labor_contract_id")
        if source == "worker":
            # outsourced workers assigned during the period (off-boarded ones included)
            return "hr.employee", [
                ("is_labor_worker", "=", True),
                ("labor_vendor_id", "in", vendors),
                ("company_id", "in", companies),
                "|",
                ("active", "=", True),
                ("labor_exit_date", "!=", False),
                "|",
                ("labor_assignment_start", "=", False),
                ("labor_assignment_start", "<=", scope.date_to),
                "|",
                ("labor_assignment_end", "=", False),
                ("labor_assignment_end", ">=", scope.date_from),
                "|",
                ("labor_exit_date", "=", False),
                ("labor_exit_date", ">=", scope.date_from),
            ] + self._contract_filter(scope, "labor_contract_id")
        raise UserError(self.env._("Unknown KPI source %(source)s.", source=source))

    def _kpi_drilldown_domain(self, code, scope, running):
        source = self._kpi_formulas()[code][0]
        if code == "ncr_rate" or code in SEVERITY_CODES:
            return self._kpi_domain("ncr", scope, severity=SEVERITY_CODES.get(code))
        return self._kpi_domain(source, scope, running)

    # Targets -----------------------------------------------------------------------------------
    def _kpi_targets(self, scope, running, catalog, keys):
        """{key: {code: target}} from the contracts (their own target fields)."""
        contract_by_key = {}
        if scope.group_by == "contract":
            contract_by_key = {contract.id: contract for contract in running}
        else:
            by_vendor = defaultdict(list)
            for contract in running:
                by_vendor[contract.vendor_id.id].append(contract)
            contract_by_key = {vendor: found[0] for vendor, found in by_vendor.items() if len(found) == 1}
        targets = {}
        for key in keys:
            contract = contract_by_key.get(key)
            targets[key] = {
                kpi.code: contract[kpi.contract_target_field]
                for kpi in catalog
                if contract and kpi.contract_target_field and kpi.contract_target_field in contract._fields
            }
        return targets

    # Gathering -------------------------------------------------------------------------------
    def _kpi_key(self, scope, vendor, contract):
        return contract.id if scope.group_by == "contract" else vendor.id

    def _kpi_gather(self, scope, running, codes):
        """{code: {key: (numerator, denominator)}} for the requested ``codes``: each
        source is read once for every vendor."""
        sources = {self._kpi_formulas().get(code, (None,))[0] for code in codes}
        result = defaultdict(dict)
        env = self.sudo().with_context(active_test=False)
        if "inspection" in sources:
            env._gather_inspections(scope, result)
        if "ncr" in sources:
            env._gather_ncr_rates(scope, result)
        if "capa" in sources:
            env._gather_capa(scope, result)
        if "ncr_closed" in sources:
            env._gather_ncr_closing(scope, result)
        if "task" in sources:
            env._gather_tasks(scope, running, result)
        if "issue" in sources:
            env._gather_issues(scope, result)
        if "settlement" in sources:
            env._gather_settlements(scope, result)
        if "survey" in sources:
            env._gather_surveys(scope, result)
        if "worker" in sources:
            env._gather_workers(scope, running, result)
        return result

    def _gather_inspections(self, scope, result):
        """Inspections grouped in SQL, no record per inspection: lots by their sample
        figures, checklists by their answers (see :meth:`_checklist_conformity`)."""
        model, domain = self._kpi_domain("inspection", scope)
        Inspection = self.env[model]
        key_field = "contract_id" if scope.group_by == "contract" else "vendor_id"
        passed, done, good_items, items = (defaultdict(float) for _i in range(4))
        groups = Inspection._read_group(
            domain, [key_field, "result", "sampling_method", "sample_size", "nonconforming_qty"], ["__count"]
        )
        for key, inspection_result, method, sample_size, nonconforming, count in groups:
            done[key.id] += count
            passed[key.id] += count if inspection_result == "passed" else 0
            if not self._is_checklist(method, sample_size):
                good_items[key.id] += max(sample_size - (nonconforming or 0), 0) * count
                items[key.id] += sample_size * count
        checklist_domain = domain + [
            "|",
            "|",
            ("sampling_method", "=", False),
            ("sampling_method", "=", "none"),
            "|",
            ("sample_size", "=", False),
            ("sample_size", "=", 0),
        ]
        for key, (good, answered) in self._checklist_conformity(checklist_domain, key_field).items():
            good_items[key] += good
            items[key] += answered
        result["quality_pass_rate"].update({key: (passed[key], done[key]) for key in done})
        result["item_pass_rate"].update({key: (good_items[key], items[key]) for key in done})

    @api.model
    def _is_checklist(self, sampling_method, sample_size):
        """Whether an inspection is judged by its checklist answers rather than by a sample."""
        return sampling_method in (False, "none") or not sample_size

    def _checklist_conformity(self, inspection_domain, key_field):
        """{key id: [conforming, concluded answers]} of the answers of the checklist
        inspections of ``inspection_domain``, by the inspections' ``key_field``.

        The answers are read grouped by key and answer, in SQL queries built by the ORM
        (domains, joins, access to the fields): one row per distinct answer of a key and
        no record. Each row is judged by ``answer_conforms`` with its item read once; an
        answer waiting for a required photo has no conclusion."""
        conforming = defaultdict(lambda: [0, 0])
        rows = self._answer_groups(inspection_domain, key_field)
        if not rows:
            return conforming
        items = (
            self.env["labor.inspection.plan.item"]
            .with_context(active_test=False)
            .search_fetch(
                [("id", "in", list({row[1] for row in rows}))],
                ["kind", "target", "tolerance", "choice_accepted", "photo_required"],
            )
        )
        item_data = {
            item.id: (
                item.kind,
                item.target,
                item.tolerance,
                inspection_tools.split_choices(item.choice_accepted),
                item.photo_required,
            )
            for item in items
        }
        photo_items = [item.id for item in items if item.photo_required]
        without_photo = {}
        if photo_items:
            for *answer, count in self._answer_groups(
                inspection_domain, key_field, [("item_id", "in", photo_items), ("attachment_ids", "=", False)]
            ):
                without_photo[tuple(answer)] = count
        for *answer, count in rows:
            key, item_id, verdict, recorded, value, choice = answer
            kind, target, tolerance, accepted, photo_required = item_data[item_id]
            missing = without_photo.get(tuple(answer), 0)
            for has_photo, number in ((True, count - missing), (False, missing)):
                if not number:
                    continue
                conforms = inspection_tools.answer_conforms(
                    inspection_tools.Answer(
                        kind=kind,
                        verdict=verdict or None,
                        value=value if recorded else None,
                        target=target,
                        tolerance=tolerance,
                        choice=choice or None,
                        accepted_choices=accepted,
                        photo_required=photo_required,
                        has_photo=has_photo,
                    )
                )
                if conforms is None:
                    continue
                counts = conforming[key]
                counts[0] += int(conforms) * number
                counts[1] += number
        return conforming

    def _answer_groups(self, inspection_domain, key_field, answer_domain=None):
        """[(key id, item id, verdict, value recorded, value, choice, count)] of the
        answers (of ``answer_domain``) of the inspections of ``inspection_domain``,
        grouped by the inspection's ``key_field`` and what they answered: one SQL query
        built by the ORM (domains, joins, field access), ids and values only."""
        Inspection, Answer = self.env["labor.inspection"], self.env["labor.inspection.answer"]
        query = Inspection._search(inspection_domain)
        if query.is_empty():
            return []
        table = Inspection._table
        answer = query.make_alias(table, "answer_ids")
        query.add_join(
            "JOIN",
            answer,
            Answer._table,
            SQL("%s = %s", Answer._field_to_sql(answer, "inspection_id", query), SQL.identifier(table, "id")),
        )
        if answer_domain is not None:
            query.add_where(SQL("%s IN %s", SQL.identifier(answer, "id"), Answer._search(answer_domain).subselect()))
        columns = [Inspection._field_to_sql(table, key_field, query)] + [
            Answer._field_to_sql(answer, fname, query)
            for fname in ("item_id", "verdict", "value_recorded", "value", "choice")
        ]
        query.groupby = SQL(", ").join(columns)
        return self.env.execute_query(query.select(*columns, SQL("COUNT(*)")))

    def _gather_ncr_rates(self, scope, result):
        model, domain = self._kpi_domain("timesheet", scope)
        hours_by_employee = self.env[model]._read_group(domain, ["employee_id"], ["unit_amount:sum"])
        # the vendor and contract of the workers read in one query (not by prefetch batches)
        self.env["hr.employee"].search_fetch(
            [("id", "in", [employee.id for employee, _amount in hours_by_employee])],
            ["labor_vendor_id", "labor_contract_id"],
        )
        hours = defaultdict(float)
        for employee, amount in hours_by_employee:
            hours[self._kpi_key(scope, employee.labor_vendor_id, employee.labor_contract_id)] += amount
        model, domain = self._kpi_domain("ncr", scope)
        key_field = "contract_id" if scope.group_by == "contract" else "vendor_id"
        counts = defaultdict(lambda: defaultdict(int))
        for key, severity, count in self.env[model]._read_group(domain, [key_field, "severity"], ["__count"]):
            counts[key.id][severity] += count
            counts[key.id]["all"] += count
        for key in set(hours) | set(counts):
            result["ncr_rate"][key] = (counts[key]["all"], hours[key])
            for code, severity in SEVERITY_CODES.items():
                result[code][key] = (counts[key][severity], hours[key])

    def _gather_capa(self, scope, result):
        model, domain = self._kpi_domain("capa", scope)
        actions = self.env[model].search_fetch(domain, ["vendor_id", "ncr_id", "state", "date_deadline", "date_done"])
        if scope.group_by == "contract":
            actions.ncr_id.fetch(["contract_id"])
        on_time, due = defaultdict(float), defaultdict(float)
        for action in actions:
            contract = action.ncr_id.contract_id if scope.group_by == "contract" else None
            key = self._kpi_key(scope, action.vendor_id, contract)
            due[key] += 1
            on_time[key] += bool(
                action.state == "done" and action.date_done and action.date_done <= action.date_deadline
            )
        result["capa_on_time_rate"].update({key: (on_time[key], due[key]) for key in due})

    def _gather_ncr_closing(self, scope, result):
        model, domain = self._kpi_domain("ncr_closed", scope)
        ncrs = self.env[model].search_fetch(domain, ["vendor_id", "contract_id", "detected_on", "date_closed"])
        days, closed = defaultdict(float), defaultdict(float)
        for ncr in ncrs:
            key = self._kpi_key(scope, ncr.vendor_id, ncr.contract_id)
            days[key] += max((ncr.date_closed - ncr.detected_on).days, 0)
            closed[key] += 1
        result["ncr_mean_close_days"].update({key: (days[key], closed[key]) for key in closed})

    def _gather_tasks(self, scope, running, result):
        keys_by_project = defaultdict(set)
        for contract in running:
            if scope.contract_ids is not None and contract.id not in scope.contract_ids:
                continue
            for project in contract.project_ids:
                keys_by_project[project.id].add(self._kpi_key(scope, contract.vendor_id, contract))
        if not keys_by_project:
            return
        items = []  # (project id, finished, deadline, start)
        model, domain = self._kpi_domain("task", scope, running)
        for task in self.env[model].search_fetch(
            domain, ["project_id", "date_deadline", "date_end", "date_last_stage_update", "date_assign", "create_date"]
        ):
            finished = (task.date_end or task.date_last_stage_update).date()
            start = (task.date_assign or task.create_date).date()
            items.append((task.project_id.id, finished, task.date_deadline.date(), start))
        model, domain = self._kpi_domain("milestone", scope, running)
        for milestone in self.env[model].search_fetch(
            domain, ["project_id", "deadline", "reached_date", "create_date"]
        ):
            items.append(
                (milestone.project_id.id, milestone.reached_date, milestone.deadline, milestone.create_date.date())
            )
        on_time, finished, late_days, planned = (defaultdict(float) for _i in range(4))
        for project_id, done_on, deadline, start in items:
            for key in keys_by_project.get(project_id, ()):
                finished[key] += 1
                on_time[key] += done_on <= deadline
                late_days[key] += formulas.delay_days(done_on, deadline)
                planned[key] += formulas.planned_days(start, deadline)
        result["on_time_rate"].update({key: (on_time[key], finished[key]) for key in finished})
        result["delay_rate"].update({key: (late_days[key], planned[key]) for key in finished})

    def _gather_issues(self, scope, result):
        model, domain = self._kpi_domain("issue", scope)
        issues = self.env[model].search_fetch(
            domain,
            [
                "vendor_id",
                "contract_id",
                "date_reported",
                "date_first_response",
                "date_resolved",
                "response_deadline",
                "resolution_deadline",
            ],
        )
        by_key = defaultdict(list)
        for issue in issues:
            by_key[self._kpi_key(scope, issue.vendor_id, issue.contract_id)].append(
                sla.IssueTimes(
                    issue.date_reported,
                    issue.date_first_response or None,
                    issue.date_resolved or None,
                    issue.response_deadline or None,
                    issue.resolution_deadline or None,
                )
            )
        now = fields.Datetime.now()
        for key, times in by_key.items():
            stats = sla.kpis(times, now)
            responded = [t for t in times if t.first_response]
            result["issue_resolution_rate"][key] = (stats.resolved, stats.count)
            result["issue_response_hours"][key] = ((stats.mean_response_hours or 0.0) * len(responded), len(responded))

    def _gather_settlements(self, scope, result):
        model, domain = self._kpi_domain("settlement", scope)
        settlements = self.env[model].search_fetch(
            domain,
            ["vendor_id", "contract_id", "amount_untaxed_lines", "currency_id", "company_id", "date_from", "date_to"],
        )
        budget, actual = defaultdict(float), defaultdict(float)
        for settlement in settlements:
            contract = settlement.contract_id
            key = self._kpi_key(scope, settlement.vendor_id, contract)
            share = formulas.prorated_budget(
                contract.amount_estimated,
                contract.date_start,
                contract.date_end,
                settlement.date_from,
                settlement.date_to,
            )
            company = settlement.company_id
            # the services' amount before deductions: penalties must not read as savings
            amount = settlement.amount_untaxed_lines
            if settlement.currency_id and settlement.currency_id != company.currency_id:
                share = settlement.currency_id._convert(share, company.currency_id, company, settlement.date_to)
                amount = settlement.currency_id._convert(amount, company.currency_id, company, settlement.date_to)
            budget[key] += share
            actual[key] += amount
        result["cost_saving_rate"].update({key: (budget[key] - actual[key], budget[key]) for key in budget})

    def _gather_surveys(self, scope, result):
        model, domain = self._kpi_domain("survey", scope)
        total, count = defaultdict(float), defaultdict(float)
        for answer in self.env[model].search_fetch(
            domain, ["labor_vendor_id", "labor_contract_id", "scoring_percentage"]
        ):
            key = self._kpi_key(scope, answer.labor_vendor_id, answer.labor_contract_id)
            total[key] += answer.scoring_percentage
            count[key] += 1
        result["satisfaction"].update({key: (total[key], count[key]) for key in count})

    def _gather_workers(self, scope, running, result):
        model, domain = self._kpi_domain("worker", scope)
        workers = self.env[model].search_fetch(
            domain, ["labor_vendor_id", "labor_contract_id", "labor_job_product_id", "company_id"]
        )
        planned = defaultdict(float)
        for contract in running:
            if scope.contract_ids is None or contract.id in scope.contract_ids:
                planned[self._kpi_key(scope, contract.vendor_id, contract)] += contract.headcount_planned
        # with the default active_test: archived certificates do not make a worker compliant
        # (as on the worker's form); the engine's own reads include archived records
        compliance = workers.with_context(active_test=True)._labor_compliance_results()
        plans = self.env["labor.training.plan"].search([("active", "=", True)])
        passed = {
            (training.employee_id.id, training.course_id.id)
            for training in self.env["labor.worker.training"].search_fetch(
                [("employee_id", "in", workers.ids), ("passed", "=", True), ("date", "<=", scope.date_to)],
                ["employee_id", "course_id"],
            )
        }
        actual, compliant, required, completed = (defaultdict(float) for _i in range(4))
        courses_of = {}  # (job, company): courses of the plans that apply
        for worker in workers:
            key = self._kpi_key(scope, worker.labor_vendor_id, worker.labor_contract_id)
            actual[key] += 1
            issues, _exempt = compliance.get(worker.id, ([], False))
            # requirements only: eligibility (assignment over, contract ended) is not compliance
            compliant[key] += not any(status in ("missing", "expired") for status, _reason in issues)
            job, company = worker.labor_job_product_id, worker.company_id
            if (job.id, company.id) not in courses_of:
                courses_of[job.id, company.id] = {
                    course for plan in plans if plan._labor_applies_to(job, company) for course in plan.course_ids.ids
                }
            courses = courses_of[job.id, company.id]
            required[key] += len(courses)
            completed[key] += sum(1 for course in courses if (worker.id, course) in passed)
        for key in set(planned) | set(actual):
            result["headcount_fill_rate"][key] = (actual[key], planned[key])
        for key in actual:
            result["worker_compliance_rate"][key] = (compliant[key], actual[key])
            result["training_completion_rate"][key] = (completed[key], required[key])
