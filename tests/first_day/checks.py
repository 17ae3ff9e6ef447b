# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Checks run inside ``odoo shell`` by tests/test_first_day.py on a database without demo
data. ``env`` is the shell's environment (superuser). Prints one ``CHECK-OK <name>`` line
per passed check; any failure raises and ends the shell with a traceback."""

# pylint: disable=print-used
from datetime import timedelta

MODULES = ("labor_outsourcing", "labor_outsourcing_quality", "labor_outsourcing_reports")


def ok(name):
    print(f"CHECK-OK {name}", flush=True)


def suite_records(env, model, modules=MODULES):
    data = env["ir.model.data"].search([("module", "in", list(modules)), ("model", "=", model)])
    return env[model].browse(data.mapped("res_id")).exists(), len(data)


def check_defaults(env, modules):
    """Sequences, crons, approval tiers, templates and plans the addons ship exist and work."""
    sequences, expected = suite_records(env, "ir.sequence", modules)
    assert sequences and len(sequences) == expected, "missing sequences"
    for sequence in sequences.filtered("code"):
        assert env["ir.sequence"].next_by_code(sequence.code), sequence.code
    ok(f"sequences {len(sequences)}")
    crons, expected = suite_records(env, "ir.cron", modules)
    assert crons and len(crons) == expected, "missing crons"
    inactive = crons.filtered(lambda cron: not cron.active)
    assert not inactive, f"inactive crons: {inactive.mapped('name')}"
    for cron in crons:
        cron.method_direct_trigger()
    ok(f"crons {len(crons)} active and runnable")
    tiers = env["tier.definition"].search([("model", "=", "labor.contract")])
    assert len(tiers) >= 3, "contract approval tiers"
    ok(f"contract tiers {len(tiers)}")
    templates = env["labor.evaluation.template"].search([])
    assert templates, "no evaluation template"
    for template in templates:
        assert abs(template.total_weight - 100.0) < 0.01, template.name
    ok(f"evaluation templates {len(templates)}")
    plans, _count = suite_records(env, "mail.activity.plan", modules)
    assert plans, "no activity plan"
    ok(f"activity plans {len(plans)}")
    assert env["labor.vendor.document.type"].search_count([("required", "=", True)]), "required document types"
    ok("document types")


def check_views(env, modules):
    """Every menu of the suite opens: its action's views load for the admin."""
    menus = env["ir.ui.menu"].with_user(env.ref("base.user_admin")).load_menus(debug=False)
    ours = [menu for key, menu in menus.items() if key != "root" and menu["xmlid"].split(".")[0] in modules]
    assert ours, "no menu of the suite"
    opened = 0
    for menu in ours:
        if not menu.get("action"):
            continue
        model_name, action_id = menu["action"].split(",")
        action = env[model_name].browse(int(action_id))
        if action._name == "ir.actions.act_window":
            modes = [(False, mode) for mode in action.view_mode.split(",")]
            env[action.res_model].with_user(env.ref("base.user_admin")).get_views(modes)
            opened += 1
    ok(f"menus {len(ours)} ({opened} window actions)")


def check_core_flow(env):
    """A vendor, its documents and a contract that goes to approval, without demo data."""
    from odoo import fields

    today = fields.Date.context_today(env.user)  # the administrator's day, as Odoo's forms use it
    types = env["labor.vendor.document.type"].search([("required", "=", True)])
    vendor = env["res.partner"].create(
        {"name": "First Day Staffing", "is_company": True, "is_outsourcing_vendor": True}
    )
    env["labor.vendor.document"].create(
        [
            {
                "vendor_id": vendor.id,
                "type_id": t.id,
                "number": f"N-{t.id}",
                "state": "verified",
                "expiry_date": today + timedelta(days=400),
            }
            for t in types
        ]
    )
    vendor._labor_set_vendor_state("evaluation", reason="First day")
    vendor._labor_set_vendor_state("qualified", reason="First day")
    vendor._labor_set_vendor_state("approved", reason="First day")
    job = env["product.product"].create({"name": "Assembler", "type": "service", "purchase_ok": True})
    manager = env.ref("base.user_admin").employee_id
    department = env["hr.department"].create({"name": "Assembly", "manager_id": manager.id})
    contract = env["labor.contract"].create(
        {
            "title": "First day contract",
            "vendor_id": vendor.id,
            "department_id": department.id,
            "date_start": today,
            "date_end": today + timedelta(days=365),
            "amount_estimated": 1000.0,
            "rate_ids": [(0, 0, {"job_product_id": job.id, "price": 30.0})],
        }
    )
    assert contract.name and contract.name != "New", contract.name
    contract.action_submit()
    assert contract.state == "to_approve" and contract.review_ids, "contract not under approval"
    ok("vendor and contract flow")


def main(env, stage):
    if stage == "installed":
        assert all(env["ir.module.module"].search([("name", "=", name)]).state == "installed" for name in MODULES)
        assert not env["res.partner"].search_count([("is_outsourcing_vendor", "=", True)]), "demo vendors present"
        check_defaults(env, MODULES)
        check_views(env, MODULES)
        check_core_flow(env)
    elif stage == "uninstall":
        addons = env["ir.module.module"].search([("name", "in", MODULES[1:])])
        addons.button_immediate_uninstall()
        ok("uninstalled quality and reports")
    elif stage == "core_only":
        states = {m.name: m.state for m in env["ir.module.module"].search([("name", "in", list(MODULES))])}
        assert states == {MODULES[0]: "installed", MODULES[1]: "uninstalled", MODULES[2]: "uninstalled"}, states
        assert "labor.ncr" not in env and "labor.evaluation.grade" not in env
        check_defaults(env, MODULES[:1])
        check_views(env, MODULES[:1])
        check_core_flow(env)
    print("FIRST-DAY-DONE", flush=True)


# env comes from odoo shell, STAGE is prepended by tests/test_first_day.py
main(env, STAGE)  # noqa: F821  # pylint: disable=undefined-variable
