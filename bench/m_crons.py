# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Section 5: the daily crons of the three addons on the whole data set.

Each cron's server action is run as the scheduler runs it (as the cron's user, then a
flush), twice in a row on the same day. Measured: wall time, SQL queries and the rows the
run writes — every INSERT, UPDATE and DELETE statement sent to PostgreSQL is recorded,
by table — for the first run (which does the day's work: reminders, escalations,
scheduled inspections...) and for the second, which must write nothing at all.
"""

from .common import Measure, recording_writes, rolled_back, row

CRONS = [
    ("labor_outsourcing.ir_cron_vendor_document_expiry", "Vendor document expiry"),
    ("labor_outsourcing.ir_cron_worker_certificate_expiry", "Worker certificate expiry"),
    ("labor_outsourcing.ir_cron_contract_expiry", "Contract expiry"),
    ("labor_outsourcing.ir_cron_review_escalation", "Approval escalation"),
    ("labor_outsourcing_quality.ir_cron_ncr_action_overdue", "Overdue corrective actions"),
    ("labor_outsourcing_quality.ir_cron_issue_escalation", "Issue SLA escalation"),
    ("labor_outsourcing_quality.ir_cron_inspection_schedule", "Scheduled inspections"),
    ("labor_outsourcing_quality.ir_cron_risk_review", "Risk review reminders"),
]


def run_cron(env, cron):
    """Run ``cron``'s job as Odoo's scheduler does (ir.cron._process_job/_callback)."""
    cron_env = env(user=cron.user_id.id, context={"lastcall": cron.lastcall})
    cron_env["ir.actions.server"].browse(cron.ir_actions_server_id.id).run()
    cron_env.flush_all()


def run_twice(env, cron):
    """(first Measure, first writes, second Measure, second writes) of ``cron``."""
    results = []
    for _run in range(2):
        env.invalidate_all()
        with recording_writes() as writes, Measure(env) as measure:
            run_cron(env, cron)
        results += [measure, writes]
    return results


def _describe(writes):
    return ", ".join(f"{kind} {table} x{count}" for (kind, table), count in sorted(writes.items())) or "nothing"


def measure(env, manifest=None, **_options):
    rows = []
    with rolled_back(env):
        for xmlid, label in CRONS:
            cron = env.ref(xmlid)
            first, first_writes, second, second_writes = run_twice(env, cron)
            rows.append(
                row(
                    5,
                    f"{label}: first run",
                    round(first.seconds, 3),
                    "s",
                    target=None,
                    ok=None,
                    queries=first.queries,
                    writes=sum(first_writes.values()),
                    wrote=_describe(first_writes),
                )
            )
            rows.append(
                row(
                    5,
                    f"{label}: second run writes",
                    sum(second_writes.values()),
                    "rows written",
                    target="0 (idempotent)",
                    ok=not second_writes,
                    seconds=round(second.seconds, 3),
                    queries=second.queries,
                    wrote=_describe(second_writes),
                )
            )
    return rows
