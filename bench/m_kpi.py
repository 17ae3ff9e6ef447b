# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Section 2: KPI and scorecard computation for all the vendors of one quarter, beside
the SQL floor (``bench/kpi_floor.py``: one hand-written ``GROUP BY`` query per source,
11 queries, plus the trivial arithmetic of ``tools/kpi.py``).

All figures are for the manifest's quarter and vendors, in the company of the
environment (``env.company``: the company a campaign of the period would belong to);
the engine and the floor get the same vendors, period, companies and "today".

Rows:

(a) ``labor.kpi.engine._compute_kpis`` of all the vendors against the floor: wall time
    (ratio, target <= 3 x) and SQL queries of each. The engine's figure includes its
    whole work: reading the contracts running in the period, the KPI catalog, every
    source, the compliance of the workers, the targets and the per-vendor result
    dictionaries. Before the comparison both sides are checked to give the same
    numerator, denominator and value for every vendor and KPI (a mismatch raises).
(b) the engine's query count for 10 % of the vendors and for all of them (target: equal).
(c) the scorecard of every vendor: KPI -> band score -> weighted total -> grade, the
    chain of ``labor.vendor.evaluation`` (criterion bands, template weights, grade scale).
    - "scorecard (in memory)": the engine plus the scoring the evaluation's computes do
      (the criteria's bands and the template's weights read once as plain values by
      ``criterion._kpi_scoring`` and ``template._scorecard_layout``, each KPI value as
      the evaluation line stores it (2 digits) scored by ``tools/kpi.band_score``, the
      total by ``tools/kpi.scorecard_total``, the active grade scale), no record
      written; beside the floor plus the same pure functions (``tools/kpi.py``
      ``band_score``/``weighted_total``, ``tools/grading.grade_for``) fed from two more
      SQL queries (criteria with their bands; grades). Target <= 3 x: both sides compute
      the same thing from the same rows, so the ratio is the cost of the ORM path.
    - "campaign start": ``labor.evaluation.campaign.action_start`` of a campaign of the
      quarter with all the vendors, then with 10 %. It computes the same chain and
      persists it: one evaluation per vendor with its criterion lines (band scores,
      total, grade computed and stored by the ORM), one stored KPI value per vendor and
      KPI, the campaign's state and message. It is shown beside the floor scorecard as
      information only (the floor writes nothing: a time ratio would price the INSERTs,
      not the computation); its totals and grades are checked against the floor's. Its
      read queries are compared between 10 % and all vendors (target: equal); its
      writes grow only with Odoo's batches of 100 rows (``INSERT_BATCH_SIZE``): one
      INSERT and at most one UPDATE (stored related and computed fields filled after
      the INSERT) per 100 more evaluations, criterion lines or KPI values.
      The campaign uses the periodic evaluation template; when that template has
      manual criteria (scored later by evaluators, so no total at the start) a copy
      with only its KPI criteria is used, the dimension weights scaled to 100 %
      (the total a periodic evaluation has before its manual criteria are scored).

Timing: everything is run once to warm Odoo's and PostgreSQL's caches, then 3 times;
the median of the 3 wall times is reported for every figure (ORM caches invalidated
before each engine run, so the engine reads its records every time, like a request).
Query counts are those of the last run (they do not vary).
"""

import statistics
from datetime import date

from odoo import Command, fields
from odoo.models import INSERT_BATCH_SIZE
from odoo.tools import float_round

from odoo.addons.labor_outsourcing_reports.tools import grading
from odoo.addons.labor_outsourcing_reports.tools import kpi as formulas

from .common import Measure, recording_writes, row
from .kpi_floor import floor_aggregates, floor_values

SECTION = 2
RUNS = 3
TARGET_RATIO = 3.0
#: relative tolerance of the equality of floats summed in another order (SQL vs Python)
REL_TOLERANCE = 1e-9


# Comparison of the engine and the floor --------------------------------------------------------
def _close(left, right, tolerance=REL_TOLERANCE):
    if left is None or right is None:
        return left is None and right is None
    return abs(left - right) <= tolerance * max(1.0, abs(left), abs(right))


def compare(engine_results, floor_results):
    """Mismatches ``[(vendor, code, engine (value, num, den), floor (value, num, den))]``
    between the engine's results and the floor's values."""
    mismatches = []
    for vendor, per_vendor in engine_results.items():
        for code, data in per_vendor.items():
            mine = (data["value"], data["numerator"], data["denominator"])
            floor = floor_results.get(vendor, {}).get(code)
            if floor is None:
                mismatches.append((vendor, code, mine, None))
                continue
            # values are rounded to 4 digits on both sides: one unit of the 4th digit apart at most
            same_value = (mine[0] is None and floor[0] is None) or (
                mine[0] is not None and floor[0] is not None and abs(mine[0] - floor[0]) <= 1.01e-4
            )
            if not (same_value and _close(mine[1], floor[1]) and _close(mine[2], floor[2])):
                mismatches.append((vendor, code, mine, floor))
    return mismatches


def check_equal(engine_results, floor_results):
    mismatches = compare(engine_results, floor_results)
    if mismatches:
        shown = "\n".join(f"vendor {v} {c}: engine {e} floor {f}" for v, c, e, f in mismatches[:20])
        raise AssertionError(f"{len(mismatches)} KPI values differ between the engine and the SQL floor:\n{shown}")


# The two sides -----------------------------------------------------------------------------------
def run_floor(env, vendor_ids, date_from, date_to, companies, today):
    """Floor values ``{vendor: {code: (value, numerator, denominator)}}`` (11 queries + 1 for the catalog)."""
    aggregates = floor_aggregates(env, vendor_ids, date_from, date_to, companies.ids, today)
    env.cr.execute("SELECT code FROM labor_kpi WHERE active")
    codes = [code for (code,) in env.cr.fetchall()]
    return floor_values(aggregates, vendor_ids, codes)


def run_engine(env, vendors, date_from, date_to, companies):
    env.invalidate_all()
    return env["labor.kpi.engine"]._compute_kpis(vendors, date_from, date_to, companies=companies)


def floor_scorecard(env, template_id, values):
    """``{vendor: (total or None, grade id or None)}`` from the floor's KPI values: the
    template's criteria and bands and the grade scale read by SQL, scored by the pure
    functions of ``tools/kpi.py`` and ``tools/grading.py``."""
    cr = env.cr
    cr.execute(
        """
        SELECT d.id, d.weight, c.id, c.weight, k.code, k.direction,
               array_agg(b.threshold ORDER BY b.id) FILTER (WHERE b.id IS NOT NULL),
               array_agg(b.score ORDER BY b.id) FILTER (WHERE b.id IS NOT NULL)
          FROM labor_evaluation_dimension d
          JOIN labor_evaluation_criterion c ON c.dimension_id = d.id
          LEFT JOIN labor_kpi k ON k.id = c.kpi_id
          LEFT JOIN labor_evaluation_criterion_band b ON b.criterion_id = c.id
         WHERE d.template_id = %s
         GROUP BY d.id, c.id, k.id
         ORDER BY d.sequence, d.id, c.sequence, c.id
        """,
        [template_id],
    )
    dimensions = {}
    manual = False
    for dim_id, dim_weight, _crit_id, weight, code, direction, thresholds, scores in cr.fetchall():
        bands = [(threshold, int(score)) for threshold, score in zip(thresholds or [], scores or [])]
        dimensions.setdefault(dim_id, (dim_weight, []))[1].append((weight, code, direction, bands))
        manual = manual or not code
    cr.execute("SELECT min_score, id FROM labor_evaluation_grade WHERE active")
    scale = cr.fetchall()
    cards = {}
    for vendor, per_vendor in values.items():
        total = None
        if not manual:  # manual criteria not scored yet: no total (evaluation is_complete)
            total = formulas.weighted_total(
                (
                    dim_weight,
                    [
                        (weight, _band(per_vendor[code][0], bands, direction))
                        for weight, code, direction, bands in criteria
                    ],
                )
                for dim_weight, criteria in dimensions.values()
            )
        grade = grading.grade_for(total, scale) if total is not None and scale else None
        cards[vendor] = (total, grade)
    return cards


def _band(value, bands, direction):
    # the evaluation line stores the KPI value with 2 digits before scoring it
    value = None if value is None else float_round(value, precision_digits=2)
    return formulas.band_score(value, bands, direction)


def engine_scorecard(env, template, vendors, date_from, date_to, companies):
    """The engine's results scored as the evaluation's computes score them (no record
    written): the criteria and the template's weights read once as plain values
    (``criterion._kpi_scoring``, ``template._scorecard_layout``), each KPI value as the
    evaluation line stores it (2 digits) scored on its bands, the total weighted, the
    grade from the active scale. ``{vendor: (total or None, grade id or None)}``."""
    results = run_engine(env, vendors, date_from, date_to, companies)
    Line = env["labor.vendor.evaluation.line"]
    store = Line._fields["kpi_value"]
    scoring = template.criterion_ids._kpi_scoring()
    layout = template._scorecard_layout()
    manual = any(not code for code, _direction, _bands in scoring.values())
    grades = env["labor.evaluation.grade"].search_fetch([("active", "=", True)], ["min_score"])
    scale = [(grade.min_score, grade.id) for grade in grades]
    cards = {}
    for vendor in vendors.ids:
        kpis = results[vendor]
        scores = {}
        for criterion, (code, direction, bands) in scoring.items():
            if not code:
                scores[criterion] = None
                continue
            value = kpis[code]["value"]
            if value is not None:
                value = store.convert_to_cache(value, Line)
            scores[criterion] = formulas.band_score(value, bands, direction)
        total = None if manual else formulas.scorecard_total(layout, scores)
        cards[vendor] = (total, grading.grade_for(total, scale) if total is not None and scale else None)
    return cards


def scoring_template(env):
    """The periodic template, or a copy with only its KPI criteria when it has manual
    ones (see the module docstring)."""
    template = env.ref("labor_outsourcing_reports.evaluation_template_periodic", raise_if_not_found=False)
    if not template:
        template = env["labor.evaluation.template"].search([("usage", "in", ("periodic", "both"))], limit=1)
    if not template.criterion_ids.filtered("is_manual"):
        return template
    dimensions = template.dimension_ids.filtered(lambda d: d.criterion_ids.filtered("kpi_id"))
    kept = sum(dimensions.mapped("weight"))
    weights = [round(d.weight * 100.0 / kept, 2) for d in dimensions]
    weights[0] = round(weights[0] + 100.0 - sum(weights), 2)  # exactly 100 after rounding
    return env["labor.evaluation.template"].create(
        {
            "name": f"{template.name} (KPI criteria only, benchmark)",
            "usage": "periodic",
            "company_id": template.company_id.id,
            "dimension_ids": [
                Command.create(
                    {
                        "name": dimension.name,
                        "sequence": dimension.sequence,
                        "weight": weight,
                        "criterion_ids": [
                            Command.create(
                                {
                                    "name": criterion.name,
                                    "sequence": criterion.sequence,
                                    "weight": criterion.weight,
                                    "kpi_id": criterion.kpi_id.id,
                                    "band_ids": [
                                        Command.create({"threshold": band.threshold, "score": band.score})
                                        for band in criterion.band_ids
                                    ],
                                }
                            )
                            for criterion in dimension.criterion_ids.filtered("kpi_id")
                        ],
                    }
                )
                for dimension, weight in zip(dimensions, weights)
            ],
        }
    )


class StatementKinds:
    """Statements of a block by kind: writes (``INSERT`` and ``UPDATE``, which Odoo sends
    in batches of 100 rows) and reads (everything else), from the recorded writes and the
    block's query count."""

    def __init__(self, writes, measure):
        self.writes = sum(count for (kind, _table), count in writes.items() if kind in ("INSERT", "UPDATE"))
        self.reads = measure.queries - self.writes


def start_campaign(env, template, vendors, date_from, date_to):
    """Create (not measured) and start (measured) a campaign of the quarter; returns
    (Measure, StatementKinds, campaign)."""
    campaign = env["labor.evaluation.campaign"].create(
        {
            "period_type": "quarter",
            "year": date_from.year,
            "period_index": (date_from.month - 1) // 3 + 1,
            "template_id": template.id,
            "vendor_ids": [Command.set(vendors.ids)],
            "company_id": env.company.id,
        }
    )
    if (campaign.date_from, campaign.date_to) != (date_from, date_to):
        raise ValueError(f"{date_from} - {date_to} is not a calendar quarter.")
    env.flush_all()
    env.invalidate_all()
    with recording_writes() as writes, Measure(env) as measure:
        campaign.action_start()
    return measure, StatementKinds(writes, measure), campaign


def write_batches(campaign):
    """Rows the campaign start creates per table -> batches of ``INSERT_BATCH_SIZE``."""
    evaluations = campaign.evaluation_ids
    counts = (len(evaluations), len(evaluations.line_ids), len(evaluations.kpi_value_ids))
    return sum(-(-count // INSERT_BATCH_SIZE) for count in counts if count)


# Timing -----------------------------------------------------------------------------------------
def timed(env, function, runs=RUNS):
    """(median seconds, queries of the last run, last result) of ``runs`` runs after a warm-up."""
    function()
    seconds, result = [], None
    for _run in range(runs):
        with Measure(env) as measure:
            result = function()
        seconds.append(measure.seconds)
    return statistics.median(seconds), measure.queries, result


# The measure ------------------------------------------------------------------------------------------
def measure(env, manifest, runs=RUNS, campaign=True, **_options):
    """Rows of section 2 (see the module docstring)."""
    quarter = manifest["quarter"]
    date_from, date_to = date.fromisoformat(quarter["date_from"]), date.fromisoformat(quarter["date_to"])
    vendors = env["res.partner"].browse(manifest["vendor_ids"])
    few = vendors[: max(1, len(vendors) // 10)]
    companies = env.company
    today = fields.Date.context_today(env["labor.kpi.engine"])
    rows = []

    # (a) engine vs floor, checked equal first
    engine_s, engine_q, engine_results = timed(
        env, lambda: run_engine(env, vendors, date_from, date_to, companies), runs
    )
    floor_s, floor_q, floor_results = timed(
        env, lambda: run_floor(env, vendors.ids, date_from, date_to, companies, today), runs
    )
    check_equal(engine_results, floor_results)
    compared = sum(len(per_vendor) for per_vendor in engine_results.values())
    ratio = engine_s / floor_s if floor_s else None
    rows.append(
        row(
            SECTION,
            f"KPI engine, {len(vendors)} vendors, {date_from}..{date_to}",
            engine_s,
            "s",
            reference="SQL GROUP BY floor",
            reference_value=floor_s,
            target=f"≤ {TARGET_RATIO:g} ×",
            ok=ratio is not None and ratio <= TARGET_RATIO,
            queries=engine_q,
            floor_queries=floor_q,
            values_compared=compared,
            runs=runs,
            statistic="median",
        )
    )
    rows.append(
        row(
            SECTION,
            "KPI engine: SQL queries (floor beside)",
            engine_q,
            "queries",
            reference="SQL GROUP BY floor",
            reference_value=floor_q,
            target="informative",
            ok=None,
        )
    )

    # (b) engine queries for 10 % of the vendors vs all
    _s, few_q, _r = timed(env, lambda: run_engine(env, few, date_from, date_to, companies), 1)
    rows.append(
        row(
            SECTION,
            f"KPI engine: queries for {len(few)} vs {len(vendors)} vendors",
            engine_q,
            "queries",
            reference=f"{len(few)} vendors",
            reference_value=few_q,
            target="equal",
            ok=engine_q == few_q,
        )
    )

    # (c) scorecards: in memory beside the floor, then the campaign start
    template = scoring_template(env)
    card_s, card_q, cards = timed(
        env, lambda: engine_scorecard(env, template, vendors, date_from, date_to, companies), runs
    )

    def floor_cards():
        return floor_scorecard(env, template.id, run_floor(env, vendors.ids, date_from, date_to, companies, today))

    floor_card_s, floor_card_q, expected_cards = timed(env, floor_cards, runs)
    _check_cards(cards, expected_cards)
    _s, few_card_q, _r = timed(env, lambda: engine_scorecard(env, template, few, date_from, date_to, companies), 1)
    ratio = card_s / floor_card_s if floor_card_s else None
    graded = sum(1 for _total, grade in cards.values() if grade)
    rows.append(
        row(
            SECTION,
            f"Scorecards (in memory), {len(vendors)} vendors",
            card_s,
            "s",
            reference="SQL floor + tools/kpi, tools/grading",
            reference_value=floor_card_s,
            target=f"≤ {TARGET_RATIO:g} ×",
            ok=ratio is not None and ratio <= TARGET_RATIO,
            queries=card_q,
            floor_queries=floor_card_q,
            graded=graded,
            template=template.name,
        )
    )
    rows.append(
        row(
            SECTION,
            f"Scorecards (in memory): queries for {len(few)} vs {len(vendors)} vendors",
            card_q,
            "queries",
            reference=f"{len(few)} vendors",
            reference_value=few_card_q,
            target="equal",
            ok=card_q == few_card_q,
        )
    )
    if campaign:
        rows += _campaign_rows(env, template, vendors, few, date_from, date_to, expected_cards, floor_card_s, runs)
    return rows


def _check_cards(cards, expected):
    wrong = {
        vendor: (card, expected.get(vendor))
        for vendor, card in cards.items()
        if expected.get(vendor) is None or card[1] != expected[vendor][1] or not _close(card[0], expected[vendor][0])
    }
    if wrong:
        raise AssertionError(f"Scorecards differ from the floor's (vendor: (scorecard, floor)): {wrong}")


def _campaign_rows(env, template, vendors, few, date_from, date_to, expected_cards, floor_card_s, runs):
    start_campaign(env, template, few, date_from, date_to)  # warm-up
    all_runs = [start_campaign(env, template, vendors, date_from, date_to) for _run in range(runs)]
    measure_all, kinds_all, campaign = all_runs[-1]
    measure_few, kinds_few, few_campaign = start_campaign(env, template, few, date_from, date_to)
    stored = {
        evaluation.vendor_id.id: (
            evaluation.total_score if evaluation.has_total else None,
            evaluation.grade_id.id or None,
        )
        for evaluation in campaign.evaluation_ids
    }
    _check_cards(stored, expected_cards)
    seconds = statistics.median(measure.seconds for measure, _kinds, _campaign in all_runs)
    # each batch of 100 new rows is one INSERT and at most one UPDATE (stored related and
    # computed fields filled after the INSERT)
    extra_batches = write_batches(campaign) - write_batches(few_campaign)
    return [
        row(
            SECTION,
            f"Campaign start (persists {len(vendors)} scorecards)",
            seconds,
            "s",
            reference="floor scorecard (writes nothing)",
            reference_value=floor_card_s,
            target="informative",
            ok=None,
            queries=measure_all.queries,
            reads=kinds_all.reads,
            writes=kinds_all.writes,
            evaluations=len(campaign.evaluation_ids),
            lines=len(campaign.evaluation_ids.line_ids),
            kpi_values=len(campaign.evaluation_ids.kpi_value_ids),
        ),
        row(
            SECTION,
            f"Campaign start: read queries for {len(few)} vs {len(vendors)} vendors",
            kinds_all.reads,
            "queries",
            reference=f"{len(few)} vendors",
            reference_value=kinds_few.reads,
            target="equal (writes: + 1 INSERT and ≤ 1 UPDATE per 100 more rows)",
            ok=kinds_all.reads == kinds_few.reads and kinds_all.writes - kinds_few.writes <= 2 * extra_batches,
            writes=kinds_all.writes,
            writes_few=kinds_few.writes,
            extra_row_batches=extra_batches,
            queries=measure_all.queries,
            queries_few=measure_few.queries,
        ),
    ]
