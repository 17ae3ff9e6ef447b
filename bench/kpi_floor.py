# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The SQL floor of the KPI engine: the numerator and denominator of every KPI of the
catalog for a set of vendors over a period, computed by hand-written ``GROUP BY``
queries (one per source, 11 in all) and the trivial arithmetic of ``tools/kpi.py``.

It reads the same rows as ``labor.kpi.engine._compute_kpis`` (grouped by vendor, for the
companies given) with the same rules, written straight in SQL:

* every source filtered on the vendors and the companies (surveys: vendors only, as in
  the engine), archived records included (the engine reads with ``active_test=False``);
* a checklist answer conforms as in ``tools/inspection.answer_conforms``: pass/fail
  verdict, measured value within the tolerance (+1e-9), choice among the accepted ones
  (trimmed, case-insensitive), and no conclusion while a required photo is missing;
* worker compliance as in ``hr.employee._labor_compliance_results`` for the KPI's
  question "no missing or expired requirement": safety induction and NDA signed, a
  verified unexpired (active) certificate of every active type required for the job,
  every course of the active training plans of the job and company passed;
* settlements in another currency than their company's converted at the rate of the
  settlement's last day (the rate lookups of ``res.currency._get_rates``), rounded to
  the company currency.

Table and column names of many2many relations are taken from the ORM's field
definitions; nothing else of the ORM is used (no record, no cache, no compute).
"""

from collections import defaultdict

from odoo.addons.labor_outsourcing_reports.tools import kpi

RUNNING_CONTRACT_STATES = ("active", "expired", "terminated", "renewed")
SEVERITIES = {"minor": "ncr_rate_minor", "major": "ncr_rate_major", "critical": "ncr_rate_critical"}
#: whitespace stripped by Python's str.strip() on the choices of checklist answers
_WHITESPACE = " \t\n\r\f\v"


def _rel(env, model, field):
    """(table, column of ``model``, column of the comodel) of a many2many field."""
    definition = env[model]._fields[field]
    return definition.relation, definition.column1, definition.column2


def floor_aggregates(env, vendor_ids, date_from, date_to, company_ids, today):
    """``{vendor id: {kpi code: (numerator, denominator)}}`` by SQL for the vendors that
    have something to measure (a missing pair means ``(0.0, 0.0)``)."""
    cr = env.cr
    result = defaultdict(dict)
    vendors, companies = list(vendor_ids), list(company_ids)
    # the period's days cut at midnight in the company's time zone, as the engine cuts them
    dt_from, dt_to = env.company._labor_period_bounds(date_from, date_to)
    base = {
        "vendors": vendors,
        "companies": companies,
        "date_from": date_from,
        "date_to": date_to,
        "dt_from": dt_from,
        "dt_to": dt_to,
        "today": today,
        "running": RUNNING_CONTRACT_STATES,
        "ws": _WHITESPACE,
    }

    def rows(query):
        cr.execute(query, base)
        return cr.fetchall()

    # inspections: passed / done; conforming / inspected items (sampled units of lots,
    # concluded answers of checklists)
    photo_rel, photo_answer, _photo = _rel(env, "labor.inspection.answer", "attachment_ids")
    for vendor, passed, done, good, items in rows(f"""
        WITH ins AS (
            SELECT i.id, i.vendor_id, i.result, i.sample_size, i.nonconforming_qty,
                   (i.sampling_method IS NULL OR i.sampling_method = 'none' OR COALESCE(i.sample_size, 0) = 0)
                       AS checklist
              FROM labor_inspection i
             WHERE i.vendor_id = ANY(%(vendors)s) AND i.company_id = ANY(%(companies)s)
               AND i.state = 'done' AND i.date BETWEEN %(date_from)s AND %(date_to)s
        ), verdicts AS (
            SELECT a.inspection_id,
                   CASE
                       WHEN it.kind = 'pass_fail' THEN
                           CASE WHEN a.verdict IN ('pass', 'fail') THEN a.verdict = 'pass' END
                       WHEN it.kind = 'measure' THEN
                           CASE WHEN a.value_recorded THEN
                               abs(COALESCE(a.value, 0)::float8 - COALESCE(it.target, 0)::float8)
                                   <= COALESCE(it.tolerance, 0)::float8 + 1e-9
                           END
                       WHEN COALESCE(a.choice, '') <> '' THEN EXISTS (
                           SELECT 1 FROM unnest(string_to_array(it.choice_accepted, ',')) AS option
                            WHERE btrim(option, %(ws)s) <> ''
                              AND lower(btrim(option, %(ws)s)) = lower(btrim(a.choice, %(ws)s)))
                   END AS conforms,
                   COALESCE(it.photo_required, FALSE) AND NOT EXISTS (
                       SELECT 1 FROM {photo_rel} p WHERE p.{photo_answer} = a.id) AS photo_missing
              FROM labor_inspection_answer a
              JOIN ins ON ins.id = a.inspection_id AND ins.checklist
              JOIN labor_inspection_plan_item it ON it.id = a.item_id
        ), answers AS (
            SELECT inspection_id,
                   COUNT(*) FILTER (WHERE conforms AND NOT photo_missing) AS good,
                   COUNT(*) FILTER (WHERE conforms IS NOT NULL AND NOT photo_missing) AS answered
              FROM verdicts GROUP BY inspection_id
        )
        SELECT ins.vendor_id,
               COUNT(*) FILTER (WHERE ins.result = 'passed'), COUNT(*),
               SUM(CASE WHEN ins.checklist THEN COALESCE(answers.good, 0)
                        ELSE GREATEST(ins.sample_size - COALESCE(ins.nonconforming_qty, 0), 0) END),
               SUM(CASE WHEN ins.checklist THEN COALESCE(answers.answered, 0) ELSE ins.sample_size END)
          FROM ins LEFT JOIN answers ON answers.inspection_id = ins.id
         GROUP BY ins.vendor_id
    """):
        result[vendor]["quality_pass_rate"] = (float(passed), float(done))
        result[vendor]["item_pass_rate"] = (float(good), float(items))

    # NCRs per 1,000 hours worked by the vendor's workers (all and by severity)
    hours = dict(
        rows("""
        SELECT e.labor_vendor_id, SUM(l.unit_amount)
          FROM account_analytic_line l JOIN hr_employee e ON e.id = l.employee_id
         WHERE e.labor_vendor_id = ANY(%(vendors)s) AND l.company_id = ANY(%(companies)s)
           AND l.project_id IS NOT NULL AND l.date BETWEEN %(date_from)s AND %(date_to)s
         GROUP BY e.labor_vendor_id
    """)
    )
    counts = defaultdict(lambda: defaultdict(int))
    for vendor, severity, count in rows("""
        SELECT vendor_id, severity, COUNT(*) FROM labor_ncr
         WHERE vendor_id = ANY(%(vendors)s) AND company_id = ANY(%(companies)s)
           AND state IS DISTINCT FROM 'cancel' AND detected_on BETWEEN %(date_from)s AND %(date_to)s
         GROUP BY vendor_id, severity
    """):
        counts[vendor][severity] += count
        counts[vendor]["all"] += count
    for vendor in set(hours) | set(counts):
        worked = float(hours.get(vendor) or 0.0)
        result[vendor]["ncr_rate"] = (float(counts[vendor]["all"]), worked)
        for severity, code in SEVERITIES.items():
            result[vendor][code] = (float(counts[vendor][severity]), worked)

    # corrective actions due in the period, done or overdue: done by the due date / due
    for vendor, on_time, due in rows("""
        SELECT vendor_id,
               COUNT(*) FILTER (WHERE state = 'done' AND date_done IS NOT NULL AND date_done <= date_deadline),
               COUNT(*)
          FROM labor_ncr_action
         WHERE vendor_id = ANY(%(vendors)s) AND company_id = ANY(%(companies)s)
           AND state IS DISTINCT FROM 'cancel' AND date_deadline BETWEEN %(date_from)s AND %(date_to)s
           AND (state = 'done' OR date_deadline < %(today)s)
         GROUP BY vendor_id
    """):
        result[vendor]["capa_on_time_rate"] = (float(on_time), float(due))

    # NCRs closed in the period: days from detection to closure / closed
    for vendor, days, closed in rows("""
        SELECT vendor_id, SUM(GREATEST(date_closed - detected_on, 0)), COUNT(*)
          FROM labor_ncr
         WHERE vendor_id = ANY(%(vendors)s) AND company_id = ANY(%(companies)s)
           AND state = 'closed' AND date_closed BETWEEN %(date_from)s AND %(date_to)s
         GROUP BY vendor_id
    """):
        result[vendor]["ncr_mean_close_days"] = (float(days), float(closed))

    # tasks done and milestones reached in the period, of the projects of the contracts
    # running in the period: on time / finished; delay days / planned days
    project_rel, project_contract, project_project = _rel(env, "labor.contract", "project_ids")
    for vendor, finished, on_time, late, planned in rows(f"""
        WITH running AS (
            SELECT DISTINCT c.vendor_id, r.{project_project} AS project_id
              FROM labor_contract c JOIN {project_rel} r ON r.{project_contract} = c.id
             WHERE c.vendor_id = ANY(%(vendors)s) AND c.company_id = ANY(%(companies)s)
               AND c.state IN %(running)s AND c.date_start <= %(date_to)s AND c.date_end >= %(date_from)s
        ), items AS (
            SELECT t.project_id, COALESCE(t.date_end, t.date_last_stage_update)::date AS finished,
                   t.date_deadline::date AS deadline, COALESCE(t.date_assign, t.create_date)::date AS start
              FROM project_task t
             WHERE t.project_id IN (SELECT project_id FROM running)
               AND t.state = '1_done' AND t.date_deadline IS NOT NULL
               AND ((t.date_end IS NOT NULL AND t.date_end >= %(dt_from)s AND t.date_end < %(dt_to)s)
                    OR (t.date_end IS NULL AND t.date_last_stage_update >= %(dt_from)s
                        AND t.date_last_stage_update < %(dt_to)s))
            UNION ALL
            SELECT m.project_id, m.reached_date, m.deadline, m.create_date::date
              FROM project_milestone m
             WHERE m.project_id IN (SELECT project_id FROM running)
               AND m.is_reached AND m.deadline IS NOT NULL
               AND m.reached_date BETWEEN %(date_from)s AND %(date_to)s
        )
        SELECT running.vendor_id, COUNT(*), COUNT(*) FILTER (WHERE items.finished <= items.deadline),
               SUM(GREATEST(items.finished - items.deadline, 0)), SUM(GREATEST(items.deadline - items.start, 1))
          FROM items JOIN running ON running.project_id = items.project_id
         GROUP BY running.vendor_id
    """):
        result[vendor]["on_time_rate"] = (float(on_time), float(finished))
        result[vendor]["delay_rate"] = (float(late), float(planned))

    # issues reported in the period: resolved / reported; hours to first response / responded
    for vendor, total, resolved, responded, response_hours in rows("""
        SELECT vendor_id, COUNT(*), COUNT(date_resolved), COUNT(date_first_response),
               SUM(GREATEST(EXTRACT(EPOCH FROM date_first_response - date_reported), 0) / 3600.0)
          FROM labor_issue
         WHERE vendor_id = ANY(%(vendors)s) AND company_id = ANY(%(companies)s)
           AND state IS DISTINCT FROM 'cancel' AND date_reported >= %(dt_from)s AND date_reported < %(dt_to)s
         GROUP BY vendor_id
    """):
        result[vendor]["issue_resolution_rate"] = (float(resolved), float(total))
        result[vendor]["issue_response_hours"] = (float(response_hours or 0.0), float(responded))

    # settlements confirmed for periods ending in the period: (budget - settled) / budget,
    # the budget being the contract's estimated value prorated to the settlement's days
    for vendor, budget, settled in rows("""
        WITH settled AS (
            SELECT s.vendor_id, s.amount_untaxed_lines::float8 AS amount,
                   CASE WHEN c.date_end - c.date_start + 1 > 0 THEN
                       COALESCE(c.amount_estimated, 0)::float8
                       * GREATEST(LEAST(c.date_end, s.date_to) - GREATEST(c.date_start, s.date_from) + 1, 0)
                       / (c.date_end - c.date_start + 1)
                   ELSE 0 END AS share,
                   CASE WHEN s.currency_id IS NOT NULL AND s.currency_id <> company.currency_id THEN
                       (SELECT COALESCE(
                           (SELECT r.rate FROM res_currency_rate r
                             WHERE r.currency_id = company.currency_id AND r.name <= s.date_to
                               AND (r.company_id IS NULL OR r.company_id = root.id)
                             ORDER BY r.company_id, r.name DESC LIMIT 1),
                           (SELECT r.rate FROM res_currency_rate r
                             WHERE r.currency_id = company.currency_id
                               AND (r.company_id IS NULL OR r.company_id = root.id)
                             ORDER BY r.company_id, r.name LIMIT 1), 1.0)
                        / COALESCE(
                           (SELECT r.rate FROM res_currency_rate r
                             WHERE r.currency_id = s.currency_id AND r.name <= s.date_to
                               AND (r.company_id IS NULL OR r.company_id = root.id)
                             ORDER BY r.company_id, r.name DESC LIMIT 1),
                           (SELECT r.rate FROM res_currency_rate r
                             WHERE r.currency_id = s.currency_id
                               AND (r.company_id IS NULL OR r.company_id = root.id)
                             ORDER BY r.company_id, r.name LIMIT 1), 1.0))
                   END AS rate,
                   currency.rounding
              FROM labor_settlement s
              JOIN labor_contract c ON c.id = s.contract_id
              JOIN res_company company ON company.id = s.company_id
              JOIN res_company root ON root.id = COALESCE(
                  NULLIF(split_part(company.parent_path, '/', 1), '')::int, company.id)
              JOIN res_currency currency ON currency.id = company.currency_id
             WHERE s.vendor_id = ANY(%(vendors)s) AND s.company_id = ANY(%(companies)s)
               AND s.state = 'confirmed' AND s.date_to BETWEEN %(date_from)s AND %(date_to)s
        )
        SELECT vendor_id,
               SUM(CASE WHEN rate IS NULL THEN share
                        ELSE round((share * rate / rounding)::numeric)::float8 * rounding END),
               SUM(CASE WHEN rate IS NULL THEN amount
                        ELSE round((amount * rate / rounding)::numeric)::float8 * rounding END)
          FROM settled GROUP BY vendor_id
    """):
        result[vendor]["cost_saving_rate"] = (budget - settled, budget)

    # satisfaction surveys completed in the period or for an evaluation of the period
    for vendor, total, answers in rows("""
        SELECT u.labor_vendor_id, SUM(u.scoring_percentage), COUNT(*)
          FROM survey_user_input u LEFT JOIN labor_vendor_evaluation ev ON ev.id = u.labor_evaluation_id
         WHERE u.labor_vendor_id = ANY(%(vendors)s) AND u.state = 'done' AND u.test_entry IS NOT TRUE
           AND ((u.end_datetime >= %(dt_from)s AND u.end_datetime < %(dt_to)s)
                OR (ev.date_from >= %(date_from)s AND ev.date_to <= %(date_to)s))
         GROUP BY u.labor_vendor_id
    """):
        result[vendor]["satisfaction"] = (float(total), float(answers))

    # headcount planned by the contracts running in the period
    planned = dict(
        rows("""
        SELECT vendor_id, SUM(headcount_planned) FROM labor_contract
         WHERE vendor_id = ANY(%(vendors)s) AND company_id = ANY(%(companies)s)
           AND state IN %(running)s AND date_start <= %(date_to)s AND date_end >= %(date_from)s
         GROUP BY vendor_id
    """)
    )
    # workers assigned during the period: compliant ones; courses required and passed
    plan_jobs, plan_job_plan, plan_job_product = _rel(env, "labor.training.plan", "job_product_ids")
    plan_courses, plan_course_plan, plan_course_course = _rel(env, "labor.training.plan", "course_ids")
    type_jobs, type_job_type, type_job_product = _rel(env, "labor.worker.certificate.type", "job_product_ids")
    actual = {}
    for vendor, workers, compliant, required, completed in rows(f"""
        WITH w AS (
            SELECT e.id, e.labor_vendor_id AS vendor_id, e.company_id, e.labor_job_product_id AS job,
                   e.labor_safety_induction_date IS NOT NULL AND e.labor_nda_date IS NOT NULL AS duties
              FROM hr_employee e
             WHERE e.is_labor_worker AND e.labor_vendor_id = ANY(%(vendors)s) AND e.company_id = ANY(%(companies)s)
               AND (e.active OR e.labor_exit_date IS NOT NULL)
               AND (e.labor_assignment_start IS NULL OR e.labor_assignment_start <= %(date_to)s)
               AND (e.labor_assignment_end IS NULL OR e.labor_assignment_end >= %(date_from)s)
               AND (e.labor_exit_date IS NULL OR e.labor_exit_date >= %(date_from)s)
        ), required AS (
            SELECT DISTINCT w.id AS worker, pc.{plan_course_course} AS course
              FROM w
              JOIN labor_training_plan p ON p.active AND (p.company_id IS NULL OR p.company_id = w.company_id)
              JOIN {plan_courses} pc ON pc.{plan_course_plan} = p.id
              LEFT JOIN {plan_jobs} j ON j.{plan_job_plan} = p.id AND j.{plan_job_product} = w.job
             WHERE j.{plan_job_plan} IS NOT NULL
                OR NOT EXISTS (SELECT 1 FROM {plan_jobs} any_job WHERE any_job.{plan_job_plan} = p.id)
        ), passed AS (
            SELECT employee_id, course_id, bool_or(date <= %(date_to)s) AS by_period_end
              FROM labor_worker_training
             WHERE passed AND employee_id IN (SELECT id FROM w)
             GROUP BY employee_id, course_id
        ), courses AS (
            SELECT required.worker, COUNT(*) AS required,
                   COUNT(*) FILTER (WHERE passed.by_period_end) AS completed,
                   COUNT(*) FILTER (WHERE passed.employee_id IS NULL) AS not_passed
              FROM required
              LEFT JOIN passed ON passed.employee_id = required.worker AND passed.course_id = required.course
             GROUP BY required.worker
        ), required_types AS (
            SELECT DISTINCT w.id AS worker, ct.id AS type_id
              FROM w
              JOIN labor_worker_certificate_type ct ON ct.active
              LEFT JOIN {type_jobs} j ON j.{type_job_type} = ct.id AND j.{type_job_product} = w.job
             WHERE ct.required_for_all OR j.{type_job_type} IS NOT NULL
        ), valid AS (
            SELECT DISTINCT employee_id, type_id
              FROM labor_worker_certificate
             WHERE employee_id IN (SELECT id FROM w) AND active AND state = 'verified'
               AND (expiry_date IS NULL OR expiry_date >= %(today)s)
        ), uncertified AS (
            SELECT DISTINCT required_types.worker
              FROM required_types
              LEFT JOIN valid ON valid.employee_id = required_types.worker
                             AND valid.type_id = required_types.type_id
             WHERE valid.employee_id IS NULL
        )
        SELECT w.vendor_id, COUNT(*),
               COUNT(*) FILTER (WHERE w.duties AND COALESCE(courses.not_passed, 0) = 0
                                AND uncertified.worker IS NULL),
               COALESCE(SUM(courses.required), 0), COALESCE(SUM(courses.completed), 0)
          FROM w
          LEFT JOIN courses ON courses.worker = w.id
          LEFT JOIN uncertified ON uncertified.worker = w.id
         GROUP BY w.vendor_id
    """):
        actual[vendor] = float(workers)
        result[vendor]["worker_compliance_rate"] = (float(compliant), float(workers))
        result[vendor]["training_completion_rate"] = (float(completed), float(required))
    for vendor in set(planned) | set(actual):
        result[vendor]["headcount_fill_rate"] = (actual.get(vendor, 0.0), float(planned.get(vendor) or 0.0))
    return dict(result)


def _cost_saving_rate(saving, budget):
    return kpi.cost_saving_rate(budget, budget - saving) if budget else None


#: the value of each KPI from its numerator and denominator (``tools/kpi.py``)
FORMULAS = {
    "quality_pass_rate": kpi.quality_pass_rate,
    "item_pass_rate": kpi.item_pass_rate,
    "ncr_rate": kpi.ncr_rate,
    "ncr_rate_minor": kpi.ncr_rate,
    "ncr_rate_major": kpi.ncr_rate,
    "ncr_rate_critical": kpi.ncr_rate,
    "capa_on_time_rate": kpi.capa_on_time_rate,
    "ncr_mean_close_days": kpi.mean_days_to_close,
    "on_time_rate": kpi.on_time_rate,
    "delay_rate": kpi.delay_rate,
    "issue_resolution_rate": kpi.issue_resolution_rate,
    "issue_response_hours": kpi.mean_first_response_hours,
    "cost_saving_rate": _cost_saving_rate,
    "satisfaction": kpi.satisfaction,
    "headcount_fill_rate": kpi.headcount_fill_rate,
    "worker_compliance_rate": kpi.worker_compliance_rate,
    "training_completion_rate": kpi.training_completion_rate,
}


def floor_values(aggregates, vendor_ids, codes):
    """``{vendor: {code: (value, numerator, denominator)}}`` of every vendor and KPI code
    from the floor's aggregates, the value by the formula of ``tools/kpi.py`` rounded to 4
    digits like the engine (``None``: no data)."""
    values = {}
    for vendor in vendor_ids:
        per_vendor = aggregates.get(vendor, {})
        values[vendor] = {}
        for code in codes:
            numerator, denominator = per_vendor.get(code, (0.0, 0.0))
            value = FORMULAS[code](numerator, denominator) if code in FORMULAS else None
            values[vendor][code] = (None if value is None else round(value, 4), numerator, denominator)
    return values
